"""Load: many worker processes against one PostgreSQL server drain many short trials.

    python bench/load.py --workers 32 --trials 500 [--url postgresql://...] [--pgbouncer 4]

Without --url it starts a throwaway server (tests/pgserver.py); with --pgbouncer POOL the
workers go through a pgbouncer in transaction pooling mode with POOL server connections
(tests/bouncer.py), and its client connections are sampled too. Each trial trains the digits
task for one epoch (well under a second). Checks that every trial completes exactly once,
none twice, and samples the number of server connections (pg_stat_activity) throughout.
Prints a summary and, with --write, appends it to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import Counter
from pathlib import Path

import optuna
import sqlalchemy as sa
from optuna.trial import TrialState

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simloss_tune.studies import queue  # noqa: E402
from simloss_tune.studies.spec import load_spec  # noqa: E402
from tests import bouncer, pgserver  # noqa: E402


def _spec(tmp: Path, trials: int) -> Path:
    values = max(1, trials // 10)
    grid = ", ".join(f"{i / (values + 1):.6f}" for i in range(values))
    path = tmp / "load.toml"
    path.write_text(textwrap.dedent(f"""
        name = "load"
        task = "digits"
        grid = [{grid}]
        seeds = {trials // values}
        objectives = ["accuracy", "mae"]
        [training]
        max_epochs = 1
        """))
    return path


def _sample_connections(url: str, stop: threading.Event, samples: list[int],
                        bouncer_port: int | None = None, clients: list[int] | None = None,
                        ) -> None:
    # From the maintenance database, so that the sampler's own connection (and the exiting
    # backend of its previous one) is not counted.
    engine = sa.create_engine(sa.engine.make_url(url).set(database="postgres"),
                              poolclass=sa.pool.NullPool)
    db = sa.engine.make_url(url).database
    while not stop.wait(0.5):
        try:
            with engine.connect() as c:
                samples.append(c.execute(sa.text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :d"),
                    {"d": db}).scalar())
            if bouncer_port is not None:
                pool = [p for p in bouncer.pools(bouncer_port) if p["database"] == db]
                clients.append(sum(int(p["cl_active"]) + int(p["cl_waiting"]) for p in pool))
        except sa.exc.OperationalError:
            pass


def _queue_rates(trials: list) -> tuple[float, float, float]:
    """From the trials' own timestamps (worker start-up excluded): the window from the first
    claim to the last completion (s), claims/s and completed trials/s in it."""
    starts = [t.datetime_start for t in trials if t.datetime_start]
    ends = [t.datetime_complete for t in trials
            if t.state == TrialState.COMPLETE and t.datetime_complete]
    window = (max(ends) - min(starts)).total_seconds()
    return window, len(starts) / window, len(ends) / window


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=32)
    ap.add_argument("--trials", type=int, default=500)
    ap.add_argument("--url", help="PostgreSQL URL of an empty database (default: own server)")
    ap.add_argument("--pgbouncer", type=int, metavar="POOL",
                    help="workers through pgbouncer (transaction pooling, POOL server conns)")
    ap.add_argument("--write", action="store_true", help="append the result to RESULTS.md")
    args = ap.parse_args()
    if args.pgbouncer and args.url:
        ap.error("--pgbouncer starts its own server: leave out --url")

    root = bouncer_root = bouncer_port = None
    if args.url is None:
        server_url, root, server_port = pgserver.start()
        admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(sa.text('CREATE DATABASE "load"'))
        url = server_url.rsplit("/", 1)[0] + "/load"
    else:
        url = args.url
    worker_url = url
    if args.pgbouncer:
        bouncer_root, bouncer_port = bouncer.start(server_port, args.pgbouncer)
        worker_url = bouncer.url_through(url, bouncer_port)
    try:
        tmp = Path(tempfile.mkdtemp())
        spec = load_spec(_spec(tmp, args.trials))
        queue.init_study(spec, worker_url)
        total = len(spec.grid) * len(spec.seeds)
        env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
        stop, samples, clients = threading.Event(), [], []
        sampler = threading.Thread(target=_sample_connections,
                                   args=(url, stop, samples, bouncer_port, clients))
        sampler.start()
        started = time.monotonic()
        procs = [subprocess.Popen([sys.executable, "-m", "simloss_tune.cli", "worker",
                                   "--storage", worker_url, "--device", "cpu"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for _ in range(args.workers)]
        errors = [p.communicate()[1] for p in procs]
        wall = time.monotonic() - started
        stop.set()
        sampler.join()
        codes = [p.returncode for p in procs]

        trials = optuna.load_study(study_name="load:runs", storage=url).get_trials()
        complete = Counter((t.params["r"], t.params["seed"]) for t in trials
                           if t.state == TrialState.COMPLETE)
        left = [t for t in trials if t.state in (TrialState.RUNNING, TrialState.WAITING)]
        derived = len(optuna.load_study(study_name="load:mae", storage=url).trials)
        window, claims_per_s, trials_per_s = _queue_rates(trials)
        ok = (len(complete) == total and max(complete.values()) == 1 and not left
              and derived == total and set(codes) == {0})
        via = f" --pgbouncer {args.pgbouncer}" if args.pgbouncer else ""
        lines = [
            f"- command: `python bench/load.py --workers {args.workers} --trials {args.trials}"
            f"{via}`",
            f"- machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
            "PostgreSQL 15 on loopback, workers on the same machine",
            f"- {total} trials, {args.workers} worker processes: {len(complete)} complete, "
            f"max completions of one point {max(complete.values()) if complete else 0}, "
            f"{len(left)} left RUNNING/WAITING, {derived} trials in the derived objective study",
            f"- worker exit codes: {dict(Counter(codes))}",
            f"- wall time {wall:.0f} s ({total / wall:.1f} trials/s)",
            f"- server connections of the study database: max {max(samples, default=0)}, "
            f"median {sorted(samples)[len(samples) // 2] if samples else 0} "
            f"({len(samples)} samples every 0.5 s; bound: 3 per worker = {3 * args.workers})",
            f"- queue, first claim to last completion ({window:.0f} s, worker start-up "
            f"excluded): {claims_per_s:.2f} claims/s, {trials_per_s:.2f} completed trials/s",
        ]
        if args.pgbouncer:
            lines.insert(-1, f"- through pgbouncer (transaction pooling, pool size "
                         f"{args.pgbouncer}): client connections max {max(clients, default=0)}, "
                         f"median {sorted(clients)[len(clients) // 2] if clients else 0}")
        lines += [
            f"- result: {'PASS' if ok else 'FAIL'}",
        ]
        print("\n".join(lines))
        if not ok:
            print("\n".join(e for e in errors if e)[-3000:], file=sys.stderr)
        if args.write:
            with open(ROOT / "bench" / "RESULTS.md", "a") as f:
                f.write("\n## Load (bench/load.py)\n\n" + "\n".join(lines) + "\n")
        return 0 if ok else 1
    finally:
        if bouncer_root:
            bouncer.stop(bouncer_root)
        if root:
            pgserver.stop(root)


if __name__ == "__main__":
    sys.exit(main())
