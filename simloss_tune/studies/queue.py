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

import json
import logging
import math
import os
import socket
import statistics
from collections.abc import Callable
from dataclasses import dataclass

import optuna
from optuna.distributions import FloatDistribution, IntDistribution
from optuna.exceptions import UpdateFinishedTrialError
from optuna.storages import RDBStorage
from optuna.trial import FrozenTrial, TrialState

from .._util import value_key
from ..database import (
    exclusive,
    is_connection_error,
    open_storage,
    quiet_experimental,
    with_retries,
)
from ..matrices import trusting_pickles
from . import similarity, trialrows
from .spec import StudySpec

log = logging.getLogger(__name__)

SEP = ":"


def worker_id() -> str:
    """host:pid of this process, kept on the trials it claims."""
    return f"{socket.gethostname()}:{os.getpid()}"


def runs_name(spec_name: str) -> str:
    return f"{spec_name}{SEP}runs"


def objective_name(spec_name: str, metric: str) -> str:
    return f"{spec_name}{SEP}{metric}"


def summary_name(spec_name: str, metric: str) -> str:
    return f"{spec_name}{SEP}{metric}{SEP}mean"


def check_name(spec_name: str) -> str:
    """The study of the reproducibility check's run (`check_reproducible`): never a run."""
    return f"{spec_name}{SEP}check"


def work_study_name(spec: StudySpec) -> str:
    """The study whose WAITING/RUNNING trials are the work: the run queue of a grid study,
    the objective study (TPE proposals) of an adaptive one."""
    return runs_name(spec.name) if spec.adaptive is None else objective_name(
        spec.name, spec.objectives[0])


def distributions(spec: StudySpec) -> dict:
    return {
        spec.parameter: FloatDistribution(0.0, 1.0),
        "seed": IntDistribution(min(spec.seeds), max(max(spec.seeds), min(spec.seeds) + 1)),
    }


def _key(value: float, seed: int) -> tuple[float, int]:
    return value_key(value), int(seed)


# ---------------------------------------------------------------------------------------- init

@dataclass
class InitResult:
    studies: list[str]
    enqueued: int
    already: int


# User attribute of NAME:runs: true from the moment `init` creates the study until it has
# created every study and enqueued every run. `status` and workers treat such a study as not
# there yet (and say so); running `init` again completes it.
INIT_PENDING = "init_pending"
# User attribute of NAME:runs: `init --trust-pickles`; workers may then load pickle-based
# word vectors for this study.
TRUST_PICKLES = "trust_pickles"


def init_study(spec: StudySpec, url: str, *, trust_pickles: bool = False) -> InitResult:
    """Create the studies of `spec` and enqueue its grid; safe to run again, also after an
    interrupted `init` (which leaves the study marked INIT_PENDING until one completes)."""
    directions = {name: direction for name, direction, _ in spec.metric_defs()}
    with trusting_pickles(trust_pickles):
        known = similarity.init_attrs(spec)  # class names and the raw similarity, if declared
    storage = open_storage(url, create=True)
    common = {"spec": spec.to_json(), "task": spec.label, "parameter": spec.parameter,
              "baseline": spec.baseline}
    # (set when missing: a study made without it is trusted from the next `init --trust-...`)
    trust = {TRUST_PICKLES: True} if trust_pickles else {}
    with exclusive(storage, "init:" + spec.name) as held:
        runs = _create(storage, runs_name(spec.name), directions[spec.objectives[0]],
                       {**common, "role": "runs", "metric": spec.objectives[0], **known,
                        **trust}, f"val_{spec.objectives[0]}", pending=True)
        names = [runs.study_name]
        for metric in spec.objectives:
            attrs = {**common, "metric": metric}
            names.append(_create(storage, objective_name(spec.name, metric), directions[metric],
                                 {**attrs, "role": "objective"}, f"val_{metric}").study_name)
            if spec.grid is not None:
                names.append(_create(storage, summary_name(spec.name, metric), directions[metric],
                                     {**attrs, "role": "summary"},
                                     f"mean val_{metric}").study_name)
        if spec.grid is None:
            enqueued, already = _enqueue_baseline(storage, spec, held.check)
        if spec.check_reproducible:
            check = _create(storage, check_name(spec.name), directions[spec.objectives[0]],
                            {**common, "role": "check", "metric": spec.objectives[0]},
                            f"val_{spec.objectives[0]}")
            names.append(check.study_name)
    if spec.grid is not None:
        enqueued, already = with_retries(lambda: _enqueue_grid(storage, runs, spec),
                                         what="enqueuing the grid")
    if spec.check_reproducible:  # one WAITING trial, claimed once the grid is done
        with_retries(lambda: enqueue_points(storage, check, spec, [check_point(spec)]),
                     what="enqueuing the reproducibility check")
    if runs.user_attrs.get(INIT_PENDING):
        runs.set_user_attr(INIT_PENDING, False)  # last: everything above is there
    return InitResult(names, enqueued, already)


