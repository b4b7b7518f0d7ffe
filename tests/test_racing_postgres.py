"""Racing on a real PostgreSQL server: init, worker processes (one SIGKILLed), status and the
report through the CLI. Real digits training, no mocks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter

import optuna
import pytest
from optuna.trial import TrialState

from simloss_tune.racing import decisions_from_attrs
from tests.test_studies_postgres import finish, freeze_a_worker_mid_run, runs, start_worker

pytestmark = pytest.mark.postgres

# r = 0.99 makes every class nearly as similar as the true one: the loss hardly depends on the
# prediction, and that value is far worse on accuracy and MAE on every seed.
SPEC = """
    name = "pg"
    task = "digits"
    grid = [0.0, 0.2, 0.99]
    seeds = 7
    objectives = ["accuracy", "mae"]
    [training]
    max_epochs = 25
    patience = 1000
    [racing]
    min_seeds = 3
    alpha = 0.05
    """


def cli(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "simloss_tune.cli", *argv], env=env,
                          capture_output=True, text=True, timeout=300)


def test_racing_two_workers_one_killed(pg_url, tmp_path):
    spec = tmp_path / "pg.toml"
    spec.write_text(textwrap.dedent(SPEC))
    init = cli("init", str(spec), "--storage", pg_url)
    assert init.returncode == 0, init.stderr
    procs = [start_worker(pg_url) for _ in range(2)]
    # frozen first: a run seen RUNNING a moment ago may have finished since (short runs, a
    # loaded machine), and the kill must land in the middle of one
    victim, pid = freeze_a_worker_mid_run(pg_url)
    os.kill(pid, signal.SIGKILL)
    procs.append(start_worker(pg_url))  # two live workers again
    outputs = finish(procs)
    assert "racing: r=0.99 eliminated after 5 seeds" in "".join(outputs)

    # the decision: at the first seed count a one-sided test allows (5 > min_seeds = 3)
    attrs = optuna.load_study(study_name="pg:runs", storage=pg_url).user_attrs
    decided = decisions_from_attrs(attrs)
    assert list(decided) == [0.99]
    assert decided[0.99]["seeds"] == 5 and decided[0.99]["p_value"] == pytest.approx(1 / 32)
    assert decided[0.99]["against"] in (0.0, 0.2)

    trials = runs(pg_url)
    complete = Counter((t.params["r"], t.params["seed"]) for t in trials
                       if t.state == TrialState.COMPLETE)
    assert all(n == 1 for n in complete.values()), complete  # nothing trained twice
    assert {(v, s) for v in (0.0, 0.2) for s in range(7)} <= set(complete)
    # The decision saw 5 paired seeds of 0.99. They are seeds 0-4 unless the killed run was
    # one of those and its retry (made once the run went stale, 4 s later) came after the
    # other worker had already finished a later seed: then the test ran on the 5 seeds both
    # values had completed, and the retry is skipped like any other run of 0.99 (CI saw this).
    # Either way every seed of 0.99 is trained once or skipped, never both, never lost.
    seeds_099 = {s for v, s in complete if v == 0.99}
    assert len(seeds_099) >= 5, complete
    assert not [t for t in trials if t.state in (TrialState.RUNNING, TrialState.WAITING)]
    skipped = [t for t in trials if t.state == TrialState.PRUNED]
    # seed 6 of 0.99 is claimed long after the decision; seed 5 may have been claimed just
    # before it (then it trains and is kept) but is never both trained and skipped
    assert (0.99, 6) in {(t.params["r"], t.params["seed"]) for t in skipped}
    skipped_099 = {t.params["seed"] for t in skipped}
    assert seeds_099 | skipped_099 == set(range(7)) and not seeds_099 & skipped_099
    assert all(t.params["r"] == 0.99 and (0.99, t.params["seed"]) not in complete
               and "val_mae" not in t.user_attrs and "worker" not in t.user_attrs
               for t in skipped)
    killed = next(t for t in trials if t.number == victim.number)
    assert killed.state == TrialState.FAIL  # stale heartbeat, retried, completed once

    status = cli("status", "--storage", pg_url)
    assert status.returncode == 0
    line = next(x for x in status.stdout.splitlines() if x.startswith("pg "))
    assert f"1 ({len(skipped)} runs skipped)" in line and line.endswith("finished")

    report = cli("report", "--study", "pg", "--format", "json", "--no-dashboard",
                 "--storage", pg_url)
    assert report.returncode == 0, report.stderr
    doc = json.loads(report.stdout)
    rows = {r["value"]: r for r in doc["rows"]}
    assert rows[0.99]["racing"] == {"eliminated": True, "seeds": 5,
                                    "p_value": pytest.approx(1 / 32),
                                    "against": decided[0.99]["against"]}
    assert rows[0.99]["n"] == len(seeds_099)  # every COMPLETE seed of 0.99, as above
    assert not rows[0.0]["racing"]["eliminated"] and rows[0.2]["n"] == 7
    assert "racing was on" in doc["method"]
    summary = optuna.load_study(study_name="pg:mae:mean", storage=pg_url).get_trials()
    states = {t.params["r"]: t.state for t in summary}
    assert states == {0.0: TrialState.COMPLETE, 0.2: TrialState.COMPLETE,
                      0.99: TrialState.PRUNED}
