"""The paper's tables (Table 1 / Table 2) from a study database, with paired significance tests.

Layers, each testable on its own, in the order the data flows:

* `simloss_tune.records`: `load_records` reads one study file's runs study into plain
  `StudyRecords`; `study_metrics` gives the metric definitions (study file or task registry).
* `build_report` (here) is pure: records + metric definitions -> the report document (a
  JSON-ready dict; its schema is the `--format json` output).
* `simloss_tune.render`: `render_md`, `render_latex`, `render_csv`, `render_html`,
  `render_json` format a document.
* `command_report` (here) is the CLI handler: computes everything first, then writes files,
  plots (`simloss_tune.plots`) and the dashboard note and artifacts (`post_to_dashboard`).

Statistics (`simloss_tune.stats`): for every value other than the baseline, every split and
every metric, a two-sided Wilcoxon signed-rank test of the per-seed values against the
baseline's, paired by seed (only seeds present on both sides); "+" / "-" where p < 0.05 and the
mean paired difference is better / worse in the metric's direction; Holm correction across the
values compared (per split and metric); a seeded bootstrap 95% CI of the mean paired difference.
A value whose seeds gave identical results (`simloss_tune.replicates`: the trainer ignored its
seed) is not tested, nor is any value when the baseline's seeds did.
All values in the JSON document are as stored (accuracies as fractions); only the tables show
percent metrics x100.
"""

from __future__ import annotations

import math
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import replicates, stats
from ._util import check_out_folder, mask_secrets, value_key
from .records import (
    SPLITS,
    MetricSpec,
    Run,
    StudyRecords,
    load_records,
    metric_specs,
    open_storage,
    runs_studies,
    study_metrics,
)
from .render import (
    EXTENSIONS,
    FORMATS,
    fmt_value,
    render,
    render_md,
    seed_list,
    value_decimals,
)

SCHEMA_VERSION = 1


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
    study's. Raises ValueError for an objective that is not one of `metrics`. A study without
    a single completed run still gets a document: its failures ('missing') and warnings.
    """
    specs = metric_specs(metrics)
    names = [m.name for m in specs]
    objectives = [records.metric] if records.metric else (records.objectives or names)
    for name in objectives:
        if name not in names:
            raise ValueError(f"metric {name!r} is not a metric of task {records.task!r} "
                             f"(allowed: {', '.join(names)})")
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
    decimals = value_decimals(values)

    base_key = value_key(base)
    base_runs = chosen_runs.get(base_key, {})
    has_baseline = bool(base_runs)
    if not has_baseline:
        warnings.append(f"no completed baseline runs ({p} = {fmt_value(base, decimals)}, "
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
        row["racing"] = _racing_cell(records.eliminated.get(value_key(v)))
        row["identical_seeds"] = _identical_seeds(runs)
        rows.append(row)

    if has_baseline:
        untested = _copies_untested(rows, p, decimals, warnings)
        _significance(rows, specs, bootstrap_seed, n_resamples, untested)
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
            warnings.append(f"{p} = {fmt_value(row['value'], decimals)}: no completed run "
                            f"({'; '.join(sorted(reasons))})")
    skipped = _racing_missing(missing, records.eliminated)
    _racing_warnings(rows, p, decimals, warnings)
    if missing:
        failed = sum(1 for m in missing if m["state"] == "FAIL")
        why = f"{failed} failed" + (f", {skipped} skipped by racing" if skipped else "")
        warnings.append(f"{len(missing)} run(s) missing or not finished ({why}); see "
                        "'missing'. Only seeds present for both values are paired.")

    best = {m.name: _best(rows, m) for m in specs}
    max_n = max(r["n"] for r in rows)
    for m in specs:
        row = _row(rows, best[m.name])
        if row is not None and row["n"] < max_n:
            warnings.append(f"best validation {m.name} is at {p} = "
                            f"{fmt_value(row['value'], decimals)} with only {row['n']} "
                            f"seed(s) (others have up to {max_n})")
    reproducible, reproducibility = _reproducibility(records, chosen_runs)
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
                "difference is zero; no test with fewer than 2 pairs; no test of a value whose "
                "seeds gave identical results (not independent replicates), nor of any value "
                "when the baseline's did; Holm correction across "
                "the values compared per split and metric; diff_ci: percentile bootstrap 95% "
                f"CI of the mean paired difference ({n_resamples} resamples, seed "
                f"{bootstrap_seed})" + _racing_method(records.racing),
        "racing": records.racing,
        "rows": rows,
        "best": best,
        "objectives": [_objective(rows, next(m for m in specs if m.name == name), best[name])
                       for name in objectives],
        "missing": missing,
        "warnings": warnings,
        "class_names": records.class_names,
        "reproducible": reproducible,
        "reproducibility": reproducibility,
    }


def _reproducibility(records: StudyRecords, chosen: Mapping[float, Mapping[int, Run]]
                     ) -> tuple[bool | None, dict[str, Any]]:
    """`reproducible` (exact: True, False, or None when not checked) and what was compared:
    the check's run against the completed run of the same value and seed."""
    check = records.check
    original = None if check is None else chosen.get(value_key(check.value), {}).get(check.seed)
    detail: dict[str, Any] = {"requested": records.check_requested,
                              "value": None if check is None else check.value,
                              "seed": None if check is None else check.seed,
                              "largest_difference": None}
    if check is None or original is None:
        return None, detail
    detail["largest_difference"] = replicates.largest_difference(original, check)
    return detail["largest_difference"] is None, detail


