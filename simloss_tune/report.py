"""The paper's tables (Table 1 / Table 2) from a study database, with paired significance tests.

Layers, each testable on its own:

* `load_records` reads one study file's runs study (the trial schema of docs/ARCHITECTURE.md)
  into plain `StudyRecords`; `task_metrics` looks up metric definitions in the task registry.
* `build_report` is pure: records + metric definitions -> the report document (a JSON-ready
  dict; its schema is the `--format json` output).
* `render_md`, `render_latex`, `render_csv`, `render_html`, `render_json` format a document.
* `command_report` is the CLI handler: computes everything first, then writes files, plots
  (`simloss_tune.plots`) and the dashboard note and artifacts.

Statistics (`simloss_tune.stats`): for every value other than the baseline, every split and
every metric, a two-sided Wilcoxon signed-rank test of the per-seed values against the
baseline's, paired by seed (only seeds present on both sides); "+" / "-" where p < 0.05 and the
mean paired difference is better / worse in the metric's direction; Holm correction across the
values compared (per split and metric); a seeded bootstrap 95% CI of the mean paired difference.
All values in the JSON document are as stored (accuracies as fractions); only the tables show
percent metrics x100.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import math
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import stats
from ._util import mask_secrets, value_key

SPLITS = ("val", "test")
SPLIT_TITLES = {"val": "Validation", "test": "Test"}
FORMATS = ("md", "latex", "csv", "html", "json")
EXTENSIONS = {"md": "md", "latex": "tex", "csv": "csv", "html": "html", "json": "json"}
SCHEMA_VERSION = 1
_ABBREVIATIONS = {
    "accuracy": "Acc",
    "mae": "MAE",
    "mse": "MSE",
    "superclass_accuracy": "SA",
    "failed_superclass_accuracy": "FSA",
}
_SUPERSCRIPT = {"+": "\u207a", "-": "\u207b", "": ""}


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class MetricSpec:
    """A metric as the report needs it (the task registry's `Metric` has the same fields)."""

    name: str
    direction: str  # "maximize" | "minimize"
    percent: bool = False

    def __post_init__(self) -> None:
        if self.direction not in ("maximize", "minimize"):
            raise ValueError(f"metric {self.name!r}: direction {self.direction!r} must be "
                             "'maximize' or 'minimize'")


@dataclass(frozen=True)
class Run:
    """One training run (one trial of the runs study)."""

    value: float
    seed: int
    state: str  # "COMPLETE", "FAIL", "RUNNING", "WAITING", "PRUNED"
    val: Mapping[str, float] = field(default_factory=dict)
    test: Mapping[str, float] = field(default_factory=dict)
    mean_distribution: Sequence[float] | None = None
    error: str | None = None
    number: int = 0  # trial number; the latest of duplicate runs wins


@dataclass
class StudyRecords:
    """Everything the report reads from one study file's studies."""

    study: str  # the study file's name (NAME)
    task: str
    parameter: str  # "r" or "l"
    baseline: float
    runs: list[Run]
    grid: list[float] | None = None  # None for adaptive studies: values come from the runs
    seeds: list[int] | None = None  # expected seeds (the study file's); None: those seen
    objectives: list[str] = field(default_factory=list)
    metric: str | None = None  # set when asked for NAME:<metric>: report that objective
    class_names: list[str] | None = None
    similarity_source: str | None = None
    runs_study: str = ""
    optuna_studies: list[str] = field(default_factory=list)  # every study of this file


def metric_specs(metrics: Iterable[Any]) -> tuple[MetricSpec, ...]:
    """Metric definitions from `Metric`-like objects, (name, direction[, percent]) tuples or
    dicts."""
    out = []
    for m in metrics:
        if isinstance(m, MetricSpec):
            out.append(m)
        elif isinstance(m, Mapping):
            out.append(MetricSpec(str(m["name"]), str(m["direction"]),
                                  bool(m.get("percent", False))))
        elif isinstance(m, (tuple, list)):
            out.append(MetricSpec(str(m[0]), str(m[1]), bool(m[2]) if len(m) > 2 else False))
        else:
            out.append(MetricSpec(m.name, m.direction, bool(getattr(m, "percent", False))))
    if not out:
        raise ValueError("no metric definitions given")
    return tuple(out)


def task_metrics(task: str) -> tuple[MetricSpec, ...]:
    """The metric definitions of a registered task."""
    from .tasks import get_task

    return metric_specs(get_task(task).metrics)


def open_storage(storage: Any) -> Any:
    """An Optuna storage from a URL (never creating a database) or a storage object."""
    if not isinstance(storage, str):
        return storage
    from optuna.exceptions import StorageInternalError

    from .studies.storage import connection_error, is_connection_error
    from .studies.storage import open_storage as _open

    try:
        return _open(storage)
    except StorageInternalError as exc:  # optuna wraps a refused connection in this
        if not is_connection_error(exc):  # any other database error is not "cannot connect"
            raise
        raise ValueError(connection_error(storage, exc.__cause__ or exc)) from None


def runs_studies(storage: Any, task: str | None = None) -> list[str]:
    """Names of the runs studies in the database, optionally only those of one task."""
    import optuna

    storage = open_storage(storage)
    out = []
    for summary in optuna.get_all_study_summaries(storage, include_best_trial=False):
        attrs = summary.user_attrs
        if attrs.get("role") != "runs":
            continue
        if task is None or attrs.get("task") == task:
            out.append(summary.study_name)
    return sorted(out)


def resolve_study(names: Sequence[str], study_name: str) -> tuple[str, str | None]:
    """(NAME, metric or None) for `NAME`, `NAME:runs`, `NAME:<metric>` or `NAME:<metric>:mean`.

    `names` are the existing Optuna study names. Raises ValueError listing them when
    `study_name` belongs to no study file in the database.
    """
    existing = set(names)
    parts = study_name.split(":")
    for k in range(len(parts), 0, -1):
        base = ":".join(parts[:k])
        if f"{base}:runs" not in existing:
            continue
        rest = parts[k:]
        if rest in ([], ["runs"]):
            return base, None
        if len(rest) == 1 or (len(rest) == 2 and rest[1] == "mean"):
            return base, rest[0]
    shown = ", ".join(sorted(existing)) if existing else "(none: the database has no studies)"
    if study_name in existing:
        raise ValueError(f"study {study_name!r} is not part of a simloss-tune study file (there "
                         f"is no {parts[0]}:runs); simloss-tune studies: "
                         f"{', '.join(sorted(n for n in existing if n.endswith(':runs')))}")
    raise ValueError(f"unknown study {study_name!r}; existing studies: {shown}")


def load_records(storage_url: Any, study_name: str) -> StudyRecords:
    """Read a study file's runs study: `study_name` may be NAME, NAME:runs, NAME:<metric> or
    NAME:<metric>:mean (which selects that metric as the objective).

    `storage_url` is a storage URL (the database must exist) or an Optuna storage.
    """
    import optuna

    storage = open_storage(storage_url)
    names = optuna.get_all_study_names(storage)
    base, metric = resolve_study(names, study_name)
    runs_name = f"{base}:runs"
    study = optuna.load_study(study_name=runs_name, storage=storage)
    attrs = study.user_attrs
    spec = _parse_spec(attrs.get("spec"))
    task = str(attrs.get("task") or spec.get("task") or "")
    parameter = str(attrs.get("parameter") or spec.get("parameter") or "")
    if not task or not parameter:
        raise ValueError(f"study {runs_name!r} lacks the user attributes 'task' and "
                         "'parameter'; is it a simloss-tune study?")
    baseline = attrs.get("baseline", spec.get("baseline"))
    if baseline is None:
        baseline = 0.99 if parameter == "l" else 0.0
    runs = [_run_from_trial(t, parameter) for t in study.get_trials(deepcopy=False)]
    runs = [r for r in runs if r is not None]
    grid = spec.get("grid")
    seeds = spec.get("seeds")
    if isinstance(seeds, int):
        seeds = list(range(seeds))
    class_names = attrs.get("class_names")
    return StudyRecords(
        study=str(spec.get("name") or base),
        task=task,
        parameter=parameter,
        baseline=float(baseline),
        runs=runs,
        grid=[float(v) for v in grid] if grid else None,
        seeds=[int(s) for s in seeds] if seeds else None,
        objectives=[str(m) for m in spec.get("objectives") or []],
        metric=metric,
        class_names=[str(c) for c in class_names] if class_names else None,
        similarity_source=attrs.get("similarity_source"),
        runs_study=runs_name,
        optuna_studies=sorted(n for n in names if n.startswith(f"{base}:")),
    )


def _parse_spec(raw: Any) -> dict:
    if isinstance(raw, dict):
        return raw
    if isinstance(raw, str) and raw:
        try:
            spec = json.loads(raw)
        except json.JSONDecodeError:
            return {}
        return spec if isinstance(spec, dict) else {}
    return {}


def _run_from_trial(trial: Any, parameter: str) -> Run | None:
    params = trial.params
    if parameter not in params or "seed" not in params:
        return None
    attrs = trial.user_attrs
    val = {k[4:]: v for k, v in attrs.items() if k.startswith("val_")}
    test = {k[5:]: v for k, v in attrs.items() if k.startswith("test_")}
    dist = attrs.get("mean_distribution")
    return Run(
        value=float(params[parameter]),
        seed=int(params["seed"]),
        state=trial.state.name,
        val=val,
        test=test,
        mean_distribution=list(dist) if isinstance(dist, (list, tuple)) else None,
        error=attrs.get("error"),
        number=int(trial.number),
    )


# --------------------------------------------------------------------------- building


def build_report(
    records: StudyRecords,
    metrics: Iterable[Any],
    *,
    baseline: float | None = None,
    bootstrap_seed: int = stats.BOOTSTRAP_SEED,
    n_resamples: int = stats.BOOTSTRAP_RESAMPLES,
) -> dict[str, Any]:
    """The report document: JSON-ready (string keys, None for missing numbers).

    `metrics` are the task's metric definitions (see `metric_specs`); `baseline` overrides the
    study's. Raises ValueError for an objective that is not one of `metrics` and for a study
    without a single completed run.
    """
    specs = metric_specs(metrics)
    names = [m.name for m in specs]
    objectives = [records.metric] if records.metric else (records.objectives or names)
    for name in objectives:
        if name not in names:
            raise ValueError(f"metric {name!r} is not a metric of task {records.task!r} "
                             f"(allowed: {', '.join(names)})")
    completed = [r for r in records.runs if r.state == "COMPLETE"]
    if not completed:
        raise ValueError(f"study {records.study!r} has no completed run yet "
                         f"({_state_summary(records.runs)}); nothing to report")
    base = float(records.baseline if baseline is None else baseline)
    if math.isnan(base):
        raise ValueError(f"baseline {baseline!r} must be a number")
    p = records.parameter
    warnings: list[str] = []

    values = _values(records, base)
    expected = sorted(set(records.seeds)) if records.seeds else \
        sorted({r.seed for r in records.runs})
    chosen_runs, missing = _select_runs(records.runs, values, expected, p, warnings)
    decimals = _value_decimals(values)

    base_key = value_key(base)
    base_runs = chosen_runs.get(base_key, {})
    has_baseline = bool(base_runs)
    if not has_baseline:
        warnings.append(f"no completed baseline runs ({p} = {_fmt_value(base, decimals)}, "
                        "plain cross entropy): no significance tests, no value is marked")

    rows = []
    for v in values:
        runs = chosen_runs.get(value_key(v), {})
        row: dict[str, Any] = {
            "value": v,
            "is_baseline": value_key(v) == base_key,
            "n": len(runs),
            "seeds": sorted(runs),
            "missing": [m for m in missing if value_key(m["value"]) == value_key(v)],
        }
        for split in SPLITS:
            row[split] = {m.name: _cell(runs, split, m.name) for m in specs}
        row["mean_distribution"] = _mean_distribution(runs.values())
        row["n_pairs"] = len(runs.keys() & base_runs.keys()) if has_baseline else None
        rows.append(row)

    if has_baseline:
        _significance(rows, specs, bootstrap_seed, n_resamples)
        _pair_warnings(rows, p, decimals, base_runs, warnings)
    else:
        for row in rows:
            for split in SPLITS:
                for cell in row[split].values():
                    cell.update(p_value=None, p_holm=None, mark="", diff_mean=None,
                                diff_ci=None, n_pairs=None, note="no baseline")
    for row in rows:
        if row["n"] == 0:
            reasons = {m["reason"] for m in row["missing"]} or {"no runs"}
            warnings.append(f"{p} = {_fmt_value(row['value'], decimals)}: no completed run "
                            f"({'; '.join(sorted(reasons))})")
    if missing:
        failed = sum(1 for m in missing if m["state"] == "FAIL")
        warnings.append(f"{len(missing)} run(s) missing or not finished ({failed} failed); see "
                        "'missing'. Only seeds present for both values are paired.")

    best = {m.name: _best(rows, m) for m in specs}
    max_n = max(r["n"] for r in rows)
    for m in specs:
        row = _row(rows, best[m.name])
        if row is not None and row["n"] < max_n:
            warnings.append(f"best validation {m.name} is at {p} = "
                            f"{_fmt_value(row['value'], decimals)} with only {row['n']} "
                            f"seed(s) (others have up to {max_n})")
    return {
        "schema": SCHEMA_VERSION,
        "study": records.study,
        "task": records.task,
        "parameter": p,
        "baseline": base,
        "baseline_present": has_baseline,
        "metrics": [{"name": m.name, "direction": m.direction, "percent": m.percent}
                    for m in specs],
        "seeds": expected,
        "alpha": stats.ALPHA,
        "method": "two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against "
                "the baseline, per-seed values paired by seed; p = 1 when every paired "
                "difference is zero; no test with fewer than 2 pairs; Holm correction across "
                "the values compared per split and metric; diff_ci: percentile bootstrap 95% "
                f"CI of the mean paired difference ({n_resamples} resamples, seed "
                f"{bootstrap_seed})",
        "rows": rows,
        "best": best,
        "objectives": [_objective(rows, next(m for m in specs if m.name == name), best[name])
                       for name in objectives],
        "missing": missing,
        "warnings": warnings,
        "class_names": records.class_names,
    }


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
                 ) -> tuple[dict[float, dict[int, Run]], list[dict[str, Any]]]:
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
            missing.append({"value": v, "seed": seed, "state": ts[-1].state if ts else "ABSENT",
                            "reason": _missing_reason(ts)})
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


