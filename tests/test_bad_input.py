"""Bad input, end to end: one error line naming the bad value and what is allowed, exit
status 2, no traceback, no password, and the study database exactly as it was.

Every case runs the CLI in-process (`simloss_tune.cli.main`) and, where a library function is
the entry point, the Python API, which must raise ValueError / FileNotFoundError with the
message the CLI prints. The database is compared through a dump of every study, trial and
attribute (robust to SQLite's WAL and journal-mode bytes).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import optuna
import pytest
import torch

from simloss_tune import SimLoss, matrices
from simloss_tune.cli import main
from simloss_tune.publish import default_artifact_dir
from simloss_tune.studies.spec import load_spec
from simloss_tune.tasks import Cifar100Task, get_task
from tests import pgserver
from tests.fixtures import (
    make_afad,
    make_cifar100,
    make_utkface,
    make_word_vectors,
)
from tests.studyfactory import Run, dump, make_study, runs_from_table, sqlite_copy

optuna.logging.set_verbosity(optuna.logging.WARNING)

SECRET = "secret"
DIGITS = [str(i) for i in range(10)]
FLOWERS = ["rose", "tulip", "truck"]
RAW3 = [[1.0, 0.8, 0.1], [0.8, 1.0, 0.0], [0.1, 0.0, 1.0]]

# cifar100 under the "join" multi-word policy, for `--task tests.test_bad_input:CIFAR_JOIN`
CIFAR_JOIN = Cifar100Task(multiword="join", name="cifar100-join")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    """Decoded images and similarity caches go to the test's folder, never ~/.cache."""
    monkeypatch.setenv("SIMLOSS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SIMLOSS_WORD_VECTORS", raising=False)
    monkeypatch.delenv("SIMLOSS_STORAGE", raising=False)


# ------------------------------------------------------------------------------------ helpers

def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def refused(result: tuple[int, str, str], *needles: str, api: BaseException | None = None
            ) -> str:
    """Assert a refusal: exit 2, stderr is one error line that contains every needle (and the
    API's message, when given), no traceback, no password. Returns the error line."""
    code, out, err = result
    assert code == 2, (code, out, err)
    assert "Traceback" not in err and "Traceback" not in out
    assert SECRET not in out and SECRET not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and ": error: " in lines[0], err
    line = lines[0]
    for needle in needles:
        assert needle in line, (needle, line)
    if api is not None:
        assert str(api) in line, (str(api), line)
    return line


def test_dump_sees_a_changed_attribute(db):
    """The database comparison of every case is not vacuous."""
    before = dump(db)
    storage = optuna.storages.RDBStorage(db, skip_table_creation=True)
    study_id = storage.get_study_id_from_name("pending:runs")
    waiting = storage.get_all_trials(study_id, states=(optuna.trial.TrialState.WAITING,))[0]
    storage.set_trial_user_attr(waiting._trial_id, "worker", "x")
    storage.engine.dispose()
    assert dump(db) != before


def toml(raw: dict[str, Any]) -> str:
    """A minimal TOML writer for study files (strings, numbers incl. nan, lists, tables)."""
    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str):
            return json.dumps(v)
        if isinstance(v, float) and math.isnan(v):
            return "nan"
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return repr(v)

    lines, tables = [], []
    for k, v in raw.items():
        (tables if isinstance(v, dict) else lines).append((k, v))
    text = "\n".join(f"{k} = {value(v)}" for k, v in lines) + "\n"
    for k, table in tables:
        text += f"\n[{k}]\n" + "".join(f"{kk} = {value(vv)}\n" for kk, vv in table.items())
    return text


GOOD_SPEC = {"name": "good", "task": "digits", "grid": [0.0, 0.5], "seeds": 2,
             "objectives": ["mae"], "training": {"max_epochs": 2}}


def write_spec(path: Path, **changes: Any) -> Path:
    raw = {**GOOD_SPEC, **changes}
    raw = {k: v for k, v in raw.items() if v is not None}
    path.write_text(toml(raw))
    return path


def _ordinal_runs(values=(0.0, 0.5), seeds=range(3)) -> list[Run]:
    runs = []
    for v in values:
        mae = [2.0 - v - 0.01 * s for s in seeds]
        acc = [0.5 - v / 10 + 0.001 * s for s in seeds]
        runs += runs_from_table(v, {"accuracy": acc, "mae": mae, "mse": [m * m for m in mae]},
                                seeds=list(seeds))
    return runs


