"""The fields only a study file with its own training code has (`trainer = "pkg.module:name"`
or `command = [...]`): the keys that replace a built-in task's knowledge (`classes`,
`[metrics]`, the command and its placeholders, `[training]`'s `timeout_s`). `spec._parse_user`
reads such a study file with these and the fields every study has; importing the trainer and
finding the program are the trainers' (`simloss_tune.trainers.declared`).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .._util import first_repeated, reject_unknown, short_repr
from ..trainers.declared import PLACEHOLDER, PLACEHOLDERS, PYTHON, find_program

METRIC_NAME = re.compile(r"[a-z][a-z0-9_]*")
MAX_CLASSES = 1000  # init stores the C x C raw similarity on the study (1000: ~20 MB JSON)


def seed_warning(spec: Any) -> str | None:
    """A command whose arguments never pass `{seed}` probably trains one run per value
    whatever the seed (unless the program reads SIMLOSS_SEED): a warning, not a refusal."""
    if spec.command is None or any("{seed}" in arg for arg in spec.command):
        return None
    return (f"command {list(spec.command)!r} has no {{seed}} placeholder: unless the program "
            "reads SIMLOSS_SEED, every seed trains the same run, and the report tests no "
            "value whose seeds give identical results")


def command(value: Any, where: str) -> tuple[str, ...]:
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


def classes(value: Any, where: str) -> tuple[str, ...]:
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
        raise ValueError(f"{where}: classes {short_repr(value)} must be a number >= 2 "
                         "or a list of at least 2 non-empty class names")
    repeated = first_repeated(value)
    if repeated is not None:
        raise ValueError(f"{where}: class name {repeated!r} is repeated; names must be "
                         "distinct")
    return tuple(value)


def metrics(table: Any, where: str) -> dict[str, dict[str, Any]]:
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
        reject_unknown(spec, {"direction", "percent"}, f"{where} [metrics] {name}")
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


def training(table: Any, is_command: bool, where: str) -> dict[str, Any]:
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
