"""The two examples end to end on a real PostgreSQL server (init, two workers, report,
export), and a command trainer's program when its worker is SIGKILLed or interrupted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import optuna
import pytest
import scipy.stats
from optuna.trial import TrialState

from simloss_tune import SimLoss
from simloss_tune.cli import main
from simloss_tune.studies.spec import load_spec
from tests.test_trainers import wait_dead

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[1]
FAKE = str(Path(__file__).with_name("programs") / "fake_trainer.py")


def start_worker(url: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "simloss_tune.cli", "worker", "--storage", url, "--device", "cpu",
         "--heartbeat-interval", "1", "--grace-period", "4"],
        cwd=ROOT, env={**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore",
                       **(env or {})},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(procs: list[subprocess.Popen], timeout: float = 300) -> list[str]:
    outs = [p.communicate(timeout=timeout)[0] for p in procs]
    for p, out in zip(procs, outs, strict=True):
        assert p.returncode == 0, out
    return outs


def runs(url: str, name: str) -> list:
    return optuna.load_study(study_name=f"{name}:runs", storage=url).get_trials(deepcopy=False)


def assert_each_point_complete_once(url: str, spec_path: Path) -> list:
    spec = load_spec(spec_path)
    trials = runs(url, spec.name)
    complete = Counter((t.params["r"], t.params["seed"]) for t in trials
                       if t.state == TrialState.COMPLETE)
    assert set(complete) == {(v, s) for v in spec.grid for s in spec.seeds}
    assert set(complete.values()) == {1}, complete
    assert not [t for t in trials if t.state in (TrialState.RUNNING, TrialState.WAITING)]
    return [t for t in trials if t.state == TrialState.COMPLETE]


def example_copy(tmp_path: Path, path: str) -> Path:
    """The example's study file as shipped (its `{python}` is this interpreter), with work
    folders under tmp_path and 4 seeds instead of 6 (12 runs: the test's time on a shared
    2-core machine)."""
    text = (ROOT / path).read_text()
    assert "\nseeds = 6\n" in text
    text = text.replace("\nseeds = 6\n", "\nseeds = 4\n")
    text += f'workdir = "{tmp_path / "work"}"\n' if "[training]" in text else \
        f'[training]\nworkdir = "{tmp_path / "work"}"\n'
    copy = tmp_path / Path(path).name
    copy.write_text(text)
    return copy


def check_report(url: str, name: str, out: Path, complete: list) -> None:
    """The report's p-values, recomputed from the stored per-seed test values."""
    assert main(["report", "--storage", url, "--study", name, "--out", str(out),
                 "--no-dashboard"]) == 0
    report = json.loads((out / "report.json").read_text())
    by_point = {(t.params["r"], t.params["seed"]): t.user_attrs for t in complete}
    checked = 0
    for row in report["rows"]:
        if row["is_baseline"]:
            continue
        for metric, cell in row["test"].items():
            seeds = sorted(s for v, s in by_point if v == row["value"])
            a = [by_point[(row["value"], s)][f"test_{metric}"] for s in seeds]
            b = [by_point[(report["baseline"], s)][f"test_{metric}"] for s in seeds]
            if all(x == y for x, y in zip(a, b, strict=True)):
                expected = 1.0
            else:
                expected = scipy.stats.wilcoxon(a, b).pvalue
            assert cell["p_value"] == pytest.approx(expected), (row["value"], metric)
            assert cell["n_pairs"] == len(seeds)
            checked += 1
    assert checked == 4  # two values besides the baseline, two metrics


