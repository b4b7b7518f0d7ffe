"""The run queue, kept in Optuna's own tables; one module per concept:

* `names`: what a study file's studies are called, which holds the work, the recorded specs;
* `init`: `init` (creating the studies, enqueuing the grid, the baseline proposal, the check);
* `work`: the queue itself: enqueue, the one claim (`claim`: WAITING -> RUNNING in one
  transaction, with the first heartbeat and the `worker` attribute; grid points, adaptive
  proposals and the reproducibility check alike), stale trials, recording, giving back;
* `retry`: the retry policy (`CleanRetry`) and the system attributes Optuna keeps on retries;
* `requeue`: `simloss-tune retry` (points that failed for good, re-queued once);
* `derived`: the objective and summary studies synced from `NAME:runs`, and `repair`;
* `progress`: `status`;
* `rows`: the one module that uses Optuna's private internals and writes Optuna's tables.

Run states: WAITING (enqueued) -> RUNNING (claimed, heartbeats) -> COMPLETE or FAIL (a FAIL
gets a WAITING copy while retries are left); racing moves a WAITING run of an eliminated
value straight to PRUNED (never claimed), and prunes an eliminated adaptive proposal.

The names below are the queue's API, re-exported so callers write `queue.claim(...)`.
"""

from .derived import mean_std, repair_derived, sync_derived
from .init import InitResult, check_point, init_study
from .names import (
    INIT_PENDING,
    SEP,
    TRUST_PICKLES,
    check_name,
    distributions,
    find_spec,
    incomplete_message,
    objective_name,
    point_key,
    runs_name,
    study_id,
    study_specs,
    summary_name,
    work_study_name,
    worker_id,
)
from .progress import Progress, progress
from .work import (
    add_runs,
    claim,
    enqueue_points,
    fail_for_retry,
    fail_stale,
    finish,
    grid_points,
    is_baseline_proposal,
    last_try,
    open_queue,
    record,
    retry,
    run_error,
    stored_result,
)

__all__ = [
    "INIT_PENDING", "SEP", "TRUST_PICKLES", "InitResult", "Progress", "add_runs", "check_name",
    "check_point", "claim", "distributions", "enqueue_points", "fail_for_retry", "fail_stale",
    "find_spec", "finish", "grid_points", "incomplete_message", "init_study",
    "is_baseline_proposal", "last_try", "mean_std", "objective_name", "open_queue", "point_key",
    "progress", "record", "repair_derived", "retry", "run_error", "runs_name", "stored_result",
    "study_id", "study_specs", "summary_name", "sync_derived", "work_study_name", "worker_id",
]