def check_point(spec: StudySpec) -> tuple[float, int]:
    """The run the reproducibility check trains again: the baseline's lowest seed."""
    return spec.baseline, min(spec.seeds)


def _create(storage: RDBStorage, name: str, direction: str, attrs: dict,
            metric_name: str, pending: bool = False) -> optuna.Study:
    study = optuna.create_study(study_name=name, storage=storage, direction=direction,
                                load_if_exists=True)
    present = study.user_attrs
    old = present.get("spec")
    if old is not None and _comparable(old) != _comparable(attrs["spec"]):
        diff = _differing_fields(old, attrs["spec"])
        raise ValueError(f"study {name!r} already exists with a different {', '.join(diff)}; "
                         "give the study file a new name to start a new study")
    if old is not None and _check_flag(old) != _check_flag(attrs["spec"]):
        study.set_user_attr("spec", _with_check_flag(old, _check_flag(attrs["spec"])))
    if pending and old is None and INIT_PENDING not in present:
        study.set_user_attr(INIT_PENDING, True)  # first: an interrupted init is recognised
    missing = [key for key in attrs if key not in present]
    if missing:
        with quiet_experimental():
            study.set_metric_names([metric_name])
        # `spec`, then `role` last: a study listed by its role has all its attributes
        for key in sorted(missing, key=lambda k: (k == "role", k == "spec")):
            study.set_user_attr(key, attrs[key])
    return study


def _check_flag(spec_json: str) -> bool:
    return bool(json.loads(spec_json).get("check_reproducible", False))


def _with_check_flag(spec_json: str, on: bool) -> str:
    """The stored study file with check_reproducible switched (the one change init accepts
    for an existing study besides description and data_dir)."""
    raw = json.loads(spec_json)
    raw.pop("check_reproducible", None)
    if on:
        raw["check_reproducible"] = True
    return json.dumps(raw, sort_keys=True)


def _comparable(spec_json: str) -> dict:
    raw = json.loads(spec_json)
    raw.pop("description", None)
    raw.pop("check_reproducible", None)  # may be switched on for an existing study
    raw.pop("data_dir", None)  # the same data may live at another path on another machine
    if raw.get("racing") is None:  # databases made before [racing] existed
        raw.pop("racing", None)
    return raw


def _differing_fields(old: str, new: str) -> list[str]:
    a, b = _comparable(old), _comparable(new)
    return [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)] or ["definition"]


def _enqueue_grid(storage: RDBStorage, study: optuna.Study,
                  spec: StudySpec) -> tuple[int, int]:
    """Add a WAITING trial for every grid point the study lacks, all in one transaction."""
    enqueued = enqueue_points(storage, study, spec, grid_points(spec))
    return enqueued, len(spec.grid) * len(spec.seeds) - enqueued


def enqueue_points(storage: RDBStorage, study: optuna.Study, spec: StudySpec,
                   points: list[tuple[float, int]]) -> int:
    """Add a WAITING trial for every (value, seed) the study lacks (in any state), in one
    transaction; returns how many were added."""
    sid = study_id(storage, study.study_name)
    dists = distributions(spec)
    enqueued = 0
    with trialrows.transaction(storage, "enqueue:" + spec.name) as writer:
        writer.lock_study(sid)
        present = {_key(p[spec.parameter], p["seed"])
                   for p in writer.params(sid, spec.parameter, "seed").values() if len(p) == 2}
        for value, seed in points:
            if _key(value, seed) in present:
                continue
            writer.add(sid, optuna.trial.create_trial(
                state=TrialState.WAITING, params={spec.parameter: value, "seed": seed},
                distributions=dists))
            enqueued += 1
    return enqueued


def grid_points(spec: StudySpec) -> list[tuple[float, int]]:
    """The (value, seed) runs of a grid study in queue order: value by value, or seed by seed
    (every value's seed k before any seed k+1) for racing, so comparisons are always paired."""
    if spec.racing is None:
        return [(v, s) for v in spec.grid for s in spec.seeds]
    return [(v, s) for s in spec.seeds for v in spec.grid]


