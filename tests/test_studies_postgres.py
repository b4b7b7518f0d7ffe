"""Workers on a real PostgreSQL server: many processes, a SIGKILLed worker, Ctrl-C, a server
restart, bad connections. No mocks: real worker processes train the digits task."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from pathlib import Path

import optuna
import pytest
from optuna.trial import TrialState

from simloss_tune.database import open_storage
from simloss_tune.studies import queue
from simloss_tune.studies.spec import load_spec
from tests import pgserver

pytestmark = pytest.mark.postgres

# ~1-2 s per run on one CPU thread: long enough to be killed mid-run.
SLOW_SPEC = """
    name = "pg"
    task = "digits"
    grid = {grid}
    seeds = {seeds}
    objectives = ["accuracy", "mae"]
    [training]
    max_epochs = {epochs}
    patience = 1000
    """


def make_spec(tmp_path: Path, grid="[0.0, 0.3, 0.6, 0.9]", seeds=2, epochs=40) -> Path:
    path = tmp_path / "pg.toml"
    path.write_text(textwrap.dedent(SLOW_SPEC.format(grid=grid, seeds=seeds, epochs=epochs)))
    return path


def start_worker(url: str, *extra: str, grace: int = 4) -> subprocess.Popen:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    return subprocess.Popen(
        [sys.executable, "-m", "simloss_tune.cli", "worker", "--storage", url, "--device", "cpu",
         "--heartbeat-interval", "1", "--grace-period", str(grace), *extra],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        preexec_fn=default_sigint)


def default_sigint() -> None:
    """A suite started in the background by a non-interactive shell (`pytest &`) runs with
    SIGINT ignored, and Python keeps an ignored SIGINT ignored: the Ctrl-C test would then
    send a signal that the worker never sees. Its workers get the default disposition."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def runs(url: str) -> list[optuna.trial.FrozenTrial]:
    return optuna.load_study(study_name="pg:runs", storage=url).get_trials(deepcopy=False)


def wait_for_running(url: str, timeout: float = 120) -> optuna.trial.FrozenTrial:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        trials = runs(url)
        for t in trials:
            if t.state == TrialState.RUNNING and "worker" in t.user_attrs:
                return t
        left = [t for t in trials if t.state in (TrialState.WAITING, TrialState.RUNNING)]
        if trials and not left:  # say so now, not after the timeout: too fast, not a hang
            states = Counter(t.state.name for t in trials)
            raise AssertionError(f"every run finished before one was seen running: {states}")
        time.sleep(0.2)
    raise AssertionError("no trial started running")


def freeze_a_worker_mid_run(url: str,
                            timeout: float = 120) -> tuple[optuna.trial.FrozenTrial, int]:
    """SIGSTOP the worker of a RUNNING trial, then read again what it owns: a trial seen
    RUNNING a moment ago may have finished since (a run takes about a second, a look at the
    database can take as long on a loaded machine), and the test must kill a worker in the
    middle of a run. Returns (its RUNNING trial as read while it is frozen, its pid)."""
    while True:
        worker = wait_for_running(url, timeout).user_attrs["worker"]
        pid = int(worker.rsplit(":", 1)[1])
        os.kill(pid, signal.SIGSTOP)
        owned = [t for t in runs(url)
                 if t.state == TrialState.RUNNING and t.user_attrs.get("worker") == worker]
        if owned:
            return owned[0], pid
        os.kill(pid, signal.SIGCONT)  # between two runs: let it go on and look again


def finish(procs: list[subprocess.Popen], timeout: float = 400) -> list[str]:
    outputs = []
    for p in procs:
        out, _ = p.communicate(timeout=timeout)
        outputs.append(out)
    return outputs


def assert_each_point_complete_once(url: str, spec_path: Path) -> list:
    spec = load_spec(spec_path)
    trials = runs(url)
    complete = Counter((t.params["r"], t.params["seed"]) for t in trials
                       if t.state == TrialState.COMPLETE)
    expected = {(v, s) for v in spec.grid for s in spec.seeds}
    assert set(complete) == expected
    assert all(n == 1 for n in complete.values()), complete
    assert not [t for t in trials if t.state in (TrialState.RUNNING, TrialState.WAITING)]
    for metric in spec.objectives:  # derived studies: one trial per run, none twice
        derived = optuna.load_study(study_name=f"pg:{metric}", storage=url).get_trials()
        assert sorted(t.user_attrs["run"] for t in derived) == sorted(
            t.number for t in trials if t.state == TrialState.COMPLETE)
        summary = optuna.load_study(study_name=f"pg:{metric}:mean", storage=url).get_trials()
        assert sorted(t.params["r"] for t in summary) == sorted(spec.grid)
    return trials


