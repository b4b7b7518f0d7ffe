"""Metric definitions of the paper (section 4), on predicted classes, and `Metric`, the one
record of a metric (name, direction, percent) that tasks, study files, records and the report
share.

Every function takes integer tensors of predicted classes and true labels of the
same shape (predictions are ``logits.argmax(-1)``, see :func:`predictions`) and
returns a python float. Accuracies are fractions in [0, 1]; MAE and MSE are in
class units (years for age, digits for digits). Every metric of an empty input is
``nan``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import torch

__all__ = [
    "Metric",
    "accuracy",
    "compute",
    "failed_superclass_accuracy",
    "known_metrics",
    "mae",
    "metric_specs",
    "mse",
    "predictions",
    "superclass_accuracy",
]


@dataclass(frozen=True)
class Metric:
    """A metric as tasks declare it and the report reads it."""

    name: str  # "accuracy", "mae", "mse", "superclass_accuracy", ...
    direction: str  # "maximize" | "minimize"
    percent: bool = False  # shown x100 in tables (accuracies are stored as fractions)

    def __post_init__(self) -> None:
        if self.direction not in ("maximize", "minimize"):
            raise ValueError(
                f"metric {self.name!r}: direction {self.direction!r} must be "
                "'maximize' or 'minimize'"
            )


def metric_specs(metrics: Iterable[Any]) -> tuple[Metric, ...]:
    """`Metric`s from `Metric`-like objects, (name, direction[, percent]) tuples or dicts."""
    out = []
    for m in metrics:
        if isinstance(m, Metric):
            out.append(m)
        elif isinstance(m, Mapping):
            out.append(Metric(str(m["name"]), str(m["direction"]), bool(m.get("percent", False))))
        elif isinstance(m, (tuple, list)):
            out.append(Metric(str(m[0]), str(m[1]), bool(m[2]) if len(m) > 2 else False))
        else:
            out.append(Metric(m.name, m.direction, bool(getattr(m, "percent", False))))
    if not out:
        raise ValueError("no metric definitions given")
    return tuple(out)


def predictions(logits: torch.Tensor) -> torch.Tensor:
    """The predicted class of each example: the argmax over the last dimension."""
    return logits.argmax(dim=-1)


def _check(pred: torch.Tensor, labels: torch.Tensor) -> None:
    if pred.shape != labels.shape:
        raise ValueError(
            f"predictions have shape {tuple(pred.shape)} but labels {tuple(labels.shape)}; "
            "pass logits.argmax(-1) and labels of the same shape"
        )


def _mean(x: torch.Tensor) -> float:
    return math.nan if x.numel() == 0 else float(x.double().mean())


def accuracy(pred: torch.Tensor, labels: torch.Tensor) -> float:
    """Fraction of examples whose predicted class is the true class."""
    _check(pred, labels)
    return _mean(pred == labels)


def mae(pred: torch.Tensor, labels: torch.Tensor) -> float:
    """Mean absolute error between predicted and true class index (class units)."""
    _check(pred, labels)
    return _mean((pred.long() - labels.long()).abs())


def mse(pred: torch.Tensor, labels: torch.Tensor) -> float:
    """Mean squared error between predicted and true class index (class units squared)."""
    _check(pred, labels)
    return _mean((pred.long() - labels.long()).double() ** 2)


def superclass_accuracy(
    pred: torch.Tensor, labels: torch.Tensor, superclass: torch.Tensor
) -> float:
    """Fraction of examples predicted in the superclass of their true class.

    ``superclass[c]`` is the superclass of class ``c``. Never below :func:`accuracy`.
    """
    _check(pred, labels)
    sc = superclass.to(pred.device)
    return _mean(sc[pred] == sc[labels])


def failed_superclass_accuracy(
    pred: torch.Tensor, labels: torch.Tensor, superclass: torch.Tensor
) -> float:
    """Superclass accuracy over the misclassified examples only (FSA).

    It measures how close the wrong predictions are to the truth. With no
    misclassified example the value is undefined and returned as ``nan`` (not 0
    or 1, which would read as a worst or best score in tables and tests).
    """
    _check(pred, labels)
    wrong = pred != labels
    return superclass_accuracy(pred[wrong], labels[wrong], superclass)


_PLAIN: dict[str, Callable[[torch.Tensor, torch.Tensor], float]] = {
    "accuracy": accuracy,
    "mae": mae,
    "mse": mse,
}
_SUPERCLASS: dict[str, Callable[[torch.Tensor, torch.Tensor, torch.Tensor], float]] = {
    "superclass_accuracy": superclass_accuracy,
    "failed_superclass_accuracy": failed_superclass_accuracy,
}


def known_metrics() -> list[str]:
    """Names :func:`compute` understands."""
    return sorted([*_PLAIN, *_SUPERCLASS])


def compute(
    names: Iterable[str],
    pred: torch.Tensor,
    labels: torch.Tensor,
    *,
    superclass: torch.Tensor | None = None,
) -> dict[str, float]:
    """The named metrics as ``{name: value}``; superclass metrics need ``superclass``."""
    out: dict[str, float] = {}
    for name in names:
        if name in _PLAIN:
            out[name] = _PLAIN[name](pred, labels)
        elif name in _SUPERCLASS:
            if superclass is None:
                raise ValueError(f"metric {name!r} needs the superclass of every class")
            out[name] = _SUPERCLASS[name](pred, labels, superclass)
        else:
            raise ValueError(f"unknown metric {name!r}; known: {', '.join(known_metrics())}")
    return out
