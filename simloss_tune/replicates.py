"""Seeds that are not replicates: runs of one value whose results are identical, bit for bit.

Pairing by seed assumes that each seed is an independent replicate. A trainer that ignores
its seed (a command with `"--seed", "0"` instead of `"{seed}"`) trains the same run again for
every seed: n copies of one observation, which a Wilcoxon test would count as n. Two runs of
one value are taken as copies when every metric of both splits is identical bit for bit, and
so is the mean predicted distribution where both store one.

Pure functions on plain mappings (no database): the worker (`studies/seedcheck.py`) and the
report (`report.py`) share them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol


class Run(Protocol):
    """What a run needs for a comparison (records.Run has it)."""

    val: Mapping[str, Any]
    test: Mapping[str, Any]
    mean_distribution: Sequence[float] | None


def _bits(x: Any) -> str:
    """A number as its exact bits (float.hex: NaN equals NaN, -0.0 differs from 0.0)."""
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return float(x).hex()
    return repr(x)


def signature(val: Mapping[str, Any], test: Mapping[str, Any],
              mean_distribution: Sequence[float] | None) -> tuple | None:
    """What must be equal for two runs to be copies; None for a run without any metric."""
    if not val and not test:
        return None
    metrics = tuple(sorted((f"{split}_{name}", _bits(x))
                           for split, table in (("val", val), ("test", test))
                           for name, x in table.items()))
    dist = tuple(_bits(p) for p in mean_distribution) if mean_distribution else None
    return metrics, dist


def same(a: tuple, b: tuple) -> bool:
    """Equal metrics, and equal distributions unless one of the runs stores none."""
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def identical_seeds(by_seed: Mapping[int, tuple | None]) -> list[int]:
    """The seeds (sorted) whose run is identical to the run of another seed of the same value;
    empty when every seed's result is its own. `by_seed` maps a seed to its `signature`."""
    items = [(s, sig) for s, sig in sorted(by_seed.items()) if sig is not None]
    found: set[int] = set()
    for i, (s, a) in enumerate(items):
        for t, b in items[i + 1:]:
            if same(a, b):
                found.update((s, t))
    return sorted(found)


def largest_difference(a: Run, b: Run) -> dict[str, Any] | None:
    """None when two runs are identical (as for `identical_seeds`); else where they differ
    most: {"metric": "test mae" (or "mean_distribution"), "value": |a - b| or None when one
    run lacks the metric}."""
    sa = signature(a.val, a.test, a.mean_distribution)
    sb = signature(b.val, b.test, b.mean_distribution)
    if sa is not None and sb is not None and same(sa, sb):
        return None
    found: list[tuple[float, str]] = []
    for split in ("val", "test"):
        x, y = getattr(a, split), getattr(b, split)
        for name in sorted(x.keys() | y.keys()):
            if name not in x or name not in y:
                return {"metric": f"{split} {name}", "value": None}
            if _bits(x[name]) != _bits(y[name]):
                found.append((_abs_diff(x[name], y[name]), f"{split} {name}"))
    if not found:  # the metrics agree: the predicted distributions differ
        diffs = [_abs_diff(p, q) for p, q in zip(a.mean_distribution or [],
                                                 b.mean_distribution or [], strict=False)]
        found.append((max(diffs, default=0.0), "mean_distribution"))
    value, metric = max(found, key=lambda f: (f[0] == f[0], f[0]))  # NaN ranks last
    return {"metric": metric, "value": value}


def _abs_diff(x: Any, y: Any) -> float:
    try:
        return abs(float(x) - float(y))
    except (TypeError, ValueError):
        return float("nan")


def warning(parameter: str, value: str, seeds: Sequence[int]) -> str:
    """The one-line explanation, naming the value (as formatted by the caller) and seeds."""
    return (f"{parameter} = {value}: identical results on seeds "
            f"{', '.join(str(s) for s in seeds)}: the trainer probably ignores its seed")