def _racing_cell(decision: Mapping[str, Any] | None) -> dict[str, Any]:
    """The row's `racing` entry (exact keys): the decision that eliminated the value, if any."""
    if decision is None:
        return {"eliminated": False, "seeds": None, "p_value": None, "against": None}
    return {"eliminated": True, "seeds": int(decision["seeds"]),
            "p_value": float(decision["p_value"]), "against": float(decision["against"])}


def _racing_missing(missing: list[dict[str, Any]], eliminated: Mapping[float, Any]) -> int:
    """Name the runs racing skipped as such; returns how many there are."""
    count = 0
    for m in missing:
        decision = eliminated.get(value_key(m["value"]))
        if decision is not None and m["state"] in ("PRUNED", "ABSENT"):
            m["reason"] = (f"skipped: the value was eliminated by racing after "
                           f"{decision['seeds']} seeds")
            count += 1
    return count


def _racing_warnings(rows: Sequence[dict[str, Any]], p: str, decimals: int,
                     warnings: list[str]) -> None:
    for row in rows:
        r = row["racing"]
        if r["eliminated"]:
            warnings.append(
                f"{p} = {fmt_value(row['value'], decimals)}: eliminated by racing after "
                f"{r['seeds']} seeds (worse than {p} = {fmt_value(r['against'], decimals)}, "
                f"p = {r['p_value']:.3g}, a stopping rule, not a confirmation); n = {row['n']}")


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
                            "tries": sum(t.state == "FAIL" for t in ts),
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


def _identical_seeds(runs: Mapping[int, Run]) -> list[int]:
    """The seeds of one value whose completed runs are copies of another seed's."""
    return replicates.identical_seeds({
        seed: replicates.signature(r.val, r.test, r.mean_distribution)
        for seed, r in runs.items()})


def _copies_untested(rows: Sequence[dict[str, Any]], p: str, decimals: int,
                     warnings: list[str]) -> dict[float, str]:
    """value key -> why it is not tested, for values whose seeds are not replicates: every
    value when the baseline's own seeds are copies (nothing to pair against). Warns once per
    such value."""
    untested: dict[float, str] = {}
    base_row = next(r for r in rows if r["is_baseline"])
    if base_row["identical_seeds"]:
        seeds = seed_list(base_row["identical_seeds"])
        warnings.append(replicates.warning(p, fmt_value(base_row["value"], decimals),
                                           base_row["identical_seeds"])
                        + "; the baseline's seeds are not independent, so no value is tested")
        for row in rows:
            if not row["is_baseline"]:
                untested[value_key(row["value"])] = (
                    f"not tested: the baseline's results are identical on seeds {seeds}")
    for row in rows:
        if row["is_baseline"] or not row["identical_seeds"]:
            continue
        warnings.append(replicates.warning(p, fmt_value(row["value"], decimals),
                                           row["identical_seeds"])
                        + "; its seeds are not independent, so it is not tested")
        untested.setdefault(value_key(row["value"]), "not tested: identical results on seeds "
                            f"{seed_list(row['identical_seeds'])}")
    return untested


def _significance(rows: list[dict[str, Any]], specs: Sequence[MetricSpec],
                  bootstrap_seed: int, n_resamples: int,
                  untested: Mapping[float, str]) -> None:
    """Test every value against the baseline, except the `untested` ones (no p-value, no mark,
    left out of the Holm correction: they were not tested)."""
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
                reason = untested.get(value_key(row["value"]))
                if reason is not None:
                    cell.update(p_value=None, p_holm=None, mark="", diff_mean=t.diff_mean,
                                diff_ci=None, n_pairs=t.n, note=reason)
                    continue
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
        v = fmt_value(row["value"], decimals)
        n = row["n_pairs"]
        paired = sorted(set(row["seeds"]) & base_runs.keys())
        unpaired = sorted(set(row["seeds"]) ^ base_runs.keys())
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
            for name, cell in row[split].items():
                if cell.get("p_value") == 1.0 and "zero" in cell.get("note", ""):
                    warnings.append(f"{p} = {v}, {split} {name}: every paired difference is "
                                    "zero; p = 1 by convention")


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
    if args.out:
        check_out_folder(args.out)
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
    """Records and report per study (one without a completed run shows its failures)."""
    items = []
    for name in names:
        records = load_records(storage, name)
        items.append((records, build_report(records, study_metrics(records),
                                            baseline=baseline)))
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
