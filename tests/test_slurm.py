"""The shipped deploy/slurm/worker.sbatch, unchanged, on a private single-node SLURM cluster
(tests/slurmcluster.py) against a throwaway PostgreSQL: a job array drains the quickstart study
while one task is preempted (scancel --signal=TERM) and another requeued (scontrol requeue)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import optuna
import pytest
import sqlalchemy
from optuna.trial import TrialState

from simloss_tune import cli
from simloss_tune.shipped import shipped_studies
from simloss_tune.studies.spec import load_spec
from tests import slurmcluster

pytestmark = pytest.mark.slurm

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "deploy" / "slurm" / "worker.sbatch"
STUDY = "quickstart-digits"


@pytest.fixture(scope="module")
def slurm():
    why = slurmcluster.missing()
    if why:
        pytest.skip(why)
    cluster = slurmcluster.start()
    try:
        yield cluster
    finally:
        slurmcluster.stop(cluster.root)


def job_env(cluster, tmp_path: Path, storage: str, device: str) -> dict[str, str]:
    """What a user exports before sbatch: the job inherits it (sbatch --export=ALL)."""
    bin_dir = str(Path(sys.executable).parent)  # where `simloss-tune` is installed
    return cluster.env({**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}",
                        "SIMLOSS_STORAGE": storage, "SIMLOSS_DEVICE": device,
                        "SIMLOSS_CACHE_DIR": str(tmp_path / "cache"), "OMP_NUM_THREADS": "1",
                        "PYTHONWARNINGS": "ignore"})


def sbatch(cluster, tmp_path: Path, env: dict[str, str], *options: str, args=()) -> str:
    out = subprocess.run(["sbatch", "--parsable", f"--chdir={tmp_path}",
                          f"--output={tmp_path}/worker-%A_%a.out", *options, str(SCRIPT), *args],
                         env=env, check=True, capture_output=True, text=True).stdout
    return out.strip().split(";")[0]


def queued(cluster, job: str) -> dict[str, tuple[str, str]]:
    """array task id -> (its own job id, state), for the tasks of `job` still in the queue."""
    out = cluster.run("squeue", "-h", "-r", "-j", job, "-o", "%K %A %T", check=False)
    return {task: (jid, state) for task, jid, state in
            (line.split() for line in out.splitlines() if line.strip())}


def wait_until(predicate, timeout: float, what: str, interval: float = 0.3, why=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}"
                         + (f":\n{why()}" if why else ""))


def diagnose(cluster, url: str, job: str, folder: Path) -> str:
    """Everything that explains a hang: the queue, each task's processes, who holds which
    trial, the database sessions, and the workers' logs."""
    parts = [cluster.run("squeue", "-h", "-r", "-j", job, "-o", "%K %A %T %r", check=False)]
    for task, (jid, state) in queued(cluster, job).items():
        parts.append(f"task {task} ({state}): " + cluster.run("scontrol", "listpids", jid,
                                                              check=False))
    parts.append("\n".join(f"trial {t.number} {t.state.name} {t.user_attrs.get('worker')}"
                           for t in runs(url) if t.state == TrialState.RUNNING))
    parts.append(sessions(url))
    for out in sorted(folder.glob("worker-*.out")):
        parts.append(f"--- {out.name}\n" + "\n".join(out.read_text().splitlines()[-25:]))
    return "\n".join(parts)


def sessions(url: str) -> str:
    """What each session of the database is doing and who blocks it: a hang's explanation."""
    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT pid, state, wait_event_type, wait_event, pg_blocking_pids(pid), "
                "now() - xact_start, left(query, 160) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()").all()
    finally:
        engine.dispose()
    return "\n".join(" | ".join(str(c) for c in row) for row in rows)


def task_pids(cluster, job: str, task: str) -> set[int]:
    """The processes of a running array task."""
    jid, state = queued(cluster, job).get(task, ("", ""))
    if state != "RUNNING":
        return set()
    out = cluster.run("scontrol", "listpids", jid, check=False)  # the task's own job id
    return {int(line.split()[0]) for line in out.splitlines()[1:] if line.split()}


def runs(url: str) -> list[optuna.trial.FrozenTrial]:
    return optuna.load_study(study_name=f"{STUDY}:runs", storage=url).get_trials(deepcopy=False)


def held_by(url: str, pids: set[int]) -> list[optuna.trial.FrozenTrial]:
    """RUNNING trials claimed by one of these processes (attribute worker = host:pid)."""
    return [t for t in runs(url) if t.state == TrialState.RUNNING
            and int(t.user_attrs.get("worker", ":0").rsplit(":", 1)[1]) in pids]


