"""A study's runs as plain records: what the report reads from the study database.

`load_records` reads one study file's runs study (the trial schema of docs/ARCHITECTURE.md)
into plain `StudyRecords`; `study_metrics` gives a study's metric definitions (its study file's
[metrics], else the task registry's).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._util import BASELINES, STUDY_VARIANT
from .metrics import Metric, metric_specs
from .racing import decisions_from_attrs
from .runschema import read_run

SPLITS = ("val", "test")
MetricSpec = Metric  # the report's name for the one metric record (`simloss_tune.metrics`)
__all__ = ["SPLITS", "MetricSpec", "Run", "StudyRecords", "load_records", "metric_specs",
           "open_storage", "resolve_study", "runs_studies", "study_metrics", "task_metrics"]


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
    variant: str = "simloss"  # the study variant it trained ([[variants]]; "simloss": its own)


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
    racing: dict | None = None  # the study file's [racing] table, None without racing
    # value -> {"eliminated": True, "seeds", "p_value", "against"}: values racing eliminated
    # ((variant, value) -> ... with "against_variant" in a study with [[variants]])
    eliminated: dict[Any, dict] = field(default_factory=dict)
    metrics: tuple[Metric, ...] | None = None  # declared by the study file ([metrics])
    check_requested: bool = False  # the study file's check_reproducible
    check: Run | None = None  # the reproducibility check's completed run (NAME:check)
    # [[variants]]: each one's name, loss, similarity (its source), parameter, baseline and
    # grid (its values and its baseline value); empty for a study without variants
    variants: list[dict] = field(default_factory=list)
    variant_sources: dict | None = None  # name -> raw (C, C) similarity of a variant's own

    @property
    def num_classes(self) -> int | None:
        """C: from the class names, else from the runs' mean predicted distributions; None
        when neither is recorded (or the runs disagree)."""
        if self.class_names:
            return len(self.class_names)
        sizes = {len(r.mean_distribution) for r in self.runs if r.mean_distribution}
        return sizes.pop() if len(sizes) == 1 else None


def task_metrics(task: str) -> tuple[Metric, ...]:
    """The metric definitions of a registered task."""
    from .tasks import get_task

    return metric_specs(get_task(task).metrics)


def study_metrics(records: StudyRecords) -> tuple[Metric, ...]:
    """The metric definitions of a study: its study file's [metrics] (studies with their own
    trainer), else its task's."""
    return records.metrics if records.metrics is not None else task_metrics(records.task)


def open_storage(storage: Any) -> Any:
    """An Optuna storage from a URL (never creating a database) or a storage object."""
    if not isinstance(storage, str):
        return storage
    from optuna.exceptions import StorageInternalError

    from .database import connection_error, is_connection_error
    from .database import open_storage as _open

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
        baseline = BASELINES.get(parameter, 0.0)
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
        racing=spec.get("racing"),
        eliminated=decisions_from_attrs(attrs),
        metrics=_declared_metrics(spec.get("metrics")),
        check_requested=bool(spec.get("check_reproducible", False)),
        check=_check_run(storage, f"{base}:check", names, parameter),
        variants=_variants(spec, parameter),
        variant_sources=attrs.get("variant_sources"),
    )


def _variants(spec: Mapping[str, Any], parameter: str) -> list[dict]:
    """The study's variants as the report needs them: "simloss" (the study's own settings)
    first, then each [[variants]] table; [] for a study without variants."""
    tables = spec.get("variants") or []
    if not tables:
        return []
    own_source = spec.get("similarity") or ("class order" if parameter == "r"
                                            else "the task's default")
    out = [{"name": STUDY_VARIANT, "loss": "simloss", "similarity": own_source, "source": "study",
            "parameter": parameter, "baseline": BASELINES.get(parameter, 0.0),
            "grid": [float(v) for v in spec.get("grid") or []]}]
    for table in tables:
        own = table.get("parameter") or parameter
        base = BASELINES[own]
        grid = table.get("grid") or spec.get("grid") or []
        source = {"uniform": True} if table.get("uniform") else (table.get("similarity")
                                                                 or own_source)
        kind = "uniform" if table.get("uniform") else "own" if table.get("similarity") \
            else "study"
        out.append({"name": table["name"], "loss": table.get("loss", "simloss"),
                    "similarity": source, "source": kind, "parameter": own, "baseline": base,
                    "grid": [base, *(float(v) for v in grid if float(v) != base)]})
    return out


def _check_run(storage: Any, name: str, names: Sequence[str], parameter: str) -> Run | None:
    """The latest completed trial of the reproducibility check's study, if any (it is not a
    run of the study: kept apart from `runs`)."""
    import optuna

    if name not in names:
        return None
    trials = optuna.load_study(study_name=name, storage=storage).get_trials(deepcopy=False)
    done = [r for r in (_run_from_trial(t, parameter) for t in trials)
            if r is not None and r.state == "COMPLETE"]
    return done[-1] if done else None


def _declared_metrics(table: Any) -> tuple[Metric, ...] | None:
    if not isinstance(table, Mapping) or not table:
        return None
    return metric_specs({**m, "name": name} for name, m in table.items())


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
    run = read_run(trial, parameter)  # the one reader of a run trial's attributes
    if run is None:
        return None
    return Run(value=run.value, seed=run.seed, state=run.state, val=run.val, test=run.test,
               mean_distribution=run.mean_distribution, error=run.error, number=run.number,
               variant=run.variant)
