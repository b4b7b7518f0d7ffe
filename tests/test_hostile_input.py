"""Hostile and absurd input (issue 21): a file the user names never runs code, absurd sizes
are refused in one line, names that would break a folder are refused at `init`, every
unreadable file gets one line naming it, an interrupted `init` is recognised and completed,
and two `init`s on a fresh PostgreSQL database both succeed.

Same promise as tests/test_bad_input.py (whose helpers these cases reuse): exit status 2,
one line naming the bad value and what is allowed, nothing written, no traceback.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import optuna
import pytest

from simloss_tune import matrices
from simloss_tune.studies import queue
from simloss_tune.studies.spec import MAX_NAME_LENGTH, MAX_RUNS, load_spec
from simloss_tune.tasks import get_task
from simloss_tune.trainers import LocalSession, Point
from simloss_tune.trainers.base import work_folder
from tests import test_bad_input as _bad
from tests.fixtures import CIFAR100_FINE, make_cifar100, make_utkface, make_word_vectors
from tests.studyfactory import dump
from tests.test_bad_input import cli, refused, toml, write_spec

# the database of finished studies the report/export cases read (test_bad_input's fixtures)
studies_db, db = _bad.studies_db, _bad.db

FLOWERS = ["rose", "tulip", "truck"]


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SIMLOSS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SIMLOSS_WORD_VECTORS", raising=False)
    monkeypatch.delenv("SIMLOSS_STORAGE", raising=False)


class _Marker:
    """Unpickling this creates the marker file (`open(path, "w")`): proof that code ran."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def evil_pickle(path: Path, marker: Path) -> Path:
    path.write_bytes(pickle.dumps(_Marker(marker), protocol=2))
    return path


def good_kv(path: Path, names=FLOWERS) -> Path:
    from gensim.models import KeyedVectors

    text = make_word_vectors(path.parent / f"src-{path.stem}.txt", names)
    KeyedVectors.load_word2vec_format(str(text), binary=False).save(str(path))
    return path


def command_study(path: Path, similarity: dict, **changes) -> Path:
    raw = {"name": "flowers", "command": [sys.executable, "-c", "pass"], "parameter": "l",
           "classes": FLOWERS, "grid": [0.5], "seeds": 2, "objectives": ["accuracy"],
           "metrics": {"accuracy": "maximize"}, "similarity": similarity, **changes}
    path.write_text(toml(raw))
    return path


def nothing_in(folder: Path) -> bool:
    return not folder.exists() or not any(folder.rglob("*"))


# ------------------------------------------------------------------ A. no file runs code

@pytest.mark.parametrize("command", ["init", "run"])
def test_study_file_naming_a_kv_pickle_runs_nothing(tmp_path, capsys, command):
    marker = tmp_path / "MARKER"
    evil_pickle(tmp_path / "evil.kv", marker)
    spec = command_study(tmp_path / "s.toml", {"word_vectors": str(tmp_path / "evil.kv")})
    db_path = tmp_path / "s.db"
    refused(cli(capsys, command, spec, "--storage", f"sqlite:///{db_path}"),
            "evil.kv", "pickle", "--trust-pickles")
    assert not marker.exists() and not db_path.exists()


def test_trusted_kv_is_loaded_and_the_trust_is_stored_on_the_study(tmp_path, capsys):
    spec = command_study(tmp_path / "s.toml", {"word_vectors": str(good_kv(tmp_path / "v.kv"))})
    url = f"sqlite:///{tmp_path / 's.db'}"
    code, out, err = cli(capsys, "init", spec, "--storage", url, "--trust-pickles")
    assert code == 0, err
    attrs = optuna.load_study(study_name="flowers:runs", storage=url).user_attrs
    assert attrs[queue.TRUST_PICKLES] is True and len(attrs["similarity_source"]) == 3


def test_word_vectors_env_var_and_data_folder_kv_are_refused(tmp_path, capsys, monkeypatch):
    data = make_cifar100(tmp_path / "c", train_per_class=1, test_per_class=1)
    marker = tmp_path / "MARKER"
    evil_pickle(data / "word-vectors.kv", marker)  # found in the data folder
    refused(cli(capsys, "train", "--task", "cifar100", "--data-dir", data, "--value", "0.5"),
            "word-vectors.kv", "--trust-pickles")
    (data / "word-vectors.kv").unlink()
    monkeypatch.setenv("SIMLOSS_WORD_VECTORS", str(evil_pickle(tmp_path / "e.kv", marker)))
    refused(cli(capsys, "train", "--task", "cifar100", "--data-dir", data, "--value", "0.5"),
            "e.kv", "--trust-pickles")
    assert not marker.exists() and nothing_in(tmp_path / "cache")