def _cell(runs: Mapping[int, Run], split: str, metric: str) -> dict[str, Any]:
    per_seed = {}
    for seed, run in sorted(runs.items()):
        x = getattr(run, split).get(metric)
        if isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x):
            per_seed[seed] = float(x)
    mean, std = stats.mean_std(list(per_seed.values()))
    ci = stats.t_interval(list(per_seed.values()))
    return {
        "mean": mean,
        "std": std,
        "n": len(per_seed),
        "ci95": list(ci) if ci else None,
        "per_seed": {str(s): x for s, x in per_seed.items()},
    }


def _mean_distribution(runs: Iterable[Run]) -> list[float] | None:
    dists = [r.mean_distribution for r in runs if r.mean_distribution]
    if not dists:
        return None
    size = len(dists[0])
    dists = [d for d in dists if len(d) == size]
    return [float(sum(col) / len(dists)) for col in zip(*dists, strict=True)]


def _per_seed(cell: Mapping[str, Any]) -> dict[int, float]:
    return {int(s): x for s, x in cell["per_seed"].items()}


def _significance(rows: list[dict[str, Any]], specs: Sequence[MetricSpec],
                  bootstrap_seed: int, n_resamples: int) -> None:
    base_row = next(r for r in rows if r["is_baseline"])
    for split in SPLITS:
        for m in specs:
            base_values = _per_seed(base_row[split][m.name])
            compared = []
            for row in rows:
                cell = row[split][m.name]
                if row["is_baseline"]:
                    cell.update(p_value=None, p_holm=None, mark="", diff_mean=None,
                                diff_ci=None, n_pairs=None, note="baseline")
                    continue
                t = stats.paired_test(_per_seed(cell), base_values,
                                      bootstrap_seed=bootstrap_seed, n_resamples=n_resamples)
                cell.update(p_value=t.p_value, diff_mean=t.diff_mean,
                            diff_ci=list(t.diff_ci) if t.diff_ci else None, n_pairs=t.n,
                            note=t.note, mark=stats.mark(t.p_value, t.diff_mean, m.direction))
                compared.append(cell)
            for cell, adjusted in zip(compared, stats.holm([c["p_value"] for c in compared]),
                                      strict=True):
                cell["p_holm"] = adjusted