def stop_holding(cluster, url: str, job: str, tasks: list[str],
                 folder: Path) -> tuple[str, list[int]]:
    """Stop (scancel --signal=STOP: the job step, i.e. the worker) the first of `tasks` seen
    holding a trial and leave it stopped: (task, numbers of the trials it holds). Stopped, it
    cannot finish them between our look and what we do to it next, and a signal sent meanwhile
    is delivered as it wakes. It may be stopped in the middle of a write: the other workers
    must not wait for its locks (once they did, and this test hung in one of two CI runs:
    `test_no_claim_or_stale_check_waits_for_a_worker_suspended_mid_write`)."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        for task in tasks:
            pids = task_pids(cluster, job, task)
            if not held_by(url, pids):
                continue
            cluster.run("scancel", "--signal=STOP", f"{job}_{task}")  # squeue then says STOPPED
            held = [t.number for t in held_by(url, pids)]
            if held:
                return task, held
            cluster.run("scancel", "--signal=CONT", f"{job}_{task}")
        time.sleep(0.1)
    raise AssertionError(f"none of the tasks {tasks} held a trial within 300 s:\n"
                         f"{diagnose(cluster, url, job, folder)}")


def trial_states(url: str, numbers: list[int]) -> dict[int, TrialState]:
    return {t.number: t.state for t in runs(url) if t.number in numbers}


def assert_complete_once(url: str) -> list[optuna.trial.FrozenTrial]:
    spec = load_spec(shipped_studies()[STUDY])
    trials = runs(url)
    complete = Counter((t.params["r"], t.params["seed"]) for t in trials
                       if t.state == TrialState.COMPLETE)
    assert set(complete) == {(v, s) for v in spec.grid for s in spec.seeds}
    assert all(n == 1 for n in complete.values()), complete
    assert not [t for t in trials if t.state in (TrialState.RUNNING, TrialState.WAITING)]
    return trials


def test_job_array_drains_the_quickstart_through_preemption_and_requeue(slurm, pg_url, tmp_path,
                                                                        capsys):
    assert cli.main(["init", STUDY, "--storage", pg_url]) == 0
    env = job_env(slurm, tmp_path, pg_url, "cpu")
    # The script unchanged; this 2-core machine has no GPU gres, so no GPU and small tasks. At
    # most 2 tasks at once (%2), so that the third starts when the preempted one has ended.
    job = sbatch(slurm, tmp_path, env, "--array=0-2%2", "--gres=none", "--cpus-per-task=1",
                 "--mem=1G", args=("--study", STUDY, "--heartbeat-interval", "5",
                                   "--grace-period", "60"))

    def why() -> str:
        return diagnose(slurm, pg_url, job, tmp_path)

    # One running task is kept stopped, holding a run, for the requeue below; the other is
    # preempted while it holds one.
    requeued, requeued_held = stop_holding(slurm, pg_url, job, ["0", "1"], tmp_path)
    preempted = "1" if requeued == "0" else "0"
    _, held = stop_holding(slurm, pg_url, job, [preempted], tmp_path)

    # Preemption: the run goes back to the queue at once (not after the grace period).
    slurm.run("scancel", "--signal=TERM", f"{job}_{preempted}")
    slurm.run("scancel", "--signal=CONT", f"{job}_{preempted}")  # TERM arrives as it wakes
    signalled = time.monotonic()
    wait_until(lambda: preempted not in queued(slurm, job), 60, "the preempted task to end",
               why=why)
    trials = {t.number: t for t in runs(pg_url)}
    for number in held:
        assert trials[number].state == TrialState.FAIL, trials[number]
        assert trials[number].user_attrs["error"] == "worker interrupted"
        retry = [t for t in trials.values() if t.system_attrs.get("failed_trial") == number]
        assert len(retry) == 1, f"trial {number}: {len(retry)} retries"
    assert time.monotonic() - signalled < 30

    # Requeue: SLURM ends the task (SIGCONT and SIGTERM, SIGKILL after KillWait) and queues it
    # again. What it held is given back at once; the task runs again later.
    slurm.run("scontrol", "requeue", f"{job}_{requeued}")
    wait_until(lambda: TrialState.RUNNING not in trial_states(pg_url, requeued_held).values(),
               30, "the requeued task's runs to be given back", why=why)
    given_back = {t.number: t for t in runs(pg_url) if t.number in requeued_held}
    assert all(t.user_attrs.get("error") == "worker interrupted" for t in given_back.values())

    wait_until(lambda: not queued(slurm, job), 900, "the job array to finish", interval=2,
               why=why)
    trials = assert_complete_once(pg_url)
    interrupted = {t.number for t in trials if t.user_attrs.get("error") == "worker interrupted"}
    assert interrupted == set(held) | set(requeued_held)
    outputs = {p.name: p.read_text() for p in tmp_path.glob("worker-*.out")}
    assert len(outputs) == 3, outputs.keys()
    again = outputs[f"worker-{job}_{requeued}.out"]
    assert "restart 1" in again, again  # the requeued task ran again (SLURM_RESTART_COUNT)
    assert any("worker done" in text for text in outputs.values())

    capsys.readouterr()
    assert cli.main(["report", "--study", STUDY, "--storage", pg_url, "--format", "json",
                     "--no-dashboard"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["seeds"] == list(range(6)) and report["missing"] == []
    assert all(row["n"] == 6 for row in report["rows"]) and len(report["rows"]) == 4


def test_the_script_builds_gpus_all_and_fails_clearly_without_gpus(slurm, pg_url, tmp_path):
    """The several-GPU job shape (SIMLOSS_DEVICE=all -> worker --gpus all): on this machine
    without GPUs the job must fail with the one-line message, and a GPU request is refused."""
    env = job_env(slurm, tmp_path, pg_url, "all")
    job = sbatch(slurm, tmp_path, env, "--gres=none", "--cpus-per-task=1", "--mem=1G")
    wait_until(lambda: not queued(slurm, job), 300, "the --gpus all job to end", interval=1)
    text = next(tmp_path.glob(f"worker-{job}_*.out")).read_text()  # %a of a non-array job
    assert "worker --gpus all" in text
    assert "--gpus all: no CUDA device is visible; use --device cpu" in text
    refused = subprocess.run(["sbatch", "--parsable", str(SCRIPT)], env=env, text=True,
                             capture_output=True)
    assert refused.returncode != 0 and "gres" in refused.stderr  # no GPU gres configured here
