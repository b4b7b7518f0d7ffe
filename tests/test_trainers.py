"""Bring your own training: study files with `trainer =` / `command =`, RunContext, the
command trainer's failure modes, the built-in trainer's refusal of stateful layers and its
intermediate values. One SQLite worker in-process; PostgreSQL runs are in
test_trainers_postgres.py."""

from __future__ import annotations

import json
import math
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import optuna
import pytest
import torch
from optuna.trial import TrialState

from simloss_tune import RunContext, SimLoss, report_epoch
from simloss_tune.cli import main
from simloss_tune.matrices import class_order, lower_bound, save_matrix
from simloss_tune.studies import queue, similarity
from simloss_tune.studies.spec import StudySpec, load_spec, parse_spec
from simloss_tune.studies.worker import WorkerOptions, run_worker
from simloss_tune.trainers import LocalSession, Point, command, make_trainer

FAKE = str(Path(__file__).with_name("programs") / "fake_trainer.py")
HERE = "tests.test_trainers"

BASE = {
    "name": "mine", "parameter": "r", "classes": 4, "grid": [0.0, 0.5], "seeds": 2,
    "objectives": ["mae"],
    "metrics": {"mae": "minimize", "accuracy": {"direction": "maximize", "percent": True}},
}


def spec_of(**changes) -> dict:
    raw = {**BASE, "trainer": f"{HERE}:good_trainer", **changes}
    return {k: v for k, v in raw.items() if v is not None}


