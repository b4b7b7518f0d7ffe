"""Failed points: `simloss-tune retry`, a repeated failure that stops the worker early, and
exit statuses that schedulers can use (command trainers on SQLite; the concurrency of `retry`
on PostgreSQL)."""

from __future__ import annotations

import json
import threading
from collections import Counter
from pathlib import Path

import optuna
import pytest
from optuna.trial import TrialState

from simloss_tune.cli import main
from simloss_tune.database import open_storage
from simloss_tune.studies import queue
from simloss_tune.studies.outcomes import failure_kind
from simloss_tune.studies.queue.requeue import requeue_failed
from simloss_tune.studies.spec import load_spec
from simloss_tune.studies.worker import WorkerOptions, run_worker

PROGRAMS = Path(__file__).with_name("programs")
BROKEN = str(PROGRAMS / "broken_at_value.py")
FAKE = str(PROGRAMS / "fake_trainer.py")
SEEDS = 6  # the fewest for which a two-sided Wilcoxon test can reach p < 0.05


def study_file(tmp_path: Path, program: str, *, name: str = "mend",
               search: str = "grid = [0.0, 0.5]", seeds: int = SEEDS) -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(f"""
name = "{name}"
command = ["{{python}}", "{program}"]
parameter = "r"
classes = 4
{search}
seeds = {seeds}
objectives = ["mae"]
[metrics]
mae = "minimize"
accuracy = "maximize"
[training]
workdir = "{tmp_path / 'work'}"
""")
    return path


@pytest.fixture
def broken(tmp_path, monkeypatch) -> Path:
    """The program crashes at r = 0.5 while this file exists (delete it: the fix)."""
    flag = tmp_path / "bug"
    flag.write_text("")
    monkeypatch.setenv("BROKEN_FLAG", str(flag))
    monkeypatch.setenv("BROKEN_VALUE", "0.5")
    return flag


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_trials(url: str, name: str = "mend") -> list[optuna.trial.FrozenTrial]:
    return optuna.load_study(study_name=queue.runs_name(name), storage=url).get_trials()


def p_value(capsys, url: str, value: float, name: str = "mend"):
    code, out, _ = cli(capsys, "report", "--storage", url, "--study", name, "--format", "json",
                       "--no-dashboard")
    assert code == 0
    rows = [r for r in json.loads(out)["rows"] if abs(r["value"] - value) < 1e-9]
    return rows[0]["test"]["mae"].get("p_value") if rows else None


WORKER = ("worker", "--device", "cpu", "--heartbeat-interval", "1", "--grace-period", "5")


def test_a_point_that_failed_for_good_exits_1_and_retry_completes_it_exactly_once(
        tmp_path, broken, capsys):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    assert cli(capsys, "init", study_file(tmp_path, BROKEN), "--storage", url)[0] == 0
    code, out, err = cli(capsys, *WORKER, "--storage", url)
    assert code == 1, (out, err)  # every r = 0.5 run used up its three tries
    assert f"{SEEDS} point(s) failed for good" in err and "simloss-tune retry" in err
    assert p_value(capsys, url, 0.5) is None
    failed_tries = [t for t in run_trials(url) if t.state == TrialState.FAIL]
    assert len(failed_tries) == 3 * SEEDS

    code, out, _ = cli(capsys, "init", study_file(tmp_path, BROKEN), "--storage", url)
    assert code == 0 and f"{SEEDS} point(s) failed for good; after fixing the cause, " \
        "`simloss-tune retry --study mend`" in out
    broken.unlink()  # the program is fixed
    code, out, _ = cli(capsys, "retry", "--storage", url)
    assert code == 0
    assert f"mend: re-queued {SEEDS} point(s) with a fresh retry budget" in out
    assert "r=0.5 seed=0 (last failed try: trial" in out and "r=0 seed" not in out
    code, out, _ = cli(capsys, "retry", "--storage", url, "--study", "mend")
    assert (code, out.strip()) == (0, "mend: nothing to re-queue (no point failed for good)")

    code, out, err = cli(capsys, *WORKER, "--storage", url)
    assert code == 0, (out, err)
    assert f"worker done: {SEEDS} run(s) completed, 0 failed" in out
    trials = run_trials(url)
    complete = Counter((t.params["r"], t.params["seed"]) for t in trials
                       if t.state == TrialState.COMPLETE)
    assert complete == {(v, s): 1 for v in (0.0, 0.5) for s in range(SEEDS)}
    assert [t for t in trials if t.state == TrialState.FAIL] == failed_tries  # the history
    assert all("error" not in t.user_attrs for t in trials if t.state == TrialState.COMPLETE)
    assert p_value(capsys, url, 0.5) is not None  # the value is tested again


