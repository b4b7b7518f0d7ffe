"""Paired statistics for the report: Wilcoxon signed-rank tests, Holm correction, bootstrap
confidence intervals of the mean paired difference and t-intervals for plots.

Pure functions on plain numbers; no database, no plotting.

Conventions (documented in the report):

* Pairs are formed by seed: only seeds present on both sides count.
* Fewer than `MIN_PAIRS_FOR_TEST` (2) pairs: no test (p is None).
* Every paired difference zero: p = 1.0 by convention (the two sides are identical on the
  seeds compared; no evidence of a difference). scipy would drop every zero and return nan or
  warn, so this case is decided here rather than left to scipy.
* Otherwise `scipy.stats.wilcoxon(x, y)` with its defaults (two-sided, zero_method="wilcox",
  method="auto"), so the p-value is exactly scipy's on the same pairs.
* With fewer than `MIN_PAIRS_FOR_SIGNIFICANCE` (6) pairs a two-sided Wilcoxon signed-rank test
  cannot reach p < 0.05: the smallest possible exact p-value is 2 / 2**n (0.0625 for n = 5).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

ALPHA = 0.05
MIN_PAIRS_FOR_TEST = 2
MIN_PAIRS_FOR_SIGNIFICANCE = 6
BOOTSTRAP_RESAMPLES = 10_000
BOOTSTRAP_SEED = 0
CONFIDENCE = 0.95


@dataclass(frozen=True)
class PairedTest:
    """A two-sided Wilcoxon signed-rank test of `x` against `y`, paired by seed.

    `diff_mean` is mean(x - y) over the pairs; `p_value` is None when no test was run
    (`note` says why); `note` also explains the all-zero convention.
    """

    n: int                                # number of pairs
    seeds: tuple[int, ...]                # the paired seeds, sorted
    p_value: float | None
    diff_mean: float | None
    diff_ci: tuple[float, float] | None   # bootstrap CI of diff_mean
    note: str = ""


def pair_by_seed(
    x: Mapping[int, float], y: Mapping[int, float]
) -> tuple[list[int], np.ndarray, np.ndarray]:
    """The seeds present (with a finite value) in both maps, and the paired values."""
    seeds = sorted(s for s in x.keys() & y.keys() if _finite(x[s]) and _finite(y[s]))
    xs = np.array([float(x[s]) for s in seeds], dtype=float)
    ys = np.array([float(y[s]) for s in seeds], dtype=float)
    return seeds, xs, ys


def wilcoxon_p(x: Sequence[float], y: Sequence[float]) -> tuple[float | None, str]:
    """Two-sided Wilcoxon signed-rank p-value of paired samples, and a note.

    None with fewer than 2 pairs; 1.0 when every difference is zero (see module docstring).
    """
    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)
    if xs.shape != ys.shape:
        raise ValueError(f"paired samples differ in length: {xs.size} and {ys.size}")
    n = int(xs.size)
    if n < MIN_PAIRS_FOR_TEST:
        return None, f"no test: {n} pair{'s' if n != 1 else ''} (at least 2 needed)"
    if np.all(xs - ys == 0):
        return 1.0, "all paired differences are zero: p = 1 by convention"
    from scipy.stats import wilcoxon

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", UserWarning)
        p = float(wilcoxon(xs, ys).pvalue)
    note = ""
    if n < MIN_PAIRS_FOR_SIGNIFICANCE:
        note = f"only {n} pairs: a two-sided Wilcoxon test cannot reach p < {ALPHA}"
    if math.isnan(p):  # pragma: no cover - scipy returns nan only for degenerate input
        return None, "no test: scipy returned nan"
    return p, note


def holm(p_values: Sequence[float | None]) -> list[float | None]:
    """Holm-Bonferroni adjusted p-values; None entries (no test) are skipped and stay None.

    With m tests sorted by p ascending, adjusted p_(i) = max_{j <= i} min(1, (m - j + 1) p_(j)).
    """
    tested = [(p, i) for i, p in enumerate(p_values) if p is not None]
    m = len(tested)
    out: list[float | None] = [None] * len(p_values)
    running = 0.0
    for rank, (p, i) in enumerate(sorted(tested)):
        running = max(running, min(1.0, (m - rank) * float(p)))
        out[i] = running
    return out


def bootstrap_mean_ci(
    diffs: Sequence[float],
    *,
    confidence: float = CONFIDENCE,
    n_resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float] | None:
    """Percentile bootstrap CI of the mean, from a seeded numpy generator (reproducible).

    None with fewer than 2 values.
    """
    d = np.asarray(diffs, dtype=float)
    if d.size < 2:
        return None
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, d.size, size=(n_resamples, d.size))
    means = d[idx].mean(axis=1)
    tail = (1.0 - confidence) / 2.0 * 100.0
    low, high = np.percentile(means, [tail, 100.0 - tail])
    return float(low), float(high)


def paired_test(
    x: Mapping[int, float],
    y: Mapping[int, float],
    *,
    bootstrap_seed: int = BOOTSTRAP_SEED,
    n_resamples: int = BOOTSTRAP_RESAMPLES,
) -> PairedTest:
    """Wilcoxon test and bootstrap CI of x - y over the seeds both maps have."""
    seeds, xs, ys = pair_by_seed(x, y)
    p, note = wilcoxon_p(xs, ys)
    diffs = xs - ys
    diff_mean = float(diffs.mean()) if diffs.size else None
    ci = bootstrap_mean_ci(diffs, seed=bootstrap_seed, n_resamples=n_resamples)
    return PairedTest(len(seeds), tuple(seeds), p, diff_mean, ci, note)


def mark(p_value: float | None, diff_mean: float | None, direction: str,
         alpha: float = ALPHA) -> str:
    """"+" (significantly better), "-" (significantly worse) or "".

    Better means a positive mean paired difference for "maximize", negative for "minimize".
    """
    if direction not in ("maximize", "minimize"):
        raise ValueError(f"direction {direction!r} must be 'maximize' or 'minimize'")
    if p_value is None or diff_mean is None or not p_value < alpha or diff_mean == 0:
        return ""
    better = diff_mean > 0 if direction == "maximize" else diff_mean < 0
    return "+" if better else "-"


def mean_std(values: Sequence[float]) -> tuple[float | None, float | None]:
    """Mean and sample standard deviation (ddof=1; None below 2 values)."""
    v = np.asarray([x for x in values if _finite(x)], dtype=float)
    if v.size == 0:
        return None, None
    std = float(v.std(ddof=1)) if v.size > 1 else None
    return float(v.mean()), std


def t_interval(values: Sequence[float], confidence: float = CONFIDENCE
               ) -> tuple[float, float] | None:
    """Two-sided t confidence interval of the mean (None below 2 values)."""
    v = np.asarray([x for x in values if _finite(x)], dtype=float)
    if v.size < 2:
        return None
    from scipy.stats import t

    half = float(t.ppf(0.5 + confidence / 2.0, v.size - 1) * v.std(ddof=1) / math.sqrt(v.size))
    mean = float(v.mean())
    return mean - half, mean + half


def _finite(x: object) -> bool:
    return isinstance(x, (int, float, np.floating, np.integer)) and math.isfinite(float(x))
