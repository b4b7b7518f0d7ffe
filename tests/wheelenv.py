"""Install the project the way a user does (built wheel or `pip install .`, never editable),
into a fresh virtual environment, without downloading its dependencies again.

    python -m tests.wheelenv check [WORKDIR]   # what .ci/run does: build, twine check, install
                                               # the wheel, --version, quickstart in an empty dir

The new environment gets the project only from the wheel (or source folder) it is given. Its
dependencies (PyTorch alone is GBs) come from the running environment through a *view*: a folder
of symlinks to every entry of this interpreter's site-packages except this project's own files
(its editable install, .pth files), named in a .pth file of the new environment. So pip installs
the wheel for real (files copied into the new site-packages, console script written), `pip check`
sees the dependencies the wheel declares, and `import simloss_tune` can only find the wheel's copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = "simloss_tune"
# what building the distribution needs from the checkout
SOURCES = ("pyproject.toml", "README.md", "LICENSE", PROJECT)


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], check=True, text=True, **kw)


def clean_env() -> dict[str, str]:
    """The environment without PYTHONPATH: a checkout on it would shadow the installed package."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def copy_sources(dest: Path) -> Path:
    """A clean copy of what the distribution is built from (no build/, egg-info, caches)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    dest.mkdir(parents=True)
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        else:
            shutil.copy2(src, dest / name)
    return dest


def build(dest: Path, *, isolation: bool = True) -> tuple[Path, Path]:
    """`python -m build` of a clean copy of the checkout: (wheel, sdist)."""
    src = copy_sources(dest / "src")
    out = dest / "dist"
    cmd = [sys.executable, "-m", "build", "--outdir", out, src]
    if not isolation:  # no download of setuptools: the tests stay offline
        cmd.insert(3, "--no-isolation")
    _run(cmd, env=clean_env(), stdout=subprocess.DEVNULL)
    return next(out.glob("*.whl")), next(out.glob("*.tar.gz"))


def _is_ours(name: str) -> bool:
    low = name.lower().replace("-", "_")
    return low.startswith((PROJECT, "__editable__", "_" + PROJECT)) or low.endswith(".pth")


def make_venv(dest: Path) -> Path:
    """A fresh venv seeing this environment's packages except the project; returns its python."""
    _run([sys.executable, "-m", "venv", "--without-pip", dest])
    python = dest / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     capture_output=True, env=clean_env()).stdout.strip())
    view = dest / "deps-view"
    view.mkdir()
    paths = sysconfig.get_paths()
    for lib in dict.fromkeys((paths["purelib"], paths["platlib"])):
        for entry in Path(lib).iterdir():
            if not _is_ours(entry.name) and not (view / entry.name).exists():
                (view / entry.name).symlink_to(entry)
    (site / "zz-deps-view.pth").write_text(f"{view}\n")  # after the venv's own site-packages
    return python


def pip_install(python: Path, target: Path | str) -> None:
    """A real, non-editable install of a wheel or a source folder; no dependency downloads."""
    _run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
          "--no-index", target], env=clean_env(), stdout=subprocess.DEVNULL)


def installed_cli(python: Path, *args: str, cwd: Path, **kw) -> subprocess.CompletedProcess:
    """Run the installed console script from `cwd` (no checkout on sys.path)."""
    return subprocess.run([str(python.parent / "simloss-tune"), *args], cwd=cwd, text=True,
                          env=clean_env(), capture_output=True, **kw)


def module_file(python: Path, cwd: Path) -> str:
    return _run([python, "-c", f"import {PROJECT}; print({PROJECT}.__file__)"], cwd=cwd,
                env=clean_env(), capture_output=True).stdout.strip()


def check(work: Path) -> None:
    """CI: build, twine check, install the wheel, --version, quickstart from an empty folder."""
    t0 = time.monotonic()
    wheel, sdist = build(work / "build")
    _run([sys.executable, "-m", "twine", "check", "--strict", wheel, sdist])
    python = make_venv(work / "venv")
    pip_install(python, wheel)
    _run([python, "-m", "pip", "check"], env=clean_env())
    empty = work / "empty"
    empty.mkdir()
    where = module_file(python, empty)
    if not where.startswith(str(work / "venv")):
        sys.exit(f"wheelenv: {PROJECT} was imported from {where}, not from the wheel's install")
    print(installed_cli(python, "--version", cwd=empty, check=True).stdout.strip())
    print(f"wheelenv: {wheel.name} installed in {time.monotonic() - t0:.0f} s; quickstart in "
          f"{empty}", flush=True)
    subprocess.run([str(python.parent / "simloss-tune"), "quickstart", "--device", "cpu"],
                   cwd=empty, env=clean_env(), check=True)
    for name in ("quickstart.db", "quickstart-out/report.md", "quickstart-out/report.json"):
        if not (empty / name).is_file():
            sys.exit(f"wheelenv: quickstart did not write {name}")
    print(f"wheelenv: quickstart from the installed wheel passed in {time.monotonic() - t0:.0f} s")


if __name__ == "__main__":
    if sys.argv[1:2] == ["check"] and len(sys.argv) <= 3:
        import tempfile

        work = Path(sys.argv[2]) if len(sys.argv) == 3 else Path(tempfile.mkdtemp(
            prefix="simloss-wheel-"))
        check(work)
    else:
        sys.exit("usage: python -m tests.wheelenv check [WORKDIR]")
