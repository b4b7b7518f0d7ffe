"""SimLoss, SORD and label smoothing on reduced UTKFace, read from the report's JSON.

    python docs/results/variants/compare.py [docs/results/variants/report/report.json]

Prints the markdown tables of docs/results/variants/README.md: every (variant, value) next to
the shared cross-entropy baseline, each variant against the best SimLoss value, and the
SimLoss runs checked against the same (r, seed) runs of docs/results/utkface/ (same setup,
same seeds: an earlier version of the service trained them).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

METRICS = ("accuracy", "mae", "mse")
NAMES = {"accuracy": "Acc", "mae": "MAE", "mse": "MSE"}
EARLIER = Path("docs/results/utkface/report/report.json")


def _scale(metric: str) -> float:
    return 100.0 if metric == "accuracy" else 1.0


def _label(row: dict) -> str:
    eps = row.get("epsilon")
    return f"{row['variant']}: {row['value']:g}" + ("" if eps is None else f" (ε = {eps:.3g})")


def _cell(row: dict, split: str, metric: str) -> str:
    cell = row[split][metric]
    if cell["mean"] is None:
        return "n/a"
    return f"{cell['mean'] * _scale(metric):.2f}{cell.get('mark', '') if split == 'test' else ''}"


def _p(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _diff(mean: float | None, ci: list | None, scale: float) -> str:
    """A mean paired difference and its bootstrap CI, in the table's units."""
    if mean is None:
        return "–"
    lo, hi = ci or (None, None)
    ci_text = "" if lo is None else f" [{lo * scale:+.2f}, {hi * scale:+.2f}]"
    return f"{mean * scale:+.2f}{ci_text}"


def rows_table(report: dict) -> None:
    print("| variant: value | val Acc | val MAE | val MSE | test Acc | test MAE | test MSE | n |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in report["rows"]:
        cells = [_cell(row, s, m) for s in ("val", "test") for m in METRICS]
        print(f"| {_label(row)} | {' | '.join(cells)} | {row['n']} |")


def tests_table(report: dict) -> None:
    """Test split, each (variant, value) against the shared baseline."""
    print("| variant: value | metric | mean difference [95% CI] | p | p (Holm, all 6) |")
    print("|---|---|---|---:|---:|")
    for row in report["rows"]:
        if row["is_baseline"]:
            continue
        for m in METRICS:
            c = row["test"][m]
            diff = _diff(c["diff_mean"], c["diff_ci"], _scale(m))
            print(f"| {_label(row)} | {NAMES[m]} | {diff} | {_p(c['p_value'])} | "
                  f"{_p(c['p_holm'])} |")


def chosen_table(report: dict) -> None:
    rows = {(r["variant"], r["value"]): r for r in report["rows"]}
    print("| objective | chosen on validation | test | p against CCE | p (Holm) |")
    print("|---|---|---:|---:|---:|")
    for o in report["objectives"]:
        row = rows[o["variant"], o["value"]]
        print(f"| {NAMES[o['metric']]} | {_label(row)} | {_cell(row, 'test', o['metric'])} | "
              f"{_p(o['p_value'])} | {_p(o['p_holm'])} |")
    print()
    print("| objective | variant's choice | best SimLoss | variant − SimLoss [95% CI] | p | "
          "p (Holm) | pairs |")
    print("|---|---|---|---|---:|---:|---:|")
    for a in report["against_simloss"]:
        diff = _diff(a["diff_mean"], a["diff_ci"], _scale(a["metric"]))
        row = rows[a["variant"], a["value"]]
        print(f"| {NAMES[a['metric']]} | {_label(row)} | simloss: {a['simloss_value']:g} | "
              f"{diff} | {_p(a['p_value'])} | {_p(a['p_holm'])} | {a['n_pairs']} |")


def earlier_check(report: dict) -> None:
    """The SimLoss runs against the same (r, seed) of the earlier utkface-cpu study."""
    if not EARLIER.exists():
        return
    before = {r["value"]: r for r in json.loads(EARLIER.read_text())["rows"]}
    same = differ = 0
    for row in report["rows"]:
        old = before.get(row["value"]) if row["variant"] == "simloss" else None
        if old is None:
            continue
        for split in ("val", "test"):
            for m in METRICS:
                mine, theirs = row[split][m]["per_seed"], old[split][m]["per_seed"]
                for seed, x in mine.items():
                    if seed in theirs:
                        same += x == theirs[seed]
                        differ += x != theirs[seed]
    print(f"SimLoss runs against docs/results/utkface/ (same r, seed, metric, split): "
          f"{same} values identical, {differ} different.")
    print()
    print("| r | test Acc here | there | test MAE here | there | test MSE here | there |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for row in report["rows"]:
        old = before.get(row["value"]) if row["variant"] == "simloss" else None
        if old is not None:
            cells = [f"{_cell(r, 'test', m)}" for m in METRICS for r in (row, old)]
            print(f"| {row['value']:g} | {' | '.join(cells)} |")


def main(path: str) -> None:
    report = json.loads(Path(path).read_text())
    rows_table(report)
    print()
    tests_table(report)
    print()
    chosen_table(report)
    print()
    earlier_check(report)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/results/variants/report/report.json")
