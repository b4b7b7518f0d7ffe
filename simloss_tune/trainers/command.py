"""`command = [...]`: any program trains a run; the worker writes its matrix, runs it in its
own process group under a guard (see `_guard.py`), reads its reports while it runs and its
metrics file when it exits.

Per attempt, in the run's work folder: `matrix.npy` (float32 C x C: the matrix of the run's
variant), `report.jsonl` ($SIMLOSS_REPORT), `metrics.json` (written by the program),
`stdout.txt`, `stderr.txt`. Every placeholder is also an environment variable
$SIMLOSS_<NAME>: the study file's (`declared.PLACEHOLDERS`) and, in a study with variants,
the run's `{variant}` and `{loss}` ($SIMLOSS_VARIANT, $SIMLOSS_LOSS; a study without variants
gets the environment it always got, and "simloss" for both placeholders).
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .._util import mask_secrets
from ..train import RunResult
from ..variants import Variant, check_loss
from .base import Point, Session
from .declared import PLACEHOLDERS, find_program
from .python import point_parameter, result_from_output, study_matrices

log = logging.getLogger(__name__)
# The run's variant and loss (also in `declared.PLACEHOLDERS`, the ones a study file may
# use); only in a study with variants is each also $SIMLOSS_<NAME>.
VARIANT_PLACEHOLDERS = ("variant", "loss")
ARGUMENT = re.compile(r"\{(" + "|".join(dict.fromkeys((*PLACEHOLDERS, *VARIANT_PLACEHOLDERS)))
                      + r")\}")
GUARD = str(Path(__file__).with_name("_guard.py"))
POLL_SECONDS = 0.2
STOP_GRACE_SECONDS = 10.0  # after SIGTERM, before SIGKILL (the guard's own clock)
GUARD_MARGIN_SECONDS = 10.0  # for the guard to kill what runs, before we kill its group


class CommandTrainer:
    max_batch = 1

    def __init__(self, spec: Any, attrs: dict[str, Any], variants: Sequence[Variant] = ()
                 ) -> None:
        self.spec = spec
        self.class_names = list(attrs.get("class_names") or spec.classes)
        self.source = attrs.get("similarity_source")
        self.matrices = study_matrices(spec, self.class_names, self.source, variants, attrs)
        self.variants = tuple(variants)
        self.timeout = spec.training.get("timeout_s")

    def load(self) -> None:
        if find_program(self.spec.command[0]) is None:
            raise ValueError(f"study {self.spec.name!r}: command program "
                             f"{self.spec.command[0]!r} not found on this machine")

    def describe(self) -> dict[str, Any]:
        return {}

    def train(self, points: list[Point], session: Session) -> list[RunResult]:
        return [self._one(i, p, session) for i, p in enumerate(points)]

    # ------------------------------------------------------------------------------ one run
    def _one(self, index: int, point: Point, session: Session) -> RunResult:
        workdir = session.workdir(index)
        files = {"matrix": workdir / "matrix.npy", "metrics": workdir / "metrics.json",
                 "report": workdir / "report.jsonl"}
        matrix = self.matrices.matrix(point.variant, point.value)
        np.save(files["matrix"], matrix.numpy().astype(np.float32), allow_pickle=False)
        files["report"].write_text("")
        parameter = point_parameter(self.matrices, point, self.spec)
        values = {"value": repr(float(point.value)), "seed": str(point.seed),
                  "parameter": parameter, "matrix": str(files["matrix"]),
                  "metrics": str(files["metrics"]), "workdir": str(workdir),
                  "device": str(session.device), "python": sys.executable,
                  "variant": point.variant, "loss": check_loss(point.loss)}
        argv = [ARGUMENT.sub(lambda m: values[m[1]], a) for a in self.spec.command]
        named = values if self.variants else {k: v for k, v in values.items()
                                              if k not in VARIANT_PLACEHOLDERS}
        env = {**os.environ, **{f"SIMLOSS_{k.upper()}": v for k, v in named.items()},
               "SIMLOSS_REPORT": str(files["report"])}
        env.pop("SIMLOSS_STORAGE", None)  # the database URL (and password) is not its business
        reader = _ReportReader(files["report"], lambda e, m: session.report(index, e, m))
        t0 = time.perf_counter()
        error = self._run(argv, env, workdir, reader)
        reader.read()  # once more after exit
        out = None
        if error is None:
            out, error = _read_metrics(files["metrics"])
        result = result_from_output(self.spec, point, out, error, time.perf_counter() - t0,
                                    str(session.device))
        result.parameter = parameter
        return result

    def _run(self, argv: list[str], env: dict[str, str], workdir: Path,
             reader: _ReportReader) -> str | None:
        """Run the program to its end; the failure reason, or None."""
        with open(workdir / "stdout.txt", "wb") as out, open(workdir / "stderr.txt", "wb") as err:
            proc = subprocess.Popen([sys.executable, GUARD, str(os.getpid()),
                                     str(STOP_GRACE_SECONDS), *argv],
                                    cwd=os.getcwd(), env=env, stdout=out, stderr=err,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
            try:
                code = self._wait(proc, reader)
            except BaseException:  # Ctrl-C / SIGTERM to the worker: stop the whole group
                _stop_group(proc)
                raise
            _kill_group(proc, signal.SIGKILL)  # what the program left running in background
        if code is None:
            return f"timed out after {self.timeout:g} s (timeout_s), killed"
        if code != 0:
            return _crash_reason(code, workdir / "stderr.txt")
        return None

    def _wait(self, proc: subprocess.Popen, reader: _ReportReader) -> int | None:
        start = time.monotonic()
        while True:
            try:
                return proc.wait(timeout=POLL_SECONDS)
            except subprocess.TimeoutExpired:
                pass
            reader.read()
            if self.timeout is not None and time.monotonic() - start > self.timeout:
                _kill_all(proc)
                return None


class _ReportReader:
    """Reads complete new lines of the program's report file as they are appended."""

    def __init__(self, path: Path, report) -> None:
        self.path, self.report, self.offset = path, report, 0

    def read(self) -> None:
        try:
            with open(self.path, "rb") as fh:
                fh.seek(self.offset)
                data = fh.read()
        except OSError:
            return
        end = data.rfind(b"\n") + 1  # a line still being written waits for the next read
        self.offset += end
        for line in data[:end].splitlines():
            self._line(line)

    def _line(self, line: bytes) -> None:
        try:
            doc = json.loads(line)
            epoch, val = int(doc["epoch"]), doc["val"]
            metrics = {str(k): (math.nan if v is None else float(v)) for k, v in val.items()}
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            log.warning("ignoring a malformed line of %s: %.100s", self.path, line)
            return
        self.report(epoch, metrics)


