"""Similarity-matrix builders against the paper's equations, validation and file round trips."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from gensim.models import KeyedVectors

from simloss_tune.matrices import (
    class_order,
    cosine_similarity,
    from_hierarchy,
    from_word_vectors,
    load_matrix,
    lower_bound,
    save_matrix,
    sidecar_path,
    trusting_pickles,
    validate_similarity,
)


def close(a, b):
    np.testing.assert_allclose(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64),
                               rtol=0, atol=1e-6)


# ----------------------------------------------------------------------------- class order


def test_class_order_equation_2():
    S = class_order(3, 0.5)
    assert S.dtype == torch.float32 and S.shape == (3, 3)
    close(S, [[1, .5, .25], [.5, 1, .5], [.25, .5, 1]])


def test_class_order_r0_is_identity():
    assert torch.equal(class_order(4, 0.0), torch.eye(4))
    assert torch.equal(class_order(1, 0.9), torch.ones(1, 1))


@pytest.mark.parametrize("r", [float("nan"), -0.1, 1.0, 1.5, "x", None])
def test_class_order_bad_r(r):
    with pytest.raises(ValueError, match=r"r=.*\[0, 1\)"):
        class_order(3, r)


@pytest.mark.parametrize("n", [0, -2, 2.5, True, "3"])
def test_class_order_bad_num_classes(n):
    with pytest.raises(ValueError, match="num_classes"):
        class_order(n, 0.5)


# ----------------------------------------------------------------------------- lower bound

RAW = [[1.0, 0.6, 0.2], [0.6, 1.0, -0.3], [0.2, -0.3, 1.0]]


def test_lower_bound_equation_3():
    close(lower_bound(RAW, 0.5), [[1, .2, 0], [.2, 1, 0], [0, 0, 1]])
    close(lower_bound(RAW, 0.0), [[1, .6, .2], [.6, 1, 0], [.2, 0, 1]])
    close(lower_bound(np.array(RAW), 0.2), [[1, .5, 0], [.5, 1, 0], [0, 0, 1]])


def test_lower_bound_keeps_exact_diagonal():
    for bound in (0.1, 0.3, 0.7, 0.99):
        S = lower_bound(torch.tensor(RAW), bound)
        assert torch.equal(S.diagonal(), torch.ones(3))
    assert torch.equal(lower_bound(RAW, 0.99), torch.eye(3))  # the paper's CCE baseline


def test_lower_bound_bad_input():
    for bound in (1.0, -0.5, float("nan")):
        with pytest.raises(ValueError, match=r"l=.*\[0, 1\)"):
            lower_bound(RAW, bound)
    with pytest.raises(ValueError, match="square"):
        lower_bound(np.ones((2, 3)), 0.5)
    with pytest.raises(ValueError, match=r"\[0, 1\] = 1.5 is above 1"):
        lower_bound([[1, 1.5], [0, 1]], 0.5)
    with pytest.raises(ValueError, match="not finite"):
        lower_bound([[1, np.inf], [0, 1]], 0.5)


# ----------------------------------------------------------------------------- cosine


def test_cosine_similarity():
    S = cosine_similarity(np.array([[1.0, 0.0], [1.0, 1.0], [-1.0, 0.0], [2.0, 2.0]]))
    h = 1 / math.sqrt(2)
    close(S, [[1, h, 0, h], [h, 1, 0, 1], [0, 0, 1, 0], [h, 1, 0, 1]])
    assert torch.equal(S.diagonal(), torch.ones(4)) and S.max() <= 1


def test_cosine_zero_vector():
    with pytest.raises(ValueError, match="row 1 is all zeros"):
        cosine_similarity(torch.tensor([[1.0, 2.0], [0.0, 0.0]]))


# ----------------------------------------------------------------------------- word vectors

WORDS = {
    "maple_tree": [1.0, 0.2, 0.0], "maple": [1.0, 0.0, 0.5], "tree": [0.5, 1.0, 0.0],
    "oak": [0.9, 0.3, 0.1], "boy": [0.0, 1.0, 1.0], "girl": [0.1, 0.9, 1.0],
    "pickup_truck": [0.0, 0.0, 1.0], "pickup": [0.2, 0.0, 1.0], "truck": [0.0, 0.3, 1.0],
    "fish": [-1.0, 0.0, 0.1],
}
NAMES = ["maple_tree", "oak", "aquarium_fish", "boy", "pickup truck"]


@pytest.fixture(scope="module")
def kv():
    vectors = KeyedVectors(vector_size=3)
    vectors.add_vectors(list(WORDS), np.array(list(WORDS.values()), dtype=np.float32))
    return vectors


def cos(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return max(0.0, a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_word_vectors_drop(kv):
    result = from_word_vectors(NAMES, kv)
    assert result.kept == [0, 1, 3, 4] and result.dropped == ["aquarium_fish"]
    assert result.similarity.shape == (4, 4)
    close(result.similarity[0, 1], cos(WORDS["maple_tree"], WORDS["oak"]))
    close(result.similarity[3, 2], cos(WORDS["pickup_truck"], WORDS["boy"]))
    assert torch.equal(result.similarity, result.similarity.T)


@pytest.mark.parametrize("suffix", [".txt", ".vec", ".bin", ".kv"])
def test_word_vectors_from_files(kv, tmp_path, suffix):
    path = tmp_path / f"vectors{suffix}"
    if suffix == ".kv":
        kv.save(str(path))
    else:
        kv.save_word2vec_format(str(path), binary=suffix == ".bin")
    with trusting_pickles(suffix == ".kv"):  # a .kv file is a pickle: read only when trusted
        from_file = from_word_vectors(NAMES, path)
    close(from_file.similarity, from_word_vectors(NAMES, kv).similarity)
    assert from_file.kept == [0, 1, 3, 4]


def test_kv_files_are_documented_as_pickles_read_only_when_trusted(capsys):
    """`.kv` is read by KeyedVectors.load, which unpickles: each place taking one says so,
    and names the opt-in."""
    import simloss_tune.tasks.cifar100 as cifar100
    from simloss_tune import matrices
    from simloss_tune.cli import build_parser

    for doc in (matrices.load_word_vectors.__doc__, from_word_vectors.__doc__,
                cifar100.__doc__):
        text = " ".join(doc.split())
        assert "pickle" in text and "trust" in text, text[:80]
    with pytest.raises(SystemExit):
        build_parser().parse_args(["matrix", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert ".kv file is a pickle" in text and "--trust-pickles" in text


def test_word_vectors_glove_text_without_header(tmp_path):
    path = tmp_path / "glove.txt"
    path.write_text("".join(f"{w} {' '.join(map(str, v))}\n" for w, v in WORDS.items()))
    close(from_word_vectors(["boy", "girl"], path).similarity[0, 1],
          cos(WORDS["boy"], WORDS["girl"]))


def test_word_vectors_join(kv):
    result = from_word_vectors(["maple tree", "pickup_truck", "oak"], kv, multiword="join")
    close(result.similarity[0, 1], cos(WORDS["maple_tree"], WORDS["pickup_truck"]))
    with pytest.raises(ValueError, match="'aquarium_fish' has no vector"):
        from_word_vectors(NAMES, kv, multiword="join")


def test_word_vectors_mean(kv):
    result = from_word_vectors(["maple_tree", "pickup truck", "oak"], kv, multiword="mean")
    maple_tree = np.mean([WORDS["maple"], WORDS["tree"]], axis=0)
    pickup_truck = np.mean([WORDS["pickup"], WORDS["truck"]], axis=0)
    close(result.similarity[0, 1], cos(maple_tree, pickup_truck))
    close(result.similarity[0, 2], cos(maple_tree, WORDS["oak"]))
    assert result.kept == [0, 1, 2] and result.dropped == []
    with pytest.raises(ValueError, match="word 'aquarium' has no vector"):
        from_word_vectors(NAMES, kv, multiword="mean")


def test_word_vectors_bad_input(kv, tmp_path):
    with pytest.raises(ValueError, match=r"multiword='split'.*'drop', 'join', 'mean'"):
        from_word_vectors(NAMES, kv, multiword="split")
    with pytest.raises(FileNotFoundError, match="nothere.bin"):
        from_word_vectors(NAMES, tmp_path / "nothere.bin")
    (tmp_path / "v.pkl").write_text("x")
    with pytest.raises(ValueError, match="unknown suffix '.pkl'"):
        from_word_vectors(NAMES, tmp_path / "v.pkl")
    with pytest.raises(ValueError, match="none of the 1 class names"):
        from_word_vectors(["zebra"], kv)


def test_word_vectors_real_glove(shared_cifar_semantics):
    names = (shared_cifar_semantics / "cifar100_classes.txt").read_text().split()
    result = from_word_vectors(names, shared_cifar_semantics / "cifar100_glove100.w2v.txt")
    assert len(names) == 100 and result.dropped == [] and result.kept == list(range(100))
    S = result.similarity
    assert S[names.index("maple_tree"), names.index("oak_tree")].item() == pytest.approx(0.586,
                                                                                         abs=1e-3)
    assert S[names.index("boy"), names.index("girl")].item() == pytest.approx(0.918, abs=1e-3)
    validate_similarity(lower_bound(S, 0.5), num_classes=100)


# ----------------------------------------------------------------------------- hierarchy

#        a (depth 1)
#      /   \
#     b     c        (2)
#    / \
#   d   e            (3)
TREE = [("a", "b"), ("a", "c"), ("b", "d"), ("b", "e")]


def test_hierarchy_wu_palmer():
    S = from_hierarchy(TREE, ["d", "e", "c", "b"])
    close(S, [[1, 4 / 6, 2 / 5, 4 / 5],
              [4 / 6, 1, 2 / 5, 4 / 5],
              [2 / 5, 2 / 5, 1, 2 / 4],
              [4 / 5, 4 / 5, 2 / 4, 1]])


def test_hierarchy_from_file(tmp_path):
    path = tmp_path / "edges.txt"
    path.write_text("# parent child\n10 11\n10 2\n11 0\n\n11 1\n")
    S = from_hierarchy(path, [0, 1, 2])
    close(S, [[1, 4 / 6, 2 / 5], [4 / 6, 1, 2 / 5], [2 / 5, 2 / 5, 1]])


@pytest.mark.parametrize("edges, leaves, message", [
    ([("a", "b"), ("b", "c"), ("c", "a")], ["a"], "cycle"),
    ([("r", "a"), ("a", "b"), ("b", "c"), ("c", "a")], ["c"], "several parents"),
    ([("r", "a"), ("x", "y"), ("y", "x")], ["a"], "cycle"),
    ([("r", "a"), ("s", "b")], ["a", "b"], r"several roots \['r', 's'\]"),
    (TREE, ["d", "z"], "class node 'z' is not in the hierarchy"),
    (TREE, ["d", "d"], "more than once"),
    ([], ["a"], "no edges"),
    ([("a", "b", "c")], ["b"], "not a \\(parent, child\\) pair"),
])
def test_hierarchy_bad(edges, leaves, message):
    with pytest.raises(ValueError, match=message):
        from_hierarchy(edges, leaves)


def test_hierarchy_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="edges.txt"):
        from_hierarchy(tmp_path / "edges.txt", [0])


def test_hierarchy_real_cifar(shared_cifar_semantics):
    S = from_hierarchy(shared_cifar_semantics / "cifar.parent-child.txt", list(range(100)))
    assert S.shape == (100, 100) and torch.equal(S, S.T)
    validate_similarity(S)


# ----------------------------------------------------------------------------- validation


def test_validate_similarity():
    S = validate_similarity(np.eye(3) * (1 - 1e-8))
    assert S.dtype == torch.float64 and torch.equal(S.diagonal(), torch.ones(3, dtype=S.dtype))
    assert validate_similarity([[1, 0], [0, 1]]).dtype == torch.float32
    with pytest.raises(ValueError, match="2 x 2 but there are 3 classes"):
        validate_similarity(torch.eye(2), num_classes=3)
    with pytest.raises(ValueError, match=r"S\[1, 0\] = inf is not finite"):
        validate_similarity([[1, 0], [np.inf, 1]])
    with pytest.raises(ValueError, match="square"):
        validate_similarity(np.zeros((0, 0)))
    with pytest.raises(ValueError, match="numeric"):
        validate_similarity(np.array([["a"]]))


# ----------------------------------------------------------------------------- files


@pytest.mark.parametrize("suffix", [".npy", ".csv"])
def test_save_load_round_trip(tmp_path, suffix):
    S = lower_bound(cosine_similarity(np.random.default_rng(0).normal(size=(5, 4))), 0.1)
    meta = {"class_names": list("abcde"), "builder": "lower_bound", "l": 0.1}
    path = save_matrix(tmp_path / f"sub/m{suffix}", S, meta)
    assert sidecar_path(path).name == f"m{suffix}.json"
    loaded, loaded_meta = load_matrix(path)
    assert torch.equal(loaded, S) and loaded_meta == meta


def test_load_csv_with_header_and_without_sidecar(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("cat,dog\n1,0.5\n0.5,1\n")
    S, meta = load_matrix(path)
    close(S, [[1, .5], [.5, 1]])
    assert meta == {"class_names": ["cat", "dog"]}


def test_load_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="missing.npy"):
        load_matrix(tmp_path / "missing.npy")
    with pytest.raises(ValueError, match=r"unknown suffix '.txt'.*'.npy', '.csv'"):
        load_matrix(tmp_path / "m.txt")
    np.save(tmp_path / "bad.npy", np.array([[1.0, 2.0], [0.0, 1.0]]))
    with pytest.raises(ValueError, match=r"bad.npy: .*S\[0, 1\] = 2 is outside"):
        load_matrix(tmp_path / "bad.npy")
    np.save(tmp_path / "obj.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(ValueError, match="obj.npy"):
        load_matrix(tmp_path / "obj.npy")
    (tmp_path / "text.csv").write_text("1,x\n0,1\n0,1\n")
    with pytest.raises(ValueError, match="text.csv"):
        load_matrix(tmp_path / "text.csv")


def test_save_validates_before_writing(tmp_path):
    with pytest.raises(ValueError, match="diagonal"):
        save_matrix(tmp_path / "m.npy", np.zeros((2, 2)))
    with pytest.raises(ValueError, match="2 names but the matrix is 3 x 3"):
        save_matrix(tmp_path / "m.npy", np.eye(3), {"class_names": ["a", "b"]})
    with pytest.raises(TypeError):
        save_matrix(tmp_path / "m.npy", np.eye(2), {"x": object()})
    with pytest.raises(ValueError, match="unknown suffix"):
        save_matrix(tmp_path / "m.json", np.eye(2))
    assert list(tmp_path.iterdir()) == []