def test_worker_loads_a_kv_only_for_a_study_initialised_with_trust(tmp_path, capsys):
    from simloss_tune.studies.worker import Worker, WorkerOptions

    data = make_cifar100(tmp_path / "c", train_per_class=2, test_per_class=1)
    good_kv(data / "word-vectors.kv", names=CIFAR100_FINE)
    url = f"sqlite:///{tmp_path / 's.db'}"
    spec = tmp_path / "c.toml"
    spec.write_text(toml({"name": "c", "task": "cifar100", "data_dir": str(data),
                          "grid": [0.5], "seeds": 1, "objectives": ["accuracy"]}))
    assert cli(capsys, "init", spec, "--storage", url)[0] == 0  # init reads no data
    loaded = load_spec(spec)
    with pytest.raises(ValueError, match="--trust-pickles"):
        Worker(url, WorkerOptions(device="cpu"))._load(loaded)
    assert cli(capsys, "init", spec, "--storage", url, "--trust-pickles")[0] == 0
    trainer = Worker(url, WorkerOptions(device="cpu"))._load(loaded)
    assert trainer.data.similarity_source.shape[0] == 100


def test_matrix_vectors_kv_needs_trust(tmp_path, capsys):
    marker = tmp_path / "MARKER"
    classes = tmp_path / "classes.txt"
    classes.write_text("\n".join(FLOWERS) + "\n")
    out = tmp_path / "m.npy"
    refused(cli(capsys, "matrix", "--vectors", evil_pickle(tmp_path / "e.kv", marker),
                "--classes", classes, "--l", "0.5", "--out", out), "e.kv", "--trust-pickles")
    assert not marker.exists() and not out.exists()
    code, _, err = cli(capsys, "matrix", "--vectors", good_kv(tmp_path / "v.kv"), "--classes",
                       classes, "--l", "0.5", "--out", out, "--trust-pickles")
    assert code == 0 and out.is_file(), err


def test_api_refuses_a_kv_unless_trusted(tmp_path):
    path = good_kv(tmp_path / "v.kv")
    with pytest.raises(ValueError, match="--trust-pickles"):
        matrices.from_word_vectors(FLOWERS, path)
    assert matrices.from_word_vectors(FLOWERS, matrices.load_word_vectors(
        path, trust_pickles=True)).kept == [0, 1, 2]
    with matrices.trusting_pickles():
        assert matrices.from_word_vectors(FLOWERS, path).kept == [0, 1, 2]


@pytest.mark.parametrize("part", ["meta", "train"])
def test_cifar_file_with_code_in_it_runs_nothing(tmp_path, capsys, part):
    data = make_cifar100(tmp_path / "c", train_per_class=1, test_per_class=1)
    make_word_vectors(data / "word-vectors.txt")
    marker = tmp_path / "MARKER"
    evil_pickle(data / "cifar-100-python" / part, marker)
    refused(cli(capsys, "train", "--task", "cifar100", "--data-dir", data, "--value", "0.5"),
            part, "not a plain CIFAR data file", "open")
    assert not marker.exists()


def test_cifar_files_in_the_real_format_still_load(tmp_path):
    data = make_cifar100(tmp_path / "c", train_per_class=2, test_per_class=1, bytes_keys=True)
    make_word_vectors(data / "word-vectors.txt")
    loaded = get_task("cifar100").load(data)
    assert len(loaded.class_names) == 100 and len(loaded.train) > 0


def test_vector_header_promising_more_than_the_file_holds(tmp_path, capsys):
    vectors = tmp_path / "v.bin"
    vectors.write_bytes(b"1000000000 300\n")
    classes = tmp_path / "classes.txt"
    classes.write_text("rose\n")
    refused(cli(capsys, "matrix", "--vectors", vectors, "--classes", classes, "--l", "0.5",
                "--out", tmp_path / "m.npy"), "v.bin", "1000000000 vectors")


# ----------------------------------------------------------------------- B. absurd sizes

