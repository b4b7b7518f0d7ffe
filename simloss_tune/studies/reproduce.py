"""The reproducibility check (`check_reproducible = true`): once the grid is done, the
baseline's lowest seed is trained once more, on the same kind of device, as the one trial of
the study `NAME:check` (never read as a run). It goes through the same claim, heartbeat,
record and bounded retry as every run (`queue.claim`, `queue.record`, `queue.fail_stale`), so
it is trained once, and a killed worker's check is retried, not duplicated. The report
compares the two runs (`simloss_tune.report`)."""

from __future__ import annotations

import math

from optuna.storages import RDBStorage
from optuna.trial import FrozenTrial, TrialState

from .._util import value_key
from ..variants import STUDY_VARIANT
from .queue import check_point, fail_stale, runs_name, study_id
from .spec import StudySpec

_OPEN = (TrialState.WAITING, TrialState.RUNNING)


def wanted(spec: StudySpec) -> bool:
    return spec.check_reproducible and spec.grid is not None


def original_run(storage: RDBStorage, spec: StudySpec) -> FrozenTrial | None:
    """The completed run the check repeats, once the grid is done (no run WAITING or
    RUNNING); None before that, or when that run never completed."""
    trials = storage.get_all_trials(study_id(storage, runs_name(spec.name)), deepcopy=False)
    if any(t.state in _OPEN for t in trials):
        return None
    value, seed = check_point(spec)
    done = [t for t in trials if t.state == TrialState.COMPLETE
            and t.params.get("variant", STUDY_VARIANT) == STUDY_VARIANT  # the shared baseline
            and value_key(t.params.get(spec.parameter, math.nan)) == value_key(value)
            and t.params["seed"] == seed]
    return done[-1] if done else None


def device_kind(device: object) -> str:
    """"cuda" for "cuda:1", "cpu" for "cpu": what "the same kind of device" compares."""
    return str(device or "").split(":")[0]


def check_running(storage: RDBStorage, study) -> bool:
    """Fail a check trial whose worker died (its retry becomes WAITING), then whether there is
    still a check to wait for: one RUNNING (another worker's: it may go stale), or a retry this
    very call made (the worker looks once more, and takes it if it runs on the check's kind of
    device; without this, a check that went stale between the worker's own look and this one
    was left WAITING by a worker that then stopped)."""
    if fail_stale(storage, study):
        return True
    return bool(storage.get_all_trials(study._study_id, deepcopy=False,
                                       states=(TrialState.RUNNING,)))
