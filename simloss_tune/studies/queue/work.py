"""The work queue, kept in Optuna's own tables.

A study file `NAME` owns these Optuna studies (schema in docs/ARCHITECTURE.md):

* `NAME:runs`: one trial per training run (value, seed): WAITING until a worker claims it,
  RUNNING with heartbeats while it trains, then COMPLETE or FAIL. A trial whose worker died is
  found by its stale heartbeat, failed, and re-enqueued by `RetryHeartbeatStaleTrialCallback`.
* `NAME:<metric>`: per objective metric, one COMPLETE trial per finished run (value = the
  validation metric), derived from `NAME:runs`, so one run serves every objective.
* `NAME:<metric>:mean`: per grid value whose seeds are all done, a trial holding the mean over
  seeds, so the dashboard's "best trial" is the best mean and not the luckiest seed.

The claim is `trialrows.move(WAITING -> RUNNING)`: one transaction under `SELECT ... FOR
UPDATE SKIP LOCKED`, atomic on PostgreSQL, that never waits for another worker's lock. Grid
points and derived trials are added by `trialrows`: the check for what is already there and
the inserts in one transaction, so a worker killed or a server restarted mid-write leaves
nothing half done and nothing is added twice.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

import optuna
from optuna.exceptions import UpdateFinishedTrialError
from optuna.storages import RDBStorage
from optuna.trial import FrozenTrial, TrialState

from ...database import (
    MAX_RETRIES_DEFAULT,
    is_connection_error,
    open_storage,
)
from ...runschema import read_run, write_run
from ...variants import STUDY_VARIANT, run_values
from ..spec import StudySpec
from . import rows as trialrows
from .names import (
    distributions,
    point_key,
    runs_name,
    study_id,
    variant_choices,
    variant_distributions,
    worker_id,
)
from .retry import CleanRetry, fixed_params

log = logging.getLogger(__name__)


def open_queue(url: str, *, heartbeat_interval: int, grace_period: int | None = None,
               max_retries: int = MAX_RETRIES_DEFAULT) -> RDBStorage:
    """The study database as a worker uses it: heartbeats, and a failed try retried until
    its point has had `max_retries` retries (`CleanRetry`, also for stale trials)."""
    return open_storage(url, heartbeat_interval=heartbeat_interval, grace_period=grace_period,
                        stale_callback=CleanRetry(max_retries))


def enqueue_points(storage: RDBStorage, study: optuna.Study, spec: StudySpec,
                   points: list[tuple[float, int]]) -> int:
    """Add a WAITING trial for every (value, seed) the study lacks (in any state), in one
    transaction; returns how many were added."""
    sid = study_id(storage, study.study_name)
    dists = distributions(spec)
    enqueued = 0
    with trialrows.transaction(storage, "enqueue:" + spec.name) as writer:
        writer.lock_study(sid)
        present = {point_key(p[spec.parameter], p["seed"])
                   for p in writer.params(sid, spec.parameter, "seed").values() if len(p) == 2}
        for value, seed in points:
            if point_key(value, seed) in present:
                continue
            writer.add(sid, optuna.trial.create_trial(
                state=TrialState.WAITING, params={spec.parameter: value, "seed": seed},
                distributions=dists))
            enqueued += 1
    return enqueued


# A run of a study with [[variants]]: (variant name, parameter name, value, seed).
VariantPoint = tuple[str, str, float, int]


def variant_points(spec: StudySpec) -> list[VariantPoint]:
    """The runs of a grid study with [[variants]]: the study's grid as variant "simloss"
    (the shared baseline among them, once per seed), then every other variant's values
    without its baseline value (`variants.run_values`); seed by seed for racing."""
    values = [(STUDY_VARIANT, spec.parameter, v) for v in spec.grid]
    for variant in spec.variants:
        parameter = variant.parameter_in(spec.parameter)
        values += [(variant.name, parameter, v)
                   for v in run_values(variant, spec.grid, spec.parameter)]
    if spec.racing is None:
        return [(n, p, v, s) for n, p, v in values for s in spec.seeds]
    return [(n, p, v, s) for s in spec.seeds for n, p, v in values]


def enqueue_variant_points(storage: RDBStorage, study: optuna.Study, spec: StudySpec,
                           points: list[VariantPoint]) -> int:
    """`enqueue_points` for a study with [[variants]]: each (variant, value, seed) once, with
    the parameters `variant`, seed and the variant's own parameter."""
    sid = study_id(storage, study.study_name)
    dists = variant_distributions(spec)
    names = variant_choices(spec)
    parameters = sorted({p for _, p, _, _ in points} | {spec.parameter})
    enqueued = 0
    with trialrows.transaction(storage, "enqueue:" + spec.name) as writer:
        writer.lock_study(sid)
        present = set()
        for p in writer.params(sid, *parameters, "seed", "variant").values():
            parameter = next((k for k in parameters if k in p), None)
            if parameter is not None and "seed" in p and "variant" in p:
                present.add((names[int(p["variant"])], *point_key(p[parameter], p["seed"])))
        for name, parameter, value, seed in points:
            if (name, *point_key(value, seed)) in present:
                continue
            writer.add(sid, optuna.trial.create_trial(
                state=TrialState.WAITING,
                params={parameter: value, "seed": seed, "variant": name},
                distributions={k: dists[k] for k in (parameter, "seed", "variant")}))
            enqueued += 1
    return enqueued


