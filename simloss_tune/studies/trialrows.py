"""Add trials to Optuna studies exactly once: the check and the insert in one transaction.

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
only one worker process uses an SQLite file (`storage.sqlite_worker_lock`).
"""

from __future__ import annotations

import contextlib
import json
import time
import zlib
from collections.abc import Callable, Collection, Iterator
from typing import Any

import sqlalchemy as sa
from optuna.storages import RDBStorage
from optuna.storages._rdb import models
from optuna.trial import FrozenTrial, TrialState

if not hasattr(RDBStorage, "_get_prepared_new_trial"):  # a newer Optuna than we tested
    raise ImportError("simloss-tune needs optuna 5.0.x (RDBStorage._get_prepared_new_trial is "
                      "missing): pip install 'optuna>=5.0,<5.1'")

IDLE_TIMEOUT_S = 120.0  # far above the seconds a sync spends between two statements


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


def advisory_xact_lock(run: Callable[[str], sa.Result], rollback: Callable[[], None], *,
                       wait: bool) -> bool:
    """Take the transaction-scoped advisory lock `:k` in the transaction `run` executes in.

    Waiting polls with `pg_try_advisory_xact_lock` and ends the transaction between tries: a
    writer blocked inside `pg_advisory_xact_lock` would pin a server connection, and behind a
    pooler in transaction mode the waiters could take every one of them while the holder
    waits for one more (it also reads through the storage's other connections): deadlock."""
    delay = 0.02
    while True:
        # A writer whose machine vanished leaves a half-open connection that the server would
        # keep, lock and all, for hours; this ends its transaction once idle too long.
        run(f"SET LOCAL idle_in_transaction_session_timeout = {int(IDLE_TIMEOUT_S * 1000)}")
        if run("SELECT pg_try_advisory_xact_lock(:k)").scalar():
            return True
        if not wait:
            return False
        rollback()
        time.sleep(delay)
        delay = min(delay * 2, 0.5)
