"""Study files whose runs are trained by the user's code: `trainer = "pkg.module:name"` or
`command = [...]`, with the keys that replace a built-in task's knowledge.

    name = "diabetes"
    trainer = "examples.diabetes.trainer:DiabetesTrainer"   # or command = ["{python}", ...]
    parameter = "r"
    classes = 10                          # or ["low", "mid", "high"]
    grid = [0.0, 0.5, 0.9]
    seeds = 6
    objectives = ["mae", "accuracy"]
    [metrics]
    mae = "minimize"
    accuracy = {direction = "maximize", percent = true}
    [similarity]                          # parameter l only: the raw class similarity
    matrix = "similarity.npy"             # or word_vectors = "...", or hierarchy = "..."
    [training]                            # free: the trainer reads run.study.training
    timeout_s = 600                       # command trainers: per-run time limit

Everything is checked here, at `init`, before anything is written: the trainer is imported,
the command's program looked up, the matrix built and its size checked.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

from .._util import import_user_module
from ..studies import spec as _spec
from ..studies.similarity import parse_table, raw_similarity

METRIC_NAME = re.compile(r"[a-z][a-z0-9_]*")
PLACEHOLDERS = ("value", "seed", "parameter", "matrix", "metrics", "workdir", "device",
                "python")
# The worker's own interpreter (sys.executable), the one placeholder that may be the program:
# "python" on PATH may be another interpreter than the one simloss-tune and its packages run in.
PYTHON = "{python}"
PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")
MAX_CLASSES = 1000  # init stores the C x C raw similarity on the study (1000: ~20 MB JSON)


def parse_user_spec(raw: dict[str, Any], where: str) -> _spec.StudySpec:
    """Validate a trainer/command study file (its fields are already known names)."""
    if "task" in raw:
        raise ValueError(f"{where}: give one of 'task', 'trainer' or 'command', not several")
    if ("trainer" in raw) == ("command" in raw):
        raise ValueError(f"{where}: give one of 'trainer' or 'command', not both")
    for key in ("name", "parameter", "classes", "metrics", "seeds", "objectives"):
        if key not in raw:
            raise ValueError(f"{where}: missing field {key!r} ({_spec._FIELDS[key]}); a study "
                             "with its own trainer declares it")
    name = _spec._name(raw, where)
    parameter = raw["parameter"]
    if parameter not in ("r", "l"):
        raise ValueError(f"{where}: parameter {parameter!r} must be 'r' (class order) or 'l' "
                         "(lower bound on a class similarity)")
    trainer = command = None
    if "trainer" in raw:
        trainer = _spec._typed(raw, "trainer", str, where)
        import_trainer(trainer, where)
    else:
        command = _command(raw["command"], where)
    classes = _classes(raw["classes"], where)
    metrics = _metrics(raw["metrics"], where)
    similarity = parse_table(raw.get("similarity"), parameter, where, required=True)
    if similarity is not None:
        raw_similarity(similarity, classes, where)  # built once now: size and values checked
    grid, adaptive = _spec._grid_or_adaptive(raw, parameter, where)
    seeds = _spec._seeds(raw["seeds"], where)
    _spec.check_runs(grid, adaptive, seeds, where)
    owner = "[metrics]"
    objectives = _spec._objectives(raw["objectives"], None, where, names=list(metrics),
                                   owner=owner)
    if adaptive is not None and len(objectives) != 1:
        raise ValueError(f"{where}: an adaptive study has exactly one objective, got "
                         f"{list(objectives)}; write one study file per objective")
    baseline = _spec._unit_value(raw.get("baseline", 0.99 if parameter == "l" else 0.0),
                                 "baseline", where)
    training = _training(raw.get("training", {}), command is not None, where)
    data_dir = _spec._typed(raw, "data_dir", str, where) if "data_dir" in raw else None
    racing = _spec._racing(raw["racing"], seeds, where) if "racing" in raw else None
    return _spec.StudySpec(
        name=name, task="", parameter=parameter, seeds=seeds, objectives=objectives,
        baseline=baseline, data_dir=data_dir, grid=grid, adaptive=adaptive, training=training,
        description=str(raw.get("description", "")), trainer=trainer, command=command,
        classes=classes, metrics=metrics, similarity=similarity, racing=racing,
        check_reproducible=_spec.check_reproducible(raw, grid, where))


# ------------------------------------------------------------------------------- trainer

def import_trainer(name: str, where: str = "study file") -> Any:
    """The function or class named "package.module:attribute" (the working directory is on
    the import path, as for `python -m`)."""
    module_name, sep, attr = name.partition(":")
    if not sep or not module_name or not attr:
        raise ValueError(f"{where}: trainer {name!r} must look like 'package.module:function' "
                         "or 'package.module:Class'")
    if os.getcwd() not in sys.path and "" not in sys.path:
        sys.path.insert(0, os.getcwd())
    module = import_user_module(module_name, f"{where}: trainer {name!r}")
    obj = module
    for part in attr.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            raise ValueError(f"{where}: trainer {name!r}: module {module_name!r} has no "
                             f"attribute {attr!r}")
    if not callable(obj):
        raise ValueError(f"{where}: trainer {name!r} is a {type(obj).__name__}, not a function "
                         "or a class")
    if isinstance(obj, type) and "__call__" not in dir(obj):
        raise ValueError(f"{where}: trainer class {name!r} needs a __call__(self, run)")
    return obj


# ------------------------------------------------------------------------------- command

def seed_warning(spec: _spec.StudySpec) -> str | None:
    """A command whose arguments never pass `{seed}` probably trains one run per value
    whatever the seed (unless the program reads SIMLOSS_SEED): a warning, not a refusal."""
    if spec.command is None or any("{seed}" in arg for arg in spec.command):
        return None
    return (f"command {list(spec.command)!r} has no {{seed}} placeholder: unless the program "
            "reads SIMLOSS_SEED, every seed trains the same run, and the report tests no "
            "value whose seeds give identical results")


def _command(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(a, str) for a in value):
        raise ValueError(f"{where}: command {value!r} must be a non-empty list of strings, "
                         'e.g. ["{python}", "train.py", "--r", "{value}"]')
    for arg in value:
        for field in re.findall(r"\{([^{}]*)\}", arg):
            if field not in PLACEHOLDERS:
                raise ValueError(f"{where}: command argument {arg!r} has an unknown placeholder "
                                 f"{{{field}}} (allowed: "
                                 f"{', '.join('{' + p + '}' for p in PLACEHOLDERS)})")
    program = value[0]
    if program != PYTHON and PLACEHOLDER.search(program):
        raise ValueError(f"{where}: command program {program!r} may not be a placeholder "
                         f"other than {PYTHON} (the worker's own Python)")
    if find_program(program) is None:
        raise ValueError(f"{where}: command program {program!r} not found (not an executable "
                         "file, nor on PATH)")
    return tuple(value)


def find_program(program: str) -> str | None:
    """The executable `program` names: {python} (this interpreter), a path (with a '/';
    relative to the working directory) or a name on PATH."""
    if program == PYTHON:
        return sys.executable
    if os.sep in program:
        path = Path(os.path.expanduser(program))
        return str(path) if path.is_file() and os.access(path, os.X_OK) else None
    return shutil.which(program)


# ------------------------------------------------------------------------------- classes, metrics

def _classes(value: Any, where: str) -> tuple[str, ...]:
    count = value if isinstance(value, int) and not isinstance(value, bool) else (
        len(value) if isinstance(value, list) else None)
    if count is not None and count > MAX_CLASSES:  # its C x C similarity is stored at init
        raise ValueError(f"{where}: classes has {count} classes; at most {MAX_CLASSES}")
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 2:
            raise ValueError(f"{where}: classes = {value} must be at least 2")
        return tuple(str(i) for i in range(value))
    if (not isinstance(value, list) or len(value) < 2
            or not all(isinstance(c, str) and c for c in value)):
        raise ValueError(f"{where}: classes {_spec.short_repr(value)} must be a number >= 2 "
                         "or a list of at least 2 non-empty class names")
    repeated = _spec._repeated(value)
    if repeated is not None:
        raise ValueError(f"{where}: class name {repeated!r} is repeated; names must be "
                         "distinct")
    return tuple(value)


def _metrics(table: Any, where: str) -> dict[str, dict[str, Any]]:
    if not isinstance(table, dict) or not table:
        raise ValueError(f"{where}: [metrics] must be a table naming every metric the trainer "
                         'returns with its direction, e.g. mae = "minimize"')
    out = {}
    for name, spec in table.items():
        if not METRIC_NAME.fullmatch(name) or name == "runs":
            raise ValueError(f"{where}: metric name {name!r} must match [a-z][a-z0-9_]* and not "
                             "be 'runs' (it becomes the study name NAME:<metric>)")
        if isinstance(spec, str):
            spec = {"direction": spec}
        if not isinstance(spec, dict):
            raise ValueError(f"{where}: metric {name!r} = {spec!r} must be \"minimize\", "
                             '"maximize" or {direction = ..., percent = true}')
        _spec._reject_unknown(spec, {"direction", "percent"}, f"{where} [metrics] {name}")
        direction = spec.get("direction")
        if direction not in ("minimize", "maximize"):
            raise ValueError(f"{where}: metric {name!r}: direction {direction!r} must be "
                             "'minimize' or 'maximize'")
        percent = spec.get("percent", False)
        if not isinstance(percent, bool):
            raise ValueError(f"{where}: metric {name!r}: percent {percent!r} must be true or "
                             "false")
        out[name] = {"direction": direction, "percent": percent}
    return out


def _training(table: Any, is_command: bool, where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ValueError(f"{where}: 'training' must be a table")
    if "timeout_s" in table:
        value = table["timeout_s"]
        if not is_command:
            raise ValueError(f"{where}: [training] timeout_s needs a command trainer (a Python "
                             "function runs inside the worker and cannot be killed safely)")
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value) or value <= 0:
            raise ValueError(f"{where}: [training] timeout_s {value!r} must be a number of "
                             "seconds > 0")
    if "workdir" in table and not isinstance(table["workdir"], str):
        raise ValueError(f"{where}: [training] workdir {table['workdir']!r} must be a path")
    return dict(table)
