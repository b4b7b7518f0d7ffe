"""Rendering reports (`simloss_tune.report.Report`, from `build_report`) as text.

`render_md`, `render_latex`, `render_csv`, `render_html`, `render_json` format a report;
`render` picks one by format name. Only the tables show percent metrics x100; CSV and JSON keep
the values as stored (accuracies as fractions).
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ._util import value_key
from .metrics import Metric
from .report import (
    SPLITS,
    STUDY_VARIANT,
    Cell,
    Comparison,
    Objective,
    Report,
    Row,
    fmt_value,
    seed_list,
    value_decimals,
)

__all__ = ["EXTENSIONS", "FORMATS", "fmt_value", "render", "render_csv", "render_html",
           "render_json", "render_latex", "render_md", "reproducibility_line", "seed_list",
           "value_decimals"]

SPLIT_TITLES = {"val": "Validation", "test": "Test"}
FORMATS = ("md", "latex", "csv", "html", "json")
EXTENSIONS = {"md": "md", "latex": "tex", "csv": "csv", "html": "html", "json": "json"}
_ABBREVIATIONS = {
    "accuracy": "Acc",
    "mae": "MAE",
    "mse": "MSE",
    "superclass_accuracy": "SA",
    "failed_superclass_accuracy": "FSA",
}
_SUPERSCRIPT = {"+": "\u207a", "-": "\u207b", "": ""}


def _fmt_metric(x: float | None, percent: bool, digits: int = 2) -> str:
    if x is None:
        return "–"
    return f"{x * 100 if percent else x:.{digits}f}"


def _fmt_p(p: float | None) -> str:
    if p is None:
        return "–"
    return f"{p:.3g}" if p >= 0.001 else f"{p:.1e}"


def _abbrev(m: Metric) -> str:
    return _ABBREVIATIONS.get(m.name, m.name)


def _decimals(report: Report, variant: str | None = None) -> int:
    """Decimals that tell the values apart: of the whole grid, or in a study with [[variants]]
    of one variant's values (None: the study's own), so that a variant's small values (label
    smoothing's r) do not stretch every other value to six decimals."""
    rows = report.rows
    if report.variants is not None:
        rows = [r for r in rows if r.variant == (variant or STUDY_VARIANT)] or rows
    return value_decimals([r.value for r in rows])


def _table_cells(report: Report, row: Row, bold: tuple[str, str],
                 sup: Mapping[str, str]) -> list[str]:
    """The metric cells of one table row: validation then test, best in bold, marks."""
    cells = []
    for split in SPLITS:
        for m in report.metrics:
            cell = row.cells(split)[m.name]
            text = _fmt_metric(cell.mean, m.percent)
            best = report.best.get(m.name)
            if split == "val" and cell.mean is not None and best is not None \
                    and value_key(best) == value_key(row.value) \
                    and (report.best_variants or {}).get(m.name) == row.variant:
                text = f"{bold[0]}{text}{bold[1]}"
            if split == "test":
                text += sup[cell.comparison.mark]
            cells.append(text)
    return cells


def _variant_prefix(variant: str | None) -> str:
    """"name: " before a value of a study with [[variants]] (its rows are grouped by variant,
    the study's own "simloss" first); nothing otherwise."""
    return "" if variant is None else f"{variant}: "


def _label(report: Report, variant: str | None, value: float | None) -> str:
    """A row's value as the tables show it: `0.8`, `sord: 0.8` in a study with [[variants]],
    and `label-smoothing: 0.00123 (ε = 0.1)` for soft labels on the uniform source."""
    label = _variant_prefix(variant) + fmt_value(value, _decimals(report, variant))
    row = report.row(value, variant) if variant is not None else None
    if row is None or row.epsilon is None:
        return label
    return f"{label} (ε = {row.epsilon:.3g})"


def _value_label(report: Report, row: Row) -> str:
    label = _label(report, row.variant, row.value)
    if row.racing.eliminated:
        return f"{label} (eliminated)"
    if row.identical_seeds:  # not replicates: never tested (see the warnings)
        label += " (seeds identical)"
    return f"{label} (CCE)" if row.is_baseline else label