def grid_points(spec: StudySpec) -> list[tuple[float, int]]:
    """The (value, seed) runs of a grid study in queue order: value by value, or seed by seed
    (every value's seed k before any seed k+1) for racing, so comparisons are always paired."""
    if spec.racing is None:
        return [(v, s) for v in spec.grid for s in spec.seeds]
    return [(v, s) for s in spec.seeds for v in spec.grid]


def is_baseline_proposal(spec: StudySpec, trial: FrozenTrial) -> bool:
    """Whether an adaptive study's trial is the baseline's: enqueued with the value fixed
    (Optuna keeps that in the system attributes, which a retry copies; TPE proposals are
    enqueued empty)."""
    return spec.parameter in fixed_params(trial)


def claim(storage: RDBStorage, runs_study_id: int, k: int,
          prepare: Callable[[], object] | None = None,
          order: Callable[[list[FrozenTrial]], list[FrozenTrial]] | None = None
          ) -> list[FrozenTrial]:
    """Atomically move up to k WAITING trials to RUNNING (ours) and start their heartbeats.

    `prepare` runs once there is work and before the first claim: slow set-up (loading the
    data) must not eat into the claimed trials' grace period. `order` picks and sorts the
    WAITING trials to try (default: all, in trial-number order). The one claim of every
    kind of study (grid points, adaptive proposals, the check); the caller retries it whole."""
    claimed: list[FrozenTrial] = []
    waiting = storage.get_all_trials(runs_study_id, deepcopy=False, states=(TrialState.WAITING,))
    if order is not None:
        waiting = order(waiting)
    if waiting and prepare is not None:
        prepare()
    for trial in waiting:
        if len(claimed) == k:
            break
        if _take(storage, trial._trial_id):
            claimed.append(storage.get_trial(trial._trial_id))
    return claimed


def _take(storage: RDBStorage, trial_id: int) -> bool:
    """WAITING -> RUNNING, ours (heartbeat and `worker` attribute in the same transaction);
    False when another worker was faster or holds the row. When the connection drops during
    the move, the trial is read again: ours means the commit went through, still WAITING
    means it did not (try again), anything else is another worker's."""
    me = worker_id()
    while True:
        try:
            return trialrows.move(storage, trial_id, TrialState.WAITING, TrialState.RUNNING,
                                  attrs={"worker": me})
        except Exception as exc:
            if not is_connection_error(exc):
                raise
        now = storage.get_trial(trial_id)
        if now.state == TrialState.RUNNING and now.user_attrs.get("worker") == me:
            return True
        if now.state != TrialState.WAITING:
            return False


def fail_stale(storage: RDBStorage, study: optuna.Study) -> int:
    """Fail the RUNNING trials whose worker stopped beating (`error`: "worker lost: ..."),
    each with its WAITING retry in the same transaction (`CleanRetry.copy_of`; none once its
    retries are used up): Optuna's `fail_stale_trials`, except that a lost connection cannot
    leave a failed try without its retry, and that a trial whose row another transaction
    holds is left for the next look instead of waited for (its worker may be suspended in the
    middle of a write to it; the server ends that transaction after `storage.IDLE_TIMEOUT_S`).
    Returns how many it failed.
    """
    if not storage.get_heartbeat_interval():
        return 0
    failed = 0
    retry = storage.get_heartbeat_stale_trial_callback()
    grace = storage.grace_period or 2 * storage.get_heartbeat_interval()  # as Optuna's
    for trial_id in trialrows.stale_trial_ids(storage, study._study_id):
        trial = storage.get_trial(trial_id)
        why = (f"worker lost: no heartbeat for more than {grace} s "
               f"(worker {trial.user_attrs.get('worker', 'unknown')})")
        failed += trialrows.move(storage, trial_id, TrialState.RUNNING, TrialState.FAIL,
                                 attrs={"error": why},
                                 then_add=retry.copy_of(trial) if retry else None)
    return failed


