"""Racing in the database: decisions, the seed-by-seed claim order, and skipping the WAITING
runs of eliminated values (the rule itself is `simloss_tune.racing`).

* A decision is a user attribute `racing:<value>` of the `NAME:runs` study (JSON: seeds,
  p_value, against), written once under the advisory lock `racing:NAME`, before any run of
  that value leaves the queue: a worker killed in between leaves a decision whose runs the next
  `update` (every worker calls it at start, after each batch and when it finds no work) skips.
* Skipping a WAITING run is `trialrows.move(WAITING -> PRUNED)` with its `skipped` reason, one
  transaction that checks the old state under the row lock, as a claim does: a run another
  worker claimed first is left alone (it finishes and is kept).
* Claims skip the runs of eliminated values and go seed by seed (`claim_order`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence

import optuna
from optuna.distributions import FloatDistribution
from optuna.storages import RDBStorage
from optuna.trial import FrozenTrial, TrialState

from .. import racing
from .._util import value_key
from ..database import exclusive
from ..runschema import read_run
from . import queue
from .queue import rows as trialrows
from .spec import StudySpec

PREFIX = racing.PREFIX
decision_key = racing.decision_key
decisions_from_attrs = racing.decisions_from_attrs


def decisions(storage: RDBStorage, spec: StudySpec) -> dict[float, dict]:
    """value_key -> {"eliminated": True, "seeds", "p_value", "against"} of eliminated values."""
    attrs = storage.get_study_user_attrs(queue.study_id(storage, queue.runs_name(spec.name)))
    return decisions_from_attrs(attrs)


def claim_order(spec: StudySpec, eliminated: set[float]
                ) -> Callable[[list[FrozenTrial]], list[FrozenTrial]]:
    """Claim order of a racing study: seed by seed in the study file's order, values in grid
    order within a seed (a retried run keeps its place), runs of eliminated values left out."""
    seed_pos = {s: i for i, s in enumerate(spec.seeds)}
    value_pos = {value_key(v): i for i, v in enumerate(spec.grid or ())}

    def order(waiting: list[FrozenTrial]) -> list[FrozenTrial]:
        keep = [t for t in waiting if spec.parameter in t.params
                and value_key(t.params[spec.parameter]) not in eliminated]
        return sorted(keep, key=lambda t: (
            seed_pos.get(t.params.get("seed"), len(seed_pos)),
            value_pos.get(value_key(t.params[spec.parameter]), len(value_pos)), t.number))
    return order


def objectives(spec: StudySpec) -> dict[str, str]:
    """Objective -> direction, from the task or from the study file's [metrics]."""
    directions = {name: direction for name, direction, _ in spec.metric_defs()}
    return {m: directions[m] for m in spec.objectives}


def results_of(spec: StudySpec, runs: Sequence[FrozenTrial]) -> dict[float, dict[int, dict]]:
    """value -> seed -> metric -> val metric of the COMPLETE runs (the latest per seed)."""
    out: dict[float, dict[int, dict]] = {}
    for t in sorted(runs, key=lambda t: t.number):
        run = read_run(t, spec.parameter) if t.state == TrialState.COMPLETE else None
        if run is None:
            continue
        out.setdefault(value_key(run.value), {})[run.seed] = {
            m: run.val.get(m, math.nan) for m in spec.objectives}
    return out


def update(storage: RDBStorage, spec: StudySpec) -> list[racing.Decision]:
    """Take the decisions the completed runs allow now, skip the WAITING runs of every
    eliminated value and add their pruned summary trials; idempotent. Returns the new
    decisions."""
    if spec.racing is None or spec.grid is None:
        return []
    sid = queue.study_id(storage, queue.runs_name(spec.name))
    with exclusive(storage, PREFIX + spec.name) as held:
        runs = storage.get_all_trials(sid, deepcopy=False)
        done = decisions_from_attrs(storage.get_study_user_attrs(sid))
        new = racing.decide(results_of(spec, runs), objectives(spec), spec.baseline,
                            spec.racing, list(done))
        for d in new:
            held.check()
            storage.set_study_user_attr(sid, decision_key(d.value), json.dumps(d.to_json()))
            done[value_key(d.value)] = d.to_json()
        skip_waiting(storage, runs, spec, done, held.check)
    add_summary_trials(storage, spec, done, runs)
    return new


def skip_waiting(storage: RDBStorage, runs: Sequence[FrozenTrial], spec: StudySpec,
                 eliminated: dict[float, dict], still_held: Callable[[], None]) -> int:
    """Move the WAITING runs of eliminated values to PRUNED (see the module docstring)."""
    skipped = 0
    for t in runs:
        if t.state != TrialState.WAITING or spec.parameter not in t.params:
            continue
        decision = eliminated.get(value_key(t.params[spec.parameter]))
        if decision is None:
            continue
        still_held()
        if trialrows.move(storage, t._trial_id, TrialState.WAITING, TrialState.PRUNED,
                          attrs={"skipped": skip_reason(spec, decision)}):
            skipped += 1  # else another worker claimed it first: it trains and is kept
    return skipped


def skip_reason(spec: StudySpec, decision: dict) -> str:
    return (f"racing: eliminated after {decision['seeds']} seeds, worse than "
            f"{spec.parameter} = {decision['against']:g} (p = {decision['p_value']:.3g})")


def summary_trials(spec: StudySpec, eliminated: dict[float, dict],
                   runs: Sequence[FrozenTrial], metric: str) -> list[FrozenTrial]:
    """The pruned trials that show eliminated values in `NAME:<metric>:mean`: the mean over the
    seeds they completed, the decision's seed count and p-value as attributes. (Pure, so the
    writer of the derived studies can add them.)"""
    results = results_of(spec, runs)
    out = []
    for value, decision in sorted(eliminated.items()):
        per_seed = results.get(value, {})
        vals = [r[metric] for r in per_seed.values() if math.isfinite(r[metric])]
        mean, std = queue.mean_std(vals) if vals else (math.nan, math.nan)
        attrs = {"n": len(vals), "seeds": sorted(per_seed), "eliminated": True,
                 "racing_seeds": decision["seeds"], "racing_p_value": decision["p_value"],
                 "racing_against": decision["against"], f"val_{metric}_mean": mean,
                 f"val_{metric}_std": std}
        out.append(optuna.trial.create_trial(
            state=TrialState.PRUNED, params={spec.parameter: value},
            distributions={spec.parameter: FloatDistribution(0.0, 1.0)}, user_attrs=attrs))
    return out


def add_summary_trials(storage: RDBStorage, spec: StudySpec,
                       eliminated: dict[float, dict], runs: Sequence[FrozenTrial]) -> int:
    """Add the missing pruned summary trials in one transaction under the derived studies'
    lock ("sync:NAME", as `queue.sync_derived`): one summary trial per value, whoever
    writes it."""
    if not eliminated:
        return 0
    added = 0
    with trialrows.transaction(storage, "sync:" + spec.name) as writer:
        for metric in spec.objectives:
            sid = queue.study_id(storage, queue.summary_name(spec.name, metric))
            writer.lock_study(sid)
            present = {value_key(p[spec.parameter])
                       for p in writer.params(sid, spec.parameter).values()}
            for trial in summary_trials(spec, eliminated, runs, metric):
                if value_key(trial.params[spec.parameter]) not in present:
                    writer.add(sid, trial)
                    added += 1
    return added


def eliminate_proposal_attrs(decision: racing.Decision) -> dict:
    """User attributes of a pruned adaptive proposal."""
    return {"eliminated": True, "racing_seeds": decision.seeds,
            "racing_p_value": decision.p_value, "racing_against": decision.against}