def _l_runs(values=(0.99, 0.5), seeds=range(2)) -> list[Run]:
    runs = []
    for v in values:
        acc = [0.40 + (0.99 - v) / 50 + 0.001 * s for s in seeds]
        runs += runs_from_table(v, {"accuracy": acc, "superclass_accuracy": acc,
                                    "failed_superclass_accuracy": acc}, seeds=list(seeds))
    return runs


def fill(url: str) -> None:
    """The studies the report/export/worker cases look at."""
    make_study(url, "done", task="digits", runs=_ordinal_runs(), objectives=["mae"],
               class_names=DIGITS, derived=False, bookkeeping=False)
    make_study(url, "pending", task="digits", grid=[0.0, 0.5], seeds=[0], objectives=["mae"],
               runs=[Run(0.0, 0, state="WAITING"), Run(0.5, 0, state="FAIL", error="NaN loss")],
               class_names=DIGITS, derived=False, bookkeeping=False)
    make_study(url, "nobase", task="digits", runs=_ordinal_runs(values=(0.5,)),
               grid=[0.0, 0.5], objectives=["mae"], class_names=DIGITS, derived=False,
               bookkeeping=False)


@pytest.fixture(scope="module")
def studies_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("badinput") / "studies.db"
    fill(f"sqlite:///{path}")
    return path


@pytest.fixture
def db(studies_db, tmp_path) -> str:
    return sqlite_copy(studies_db, tmp_path / "studies.db")


@pytest.fixture(scope="module")
def initialised_db(tmp_path_factory) -> Path:
    """A database made by `simloss-tune init` of the good study file."""
    root = tmp_path_factory.mktemp("initialised")
    path = root / "existing.db"
    assert main(["init", str(write_spec(root / "good.toml")), "--storage",
                 f"sqlite:///{path}"]) == 0
    return path


# ---------------------------------------------------------------------------------- data

def test_data_dir_missing(tmp_path, capsys):
    missing = tmp_path / "no-such-folder"
    with pytest.raises(FileNotFoundError) as api:
        get_task("utkface").load(missing, cache_dir=tmp_path / "c")
    assert str(missing) in str(api.value)
    refused(cli(capsys, "train", "--task", "utkface", "--data-dir", missing, "--value", "0",
                "--device", "cpu"), str(missing), "no such folder")
    assert not missing.exists()


@pytest.mark.parametrize("task", ["utkface", "afad"])
def test_data_dir_empty(tmp_path, capsys, task):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ValueError) as api:
        get_task(task).load(empty, cache_dir=tmp_path / "c")
    line = refused(cli(capsys, "train", "--task", task, "--data-dir", empty, "--value", "0",
                       "--device", "cpu"), str(empty), api=api.value)
    assert "no " in line and "expected" in line  # says what it looked for
    assert list(empty.iterdir()) == []


def test_corrupt_jpegs_are_skipped_and_counted_not_fatal(tmp_path, capsys, caplog):
    root = make_utkface(tmp_path, n=30, corrupt=2, size=24)
    data = get_task("utkface").load(root, cache_dir=tmp_path / "c")
    assert data.info["skipped_corrupt"] == 2
    assert len(data.info["corrupt"]) == 2
    assert sum(len(s) for s in (data.train, data.val, data.test)) == 30
    caplog.set_level("WARNING")
    code, out, err = cli(capsys, "train", "--task", "utkface", "--data-dir", root,
                         "--value", "0.5", "--device", "cpu", "--max-epochs", "1",
                         "--batch-size", "64", "--json", tmp_path / "r.json")
    assert code == 0, err
    assert "skipped 2 undecodable images" in caplog.text
    assert json.loads((tmp_path / "r.json").read_text())["error"] is None


def test_utkface_malformed_names_are_skipped_and_counted(tmp_path):
    root = make_utkface(tmp_path, n=12, malformed=3, size=24)
    data = get_task("utkface").load(root, cache_dir=tmp_path / "c")
    assert data.info["skipped_malformed"] == 3 and data.info["usable"] == 12
    assert sorted(n for v in data.info["malformed"].values() for n in v) == sorted(
        ["24_0_1_20170116220224657 .jpg.chip.jpg", "39_1_20170116174525125.jpg.chip.jpg",
         "55_0_0_20170116232725357jpg.chip.jpg"])


def test_utkface_folder_where_no_name_parses(tmp_path, capsys):
    root = make_utkface(tmp_path, n=0, malformed=3, size=24)
    with pytest.raises(ValueError) as api:
        get_task("utkface").load(root, cache_dir=tmp_path / "c")
    refused(cli(capsys, "train", "--task", "utkface", "--data-dir", root, "--value", "0",
                "--device", "cpu"), str(root), "3 files", "_jpg.chip.jpg"[1:], api=api.value)


