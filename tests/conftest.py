"""Shared fixtures: a real PostgreSQL server, the shared real data when present, one torch
thread and the digits data for the training tests."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import pgserver

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@dataclass
class PgServer:
    url: str          # URL of the maintenance database "postgres"
    root: str | None  # server directory (for restarts); None when given from outside

    def database_url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def pg_server():
    """The server from SIMLOSS_TEST_POSTGRES_URL (.ci/run), else one we start, else skip."""
    url = os.environ.get("SIMLOSS_TEST_POSTGRES_URL")
    if url:
        yield PgServer(url, os.environ.get("SIMLOSS_PG_DIR"))
        return
    if not pgserver.available():
        pytest.skip("no PostgreSQL server: set SIMLOSS_TEST_POSTGRES_URL or install postgresql")
    url, root, _ = pgserver.start()
    try:
        yield PgServer(url, root)
    finally:
        pgserver.stop(root)


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the test server; dropped afterwards."""
    import sqlalchemy as sa

    name = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(pg_server.url, isolation_level="AUTOCOMMIT",
                             poolclass=sa.pool.NullPool)
    with admin.connect() as c:
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield pg_server.database_url(name)
    with admin.connect() as c:
        c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def shared_utkface() -> Path:
    path = SHARED_DATA / "utkface" / "UTKFace"
    if not path.is_dir():
        pytest.skip("real UTKFace not present (../shared/data/utkface/UTKFace)")
    return path


@pytest.fixture
def shared_cifar_semantics() -> Path:
    path = SHARED_DATA / "cifar100-semantics"
    if not path.is_dir():
        pytest.skip("real CIFAR-100 semantics not present (../shared/data/cifar100-semantics)")
    return path


@pytest.fixture
def one_torch_thread():
    """Tiny ops on a busy 2-core machine: a second OpenMP thread only adds waiting
    (`pytestmark = pytest.mark.usefixtures("one_torch_thread")` in a training test module)."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def digits():
    """(the digits task, its first 400 images): the training tests' data."""
    from simloss_tune.tasks import get_task

    task = get_task("digits")
    return task, task.load(None, limit=400)
