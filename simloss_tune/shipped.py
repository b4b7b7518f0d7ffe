"""The study files shipped inside the package (`simloss_tune/study_files/*.toml`).

`simloss-tune init utkface` takes a shipped study by name; a path to a file always wins, so a
local `utkface.toml` or `studies/utkface.toml` is used as given.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SUFFIX = ".toml"


def shipped_dir() -> Path:
    # A regular (not zipped) package: the folder is a real directory, as setuptools installs it.
    return Path(str(resources.files("simloss_tune") / "study_files"))


def shipped_studies() -> dict[str, Path]:
    """name (file stem) -> path of every shipped study file."""
    return {p.stem: p for p in sorted(shipped_dir().glob(f"*{SUFFIX}"))}


def study_path(name_or_path: str | Path) -> Path:
    """A study file path as given when it exists, else the shipped study of that name."""
    path = Path(name_or_path)
    if path.is_file():
        return path
    shipped = shipped_studies()
    text = str(name_or_path)
    name = text[: -len(SUFFIX)] if text.endswith(SUFFIX) else text
    if "/" not in text and name in shipped:
        return shipped[name]
    raise FileNotFoundError(f"study file {text!r} not found, and it is not the name of a shipped "
                            f"study ({', '.join(shipped)})")
