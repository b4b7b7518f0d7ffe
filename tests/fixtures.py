"""Builders of tiny datasets in the true on-disk layouts, for tests of any module.

    from tests.fixtures import make_utkface, make_afad, make_cifar100, make_word_vectors

Every builder writes under the folder it is given and returns the path to pass
as ``data_dir``. Images are small JPEGs (a few hundred bytes) whose brightness
grows with the label, so a model can learn something from them.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from PIL import Image

# The real CIFAR-100 meta: coarse label names in file order, each with its 5 fine classes.
CIFAR100_SUPERCLASSES: dict[str, list[str]] = {
    "aquatic_mammals": ["beaver", "dolphin", "otter", "seal", "whale"],
    "fish": ["aquarium_fish", "flatfish", "ray", "shark", "trout"],
    "flowers": ["orchid", "poppy", "rose", "sunflower", "tulip"],
    "food_containers": ["bottle", "bowl", "can", "cup", "plate"],
    "fruit_and_vegetables": ["apple", "mushroom", "orange", "pear", "sweet_pepper"],
    "household_electrical_devices": ["clock", "keyboard", "lamp", "telephone", "television"],
    "household_furniture": ["bed", "chair", "couch", "table", "wardrobe"],
    "insects": ["bee", "beetle", "butterfly", "caterpillar", "cockroach"],
    "large_carnivores": ["bear", "leopard", "lion", "tiger", "wolf"],
    "large_man-made_outdoor_things": ["bridge", "castle", "house", "road", "skyscraper"],
    "large_natural_outdoor_scenes": ["cloud", "forest", "mountain", "plain", "sea"],
    "large_omnivores_and_herbivores": ["camel", "cattle", "chimpanzee", "elephant", "kangaroo"],
    "medium_mammals": ["fox", "porcupine", "possum", "raccoon", "skunk"],
    "non-insect_invertebrates": ["crab", "lobster", "snail", "spider", "worm"],
    "people": ["baby", "boy", "girl", "man", "woman"],
    "reptiles": ["crocodile", "dinosaur", "lizard", "snake", "turtle"],
    "small_mammals": ["hamster", "mouse", "rabbit", "shrew", "squirrel"],
    "trees": ["maple_tree", "oak_tree", "palm_tree", "pine_tree", "willow_tree"],
    "vehicles_1": ["bicycle", "bus", "motorcycle", "pickup_truck", "train"],
    "vehicles_2": ["lawn_mower", "rocket", "streetcar", "tank", "tractor"],
}
CIFAR100_COARSE = list(CIFAR100_SUPERCLASSES)
CIFAR100_FINE = sorted(f for fine in CIFAR100_SUPERCLASSES.values() for f in fine)
CIFAR100_COARSE_OF = {f: CIFAR100_COARSE.index(c)
                      for c, fine in CIFAR100_SUPERCLASSES.items() for f in fine}


def _image(label: int, num_classes: int, size: int, rng: np.random.Generator) -> np.ndarray:
    level = 30 + 190 * label / max(1, num_classes - 1)
    noise = rng.normal(0, 12, (size, size, 3))
    return np.clip(level + noise, 0, 255).astype(np.uint8)


def write_jpeg(path: str | Path, label: int = 0, num_classes: int = 2, *, size: int = 64,
               seed: int = 0) -> Path:
    """A small JPEG whose brightness encodes ``label``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    img = _image(label, num_classes, size, np.random.default_rng(seed))
    Image.fromarray(img).save(path, format="JPEG", quality=75)
    return path


