"""`simloss_tune.variants`: the `[[variants]]` validator, baselines, epsilon, and each
variant's matrix (`VariantMatrices`)."""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path

import numpy as np
import pytest
import torch

from simloss_tune import variants as V
from simloss_tune.matrices import class_order, label_smoothing_epsilon, lower_bound
from simloss_tune.matrices import uniform_similarity as uniform
from simloss_tune.studies.similarity import FIELDS, SOURCES
from simloss_tune.variants import Variant, parse_variants

KEYS = {"similarity_sources": SOURCES, "similarity_fields": FIELDS}


def parse(tables, parameter="r"):
    return parse_variants(tables, parameter=parameter, **KEYS)


def test_a_study_file_s_variants_parse():
    got = parse([
        {"name": "sord", "loss": "soft_labels"},
        {"name": "label-smoothing", "loss": "soft_labels", "similarity": {"uniform": True},
         "grid": [0.01, 0.1]},
        {"name": "glove_2", "similarity": {"word_vectors": "v.txt", "multiword": "join"},
         "grid": [0.5, 0.9], "parameter": "l"},
    ])
    assert got == (
        Variant("sord", "soft_labels"),
        Variant("label-smoothing", "soft_labels", None, True, (0.01, 0.1), None),
        Variant("glove_2", "simloss", {"word_vectors": "v.txt", "multiword": "join"}, False,
                (0.5, 0.9), "l"),
    )
    assert parse([]) == ()
    # stored with a study's spec and read back by its workers
    assert tuple(Variant.from_dict(json.loads(json.dumps(v.to_dict()))) for v in got) == got


def test_a_variant_stores_its_own_parameter_only_where_it_differs_from_the_study_s():
    (ls,) = parse([{"name": "ls", "loss": "soft_labels", "similarity": {"uniform": True},
                    "grid": [0.1]}], parameter="l")
    assert ls.parameter == "r" and ls.parameter_in("l") == "r"
    (hier,) = parse([{"name": "h", "similarity": {"hierarchy": "e.txt"}}], parameter="l")
    assert hier.parameter is None and hier.grid is None  # the study's l grid applies
    (own,) = parse([{"name": "s", "loss": "soft_labels"}], parameter="l")
    assert own.parameter is None and own.parameter_in("l") == "l"
    assert V.study_variant() == Variant("simloss", "simloss", None, False, None, None)
    # a task with a parameter of its own (its own similarity()): its variants keep it
    (alpha,) = parse([{"name": "s", "loss": "soft_labels"}], parameter="alpha")
    assert alpha.parameter is None
    with pytest.raises(ValueError, match="variant 's': parameter 'alpha' has no known baseline"):
        V.baseline_value(alpha, "alpha")


