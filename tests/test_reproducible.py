"""check_reproducible: after the grid, the baseline's lowest seed trained once more in
NAME:check (claimed once, retried after a dead worker, never read as a run), and the report's
`reproducible`. Python trainers on SQLite: no training, milliseconds per run."""

from __future__ import annotations

import json
from pathlib import Path

import optuna
import pytest
from optuna.trial import TrialState

from simloss_tune import RunContext
from simloss_tune.cli import main
from simloss_tune.studies import queue
from simloss_tune.studies.spec import StudySpec, parse_spec
from simloss_tune.studies.worker import WorkerOptions, run_worker
from tests.test_trainers import toml_text

HERE = "tests.test_reproducible"
CALLS: list[tuple[float, int]] = []


def fixed_trainer(run: RunContext) -> dict:
    """The same result for the same (value, seed): reproducible from the seed."""
    CALLS.append((run.value, run.seed))
    m = {"mae": 1.0 + run.value + run.seed / 100}
    return {"val": m, "test": m}


def drifting_trainer(run: RunContext) -> dict:
    """A result that also depends on how often it was called: not reproducible."""
    CALLS.append((run.value, run.seed))
    m = {"mae": 1.0 + run.value + run.seed / 100 + len(CALLS) / 1000}
    return {"val": m, "test": m}


def raw_spec(trainer: str | None = "fixed_trainer", **changes) -> dict:
    raw = {"name": "rep", "trainer": trainer and f"{HERE}:{trainer}", "parameter": "r",
           "classes": 3, "grid": [0.0, 0.5], "seeds": [3, 1, 2], "objectives": ["mae"],
           "metrics": {"mae": "minimize"}, "check_reproducible": True, **changes}
    return {k: v for k, v in raw.items() if v is not None}


def options(**kw) -> WorkerOptions:
    return WorkerOptions(device="cpu", heartbeat_interval=1, grace_period=3, poll_seconds=0.1,
                         progress=False, **kw)


def check_trials(url: str) -> list:
    return optuna.load_study(study_name="rep:check", storage=url).get_trials(deepcopy=False)


def report_json(url: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["report", "--storage", url, "--study", "rep", "--format", "json",
                 "--no-dashboard"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_key_is_a_boolean_for_grid_studies_and_absent_when_off():
    assert parse_spec(raw_spec()).check_reproducible is True
    off = parse_spec(raw_spec(check_reproducible=None))
    assert off.check_reproducible is False and "check_reproducible" not in off.to_json()
    assert StudySpec.from_json(parse_spec(raw_spec()).to_json()).check_reproducible is True
    with pytest.raises(ValueError, match="field 'check_reproducible' must be a bool"):
        parse_spec(raw_spec(check_reproducible="yes"))
    with pytest.raises(ValueError, match="check_reproducible = true needs a grid study"):
        parse_spec(raw_spec(grid=None, adaptive={"low": 0.0, "high": 0.9, "n_trials": 2}))
    task = {"name": "d", "task": "digits", "grid": [0.0], "seeds": 2, "objectives": ["mae"]}
    assert parse_spec({**task, "check_reproducible": True}).check_reproducible is True


def test_a_reproducible_trainer_is_checked_once_after_the_grid(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(raw_spec()), url)
    queue.init_study(parse_spec(raw_spec()), url)  # idempotent: still one check trial
    assert [t.state for t in check_trials(url)] == [TrialState.WAITING]
    CALLS.clear()
    report = run_worker(url, options())
    assert report.completed == 6  # the check is not a run of the study
    assert len(CALLS) == 7 and CALLS[-1] == (0.0, 1)  # after the grid: baseline, lowest seed
    (check,) = check_trials(url)
    assert check.state == TrialState.COMPLETE and check.params == {"r": 0.0, "seed": 1}
    assert main(["status", "--storage", url]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("rep "))
    assert line.split()[1:5] == ["6", "0", "0", "0"]  # done, running, failed, waiting
    doc = report_json(url, capsys)
    assert doc["reproducible"] is True
    assert doc["reproducibility"] == {"requested": True, "value": 0.0, "seed": 1,
                                      "largest_difference": None}
    assert sum(r["n"] for r in doc["rows"]) == 6 and doc["missing"] == []
    assert main(["report", "--storage", url, "--study", "rep", "--no-dashboard"]) == 0
    assert "reproducible from the seed: yes (r = 0.0, seed 1 trained twice" in \
        capsys.readouterr().out
    assert run_worker(url, options()).completed == 0 and len(CALLS) == 7  # nothing left


def test_a_trainer_that_is_not_reproducible_gets_no_with_the_largest_difference(tmp_path,
                                                                                  capsys):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(raw_spec("drifting_trainer")), url)
    CALLS.clear()
    run_worker(url, options())
    doc = report_json(url, capsys)
    assert doc["reproducible"] is False
    first = next(i for i, c in enumerate(CALLS) if c == (0.0, 1)) + 1  # its call number
    diff = doc["reproducibility"]["largest_difference"]
    assert diff["metric"] == "val mae" and diff["value"] == pytest.approx((7 - first) / 1000)
    assert main(["report", "--storage", url, "--study", "rep", "--no-dashboard"]) == 0
    assert "reproducible from the seed: no (largest difference: val mae, 0.00" in \
        capsys.readouterr().out


def test_init_accepts_switching_it_on_for_an_existing_study(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(raw_spec(check_reproducible=None)), url)
    CALLS.clear()
    run_worker(url, options())
    doc = report_json(url, capsys)
    assert doc["reproducible"] is None and doc["reproducibility"]["requested"] is False
    assert main(["report", "--storage", url, "--study", "rep", "--no-dashboard"]) == 0
    assert "reproducible from the seed" not in capsys.readouterr().out  # not asked for
    path = tmp_path / "s.toml"
    path.write_text(toml_text(raw_spec()))
    assert main(["init", str(path), "--storage", url]) == 0
    assert "rep:check" in capsys.readouterr().out
    stored = optuna.load_study(study_name="rep:runs", storage=url).user_attrs["spec"]
    assert json.loads(stored)["check_reproducible"] is True
    assert report_json(url, capsys)["reproducible"] is None  # asked for, not checked yet
    assert main(["report", "--storage", url, "--study", "rep", "--no-dashboard"]) == 0
    assert "reproducible from the seed: not checked yet" in capsys.readouterr().out
    run_worker(url, options())
    assert len(CALLS) == 7 and report_json(url, capsys)["reproducible"] is True
    path.write_text(toml_text(raw_spec(seeds=4)))  # any other change is still refused
    assert main(["init", str(path), "--storage", url]) == 2
    assert "already exists with a different seeds" in capsys.readouterr().err


def test_a_dead_workers_check_is_retried_not_duplicated(tmp_path):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(raw_spec()), url)
    run_worker(url, options(max_trials=6))  # the grid only
    storage = queue.open_queue(url, heartbeat_interval=1, grace_period=3)
    sid = queue.study_id(storage, "rep:check")
    (taken,) = queue.claim(storage, sid, 1)  # a worker claims the check, then dies
    CALLS.clear()
    run_worker(url, options())  # waits for the heartbeat to go stale, then retrains
    assert CALLS == [(0.0, 1)]
    states = [(t.number, t.state) for t in check_trials(url)]
    assert states == [(taken.number, TrialState.FAIL), (1, TrialState.COMPLETE)]