def _header_text(report: Report) -> str:
    p = report.parameter
    base = fmt_value(report.baseline, _decimals(report))
    percent = [_abbrev(m) for m in report.metrics if m.percent]
    pct = f" {', '.join(percent)} in percent." if percent else ""
    return (f"Mean over seeds; n = completed seeds.{pct} Best validation value per metric in "
            f"bold. Test values marked ⁺ / ⁻ are significantly better / worse than the "
            f"baseline {p} = {base} (plain cross entropy): two-sided Wilcoxon signed-rank "
            f"test, per-seed values paired by seed, p < {report.alpha} (uncorrected; "
            f"Holm-corrected p-values below). Differences of percent metrics are in "
            f"percentage points.")


def render_md(report: Report) -> str:
    """Markdown: the Table 1 layout, the chosen value per objective, every test, warnings."""
    p = report.parameter
    lines = [f"# {report.study}: task {report.task}, parameter {p}", "",
             _header_text(report), ""]
    if report.variants is not None:
        lines += [_variants_line(report), ""]
    head = [p] + [f"{SPLIT_TITLES[s]} {_abbrev(m)}" for s in SPLITS for m in report.metrics]
    head += ["n"]
    lines += [_md_row(head), _md_row(["---:"] * len(head))]
    for row in report.rows:
        cells = _table_cells(report, row, ("**", "**"), _SUPERSCRIPT)
        lines.append(_md_row([_value_label(report, row), *cells, str(row.n)]))

    lines += ["", "## Chosen on validation", ""]
    lines += _md_objectives(report)
    lines += ["", "## Significance against the baseline (test)", ""]
    lines += _md_significance(report)
    lines += _md_against_simloss(report)
    lines += _md_racing(report)
    lines += ["", "## Missing and failed runs", ""]
    if report.missing:
        for m in report.missing:
            lines.append(f"- {_variant_prefix(m.variant)}{p} = "
                         f"{fmt_value(m.value, _decimals(report, m.variant))}, seed {m.seed}: "
                         f"{m.reason}")
    else:
        lines.append(f"None: every seed ({seed_list(report.seeds)}) completed for every "
                     "value.")
    line = reproducibility_line(report)
    if line:
        lines += ["", "## Reproducibility", "", line]
    lines += ["", "## Warnings", ""]
    lines += [f"- {w}" for w in report.warnings] or ["None."]
    lines += ["", f"Method: {report.method}.", ""]
    return "\n".join(lines)


def _variants_line(report: Report) -> str:
    """What each variant of a study with [[variants]] is (its rows are "name: value")."""
    parts = [f"{v['name']} (loss {v['loss']}, similarity {v['similarity']}, parameter "
             f"{v['parameter']}{_smoothing_note(v)})" for v in report.variants or ()]
    return ("Variants, each tested against the one shared baseline: " + "; ".join(parts)
            + ".")


def _smoothing_note(variant: Mapping[str, Any]) -> str:
    """Soft labels on the uniform source are label smoothing: say how r maps to epsilon."""
    if variant.get("source") != "uniform" or variant["loss"] != "soft_labels":
        return ""
    return ": label smoothing with ε = rC/(1 + r(C − 1)), C classes"


def _md_against_simloss(report: Report) -> list[str]:
    """[[variants]]: each variant's chosen value against the best SimLoss value (test)."""
    if report.against_simloss is None:
        return []
    lines = ["", "## Each variant against the best SimLoss value (test; Holm across the "
             "variants per objective)", "",
             _md_row(["objective", "variant", "simloss", "p", "p (Holm)",
                      "variant − simloss [95% CI]", "pairs", "note"]),
             _md_row(["---"] * 8)]
    d = _decimals(report)
    for a in report.against_simloss:
        m = next(x for x in report.metrics if x.name == a.metric)
        c = a.comparison
        lines.append(_md_row([a.metric, _label(report, a.variant, a.value),
                              fmt_value(a.simloss_value, d), _fmt_p(c.p_value),
                              _fmt_p(c.p_holm), _diff_text(c, m.percent),
                              "–" if c.n_pairs is None else str(c.n_pairs), c.note]))
    return lines


