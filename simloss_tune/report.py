"""The paper's tables (Table 1 / Table 2) from a study's records, with paired significance tests.

Layers, each testable on its own, in the order the data flows:

* `simloss_tune.records`: `load_records` reads one study file's runs study into plain
  `StudyRecords`; `study_metrics` gives the metric definitions (study file or task registry).
* `build_report` (here) is pure: records + metric definitions -> a `Report`, frozen
  dataclasses (rows, cells, comparisons, objectives, ...); `Report.to_json()` is the
  `--format json` document (report.json).
* consumers of a `Report`: `simloss_tune.render` (md, LaTeX, CSV, HTML, JSON),
  `simloss_tune.plots`, `simloss_tune.export` (the chosen value's matrix) and
  `simloss_tune.publish` (the `report` command: files, stdout, the dashboard).

Statistics (`simloss_tune.stats`): for every value other than the baseline, every split and
every metric, a two-sided Wilcoxon signed-rank test of the per-seed values against the
baseline's, paired by seed (only seeds present on both sides); "+" / "-" where p < 0.05 and the
mean paired difference is better / worse in the metric's direction; Holm correction across the
values compared (per split and metric); a seeded bootstrap 95% CI of the mean paired difference.
A value whose seeds gave identical results (`simloss_tune.replicates`: the trainer ignored its
seed) is not tested, nor is any value when the baseline's seeds did.
All values in the report are as stored (accuracies as fractions); only the tables show
percent metrics x100.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from . import replicates, stats
from ._util import smoothing_epsilon, value_key
from .metrics import Metric, metric_specs
from .records import SPLITS, STUDY_VARIANT, Run, StudyRecords

SCHEMA_VERSION = 1


# --------------------------------------------------------------------------- the document


@dataclass(frozen=True)
class Comparison:
    """One cell's test against the baseline (test split or validation)."""

    p_value: float | None = None
    p_holm: float | None = None
    mark: str = ""  # "+" / "-": significantly better / worse in the metric's direction
    diff_mean: float | None = None
    diff_ci: tuple[float, float] | None = None
    n_pairs: int | None = None
    note: str = ""
    tested: bool = False  # in the Holm correction

    def to_json(self) -> dict[str, Any]:
        if self.tested:  # the order report.json has always had: p_holm comes after the test
            return {"p_value": self.p_value, "diff_mean": self.diff_mean,
                    "diff_ci": _list(self.diff_ci), "n_pairs": self.n_pairs,
                    "note": self.note, "mark": self.mark, "p_holm": self.p_holm}
        return {"p_value": self.p_value, "p_holm": self.p_holm, "mark": self.mark,
                "diff_mean": self.diff_mean, "diff_ci": _list(self.diff_ci),
                "n_pairs": self.n_pairs, "note": self.note}


@dataclass(frozen=True)
class Cell:
    """One value, split and metric: the per-seed values, their summary and the test."""

    mean: float | None
    std: float | None
    n: int
    ci95: tuple[float, float] | None
    per_seed: Mapping[int, float]
    comparison: Comparison = Comparison()

    def to_json(self) -> dict[str, Any]:
        return {"mean": self.mean, "std": self.std, "n": self.n, "ci95": _list(self.ci95),
                "per_seed": {str(s): x for s, x in self.per_seed.items()},
                **self.comparison.to_json()}


@dataclass(frozen=True)
class Missing:
    """A (value, seed) without a completed run: its last state, failed tries and why."""

    value: float
    seed: int
    state: str  # the latest try's state, "ABSENT" without any
    tries: int
    reason: str
    variant: str | None = None  # [[variants]] only

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, **_variant_key(self.variant), "seed": self.seed,
                "state": self.state, "tries": self.tries, "reason": self.reason}


@dataclass(frozen=True)
class RacingCell:
    """The racing decision that eliminated a value, if any."""

    eliminated: bool = False
    seeds: int | None = None
    p_value: float | None = None
    against: float | None = None
    against_variant: str | None = None  # [[variants]] only: the variant of `against`

    def to_json(self) -> dict[str, Any]:
        doc = {"eliminated": self.eliminated, "seeds": self.seeds, "p_value": self.p_value,
               "against": self.against}
        return doc if self.against_variant is None else {
            **doc, "against_variant": self.against_variant}


