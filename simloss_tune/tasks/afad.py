"""AFAD age estimation (AFAD-Full): ages 15-75, one class per year (class i = age 15 + i).

Layout as released: ``<root>/<age>/<111|112>/<id>.jpg`` (111 = male, 112 = female).
Files at the top level (the release's file lists, a README) are ignored; a folder
that is not an age is an error, since it means the root is not an AFAD-Full folder.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ._age import AgeFolderTask

log = logging.getLogger(__name__)

MIN_AGE, MAX_AGE = 15, 75
GENDERS = ("111", "112")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")


def _subdirs(path: Path) -> list[str]:
    with os.scandir(path) as entries:
        return sorted(e.name for e in entries if e.is_dir() and not e.name.startswith("."))


def scan(root: str | Path) -> tuple[list[tuple[str, int]], dict]:
    """The ``(relative path, age)`` of every image, sorted by path, and what was left out."""
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(
            f"AFAD folder not found: {root}; pass the AFAD-Full folder that holds "
            "<age>/<111|112>/<id>.jpg"
        )
    items: list[tuple[str, int]] = []
    other_files: list[str] = []
    out_of_range: dict[str, int] = {}
    for age_dir in _subdirs(root):
        if not age_dir.isdigit():
            raise ValueError(
                f"AFAD: folder {str(root / age_dir)!r} is not an age; expected only "
                f"<age>/<111|112>/<id>.jpg folders under {root}"
            )
        age = int(age_dir)
        for gender in _subdirs(root / age_dir):
            if gender not in GENDERS:
                raise ValueError(
                    f"AFAD: folder {str(root / age_dir / gender)!r} is not a gender folder; "
                    f"expected {' or '.join(GENDERS)} (111 male, 112 female)"
                )
            with os.scandir(root / age_dir / gender) as entries:
                files = sorted(e.name for e in entries if e.is_file()
                               and not e.name.startswith("."))
            for name in files:
                rel = f"{age_dir}/{gender}/{name}"
                if not name.lower().endswith(IMAGE_SUFFIXES):
                    other_files.append(rel)
                elif MIN_AGE <= age <= MAX_AGE:
                    items.append((rel, age))
                else:
                    out_of_range[age_dir] = out_of_range.get(age_dir, 0) + 1
    if not items:
        raise ValueError(
            f"no AFAD images with ages {MIN_AGE}-{MAX_AGE} in {root}; expected "
            "<age>/<111|112>/<id>.jpg"
        )
    if other_files:
        log.warning("AFAD: skipped %d files that are not images, e.g. %s", len(other_files),
                    other_files[0])
    if out_of_range:
        log.warning("AFAD: excluded %d images with ages outside %d-%d",
                    sum(out_of_range.values()), MIN_AGE, MAX_AGE)
    report = {
        "files": len(items) + len(other_files) + sum(out_of_range.values()),
        "usable": len(items),
        "skipped_not_image": len(other_files),
        "not_image": other_files[:100],
        "excluded_age": sum(out_of_range.values()),
        "excluded_ages": out_of_range,
    }
    return items, report


class AFADTask(AgeFolderTask):
    name = "afad"
    min_age, max_age = MIN_AGE, MAX_AGE
    data_dir_help = "the AFAD-Full folder (<age>/<111|112>/...)"
    download_error = ("AFAD cannot be downloaded automatically; get AFAD-Full from "
                      "https://github.com/afad-dataset/tarball and pass --data-dir")
    scan = staticmethod(scan)