def _enqueue_baseline(storage: RDBStorage, spec: StudySpec,
                      still_held: Callable[[], None]) -> tuple[int, int]:
    """An adaptive study trains the baseline value first, over all seeds, as a proposal of its
    own (user attribute `baseline`, not counted in n_trials), so the report can test the best
    proposal against plain cross entropy."""
    study = optuna.load_study(study_name=work_study_name(spec), storage=storage)
    if any(is_baseline_proposal(spec, t) for t in study.get_trials(deepcopy=False)):
        return 0, len(spec.seeds)
    still_held()
    study.enqueue_trial({spec.parameter: spec.baseline}, user_attrs={"baseline": True},
                        skip_if_exists=False)
    return len(spec.seeds), 0


def is_baseline_proposal(spec: StudySpec, trial: FrozenTrial) -> bool:
    """Whether an adaptive study's trial is the baseline's: enqueued with the value fixed
    (Optuna keeps that in the system attributes, which a retry copies; TPE proposals are
    enqueued empty)."""
    return spec.parameter in (trial.system_attrs.get("fixed_params") or {})


# ------------------------------------------------------------------------------ loading specs

def study_specs(storage: RDBStorage, *, pending: bool = False) -> list[StudySpec]:
    """The study files recorded in this database (one per `NAME:runs` study) whose `init`
    completed; with `pending=True`, those whose `init` was interrupted instead."""
    specs = []
    for summary in optuna.get_all_study_summaries(storage, include_best_trial=False):
        attrs = summary.user_attrs
        if attrs.get("role") == "runs" and bool(attrs.get(INIT_PENDING)) == pending:
            specs.append(StudySpec.from_json(attrs["spec"]))
    return sorted(specs, key=lambda s: s.name)


def incomplete_message(name: str) -> str:
    return (f"study {name!r}: its init did not finish (interrupted?); run `simloss-tune init` "
            "with its study file again to complete it")


def find_spec(storage: RDBStorage, name: str) -> StudySpec:
    """The study file called `name` (or owning the Optuna study `name`)."""
    for spec in study_specs(storage, pending=True):
        if name == spec.name or name.split(SEP)[0] == spec.name:
            raise ValueError(incomplete_message(spec.name))
    specs = study_specs(storage)
    for spec in specs:
        if name == spec.name or name.split(SEP)[0] == spec.name:
            return spec
    known = ", ".join(s.name for s in specs) or "none; run `simloss-tune init` first"
    raise ValueError(f"study {name!r} does not exist (studies in this database: {known})")


# ------------------------------------------------------------------------------- claim/record

def study_id(storage: RDBStorage, name: str) -> int:
    return storage.get_study_id_from_name(name)


def claim(storage: RDBStorage, runs_study_id: int, k: int,
          prepare: Callable[[], object] | None = None,
          order: Callable[[list[FrozenTrial]], list[FrozenTrial]] | None = None
          ) -> list[FrozenTrial]:
    """Atomically move up to k WAITING trials to RUNNING (ours) and start their heartbeats.

    `prepare` runs once there is work and before the first claim: slow set-up (loading the
    data) must not eat into the claimed trials' grace period. `order` picks and sorts the
    WAITING trials to try (default: all, in trial-number order)."""
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
            claimed.append(with_retries(lambda t=trial._trial_id: storage.get_trial(t),
                                        what="claiming work"))
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
        now = with_retries(lambda: storage.get_trial(trial_id), what="claiming work")
        if now.state == TrialState.RUNNING and now.user_attrs.get("worker") == me:
            return True
        if now.state != TrialState.WAITING:
            return False


def fail_stale(storage: RDBStorage, study: optuna.Study) -> None:
    """Fail the RUNNING trials whose worker stopped beating (`error`: "worker lost: ..."),
    each with its WAITING retry in the same transaction (`CleanRetry.copy_of`; none once its
    retries are used up): Optuna's `fail_stale_trials`, except that a lost connection cannot
    leave a failed try without its retry, and that a trial whose row another transaction
    holds is left for the next look instead of waited for (its worker may be suspended in the
    middle of a write to it; the server ends that transaction after `storage.IDLE_TIMEOUT_S`).
    """
    if not storage.get_heartbeat_interval():
        return
    retry = storage.get_heartbeat_stale_trial_callback()
    grace = storage.grace_period or 2 * storage.get_heartbeat_interval()  # as Optuna's
    for trial_id in storage._get_stale_trial_ids(study._study_id):
        trial = storage.get_trial(trial_id)
        why = (f"worker lost: no heartbeat for more than {grace} s "
               f"(worker {trial.user_attrs.get('worker', 'unknown')})")
        trialrows.move(storage, trial_id, TrialState.RUNNING, TrialState.FAIL,
                       attrs={"error": why}, then_add=retry.copy_of(trial) if retry else None)


