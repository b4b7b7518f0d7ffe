"""The task contract and the task registry.

A task bundles a dataset loader (its true on-disk format), a model, the metrics,
the early-stopping metric and the kind of similarity matrix (parameter ``r``:
class order; ``l``: lower bound on a class-similarity matrix). Tasks register
under a name; :func:`get_task` finds them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from .. import metrics as _metrics
from .._util import import_user_module
from ..metrics import Metric

__all__ = [
    "CLASSIFICATION_METRICS",
    "ORDINAL_METRICS",
    "Metric",
    "Split",
    "Task",
    "TaskData",
    "available_tasks",
    "get_task",
    "register_task",
]


ORDINAL_METRICS: tuple[Metric, ...] = (
    Metric("accuracy", "maximize", percent=True),
    Metric("mae", "minimize"),
    Metric("mse", "minimize"),
)
CLASSIFICATION_METRICS: tuple[Metric, ...] = (
    Metric("accuracy", "maximize", percent=True),
    Metric("superclass_accuracy", "maximize", percent=True),
    Metric("failed_superclass_accuracy", "maximize", percent=True),
)


@dataclass
class Split:
    images: torch.Tensor  # uint8 (N, channels, H, W), decoded and resized once
    labels: torch.Tensor  # int64 (N,), 0..C-1

    def __len__(self) -> int:
        return int(self.labels.shape[0])


@dataclass
class TaskData:
    train: Split
    val: Split
    test: Split
    class_names: list[str]
    mean: torch.Tensor  # float32 (channels,), on the 0..255 scale, from train
    std: torch.Tensor  # float32 (channels,)
    superclass: torch.Tensor | None = None  # int64 (C,) for cifar100, else None
    similarity_source: np.ndarray | None = None  # raw class similarity for "l" tasks (C, C)
    info: dict[str, Any] = field(default_factory=dict)  # skipped files and why, cache hits...

    @property
    def num_classes(self) -> int:
        return len(self.class_names)


class Task:
    """Base class of a task. Subclass it, set the attributes, implement ``load`` and
    ``model``; ``similarity`` and ``metrics_from_logits`` have working defaults for
    ``r`` tasks (class order) and ``l`` tasks (lower bound on
    ``TaskData.similarity_source``) with the metrics of :mod:`simloss_tune.metrics`.
    """

    name: str = ""
    parameter: str = "r"  # "r" (class order) or "l" (lower bound)
    baseline: float = 0.0  # the value that gives plain cross entropy: 0.0 for r, 0.99 for l
    metrics: tuple[Metric, ...] = ORDINAL_METRICS
    early_stopping: str = "mae"  # metric name watched on validation
    patience: int = 10
    max_epochs: int = 200
    needs_data_dir: bool = True
    # The class names in label order when they are known without the data (CIFAR-100's 100
    # fine labels): a study file's [similarity] is built over them at `init`.
    class_names: tuple[str, ...] | None = None
    # A raw (C, C) similarity from the study file ([similarity]), set by `with_similarity`:
    # it replaces the one the task's own load() would find (TaskData.similarity_source).
    similarity_source: np.ndarray | None = None

    def with_similarity(self, source: np.ndarray) -> Task:
        """A copy of this task whose `l` matrices come from `source` (over `class_names`)."""
        if self.parameter != "l":
            raise ValueError(f"task {self.name!r} has parameter {self.parameter!r}; a "
                             "[similarity] is for parameter 'l'")
        task = copy.copy(self)
        task.similarity_source = np.asarray(source, dtype=np.float64)
        return task

    def load(
        self,
        data_dir: str | Path | None,
        *,
        split_seed: int = 0,
        limit: int | None = None,
        download: bool = False,
        cache_dir: str | Path | None = None,
    ) -> TaskData:
        raise NotImplementedError(f"task {self.name!r} does not implement load()")

    def model(self, num_classes: int) -> nn.Module:
        raise NotImplementedError(f"task {self.name!r} does not implement model()")

    def metric(self, name: str) -> Metric:
        """The metric called ``name``; ValueError listing this task's metrics otherwise."""
        for m in self.metrics:
            if m.name == name:
                return m
        known = ", ".join(m.name for m in self.metrics)
        raise ValueError(f"task {self.name!r} has no metric {name!r}; its metrics: {known}")

    def similarity(self, data: TaskData, value: float) -> torch.Tensor:
        """The (C, C) float32 similarity matrix for parameter value ``value``."""
        from .. import matrices  # lazy: keeps `import simloss_tune.tasks` light

        if self.parameter == "r":
            return matrices.class_order(data.num_classes, value)
        if self.parameter == "l":
            source = (self.similarity_source if self.similarity_source is not None
                      else data.similarity_source)
            if source is None:
                raise ValueError(
                    f"task {self.name!r} uses parameter l but its data has no "
                    "similarity_source matrix"
                )
            if len(source) != data.num_classes:
                raise ValueError(f"task {self.name!r}: the similarity is {len(source)} x "
                                 f"{len(source)} but the data has {data.num_classes} classes")
            return matrices.lower_bound(source, value)
        raise ValueError(
            f"task {self.name!r} has parameter {self.parameter!r}; the default similarity() "
            "knows 'r' and 'l': override similarity() for anything else"
        )

    def metrics_from_logits(
        self, logits: torch.Tensor, labels: torch.Tensor, data: TaskData
    ) -> dict[str, float]:
        """``{metric name: value}`` for every metric of this task, from argmax predictions."""
        return _metrics.compute(
            [m.name for m in self.metrics],
            _metrics.predictions(logits),
            labels,
            superclass=data.superclass,
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} ({self.parameter})>"