def test_a_check_that_goes_stale_during_the_last_look_keeps_the_worker_looking(tmp_path):
    """The worker's last look (`check_running`) may be the one that finds the dead worker's
    check stale: it fails it and makes the WAITING retry, and must say "look again" rather
    than let the worker stop with the retry untaken (CI saw the worker stop)."""
    import time

    from simloss_tune.studies import reproduce

    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(raw_spec()), url)
    run_worker(url, options(max_trials=6))  # the grid only
    storage = queue.open_queue(url, heartbeat_interval=1, grace_period=3)
    study = optuna.load_study(study_name="rep:check", storage=storage)
    (taken,) = queue.claim(storage, study._study_id, 1)  # claimed, then its worker dies
    assert reproduce.check_running(storage, study)  # RUNNING, not stale yet: wait for it
    time.sleep(4.5)  # well past the 3 s grace period (3.5 s was not always enough)
    assert reproduce.check_running(storage, study)  # failed now: its retry is work
    assert [t.state for t in check_trials(url)] == [TrialState.FAIL, TrialState.WAITING]
    assert not reproduce.check_running(storage, study)  # nothing running, nothing new


def test_only_a_worker_on_the_same_kind_of_device_takes_the_check(tmp_path):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(parse_spec(raw_spec()), url)
    run_worker(url, options(max_trials=6))
    study = optuna.load_study(study_name="rep:runs", storage=url)
    original = next(t for t in study.trials if t.params == {"r": 0.0, "seed": 1})
    import sqlalchemy as sa

    engine = sa.create_engine(url)  # a finished trial's attributes are read-only in Optuna
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE trial_user_attributes SET value_json = :v WHERE "
                             "trial_id = :t AND key = 'device'"),
                     {"v": json.dumps("cuda:0"), "t": original._trial_id})
    engine.dispose()
    CALLS.clear()
    run_worker(url, options())  # a CPU worker: leaves it to a CUDA worker and exits
    assert CALLS == [] and [t.state for t in check_trials(url)] == [TrialState.WAITING]


@pytest.mark.postgres
def test_two_workers_on_postgresql_train_the_check_exactly_once(pg_url, tmp_path, capsys):
    """A command trainer (a separate program, so the workers are separate processes too):
    the grid, then one check run among two workers racing for it."""
    import os
    import subprocess
    import sys

    fake = Path(__file__).with_name("programs") / "fake_trainer.py"
    work = tmp_path / "work"
    path = tmp_path / "s.toml"
    path.write_text(toml_text(raw_spec(trainer=None, seeds=3, command=[
        sys.executable, str(fake), "--seed", "{seed}"], metrics={
            "mae": "minimize", "accuracy": "maximize"}, training={"workdir": str(work)})))
    assert main(["init", str(path), "--storage", pg_url]) == 0
    env = {**os.environ, "FAKE_MODE": "ok", "OMP_NUM_THREADS": "1"}
    procs = [subprocess.Popen([sys.executable, "-m", "simloss_tune.cli", "worker", "--storage",
                               pg_url, "--device", "cpu", "--heartbeat-interval", "1",
                               "--grace-period", "4"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True) for _ in range(2)]
    for p in procs:
        out = p.communicate(timeout=300)[0]
        assert p.returncode == 0, out
    assert [t.state for t in check_trials(pg_url)] == [TrialState.COMPLETE]
    assert [d.name for d in (work / "rep" / "r=0-seed=0").iterdir()
            if d.name.startswith("check-")] == ["check-0"]  # trained once, by one worker
    assert report_json(pg_url, capsys)["reproducible"] is True