@pytest.mark.parametrize("changes, needle", [
    ({"seeds": 10**12}, f"at most {MAX_RUNS}"),
    ({"seeds": list(range(MAX_RUNS + 1))}, f"at most {MAX_RUNS}"),
    ({"grid": [i / (MAX_RUNS + 2) for i in range(MAX_RUNS + 1)], "seeds": 1},
     f"at most {MAX_RUNS}"),
    ({"grid": [i / 6000 for i in range(5000)], "seeds": 3}, "15000 runs"),
    ({"grid": None, "adaptive": {"n_trials": 10**9}}, "n_trials"),
], ids=["seed-count", "seed-list", "grid", "grid-x-seeds", "n-trials"])
def test_absurd_number_of_runs_is_refused(tmp_path, capsys, changes, needle):
    spec = write_spec(tmp_path / "big.toml", **changes)
    db_path = tmp_path / "x.db"
    refused(cli(capsys, "init", spec, "--storage", f"sqlite:///{db_path}"), needle)
    assert not db_path.exists()


def test_absurd_number_of_classes_and_file_size(tmp_path, capsys):
    spec = command_study(tmp_path / "s.toml", {}, classes=10**9, parameter="r")
    text = spec.read_text().replace("[similarity]\n", "")
    spec.write_text(text)
    refused(cli(capsys, "init", spec, "--storage", f"sqlite:///{tmp_path / 'x.db'}"),
            "1000000000 classes", "at most")
    huge = write_spec(tmp_path / "huge.toml", description="x" * 2_000_000)
    refused(cli(capsys, "init", huge, "--storage", f"sqlite:///{tmp_path / 'x.db'}"),
            "huge.toml", "at most")
    assert not (tmp_path / "x.db").exists()


def test_seeds_beyond_what_the_database_stores_exactly(tmp_path, capsys):
    """Optuna keeps parameters as floats (exact to 2**53) and SQLite as 64-bit integers: a
    seed of 2**64 - 1 passed init, then every worker failed with 'Overflow when unpacking'."""
    db_path = tmp_path / "x.db"
    refused(cli(capsys, "init", write_spec(tmp_path / "s.toml", seeds=[2**64 - 1]),
                "--storage", f"sqlite:///{db_path}"), str(2**64 - 1), str(2**31 - 1))
    assert not db_path.exists()
    refused(cli(capsys, "train", "--task", "digits", "--value", "0.5", "--seed", 10**23),
            "--seed", str(10**23))


@pytest.mark.parametrize("argv, needle", [
    (["worker", "--grace-period", "inf"], "--grace-period inf"),
    (["worker", "--heartbeat-interval", "1e300", "--grace-period", "1e301"],
     "--heartbeat-interval 1e+300"),
    (["matrix", "--class-order", "--num-classes", "1000000000", "--r", "0.5", "--out", "m.npy"],
     "--num-classes 1000000000"),
], ids=["inf-grace", "huge-heartbeat", "huge-matrix"])
def test_absurd_numbers_on_the_command_line(tmp_path, capsys, monkeypatch, argv, needle):
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert cli(capsys, "init", write_spec(tmp_path / "s.toml"), "--storage", url)[0] == 0
    before = dump(url)
    extra = ["--storage", url] if argv[0] == "worker" else []
    refused(cli(capsys, *argv, *extra), needle)
    assert dump(url) == before and not (tmp_path / "m.npy").exists()


def test_deep_hierarchies_are_linear_or_refused(tmp_path, capsys):
    """A chain of 100,000 edges: the root paths of two leaves, not of every node (the old
    code kept a path per node: quadratic memory, 2 GB at 20,000 edges)."""
    n = 100_000
    chain = [(i, i + 1) for i in range(n)]
    sim = matrices.from_hierarchy(chain, [n, n - 1])
    assert abs(float(sim[0, 1]) - 2 * n / (2 * n + 1)) < 1e-6
    edges = tmp_path / "chain.txt"
    edges.write_text("".join(f"{a} {b}\n" for a, b in chain))
    classes = tmp_path / "classes.txt"
    classes.write_text("".join(f"{n - i}\n" for i in range(1000)))
    refused(cli(capsys, "matrix", "--hierarchy", edges, "--classes", classes, "--l", "0.5",
                "--out", tmp_path / "m.npy"), "levels deep for 1000 classes")
    assert not (tmp_path / "m.npy").exists()


def test_a_grid_at_the_limit_is_accepted(tmp_path):
    spec = load_spec(write_spec(tmp_path / "s.toml", seeds=1,
                                grid=[i / MAX_RUNS for i in range(MAX_RUNS)]))
    assert len(spec.grid) == MAX_RUNS


