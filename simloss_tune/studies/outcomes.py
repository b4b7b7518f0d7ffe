"""What becomes of a trained run, for the worker's report and exit status: recorded (or lost
to another worker), failed (counted as failed for good on its point's last try), and the
study stopped when its points keep failing the same way (`failure_kind`) before any run of
it completed; a value's seeds noted once when they are copies of each other (`seedcheck`).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from optuna.trial import TrialState

from .._util import value_key
from ..database import with_retries
from . import queue, seedcheck
from .spec import StudySpec

if TYPE_CHECKING:
    from .worker import Worker

log = logging.getLogger(__name__)
OUT_OF_MEMORY = "out of memory"  # a run's error when the batch did not fit (train.py)


def record(worker: Worker, study, spec: StudySpec, trial, result) -> None:
    ok = with_retries(lambda: queue.record(worker.storage, study, trial, result,
                                           spec.objectives[0]), what="recording a run")
    if not ok:
        worker.report.lost += 1
        log.warning("run %s=%g seed=%d finished after its trial was declared dead; another "
                    "worker owns it now, result discarded", spec.parameter, result.value,
                    result.seed)
    elif queue.run_error(result, spec.objectives[0]):  # its error or a NaN objective
        worker.report.failed += 1
        error = queue.run_error(result, spec.objectives[0])
        variant = trial.params.get("variant")  # [[variants]] only: its own parameter too
        parameter = spec.parameter if variant is None else next(
            k for k in trial.params if k not in ("seed", "variant"))
        log.warning("run %s%s=%g seed=%d failed: %s",
                    "" if variant is None else f"variant={variant} ", parameter,
                    result.value, result.seed, error)
        if error != OUT_OF_MEMORY:  # answered by smaller batches (_after_oom), not a stop
            failed_try(worker, spec, trial, (value_key(result.value), result.seed, variant),
                       error)
    else:
        worker.report.completed += 1
        worker._streaks.pop(spec.name, None)
    worker.report.studies.add(spec.name)


def failed_try(worker: Worker, spec: StudySpec, trial, point, reason: str) -> None:
    """Count a failed try that was its point's last, and stop claiming the study when the
    same failure hit `stop_after_failures` different points in a row before any run of
    the study completed (a broken program would otherwise burn every point's tries)."""
    if queue.last_try(worker.storage, trial):
        worker.report.failed_for_good += 1
    limit = worker.opt.stop_after_failures
    kind = failure_kind(reason)
    old_kind, points = worker._streaks.get(spec.name, (kind, set()))
    points = (points if old_kind == kind else set()) | {point}
    worker._streaks[spec.name] = (kind, points)
    if (limit and len(points) >= limit and spec.name not in worker.report.stopped
            and not has_completed(worker, spec)):
        worker.report.stopped[spec.name] = reason
        log.error("stopping work on study %s: %d different points in a row failed with "
                  "the same reason, and none of its runs has completed: %s (fix it and "
                  "start a worker again: the points keep their tries; `simloss-tune retry` "
                  "re-queues those that have none left)", spec.name, len(points), reason)


def has_completed(worker: Worker, spec: StudySpec) -> bool:
    """Whether any run of the study completed (by any worker); once true, stays true."""
    if spec.name not in worker._completed:
        sid = queue.study_id(worker.storage, queue.runs_name(spec.name))
        if with_retries(lambda: worker.storage.get_all_trials(
                sid, deepcopy=False, states=(TrialState.COMPLETE,)),
                what="reading the study"):
            worker._completed.add(spec.name)
    return spec.name in worker._completed


def note_copies(worker: Worker, spec: StudySpec, values: list[float]) -> None:
    """Warn once when a value's seeds turn out to be copies of each other (the trainer
    ignores its seed): the first worker to see it writes it down for `status`."""
    if spec.name in worker._copies_noted:
        return
    message, new = with_retries(
        lambda: seedcheck.note_identical_seeds(worker.storage, spec, values),
        what="comparing seeds")
    if message is None:
        return
    worker._copies_noted.add(spec.name)
    if new:
        log.warning("%s: %s; its seeds are not independent replicates and the report will "
                    "not test it", spec.name, message)


_PATH = re.compile(r"(?:~|\.{1,2})?/[^\s'\"(),;:]*")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def failure_kind(reason: str) -> str:
    """A failure reason with its paths and numbers left out: the same fault on another point
    (another value, seed, work folder, trial number) gives the same kind."""
    return _NUMBER.sub("#", _PATH.sub("<path>", reason))
