"""Plots of a report (`simloss_tune.report.Report`), PNG and SVG.

* `metrics.png/.svg`: every metric against r or l (one panel each), validation and test, mean
  over seeds with a 95% t-interval band, the baseline marked, significant test values + / -.
* `distribution.png/.svg`: the mean predicted distribution (the runs' `mean_distribution`,
  averaged over seeds) for the baseline and the value chosen per metric, as the paper's
  Figure 2.

Matplotlib's Agg canvas is used directly (no pyplot, no global backend switch); output is
deterministic (no dates, fixed SVG ids) so an unchanged report re-posts identical files.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._util import value_key
from .metrics import Metric
from .report import SPLITS, Report

FORMATS = ("png", "svg")
_SAVE_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None}}
_COLORS = {"val": "#1f77b4", "test": "#d62728"}
_LABELS = {"val": "validation", "test": "test"}


def plot_report(report: Report, folder: str | Path) -> list[Path]:
    """Every plot of the report into `folder` (created); returns the files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return plot_metrics(report, folder) + plot_distributions(report, folder)


def _figure(width: float = 6.0, height: float = 4.0) -> Any:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    matplotlib.rcParams["svg.hashsalt"] = "simloss-tune"
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Any, folder: Path, stem: str) -> list[Path]:
    paths = []
    fig.tight_layout()
    for fmt in FORMATS:
        path = folder / f"{stem}.{fmt}"
        fig.savefig(path, format=fmt, metadata=_SAVE_METADATA[fmt])
        paths.append(path)
    return paths


def plot_metrics(report: Report, folder: Path) -> list[Path]:
    """Every metric against the parameter, one panel each: mean and 95% t-interval per split,
    the baseline and the best validation value marked, significant test values marked."""
    metrics = report.metrics
    fig = _figure(4.5 * len(metrics), 4.0)
    for i, metric in enumerate(metrics, start=1):
        _metric_panel(fig.add_subplot(1, len(metrics), i), report, metric)
    fig.suptitle(f"{report.study}: mean over seeds with 95% t-interval")
    return _save(fig, folder, "metrics")


def _metric_panel(ax: Any, report: Report, metric: Metric) -> None:
    name = metric.name
    scale = 100.0 if metric.percent else 1.0
    # [[variants]]: the study's own rows here, each other variant as a line of its own
    rows = sorted((r for r in report.rows if r.variant in (None, "simloss")),
                  key=lambda r: r.value)
    _variant_lines(ax, report, name, scale)
    for split in SPLITS:
        pts = [(r.value, r.cells(split)[name]) for r in rows
               if r.cells(split)[name].mean is not None]
        if not pts:
            continue
        ax.plot([x for x, _ in pts], [c.mean * scale for _, c in pts], "o-",
                color=_COLORS[split], label=_LABELS[split])
        band = [(x, c.ci95) for x, c in pts if c.ci95]
        if band:
            ax.fill_between([x for x, _ in band], [ci[0] * scale for _, ci in band],
                            [ci[1] * scale for _, ci in band], color=_COLORS[split], alpha=0.2,
                            linewidth=0)
        if split == "test":
            for x, c in pts:
                if c.comparison.mark:
                    ax.annotate(c.comparison.mark, (x, c.mean * scale), textcoords="offset points",
                                xytext=(0, 6), ha="center", color=_COLORS[split],
                                fontweight="bold")
    ax.axvline(report.baseline, color="gray", linestyle="--", linewidth=1,
               label=f"baseline {report.parameter} = {report.baseline:g}")
    best = report.best.get(name)
    if best is not None:
        variant = (report.best_variants or {}).get(name)  # [[variants]]: name the variant
        ax.axvline(best, color="green", linestyle=":", linewidth=1,
                   label=f"best on validation: {'' if variant is None else variant + ': '}"
                         f"{best:g}")
    ax.set_xlabel(report.parameter)
    ax.set_ylabel(f"{name} (%)" if metric.percent else name)
    ax.set_title(f"{name} ({'higher' if metric.direction == 'maximize' else 'lower'} "
                 "is better)", fontsize="medium")
    ax.legend(fontsize="x-small")
    ax.grid(alpha=0.3)


def _variant_lines(ax: Any, report: Report, name: str, scale: float) -> None:
    """Each variant of a study with [[variants]] whose parameter is the study's: its test
    means from the shared baseline on, dashed (no band: one band per split is readable)."""
    base = next((r for r in report.rows if r.is_baseline), None)
    for variant in report.variants or ():
        if variant["name"] == "simloss" or variant["parameter"] != report.parameter:
            continue
        rows = [base, *sorted((r for r in report.rows if r.variant == variant["name"]),
                              key=lambda r: r.value)]
        pts = [(r.value, r.test[name].mean) for r in rows
               if r is not None and r.test[name].mean is not None]
        if pts:
            ax.plot([x for x, _ in pts], [y * scale for _, y in pts], "s--", linewidth=1,
                    label=f"test, {variant['name']} ({variant['loss']})")


def chosen_values(report: Report) -> list[float]:
    """The baseline and the value chosen on validation for every metric, without repeats."""
    values: dict[float, float] = {}  # value_key -> the first of the same grid value
    for v in [report.baseline, *report.best.values()]:
        if v is not None:
            values.setdefault(value_key(v), v)
    return list(values.values())


def plot_distributions(report: Report, folder: Path,
                       values: Sequence[float] | None = None) -> list[Path]:
    """Mean predicted class distribution per chosen value (Figure 2); [] without data."""
    values = chosen_values(report) if values is None else list(values)
    series = []
    best = {value_key(v): (report.best_variants or {}).get(m)
            for m, v in report.best.items() if v is not None}
    for v in values:
        row = report.row(v, best.get(value_key(v)))  # the chosen variant's row of v
        if row is not None and row.mean_distribution:
            series.append((v, row))
    if not series:
        return []
    fig = _figure(8.0, 4.0)
    ax = fig.add_subplot(1, 1, 1)
    size = len(series[0][1].mean_distribution)
    for v, row in series:
        dist = row.mean_distribution
        label = f"{report.parameter} = {v:g}" + (" (CCE)" if row.is_baseline else "")
        ax.plot(range(len(dist)), dist, drawstyle="steps-mid", label=f"{label}, n = {row.n}")
    names = report.class_names
    if names and len(names) == size:
        step = max(1, size // 20)
        ticks = list(range(0, size, step))
        ax.set_xticks(ticks)
        ax.set_xticklabels([names[i] for i in ticks], rotation=90, fontsize="small")
    ax.set_xlabel("class")
    ax.set_ylabel("mean predicted probability")
    ax.set_title(f"{report.study}: mean predicted distribution (validation)")
    ax.legend(fontsize="small")
    return _save(fig, folder, "distribution")
