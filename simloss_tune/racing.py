"""Racing: the rule that stops training a value once it is significantly worse than the best.

Pure functions on plain numbers (no database): `decide` takes the per-seed validation metrics
of every value and returns the values to eliminate now; `replay` races a finished study again
without training (bench/racing.py, tests). The database side is `studies/elimination.py`.

The rule, for a study with objectives m1, m2, ...:

* the best value of an objective is the value with the best mean over its completed seeds,
  among the values not eliminated;
* the baseline and every value that is best on some objective are never eliminated;
* any other value is eliminated when, for EVERY objective, a paired Wilcoxon signed-rank test
  on the seeds it and that objective's best value both completed says it is worse (p < alpha)
  and its mean on those seeds is worse too; no test before `first_decision` pairs (the larger
  of `min_seeds` and the fewest pairs at which the test can reach alpha at all). The rule is
  applied seed round by seed round (`decide`): a late check decides as the earliest check
  would have, on the runs completed by then; a value best over all of them is kept.

The one-sided test is `optuna.pruners.WilcoxonPruner`'s: `scipy.stats.wilcoxon` of the paired
differences with `zero_method="zsplit"` and the same safety (a value whose mean is not worse
is kept). WilcoxonPruner itself is not called: it decides about one running trial of one
single-objective study against `study.best_trial`, and returns a bool, while here one run
serves every objective, the decision is about a value whose runs are many trials (the WAITING
ones leave the queue), and the decision's seed count and p-value go into the report.
`tests/test_racing.py` checks that both take the same decisions.

The test is repeated as seeds accumulate (sequential testing): a p-value of an eliminated value
is a stopping rule, not a confirmation that it is worse.
"""

from __future__ import annotations

import functools
import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ._util import value_key

# What racing eliminates: a value of r or l, or in a study with [[variants]] a
# (variant, value) pair (the same value under two losses is two points).
Point = float | tuple[str, float]

# point -> seed -> metric -> validation value
Results = Mapping[Point, Mapping[int, Mapping[str, float]]]


def point_key(point: Point) -> Point:
    """A point as a key: its value rounded (`value_key`), a variant's name kept."""
    if isinstance(point, tuple):
        return point[0], value_key(point[1])
    return value_key(point)


@dataclass(frozen=True)
class Decision:
    """A value (or (variant, value) point) eliminated: after `seeds` pairs, worse than
    `against` with p = `p_value` (the largest p over the objectives: every one is below
    alpha)."""

    value: Point
    seeds: int
    p_value: float
    against: Point

    def to_json(self) -> dict:
        """The stored decision: `against` is a value; in a study with variants
        `against_variant` names its variant."""
        doc = {"eliminated": True, "seeds": self.seeds, "p_value": self.p_value}
        if isinstance(self.against, tuple):
            return {**doc, "against": self.against[1], "against_variant": self.against[0]}
        return {**doc, "against": self.against}


def smallest_p(n: int, test: str) -> float:
    """The smallest p-value an exact Wilcoxon signed-rank test can give with n pairs."""
    return (1.0 if test == "one-sided" else 2.0) / 2.0 ** n


def first_decision(rule) -> int:
    """The first seed count at which `rule` (min_seeds, alpha, test) may eliminate a value."""
    n = 2
    while not smallest_p(n, rule.test) < rule.alpha:
        n += 1
    return max(rule.min_seeds, n)


def worse_p(x: Sequence[float], best: Sequence[float], direction: str, test: str
            ) -> float | None:
    """p-value of "x is worse than best" (paired), or None when the data say x is not worse
    on average (WilcoxonPruner's safety) or there is nothing to test."""
    d = np.asarray(x, dtype=float) - np.asarray(best, dtype=float)
    if d.size < 2:
        return None
    worse = d.mean() < 0 if direction == "maximize" else d.mean() > 0
    if not worse:
        return None
    alternative = "two-sided" if test == "two-sided" else (
        "less" if direction == "maximize" else "greater")
    if d.size <= _ENUMERATED:
        return _enumerated_p(d, alternative)
    from scipy.stats import wilcoxon

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = float(wilcoxon(d, alternative=alternative, zero_method="zsplit").pvalue)
    return None if math.isnan(p) else p