def test_workers_drain_the_grid_and_a_killed_workers_point_is_retrained(pg_url, tmp_path):
    spec = make_spec(tmp_path)
    queue.init_study(load_spec(spec), pg_url)
    procs = [start_worker(pg_url) for _ in range(3)]
    victim, pid = freeze_a_worker_mid_run(pg_url)
    os.kill(pid, signal.SIGKILL)
    finish(procs)
    trials = assert_each_point_complete_once(pg_url, spec)
    killed = [t for t in trials if t.number == victim.number][0]
    assert killed.state == TrialState.FAIL  # failed by its stale heartbeat, then retried
    assert killed.user_attrs["error"].startswith("worker lost: no heartbeat for more than ")
    assert killed.user_attrs["error"].endswith(f":{pid})")  # (worker host:pid)
    retries = [t for t in trials if t.system_attrs.get("failed_trial") == victim.number]
    assert len(retries) == 1 and retries[0].state == TrialState.COMPLETE


def test_ctrl_c_gives_the_trial_back_within_seconds(pg_url, tmp_path):
    spec = make_spec(tmp_path, grid="[0.0]", seeds=1, epochs=400)
    queue.init_study(load_spec(spec), pg_url)
    proc = start_worker(pg_url)
    trial = wait_for_running(pg_url)
    time.sleep(0.5)
    started = time.monotonic()
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=30)
    assert time.monotonic() - started < 10
    assert proc.returncode == 130
    trials = runs(pg_url)
    interrupted = [t for t in trials if t.number == trial.number][0]
    assert interrupted.state == TrialState.FAIL
    assert interrupted.user_attrs["error"] == "worker interrupted"
    assert [t.state for t in trials if t.number != trial.number] == [TrialState.WAITING]


def test_workers_survive_a_server_restart(pg_server, pg_url, tmp_path):
    if pg_server.root is None:
        pytest.skip("the server was given from outside; cannot restart it")
    spec = make_spec(tmp_path, grid="[0.0, 0.5]", seeds=2)
    queue.init_study(load_spec(spec), pg_url)
    # A grace period longer than the outage, as in any real deployment (default 300 s); a
    # shorter one lets a worker take over a trial whose owner is only waiting to reconnect.
    procs = [start_worker(pg_url, grace=60) for _ in range(2)]
    wait_for_running(pg_url)
    pgserver.restart(pg_server.root)
    outputs = finish(procs)
    assert all(p.returncode == 0 for p in procs), outputs
    trials = assert_each_point_complete_once(pg_url, spec)
    failed = [(t.number, t.user_attrs.get("error")) for t in trials
              if t.state != TrialState.COMPLETE]
    assert len(trials) == 4, (failed, outputs)  # no run lost, none trained twice


def test_wrong_password_is_named_and_masked(pg_url):
    bad = pg_url.replace(pgserver.PASSWORD, "not-the-password")
    with pytest.raises(ValueError) as err:
        open_storage(bad)
    message = str(err.value)
    assert "password authentication failed" in message
    assert "not-the-password" not in message and ":***@" in message


def test_unreachable_server_times_out_instead_of_hanging(monkeypatch):
    """A server that accepts connections and never answers: we give up after the timeout."""
    import simloss_tune.database as storage

    monkeypatch.setattr(storage, "CONNECT_TIMEOUT_S", 2)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    port = listener.getsockname()[1]
    threading.Thread(target=lambda: [listener.accept() for _ in range(8)], daemon=True).start()
    started = time.monotonic()
    with pytest.raises(ValueError, match="cannot connect to the study database"):
        open_storage(f"postgresql://u:secret@127.0.0.1:{port}/db")
    assert time.monotonic() - started < 15
    listener.close()