def toml_text(raw: dict) -> str:
    def value(v):
        if isinstance(v, dict):
            return "{" + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + "}"
        return json.dumps(v)
    tables = {k: v for k, v in raw.items() if isinstance(v, dict)}
    lines = [f"{k} = {value(v)}" for k, v in raw.items() if k not in tables]
    for name, table in tables.items():
        lines.append(f"[{name}]")
        lines += [f"{k} = {value(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


def write_spec(tmp_path: Path, raw: dict, name: str = "s.toml") -> Path:
    path = tmp_path / name
    path.write_text(toml_text(raw))
    return path


def options(**kw) -> WorkerOptions:
    return WorkerOptions(device="cpu", heartbeat_interval=1, grace_period=4, poll_seconds=0.1,
                         progress=False, **kw)


def runs(url: str, name: str = "mine") -> list:
    return optuna.load_study(study_name=f"{name}:runs", storage=url).get_trials(deepcopy=False)


# ------------------------------------------------------------------------- trainers for tests

CALLS: list[dict] = []


def good_trainer(run: RunContext) -> dict:
    """Records what it saw; metrics from (value, seed); reports two epochs."""
    CALLS.append({"value": run.value, "seed": run.seed, "parameter": run.parameter,
                  "class_names": run.class_names, "similarity": run.similarity.clone(),
                  "device": run.device, "workdir": run.workdir})
    run.report(1, {"mae": 2.0, "accuracy": 0.1})
    run.report(2, {"mae": 1.0 + run.value, "accuracy": 0.2})
    m = {"mae": 1.0 + run.value + run.seed / 100, "accuracy": 0.2}
    return {"val": m, "test": m}


def failing_trainer(run: RunContext) -> dict:
    raise RuntimeError("CUDA error: device-side assert\nconnect postgresql://u:secret@h/db")


def missing_metric_trainer(run: RunContext) -> dict:
    return {"val": {"mae": 1.0}, "test": {"mae": 1.0}}


def stop_swallowing_trainer(run: RunContext) -> dict:
    """Asks the worker to stop (as SIGTERM would), swallows the interrupt (as some training
    libraries do) and returns normally: the run must still go back to the queue."""
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(100):
            if run.should_stop():
                break
            import time
            time.sleep(0.01)
    except KeyboardInterrupt:
        pass
    assert run.should_stop()
    return {"val": {"mae": 1.0, "accuracy": 0.1}, "test": {"mae": 1.0, "accuracy": 0.1}}


class ClassTrainer:
    instances = 0

    def __init__(self):
        ClassTrainer.instances += 1
        self.setups = 0

    def setup(self, study) -> None:
        self.setups += 1
        self.study = study

    def __call__(self, run: RunContext) -> dict:
        assert self.setups == 1 and self.study.name == run.study.name
        m = {"mae": float(run.similarity[0, 1]), "accuracy": 0.5}
        return {"val": m, "test": m, "mean_distribution": [0.25] * 4}


# ------------------------------------------------------------------------- study files


@pytest.mark.parametrize("changes, message", [
    ({"trainer": "no_such_module_xyz:train"}, "cannot import module 'no_such_module_xyz'"),
    ({"trainer": f"{HERE}:nope"}, "has no attribute 'nope'"),
    ({"trainer": "just_a_name"}, "must look like 'package.module:function'"),
    ({"trainer": None, "command": ["no-such-program-xyz", "{value}"]},
     "command program 'no-such-program-xyz' not found"),
    ({"trainer": None, "command": ["python3", "t.py", "{lr}"]}, "unknown placeholder {lr}"),
    ({"trainer": None, "command": ["{value}", "t.py"]},
     "command program '{value}' may not be a placeholder other than {python}"),
    ({"objectives": ["qwk"]}, "objective metric 'qwk' is not a metric of [metrics]"),
    ({"metrics": {"runs": "minimize"}}, "metric name 'runs'"),
    ({"metrics": {"MAE": "minimize"}}, "metric name 'MAE'"),
    ({"metrics": {"mae": "smaller"}}, "direction 'smaller'"),
    ({"metrics": {"mae": {"direction": "minimize", "pct": True}}}, "unknown field 'pct'"),
    ({"classes": 1}, "classes = 1 must be at least 2"),
    ({"classes": ["a", "b", "a"]}, "class name 'a' is repeated"),
    ({"parameter": "q"}, "parameter 'q'"),
    ({"parameter": None}, "missing field 'parameter'"),
    ({"metrics": None}, "missing field 'metrics'"),
    ({"task": "digits"}, "one of 'task', 'trainer' or 'command'"),
    ({"training": {"timeout_s": 10}}, "timeout_s needs a command trainer"),
    ({"similarity": {"matrix": "m.npy"}}, "[similarity] is for parameter 'l'"),
    ({"parameter": "l", "grid": [0.5]}, "parameter 'l' needs a [similarity] table"),
])
def test_bad_study_files_are_named_at_init_and_nothing_is_written(tmp_path, capsys, changes,
                                                                  message):
    path = write_spec(tmp_path, spec_of(**changes))
    with pytest.raises(ValueError) as info:
        load_spec(path)
    assert message in str(info.value) and "\n" not in str(info.value)
    db = tmp_path / "db.sqlite"
    assert main(["init", str(path), "--storage", f"sqlite:///{db}"]) == 2
    assert message in capsys.readouterr().err
    assert not db.exists()


def test_a_matrix_of_the_wrong_size_and_bad_command_timeouts_are_named(tmp_path):
    save_matrix(tmp_path / "m.npy", class_order(5, 0.5))
    raw = spec_of(parameter="l", grid=[0.5], similarity={"matrix": str(tmp_path / "m.npy")})
    with pytest.raises(ValueError, match=r"5 x 5 but there are 4 classes"):
        parse_spec(raw)
    cmd = spec_of(trainer=None, command=[sys.executable, FAKE], training={"timeout_s": -1})
    with pytest.raises(ValueError, match=r"timeout_s -1 must be a number of seconds > 0"):
        parse_spec(cmd)
    with pytest.raises(ValueError, match=r"'metrics' belongs to studies with their own"):
        parse_spec({"name": "x", "task": "digits", "grid": [0.0], "seeds": 1,
                    "objectives": ["mae"], "metrics": {"mae": "minimize"}})


def test_task_studies_store_the_same_spec_as_before():
    """A study created before trainers existed must compare equal on re-init."""
    spec = parse_spec({"name": "d", "task": "digits", "grid": [0.0], "seeds": 1,
                       "objectives": ["mae"]})
    stored = json.loads(spec.to_json())
    assert not {"trainer", "command", "classes", "metrics", "similarity"} & set(stored)
    assert StudySpec.from_json(spec.to_json()) == spec
    user = parse_spec(spec_of())
    assert StudySpec.from_json(user.to_json()) == user
    assert user.label == f"trainer:{HERE}:good_trainer" and user.classes == ("0", "1", "2", "3")
    assert user.baseline == 0.0


# ------------------------------------------------------------------------- Python trainers


def test_a_python_trainer_runs_through_the_queue(tmp_path):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    spec = parse_spec(spec_of(classes=["a", "b", "c", "d"], objectives=["mae", "accuracy"]))
    queue.init_study(spec, url)
    CALLS.clear()
    report = run_worker(url, options())
    assert report.completed == 4 and report.failed == 0
    assert sorted((c["value"], c["seed"]) for c in CALLS) == [(0.0, 0), (0.0, 1), (0.5, 0),
                                                              (0.5, 1)]
    for call in CALLS:
        assert call["class_names"] == ["a", "b", "c", "d"] and call["device"] == "cpu"
        assert torch.equal(call["similarity"], class_order(4, call["value"]))
        assert call["workdir"].is_dir() and call["workdir"].name.startswith("trial-")
        assert call["workdir"].is_relative_to(tmp_path / "db.sqlite.work")  # not the cwd
    for t in runs(url):
        assert t.state == TrialState.COMPLETE
        assert t.params == {"r": t.params["r"], "seed": t.params["seed"]}
        assert t.intermediate_values == {1: 2.0, 2: 1.0 + t.params["r"]}
        assert t.user_attrs["epochs"] == 2 and t.user_attrs["best_epoch"] == 2
        assert t.user_attrs["curves"]["accuracy"] == [0.1, 0.2]
        assert "mean_distribution" not in t.user_attrs
        assert {"val_mae", "test_mae", "val_accuracy", "test_accuracy", "seconds",
                "device"} <= set(t.user_attrs)
    for t in optuna.load_study(study_name="mine:accuracy", storage=url).trials:
        assert t.intermediate_values == {1: 0.1, 2: 0.2}  # each objective's own curve
    study = optuna.load_study(study_name="mine:runs", storage=url)
    assert study.user_attrs["class_names"] == ["a", "b", "c", "d"]
    assert study.user_attrs["task"] == f"trainer:{HERE}:good_trainer"


def test_a_class_trainer_is_set_up_once_per_worker_and_l_uses_the_declared_matrix(tmp_path):
    raw_s = np.array([[1.0, 0.8, 0.2, 0.0], [0.8, 1.0, 0.5, 0.1], [0.2, 0.5, 1.0, 0.9],
                      [0.0, 0.1, 0.9, 1.0]], dtype=np.float32)
    np.save(tmp_path / "s.npy", raw_s)
    url = f"sqlite:///{tmp_path}/db.sqlite"
    spec = parse_spec(spec_of(trainer=f"{HERE}:ClassTrainer", parameter="l", grid=[0.3, 0.99],
                              similarity={"matrix": str(tmp_path / "s.npy")}))
    assert spec.baseline == 0.99
    queue.init_study(spec, url)
    (tmp_path / "s.npy").unlink()  # workers and export need no file: init stored the matrix
    ClassTrainer.instances = 0
    assert run_worker(url, options()).completed == 4
    assert ClassTrainer.instances == 1
    by_value = {t.params["l"]: t.user_attrs["val_mae"] for t in runs(url)}
    assert by_value[0.3] == pytest.approx(float(lower_bound(raw_s, 0.3)[0, 1]))
    assert by_value[0.99] == 0.0  # 0.8 < 0.99: cut to zero
    assert runs(url)[0].user_attrs["mean_distribution"] == [0.25] * 4
    out = tmp_path / "export"
    assert main(["export", "--storage", url, "--study", "mine", "--out", str(out)]) == 0
    loss = SimLoss.from_export(out / "mae")
    config = json.loads((out / "mae" / "config.json").read_text())
    assert torch.allclose(loss.similarity.float(), lower_bound(raw_s, config["value"]))


def test_an_adaptive_study_with_a_python_trainer(tmp_path):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    spec = parse_spec(spec_of(grid=None, adaptive={"low": 0.1, "high": 0.9, "n_trials": 2}))
    queue.init_study(spec, url)
    CALLS.clear()
    # the baseline proposal (always trained first) and 2 TPE proposals, x 2 seeds
    assert run_worker(url, options()).completed == 6
    proposals = optuna.load_study(study_name="mine:mae", storage=url).trials
    assert [t.state for t in proposals] == [TrialState.COMPLETE] * 3
    assert proposals[0].params["r"] == spec.baseline
    for t in runs(url):
        assert t.state == TrialState.COMPLETE and t.user_attrs["curves"]["epoch"] == [1, 2]
        assert t.user_attrs["epochs"] == 2
    assert {c["workdir"].name for c in CALLS} == {"proposal-0", "proposal-1", "proposal-2"}


def seedless_trainer(run: RunContext) -> dict:
    """Ignores its seed: every seed of a value gives the same result."""
    m = {"mae": 1.0 + run.value, "accuracy": 0.2}
    return {"val": m, "test": m}


def test_a_python_trainer_that_ignores_its_seed_is_noticed_by_the_worker(tmp_path, caplog):
    """The same rule as for commands, on the adaptive path (runs recorded per proposal)."""
    url = f"sqlite:///{tmp_path}/db.sqlite"
    spec = parse_spec(spec_of(trainer=f"{HERE}:seedless_trainer", grid=None,
                              adaptive={"low": 0.1, "high": 0.9, "n_trials": 1}))
    queue.init_study(spec, url)
    caplog.set_level("WARNING", logger="simloss_tune.studies.worker")
    run_worker(url, options())
    assert [r.getMessage() for r in caplog.records if "identical" in r.getMessage()] == [
        "mine: r = 0: identical results on seeds 0, 1: the trainer probably ignores its "
        "seed; its seeds are not independent replicates and the report will not test it"]
    attrs = optuna.load_study(study_name="mine:runs", storage=url).user_attrs
    assert attrs["identical_seeds"].startswith("r = 0: identical results on seeds 0, 1")


def test_a_hierarchy_names_the_raw_similarity_of_an_l_study(tmp_path):
    (tmp_path / "edges.txt").write_text("root a\nroot b\na low\na mid\nb high\n")
    spec = parse_spec(spec_of(parameter="l", grid=[0.5], classes=["low", "mid", "high"],
                              similarity={"hierarchy": str(tmp_path / "edges.txt")}))
    source = np.array(similarity.init_attrs(spec)["similarity_source"])
    assert source[0, 1] == pytest.approx(2 / 3) and source[0, 2] == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="class node 'top' is not in the hierarchy"):
        parse_spec(spec_of(parameter="l", grid=[0.5], classes=["low", "top"],
                           similarity={"hierarchy": str(tmp_path / "edges.txt")}))