@dataclass(frozen=True)
class Row:
    """One value of the parameter: its completed seeds and a cell per split and metric."""

    value: float
    is_baseline: bool
    n: int
    seeds: tuple[int, ...]
    missing: tuple[Missing, ...]
    val: Mapping[str, Cell]
    test: Mapping[str, Cell]
    mean_distribution: tuple[float, ...] | None
    n_pairs: int | None
    racing: RacingCell
    identical_seeds: tuple[int, ...]
    variant: str | None = None  # [[variants]] only: the row's variant ("simloss": the study's)
    # [[variants]] only: soft labels on the uniform source are label smoothing with this
    # epsilon (`_util.smoothing_epsilon`), shown beside r
    epsilon: float | None = None

    def cells(self, split: str) -> Mapping[str, Cell]:
        """The cells of one split ("val" or "test"), by metric name."""
        return self.val if split == "val" else self.test

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, **_variant_key(self.variant),
                "is_baseline": self.is_baseline, "n": self.n,
                "seeds": list(self.seeds), "missing": [m.to_json() for m in self.missing],
                **{split: {name: c.to_json() for name, c in self.cells(split).items()}
                   for split in SPLITS},
                "mean_distribution": _list(self.mean_distribution), "n_pairs": self.n_pairs,
                "racing": self.racing.to_json(), "identical_seeds": list(self.identical_seeds),
                **({} if self.epsilon is None else {"epsilon": self.epsilon})}


@dataclass(frozen=True)
class Objective:
    """The value chosen on validation for one objective metric, and its test result."""

    metric: str
    direction: str
    value: float | None  # None: no completed run has the metric
    is_baseline: bool = False
    n: int = 0
    val_mean: float | None = None
    test_mean: float | None = None
    test_std: float | None = None
    comparison: Comparison = Comparison()  # of the test split, against the baseline
    variant: str | None = None  # [[variants]] only: the chosen value's variant

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"metric": self.metric, "direction": self.direction,
                               "value": self.value, **_variant_key(self.variant)}
        if self.value is None:
            return out
        c = self.comparison
        return {**out, "is_baseline": self.is_baseline, "n": self.n,
                "val_mean": self.val_mean, "test_mean": self.test_mean,
                "test_std": self.test_std, "p_value": c.p_value, "p_holm": c.p_holm,
                "mark": c.mark, "diff_mean": c.diff_mean, "diff_ci": _list(c.diff_ci),
                "n_pairs": c.n_pairs, "note": c.note}


@dataclass(frozen=True)
class AgainstSimLoss:
    """[[variants]]: one variant's chosen value (best validation mean of `metric` among its
    rows) against the best SimLoss value (variant "simloss"), test split, paired by seed;
    Holm across the variants compared for that metric."""

    metric: str
    variant: str
    value: float
    simloss_value: float
    comparison: Comparison

    def to_json(self) -> dict[str, Any]:
        return {"metric": self.metric, "variant": self.variant, "value": self.value,
                "simloss_value": self.simloss_value, **self.comparison.to_json()}


@dataclass(frozen=True)
class Difference:
    """Where two runs of the same value and seed differ most."""

    metric: str  # "test mae", "val accuracy", "mean_distribution"
    value: float | None  # |a - b|; None when one run lacks the metric


@dataclass(frozen=True)
class Reproducibility:
    """check_reproducible: the check's run against the completed run of its value and seed."""

    requested: bool = False
    value: float | None = None
    seed: int | None = None
    largest_difference: Difference | None = None

    def to_json(self) -> dict[str, Any]:
        d = self.largest_difference
        return {"requested": self.requested, "value": self.value, "seed": self.seed,
                "largest_difference": None if d is None else {"metric": d.metric,
                                                              "value": d.value}}


@dataclass(frozen=True)
class Report:
    """The report of one study file: what every format renders (`to_json` is report.json).

    All values are as stored (accuracies as fractions); only the tables show percent
    metrics x100."""

    study: str
    task: str
    parameter: str
    baseline: float
    baseline_present: bool
    metrics: tuple[Metric, ...]
    seeds: tuple[int, ...]
    method: str
    racing: Mapping[str, Any] | None  # the study file's [racing] table
    rows: tuple[Row, ...]
    best: Mapping[str, float | None]  # metric -> the value with the best validation mean
    objectives: tuple[Objective, ...]
    missing: tuple[Missing, ...]
    warnings: tuple[str, ...]
    class_names: tuple[str, ...] | None
    reproducible: bool | None  # None: not checked
    reproducibility: Reproducibility
    alpha: float = stats.ALPHA
    schema: int = SCHEMA_VERSION
    # [[variants]] only: each variant (name, loss, similarity, parameter, ...), "simloss"
    # first, and per metric the variant of the best value (`best` holds its value)
    variants: tuple[Mapping[str, Any], ...] | None = None
    best_variants: Mapping[str, str | None] | None = None
    against_simloss: tuple[AgainstSimLoss, ...] | None = None

    def row(self, value: float | None, variant: str | None = None) -> Row | None:
        """The row of `value` (the same grid value: `value_key`) of `variant` (None: the
        first row of that value, the study's own), None when there is none."""
        return _find(self.rows, value, variant)

    def to_json(self) -> dict[str, Any]:
        """The JSON document (`--format json`, report.json): string keys, None for missing
        numbers."""
        return {
            "schema": self.schema, "study": self.study, "task": self.task,
            "parameter": self.parameter, "baseline": self.baseline,
            "baseline_present": self.baseline_present,
            "metrics": [{"name": m.name, "direction": m.direction, "percent": m.percent}
                        for m in self.metrics],
            "seeds": list(self.seeds), "alpha": self.alpha, "method": self.method,
            "racing": None if self.racing is None else dict(self.racing),
            **self._variants_json(),
            "rows": [r.to_json() for r in self.rows], "best": self._best_json(),
            "objectives": [o.to_json() for o in self.objectives],
            "missing": [m.to_json() for m in self.missing], "warnings": list(self.warnings),
            "class_names": _list(self.class_names), "reproducible": self.reproducible,
            "reproducibility": self.reproducibility.to_json(),
        }


    def _variants_json(self) -> dict[str, Any]:
        if self.variants is None:
            return {}
        return {"variants": [{k: v[k] for k in ("name", "loss", "similarity", "parameter")}
                             for v in self.variants],
                "against_simloss": [a.to_json() for a in self.against_simloss or ()]}

    def _best_json(self) -> dict[str, Any]:
        if self.best_variants is None:
            return dict(self.best)
        return {m: {"variant": self.best_variants.get(m), "value": v}
                for m, v in self.best.items()}


