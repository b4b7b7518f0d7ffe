"""The worker: claim grid points, train them as one batch, record each as its own trial.

The worker never trains anything itself: it asks the study's trainer (`simloss_tune.trainers`:
a built-in task, the user's Python function or the user's program) through one seam.

One worker per GPU; any number of workers on any number of machines share a PostgreSQL
database. A worker exits when no work is left: nothing WAITING, and nothing RUNNING that a
dead worker could leave behind (it waits for those to finish or to go stale, then retrains
them).
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import re
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import optuna
from optuna.trial import TrialState

from .. import racing
from .._util import mask_secrets, value_key
from ..database import (
    exclusive,
    is_connection_error,
    open_storage,
    sqlite_worker_lock,
    with_retries,
)
from ..matrices import trusting_pickles
from ..trainers import Point, Trainer, make_trainer
from . import elimination, queue, reproduce, seedcheck, session
from .spec import StudySpec

log = logging.getLogger(__name__)
OUT_OF_MEMORY = "out of memory"  # a run's error when the batch did not fit (train.py)


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
        self.storage = open_storage(url, heartbeat_interval=options.heartbeat_interval,
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
                # A lost connection after a claim is safe to retry: the claimed trials'
                # heartbeats stop, they go stale and are retrained.
                busy = [spec for spec in self._active(specs)
                        if with_retries(lambda s=spec: self._step(s), what="working")]
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
            log.info("racing: %s=%g eliminated after %d seeds (worse than %s=%g, p = %.3g); "
                     "its waiting runs are skipped", spec.parameter, d.value, d.seeds,
                     spec.parameter, d.against, d.p_value)

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

    def _runs_study(self, spec: StudySpec) -> optuna.Study:
        return self._load_study(queue.runs_name(spec.name))

    def _load_study(self, name: str) -> optuna.Study:
        return with_retries(lambda: optuna.load_study(study_name=name, storage=self.storage),
                            what="loading the study")

    def _step(self, spec: StudySpec) -> bool:
        """Do one batch of work on `spec`; False when it has none."""
        if spec.adaptive is not None:
            return self._adaptive_step(spec)
        study = self._runs_study(spec)
        with_retries(lambda: queue.fail_stale(self.storage, study), what="failing stale trials")
        sid = queue.study_id(self.storage, queue.runs_name(spec.name))
        k = self._batch_size(spec)
        if self.opt.max_trials is not None:
            k = min(k, self.opt.max_trials - self.report.completed - self.report.failed)
        # The data is loaded before claiming: a first decode may outlast the grace period.
        trials = with_retries(lambda: queue.claim(self.storage, sid, k,
                                                  prepare=lambda: self._load(spec),
                                                  order=self._claim_order(spec)),
                              what="claiming work")
        if not trials:
            self._race(spec)  # WAITING runs of an eliminated value are no work: skip them
            return self._check_step(spec)
        points = [Point(t.params[spec.parameter], t.params["seed"], f"trial-{t.number}")
                  for t in trials]
        with self._owning(study, trials):
            results = self._train(spec, points, [t._trial_id for t in trials])
            for trial, result in zip(trials, results, strict=True):
                self._record(study, spec, trial, result)
        self._note_copies(spec, [r.value for r in results])
        self._after_oom(results, len(trials))
        self._race(spec)
        with_retries(lambda: queue.sync_derived(self.storage, spec, wait=False),
                     what="syncing studies")
        return True

    def _check_step(self, spec: StudySpec) -> bool:
        """The reproducibility check, once the grid is done: the original run trained again
        on the same kind of device, claimed and recorded like any run; False when there is
        nothing (more) to check here."""
        if not reproduce.wanted(spec):
            return False
        study = self._load_study(queue.check_name(spec.name))
        with_retries(lambda: queue.fail_stale(self.storage, study), what="failing stale trials")
        if not with_retries(lambda: study.get_trials(deepcopy=False,
                                                     states=(TrialState.WAITING,)),
                            what="reading the check"):
            return False  # done, or another worker's (cheap: before reading every run)
        original = with_retries(lambda: reproduce.original_run(self.storage, spec),
                                what="reading the runs")
        if original is None or reproduce.device_kind(
                original.user_attrs.get("device")) != self.device.type:
            return False
        trials = with_retries(lambda: queue.claim(self.storage, study._study_id, 1,
                                                  prepare=lambda: self._load(spec)),
                              what="claiming work")
        if not trials:
            return False
        trial = trials[0]
        point = Point(trial.params[spec.parameter], trial.params["seed"],
                      f"check-{trial.number}")
        with self._owning(study, trials):
            (result,) = self._train(spec, [point], [trial._trial_id])
            queue.record(self.storage, study, trial, result, spec.objectives[0])
        log.info("%s: reproducibility check: %s=%g seed=%d trained again (%s)", spec.name,
                 spec.parameter, point.value, point.seed,
                 queue.run_error(result, spec.objectives[0]) or "completed")
        return True

    def _claim_order(self, spec: StudySpec):
        """Racing studies: seed by seed, eliminated values left out (read at each claim)."""
        if spec.racing is None:
            return None
        return elimination.claim_order(spec, set(elimination.decisions(self.storage, spec)))

    # ---------------------------------------------------------------------------- training
    def _train(self, spec: StudySpec, points: list[Point], trial_ids: list[int | None]):
        """Train through the seam; a stop asked for meanwhile gives the runs back, whatever
        the trainer returned."""
        log.info("training %s: %s", spec.name,
                 ", ".join(f"{spec.parameter}={p.value:g} seed={p.seed}" for p in points))
        batch = session.RunSession(self, spec, points, trial_ids)
        try:
            results = self._load(spec).train(points, batch)
        except BaseException:
            batch.close(drop=True)
            raise
        batch.close()
        if session.STOP.is_set():
            raise KeyboardInterrupt
        return batch.finish(results)

    @contextlib.contextmanager
    def _owning(self, study: optuna.Study, trials) -> Iterator[None]:
        """While we own claimed trials: beat for them (through training and recording), and
        if anything goes wrong, give them back (FAIL + a WAITING retry) instead of leaving
        them RUNNING until the grace period runs out. A lost database is the exception:
        nothing can be written then, and the stale heartbeat hands them on."""
        try:
            with session.Heartbeat(self.storage, [t._trial_id for t in trials],
                            self.opt.heartbeat_interval):
                yield
        except BaseException as exc:
            # SIGTERM can land inside a database call, which then fails with the driver's
            # error instead of KeyboardInterrupt: the stop flag says what happened.
            stopped = isinstance(exc, KeyboardInterrupt) or session.STOP.is_set()
            if is_connection_error(exc) and not stopped:
                raise
            reason = ("worker interrupted" if stopped
                      else f"worker error: {type(exc).__name__}: "
                           f"{mask_secrets(str(exc).splitlines()[0] if str(exc) else '')}")
            log.warning("%s: giving %d run(s) back to the queue", reason, len(trials))
            for trial in trials:  # recorded ones are finished: fail_for_retry skips them
                with_retries(lambda t=trial: queue.fail_for_retry(
                    self.storage, study, t, reason), what="releasing trials")
            if stopped and not isinstance(exc, KeyboardInterrupt):
                raise KeyboardInterrupt from exc  # exit as interrupted (130), not as an error
            raise

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
            self._trainers[spec.name] = make_trainer(spec, attrs, cache=self._data)
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

    def _record(self, study, spec: StudySpec, trial, result) -> None:
        ok = queue.record(self.storage, study, trial, result, spec.objectives[0])
        if not ok:
            self.report.lost += 1
            log.warning("run %s=%g seed=%d finished after its trial was declared dead; another "
                        "worker owns it now, result discarded", spec.parameter, result.value,
                        result.seed)
        elif queue.run_error(result, spec.objectives[0]):  # its error or a NaN objective
            self.report.failed += 1
            error = queue.run_error(result, spec.objectives[0])
            log.warning("run %s=%g seed=%d failed: %s", spec.parameter, result.value,
                        result.seed, error)
            if error != OUT_OF_MEMORY:  # answered by smaller batches (_after_oom), not a stop
                self._failed_try(spec, trial, (value_key(result.value), result.seed), error)
        else:
            self.report.completed += 1
            self._streaks.pop(spec.name, None)
        self.report.studies.add(spec.name)

    def _failed_try(self, spec: StudySpec, trial, point, reason: str) -> None:
        """Count a failed try that was its point's last, and stop claiming the study when the
        same failure hit `stop_after_failures` different points in a row before any run of
        the study completed (a broken program would otherwise burn every point's tries)."""
        if queue.last_try(self.storage, trial):
            self.report.failed_for_good += 1
        limit = self.opt.stop_after_failures
        kind = failure_kind(reason)
        old_kind, points = self._streaks.get(spec.name, (kind, set()))
        points = (points if old_kind == kind else set()) | {point}
        self._streaks[spec.name] = (kind, points)
        if (limit and len(points) >= limit and spec.name not in self.report.stopped
                and not self._has_completed(spec)):
            self.report.stopped[spec.name] = reason
            log.error("stopping work on study %s: %d different points in a row failed with "
                      "the same reason, and none of its runs has completed: %s (fix it and "
                      "start a worker again: the points keep their tries; `simloss-tune retry` "
                      "re-queues those that have none left)", spec.name, len(points), reason)

    def _has_completed(self, spec: StudySpec) -> bool:
        """Whether any run of the study completed (by any worker); once true, stays true."""
        if spec.name not in self._completed:
            sid = queue.study_id(self.storage, queue.runs_name(spec.name))
            if with_retries(lambda: self.storage.get_all_trials(
                    sid, deepcopy=False, states=(TrialState.COMPLETE,)),
                    what="reading the study"):
                self._completed.add(spec.name)
        return spec.name in self._completed

    def _note_copies(self, spec: StudySpec, values: list[float]) -> None:
        """Warn once when a value's seeds turn out to be copies of each other (the trainer
        ignores its seed): the first worker to see it writes it down for `status`."""
        if spec.name in self._copies_noted:
            return
        message, new = with_retries(
            lambda: seedcheck.note_identical_seeds(self.storage, spec, values),
            what="comparing seeds")
        if message is None:
            return
        self._copies_noted.add(spec.name)
        if new:
            log.warning("%s: %s; its seeds are not independent replicates and the report will "
                        "not test it", spec.name, message)

    # ---------------------------------------------------------------------------- adaptive
    def _adaptive_step(self, spec: StudySpec) -> bool:
        """Ask TPE for a value, train it over every seed, tell the mean."""
        study = self._load_study(queue.objective_name(spec.name, spec.objectives[0]))
        with_retries(lambda: queue.fail_stale(self.storage, study), what="failing stale trials")
        self._load(spec)
        with exclusive(self.storage, "ask:" + study.study_name) as held:
            trial = self._ask(spec, study, held.check)
            if trial is None:
                return False
            # TPE draws here, so inside the lock: the next ask sees this trial's value.
            with warnings.catch_warnings():  # the baseline may lie outside [low, high]
                warnings.filterwarnings("ignore", message="Fixed parameter")
                value = trial.suggest_float(spec.parameter, spec.adaptive.low,
                                            spec.adaptive.high)
        trial.set_user_attr("worker", queue.worker_id())
        frozen = self.storage.get_trial(trial._trial_id)
        if queue.is_baseline_proposal(spec, frozen):  # shown in the dashboard (and retries)
            trial.set_user_attr("baseline", True)
        with self._owning(study, [frozen]):
            # A retried proposal (its worker died before telling the mean) keeps its value:
            # the seeds it already recorded are read back, not trained again.
            done = self._recorded_runs(spec, value)
            if done:
                log.info("%s=%g: reusing the recorded runs of seeds %s", spec.parameter, value,
                         sorted(done))
            results, trained, decision = [], 0, None
            for seeds in self._rounds(spec, frozen):
                # No run trial exists yet (runs are added when the proposal is told): the
                # curves go with the recorded runs, not into intermediate values.
                todo = [Point(value, seed, f"proposal-{frozen.number}") for seed in seeds
                        if seed not in done]
                new = self._train(spec, todo, [None] * len(todo)) if todo else []
                trained += len(new)
                results = sorted([*results, *(done[s] for s in seeds if s in done), *new],
                                 key=lambda r: spec.seeds.index(r.seed))
                if (any(queue.run_error(r, spec.objectives[0]) for r in new)
                        or len(results) == len(spec.seeds)):
                    break
                decision = self._race_proposal(spec, study, frozen, results)
                if decision is not None:
                    break
            self._record_adaptive(spec, study, frozen, results, trained=trained,
                                  decision=decision)
        return True

    def _rounds(self, spec: StudySpec, trial) -> list[list[int]]:
        """The seeds of a proposal in training rounds: all at once without racing (and for
        the baseline, which is never eliminated); with racing, first the seeds the test needs
        for a decision, then on the CPU one seed per round (measured in bench/RESULTS.md: a
        loop over runs costs the same in rounds), on CUDA the rest in one more round (there K
        runs are one vmapped model: each round costs about a whole batch)."""
        seeds = list(spec.seeds)
        if spec.racing is None or queue.is_baseline_proposal(spec, trial):
            return [seeds]
        first = racing.first_decision(spec.racing)
        if self.device.type == "cuda":
            return [r for r in (seeds[:first], seeds[first:]) if r]
        return [seeds[:first], *([s] for s in seeds[first:])]

    def _race_proposal(self, spec: StudySpec, study: optuna.Study, trial, results):
        """Race a proposal's runs so far against the best proposal so far (its recorded runs);
        the decision, or None to go on. The running mean is the trial's intermediate value
        (step = seeds done), which TPE reads for pruned trials."""
        metric = spec.objectives[0]
        mean = math.fsum(r.val[metric] for r in results) / len(results)
        with_retries(lambda: self.storage.set_trial_intermediate_value(
            trial._trial_id, len(results), mean), what="reporting a proposal's progress")
        try:
            best = study.best_trial
        except ValueError:
            return None  # nothing completed yet to race against
        value = results[0].value
        best_value = best.params[spec.parameter]
        if value_key(best_value) == value_key(value):
            return None
        per_seed = {value_key(value): {r.seed: dict(r.val) for r in results},
                    value_key(best_value): {s: dict(r.val) for s, r in
                                            self._recorded_runs(spec, best_value).items()}}
        found = racing.decide(per_seed, elimination.objectives(spec), spec.baseline,
                              spec.racing)
        return found[0] if found else None

    def _recorded_runs(self, spec: StudySpec, value: float) -> dict:
        """Seed -> RunResult of the COMPLETE runs of `value` in NAME:runs (failed ones, a
        non-finite objective included, are trained again)."""
        runs = self._runs_study(spec).get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
        return {t.params["seed"]: queue.stored_result(spec, t) for t in runs
                if value_key(t.params[spec.parameter]) == value_key(value)
                and t.params["seed"] in spec.seeds}

    def _ask(self, spec: StudySpec, study: optuna.Study, still_held: Callable[[], None]):
        """The next proposal, RUNNING and with a heartbeat; None when n_trials are done."""
        trials = study.get_trials(deepcopy=False)
        waiting = [t for t in trials if t.state == TrialState.WAITING]
        if not waiting:  # retries of failed proposals come first
            if sum(t.state != TrialState.FAIL and not queue.is_baseline_proposal(spec, t)
                   for t in trials) >= spec.adaptive.n_trials:
                return None
            still_held()
            study.enqueue_trial({})  # an empty proposal TPE fills in at suggest time
            waiting = study.get_trials(deepcopy=False, states=(TrialState.WAITING,))
        self.storage.record_heartbeat(waiting[0]._trial_id)  # before it turns RUNNING
        # Seeded by the history, so a proposal is reproducible and differs from the last.
        study.sampler = optuna.samplers.TPESampler(
            seed=spec.adaptive.sampler_seed + len(trials))
        still_held()
        with warnings.catch_warnings():  # we beat for this trial ourselves (session.Heartbeat)
            warnings.filterwarnings("ignore", message="Heartbeat of storage")
            return study.ask()

    def _record_adaptive(self, spec, study, trial, results, *, trained: int,
                         decision=None) -> None:
        """Each seed's run into NAME:runs (once per value and seed, so a proposal retried
        after a crash adds no duplicates), then the mean into the proposal. `trained` of the
        results were trained now (the others were read back). A proposal eliminated by racing
        (`decision`) is PRUNED, and its decision is kept for the report."""
        metric = spec.objectives[0]
        with_retries(lambda: queue.add_runs(
            self.storage, spec, results,
            {"adaptive_trial": trial.number, "worker": queue.worker_id()}),
            what="recording runs")
        self._note_copies(spec, [results[0].value])
        errors = [r.error for r in results if r.error]
        mean = math.fsum(r.val.get(metric, math.nan) for r in results) / len(results)
        if errors or not math.isfinite(mean):
            reason = errors[0] if errors else f"mean val_{metric} is {mean}"
            queue.fail_for_retry(self.storage, study, trial, reason)
            self.report.failed += 1
            self._failed_try(spec, trial, value_key(trial.params[spec.parameter]), reason)
            return
        self._streaks.pop(spec.name, None)
        attrs = {"n": len(results), "seconds": max(r.seconds for r in results)}
        for split in ("val", "test"):
            for name in results[0].val:
                vals = [getattr(r, split).get(name, math.nan) for r in results]
                attrs[f"{split}_{name}_mean"], attrs[f"{split}_{name}_std"] = \
                    queue.mean_std(vals)
        if decision is not None:
            log.info("racing: %s=%g eliminated after %d seeds (worse than %s=%g, p = %.3g)",
                     spec.parameter, decision.value, decision.seeds, spec.parameter,
                     decision.against, decision.p_value)
            sid = queue.study_id(self.storage, queue.runs_name(spec.name))
            with_retries(lambda: self.storage.set_study_user_attr(
                sid, elimination.decision_key(decision.value),
                json.dumps(decision.to_json())), what="recording a racing decision")
            attrs.update(elimination.eliminate_proposal_attrs(decision))
        state, values = ((TrialState.PRUNED, None) if decision is not None
                         else (TrialState.COMPLETE, [mean]))
        if queue.finish(self.storage, trial._trial_id, attrs, state, values):
            self.report.completed += trained
            self.report.reused += len(results) - trained
            self.report.studies.add(spec.name)
        else:
            self.report.lost += 1


_PATH = re.compile(r"(?:~|\.{1,2})?/[^\s'\"(),;:]*")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def failure_kind(reason: str) -> str:
    """A failure reason with its paths and numbers left out: the same fault on another point
    (another value, seed, work folder, trial number) gives the same kind."""
    return _NUMBER.sub("#", _PATH.sub("<path>", reason))


def run_worker(url: str, options: WorkerOptions | None = None) -> WorkerReport:
    """Work until no work is left (or `max_trials` runs are done)."""
    with sqlite_worker_lock(url):
        return Worker(url, options or WorkerOptions()).run()
