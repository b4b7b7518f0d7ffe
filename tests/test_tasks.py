"""Tasks: registry, the digits task, the loaders on tiny datasets in their true layouts."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import numpy as np
import pytest
import torch

from simloss_tune.tasks import (
    ORDINAL_METRICS,
    Split,
    Task,
    TaskData,
    _images,
    available_tasks,
    get_task,
    register_task,
)
from simloss_tune.tasks import base as task_base
from simloss_tune.tasks.utkface import parse_name
from simloss_tune.tasks.utkface import scan as scan_utkface
from tests.fixtures import (
    CIFAR100_COARSE,
    CIFAR100_FINE,
    make_afad,
    make_cifar100,
    make_utkface,
    make_word_vectors,
    write_jpeg,
)

# -- registry -----------------------------------------------------------------------------


def test_builtin_tasks_are_registered():
    assert {"digits"} <= set(available_tasks())
    t = get_task("digits")
    assert (t.parameter, t.baseline, t.early_stopping) == ("r", 0.0, "mae")
    assert [m.name for m in t.metrics] == ["accuracy", "mae", "mse"]


def test_unknown_task_lists_available():
    with pytest.raises(ValueError, match=r"unknown task 'nope'; available: .*digits"):
        get_task("nope")


class _Tiny(Task):
    name = "tiny-test-task"
    metrics = ORDINAL_METRICS
    needs_data_dir = False

    def load(self, data_dir, *, split_seed=0, limit=None, download=False, cache_dir=None):
        x = torch.zeros(4, 1, 2, 2, dtype=torch.uint8)
        s = Split(x, torch.tensor([0, 1, 2, 1]))
        return TaskData(s, s, s, ["a", "b", "c"], torch.zeros(1), torch.ones(1))

    def model(self, num_classes):
        return torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(4, num_classes))


@pytest.fixture
def clean_registry(monkeypatch):
    monkeypatch.setattr(task_base, "_REGISTRY", dict(task_base._REGISTRY))


def test_register_own_task(clean_registry):
    register_task(_Tiny())
    assert "tiny-test-task" in available_tasks()
    t = get_task("tiny-test-task")
    data = t.load(None)
    out = t.metrics_from_logits(torch.eye(3)[[0, 1, 0, 1]] * 5, data.test.labels, data)
    assert out == {"accuracy": 0.75, "mae": 0.5, "mse": 1.0}
    with pytest.raises(ValueError, match="already registered"):
        register_task(_Tiny)
    register_task(_Tiny, replace=True)


def test_register_validates(clean_registry):
    class Bad(_Tiny):
        name = "bad"
        early_stopping = "f1"

    with pytest.raises(ValueError, match="no metric 'f1'"):
        register_task(Bad())


def test_task_by_import_path():
    t = get_task("tests.test_tasks:_Tiny")
    assert t.name == "tiny-test-task"
    with pytest.raises(ValueError, match="no attribute"):
        get_task("tests.test_tasks:Missing")
    with pytest.raises(ValueError, match="cannot import"):
        get_task("no_such_module_xyz:Task")


# -- digits -------------------------------------------------------------------------------


def test_digits_load():
    t = get_task("digits")
    assert not t.needs_data_dir
    d = t.load(None)
    assert (len(d.train), len(d.val), len(d.test)) == (1078, 359, 360)
    assert d.train.images.dtype == torch.uint8 and d.train.images.shape[1:] == (1, 8, 8)
    assert d.train.labels.dtype == torch.int64
    assert int(d.train.images.max()) == 255
    assert d.class_names == [str(i) for i in range(10)]
    assert d.mean.shape == d.std.shape == (1,) and d.mean.dtype == torch.float32
    x = d.train.images.double()
    assert float(d.mean) == pytest.approx(float(x.mean()), rel=1e-5)
    assert float(d.std) == pytest.approx(float(x.std(unbiased=False)), rel=1e-4)
    assert t.model(10)(torch.zeros(2, 1, 8, 8)).shape == (2, 10)


def test_digits_split_depends_on_split_seed_only():
    t = get_task("digits")
    a, b, c = t.load(None, split_seed=0), t.load(None, split_seed=0), t.load(None, split_seed=1)
    assert torch.equal(a.val.images, b.val.images) and torch.equal(a.test.labels, b.test.labels)
    assert not torch.equal(a.val.images, c.val.images)
    torch.manual_seed(123)  # the run seed must not matter
    assert torch.equal(a.test.images, t.load(None, split_seed=0).test.images)
    small = t.load(None, limit=7)
    assert (len(small.train), len(small.val), len(small.test)) == (7, 7, 7)
    assert torch.equal(small.val.images, a.val.images[:7])
    with pytest.raises(ValueError, match="limit"):
        t.load(None, limit=0)


def test_digits_similarity_is_class_order():
    t = get_task("digits")
    d = t.load(None, limit=5)
    s = t.similarity(d, 0.5)
    assert s.shape == (10, 10) and s.dtype == torch.float32
    assert float(s[0, 2]) == pytest.approx(0.25)
    assert torch.equal(t.similarity(d, 0.0), torch.eye(10))


# -- utkface ------------------------------------------------------------------------------

@pytest.fixture
def decode_counter(monkeypatch):
    """Counts JPEG decodes (calls of _images.decode_one)."""
    calls = []
    real = _images.decode_one

    def counting(path, size, mode="RGB"):
        calls.append(path)
        return real(path, size, mode)

    monkeypatch.setattr(_images, "decode_one", counting)
    return calls


def test_parse_utkface_names():
    assert parse_name("26_0_1_20170116171048641.jpg.chip.jpg") == 26
    assert "whitespace" in parse_name("24_0_1_20170116220224657 .jpg.chip.jpg")
    assert "3 fields" in parse_name("39_1_20170116174525125.jpg.chip.jpg")
    assert ".jpg.chip.jpg" in parse_name("55_0_0_20170116232725357jpg.chip.jpg")
    assert "not a number" in parse_name("x_0_1_20170116171048641.jpg.chip.jpg")


def test_utkface_load_skips_and_counts(tmp_path, decode_counter, caplog):
    root = make_utkface(tmp_path, 30, over_90=2, malformed=3, corrupt=1)
    t = get_task("utkface")
    with caplog.at_level("WARNING"):
        d = t.load(root, cache_dir=tmp_path / "cache")
    info = d.info
    assert info["files"] == 36 and info["usable"] == 31  # 30 good + 1 corrupt (by name)
    assert info["skipped_malformed"] == 3 and len(info["malformed"]) == 3
    assert info["excluded_age"] == 2 and info["skipped_corrupt"] == 1
    assert info["corrupt"] == ["30_1_0_20170116190000000.jpg.chip.jpg"]
    assert "skipped 3 malformed" in caplog.text and "undecodable" in caplog.text
    assert info["cache"] == "miss" and len(decode_counter) == 31
    assert len(d.train) + len(d.val) + len(d.test) == 30
    assert info["split_sizes"] == [len(d.train), len(d.val), len(d.test)]
    assert d.class_names == [str(a) for a in range(1, 91)]
    assert d.train.images.dtype == torch.uint8 and d.train.images.shape[1:] == (3, 60, 60)
    assert d.train.labels.dtype == torch.int64
    # labels are age - 1 and the fixture's brightness grows with age
    bright = d.train.images.float().mean(dim=(1, 2, 3))
    assert torch.corrcoef(torch.stack([bright, d.train.labels.float()]))[0, 1] > 0.9
    x = d.train.images.double()
    # (torch.allclose, not torch.testing.assert_close: its first call costs ~3 s of imports)
    assert torch.allclose(d.mean.double(), x.mean(dim=(0, 2, 3)), rtol=1e-6)
    assert torch.allclose(d.std.double(), x.std(dim=(0, 2, 3), unbiased=False), rtol=1e-5)

    # second load: from the cache, no JPEG decoded
    decode_counter.clear()
    again = t.load(root, cache_dir=tmp_path / "cache")
    assert again.info["cache"] == "hit" and decode_counter == []
    assert torch.equal(again.test.images, d.test.images)
    # another split seed reuses the same cache file (decoded in canonical order)
    other = t.load(root, split_seed=5, cache_dir=tmp_path / "cache")
    assert other.info["cache"] == "hit" and decode_counter == []


def test_utkface_split_depends_on_split_seed_only(tmp_path, monkeypatch):
    root = make_utkface(tmp_path, 25)
    monkeypatch.setenv("SIMLOSS_CACHE_DIR", str(tmp_path / "envcache"))
    t = get_task("utkface")
    a = t.load(root)
    assert (tmp_path / "envcache").is_dir()  # $SIMLOSS_CACHE_DIR is the default cache
    torch.manual_seed(99)
    b = t.load(root)
    c = t.load(root, split_seed=1)
    assert (len(a.train), len(a.val), len(a.test)) == (15, 5, 5)
    assert torch.equal(a.val.labels, b.val.labels) and torch.equal(a.test.images, b.test.images)
    assert not torch.equal(a.train.labels, c.train.labels)
    # limit: the first N of each split, in split order
    small = t.load(root, limit=3)
    assert torch.equal(small.train.labels, a.train.labels[:3])
    assert torch.equal(small.test.images, a.test.images[:3])
    assert small.info["cache"] == "miss"  # only the 9 images it needs were decoded


def test_utkface_errors(tmp_path):
    t = get_task("utkface")
    with pytest.raises(FileNotFoundError, match="nowhere"):
        t.load(tmp_path / "nowhere", cache_dir=tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no UTKFace images.*empty"):
        t.load(tmp_path / "empty", cache_dir=tmp_path)
    with pytest.raises(ValueError, match="data-dir"):
        t.load(None)
    with pytest.raises(ValueError, match="downloaded"):
        t.load(tmp_path, download=True)


def test_utkface_similarity_and_model():
    t = get_task("utkface")
    assert (t.parameter, t.baseline, t.early_stopping, t.patience) == ("r", 0.0, "mae", 10)
    assert t.model(90)(torch.zeros(2, 3, 60, 60)).shape == (2, 90)


@pytest.mark.shared_data
def test_real_utkface_names(shared_utkface):
    items, report = scan_utkface(shared_utkface)
    assert report["files"] == 23708
    assert report["skipped_malformed"] == 5
    # ages 1-90 in the release: 23,621 names, of which the 5 malformed ones are skipped
    assert report["usable"] == 23621 - 5
    assert report["excluded_age"] == 87
    assert {age for _, age in items} == set(range(1, 91))


@pytest.mark.shared_data
def test_real_utkface_decodes(shared_utkface, tmp_path):
    d = get_task("utkface").load(shared_utkface, limit=70, cache_dir=tmp_path)
    assert d.info["skipped_corrupt"] == 0
    assert (len(d.train), len(d.val), len(d.test)) == (70, 70, 70)
    assert d.train.images.float().std() > 20  # real faces, not blank images


# -- afad ---------------------------------------------------------------------------------


def test_afad_load(tmp_path, decode_counter):
    root = make_afad(tmp_path, ages=range(15, 76, 3), per_folder=1, corrupt=1)
    t = get_task("afad")
    d = t.load(root, cache_dir=tmp_path / "cache")
    assert d.class_names == [str(a) for a in range(15, 76)] and len(d.class_names) == 61
    n = 21 * 2
    assert d.info["usable"] == n + 1 and d.info["skipped_corrupt"] == 1
    assert len(d.train) + len(d.val) + len(d.test) == n
    labels = torch.cat([d.train.labels, d.val.labels, d.test.labels])
    assert sorted(set(labels.tolist())) == list(range(0, 61, 3))  # class = age - 15
    assert d.train.images.shape[1:] == (3, 60, 60)
    assert len(decode_counter) == n + 1
    decode_counter.clear()
    assert t.load(root, cache_dir=tmp_path / "cache").info["cache"] == "hit"
    assert decode_counter == []


def test_afad_errors(tmp_path):
    t = get_task("afad")
    root = make_afad(tmp_path, ages=[20], per_folder=1)
    (root / "images").mkdir()
    with pytest.raises(ValueError, match=r"images.*is not an age"):
        t.load(root, cache_dir=tmp_path)
    (root / "images").rmdir()
    (root / "20" / "113").mkdir()
    with pytest.raises(ValueError, match="113.*111 or 112"):
        t.load(root, cache_dir=tmp_path)
    with pytest.raises(FileNotFoundError, match="missing"):
        t.load(tmp_path / "missing", cache_dir=tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no AFAD images"):
        t.load(tmp_path / "empty", cache_dir=tmp_path)


def test_image_cache_survives_broken_cache_file(tmp_path, decode_counter):
    root = make_utkface(tmp_path, 6)
    t = get_task("utkface")
    d = t.load(root, cache_dir=tmp_path / "c")
    cache_file = Path(d.info["cache_file"])
    cache_file.write_bytes(b"not a torch file")
    decode_counter.clear()
    again = t.load(root, cache_dir=tmp_path / "c")
    assert again.info["cache"] == "miss" and len(decode_counter) == 6
    assert torch.equal(again.train.images, d.train.images)
    # a changed file makes a new key
    victim = sorted(root.iterdir())[0]
    victim.write_bytes(victim.read_bytes() + b"\0")
    decode_counter.clear()
    assert t.load(root, cache_dir=tmp_path / "c").info["cache"] == "miss"


# -- cifar100 -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cifar_dir(tmp_path_factory):
    root = make_cifar100(tmp_path_factory.mktemp("cifar"), train_per_class=10,
                         test_per_class=2)
    make_word_vectors(root / "word-vectors.txt", missing=["aquarium_fish", "pickup_truck"])
    return root


def test_cifar100_load(cifar_dir, tmp_path, monkeypatch):
    monkeypatch.delenv("SIMLOSS_WORD_VECTORS", raising=False)
    t = get_task("cifar100")
    assert (t.parameter, t.baseline, t.early_stopping, t.patience) == ("l", 0.99, "accuracy", 20)
    d = t.load(cifar_dir, cache_dir=tmp_path)
    assert d.info["dropped_classes"] == ["aquarium_fish", "pickup_truck"]
    assert len(d.class_names) == 98 and "apple" in d.class_names
    assert d.class_names == [c for c in CIFAR100_FINE if c not in ("aquarium_fish", "pickup_truck")]
    # per class 10 train images -> 9 train + 1 validation; 2 test
    assert (len(d.train), len(d.val), len(d.test)) == (98 * 9, 98, 98 * 2)
    assert torch.bincount(d.val.labels, minlength=98).tolist() == [1] * 98
    assert d.train.images.shape[1:] == (3, 32, 32) and d.train.images.dtype == torch.uint8
    assert int(d.train.labels.max()) == 97
    # labels renumbered in order, superclass of each kept class from the coarse labels
    worm = d.class_names.index("worm")
    assert d.superclass[worm] == CIFAR100_COARSE.index("non-insect_invertebrates")
    assert d.superclass.shape == (98,) and d.superclass.dtype == torch.int64
    # the fixture's brightness encodes the original fine label: check the renumbering
    bright = d.test.images.float().mean(dim=(1, 2, 3))
    orig = torch.tensor([CIFAR100_FINE.index(d.class_names[i]) for i in d.test.labels])
    assert torch.corrcoef(torch.stack([bright, orig.float()]))[0, 1] > 0.95
    # global standardisation: one mean/std for every channel
    x = d.train.images.double()
    assert torch.allclose(d.mean, torch.full((3,), float(x.mean()), dtype=torch.float32))
    assert float(d.std[0]) == pytest.approx(float(x.std(unbiased=False)), rel=1e-5)
    # similarity: raw max(0, cos) and the lower bound on top of it
    assert d.similarity_source.shape == (98, 98)
    assert (d.similarity_source >= 0).all() and np.allclose(np.diag(d.similarity_source), 1)
    s = t.similarity(d, 0.5)
    assert s.shape == (98, 98) and s.dtype == torch.float32
    assert float(s[0, 0]) == 1.0 and float(s.max()) <= 1.0
    assert t.model(98)(torch.zeros(2, 3, 32, 32)).shape == (2, 98)
    # metrics from logits
    logits = torch.nn.functional.one_hot(d.test.labels, 98).float()
    m = t.metrics_from_logits(logits, d.test.labels, d)
    assert m["accuracy"] == 1.0 and m["superclass_accuracy"] == 1.0
    assert np.isnan(m["failed_superclass_accuracy"])
    assert d.info["similarity_cache"] == "miss"
    assert t.load(cifar_dir, cache_dir=tmp_path).info["similarity_cache"] == "hit"


def test_cifar100_split_and_limit(cifar_dir, tmp_path):
    t = get_task("cifar100")
    a = t.load(cifar_dir, cache_dir=tmp_path)
    b = t.load(cifar_dir, cache_dir=tmp_path)
    c = t.load(cifar_dir, split_seed=3, cache_dir=tmp_path)
    assert torch.equal(a.val.images, b.val.images)
    assert not torch.equal(a.val.images, c.val.images)
    # same number per class, other images
    assert torch.equal(torch.bincount(a.val.labels), torch.bincount(c.val.labels))
    small = t.load(cifar_dir, limit=4, cache_dir=tmp_path)
    assert (len(small.train), len(small.val), len(small.test)) == (4, 4, 4)
    assert torch.equal(small.train.images, a.train.images[:4])


def test_cifar100_bytes_keys_and_vector_option(tmp_path, monkeypatch):
    monkeypatch.delenv("SIMLOSS_WORD_VECTORS", raising=False)
    root = make_cifar100(tmp_path / "d", train_per_class=2, test_per_class=1, bytes_keys=True)
    vectors = make_word_vectors(tmp_path / "vecs.txt")
    from simloss_tune.tasks import Cifar100Task

    t = Cifar100Task(vectors=vectors, name="cifar100-mine")
    d = t.load(root / "cifar-100-python", cache_dir=tmp_path)  # the folder itself works too
    assert d.info["dropped_classes"] == [] and len(d.class_names) == 100
    assert (len(d.train), len(d.val), len(d.test)) == (100, 100, 100)
    # no vectors anywhere -> a clear error saying where to put them
    with pytest.raises(FileNotFoundError, match="word-vectors.bin.*SIMLOSS_WORD_VECTORS"):
        get_task("cifar100").load(root, cache_dir=tmp_path)
    monkeypatch.setenv("SIMLOSS_WORD_VECTORS", str(vectors))
    assert len(get_task("cifar100").load(root, cache_dir=tmp_path).class_names) == 100


def test_cifar100_missing_files(tmp_path, monkeypatch):
    root = make_cifar100(tmp_path / "d", train_per_class=2, test_per_class=1)
    make_word_vectors(root / "word-vectors.txt")
    (root / "cifar-100-python" / "meta").unlink()
    with pytest.raises(FileNotFoundError, match=r"cifar-100-python/meta"):
        get_task("cifar100").load(root, cache_dir=tmp_path)
    with pytest.raises(FileNotFoundError, match="nowhere"):
        get_task("cifar100").load(tmp_path / "nowhere", cache_dir=tmp_path)


def test_cifar100_download_uses_torchvision(tmp_path, monkeypatch):
    calls = []

    def fake(root, train=True, download=False, **kw):
        calls.append((root, download))
        make_cifar100(root, train_per_class=2, test_per_class=1)

    # a stand-in torchvision: no network, and no slow import of the real one
    fake_tv = types.SimpleNamespace(datasets=types.SimpleNamespace(CIFAR100=fake))
    monkeypatch.setitem(sys.modules, "torchvision", fake_tv)
    vectors = make_word_vectors(tmp_path / "v.txt")
    from simloss_tune.tasks import Cifar100Task

    d = Cifar100Task(vectors=vectors).load(tmp_path / "dl", download=True, cache_dir=tmp_path)
    assert calls == [(str(tmp_path / "dl"), True)] and len(d.class_names) == 100


@pytest.mark.shared_data
def test_real_glove_vectors_keep_all_classes(shared_cifar_semantics, tmp_path):
    root = make_cifar100(tmp_path, train_per_class=2, test_per_class=1)
    from simloss_tune.tasks import Cifar100Task

    t = Cifar100Task(vectors=shared_cifar_semantics / "cifar100_glove100.w2v.txt")
    d = t.load(root, cache_dir=tmp_path)
    assert d.info["dropped_classes"] == []
    i, j = d.class_names.index("boy"), d.class_names.index("girl")
    assert d.similarity_source[i, j] == pytest.approx(0.918, abs=1e-3)


# -- the README's "add your own task" snippet, verbatim ----------------------------------

README_TASK = '''
from pathlib import Path

from simloss_tune.models import NiuCNN
from simloss_tune.tasks import Task, image_folder_data, register_task


class RetinaGrades(Task):
    """<root>/<grade 0-4>/<image>.jpg: an ordinal task like age."""
    name = "retina"
    parameter = "r"         # class order: S[i, j] = r ** |i - j|; baseline r = 0 is plain CCE
    early_stopping = "mae"  # metrics: accuracy, mae, mse (the default for ordinal tasks)
    patience = 10

    def load(self, data_dir, *, split_seed=0, limit=None, download=False, cache_dir=None):
        root = Path(data_dir)
        files = sorted(p.relative_to(root).as_posix() for p in root.glob("[0-4]/*.jpg"))
        return image_folder_data("retina", root, files, [int(f[0]) for f in files],
                                 ["0", "1", "2", "3", "4"], split_seed=split_seed,
                                 limit=limit, cache_dir=cache_dir)

    def model(self, num_classes):
        return NiuCNN(num_classes)  # 60x60 RGB in, logits out


register_task(RetinaGrades())
'''


def test_readme_own_task_snippet(tmp_path, monkeypatch, clean_registry):
    (tmp_path / "my_tasks_readme.py").write_text(README_TASK)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "my_tasks_readme", raising=False)
    for i in range(10):
        write_jpeg(tmp_path / "data" / str(i % 5) / f"{i}.jpg", i % 5, 5, size=30, seed=i)
    t = get_task("my_tasks_readme:RetinaGrades")  # as --task or task = "..." in a study
    assert "retina" in available_tasks() and get_task("retina").name == "retina"
    d = t.load(tmp_path / "data", cache_dir=tmp_path / "cache")
    assert (len(d.train), len(d.val), len(d.test)) == (6, 2, 2)
    assert t.similarity(d, 0.5).shape == (5, 5)
    assert t.model(5)(torch.zeros(1, 3, 60, 60)).shape == (1, 5)
