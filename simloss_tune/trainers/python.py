"""`trainer = "package.module:function"` (or a class): the user's Python code trains each run
inside the worker process."""

from __future__ import annotations

import logging
import math
import time
import traceback
from collections.abc import Sequence
from typing import Any

import torch

from .._util import mask_secrets
from ..train import RunResult
from ..variants import Variant, VariantMatrices, check_loss
from .base import Point, Session, clean_metrics
from .context import RunContext, restored_settings
from .declared import import_trainer

log = logging.getLogger(__name__)


class PythonTrainer:
    """A function called once per run, or a class instantiated once per worker (with
    `setup(study)` called once) and called once per run."""

    max_batch = 1  # runs train one after another; claiming more would only hold them

    def __init__(self, spec: Any, attrs: dict[str, Any], variants: Sequence[Variant] = ()
                 ) -> None:
        self.spec = spec
        self.class_names = list(attrs.get("class_names") or spec.classes)
        self.source = attrs.get("similarity_source")
        self.matrices = study_matrices(spec, self.class_names, self.source, variants, attrs)
        self._function = None

    def load(self) -> None:
        if self._function is not None:
            return
        obj = import_trainer(self.spec.trainer, f"study {self.spec.name!r}")
        if isinstance(obj, type):
            obj = obj()
            setup = getattr(obj, "setup", None)
            if setup is not None:
                setup(self.spec)
        self._function = obj

    def describe(self) -> dict[str, Any]:
        return {}  # init stored class_names and similarity_source

    def train(self, points: list[Point], session: Session) -> list[RunResult]:
        self.load()
        return [self._one(i, p, session) for i, p in enumerate(points)]

    def _one(self, index: int, point: Point, session: Session) -> RunResult:
        run = RunContext(
            study=self.spec, parameter=point_parameter(self.matrices, point, self.spec),
            value=float(point.value), seed=int(point.seed),
            class_names=list(self.class_names),
            similarity=self.matrices.matrix(point.variant, point.value),
            device=str(session.device), workdir=session.workdir(index),
            variant=point.variant, loss=check_loss(point.loss),
            _report=lambda epoch, metrics: session.report(
                index, epoch, clean_metrics(metrics, f"report(epoch={epoch})")),
            _should_stop=session.should_stop)
        t0 = time.perf_counter()
        error, out = None, {}
        with restored_settings():
            try:
                out = self._function(run)
            except (KeyboardInterrupt, SystemExit):
                raise
            except Exception as exc:  # noqa: BLE001 - the run fails, the worker goes on
                log.warning("trainer %s failed on %s=%g seed=%d:\n%s", self.spec.trainer,
                            self.spec.parameter, point.value, point.seed,
                            mask_secrets(traceback.format_exc()))
                text = str(exc).strip().splitlines()
                error = mask_secrets(f"{type(exc).__name__}: {text[-1] if text else ''}"
                                     .rstrip(": "))
        result = result_from_output(self.spec, point, out, error, time.perf_counter() - t0,
                                    str(session.device))
        result.parameter = run.parameter
        return result


def study_matrices(spec: Any, class_names: list[str], source: Any,
                   variants: Sequence[Variant], attrs: dict[str, Any]) -> VariantMatrices:
    """Each variant's matrix of a trainer or command study: the study's own is
    `study_matrix`, a variant's own source comes from ``attrs["variant_sources"]``."""
    return VariantMatrices(variants, attrs.get("variant_sources"), len(class_names),
                           lambda value: study_matrix(spec, class_names, source, value))


def point_parameter(matrices: VariantMatrices, point: Point, spec: Any) -> str:
    """The parameter of the point's value: its variant's ("r" for uniform) or the study's."""
    return matrices.variant(point.variant).parameter_in(spec.parameter)


def study_matrix(spec: Any, class_names: list[str], source: Any, value: float) -> torch.Tensor:
    """The float32 (C, C) matrix of `value`: class order for r, lower bound of the stored raw
    similarity for l."""
    from .. import matrices

    if spec.parameter == "r":
        return matrices.class_order(len(class_names), value)
    if source is None:
        raise ValueError(f"study {spec.name!r} (parameter l) has no similarity_source; run "
                         "`simloss-tune init` again")
    return matrices.lower_bound(source, value).to(torch.float32)


def result_from_output(spec: Any, point: Point, out: Any, error: str | None, seconds: float,
                       device: str) -> RunResult:
    """A RunResult from a trainer's {"val": ..., "test": ...}; an incomplete or malformed
    output fails the run with a reason naming what is wrong."""
    val: dict[str, float] = {}
    test: dict[str, float] = {}
    dist = None
    if error is None:
        try:
            val, test, dist = parse_output(spec, out)
        except ValueError as exc:
            error = mask_secrets(str(exc))
    return RunResult(spec.label, spec.parameter, float(point.value), int(point.seed), None,
                     None, val, test, seconds, device, dist, error)


def parse_output(spec: Any, out: Any) -> tuple[dict, dict, list[float] | None]:
    if not isinstance(out, dict):
        raise ValueError(f"the trainer returned {type(out).__name__}, not a dict "
                         '{"val": {...}, "test": {...}}')
    splits = {}
    for split in ("val", "test"):
        if split not in out:
            raise ValueError(f"the trainer's result has no {split!r} metrics")
        metrics = clean_metrics(out[split], f"the trainer's {split!r} result")
        missing = [m for m in spec.metrics if m not in metrics]
        if missing:
            has = ", ".join(sorted(metrics)) or "none"
            raise ValueError(f"the trainer's {split!r} result lacks declared metric "
                             f"{missing[0]!r} (declared: {', '.join(spec.metrics)}; "
                             f"the result has: {has})")
        splits[split] = {m: metrics[m] for m in spec.metrics}
    dist = out.get("mean_distribution")
    if dist is not None:
        try:
            dist = [float(p) for p in dist]
        except (TypeError, ValueError):
            raise ValueError("mean_distribution must be a list of numbers") from None
        if len(dist) != len(spec.classes) or not all(math.isfinite(p) for p in dist):
            raise ValueError(f"mean_distribution must be {len(spec.classes)} finite numbers, "
                             f"got {len(dist)}")
    return splits["val"], splits["test"], dist