def reproducibility_line(report: Report) -> str | None:
    """The check_reproducible verdict; None when the study did not ask for one."""
    r = report.reproducibility
    if not r.requested and report.reproducible is None:
        return None
    if report.reproducible is None:
        return ("reproducible from the seed: not checked yet (the baseline's lowest seed is "
                "trained again once the grid is done, on the same kind of device)")
    run = f"{report.parameter} = {fmt_value(r.value, _decimals(report))}, seed {r.seed}"
    if report.reproducible:
        return f"reproducible from the seed: yes ({run} trained twice, identical results)"
    d = r.largest_difference
    size = "missing in one run" if d.value is None else f"{d.value:.6g}"
    return (f"reproducible from the seed: no (largest difference: {d.metric}, {size}; "
            f"{run} trained twice): seeds fix less than the run, so pairing by seed gains "
            "less power")


def _md_racing(report: Report) -> list[str]:
    """Racing's eliminations (nothing when racing was off)."""
    if not report.racing:
        return []
    out = [r for r in report.rows if r.racing.eliminated]
    lines = ["", "## Racing", "",
             f"{len(out)} value(s) eliminated (their p-values are a stopping rule, not a "
             "confirmation):" if out else "No value was eliminated.", ""]
    for r in out:
        c = r.racing
        lines.append(f"- {_point(report, r.variant, r.value)}: after {c.seeds} seeds, worse "
                     f"than {_point(report, c.against_variant, c.against)} "
                     f"(p = {_fmt_p(c.p_value)}); n = {r.n}")
    return lines


def _point(report: Report, variant: str | None, value: float | None) -> str:
    """`r = 0.8`, or `sord: 0.8` in a study with [[variants]] (a variant's values may be
    under a parameter of its own)."""
    if variant is None:
        return f"{report.parameter} = {fmt_value(value, _decimals(report))}"
    return _label(report, variant, value)


def _md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _diff_text(c: Comparison, percent: bool) -> str:
    """The mean paired difference and its bootstrap CI."""
    diff = _fmt_metric(c.diff_mean, percent, 3)
    if c.diff_ci:
        lo, hi = c.diff_ci
        diff += f" [{_fmt_metric(lo, percent, 3)}, {_fmt_metric(hi, percent, 3)}]"
    return diff


def _objective_cells(report: Report, o: Objective) -> list[str]:
    m = next(x for x in report.metrics if x.name == o.metric)
    if o.value is None:
        return [o.metric, "–", "–", "–", "–", "–", "–", "–", "0"]
    c = o.comparison
    diff = "–" if c.diff_mean is None else _diff_text(c, m.percent)
    chosen = _label(report, o.variant, o.value)
    if o.is_baseline:
        chosen += " (CCE)"
    return [o.metric, chosen, _fmt_metric(o.val_mean, m.percent),
            _fmt_metric(o.test_mean, m.percent) + _SUPERSCRIPT[c.mark],
            _fmt_p(c.p_value), _fmt_p(c.p_holm), diff,
            str(c.n_pairs if c.n_pairs is not None else "–"), str(o.n)]


_OBJECTIVE_HEAD = ["objective", "chosen", "validation", "test", "p", "p (Holm)",
                   "test − baseline [95% CI]", "pairs", "n"]


def _md_objectives(report: Report) -> list[str]:
    p = report.parameter
    head = list(_OBJECTIVE_HEAD)
    head[1] = f"chosen {p}"
    lines = [_md_row(head), _md_row(["---"] * len(head))]
    for o in report.objectives:
        lines.append(_md_row(_objective_cells(report, o)))
    return lines


def _significance_rows(report: Report) -> list[list[str]]:
    out = []
    for row in report.rows:
        if row.is_baseline:
            continue
        for m in report.metrics:
            c = row.test[m.name].comparison
            out.append([_label(report, row.variant, row.value),
                        m.name,
                        "–" if c.n_pairs is None else str(c.n_pairs), _diff_text(c, m.percent),
                        _fmt_p(c.p_value), _fmt_p(c.p_holm), c.mark, c.note])
    return out


def _md_significance(report: Report) -> list[str]:
    if not report.baseline_present:
        return ["No test: the baseline has no completed runs."]
    head = [report.parameter, "metric", "pairs", "mean difference [95% CI]", "p",
            "p (Holm)", "mark", "note"]
    return [_md_row(head), _md_row(["---"] * len(head))] + \
        [_md_row(r) for r in _significance_rows(report)]


