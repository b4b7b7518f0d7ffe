"""What the idle-transaction timeout costs: every PostgreSQL transaction of ours starts with
`SET LOCAL idle_in_transaction_session_timeout` (storage._end_when_idle), one more round trip.

    python bench/txn.py [--rounds 15] [--calls 200] [--url postgresql://...]

Without --url it starts a throwaway server (tests/pgserver.py). Times Optuna's `get_trial`
(one read transaction) and `record_heartbeat` (one write transaction) with the statement and
without it, alternating in rounds so both see the same machine load; prints the median
microseconds per call and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

import optuna
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simloss_tune import database as storage_module  # noqa: E402
from tests import pgserver  # noqa: E402


def _time(fn, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls * 1e6


def measure(url: str, rounds: int, calls: int) -> dict[str, dict[str, float]]:
    storage = storage_module.open_storage(url, create=True, heartbeat_interval=60)
    study = optuna.create_study(storage=storage, study_name="txn-bench")
    with warnings.catch_warnings():  # the heartbeat warning of an ask outside optimize()
        warnings.simplefilter("ignore")
        trial_id = study.ask()._trial_id
    ops = {"get_trial": lambda: storage.get_trial(trial_id),
           "record_heartbeat": lambda: storage.record_heartbeat(trial_id)}
    times: dict[str, dict[str, list[float]]] = {op: {"with": [], "without": []} for op in ops}
    hook = storage_module._end_when_idle
    for _ in range(rounds):
        for mode in ("with", "without"):
            if mode == "with" and not sa.event.contains(storage.engine, "begin", hook):
                sa.event.listen(storage.engine, "begin", hook)
            if mode == "without":
                sa.event.remove(storage.engine, "begin", hook)
            for op, fn in ops.items():
                times[op][mode].append(_time(fn, calls))
    return {op: {mode: statistics.median(v) for mode, v in by.items()}
            for op, by in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--url")
    args = parser.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    root = None
    url = args.url
    if url is None:
        url, root, _ = pgserver.start()
    try:
        result = measure(url, args.rounds, args.calls)
    finally:
        if root is not None:
            pgserver.stop(root)
    print(f"median us per call over {args.rounds} rounds of {args.calls} calls "
          "(with / without SET LOCAL):")
    for op, r in result.items():
        print(f"  {op:17s} {r['with']:8.0f} / {r['without']:8.0f}  "
              f"ratio {r['with'] / r['without']:.2f}")


if __name__ == "__main__":
    main()
