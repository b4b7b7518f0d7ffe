"""`simloss-tune retry`: put the points that failed for good back into the queue.

A point has failed for good when its last try failed and had no retry left (Optuna's retry
callback, `retry.CleanRetry`, stops after `max_retries` retries) and nothing else of it is
WAITING, RUNNING, COMPLETE or PRUNED. What a point is depends on the study:

* grid: a (value, seed) run of `NAME:runs`;
* racing (a grid study with `[racing]`): the same, except that the runs of an eliminated value
  are not re-queued (racing decided not to train them any more);
* adaptive: a proposal of `NAME:<objective>` (the baseline's or TPE's) whose last try failed:
  it comes back with the same value (a retried proposal keeps its value), on top of n_trials,
  and reuses the seeds it already recorded.

The re-queued trial is a fresh WAITING copy of the last failed try without its retry history
(`retry_history`, `failed_trial`), so it gets a full budget of tries again, and with system
attribute `requeued_from` (the number of that try); the failed tries stay as history.

Exactly once: the check and the inserts run in one transaction (`trialrows.transaction`) under
an advisory lock and the study row's lock, which every added trial (Optuna's included) takes,
so two `retry` commands cannot both add a copy. A try that still has a retry left is never
re-queued here: its worker's retry callback adds that copy, and the two must not meet.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from dataclasses import dataclass

import optuna
from optuna.storages import RDBStorage
from optuna.trial import FrozenTrial, TrialState

from ..._util import value_key
from ...database import MAX_RETRIES_DEFAULT, is_sqlite, sqlite_path
from ...variants import STUDY_VARIANT
from .. import elimination
from ..spec import StudySpec
from . import names
from . import rows as trialrows
from .retry import HISTORY_ATTRS, CleanRetry, retry_history, retry_params
from .work import grid_points, variant_points


@dataclass
class Requeued:
    """One re-queued point: its value, its seed (None for an adaptive proposal) and the try
    it was copied from."""

    value: float
    seed: int | None
    from_trial: int
    variant: str | None = None  # [[variants]] only


def requeue_failed(storage: RDBStorage, spec: StudySpec, url: str, *,
                   value: float | None = None, variant: str | None = None,
                   max_retries: int = MAX_RETRIES_DEFAULT) -> list[Requeued]:
    """Re-queue every point of `spec` (only those of `value`, if given) that failed for good;
    what was re-queued, in queue order."""
    if value is not None:
        _check_value(spec, value)
    if variant is not None:
        _check_variant(spec, variant)
    name = names.work_study_name(spec)
    sid = names.study_id(storage, name)
    with _sqlite_lock(url), trialrows.transaction(storage, "requeue:" + name) as writer:
        writer.lock_study(sid)  # no trial is added to the study until we commit
        trials = storage.get_all_trials(sid, deepcopy=False)
        if spec.grid is not None:
            failed = _failed_grid_points(spec, trials, storage, max_retries)
        else:
            failed = _failed_proposals(trials, max_retries)
        if value is not None:
            failed = [t for t in failed if value_key(_value_of(t)) == value_key(value)]
        if variant is not None:
            failed = [t for t in failed
                      if t.params.get("variant", STUDY_VARIANT) == variant]
        for trial in failed:
            writer.add(sid, fresh_copy(trial))
    return [Requeued(_value_of(t), t.params["seed"] if spec.grid is not None else None,
                     t.number, t.params.get("variant")) for t in failed]


def _value_of(trial: FrozenTrial) -> float:
    """A run's value: its one parameter besides seed and variant."""
    return next(v for k, v in trial.params.items() if k not in ("seed", "variant"))


def fresh_copy(trial: FrozenTrial) -> FrozenTrial:
    """A WAITING copy of a failed try with a full retry budget, naming the try."""
    attrs = {k: v for k, v in trial.system_attrs.items() if k not in HISTORY_ATTRS}
    params, dists = retry_params(trial)
    return optuna.trial.create_trial(
        state=TrialState.WAITING, params=params, distributions=dists,
        system_attrs={**attrs, "requeued_from": trial.number})


def _no_try_left(trial: FrozenTrial, max_retries: int) -> bool:
    return trial.state == TrialState.FAIL and CleanRetry(max_retries).copy_of(trial) is None


def _failed_grid_points(spec: StudySpec, trials: list[FrozenTrial], storage: RDBStorage,
                        max_retries: int) -> list[FrozenTrial]:
    """The last try of each (value, seed) whose every try failed and that has none left;
    none of an eliminated value (or (variant, value) point)."""
    eliminated = set(elimination.decisions(storage, spec)) if spec.racing else set()
    by_point: dict[tuple[float, int], list[FrozenTrial]] = {}
    for t in trials:
        # a variant's own parameter (e.g. l in an r study) stands for the value
        value = next((t.params[k] for k in t.params if k not in ("seed", "variant")), None)
        if value is not None and "seed" in t.params:
            key = (value_key(value), int(t.params["seed"]), t.params.get("variant"))
            by_point.setdefault(key, []).append(t)
    failed = []
    for tries in by_point.values():
        last = max(tries, key=lambda t: t.number)
        if (elimination.trial_point(spec, last) not in eliminated
                and all(t.state == TrialState.FAIL for t in tries)
                and _no_try_left(last, max_retries)):
            failed.append(last)
    return _queue_order(spec, failed)


def _queue_order(spec: StudySpec, trials: list[FrozenTrial]) -> list[FrozenTrial]:
    order = {(value_key(v), s): i for i, (v, s) in enumerate(grid_points(spec))}
    return sorted(trials, key=lambda t: (order.get(
        (value_key(_value_of(t)), int(t.params["seed"])), len(order)), t.number))


def _failed_proposals(trials: list[FrozenTrial], max_retries: int) -> list[FrozenTrial]:
    """Adaptive proposals whose last try failed with no try left and that nothing continues
    (no retry, no re-queued copy names them)."""
    continued = set()
    for t in trials:
        history = retry_history(t)
        continued.update(history[-1:])
        if "requeued_from" in t.system_attrs:
            continued.add(t.system_attrs["requeued_from"])
    return [t for t in trials if t.number not in continued and _no_try_left(t, max_retries)
            and t.params]


def _check_variant(spec: StudySpec, variant: str) -> None:
    known_names = names.variant_choices(spec)
    if not spec.variants or variant not in known_names:
        known = ", ".join(known_names) if spec.variants else "none: it has no [[variants]]"
        raise ValueError(f"--variant {variant!r} is not a variant of study {spec.name!r} "
                         f"(its variants: {known})")


def _check_value(spec: StudySpec, value: float) -> None:
    values = [*(spec.grid or []), *(v for _, _, v, _ in variant_points(spec))] \
        if spec.variants else spec.grid
    if values is not None and value_key(value) not in {value_key(v) for v in values}:
        grid = ", ".join(f"{v:g}" for v in dict.fromkeys(values))
        raise ValueError(f"--value {value:g} is not a value of study {spec.name!r} "
                         f"(its grid: {grid})")


@contextlib.contextmanager
def _sqlite_lock(url: str) -> Iterator[None]:
    """SQLite has no row or advisory locks: two `retry` commands on one file take turns
    through a file lock (the worker's own lock stays free, so retry works while it runs)."""
    if not is_sqlite(url):
        yield
        return
    fd = os.open(str(sqlite_path(url)) + ".retry-lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
