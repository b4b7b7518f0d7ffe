"""Decode once: image files -> resized uint8 tensors, cached on disk.

The first load of a dataset decodes every JPEG (PIL with ``Image.draft``, so the
JPEG decoder itself downscales by 1/2, 1/4 or 1/8, in a thread pool: Pillow
releases the GIL while decoding) and writes the result to one cache file. Every
later load, by any run or worker on the machine, reads that file instead: no epoch
and no run decodes a JPEG again.

The cache file is keyed by the source files (relative names, sizes, mtimes) and
the preprocessing (size, mode), so editing, adding or removing a file or changing
the size makes a new key. The images may also come from a pack (one zip file of
small JPEGs, :mod:`simloss_tune.tasks.pack`): then ``root`` is a
:class:`~simloss_tune.tasks.pack.PackImages`, read by name, and the key uses the
members' sizes and CRCs. It holds plain tensors (``torch.save``) and is read with
``torch.load(weights_only=True)``: loading a cache file runs no pickled code.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

import numpy as np
import torch

from .base import Split, TaskData, channel_stats, check_limit, random_split

log = logging.getLogger(__name__)

CACHE_ENV = "SIMLOSS_CACHE_DIR"
_FORMAT = 1  # bump when the cached content changes meaning


@dataclass
class Decoded:
    images: torch.Tensor  # uint8 (N, 3, size, size); zeros where not ok
    ok: torch.Tensor  # bool (N,): False for files that could not be decoded
    cache: str  # "hit", "miss" (decoded and written) or "off" (could not write the cache)
    seconds: float  # wall time of this call
    cache_file: str | None


class ImageSource(Protocol):
    """Images read by name from something other than a folder (a pack)."""

    def stamp(self, name: str) -> str: ...       # changes whenever the image does
    def open(self, name: str) -> IO[bytes] | None: ...  # None: no such image


def default_cache_dir() -> Path:
    """``$SIMLOSS_CACHE_DIR``, else ``~/.cache/simloss-tune``."""
    env = os.environ.get(CACHE_ENV)
    return Path(env).expanduser() if env else Path.home() / ".cache" / "simloss-tune"


def cache_key(root: Path | ImageSource, names: Sequence[str], size: int, mode: str) -> str:
    h = hashlib.sha256(f"simloss-images/{_FORMAT}/{size}/{mode}\n".encode())
    if not isinstance(root, Path):
        h.update(b"pack\n")
        for name in names:
            h.update(f"{name}\0{root.stamp(name)}\n".encode())
        return h.hexdigest()[:24]
    base = str(root)
    for name in names:
        st = os.stat(os.path.join(base, name))  # not pathlib: 3x faster for 23k files
        h.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:24]


def load_images(
    root: str | Path | ImageSource,
    names: Sequence[str],
    *,
    size: int,
    mode: str = "RGB",
    cache_dir: str | Path | None = None,
    label: str = "images",
    workers: int | None = None,
) -> Decoded:
    """Decoded images of ``root/name`` for every name, resized to ``size`` x ``size``.

    Undecodable files (corrupt, truncated, not an image) never raise: their ``ok``
    entry is False and their image is zeros; the caller drops and counts them.
    """
    start = time.perf_counter()
    root = Path(root) if isinstance(root, (str, os.PathLike)) else root
    channels = len(mode)
    if not names:
        empty = torch.zeros(0, channels, size, size, dtype=torch.uint8)
        return Decoded(empty, torch.zeros(0, dtype=torch.bool), "off", 0.0, None)
    directory = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    path = directory / f"{label}-{size}px-{cache_key(root, names, size, mode)}.pt"

    cached = _read_cache(path, len(names), channels, size)
    if cached is not None:
        images, ok = cached
        return Decoded(images, ok, "hit", time.perf_counter() - start, str(path))

    images, ok = _decode_all(root, names, size, mode, label, workers)
    status = "miss" if _write_cache(path, images, ok) else "off"
    seconds = time.perf_counter() - start
    log.info("decoded %d %s images in %.1f s (cache %s: %s)", len(names), label, seconds,
             status, path)
    return Decoded(images, ok, status, seconds, str(path) if status == "miss" else None)


def _read_cache(
    path: Path, n: int, channels: int, size: int
) -> tuple[torch.Tensor, torch.Tensor] | None:
    if not path.is_file():
        return None
    try:
        blob = torch.load(path, map_location="cpu", weights_only=True)
        images, ok = blob["images"], blob["ok"]
        if images.shape != (n, channels, size, size) or images.dtype != torch.uint8 \
                or ok.shape != (n,):
            raise ValueError(f"unexpected shapes {tuple(images.shape)}, {tuple(ok.shape)}")
        return images, ok.to(torch.bool)
    except Exception as e:  # a broken cache file is only a slower load, never an error
        log.warning("ignoring unreadable image cache %s (%s); decoding again", path, e)
        return None


def _write_cache(path: Path, images: torch.Tensor, ok: torch.Tensor) -> bool:
    """Atomically write the cache (temp file + rename: parallel workers never see half a
    file). False (and a warning) when the folder is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pt")
        try:
            with os.fdopen(fd, "wb") as f:
                torch.save({"images": images, "ok": ok}, f)
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; others sharing the cache may read it
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return True
    except OSError as e:
        log.warning("could not write the image cache %s (%s); set %s or cache_dir to a "
                    "writable folder to decode only once", path, e, CACHE_ENV)
        return False