def result_attrs(result) -> dict:
    """The user attributes of a run trial (documented schema)."""
    attrs = {f"val_{k}": v for k, v in result.val.items()}
    attrs.update({f"test_{k}": v for k, v in result.test.items()})
    attrs.update(seconds=round(result.seconds, 3), device=result.device)
    # A user's trainer may report no epochs and no mean distribution: absent, not null.
    if result.epochs is not None:
        attrs.update(best_epoch=result.best_epoch, epochs=result.epochs)
    if result.mean_distribution is not None:
        attrs["mean_distribution"] = [round(float(p), 6) for p in result.mean_distribution]
    if getattr(result, "curves", None):
        attrs["curves"] = result.curves
    if result.error:
        attrs["error"] = result.error
    return attrs


def intermediate_values(run_attrs: dict, metric: str) -> dict[int, float]:
    """{epoch: validation value of `metric`} from a run's `curves` attribute (finite values
    only): what an objective study's trial of that run can carry as intermediate values."""
    curves = run_attrs.get("curves") or {}
    pairs = zip(curves.get("epoch", []), curves.get(metric, []), strict=False)
    return {int(e): float(v) for e, v in pairs if v is not None and math.isfinite(v)}


def stored_result(spec: StudySpec, trial: FrozenTrial):
    """A finished run trial back as the `RunResult` it was recorded from (`result_attrs`)."""
    from ..train import RunResult

    attrs = trial.user_attrs
    return RunResult(
        task=spec.label, parameter=spec.parameter, value=trial.params[spec.parameter],
        seed=trial.params["seed"], epochs=attrs.get("epochs"),
        best_epoch=attrs.get("best_epoch"),
        val={k[4:]: v for k, v in attrs.items() if k.startswith("val_")},
        test={k[5:]: v for k, v in attrs.items() if k.startswith("test_")},
        seconds=attrs["seconds"], device=attrs["device"],
        mean_distribution=attrs.get("mean_distribution"), curves=attrs.get("curves"))


def run_error(result, objective: str) -> str | None:
    """Why a run counts as failed: its own error, or a non-finite objective metric (Optuna
    stores no NaN value, and no study can rank one)."""
    value = result.val.get(objective, math.nan)
    return result.error or (None if math.isfinite(value)
                            else f"objective metric val_{objective} is {value}")


def record(storage: RDBStorage, study: optuna.Study, trial: FrozenTrial, result,
           objective: str) -> bool:
    """Store a finished run; False when the trial was taken from us (stale heartbeat).

    Every step may be retried after a lost connection, so each is idempotent: attributes are
    rewritten, a state we already set is recognised, and `retry` enqueues one copy only."""
    error = run_error(result, objective)
    value = math.nan if error else result.val[objective]
    attrs = result_attrs(result)
    if error:
        attrs["error"] = error
    state = TrialState.FAIL if error else TrialState.COMPLETE
    if not finish(storage, trial._trial_id, attrs, state, None if error else [value]):
        return False
    if error:
        with_retries(lambda: retry(storage, study, trial._trial_id), what="enqueuing a retry")
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
        done = {_key(p[spec.parameter], p["seed"]) for p in writer.params(
            sid, spec.parameter, "seed", states=(TrialState.COMPLETE,)).values()}
        for r in results:
            error = run_error(r, metric)
            if error is None and _key(r.value, r.seed) in done:
                continue
            writer.add(sid, optuna.trial.create_trial(
                state=TrialState.FAIL if error else TrialState.COMPLETE,
                value=None if error else r.val[metric],
                params={spec.parameter: r.value, "seed": r.seed},
                distributions=distributions(spec),
                user_attrs={**result_attrs(r), **({"error": error} if error else {}),
                            **extra_attrs}))


def fail_for_retry(storage: RDBStorage, study: optuna.Study, trial: FrozenTrial,
                   reason: str) -> None:
    """Give a claimed trial back: FAIL with the reason, and a WAITING copy for another try."""
    if finish(storage, trial._trial_id, {"error": reason}, TrialState.FAIL, None):
        with_retries(lambda: retry(storage, study, trial._trial_id), what="enqueuing a retry")


def finish(storage: RDBStorage, trial_id: int, attrs: dict, state: TrialState,
            values: list[float] | None) -> bool:
    """Write attributes, then the final state; False if another worker finished it first."""
    def write_attrs() -> None:
        for key, val in attrs.items():
            storage.set_trial_user_attr(trial_id, key, val)

    try:
        with_retries(write_attrs, what="recording a run")
        with_retries(lambda: storage.set_trial_state_values(trial_id, state, values),
                     what="recording a run")
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


