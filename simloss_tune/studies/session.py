"""The worker's side of the trainer seam while runs train: heartbeats for the claimed trials,
intermediate values written from a thread, SIGTERM as a stop request, and the runs' work
folders. `worker.py` runs the loop; this module is what a batch of runs sees of it."""

from __future__ import annotations

import contextlib
import logging
import math
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from queue import Empty, SimpleQueue
from typing import TYPE_CHECKING

import optuna
from optuna.storages import RDBStorage

from .._util import mask_secrets
from ..database import driver_reason, is_connection_error, is_sqlite, sqlite_path, with_retries
from ..trainers import Point
from ..trainers.base import curve_summary, work_folder
from . import queue
from .spec import StudySpec

if TYPE_CHECKING:
    import torch

log = logging.getLogger(__name__)


class Heartbeat:
    """Records a heartbeat for the claimed trials every interval, in a thread.

    Errors are logged, not raised: while the database restarts, training goes on, and the
    grace period is longer than a restart."""

    def __init__(self, storage: RDBStorage, trial_ids: list[int], interval: float):
        self._storage, self._ids, self._interval = storage, trial_ids, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="heartbeat")

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            for trial_id in self._ids:
                try:
                    self._storage.record_heartbeat(trial_id)
                except Exception as exc:  # noqa: BLE001 - keep beating through outages
                    log.warning("heartbeat failed (will retry): %s", driver_reason(exc))

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# Set once the worker was asked to stop: a trainer that swallowed the KeyboardInterrupt (or
# polled `should_stop()` and returned early) must not get its run recorded.
STOP = threading.Event()


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SLURM preemption and `docker stop` send SIGTERM: handle it like Ctrl-C."""
    STOP.clear()
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        STOP.set()
        raise KeyboardInterrupt

    old = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, previous in old.items():
            signal.signal(sig, previous)


class IntermediateWriter:
    """Stores intermediate values from a thread, so training does not wait for each write's
    round trips (Optuna writes one value per call: several statements and a commit)."""

    def __init__(self, storage: RDBStorage):
        self._storage = storage
        self._queue: SimpleQueue = SimpleQueue()
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name="intermediate-values")
        self._thread.start()

    def put(self, trial_id: int, step: int, value: float) -> None:
        self._queue.put((trial_id, step, value))

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            # Through a server restart too (an upsert: a retried write is harmless), but for
            # ~15 s only: close() waits for this, and a stopping worker must give its runs
            # back within its container's stop grace period.
            try:
                with_retries(lambda i=item: self._storage.set_trial_intermediate_value(*i),
                             what="storing an intermediate value", attempts=6)
            except Exception as exc:  # noqa: BLE001 - a lost report must not stop the run
                log.warning("could not store an intermediate value: %s", driver_reason(exc))

    def close(self, drop: bool = False) -> None:
        """Write what is pending (or drop it: the trials are being given back), then stop."""
        if drop:
            with contextlib.suppress(Empty):
                while True:
                    self._queue.get_nowait()
        self._queue.put(None)
        self._thread.join()


def default_work_root(url: str) -> Path:
    """Where run work folders go without `[training] workdir`: `<db>.work/` next to an SQLite
    database, else `./simloss-work` in the worker's directory."""
    if is_sqlite(url):
        path = sqlite_path(url)
        return path.with_name(path.name + ".work")
    return Path("simloss-work")


class RunSession:
    """The worker's side of the seam for one batch (`trainers.base.Session`): reports go to
    the runs' queue trials as intermediate values of the first objective (written by a
    thread, all of them before the run is recorded), and are kept for the record
    (`curves`)."""

    def __init__(self, storage: RDBStorage, url: str, device: torch.device, progress: bool,
                 spec: StudySpec, points: list[Point], trial_ids: list[int | None]):
        self._storage, self._url = storage, url
        self._spec, self._points, self._ids = spec, points, trial_ids
        self.device, self.progress = device, progress
        self.reports: dict[int, list[tuple[int, dict[str, float]]]] = {
            i: [] for i in range(len(points))}
        self._writer: IntermediateWriter | None = None

    def report(self, index: int, epoch: int, metrics) -> None:
        metrics = {str(k): float(v) for k, v in metrics.items()}
        self.reports[index].append((int(epoch), metrics))
        value = metrics.get(self._spec.objectives[0], math.nan)
        trial_id = self._ids[index]
        if trial_id is None or not math.isfinite(value):
            return
        if self._writer is None:
            self._writer = IntermediateWriter(self._storage)
        self._writer.put(trial_id, int(epoch), value)

    def close(self, drop: bool = False) -> None:
        if self._writer is not None:
            self._writer.close(drop)
            self._writer = None

    def should_stop(self) -> bool:
        return STOP.is_set()

    def workdir(self, index: int) -> Path:
        point, spec = self._points[index], self._spec
        root = spec.training.get("workdir")
        root = (Path(os.path.expanduser(os.path.expandvars(root))) if root
                else default_work_root(self._url))
        return work_folder(root, spec.name, f"{spec.parameter}={point.value:g}-seed={point.seed}",
                           point.attempt)

    def finish(self, results: list) -> list:
        """Attach the reported curves; epochs and best_epoch from them where the trainer
        gave none."""
        metric = self._spec.objectives[0]
        direction = dict((n, d) for n, d, _ in self._spec.metric_defs())[metric]
        for i, result in enumerate(results):
            reports = self.reports[i]
            if not reports:
                continue
            names = sorted({k for _, m in reports for k in m})
            result.curves = {"epoch": [e for e, _ in reports],
                             **{n: [m.get(n) for _, m in reports] for n in names}}
            if result.epochs is None:
                result.epochs, result.best_epoch = curve_summary(reports, metric, direction)
        return results


@contextlib.contextmanager
def owning(storage: RDBStorage, study: optuna.Study, trials: list,
           heartbeat_interval: float) -> Iterator[None]:
    """While we own claimed trials: beat for them (through training and recording), and
    if anything goes wrong, give them back (FAIL + a WAITING retry) instead of leaving
    them RUNNING until the grace period runs out. A lost database is the exception:
    nothing can be written then, and the stale heartbeat hands them on."""
    try:
        with Heartbeat(storage, [t._trial_id for t in trials], heartbeat_interval):
            yield
    except BaseException as exc:
        # SIGTERM can land inside a database call, which then fails with the driver's
        # error instead of KeyboardInterrupt: the stop flag says what happened.
        stopped = isinstance(exc, KeyboardInterrupt) or STOP.is_set()
        if is_connection_error(exc) and not stopped:
            raise
        reason = ("worker interrupted" if stopped
                  else f"worker error: {type(exc).__name__}: "
                       f"{mask_secrets(str(exc).splitlines()[0] if str(exc) else '')}")
        log.warning("%s: giving %d run(s) back to the queue", reason, len(trials))
        for trial in trials:  # recorded ones are finished: fail_for_retry skips them
            with_retries(lambda t=trial: queue.fail_for_retry(
                storage, study, t, reason), what="releasing trials")
        if stopped and not isinstance(exc, KeyboardInterrupt):
            raise KeyboardInterrupt from exc  # exit as interrupted (130), not as an error
        raise
