"""Hand-made studies in a real database, following the trial schema of docs/ARCHITECTURE.md.

    from tests.studyfactory import Run, make_study
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    make_study(url, "utk", task="utkface", grid=[0.0, 0.4], seeds=[0, 1],
               objectives=["mae"], runs=[
                   Run(0.0, 0, val={"accuracy": .15, "mae": 7.1, "mse": 122.0},
                       test={"accuracy": .14, "mae": 7.4, "mse": 131.0}),
                   Run(0.4, 0, state="FAIL", error="NaN loss"),
               ])

Creates `NAME:runs` (one trial per run: params {parameter: value, "seed": k}, user attributes
val_<metric>, test_<metric>, best_epoch, epochs, seconds, device, mean_distribution, error),
`NAME:<metric>` per objective (one COMPLETE trial per completed run, value = val_<metric>) and
`NAME:<metric>:mean` (one trial per value whose expected seeds are all complete). Every study
carries the user attributes spec, task, parameter, baseline, role and (objective, summary)
metric. Other people's tests may reuse this module.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import optuna
from optuna.distributions import FloatDistribution, IntDistribution
from optuna.trial import TrialState

# name -> (direction, percent); the built-in tasks' metrics
DIRECTIONS = {
    "accuracy": "maximize",
    "mae": "minimize",
    "mse": "minimize",
    "superclass_accuracy": "maximize",
    "failed_superclass_accuracy": "maximize",
}
TASK_METRICS = {
    "utkface": ("accuracy", "mae", "mse"),
    "afad": ("accuracy", "mae", "mse"),
    "digits": ("accuracy", "mae", "mse"),
    "cifar100": ("accuracy", "superclass_accuracy", "failed_superclass_accuracy"),
}
TASK_PARAMETER = {"utkface": "r", "afad": "r", "digits": "r", "cifar100": "l"}


@dataclass
class Run:
    """One training run. `state` is "COMPLETE", "FAIL", "RUNNING" or "WAITING"."""

    value: float
    seed: int
    val: dict[str, float] = field(default_factory=dict)
    test: dict[str, float] = field(default_factory=dict)
    state: str = "COMPLETE"
    error: str | None = None
    mean_distribution: list[float] | None = None
    best_epoch: int = 3
    epochs: int = 5
    seconds: float = 1.5
    device: str = "cpu"


def runs_from_table(value: float, test: dict[str, Sequence[float]],
                    val: dict[str, Sequence[float]] | None = None,
                    seeds: Sequence[int] | None = None, **kwargs: Any) -> list[Run]:
    """Completed runs for one value from per-seed lists: {"mae": [7.1, 7.0, ...]} (seed i
    at index i unless `seeds` is given). Validation defaults to the test values."""
    val = val or test
    n = len(next(iter(test.values())))
    seeds = list(seeds) if seeds is not None else list(range(n))
    return [Run(value, s, val={m: float(v[i]) for m, v in val.items()},
                test={m: float(v[i]) for m, v in test.items()}, **kwargs)
            for i, s in enumerate(seeds)]


def make_study(
    storage: str | optuna.storages.BaseStorage,
    name: str,
    *,
    task: str = "utkface",
    runs: Iterable[Run],
    grid: Sequence[float] | None = None,
    seeds: Sequence[int] | None = None,
    objectives: Sequence[str] | None = None,
    parameter: str | None = None,
    baseline: float | None = None,
    class_names: Sequence[str] | None = None,
    similarity_source: str | None = None,
    derived: bool = True,
    bookkeeping: bool = True,
    extra_attrs: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Write the studies of one study file; returns its spec (as stored in the attribute).

    `derived=False` skips the objective and summary studies and `bookkeeping=False` the run
    attributes best_epoch, epochs, seconds, device: both only to make tests faster (every
    attribute is one more SQL round trip).
    """
    runs = list(runs)
    parameter = parameter or TASK_PARAMETER.get(task, "r")
    baseline = baseline if baseline is not None else (0.99 if parameter == "l" else 0.0)
    metrics = TASK_METRICS.get(task) or tuple(sorted({m for r in runs for m in r.val}))
    objectives = list(objectives or metrics[:1])
    if grid is None:
        grid = sorted({r.value for r in runs})
    if seeds is None:
        seeds = sorted({r.seed for r in runs})
    spec = {
        "name": name, "task": task, "parameter": parameter, "seeds": list(seeds),
        "objectives": objectives, "baseline": baseline, "data_dir": None,
        "grid": list(grid), "adaptive": None, "training": {}, "description": "",
    }
    common = {"spec": json.dumps(spec, sort_keys=True), "task": task, "parameter": parameter,
              "baseline": baseline}
    distributions = {parameter: FloatDistribution(0.0, 1.0),
                     "seed": IntDistribution(0, 2**31 - 1)}

    first = objectives[0]
    study = optuna.create_study(storage=storage, study_name=f"{name}:runs",
                                direction=DIRECTIONS.get(first, "minimize"))
    for k, v in {**common, "role": "runs"}.items():
        study.set_user_attr(k, v)
    if class_names is not None:
        study.set_user_attr("class_names", list(class_names))
    if similarity_source is not None:
        study.set_user_attr("similarity_source", similarity_source)
    for k, v in (extra_attrs or {}).items():
        study.set_user_attr(k, v)
    for run in runs:
        study.add_trial(_run_trial(run, parameter, first, distributions, bookkeeping))
    if not derived:
        return spec

    complete = [r for r in runs if r.state == "COMPLETE"]
    for metric in objectives:
        direction = DIRECTIONS.get(metric, "minimize")
        obj = optuna.create_study(storage=storage, study_name=f"{name}:{metric}",
                                  direction=direction)
        summary = optuna.create_study(storage=storage, study_name=f"{name}:{metric}:mean",
                                      direction=direction)
        for s, role in ((obj, "objective"), (summary, "summary")):
            for k, v in {**common, "role": role, "metric": metric}.items():
                s.set_user_attr(k, v)
        obj.add_trials([
            optuna.create_trial(value=r.val[metric],
                                params={parameter: r.value, "seed": r.seed},
                                distributions=distributions,
                                user_attrs={f"test_{metric}": r.test.get(metric)})
            for r in complete if metric in r.val])
        for value in grid:
            done = {r.seed: r for r in complete if math.isclose(r.value, value)}
            if done and set(seeds) <= done.keys():
                mean = sum(done[s].val[metric] for s in seeds) / len(seeds)
                summary.add_trial(optuna.create_trial(
                    value=mean, params={parameter: value},
                    distributions={parameter: distributions[parameter]},
                    user_attrs={"n": len(seeds)}))
    return spec


