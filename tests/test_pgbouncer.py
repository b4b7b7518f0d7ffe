"""The service behind pgbouncer in transaction pooling mode (tests/bouncer.py in front of the
test PostgreSQL): locks, init, 16 workers with one SIGKILLed, an adaptive study, and the
server's connection count held at the pool size."""

from __future__ import annotations

import os
import signal
import threading
import time

import optuna
import pytest
import sqlalchemy as sa
from optuna.trial import TrialState

from simloss_tune import cli
from simloss_tune.database import exclusive, open_storage
from simloss_tune.studies import queue
from tests import bouncer
from tests.test_studies import adaptive_spec
from tests.test_studies_postgres import (
    assert_each_point_complete_once,
    finish,
    freeze_a_worker_mid_run,
    make_spec,
    start_worker,
)

pytestmark = [pytest.mark.pgbouncer, pytest.mark.postgres]


@pytest.fixture(scope="module")
def bouncer_port(pg_server):
    why = bouncer.missing()
    if why:
        pytest.skip(why)
    root, port = bouncer.start(sa.engine.make_url(pg_server.url).port)
    try:
        yield port
    finally:
        bouncer.stop(root)


@pytest.fixture
def via_bouncer(pg_url, bouncer_port) -> str:
    return bouncer.url_through(pg_url, bouncer_port)


def server_connections(pg_url: str) -> int:
    """Connections the PostgreSQL server itself has to this database (not through pgbouncer)."""
    admin = sa.create_engine(pg_url.rsplit("/", 1)[0] + "/postgres", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        # client backends only: an autovacuum worker on this database is listed with its
        # datname too, and is no connection of pgbouncer's (CI once counted 5 with a pool of 4)
        return conn.execute(sa.text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d "
                                    "AND backend_type = 'client backend'"),
                            {"d": pg_url.rsplit("/", 1)[1]}).scalar()


def test_locks_are_released_through_transaction_pooling(pg_url, via_bouncer):
    """A session advisory lock would stay on the server connection pgbouncer gave back: the
    next holder on another one would wait forever and one on the same would re-enter it."""
    open_storage(via_bouncer, create=True)
    a, b = open_storage(via_bouncer), open_storage(via_bouncer)
    for _ in range(10):  # the pool hands out its server connections in turn
        with exclusive(a, "init:x") as held:
            assert held
            held.check()
            with exclusive(b, "init:x", wait=False) as other:
                assert not other
        with exclusive(b, "init:x", wait=False) as other:
            assert other
    with sa.create_engine(pg_url, poolclass=sa.pool.NullPool).connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                    )).scalar() == 0


def test_sixteen_workers_drain_a_grid_through_pgbouncer_and_a_killed_one_is_retrained(
        pg_url, via_bouncer, tmp_path, capsys):
    spec = make_spec(tmp_path, grid="[0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]", seeds=4,
                     epochs=20)
    assert cli.main(["init", str(spec), "--storage", via_bouncer]) == 0  # init through it too
    capsys.readouterr()
    peak = [0]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], server_connections(pg_url))
            time.sleep(0.2)

    watcher = threading.Thread(target=watch)
    watcher.start()
    procs = []
    try:
        procs = [start_worker(via_bouncer) for _ in range(16)]
        # 16 processes import PyTorch at once on a small machine: minutes, not seconds
        victim, pid = freeze_a_worker_mid_run(via_bouncer, timeout=900)  # then mid-run
        os.kill(pid, signal.SIGKILL)
        outputs = finish(procs, timeout=1800)
    finally:
        done.set()
        watcher.join()
        for p in procs:  # after a failure: no worker outlives the test
            if p.poll() is None:
                p.kill()
                p.wait()
    trials = assert_each_point_complete_once(via_bouncer, spec)
    killed = [t for t in trials if t.number == victim.number][0]
    assert killed.state == TrialState.FAIL
    retries = [t for t in trials if t.system_attrs.get("failed_trial") == victim.number]
    assert len(retries) == 1 and retries[0].state == TrialState.COMPLETE
    assert sum("worker done" in out for out in outputs) == 15, outputs
    assert 0 < peak[0] <= bouncer.POOL_SIZE, peak  # 16 workers, at most 4 server connections


def test_an_adaptive_study_runs_through_pgbouncer(via_bouncer, tmp_path):
    spec = adaptive_spec(tmp_path, n_trials=4, max_epochs=3)
    queue.init_study(spec, via_bouncer)
    procs = [start_worker(via_bouncer, "--study", "ada") for _ in range(3)]
    try:
        finish(procs, timeout=900)
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    proposals = optuna.load_study(study_name="ada:mae", storage=via_bouncer).get_trials()
    # the baseline first (on top of n_trials), then 4 TPE proposals
    assert len(proposals) == 5 and all(t.state == TrialState.COMPLETE for t in proposals)
    runs = optuna.load_study(study_name="ada:runs", storage=via_bouncer).get_trials()
    complete = [r for r in runs if r.state == TrialState.COMPLETE]
    assert len(complete) == 10
    for p in proposals:
        assert sorted(r.params["seed"] for r in complete if r.params["r"] == p.params["r"]) \
            == [0, 1]
