"""The seam between the worker and whatever trains a run.

The worker knows only this: a `Trainer` is made once per study and worker, `load()`ed once
(before the first claim: slow set-up must not eat into a claimed trial's grace period), and
then asked to `train` batches of points, one `RunResult` per point, in order. While it
trains, it may `report` validation metrics per epoch and should ask `should_stop()`; the
`Session` the worker passes in carries both, the device and each point's own work folder.

Implementations: `builtin.TaskTrainer` (the built-in tasks, batched by `train.train_runs`),
`python.PythonTrainer` (`trainer = "pkg.module:function"`), `command.CommandTrainer`
(`command = [...]`).

Variants (`simloss_tune.variants`): each trainer takes ``variants`` (the study's parsed
`Variant`s, default none: only the study's own "simloss") at construction and reads the raw
similarity of each variant with a ``similarity`` table of its own from the study's attributes,
``attrs["variant_sources"] = {variant name: (C, C) nested lists}`` (stored by `init`). A
`Point` names its variant and loss; the trainer trains it with that loss on that variant's
matrix of its value (`variants.VariantMatrices`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import torch


@dataclass(frozen=True)
class Point:
    """One run to train: (value, seed) and the attempt (a name unique per try of the run,
    e.g. "trial-17"), which names its work folder; `variant` names the study variant whose
    matrix it trains on ("simloss": the study's own) and `loss` its loss ("simloss" or
    "soft_labels", `simloss_tune.variants.LOSSES`)."""

    value: float
    seed: int
    attempt: str = "local"
    variant: str = "simloss"
    loss: str = "simloss"


class Session(Protocol):
    """What the worker offers a trainer while it trains one batch."""

    device: torch.device
    progress: bool

    def report(self, index: int, epoch: int, metrics: Mapping[str, float]) -> None:
        """Validation metrics of point `index` after `epoch` (intermediate values)."""

    def should_stop(self) -> bool:
        """True once the worker has been asked to stop (Ctrl-C, SIGTERM, preemption)."""

    def workdir(self, index: int) -> Path:
        """A fresh folder for point `index`, this attempt only."""


class Trainer(Protocol):
    """Trains runs of one study."""

    max_batch: int | None  # points trained at once; None: as many as the device fits

    def load(self) -> None:
        """Once per worker: load data, import code, build what every run shares."""

    def describe(self) -> dict[str, Any]:
        """Study attributes the worker stores once (class_names, similarity_source)."""

    def train(self, points: list[Point], session: Session) -> list[Any]:
        """One `train.RunResult` per point, in order; a failed run has `error` set."""


class LocalSession:
    """A session without a queue (`simloss-tune train`, tests): reports are kept in
    `reports`, work folders go under `root`."""

    def __init__(self, root: str | Path, points: list[Point],
                 device: str | torch.device = "cpu", progress: bool = False) -> None:
        from ..train import resolve_device

        self.root = Path(root)
        self.points = list(points)
        self.device = device if isinstance(device, torch.device) else resolve_device(device)
        self.progress = progress
        self.reports: dict[int, list[tuple[int, dict[str, float]]]] = {}

    def report(self, index: int, epoch: int, metrics: Mapping[str, float]) -> None:
        self.reports.setdefault(index, []).append((epoch, dict(metrics)))

    def should_stop(self) -> bool:
        return False

    def workdir(self, index: int) -> Path:
        point = self.points[index]
        name = f"value={point.value:g}-seed={point.seed}"
        if point.variant != "simloss":  # points of two variants may share (value, seed)
            name = f"variant={point.variant}-{name}"
        return work_folder(self.root, name, point.attempt)


def work_folder(root: Path, *names: str) -> Path:
    """Create and return `root/names[0]/names[1]/...`, each name one plain folder name (not
    empty, '.', '..', no '/', at most 255 bytes), so a work folder never lands outside
    `root` nor fails on a too long name; ValueError naming the bad part otherwise."""
    path = Path(root)
    for name in names:
        if name in ("", ".", "..") or "/" in name or os.sep in name \
                or len(name.encode()) > 255:
            raise ValueError(f"work folder name {name[:60]!r} under {str(root)!r} is not a "
                             "plain folder name (not empty, '.', '..', no '/', at most 255 "
                             "bytes)")
        path = path / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def clean_metrics(metrics: Any, what: str) -> dict[str, float]:
    """{name: float} from a user's mapping; ValueError naming the bad entry."""
    if not isinstance(metrics, Mapping):
        raise ValueError(f"{what} must be a mapping of metric name to number, got "
                         f"{type(metrics).__name__}")
    out = {}
    for name, value in metrics.items():
        try:
            out[str(name)] = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{what}: metric {name!r} = {value!r} is not a number") from None
    return out


def curve_summary(reports: list[tuple[int, dict[str, float]]], metric: str,
                  direction: str) -> tuple[int | None, int | None]:
    """(epochs, best_epoch) from reported epochs: the last epoch, and the epoch with the best
    finite value of `metric`."""
    if not reports:
        return None, None
    epochs = max(e for e, _ in reports)
    scored = [(m[metric], e) for e, m in reports if math.isfinite(m.get(metric, math.nan))]
    if not scored:
        return epochs, None
    sign = -1.0 if direction == "maximize" else 1.0
    return epochs, min(scored, key=lambda x: (sign * x[0], x[1]))[1]  # ties: the earliest