def _run_trial(run: Run, parameter: str, first: str, distributions: dict,
               bookkeeping: bool) -> Any:
    attrs: dict[str, Any] = {}
    if bookkeeping:
        attrs.update(best_epoch=run.best_epoch, epochs=run.epochs, seconds=run.seconds,
                     device=run.device)
    attrs.update({f"val_{m}": v for m, v in run.val.items()})
    attrs.update({f"test_{m}": v for m, v in run.test.items()})
    if run.mean_distribution is not None:
        attrs["mean_distribution"] = list(run.mean_distribution)
    if run.error is not None:
        attrs["error"] = run.error
    state = TrialState[run.state]
    value = run.val.get(first) if state == TrialState.COMPLETE else None
    if state == TrialState.COMPLETE and value is None:
        value = 0.0
    trial = optuna.create_trial(
        state=state if state != TrialState.RUNNING else TrialState.WAITING,
        value=value, params={parameter: run.value, "seed": run.seed},
        distributions=distributions, user_attrs=attrs)
    if state == TrialState.RUNNING:
        trial.state = TrialState.RUNNING
        trial.datetime_start = trial.datetime_start or _now()
    return trial


def _now() -> Any:
    import datetime

    return datetime.datetime.now()


def dump(url: str) -> Any:
    """Every study, trial and attribute of a database; None when an SQLite file is absent,
    "no tables" when it has no Optuna tables yet."""
    import sqlalchemy as sa

    if url.startswith("sqlite") and not Path(url.split("///", 1)[1]).exists():
        return None
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table("studies"):
                return "no tables"
    finally:
        engine.dispose()
    storage = optuna.storages.RDBStorage(url, skip_table_creation=True,
                                         skip_compatibility_check=True,
                                         engine_kwargs={"poolclass": sa.pool.NullPool})
    try:
        studies = []
        for s in sorted(storage.get_all_studies(), key=lambda s: s.study_name):
            trials = [(t.number, t.state.name, t.params, t.values, t.user_attrs,
                       t.system_attrs, t.datetime_start, t.datetime_complete)
                      for t in storage.get_all_trials(s._study_id, deepcopy=False)]
            studies.append((s.study_name, [d.name for d in s.directions], s.user_attrs,
                            s.system_attrs, trials))
        return json.dumps(studies, sort_keys=True, default=str)
    finally:
        storage.engine.dispose()


def sqlite_copy(source: Path, copy: Path) -> str:
    """A private copy of an SQLite database (cases must not see each other's writes); not a
    file copy: committed pages may still be in the -wal file. Returns its URL."""
    import sqlite3

    src, dst = sqlite3.connect(source), sqlite3.connect(copy)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return f"sqlite:///{copy}"