def test_afad_non_numeric_age_folder(tmp_path, capsys):
    root = make_afad(tmp_path, ages=[20, 30], per_folder=1, size=24)
    make_afad(tmp_path / "x", ages=[20], per_folder=1, size=24)
    (root / "20").rename(root / "twenty")
    with pytest.raises(ValueError) as api:
        get_task("afad").load(root, cache_dir=tmp_path / "c")
    refused(cli(capsys, "train", "--task", "afad", "--data-dir", root, "--value", "0",
                "--device", "cpu"), "twenty", "is not an age", "<age>/<111|112>",
            api=api.value)


@pytest.fixture(scope="module")
def cifar_dir(tmp_path_factory) -> Path:
    return make_cifar100(tmp_path_factory.mktemp("cifar"), train_per_class=2, test_per_class=1)


def test_cifar100_missing_meta(cifar_dir, tmp_path, capsys):
    root = tmp_path / "cifar"
    shutil.copytree(cifar_dir, root)
    (root / "cifar-100-python" / "meta").unlink()
    make_word_vectors(root / "word-vectors.txt")
    with pytest.raises(FileNotFoundError) as api:
        get_task("cifar100").load(root, cache_dir=tmp_path / "c")
    refused(cli(capsys, "train", "--task", "cifar100", "--data-dir", root, "--value", "0.5",
                "--device", "cpu"), str(root / "cifar-100-python" / "meta"), "--download",
            api=api.value)


def test_cifar100_vectors_lacking_a_class_under_join(cifar_dir, tmp_path, capsys,
                                                     monkeypatch):
    vectors = make_word_vectors(tmp_path / "v.txt", missing=["apple"])
    with pytest.raises(ValueError) as api:
        Cifar100Task(vectors, multiword="join").load(cifar_dir, cache_dir=tmp_path / "c")
    monkeypatch.setenv("SIMLOSS_WORD_VECTORS", str(vectors))
    refused(cli(capsys, "train", "--task", "tests.test_bad_input:CIFAR_JOIN", "--data-dir",
                cifar_dir, "--value", "0.5", "--device", "cpu"),
            "'apple'", "multiword='join'", api=api.value)


def test_cifar100_vectors_with_no_class_at_all(cifar_dir, tmp_path, capsys, monkeypatch):
    vectors = make_word_vectors(tmp_path / "v.txt", names=["zebra", "car"])
    monkeypatch.setenv("SIMLOSS_WORD_VECTORS", str(vectors))
    with pytest.raises(ValueError) as api:
        get_task("cifar100").load(cifar_dir, cache_dir=tmp_path / "c")
    refused(cli(capsys, "train", "--task", "cifar100", "--data-dir", cifar_dir,
                "--value", "0.5", "--device", "cpu"), "none of the 100 class names",
            api=api.value)


def test_matrix_classes_not_matching_the_vectors_under_join(tmp_path, capsys):
    vectors = make_word_vectors(tmp_path / "v.txt", names=["rose", "tulip", "maple_tree"])
    classes = tmp_path / "classes.txt"
    classes.write_text("rose\ntulip\npalm tree\n")
    out = tmp_path / "m.npy"
    with pytest.raises(ValueError) as api:
        matrices.from_word_vectors(["rose", "tulip", "palm tree"], vectors, multiword="join")
    refused(cli(capsys, "matrix", "--vectors", vectors, "--classes", classes, "--l", "0.5",
                "--multiword", "join", "--out", out),
            "'palm tree'", "'palm_tree'", api=api.value)
    assert not out.exists() and not (tmp_path / "m.npy.json").exists()


# ---------------------------------------------------------------------------------- values

BAD_UNIT = [("1.0", 1.0), ("-0.1", -0.1), ("nan", math.nan)]


@pytest.mark.parametrize("text, value", BAD_UNIT, ids=["one", "negative", "nan"])
def test_train_value_outside_unit_interval(capsys, text, value):
    from simloss_tune.train import TrainConfig, train_runs

    task = get_task("digits")
    data = task.load(None, limit=20)
    with pytest.raises(ValueError, match=r"must be (in \[0, 1\)|a finite number)") as api:
        train_runs(task, data, [(value, 0)], TrainConfig(max_epochs=1), device="cpu",
                   progress=False)
    assert repr(value) in str(api.value)
    refused(cli(capsys, "train", "--task", "digits", f"--value={text}", "--device", "cpu"),
            "--value", "[0, 1)", f"got {value}")


