"""The built-in tasks behind the seam: data loaded once, K points trained as one batched model
by `train.train_runs`, each epoch's validation metrics reported."""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from .. import train as _train
from ..tasks import get_task
from ..train import RunResult
from .base import Point, Session


class TaskTrainer:
    max_batch = None  # as many as fit; the worker halves it after running out of memory

    def __init__(self, spec: Any, cache: dict | None = None,
                 attrs: dict[str, Any] | None = None) -> None:
        self.spec = spec
        self.task = _task_of(spec, attrs or {})
        self.config = spec.train_config()
        self._cache = cache if cache is not None else {}  # shared by studies of one dataset
        # ...and one similarity: the study file's [similarity] rides on the loaded data
        similarity = json.dumps(spec.similarity, sort_keys=True) if spec.similarity else None
        self._key = (spec.task, str(spec.resolved_data_dir()), self.config.split_seed,
                     self.config.limit, similarity)

    def load(self) -> None:
        if self._key not in self._cache:
            self._cache[self._key] = self.task.load(
                self.spec.resolved_data_dir(), split_seed=self.config.split_seed,
                limit=self.config.limit)

    @property
    def data(self) -> Any:
        self.load()
        return self._cache[self._key]

    def describe(self) -> dict[str, Any]:
        attrs: dict[str, Any] = {"class_names": list(self.data.class_names)}
        if self.data.similarity_source is not None:
            attrs["similarity_source"] = [[float(x) for x in row]
                                          for row in self.data.similarity_source]
        return attrs

    def train(self, points: list[Point], session: Session) -> list[RunResult]:
        return _train.train_runs(self.task, self.data, [(p.value, p.seed) for p in points],
                          self.config, device=session.device, progress=session.progress,
                          on_epoch=session.report)


def _task_of(spec: Any, attrs: dict[str, Any]) -> Any:
    """The study's task; with a [similarity] in the study file, the task using the raw
    similarity `init` stored on the study (so workers need no file)."""
    task = get_task(spec.task)
    if spec.similarity is None:
        return task
    source = attrs.get("similarity_source")
    if source is None:
        raise ValueError(f"study {spec.name!r} has a [similarity] but no similarity_source "
                         "stored; run `simloss-tune init` on its study file again")
    return task.with_similarity(np.asarray(source, dtype=np.float64))