def render_latex(report: Report) -> str:
    """A booktabs tabular in the layout of the paper's Table 1 / Table 2."""
    specs = report.metrics
    k = len(specs)
    p = report.parameter
    lines = [
        f"% {_latex_escape(report.study)}: task {_latex_escape(report.task)}; "
        f"mean over seeds; + / -: significantly better / worse than {p} = "
        f"{fmt_value(report.baseline, _decimals(report))} (two-sided Wilcoxon "
        f"signed-rank, paired by seed, p < {report.alpha}); requires \\usepackage{{booktabs}}",
        "\\begin{tabular}{l" + " " + "r" * k + " " + "r" * k + " r}",
        "\\toprule",
        f" & \\multicolumn{{{k}}}{{c}}{{Validation}} & \\multicolumn{{{k}}}{{c}}{{Test}} & \\\\",
        f"\\cmidrule(lr){{2-{k + 1}}}\\cmidrule(lr){{{k + 2}-{2 * k + 1}}}",
        " & ".join([f"${p}$"] + [_latex_escape(_abbrev(m)) + (" (\\%)" if m.percent else "")
                                 for _ in SPLITS for m in specs] + ["$n$"]) + " \\\\",
        "\\midrule",
    ]
    sup = {"+": "$^{+}$", "-": "$^{-}$", "": ""}
    for row in report.rows:
        cells = _table_cells(report, row, ("\\textbf{", "}"), sup)
        cells = [c.replace("–", "--") for c in cells]
        label = _latex_escape(_label(report, row.variant, row.value)).replace(
            "ε", "$\\varepsilon$")
        lines.append(" & ".join([label, *cells,
                                 str(row.n)]) + " \\\\")
    lines += ["\\bottomrule", "\\end{tabular}", ""]
    return "\n".join(lines)


def _latex_escape(text: str) -> str:
    return re.sub(r"([_%&#$])", r"\\\1", text)


CSV_FIELDS = ("mean", "std", "n", "p_value", "p_holm", "mark", "diff_mean")


def render_csv(reports: Report | Sequence[Report]) -> str:
    """One line per (study, value): raw stored values (accuracies as fractions)."""
    reports = _as_list(reports)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    header_written = False
    # "variant" and "epsilon" columns only where a study has [[variants]] (other CSVs stay as
    # they were); epsilon is empty but for soft labels on the uniform source
    variants = any(r.variants is not None for r in reports)
    for report in reports:
        specs = report.metrics
        header = ["study", "task", "parameter", *(["variant"] if variants else []), "value",
                  *(["epsilon"] if variants else []), "is_baseline", "n"]
        for split in SPLITS:
            for m in specs:
                header += [f"{split}_{m.name}_{f}" for f in CSV_FIELDS]
                header += [f"{split}_{m.name}_diff_ci_low", f"{split}_{m.name}_diff_ci_high"]
        if not header_written:
            writer.writerow(header)
            header_written = True
        for row in report.rows:
            line = [report.study, report.task, report.parameter,
                    *([row.variant or "simloss"] if variants else []), repr(row.value),
                    *([_csv_value(row.epsilon)] if variants else []),
                    int(row.is_baseline), row.n]
            for split in SPLITS:
                for m in specs:
                    line += [_csv_value(x) for x in _csv_cell(row.cells(split)[m.name])]
            writer.writerow(line)
    return buf.getvalue()


def _csv_cell(cell: Cell) -> list[Any]:
    """The CSV_FIELDS of one cell, then the low and high end of the difference's CI."""
    c = cell.comparison
    low, high = c.diff_ci or (None, None)
    return [cell.mean, cell.std, cell.n, c.p_value, c.p_holm, c.mark, c.diff_mean, low, high]


def _as_list(reports: Report | Sequence[Report]) -> Sequence[Report]:
    return [reports] if isinstance(reports, Report) else reports


def _csv_value(x: Any) -> Any:
    if x is None:
        return ""
    if isinstance(x, float):
        return repr(x)
    return x