def _variant_key(variant: str | None) -> dict[str, str]:
    """{"variant": name} in a study with [[variants]], nothing otherwise (so report.json of a
    study without variants is what it always was)."""
    return {} if variant is None else {"variant": variant}


def _list(x: Iterable[Any] | None) -> list[Any] | None:
    return None if x is None else list(x)


# --------------------------------------------------------------------------- value formatting
# (the report's warnings name values as the tables do; `simloss_tune.render` uses them too)


def value_decimals(values: Sequence[float]) -> int:
    for d in range(1, 7):
        if all(abs(round(v, d) - v) < 1e-9 for v in values):
            return d
    return 6


def fmt_value(v: float, decimals: int) -> str:
    return f"{v:.{decimals}f}"


def seed_list(seeds: Iterable[int]) -> str:
    return ", ".join(str(s) for s in seeds) or "none"


# --------------------------------------------------------------------------- building


def build_report(
    records: StudyRecords,
    metrics: Iterable[Any],
    *,
    baseline: float | None = None,
    bootstrap_seed: int = stats.BOOTSTRAP_SEED,
    n_resamples: int = stats.BOOTSTRAP_RESAMPLES,
) -> Report:
    """The report of a study's records (pure: nothing is read or written).

    `metrics` are the task's metric definitions (see `metric_specs`); `baseline` overrides the
    study's. Raises ValueError for an objective that is not one of `metrics`. A study without
    a single completed run still gets a report: its failures (`missing`) and warnings.
    """
    if records.variants:
        return _variant_report(records, metrics, bootstrap_seed, n_resamples)
    specs = metric_specs(metrics)
    objectives = _objective_names(records, specs)
    base = float(records.baseline if baseline is None else baseline)
    if math.isnan(base):
        raise ValueError(f"baseline {baseline!r} must be a number")
    p = records.parameter
    warnings: list[str] = []
    if not any(r.state == "COMPLETE" for r in records.runs):
        warnings.append(f"no completed run yet ({_state_summary(records.runs)}); see 'missing' "
                        "for every run's tries and last reason")

    values = _values(records, base)
    expected = sorted(set(records.seeds)) if records.seeds else \
        sorted({r.seed for r in records.runs})
    chosen_runs, missing = _select_runs(records.runs, values, expected, p, warnings)
    missing, skipped = _racing_missing(missing, records.eliminated)
    decimals = value_decimals(values)

    base_key = value_key(base)
    base_runs = chosen_runs.get(base_key, {})
    has_baseline = bool(base_runs)
    if not has_baseline:
        warnings.append(f"no completed baseline runs ({p} = {fmt_value(base, decimals)}, "
                        "plain cross entropy): no significance tests, no value is marked")
    rows = [_row_of(v, chosen_runs.get(value_key(v), {}), value_key(v) == base_key, missing,
                    specs, base_runs if has_baseline else None, records.eliminated)
            for v in values]
    if has_baseline:
        untested = _copies_untested(rows, p, decimals, warnings)
        rows = _significance(rows, specs, bootstrap_seed, n_resamples, untested)
        _pair_warnings(rows, p, decimals, base_runs, warnings)
    else:
        rows = [_compared(r, lambda _split, _name: Comparison(note="no baseline")) for r in rows]
    for row in rows:
        if row.n == 0:
            reasons = {m.reason for m in row.missing} or {"no runs"}
            warnings.append(f"{p} = {fmt_value(row.value, decimals)}: no completed run "
                            f"({'; '.join(sorted(reasons))})")
    _racing_warnings(rows, p, decimals, warnings)
    if missing:
        failed = sum(1 for m in missing if m.state == "FAIL")
        why = f"{failed} failed" + (f", {skipped} skipped by racing" if skipped else "")
        warnings.append(f"{len(missing)} run(s) missing or not finished ({why}); see "
                        "'missing'. Only seeds present for both values are paired.")

    best = {m.name: best_value(rows, m) for m in specs}
    _few_seeds_warnings(rows, specs, best, p, decimals, warnings)
    reproducible, reproducibility = _reproducibility(records, chosen_runs)
    return Report(
        study=records.study, task=records.task, parameter=p, baseline=base,
        baseline_present=has_baseline, metrics=specs, seeds=tuple(expected),
        method=_method(bootstrap_seed, n_resamples) + _racing_method(records.racing),
        racing=records.racing, rows=tuple(rows), best=best,
        objectives=tuple(_objective(rows, next(m for m in specs if m.name == name), best[name])
                         for name in objectives),
        missing=tuple(missing), warnings=tuple(warnings),
        class_names=None if records.class_names is None else tuple(records.class_names),
        reproducible=reproducible, reproducibility=reproducibility)


