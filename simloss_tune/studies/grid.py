"""The grid strategy of the worker: claim a batch of WAITING grid points (seed by seed and
without eliminated values under racing, `elimination.claim_order`), train them through the
seam, record each, race; when the grid is done, the reproducibility check (`reproduce`).

Every database operation here is retried on its own (`with_retries`, one level): a lost
connection while recording retries the recording, never the training.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from optuna.trial import FrozenTrial, TrialState

from ..database import with_retries
from ..runschema import read_run
from ..trainers import Point
from ..variants import study_variant
from . import elimination, outcomes, queue, reproduce
from .spec import StudySpec

if TYPE_CHECKING:
    from .worker import Worker

log = logging.getLogger(__name__)


def step(worker: Worker, spec: StudySpec) -> bool:
    """Claim a batch of `spec`'s grid points, train them, record each; False when it has
    none (then the reproducibility check's turn, `check_step`)."""
    study = worker._runs_study(spec)
    with_retries(lambda: queue.fail_stale(worker.storage, study), what="failing stale trials")
    k = worker._batch_size(spec)
    if worker.opt.max_trials is not None:
        k = min(k, worker.opt.max_trials - worker.report.completed - worker.report.failed)
    # The data is loaded before claiming: a first decode may outlast the grace period.
    trials = with_retries(lambda: queue.claim(worker.storage, study._study_id, k,
                                              prepare=lambda: worker._load(spec),
                                              order=claim_order(worker, spec)),
                          what="claiming work")
    if not trials:
        worker._race(spec)  # WAITING runs of an eliminated value are no work: skip them
        return check_step(worker, spec)
    points = [point_of(spec, t, f"trial-{t.number}") for t in trials]
    with worker._owning(study, trials):
        results = worker._train(spec, points, [t._trial_id for t in trials])
        for trial, result in zip(trials, results, strict=True):
            outcomes.record(worker, study, spec, trial, result)
    outcomes.note_copies(worker, spec, [r.value for r in results])
    worker._after_oom(results, len(trials))
    worker._race(spec)
    with_retries(lambda: queue.sync_derived(worker.storage, spec, wait=False),
                 what="syncing studies")
    return True


def check_step(worker: Worker, spec: StudySpec) -> bool:
    """The reproducibility check, once the grid is done: the original run trained again
    on the same kind of device, claimed and recorded like any run; False when there is
    nothing (more) to check here."""
    if not reproduce.wanted(spec):
        return False
    study = worker._load_study(queue.check_name(spec.name))
    with_retries(lambda: queue.fail_stale(worker.storage, study), what="failing stale trials")
    if not with_retries(lambda: study.get_trials(deepcopy=False,
                                                 states=(TrialState.WAITING,)),
                        what="reading the check"):
        return False  # done, or another worker's (cheap: before reading every run)
    original = with_retries(lambda: reproduce.original_run(worker.storage, spec),
                            what="reading the runs")
    if original is None or reproduce.device_kind(
            read_run(original, spec.parameter).device) != worker.device.type:
        return False
    trials = with_retries(lambda: queue.claim(worker.storage, study._study_id, 1,
                                              prepare=lambda: worker._load(spec)),
                          what="claiming work")
    if not trials:
        return False
    trial = trials[0]
    point = point_of(spec, trial, f"check-{trial.number}")
    with worker._owning(study, trials):
        (result,) = worker._train(spec, [point], [trial._trial_id])
        with_retries(lambda: queue.record(worker.storage, study, trial, result,
                                          spec.objectives[0]), what="recording a run")
    log.info("%s: reproducibility check: %s=%g seed=%d trained again (%s)", spec.name,
             spec.parameter, point.value, point.seed,
             queue.run_error(result, spec.objectives[0]) or "completed")
    return True


def point_of(spec: StudySpec, trial: FrozenTrial, attempt: str) -> Point:
    """The run a claimed trial asks for: its value and seed and, in a study with [[variants]],
    its variant (the trial parameter `variant`) with that variant's loss."""
    name = trial.params.get("variant")
    if name is None:
        return Point(trial.params[spec.parameter], trial.params["seed"], attempt)
    variant = next((v for v in spec.variants if v.name == name), study_variant())
    return Point(trial.params[variant.parameter_in(spec.parameter)], trial.params["seed"],
                 attempt, variant=variant.name, loss=variant.loss)


def claim_order(worker: Worker, spec: StudySpec):
    """Racing studies: seed by seed, eliminated values left out (read at each claim)."""
    if spec.racing is None:
        return None
    return elimination.claim_order(spec, set(elimination.decisions(worker.storage, spec)))