_REGISTRY: dict[str, Task] = {}


def _validate(task: Task) -> None:
    where = f"task {task.name!r} ({type(task).__name__})"
    if not task.name or not isinstance(task.name, str):
        raise ValueError(f"{type(task).__name__}: set a non-empty `name`")
    if task.parameter not in ("r", "l"):
        # Other parameters are fine if similarity() is overridden.
        if type(task).similarity is Task.similarity:
            raise ValueError(
                f"{where}: parameter {task.parameter!r} needs its own similarity(); "
                "the built-in ones are 'r' and 'l'"
            )
    if not task.metrics:
        raise ValueError(f"{where}: declare at least one metric")
    task.metric(task.early_stopping)  # raises, naming the metrics
    if task.patience < 1 or task.max_epochs < 1:
        raise ValueError(f"{where}: patience and max_epochs must be at least 1")


def register_task(task: Task | type[Task], *, replace: bool = False) -> Any:
    """Register a task (an instance, or a class with a no-argument constructor).

    Returns its argument, so it also works as a class decorator. A second task
    with the same name is refused unless ``replace=True``.
    """
    instance = task() if isinstance(task, type) else task
    if not isinstance(instance, Task):
        raise TypeError(f"register_task expects a Task, got {type(instance).__name__}")
    _validate(instance)
    if instance.name in _REGISTRY and not replace:
        raise ValueError(
            f"a task named {instance.name!r} is already registered; choose another "
            "name or pass replace=True"
        )
    _REGISTRY[instance.name] = instance
    return task


def available_tasks() -> list[str]:
    """Names of the registered tasks, sorted."""
    return sorted(_REGISTRY)


def get_task(name: str) -> Task:
    """The task registered as ``name``.

    ``"package.module:attribute"`` imports a user's module and returns the Task
    (instance or class) named there, so a task of your own works from the command
    line and study files without registering it anywhere first.
    """
    if name in _REGISTRY:
        return _REGISTRY[name]
    if ":" in name:
        return _import_task(name)
    raise ValueError(
        f"unknown task {name!r}; available: {', '.join(available_tasks())} "
        "(or 'package.module:TaskClass' for a task of your own)"
    )


def _import_task(spec: str) -> Task:
    module_name, _, attr = spec.partition(":")
    module = import_user_module(module_name, f"task {spec!r}")
    obj = getattr(module, attr, None)
    if obj is None:
        raise ValueError(f"task {spec!r}: module {module_name!r} has no attribute {attr!r}")
    task = obj() if isinstance(obj, type) and issubclass(obj, Task) else obj
    if not isinstance(task, Task):
        raise ValueError(f"task {spec!r}: {attr!r} is not a Task (subclass of simloss_tune Task)")
    _validate(task)
    return task


# -- helpers for loaders (built-in and users' own) ----------------------------------------


def random_split(
    n: int, split_seed: int, fractions: tuple[float, float, float] = (0.6, 0.2, 0.2)
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Indices of a random train/val/test split of ``range(n)``, fixed by ``split_seed`` alone.

    Each part keeps the random order (the "split order"), so the first N of a part
    are a random sample of it: that is what ``limit`` takes.
    """
    if abs(sum(fractions) - 1.0) > 1e-9 or min(fractions) < 0:
        raise ValueError(f"split fractions {fractions} must be non-negative and sum to 1")
    order = np.random.default_rng(split_seed).permutation(n)
    n_train = round(n * fractions[0])
    n_val = round(n * fractions[1])
    return order[:n_train], order[n_train : n_train + n_val], order[n_train + n_val :]


def check_limit(limit: int | None) -> None:
    if limit is not None and (isinstance(limit, bool) or int(limit) != limit or limit < 1):
        raise ValueError(f"limit must be a positive number of images per split, got {limit!r}")


def channel_stats(
    images: torch.Tensor, *, per_channel: bool = True
) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean and standard deviation of uint8 images (N, C, H, W) on the 0..255 scale.

    ``per_channel=False`` gives one global mean/std repeated for every channel.
    Computed exactly from a 256-bin histogram per channel: no float copy of the
    images (a full float copy of UTKFace's training split would be 600 MB).
    """
    if images.ndim != 4 or images.shape[0] == 0 or images.dtype != torch.uint8:
        raise ValueError(
            f"need a non-empty uint8 (N, C, H, W) tensor, got {images.dtype} "
            f"{tuple(images.shape)}"
        )
    channels = images.shape[1]
    hist = torch.stack(
        [torch.bincount(images[:, c].reshape(-1), minlength=256) for c in range(channels)]
    ).to(torch.float64)
    if not per_channel:
        hist = hist.sum(dim=0, keepdim=True)
    values = torch.arange(256, dtype=torch.float64)
    count = hist.sum(dim=1)
    mean = (hist * values).sum(dim=1) / count
    var = (hist * (values - mean[:, None]) ** 2).sum(dim=1) / count
    std = var.sqrt().clamp_min(1e-6)  # a constant image set must not divide by zero
    if not per_channel:
        mean, std = mean.expand(channels), std.expand(channels)
    return mean.to(torch.float32).contiguous(), std.to(torch.float32).contiguous()