@pytest.mark.parametrize("example, name", [
    ("examples/diabetes/diabetes.toml", "diabetes"),
    ("examples/command/command.toml", "diabetes-command"),
])
def test_an_example_runs_end_to_end_on_two_workers(pg_url, tmp_path, example, name):
    spec_path = example_copy(tmp_path, example)
    assert main(["init", str(spec_path), "--storage", pg_url]) == 0
    finish([start_worker(pg_url) for _ in range(2)])
    complete = assert_each_point_complete_once(pg_url, spec_path)
    for t in complete:
        assert len(t.intermediate_values) >= 2  # one per reported epoch
        assert t.user_attrs["epochs"] == max(t.intermediate_values)
    check_report(pg_url, name, tmp_path / "report", complete)
    out = tmp_path / "export"
    assert main(["export", "--storage", pg_url, "--study", name, "--out", str(out)]) == 0
    for metric in ("mae", "accuracy"):
        config = json.loads((out / metric / "config.json").read_text())
        loss = SimLoss.from_export(out / metric)
        assert loss.similarity.shape == (10, 10) and config["num_classes"] == 10


# ------------------------------------------------------------------------- faults

SLOW = """
name = "slow"
command = ["{python}", "{fake}"]
parameter = "r"
classes = 3
grid = {grid}
seeds = {seeds}
objectives = ["mae"]
[metrics]
mae = "minimize"
accuracy = "maximize"
[training]
workdir = "{work}"
"""


def slow_spec(tmp_path: Path, grid: str, seeds: int) -> Path:
    path = tmp_path / "slow.toml"
    path.write_text(SLOW.format(python=sys.executable, fake=FAKE, grid=grid, seeds=seeds,
                                work=tmp_path / "work"))
    return path


def wait_for_program(tmp_path: Path, url: str, timeout: float = 60):
    """(running trial, its workdir, the program's and its child's pids)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for t in runs(url, "slow"):
            if t.state != TrialState.RUNNING or "worker" not in t.user_attrs:
                continue
            workdir = (tmp_path / "work" / "slow" / f"r={t.params['r']:g}-seed={t.params['seed']}"
                       / f"trial-{t.number}")
            pids = workdir / "pids.txt"
            if pids.is_file() and pids.read_text().endswith("\n"):
                return t, workdir, [int(p) for p in pids.read_text().split()]
        time.sleep(0.1)
    raise AssertionError("no program started")


def test_a_sigkilled_workers_program_dies_with_it_and_writes_nothing(pg_url, tmp_path):
    spec_path = slow_spec(tmp_path, "[0.0, 0.5]", 2)
    assert main(["init", str(spec_path), "--storage", pg_url]) == 0
    env = {"FAKE_MODE": "slow", "FAKE_SECONDS": "5"}
    procs = [start_worker(pg_url, env) for _ in range(2)]
    victim, workdir, pids = wait_for_program(tmp_path, pg_url)
    worker_pid = int(victim.user_attrs["worker"].rsplit(":", 1)[1])
    killed = next(p for p in procs if p.pid == worker_pid)
    os.kill(worker_pid, signal.SIGKILL)
    wait_dead(pids, timeout=2)  # the program and its child, long before they would finish
    killed.communicate(timeout=30)
    survivor = [p for p in procs if p is not killed]
    finish(survivor)
    assert not (workdir / "metrics.json").exists()  # it never finished its run
    complete = assert_each_point_complete_once(pg_url, spec_path)
    trials = runs(pg_url, "slow")
    assert [t.state for t in trials if t.number == victim.number] == [TrialState.FAIL]
    retry = [t for t in complete if t.system_attrs.get("failed_trial") == victim.number]
    assert len(retry) == 1 and retry[0].intermediate_values


def test_ctrl_c_stops_the_program_group_and_gives_the_run_back(pg_url, tmp_path):
    spec_path = slow_spec(tmp_path, "[0.5]", 1)
    assert main(["init", str(spec_path), "--storage", pg_url]) == 0
    proc = start_worker(pg_url, {"FAKE_MODE": "slow", "FAKE_SECONDS": "120"})
    trial, _, pids = wait_for_program(tmp_path, pg_url)
    started = time.monotonic()
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert time.monotonic() - started < 15 and proc.returncode == 130
    wait_dead(pids, timeout=1)
    trials = runs(pg_url, "slow")
    assert [t.state for t in trials] == [TrialState.FAIL, TrialState.WAITING]
    assert trials[0].user_attrs["error"] == "worker interrupted"