@pytest.mark.parametrize("text, value", BAD_UNIT, ids=["one", "negative", "nan"])
def test_matrix_r_and_l_outside_unit_interval(tmp_path, capsys, text, value):
    with pytest.raises(ValueError, match=r"r=.* must be in \[0, 1\)"):
        matrices.class_order(5, value)
    with pytest.raises(ValueError, match=r"l=.* must be in \[0, 1\)"):
        matrices.lower_bound(np.array(RAW3), value)
    out = tmp_path / "m.npy"
    refused(cli(capsys, "matrix", "--class-order", "--num-classes", "5", f"--r={text}",
                "--out", out), f"--r {value!r}", "[0, 1)")
    vectors = make_word_vectors(tmp_path / "v.txt", names=FLOWERS)
    classes = tmp_path / "classes.txt"
    classes.write_text("\n".join(FLOWERS) + "\n")
    refused(cli(capsys, "matrix", "--vectors", vectors, "--classes", classes, f"--l={text}",
                "--out", out), f"--l {value!r}", "[0, 1)")
    assert not out.exists()


# ------------------------------------------------------------------------------ study files

SPEC_CASES = {
    "unknown-field": ({"nme": "x"}, ["unknown field 'nme'", "did you mean 'name'",
                                     "allowed:"]),
    "misspelt-metric": ({"objectives": ["maee"]},
                        ["objective metric 'maee'", "did you mean 'mae'",
                         "allowed: accuracy, mae, mse"]),
    "unknown-task": ({"task": "mnist"}, ["unknown task 'mnist'", "available:", "digits"]),
    "wrong-type-name": ({"name": 3}, ["field 'name' must be a str", "got int 3"]),
    "wrong-type-seeds": ({"seeds": "ten"}, ["seeds 'ten'", "count >= 1"]),
    "missing-data-dir": ({"task": "utkface"}, ["missing field 'data_dir'", "'utkface'"]),
    "grid-one": ({"grid": [0.0, 1.0]}, ["1.0", "outside the allowed range [0, 1)"]),
    "grid-negative": ({"grid": [-0.1]}, ["-0.1", "outside the allowed range [0, 1)"]),
    "grid-nan": ({"grid": [math.nan]}, ["nan", "outside the allowed range [0, 1)"]),
    "grid-repeated": ({"grid": [0.1, 0.5, 0.1]}, ["grid value 0.1 is repeated",
                                                  "may appear once"]),
    "zero-seeds": ({"seeds": 0}, ["seeds = 0 gives no runs", "count >= 1"]),
    "empty-seeds": ({"seeds": []}, ["seeds []", "non-empty list"]),
    "seed-repeated": ({"seeds": [0, 1, 0]}, ["seed 0 is repeated", "distinct"]),
    "unknown-training-field": ({"training": {"max_epoch": 3}},
                               ["unknown field 'max_epoch'", "did you mean 'max_epochs'"]),
    "grid-not-a-list": ({"grid": "0.1"}, ["'grid' must be a non-empty list", "'0.1'"]),
    "baseline-one": ({"baseline": 1.0}, ["baseline 1.0", "[0, 1)"]),
    "adaptive-low-above-high": ({"grid": None, "adaptive": {"low": 0.9, "high": 0.1}},
                                ["adaptive.low 0.9 must be below adaptive.high 0.1"]),
    "racing-min-seeds-one": ({"racing": {"min_seeds": 1}},
                             ["racing.min_seeds 1 must be an integer >= 2"]),
    "racing-alpha-above-one": ({"racing": {"alpha": 1.5}},
                               ["racing.alpha 1.5 must be a number in (0, 1)"]),
    "racing-alpha-zero": ({"racing": {"alpha": 0}}, ["racing.alpha 0 must be a number in (0, 1)"]),
    "racing-alpha-nan": ({"racing": {"alpha": math.nan}}, ["racing.alpha nan", "(0, 1)"]),
    "racing-unknown-test": ({"racing": {"test": "t-test"}},
                            ["racing.test 't-test'", "'one-sided', 'two-sided'"]),
    "racing-misspelt-field": ({"racing": {"min_seed": 5}},
                              ["unknown field 'min_seed'", "did you mean 'min_seeds'"]),
    "racing-too-few-seeds": ({"racing": {"min_seeds": 5}},
                             ["racing cannot decide with 2 seeds", "needs 5 pairs"]),
    "racing-two-sided-alpha": ({"seeds": 5, "racing": {"test": "two-sided"}},
                               ["racing cannot decide with 5 seeds", "two-sided",
                                "needs 6 pairs"]),
}


