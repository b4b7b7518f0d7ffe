"""`RunContext`: what a user's trainer function gets for one run; `report_epoch` for programs
run by a command trainer."""

from __future__ import annotations

import contextlib
import json
import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

CUBLAS_VARIABLE = "CUBLAS_WORKSPACE_CONFIG"


@dataclass
class RunContext:
    """One run of a study with its own trainer: `function(run)` returns
    ``{"val": {metric: float}, "test": {metric: float}}`` (optionally ``"mean_distribution"``).
    """

    study: Any                 # the StudySpec (its `training` table holds the user's settings)
    parameter: str             # "r" or "l"
    value: float
    seed: int
    class_names: list[str]
    similarity: torch.Tensor   # float32 (C, C), built from `value`
    device: str                # "cpu", "cuda:0", ...
    workdir: Path              # one folder per attempt of this run
    variant: str = "simloss"   # the study variant of this run ("simloss": the study's own)
    loss: str = "simloss"      # "simloss" or "soft_labels": what criterion() returns
    _report: Callable[[int, Mapping[str, float]], None] = field(repr=False, default=None)
    _should_stop: Callable[[], bool] = field(repr=False, default=lambda: False)

    def criterion(self, **kwargs: Any):
        """This run's loss on its matrix (on `device`): a `SimLoss`, or a
        `soft_labels.SoftLabelLoss` where `loss` is "soft_labels"; kwargs go to it (e.g.
        ``ignore_index``, ``reduction``)."""
        if self.loss == "soft_labels":
            from ..soft_labels import SoftLabelLoss

            return SoftLabelLoss(self.similarity, **kwargs).to(self.device)
        from ..loss import SimLoss

        return SimLoss(self.similarity, **kwargs).to(self.device)

    def seed_everything(self) -> None:
        """Seed Python, NumPy and torch (every device) from the seed alone and turn on
        deterministic algorithms where they exist (a warning where they do not). The worker
        restores the process's settings after the run."""
        seed_everything(self.seed)

    def report(self, epoch: int, metrics: Mapping[str, float]) -> None:
        """Validation metrics after `epoch`: intermediate values of the run's trial."""
        if isinstance(epoch, bool) or not isinstance(epoch, int) or epoch < 0:
            raise ValueError(f"report(epoch={epoch!r}): epoch must be an integer >= 0")
        if self._report is not None:
            self._report(epoch, metrics)

    def should_stop(self) -> bool:
        """True once the worker was asked to stop; the run then goes back to the queue."""
        return bool(self._should_stop())


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)  # every device
    os.environ.setdefault(CUBLAS_VARIABLE, ":4096:8")  # what deterministic cuBLAS needs
    torch.use_deterministic_algorithms(True, warn_only=True)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False


@contextlib.contextmanager
def restored_settings() -> Iterator[None]:
    """Undo what a run changed in the process: RNG states, deterministic algorithms, cuDNN
    flags, the cuBLAS variable, the default dtype and thread count."""
    saved = (random.getstate(), np.random.get_state(), torch.get_rng_state(),
             torch.cuda.get_rng_state_all() if torch.cuda.is_initialized() else None,
             torch.are_deterministic_algorithms_enabled(),
             torch.is_deterministic_algorithms_warn_only_enabled(),
             torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark,
             os.environ.get(CUBLAS_VARIABLE), torch.get_default_dtype(), torch.get_num_threads())
    try:
        yield
    finally:
        (py, np_state, cpu, cuda, det, warn_only, cudnn_det, cudnn_bench, cublas, dtype,
         threads) = saved
        random.setstate(py)
        np.random.set_state(np_state)
        torch.set_rng_state(cpu)
        if cuda is not None:
            torch.cuda.set_rng_state_all(cuda)
        torch.use_deterministic_algorithms(det, warn_only=warn_only)
        torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark = \
            cudnn_det, cudnn_bench
        if cublas is None:
            os.environ.pop(CUBLAS_VARIABLE, None)
        else:
            os.environ[CUBLAS_VARIABLE] = cublas
        torch.set_default_dtype(dtype)
        torch.set_num_threads(threads)


def report_epoch(epoch: int, metrics: Mapping[str, float]) -> None:
    """For programs run by a command trainer: append ``{"epoch": E, "val": {...}}`` to the
    JSON-lines file named by $SIMLOSS_REPORT (the worker reads it as intermediate values).
    A no-op when the variable is unset (the program runs outside a worker)."""
    path = os.environ.get("SIMLOSS_REPORT")
    if not path:
        return
    val = {str(k): float(v) for k, v in metrics.items()}
    line = json.dumps({"epoch": int(epoch), "val": {k: (v if math.isfinite(v) else None)
                                                   for k, v in val.items()}})
    with open(path, "a", encoding="utf-8") as fh:  # one write per line: no torn lines
        fh.write(line + "\n")


