"""Racing: the rule (pure), its agreement with Optuna's WilcoxonPruner, the claim order and
skipping in a real (SQLite) study database, the report's racing entries."""

from __future__ import annotations

import json
import time
import warnings

import numpy as np
import optuna
import pytest
from optuna.trial import TrialState

from simloss_tune import racing
from simloss_tune.records import load_records, task_metrics
from simloss_tune.render import FORMATS, render, render_md
from simloss_tune.report import build_report
from simloss_tune.studies import elimination, queue
from simloss_tune.studies.spec import Racing, parse_spec

ONE = Racing(min_seeds=5, alpha=0.05, test="one-sided")
TWO = Racing(min_seeds=5, alpha=0.05, test="two-sided")
MAE = {"mae": "minimize"}


def table(rows: dict[float, list[float]], metric: str = "mae") -> dict:
    return {v: {s: {metric: x} for s, x in enumerate(xs)} for v, xs in rows.items()}


def test_first_decision_is_where_the_test_can_reach_alpha():
    assert racing.first_decision(ONE) == 5 and racing.first_decision(TWO) == 6
    assert racing.first_decision(Racing(min_seeds=8)) == 8
    assert racing.first_decision(Racing(min_seeds=2, alpha=0.2)) == 3  # 1/8 < 0.2
    assert racing.smallest_p(5, "one-sided") == 1 / 32


def test_a_value_worse_on_every_seed_is_eliminated_at_the_first_count_the_test_allows():
    base = [1.0, 1.1, 0.9, 1.0, 1.05, 1.0]
    rows = {0.0: base, 0.5: [x - 0.2 for x in base], 0.9: [x + 1 for x in base]}
    for n in range(2, 5):  # not before 5 pairs, however clear the difference
        assert racing.decide(table({v: xs[:n] for v, xs in rows.items()}), MAE, 0.0, ONE) == []
    (d,) = racing.decide(table({v: xs[:5] for v, xs in rows.items()}), MAE, 0.0, ONE)
    assert (d.value, d.seeds, d.against) == (0.9, 5, 0.5)
    assert d.p_value == pytest.approx(1 / 32)
    # the baseline is as clearly worse than 0.5, but never eliminated; nor is the best value
    assert racing.decide(table(rows), MAE, 0.0, ONE, eliminated=[0.9]) == []


def test_the_decision_does_not_depend_on_how_many_runs_finished_before_the_check():
    # Two workers: a check may find 6 or 7 pairs where 5 already decided (CI saw 6). The
    # decision is the one taken at the fewest pairs, in seed order, whenever the check runs.
    base = [1.0, 1.1, 0.9, 1.0, 1.05, 1.0, 0.95]
    rows = {0.0: base, 0.5: [x - 0.2 for x in base], 0.9: [x + 1 for x in base]}
    for n in (5, 6, 7):
        (d,) = racing.decide(table({v: xs[:n] for v, xs in rows.items()}), MAE, 0.0, ONE)
        assert (d.value, d.seeds, d.against) == (0.9, 5, 0.5)
        assert d.p_value == pytest.approx(1 / 32)
    # not significant at 5 pairs (one seed better), significant at 6: decided at 6
    worse = [x + 1 for x in base]
    worse[0] = base[0] - 0.5
    (d,) = racing.decide(table({0.0: base, 0.5: rows[0.5], 0.9: worse}), MAE, 0.0, ONE)
    assert d.seeds == 6 and d.p_value < 0.05


def test_a_late_check_never_eliminates_the_value_best_on_every_completed_run():
    # 0.9 is worse than 0.5 on each of the first 5 seeds (a check then would have eliminated
    # it), but its last two seeds make it the best on all 7: a check now keeps it
    rows = {0.0: [1.0] * 7, 0.5: [0.8] * 7, 0.9: [0.9] * 5 + [0.1, 0.1]}
    assert [d.value for d in racing.decide(table({v: xs[:5] for v, xs in rows.items()}),
                                           MAE, 0.0, ONE)] == [0.9]
    assert racing.decide(table(rows), MAE, 0.0, ONE) == []


