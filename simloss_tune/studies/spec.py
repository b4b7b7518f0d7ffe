"""Study files: `studies/*.toml`, parsed with tomllib (nothing is evaluated) and validated.

A grid study (the paper)::

    name = "utkface"
    task = "utkface"
    data_dir = "data/UTKFace"          # $VARS and ~ are expanded where the worker runs
    grid = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    seeds = 10                         # or an explicit list [0, 1, 2]
    objectives = ["accuracy", "mae", "mse"]

    [training]                         # overrides of simloss_tune.train.TrainConfig
    max_epochs = 200

An adaptive study replaces `grid` by a table ``[adaptive] low, high, n_trials`` and has one
objective: Optuna's TPE proposes values, each evaluated over all seeds; the baseline value is
trained too (first, over all seeds, not counted in n_trials).

Racing (optional, grid and adaptive studies) stops training values that are already
significantly worse than the best value, paired by seed (simloss_tune/racing.py)::

    [racing]
    min_seeds = 5                      # no decision before this many paired seeds
    alpha = 0.05                       # the test's threshold
    test = "one-sided"                 # or "two-sided" (Wilcoxon signed-rank, paired by seed)

A study of a built-in `l` task may name the knowledge its raw class similarity comes from
(instead of the task's own default, e.g. `$SIMLOSS_WORD_VECTORS` for cifar100)::

    [similarity]                       # simloss_tune/studies/similarity.py
    word_vectors = "${CIFAR100_SEMANTICS}/cifar100_glove100.w2v.txt"
    multiword = "join"

A study with its own training code names ``trainer = "pkg.module:function"`` (or a class) or
``command = [...]`` instead of ``task`` and declares ``parameter``, ``classes``, ``[metrics]``
and, for ``l``, ``[similarity]`` (validated in `_parse_user`, with the fields only they have in
`simloss_tune.studies.userfields` and `simloss_tune.studies.similarity`).
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib

from .._util import BASELINES, MAX_SEED, first_repeated, read_user_text, short_repr
from .._util import reject_unknown as _reject_unknown
from ..trainers.declared import import_trainer
from ..variants import Variant, parse_variants, run_values
from . import similarity as _similarity
from . import userfields

# A study name becomes a folder name (work folders, report-NAME) and part of Optuna's study
# names: letters, digits, - _ . only, not starting with '.' or '-' (so never '.' or '..'),
# and short enough for any file system (255 bytes per name) with room for suffixes.
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")
MAX_NAME_LENGTH = 100
# The most runs one study file may ask for (grid values or adaptive trials, times seeds):
# far above any real study (the paper's are 100), far below what makes `init` write for
# minutes. Every check of a study file is linear in its size.
MAX_RUNS = 10_000
MAX_STUDY_FILE_BYTES = 1_000_000
_FIELDS = {
    "name": "study name (letters, digits, - _ .)",
    "task": "task name",
    "trainer": '"package.module:function" or "package.module:Class" (instead of task)',
    "command": 'list: program and arguments with placeholders (instead of task)',
    "classes": "number of classes or list of class names (trainer/command studies)",
    "metrics": "table metric = direction (trainer/command studies)",
    "similarity": "table naming the raw similarity for parameter l: matrix, word_vectors "
                  "(+ multiword) or hierarchy",
    "data_dir": "dataset folder",
    "parameter": '"r" or "l" (must match the task; required with trainer/command)',
    "grid": "list of values in [0, 1)",
    "adaptive": "table with low, high, n_trials",
    "seeds": "number of seeds or list of distinct seeds",
    "objectives": "list of metric names of the task (or of [metrics])",
    "baseline": "value of the CCE baseline (default: the task's)",
    "training": "table of training overrides (trainer/command studies: free, plus timeout_s)",
    "racing": "table with min_seeds, alpha, test",
    "description": "free text",
    "check_reproducible": "true: after the grid, train the baseline's lowest seed once more "
                          "and compare (grid studies)",
    "variants": "list of tables [[variants]] with name, loss, similarity, grid, parameter "
                "(grid studies)",
}
_ADAPTIVE_FIELDS = {"low", "high", "n_trials", "sampler_seed"}
_RACING_FIELDS = {"min_seeds", "alpha", "test"}
RACING_TESTS = ("one-sided", "two-sided")
_USER_FIELDS = ("trainer", "command", "classes", "metrics", "similarity")


@dataclass(frozen=True)
class Adaptive:
    low: float
    high: float
    n_trials: int
    sampler_seed: int = 0


@dataclass(frozen=True)
class Racing:
    min_seeds: int = 5
    alpha: float = 0.05
    test: str = "one-sided"


@dataclass(frozen=True)
class StudySpec:
    name: str
    task: str
    parameter: str
    seeds: tuple[int, ...]
    objectives: tuple[str, ...]
    baseline: float
    data_dir: str | None = None
    grid: tuple[float, ...] | None = None
    adaptive: Adaptive | None = None
    training: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    racing: Racing | None = None
    # Studies with their own training code (None for built-in tasks, so the stored JSON of a
    # task study is what it was before these fields existed).
    trainer: str | None = None
    command: tuple[str, ...] | None = None
    classes: tuple[str, ...] | None = None
    metrics: dict[str, dict[str, Any]] | None = None  # name -> {direction, percent}
    similarity: dict[str, Any] | None = None
    # Train one run twice and compare (absent from the stored JSON when False, like the
    # fields above, so older studies compare equal on re-init).
    check_reproducible: bool = False
    # The [[variants]] tables (absent from the stored JSON when empty, like the fields above).
    variants: tuple[Variant, ...] = ()

    @property
    def user_trainer(self) -> bool:
        """True when the study trains with the user's code (trainer or command)."""
        return self.trainer is not None or self.command is not None

    @property
    def label(self) -> str:
        """What trains the runs: the task name, `trainer:<pkg.module:name>` or
        `command:<program>` (the study attribute `task`)."""
        if self.trainer is not None:
            return f"trainer:{self.trainer}"
        if self.command is not None:
            return f"command:{Path(self.command[0]).name}"
        return self.task

    def metric_defs(self) -> list[tuple[str, str, bool]]:
        """(name, direction, percent) of every metric the runs report."""
        if self.metrics is not None:
            return [(n, m["direction"], bool(m.get("percent", False)))
                    for n, m in self.metrics.items()]
        from ..tasks import get_task

        return [(m.name, m.direction, m.percent) for m in get_task(self.task).metrics]

    def resolved_data_dir(self) -> Path | None:
        """The data folder where this process runs: $VARS and ~ expanded."""
        if self.data_dir is None:
            return None
        return Path(os.path.expanduser(os.path.expandvars(self.data_dir)))

    def train_config(self):
        from ..train import TrainConfig

        return TrainConfig(**self.training)

    def to_json(self) -> str:
        raw = dataclasses.asdict(self)
        for key in _USER_FIELDS:  # absent, not null: older studies compare equal on re-init
            if raw[key] is None:
                del raw[key]
        if not raw["check_reproducible"]:
            del raw["check_reproducible"]
        if self.variants:
            raw["variants"] = [v.to_dict() for v in self.variants]
        else:
            del raw["variants"]
        return json.dumps(raw, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> StudySpec:
        raw = json.loads(text)
        raw["seeds"] = tuple(raw["seeds"])
        raw["objectives"] = tuple(raw["objectives"])
        for key in ("command", "classes"):
            if raw.get(key) is not None:
                raw[key] = tuple(raw[key])
        if raw.get("grid") is not None:
            raw["grid"] = tuple(raw["grid"])
        if raw.get("adaptive") is not None:
            raw["adaptive"] = Adaptive(**raw["adaptive"])
        if raw.get("racing") is not None:
            raw["racing"] = Racing(**raw["racing"])
        raw["variants"] = tuple(Variant.from_dict(v) for v in raw.get("variants", ()))
        return cls(**raw)


def load_spec(path: str | os.PathLike) -> StudySpec:
    """Read and validate a study file; raises ValueError naming the bad field."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"study file {str(path)!r} not found")
    size = path.stat().st_size
    if size > MAX_STUDY_FILE_BYTES:
        raise ValueError(f"study file {str(path)!r} has {size} bytes; a study file may have at "
                         f"most {MAX_STUDY_FILE_BYTES} (list seeds as a count, not one by one)")
    try:
        raw = tomllib.loads(read_user_text(path, "study file"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"study file {str(path)!r} is not valid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses per level of nested arrays and tables
        raise ValueError(f"study file {str(path)!r} nests arrays or tables too deeply; a "
                         "study file needs at most two levels") from None
    return parse_spec(raw, where=str(path))


def parse_spec(raw: dict[str, Any], where: str = "study file") -> StudySpec:
    from ..tasks import get_task

    _reject_unknown(raw, _FIELDS, where)
    if "trainer" in raw or "command" in raw:
        return _parse_user(raw, where)
    for key in ("name", "task", "seeds", "objectives"):
        if key not in raw:
            hint = " (or trainer/command for your own training code)" if key == "task" else ""
            raise ValueError(f"{where}: missing field {key!r} ({_FIELDS[key]}){hint}")
    for key in ("classes", "metrics"):
        if key in raw:
            raise ValueError(f"{where}: field {key!r} belongs to studies with their own "
                             "trainer or command; a task declares its own")
    name = _name(raw, where)
    try:
        task = get_task(_typed(raw, "task", str, where))
    except ValueError as exc:
        raise ValueError(str(exc) if str(exc).startswith(where) else f"{where}: {exc}") from None

    _check_model(task, where)
    parameter = raw.get("parameter", task.parameter)
    if parameter != task.parameter:
        raise ValueError(f"{where}: parameter {parameter!r} does not fit task {task.name!r}, "
                         f"whose matrix is tuned by {task.parameter!r}")
    data_dir = raw.get("data_dir")
    if data_dir is not None:
        data_dir = _typed(raw, "data_dir", str, where)
    elif task.needs_data_dir:
        raise ValueError(f"{where}: missing field 'data_dir': task {task.name!r} needs its "
                         "dataset folder")

    similarity = _similarity.parse_table(raw.get("similarity"), parameter, where,
                                         required=False)
    if similarity is not None:  # its files are read at `init`, like the data, not here
        _similarity.task_classes(task, where)
    grid, adaptive = _grid_or_adaptive(raw, parameter, where)
    seeds = _seeds(raw["seeds"], where)
    check_runs(grid, adaptive, seeds, where)
    objectives = _objectives(raw["objectives"], [m.name for m in task.metrics],
                             f"task {task.name!r}", adaptive, where)
    baseline = _unit_value(raw.get("baseline", task.baseline), "baseline", where)
    training = _training(raw.get("training", {}), where)
    racing = _racing(raw["racing"], seeds, where) if "racing" in raw else None
    variants = _variants(raw, parameter, adaptive, baseline, where)
    if any(v.similarity is not None for v in variants):
        _similarity.task_classes(task, where)  # built over the class names at `init`
    return StudySpec(name=name, task=task.name, parameter=parameter, seeds=seeds,
                     objectives=objectives, baseline=baseline, data_dir=data_dir, grid=grid,
                     adaptive=adaptive, training=training,
                     description=str(raw.get("description", "")), racing=racing,
                     similarity=similarity, variants=variants,
                     check_reproducible=check_reproducible(raw, grid, where))


def _parse_user(raw: dict[str, Any], where: str) -> StudySpec:
    """Validate a trainer/command study file (its fields are already known names)."""
    if "task" in raw:
        raise ValueError(f"{where}: give one of 'task', 'trainer' or 'command', not several")
    if ("trainer" in raw) == ("command" in raw):
        raise ValueError(f"{where}: give one of 'trainer' or 'command', not both")
    for key in ("name", "parameter", "classes", "metrics", "seeds", "objectives"):
        if key not in raw:
            raise ValueError(f"{where}: missing field {key!r} ({_FIELDS[key]}); a study "
                             "with its own trainer declares it")
    name = _name(raw, where)
    parameter = raw["parameter"]
    if parameter not in ("r", "l"):
        raise ValueError(f"{where}: parameter {parameter!r} must be 'r' (class order) or 'l' "
                         "(lower bound on a class similarity)")
    trainer = command = None
    if "trainer" in raw:
        trainer = _typed(raw, "trainer", str, where)
        import_trainer(trainer, where)  # imported now: a bad name fails at init
    else:
        command = userfields.command(raw["command"], where)
    classes = userfields.classes(raw["classes"], where)
    metrics = userfields.metrics(raw["metrics"], where)
    similarity = _similarity.parse_table(raw.get("similarity"), parameter, where, required=True)
    if similarity is not None:
        # built once now: its size and values are checked
        _similarity.raw_similarity(similarity, classes, where)
    grid, adaptive = _grid_or_adaptive(raw, parameter, where)
    seeds = _seeds(raw["seeds"], where)
    check_runs(grid, adaptive, seeds, where)
    objectives = _objectives(raw["objectives"], list(metrics), "[metrics]", adaptive, where)
    baseline = _unit_value(raw.get("baseline", BASELINES.get(parameter, 0.0)),
                           "baseline", where)
    training = userfields.training(raw.get("training", {}), command is not None, where)
    data_dir = _typed(raw, "data_dir", str, where) if "data_dir" in raw else None
    racing = _racing(raw["racing"], seeds, where) if "racing" in raw else None
    variants = _variants(raw, parameter, adaptive, baseline, where)
    for variant in variants:  # built once now, like the study's own [similarity]
        if variant.similarity is not None:
            _similarity.raw_similarity(variant.similarity, classes,
                                       f"{where}: variant {variant.name!r}")
    return StudySpec(
        name=name, task="", parameter=parameter, seeds=seeds, objectives=objectives,
        baseline=baseline, data_dir=data_dir, grid=grid, adaptive=adaptive, training=training,
        description=str(raw.get("description", "")), trainer=trainer, command=command,
        classes=classes, metrics=metrics, similarity=similarity, racing=racing,
        variants=variants, check_reproducible=check_reproducible(raw, grid, where))


def _variants(raw: dict, parameter: str, adaptive: Adaptive | None, baseline: float,
              where: str) -> tuple[Variant, ...]:
    """The [[variants]] tables (simloss_tune/variants.py). They share one baseline, plain
    cross entropy, so the study's baseline must be it; adaptive studies have none yet."""
    if "variants" not in raw:
        return ()
    if adaptive is not None:
        raise ValueError(f"{where}: [[variants]] need a grid study; [adaptive] with variants "
                         "is not supported yet (use 'grid')")
    if baseline != BASELINES[parameter]:
        raise ValueError(f"{where}: baseline {baseline!r} is not plain cross entropy; with "
                         f"[[variants]] the shared baseline must be {parameter} = "
                         f"{BASELINES[parameter]!r} (drop 'baseline' or set it so)")
    try:
        variants = parse_variants(raw["variants"], parameter=parameter,
                                  similarity_sources=_similarity.SOURCES,
                                  similarity_fields=_similarity.FIELDS)
        extra = sum(len(run_values(v, raw.get("grid"), parameter)) for v in variants)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    seeds = len(_seeds(raw["seeds"], where))
    grid = len(raw["grid"])
    if (grid + extra) * seeds > MAX_RUNS:
        raise ValueError(f"{where}: {grid + extra} values with the variants' x {seeds} seeds "
                         f"= {(grid + extra) * seeds} runs; a study may have at most {MAX_RUNS}")
    return variants


def check_reproducible(raw: dict, grid: tuple[float, ...] | None, where: str) -> bool:
    """The `check_reproducible` key: a boolean, for grid studies (the check runs after the
    grid)."""
    if "check_reproducible" not in raw:
        return False
    value = _typed(raw, "check_reproducible", bool, where)
    if value and grid is None:
        raise ValueError(f"{where}: check_reproducible = true needs a grid study (it trains "
                         "the baseline's lowest seed again after the grid); drop it or use "
                         "'grid'")
    return value


def _check_model(task, where: str) -> None:
    """Refuse a task whose model has stochastic or stateful layers now, before `init` writes
    anything (the built-in trainer would silently break the pairing by seed)."""
    from ..train import check_stateless

    try:
        model = task.model(2)  # the layers, not the class count, matter here
    except Exception:  # noqa: BLE001 - a model that needs its data is checked when training
        return
    try:
        check_stateless(model, task.name)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None


def _name(raw: dict, where: str) -> str:
    return check_name(_typed(raw, "name", str, where), where)


def check_name(name: str, where: str = "study") -> str:
    """A study name that is safe as a folder name (see `_NAME`); ValueError otherwise."""
    if len(name) > MAX_NAME_LENGTH:
        raise ValueError(f"{where}: name {name[:40]!r}... has {len(name)} characters; at most "
                         f"{MAX_NAME_LENGTH} (it becomes a folder name)")
    if not _NAME.fullmatch(name):
        raise ValueError(f"{where}: name {name!r} may only use letters, digits, '-', '_', '.', "
                         "and may not start with '.' or '-' (it becomes a folder name)")
    return name


def check_runs(grid: tuple | None, adaptive: Adaptive | None, seeds: tuple[int, ...],
               where: str) -> None:
    """Refuse a study of more than MAX_RUNS runs (values or trials times seeds)."""
    values = len(grid) if grid is not None else adaptive.n_trials + 1  # + the baseline
    if values * len(seeds) > MAX_RUNS:
        what = "grid values" if grid is not None else "adaptive trials (with the baseline)"
        raise ValueError(f"{where}: {values} {what} x {len(seeds)} seeds = "
                         f"{values * len(seeds)} runs; a study may have at most {MAX_RUNS}")


def _typed(raw: dict, key: str, kind: type, where: str):
    value = raw[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise ValueError(f"{where}: field {key!r} must be a {kind.__name__}, "
                         f"got {type(value).__name__} {value!r}")
    return value


def _unit_value(value: Any, what: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{where}: {what} {value!r} must be a number in [0, 1)")
    value = float(value)
    if math.isnan(value) or not 0.0 <= value < 1.0:
        raise ValueError(f"{where}: {what} {value!r} is outside the allowed range [0, 1)")
    return value


def _grid_or_adaptive(raw: dict, parameter: str, where: str):
    if ("grid" in raw) == ("adaptive" in raw):
        raise ValueError(f"{where}: give exactly one of 'grid' (a list of {parameter} values) "
                         "or 'adaptive' (a table with low, high, n_trials)")
    if "grid" in raw:
        values = raw["grid"]
        if not isinstance(values, list) or not values:
            raise ValueError(f"{where}: 'grid' must be a non-empty list of {parameter} values "
                             f"in [0, 1), got {short_repr(values)}")
        if len(values) > MAX_RUNS:
            raise ValueError(f"{where}: 'grid' has {len(values)} values; a study may have at "
                             f"most {MAX_RUNS} runs")
        grid = tuple(_unit_value(v, f"grid value {parameter}={v!r}", where) for v in values)
        repeated = first_repeated(grid)
        if repeated is not None:
            raise ValueError(f"{where}: grid value {repeated!r} is repeated; each value "
                             "may appear once")
        return grid, None
    table = raw["adaptive"]
    if not isinstance(table, dict):
        raise ValueError(f"{where}: 'adaptive' must be a table with low, high, n_trials")
    _reject_unknown(table, _ADAPTIVE_FIELDS, f"{where} [adaptive]")
    low = _unit_value(table.get("low", 0.0), "adaptive.low", where)
    high = _unit_value(table.get("high", 0.99), "adaptive.high", where)
    if not low < high:
        raise ValueError(f"{where}: adaptive.low {low} must be below adaptive.high {high}")
    n_trials = table.get("n_trials", 20)
    if isinstance(n_trials, bool) or not isinstance(n_trials, int) or not \
            1 <= n_trials < MAX_RUNS:
        raise ValueError(f"{where}: adaptive.n_trials {n_trials!r} must be an integer from 1 "
                         f"to {MAX_RUNS - 1}")
    seed = table.get("sampler_seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ValueError(f"{where}: adaptive.sampler_seed {seed!r} must be an integer")
    return None, Adaptive(low, high, n_trials, seed)


def _seeds(value: Any, where: str) -> tuple[int, ...]:
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 1:
            raise ValueError(f"{where}: seeds = {value} gives no runs; use a count >= 1 "
                             "or a list of distinct integers")
        if value > MAX_RUNS:  # before building them: seeds = 10**12 must not fill memory
            raise ValueError(f"{where}: seeds = {value}; a study may have at most {MAX_RUNS} "
                             "runs")
        return tuple(range(value))
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where}: seeds {short_repr(value)} must be a count >= 1 or a "
                         "non-empty list of distinct integers")
    if len(value) > MAX_RUNS:
        raise ValueError(f"{where}: seeds lists {len(value)} seeds; a study may have at most "
                         f"{MAX_RUNS} runs")
    for s in value:
        if isinstance(s, bool) or not isinstance(s, int) or not 0 <= s <= MAX_SEED:
            raise ValueError(f"{where}: seed {s!r} must be an integer in 0..{MAX_SEED}")
    repeated = first_repeated(value)
    if repeated is not None:
        raise ValueError(f"{where}: seed {repeated} is repeated; seeds must be distinct")
    return tuple(value)


def _objectives(value: Any, names: list[str], owner: str, adaptive: Adaptive | None,
                where: str) -> tuple[str, ...]:
    """The objective metrics: names of `owner`'s metrics (a task or [metrics]), each once;
    exactly one for an adaptive study (TPE optimises one value)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where}: objectives must be a non-empty list of metric names "
                         f"of {owner}: {', '.join(names)}")
    for metric in value:
        if metric not in names:
            close = difflib.get_close_matches(str(metric), names, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ValueError(f"{where}: objective metric {metric!r} is not a metric of "
                             f"{owner}{hint} (allowed: {', '.join(names)})")
    if len(set(value)) != len(value):
        raise ValueError(f"{where}: objectives {value} name a metric twice")
    if adaptive is not None and len(value) != 1:
        raise ValueError(f"{where}: an adaptive study has exactly one objective, got "
                         f"{list(value)}; write one study file per objective")
    return tuple(value)


def _training(table: Any, where: str) -> dict[str, Any]:
    from ..train import TrainConfig

    if not isinstance(table, dict):
        raise ValueError(f"{where}: 'training' must be a table of overrides")
    allowed = {f.name: f for f in dataclasses.fields(TrainConfig)}
    _reject_unknown(table, allowed, f"{where} [training]")
    try:
        TrainConfig(**table)
    except TypeError as exc:
        raise ValueError(f"{where} [training]: {exc}") from None
    return dict(table)


def _racing(table: Any, seeds: tuple[int, ...], where: str) -> Racing:
    from ..racing import first_decision

    if not isinstance(table, dict):
        raise ValueError(f"{where}: 'racing' must be a table with min_seeds, alpha, test")
    _reject_unknown(table, _RACING_FIELDS, f"{where} [racing]")
    min_seeds = table.get("min_seeds", Racing.min_seeds)
    if isinstance(min_seeds, bool) or not isinstance(min_seeds, int) or min_seeds < 2:
        raise ValueError(f"{where}: racing.min_seeds {min_seeds!r} must be an integer >= 2")
    alpha = table.get("alpha", Racing.alpha)
    if isinstance(alpha, bool) or not isinstance(alpha, (int, float)) or not 0 < alpha < 1:
        raise ValueError(f"{where}: racing.alpha {alpha!r} must be a number in (0, 1)")
    test = table.get("test", Racing.test)
    if test not in RACING_TESTS:
        raise ValueError(f"{where}: racing.test {test!r} must be one of "
                         f"{', '.join(map(repr, RACING_TESTS))}")
    racing = Racing(min_seeds, float(alpha), test)
    first = first_decision(racing)
    if first > len(seeds):
        raise ValueError(f"{where}: racing cannot decide with {len(seeds)} seeds: a {test} "
                         f"Wilcoxon test needs {first} pairs (min_seeds {min_seeds}, alpha "
                         f"{alpha}); give more seeds or drop [racing]")
    return racing