def _objective_names(records: StudyRecords, specs: Sequence[Metric]) -> list[str]:
    """The objectives reported: NAME:<metric>'s, else the study file's, else every metric."""
    names = [m.name for m in specs]
    objectives = [records.metric] if records.metric else (records.objectives or names)
    for name in objectives:
        if name not in names:
            raise ValueError(f"metric {name!r} is not a metric of task {records.task!r} "
                             f"(allowed: {', '.join(names)})")
    return objectives


def _method(bootstrap_seed: int, n_resamples: int) -> str:
    return ("two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against "
            "the baseline, per-seed values paired by seed; p = 1 when every paired "
            "difference is zero; no test with fewer than 2 pairs; no test of a value whose "
            "seeds gave identical results (not independent replicates), nor of any value "
            "when the baseline's did; Holm correction across "
            "the values compared per split and metric; diff_ci: percentile bootstrap 95% "
            f"CI of the mean paired difference ({n_resamples} resamples, seed "
            f"{bootstrap_seed})")


def _row_of(value: float, runs: Mapping[int, Run], is_baseline: bool,
            missing: Sequence[Missing], specs: Sequence[Metric],
            base_runs: Mapping[int, Run] | None, eliminated: Mapping[float, Any]) -> Row:
    """One value's row before the tests (every comparison empty)."""
    return Row(
        value=value, is_baseline=is_baseline, n=len(runs), seeds=tuple(sorted(runs)),
        missing=tuple(m for m in missing if value_key(m.value) == value_key(value)),
        val={m.name: _cell(runs, "val", m.name) for m in specs},
        test={m.name: _cell(runs, "test", m.name) for m in specs},
        mean_distribution=_mean_distribution(runs.values()),
        n_pairs=None if base_runs is None else len(runs.keys() & base_runs.keys()),
        racing=_racing_cell(eliminated.get(value_key(value))),
        identical_seeds=tuple(_identical_seeds(runs)))


def _compared(row: Row, comparison: Callable[[str, str], Comparison]) -> Row:
    """`row` with the comparison of every cell: `comparison(split, metric)`."""
    return replace(row, **{split: {name: replace(cell, comparison=comparison(split, name))
                                   for name, cell in row.cells(split).items()}
                           for split in SPLITS})


def _few_seeds_warnings(rows: Sequence[Row], specs: Sequence[Metric],
                        best: Mapping[str, float | None], p: str, decimals: int,
                        warnings: list[str]) -> None:
    max_n = max(r.n for r in rows)
    for m in specs:
        row = _find(rows, best[m.name])
        if row is not None and row.n < max_n:
            warnings.append(f"best validation {m.name} is at {p} = "
                            f"{fmt_value(row.value, decimals)} with only {row.n} "
                            f"seed(s) (others have up to {max_n})")


def _reproducibility(records: StudyRecords, chosen: Mapping[float, Mapping[int, Run]]
                     ) -> tuple[bool | None, Reproducibility]:
    """`reproducible` (exact: True, False, or None when not checked) and what was compared:
    the check's run against the completed run of the same value and seed."""
    check = records.check
    original = None if check is None else chosen.get(value_key(check.value), {}).get(check.seed)
    detail = Reproducibility(records.check_requested, None if check is None else check.value,
                             None if check is None else check.seed)
    if check is None or original is None:
        return None, detail
    d = replicates.largest_difference(original, check)
    if d is None:
        return True, detail
    return False, replace(detail, largest_difference=Difference(d["metric"], d["value"]))