@pytest.mark.parametrize("tables, parameter, words", [
    ("x", "r", ["[[variants]]", "'x'", "list of tables"]),
    ([3], "r", ["entry 1", "3", "table"]),
    ([{"loss": "soft_labels"}], "r", ["entry 1", "name is required"]),
    ([{"name": "a b"}], "r", ["entry 1", "name 'a b'", "letters, digits, '-', '_'"]),
    ([{"name": ""}], "r", ["entry 1", "name ''", "letters"]),
    ([{"name": 7}], "r", ["entry 1", "name 7", "letters"]),
    ([{"name": "x" * 65}], "r", ["entry 1", "64"]),
    ([{"name": "simloss", "loss": "soft_labels"}], "r", ["'simloss'", "reserved"]),
    ([{"name": "a", "loss": "soft_labels"}, {"name": "a", "similarity": {"uniform": True},
                                              "grid": [0.1]}],
     "r", ["variant 'a'", "name 'a'", "twice"]),
    ([{"name": "a", "loss": "soft_labels", "colour": 1}], "r",
     ["variant 'a'", "'colour'", "allowed: name, loss, similarity, grid, parameter"]),
    ([{"name": "a", "loss": "sord"}], "r", ["variant 'a'", "loss 'sord'", "'soft_labels'"]),
    ([{"name": "a"}], "r", ["variant 'a'", "loss 'simloss'", "study itself"]),
    ([{"name": "a", "similarity": "v.txt"}], "r",
     ["variant 'a'", "similarity 'v.txt'", "uniform = true", "word_vectors"]),
    ([{"name": "a", "similarity": {"uniform": False}}], "r",
     ["variant 'a'", "similarity.uniform False", "true"]),
    ([{"name": "a", "similarity": {"uniform": True, "matrix": "m.npy"}}], "r",
     ["variant 'a'", "uniform = true", "exclusive", "matrix"]),
    ([{"name": "a", "similarity": {"glove": "v.txt"}}], "r",
     ["variant 'a'", "similarity key 'glove'", "word_vectors"]),
    ([{"name": "a", "similarity": {"matrix": "m.npy", "hierarchy": "e.txt"}}], "r",
     ["variant 'a'", "names 2 sources", "exactly one of matrix, word_vectors, hierarchy"]),
    ([{"name": "a", "similarity": {"multiword": "mean"}}], "r",
     ["variant 'a'", "names 0 sources"]),
    ([{"name": "a", "similarity": {"matrix": 3}}], "r",
     ["variant 'a'", "similarity.matrix 3", "file path"]),
    ([{"name": "a", "loss": "soft_labels", "parameter": "x"}], "r",
     ["variant 'a'", "parameter 'x'", "'r', 'l'"]),
    ([{"name": "a", "loss": "soft_labels", "parameter": "l"}], "r",
     ["variant 'a'", "parameter 'l'", "the study's own similarity", "'r'"]),
    ([{"name": "a", "similarity": {"uniform": True}, "parameter": "l", "grid": [0.1]}], "l",
     ["variant 'a'", "parameter 'l'", "uniform source", "'r'"]),
    ([{"name": "a", "similarity": {"uniform": True}}], "l",
     ["variant 'a'", "grid is required", "'r'", "'l'"]),
    ([{"name": "a", "loss": "soft_labels", "grid": []}], "r",
     ["variant 'a'", "grid []", "non-empty list"]),
    ([{"name": "a", "loss": "soft_labels", "grid": 0.5}], "r", ["variant 'a'", "grid 0.5"]),
    ([{"name": "a", "loss": "soft_labels", "grid": [0.1, math.inf]}], "r",
     ["variant 'a'", "grid value inf", "[0, 1)"]),
    ([{"name": "a", "loss": "soft_labels", "grid": [math.nan]}], "r",
     ["variant 'a'", "grid value nan"]),
    ([{"name": "a", "loss": "soft_labels", "grid": [1.0]}], "r",
     ["variant 'a'", "grid value 1.0", "[0, 1)"]),
    ([{"name": "a", "loss": "soft_labels", "grid": [True]}], "r",
     ["variant 'a'", "grid value True"]),
    ([{"name": "a", "loss": "soft_labels", "grid": ["0.5"]}], "r",
     ["variant 'a'", "grid value '0.5'"]),
    ([{"name": "a", "loss": "soft_labels", "grid": [0.5, 0.5]}], "r",
     ["variant 'a'", "grid value 0.5 is repeated"]),
    ([{"name": "a", "similarity": {"matrix": "m.npy"}, "grid": [0.5]},
      {"name": "b", "similarity": {"matrix": "m.npy"}, "grid": [0.7]}], "r",
     ["variant 'b'", "variant 'a' already"]),
])
def test_every_bad_value_is_one_line_naming_the_variant_key_and_value(tables, parameter,
                                                                       words):
    with pytest.raises(ValueError) as info:
        parse(tables, parameter)
    message = str(info.value)
    assert "\n" not in message
    for word in words:
        assert word in message, (word, message)


