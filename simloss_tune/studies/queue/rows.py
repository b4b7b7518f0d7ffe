"""Optuna trial rows written in transactions of our own: trials added exactly once, and
trials moved between states without ever waiting on another worker's lock. The one module
that uses Optuna's private internals (`RDBStorage._get_prepared_new_trial`,
`_get_stale_trial_ids`, `optuna.storages._rdb.models`) and writes Optuna's tables itself;
`tests/test_trialrows.py` compares its writes with Optuna's public API.

Optuna's `Study.add_trial` commits in a session of its own, so no lock held elsewhere can make
"is this run copied yet? if not, copy it" atomic: a server restart frees a lock held on another
connection while the pool reconnects, and the copy then races the next writer's. Here a writer
opens one transaction of its own that

1. takes a transaction-scoped advisory lock (`pg_advisory_xact_lock`, so it also works behind a
   pooler in transaction mode), which serialises writers of the same derived studies;
2. locks each study's row (`SELECT ... FOR UPDATE`, what Optuna itself takes before numbering a
   new trial), reads the keys the study already holds, and inserts only the missing trials;
3. commits: every trial of the sync or none. A restart aborts the transaction; nothing half
   written survives, and the retry sees what the last committed writer wrote.

The rows are written by Optuna's own `RDBStorage._get_prepared_new_trial` (a private method;
`tests/test_trialrows.py` checks that what we write reads back exactly like `Study.add_trial`'s
trials on the Optuna version pinned in pyproject.toml). On SQLite the lock steps are no-ops:
only one worker process uses an SQLite file (`database.sqlite_worker_lock`).

State changes (`move`: the claim, WAITING -> RUNNING, and failing a stale trial, RUNNING ->
FAIL) lock the trial's row with `FOR UPDATE SKIP LOCKED` instead of Optuna's plain `FOR
UPDATE`: a row another transaction holds is skipped, never waited for. A worker suspended in
the middle of one of its own writes (SIGSTOP, `scontrol suspend`) keeps that row locked for as
long as it is stopped; a waiting claim would stop the whole queue with it.
"""

from __future__ import annotations

import contextlib
import json
import zlib
from collections.abc import Collection, Iterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from optuna.storages import RDBStorage
from optuna.storages._rdb import models
from optuna.trial import FrozenTrial, TrialState

from ...database import advisory_xact_lock

for _private in ("_get_prepared_new_trial", "_get_stale_trial_ids"):
    if not hasattr(RDBStorage, _private):  # a newer Optuna than we tested
        raise ImportError(f"simloss-tune needs optuna 5.0.x (RDBStorage.{_private} is "
                          "missing): pip install 'optuna>=5.0,<5.1'")

class Writer:
    """One open transaction on a study database (see `transaction`)."""

    def __init__(self, storage: RDBStorage, session: sa.orm.Session) -> None:
        self._storage = storage
        self._session = session
        self._postgres = storage.engine.dialect.name == "postgresql"

    def lock_study(self, study_id: int) -> None:
        """Queue behind any other writer of this study until our commit (Optuna's own lock)."""
        models.StudyModel.find_or_raise_by_id(study_id, self._session, for_update=True)

    def params(self, study_id: int, *names: str,
               states: Collection[TrialState] | None = None) -> dict[int, dict[str, float]]:
        """trial id -> the internal values (`distribution.to_internal_repr`) of parameters
        `names`, for every trial of the study (in `states`, if given) that has any of them,
        ours included."""
        query = (sa.select(models.TrialParamModel.trial_id, models.TrialParamModel.param_name,
                           models.TrialParamModel.param_value)
                 .join(models.TrialModel)
                 .where(models.TrialModel.study_id == study_id,
                        models.TrialParamModel.param_name.in_(names)))
        if states is not None:
            query = query.where(models.TrialModel.state.in_(list(states)))
        rows = self._session.execute(query)
        by_trial: dict[int, dict[str, float]] = {}
        for trial_id, name, value in rows:
            by_trial.setdefault(trial_id, {})[name] = float(value)
        return by_trial

    def user_attrs(self, study_id: int, key: str) -> dict[int, Any]:
        """trial id -> the value of user attribute `key`, for every trial of the study that
        has it, ours included."""
        rows = self._session.execute(
            sa.select(models.TrialUserAttributeModel.trial_id,
                      models.TrialUserAttributeModel.value_json)
            .join(models.TrialModel)
            .where(models.TrialModel.study_id == study_id,
                   models.TrialUserAttributeModel.key == key))
        return {trial_id: json.loads(v) for trial_id, v in rows}

    def delete(self, study_id: int, trial_ids: Collection[int]) -> None:
        """Delete trials (with their params, values and attributes) and number the rest
        0, 1, ... in the order they were added, as Optuna numbers them."""
        trials = self._session.scalars(
            sa.select(models.TrialModel).where(models.TrialModel.study_id == study_id)
            .order_by(models.TrialModel.trial_id)).all()
        number = 0
        for trial in trials:
            if trial.trial_id in trial_ids:
                self._session.delete(trial)  # Optuna's models cascade to the child rows
            else:
                trial.number, number = number, number + 1
        self._session.flush()

    def add(self, study_id: int, trial: FrozenTrial) -> None:
        """Insert a finished trial (as `optuna.trial.create_trial` builds it) into the study;
        it becomes visible to others at the commit."""
        self._storage._get_prepared_new_trial(study_id, trial, self._session)
        self._session.flush()