def _interrupt_at(monkeypatch, target, name):
    original = getattr(target, name)

    def boom(*args, **kwargs):
        monkeypatch.setattr(target, name, original)  # once
        raise KeyboardInterrupt

    monkeypatch.setattr(target, name, boom)


def test_interrupted_init_is_recognised_and_completed(tmp_path, capsys, monkeypatch):
    spec = write_spec(tmp_path / "good.toml")
    url = f"sqlite:///{tmp_path / 's.db'}"
    from simloss_tune.studies.queue import init as queue_init

    _interrupt_at(monkeypatch, queue_init, "_enqueue_grid")
    code, _, _ = cli(capsys, "init", spec, "--storage", url)
    assert code == 130
    code, out, _ = cli(capsys, "status", "--storage", url)
    assert code == 0 and "init incomplete" in out and "finished" not in out
    refused(cli(capsys, "worker", "--storage", url, "--study", "good"),
            "'good'", "init did not finish", "init")
    code, out, err = cli(capsys, "init", spec, "--storage", url)
    assert code == 0 and "4 run(s) enqueued" in out, err
    code, out, _ = cli(capsys, "status", "--storage", url)
    assert "incomplete" not in out and "good" in out


def test_init_interrupted_before_the_study_is_described_leaves_no_study(tmp_path, capsys,
                                                                        monkeypatch):
    spec = write_spec(tmp_path / "good.toml")
    url = f"sqlite:///{tmp_path / 's.db'}"
    original = optuna.Study.set_user_attr

    def stop_at_role(self, key, value):
        if key == "role":
            monkeypatch.setattr(optuna.Study, "set_user_attr", original)
            raise KeyboardInterrupt
        return original(self, key, value)

    monkeypatch.setattr(optuna.Study, "set_user_attr", stop_at_role)
    assert cli(capsys, "init", spec, "--storage", url)[0] == 130
    code, out, _ = cli(capsys, "status", "--storage", url)
    assert code == 0 and "no studies" in out  # nothing that looks like a study
    assert cli(capsys, "init", spec, "--storage", url)[0] == 0
    code, out, _ = cli(capsys, "status", "--storage", url)
    assert "good" in out and "incomplete" not in out
    storage = optuna.storages.RDBStorage(url)
    assert len(storage.get_all_trials(storage.get_study_id_from_name("good:runs"))) == 4


# ------------------------------------------------------------------ C. names and folders

@pytest.mark.parametrize("name", ["..", ".", ".hidden", "-x", "a" * (MAX_NAME_LENGTH + 1),
                                  "a/b", "a b"])
def test_study_names_that_break_folders_are_refused_at_init(tmp_path, capsys, name):
    spec = write_spec(tmp_path / "s.toml", name=name)
    db_path = tmp_path / "x.db"
    refused(cli(capsys, "init", spec, "--storage", f"sqlite:///{db_path}"), "name")
    assert not db_path.exists()
    trainer_spec = command_study(tmp_path / "t.toml", {}, name=name, parameter="r")
    trainer_spec.write_text(trainer_spec.read_text().replace("[similarity]\n", ""))
    refused(cli(capsys, "init", trainer_spec, "--storage", f"sqlite:///{db_path}"), "name")
    assert not db_path.exists()


@pytest.mark.parametrize("parts", [("..",), ("ok", "."), ("a/../..",), ("x" * 256,), ("",)])
def test_work_folders_stay_under_their_root(tmp_path, parts):
    with pytest.raises(ValueError, match="plain folder name"):
        work_folder(tmp_path / "root", *parts)
    assert nothing_in(tmp_path / "root") and not (tmp_path / "x").exists()
    with pytest.raises(ValueError, match="plain folder name"):
        LocalSession(tmp_path / "root", [Point(0.5, 0, parts[-1])]).workdir(0)


# ------------------------------------------------------------ D. one line for every file

@pytest.mark.parametrize("content", [b"hello, not a database\n", b"SQLite format 3\x00" +
                                     b"\x07" * 200], ids=["text", "damaged"])
@pytest.mark.parametrize("argv", [["init", "SPEC"], ["status"], ["worker"],
                                  ["report", "--study", "x"], ["export", "--study", "x",
                                                               "--out", "OUT"]])
def test_storage_file_that_is_not_a_database(tmp_path, capsys, content, argv):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    argv = [str(write_spec(tmp_path / "s.toml")) if a == "SPEC" else
            str(tmp_path / "out") if a == "OUT" else a for a in argv]
    refused(cli(capsys, *argv, "--storage", f"sqlite:///{path}"), "notes.db")
    assert path.read_bytes() == content and not (tmp_path / "out").exists()