def decode_one(path: Path | IO[bytes], size: int, mode: str = "RGB") -> np.ndarray | None:
    """One image (a file or an open binary stream) as uint8 (channels, size, size), or
    None when it cannot be decoded."""
    from PIL import Image

    try:
        with Image.open(path) as im:
            # draft() lets the JPEG decoder scale down by 1/2..1/8 while decoding, keeping
            # at least `size` pixels: several times faster than a full decode + resize.
            im.draft(mode, (size, size))
            im = im.convert(mode)
            if im.size != (size, size):
                im = im.resize((size, size), Image.Resampling.BILINEAR)
            arr = np.asarray(im, dtype=np.uint8)
    except Exception:  # corrupt, truncated or not an image: reported by the caller
        return None
    if arr.ndim == 2:
        arr = arr[:, :, None]
    return np.ascontiguousarray(arr.transpose(2, 0, 1))


def _decode_all(
    root: Path | ImageSource, names: Sequence[str], size: int, mode: str, label: str,
    workers: int | None,
) -> tuple[torch.Tensor, torch.Tensor]:
    from tqdm import tqdm

    n = len(names)
    images = np.zeros((n, len(mode), size, size), dtype=np.uint8)
    ok = np.zeros(n, dtype=bool)
    workers = workers or min(16, os.cpu_count() or 1)

    def work(i: int) -> int:
        source = root / names[i] if isinstance(root, Path) else root.open(names[i])
        arr = None if source is None else decode_one(source, size, mode)
        if arr is not None:
            images[i] = arr
            ok[i] = True
        return i

    bar = tqdm(total=n, desc=f"decoding {label}", unit="img", disable=not sys.stderr.isatty(),
               leave=False)
    with bar, ThreadPoolExecutor(max_workers=workers) as pool:
        for _ in pool.map(work, range(n), chunksize=64):
            bar.update()
    return torch.from_numpy(images), torch.from_numpy(ok)


# -- image files + labels -> TaskData (the age tasks) -------------------------------------


def image_folder_data(
    label: str,
    root: Path | ImageSource,
    names: Sequence[str],
    labels: Sequence[int],
    class_names: list[str],
    *,
    split_seed: int = 0,
    limit: int | None = None,
    cache_dir: str | Path | None = None,
    info: dict | None = None,
    size: int = 60,
) -> TaskData:
    """TaskData of image files with integer labels: what an image task's ``load`` returns.

    Random 60/20/20 split (fixed by ``split_seed`` alone), the first ``limit`` of each
    split, decode once (cached, ``size`` x ``size`` RGB), drop undecodable files (counted
    in ``info``), per-channel mean/std of the training split. ``label`` names the cache
    files and log lines. ``names`` are relative to ``root``, in a fixed (e.g. sorted)
    order: the split is drawn over that order, never over a file-system listing order.
    """
    if len(names) != len(labels):
        raise ValueError(f"{label}: {len(names)} file names but {len(labels)} labels")
    if not names:
        raise ValueError(f"{label}: no images in {root}")
    if min(labels) < 0 or max(labels) >= len(class_names):
        raise ValueError(f"{label}: labels must be 0..{len(class_names) - 1} (one per class "
                         f"name), got {min(labels)}..{max(labels)}")
    check_limit(limit)
    parts = [idx[:limit] if limit else idx for idx in random_split(len(names), split_seed)]
    if min(len(idx) for idx in parts) == 0:  # checked before anything is decoded or cached
        raise ValueError(f"{label}: {len(names)} image(s) in {root} are too few: the 60/20/20 "
                         f"train/validation/test split gives {[len(idx) for idx in parts]}; "
                         "every split needs at least one image (4 images or more)")
    # Decode in one canonical (sorted) order, so every split seed shares one cache file.
    wanted = np.unique(np.concatenate(parts))
    decoded = load_images(root, [names[i] for i in wanted], size=size, cache_dir=cache_dir,
                          label=label)
    position = np.full(len(names), -1, dtype=np.int64)
    position[wanted] = np.arange(len(wanted))
    ok = decoded.ok.numpy()
    labels_t = torch.as_tensor(np.asarray(labels, dtype=np.int64))

    splits = []
    for idx in parts:
        rows = position[idx]
        good = ok[rows]
        rows_t = torch.from_numpy(rows[good])
        splits.append(Split(decoded.images.index_select(0, rows_t),
                            labels_t[torch.from_numpy(idx[good])].contiguous()))
    train, val, test = splits
    if len(train) == 0:
        raise ValueError(f"{label}: no decodable training image in {root}")
    corrupt = [names[wanted[i]] for i in np.flatnonzero(~ok)]
    if corrupt:
        log.warning("%s: skipped %d undecodable images: %s", label, len(corrupt),
                    ", ".join(corrupt[:10]) + (" ..." if len(corrupt) > 10 else ""))
    mean, std = channel_stats(train.images)
    info = dict(info or {})
    info.update({
        "skipped_corrupt": len(corrupt),
        "corrupt": corrupt[:100],
        "cache": decoded.cache,
        "cache_file": decoded.cache_file,
        "load_seconds": round(decoded.seconds, 3),
        "split_sizes": [len(train), len(val), len(test)],
    })
    return TaskData(train=train, val=val, test=test, class_names=class_names, mean=mean,
                    std=std, info=info)
