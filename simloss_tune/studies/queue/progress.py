"""`status`: how far a study is (runs of a grid study, proposals of an adaptive one)."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from optuna.storages import RDBStorage
from optuna.trial import TrialState

from ..spec import StudySpec
from .names import point_key, study_id, work_study_name
from .work import variant_points


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
    by_point: dict[tuple, list[TrialState]] = {}
    for t in trials:
        # a variant's value may be stored under its own parameter (any but seed, variant)
        value = next((v for k, v in t.params.items() if k not in ("seed", "variant")), math.nan)
        key = (t.params.get("variant"), *point_key(value, t.params.get("seed", -1)))
        by_point.setdefault(key, []).append(t.state)
    count = {s: sum(t.state == s for t in trials) for s in TrialState}
    failed = sum(1 for states in by_point.values()
                 if all(s == TrialState.FAIL for s in states))
    seconds = [t.user_attrs["seconds"] for t in trials
               if t.state == TrialState.COMPLETE and "seconds" in t.user_attrs]
    if spec.grid:
        total = len(variant_points(spec)) if spec.variants else \
            len(spec.grid) * len(spec.seeds)
        eliminated = sum(k.startswith("racing:") for k in storage.get_study_user_attrs(
            study_id(storage, queue_name)))
        skipped = count[TrialState.PRUNED]
    else:  # the baseline proposal comes on top of n_trials; a pruned proposal was eliminated
        total = spec.adaptive.n_trials + 1
        eliminated, skipped = count[TrialState.PRUNED], 0
    return Progress(spec.name, total, count[TrialState.COMPLETE], count[TrialState.RUNNING],
                    count[TrialState.WAITING], failed, count[TrialState.FAIL] - failed,
                    statistics.fmean(seconds) if seconds else None, eliminated, skipped)