def test_init_refuses_an_sqlite_database_of_something_else(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE accounts (id INTEGER)")
    before = path.read_bytes()
    refused(cli(capsys, "init", write_spec(tmp_path / "s.toml"), "--storage",
                f"sqlite:///{path}"), "other.db", "something else", "accounts")
    assert path.read_bytes() == before


@pytest.mark.parametrize("command", ["report", "export"])
def test_out_pointing_at_an_existing_file(db, tmp_path, capsys, command):
    out = tmp_path / "existing.txt"
    out.write_text("keep me\n")
    before = dump(db)
    argv = [command, "--storage", db, "--study", "done", "--out", out]
    refused(cli(capsys, *argv), "--out", "existing.txt", "is a file")
    refused(cli(capsys, command, "--storage", db, "--study", "done", "--out", out / "sub"),
            "existing.txt", "is a file")
    assert out.read_text() == "keep me\n" and dump(db) == before


def test_run_and_train_and_matrix_outputs_that_cannot_be_written(tmp_path, capsys):
    out = tmp_path / "existing.txt"
    out.write_text("keep me\n")
    db_path = tmp_path / "x.db"
    refused(cli(capsys, "run", write_spec(tmp_path / "s.toml"), "--storage",
                f"sqlite:///{db_path}", "--out", out), "--out", "is a file")
    assert not db_path.exists()
    (tmp_path / "d.json").mkdir()
    refused(cli(capsys, "train", "--task", "digits", "--value", "0.5", "--json",
                tmp_path / "d.json"), "d.json", "folder")
    (tmp_path / "m.npy").mkdir()
    refused(cli(capsys, "matrix", "--class-order", "--num-classes", "3", "--r", "0.5",
                "--out", tmp_path / "m.npy"), "m.npy", "folder")
    refused(cli(capsys, "matrix", "--class-order", "--num-classes", "3", "--r", "0.5",
                "--out", out / "m.npy"), "existing.txt", "is a file")
    assert out.read_text() == "keep me\n"


@pytest.mark.parametrize("body, needle", [
    ("import sys\nsys.exit(0)\n", "sys.exit(0)"),
    ("import sys\nsys.exit('bye')\n", "sys.exit('bye')"),
    ("class Boom(BaseException):\n    pass\nraise Boom('no')\n", "Boom: no"),
    ("raise RuntimeError('broken on import')\n", "broken on import"),
], ids=["exit-0", "exit-text", "base-exception", "runtime-error"])
def test_user_module_failing_on_import_is_one_line(tmp_path, capsys, monkeypatch, body,
                                                   needle):
    module = "usermod_" + uuid.uuid4().hex[:8]
    (tmp_path / f"{module}.py").write_text(body)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    raw = {"name": "mine", "trainer": f"{module}:train", "parameter": "r", "classes": 3,
           "grid": [0.5], "seeds": 1, "objectives": ["mae"], "metrics": {"mae": "minimize"}}
    (tmp_path / "s.toml").write_text(toml(raw))
    refused(cli(capsys, "init", tmp_path / "s.toml", "--storage",
                f"sqlite:///{tmp_path / 'x.db'}"), module, needle)
    assert not (tmp_path / "x.db").exists()
    sys.modules.pop(module, None)
    refused(cli(capsys, "train", "--task", f"{module}:Task", "--value", "0.5"), module, needle)
    sys.modules.pop(module, None)


@pytest.mark.parametrize("nested", ["grid = " + "[" * 50_000 + "]" * 50_000,
                                    "description = " + "{a=" * 50_000 + "1" + "}" * 50_000])
def test_study_file_nested_too_deeply(tmp_path, capsys, nested):
    spec = tmp_path / "deep.toml"
    spec.write_text('name = "d"\ntask = "digits"\nseeds = 1\nobjectives = ["mae"]\n'
                    + nested + "\n")
    refused(cli(capsys, "init", spec, "--storage", f"sqlite:///{tmp_path / 'x.db'}"),
            "deep.toml", "too deeply")
    assert not (tmp_path / "x.db").exists()


def test_json_nested_too_deeply_is_one_line(tmp_path, capsys):
    """A matrix sidecar named by a study file, a command trainer's metrics file."""
    from simloss_tune.trainers.command import _read_metrics

    deep = "[" * 100_000 + "]" * 100_000
    matrix = tmp_path / "m.npy"
    matrices.save_matrix(matrix, matrices.class_order(3, 0.5))
    matrices.sidecar_path(matrix).write_text(deep)
    spec = command_study(tmp_path / "s.toml", {"matrix": str(matrix)})
    refused(cli(capsys, "init", spec, "--storage", f"sqlite:///{tmp_path / 'x.db'}"),
            "m.npy.json", "invalid JSON")
    assert not (tmp_path / "x.db").exists()
    (tmp_path / "metrics.json").write_text(deep)
    out, error = _read_metrics(tmp_path / "metrics.json")
    assert out is None and "not valid JSON" in error


def test_files_that_are_not_utf8_are_named(tmp_path, capsys):
    spec = tmp_path / "latin1.toml"
    spec.write_bytes(b'name = "caf\xe9"\n')
    refused(cli(capsys, "init", spec, "--storage", f"sqlite:///{tmp_path / 'x.db'}"),
            "latin1.toml", "UTF-8")
    classes = tmp_path / "classes.txt"
    classes.write_bytes(b"caf\xe9\n")
    edges = tmp_path / "edges.txt"
    edges.write_text("0 1\n")
    refused(cli(capsys, "matrix", "--hierarchy", edges, "--classes", classes, "--l", "0.5",
                "--out", tmp_path / "m.npy"), "classes.txt", "UTF-8")
    edges.write_bytes(b"0 caf\xe9\n")
    classes.write_text("1\n")
    refused(cli(capsys, "matrix", "--hierarchy", edges, "--classes", classes, "--l", "0.5",
                "--out", tmp_path / "m.npy"), "edges.txt", "UTF-8")
    assert not (tmp_path / "x.db").exists() and not (tmp_path / "m.npy").exists()


def test_data_folder_with_one_image_writes_nothing(tmp_path, capsys):
    root = make_utkface(tmp_path / "u", n=1)
    refused(cli(capsys, "train", "--task", "utkface", "--data-dir", root, "--value", "0.5"),
            "1 image(s)", "too few")
    assert nothing_in(tmp_path / "cache")


def test_library_log_lines_do_not_precede_the_error(tmp_path):
    """gensim logs at INFO while reading vectors; `init` configures INFO logging. Run as a
    subprocess: pytest's own log handlers would hide the lines in-process."""
    vectors = make_word_vectors(tmp_path / "v.txt", ["rose", "tulip"])
    spec = command_study(tmp_path / "s.toml", {"word_vectors": str(vectors)})
    proc = subprocess.run([sys.executable, "-m", "simloss_tune.cli", "init", str(spec),
                           "--storage", f"sqlite:///{tmp_path / 'x.db'}"],
                          capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert "truck" in lines[0]


# ------------------------------------------------------------ E. concurrent init, fresh PG

@pytest.mark.postgres
def test_two_inits_at_once_on_a_fresh_postgresql_database(pg_server, tmp_path):
    import sqlalchemy as sa

    spec = write_spec(tmp_path / "s.toml")
    admin = sa.create_engine(pg_server.url, isolation_level="AUTOCOMMIT",
                             poolclass=sa.pool.NullPool)
    for attempt in range(3):
        name = f"t_init_{attempt}_{uuid.uuid4().hex[:8]}"
        with admin.connect() as c:
            c.execute(sa.text(f'CREATE DATABASE "{name}"'))
        url = pg_server.database_url(name)
        env = {**os.environ, "SIMLOSS_STORAGE": url, "OMP_NUM_THREADS": "1"}
        procs = [subprocess.Popen([sys.executable, "-m", "simloss_tune.cli", "init", str(spec)],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for _ in range(2)]
        results = [(p.wait(timeout=300), *p.communicate()) for p in procs]
        for code, _out, err in results:
            assert code == 0, textwrap.shorten(err, 2000)
        storage = optuna.storages.RDBStorage(url, skip_table_creation=True)
        trials = storage.get_all_trials(storage.get_study_id_from_name("good:runs"))
        points = sorted((t.params["r"], t.params["seed"]) for t in trials)
        assert points == [(0.0, 0), (0.0, 1), (0.5, 0), (0.5, 1)]
        assert json.loads(storage.get_study_user_attrs(
            storage.get_study_id_from_name("good:runs"))["spec"])["name"] == "good"
        storage.engine.dispose()
        with admin.connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