def test_baselines_are_plain_cross_entropy():
    r_study = [V.study_variant(), *parse([
        {"name": "sord", "loss": "soft_labels"},
        {"name": "ls", "loss": "soft_labels", "similarity": {"uniform": True}}])]
    assert [V.baseline_value(v, "r") for v in r_study] == [0.0, 0.0, 0.0]
    l_study = [V.study_variant(), *parse([
        {"name": "ls", "loss": "soft_labels", "similarity": {"uniform": True}, "grid": [0.1]},
        {"name": "wv", "loss": "soft_labels", "similarity": {"matrix": "m.npy"}}], "l")]
    assert [V.baseline_value(v, "l") for v in l_study] == [0.99, 0.0, 0.99]
    # ...and at those values every variant's matrix is the identity: plain cross entropy
    assert torch.equal(class_order(5, 0.0), torch.eye(5))
    assert torch.equal(uniform(5, 0.0), torch.eye(5))
    raw = np.full((5, 5), 0.9)
    np.fill_diagonal(raw, 1.0)
    assert torch.equal(lower_bound(raw, 0.99), torch.eye(5))


def test_run_values_leave_out_the_shared_baseline():
    ls = Variant("ls", "soft_labels", None, True, (0.0, 0.05, 0.1), "r")
    assert V.run_values(ls, (0.5, 0.99), "l") == (0.05, 0.1)
    sord = Variant("sord", "soft_labels")
    assert V.run_values(sord, [0.0, 0.3, 0.8], "r") == (0.3, 0.8)
    with pytest.raises(ValueError, match="variant 'sord' has no grid"):
        V.run_values(sord, None, "r")


def test_epsilon_of_uniform_variants_only():
    ls = Variant("ls", "soft_labels", None, True, (0.1,), None)
    assert V.epsilon(ls, 0.1, 10) == label_smoothing_epsilon(0.1, 10) == pytest.approx(
        1.0 / 1.9)
    assert V.epsilon(Variant("sord", "soft_labels"), 0.1, 10) is None


def test_variant_matrices_by_name():
    raw = np.random.default_rng(0).uniform(0, 1, (4, 4))
    raw = (raw + raw.T) / 2
    np.fill_diagonal(raw, 1.0)
    found = parse([
        {"name": "sord", "loss": "soft_labels"},
        {"name": "ls", "loss": "soft_labels", "similarity": {"uniform": True}},
        {"name": "mine", "similarity": {"matrix": "m.npy"}, "grid": [0.3]}])
    book = V.VariantMatrices(found, {"mine": raw.tolist()}, 4,
                             default=lambda value: class_order(4, value))
    assert torch.equal(book.matrix("simloss", 0.5), class_order(4, 0.5))
    assert torch.equal(book.matrix("sord", 0.5), class_order(4, 0.5))
    assert book.own_matrix("sord", 0.5) is None
    assert torch.equal(book.matrix("ls", 0.2), uniform(4, 0.2))
    mine = book.matrix("mine", 0.3)
    assert mine.dtype == torch.float32
    assert torch.equal(mine, lower_bound(raw, 0.3).to(torch.float32))
    with pytest.raises(ValueError, match=r"variant 'other' is not one of this study's "
                                         r"variants \(ls, mine, simloss, sord\)"):
        book.matrix("other", 0.5)
    with pytest.raises(ValueError, match="variant 'mine' has a similarity of its own but no "
                                         "stored source"):
        V.VariantMatrices(found, {}, 4)
    with pytest.raises(ValueError, match="variant 'mine': its stored similarity is 4x4, not "
                                         "5x5"):
        V.VariantMatrices(found, {"mine": raw.tolist()}, 5)


def test_the_module_stays_below_the_study_layer():
    tree = ast.parse(Path(V.__file__).read_text())
    imported = [node.module or "" for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom)]
    imported += [a.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for a in node.names]
    for higher in ("studies", "trainers", "report", "render", "export", "records", "train"):
        assert not any(higher in name for name in imported), (higher, imported)