def _pair_warnings(rows: Sequence[dict[str, Any]], p: str, decimals: int,
                   base_runs: Mapping[int, Run], warnings: list[str]) -> None:
    for row in rows:
        if row["is_baseline"] or row["n"] == 0:
            continue
        v = _fmt_value(row["value"], decimals)
        n = row["n_pairs"]
        paired = sorted(set(row["seeds"]) & base_runs.keys())
        unpaired = sorted(set(row["seeds"]) ^ base_runs.keys())
        detail = f" (seeds without a partner: {_seed_list(unpaired)})" if unpaired else ""
        if n < stats.MIN_PAIRS_FOR_TEST:
            warnings.append(f"{p} = {v}: {n} seed(s) paired with the baseline{detail}: no "
                            "significance test (needs at least 2 pairs)")
        elif n < stats.MIN_PAIRS_FOR_SIGNIFICANCE:
            warnings.append(f"{p} = {v}: only {n} seeds paired with the baseline "
                            f"({_seed_list(paired)}){detail}: a two-sided Wilcoxon signed-rank "
                            f"test cannot reach p < {stats.ALPHA} with fewer than "
                            f"{stats.MIN_PAIRS_FOR_SIGNIFICANCE} pairs")
        elif unpaired:
            warnings.append(f"{p} = {v}: {n} seeds paired with the baseline{detail}")
        for split in SPLITS:
            for name, cell in row[split].items():
                if cell.get("p_value") == 1.0 and "zero" in cell.get("note", ""):
                    warnings.append(f"{p} = {v}, {split} {name}: every paired difference is "
                                    "zero; p = 1 by convention")