def write_corrupt_jpeg(path: str | Path) -> Path:
    """A file with a JPEG name and header but truncated data: undecodable."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00" + b"\x00" * 20)
    return path


# Malformed names exactly as in the official UTKFace release (all with ages <= 90).
UTKFACE_MALFORMED = [
    "24_0_1_20170116220224657 .jpg.chip.jpg",  # a space
    "39_1_20170116174525125.jpg.chip.jpg",  # a missing field
    "55_0_0_20170116232725357jpg.chip.jpg",  # a missing dot
]


def make_utkface(directory: str | Path, n: int = 40, *, over_90: int = 0,
                 malformed: int = 0, corrupt: int = 0, size: int = 64,
                 ages: Iterable[int] | None = None) -> Path:
    """``directory/UTKFace`` with ``n`` good images of ages 1-90 (spread over the range,
    or ``ages`` cycled), plus optional ages > 90, malformed names (up to 3) and
    corrupt JPEGs with well-formed names and ages 1-90. Returns the folder."""
    root = Path(directory) / "UTKFace"
    root.mkdir(parents=True, exist_ok=True)
    age_list = list(ages) if ages is not None else [1 + (7 * i) % 90 for i in range(n)]
    for i in range(n):
        age = age_list[i % len(age_list)]
        write_jpeg(root / f"{age}_{i % 2}_{i % 5}_2017011617{i:07d}.jpg.chip.jpg",
                   age - 1, 90, size=size, seed=i)
    for i in range(over_90):
        write_jpeg(root / f"{91 + i}_0_0_2017011618{i:07d}.jpg.chip.jpg", 89, 90, size=size)
    for name in UTKFACE_MALFORMED[:malformed]:
        write_jpeg(root / name, 0, 90, size=size)
    for i in range(corrupt):
        write_corrupt_jpeg(root / f"30_1_0_2017011619{i:07d}.jpg.chip.jpg")
    return root


def make_afad(directory: str | Path, ages: Iterable[int] = range(15, 76, 6),
              per_folder: int = 2, *, corrupt: int = 0, size: int = 48) -> Path:
    """``directory/AFAD-Full/<age>/<111|112>/<id>.jpg`` with ``per_folder`` images per
    age and gender, a file list at the top level as in the release, and ``corrupt``
    truncated JPEGs. Returns the AFAD-Full folder."""
    root = Path(directory) / "AFAD-Full"
    root.mkdir(parents=True, exist_ok=True)
    listing = []
    k = 0
    for age in ages:
        for gender in ("111", "112"):
            for _ in range(per_folder):
                rel = f"{age}/{gender}/{100000 + k}-0.jpg"
                write_jpeg(root / rel, age - 15, 61, size=size, seed=k)
                listing.append(f"./{rel}")
                k += 1
    for i in range(corrupt):
        write_corrupt_jpeg(root / f"30/111/{900000 + i}-0.jpg")
    (root / "AFAD-Full.txt").write_text("\n".join(listing) + "\n")
    return root


def make_cifar100(directory: str | Path, train_per_class: int = 5, test_per_class: int = 2,
                  *, classes: Sequence[str] | None = None, bytes_keys: bool = False,
                  seed: int = 0) -> Path:
    """``directory/cifar-100-python/{train,test,meta}`` pickles in the real format
    (``data`` uint8 (N, 3072) CHW rows, ``fine_labels``, ``coarse_labels``, meta name
    lists), with images only for ``classes`` (default all 100) in shuffled order.
    ``bytes_keys=True`` writes bytes keys and names. Returns ``directory``."""
    rng = np.random.default_rng(seed)
    folder = Path(directory) / "cifar-100-python"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = list(classes) if classes is not None else CIFAR100_FINE

    def key(s: str):
        return s.encode() if bytes_keys else s

    def part(per_class: int, tag: str) -> dict:
        fine = np.repeat([CIFAR100_FINE.index(c) for c in wanted], per_class)
        fine = fine[rng.permutation(len(fine))]
        data = np.stack([_image(int(f), 100, 32, rng).transpose(2, 0, 1).reshape(-1)
                         for f in fine]) if len(fine) else np.zeros((0, 3072), np.uint8)
        return {
            key("filenames"): [key(f"img_{tag}_{i}.png") for i in range(len(fine))],
            key("batch_label"): key(f"{tag} batch 1 of 1"),
            key("fine_labels"): [int(f) for f in fine],
            key("coarse_labels"): [CIFAR100_COARSE_OF[CIFAR100_FINE[f]] for f in fine],
            key("data"): data.astype(np.uint8),
        }

    meta = {key("fine_label_names"): [key(c) for c in CIFAR100_FINE],
            key("coarse_label_names"): [key(c) for c in CIFAR100_COARSE]}
    for name, obj in (("train", part(train_per_class, "training")),
                      ("test", part(test_per_class, "testing")), ("meta", meta)):
        with open(folder / name, "wb") as f:
            pickle.dump(obj, f, protocol=2)
    return Path(directory)


def make_word_vectors(path: str | Path, names: Sequence[str] = CIFAR100_FINE, *, dim: int = 8,
                      missing: Iterable[str] = (), seed: int = 0) -> Path:
    """A word2vec text file (``count dim`` header) with a random vector for each name
    except ``missing``; names in the same CIFAR-100 superclass get similar vectors."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(CIFAR100_COARSE), dim))
    skip = set(missing)
    rows = []
    for name in names:
        if name in skip:
            continue
        base = centres[CIFAR100_COARSE_OF[name]] if name in CIFAR100_COARSE_OF else 0.0
        vec = base + 0.5 * rng.normal(size=dim)
        rows.append(f"{name} " + " ".join(f"{v:.5f}" for v in vec))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{len(rows)} {dim}\n" + "\n".join(rows) + "\n")
    return path