def _racing_cell(decision: Mapping[str, Any] | None) -> RacingCell:
    """The decision that eliminated the value, if any."""
    if decision is None:
        return RacingCell()
    return RacingCell(True, int(decision["seeds"]), float(decision["p_value"]),
                      float(decision["against"]), decision.get("against_variant"))


def _racing_missing(missing: Sequence[Missing], eliminated: Mapping[float, Any]
                    ) -> tuple[list[Missing], int]:
    """Name the runs racing skipped as such; returns them all and how many racing skipped."""
    out, count = [], 0
    for m in missing:
        decision = eliminated.get(value_key(m.value))
        if decision is not None and m.state in ("PRUNED", "ABSENT"):
            m = replace(m, reason=f"skipped: the value was eliminated by racing after "
                                  f"{decision['seeds']} seeds")
            count += 1
        out.append(m)
    return out, count


def _racing_warnings(rows: Sequence[Row], p: str, decimals: int, warnings: list[str]) -> None:
    for row in rows:
        r = row.racing
        if r.eliminated:
            against = f"{p} = " if r.against_variant is None else f"{r.against_variant}: "
            warnings.append(
                f"{p} = {fmt_value(row.value, decimals)}: eliminated by racing after "
                f"{r.seeds} seeds (worse than {against}{fmt_value(r.against, decimals)}, "
                f"p = {r.p_value:.3g}, a stopping rule, not a confirmation); n = {row.n}")


def _racing_method(rule: Mapping[str, Any] | None) -> str:
    if not rule:
        return ""
    return (f"; racing was on ({rule['test']} paired Wilcoxon signed-rank test, alpha "
            f"{rule['alpha']}, min_seeds {rule['min_seeds']}): a value stopped getting runs "
            "once it was significantly worse than the best value of every objective on the "
            "seeds both had completed; that test was repeated as seeds came in, so the "
            "p-value of an eliminated value is a stopping rule, not a confirmation that it "
            "is worse, and an eliminated value is compared with the baseline on the seeds it "
            "trained (n); every other value on all its seeds")


def _values(records: StudyRecords, base: float) -> list[float]:
    seen: dict[float, float] = {}
    for v in [*(records.grid or []), *(r.value for r in records.runs)]:
        seen.setdefault(value_key(v), float(v))
    seen.setdefault(value_key(base), base)  # the baseline always has a row, even without runs
    return sorted(seen.values(), reverse=records.parameter == "l")


def _state_summary(runs: Sequence[Run]) -> str:
    if not runs:
        return "no runs at all"
    counts: dict[str, int] = {}
    for r in runs:
        counts[r.state] = counts.get(r.state, 0) + 1
    return ", ".join(f"{n} {s.lower()}" for s, n in sorted(counts.items()))


def _select_runs(runs: Sequence[Run], values: Sequence[float], expected: Sequence[int],
                 p: str, warnings: list[str]
                 ) -> tuple[dict[float, dict[int, Run]], list[Missing]]:
    """The completed run per (value, seed) (the latest one), and what is missing and why.

    A failed try is retried by the worker as a new trial, so one (value, seed) may have several
    trials: a completed one wins; otherwise the latest try gives the state and every failure is
    named in the reason."""
    chosen: dict[float, dict[int, Run]] = {}
    tries: dict[tuple[float, int], list[Run]] = {}
    for r in sorted(runs, key=lambda r: r.number):
        k = value_key(r.value)
        if r.state == "COMPLETE":
            if r.seed in chosen.setdefault(k, {}):
                warnings.append(f"{p} = {r.value:g}, seed {r.seed}: several completed runs; "
                                f"the latest (trial {r.number}) is used")
            chosen[k][r.seed] = r
        else:
            tries.setdefault((k, r.seed), []).append(r)
    recovered = sum(1 for (k, seed), ts in tries.items()
                    if seed in chosen.get(k, {}) and any(t.state == "FAIL" for t in ts))
    if recovered:
        warnings.append(f"{recovered} run(s) failed at first and completed on a retry; the "
                        "completed try is used")
    missing = []
    for v in values:
        k = value_key(v)
        for seed in expected:
            if seed in chosen.get(k, {}):
                continue
            ts = tries.get((k, seed), [])
            missing.append(Missing(v, seed, ts[-1].state if ts else "ABSENT",
                                   sum(t.state == "FAIL" for t in ts), _missing_reason(ts)))
    return chosen, missing


def _missing_reason(tries: Sequence[Run]) -> str:
    if not tries:
        return "no run in the database"
    failures = [t for t in tries if t.state == "FAIL"]
    last_error = next((t.error for t in reversed(failures) if t.error), None)
    error = f"failed: {last_error}" if last_error else "failed (no error recorded)"
    if tries[-1].state == "FAIL":
        return error + (f" ({len(failures)} tries)" if len(failures) > 1 else "")
    state = {"RUNNING": "still running", "WAITING": "waiting in the queue",
             "PRUNED": "pruned"}.get(tries[-1].state, tries[-1].state.lower())
    return f"{state} (retry after an earlier try {error})" if failures else state


