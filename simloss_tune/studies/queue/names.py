"""What the studies of a study file `NAME` are called (`NAME:runs`, `NAME:<metric>`,
`NAME:<metric>:mean`, `NAME:check`), which of them holds the work, a point's key, and the
study files recorded in a database (`study_specs`, `find_spec`)."""

from __future__ import annotations

import os
import socket

import optuna
from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution
from optuna.storages import RDBStorage

from ..._util import value_key
from ...variants import STUDY_VARIANT
from ..spec import StudySpec

SEP = ":"

def worker_id() -> str:
    """host:pid of this process, kept on the trials it claims."""
    return f"{socket.gethostname()}:{os.getpid()}"

def runs_name(spec_name: str) -> str:
    return f"{spec_name}{SEP}runs"

def objective_name(spec_name: str, metric: str) -> str:
    return f"{spec_name}{SEP}{metric}"

def summary_name(spec_name: str, metric: str) -> str:
    return f"{spec_name}{SEP}{metric}{SEP}mean"

def check_name(spec_name: str) -> str:
    """The study of the reproducibility check's run (`check_reproducible`): never a run."""
    return f"{spec_name}{SEP}check"

def work_study_name(spec: StudySpec) -> str:
    """The study whose WAITING/RUNNING trials are the work: the run queue of a grid study,
    the objective study (TPE proposals) of an adaptive one."""
    return runs_name(spec.name) if spec.adaptive is None else objective_name(
        spec.name, spec.objectives[0])

def distributions(spec: StudySpec) -> dict:
    return {
        spec.parameter: FloatDistribution(0.0, 1.0),
        "seed": IntDistribution(min(spec.seeds), max(max(spec.seeds), min(spec.seeds) + 1)),
    }


def variant_choices(spec: StudySpec) -> tuple[str, ...]:
    """The values of a variant study's trial parameter `variant`: its own settings first."""
    return (STUDY_VARIANT, *(v.name for v in spec.variants))


def variant_distributions(spec: StudySpec) -> dict:
    """The distributions of a variant study's runs: the study's parameter, every variant's
    own parameter, the seed and `variant` (categorical over the variants' names)."""
    dists = distributions(spec)
    for variant in spec.variants:
        dists.setdefault(variant.parameter_in(spec.parameter), FloatDistribution(0.0, 1.0))
    return {**dists, "variant": CategoricalDistribution(variant_choices(spec))}


def point_key(value: float, seed: int) -> tuple[float, int]:
    """A (value, seed) point as a key: the value rounded (`value_key`)."""
    return value_key(value), int(seed)


def study_id(storage: RDBStorage, name: str) -> int:
    return storage.get_study_id_from_name(name)


# User attribute of NAME:runs: true from the moment `init` creates the study until it has
# created every study and enqueued every run. `status` and workers treat such a study as not
# there yet (and say so); running `init` again completes it.
INIT_PENDING = "init_pending"
# User attribute of NAME:runs: `init --trust-pickles`; workers may then load pickle-based
# word vectors for this study.
TRUST_PICKLES = "trust_pickles"


def study_specs(storage: RDBStorage, *, pending: bool = False) -> list[StudySpec]:
    """The study files recorded in this database (one per `NAME:runs` study) whose `init`
    completed; with `pending=True`, those whose `init` was interrupted instead."""
    specs = []
    for summary in optuna.get_all_study_summaries(storage, include_best_trial=False):
        attrs = summary.user_attrs
        if attrs.get("role") == "runs" and bool(attrs.get(INIT_PENDING)) == pending:
            specs.append(StudySpec.from_json(attrs["spec"]))
    return sorted(specs, key=lambda s: s.name)

def incomplete_message(name: str) -> str:
    return (f"study {name!r}: its init did not finish (interrupted?); run `simloss-tune init` "
            "with its study file again to complete it")

def find_spec(storage: RDBStorage, name: str) -> StudySpec:
    """The study file called `name` (or owning the Optuna study `name`)."""
    for spec in study_specs(storage, pending=True):
        if name == spec.name or name.split(SEP)[0] == spec.name:
            raise ValueError(incomplete_message(spec.name))
    specs = study_specs(storage)
    for spec in specs:
        if name == spec.name or name.split(SEP)[0] == spec.name:
            return spec
    known = ", ".join(s.name for s in specs) or "none; run `simloss-tune init` first"
    raise ValueError(f"study {name!r} does not exist (studies in this database: {known})")