@pytest.mark.parametrize("case", list(SPEC_CASES))
def test_init_refuses_a_bad_study_file_and_writes_nothing(tmp_path, capsys, initialised_db,
                                                          case):
    changes, needles = SPEC_CASES[case]
    path = write_spec(tmp_path / "bad.toml", **changes)
    with pytest.raises(ValueError) as api:
        load_spec(path)
    fresh = tmp_path / "x.db"
    refused(cli(capsys, "init", path, "--storage", f"sqlite:///{fresh}"), str(path), *needles,
            api=api.value)
    assert not fresh.exists() and not list(tmp_path.glob("x.db*"))
    # an existing database is left exactly as it was
    url = sqlite_copy(initialised_db, tmp_path / "existing.db")
    before = dump(url)
    assert '"good:runs"' in before
    refused(cli(capsys, "init", path, "--storage", url), *needles, api=api.value)
    assert dump(url) == before


def test_init_refuses_a_changed_study_file_and_leaves_the_database_alone(tmp_path, capsys,
                                                                        initialised_db):
    url = sqlite_copy(initialised_db, tmp_path / "existing.db")
    before = dump(url)
    changed = write_spec(tmp_path / "changed.toml", grid=[0.0, 0.6], seeds=3)
    refused(cli(capsys, "init", changed, "--storage", url), "'good:runs'",
            "already exists with a different grid, seeds", "new name")
    assert dump(url) == before


def test_run_refuses_a_bad_study_file_before_anything(tmp_path, capsys):
    path = write_spec(tmp_path / "bad.toml", grid=[0.0, 1.0])
    refused(cli(capsys, "run", path, "--storage", f"sqlite:///{tmp_path / 'x.db'}",
                "--device", "cpu", "--out", tmp_path / "report"),
            "1.0", "outside the allowed range [0, 1)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.toml"]


def test_init_into_a_folder_that_does_not_exist(tmp_path, capsys):
    spec = write_spec(tmp_path / "good.toml")
    refused(cli(capsys, "init", spec, "--storage", f"sqlite:///{tmp_path / 'no' / 'x.db'}"),
            str(tmp_path / "no"), "does not exist")
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("argv", [["status"], ["worker"], ["report", "--study", "done"],
                                  ["export", "--study", "done", "--out", "OUT"],
                                  ["dashboard", "--port", "0"]],
                         ids=lambda a: a[0])
def test_commands_on_a_database_that_does_not_exist_create_none(tmp_path, capsys, argv):
    absent = tmp_path / "absent.db"
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in argv]
    refused(cli(capsys, *argv, "--storage", f"sqlite:///{absent}"), str(absent),
            "simloss-tune init")
    assert list(tmp_path.iterdir()) == []


def test_train_seed_below_zero(capsys):
    refused(cli(capsys, "train", "--task", "digits", "--value", "0.5", "--seed", "-1",
                "--device", "cpu"), "--seed", ">= 0", "-1")