def _cell(runs: Mapping[int, Run], split: str, metric: str) -> Cell:
    per_seed = {}
    for seed, run in sorted(runs.items()):
        x = getattr(run, split).get(metric)
        if isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x):
            per_seed[seed] = float(x)
    mean, std = stats.mean_std(list(per_seed.values()))
    ci = stats.t_interval(list(per_seed.values()))
    return Cell(mean, std, len(per_seed), tuple(ci) if ci else None, per_seed)


def _mean_distribution(runs: Iterable[Run]) -> tuple[float, ...] | None:
    dists = [r.mean_distribution for r in runs if r.mean_distribution]
    if not dists:
        return None
    size = len(dists[0])
    dists = [d for d in dists if len(d) == size]
    return tuple(float(sum(col) / len(dists)) for col in zip(*dists, strict=True))


def _identical_seeds(runs: Mapping[int, Run]) -> list[int]:
    """The seeds of one value whose completed runs are copies of another seed's."""
    return replicates.identical_seeds({
        seed: replicates.signature(r.val, r.test, r.mean_distribution)
        for seed, r in runs.items()})


def _copies_untested(rows: Sequence[Row], p: str, decimals: int,
                     warnings: list[str]) -> dict[float, str]:
    """value key -> why it is not tested, for values whose seeds are not replicates: every
    value when the baseline's own seeds are copies (nothing to pair against). Warns once per
    such value."""
    untested: dict[float, str] = {}
    base_row = next(r for r in rows if r.is_baseline)
    if base_row.identical_seeds:
        seeds = seed_list(base_row.identical_seeds)
        warnings.append(replicates.warning(p, fmt_value(base_row.value, decimals),
                                           base_row.identical_seeds)
                        + "; the baseline's seeds are not independent, so no value is tested")
        for row in rows:
            if not row.is_baseline:
                untested[value_key(row.value)] = (
                    f"not tested: the baseline's results are identical on seeds {seeds}")
    for row in rows:
        if row.is_baseline or not row.identical_seeds:
            continue
        warnings.append(replicates.warning(p, fmt_value(row.value, decimals),
                                           row.identical_seeds)
                        + "; its seeds are not independent, so it is not tested")
        untested.setdefault(value_key(row.value), "not tested: identical results on seeds "
                            f"{seed_list(row.identical_seeds)}")
    return untested


def _significance(rows: Sequence[Row], specs: Sequence[Metric], bootstrap_seed: int,
                  n_resamples: int, untested: Mapping[float, str]) -> list[Row]:
    """Test every value against the baseline, except the `untested` ones (no p-value, no mark,
    left out of the Holm correction: they were not tested). Returns the rows with their
    comparisons."""
    base_row = next(r for r in rows if r.is_baseline)
    found: dict[tuple[int, str, str], Comparison] = {}  # (row index, split, metric)
    for split in SPLITS:
        for m in specs:
            base_values = base_row.cells(split)[m.name].per_seed
            compared = []
            for i, row in enumerate(rows):
                if row.is_baseline:
                    found[i, split, m.name] = Comparison(note="baseline")
                    continue
                t = stats.paired_test(row.cells(split)[m.name].per_seed, base_values,
                                      bootstrap_seed=bootstrap_seed, n_resamples=n_resamples)
                reason = untested.get(value_key(row.value))
                if reason is not None:
                    found[i, split, m.name] = Comparison(diff_mean=t.diff_mean, n_pairs=t.n,
                                                         note=reason)
                    continue
                found[i, split, m.name] = Comparison(
                    p_value=t.p_value, diff_mean=t.diff_mean,
                    diff_ci=tuple(t.diff_ci) if t.diff_ci else None, n_pairs=t.n, note=t.note,
                    mark=stats.mark(t.p_value, t.diff_mean, m.direction), tested=True)
                compared.append((i, split, m.name))
            adjusted = stats.holm([found[k].p_value for k in compared])
            for k, p_holm in zip(compared, adjusted, strict=True):
                found[k] = replace(found[k], p_holm=p_holm)
    return [_compared(row, lambda split, name, i=i: found[i, split, name])
            for i, row in enumerate(rows)]