@pytest.mark.parametrize("trainer, reason", [
    ("failing_trainer", "RuntimeError: connect postgresql://u:***@h/db"),
    ("missing_metric_trainer", "the trainer's 'val' result lacks declared metric 'accuracy'"),
])
def test_a_failing_python_trainer_fails_its_run_with_a_reason_and_retries_boundedly(
        tmp_path, trainer, reason):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(spec_of(trainer=f"{HERE}:{trainer}", grid=[0.5], seeds=1)), url)
    report = run_worker(url, options())
    assert report.completed == 0 and report.failed == 3  # the try and two retries
    trials = runs(url)
    assert [t.state for t in trials] == [TrialState.FAIL] * 3
    assert all(t.user_attrs["error"].startswith(reason) for t in trials)


def test_a_stop_during_a_python_run_gives_it_back_whatever_it_returns(tmp_path):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(spec_of(trainer=f"{HERE}:stop_swallowing_trainer", grid=[0.5],
                                        seeds=1)), url)
    with pytest.raises(KeyboardInterrupt):
        run_worker(url, options())
    trials = runs(url)
    assert [t.state for t in trials] == [TrialState.FAIL, TrialState.WAITING]
    assert trials[0].user_attrs["error"] == "worker interrupted"
    assert "val_mae" not in trials[0].user_attrs


