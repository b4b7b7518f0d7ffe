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
* In a study with [[variants]] racing eliminates (variant, value) points (`point`): the shared
  baseline is ("simloss", baseline), and the best of an objective is taken across all
  variants, as the report chooses.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence

import optuna
from optuna.storages import RDBStorage
from optuna.trial import FrozenTrial, TrialState

from .. import racing
from .._util import value_key
from ..database import exclusive
from ..runschema import read_run
from ..variants import STUDY_VARIANT
from . import queue
from .queue import derived, work
from .queue import rows as trialrows
from .spec import StudySpec

PREFIX = racing.PREFIX
decision_key = racing.decision_key
decisions_from_attrs = racing.decisions_from_attrs


def point(spec: StudySpec, variant: str, value: float) -> racing.Point:
    """What racing decides about: the value, or (variant, value) in a study with variants."""
    return (variant, value_key(value)) if spec.variants else value_key(value)


def trial_point(spec: StudySpec, trial: FrozenTrial) -> racing.Point | None:
    """The point of a run in any state (a WAITING one has no results to read); None for a
    trial that is not a grid point."""
    params = trial.params
    if not spec.variants:
        return value_key(params[spec.parameter]) if spec.parameter in params else None
    value = next((v for k, v in params.items() if k not in ("seed", "variant")), None)
    return None if value is None else point(spec, params.get("variant", STUDY_VARIANT), value)


def baseline_point(spec: StudySpec) -> racing.Point:
    """The shared baseline: never eliminated."""
    return point(spec, STUDY_VARIANT, spec.baseline)


def grid_points(spec: StudySpec) -> list[racing.Point]:
    """Every point in the order `init` enqueues them: the study's grid, then each variant's
    values (`queue.work.variant_points`)."""
    if not spec.variants:
        return [value_key(v) for v in spec.grid or ()]
    return list(dict.fromkeys(point(spec, name, value)
                              for name, _, value, _ in work.variant_points(spec)))


def decisions(storage: RDBStorage, spec: StudySpec) -> dict[racing.Point, dict]:
    """point -> {"eliminated": True, "seeds", "p_value", "against"} of eliminated points (and
    "against_variant" in a study with [[variants]])."""
    attrs = storage.get_study_user_attrs(queue.study_id(storage, queue.runs_name(spec.name)))
    return decisions_from_attrs(attrs)


def claim_order(spec: StudySpec, eliminated: set[racing.Point]
                ) -> Callable[[list[FrozenTrial]], list[FrozenTrial]]:
    """Claim order of a racing study: seed by seed in the study file's order, points in grid
    order within a seed (a retried run keeps its place), runs of eliminated points left out."""
    seed_pos = {s: i for i, s in enumerate(spec.seeds)}
    point_pos = {p: i for i, p in enumerate(grid_points(spec))}

    def order(waiting: list[FrozenTrial]) -> list[FrozenTrial]:
        keep = [(t, p) for t in waiting
                if (p := trial_point(spec, t)) is not None and p not in eliminated]
        keep.sort(key=lambda tp: (seed_pos.get(tp[0].params.get("seed"), len(seed_pos)),
                                  point_pos.get(tp[1], len(point_pos)), tp[0].number))
        return [t for t, _ in keep]
    return order


def objectives(spec: StudySpec) -> dict[str, str]:
    """Objective -> direction, from the task or from the study file's [metrics]."""
    directions = {name: direction for name, direction, _ in spec.metric_defs()}
    return {m: directions[m] for m in spec.objectives}