def _seed_list(seeds: Iterable[int]) -> str:
    return ", ".join(str(s) for s in seeds) or "none"


def _best(rows: Sequence[dict[str, Any]], m: MetricSpec) -> float | None:
    """The value with the best validation mean (first in row order on ties)."""
    best_row = None
    for row in rows:
        mean = row["val"][m.name]["mean"]
        if mean is None:
            continue
        if best_row is None or _better(mean, best_row["val"][m.name]["mean"], m.direction):
            best_row = row
    return best_row["value"] if best_row else None


def _better(a: float, b: float, direction: str) -> bool:
    return a > b if direction == "maximize" else a < b


def _row(rows: Sequence[dict[str, Any]], value: float | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return next((r for r in rows if value_key(r["value"]) == value_key(value)), None)


def _objective(rows: Sequence[dict[str, Any]], m: MetricSpec, value: float | None
               ) -> dict[str, Any]:
    row = _row(rows, value)
    if row is None:
        return {"metric": m.name, "direction": m.direction, "value": None}
    val, test = row["val"][m.name], row["test"][m.name]
    return {
        "metric": m.name,
        "direction": m.direction,
        "value": row["value"],
        "is_baseline": row["is_baseline"],
        "n": row["n"],
        "val_mean": val["mean"],
        "test_mean": test["mean"],
        "test_std": test["std"],
        "p_value": test.get("p_value"),
        "p_holm": test.get("p_holm"),
        "mark": test.get("mark", ""),
        "diff_mean": test.get("diff_mean"),
        "diff_ci": test.get("diff_ci"),
        "n_pairs": test.get("n_pairs"),
        "note": test.get("note", ""),
    }


# --------------------------------------------------------------------------- rendering


def _value_decimals(values: Sequence[float]) -> int:
    for d in range(1, 7):
        if all(abs(round(v, d) - v) < 1e-9 for v in values):
            return d
    return 6


def _fmt_value(v: float, decimals: int) -> str:
    return f"{v:.{decimals}f}"


def _fmt_metric(x: float | None, percent: bool, digits: int = 2) -> str:
    if x is None:
        return "–"
    return f"{x * 100 if percent else x:.{digits}f}"


def _fmt_p(p: float | None) -> str:
    if p is None:
        return "–"
    return f"{p:.3g}" if p >= 0.001 else f"{p:.1e}"


def _abbrev(m: Mapping[str, Any]) -> str:
    return _ABBREVIATIONS.get(m["name"], m["name"])


def _specs(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list(report["metrics"])


def _decimals(report: Mapping[str, Any]) -> int:
    return _value_decimals([r["value"] for r in report["rows"]])


def _table_cells(report: Mapping[str, Any], row: Mapping[str, Any], bold: tuple[str, str],
                 sup: Mapping[str, str]) -> list[str]:
    """The metric cells of one table row: validation then test, best in bold, marks."""
    cells = []
    for split in SPLITS:
        for m in _specs(report):
            cell = row[split][m["name"]]
            text = _fmt_metric(cell["mean"], m["percent"])
            if split == "val" and cell["mean"] is not None \
                    and report["best"].get(m["name"]) is not None \
                    and value_key(report["best"][m["name"]]) == value_key(row["value"]):
                text = f"{bold[0]}{text}{bold[1]}"
            if split == "test":
                text += sup[cell.get("mark", "")]
            cells.append(text)
    return cells


def _value_label(report: Mapping[str, Any], row: Mapping[str, Any]) -> str:
    label = _fmt_value(row["value"], _decimals(report))
    return f"{label} (CCE)" if row["is_baseline"] else label


def _header_text(report: Mapping[str, Any]) -> str:
    p = report["parameter"]
    base = _fmt_value(report["baseline"], _decimals(report))
    percent = [_abbrev(m) for m in _specs(report) if m["percent"]]
    pct = f" {', '.join(percent)} in percent." if percent else ""
    return (f"Mean over seeds; n = completed seeds.{pct} Best validation value per metric in "
            f"bold. Test values marked ⁺ / ⁻ are significantly better / worse than the "
            f"baseline {p} = {base} (plain cross entropy): two-sided Wilcoxon signed-rank "
            f"test, per-seed values paired by seed, p < {report['alpha']} (uncorrected; "
            f"Holm-corrected p-values below). Differences of percent metrics are in "
            f"percentage points.")


def render_md(report: Mapping[str, Any]) -> str:
    """Markdown: the Table 1 layout, the chosen value per objective, every test, warnings."""
    p = report["parameter"]
    specs = _specs(report)
    lines = [f"# {report['study']}: task {report['task']}, parameter {p}", "",
             _header_text(report), ""]
    head = [p] + [f"{SPLIT_TITLES[s]} {_abbrev(m)}" for s in SPLITS for m in specs] + ["n"]
    lines += [_md_row(head), _md_row(["---:"] * len(head))]
    for row in report["rows"]:
        cells = _table_cells(report, row, ("**", "**"), _SUPERSCRIPT)
        lines.append(_md_row([_value_label(report, row), *cells, str(row["n"])]))

    lines += ["", "## Chosen on validation", ""]
    lines += _md_objectives(report)
    lines += ["", "## Significance against the baseline (test)", ""]
    lines += _md_significance(report)
    lines += ["", "## Missing and failed runs", ""]
    if report["missing"]:
        for m in report["missing"]:
            lines.append(f"- {p} = {_fmt_value(m['value'], _decimals(report))}, seed "
                         f"{m['seed']}: {m['reason']}")
    else:
        lines.append(f"None: every seed ({_seed_list(report['seeds'])}) completed for every "
                     "value.")
    lines += ["", "## Warnings", ""]
    lines += [f"- {w}" for w in report["warnings"]] or ["None."]
    lines += ["", f"Method: {report['method']}.", ""]
    return "\n".join(lines)


def _md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _objective_cells(report: Mapping[str, Any], o: Mapping[str, Any]) -> list[str]:
    m = next(x for x in _specs(report) if x["name"] == o["metric"])
    if o.get("value") is None:
        return [o["metric"], "–", "–", "–", "–", "–", "–", "–", "0"]
    pct = m["percent"]
    diff = "–"
    if o.get("diff_mean") is not None:
        diff = _fmt_metric(o["diff_mean"], pct, 3)
        if o.get("diff_ci"):
            lo, hi = o["diff_ci"]
            diff += f" [{_fmt_metric(lo, pct, 3)}, {_fmt_metric(hi, pct, 3)}]"
    chosen = _fmt_value(o["value"], _decimals(report))
    if o.get("is_baseline"):
        chosen += " (CCE)"
    return [o["metric"], chosen, _fmt_metric(o["val_mean"], pct),
            _fmt_metric(o["test_mean"], pct) + _SUPERSCRIPT[o.get("mark", "")],
            _fmt_p(o.get("p_value")), _fmt_p(o.get("p_holm")), diff,
            str(o.get("n_pairs") if o.get("n_pairs") is not None else "–"), str(o["n"])]


_OBJECTIVE_HEAD = ["objective", "chosen", "validation", "test", "p", "p (Holm)",
                   "test − baseline [95% CI]", "pairs", "n"]


def _md_objectives(report: Mapping[str, Any]) -> list[str]:
    p = report["parameter"]
    head = list(_OBJECTIVE_HEAD)
    head[1] = f"chosen {p}"
    lines = [_md_row(head), _md_row(["---"] * len(head))]
    for o in report["objectives"]:
        lines.append(_md_row(_objective_cells(report, o)))
    return lines


def _significance_rows(report: Mapping[str, Any]) -> list[list[str]]:
    out = []
    for row in report["rows"]:
        if row["is_baseline"]:
            continue
        for m in _specs(report):
            cell = row["test"][m["name"]]
            pct = m["percent"]
            diff = _fmt_metric(cell.get("diff_mean"), pct, 3)
            if cell.get("diff_ci"):
                lo, hi = cell["diff_ci"]
                diff += f" [{_fmt_metric(lo, pct, 3)}, {_fmt_metric(hi, pct, 3)}]"
            pairs = cell.get("n_pairs")
            out.append([_fmt_value(row["value"], _decimals(report)), m["name"],
                        "–" if pairs is None else str(pairs), diff, _fmt_p(cell.get("p_value")),
                        _fmt_p(cell.get("p_holm")), cell.get("mark", "") or "",
                        cell.get("note", "")])
    return out


def _md_significance(report: Mapping[str, Any]) -> list[str]:
    if not report["baseline_present"]:
        return ["No test: the baseline has no completed runs."]
    head = [report["parameter"], "metric", "pairs", "mean difference [95% CI]", "p",
            "p (Holm)", "mark", "note"]
    return [_md_row(head), _md_row(["---"] * len(head))] + \
        [_md_row(r) for r in _significance_rows(report)]


def render_latex(report: Mapping[str, Any]) -> str:
    """A booktabs tabular in the layout of the paper's Table 1 / Table 2."""
    specs = _specs(report)
    k = len(specs)
    p = report["parameter"]
    lines = [
        f"% {_latex_escape(report['study'])}: task {_latex_escape(report['task'])}; "
        f"mean over seeds; + / -: significantly better / worse than {p} = "
        f"{_fmt_value(report['baseline'], _decimals(report))} (two-sided Wilcoxon "
        f"signed-rank, paired by seed, p < {report['alpha']}); requires \\usepackage{{booktabs}}",
        "\\begin{tabular}{l" + " " + "r" * k + " " + "r" * k + " r}",
        "\\toprule",
        f" & \\multicolumn{{{k}}}{{c}}{{Validation}} & \\multicolumn{{{k}}}{{c}}{{Test}} & \\\\",
        f"\\cmidrule(lr){{2-{k + 1}}}\\cmidrule(lr){{{k + 2}-{2 * k + 1}}}",
        " & ".join([f"${p}$"] + [_latex_escape(_abbrev(m)) + (" (\\%)" if m["percent"] else "")
                                 for _ in SPLITS for m in specs] + ["$n$"]) + " \\\\",
        "\\midrule",
    ]
    sup = {"+": "$^{+}$", "-": "$^{-}$", "": ""}
    for row in report["rows"]:
        cells = _table_cells(report, row, ("\\textbf{", "}"), sup)
        cells = [c.replace("–", "--") for c in cells]
        lines.append(" & ".join([_fmt_value(row["value"], _decimals(report)), *cells,
                                 str(row["n"])]) + " \\\\")
    lines += ["\\bottomrule", "\\end{tabular}", ""]
    return "\n".join(lines)


def _latex_escape(text: str) -> str:
    return re.sub(r"([_%&#$])", r"\\\1", text)


CSV_FIELDS = ("mean", "std", "n", "p_value", "p_holm", "mark", "diff_mean")


def render_csv(reports: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> str:
    """One line per (study, value): raw stored values (accuracies as fractions)."""
    if isinstance(reports, Mapping):
        reports = [reports]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    header_written = False
    for report in reports:
        specs = _specs(report)
        header = ["study", "task", "parameter", "value", "is_baseline", "n"]
        for split in SPLITS:
            for m in specs:
                header += [f"{split}_{m['name']}_{f}" for f in CSV_FIELDS]
                header += [f"{split}_{m['name']}_diff_ci_low", f"{split}_{m['name']}_diff_ci_high"]
        if not header_written:
            writer.writerow(header)
            header_written = True
        for row in report["rows"]:
            line = [report["study"], report["task"], report["parameter"], repr(row["value"]),
                    int(row["is_baseline"]), row["n"]]
            for split in SPLITS:
                for m in specs:
                    cell = row[split][m["name"]]
                    line += [_csv_value(cell.get(f)) for f in CSV_FIELDS]
                    ci = cell.get("diff_ci") or [None, None]
                    line += [_csv_value(ci[0]), _csv_value(ci[1])]
            writer.writerow(line)
    return buf.getvalue()


def _csv_value(x: Any) -> Any:
    if x is None:
        return ""
    if isinstance(x, float):
        return repr(x)
    return x


def render_json(reports: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> str:
    """The report document(s) as JSON (strict: no NaN)."""
    return json.dumps(reports, indent=2, allow_nan=False) + "\n"


def render_html(reports: Mapping[str, Any] | Sequence[Mapping[str, Any]],
                plots: Mapping[str, Sequence[Path]] | None = None, *,
                inline: bool = True) -> str:
    """A standalone page: tables, warnings and the PNG plots (inlined as data URIs, or linked
    by file name with `inline=False`). `plots` maps a study name to its plot files."""
    if isinstance(reports, Mapping):
        reports = [reports]
    plots = plots or {}
    title = ", ".join(r["study"] for r in reports)
    parts = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'>",
             f"<title>SimLoss report: {html.escape(title)}</title>",
             "<style>body{font-family:sans-serif;margin:2em;max-width:80em}"
             "table{border-collapse:collapse;margin:1em 0}"
             "td,th{border-bottom:1px solid #ccc;padding:.2em .6em;text-align:right}"
             "th{border-bottom:2px solid #333}.warn{color:#a40}img{max-width:45em}</style>",
             "</head><body>"]
    for report in reports:
        parts += _html_report(report, plots.get(report["study"], []), inline)
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _html_table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    out = ["<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _html_report(report: Mapping[str, Any], plot_files: Sequence[Path], inline: bool
                 ) -> list[str]:
    p = html.escape(report["parameter"])
    specs = _specs(report)
    esc = html.escape
    parts = [f"<h1>{esc(report['study'])}: task {esc(report['task'])}, parameter {p}</h1>",
             f"<p>{esc(_header_text(report))}</p>"]
    head = [p] + [f"{SPLIT_TITLES[s]} {esc(_abbrev(m))}" for s in SPLITS for m in specs] + ["n"]
    sup = {"+": "<sup>+</sup>", "-": "<sup>&minus;</sup>", "": ""}
    rows = [[esc(_value_label(report, row)),
             *_table_cells(report, row, ("<b>", "</b>"), sup), str(row["n"])]
            for row in report["rows"]]
    parts.append(_html_table(head, rows))
    parts.append("<h2>Chosen on validation</h2>")
    parts.append(_html_table([esc(h) for h in _OBJECTIVE_HEAD],
                             [[esc(c) for c in _objective_cells(report, o)]
                              for o in report["objectives"]]))
    parts.append("<h2>Significance against the baseline (test)</h2>")
    if report["baseline_present"]:
        parts.append(_html_table(
            [p, "metric", "pairs", "mean difference [95% CI]", "p", "p (Holm)", "mark", "note"],
            [[esc(c) for c in r] for r in _significance_rows(report)]))
    else:
        parts.append("<p class='warn'>No test: the baseline has no completed runs.</p>")
    parts.append("<h2>Missing and failed runs</h2>")
    if report["missing"]:
        parts.append("<ul>" + "".join(
            f"<li>{p} = {_fmt_value(m['value'], _decimals(report))}, seed {m['seed']}: "
            f"{esc(m['reason'])}</li>" for m in report["missing"]) + "</ul>")
    else:
        parts.append("<p>None.</p>")
    parts.append("<h2>Warnings</h2>")
    parts.append("<ul>" + "".join(f"<li class='warn'>{esc(w)}</li>"
                                  for w in report["warnings"]) + "</ul>"
                 if report["warnings"] else "<p>None.</p>")
    pngs = [f for f in plot_files if Path(f).suffix == ".png"]
    if pngs:
        parts.append("<h2>Plots</h2>")
        for f in pngs:
            src = ("data:image/png;base64," + base64.b64encode(Path(f).read_bytes()).decode()
                   if inline else esc(Path(f).name))
            parts.append(f"<p><img alt='{esc(Path(f).stem)}' src='{src}'></p>")
    parts.append(f"<p><small>Method: {esc(report['method'])}.</small></p>")
    return parts


def render(fmt: str, reports: Sequence[Mapping[str, Any]], *, single: bool = True,
           plots: Mapping[str, Sequence[Path]] | None = None, inline: bool = True) -> str:
    """`reports` in one format; `single` renders JSON as one object rather than a list."""
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt == "json":
        return render_json(reports[0] if single else list(reports))
    if fmt == "csv":
        return render_csv(reports)
    if fmt == "html":
        return render_html(reports, plots, inline=inline)
    one = render_md if fmt == "md" else render_latex
    return "\n".join(one(r) for r in reports)


# --------------------------------------------------------------------------- dashboard


def default_artifact_dir(storage_url: str) -> Path:
    """Where report plots go for the dashboard: `<db path>.artifacts/` next to an SQLite
    database, else `./simloss-artifacts`. The `dashboard` command passes the same folder."""
    import sqlalchemy as sa

    try:
        url = sa.engine.make_url(storage_url)
    except sa.exc.ArgumentError:
        return Path("simloss-artifacts")
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database + ".artifacts")
    return Path("simloss-artifacts")


def post_to_dashboard(storage: Any, records: StudyRecords, markdown: str,
                      files: Sequence[Path], artifact_dir: Path) -> int:
    """Save `markdown` as the note of every study of the study file and upload `files` as
    study artifacts (skipping a file already uploaded with identical content). Returns the
    number of files uploaded."""
    import optuna
    from optuna.artifacts import FileSystemArtifactStore, get_all_artifact_meta
    from optuna_dashboard import save_note

    artifact_dir = Path(artifact_dir)
    artifact_dir.mkdir(parents=True, exist_ok=True)
    store = FileSystemArtifactStore(str(artifact_dir))
    storage = open_storage(storage)
    uploaded = 0
    for name in records.optuna_studies or [records.runs_study]:
        study = optuna.load_study(study_name=name, storage=storage)
        save_note(study, markdown)
        existing = get_all_artifact_meta(study)
        for f in files:
            data = Path(f).read_bytes()
            if any(m.filename == Path(f).name and _artifact_bytes(store, m.artifact_id) == data
                   for m in existing):
                continue
            optuna.artifacts.upload_artifact(study_or_trial=study, file_path=str(f),
                                             artifact_store=store)
            uploaded += 1
    return uploaded


def _artifact_bytes(store: Any, artifact_id: str) -> bytes | None:
    try:
        with store.open_reader(artifact_id) as fh:
            return fh.read()
    except Exception:  # noqa: BLE001 - a missing artifact file simply means "not identical"
        return None


# --------------------------------------------------------------------------- command


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


def command_report(args: Any) -> int:
    """`simloss-tune report`: compute everything first, then print or write, then post."""
    storage = open_storage(args.storage)
    study = getattr(args, "study", None)
    if study:
        names = [study]
    else:
        names = runs_studies(storage, args.task)
        if not names:
            import optuna

            existing = sorted(optuna.get_all_study_names(storage))
            raise ValueError(f"no study of task {args.task!r} in the database; existing "
                             f"studies: {', '.join(existing) or '(none)'}")
    items = _prepare(storage, names, args.baseline)
    if not items:
        raise ValueError(f"no study of task {args.task!r} has a completed run yet")
    _publish(args.storage, storage, items, out=Path(args.out) if args.out else None,
             fmt=args.format, single=bool(study), dashboard=not args.no_dashboard)
    for _, report in items:
        for w in report["warnings"]:
            print(f"simloss-tune report: {report['study']}: warning: {mask_secrets(w)}",
                  file=sys.stderr)
    return 0


def write_report(storage: Any, study_name: str, out_dir: str | Path, *,
                 baseline: float | None = None, dashboard: bool = True) -> str:
    """Write every format and the plots of one study into `out_dir` (and post them to the
    dashboard); returns the markdown report. For `simloss-tune run` and `quickstart`."""
    url = storage if isinstance(storage, str) else getattr(storage, "url", "")
    storage = open_storage(storage)
    items = _prepare(storage, [study_name], baseline)
    _publish(url, storage, items, out=Path(out_dir), fmt="md", single=True,
             dashboard=dashboard)
    return render_md(items[0][1])


def _prepare(storage: Any, names: Sequence[str], baseline: float | None
             ) -> list[tuple[StudyRecords, dict[str, Any]]]:
    """Records and report per study; with several studies (--task), one without a completed
    run is skipped with a note on stderr."""
    items = []
    for name in names:
        records = load_records(storage, name)
        try:
            report = build_report(records, task_metrics(records.task), baseline=baseline)
        except ValueError as exc:
            if len(names) > 1 and "no completed run" in str(exc):
                print(f"simloss-tune report: skipping {name}: {exc}", file=sys.stderr)
                continue
            raise
        items.append((records, report))
    return items


def _publish(url: str, storage: Any, items: Sequence[tuple[StudyRecords, dict[str, Any]]], *,
             out: Path | None, fmt: str, single: bool, dashboard: bool) -> None:
    """Plots (in a temporary folder), then stdout or `out`, then the dashboard."""
    with tempfile.TemporaryDirectory(prefix="simloss-report-") as tmp:
        plots: dict[str, list[Path]] = {}
        if out is not None or dashboard or fmt == "html":
            from .plots import plot_report

            for records, report in items:
                plots[report["study"]] = plot_report(report, Path(tmp) / _safe_name(
                    records.study))
        if out is None:
            sys.stdout.write(render(fmt, [r for _, r in items], single=single, plots=plots))
        else:
            _write_out(out, items, plots, single)
        if dashboard:
            artifact_dir = default_artifact_dir(url)
            for records, report in items:
                n = post_to_dashboard(storage, records, render_md(report),
                                      plots.get(report["study"], []), artifact_dir)
                print(f"simloss-tune report: posted the report of {records.study} to the "
                      f"dashboard (note, {n} new plot file(s) in {artifact_dir})",
                      file=sys.stderr)


def _write_out(out: Path, items: Sequence[tuple[StudyRecords, dict[str, Any]]],
               plots: Mapping[str, Sequence[Path]], single: bool) -> None:
    """report.<ext> for every format and the plots, into `out` (one study) or
    `out/<study>/` (several)."""
    texts = []
    for records, report in items:
        folder = out if single else out / _safe_name(records.study)
        files = {f"report.{EXTENSIONS[fmt]}": render(fmt, [report], plots=plots, inline=False)
                 for fmt in FORMATS}
        texts.append((folder, files, plots.get(report["study"], [])))
    for folder, files, plot_files in texts:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        for f in plot_files:
            shutil.copyfile(f, folder / Path(f).name)
        print(f"simloss-tune report: wrote {', '.join(files)} and {len(plot_files)} plot file(s) "
              f"to {folder}", file=sys.stderr)
