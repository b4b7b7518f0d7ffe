"""The compose check's end state, read with Optuna from the study database.

Run inside an app container (its SIMLOSS_STORAGE names the database) by deploy/compose-check.sh:
    docker-compose exec -T dashboard python - [N ...] < deploy/docker/check_grid.py
N: numbers of the runs the stopped worker held. Prints a JSON summary; exits 1 unless every grid
point (value, seed) is COMPLETE exactly once, nothing is RUNNING or WAITING, each N is FAIL with
error "worker interrupted" and has exactly one retry, no other run failed, and every COMPLETE run
has an intermediate value for each epoch of its curve (none lost while the database restarted).
"""

import json
import os
import sys
from collections import Counter

import optuna

from simloss_tune.database import open_storage
from simloss_tune.studies import queue

STUDY = "quickstart-digits"

storage = open_storage(os.environ["SIMLOSS_STORAGE"])
spec = queue.find_spec(storage, STUDY)
trials = optuna.load_study(study_name=queue.runs_name(STUDY), storage=storage).get_trials()
param = spec.parameter
complete = Counter((t.params[param], t.params["seed"]) for t in trials
                   if t.state == optuna.trial.TrialState.COMPLETE)
expected = {(v, s) for v in spec.grid for s in spec.seeds}
held = [int(n) for n in sys.argv[1:]]
by_number = {t.number: t for t in trials}
retries = Counter(t.system_attrs.get("failed_trial") for t in trials)
failed = [t for t in trials if t.state == optuna.trial.TrialState.FAIL]
problems = []
if set(complete) != expected:
    problems.append(f"missing {sorted(expected - set(complete))}, "
                    f"unexpected {sorted(set(complete) - expected)}")
twice = {f"{k}": n for k, n in complete.items() if n > 1}
if twice:
    problems.append(f"trained twice: {twice}")
open_ = [t.number for t in trials if t.state in (optuna.trial.TrialState.RUNNING,
                                                 optuna.trial.TrialState.WAITING)]
if open_:
    problems.append(f"RUNNING or WAITING: {open_}")
if not held:
    problems.append("no run of the stopped worker to check")
for n in held:
    t = by_number.get(n)
    if t is None or t.state != optuna.trial.TrialState.FAIL:
        problems.append(f"run {n} is {t and t.state.name}, not FAIL")
    elif t.user_attrs.get("error") != "worker interrupted":
        problems.append(f"run {n}: error {t.user_attrs.get('error')!r}")
    if retries[n] != 1:
        problems.append(f"run {n}: {retries[n]} retries")
others = [t.number for t in failed if t.number not in held]
if others:
    problems.append(f"other failed runs: {others}")
# Intermediate values (the learning curve Optuna shows) that a COMPLETE run recorded in its
# `curves` attribute but that are missing from the trial: written through a database restart.
curves_missing = {t.number: len((t.user_attrs.get("curves") or {}).get("epoch", []))
                  - len(t.intermediate_values) for t in trials
                  if t.state == optuna.trial.TrialState.COMPLETE}
curves_missing = {n: k for n, k in curves_missing.items() if k > 0}
if curves_missing:
    problems.append(f"intermediate values missing (run: how many): {curves_missing}")
print(json.dumps({
    "intermediate_values_missing": curves_missing,
    "study": STUDY,
    "grid_points": len(expected),
    "complete": sum(complete.values()),
    "complete_points": len(complete),
    "trials": len(trials),
    "states": dict(Counter(t.state.name for t in trials)),
    "stopped_worker_runs": {n: {"state": by_number[n].state.name,
                                "error": by_number[n].user_attrs.get("error"),
                                "retries": [t.number for t in trials
                                            if t.system_attrs.get("failed_trial") == n]}
                            for n in held if n in by_number},
    "problems": problems,
}, indent=1, sort_keys=True))
sys.exit(1 if problems else 0)