def test_every_objective_must_agree_and_the_largest_p_is_the_decisions():
    objectives = {"accuracy": "maximize", "mae": "minimize"}
    acc = {0.0: [0.9] * 5, 0.5: [0.95] * 5, 0.9: [0.5] * 5}

    def both(mae):
        return {v: {s: {"accuracy": acc[v][s], "mae": mae[v][s]} for s in range(5)}
                for v in acc}
    # 0.9 is worse than 0.5 on accuracy on every seed (p = 1/32) and on mae on 4 of 5 seeds,
    # the other being the smallest difference (p = 2/32)
    mae = {0.0: [1.0, 1.1, 1.2, 1.3, 1.4], 0.5: [0.5] * 5, 0.9: [0.4, 1.0, 1.1, 1.2, 1.3]}
    assert racing.decide(both(mae), objectives, 0.0, ONE) == []  # 2/32 is not below 0.05
    (d,) = racing.decide(both(mae), objectives, 0.0, Racing(5, 0.1, "one-sided"))
    assert (d.value, d.against) == (0.9, 0.5) and d.p_value == pytest.approx(2 / 32)
    mae[0.9] = [0.4, 0.4, 0.4, 1.0, 1.1]  # better than the best on mae on three seeds: kept
    assert racing.decide(both(mae), objectives, 0.0, Racing(5, 0.2, "one-sided")) == []


def test_one_sided_decisions_are_wilcoxon_pruners(tmp_path):
    """Same data, same decision as optuna.pruners.WilcoxonPruner(p_threshold=alpha): the best
    trial and a candidate trial reporting per-seed values as steps."""
    rng = np.random.default_rng(0)
    with warnings.catch_warnings():  # experimental in Optuna 5; the semantics are checked here
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        pruner = optuna.pruners.WilcoxonPruner(p_threshold=0.05, n_startup_steps=5)
    agreed = pruned = 0
    for case in range(60):
        n = int(rng.integers(5, 11))
        best = rng.normal(1.0, 0.1, n)
        other = best + rng.normal(rng.uniform(-0.02, 0.15), 0.1, n)
        if case % 7 == 0:
            other[:2] = best[:2]  # ties (zero differences)
        if other.mean() < best.mean():
            best, other = other, best  # the pruner's best trial is the best mean
        study = optuna.create_study(direction="minimize")
        study.add_trial(optuna.trial.create_trial(
            value=float(best.mean()), intermediate_values=dict(enumerate(best))))
        trial = study.ask()
        for s, x in enumerate(other):
            trial.report(float(x), s)
        frozen = study._storage.get_trial(trial._trial_id)
        expected = pruner.prune(study, frozen)
        got = racing.decide(table({0.0: list(best), 0.5: list(other)}), MAE, 0.0, ONE)
        agreed += expected == bool(got)
        pruned += expected
    assert agreed == 60 and 5 < pruned < 55