def render_json(reports: Report | Sequence[Report]) -> str:
    """The report(s) as JSON (strict: no NaN): one object for a report, a list for a list."""
    doc = reports.to_json() if isinstance(reports, Report) else [r.to_json() for r in reports]
    return json.dumps(doc, indent=2, allow_nan=False) + "\n"


def render_html(reports: Report | Sequence[Report],
                plots: Mapping[str, Sequence[Path]] | None = None, *,
                inline: bool = True) -> str:
    """A standalone page: tables, warnings and the PNG plots (inlined as data URIs, or linked
    by file name with `inline=False`). `plots` maps a study name to its plot files."""
    reports = _as_list(reports)
    plots = plots or {}
    title = ", ".join(r.study for r in reports)
    parts = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'>",
             f"<title>SimLoss report: {html.escape(title)}</title>",
             "<style>body{font-family:sans-serif;margin:2em;max-width:80em}"
             "table{border-collapse:collapse;margin:1em 0}"
             "td,th{border-bottom:1px solid #ccc;padding:.2em .6em;text-align:right}"
             "th{border-bottom:2px solid #333}.warn{color:#a40}img{max-width:45em}</style>",
             "</head><body>"]
    for report in reports:
        parts += _html_report(report, plots.get(report.study, []), inline)
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _html_table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    out = ["<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _html_report(report: Report, plot_files: Sequence[Path], inline: bool
                 ) -> list[str]:
    p = html.escape(report.parameter)
    specs = report.metrics
    esc = html.escape
    parts = [f"<h1>{esc(report.study)}: task {esc(report.task)}, parameter {p}</h1>",
             f"<p>{esc(_header_text(report))}</p>"]
    head = [p] + [f"{SPLIT_TITLES[s]} {esc(_abbrev(m))}" for s in SPLITS for m in specs] + ["n"]
    sup = {"+": "<sup>+</sup>", "-": "<sup>&minus;</sup>", "": ""}
    rows = [[esc(_value_label(report, row)),
             *_table_cells(report, row, ("<b>", "</b>"), sup), str(row.n)]
            for row in report.rows]
    parts.append(_html_table(head, rows))
    parts.append("<h2>Chosen on validation</h2>")
    parts.append(_html_table([esc(h) for h in _OBJECTIVE_HEAD],
                             [[esc(c) for c in _objective_cells(report, o)]
                              for o in report.objectives]))
    parts.append("<h2>Significance against the baseline (test)</h2>")
    if report.baseline_present:
        parts.append(_html_table(
            [p, "metric", "pairs", "mean difference [95% CI]", "p", "p (Holm)", "mark", "note"],
            [[esc(c) for c in r] for r in _significance_rows(report)]))
    else:
        parts.append("<p class='warn'>No test: the baseline has no completed runs.</p>")
    parts.append("<h2>Missing and failed runs</h2>")
    if report.missing:
        parts.append("<ul>" + "".join(
            f"<li>{esc(_variant_prefix(m.variant))}{p} = "
            f"{fmt_value(m.value, _decimals(report, m.variant))}, seed {m.seed}: "
            f"{esc(m.reason)}</li>" for m in report.missing) + "</ul>")
    else:
        parts.append("<p>None.</p>")
    line = reproducibility_line(report)
    if line:
        parts += ["<h2>Reproducibility</h2>", f"<p>{esc(line)}</p>"]
    parts.append("<h2>Warnings</h2>")
    parts.append("<ul>" + "".join(f"<li class='warn'>{esc(w)}</li>"
                                  for w in report.warnings) + "</ul>"
                 if report.warnings else "<p>None.</p>")
    pngs = [f for f in plot_files if Path(f).suffix == ".png"]
    if pngs:
        parts.append("<h2>Plots</h2>")
        for f in pngs:
            src = ("data:image/png;base64," + base64.b64encode(Path(f).read_bytes()).decode()
                   if inline else esc(Path(f).name))
            parts.append(f"<p><img alt='{esc(Path(f).stem)}' src='{src}'></p>")
    parts.append(f"<p><small>Method: {esc(report.method)}.</small></p>")
    return parts


def render(fmt: str, reports: Sequence[Report], *, single: bool = True,
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
