"""The derived studies of a grid study: `NAME:<metric>` (one COMPLETE trial per finished run)
and `NAME:<metric>:mean` (one per value whose seeds are all done), synced from `NAME:runs`
exactly once per run in one `rows` transaction, and `repair` (duplicates removed, then synced).
"""

from __future__ import annotations

import math

import optuna
from optuna.distributions import FloatDistribution
from optuna.storages import RDBStorage
from optuna.trial import TrialState

from ..._util import value_key
from ...runschema import RunRecord, intermediate_values, read_run
from ..spec import StudySpec
from . import rows as trialrows
from .names import (
    objective_name,
    point_key,
    runs_name,
    study_id,
    summary_name,
    variant_choices,
    variant_distributions,
)


def sync_derived(storage: RDBStorage, spec: StudySpec, *, wait: bool = True) -> int | None:
    """Copy finished runs into the objective and summary studies, each exactly once. Returns
    the number of trials added, or None when `wait=False` and another worker is syncing (its
    sync, or the blocking one every worker does before it exits, covers our runs).

    All copies of one sync are written in one transaction that also checks what is already
    there (`trialrows`): a worker killed, or a server restarted, mid-sync leaves nothing
    half done, and two syncs can never both add the same run."""
    if spec.grid is None:
        return 0
    with trialrows.transaction(storage, "sync:" + spec.name, wait=wait) as writer:
        if writer is None:
            return None
        runs = storage.get_all_trials(study_id(storage, runs_name(spec.name)),
                                      states=(TrialState.COMPLETE,))
        added = 0
        for metric in spec.objectives:
            added += _sync_objective(storage, writer, spec, metric, runs)
            added += _sync_summary(storage, writer, spec, metric, runs)
    return added


def _sync_objective(storage, writer: trialrows.Writer, spec, metric, runs) -> int:
    sid = study_id(storage, objective_name(spec.name, metric))
    writer.lock_study(sid)
    present = set(writer.user_attrs(sid, "run").values())
    added = 0
    for trial in runs:
        run = read_run(trial, spec.parameter)
        value = run.val.get(metric) if run is not None else None
        if trial.number in present or value is None or not math.isfinite(value):
            continue
        writer.add(sid, optuna.trial.create_trial(
            value=value, params=trial.params, distributions=trial.distributions,
            user_attrs={**trial.user_attrs, "run": trial.number},
            intermediate_values=intermediate_values(run, metric)))
        added += 1
    return added


def repair_derived(storage: RDBStorage, spec: StudySpec) -> dict[str, int]:
    """Remove duplicate copies of a run (or of a value's mean) from the derived studies,
    keeping the first, then copy what is missing. Versions before the one-transaction sync
    could copy a run twice when the server restarted mid-sync. Returns, per derived study,
    how many copies were removed."""
    removed: dict[str, int] = {}
    if spec.grid is None:
        return removed
    with trialrows.transaction(storage, "sync:" + spec.name) as writer:
        for metric in spec.objectives:
            name = objective_name(spec.name, metric)
            sid = study_id(storage, name)
            writer.lock_study(sid)
            removed[name] = _remove_copies(writer, sid, writer.user_attrs(sid, "run"))
            name = summary_name(spec.name, metric)
            sid = study_id(storage, name)
            writer.lock_study(sid)
            removed[name] = _remove_copies(writer, sid, summary_keys(writer, sid, spec))
    sync_derived(storage, spec)
    return removed


def _remove_copies(writer: trialrows.Writer, sid: int, key_of: dict[int, object]) -> int:
    """Delete every trial but the first (lowest id) of each key; the number deleted."""
    first: dict = {}
    for trial_id, key in sorted(key_of.items()):
        first.setdefault(key, trial_id)
    extra = set(key_of) - set(first.values())
    writer.delete(sid, extra)
    return len(extra)


def mean_std(values: list[float]) -> tuple[float, float]:
    """Mean and sample standard deviation; NaN in, NaN out (the statistics module raises)."""
    mean = math.fsum(values) / len(values)
    if len(values) < 2:
        return mean, 0.0
    return mean, math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (len(values) - 1))


def _sync_summary(storage, writer: trialrows.Writer, spec, metric, trials) -> int:
    sid = study_id(storage, summary_name(spec.name, metric))
    writer.lock_study(sid)
    present = set(summary_keys(writer, sid, spec).values())
    by_value: dict[tuple[str, float], dict[int, RunRecord]] = {}
    for run in filter(None, (read_run(t, spec.parameter) for t in trials)):
        v, s = point_key(run.value, run.seed)
        by_value.setdefault((run.variant, v), {})[s] = run
    added = 0
    for key, seeds in sorted(by_value.items()):
        if key in present or not set(spec.seeds) <= set(seeds):
            continue
        chosen = [seeds[s] for s in spec.seeds]
        attrs = {"n": len(chosen), "seeds": list(spec.seeds)}
        for split in ("val", "test"):
            for name in getattr(chosen[0], split):
                vals = [getattr(r, split).get(name, math.nan) for r in chosen]
                attrs[f"{split}_{name}_mean"], attrs[f"{split}_{name}_std"] = mean_std(vals)
        if not math.isfinite(attrs.get(f"val_{metric}_mean", math.nan)):
            continue  # e.g. an undefined metric (FSA with no mistakes): no summary to rank
        params, dists = summary_params(spec, key[0], chosen[0].value)
        writer.add(sid, optuna.trial.create_trial(
            value=attrs[f"val_{metric}_mean"], params=params, distributions=dists,
            user_attrs=attrs))
        added += 1
    return added


def summary_keys(writer: trialrows.Writer, sid: int, spec: StudySpec
                  ) -> dict[int, tuple[str, float]]:
    """trial id -> (variant, value) of the summary trials already there ("simloss" without
    variants): a summary trial per (variant, value), never one per value."""
    names = variant_choices(spec)
    parameters = sorted(set(variant_distributions(spec)) - {"seed", "variant"})
    keys = {}
    for trial_id, p in writer.params(sid, *parameters, "variant").items():
        parameter = next((k for k in parameters if k in p), None)
        if parameter is not None:
            keys[trial_id] = (names[int(p.get("variant", 0))], value_key(p[parameter]))
    return keys


def summary_params(spec: StudySpec, variant: str, value: float) -> tuple[dict, dict]:
    """A summary trial's params: the value (under the variant's parameter) and, in a study
    with [[variants]], the variant; exactly as before without variants."""
    if not spec.variants:
        return {spec.parameter: value}, {spec.parameter: FloatDistribution(0.0, 1.0)}
    own = next((v for v in spec.variants if v.name == variant), None)
    parameter = own.parameter_in(spec.parameter) if own is not None else spec.parameter
    dists = variant_distributions(spec)
    return ({parameter: value, "variant": variant},
            {parameter: dists[parameter], "variant": dists["variant"]})