def test_run_context_seeds_everything_and_the_worker_restores_the_settings(tmp_path):
    spec = parse_spec(spec_of(trainer=f"{HERE}:ClassTrainer"))
    seen = []

    def draw(run: RunContext) -> dict:
        run.seed_everything()
        assert torch.are_deterministic_algorithms_enabled()
        seen.append((random.random(), float(np.random.rand()), float(torch.rand(1))))
        loss = run.criterion(ignore_index=-1)
        assert isinstance(loss, SimLoss) and loss.ignore_index == -1
        assert torch.allclose(loss.similarity.float(), run.similarity)
        m = {"mae": 1.0, "accuracy": 0.5}
        return {"val": m, "test": m}

    trainer = make_trainer(spec, {})
    trainer._function = draw
    points = [Point(0.0, 3, "a"), Point(0.5, 3, "b"), Point(0.5, 4, "c")]
    session = LocalSession(tmp_path, points)
    before = torch.are_deterministic_algorithms_enabled(), torch.get_rng_state()
    results = trainer.train(points, session)
    assert [r.error for r in results] == [None] * 3
    assert seen[0] == seen[1] != seen[2]  # seed k starts identically for every value
    assert before[0] == torch.are_deterministic_algorithms_enabled()
    assert torch.equal(before[1], torch.get_rng_state())


