"""The adaptive strategy of the worker: one proposal at a time, TPE's value (the baseline
first), claimed like any run (`queue.claim`), trained over every seed, its mean told. A
retried proposal reuses its recorded runs; with racing it trains in rounds and is PRUNED
once significantly worse than the best proposal (`racing.decide`, the rule the grid shares).

Every database operation here is retried on its own (`with_retries`, one level).
"""

from __future__ import annotations

import json
import logging
import math
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING

import optuna
from optuna.trial import TrialState

from .. import racing
from .._util import value_key
from ..database import exclusive, with_retries
from ..trainers import Point
from . import elimination, outcomes, queue
from .spec import StudySpec

if TYPE_CHECKING:
    from .worker import Worker

log = logging.getLogger(__name__)


def step(worker: Worker, spec: StudySpec) -> bool:
    """Ask TPE for a value, train it over every seed (in racing rounds), tell the mean;
    False when n_trials are done."""
    study = worker._load_study(queue.objective_name(spec.name, spec.objectives[0]))
    with_retries(lambda: queue.fail_stale(worker.storage, study), what="failing stale trials")
    worker._load(spec)
    proposed = with_retries(lambda: _propose(worker, spec, study), what="asking for a value")
    if proposed is None:
        return False
    frozen, value = proposed
    with worker._owning(study, [frozen]):
        # A retried proposal (its worker died before telling the mean) keeps its value:
        # the seeds it already recorded are read back, not trained again.
        done = recorded_runs(worker, spec, value)
        if done:
            log.info("%s=%g: reusing the recorded runs of seeds %s", spec.parameter, value,
                     sorted(done))
        results, trained, decision = [], 0, None
        for seeds in _rounds(worker, spec, frozen):
            # No run trial exists yet (runs are added when the proposal is told): the
            # curves go with the recorded runs, not into intermediate values.
            todo = [Point(value, seed, f"proposal-{frozen.number}") for seed in seeds
                    if seed not in done]
            new = worker._train(spec, todo, [None] * len(todo)) if todo else []
            trained += len(new)
            results = sorted([*results, *(done[s] for s in seeds if s in done), *new],
                             key=lambda r: spec.seeds.index(r.seed))
            if (any(queue.run_error(r, spec.objectives[0]) for r in new)
                    or len(results) == len(spec.seeds)):
                break
            decision = _race_proposal(worker, spec, study, frozen, results)
            if decision is not None:
                break
        _record(worker, spec, study, frozen, results, trained=trained, decision=decision)
    return True


def _rounds(worker: Worker, spec: StudySpec, trial) -> list[list[int]]:
    """The seeds of a proposal in training rounds: all at once without racing (and for
    the baseline, which is never eliminated); with racing, first the seeds the test needs
    for a decision, then on the CPU one seed per round (measured in bench/RESULTS.md: a
    loop over runs costs the same in rounds), on CUDA the rest in one more round (there K
    runs are one vmapped model: each round costs about a whole batch)."""
    seeds = list(spec.seeds)
    if spec.racing is None or queue.is_baseline_proposal(spec, trial):
        return [seeds]
    first = racing.first_decision(spec.racing)
    if worker.device.type == "cuda":
        return [r for r in (seeds[:first], seeds[first:]) if r]
    return [seeds[:first], *([s] for s in seeds[first:])]


def _race_proposal(worker: Worker, spec: StudySpec, study: optuna.Study, trial, results):
    """Race a proposal's runs so far against the best proposal so far (its recorded runs);
    the decision, or None to go on. The running mean is the trial's intermediate value
    (step = seeds done), which TPE reads for pruned trials."""
    metric = spec.objectives[0]
    mean = math.fsum(r.val[metric] for r in results) / len(results)
    with_retries(lambda: worker.storage.set_trial_intermediate_value(
        trial._trial_id, len(results), mean), what="reporting a proposal's progress")
    try:
        best = with_retries(lambda: study.best_trial, what="reading the best proposal")
    except ValueError:
        return None  # nothing completed yet to race against
    value = results[0].value
    best_value = best.params[spec.parameter]
    if value_key(best_value) == value_key(value):
        return None
    per_seed = {value_key(value): {r.seed: dict(r.val) for r in results},
                value_key(best_value): {s: dict(r.val) for s, r in
                                        recorded_runs(worker, spec, best_value).items()}}
    # one look, on every seed of both (a proposal's round is trained by one worker at once)
    found = racing.decide_once(per_seed, elimination.objectives(spec), spec.baseline,
                               spec.racing)
    return found[0] if found else None


