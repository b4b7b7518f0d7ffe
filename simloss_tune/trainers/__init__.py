"""Whatever trains a study's runs, behind one seam (`base.Trainer`): the built-in tasks,
the user's Python function or class, or the user's program."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .base import LocalSession, Point, Session, Trainer

__all__ = ["LocalSession", "Point", "Session", "Trainer", "make_trainer"]


def make_trainer(spec: Any, attrs: dict[str, Any] | None = None,
                 cache: dict | None = None, variants: Sequence[Any] = ()) -> Trainer:
    """The trainer of a study; `attrs` are the user attributes of its NAME:runs study
    (class_names, similarity_source, variant_sources stored at init), `cache` data shared
    between studies, `variants` the study's `variants.Variant`s (none: its own only)."""
    if spec.trainer is not None:
        from .python import PythonTrainer

        return PythonTrainer(spec, attrs or {}, variants)
    if spec.command is not None:
        from .command import CommandTrainer

        return CommandTrainer(spec, attrs or {}, variants)
    from .builtin import TaskTrainer

    return TaskTrainer(spec, cache, attrs, variants)