def test_report_epoch_appends_json_lines_or_does_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("SIMLOSS_REPORT", raising=False)
    report_epoch(1, {"mae": 1.0})  # outside a worker: a no-op
    path = tmp_path / "r.jsonl"
    monkeypatch.setenv("SIMLOSS_REPORT", str(path))
    report_epoch(1, {"mae": 1.5})
    report_epoch(2, {"mae": math.nan})
    assert [json.loads(x) for x in path.read_text().splitlines()] == [
        {"epoch": 1, "val": {"mae": 1.5}}, {"epoch": 2, "val": {"mae": None}}]


# ------------------------------------------------------------------------- command trainers


ALL_PLACEHOLDERS = ["--v", "{value}", "--s", "{seed}", "--p", "{parameter}", "--m", "{matrix}",
                    "--w", "{workdir}", "--d", "{device}", "--out", "{metrics}"]


def command_trainer(tmp_path, mode, monkeypatch, timeout=None, program=sys.executable):
    for name in [k for k in os.environ if k.startswith("SIMLOSS_")]:
        monkeypatch.delenv(name)  # e.g. .ci/run's SIMLOSS_TEST_POSTGRES_URL: the test sees all
    monkeypatch.setenv("FAKE_MODE", mode)
    monkeypatch.setenv("SIMLOSS_STORAGE", "postgresql://u:secret@h/db")
    training = {"timeout_s": timeout} if timeout else {}
    spec = parse_spec(spec_of(trainer=None, objectives=["mae", "accuracy"], training=training,
                              command=[program, FAKE, *ALL_PLACEHOLDERS]))
    session = LocalSession(tmp_path, [Point(0.5, 1, "trial-0")])
    return make_trainer(spec, {}), session