# Up to 13 pairs scipy's p-value is exact (without ties or zeros) or an exhaustive permutation
# test over all 2**n sign flips (with them); both are this enumeration, which is ~100x faster
# than scipy's call (the simulation in bench/racing.py makes millions of tests).
_ENUMERATED = 13


@functools.cache
def _sign_flips(n: int) -> np.ndarray:
    return ((np.arange(2 ** n)[:, None] >> np.arange(n)) & 1).astype(float)


def _enumerated_p(d: np.ndarray, alternative: str) -> float:
    """scipy.stats.wilcoxon(d, alternative=..., zero_method="zsplit").pvalue for n <= 13."""
    from scipy.stats import rankdata

    ranks = rankdata(np.abs(d))
    zero = d == 0
    fixed = 0.5 * ranks[zero].sum()  # zsplit: half of each zero's rank counts as positive
    ranks = np.where(zero, 0.0, ranks)
    observed = fixed + ranks[d > 0].sum()
    null = fixed + _sign_flips(d.size) @ ranks
    tol = 1e-14 * max(abs(observed), 1.0)
    greater = float(np.mean(null >= observed - tol))
    less = float(np.mean(null <= observed + tol))
    if alternative == "greater":
        return greater
    if alternative == "less":
        return less
    return min(1.0, 2.0 * min(greater, less))


def mean_of(per_seed: Mapping[int, Mapping[str, float]], metric: str) -> float | None:
    xs = [r[metric] for r in per_seed.values() if _finite(r.get(metric))]
    return math.fsum(xs) / len(xs) if xs else None


def best_values(results: Results, objectives: Mapping[str, str], active: Sequence[Point]
                ) -> dict[str, Point]:
    """Per objective, the active value with the best mean over its completed seeds (the first
    in `active` order on ties); objectives without any result are left out."""
    best: dict[str, Point] = {}
    for metric, direction in objectives.items():
        scored = [(v, mean_of(results.get(v, {}), metric)) for v in active]
        scored = [(v, m) for v, m in scored if m is not None]
        if scored:
            pick = max if direction == "maximize" else min
            best[metric] = pick(scored, key=lambda vm: vm[1])[0]
    return best


def decide(results: Results, objectives: Mapping[str, str], baseline: Point, rule,
           eliminated: Sequence[Point] = (), seeds: Sequence[int] | None = None
           ) -> list[Decision]:
    """The values to eliminate now (see the module docstring), given the completed runs.

    `results` maps value (or (variant, value) point) -> seed -> metric -> validation value;
    `objectives` maps metric -> direction; `eliminated` are the points already eliminated
    (they are not candidates for the best and are not decided again).

    The rule is applied round by round, on the runs of the first n seeds (in `seeds` order,
    else ascending) for n = first_decision(rule), ..., as a worker checking after every seed
    would have, on the runs completed now: a check that finds 6 seeds where 5 already allow a
    decision records it at 5, against the best value of those 5, whether or not the runs of
    the 6th seed happened to finish first. A value best on some objective over all the
    completed runs is never eliminated, whatever an earlier round said. (A run still pending
    in an earlier round can still change a later check's decision, as it always could.)"""
    order = _seed_order(results, seeds)
    gone = [point_key(v) for v in eliminated]
    active = [v for v in results if point_key(v) not in set(gone)]
    best_now = list(best_values(results, objectives, active).values())
    out: list[Decision] = []
    for n in range(first_decision(rule), len(order) + 1):
        keep = set(order[:n])
        view = {v: {s: r for s, r in per.items() if s in keep} for v, per in results.items()}
        out += decide_once(view, objectives, baseline, rule, gone + [d.value for d in out],
                           protected=best_now)
    return out


def _seed_order(results: Results, seeds: Sequence[int] | None) -> list[int]:
    present = {s for per in results.values() for s in per}
    listed = list(dict.fromkeys(seeds or ()))
    return [s for s in listed if s in present] + sorted(present - set(listed))