def _pair_warnings(rows: Sequence[Row], p: str, decimals: int,
                   base_runs: Mapping[int, Run], warnings: list[str]) -> None:
    for row in rows:
        if row.is_baseline or row.n == 0:
            continue
        v = fmt_value(row.value, decimals)
        n = row.n_pairs
        paired = sorted(set(row.seeds) & base_runs.keys())
        unpaired = sorted(set(row.seeds) ^ base_runs.keys())
        detail = f" (seeds without a partner: {seed_list(unpaired)})" if unpaired else ""
        if n < stats.MIN_PAIRS_FOR_TEST:
            warnings.append(f"{p} = {v}: {n} seed(s) paired with the baseline{detail}: no "
                            "significance test (needs at least 2 pairs)")
        elif n < stats.MIN_PAIRS_FOR_SIGNIFICANCE:
            warnings.append(f"{p} = {v}: only {n} seeds paired with the baseline "
                            f"({seed_list(paired)}){detail}: a two-sided Wilcoxon signed-rank "
                            f"test cannot reach p < {stats.ALPHA} with fewer than "
                            f"{stats.MIN_PAIRS_FOR_SIGNIFICANCE} pairs")
        elif unpaired:
            warnings.append(f"{p} = {v}: {n} seeds paired with the baseline{detail}")
        for split in SPLITS:
            for name, cell in row.cells(split).items():
                if cell.comparison.p_value == 1.0 and "zero" in cell.comparison.note:
                    warnings.append(f"{p} = {v}, {split} {name}: every paired difference is "
                                    "zero; p = 1 by convention")


def best_value(rows: Sequence[Row], m: Metric) -> float | None:
    """The value with the best validation mean of metric `m` (first in row order on ties):
    the value chosen on validation, which the report and export name."""
    row = best_row(rows, m)
    return row.value if row else None


def best_row(rows: Sequence[Row], m: Metric) -> Row | None:
    """The row with the best validation mean of metric `m` (first in row order on ties)."""
    best = None
    for row in rows:
        mean = row.val[m.name].mean
        if mean is None:
            continue
        if best is None or _better(mean, best.val[m.name].mean, m.direction):
            best = row
    return best


def _better(a: float, b: float, direction: str) -> bool:
    return a > b if direction == "maximize" else a < b


def _find(rows: Sequence[Row], value: float | None, variant: str | None = None
          ) -> Row | None:
    """The row of the same grid value (`value_key`: the one rule) and, if given, variant;
    None when there is none."""
    if value is None:
        return None
    return next((r for r in rows if value_key(r.value) == value_key(value)
                 and (variant is None or r.variant == variant)), None)


def _objective(rows: Sequence[Row], m: Metric, value: float | None) -> Objective:
    return _objective_of(_find(rows, value), m)


def _objective_of(row: Row | None, m: Metric) -> Objective:
    if row is None:
        return Objective(m.name, m.direction, None)
    val, test = row.val[m.name], row.test[m.name]
    return Objective(m.name, m.direction, row.value, row.is_baseline, row.n, val.mean,
                     test.mean, test.std, test.comparison, row.variant)


# --------------------------------------------------------------------------- variants


def _variant_report(records: StudyRecords, metrics: Iterable[Any], bootstrap_seed: int,
                    n_resamples: int) -> Report:
    """The report of a study with [[variants]]: each variant's values against the one shared
    baseline (variant "simloss"'s baseline runs, paired by seed), built as the report of a
    study of that variant alone, then merged: one row per (variant, value), the Holm
    correction across every (variant, value) compared, and per objective the best
    (variant, value) on validation across all variants."""
    own, *others = records.variants
    subs = [(d, build_report(_variant_records(records, d, own), metrics,
                             bootstrap_seed=bootstrap_seed, n_resamples=n_resamples))
            for d in records.variants]
    first = subs[0][1]
    rows = [replace(r, variant=own["name"]) for r in first.rows]
    missing = [replace(m, variant=own["name"]) for m in first.missing]
    warnings = list(first.warnings)
    for d, sub in subs[1:]:
        eps = _epsilon_of(d, records.num_classes)
        rows += [replace(r, variant=d["name"], epsilon=eps(r.value)) for r in sub.rows
                 if not r.is_baseline]
        missing += [replace(m, variant=d["name"]) for m in sub.missing
                    if value_key(m.value) != value_key(d["baseline"])]
        warnings += [f"variant {d['name']}: {w}" for w in sub.warnings
                     if w not in first.warnings]
    rows = _holm_across(rows, first.metrics)
    chosen = {m.name: best_row(rows, m) for m in first.metrics}
    objectives = tuple(_objective_of(chosen[o.metric], next(m for m in first.metrics
                                                            if m.name == o.metric))
                       for o in first.objectives)
    return replace(first, rows=tuple(rows), missing=tuple(missing), warnings=tuple(warnings),
                   best={k: r.value if r else None for k, r in chosen.items()},
                   best_variants={k: r.variant if r else None for k, r in chosen.items()},
                   objectives=objectives, variants=tuple(records.variants),
                   against_simloss=_against_simloss(rows, first.metrics, objectives,
                                                    bootstrap_seed, n_resamples),
                   method=first.method + _VARIANTS_METHOD
                   + (_VARIANTS_RACING if records.racing else ""))


