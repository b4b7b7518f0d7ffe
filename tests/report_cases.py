"""Report inputs that reach every branch of `build_report`, for the golden files of
tests/data/report_golden/ (written by main's dict-building report before the report became
typed data; `test_report_golden.py` checks today's output against them byte for byte).

Regenerate (only when a change of the report's output is intended):
    python -m tests.report_cases tests/data/report_golden
"""

from __future__ import annotations

import random
from typing import Any

from simloss_tune.records import Run, StudyRecords

METRICS = [("accuracy", "maximize", True), ("mae", "minimize"), ("mse", "minimize")]
CIFAR_METRICS = [("accuracy", "maximize", True), ("superclass_accuracy", "maximize", True),
                 ("failed_superclass_accuracy", "maximize", True)]
EXPORT_DATE = "2026-01-01T00:00:00+00:00"


def _metrics(rng: random.Random, value: float, names: tuple[str, ...]) -> dict[str, float]:
    return {m: round(rng.uniform(0.1, 0.9) + value / 10, 6) for m in names}


def _complete(rng: random.Random, value: float, seed: int, number: int,
              names: tuple[str, ...] = ("accuracy", "mae", "mse"),
              dist: bool = True) -> Run:
    return Run(value, seed, "COMPLETE", _metrics(rng, value, names), _metrics(rng, value, names),
               [0.2, 0.3 + value / 10, 0.5 - value / 10] if dist else None, None, number)


def _grid_runs(rng: random.Random, values: tuple[float, ...], seeds: range,
               names: tuple[str, ...] = ("accuracy", "mae", "mse")) -> list[Run]:
    runs = []
    for v in values:
        for s in seeds:
            runs.append(_complete(rng, v, s, len(runs), names))
    return runs


def clean() -> StudyRecords:
    rng = random.Random(1)
    return StudyRecords(study="clean", task="utkface", parameter="r", baseline=0.0,
                        runs=_grid_runs(rng, (0.0, 0.4, 0.8), range(6)),
                        grid=[0.0, 0.4, 0.8], seeds=list(range(6)), objectives=["mae", "accuracy"],
                        class_names=["a", "b", "c"], runs_study="clean:runs")


def messy() -> StudyRecords:
    """Failures, retries, duplicates, a still-running and a waiting run, an absent one, a value
    with identical seeds, a value with one seed, a value outside the grid."""
    rng = random.Random(2)
    runs = _grid_runs(rng, (0.0, 0.2), range(5))
    n = len(runs)
    runs += [Run(0.4, 0, "FAIL", error="NaN loss", number=n),
             _complete(rng, 0.4, 0, n + 1),  # recovered on a retry
             _complete(rng, 0.4, 1, n + 2),
             Run(0.4, 2, "FAIL", error="boom", number=n + 3),
             Run(0.4, 2, "FAIL", number=n + 4),
             Run(0.4, 3, "RUNNING", number=n + 5),
             Run(0.4, 4, "FAIL", error="CUDA out of memory", number=n + 6),
             Run(0.4, 4, "WAITING", number=n + 7),
             _complete(rng, 0.6, 0, n + 8),
             Run(0.6, 1, "PRUNED", number=n + 9),
             _complete(rng, 0.2, 1, n + 10),  # a second completed run of (0.2, 1)
             _complete(rng, 0.30000000000000004, 0, n + 11)]
    same = _complete(rng, 0.8, 0, n + 12)
    runs += [Run(0.8, s, "COMPLETE", same.val, same.test, same.mean_distribution, None, n + 13 + s)
             for s in range(5)]
    return StudyRecords(study="messy", task="utkface", parameter="r", baseline=0.0, runs=runs,
                        grid=[0.0, 0.2, 0.4, 0.6, 0.8], seeds=list(range(5)), objectives=["mae"],
                        class_names=None, runs_study="messy:runs")


def nobase() -> StudyRecords:
    rng = random.Random(3)
    runs = _grid_runs(rng, (0.4, 0.8), range(4))
    runs.append(Run(0.0, 0, "FAIL", error="disk full", number=len(runs)))
    return StudyRecords(study="nobase", task="utkface", parameter="r", baseline=0.0, runs=runs,
                        grid=[0.0, 0.4, 0.8], seeds=list(range(4)), metric="accuracy",
                        runs_study="nobase:runs")


def empty() -> StudyRecords:
    return StudyRecords(study="empty", task="utkface", parameter="r", baseline=0.0,
                        runs=[Run(0.0, 0, "WAITING", number=0),
                              Run(0.0, 1, "FAIL", error="boom", number=1)],
                        grid=[0.0], seeds=[0, 1], runs_study="empty:runs")


def baseline_copies() -> StudyRecords:
    """The baseline's seeds are copies: nothing is tested."""
    rng = random.Random(4)
    one = _complete(rng, 0.0, 0, 0)
    runs = [Run(0.0, s, "COMPLETE", one.val, one.test, one.mean_distribution, None, s)
            for s in range(5)]
    runs += [r for r in _grid_runs(rng, (0.5,), range(5))]
    runs = [Run(r.value, r.seed, r.state, r.val, r.test, r.mean_distribution, r.error, i)
            for i, r in enumerate(runs)]
    return StudyRecords(study="copies", task="utkface", parameter="r", baseline=0.0, runs=runs,
                        grid=[0.0, 0.5], seeds=list(range(5)), objectives=["mse"],
                        runs_study="copies:runs")


