"""Image packs: an age dataset's images, resized once and re-encoded as small JPEGs in one
zip file, to move a dataset where its original folder cannot go (a GPU machine that gets
64 MiB, say: UTKFace's 23,708 originals are 179 MB, its pack about 40 MB).

A pack is a zip archive whose members are *stored* (JPEGs do not compress further):

- ``simloss-pack.json``: ``{"format": 1, "task": "utkface", "size": 60, "quality": 90,
  "items": [[name, age], ...], "report": {...}, "corrupt": [...], "source": ...}``.
  ``items`` are the usable (name, age) pairs of the source folder in the task's order (the
  order its scan gives, so the random split over them is the folder's split), ``report``
  is what the scan left out (malformed names, excluded ages), ``corrupt`` the usable names
  that could not be decoded (they have no member and are skipped and counted on load);
- one JPEG per decodable image, ``size`` x ``size`` RGB, under its name in the folder.

Loading a pack gives the same split, labels and file names as loading the folder; only
the pixels differ by JPEG's re-encoding loss (bench/RESULTS.md measures it). A study's or
the `train` command's ``data_dir`` may name a pack file instead of the folder. Unzipping a
pack gives an ordinary folder of (small) images that the task also reads (with the same
split when no source image was undecodable: those have no member).

Nothing in a pack is executed or unpickled: the manifest is JSON and the images are
decoded by Pillow, as from a folder.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

MANIFEST = "simloss-pack.json"
FORMAT = 1
MAX_MEMBER_BYTES = 16 << 20  # a 60x60 JPEG is ~2 KB: anything this big is not a pack image

__all__ = ["MANIFEST", "Pack", "PackImages", "is_pack", "open_pack", "write_pack"]


def is_pack(path: str | Path) -> bool:
    """Whether `path` is a file (not a folder) that is a zip archive: a pack candidate."""
    p = Path(path)
    return p.is_file() and zipfile.is_zipfile(p)


class PackImages:
    """The images of an open pack, read by member name (thread-safe: ZipFile serialises
    its reads; decoding happens outside)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self._zip = archive
        self._members = {i.filename: i for i in archive.infolist() if i.filename != MANIFEST}

    def stamp(self, name: str) -> str:
        info = self._members.get(name)
        return "missing" if info is None else f"{info.file_size}\0{info.CRC:08x}"

    def open(self, name: str) -> IO[bytes] | None:
        info = self._members.get(name)
        if info is None or info.file_size > MAX_MEMBER_BYTES:
            return None  # counted as undecodable, like a corrupt file in a folder
        try:
            return io.BytesIO(self._zip.read(info))
        except (zipfile.BadZipFile, OSError):  # damaged member (bad CRC): undecodable too
            return None

    def __len__(self) -> int:
        return len(self._members)

    def __str__(self) -> str:
        return str(self.path)


@dataclass
class Pack:
    manifest: dict[str, Any]
    images: PackImages

    @property
    def items(self) -> list[tuple[str, int]]:
        return [(str(name), int(age)) for name, age in self.manifest["items"]]


def open_pack(path: str | Path, task: str) -> Pack:
    """Open the pack at `path` made for `task`; ValueError naming what is wrong otherwise."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as e:
        raise ValueError(f"{path}: not a readable pack (zip archive): {e}") from e
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError:
        archive.close()
        raise ValueError(f"{path}: a zip file without {MANIFEST}, so not an image pack; make "
                         "one with bench/make_pack.py, or pass the dataset folder") from None
    except (ValueError, zipfile.BadZipFile, RecursionError) as e:  # (JSON nested too deeply)
        archive.close()
        raise ValueError(f"{path}: unreadable {MANIFEST}: {e}") from e
    problem = _manifest_problem(manifest, task)
    if problem:
        archive.close()
        raise ValueError(f"{path}: {problem}")
    return Pack(manifest, PackImages(path, archive))


def _manifest_problem(manifest: Any, task: str) -> str | None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else manifest
        return f"pack format {found!r} is not the supported format {FORMAT}"
    if manifest.get("task") != task:
        return f"a pack of task {manifest.get('task')!r}, not of task {task!r}"
    items = manifest.get("items")
    if not isinstance(items, list) or not items or not all(
            isinstance(it, list) and len(it) == 2 and isinstance(it[0], str)
            and isinstance(it[1], int) for it in items):
        return "its manifest has no valid 'items' list of [name, age] pairs"
    return None


def write_pack(task: Any, data_dir: str | Path, out: str | Path, *, size: int = 60,
               quality: int = 90, workers: int | None = None) -> dict[str, Any]:
    """Write the pack of `task`'s dataset folder `data_dir` to `out` (atomically) and
    return its manifest (without the item list) plus ``bytes``: the file's size.

    Each image is decoded and resized exactly as a folder load does (`decode_one`), then
    saved as a baseline JPEG at `quality` with Pillow's default 4:2:0 chroma subsampling
    and optimised Huffman tables.
    """
    from ._images import decode_one

    if not hasattr(task, "scan"):
        raise ValueError(f"task {task.name!r} has no folder scan; packs are for the age "
                         "tasks (utkface, afad)")
    if isinstance(quality, bool) or not isinstance(quality, int) or not 1 <= quality <= 95:
        raise ValueError(f"quality must be an integer 1..95 (Pillow's JPEG scale), got "
                         f"{quality!r}")
    if isinstance(size, bool) or not isinstance(size, int) or size < 8:
        raise ValueError(f"size must be an integer >= 8 pixels, got {size!r}")
    out = Path(out)
    if not out.parent.is_dir():
        raise FileNotFoundError(f"{out}: folder {out.parent} does not exist")
    root = Path(data_dir)
    items, report = task.scan(root)  # raises on a missing or empty folder

    def encode(name: str) -> bytes | None:
        arr = decode_one(root / name, size)
        return None if arr is None else _jpeg(arr, quality)

    with ThreadPoolExecutor(max_workers=workers or min(16, os.cpu_count() or 1)) as pool:
        blobs = list(pool.map(encode, [name for name, _ in items], chunksize=64))
    corrupt = [name for (name, _), blob in zip(items, blobs, strict=True) if blob is None]
    manifest = {"format": FORMAT, "task": task.name, "size": size, "quality": quality,
                "source": root.name, "items": [[name, age] for name, age in items],
                "report": report, "corrupt": corrupt}
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".tmp-", suffix=".zip")
    try:
        with os.fdopen(fd, "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_STORED) as z:
            z.writestr(_member(MANIFEST, zipfile.ZIP_DEFLATED), json.dumps(manifest))
            for (name, _), blob in zip(items, blobs, strict=True):
                if blob is not None:
                    z.writestr(_member(name), blob)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    summary = {k: v for k, v in manifest.items() if k != "items"}
    return {**summary, "images": len(items) - len(corrupt), "bytes": out.stat().st_size}


def _member(name: str, compress: int = zipfile.ZIP_STORED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # same input, same bytes
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def _jpeg(chw: Any, quality: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(chw.transpose(1, 2, 0)).save(buf, format="JPEG", quality=quality,
                                                 optimize=True)
    return buf.getvalue()
