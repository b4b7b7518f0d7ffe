"""CIFAR-100: a study file names its similarity ([similarity] for a built-in l task), and the
real data (../shared/data/cifar100, cifar100-semantics) as the task reads it.

The real-data tests are marked `shared_data` and skip when ../shared is absent; they build
the torchvision folder with the data's own build.py into a cache folder, once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import optuna
import pytest
import torch

from simloss_tune.cli import main
from simloss_tune.matrices import from_hierarchy, from_word_vectors, lower_bound
from simloss_tune.studies import queue
from simloss_tune.studies.similarity import init_attrs
from simloss_tune.studies.spec import load_spec, parse_spec
from simloss_tune.studies.worker import WorkerOptions, run_worker
from simloss_tune.tasks import get_task
from simloss_tune.tasks._images import default_cache_dir
from simloss_tune.tasks.cifar100 import CLASSES, _read_part, _read_pickle
from simloss_tune.trainers import make_trainer
from tests.conftest import SHARED_DATA
from tests.fixtures import CIFAR100_COARSE_OF, CIFAR100_FINE, make_cifar100, make_word_vectors

REPO = Path(__file__).resolve().parents[1]


def _superclass_tree(path: Path) -> Path:
    """root -> superclass -> fine class, with the class names as the leaves."""
    lines = [f"root super{c}" for c in sorted(set(CIFAR100_COARSE_OF.values()))]
    lines += [f"super{CIFAR100_COARSE_OF[name]} {name}" for name in CIFAR100_FINE]
    path.write_text("\n".join(lines) + "\n")
    return path


def _study(tmp_path: Path, data_dir: Path, similarity: str, name: str = "c") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(textwrap.dedent(f"""
        name = "{name}"
        task = "cifar100"
        data_dir = "{data_dir}"
        grid = [0.5, 0.99]
        seeds = 1
        objectives = ["accuracy", "superclass_accuracy"]
        [similarity]
        {similarity}
        [training]
        max_epochs = 1
        batch_size = 64
        """))
    return path


def test_the_task_declares_the_standard_class_order():
    assert get_task("cifar100").class_names == CLASSES == tuple(CIFAR100_FINE)


def test_a_cifar100_study_names_its_similarity_and_workers_need_no_file(tmp_path, monkeypatch):
    # No $SIMLOSS_WORD_VECTORS and no word-vectors file in the data folder: before
    # [similarity] was allowed for tasks, the study could not even be parsed.
    monkeypatch.delenv("SIMLOSS_WORD_VECTORS", raising=False)
    data = make_cifar100(tmp_path / "data", train_per_class=2, test_per_class=1)
    edges = _superclass_tree(tmp_path / "edges.txt")
    spec = load_spec(_study(tmp_path, data, f'hierarchy = "{edges}"'))
    assert spec.similarity == {"hierarchy": str(edges)} and spec.task == "cifar100"
    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(spec, url)
    edges.unlink()  # stored at init: the workers read no similarity file
    report = run_worker(url, WorkerOptions(device="cpu", progress=False))
    assert (report.completed, report.failed) == (2, 0)
    attrs = optuna.load_study(study_name="c:runs", storage=url).user_attrs
    assert attrs["class_names"] == list(CLASSES)
    source = np.array(attrs["similarity_source"])
    # Wu-Palmer in root -> superclass -> class: 2/3 within a superclass, 1/3 across
    apple, pear, worm = (CLASSES.index(n) for n in ("apple", "pear", "worm"))
    assert source[apple, pear] == pytest.approx(2 / 3)
    assert source[apple, worm] == pytest.approx(1 / 3)
    # what the runs trained with: the stored source under the lower bound
    trainer = make_trainer(spec, attrs)
    matrix = trainer.task.similarity(trainer.data, 0.5)
    assert torch.equal(matrix, lower_bound(source, 0.5))
    assert matrix[apple, pear] == pytest.approx(1 / 3) and matrix[apple, worm] == 0
    assert trainer.data.info["vectors"] == "the study file's [similarity]"


def test_two_similarities_of_one_dataset_in_one_worker_keep_their_own(tmp_path, monkeypatch):
    monkeypatch.delenv("SIMLOSS_WORD_VECTORS", raising=False)
    data = make_cifar100(tmp_path / "data", train_per_class=2, test_per_class=1)
    tree = _study(tmp_path, data, f'hierarchy = "{_superclass_tree(tmp_path / "e.txt")}"', "t")
    vectors = make_word_vectors(tmp_path / "v.txt")
    words = _study(tmp_path, data, f'word_vectors = "{vectors}"\nmultiword = "join"', "w")
    url = f"sqlite:///{tmp_path}/s.db"
    specs = [load_spec(tree), load_spec(words)]
    for spec in specs:
        queue.init_study(spec, url)
    cache: dict = {}  # one worker: the data cache shared by both studies
    trainers = [make_trainer(s, optuna.load_study(study_name=f"{s.name}:runs",
                                                  storage=url).user_attrs, cache)
                for s in specs]
    tree_m, words_m = (t.task.similarity(t.data, 0.0) for t in trainers)
    expected = from_word_vectors(list(CLASSES), vectors, multiword="join").similarity
    assert torch.equal(words_m, lower_bound(expected, 0.0))
    assert not torch.equal(tree_m, words_m)


@pytest.mark.parametrize("table, message", [
    ('matrix = "m.npy"\nhierarchy = "e.txt"', "needs exactly one of matrix, word_vectors"),
    ('vectors = "v.txt"', "unknown field 'vectors'; did you mean 'word_vectors'"),
])
def test_a_bad_similarity_table_of_a_task_study_is_refused(tmp_path, table, message):
    with pytest.raises(ValueError, match=message):
        load_spec(_study(tmp_path, tmp_path, table))


def test_similarity_is_for_l_tasks_only():
    with pytest.raises(ValueError, match=r"\[similarity\] is for parameter 'l'"):
        parse_spec({"name": "d", "task": "digits", "grid": [0.0], "seeds": 1,
                    "objectives": ["mae"], "similarity": {"matrix": "m.npy"}})


def test_init_refuses_a_similarity_that_does_not_cover_every_class(tmp_path, capsys):
    vectors = make_word_vectors(tmp_path / "v.txt", missing=["worm"])
    study = _study(tmp_path, tmp_path, f'word_vectors = "{vectors}"\nmultiword = "join"')
    db = tmp_path / "s.db"
    assert main(["init", str(study), "--storage", f"sqlite:///{db}"]) == 2
    err = capsys.readouterr().err
    assert "[similarity]" in err and "class 'worm'" in err and "has no vector" in err
    assert len(err.strip().splitlines()) == 1 and not db.exists()  # nothing written
    missing = _study(tmp_path, tmp_path, f'hierarchy = "{tmp_path / "none.txt"}"', "m")
    assert main(["init", str(missing), "--storage", f"sqlite:///{db}"]) == 2
    assert "hierarchy edge file not found" in capsys.readouterr().err and not db.exists()


def test_a_hierarchy_over_class_indices_names_the_classes_in_order(tmp_path):
    # the semantic-embeddings format (cifar.parent-child.txt): nodes 0..C-1 are the classes
    lines = [f"{100 + CIFAR100_COARSE_OF[n]} {i}" for i, n in enumerate(CIFAR100_FINE)]
    lines += [f"999 {100 + c}" for c in sorted(set(CIFAR100_COARSE_OF.values()))]
    (tmp_path / "ids.txt").write_text("\n".join(lines) + "\n")
    by_ids = init_attrs(load_spec(_study(tmp_path, tmp_path, f'hierarchy = "{tmp_path}/ids.txt"')))
    by_names = init_attrs(load_spec(_study(
        tmp_path, tmp_path, f'hierarchy = "{_superclass_tree(tmp_path / "n.txt")}"', "n")))
    assert by_ids["similarity_source"] == by_names["similarity_source"]


def test_a_task_without_class_names_cannot_take_a_similarity():
    from simloss_tune.studies.similarity import task_classes

    class Nameless:
        name, class_names = "nameless", None

    with pytest.raises(ValueError, match="does not declare them"):
        task_classes(Nameless(), "s.toml")


# -- the real data -------------------------------------------------------------------------

SEMANTICS = SHARED_DATA / "cifar100-semantics"
GLOVE = SEMANTICS / "cifar100_glove100.w2v.txt"
PARENT_CHILD = SEMANTICS / "cifar.parent-child.txt"
LOWER_BOUNDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99)
# Non-zero off-diagonal entries of lower_bound(S, l) (of 9,900), l as in LOWER_BOUNDS: the
# figures docs/cifar100.md quotes and the study files' grids were chosen from.
GLOVE_NONZERO = (9004, 7416, 4954, 2740, 1190, 414, 114, 36, 10, 2, 0)
WORDNET_NONZERO = (9900, 9900, 6182, 4188, 3384, 1726, 852, 464, 158, 0, 0)
OFF = ~np.eye(100, dtype=bool)


@pytest.fixture(scope="session")
def real_cifar100() -> Path:
    """The folder build.py writes (OUT/cifar-100-python), built once into the cache folder
    ($SIMLOSS_CACHE_DIR or ~/.cache/simloss-tune), never into the repository."""
    build = SHARED_DATA / "cifar100" / "build.py"
    if not build.is_file():
        pytest.skip("real CIFAR-100 not present (../shared/data/cifar100/build.py)")
    out = default_cache_dir() / "cifar100-built"
    done = out / "built-ok"  # written last: a build cut short is redone
    if not done.is_file():
        tmp = out.with_name(f"{out.name}.tmp{os.getpid()}")
        subprocess.run([sys.executable, str(build), str(tmp)], check=True,
                       capture_output=True)
        (tmp / "built-ok").write_text("build.py finished\n")
        if out.exists():
            import shutil

            shutil.rmtree(out)
        tmp.rename(out)
    return out


@pytest.fixture(scope="session")
def real_semantics() -> Path:
    if not SEMANTICS.is_dir():
        pytest.skip("real CIFAR-100 semantics not present (../shared/data/cifar100-semantics)")
    return SEMANTICS


@pytest.mark.shared_data
def test_real_files_counts_order_and_superclasses(real_cifar100, real_semantics):
    folder = real_cifar100 / "cifar-100-python"
    meta = _read_pickle(folder / "meta")
    assert meta["fine_label_names"] == list(CLASSES)
    assert (real_semantics / "cifar100_classes.txt").read_text().split() == list(CLASSES)
    coarse_names = meta["coarse_label_names"]
    assert len(coarse_names) == 20
    for part, per_class in (("train", 500), ("test", 100)):
        data, fine, coarse = _read_part(folder / part)
        assert data.shape == (per_class * 100, 3072)
        assert np.bincount(fine, minlength=100).tolist() == [per_class] * 100
        pairs = set(zip(fine.tolist(), coarse.tolist(), strict=True))
        assert len(pairs) == 100  # each fine class has exactly one superclass
        named = {(CLASSES[f], coarse_names[c]) for f, c in pairs}
        assert {("rose", "flowers"), ("maple_tree", "trees"), ("boy", "people"),
                ("worm", "non-insect_invertebrates"), ("bus", "vehicles_1")} <= named
        assert np.bincount([c for _, c in pairs], minlength=20).tolist() == [5] * 20
    train_fine = _read_part(folder / "train")[1]
    assert (CLASSES[train_fine[0]], CLASSES[_read_part(folder / "test")[1][0]]) == (
        "cattle", "mountain")


@pytest.mark.shared_data
def test_real_task_split_and_superclass_mapping(real_cifar100, tmp_path):
    task = get_task("cifar100").with_similarity(np.eye(100))  # no vectors needed
    data = task.load(real_cifar100, cache_dir=tmp_path)
    assert data.info["split_sizes"] == [45000, 5000, 10000]
    for split, per_class in ((data.train, 450), (data.val, 50), (data.test, 100)):
        assert torch.bincount(split.labels, minlength=100).tolist() == [per_class] * 100
    folder = real_cifar100 / "cifar-100-python"
    _, fine, coarse = _read_part(folder / "test")
    assert torch.equal(data.superclass[torch.from_numpy(fine)], torch.from_numpy(coarse))
    assert data.class_names == list(CLASSES)
    assert float(data.train.images.float().std()) > 50  # real photographs


@pytest.mark.shared_data
def test_real_glove_similarity(real_semantics):
    result = from_word_vectors(list(CLASSES), GLOVE)  # the text format: no pickle
    assert result.dropped == [] and result.kept == list(range(100))
    S = result.similarity.double().numpy()
    vectors = np.load(real_semantics / "cifar100_glove100.npy", allow_pickle=False)
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    cosine = np.clip(unit @ unit.T, 0, 1)
    np.fill_diagonal(cosine, 1)
    np.testing.assert_allclose(S, cosine, atol=1e-6)
    boy, girl = CLASSES.index("boy"), CLASSES.index("girl")
    assert S[boy, girl] == pytest.approx(0.918, abs=1e-3)
    upper = S[np.triu_indices(100, 1)]
    assert [(upper > t).sum() for t in (0.9, 0.8, 0.7)] == [1, 5, 18]
    # l = 0.9 keeps exactly one off-diagonal pair: boy/girl
    kept = np.argwhere(lower_bound(S, 0.9).numpy() * OFF > 0).tolist()
    assert kept == [[boy, girl], [girl, boy]]
    _assert_nonzero(S, cosine, GLOVE_NONZERO)


@pytest.mark.shared_data
def test_real_wordnet_similarity(real_semantics):
    S = from_hierarchy(PARENT_CHILD, list(range(100))).double().numpy()
    assert np.array_equal(S, S.T)
    assert (S[OFF].min(), S[OFF].max()) == (pytest.approx(2 / 15), pytest.approx(8 / 9))
    assert 0.133 < S[OFF].min() < S[OFF].max() < 0.889 + 1e-6
    for bound in (0.9, 0.99):  # above every off-diagonal entry: the identity
        assert torch.equal(lower_bound(S, bound), torch.eye(100))
    _assert_nonzero(S, S, WORDNET_NONZERO)


def _assert_nonzero(S: np.ndarray, reference: np.ndarray, expected: tuple[int, ...]) -> None:
    """lower_bound keeps an off-diagonal entry exactly when the similarity exceeds l."""
    got = [int((lower_bound(S, bound).numpy()[OFF] > 0).sum()) for bound in LOWER_BOUNDS]
    assert got == [int((reference[OFF] > bound).sum()) for bound in LOWER_BOUNDS]
    assert tuple(got) == expected


@pytest.mark.shared_data
@pytest.mark.parametrize("name, matrix", [
    ("cifar100-glove", lambda: from_word_vectors(list(CLASSES), GLOVE).similarity),
    ("cifar100-wordnet", lambda: from_hierarchy(PARENT_CHILD, list(range(100)))),
])
def test_the_shipped_reproduction_studies_store_the_real_similarity(real_semantics,
                                                                    monkeypatch, name, matrix):
    monkeypatch.setenv("CIFAR100_SEMANTICS", str(real_semantics))
    spec = load_spec(REPO / "studies" / f"{name}.toml")
    attrs = init_attrs(spec)
    assert attrs["class_names"] == list(CLASSES)
    np.testing.assert_allclose(np.array(attrs["similarity_source"]),
                               matrix().double().numpy(), atol=1e-7)
    assert spec.grid[0] == spec.baseline == 0.99 and len(spec.seeds) == 6
