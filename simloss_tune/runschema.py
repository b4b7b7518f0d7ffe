"""The attributes of a run trial (the trial schema in docs/ARCHITECTURE.md), written by
`write_run` and read back by `read_run` only: the worker, the derived studies, racing, the
seed check and the report all read a run through `read_run`.

Low on purpose (it imports nothing of the package): the studies layer and `records.py` both
use it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RunRecord:
    """One run trial as stored: params `{<parameter>: value, "seed": k}` (in a study with
    [[variants]] also `"variant": name`, and a variant with a parameter of its own stores its
    value under that name) and the user attributes `write_run` wrote (absent ones are None).
    `variant` is "simloss" (the study's own settings) for a run of a study without
    variants."""

    number: int
    state: str                      # "COMPLETE", "FAIL", "RUNNING", "WAITING", "PRUNED"
    value: float
    seed: int
    val: dict[str, float]           # val_<metric>
    test: dict[str, float]          # test_<metric>
    seconds: float | None = None
    device: str | None = None
    epochs: int | None = None       # absent for a user trainer that reported no epoch
    best_epoch: int | None = None
    mean_distribution: list[float] | None = None
    curves: dict | None = None      # {"epoch": [...], metric: [...]} of reported epochs
    error: str | None = None
    variant: str = "simloss"


def write_run(result: Any) -> dict[str, Any]:
    """The user attributes of a run trial, from a `RunResult` (or anything shaped like one)."""
    attrs = {f"val_{k}": v for k, v in result.val.items()}
    attrs.update({f"test_{k}": v for k, v in result.test.items()})
    attrs.update(seconds=round(result.seconds, 3), device=result.device)
    # A user's trainer may report no epochs and no mean distribution: absent, not null.
    if result.epochs is not None:
        attrs.update(best_epoch=result.best_epoch, epochs=result.epochs)
    if result.mean_distribution is not None:
        attrs["mean_distribution"] = [round(float(p), 6) for p in result.mean_distribution]
    if getattr(result, "curves", None):
        attrs["curves"] = result.curves
    if result.error:
        attrs["error"] = result.error
    return attrs


def read_run(trial: Any, parameter: str) -> RunRecord | None:
    """A run trial (an Optuna `FrozenTrial`) as a `RunRecord`; None for a trial that is no
    run (without the parameter and seed params, e.g. an adaptive study's empty proposal)."""
    params = trial.params
    if "variant" in params and parameter not in params:  # a variant's own parameter
        parameter = next((k for k in params if k not in ("seed", "variant")), parameter)
    if parameter not in params or "seed" not in params:
        return None
    attrs = trial.user_attrs
    dist = attrs.get("mean_distribution")
    return RunRecord(
        number=int(trial.number), state=trial.state.name,
        value=float(params[parameter]), seed=int(params["seed"]),
        val={k[4:]: v for k, v in attrs.items() if k.startswith("val_")},
        test={k[5:]: v for k, v in attrs.items() if k.startswith("test_")},
        seconds=attrs.get("seconds"), device=attrs.get("device"), epochs=attrs.get("epochs"),
        best_epoch=attrs.get("best_epoch"),
        mean_distribution=list(dist) if isinstance(dist, (list, tuple)) else None,
        curves=attrs.get("curves"), error=attrs.get("error"),
        variant=str(params.get("variant", "simloss")))


def intermediate_values(run: RunRecord, metric: str) -> dict[int, float]:
    """{epoch: validation value of `metric`} from a run's curves (finite values only): what
    an objective study's trial of that run can carry as intermediate values."""
    curves = run.curves or {}
    pairs = zip(curves.get("epoch", []), curves.get(metric, []), strict=False)
    return {int(e): float(v) for e, v in pairs if v is not None and math.isfinite(v)}
