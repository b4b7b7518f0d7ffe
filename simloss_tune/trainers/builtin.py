"""The built-in tasks behind the seam: data loaded once, K points trained as one batched model
by `train.train_runs`, each epoch's validation metrics reported.

Variants: `TaskTrainer(spec, cache, attrs, variants)` takes the study's parsed `Variant`s
(default none) and ``attrs["variant_sources"]`` (the raw similarity of each variant with a
``similarity`` table, stored by `init`). A point of the study's own variant with loss
"simloss" is trained exactly as before; any other point carries a `train.RunLoss` with its loss
and its variant's matrix (None: the task's own matrix of its value), and all batch together.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np

from .. import train as _train
from ..tasks import get_task
from ..train import RunResult
from ..variants import STUDY_VARIANT, Variant, VariantMatrices
from .base import Point, Session


class TaskTrainer:
    max_batch = None  # as many as fit; the worker halves it after running out of memory

    def __init__(self, spec: Any, cache: dict | None = None,
                 attrs: dict[str, Any] | None = None, variants: Sequence[Variant] = ()
                 ) -> None:
        self.spec = spec
        self.task = _task_of(spec, attrs or {})
        self._variants = tuple(variants)
        self._sources = (attrs or {}).get("variant_sources")
        self._matrices: VariantMatrices | None = None
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

    @property
    def matrices(self) -> VariantMatrices:
        if self._matrices is None:
            self._matrices = VariantMatrices(self._variants, self._sources,
                                             len(self.data.class_names))
        return self._matrices

    def train(self, points: list[Point], session: Session) -> list[RunResult]:
        results = _train.train_runs(self.task, self.data, [self._point(p) for p in points],
                                    self.config, device=session.device,
                                    progress=session.progress, on_epoch=session.report)
        for point, result in zip(points, results, strict=True):
            result.parameter = self.matrices.variant(point.variant).parameter_in(
                self.task.parameter)
        return results

    def _point(self, point: Point) -> tuple:
        """(value, seed) for the study's own SimLoss runs, as before variants; otherwise
        (value, seed, RunLoss) with the variant's loss and matrix."""
        if point.variant == STUDY_VARIANT and point.loss == "simloss":
            return point.value, point.seed
        matrix = self.matrices.own_matrix(point.variant, point.value)
        return point.value, point.seed, _train.RunLoss(point.loss, matrix)


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
