"""The two reduced CIFAR-100 studies next to the paper's Table 2, and GloVe against WordNet.

    python docs/results/cifar100/compare.py [GLOVE_REPORT_JSON [WORDNET_REPORT_JSON]]

Reads the service's own reports (default: docs/results/cifar100/report.json and
docs/results/cifar100-wordnet/report.json) and prints markdown: each study's rows beside the
paper's, the values each study chose on validation, a paired test by seed between the two
sources' chosen values on the test split, and whether the two studies' l = 0.99 runs (the same
identity matrix from the same seeds) agree run for run. docs/results/cifar100/README.md quotes
its output verbatim.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from scipy.stats import wilcoxon

# Kobs et al., Table 2 (10 runs, early stopping): l -> val Acc, SA, FSA, test Acc, SA, FSA (%),
# and the test marks against CCE (l = 0.99) for Acc, SA, FSA.
PAPER = {
    0.99: (46.89, 55.78, 16.73, 39.51, 49.22, 16.05, ("", "", "")),
    0.9: (47.42, 56.32, 16.95, 40.15, 49.93, 16.36, ("+", "+", "")),
    0.8: (46.37, 55.38, 16.80, 39.49, 49.32, 16.22, ("", "", "")),
    0.7: (46.95, 55.92, 16.90, 39.86, 49.63, 16.25, ("", "", "")),
    0.6: (47.28, 56.44, 17.39, 40.00, 50.00, 16.67, ("", "", "+")),
    0.5: (46.36, 56.18, 18.28, 39.26, 49.40, 16.70, ("", "", "+")),
    0.4: (38.03, 50.58, 20.28, 32.18, 44.58, 18.30, ("-", "-", "+")),
    0.3: (28.65, 43.76, 21.18, 24.43, 38.90, 19.13, ("-", "-", "+")),
    0.2: (21.66, 37.97, 20.80, 18.54, 33.68, 18.58, ("-", "-", "+")),
    0.1: (16.40, 31.68, 18.31, 14.25, 28.70, 16.85, ("-", "-", "")),
    0.0: (2.80, 8.37, 5.77, 2.53, 8.06, 5.71, ("-", "-", "-")),
}
METRICS = ("accuracy", "superclass_accuracy", "failed_superclass_accuracy")
SHORT = {"accuracy": "Acc", "superclass_accuracy": "SA", "failed_superclass_accuracy": "FSA"}
ALPHA = 0.05


def _cell(row: dict, split: str, metric: str) -> str:
    cell = row[split][metric]
    if cell["mean"] is None:
        return "n/a"
    return f"{100 * cell['mean']:.2f}{cell.get('mark', '') if split == 'test' else ''}"


def table(report: dict) -> list[str]:
    head = " | ".join(f"{s} {SHORT[m]}" for s in ("val", "test") for m in METRICS)
    lines = [f"| l | | {head} | n |", "|---:|---|" + "---:|" * 7]
    for row in sorted(report["rows"], key=lambda r: -r["value"]):
        value = row["value"]
        ours = " | ".join(_cell(row, s, m) for s in ("val", "test") for m in METRICS)
        lines.append(f"| {value:g} | here | {ours} | {row['n']} |")
        if value in PAPER:
            p = PAPER[value]
            paper = [f"{x:.2f}" for x in p[:3]] + [f"{p[3 + i]:.2f}{p[6][i]}" for i in range(3)]
            lines.append(f"| {value:g} | paper | {' | '.join(paper)} | 10 |")
    return lines


def chosen(report: dict) -> list[str]:
    lines = []
    for obj in report["objectives"]:
        p = obj["p_value"]
        test = f"test {100 * obj['test_mean']:.2f}%" if obj["test_mean"] is not None else "no test"
        verdict = ("the baseline itself" if obj["is_baseline"] else
                   f"against l = {report['baseline']:g}: p = {p:.4g} (n = {obj['n_pairs']}),"
                   f" mark '{obj['mark'] or ' '}'" if p is not None else "not tested")
        lines.append(f"- {SHORT[obj['metric']]}: l = {obj['value']:g}, {test}, {verdict}")
    return lines


def _per_seed(report: dict, value: float, metric: str, split: str = "test") -> dict[str, float]:
    row = next(r for r in report["rows"] if r["value"] == value)
    return row[split][metric]["per_seed"]


def holm(pvalues: list[float | None]) -> list[float | None]:
    tested = sorted((p, i) for i, p in enumerate(pvalues) if p is not None)
    out: list[float | None] = [None] * len(pvalues)
    running = 0.0
    for rank, (p, i) in enumerate(tested):
        running = max(running, min(1.0, (len(tested) - rank) * p))
        out[i] = running
    return out


def between_sources(glove: dict, wordnet: dict) -> list[str]:
    """Each metric's chosen value from GloVe against WordNet's, paired by seed on the test split."""
    picks = {o["metric"]: o["value"] for o in glove["objectives"]}
    other = {o["metric"]: o["value"] for o in wordnet["objectives"]}
    results = []
    for metric in METRICS:
        a = _per_seed(glove, picks[metric], metric)
        b = _per_seed(wordnet, other[metric], metric)
        seeds = sorted(set(a) & set(b), key=int)
        diffs = [a[s] - b[s] for s in seeds]
        if len(seeds) < 2:
            p = None
        elif all(d == 0 for d in diffs):
            p = 1.0
        else:
            p = float(wilcoxon([a[s] for s in seeds], [b[s] for s in seeds]).pvalue)
        unpaired = sorted(set(a) ^ set(b), key=int)
        results.append((metric, picks[metric], other[metric], seeds, diffs, p, unpaired))
    lines = ["| metric | GloVe l | WordNet l | n pairs | mean diff (GloVe - WordNet), points "
             "| p | p (Holm, 3 metrics) | unpaired seeds |", "|---|---:|---:|---:|---:|---:|---:|---|"]
    for (metric, la, lb, seeds, diffs, p, unpaired), ph in zip(
            results, holm([r[5] for r in results])):
        mean = 100 * sum(diffs) / len(diffs) if diffs else float("nan")
        fmt = (lambda x: "n/a" if x is None else f"{x:.4g}")
        lines.append(f"| {SHORT[metric]} | {la:g} | {lb:g} | {len(seeds)} | {mean:+.2f} | {fmt(p)} "
                     f"| {fmt(ph)} | {', '.join(unpaired) or 'none'} |")
    return lines


def baselines_agree(glove: dict, wordnet: dict) -> list[str]:
    lines = []
    for split in ("val", "test"):
        for metric in METRICS:
            a = _per_seed(glove, glove["baseline"], metric, split)
            b = _per_seed(wordnet, wordnet["baseline"], metric, split)
            same = [s for s in sorted(set(a) & set(b), key=int) if a[s] == b[s]]
            lines.append(f"- {split} {SHORT[metric]}: equal on {len(same)} of "
                         f"{len(set(a) | set(b))} seeds")
    return lines


def main(glove_path: str, wordnet_path: str) -> None:
    glove = json.loads(Path(glove_path).read_text())
    wordnet = json.loads(Path(wordnet_path).read_text())
    for name, report in (("GloVe", glove), ("WordNet", wordnet)):
        print(f"### {name} (study `{report['study']}`)\n")
        print("\n".join(table(report)))
        print("\nChosen on validation:\n")
        print("\n".join(chosen(report)))
        print()
    print("### GloVe against WordNet: each source's chosen value, paired by seed (test)\n")
    print("\n".join(between_sources(glove, wordnet)))
    print("\n### The two studies' l = 0.99 runs (identity matrix, same seeds)\n")
    print("\n".join(baselines_agree(glove, wordnet)))


if __name__ == "__main__":
    args = sys.argv[1:] + ["docs/results/cifar100/report.json",
                           "docs/results/cifar100-wordnet/report.json"][len(sys.argv[1:]):]
    main(args[0], args[1])