def stored_result(spec: StudySpec, trial: FrozenTrial):
    """A finished run trial back as the `RunResult` it was recorded from (`write_run`)."""
    from ...train import RunResult

    run = read_run(trial, spec.parameter)
    return RunResult(
        task=spec.label, parameter=spec.parameter, value=run.value, seed=run.seed,
        epochs=run.epochs, best_epoch=run.best_epoch, val=run.val, test=run.test,
        seconds=run.seconds, device=run.device, mean_distribution=run.mean_distribution,
        curves=run.curves)


def run_error(result, objective: str) -> str | None:
    """Why a run counts as failed: its own error, or a non-finite objective metric (Optuna
    stores no NaN value, and no study can rank one)."""
    value = result.val.get(objective, math.nan)
    return result.error or (None if math.isfinite(value)
                            else f"objective metric val_{objective} is {value}")


def record(storage: RDBStorage, study: optuna.Study, trial: FrozenTrial, result,
           objective: str) -> bool:
    """Store a finished run; False when the trial was taken from us (stale heartbeat).

    The caller retries the whole of it after a lost connection (`with_retries`: the queue's
    operations never retry inside), so every step is idempotent: attributes are rewritten, a
    state we already set is recognised, and `retry` enqueues one copy only."""
    error = run_error(result, objective)
    value = math.nan if error else result.val[objective]
    attrs = write_run(result)
    if error:
        attrs["error"] = error
    state = TrialState.FAIL if error else TrialState.COMPLETE
    if not finish(storage, trial._trial_id, attrs, state, None if error else [value]):
        return False
    if error:
        retry(storage, study, trial._trial_id)
    return True


def add_runs(storage: RDBStorage, spec: StudySpec, results: list,
             extra_attrs: dict) -> None:
    """Record runs trained outside the queue (an adaptive proposal's seeds) in NAME:runs, in
    one transaction: a (value, seed) that already has a COMPLETE run is not added again, so
    a proposal retried after its worker died, or retried writes, add no duplicates. A failed
    run is recorded as FAIL with its reason."""
    metric = spec.objectives[0]
    sid = study_id(storage, runs_name(spec.name))
    with trialrows.transaction(storage, "runs:" + spec.name) as writer:
        writer.lock_study(sid)
        done = {point_key(p[spec.parameter], p["seed"]) for p in writer.params(
            sid, spec.parameter, "seed", states=(TrialState.COMPLETE,)).values()}
        for r in results:
            error = run_error(r, metric)
            if error is None and point_key(r.value, r.seed) in done:
                continue
            writer.add(sid, optuna.trial.create_trial(
                state=TrialState.FAIL if error else TrialState.COMPLETE,
                value=None if error else r.val[metric],
                params={spec.parameter: r.value, "seed": r.seed},
                distributions=distributions(spec),
                user_attrs={**write_run(r), **({"error": error} if error else {}),
                            **extra_attrs}))


def fail_for_retry(storage: RDBStorage, study: optuna.Study, trial: FrozenTrial,
                   reason: str) -> None:
    """Give a claimed trial back: FAIL with the reason, and a WAITING copy for another try."""
    if finish(storage, trial._trial_id, {"error": reason}, TrialState.FAIL, None):
        retry(storage, study, trial._trial_id)


def finish(storage: RDBStorage, trial_id: int, attrs: dict, state: TrialState,
            values: list[float] | None) -> bool:
    """Write attributes, then the final state; False if another worker finished it first."""
    try:
        for key, val in attrs.items():
            storage.set_trial_user_attr(trial_id, key, val)
        storage.set_trial_state_values(trial_id, state, values)
    except UpdateFinishedTrialError:
        now = storage.get_trial(trial_id)  # ours if a lost acknowledgement hid our own write
        return now.state == state and now.user_attrs.get("error") == attrs.get("error") and (
            values is None or now.values == values)
    return True


def last_try(storage: RDBStorage, trial: FrozenTrial) -> bool:
    """Whether a failed try (as claimed) was its point's last allowed one: no retry follows."""
    callback = storage.get_heartbeat_stale_trial_callback()
    return callback is None or callback.copy_of(trial) is None


def retry(storage: RDBStorage, study: optuna.Study, trial_id: int) -> None:
    """Re-enqueue a failed try through the storage's bounded retry callback."""
    callback = storage.get_heartbeat_stale_trial_callback()
    if callback is not None:
        callback(study, storage.get_trial(trial_id))
