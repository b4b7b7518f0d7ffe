"""The package installs like a package: study files inside it, a working CLI from a wheel."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import simloss_tune
from simloss_tune import cli
from simloss_tune.shipped import shipped_dir, shipped_studies, study_path
from tests import wheelenv

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_study_files_are_the_root_studies():
    root = {p.name: p.read_bytes() for p in (ROOT / "studies").glob("*.toml")}
    shipped = {p.name: p.read_bytes() for p in shipped_dir().glob("*.toml")}
    assert root, "no study files in studies/"
    assert shipped == root, ("simloss_tune/study_files/ differs from studies/ (the source): "
                             "cp studies/*.toml simloss_tune/study_files/")


def _runs(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as c:
        return dict(c.execute("SELECT s.study_name, COUNT(t.trial_id) FROM studies s "
                              "LEFT JOIN trials t USING (study_id) GROUP BY s.study_name"))


def test_init_takes_a_shipped_study_by_name_alongside_paths(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["init", "utkface", "--storage", "sqlite:///a.db"]) == 0
    assert _runs(tmp_path / "a.db")["utkface:runs"] == 100  # the paper's grid: 10 values x 10
    assert cli.main(["init", "quickstart-digits.toml", "--storage", "sqlite:///a.db"]) == 0
    assert _runs(tmp_path / "a.db")["quickstart-digits:runs"] == 24
    # a file path always wins over a shipped name
    (tmp_path / "utkface").write_text((ROOT / "studies" / "digits-adaptive.toml").read_text())
    assert study_path("utkface") == Path("utkface")
    source = ROOT / "studies" / "utkface.toml"
    assert study_path(source) == source != shipped_studies()["utkface"]
    capsys.readouterr()


def test_an_unknown_study_name_names_the_shipped_ones_and_writes_nothing(tmp_path, monkeypatch,
                                                                          capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["init", "utkfcae", "--storage", "sqlite:///b.db"]) == 2
    err = capsys.readouterr().err
    assert "'utkfcae' not found" in err and "utkface" in err and "quickstart-digits" in err
    assert cli.main(["init", "sub/utkface", "--storage", "sqlite:///b.db"]) == 2  # a path: no
    assert list(tmp_path.iterdir()) == []


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"simloss-tune {simloss_tune.__version__}"


def test_wheel_and_pip_install_dot_give_a_working_cli(tmp_path):
    wheel, sdist = wheelenv.build(tmp_path / "build", isolation=False)
    subprocess.run([sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
                   check=True, capture_output=True)
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"simloss_tune/study_files/{p.name}" for p in (ROOT / "studies").glob("*.toml")} \
        <= set(names)
    meta = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert f"Version: {simloss_tune.__version__}" in meta and "License-Expression: MIT" in meta
    assert "Project-URL:" in meta and "Classifier:" in meta and "# simloss-tune" in meta

    for label, target in (("wheel", wheel), ("source", tmp_path / "build" / "src")):
        venv = tmp_path / f"venv-{label}"
        python = wheelenv.make_venv(venv)
        wheelenv.pip_install(python, target)
        empty = tmp_path / f"empty-{label}"
        empty.mkdir()
        assert wheelenv.module_file(python, empty).startswith(str(venv)), label
        version = wheelenv.installed_cli(python, "--version", cwd=empty, check=True)
        assert version.stdout.strip() == f"simloss-tune {simloss_tune.__version__}"
        init = wheelenv.installed_cli(python, "init", "quickstart-digits", "--storage",
                                      "sqlite:///q.db", cwd=empty)
        assert init.returncode == 0, init.stderr
        assert "24 run(s) enqueued" in init.stdout
        assert _runs(empty / "q.db")["quickstart-digits:runs"] == 24