def test_dashboard_api_lists_studies_with_metric_names(pg_url, tmp_path):
    from optuna_dashboard import wsgi

    queue.init_study(load_spec(make_spec(tmp_path)), pg_url)
    app = wsgi(open_storage(pg_url))

    def get(path: str) -> dict:
        status = {}

        def start_response(code, headers, exc_info=None):
            status["code"] = code

        environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "",
                   "wsgi.input": io.BytesIO(), "SERVER_NAME": "x", "SERVER_PORT": "80",
                   "wsgi.url_scheme": "http", "SERVER_PROTOCOL": "HTTP/1.1"}
        body = b"".join(app(environ, start_response))
        assert status["code"].startswith("200"), status
        return json.loads(body)

    studies = {s["study_name"]: s for s in get("/api/studies")["study_summaries"]}
    assert set(studies) == {"pg:runs", "pg:accuracy", "pg:accuracy:mean", "pg:mae",
                            "pg:mae:mean"}
    names = {name: get(f"/api/studies/{s['study_id']}")["objective_names"]
             for name, s in studies.items()}
    assert names == {"pg:runs": ["val_accuracy"], "pg:accuracy": ["val_accuracy"],
                     "pg:accuracy:mean": ["mean val_accuracy"], "pg:mae": ["val_mae"],
                     "pg:mae:mean": ["mean val_mae"]}


def _finish_runs(pg_url: str, storage) -> None:
    """Every queued run finished, as a worker records it."""
    for t in runs(pg_url):
        queue.finish(storage, t._trial_id, {"val_accuracy": 0.9, "val_mae": 0.5 + t.number},
                     TrialState.COMPLETE, [0.9])


GATE = 4242  # advisory lock id the test holds to stop one syncer right before a write


def test_a_sync_whose_lock_dies_before_its_write_adds_nothing_twice(pg_url, tmp_path):
    """The window of a server restart, made deterministic. Syncer A has read what the derived
    studies hold and is about to insert (a trigger holds its first INSERT into `trials` at a
    gate); then the session holding A's sync lock dies, as in a restart. Syncer B takes the
    lock and copies every run. Then the gate opens. A's write must not land a second copy:
    the lock and the write share one transaction, which died with the session."""
    import sqlalchemy as sa

    spec = load_spec(make_spec(tmp_path, grid="[0.0, 0.5]", seeds=2))
    queue.init_study(spec, pg_url)
    _finish_runs(pg_url, open_storage(pg_url))
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text(f"""
            CREATE FUNCTION gate() RETURNS trigger AS $$ BEGIN
                IF current_setting('application_name') = 'sync-a' THEN
                    PERFORM pg_advisory_lock_shared({GATE});
                    PERFORM pg_advisory_unlock_shared({GATE});
                END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql"""))
        conn.execute(sa.text("CREATE TRIGGER gate BEFORE INSERT ON trials "
                             "FOR EACH ROW EXECUTE FUNCTION gate()"))
    gate = admin.connect()
    gate.execute(sa.text(f"SELECT pg_advisory_lock({GATE})"))
    storage_a = open_storage(pg_url + "?application_name=sync-a")
    storage_b = open_storage(pg_url + "?application_name=sync-b")
    outcome: dict = {}

    def sync(name: str, storage) -> None:
        try:
            outcome[name] = queue.sync_derived(storage, spec)
        except Exception as exc:  # noqa: BLE001 - the dead session's error, checked below
            outcome[name] = exc

    def waiting_on_a_lock(conn, app: str) -> bool:
        return bool(conn.execute(sa.text(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = :app "
            "AND wait_event_type = 'Lock'"), {"app": app}).scalar())

    thread_a = threading.Thread(target=sync, args=("a", storage_a))
    thread_a.start()
    with admin.connect() as conn:
        deadline = time.monotonic() + 60
        while not waiting_on_a_lock(conn, "sync-a"):
            assert time.monotonic() < deadline, "syncer A never reached its first write"
            time.sleep(0.05)
        killed = conn.execute(sa.text(
            "SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_stat_activity a "
            "USING (pid) WHERE l.locktype = 'advisory' AND l.granted "
            "AND a.application_name = 'sync-a'")).scalars().all()
        assert killed == [True]  # the session holding A's sync lock
        # B syncs meanwhile; the gate opens once B is done or waits for A's write.
        thread_b = threading.Thread(target=sync, args=("b", storage_b))
        thread_b.start()
        while thread_b.is_alive() and not waiting_on_a_lock(conn, "sync-b"):
            assert time.monotonic() < deadline + 60, "syncer B neither finished nor waited"
            time.sleep(0.05)
    gate.execute(sa.text(f"SELECT pg_advisory_unlock({GATE})"))
    for thread in (thread_a, thread_b):
        thread.join(60)
        assert not thread.is_alive()
    assert outcome["b"] == 2 * 4 + 2 * 2, outcome  # B copied every run and mean
    assert isinstance(outcome["a"], Exception), outcome  # A's write died with its session
    assert queue.sync_derived(storage_a, spec) == 0  # A's retry: everything is there
    for metric in spec.objectives:
        derived = optuna.load_study(study_name=f"pg:{metric}", storage=pg_url).get_trials()
        assert sorted(t.user_attrs["run"] for t in derived) == [t.number for t in runs(pg_url)]
        summary = optuna.load_study(study_name=f"pg:{metric}:mean", storage=pg_url)
        assert sorted(t.params["r"] for t in summary.get_trials()) == [0.0, 0.5]
    gate.close()
    admin.dispose()


