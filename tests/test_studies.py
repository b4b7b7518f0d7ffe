"""Studies on an embedded SQLite file: spec files, init, the worker, derived studies."""

from __future__ import annotations

import math
import textwrap
import time
from pathlib import Path

import optuna
import pytest
from optuna.trial import TrialState

from simloss_tune.cli import main
from simloss_tune.studies import queue, trialrows
from simloss_tune.studies.spec import load_spec, parse_spec
from simloss_tune.studies.storage import open_storage, sqlite_worker_lock
from simloss_tune.studies.worker import WorkerOptions, run_worker

REPO = Path(__file__).resolve().parents[1]
FAST = {"max_epochs": 3, "patience": 2}


def write_spec(tmp_path: Path, text: str, name: str = "s.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def small_spec(tmp_path: Path, grid="[0.0, 0.5]", seeds=2, extra="") -> Path:
    return write_spec(tmp_path, f"""
        name = "small"
        task = "digits"
        grid = {grid}
        seeds = {seeds}
        objectives = ["accuracy", "mae"]
        {extra}
        [training]
        max_epochs = 3
        patience = 2
        """)


def options(**kw) -> WorkerOptions:
    return WorkerOptions(device="cpu", progress=False, heartbeat_interval=1, grace_period=3, **kw)


def trials(url: str, name: str) -> list[optuna.trial.FrozenTrial]:
    return optuna.load_study(study_name=name, storage=url).get_trials()


# ------------------------------------------------------------------------------------ spec

def test_shipped_study_files_parse():
    for path in sorted((REPO / "studies").glob("*.toml")):
        spec = load_spec(path)
        assert spec.seeds and spec.objectives, path
    paper = load_spec(REPO / "studies" / "utkface.toml")
    assert paper.grid == tuple(round(0.1 * i, 1) for i in range(10))
    assert len(paper.seeds) == 10 and paper.objectives == ("accuracy", "mae", "mse")
    cifar = load_spec(REPO / "studies" / "cifar100.toml")
    assert cifar.grid[-1] == 0.99 and cifar.baseline == 0.99 and cifar.parameter == "l"
    quick = load_spec(REPO / "studies" / "quickstart-digits.toml")
    assert len(quick.grid) * len(quick.seeds) == 24


@pytest.mark.parametrize("raw, message", [
    ({"nme": "x"}, "unknown field 'nme'; did you mean 'name'"),
    ({"objectives": ["maee"]}, "objective metric 'maee' is not a metric of task 'digits'; "
                               "did you mean 'mae'"),
    ({"task": "mnist"}, "mnist"),
    ({"seeds": "ten"}, "seeds 'ten'"),
    ({"seeds": 0}, "seeds = 0 gives no runs"),
    ({"seeds": [1, 2, 1]}, "seed 1 is repeated"),
    ({"grid": [0.1, 0.1]}, "grid value 0.1 is repeated"),
    ({"grid": [1.0]}, "outside the allowed range [0, 1)"),
    ({"grid": [-0.1]}, "outside the allowed range [0, 1)"),
    ({"grid": [math.nan]}, "outside the allowed range [0, 1)"),
    ({"name": 3}, "field 'name' must be a str"),
    ({"parameter": "l"}, "parameter 'l' does not fit task 'digits'"),
    ({"training": {"max_epoch": 3}}, "unknown field 'max_epoch'; did you mean 'max_epochs'"),
])
def test_bad_spec_names_the_field(raw, message):
    base = {"name": "x", "task": "digits", "grid": [0.0], "seeds": 2, "objectives": ["mae"]}
    with pytest.raises(ValueError) as err:
        parse_spec({**base, **raw})
    assert message in str(err.value)


def test_missing_data_dir_for_a_task_that_needs_one():
    with pytest.raises(ValueError, match="missing field 'data_dir'"):
        parse_spec({"name": "u", "task": "utkface", "grid": [0.0], "seeds": 1,
                    "objectives": ["mae"]})


# ------------------------------------------------------------------------------- init/worker

def test_init_is_idempotent_and_refuses_a_changed_spec(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    spec = load_spec(small_spec(tmp_path))
    first = queue.init_study(spec, url)
    again = queue.init_study(spec, url)
    assert (first.enqueued, first.already) == (4, 0)
    assert (again.enqueued, again.already) == (0, 4)
    assert len(trials(url, "small:runs")) == 4
    changed = load_spec(small_spec(tmp_path, grid="[0.0, 0.6]"))
    with pytest.raises(ValueError, match="already exists with a different grid"):
        queue.init_study(changed, url)
    assert len(trials(url, "small:runs")) == 4


def test_worker_trains_every_point_once_and_derives_studies(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    spec = load_spec(small_spec(tmp_path, seeds=3))
    queue.init_study(spec, url)
    report = run_worker(url, options())
    assert report.completed == 6 and report.failed == 0
    runs = trials(url, "small:runs")
    assert sorted((t.params["r"], t.params["seed"]) for t in runs) == [
        (v, s) for v in (0.0, 0.5) for s in range(3)]
    assert all(t.state == TrialState.COMPLETE for t in runs)
    for t in runs:  # the documented trial schema
        for key in ("val_accuracy", "val_mae", "val_mse", "test_accuracy", "test_mae",
                    "test_mse", "best_epoch", "epochs", "seconds", "device", "worker"):
            assert key in t.user_attrs, key
        assert t.value == t.user_attrs["val_accuracy"]
        assert len(t.user_attrs["mean_distribution"]) == 10
    mae = trials(url, "small:mae")
    assert len(mae) == 6 and all(t.value == t.user_attrs["val_mae"] for t in mae)
    summary = trials(url, "small:mae:mean")
    assert len(summary) == 2
    for t in summary:
        per_seed = [r.user_attrs["val_mae"] for r in runs if r.params["r"] == t.params["r"]]
        assert t.value == pytest.approx(sum(per_seed) / 3)
    study = optuna.load_study(study_name="small:mae:mean", storage=url)
    assert study.direction == optuna.study.StudyDirection.MINIMIZE
    assert study.metric_names == ["mean val_mae"]
    # a second worker finds nothing to do and changes nothing
    assert run_worker(url, options()).completed == 0
    assert len(trials(url, "small:mae")) == 6


def test_sync_repairs_a_worker_that_died_before_syncing(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    spec = load_spec(small_spec(tmp_path, grid="[0.0]", seeds=2))
    queue.init_study(spec, url)
    storage = open_storage(url)
    sid = queue.study_id(storage, "small:runs")
    trial = queue.claim(storage, sid, 1)[0]
    storage.set_trial_user_attr(trial._trial_id, "val_accuracy", 0.5)
    storage.set_trial_user_attr(trial._trial_id, "val_mae", 1.0)
    storage.set_trial_state_values(trial._trial_id, TrialState.COMPLETE, [0.5])
    assert trials(url, "small:mae") == []  # "crashed" before sync
    assert queue.sync_derived(storage, spec) == 2
    assert queue.sync_derived(storage, spec) == 0  # idempotent
    assert [t.value for t in trials(url, "small:mae")] == [1.0]


def test_repair_removes_the_copies_an_old_sync_left_and_renumbers(tmp_path, capsys):
    """A database from a version whose sync could copy a run twice: `repair` keeps the first
    copy of each run and of each value's mean, numbers the rest 0..n-1, copies what is
    missing, and a second repair finds nothing."""
    url = f"sqlite:///{tmp_path}/s.db"
    spec = load_spec(small_spec(tmp_path, grid="[0.0, 0.5]", seeds=2))
    queue.init_study(spec, url)
    storage = open_storage(url)
    for t in trials(url, "small:runs"):
        queue.finish(storage, t._trial_id, {"val_accuracy": 0.5, "val_mae": 1.0 + t.number},
                     TrialState.COMPLETE, [0.5])
    assert queue.sync_derived(storage, spec) == 2 * (4 + 2)
    for name in ("small:mae", "small:mae:mean", "small:accuracy"):  # as the old race did
        study = optuna.load_study(study_name=name, storage=url)
        study.add_trial(study.trials[1])
    study = optuna.load_study(study_name="small:mae", storage=url)
    study.add_trial(study.trials[0])
    assert main(["repair", "--storage", url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "small: small:accuracy: 1 duplicate(s) removed; small:mae: 2 duplicate(s) removed; "
        "small:mae:mean: 1 duplicate(s) removed"]
    for metric in ("accuracy", "mae"):
        derived = trials(url, f"small:{metric}")
        assert [t.user_attrs["run"] for t in derived] == [0, 1, 2, 3]
        assert [t.number for t in derived] == [0, 1, 2, 3]
        assert [t.params["r"] for t in trials(url, f"small:{metric}:mean")] == [0.0, 0.5]
    assert [t.value for t in trials(url, "small:mae")] == [1.0, 2.0, 3.0, 4.0]
    assert main(["repair", "--storage", url, "--study", "small"]) == 0
    assert capsys.readouterr().out.splitlines() == ["small: no duplicates"]


def test_second_worker_on_one_sqlite_file_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(load_spec(small_spec(tmp_path)), url)
    with sqlite_worker_lock(url):
        with pytest.raises(ValueError, match="SQLite supports one worker process"):
            run_worker(url, options())
    assert all(t.state == TrialState.WAITING for t in trials(url, "small:runs"))


@pytest.mark.parametrize("argv, code", [
    (["--study", "nope"], 2), (["--device", "cuda:99"], 2), (["--batch-runs", "0"], 2),
    (["--grace-period", "0.5"], 2), (["--max-trials", "1"], 0)])
def test_a_worker_leaves_no_lock_file_however_it_ends(tmp_path, capsys, argv, code):
    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(load_spec(small_spec(tmp_path, grid="[0.0]", seeds=1)), url)
    assert main(["worker", "--storage", url, "--device", "cpu", *argv]) == code
    assert not (tmp_path / "s.db.worker-lock").exists()
    assert code == 0 or len(capsys.readouterr().err.strip().splitlines()) == 1


def test_a_worker_never_locks_a_lock_file_its_last_holder_removed(tmp_path, monkeypatch):
    """A worker that opened the lock file just before the last worker removed it must not
    hold a lock on the removed file: a third worker would lock a new one beside it."""
    import fcntl

    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(load_spec(small_spec(tmp_path)), url)
    lock = tmp_path / "s.db.worker-lock"
    real, calls = fcntl.flock, []

    def removed_meanwhile(fd, op):
        if not calls:
            calls.append(op)
            lock.unlink()  # the holder ends between our open and our lock
        return real(fd, op)

    monkeypatch.setattr(fcntl, "flock", removed_meanwhile)
    with sqlite_worker_lock(url):
        assert lock.exists()
        with pytest.raises(ValueError, match="another worker is already using"):
            with sqlite_worker_lock(url):
                pass
        assert lock.exists()  # a refused worker leaves the holder's file alone
    assert not lock.exists()


def test_failed_runs_are_recorded_with_reason_and_retried_a_bounded_number_of_times(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    spec = load_spec(small_spec(tmp_path, grid="[0.0]", seeds=1).parent / "s.toml")
    path = write_spec(tmp_path, """
        name = "nan"
        task = "digits"
        grid = [0.0]
        seeds = 1
        objectives = ["mae"]
        [training]
        lr = 1e30
        max_epochs = 3
        """, "nan.toml")
    spec = load_spec(path)
    queue.init_study(spec, url)
    report = run_worker(url, options(max_retries=2))
    runs = trials(url, "nan:runs")
    assert [t.state for t in runs] == [TrialState.FAIL] * 3  # first try + 2 retries
    assert all("nan" in t.user_attrs["error"].lower() for t in runs)
    assert report.failed == 3 and report.completed == 0
    assert queue.progress(open_storage(url), spec).failed == 1


def adaptive_spec(tmp_path: Path, n_trials: int, max_epochs: int):
    return load_spec(write_spec(tmp_path, f"""
        name = "ada"
        task = "digits"
        seeds = 2
        objectives = ["mae"]
        [adaptive]
        low = 0.0
        high = 0.9
        n_trials = {n_trials}
        [training]
        max_epochs = {max_epochs}
        """))


def test_adaptive_study_evaluates_each_proposal_over_all_seeds(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    spec = adaptive_spec(tmp_path, n_trials=3, max_epochs=3)
    queue.init_study(spec, url)
    run_worker(url, options())
    proposals = trials(url, "ada:mae")
    # the baseline first (over all seeds, on top of n_trials), then 3 TPE proposals
    assert len(proposals) == 4 and all(t.state == TrialState.COMPLETE for t in proposals)
    assert proposals[0].params["r"] == 0.0 and proposals[0].user_attrs["baseline"] is True
    assert not any(t.user_attrs.get("baseline") for t in proposals[1:])
    runs = trials(url, "ada:runs")
    assert len(runs) == 8
    for p in proposals:
        seeds = [r for r in runs if r.params["r"] == p.params["r"]]
        assert sorted(r.params["seed"] for r in seeds) == [0, 1]
        assert p.value == pytest.approx(sum(r.user_attrs["val_mae"] for r in seeds) / 2)


def test_a_retried_adaptive_proposal_reuses_its_recorded_runs(tmp_path, monkeypatch):
    """A worker that dies after recording a proposal's runs but before telling their mean
    gives the proposal back; the retry keeps the value and trains none of its seeds again."""
    from simloss_tune.studies import worker as worker_module

    url = f"sqlite:///{tmp_path}/s.db"
    spec = adaptive_spec(tmp_path, n_trials=1, max_epochs=2)
    queue.init_study(spec, url)
    real_finish, real_train = queue.finish, worker_module.Worker._train
    trained = []

    def finish_dies_on_the_mean(storage, trial_id, attrs, state, values):
        if state == TrialState.COMPLETE and "n" in attrs:
            raise RuntimeError("worker died")
        return real_finish(storage, trial_id, attrs, state, values)

    def counting_train(self, spec, points, trial_ids):
        trained.extend((p.value, p.seed) for p in points)
        return real_train(self, spec, points, trial_ids)

    monkeypatch.setattr(queue, "finish", finish_dies_on_the_mean)
    monkeypatch.setattr(worker_module.Worker, "_train", counting_train)
    with pytest.raises(RuntimeError, match="worker died"):
        run_worker(url, options())
    first = list(trained)  # the baseline proposal's two seeds
    assert first == [(0.0, 0), (0.0, 1)] and len(trials(url, "ada:runs")) == 2
    monkeypatch.setattr(queue, "finish", real_finish)
    report = run_worker(url, options())
    assert trained[:2] == first and len(trained) == 4  # only the TPE proposal's seeds now
    assert report.completed == 2 and report.reused == 2
    proposals = trials(url, "ada:mae")
    assert [t.state for t in proposals] == [TrialState.FAIL, TrialState.COMPLETE,
                                            TrialState.COMPLETE]
    assert proposals[1].params == proposals[0].params
    runs = [r for r in trials(url, "ada:runs") if r.params["r"] == 0.0]
    assert len(runs) == 2
    assert proposals[1].value == pytest.approx(sum(r.user_attrs["val_mae"] for r in runs) / 2)


def test_an_adaptive_run_with_a_nan_objective_fails_and_only_it_is_retrained(tmp_path,
                                                                              monkeypatch):
    """A run that finished without an error but with a NaN objective is a failed run (Optuna
    stores no NaN value): the proposal is retried, and only that seed is trained again."""
    import dataclasses

    from simloss_tune.studies import worker as worker_module

    url = f"sqlite:///{tmp_path}/s.db"
    spec = adaptive_spec(tmp_path, n_trials=1, max_epochs=2)
    queue.init_study(spec, url)
    real_train = worker_module.Worker._train
    trained = []

    def nan_for_seed_1_once(self, spec, points, trial_ids):
        results = real_train(self, spec, points, trial_ids)
        if not trained:
            results = [dataclasses.replace(r, val={**r.val, "mae": math.nan})
                       if r.seed == 1 else r for r in results]
        trained.append([p.seed for p in points])
        return results

    monkeypatch.setattr(worker_module.Worker, "_train", nan_for_seed_1_once)
    run_worker(url, options())
    assert trained == [[0, 1], [1], [0, 1]]  # the baseline, its seed 1 again, the proposal
    runs = trials(url, "ada:runs")
    failed = [r for r in runs if r.state == TrialState.FAIL]
    assert len(failed) == 1 and failed[0].params["seed"] == 1
    assert failed[0].user_attrs["error"] == "objective metric val_mae is nan"
    assert sorted(r.params["seed"] for r in runs if r.state == TrialState.COMPLETE
                  and r.params["r"] == 0.0) == [0, 1]
    assert [t.state for t in trials(url, "ada:mae")] == [TrialState.FAIL, TrialState.COMPLETE,
                                                         TrialState.COMPLETE]


def test_adaptive_racing_prunes_a_proposal_worse_than_the_best(tmp_path):
    """The baseline is trained first over all 6 seeds; a proposal in [0.97, 0.99) (nearly
    uniform similarity: it hardly learns) is trained in rounds and stops after the 5 seeds
    a one-sided test needs; Optuna sees it pruned; the report has the decision."""
    from simloss_tune.records import load_records, task_metrics
    from simloss_tune.report import build_report

    url = f"sqlite:///{tmp_path}/s.db"
    spec = load_spec(write_spec(tmp_path, """
        name = "ada"
        task = "digits"
        seeds = 6
        objectives = ["mae"]
        [adaptive]
        low = 0.97
        high = 0.99
        n_trials = 1
        [training]
        max_epochs = 10
        patience = 1000
        [racing]
        min_seeds = 5
        """))
    assert queue.init_study(spec, url).enqueued == 6  # the baseline's runs
    run_worker(url, options())
    base, proposal = trials(url, "ada:mae")
    assert base.state == TrialState.COMPLETE and base.user_attrs["n"] == 6
    assert proposal.state == TrialState.PRUNED
    assert proposal.user_attrs["racing_seeds"] == 5
    assert proposal.user_attrs["racing_p_value"] == pytest.approx(1 / 32)
    assert proposal.user_attrs["racing_against"] == 0.0
    assert proposal.intermediate_values.keys() == {5}  # seeds done when it was raced
    value = proposal.params["r"]
    runs = [r for r in trials(url, "ada:runs") if r.params["r"] == value]
    assert sorted(r.params["seed"] for r in runs) == [0, 1, 2, 3, 4]
    report = build_report(load_records(url, "ada"), task_metrics("digits"),
                          n_resamples=100).to_json()
    row = next(r for r in report["rows"] if r["value"] == value)
    assert row["racing"] == {"eliminated": True, "seeds": 5,
                             "p_value": pytest.approx(1 / 32), "against": 0.0}
    assert row["n"] == 5
    progress = queue.progress(open_storage(url), spec)
    assert (progress.done, progress.eliminated, progress.total) == (1, 1, 2)


def test_cli_init_worker_status(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/s.db"
    spec = small_spec(tmp_path)
    assert main(["init", str(spec), "--storage", url]) == 0
    assert "4 run(s) enqueued" in capsys.readouterr().out
    assert main(["status", "--storage", url]) == 0
    assert "small" in capsys.readouterr().out
    assert main(["worker", "--storage", url, "--device", "cpu", "--max-trials", "1"]) == 0
    assert "1 run(s) completed" in capsys.readouterr().out
    main(["status", "--storage", url])
    line = [x for x in capsys.readouterr().out.splitlines() if x.startswith("small")][0]
    assert line.split()[1:5] == ["1", "0", "0", "3"]


def test_worker_without_init_says_what_to_do(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/none.db"
    assert main(["worker", "--storage", url]) == 2
    assert "simloss-tune init" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_gpus_all_without_a_gpu_says_so(tmp_path, capsys):
    import torch

    if torch.cuda.device_count():
        pytest.skip("this machine has a GPU")
    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(load_spec(small_spec(tmp_path)), url)
    assert main(["worker", "--storage", url, "--gpus", "all"]) == 2
    assert "no CUDA device is visible" in capsys.readouterr().err
    assert all(t.state == TrialState.WAITING for t in trials(url, "small:runs"))


# ------------------------------------------------------------------- crash windows (review)

def _grid(tmp_path, seeds=2):
    url = f"sqlite:///{tmp_path}/s.db"
    spec = load_spec(small_spec(tmp_path, grid="[0.0]", seeds=seeds))
    queue.init_study(spec, url)
    storage = open_storage(url, heartbeat_interval=1, grace_period=3)
    study = optuna.load_study(study_name="small:runs", storage=storage)
    return url, spec, storage, study


def test_a_claim_turns_running_with_heartbeat_and_owner_or_not_at_all(tmp_path, monkeypatch):
    """Optuna never finds a RUNNING trial without heartbeat stale, and a trial RUNNING without
    an owner could not be recognised after a lost acknowledgement: the three are one write."""
    import sqlalchemy as sa

    url, _, storage, study = _grid(tmp_path, seeds=3)

    def beats(trial_id):
        with storage.engine.connect() as c:
            return c.execute(sa.text("SELECT count(*) FROM trial_heartbeats WHERE trial_id = :t"),
                             {"t": trial_id}).scalar()

    claimed = queue.claim(storage, study._study_id, 2)
    assert [t.state for t in claimed] == [TrialState.RUNNING] * 2
    assert [beats(t._trial_id) for t in claimed] == [1, 1]
    assert all(t.user_attrs["worker"] == queue.worker_id() for t in claimed)

    def fail(*args):
        raise RuntimeError("killed mid-claim")

    monkeypatch.setattr(trialrows, "_set_user_attr", fail)
    with pytest.raises(RuntimeError):
        queue.claim(storage, study._study_id, 1)
    first_waiting = study.get_trials(states=(TrialState.WAITING,))[0]
    assert first_waiting.number == 2 and beats(first_waiting._trial_id) == 0

def test_retry_is_idempotent_and_starts_clean(tmp_path):
    url, _, storage, study = _grid(tmp_path, seeds=1)
    trial = queue.claim(storage, study._study_id, 1)[0]
    storage.set_trial_user_attr(trial._trial_id, "val_mae", 3.0)
    queue.fail_for_retry(storage, study, trial, "boom")
    queue.retry(storage, study, trial._trial_id)  # a write retried after a lost ack
    trials = study.get_trials()
    assert [t.state for t in trials] == [TrialState.FAIL, TrialState.WAITING]
    assert trials[0].user_attrs["error"] == "boom"
    assert trials[1].user_attrs == {} and trials[1].params == trials[0].params


def test_record_recognises_its_own_write_and_refuses_a_taken_trial(tmp_path):
    from simloss_tune.train import RunResult

    url, spec, storage, study = _grid(tmp_path)
    mine, taken = queue.claim(storage, study._study_id, 2)
    result = RunResult("digits", "r", 0.0, 0, epochs=1, best_epoch=1,
                       val={"accuracy": 0.5, "mae": 1.0, "mse": 2.0},
                       test={"accuracy": 0.5, "mae": 1.0, "mse": 2.0},
                       seconds=1.0, device="cpu", mean_distribution=[0.1] * 10)
    assert queue.record(storage, study, mine, result, "accuracy")
    assert queue.record(storage, study, mine, result, "accuracy")  # lost ack, written again
    storage.set_trial_state_values(taken._trial_id, TrialState.FAIL)  # declared dead
    assert not queue.record(storage, study, taken, result, "accuracy")
    states = [t.state for t in study.get_trials()]
    assert states.count(TrialState.COMPLETE) == 1


def _dropped() -> Exception:
    import sqlalchemy as sa

    return sa.exc.OperationalError("UPDATE trials", {}, Exception("server closed the connection"))


def test_a_claim_keeps_its_trials_through_a_lost_connection(tmp_path, monkeypatch):
    """A connection lost before the claim committed: the trial is still WAITING and tried
    again. Lost after the commit (the acknowledgement): the trial is recognised as ours by its
    owner attribute, not forgotten RUNNING. Taken by another worker meanwhile: left to it."""
    url, spec, storage, study = _grid(tmp_path, seeds=3)
    real_move = trialrows.move
    script = ["drop before", "drop after", "other wins"]

    def flaky(storage, trial_id, old, new, *, attrs=None):
        step = script.pop(0) if script else None
        if step == "drop before":
            raise _dropped()
        if step == "other wins":
            real_move(storage, trial_id, old, new, attrs={"worker": "elsewhere:1"})
            raise _dropped()
        done = real_move(storage, trial_id, old, new, attrs=attrs)
        if step == "drop after":
            raise _dropped()
        return done

    monkeypatch.setattr(trialrows, "move", flaky)
    claimed = queue.claim(storage, study._study_id, 2)
    assert [t.number for t in claimed] == [0, 2]  # 0 after a retry and a lost ack; 1 taken
    assert all(t.user_attrs["worker"] == queue.worker_id() for t in claimed)
    assert study.get_trials()[1].user_attrs["worker"] == "elsewhere:1"
    assert script == []


def test_add_runs_adds_each_complete_run_once_and_every_failure(tmp_path):
    from simloss_tune.train import RunResult

    url = f"sqlite:///{tmp_path}/s.db"
    spec = adaptive_spec(tmp_path, n_trials=3, max_epochs=3)
    queue.init_study(spec, url)
    storage = open_storage(url)
    metrics = {"accuracy": 0.5, "mae": 1.0, "mse": 2.0}
    ok = [RunResult("digits", "r", 0.3, seed, epochs=1, best_epoch=1, val=metrics,
                    test=metrics, seconds=1.0, device="cpu", mean_distribution=[0.1] * 10)
          for seed in (0, 1)]
    bad = RunResult("digits", "r", 0.6, 0, epochs=1, best_epoch=1, val=metrics, test=metrics,
                    seconds=1.0, device="cpu", mean_distribution=[], error="NaN loss")
    for _ in range(2):  # a retried write, or a retried proposal
        queue.add_runs(storage, spec, [*ok, bad], {"adaptive_trial": 0})
    runs = trials(url, "ada:runs")
    assert sorted((t.params["r"], t.params["seed"], t.state.name) for t in runs) == [
        (0.3, 0, "COMPLETE"), (0.3, 1, "COMPLETE"), (0.6, 0, "FAIL"), (0.6, 0, "FAIL")]
    assert {t.user_attrs["adaptive_trial"] for t in runs} == {0}
    assert [t.user_attrs["error"] for t in runs if t.state == TrialState.FAIL] == ["NaN loss"] * 2


def test_a_nan_metric_gets_no_summary_and_does_not_stop_the_sync(tmp_path):
    url, spec, storage, study = _grid(tmp_path)
    for trial, mae in zip(queue.claim(storage, study._study_id, 2), (1.0, math.nan),
                          strict=True):
        storage.set_trial_user_attr(trial._trial_id, "val_accuracy", 0.5)
        storage.set_trial_user_attr(trial._trial_id, "val_mae", mae)
        storage.set_trial_state_values(trial._trial_id, TrialState.COMPLETE, [0.5])
    queue.sync_derived(storage, spec)
    assert len(trials(url, "small:accuracy:mean")) == 1
    assert trials(url, "small:mae:mean") == []
    assert [t.value for t in trials(url, "small:mae")] == [1.0]


def test_an_error_in_training_gives_the_claimed_trials_back(tmp_path, monkeypatch):
    import simloss_tune.train as train

    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(load_spec(small_spec(tmp_path, grid="[0.0]", seeds=1)), url)

    def boom(*args, **kwargs):
        raise RuntimeError("cuDNN went away")

    monkeypatch.setattr(train, "train_runs", boom)
    with pytest.raises(RuntimeError):
        run_worker(url, options())
    runs = trials(url, "small:runs")
    assert [t.state for t in runs] == [TrialState.FAIL, TrialState.WAITING]
    assert runs[0].user_attrs["error"] == "worker error: RuntimeError: cuDNN went away"


def test_an_intermediate_value_survives_a_lost_connection(tmp_path, monkeypatch):
    """Values reported while the database restarts are written once it is back, not
    dropped (the compose check lost 1-5 per restart before)."""
    from optuna.storages import RDBStorage

    from simloss_tune.studies.session import IntermediateWriter

    url, spec, storage, study = _grid(tmp_path)
    (trial,) = queue.claim(storage, study._study_id, 1)
    real = RDBStorage.set_trial_intermediate_value
    drops = [1]

    def flaky(self, trial_id, step, value):
        if drops:
            drops.pop()
            raise _dropped()
        real(self, trial_id, step, value)

    monkeypatch.setattr(RDBStorage, "set_trial_intermediate_value", flaky)
    writer = IntermediateWriter(storage)
    writer.put(trial._trial_id, 1, 0.25)
    writer.put(trial._trial_id, 2, 0.5)
    writer.close()
    assert storage.get_trial(trial._trial_id).intermediate_values == {1: 0.25, 2: 0.5}
    assert drops == []


def test_a_retry_warning_names_the_drivers_reason(caplog):
    """Optuna wraps a commit that lost its server in "invalid data in the commit, e.g.
    exceeding max length": the warning must say what really happened."""
    import sqlalchemy as sa

    from simloss_tune.studies.storage import with_retries

    calls = []

    def lose_the_server_once():
        calls.append(1)
        if len(calls) == 1:
            try:
                raise sa.exc.OperationalError("COMMIT", {}, Exception("Connection refused"))
            except sa.exc.OperationalError as exc:
                raise optuna.exceptions.StorageInternalError(
                    "An exception is raised during the commit. This typically happens due "
                    "to invalid data in the commit, e.g. exceeding max length.") from exc
        return "stored"

    assert with_retries(lose_the_server_once, what="storing", first_delay=0.01) == "stored"
    assert "Connection refused" in caplog.text and "invalid data" not in caplog.text


def test_a_heartbeat_warning_names_the_drivers_reason(caplog):
    """During an outage each failed heartbeat says what the driver said, not Optuna's
    "invalid data in the commit, e.g. exceeding max length"."""
    import sqlalchemy as sa

    from simloss_tune.studies.session import Heartbeat

    class Down:
        def record_heartbeat(self, trial_id):
            try:
                raise sa.exc.OperationalError(
                    "COMMIT", {}, Exception("connection to postgresql://u:hunter2@db refused"))
            except sa.exc.OperationalError as exc:
                raise optuna.exceptions.StorageInternalError(
                    "An exception is raised during the commit. This typically happens due "
                    "to invalid data in the commit, e.g. exceeding max length.") from exc

    with Heartbeat(Down(), [1], interval=0.01):
        deadline = time.monotonic() + 30
        while "heartbeat failed" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.01)
    assert "heartbeat failed (will retry): (builtins.Exception) connection to " in caplog.text
    assert "invalid data" not in caplog.text and "hunter2" not in caplog.text


def test_a_stale_trial_is_failed_with_its_retry_or_not_at_all(tmp_path, monkeypatch):
    """The failed try and its WAITING retry are one write: a connection lost between them
    would leave the grid point failed for good (nothing RUNNING is stale any more)."""
    import datetime

    import sqlalchemy as sa
    from optuna.storages import RDBStorage

    url, spec, storage, study = _grid(tmp_path)
    (trial,) = queue.claim(storage, study._study_id, 1)
    with storage.engine.begin() as c:  # its worker stopped beating long ago
        c.execute(sa.text("UPDATE trial_heartbeats SET heartbeat = :t"),
                  {"t": datetime.datetime(2000, 1, 1)})
    real = RDBStorage._get_prepared_new_trial

    def lost(*args):
        raise _dropped()

    monkeypatch.setattr(RDBStorage, "_get_prepared_new_trial", lost)
    with pytest.raises(sa.exc.OperationalError):
        queue.fail_stale(storage, study)
    assert [t.state for t in study.get_trials()] == [TrialState.RUNNING, TrialState.WAITING]
    monkeypatch.setattr(RDBStorage, "_get_prepared_new_trial", real)
    queue.fail_stale(storage, study)
    queue.fail_stale(storage, study)  # a second look adds nothing
    trials = study.get_trials()
    assert [t.state for t in trials] == [TrialState.FAIL, TrialState.WAITING, TrialState.WAITING]
    assert trials[0].user_attrs["error"] == (f"worker lost: no heartbeat for more than 3 s "
                                             f"(worker {queue.worker_id()})")
    assert trials[2].system_attrs["failed_trial"] == trial.number
    assert trials[2].params == trial.params and trials[2].user_attrs == {}


def test_a_stop_that_lands_inside_a_database_call_gives_the_run_back_as_interrupted(tmp_path):
    """SIGTERM raised inside a commit surfaces as the driver's error (the SLURM test saw
    "StorageInternalError: ... invalid data in the commit"): the run is still given back as
    "worker interrupted", and the worker exits as interrupted."""
    from simloss_tune.studies import session
    from simloss_tune.studies.worker import Worker

    url, spec, storage, study = _grid(tmp_path)
    worker = Worker(url, WorkerOptions(device="cpu", heartbeat_interval=1, grace_period=3))
    (trial,) = queue.claim(worker.storage, study._study_id, 1)
    session.STOP.set()
    try:
        with pytest.raises(KeyboardInterrupt):
            with worker._owning(study, [trial]):
                raise optuna.exceptions.StorageInternalError("An exception is raised during "
                                                             "the commit.")
    finally:
        session.STOP.clear()
    trials = study.get_trials()
    assert trials[0].state == TrialState.FAIL
    assert trials[0].user_attrs["error"] == "worker interrupted"