def test_a_program_that_ignores_its_seed_is_never_tested(tmp_path, monkeypatch, capsys,
                                                         caplog):
    """The issue's study file: `"--seed", "0"` instead of `"{seed}"`. Six copies of one run
    per value were reported as significantly different (p = 0.031) with no warning."""
    for name in [k for k in os.environ if k.startswith("SIMLOSS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("FAKE_MODE", "ok")
    url = f"sqlite:///{tmp_path}/db.sqlite"
    path = write_spec(tmp_path, spec_of(trainer=None, seeds=6,
                                        command=[sys.executable, FAKE, "--seed", "0"]))
    assert main(["init", str(path), "--storage", url]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "warning: command" in err[0]
    assert "no {seed} placeholder" in err[0] and "SIMLOSS_SEED" in err[0]
    caplog.set_level("WARNING", logger="simloss_tune.studies.worker")
    assert main(["worker", "--storage", url, "--device", "cpu"]) == 0
    copies = [r.getMessage() for r in caplog.records if "identical results" in r.getMessage()]
    assert copies == ["mine: r = 0: identical results on seeds 0, 1: the trainer probably "
                      "ignores its seed; its seeds are not independent replicates and the "
                      "report will not test it"]  # once, at the first pair
    capsys.readouterr()
    assert main(["status", "--storage", url]) == 0
    assert "mine: warning: r = 0: identical results on seeds 0, 1: the trainer probably " \
           "ignores its seed" in capsys.readouterr().out
    assert main(["report", "--storage", url, "--study", "mine", "--format", "json",
                 "--no-dashboard"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert all(c["mark"] == "" and c["p_value"] is None for r in doc["rows"]
               for split in ("val", "test") for c in r[split].values())
    assert [r["identical_seeds"] for r in doc["rows"]] == [list(range(6))] * 2
    assert any(w.startswith("r = 0.0: identical results on seeds 0, 1, 2, 3, 4, 5: the "
                            "trainer probably ignores its seed") for w in doc["warnings"])
    assert any(w.startswith("r = 0.5: identical results on seeds 0, 1, 2, 3, 4, 5")
               for w in doc["warnings"])


def test_the_seed_warning_comes_only_from_an_init_that_succeeds(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    bad = write_spec(tmp_path, spec_of(trainer=None, objectives=["nope"],
                                       command=[sys.executable, FAKE, "--seed", "0"]))
    assert main(["init", str(bad), "--storage", url]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    good = write_spec(tmp_path, spec_of(trainer=None, command=[sys.executable, FAKE,
                                                                "--seed", "{seed}"]))
    assert main(["init", str(good), "--storage", url]) == 0
    assert capsys.readouterr().err == ""


def test_a_program_that_always_fails_shows_its_reason_in_status_and_report(
        tmp_path, monkeypatch, capsys):
    for name in [k for k in os.environ if k.startswith("SIMLOSS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("FAKE_MODE", "missing")
    url = f"sqlite:///{tmp_path}/db.sqlite"
    spec = parse_spec(spec_of(trainer=None, objectives=["mae", "accuracy"],
                              command=[sys.executable, FAKE, "--seed", "{seed}"]))
    queue.init_study(spec, url)
    run_worker(url, options())
    capsys.readouterr()
    assert main(["status", "--storage", url]) == 0
    (note,) = [line for line in capsys.readouterr().out.splitlines() if "failure" in line]
    assert re.fullmatch(r"mine: most frequent failure \((\d+) of \1 failed tries\): the "
                        r"trainer's 'val' result lacks declared metric 'accuracy'.*", note)
    out = tmp_path / "report"
    assert main(["report", "--storage", url, "--study", "mine", "--out", str(out),
                 "--no-dashboard"]) == 0
    doc = json.loads((out / "report.json").read_text())
    # A worker stops early on repeats, so a point may be WAITING for its retry: every point
    # with a failed try shows that try's reason, whatever its state.
    failed = [m for m in doc["missing"] if m["tries"] >= 1]
    assert len(doc["missing"]) == 4 and len(failed) >= 3
    assert all("lacks declared metric 'accuracy'" in m["reason"] for m in failed)


@pytest.mark.parametrize("mode, reason", [
    ("crash", "program failed (exit status 3): RuntimeError: cannot reach "
              "postgresql://bob:***@db:5432/x"),
    ("nometrics", "the program exited 0 but wrote no metrics file metrics.json"),
    ("badjson", "metrics file metrics.json is not valid JSON"),
    ("missing", "the trainer's 'val' result lacks declared metric 'accuracy' (declared: "
                "mae, accuracy; the result has: mae)"),
])
def test_a_failing_program_gives_a_one_line_reason(tmp_path, monkeypatch, mode, reason):
    trainer, session = command_trainer(tmp_path, mode, monkeypatch)
    (result,) = trainer.train(session.points, session)
    assert result.error.startswith(reason) and "\n" not in result.error
    assert "hunter2" not in result.error


@pytest.mark.parametrize("program", [sys.executable, "{python}"])
def test_a_program_runs_with_placeholders_environment_and_reports(tmp_path, monkeypatch,
                                                                  program):
    """{python} as the program is the worker's own interpreter (also in SIMLOSS_PYTHON)."""
    monkeypatch.setenv("PATH", str(tmp_path))  # no "python" on PATH: {python} needs none
    trainer, session = command_trainer(tmp_path, "ok", monkeypatch, program=program)
    trainer.load()
    (result,) = trainer.train(session.points, session)
    assert result.error is None
    assert result.val == {"mae": 0.51, "accuracy": pytest.approx(0.45)}
    assert [e for e, _ in session.reports[0]] == [1, 2]
    workdir = session.workdir(0)
    assert np.array_equal(np.load(workdir / "matrix.npy"), class_order(4, 0.5).numpy())
    assert np.load(workdir / "matrix.npy").dtype == np.float32
    assert (workdir / "stdout.txt").exists() and (workdir / "stderr.txt").exists()
    seen = json.loads((workdir / "seen.json").read_text())
    values = {"value": "0.5", "seed": "1", "parameter": "r", "matrix": str(workdir / "matrix.npy"),
              "workdir": str(workdir), "device": "cpu", "metrics": str(workdir / "metrics.json"),
              "python": sys.executable}
    assert seen["argv"][1::2] == [values[p.strip("{}")] for p in ALL_PLACEHOLDERS[1::2]]
    assert seen["executable"] == sys.executable
    assert seen["env"] == {**{f"SIMLOSS_{k.upper()}": v for k, v in values.items()},
                           "SIMLOSS_REPORT": str(workdir / "report.jsonl")}  # no STORAGE


def test_a_hanging_program_is_killed_at_its_timeout(tmp_path, monkeypatch):
    trainer, session = command_trainer(tmp_path, "hang", monkeypatch, timeout=1)
    (result,) = trainer.train(session.points, session)
    assert result.error == "timed out after 1 s (timeout_s), killed"


# On Linux the guard is a child subreaper: a descendant that left the program's group
# (`setsid`, a daemonizing tool) is still found and killed. Elsewhere only the group is.
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_CHILD_SUBREAPER, /proc")


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is dead
    except FileNotFoundError:
        return False


def wait_dead(pids: list[int], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.05)
    assert not any(alive(p) for p in pids), [p for p in pids if alive(p)]


def daemon_pid(workdir: Path) -> int:
    """The pid of the daemon a program started with $FAKE_DAEMON (alive when written)."""
    return int((workdir / "daemon.pid").read_text())


@linux_only
@pytest.mark.parametrize("mode, timeout", [("ok", None), ("crash", None), ("hang", 1)])
def test_a_daemon_a_program_started_dies_when_the_program_ends(tmp_path, monkeypatch, mode,
                                                               timeout):
    trainer, session = command_trainer(tmp_path, mode, monkeypatch, timeout=timeout)
    monkeypatch.setenv("FAKE_DAEMON", "1")
    if timeout is not None:
        # The timeout must come after the daemon exists (on a loaded machine, starting two
        # Pythons can take longer than 1 s): the poll loop reads the report, then checks the
        # clock, so a read that waits for daemon.pid holds the check back until then.
        read = command._ReportReader.read
        pid_file = session.workdir(0) / "daemon.pid"

        def read_after_daemon(self) -> None:
            deadline = time.monotonic() + 120
            while not pid_file.exists() and time.monotonic() < deadline:
                time.sleep(0.02)
            read(self)

        monkeypatch.setattr(command._ReportReader, "read", read_after_daemon)
    (result,) = trainer.train(session.points, session)
    assert (result.error is None) == (mode == "ok")
    wait_dead([daemon_pid(session.workdir(0))])


@linux_only
def test_a_stopped_programs_daemon_that_ignores_sigterm_is_killed_after_the_grace(
        tmp_path, monkeypatch):
    """Ctrl-C / SIGTERM to the worker: SIGTERM to the program's group, passed on to the
    daemon outside it (which ignores it), SIGKILL for everything after the grace period."""
    monkeypatch.setattr(command, "STOP_GRACE_SECONDS", 1.0)
    trainer, session = command_trainer(tmp_path, "slow", monkeypatch)
    monkeypatch.setenv("FAKE_SECONDS", "120")
    monkeypatch.setenv("FAKE_DAEMON", "1")

    def stop(*_args) -> None:  # the first report arrives: the worker is asked to stop
        raise KeyboardInterrupt

    session.report = stop
    with pytest.raises(KeyboardInterrupt):
        trainer.train(session.points, session)
    workdir = session.workdir(0)
    wait_dead([daemon_pid(workdir), *map(int, (workdir / "pids.txt").read_text().split())])


@linux_only
def test_a_sigkilled_workers_program_leaves_no_daemon_behind(tmp_path):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(spec_of(trainer=None, grid=[0.5], seeds=1,
                                        command=[sys.executable, FAKE],
                                        training={"workdir": str(tmp_path / "work")})), url)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIMLOSS_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "simloss_tune.cli", "worker", "--storage", url, "--device", "cpu"],
        env={**env, "FAKE_MODE": "slow", "FAKE_SECONDS": "120", "FAKE_DAEMON": "1",
             "OMP_NUM_THREADS": "1"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workdir = tmp_path / "work" / "mine" / "r=0.5-seed=0" / "trial-0"
    try:
        deadline = time.monotonic() + 120
        while not (workdir / "pids.txt").is_file() or \
                not (workdir / "pids.txt").read_text().endswith("\n"):
            assert proc.poll() is None and time.monotonic() < deadline, "no program started"
            time.sleep(0.05)
        pids = [daemon_pid(workdir), *map(int, (workdir / "pids.txt").read_text().split())]
        assert all(alive(p) for p in pids)
    finally:
        proc.kill()
        proc.wait()
    wait_dead(pids)


def test_a_nan_objective_from_a_program_fails_the_run(tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_MODE", "nan")
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(spec_of(trainer=None, grid=[0.5], seeds=1,
                                        command=[sys.executable, FAKE])), url)
    assert run_worker(url, options(max_trials=1)).failed == 1
    assert runs(url)[0].user_attrs["error"] == "objective metric val_mae is nan"


# ------------------------------------------------------------------------- built-in trainer


STATEFUL_TASK = textwrap.dedent("""
    import torch
    from torch import nn
    from simloss_tune.tasks import DigitsTask

    class DropoutDigits(DigitsTask):
        name = "dropout-digits"
        def model(self, num_classes):
            return nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.Dropout(0.5),
                                 nn.Linear(32, num_classes))

    class BatchNormDigits(DigitsTask):
        name = "bn-digits"
        def model(self, num_classes):
            return nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.BatchNorm1d(32),
                                 nn.Linear(32, num_classes))

    class Noisy(nn.Module):
        def forward(self, x):
            return nn.functional.dropout(x, 0.5, training=self.training)

    class HiddenNoiseDigits(DigitsTask):
        name = "noise-digits"
        def model(self, num_classes):
            return nn.Sequential(nn.Flatten(), nn.Linear(64, 32), Noisy(),
                                 nn.Linear(32, num_classes))
    """)


@pytest.fixture
def stateful_tasks(tmp_path, monkeypatch):
    (tmp_path / "stateful_tasks.py").write_text(STATEFUL_TASK)
    monkeypatch.syspath_prepend(str(tmp_path))
    return "stateful_tasks"


@pytest.mark.parametrize("cls, layer", [
    ("DropoutDigits", "layer '2' (Dropout) draws random numbers in training"),
    ("BatchNormDigits", "layer '2' (BatchNorm1d) keeps running statistics"),
])
def test_the_built_in_trainer_refuses_stateful_layers_at_init(stateful_tasks, cls, layer):
    with pytest.raises(ValueError) as info:
        parse_spec({"name": "x", "task": f"{stateful_tasks}:{cls}", "grid": [0.0], "seeds": 1,
                    "objectives": ["mae"]})
    assert layer in str(info.value) and 'trainer = "package.module:function"' in str(info.value)


def test_the_built_in_trainer_refuses_a_layer_it_cannot_name_on_the_first_step(
        stateful_tasks):
    from simloss_tune.tasks import get_task
    from simloss_tune.train import TrainConfig, train_runs

    task = get_task(f"{stateful_tasks}:HiddenNoiseDigits")
    data = task.load(None, limit=40)
    with pytest.raises(ValueError, match="draws random numbers in its forward pass"):
        train_runs(task, data, [(0.0, 0)], TrainConfig(max_epochs=1), device="cpu",
                   progress=False)


def test_the_built_in_trainer_reports_each_epoch_as_an_intermediate_value(tmp_path):
    path = tmp_path / "d.toml"
    path.write_text('name = "dig"\ntask = "digits"\ngrid = [0.0]\nseeds = 1\n'
                    'objectives = ["accuracy", "mae"]\n[training]\nmax_epochs = 3\n'
                    'patience = 10\nlimit = 60\n')
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(load_spec(path), url)
    assert run_worker(url, options()).completed == 1
    (trial,) = runs(url, "dig")
    assert sorted(trial.intermediate_values) == [1, 2, 3]
    assert trial.intermediate_values[trial.user_attrs["best_epoch"]] == pytest.approx(
        trial.user_attrs["val_accuracy"])
    assert trial.user_attrs["curves"]["epoch"] == [1, 2, 3]
