"""What the trainers need of a study file with its own training code (`trainer =
"pkg.module:name"` or `command = [...]`): importing the trainer it names, finding its program,
the command's placeholders. The study file itself is read in `simloss_tune.studies.spec` (and
`studies/userfields.py`), which checks these at `init`, before anything is written; trainers
never import the studies layer.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

from .._util import import_user_module

PLACEHOLDERS = ("value", "seed", "parameter", "matrix", "metrics", "workdir", "device",
                "python", "variant", "loss")
# The worker's own interpreter (sys.executable), the one placeholder that may be the program:
# "python" on PATH may be another interpreter than the one simloss-tune and its packages run in.
PYTHON = "{python}"
PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


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

def find_program(program: str) -> str | None:
    """The executable `program` names: {python} (this interpreter), a path (with a '/';
    relative to the working directory) or a name on PATH."""
    if program == PYTHON:
        return sys.executable
    if os.sep in program:
        path = Path(os.path.expanduser(program))
        return str(path) if path.is_file() and os.access(path, os.X_OK) else None
    return shutil.which(program)