def test_enumerated_p_values_are_scipys():
    from scipy.stats import wilcoxon

    rng = np.random.default_rng(2)
    for _ in range(40):
        n = int(rng.integers(2, 14))
        # rounding makes ties and zero differences common
        d = np.round(rng.normal(rng.uniform(-1, 1), 1, n), int(rng.integers(0, 3)))
        for alt in ("greater", "less", "two-sided"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                expected = wilcoxon(d, alternative=alt, zero_method="zsplit").pvalue
            assert racing._enumerated_p(d, alt) == pytest.approx(expected, rel=1e-12), (d, alt)


def test_replay_races_seed_by_seed_and_counts_runs():
    rng = np.random.default_rng(1)
    seeds = list(range(10))
    rows = {v: list(1.0 + v + rng.normal(0, 0.05, 10)) for v in (0.0, 0.3, 0.6, 0.9)}
    r = racing.replay(table(rows), MAE, 0.0, ONE, seeds)
    assert r.total == 40
    # 0.0 is best, so never eliminated; the others are 6-18 standard deviations worse
    assert sorted(d.value for d in r.decisions) == [0.3, 0.6, 0.9]
    assert all(d.seeds == 5 for d in r.decisions)
    assert r.runs == 10 + 3 * 5 and r.saved == pytest.approx(15 / 40)
    assert r.chosen == r.chosen_full == {"mae": 0.0}


# ------------------------------------------------------------------------- the database

SPEC = {"name": "race", "task": "digits", "grid": [0.0, 0.5, 0.9], "seeds": 6,
        "objectives": ["accuracy", "mae"], "racing": {"min_seeds": 5}}


def _db(tmp_path, **changes):
    spec = parse_spec({**SPEC, **changes})
    url = f"sqlite:///{tmp_path / 'race.db'}"
    queue.init_study(spec, url)
    return spec, url, queue.open_queue(url, heartbeat_interval=1, grace_period=2)


def _complete(storage, trial, acc: float, mae: float) -> None:
    storage.set_trial_state_values(trial._trial_id, TrialState.RUNNING)
    for key, x in (("val_accuracy", acc), ("val_mae", mae), ("test_accuracy", acc),
                   ("test_mae", mae)):
        storage.set_trial_user_attr(trial._trial_id, key, x)
    storage.set_trial_state_values(trial._trial_id, TrialState.COMPLETE, [acc])


def test_init_enqueues_seed_by_seed_and_claims_skip_eliminated_values(tmp_path):
    spec, url, storage = _db(tmp_path)
    sid = queue.study_id(storage, queue.runs_name("race"))
    trials = storage.get_all_trials(sid)
    assert [(t.params["seed"], t.params["r"]) for t in trials] == [
        (s, v) for s in range(6) for v in (0.0, 0.5, 0.9)]
    # a retried run keeps its place: seed 0 of 0.5 fails and is retried (a new, later trial)
    first = queue.claim(storage, sid, 2)
    queue.fail_for_retry(storage, optuna.load_study(study_name="race:runs", storage=storage),
                         first[1], "test")
    order = elimination.claim_order(spec, set())
    waiting = order(storage.get_all_trials(sid, states=(TrialState.WAITING,)))
    assert [(t.params["seed"], t.params["r"]) for t in waiting[:3]] == [
        (0, 0.5), (0, 0.9), (1, 0.0)]
    order = elimination.claim_order(spec, {0.9})
    assert 0.9 not in {t.params["r"] for t in order(waiting)}


def _play_five_seeds(storage, sid):
    """Seeds 0-4 of every value complete: 0.9 far worse on both objectives."""
    for t in storage.get_all_trials(sid, states=(TrialState.WAITING,)):
        if t.params["seed"] < 5:
            v, s = t.params["r"], t.params["seed"]
            _complete(storage, t, 0.9 - v + 0.01 * s, 0.5 + v - 0.01 * s)


def test_update_decides_once_and_skips_the_waiting_runs(tmp_path):
    spec, url, storage = _db(tmp_path)
    sid = queue.study_id(storage, queue.runs_name("race"))
    _play_five_seeds(storage, sid)
    # another worker has just claimed seed 5 of 0.9: it must be left alone
    claimed = [t for t in storage.get_all_trials(sid) if t.params["seed"] == 5
               and t.params["r"] == 0.9][0]
    assert storage.set_trial_state_values(claimed._trial_id, TrialState.RUNNING)
    new = elimination.update(storage, spec)
    # best on both objectives is 0.0; 0.5 and 0.9 are worse on every seed: p = 1/32 each
    assert sorted((d.value, d.seeds, d.against) for d in new) == [(0.5, 5, 0.0), (0.9, 5, 0.0)]
    assert set(elimination.decisions(storage, spec)) == {0.5, 0.9}
    assert elimination.update(storage, spec) == []  # idempotent
    assert storage.get_trial(claimed._trial_id).state == TrialState.RUNNING  # left alone
    seed5 = {t.params["r"]: t for t in storage.get_all_trials(sid) if t.params["seed"] == 5}
    assert seed5[0.5].state == TrialState.PRUNED and "racing" in seed5[0.5].user_attrs["skipped"]
    assert seed5[0.5].datetime_start is not None  # Optuna rejects a finished trial without one
    assert seed5[0.0].state == TrialState.WAITING
    summary = optuna.load_study(study_name="race:mae:mean", storage=storage).get_trials()
    assert {t.params["r"]: t.state for t in summary} == {0.5: TrialState.PRUNED,
                                                         0.9: TrialState.PRUNED}
    assert all(t.user_attrs["racing_seeds"] == 5 and t.user_attrs["n"] == 5 and
               t.user_attrs["racing_p_value"] == pytest.approx(1 / 32) for t in summary)
    p = queue.progress(storage, spec)
    assert (p.eliminated, p.skipped, p.waiting, p.running) == (2, 1, 1, 1)


def test_a_worker_killed_between_claim_and_skip_trains_nothing(tmp_path):
    """The decision is written, the skip claimed a run (RUNNING) and the worker died: the
    run goes stale, is retried, and the retry is skipped, never trained."""
    spec, url, storage = _db(tmp_path, grid=[0.0, 0.9])
    sid = queue.study_id(storage, queue.runs_name("race"))
    _play_five_seeds(storage, sid)
    decided = racing.decide(elimination.results_of(spec, storage.get_all_trials(sid)),
                            elimination.objectives(spec), 0.0, spec.racing)
    assert [d.value for d in decided] == [0.9]
    storage.set_study_user_attr(sid, racing.decision_key(0.9), json.dumps(decided[0].to_json()))
    victim = [t for t in storage.get_all_trials(sid, states=(TrialState.WAITING,))
              if t.params["r"] == 0.9][0]
    storage.record_heartbeat(victim._trial_id)
    storage.set_trial_state_values(victim._trial_id, TrialState.RUNNING)  # ... and died
    time.sleep(3)  # past the grace period
    queue.fail_stale(storage, optuna.load_study(study_name="race:runs", storage=storage))
    assert elimination.update(storage, spec) == []
    runs09 = [t for t in storage.get_all_trials(sid) if t.params["r"] == 0.9
              and t.params["seed"] == 5]
    assert [t.state for t in runs09] == [TrialState.FAIL, TrialState.PRUNED]
    assert not any("val_mae" in t.user_attrs for t in runs09)
    assert queue.progress(storage, spec).waiting == 1  # seed 5 of 0.0 only


def test_report_lists_the_elimination(tmp_path):
    spec, url, storage = _db(tmp_path, grid=[0.0, 0.9])
    sid = queue.study_id(storage, queue.runs_name("race"))
    _play_five_seeds(storage, sid)
    elimination.update(storage, spec)
    records = load_records(storage, "race")
    assert records.racing == {"min_seeds": 5, "alpha": 0.05, "test": "one-sided"}
    typed = build_report(records, task_metrics("digits"), n_resamples=100)
    report = typed.to_json()
    rows = {r["value"]: r for r in report["rows"]}
    assert rows[0.9]["racing"] == {"eliminated": True, "seeds": 5,
                                   "p_value": pytest.approx(1 / 32), "against": 0.0}
    assert rows[0.0]["racing"] == {"eliminated": False, "seeds": None, "p_value": None,
                                   "against": None}
    assert rows[0.9]["n"] == 5
    assert "racing was on" in report["method"] and "stopping rule" in report["method"]
    skipped = [m for m in report["missing"] if m["value"] == 0.9]
    assert [m["seed"] for m in skipped] == [5]
    assert skipped[0]["reason"].startswith("skipped: the value was eliminated by racing")
    assert any("eliminated by racing after 5 seeds" in w for w in report["warnings"])
    md = render_md(typed)
    assert "## Racing" in md and "| 0.9 (eliminated) |" in md
    assert "- r = 0.9: after 5 seeds, worse than r = 0.0 (p = 0.0312); n = 5" in md
    for fmt in FORMATS:  # every format renders a report with an elimination
        assert render(fmt, [typed])
