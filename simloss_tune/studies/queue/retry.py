"""The retry policy of the run queue: a failed try (a stale heartbeat, an error) gets a
WAITING copy until its point has had `max_retries` retries (`CleanRetry`, the storage's stale
trial callback), and the system attributes Optuna keeps for itself on such copies, read through
Optuna's public accessors where they exist (`RetryFailedTrialCallback.retry_history`) and here
only where none does (`fixed_params`, which `Study.enqueue_trial` writes)."""

from __future__ import annotations

import warnings

import optuna
from optuna.storages import RetryFailedTrialCallback
from optuna.trial import FrozenTrial

# A retry of a failed try is a copy that names it; a re-queued copy must not carry its history.
HISTORY_ATTRS = ("retry_history", "failed_trial")


def retry_history(trial: FrozenTrial) -> list[int]:
    """The numbers of the tries before `trial` in its retry series (Optuna's accessor)."""
    with warnings.catch_warnings():  # experimental since Optuna 3.0, and stable since
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        return list(RetryFailedTrialCallback.retry_history(trial))


def fixed_params(trial: FrozenTrial) -> dict:
    """The params fixed when the trial was enqueued (`Study.enqueue_trial`; a retry copies
    them): Optuna has no public accessor for this system attribute."""
    return trial.system_attrs.get("fixed_params") or {}


class CleanRetry:
    """Optuna's RetryHeartbeatStaleTrialCallback, with two changes: the WAITING copy starts
    without the failed try's user attributes (its metrics or error would stick to the retry),
    and a trial that already has its copy gets no second one (a retried write)."""

    def __init__(self, max_retry: int):
        self._max_retry = max_retry

    def copy_of(self, trial: FrozenTrial) -> FrozenTrial | None:
        """The WAITING retry of a failed try, or None when it has had its `max_retry` tries:
        what Optuna's callback adds (`failed_trial`, `retry_history`), less user attributes."""
        history = [*retry_history(trial), trial.number]
        if len(history) > self._max_retry:
            return None
        params, dists = retry_params(trial)
        return optuna.trial.create_trial(
            state=optuna.trial.TrialState.WAITING, params=params, distributions=dists,
            system_attrs={"failed_trial": trial.number, **trial.system_attrs,
                          "retry_history": history})

    def __call__(self, study: optuna.Study, trial: FrozenTrial) -> None:
        for other in study.get_trials(deepcopy=False):
            if retry_history(other)[-1:] == [trial.number]:
                return
        retry = self.copy_of(trial)
        if retry is not None:
            study.add_trial(retry)


def retry_params(trial: FrozenTrial) -> tuple[dict, dict]:
    """The params (and distributions) a WAITING copy of `trial` starts with. A param fixed
    at enqueue time (an adaptive study's baseline proposal: `fixed_params`) is left to that
    system attribute, which the copy keeps: the baseline may lie outside [low, high], where
    Optuna refuses to create a trial holding it."""
    fixed = fixed_params(trial)
    params = {k: v for k, v in trial.params.items() if k not in fixed}
    return params, {k: trial.distributions[k] for k in params}