def test_a_requeued_point_gets_a_full_budget_of_tries(tmp_path, broken, capsys):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    assert cli(capsys, "init", study_file(tmp_path, BROKEN, seeds=1), "--storage", url)[0] == 0
    assert cli(capsys, *WORKER, "--storage", url)[0] == 1
    code, out, _ = cli(capsys, "retry", "--storage", url, "--value", "0.5")
    assert code == 0 and "re-queued 1 point(s)" in out
    code, _, _ = cli(capsys, *WORKER, "--storage", url)  # still broken: three more tries
    assert code == 1
    tries = [t for t in run_trials(url) if t.params["r"] == 0.5]
    assert [t.state for t in tries] == [TrialState.FAIL] * 6
    assert tries[3].system_attrs["requeued_from"] == tries[2].number
    assert "retry_history" not in tries[3].system_attrs
    assert tries[5].system_attrs["retry_history"] == [tries[3].number, tries[4].number]


def test_retry_refuses_a_value_outside_the_grid(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    assert cli(capsys, "init", study_file(tmp_path, BROKEN), "--storage", url)[0] == 0
    code, out, err = cli(capsys, "retry", "--storage", url, "--study", "mend", "--value", "0.3")
    assert code == 2 and out == ""
    assert err.strip() == ("simloss-tune retry: error: --value 0.3 is not a value of study "
                           "'mend' (its grid: 0, 0.5)")


def test_retry_brings_back_a_failed_adaptive_proposal_with_its_value(tmp_path, broken,
                                                                     monkeypatch, capsys):
    """The baseline proposal (r = 0) fails for good; TPE's proposal (r in [0.1, 0.4])
    completes. After the fix, `retry` re-queues the baseline proposal, which trains r = 0."""
    monkeypatch.setenv("BROKEN_VALUE", "0.0")
    search = "adaptive = {low = 0.1, high = 0.4, n_trials = 1}"
    url = f"sqlite:///{tmp_path}/db.sqlite"
    spec = study_file(tmp_path, BROKEN, name="adapt", search=search, seeds=2)
    assert cli(capsys, "init", spec, "--storage", url)[0] == 0
    assert cli(capsys, *WORKER, "--storage", url)[0] == 1
    proposals = optuna.load_study(study_name="adapt:mae", storage=url).get_trials()
    assert sorted(t.state.name for t in proposals) == ["COMPLETE", "FAIL", "FAIL", "FAIL"]
    broken.unlink()
    code, out, _ = cli(capsys, "retry", "--storage", url)
    assert code == 0 and "adapt: re-queued 1 proposal(s)" in out and "r=0 (last" in out
    assert cli(capsys, *WORKER, "--storage", url)[0] == 0
    done = [t for t in run_trials(url, "adapt") if t.state == TrialState.COMPLETE]
    assert Counter(t.params["r"] for t in done)[0.0] == 2  # both seeds, once each


# ------------------------------------------------------------------- stopping early

def test_the_same_failure_on_n_points_in_a_row_stops_the_worker(tmp_path, monkeypatch,
                                                                   caplog, capsys):
    """A program that writes `mae` but not the declared `accuracy`: the worker stops after
    one try of each of 3 points instead of 3 tries of all 12, says why once, exits 1."""
    monkeypatch.setenv("FAKE_MODE", "missing")
    url = f"sqlite:///{tmp_path}/db.sqlite"
    assert cli(capsys, "init", study_file(tmp_path, FAKE), "--storage", url)[0] == 0
    with caplog.at_level("INFO"):
        code, out, err = cli(capsys, *WORKER, "--storage", url)
    assert code == 1, (out, err)
    assert "worker done: 0 run(s) completed, 3 failed" in out
    stops = [r.getMessage() for r in caplog.records if "stopping work on study" in r.message]
    assert len(stops) == 1
    assert "lacks declared metric 'accuracy' (declared: accuracy, mae; the result has: mae)" \
        in stops[0]
    trials = run_trials(url)
    assert len({(t.params["r"], t.params["seed"]) for t in trials
                if t.state == TrialState.FAIL}) == 3
    assert sum(t.state == TrialState.WAITING for t in trials) == 2 * SEEDS  # 3 retries, 9 new


def test_stopping_early_is_an_option(tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_MODE", "missing")
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(load_spec(study_file(tmp_path, FAKE, seeds=2)), url)
    opts = dict(device="cpu", progress=False, heartbeat_interval=1, grace_period=5)
    report = run_worker(url, WorkerOptions(stop_after_failures=2, **opts))
    assert (report.failed, list(report.stopped), report.exit_code) == (2, ["mend"], 1)
    report = run_worker(url, WorkerOptions(stop_after_failures=0, **opts))  # never
    assert report.stopped == {} and report.failed == 3 * 4 - 2 and report.failed_for_good == 4


def test_a_study_with_a_completed_run_is_not_stopped(tmp_path, broken):
    """r = 0.0 completes first, then every r = 0.5 point fails: the study works, one value
    does not; every point gets its tries (and the worker exits 1)."""
    url = f"sqlite:///{tmp_path}/db.sqlite"
    queue.init_study(load_spec(study_file(tmp_path, BROKEN)), url)
    report = run_worker(url, WorkerOptions(device="cpu", progress=False, heartbeat_interval=1,
                                           grace_period=5))
    assert report.stopped == {} and report.failed == 3 * SEEDS and report.exit_code == 1


def test_failure_kinds_ignore_numbers_and_paths():
    a = "program failed (exit status 1): ValueError: cannot train r=0.5 seed=3 (see /w/trial-7)"
    b = "program failed (exit status 1): ValueError: cannot train r=0.9 seed=0 (see /w/trial-12)"
    assert failure_kind(a) == failure_kind(b)
    assert failure_kind(a) != failure_kind("objective metric val_mae is nan")


# ------------------------------------------------------------------- concurrency

@pytest.mark.postgres
def test_concurrent_retries_requeue_each_point_exactly_once(pg_url, tmp_path, broken):
    name = f"conc{abs(hash(str(tmp_path))) % 10**8}"
    spec = load_spec(study_file(tmp_path, BROKEN, name=name, seeds=2))
    queue.init_study(spec, pg_url)
    run_worker(pg_url, WorkerOptions(device="cpu", progress=False, heartbeat_interval=1,
                                     grace_period=5, study=name))
    start = threading.Barrier(4)
    found: list[list] = []

    def one() -> None:
        storage = open_storage(pg_url)  # a process of its own would hold its own connections
        start.wait()
        found.append(requeue_failed(storage, spec, pg_url))

    threads = [threading.Thread(target=one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(len(f) for f in found) == [0, 0, 0, 2]  # one of them re-queued both points
    waiting = Counter((t.params["r"], t.params["seed"]) for t in run_trials(pg_url, name)
                      if t.state == TrialState.WAITING)
    assert waiting == {(0.5, 0): 1, (0.5, 1): 1}


def test_retry_leaves_a_value_racing_eliminated(tmp_path, broken, capsys):
    """Racing decided not to train r = 0.5 any more: its failed points stay failed."""
    import json as _json

    from simloss_tune.racing import decision_key

    url = f"sqlite:///{tmp_path}/db.sqlite"
    path = study_file(tmp_path, BROKEN)
    path.write_text(path.read_text() + "[racing]\nmin_seeds = 5\n")
    assert cli(capsys, "init", path, "--storage", url)[0] == 0
    assert cli(capsys, *WORKER, "--storage", url)[0] == 1
    storage = open_storage(url)
    sid = queue.study_id(storage, queue.runs_name("mend"))
    storage.set_study_user_attr(sid, decision_key(0.5), _json.dumps(
        {"eliminated": True, "seeds": 5, "p_value": 0.03, "against": 0.0}))
    code, out, _ = cli(capsys, "retry", "--storage", url)
    assert (code, out.strip()) == (0, "mend: nothing to re-queue (no point failed for good)")


def test_run_exits_1_when_a_point_failed_for_good_and_still_reports(tmp_path, broken, capsys,
                                                                    monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "run", study_file(tmp_path, BROKEN, seeds=2), "--storage",
                         f"sqlite:///{tmp_path}/db.sqlite", "--device", "cpu", "--out", "out")
    assert code == 1, err
    assert "2 point(s) failed for good" in err
    assert (tmp_path / "out" / "report.json").is_file()


def test_retry_leaves_a_variant_s_point_racing_eliminated(tmp_path, broken, capsys):
    """With [[variants]] racing eliminates (variant, value) points: sord at r = 0.5 stays
    failed, SimLoss at the same r = 0.5 is re-queued."""
    from simloss_tune.racing import decision_key

    url = f"sqlite:///{tmp_path}/db.sqlite"
    path = study_file(tmp_path, BROKEN)
    path.write_text(path.read_text() + "[racing]\nmin_seeds = 5\n[[variants]]\n"
                    'name = "sord"\nloss = "soft_labels"\ngrid = [0.5]\n')
    assert cli(capsys, "init", path, "--storage", url)[0] == 0
    assert cli(capsys, *WORKER, "--storage", url)[0] == 1
    storage = open_storage(url)
    sid = queue.study_id(storage, queue.runs_name("mend"))
    storage.set_study_user_attr(sid, decision_key(("sord", 0.5)), json.dumps(
        {"eliminated": True, "seeds": 5, "p_value": 0.03, "against": 0.0,
         "against_variant": "simloss"}))
    code, out, _ = cli(capsys, "retry", "--storage", url)
    assert code == 0, out
    trials = optuna.load_study(study_name="mend:runs", storage=url).get_trials()
    waiting = Counter(t.params["variant"] for t in trials if t.state == TrialState.WAITING)
    assert waiting == {"simloss": SEEDS}  # every failed SimLoss point at 0.5, no sord one
