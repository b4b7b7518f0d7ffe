"""Whatever trains a study's runs, behind one seam (`base.Trainer`): the built-in tasks,
the user's Python function or class, or the user's program."""

from __future__ import annotations

from typing import Any

from .base import LocalSession, Point, Session, Trainer

__all__ = ["LocalSession", "Point", "Session", "Trainer", "make_trainer"]


def make_trainer(spec: Any, attrs: dict[str, Any] | None = None,
                 cache: dict | None = None) -> Trainer:
    """The trainer of a study; `attrs` are the user attributes of its NAME:runs study
    (class_names, similarity_source stored at init), `cache` data shared between studies."""
    if spec.trainer is not None:
        from .python import PythonTrainer

        return PythonTrainer(spec, attrs or {})
    if spec.command is not None:
        from .command import CommandTrainer

        return CommandTrainer(spec, attrs or {})
    from .builtin import TaskTrainer

    return TaskTrainer(spec, cache, attrs)