SUSPENDED_WRITES = {
    # what a worker's transaction holds in the middle of Optuna's writes to its own trial:
    # the heartbeat's row, or (a new row referencing it) a share lock on the trial's row
    "heartbeat": "SELECT 1 FROM trial_heartbeats WHERE trial_id = :t FOR UPDATE",
    "intermediate value": "INSERT INTO trial_intermediate_values (trial_id, step, "
                          "intermediate_value, intermediate_value_type) "
                          "VALUES (:t, 1, 0.5, 'FINITE')",
}
LOCKS_THE_TRIAL = {"heartbeat": False, "intermediate value": True}


@pytest.mark.parametrize("write", sorted(SUSPENDED_WRITES))
def test_no_claim_or_stale_check_waits_for_a_worker_suspended_mid_write(pg_url, tmp_path,
                                                                         write):
    """Worker A claims trial 0 and is suspended (SIGSTOP, `scontrol suspend`) in the middle of
    a write to it, while worker B, which read the waiting trials before A's claim (it was
    loading its data), claims: B must take trial 1, not wait on A's lock (the SLURM test's
    hang). Once trial 0 is stale, B's check for stale trials must not wait either; when A's
    transaction ends, the next check fails trial 0 and enqueues its retry."""
    import sqlalchemy as sa

    queue.init_study(load_spec(make_spec(tmp_path, grid="[0.0]", seeds=3)), pg_url)
    a = queue.open_queue(pg_url, heartbeat_interval=1, grace_period=2)
    b = queue.open_queue(pg_url, heartbeat_interval=1, grace_period=2)
    study = optuna.load_study(study_name="pg:runs", storage=b)
    suspended = sa.create_engine(pg_url, poolclass=sa.pool.NullPool).connect()

    def a_claims_and_is_suspended():  # runs while B's claim is preparing
        (trial,) = queue.claim(a, study._study_id, 1)
        suspended.execute(sa.text(SUSPENDED_WRITES[write]), {"t": trial._trial_id})

    def in_thread(fn):
        out: list = []
        thread = threading.Thread(target=lambda: out.append(fn()), daemon=True)
        thread.start()
        thread.join(60)
        assert not thread.is_alive(), "blocked behind the suspended worker's lock"
        return out[0]

    try:
        claimed = in_thread(lambda: queue.claim(b, study._study_id, 1,
                                                prepare=a_claims_and_is_suspended))
        assert [t.number for t in claimed] == [1]
        b.set_trial_state_values(claimed[0]._trial_id, TrialState.COMPLETE, [0.5])
        time.sleep(3)  # trial 0's heartbeat is past the grace period
        in_thread(lambda: queue.fail_stale(b, study))
        left = study.get_trials()[0].state == TrialState.RUNNING  # locked: left for later
        assert left == LOCKS_THE_TRIAL[write]
    finally:
        suspended.close()  # A's transaction ends (the server would end it after a while)
    queue.fail_stale(b, study)
    states = [t.state for t in study.get_trials()]
    assert states == [TrialState.FAIL, TrialState.COMPLETE, TrialState.WAITING,
                      TrialState.WAITING]
