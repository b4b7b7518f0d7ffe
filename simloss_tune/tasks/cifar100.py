"""CIFAR-100 image classification with word-vector class similarities (parameter l).

Data: the on-disk format of ``torchvision.datasets.CIFAR100``:
``<data_dir>/cifar-100-python/{train,test,meta}`` (``data_dir`` may also be the
``cifar-100-python`` folder itself). ``download=True`` fetches it with torchvision.

The files are Python pickles, the format the dataset is published in. They are read
with a restricted unpickler (``_safe_pickle``) that admits only NumPy arrays and plain
values, so a tampered file is refused and runs nothing.

The class similarity: a study file's ``[similarity]`` table (word vectors, a WordNet-style
hierarchy or a matrix file; see docs/cifar100.md) when it has one, built at ``init`` over the
100 classes. Otherwise word vectors for the class names (the paper: word2vec GoogleNews; any
word2vec file works), looked up in this order:

1. ``Cifar100Task(vectors=path)`` (register it under a name of your own),
2. the environment variable ``SIMLOSS_WORD_VECTORS``,
3. a file ``<data_dir>/word-vectors.{bin,txt,vec,kv}`` (``.bin`` word2vec binary,
   ``.txt``/``.vec`` word2vec text, ``.kv`` gensim ``KeyedVectors.save``).

A ``.kv`` file is a Python pickle, unpickled when loaded (so it can run code):
it is refused, wherever it comes from, unless pickles are trusted
(``--trust-pickles`` on ``train``, or on ``init``, stored on the study for its
workers; ``matrices.trusting_pickles``). The word2vec ``.bin``/``.txt``/``.vec``
formats are plain data, never unpickled.

Classes whose name has no vector are dropped (``matrices.from_word_vectors`` with
``multiword="drop"``; four classes with GoogleNews, none with GloVe) and the
labels renumbered in order. The similarity matrix is cached next to the image
cache, keyed by the vector file, so a 3.6 GB vector file is read once.

Split: per class, 10 % of the training images (50 of 500) become validation,
chosen by the split seed; the test file is the test split (100 per class).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from ..models import LeNet
from ._images import default_cache_dir
from ._safe_pickle import load_arrays
from .base import CLASSIFICATION_METRICS, Split, Task, TaskData, channel_stats, check_limit

log = logging.getLogger(__name__)

FOLDER = "cifar-100-python"
VECTORS_ENV = "SIMLOSS_WORD_VECTORS"
VECTOR_SUFFIXES = (".bin", ".txt", ".vec", ".kv")
VAL_FRACTION = 0.1  # 50 of the 500 training images per class
# The 100 fine labels in label order (alphabetical; `meta`'s fine_label_names, torchvision's
# CIFAR100.classes): a study file's [similarity] is built over them before any data is read.
CLASSES = (
    "apple", "aquarium_fish", "baby", "bear", "beaver", "bed", "bee", "beetle", "bicycle",
    "bottle", "bowl", "boy", "bridge", "bus", "butterfly", "camel", "can", "castle",
    "caterpillar", "cattle", "chair", "chimpanzee", "clock", "cloud", "cockroach", "couch",
    "crab", "crocodile", "cup", "dinosaur", "dolphin", "elephant", "flatfish", "forest", "fox",
    "girl", "hamster", "house", "kangaroo", "keyboard", "lamp", "lawn_mower", "leopard",
    "lion", "lizard", "lobster", "man", "maple_tree", "motorcycle", "mountain", "mouse",
    "mushroom", "oak_tree", "orange", "orchid", "otter", "palm_tree", "pear", "pickup_truck",
    "pine_tree", "plain", "plate", "poppy", "porcupine", "possum", "rabbit", "raccoon", "ray",
    "road", "rocket", "rose", "sea", "seal", "shark", "shrew", "skunk", "skyscraper", "snail",
    "snake", "spider", "squirrel", "streetcar", "sunflower", "sweet_pepper", "table", "tank",
    "telephone", "television", "tiger", "tractor", "train", "trout", "tulip", "turtle",
    "wardrobe", "whale", "willow_tree", "wolf", "woman", "worm",
)


def _text(x: Any) -> str:
    return x.decode("latin1") if isinstance(x, bytes) else str(x)


def _read_pickle(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise FileNotFoundError(
            f"CIFAR-100 file not found: {path}; point --data-dir at the folder holding "
            f"{FOLDER}/ (or at {FOLDER}/ itself), or use --download"
        )
    with open(path, "rb") as f:
        obj = load_arrays(f, path)  # NumPy arrays and plain values only: nothing runs
    if not isinstance(obj, dict):
        raise ValueError(f"{path}: expected a pickled dict, got {type(obj).__name__}")
    return {_text(k): v for k, v in obj.items()}  # keys may be bytes or str


def _read_part(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(data uint8 (N, 3072), fine labels (N,), coarse labels (N,)) of ``train`` or ``test``."""
    part = _read_pickle(path)
    missing = [k for k in ("data", "fine_labels", "coarse_labels") if k not in part]
    if missing:
        raise ValueError(f"{path}: missing {', '.join(missing)}; not a CIFAR-100 file")
    data = np.asarray(part["data"])
    fine = np.asarray(part["fine_labels"], dtype=np.int64)
    coarse = np.asarray(part["coarse_labels"], dtype=np.int64)
    if data.ndim != 2 or data.shape[1] != 3072 or data.dtype != np.uint8:
        raise ValueError(f"{path}: data must be uint8 (N, 3072), got {data.dtype} {data.shape}")
    if not len(fine) == len(coarse) == len(data):
        raise ValueError(f"{path}: {len(data)} images but {len(fine)} fine and "
                         f"{len(coarse)} coarse labels")
    return data, fine, coarse