@contextlib.contextmanager
def transaction(storage: RDBStorage, lock: str, *, wait: bool = True) -> Iterator[Writer | None]:
    """A `Writer` inside one transaction that holds the advisory lock named `lock` until it
    commits. With `wait=False`, yields None at once when another writer holds the lock.

    Any error (a lost connection included) rolls everything back and propagates: the caller
    retries the whole transaction."""
    with sa.orm.Session(bind=storage.engine, expire_on_commit=False) as session:
        try:
            if not _lock(session, lock, wait=wait):
                session.rollback()
                yield None
                return
            yield Writer(storage, session)
            session.commit()
        except BaseException:
            with contextlib.suppress(Exception):  # a dead connection cannot roll back
                session.rollback()
            raise


def _lock(session: sa.orm.Session, name: str, *, wait: bool) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return True
    key = {"k": zlib.crc32(name.encode())}
    return advisory_xact_lock(lambda sql: session.execute(sa.text(sql), key),
                              session.rollback, wait=wait)


def move(storage: RDBStorage, trial_id: int, old: TrialState, new: TrialState, *,
         attrs: dict[str, Any] | None = None, then_add: FrozenTrial | None = None) -> bool:
    """Move a trial from state `old` to `new`, with user attributes `attrs`, in one
    transaction; False when it is not in `old` any more or another transaction has its row
    locked (skipped, not waited for). `then_add`, a trial for the same study (a failed try's
    WAITING retry), is added in the same transaction.

    Moving to RUNNING (a claim) also writes the trial's first heartbeat when the storage
    beats: a RUNNING trial without one, which Optuna would never find stale, cannot exist."""
    trials = models.TrialModel.__table__
    with sa.orm.Session(bind=storage.engine) as session:
        study_id = session.scalar(
            sa.select(trials.c.study_id).where(trials.c.trial_id == trial_id,
                                               trials.c.state == old)
            .with_for_update(skip_locked=True))
        if study_id is None:
            return False
        # The update checks the state again: SQLite's driver begins the transaction only
        # here, and has no row locks (PostgreSQL's row is ours since the select).
        now = datetime.now()  # Optuna's own timestamps: local time, as it writes them
        values: dict[str, Any] = {"state": new}
        if new == TrialState.RUNNING:
            values["datetime_start"] = now
        elif new.is_finished():  # a finished trial needs a start (Optuna's validation)
            values["datetime_start"] = sa.func.coalesce(trials.c.datetime_start, now)
            values["datetime_complete"] = now
        moved = session.execute(sa.update(trials).where(
            trials.c.trial_id == trial_id, trials.c.state == old).values(**values)).rowcount
        if moved != 1:
            return False
        if new == TrialState.RUNNING and storage.get_heartbeat_interval():
            _beat(session, trial_id)
        for key, value in (attrs or {}).items():
            _set_user_attr(session, trial_id, key, value)
        if then_add is not None:
            storage._get_prepared_new_trial(study_id, then_add, session)
        session.commit()
    return True


def _beat(session: sa.orm.Session, trial_id: int) -> None:
    """The trial's heartbeat, now (server time, as Optuna's `record_heartbeat`). No other
    transaction can add one meanwhile: that needs a lock on the trial row, which we hold."""
    beat = models.TrialHeartbeatModel.where_trial_id(trial_id, session)
    if beat is None:
        session.add(models.TrialHeartbeatModel(trial_id=trial_id, heartbeat=sa.func.now()))
    else:
        beat.heartbeat = sa.func.now()


def _set_user_attr(session: sa.orm.Session, trial_id: int, key: str, value: Any) -> None:
    attr = session.scalars(sa.select(models.TrialUserAttributeModel).where(
        models.TrialUserAttributeModel.trial_id == trial_id,
        models.TrialUserAttributeModel.key == key)).one_or_none()
    if attr is None:
        session.add(models.TrialUserAttributeModel(trial_id=trial_id, key=key,
                                                   value_json=json.dumps(value)))
    else:
        attr.value_json = json.dumps(value)


def stale_trial_ids(storage: RDBStorage, study_id: int) -> list[int]:
    """The RUNNING trials of the study whose heartbeat is older than the grace period (what
    Optuna's `fail_stale_trials` fails; `work.fail_stale` fails them with their retry)."""
    return storage._get_stale_trial_ids(study_id)
