"""Metric definitions of the paper (section 4), on predicted classes.

Every function takes integer tensors of predicted classes and true labels of the
same shape (predictions are ``logits.argmax(-1)``, see :func:`predictions`) and
returns a python float. Accuracies are fractions in [0, 1]; MAE and MSE are in
class units (years for age, digits for digits). Every metric of an empty input is
``nan``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import torch

__all__ = [
    "accuracy",
    "compute",
    "failed_superclass_accuracy",
    "known_metrics",
    "mae",
    "mse",
    "predictions",
    "superclass_accuracy",
]


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
