"""What the worker and `status` say about a study's health: seeds that are not replicates
(the study attribute `identical_seeds`, written once by the first worker that records such a
pair) and the most frequent failure reason.

The rule itself (which runs are copies) is `simloss_tune.replicates`, shared with the report.
"""

from __future__ import annotations

from collections import Counter

from optuna.storages import RDBStorage
from optuna.trial import TrialState

from .. import replicates
from .._util import value_key
from ..runschema import read_run
from .queue import runs_name, study_id, work_study_name
from .spec import StudySpec

ATTR = "identical_seeds"  # study user attribute of NAME:runs: the first warning, once


def note_identical_seeds(storage: RDBStorage, spec: StudySpec, values: list[float]
                         ) -> tuple[str | None, bool]:
    """After runs of `values` were recorded: (the study's warning or None, whether it is new).
    A new one is written as the attribute once; later calls read it back without reading the
    runs (which cost one read of the completed runs, as a sync of the derived studies)."""
    sid = study_id(storage, runs_name(spec.name))
    known = storage.get_study_user_attrs(sid).get(ATTR)
    if known is not None:
        return str(known), False
    wanted = {value_key(v) for v in values}
    by_value: dict[tuple[str, float], dict[int, tuple | None]] = {}
    for t in storage.get_all_trials(sid, deepcopy=False, states=(TrialState.COMPLETE,)):
        run = read_run(t, spec.parameter)  # the one reader of a run trial's attributes
        if run is None or value_key(run.value) not in wanted:
            continue
        by_value.setdefault((run.variant, value_key(run.value)), {})[int(run.seed)] = \
            replicates.signature(run.val, run.test, run.mean_distribution)
    for (variant, v), by_seed in sorted(by_value.items()):
        seeds = replicates.identical_seeds(by_seed)
        if seeds:
            where = f"{v:g}" if not spec.variants else f"{v:g} (variant {variant})"
            message = replicates.warning(spec.parameter, where, seeds)
            storage.set_study_user_attr(sid, ATTR, message)
            return message, True
    return None, False


def top_failure(storage: RDBStorage, spec: StudySpec) -> tuple[str, int, int] | None:
    """(the most frequent reason of the failed tries, its count, all failed tries), or None
    without a failed try (the work study: runs, or an adaptive study's proposals)."""
    failed = storage.get_all_trials(study_id(storage, work_study_name(spec)), deepcopy=False,
                                    states=(TrialState.FAIL,))
    if not failed:
        return None
    counts = Counter(str(t.user_attrs.get("error") or "no reason recorded") for t in failed)
    reason, n = counts.most_common(1)[0]
    return reason, n, len(failed)


def status_notes(storage: RDBStorage, spec: StudySpec) -> list[str]:
    """The lines `status` prints under its table for one study."""
    notes = []
    copies = storage.get_study_user_attrs(study_id(storage, runs_name(spec.name))).get(ATTR)
    if copies:
        notes.append(f"{spec.name}: warning: {copies}; the report will not test it")
    failure = top_failure(storage, spec)
    if failure is not None:
        reason, n, total = failure
        notes.append(f"{spec.name}: most frequent failure ({n} of {total} failed tries): "
                     f"{reason}")
    return notes