def _superclasses(fine: np.ndarray, coarse: np.ndarray, names: list[str]) -> np.ndarray:
    """The coarse label of every fine class, checked to be unique."""
    out = np.full(len(names), -1, dtype=np.int64)
    pairs = np.unique(np.stack([fine, coarse], axis=1), axis=0)
    for f, c in pairs:
        if out[f] not in (-1, c):
            raise ValueError(f"CIFAR-100: class {names[f]!r} has two superclasses "
                             f"({out[f]} and {c})")
        out[f] = c
    if (out < 0).any():
        raise ValueError(f"CIFAR-100: class {names[int(np.argmax(out < 0))]!r} has no images, "
                         "so its superclass is unknown")
    return out


def _val_split(fine: np.ndarray, split_seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the training images that stay for training and those for validation.

    Per class, ``VAL_FRACTION`` of its images (at least one when it has two) are drawn
    with a generator seeded by (split_seed, class), so the choice for one class does not
    depend on the others. Both parts keep file order (already shuffled in CIFAR)."""
    is_val = np.zeros(len(fine), dtype=bool)
    for c in np.unique(fine):
        idx = np.flatnonzero(fine == c)
        n_val = max(1, round(len(idx) * VAL_FRACTION)) if len(idx) >= 2 else 0
        chosen = np.random.default_rng([split_seed, int(c)]).permutation(idx)[:n_val]
        is_val[chosen] = True
    return np.flatnonzero(~is_val), np.flatnonzero(is_val)


class Cifar100Task(Task):
    name = "cifar100"
    parameter = "l"
    baseline = 0.99
    metrics = CLASSIFICATION_METRICS
    early_stopping = "accuracy"
    patience = 20
    max_epochs = 200
    needs_data_dir = True
    class_names = CLASSES

    def __init__(self, vectors: str | Path | None = None, *, multiword: str = "drop",
                 name: str | None = None) -> None:
        self.vectors = Path(vectors).expanduser() if vectors is not None else None
        self.multiword = multiword
        if name is not None:
            self.name = name

    # -- files ----------------------------------------------------------------------------

    def folder(self, data_dir: str | Path, download: bool = False) -> Path:
        data_dir = Path(data_dir).expanduser()
        if download:
            import torchvision  # lazy: slow to import, only needed here

            torchvision.datasets.CIFAR100(str(data_dir), train=True, download=True)
        if (data_dir / "meta").is_file() and not (data_dir / FOLDER).is_dir():
            return data_dir  # pointed at cifar-100-python/ itself
        return data_dir / FOLDER

    def vector_file(self, data_dir: str | Path) -> Path:
        """Where the word vectors come from (see the module docstring)."""
        if self.vectors is not None:
            return self.vectors
        env = os.environ.get(VECTORS_ENV)
        if env:
            return Path(env).expanduser()
        found = sorted(p for p in Path(data_dir).glob("word-vectors.*")
                       if p.suffix in VECTOR_SUFFIXES)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ValueError(f"several word vector files in {data_dir}: "
                             f"{', '.join(p.name for p in found)}; keep one")
        raise FileNotFoundError(
            f"cifar100 needs word vectors for its class names: put a word2vec file at "
            f"{Path(data_dir) / 'word-vectors.bin'} (or .txt, .vec, .kv), or set "
            f"{VECTORS_ENV}=/path/to/vectors"
        )

    def _class_similarity(self, names: list[str], vectors: Path,
                          cache_dir: str | Path | None) -> tuple[np.ndarray, list[int], str]:
        """(raw max(0, cosine) over kept classes, kept class indices, cache status)."""
        from .. import matrices

        matrices.check_vector_file(vectors)  # before the cache: a refused pickle stays refused
        st = vectors.stat()
        key = hashlib.sha256(
            f"{vectors.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0{self.multiword}\0"
            f"{'|'.join(names)}".encode()
        ).hexdigest()[:24]
        directory = Path(cache_dir).expanduser() if cache_dir else default_cache_dir()
        path = directory / f"cifar100-similarity-{key}.pt"
        if path.is_file():
            try:
                blob = torch.load(path, map_location="cpu", weights_only=True)
                return blob["similarity"].numpy(), blob["kept"].tolist(), "hit"
            except Exception as e:  # a broken cache is only slower
                log.warning("ignoring unreadable similarity cache %s (%s)", path, e)
        sim, kept, _ = matrices.from_word_vectors(names, vectors, multiword=self.multiword)
        sim = sim.to(torch.float32)
        try:
            directory.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            torch.save({"similarity": sim, "kept": torch.tensor(kept, dtype=torch.int64)}, tmp)
            os.replace(tmp, path)
        except OSError as e:
            log.warning("could not cache the class similarity in %s (%s)", directory, e)
        return sim.numpy(), list(kept), "miss"

    # -- the contract ---------------------------------------------------------------------

    def load(
        self,
        data_dir: str | Path | None,
        *,
        split_seed: int = 0,
        limit: int | None = None,
        download: bool = False,
        cache_dir: str | Path | None = None,
    ) -> TaskData:
        if data_dir is None:
            raise ValueError("cifar100 needs --data-dir: the folder holding cifar-100-python/ "
                             "(add --download to fetch it there)")
        check_limit(limit)
        folder = self.folder(data_dir, download)
        meta = _read_pickle(folder / "meta")
        names = [_text(n) for n in meta.get("fine_label_names", [])]
        coarse_names = [_text(n) for n in meta.get("coarse_label_names", [])]
        if len(names) != 100 or len(coarse_names) != 20:
            raise ValueError(f"{folder / 'meta'}: expected 100 fine and 20 coarse label names, "
                             f"got {len(names)} and {len(coarse_names)}")
        train_x, train_fine, train_coarse = _read_part(folder / "train")
        test_x, test_fine, test_coarse = _read_part(folder / "test")
        superclass = _superclasses(np.concatenate([train_fine, test_fine]),
                                   np.concatenate([train_coarse, test_coarse]), names)

        if self.similarity_source is not None:  # the study file's [similarity]
            if names != list(CLASSES):
                raise ValueError(f"{folder / 'meta'}: the fine label names are not CIFAR-100's "
                                 "standard 100 in their order, which a study file's "
                                 "[similarity] is built over")
            vectors = "the study file's [similarity]"
            similarity, kept, sim_cache = self.similarity_source, list(range(100)), "study"
        else:
            vectors = self.vector_file(data_dir)
            similarity, kept, sim_cache = self._class_similarity(names, vectors, cache_dir)
        kept_set = set(kept)
        dropped = [n for i, n in enumerate(names) if i not in kept_set]
        if dropped:
            log.info("cifar100: dropped %d classes without a word vector: %s", len(dropped),
                     ", ".join(dropped))
        new_label = np.full(len(names), -1, dtype=np.int64)
        new_label[kept] = np.arange(len(kept))

        # Validation split over all training images, before dropping classes, so that
        # a class's split does not depend on which other classes have vectors.
        train_idx, val_idx = _val_split(train_fine, split_seed)
        test_idx = np.arange(len(test_fine))
        parts = []
        for x, fine, idx in ((train_x, train_fine, train_idx), (train_x, train_fine, val_idx),
                             (test_x, test_fine, test_idx)):
            idx = idx[new_label[fine[idx]] >= 0]
            if limit:
                idx = idx[:limit]
            images = torch.from_numpy(x[idx].reshape(-1, 3, 32, 32))  # a fancy-index copy
            parts.append(Split(images, torch.from_numpy(new_label[fine[idx]])))
        train, val, test = parts
        if len(train) == 0:
            raise ValueError(f"cifar100: no training images left in {folder}")
        # Global standardisation (one mean/std for all channels), as in the paper.
        mean, std = channel_stats(train.images, per_channel=False)
        return TaskData(
            train=train,
            val=val,
            test=test,
            class_names=[names[i] for i in kept],
            mean=mean,
            std=std,
            superclass=torch.from_numpy(superclass[kept].copy()),
            similarity_source=similarity,
            info={
                "folder": str(folder),
                "vectors": str(vectors),
                "dropped_classes": dropped,
                "kept_classes": len(kept),
                "superclass_names": coarse_names,
                "similarity_cache": sim_cache,
                "split_sizes": [len(train), len(val), len(test)],
            },
        )

    def model(self, num_classes: int) -> nn.Module:
        return LeNet(num_classes)
