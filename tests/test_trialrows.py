"""trialrows writes Optuna's trial rows itself: what it writes must read back exactly like the
trials of `Study.add_trial` on the pinned Optuna version, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime
import threading
import time

import optuna
import pytest
from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution
from optuna.trial import TrialState

from simloss_tune import database as storage_module
from simloss_tune.database import is_connection_error, open_storage
from simloss_tune.studies.queue import rows as trialrows

DISTS = {"r": FloatDistribution(0.0, 1.0), "seed": IntDistribution(0, 9),
         "opt": CategoricalDistribution(["adam", "sgd"])}


def templates() -> list[optuna.trial.FrozenTrial]:
    start = datetime.datetime(2026, 1, 2, 3, 4, 5)
    return [
        optuna.trial.create_trial(
            value=0.25, params={"r": 0.3, "seed": 4, "opt": "sgd"}, distributions=DISTS,
            user_attrs={"run": 7, "val_mae": 0.25, "mean_distribution": [0.5, 0.5],
                        "note": "ünïcode"},
            system_attrs={"k": [1, 2]}, intermediate_values={0: 1.0, 3: 0.5}),
        optuna.trial.create_trial(state=TrialState.WAITING, params={"r": 0.1, "seed": 0},
                                  distributions={k: DISTS[k] for k in ("r", "seed")}),
        optuna.trial.create_trial(state=TrialState.PRUNED, params={"r": 0.9},
                                  distributions={"r": DISTS["r"]}, user_attrs={"p": 0.01},
                                  intermediate_values={5: 2.0}),
        optuna.trial.create_trial(state=TrialState.FAIL, user_attrs={"error": "x"}),
    ] + [optuna.trial.FrozenTrial(
        number=0, state=TrialState.COMPLETE, value=1.5, values=None, datetime_start=start,
        datetime_complete=start + datetime.timedelta(seconds=3), params={}, distributions={},
        user_attrs={}, system_attrs={}, intermediate_values={}, trial_id=0)]


@pytest.fixture(params=["sqlite", "postgres"])
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rows.db'}"
    return request.getfixturevalue("pg_url")


def fields(trial: optuna.trial.FrozenTrial) -> dict:
    out = {k: getattr(trial, k) for k in ("state", "values", "params", "distributions",
                                            "user_attrs", "system_attrs",
                                            "intermediate_values")}
    out["datetimes"] = (trial.datetime_start is None, trial.datetime_complete is None)
    return out


def test_rows_read_back_like_add_trial(url):
    storage = open_storage(url, create=True)
    ours = optuna.create_study(study_name="ours", storage=storage)
    theirs = optuna.create_study(study_name="theirs", storage=storage)
    sid = storage.get_study_id_from_name("ours")
    for template in templates():
        theirs.add_trial(template)
        with trialrows.transaction(storage, "test") as writer:
            writer.lock_study(sid)
            writer.add(sid, template)
    mine, reference = ours.get_trials(), theirs.get_trials()
    assert [fields(t) for t in mine] == [fields(t) for t in reference]
    assert [t.number for t in mine] == list(range(len(templates())))
    assert mine[-1].datetime_start == reference[-1].datetime_start  # a template's times kept


def test_numbers_stay_unique_between_optuna_and_our_writes(url):
    storage = open_storage(url, create=True)
    study = optuna.create_study(study_name="mixed", storage=storage)
    sid = storage.get_study_id_from_name("mixed")
    for i in range(3):
        study.add_trial(optuna.trial.create_trial(value=float(i)))
        with trialrows.transaction(storage, "test") as writer:
            writer.add(sid, optuna.trial.create_trial(value=10.0 + i))
            writer.add(sid, optuna.trial.create_trial(value=20.0 + i))
    assert [t.number for t in study.get_trials()] == list(range(9))
    assert study.trials[-1].value == 22.0


def test_reads_inside_the_transaction_see_its_own_writes_and_an_error_writes_nothing(url):
    storage = open_storage(url, create=True)
    study = optuna.create_study(study_name="s", storage=storage)
    sid = storage.get_study_id_from_name("s")
    with pytest.raises(RuntimeError, match="boom"):
        with trialrows.transaction(storage, "test") as writer:
            writer.add(sid, optuna.trial.create_trial(
                value=1.0, params={"r": 0.5, "seed": 2},
                distributions={k: DISTS[k] for k in ("r", "seed")},
                user_attrs={"run": 3}))
            assert list(writer.params(sid, "r", "seed").values()) == [{"r": 0.5, "seed": 2.0}]
            assert list(writer.user_attrs(sid, "run").values()) == [3]
            raise RuntimeError("boom")
    assert study.get_trials() == []
    with trialrows.transaction(storage, "test") as writer:
        assert writer.params(sid, "r") == {} and writer.user_attrs(sid, "run") == {}


@pytest.mark.postgres
def test_one_writer_at_a_time_per_lock(pg_url):
    storage = open_storage(pg_url, create=True)
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with trialrows.transaction(storage, "lock-a") as writer:
            assert writer is not None
            entered.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    assert entered.wait(30)
    with trialrows.transaction(storage, "lock-a", wait=False) as writer:
        assert writer is None  # held by the other transaction
    with trialrows.transaction(storage, "lock-b", wait=False) as writer:
        assert writer is not None  # another name is another lock
    release.set()
    holder.join(30)
    with trialrows.transaction(storage, "lock-a", wait=False) as writer:
        assert writer is not None  # freed at the holder's commit


@pytest.mark.postgres
def test_a_writer_that_went_silent_loses_its_lock(pg_url, monkeypatch):
    """A writer whose machine vanished: the server ends its idle transaction after
    storage.IDLE_TIMEOUT_S, which frees the lock for the others."""
    import sqlalchemy as sa

    monkeypatch.setattr(storage_module, "IDLE_TIMEOUT_S", 1.0)
    storage = open_storage(pg_url, create=True)
    with pytest.raises(sa.exc.DBAPIError) as ended:
        with trialrows.transaction(storage, "silent") as writer:
            with trialrows.transaction(storage, "silent", wait=False) as other:
                assert other is None
            time.sleep(3)
            writer.params(1, "r")  # the server has ended this transaction
    assert is_connection_error(ended.value)  # so with_retries starts the write over
    with trialrows.transaction(storage, "silent", wait=False) as writer:
        assert writer is not None


@pytest.mark.postgres
def test_every_transaction_of_a_storage_ends_on_the_server_when_idle(pg_url, monkeypatch):
    """Not only our own writers: Optuna's transactions through `open_storage` too (a worker
    suspended mid-write must not keep its row locks for as long as it is stopped)."""
    import sqlalchemy as sa

    monkeypatch.setattr(storage_module, "IDLE_TIMEOUT_S", 1.0)
    storage = open_storage(pg_url, create=True)
    session = storage.scoped_session()
    session.execute(sa.text("SELECT count(*) FROM trials"))
    time.sleep(3)
    with pytest.raises(sa.exc.DBAPIError) as ended:
        session.execute(sa.text("SELECT count(*) FROM trials"))
    assert is_connection_error(ended.value)
    session.rollback()
    session.close()
    assert storage.get_all_studies() == []  # the pool reconnects