_VARIANTS_METHOD = (
    "; [[variants]]: every (variant, value) is tested against the one shared baseline "
    "(variant simloss's baseline runs: plain cross entropy), paired by seed; the Holm "
    "correction runs across every (variant, value) compared, per split and metric; each "
    "objective's value is the best validation mean across all variants; against_simloss: "
    "per objective, each variant's best value on validation against the best SimLoss value "
    "(variant simloss) on the test split, the same test, paired by seed, Holm-corrected "
    "across the variants compared for that objective")
_VARIANTS_RACING = (
    "; racing eliminated (variant, value) points by the same rule, the best of each "
    "objective taken across all variants")


def _against_simloss(rows: Sequence[Row], specs: Sequence[Metric],
                     objectives: Sequence[Objective], bootstrap_seed: int,
                     n_resamples: int) -> tuple[AgainstSimLoss, ...]:
    out: list[AgainstSimLoss] = []
    for objective in objectives:
        m = next(x for x in specs if x.name == objective.metric)
        own = best_row([r for r in rows if r.variant == STUDY_VARIANT], m)
        if own is None:
            continue
        found = []
        for name in dict.fromkeys(r.variant for r in rows if r.variant != STUDY_VARIANT):
            chosen = best_row([r for r in rows if r.variant == name], m)
            if chosen is None:
                continue
            copies = own.identical_seeds or chosen.identical_seeds
            t = stats.paired_test(chosen.test[m.name].per_seed, own.test[m.name].per_seed,
                                  bootstrap_seed=bootstrap_seed, n_resamples=n_resamples)
            c = Comparison(diff_mean=t.diff_mean, n_pairs=t.n,
                           note="not tested: identical results across seeds") if copies \
                else Comparison(p_value=t.p_value, diff_mean=t.diff_mean,
                                diff_ci=tuple(t.diff_ci) if t.diff_ci else None, n_pairs=t.n,
                                note=t.note, tested=True,
                                mark=stats.mark(t.p_value, t.diff_mean, m.direction))
            found.append(AgainstSimLoss(m.name, name, chosen.value, own.value, c))
        tested = [i for i, a in enumerate(found) if a.comparison.tested]
        ps = stats.holm([found[i].comparison.p_value for i in tested])
        for i, p_holm in zip(tested, ps, strict=True):
            found[i] = replace(found[i], comparison=replace(found[i].comparison, p_holm=p_holm))
        out += found
    return tuple(out)


def _epsilon_of(variant: Mapping[str, Any], num_classes: int | None
                ) -> Callable[[float], float | None]:
    """value -> the label-smoothing epsilon of a soft-label variant on the uniform source (r
    is how the service stores it; epsilon is how label smoothing is usually written), None
    for any other variant or when C is unknown."""
    if variant["source"] != "uniform" or variant["loss"] != "soft_labels" or not num_classes:
        return lambda value: None
    return lambda value: smoothing_epsilon(value, num_classes)


def _variant_records(records: StudyRecords, variant: Mapping[str, Any],
                     own: Mapping[str, Any]) -> StudyRecords:
    """The records of one variant as a study of its own: its runs, and the shared baseline's
    runs (variant simloss at the study's baseline) as its baseline value's."""
    eliminated = {value: decision for (name, value), decision in records.eliminated.items()
                  if name == variant["name"]}
    if variant["name"] == own["name"]:
        return replace(records, runs=[r for r in records.runs if r.variant == own["name"]],
                       variants=[], eliminated=eliminated)
    base = [replace(r, value=variant["baseline"], variant=variant["name"])
            for r in records.runs
            if r.variant == own["name"] and value_key(r.value) == value_key(records.baseline)]
    return replace(records, runs=base + [r for r in records.runs
                                         if r.variant == variant["name"]],
                   parameter=variant["parameter"], baseline=variant["baseline"],
                   grid=list(variant["grid"]), variants=[], eliminated=eliminated,
                   check=None, check_requested=False)


def _holm_across(rows: Sequence[Row], specs: Sequence[Metric]) -> list[Row]:
    """The rows with p_holm corrected across every tested (variant, value), per split and
    metric (each variant's own report corrected across its values only)."""
    adjusted: dict[tuple[int, str, str], float] = {}
    for split in SPLITS:
        for m in specs:
            tested = [i for i, r in enumerate(rows) if r.cells(split)[m.name].comparison.tested]
            ps = stats.holm([rows[i].cells(split)[m.name].comparison.p_value for i in tested])
            adjusted.update({(i, split, m.name): p for i, p in zip(tested, ps, strict=True)})

    def corrected(i: int, row: Row, split: str, name: str) -> Comparison:
        c = row.cells(split)[name].comparison
        return replace(c, p_holm=adjusted[i, split, name]) if c.tested else c

    return [_compared(row, lambda split, name, i=i, row=row: corrected(i, row, split, name))
            for i, row in enumerate(rows)]