# ---------------------------------------------------------------------------- derived studies

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
    for run in runs:
        value = run.user_attrs.get(f"val_{metric}")
        if run.number in present or value is None or not math.isfinite(value):
            continue
        writer.add(sid, optuna.trial.create_trial(
            value=value, params=run.params, distributions=run.distributions,
            user_attrs={**run.user_attrs, "run": run.number},
            intermediate_values=intermediate_values(run.user_attrs, metric)))
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
            removed[name] = _remove_copies(writer, sid, {
                t: value_key(p[spec.parameter])
                for t, p in writer.params(sid, spec.parameter).items()})
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


def _sync_summary(storage, writer: trialrows.Writer, spec, metric, runs) -> int:
    sid = study_id(storage, summary_name(spec.name, metric))
    writer.lock_study(sid)
    present = {value_key(p[spec.parameter])
               for p in writer.params(sid, spec.parameter).values()}
    by_value: dict[float, dict[int, FrozenTrial]] = {}
    for run in runs:
        v, s = _key(run.params[spec.parameter], run.params["seed"])
        by_value.setdefault(v, {})[s] = run
    added = 0
    for value, seeds in sorted(by_value.items()):
        if value in present or not set(spec.seeds) <= set(seeds):
            continue
        chosen = [seeds[s] for s in spec.seeds]
        attrs = {"n": len(chosen), "seeds": list(spec.seeds)}
        for split in ("val", "test"):
            for name in [k[len(split) + 1:] for k in chosen[0].user_attrs
                         if k.startswith(split + "_")]:
                vals = [t.user_attrs.get(f"{split}_{name}", math.nan) for t in chosen]
                attrs[f"{split}_{name}_mean"], attrs[f"{split}_{name}_std"] = mean_std(vals)
        if not math.isfinite(attrs.get(f"val_{metric}_mean", math.nan)):
            continue  # e.g. an undefined metric (FSA with no mistakes): no summary to rank
        writer.add(sid, optuna.trial.create_trial(
            value=attrs[f"val_{metric}_mean"], params={spec.parameter: chosen[0].params[
                spec.parameter]}, distributions={spec.parameter: FloatDistribution(0.0, 1.0)},
            user_attrs=attrs))
        added += 1
    return added


# ------------------------------------------------------------------------------------- status

@dataclass
class Progress:
    name: str
    total: int
    done: int
    running: int
    waiting: int
    failed: int          # points whose every try failed and no retry is pending
    retried: int         # failed tries that were retried
    mean_seconds: float | None
    eliminated: int = 0  # values (grid) or proposals (adaptive) eliminated by racing
    skipped: int = 0     # runs of eliminated values taken out of the queue (never trained)

    def eta_seconds(self, workers: int | None = None) -> float | None:
        if self.mean_seconds is None:
            return None
        parallel = max(1, workers or self.running)
        return self.mean_seconds * (self.waiting + self.running) / parallel


def progress(storage: RDBStorage, spec: StudySpec) -> Progress:
    """Runs of a grid study; proposals (each over all seeds) of an adaptive one."""
    queue_name = work_study_name(spec)
    trials = storage.get_all_trials(study_id(storage, queue_name), deepcopy=False)
    by_point: dict[tuple[float, int], list[TrialState]] = {}
    for t in trials:
        key = _key(t.params.get(spec.parameter, math.nan), t.params.get("seed", -1))
        by_point.setdefault(key, []).append(t.state)
    count = {s: sum(t.state == s for t in trials) for s in TrialState}
    failed = sum(1 for states in by_point.values()
                 if all(s == TrialState.FAIL for s in states))
    seconds = [t.user_attrs["seconds"] for t in trials
               if t.state == TrialState.COMPLETE and "seconds" in t.user_attrs]
    if spec.grid:
        total = len(spec.grid) * len(spec.seeds)
        eliminated = sum(k.startswith("racing:") for k in storage.get_study_user_attrs(
            study_id(storage, queue_name)))
        skipped = count[TrialState.PRUNED]
    else:  # the baseline proposal comes on top of n_trials; a pruned proposal was eliminated
        total = spec.adaptive.n_trials + 1
        eliminated, skipped = count[TrialState.PRUNED], 0
    return Progress(spec.name, total, count[TrialState.COMPLETE], count[TrialState.RUNNING],
                    count[TrialState.WAITING], failed, count[TrialState.FAIL] - failed,
                    statistics.fmean(seconds) if seconds else None, eliminated, skipped)
