"""Load: many worker processes against one PostgreSQL server drain many short trials.

    python bench/load.py --workers 32 --trials 500 [--url postgresql://...]

Without --url it starts a throwaway server (tests/pgserver.py). Each trial trains the digits
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
from tests import pgserver  # noqa: E402


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


def _sample_connections(url: str, stop: threading.Event, samples: list[int]) -> None:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    db = sa.engine.make_url(url).database
    while not stop.wait(0.5):
        try:
            with engine.connect() as c:
                samples.append(c.execute(sa.text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :d"),
                    {"d": db}).scalar() - 1)  # minus this sampler
        except sa.exc.OperationalError:
            pass


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=32)
    ap.add_argument("--trials", type=int, default=500)
    ap.add_argument("--url", help="PostgreSQL URL of an empty database (default: own server)")
    ap.add_argument("--write", action="store_true", help="append the result to RESULTS.md")
    args = ap.parse_args()

    root = None
    if args.url is None:
        server_url, root, _ = pgserver.start()
        admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(sa.text('CREATE DATABASE "load"'))
        url = server_url.rsplit("/", 1)[0] + "/load"
    else:
        url = args.url
    try:
        tmp = Path(tempfile.mkdtemp())
        spec = load_spec(_spec(tmp, args.trials))
        queue.init_study(spec, url)
        total = len(spec.grid) * len(spec.seeds)
        env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
        stop, samples = threading.Event(), []
        sampler = threading.Thread(target=_sample_connections, args=(url, stop, samples))
        sampler.start()
        started = time.monotonic()
        procs = [subprocess.Popen([sys.executable, "-m", "simloss_tune.cli", "worker",
                                   "--storage", url, "--device", "cpu"], env=env,
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
        ok = (len(complete) == total and max(complete.values()) == 1 and not left
              and derived == total and set(codes) == {0})
        lines = [
            f"- command: `python bench/load.py --workers {args.workers} --trials {args.trials}`",
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
        if root:
            pgserver.stop(root)


if __name__ == "__main__":
    sys.exit(main())
