"""Our reduced UTKFace study next to the paper's Table 1, read from the report's JSON.

    python docs/results/utkface/compare.py [docs/results/utkface/report/report.json]

Prints a markdown table; docs/results/utkface/README.md includes its output verbatim.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# Kobs et al., Table 1, UTKFace: r -> (val acc %, val MAE, val MSE, test acc %, test MAE,
# test MSE, test marks against r = 0 for acc, MAE, MSE).
PAPER = {
    0.0: (15.23, 7.09, 122.12, 14.47, 7.39, 131.65, ("", "", "")),
    0.4: (16.13, 6.95, 117.52, 15.46, 7.18, 125.74, ("+", "+", "")),
    0.6: (15.62, 6.83, 112.85, 14.34, 7.09, 120.34, ("", "+", "+")),
    0.8: (13.50, 6.74, 108.80, 12.57, 7.01, 117.99, ("-", "+", "+")),
}
METRICS = ("accuracy", "mae", "mse")


def _cell(row: dict, split: str, metric: str) -> str:
    cell = row[split][metric]
    if cell["mean"] is None:
        return "n/a"
    value = cell["mean"] * (100 if metric == "accuracy" else 1)
    return f"{value:.2f}{cell.get('mark', '') if split == 'test' else ''}"


def main(path: str) -> None:
    report = json.loads(Path(path).read_text())
    print("| r | | val Acc | val MAE | val MSE | test Acc | test MAE | test MSE | n |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in sorted(report["rows"], key=lambda r: r["value"]):
        r = row["value"]
        ours = [_cell(row, s, m) for s in ("val", "test") for m in METRICS]
        print(f"| {r:.1f} | ours | {' | '.join(ours)} | {row['n']} |")
        if r in PAPER:
            p = PAPER[r]
            marks = p[6]
            paper = [f"{p[0]:.2f}", f"{p[1]:.2f}", f"{p[2]:.2f}",
                     *(f"{p[3 + i]:.2f}{marks[i]}" for i in range(3))]
            print(f"| {r:.1f} | paper | {' | '.join(paper)} | 10 |")
    best = report["best"]
    print()
    print("Chosen on validation (ours): " + ", ".join(
        f"{m} r = {best[m]}" for m in METRICS if best.get(m) is not None)
        + ". Paper (full grid): accuracy r = 0.3, MAE r = 0.8, MSE r = 0.9; "
        "within our grid {0, 0.4, 0.6, 0.8}: accuracy r = 0.4, MAE r = 0.8, MSE r = 0.8.")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/results/utkface/report/report.json")