def decide_once(results: Results, objectives: Mapping[str, str], baseline: Point, rule,
                eliminated: Sequence[Point] = (), protected: Sequence[Point] = ()
                ) -> list[Decision]:
    """One look: the values the rule eliminates on all of `results` at once (`decide` looks
    round by round; `replay` makes the rounds itself); `protected` values are kept too."""
    gone = {point_key(v) for v in eliminated}
    active = [v for v in results if point_key(v) not in gone]
    best = best_values(results, objectives, active)
    if len(best) < len(objectives):
        return []
    protected = {point_key(baseline), *(point_key(v) for v in protected),
                 *(point_key(v) for v in best.values())}
    first = first_decision(rule)
    out = []
    for v in active:
        if point_key(v) in protected:
            continue
        decision = _against_all(results, v, best, objectives, rule, first)
        if decision is not None:
            out.append(decision)
    return out


def _against_all(results: Results, v: Point, best: Mapping[str, Point],
                 objectives: Mapping[str, str], rule, first: int) -> Decision | None:
    worst: tuple[float, Point, int] | None = None  # (p, against, pairs)
    for metric, direction in objectives.items():
        b = best[metric]
        seeds = sorted(s for s in results[v].keys() & results[b].keys()
                       if _finite(results[v][s].get(metric)) and
                       _finite(results[b][s].get(metric)))
        if len(seeds) < first:
            return None
        p = worse_p([results[v][s][metric] for s in seeds],
                    [results[b][s][metric] for s in seeds], direction, rule.test)
        if p is None or not p < rule.alpha:
            return None
        if worst is None or p > worst[0]:
            worst = (p, b, len(seeds))
    return Decision(v, worst[2], worst[0], worst[1]) if worst else None


PREFIX = "racing:"


def decision_key(point: Point) -> str:
    """The `NAME:runs` study user attribute holding the decision about `point`:
    `racing:<value>`, or `racing:<variant>:<value>` in a study with [[variants]] (a variant's
    name has no colon)."""
    point = point_key(point)
    if isinstance(point, tuple):
        return f"{PREFIX}{point[0]}:{point[1]!r}"
    return f"{PREFIX}{point!r}"


def decisions_from_attrs(attrs: Mapping[str, object]) -> dict[Point, dict]:
    """point -> {"eliminated", "seeds", "p_value", "against"[, "against_variant"]} from study
    user attributes (the points as `decision_key` wrote them)."""
    import json

    out: dict[Point, dict] = {}
    for key, raw in attrs.items():
        if key.startswith(PREFIX):
            variant, _, value = key[len(PREFIX):].rpartition(":")
            point = (variant, float(value)) if variant else float(value)
            out[point_key(point)] = json.loads(raw) if isinstance(raw, str) else dict(raw)
    return out


# ------------------------------------------------------------------------------- replay

@dataclass(frozen=True)
class Replay:
    """A finished study raced again: what racing would have trained and chosen."""

    runs: int                      # runs racing trains
    total: int                     # runs without racing
    decisions: list[Decision]
    chosen: dict[str, Point]       # per objective, the report's best on the runs trained
    chosen_full: dict[str, Point]  # per objective, the best with every run

    @property
    def saved(self) -> float:
        return 1.0 - self.runs / self.total if self.total else 0.0


def replay(results: Results, objectives: Mapping[str, str], baseline: Point, rule,
           seeds: Sequence[int]) -> Replay:
    """Race a finished study seed by seed (every active value gets seed k before any gets
    seed k+1, as the queue hands them out), deciding after each round."""
    values = list(results)
    seen: dict[Point, dict[int, Mapping[str, float]]] = {v: {} for v in values}
    decisions: list[Decision] = []
    runs = 0
    for seed in seeds:
        gone = {point_key(d.value) for d in decisions}
        for v in values:
            if point_key(v) not in gone and seed in results[v]:
                seen[v][seed] = results[v][seed]
                runs += 1
        decisions += decide_once(seen, objectives, baseline, rule,
                                 [d.value for d in decisions])
    total = sum(1 for v in values for s in seeds if s in results[v])
    return Replay(runs, total, decisions, best_values(seen, objectives, values),
                  best_values(results, objectives, values))


def _finite(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)
