"""The worker loop: each study's step by its strategy (`grid.py`: claim grid points, train
them as one batch, record each as its own trial; `adaptive.py`: one TPE proposal over every
seed), until no work is left; what becomes of each run is counted in `outcomes.py`.

The worker never trains anything itself: it asks the study's trainer (`simloss_tune.trainers`:
a built-in task, the user's Python function or the user's program) through one seam.

One worker per GPU; any number of workers on any number of machines share a PostgreSQL
database. A worker exits when no work is left: nothing WAITING, and nothing RUNNING that a
dead worker could leave behind (it waits for those to finish or to go stale, then retrains
them).
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field

import optuna
from optuna.trial import TrialState

from ..database import sqlite_worker_lock, with_retries
from ..matrices import trusting_pickles
from ..trainers import Point, Trainer, make_trainer
from . import adaptive, elimination, grid, queue, reproduce, session
from .outcomes import OUT_OF_MEMORY
from .spec import StudySpec

log = logging.getLogger(__name__)


@dataclass
class WorkerOptions:
    device: str = "auto"
    study: str | None = None          # only this study file
    max_trials: int | None = None     # stop after this many runs
    batch_runs: int | None = None     # grid points trained at once; default 1 CPU, 10 CUDA
    threads: int | None = None        # torch CPU threads; default 1 on the CPU (see run())
    heartbeat_interval: int = 60
    grace_period: int = 300
    max_retries: int = 2
    stop_after_failures: int = 3      # same failure on this many points in a row: stop (0: never)
    poll_seconds: float = 2.0
    progress: bool = True


@dataclass
class WorkerReport:
    completed: int = 0
    failed: int = 0
    lost: int = 0                      # finished after another worker had taken the trial
    reused: int = 0                    # runs of a retried adaptive proposal read back, not trained
    failed_for_good: int = 0           # failed tries that were their point's last allowed one
    stopped: dict[str, str] = field(default_factory=dict)  # study -> the repeated failure
    studies: set[str] = field(default_factory=set)

    @property
    def exit_code(self) -> int:
        """For schedulers: 0 when every run taken completed or was given back, 1 when a
        point failed for good or a study was stopped early (an interrupted worker: 130)."""
        return 1 if self.failed_for_good or self.stopped else 0


class Worker:
    def __init__(self, url: str, options: WorkerOptions):
        self.url, self.opt = url, options
        self.storage = queue.open_queue(url, heartbeat_interval=options.heartbeat_interval,
                                        grace_period=options.grace_period,
                                        max_retries=options.max_retries)
        self.report = WorkerReport()
        self._data: dict = {}               # built-in tasks' data, shared between studies
        self._trainers: dict[str, Trainer] = {}
        self._loaded: set[str] = set()
        self._trusted: set[str] = set()     # studies initialised with --trust-pickles
        self._device = None
        self._max_batch = 1 << 30  # lowered after running out of memory
        self._streaks: dict[str, tuple[str, set]] = {}  # study -> (failure kind, points)
        self._completed: set[str] = set()   # studies known to have a completed run
        self._copies_noted: set[str] = set()  # studies known to have identical seeds

    # ------------------------------------------------------------------------------ main loop
    def run(self) -> WorkerReport:
        from ..train import set_threads

        # One thread per CPU worker by default: workers cannot know how many others share
        # the machine, and two workers with torch's default (one thread per core) on two
        # cores took twice as long per epoch as with one thread each (bench/RESULTS.md).
        cpu = self.device.type == "cpu"
        set_threads(self.opt.threads if self.opt.threads is not None else 1 if cpu else None)
        specs = self._specs()
        with session.sigterm_as_interrupt():
            self._sync_all(specs)  # repairs what a worker killed mid-sync left behind
            while not self._budget_spent():
                # Each database operation of a step retries on its own (one level): a
                # lost connection while recording retries the recording, not the step.
                busy = [spec for spec in self._active(specs) if self._step(spec)]
                if busy:
                    continue
                if not self._others_running(self._active(specs)):
                    break
                time.sleep(self.opt.poll_seconds)  # a dead worker's trial may go stale
            self._sync_all(specs)
        return self.report

    def _active(self, specs: list[StudySpec]) -> list[StudySpec]:
        """The studies this worker still claims work of (not stopped for a repeated failure)."""
        return [spec for spec in specs if spec.name not in self.report.stopped]

    def _sync_all(self, specs: list[StudySpec]) -> None:
        for spec in specs:
            self._race(spec)  # repairs what a worker killed mid-elimination left behind
            with_retries(lambda s=spec: queue.sync_derived(self.storage, s),
                         what="syncing derived studies")

    def _race(self, spec: StudySpec) -> None:
        """Racing decisions and skipping of eliminated values' runs (grid studies)."""
        if spec.racing is None or spec.grid is None:
            return
        for d in with_retries(lambda: elimination.update(self.storage, spec),
                              what="racing"):
            log.info("racing: %s eliminated after %d seeds (worse than %s, p = %.3g); "
                     "its waiting runs are skipped", elimination.point_text(spec, d.value),
                     d.seeds, elimination.point_text(spec, d.against), d.p_value)

    def _specs(self) -> list[StudySpec]:
        if self.opt.study:
            return [queue.find_spec(self.storage, self.opt.study)]
        for spec in queue.study_specs(self.storage, pending=True):
            log.warning("%s; skipping it", queue.incomplete_message(spec.name))
        specs = queue.study_specs(self.storage)
        if not specs:
            raise ValueError("the database has no studies; run `simloss-tune init STUDY.toml` "
                             "first")
        return specs

    def _budget_spent(self) -> bool:
        done = self.report.completed + self.report.failed
        return self.opt.max_trials is not None and done >= self.opt.max_trials

    def _others_running(self, specs: list[StudySpec]) -> bool:
        states = (TrialState.RUNNING, TrialState.WAITING)
        for spec in specs:
            study = self._load_study(queue.work_study_name(spec))
            with_retries(lambda s=study: queue.fail_stale(self.storage, s),
                         what="failing stale trials")
            if with_retries(lambda s=study: s.get_trials(deepcopy=False, states=states),
                            what="checking for running trials"):
                return True
            if reproduce.wanted(spec) and with_retries(
                    lambda s=spec: reproduce.check_running(
                        self.storage, self._load_study(queue.check_name(s.name))),
                    what="checking for a running check"):
                return True
        return False

    def _step(self, spec: StudySpec) -> bool:
        """One batch of work on `spec` by its strategy; False when it has none."""
        return (grid.step if spec.adaptive is None else adaptive.step)(self, spec)

    def _runs_study(self, spec: StudySpec) -> optuna.Study:
        return self._load_study(queue.runs_name(spec.name))

    def _load_study(self, name: str) -> optuna.Study:
        return with_retries(lambda: optuna.load_study(study_name=name, storage=self.storage),
                            what="loading the study")

    # ---------------------------------------------------------------------------- training
    def _train(self, spec: StudySpec, points: list[Point], trial_ids: list[int | None]):
        """Train through the seam; a stop asked for meanwhile gives the runs back, whatever
        the trainer returned."""
        log.info("training %s: %s", spec.name,
                 ", ".join(f"{spec.parameter}={p.value:g} seed={p.seed}" for p in points))
        batch = session.RunSession(self.storage, self.url, self.device, self.opt.progress,
                                   spec, points, trial_ids)
        try:
            results = self._load(spec).train(points, batch)
        except BaseException:
            batch.close(drop=True)
            raise
        batch.close()
        if session.STOP.is_set():
            raise KeyboardInterrupt
        return batch.finish(results)

    def _owning(self, study: optuna.Study, trials) -> contextlib.AbstractContextManager:
        return session.owning(self.storage, study, trials, self.opt.heartbeat_interval)

    def _after_oom(self, results, k: int) -> None:
        """Out of memory fails the whole batch; the retries go out in smaller batches."""
        if k > 1 and any(r.error == OUT_OF_MEMORY for r in results):
            self._max_batch = max(1, k // 2)
            log.warning("out of memory with %d runs at once: now at most %d", k,
                        self._max_batch)

    @property
    def device(self):
        if self._device is None:
            from ..train import resolve_device

            self._device = resolve_device(self.opt.device)
        return self._device

    def _batch_size(self, spec: StudySpec) -> int:
        if self.opt.batch_runs is not None:
            k = max(1, self.opt.batch_runs)
        else:
            k = 10 if self.device.type == "cuda" else 1
        return min(k, self._max_batch, self._trainer(spec).max_batch or k)

    def _trainer(self, spec: StudySpec) -> Trainer:
        if spec.name not in self._trainers:
            attrs = with_retries(lambda: self._runs_study(spec).user_attrs,
                                 what="reading the study")
            self._trainers[spec.name] = make_trainer(spec, attrs, cache=self._data,
                                                     variants=spec.variants)
            if attrs.get(queue.TRUST_PICKLES):  # `init --trust-pickles`
                self._trusted.add(spec.name)
        return self._trainers[spec.name]

    def _load(self, spec: StudySpec) -> Trainer:
        """The study's trainer, loaded (once per worker)."""
        trainer = self._trainer(spec)
        if spec.name not in self._loaded:
            with trusting_pickles(spec.name in self._trusted):
                trainer.load()
            with_retries(lambda: self._describe_classes(spec, trainer), what="describing classes")
            self._loaded.add(spec.name)
        return trainer

    def _describe_classes(self, spec: StudySpec, trainer: Trainer) -> None:
        """Keep what export needs to rebuild the matrix next to the study (once)."""
        study = self._runs_study(spec)
        for key, value in trainer.describe().items():
            if key not in study.user_attrs:
                study.set_user_attr(key, value)

def run_worker(url: str, options: WorkerOptions | None = None) -> WorkerReport:
    """Work until no work is left (or `max_trials` runs are done)."""
    with sqlite_worker_lock(url):
        return Worker(url, options or WorkerOptions()).run()