def _propose(worker: Worker, spec: StudySpec, study: optuna.Study):
    """(the claimed proposal, its value), or None when n_trials are done. One operation:
    retried as a whole, under a new lock, after a lost connection (`Held.check`)."""
    with exclusive(worker.storage, "ask:" + study.study_name) as held:
        trial = _ask(worker, spec, study, held.check)
        if trial is None:
            return None
        # TPE draws here, so inside the lock: the next ask sees this trial's value.
        with warnings.catch_warnings():  # the baseline may lie outside [low, high]
            warnings.filterwarnings("ignore", message="Fixed parameter")
            value = trial.suggest_float(spec.parameter, spec.adaptive.low,
                                        spec.adaptive.high)
    frozen = worker.storage.get_trial(trial._trial_id)
    if queue.is_baseline_proposal(spec, frozen):  # shown in the dashboard (and retries)
        trial.set_user_attr("baseline", True)
    return frozen, value


def recorded_runs(worker: Worker, spec: StudySpec, value: float) -> dict:
    """Seed -> RunResult of the COMPLETE runs of `value` in NAME:runs (failed ones, a
    non-finite objective included, are trained again)."""
    runs = with_retries(lambda: worker._runs_study(spec).get_trials(
        deepcopy=False, states=(TrialState.COMPLETE,)), what="reading the runs")
    return {t.params["seed"]: queue.stored_result(spec, t) for t in runs
            if value_key(t.params[spec.parameter]) == value_key(value)
            and t.params["seed"] in spec.seeds}


def _ask(worker: Worker, spec: StudySpec, study: optuna.Study, still_held: Callable[[], None]):
    """The next proposal, claimed like any run (`queue.claim`: RUNNING, ours, with a
    heartbeat) and handed to TPE as an `optuna.Trial`; None when n_trials are done."""
    trials = study.get_trials(deepcopy=False)
    if not any(t.state == TrialState.WAITING for t in trials):  # retries come first
        if sum(t.state != TrialState.FAIL and not queue.is_baseline_proposal(spec, t)
               for t in trials) >= spec.adaptive.n_trials:
            return None
        still_held()
        study.enqueue_trial({})  # an empty proposal TPE fills in at suggest time
    # Seeded by the history, so a proposal is reproducible and differs from the last.
    study.sampler = optuna.samplers.TPESampler(
        seed=spec.adaptive.sampler_seed + len(trials))
    still_held()
    claimed = queue.claim(worker.storage, study._study_id, 1)
    # What `study.ask()` does with the trial it pops: the sampler sees it start.
    return optuna.Trial(study, claimed[0]._trial_id) if claimed else None


def _record(worker: Worker, spec, study, trial, results, *, trained: int,
            decision=None) -> None:
    """Each seed's run into NAME:runs (once per value and seed, so a proposal retried
    after a crash adds no duplicates), then the mean into the proposal. `trained` of the
    results were trained now (the others were read back). A proposal eliminated by racing
    (`decision`) is PRUNED, and its decision is kept for the report."""
    metric = spec.objectives[0]
    with_retries(lambda: queue.add_runs(
        worker.storage, spec, results,
        {"adaptive_trial": trial.number, "worker": queue.worker_id()}),
        what="recording runs")
    outcomes.note_copies(worker, spec, [results[0].value])
    errors = [r.error for r in results if r.error]
    mean = math.fsum(r.val.get(metric, math.nan) for r in results) / len(results)
    if errors or not math.isfinite(mean):
        reason = errors[0] if errors else f"mean val_{metric} is {mean}"
        with_retries(lambda: queue.fail_for_retry(worker.storage, study, trial, reason),
                     what="giving a proposal back")
        worker.report.failed += 1
        outcomes.failed_try(worker, spec, trial, value_key(trial.params[spec.parameter]), reason)
        return
    worker._streaks.pop(spec.name, None)
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
        sid = queue.study_id(worker.storage, queue.runs_name(spec.name))
        with_retries(lambda: worker.storage.set_study_user_attr(
            sid, elimination.decision_key(decision.value),
            json.dumps(decision.to_json())), what="recording a racing decision")
        attrs.update(elimination.eliminate_proposal_attrs(decision))
    state, values = ((TrialState.PRUNED, None) if decision is not None
                     else (TrialState.COMPLETE, [mean]))
    if with_retries(lambda: queue.finish(worker.storage, trial._trial_id, attrs, state, values),
                    what="recording a proposal"):
        worker.report.completed += trained
        worker.report.reused += len(results) - trained
        worker.report.studies.add(spec.name)
    else:
        worker.report.lost += 1