def racing_checked() -> StudyRecords:
    """Parameter l, racing with an elimination, a reproducibility check that differs."""
    rng = random.Random(5)
    names = ("accuracy", "superclass_accuracy", "failed_superclass_accuracy")
    runs = _grid_runs(rng, (0.99, 0.9), range(6), names)
    runs += _grid_runs(rng, (0.5,), range(5), names)
    runs = [Run(r.value, r.seed, r.state, r.val, r.test, r.mean_distribution, r.error, i)
            for i, r in enumerate(runs)]
    runs.append(Run(0.5, 5, "PRUNED", number=len(runs)))
    base0 = next(r for r in runs if r.value == 0.99 and r.seed == 0)
    check = Run(0.99, 0, "COMPLETE", dict(base0.val, accuracy=base0.val["accuracy"] + 0.01),
                base0.test, base0.mean_distribution, None, 99)
    return StudyRecords(
        study="race", task="cifar100", parameter="l", baseline=0.99, runs=runs,
        grid=[0.99, 0.9, 0.5], seeds=list(range(6)), objectives=["accuracy", "superclass_accuracy"],
        class_names=["x", "y", "z"], similarity_source=[[1.0, 0.5, 0.1], [0.5, 1.0, 0.2],
                                                        [0.1, 0.2, 1.0]],
        runs_study="race:runs", optuna_studies=["race:runs"],
        racing={"min_seeds": 5, "alpha": 0.05, "test": "one-sided"},
        eliminated={0.5: {"eliminated": True, "seeds": 5, "p_value": 0.03125, "against": 0.99}},
        check_requested=True, check=check)


def adaptive_checked() -> StudyRecords:
    """No grid, expected seeds from the runs, a reproducibility check that agrees, another
    study's declared metrics, a requested check."""
    rng = random.Random(6)
    runs = _grid_runs(rng, (0.0, 0.123456, 0.7), range(3))
    base0 = next(r for r in runs if r.value == 0.0 and r.seed == 0)
    return StudyRecords(study="ada", task="digits", parameter="r", baseline=0.0, runs=runs,
                        objectives=["mae"], runs_study="ada:runs", check_requested=True,
                        check=base0)


def unchecked() -> StudyRecords:
    """check_reproducible asked, the check not run yet."""
    rec = clean()
    rec.check_requested = True
    rec.study = "unchecked"
    return rec


CASES: dict[str, tuple[Any, list, dict[str, Any]]] = {
    "clean": (clean, METRICS, {}),
    "messy": (messy, METRICS, {}),
    "nobase": (nobase, METRICS, {}),
    "empty": (empty, METRICS, {}),
    "copies": (baseline_copies, METRICS, {}),
    "race": (racing_checked, CIFAR_METRICS, {}),
    "ada": (adaptive_checked, METRICS, {}),
    "unchecked": (unchecked, METRICS, {"baseline": 0.4}),
}
# cases with at least one objective value, whose export config.json is compared too
EXPORTED = ("clean", "nobase", "race", "ada")


def build(name: str) -> tuple[StudyRecords, Any]:
    """The records and the report of one case (n_resamples kept small: the files are
    compared, not the statistics)."""
    from simloss_tune.report import build_report

    make, metrics, kwargs = CASES[name]
    records = make()
    return records, build_report(records, metrics, n_resamples=200, **kwargs)


def build_for_export(name: str) -> Any:
    """The report `simloss-tune export` builds (default resamples) of one case."""
    from simloss_tune.report import build_report

    make, metrics, kwargs = CASES[name]
    return build_report(make(), metrics, **kwargs)


def plot_digests(report: Any) -> dict[str, str]:
    """sha256 of every plot file of a report (the plots are deterministic)."""
    import hashlib
    import tempfile
    from pathlib import Path

    from simloss_tune.plots import plot_report

    with tempfile.TemporaryDirectory() as tmp:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in plot_report(report, Path(tmp))}


if __name__ == "__main__":  # pragma: no cover - writes the golden files
    import json
    import sys
    from pathlib import Path

    from simloss_tune import export, render

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        recs, report = build(case)
        for fmt in render.FORMATS:
            text = render.render(fmt, [report], plots={case: []}, inline=False)
            (out / f"{case}.{render.EXTENSIONS[fmt]}").write_text(text, encoding="utf-8")
        if case in EXPORTED:
            plans = export.plan_exports(recs, build_for_export(case), out, date=EXPORT_DATE)
            configs = {p.config["metric"]: p.config for p in plans}
            (out / f"{case}.export.json").write_text(json.dumps(configs, indent=2) + "\n")
        (out / f"{case}.plots.json").write_text(json.dumps(plot_digests(report), indent=2) + "\n")
