"""`init`: creating a study file's Optuna studies (and completing an interrupted `init`),
enqueuing its grid (or an adaptive study's baseline proposal) and its reproducibility check."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import optuna
from optuna.storages import RDBStorage

from ...database import (
    exclusive,
    open_storage,
    quiet_experimental,
    with_retries,
)
from ...matrices import trusting_pickles
from .. import similarity
from ..spec import StudySpec
from .names import (
    INIT_PENDING,
    TRUST_PICKLES,
    check_name,
    objective_name,
    runs_name,
    summary_name,
    work_study_name,
)
from .work import (
    enqueue_points,
    enqueue_variant_points,
    grid_points,
    is_baseline_proposal,
    variant_points,
)


@dataclass
class InitResult:
    studies: list[str]
    enqueued: int
    already: int


def init_study(spec: StudySpec, url: str, *, trust_pickles: bool = False) -> InitResult:
    """Create the studies of `spec` and enqueue its grid; safe to run again, also after an
    interrupted `init` (which leaves the study marked INIT_PENDING until one completes)."""
    directions = {name: direction for name, direction, _ in spec.metric_defs()}
    with trusting_pickles(trust_pickles):
        known = similarity.init_attrs(spec)  # class names and the raw similarity, if declared
    storage = open_storage(url, create=True)
    common = {"spec": spec.to_json(), "task": spec.label, "parameter": spec.parameter,
              "baseline": spec.baseline}
    # (set when missing: a study made without it is trusted from the next `init --trust-...`)
    trust = {TRUST_PICKLES: True} if trust_pickles else {}
    with exclusive(storage, "init:" + spec.name) as held:
        runs = _create(storage, runs_name(spec.name), directions[spec.objectives[0]],
                       {**common, "role": "runs", "metric": spec.objectives[0], **known,
                        **trust}, f"val_{spec.objectives[0]}", pending=True)
        names = [runs.study_name]
        for metric in spec.objectives:
            attrs = {**common, "metric": metric}
            names.append(_create(storage, objective_name(spec.name, metric), directions[metric],
                                 {**attrs, "role": "objective"}, f"val_{metric}").study_name)
            if spec.grid is not None:
                names.append(_create(storage, summary_name(spec.name, metric), directions[metric],
                                     {**attrs, "role": "summary"},
                                     f"mean val_{metric}").study_name)
        if spec.grid is None:
            enqueued, already = _enqueue_baseline(storage, spec, held.check)
        if spec.check_reproducible:
            check = _create(storage, check_name(spec.name), directions[spec.objectives[0]],
                            {**common, "role": "check", "metric": spec.objectives[0]},
                            f"val_{spec.objectives[0]}")
            names.append(check.study_name)
    if spec.grid is not None:
        enqueued, already = with_retries(lambda: _enqueue_grid(storage, runs, spec),
                                         what="enqueuing the grid")
    if spec.check_reproducible:  # one WAITING trial, claimed once the grid is done
        with_retries(lambda: enqueue_points(storage, check, spec, [check_point(spec)]),
                     what="enqueuing the reproducibility check")
    if runs.user_attrs.get(INIT_PENDING):
        runs.set_user_attr(INIT_PENDING, False)  # last: everything above is there
    return InitResult(names, enqueued, already)


def check_point(spec: StudySpec) -> tuple[float, int]:
    """The run the reproducibility check trains again: the baseline's lowest seed."""
    return spec.baseline, min(spec.seeds)


def _create(storage: RDBStorage, name: str, direction: str, attrs: dict,
            metric_name: str, pending: bool = False) -> optuna.Study:
    study = optuna.create_study(study_name=name, storage=storage, direction=direction,
                                load_if_exists=True)
    present = study.user_attrs
    old = present.get("spec")
    if old is not None and _comparable(old) != _comparable(attrs["spec"]):
        diff = _differing_fields(old, attrs["spec"])
        raise ValueError(f"study {name!r} already exists with a different {', '.join(diff)}; "
                         "give the study file a new name to start a new study")
    if old is not None and _check_flag(old) != _check_flag(attrs["spec"]):
        study.set_user_attr("spec", _with_check_flag(old, _check_flag(attrs["spec"])))
    if pending and old is None and INIT_PENDING not in present:
        study.set_user_attr(INIT_PENDING, True)  # first: an interrupted init is recognised
    missing = [key for key in attrs if key not in present]
    if missing:
        with quiet_experimental():
            study.set_metric_names([metric_name])
        # `spec`, then `role` last: a study listed by its role has all its attributes
        for key in sorted(missing, key=lambda k: (k == "role", k == "spec")):
            study.set_user_attr(key, attrs[key])
    return study


def _check_flag(spec_json: str) -> bool:
    return bool(json.loads(spec_json).get("check_reproducible", False))


def _with_check_flag(spec_json: str, on: bool) -> str:
    """The stored study file with check_reproducible switched (the one change init accepts
    for an existing study besides description and data_dir)."""
    raw = json.loads(spec_json)
    raw.pop("check_reproducible", None)
    if on:
        raw["check_reproducible"] = True
    return json.dumps(raw, sort_keys=True)


def _comparable(spec_json: str) -> dict:
    raw = json.loads(spec_json)
    raw.pop("description", None)
    raw.pop("check_reproducible", None)  # may be switched on for an existing study
    raw.pop("data_dir", None)  # the same data may live at another path on another machine
    if raw.get("racing") is None:  # databases made before [racing] existed
        raw.pop("racing", None)
    return raw


def _differing_fields(old: str, new: str) -> list[str]:
    a, b = _comparable(old), _comparable(new)
    return [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)] or ["definition"]


def _enqueue_grid(storage: RDBStorage, study: optuna.Study,
                  spec: StudySpec) -> tuple[int, int]:
    """Add a WAITING trial for every grid point the study lacks, all in one transaction."""
    if spec.variants:
        points = variant_points(spec)
        enqueued = enqueue_variant_points(storage, study, spec, points)
        return enqueued, len(points) - enqueued
    enqueued = enqueue_points(storage, study, spec, grid_points(spec))
    return enqueued, len(spec.grid) * len(spec.seeds) - enqueued


def _enqueue_baseline(storage: RDBStorage, spec: StudySpec,
                      still_held: Callable[[], None]) -> tuple[int, int]:
    """An adaptive study trains the baseline value first, over all seeds, as a proposal of its
    own (user attribute `baseline`, not counted in n_trials), so the report can test the best
    proposal against plain cross entropy."""
    study = optuna.load_study(study_name=work_study_name(spec), storage=storage)
    if any(is_baseline_proposal(spec, t) for t in study.get_trials(deepcopy=False)):
        return 0, len(spec.seeds)
    still_held()
    study.enqueue_trial({spec.parameter: spec.baseline}, user_attrs={"baseline": True},
                        skip_if_exists=False)
    return len(spec.seeds), 0