def test_init_refuses_a_study_file_that_is_not_toml(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text('name = "x"\ngrid = [0.0,\n')
    refused(cli(capsys, "init", path, "--storage", f"sqlite:///{tmp_path / 'x.db'}"),
            str(path), "is not valid TOML")
    refused(cli(capsys, "init", tmp_path / "absent.toml", "--storage",
                f"sqlite:///{tmp_path / 'x.db'}"), "absent.toml", "not found")
    assert not (tmp_path / "x.db").exists()


# -------------------------------------------------------------------------------- matrices

BAD_MATRICES = {
    "not-square": (np.full((3, 4), 0.5), ["square (C, C)", "(3, 4)"]),
    "nan": (np.array([[1.0, np.nan, 0.0], [0.2, 1.0, 0.0], [0.0, 0.0, 1.0]]),
            ["S[0, 1] = nan", "[0, 1]"]),
    "above-one": (np.array([[1.0, 1.5, 0.0], [0.2, 1.0, 0.0], [0.0, 0.0, 1.0]]),
                  ["S[0, 1] = 1.5", "outside [0, 1]"]),
    "negative": (np.array([[1.0, 0.0, 0.0], [-0.2, 1.0, 0.0], [0.0, 0.0, 1.0]]),
                 ["S[1, 0] = -0.2", "outside [0, 1]"]),
    "diagonal": (np.array([[1.0, 0.0, 0.0], [0.2, 0.7, 0.0], [0.0, 0.0, 1.0]]),
                 ["S[1, 1] = 0.7", "diagonal must be 1"]),
}


def _write_raw(path: Path, array: np.ndarray) -> Path:
    if path.suffix == ".npy":
        with path.open("wb") as f:
            np.save(f, array.astype(np.float32), allow_pickle=False)
    else:
        np.savetxt(path, array, delimiter=",", fmt="%.9g")
    return path


def _l_study(url: str, source: Any, name: str = "flowers") -> None:
    make_study(url, name, task="cifar100", runs=_l_runs(), objectives=["accuracy"],
               class_names=FLOWERS, similarity_source=source, derived=False,
               bookkeeping=False)


@pytest.mark.parametrize("case", list(BAD_MATRICES))
def test_bad_matrix_file_api_and_export(tmp_path, capsys, case):
    array, needles = BAD_MATRICES[case]
    with pytest.raises(ValueError) as api:
        SimLoss(array)
    for needle in needles:
        assert needle in str(api.value)
    with pytest.raises(ValueError) as api:
        SimLoss(torch.from_numpy(array))
    for needle in needles:
        assert needle in str(api.value)
    for suffix in (".npy", ".csv"):
        path = _write_raw(tmp_path / f"bad{suffix}", array)
        with pytest.raises(ValueError) as api:
            matrices.load_matrix(path)
        assert str(path) in str(api.value)
        for needle in needles:
            assert needle in str(api.value)
    # the CLI: an l study whose similarity_source is the bad file
    url = f"sqlite:///{tmp_path / 's.db'}"
    _l_study(url, str(tmp_path / "bad.npy"))
    before = dump(url)
    out = tmp_path / "export"
    with pytest.raises(ValueError) as api:
        matrices.load_matrix(tmp_path / "bad.npy")
    refused(cli(capsys, "export", "--storage", url, "--study", "flowers", "--out", out),
            *needles, api=api.value)
    assert not out.exists() and dump(url) == before


def test_matrix_size_differs_from_the_number_of_classes(tmp_path, capsys):
    four = np.eye(4)
    loss = SimLoss(four)
    with pytest.raises(ValueError, match=r"C=3 classes but SimLoss was built for C=4"):
        loss(torch.zeros(2, 3), torch.tensor([0, 1]))
    with pytest.raises(ValueError, match=r"4 x 4 but there are 3 classes"):
        matrices.validate_similarity(four, num_classes=3)
    path = matrices.save_matrix(tmp_path / "four.npy", torch.eye(4))
    json_path = matrices.sidecar_path(path)
    json_path.write_text(json.dumps({"class_names": FLOWERS}))
    with pytest.raises(ValueError, match=r"3 class names for a 4 x 4 matrix"):
        matrices.load_matrix(path)
    json_path.unlink()
    url = f"sqlite:///{tmp_path / 's.db'}"
    _l_study(url, str(path))
    before = dump(url)
    out = tmp_path / "export"
    refused(cli(capsys, "export", "--storage", url, "--study", "flowers", "--out", out),
            "4 x 4", "3 classes")
    assert not out.exists() and dump(url) == before


# --------------------------------------------------------------------------------- storage

@pytest.mark.parametrize("url", [f"mysql://bob:{SECRET}@127.0.0.1/db",
                                 f"redis://bob:{SECRET}@127.0.0.1:6379/0"],
                         ids=["mysql", "redis"])
def test_unknown_storage_scheme(tmp_path, capsys, url):
    from simloss_tune.studies.storage import open_storage

    scheme = url.split(":", 1)[0]
    with pytest.raises(ValueError) as api:
        open_storage(url)
    spec = write_spec(tmp_path / "good.toml")
    for argv in (["init", spec], ["worker"], ["status"], ["report", "--study", "done"],
                 ["export", "--study", "done", "--out", tmp_path / "out"]):
        refused(cli(capsys, *argv, "--storage", url), f"scheme '{scheme}'", "allowed:",
                "sqlite", "postgresql", api=api.value)
    assert list(tmp_path.iterdir()) == [spec]


@pytest.mark.parametrize("url, needles", [
    (f"postgresql://bob:{SECRET}@127.0.0.1:port/db", ["is not a SQLAlchemy URL", "bob:***@"]),
    (f"postgresql://bob:my {SECRET}@127.0.0.1:1/db", ["cannot connect", "bob:***@127.0.0.1:1"]),
    (f"postgresql://bob@127.0.0.1:1/db?password={SECRET}",
     ["cannot connect", "?password=***"]),
], ids=["bad-port", "space-in-password", "password-in-query"])
def test_odd_urls_are_refused_without_showing_the_password(tmp_path, capsys, url, needles):
    pytest.importorskip("psycopg")
    from simloss_tune.studies.storage import open_storage

    with pytest.raises(ValueError) as api:
        open_storage(url)
    assert SECRET not in str(api.value)
    spec = write_spec(tmp_path / "good.toml")
    for argv in (["init", spec], ["status"], ["report", "--study", "done", "--no-dashboard"]):
        refused(cli(capsys, *argv, "--storage", url), *needles)
    assert list(tmp_path.iterdir()) == [spec]


# A password (its parts: Xk9, Pw4, Qr2) with a raw '@' or '/', in the query, or in a URL
# that does not parse at all: no part of it may be printed, by us or by the driver (which
# would name `Pw4@127.0.0.1` as the host it could not resolve).
MALFORMED_URLS = [
    "postgresql://bob:Xk9@Pw4@127.0.0.1:1/db",
    "postgresql://bob:Xk9@Pw4/Qr2@127.0.0.1:1/db",
    "postgresql://bob:Xk9@@Pw4@127.0.0.1:1/db",
    "postgresql://bob:Xk9@Pw4@127.0.0.1:1",
    "postgresql://bob:Xk9@Pw4@127.0.0.1:port/db",
    "postgresql+psycopg://bob:Xk9@Pw4@127.0.0.1:1/db?sslmode=disable&password=Qr2",
    "postgresql://127.0.0.1:1/db?password=Xk9@Pw4",
    "postgresql://127.0.0.1:1?password=Xk9@Pw4",
    "postgresql:/bob:Xk9Pw4@127.0.0.1:1/db",
    "postgresql//bob:Xk9Pw4@127.0.0.1:1/db",
    "bob:Xk9Pw4@127.0.0.1:1/db",
    "postgresql://bob:Xk9Pw4",
]


@pytest.mark.parametrize("url", MALFORMED_URLS)
def test_no_part_of_a_password_in_a_malformed_url_is_shown(tmp_path, capsys, url):
    spec = write_spec(tmp_path / "good.toml")
    for argv in (["init", spec], ["status"], ["worker", "--device", "cpu"],
                 ["report", "--study", "done", "--no-dashboard"],
                 ["export", "--study", "done", "--out", tmp_path / "out"]):
        code, out, err = cli(capsys, *argv, "--storage", url)
        for part in ("Xk9", "Pw4", "Qr2"):
            assert part not in out + err, (argv[0], out, err)
        refused((code, out, err))
    assert list(tmp_path.iterdir()) == [spec]


@pytest.fixture
def silent_server():
    """A local socket that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted = []

    def serve():
        try:
            while True:
                accepted.append(listener.accept()[0])
        except OSError:
            pass

    threading.Thread(target=serve, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()
    for conn in accepted:
        conn.close()


def test_unreachable_postgresql_times_out(tmp_path, capsys, monkeypatch, silent_server):
    pytest.importorskip("psycopg")
    import simloss_tune.studies.storage as storage

    monkeypatch.setattr(storage, "CONNECT_TIMEOUT_S", 1)
    url = f"postgresql://bob:{SECRET}@127.0.0.1:{silent_server}/db"
    spec = write_spec(tmp_path / "good.toml")
    for argv in (["init", spec], ["worker", "--study", "done"],
                 ["report", "--study", "done", "--no-dashboard"]):
        started = time.monotonic()
        refused(cli(capsys, *argv, "--storage", url), "cannot connect to the study database",
                f"127.0.0.1:{silent_server}", "bob:***@")
        assert time.monotonic() - started < 12, argv


def test_unreachable_postgresql_times_out_in_a_subprocess(tmp_path, silent_server):
    """The real command: SIMLOSS_CONNECT_TIMEOUT bounds the wait, the message is one line."""
    pytest.importorskip("psycopg")
    url = f"postgresql://bob:{SECRET}@127.0.0.1:{silent_server}/db"
    env = {**os.environ, "SIMLOSS_CONNECT_TIMEOUT": "2"}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "simloss_tune.cli", "status", "--storage", url],
                          capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path)
    assert time.monotonic() - started < 40
    refused((proc.returncode, proc.stdout, proc.stderr), "cannot connect to the study database",
            "timeout expired")


@pytest.mark.postgres
def test_wrong_postgresql_password(pg_url, tmp_path, capsys):
    bad = pg_url.replace(pgserver.PASSWORD, SECRET)
    assert bad != pg_url
    before = dump(pg_url)
    spec = write_spec(tmp_path / "good.toml")
    for argv in (["init", spec], ["worker"], ["status"], ["report", "--study", "done"],
                 ["export", "--study", "done", "--out", tmp_path / "out"]):
        refused(cli(capsys, *argv, "--storage", bad), "password authentication failed",
                ":***@")
    assert dump(pg_url) == before == "no tables"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["worker", "report", "export"])
def test_study_that_does_not_exist_lists_the_ones_that_do(db, tmp_path, capsys, command):
    before = dump(db)
    argv = {"worker": ["worker", "--device", "cpu"],
            "report": ["report", "--no-dashboard"],
            "export": ["export", "--out", tmp_path / "out"]}[command]
    line = refused(cli(capsys, *argv, "--storage", db, "--study", "nope"), "'nope'")
    for name in ("done", "nobase", "pending"):
        assert name in line
    assert dump(db) == before and not (tmp_path / "out").exists()


# ----------------------------------------------------------------------- report and export

def test_report_for_a_task_without_studies_lists_the_existing_ones(db, capsys):
    before = dump(db)
    line = refused(cli(capsys, "report", "--storage", db, "--task", "afad", "--no-dashboard"),
                   "no study of task 'afad'")
    assert "done:runs" in line and "pending:runs" in line
    assert dump(db) == before


def test_report_and_export_of_a_study_without_completed_runs(db, tmp_path, capsys):
    """Not bad input: the report shows the failures (exit 0); export has nothing to export."""
    before = dump(db)
    out = tmp_path / "out"
    code, _, err = cli(capsys, "report", "--storage", db, "--study", "pending", "--no-dashboard")
    assert code == 0 and "no completed run yet (1 fail, 1 waiting)" in err
    refused(cli(capsys, "export", "--storage", db, "--study", "pending", "--out", out),
            "'pending': no completed run has a validation mae")
    assert not out.exists() and dump(db) == before
    assert not default_artifact_dir(db).exists()  # nothing posted to the dashboard


def test_report_and_export_without_baseline_runs_warn_and_succeed(db, tmp_path, capsys):
    """Existing behaviour: a report without baseline is still a report (exit 0, a warning
    on stderr, no tests); an export still exports, with p_value null and a warning."""
    before = dump(db)
    code, out, err = cli(capsys, "report", "--storage", db, "--study", "nobase",
                         "--no-dashboard")
    assert code == 0 and "Traceback" not in err
    assert "warning: no completed baseline runs (r = 0.0" in err
    code, out, err = cli(capsys, "export", "--storage", db, "--study", "nobase",
                         "--out", tmp_path / "out")
    assert code == 0 and "warning: no completed baseline runs: p_value is null" in err
    config = json.loads((tmp_path / "out" / "mae" / "config.json").read_text())
    assert config["p_value"] is None and config["value"] == 0.5
    assert dump(db) == before


@pytest.mark.parametrize("command", ["report", "export"])
def test_metric_the_task_does_not_have(db, tmp_path, capsys, command):
    before = dump(db)
    argv = {"report": ["report", "--no-dashboard", "--out", tmp_path / "out"],
            "export": ["export", "--out", tmp_path / "out"]}[command]
    refused(cli(capsys, *argv, "--storage", db, "--study", "done:bogus"),
            "metric 'bogus' is not a metric of task 'digits'", "allowed: accuracy, mae, mse")
    assert not (tmp_path / "out").exists() and dump(db) == before


# ------------------------------------------------------------------------------- traceback

def test_debug_shows_the_traceback_instead(tmp_path, capsys):
    path = write_spec(tmp_path / "bad.toml", grid=[1.0])
    with pytest.raises(ValueError, match="outside the allowed range"):
        main(["--debug", "init", str(path), "--storage", f"sqlite:///{tmp_path / 'x.db'}"])
    assert not (tmp_path / "x.db").exists()



@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_before_or_after_the_subcommand(tmp_path, capsys, where):
    path = write_spec(tmp_path / "bad.toml", grid=[1.0])
    argv = ["init", str(path), "--storage", f"sqlite:///{tmp_path / 'x.db'}"]
    argv = ["--debug", *argv] if where == "before" else [*argv, "--debug"]
    with pytest.raises(ValueError, match="outside the allowed range"):
        main(argv)
    assert not (tmp_path / "x.db").exists()


def test_debug_flag_parses_in_both_positions_and_defaults_off(capsys):
    from simloss_tune.cli import _HANDLERS, build_parser

    parser = build_parser()
    assert parser.parse_args(["status"]).debug is False
    assert parser.parse_args(["--debug", "status"]).debug is True
    assert parser.parse_args(["status", "--debug"]).debug is True
    assert parser.parse_args(["--debug", "status", "--debug"]).debug is True
    for command in _HANDLERS:
        with pytest.raises(SystemExit):
            parser.parse_args([command, "--help"])
        assert "--debug" in capsys.readouterr().out, command