def results_of(spec: StudySpec, runs: Sequence[FrozenTrial]
               ) -> dict[racing.Point, dict[int, dict]]:
    """point -> seed -> metric -> val metric of the COMPLETE runs (the latest per seed)."""
    out: dict[racing.Point, dict[int, dict]] = {}
    for t in sorted(runs, key=lambda t: t.number):
        run = read_run(t, spec.parameter) if t.state == TrialState.COMPLETE else None
        if run is None:
            continue
        out.setdefault(point(spec, run.variant, run.value), {})[run.seed] = {
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
        new = racing.decide(results_of(spec, runs), objectives(spec), baseline_point(spec),
                            spec.racing, list(done), seeds=spec.seeds)
        for d in new:
            held.check()
            storage.set_study_user_attr(sid, decision_key(d.value), json.dumps(d.to_json()))
            done[racing.point_key(d.value)] = d.to_json()
        skip_waiting(storage, runs, spec, done, held.check)
    add_summary_trials(storage, spec, done, runs)
    return new


def skip_waiting(storage: RDBStorage, runs: Sequence[FrozenTrial], spec: StudySpec,
                 eliminated: dict[racing.Point, dict], still_held: Callable[[], None]) -> int:
    """Move the WAITING runs of eliminated points to PRUNED (see the module docstring)."""
    skipped = 0
    for t in runs:
        if t.state != TrialState.WAITING:
            continue
        decision = eliminated.get(trial_point(spec, t))
        if decision is None:
            continue
        still_held()
        if trialrows.move(storage, t._trial_id, TrialState.WAITING, TrialState.PRUNED,
                          attrs={"skipped": skip_reason(spec, decision)}):
            skipped += 1  # else another worker claimed it first: it trains and is kept
    return skipped


def skip_reason(spec: StudySpec, decision: dict) -> str:
    return (f"racing: eliminated after {decision['seeds']} seeds, worse than "
            f"{against_text(spec, decision)} (p = {decision['p_value']:.3g})")


def against_text(spec: StudySpec, decision: dict) -> str:
    """`r = 0.4`, or `sord: r = 0.4` in a study with variants: what a value lost to."""
    variant = decision.get("against_variant")
    if variant is None:
        return f"{spec.parameter} = {decision['against']:g}"
    return f"{variant}: {point_parameter(spec, variant)} = {decision['against']:g}"


def point_text(spec: StudySpec, p: racing.Point) -> str:
    """`r=0.8`, or `sord: r=0.8` in a study with variants (log lines)."""
    if isinstance(p, tuple):
        return f"{p[0]}: {point_parameter(spec, p[0])}={p[1]:g}"
    return f"{spec.parameter}={p:g}"


def point_parameter(spec: StudySpec, variant: str) -> str:
    """The parameter a variant's values are stored under."""
    own = next((d for d in spec.variants if d.name == variant), None)
    return own.parameter_in(spec.parameter) if own is not None else spec.parameter


def summary_trials(spec: StudySpec, eliminated: dict[racing.Point, dict],
                   runs: Sequence[FrozenTrial], metric: str) -> list[FrozenTrial]:
    """The pruned trials that show eliminated points in `NAME:<metric>:mean`: the mean over the
    seeds they completed, the decision's seed count and p-value as attributes (and the
    variant, as a parameter, in a study with variants). (Pure, so the writer of the derived
    studies can add them.)"""
    results = results_of(spec, runs)
    out = []
    for p, decision in sorted(eliminated.items(), key=lambda pd: _as_pair(pd[0])):
        per_seed = results.get(p, {})
        vals = [r[metric] for r in per_seed.values() if math.isfinite(r[metric])]
        mean, std = queue.mean_std(vals) if vals else (math.nan, math.nan)
        attrs = {"n": len(vals), "seeds": sorted(per_seed), "eliminated": True,
                 "racing_seeds": decision["seeds"], "racing_p_value": decision["p_value"],
                 "racing_against": decision["against"], f"val_{metric}_mean": mean,
                 f"val_{metric}_std": std}
        if "against_variant" in decision:
            attrs["racing_against_variant"] = decision["against_variant"]
        variant, value = _as_pair(p)
        params, dists = derived.summary_params(spec, variant, value)
        out.append(optuna.trial.create_trial(
            state=TrialState.PRUNED, params=params, distributions=dists, user_attrs=attrs))
    return out


def _as_pair(p: racing.Point) -> tuple[str, float]:
    """(variant, value) of a point; "simloss" for a study without variants."""
    return p if isinstance(p, tuple) else (STUDY_VARIANT, p)


def add_summary_trials(storage: RDBStorage, spec: StudySpec,
                       eliminated: dict[racing.Point, dict], runs: Sequence[FrozenTrial]
                       ) -> int:
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
            present = set(derived.summary_keys(writer, sid, spec).values())
            for trial in summary_trials(spec, eliminated, runs, metric):
                if summary_key(spec, trial) not in present:
                    writer.add(sid, trial)
                    added += 1
    return added


def summary_key(spec: StudySpec, trial: FrozenTrial) -> tuple[str, float]:
    """(variant, value) of a summary trial, as `derived.summary_keys` reads them back."""
    return _as_pair(trial_point(spec, trial))


def eliminate_proposal_attrs(decision: racing.Decision) -> dict:
    """User attributes of a pruned adaptive proposal."""
    return {"eliminated": True, "racing_seeds": decision.seeds,
            "racing_p_value": decision.p_value, "racing_against": decision.against}