def _read_metrics(path: Path) -> tuple[Any, str | None]:
    if not path.is_file():
        return None, f"the program exited 0 but wrote no metrics file {path.name}"
    try:
        return json.loads(path.read_text(encoding="utf-8")), None
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # (nested too deeply)
        return None, f"metrics file {path.name} is not valid JSON ({exc})"


def _crash_reason(code: int, stderr: Path) -> str:
    if code > 128:
        try:
            what = f"killed by {signal.Signals(code - 128).name}"
        except ValueError:
            what = f"exit status {code}"
    else:
        what = f"exit status {code}"
    try:
        lines = [ln.strip() for ln in stderr.read_text(errors="replace").splitlines()
                 if ln.strip()]
    except OSError:
        lines = []
    last = mask_secrets(lines[-1])[:300] if lines else "(no output on stderr)"
    return f"program failed ({what}): {last}"


def _kill_group(proc: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(proc.pid, sig)  # the guard leads its own group: program and children
    except ProcessLookupError:
        pass


def _stop_group(proc: subprocess.Popen) -> None:
    """SIGTERM to the group; the guard passes it on to descendants outside the group and
    kills what still runs after the grace period (see `_guard.py`). Should the guard itself
    not be done by then, its group is killed here."""
    _kill_group(proc, signal.SIGTERM)
    _wait_then_kill_group(proc, STOP_GRACE_SECONDS + GUARD_MARGIN_SECONDS)


def _kill_all(proc: subprocess.Popen) -> None:
    """Kill the program and every descendant now: the guard's SIGUSR1 (as when the worker
    dies), which reaches descendants outside the group too."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGUSR1)
    _wait_then_kill_group(proc, GUARD_MARGIN_SECONDS)


def _wait_then_kill_group(proc: subprocess.Popen, seconds: float) -> None:
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=seconds)
    _kill_group(proc, signal.SIGKILL)
    proc.wait()
