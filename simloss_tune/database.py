"""Study databases: which URLs we accept, how we connect, how we survive a restart.

SQLite is for one process: Optuna's claim of a waiting trial is a read followed by a write,
atomic only where `SELECT ... FOR UPDATE` locks the row (PostgreSQL). `sqlite_worker_lock`
therefore refuses a second worker on the same file.

PostgreSQL connections: every process keeps a pool of one connection plus two overflow (the
heartbeat thread, the advisory lock of a sync), checked with a ping before use so that a
restarted server is reconnected to transparently. 32 workers hold at most 96 connections.
Every transaction on PostgreSQL ends on the server once idle for `IDLE_TIMEOUT_S`: a worker
suspended (SIGSTOP, `scontrol suspend`) or cut off mid-transaction must not keep its locks.
"""

from __future__ import annotations

import contextlib
import contextvars
import fcntl
import logging
import os
import re
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import optuna
import sqlalchemy as sa
from optuna.storages import RDBStorage
from optuna.trial import FrozenTrial

from ._util import mask_secrets, mask_url

log = logging.getLogger(__name__)
T = TypeVar("T")

ALLOWED_SCHEMES = ("sqlite", "postgresql", "postgresql+psycopg2", "postgresql+psycopg")
CONNECT_TIMEOUT_S = int(os.environ.get("SIMLOSS_CONNECT_TIMEOUT", "10"))
MAX_RETRIES_DEFAULT = 2
# Far above the seconds any of our transactions spends between two statements (a sync reads
# a whole study through another connection while its own waits), far below a suspended job.
IDLE_TIMEOUT_S = 120.0


def check_url(url: str) -> sa.engine.URL:
    """Parse a storage URL; ValueError naming the scheme when it is not one we support."""
    try:
        parsed = sa.engine.make_url(url)
    except (sa.exc.ArgumentError, ValueError):  # ValueError: e.g. a non-numeric port
        raise ValueError(f"storage URL {mask_url(url)!r} is not a SQLAlchemy URL; use "
                         "sqlite:///path/to/file.db or postgresql://user:pass@host/db") from None
    if _misread_at(url, parsed):
        raise ValueError(f"storage URL {mask_secrets(url)!r} has an '@' that is not the one "
                         "before the host; write an '@' in the password (or user name, "
                         "database, query) as %40")
    if parsed.drivername not in ALLOWED_SCHEMES:
        raise ValueError(f"storage URL scheme {parsed.drivername!r} is not supported "
                         f"(allowed: {', '.join(ALLOWED_SCHEMES)})")
    if is_sqlite(url):
        db = parsed.database
        if not db or db == ":memory:":
            raise ValueError("an in-memory SQLite database cannot be shared with workers; "
                             "use sqlite:///path/to/file.db")
    return parsed


# `host:port/db?password=a@b`, `host:port?...`: SQLAlchemy reads `host` as a user name, the
# text up to the '@' as the password, and what follows as the host.
_AT_IN_QUERY = re.compile(r"^[^@/?:]*(?::\d*)?(?:/[^@?]*)?\?[^@]*@")


def _misread_at(url: str, parsed: sa.engine.URL) -> bool:
    """SQLAlchemy ends the password at the FIRST '@': with a raw '@' in it, the rest of the
    password becomes part of the host or the database, which the driver's errors then print
    (`failed to resolve host 'ss@host'`). Such a URL never connects; refuse it."""
    if is_sqlite(url):
        return False  # a path, which may hold an '@'; no password
    rest = url.split("://", 1)[-1]
    return "@" in (parsed.host or "") or "@" in (parsed.database or "") or (
        parsed.username is not None and bool(_AT_IN_QUERY.match(rest)))


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path:
    return Path(sa.engine.make_url(url).database).resolve()


def _engine_kwargs(url: str) -> dict:
    if is_sqlite(url):
        return {"connect_args": {"timeout": 60}}
    connect_args: dict = {"connect_timeout": CONNECT_TIMEOUT_S}
    if sa.engine.make_url(url).get_dialect().driver == "psycopg":
        # No server-side prepared statements (psycopg 3 prepares after 5 executions): a
        # pooler in transaction mode (pgbouncer < 1.21) hands each transaction another server
        # connection, where the statement does not exist.
        connect_args["prepare_threshold"] = None
    return {
        "pool_size": 1,
        "max_overflow": 2,
        "pool_pre_ping": True,
        "pool_recycle": 300,
        "connect_args": connect_args,
    }


def open_storage(
    url: str,
    *,
    create: bool = False,
    heartbeat_interval: int | None = None,
    grace_period: int | None = None,
    stale_callback: Callable[[optuna.Study, FrozenTrial], None] | None = None,
) -> RDBStorage:
    """Connect to the study database.

    `create=True` (only `init` does this) creates Optuna's tables; workers never do, because
    concurrent table creation on a fresh PostgreSQL database crashes them. With
    `heartbeat_interval`, `stale_callback` answers a stale trial (the run queue's retry
    policy: `studies.queue.open_queue`).
    """
    check_url(url)
    if is_sqlite(url):
        path = sqlite_path(url)
        if create and not path.parent.is_dir():
            raise FileNotFoundError(f"folder {str(path.parent)!r} of the SQLite database "
                                    "does not exist")
        if not create and not path.is_file():
            raise ValueError(f"no study database at {str(path)!r}; create it with "
                             "`simloss-tune init STUDY.toml --storage URL` first")
        check_sqlite_file(path, create)
    kwargs: dict = {}
    if heartbeat_interval is not None:
        kwargs = {
            "heartbeat_interval": int(heartbeat_interval),
            "grace_period": int(grace_period) if grace_period else None,
            "heartbeat_stale_trial_callback": stale_callback,
        }
    try:
        if is_sqlite(url) and not sa.event.contains(sa.engine.Engine, "connect",
                                                    _sqlite_pragmas):
            sa.event.listen(sa.engine.Engine, "connect", _sqlite_pragmas)
        with quiet_experimental(), _schema_lock(url, create):
            storage = RDBStorage(url, engine_kwargs=_engine_kwargs(url),
                                 skip_table_creation=not create,
                                 skip_compatibility_check=not create, **kwargs)
        if storage.engine.dialect.name == "postgresql":
            sa.event.listen(storage.engine, "begin", _end_when_idle)
        if not create:
            with storage.engine.connect() as conn:
                if not sa.inspect(conn).has_table("studies"):
                    raise ValueError(f"{mask_secrets(url)} has no studies; create them with "
                                     "`simloss-tune init STUDY.toml --storage URL` first")
    except (sa.exc.DatabaseError, optuna.exceptions.StorageInternalError) as exc:
        if is_connection_error(exc):
            raise ValueError(connection_error(url, _root_cause(exc))) from None
        damaged = _sqlite_damage(url, exc)
        if damaged is None:
            raise
        raise ValueError(damaged) from None
    return storage


def _sqlite_damage(url: str, exc: BaseException) -> str | None:
    """The line for an SQLite file that cannot be read as a database (an SQLite header on a
    damaged file: "file is not a database"), or None for any other error."""
    if not is_sqlite(url):
        return None
    while exc is not None and not isinstance(exc, sa.exc.DatabaseError):
        exc = exc.__cause__ or exc.__context__
    if exc is None:
        return None
    reason = (str(getattr(exc, "orig", exc)).splitlines() or ["unreadable"])[0]
    return (f"cannot read the study database {str(sqlite_path(url))!r} ({reason}); it was "
            "left untouched: name a new file or an existing study database")


SQLITE_MAGIC = b"SQLite format 3\x00"


def check_sqlite_file(path: Path, create: bool) -> None:
    """Refuse, without touching it, a file that is not an SQLite database, or (for `init`,
    which would add Optuna's tables to it) an SQLite database of something else."""
    if not path.exists():
        return
    if not path.is_file():
        raise ValueError(f"the SQLite database {str(path)!r} is not a file; name a new file or "
                         "an existing study database")
    with path.open("rb") as f:
        head = f.read(len(SQLITE_MAGIC))
    if head and head != SQLITE_MAGIC:
        raise ValueError(f"{str(path)!r} is not an SQLite database (it was left untouched); "
                         "name a new file or an existing study database")
    if not create or not head:
        return
    import sqlite3

    try:
        uri = path.resolve().as_uri() + "?mode=ro"  # percent-encoded: any file name
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise ValueError(f"{str(path)!r} is not a readable SQLite database ({exc}); it was "
                         "left untouched") from None
    if tables and "studies" not in tables:
        raise ValueError(f"{str(path)!r} is an SQLite database of something else (tables: "
                         f"{', '.join(sorted(tables)[:5])}); it was left untouched: name a new "
                         "file or an existing study database")


@contextlib.contextmanager
def _schema_lock(url: str, create: bool) -> Iterator[None]:
    """While `init` creates Optuna's tables on PostgreSQL, hold an advisory lock: two `init`s
    on a fresh database would otherwise both create Optuna's enum type and one would crash
    (UniqueViolation). The second waits, then finds the tables there."""
    if not create or is_sqlite(url):
        yield
        return
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool,
                              connect_args=_engine_kwargs(url)["connect_args"])
    try:
        with engine.connect() as conn:  # a transaction-scoped lock: also behind a pooler
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"),
                         {"k": zlib.crc32(b"simloss-tune:schema")})
            try:
                yield
            finally:
                conn.rollback()
    finally:
        engine.dispose()


def _end_when_idle(conn: sa.Connection) -> None:
    """At the start of each transaction: the server ends it (and the session, which frees
    its locks) once it has been idle for IDLE_TIMEOUT_S. `SET LOCAL` lasts one transaction,
    so it also holds behind a pooler in transaction mode."""
    conn.exec_driver_sql(
        f"SET LOCAL idle_in_transaction_session_timeout = {int(IDLE_TIMEOUT_S * 1000)}")


def _root_cause(exc: BaseException) -> BaseException:
    while not isinstance(exc, _TRANSIENT) and (exc.__cause__ or exc.__context__):
        exc = exc.__cause__ or exc.__context__
    return exc


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets the dashboard read while the worker writes; NORMAL sync is safe with WAL and
    makes Optuna's one-commit-per-attribute writes cheap."""
    import sqlite3

    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()






def connection_error(url: str, exc: Exception) -> str:
    """One line that says why we could not connect, password masked."""
    reason = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    first = reason[0] if reason else type(exc).__name__
    for line in reason:
        if "password authentication failed" in line or "timeout expired" in line:
            first = line
    return f"cannot connect to the study database {mask_secrets(url)}: {mask_secrets(first)}"


@contextlib.contextmanager
def quiet_experimental() -> Iterator[None]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        yield


_TRANSIENT = (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.DisconnectionError)


# The server ended an idle transaction (IDLE_TIMEOUT_S); psycopg raises it as an
# InternalError, but for us it is a lost connection like any other.
_SESSION_ENDED_SQLSTATES = {"25P03"}


def is_connection_error(exc: BaseException) -> bool:
    """A lost or refused connection, also when Optuna wrapped it in StorageInternalError."""
    while exc is not None:
        if isinstance(exc, _TRANSIENT) or (
                getattr(getattr(exc, "orig", None), "sqlstate", None) in _SESSION_ENDED_SQLSTATES):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def driver_reason(exc: BaseException) -> str:
    """The first line of the driver's own error under `exc`, password masked: Optuna's
    wrapper only says "an exception is raised during the commit ... invalid data in the
    commit, e.g. exceeding max length", whatever happened."""
    cause = _root_cause(exc)
    lines = str(cause).strip().splitlines()
    return mask_secrets(lines[0] if lines else type(cause).__name__)


RETRY_ATTEMPTS = 10
RETRY_FIRST_DELAY_S = 0.5
RETRY_MAX_DELAY_S = 15.0
# Set while a `with_retries` call runs: a database call inside it is tried once, and the
# outermost call retries the whole operation. Retries therefore never nest, and one call
# makes at most RETRY_ATTEMPTS attempts (README: "A restarted database").
_retrying: contextvars.ContextVar[bool] = contextvars.ContextVar("retrying", default=False)


def retry_delays(attempts: int = RETRY_ATTEMPTS, first_delay: float = RETRY_FIRST_DELAY_S,
                 max_delay: float = RETRY_MAX_DELAY_S) -> list[float]:
    """The sleeps between the attempts of one `with_retries` call (attempts - 1 of them)."""
    delays, delay = [], first_delay
    for _ in range(attempts - 1):
        delays.append(delay)
        delay = min(delay * 2, max_delay)
    return delays


def with_retries(fn: Callable[[], T], *, what: str, attempts: int = RETRY_ATTEMPTS,
                 first_delay: float = RETRY_FIRST_DELAY_S,
                 max_delay: float = RETRY_MAX_DELAY_S) -> T:
    """Call `fn`, retrying on a lost database connection with exponential backoff.

    Bounded: at most `attempts` attempts and `sum(retry_delays())` (75.5 s) of sleep by
    default, enough for a server restart; then the error is raised so a worker does not hang
    forever on a dead server. Retries happen at one level only: inside `fn`, a nested
    `with_retries` calls its function once and leaves the retrying to this call (so `fn` must
    be safe to run again from the start: every caller's operation is idempotent).
    """
    if _retrying.get():
        return fn()
    token = _retrying.set(True)
    try:
        for attempt, delay in enumerate([*retry_delays(attempts, first_delay, max_delay),
                                         None], start=1):
            try:
                return fn()
            except (sa.exc.DBAPIError, optuna.exceptions.StorageInternalError) as exc:
                if delay is None or not is_connection_error(exc):
                    raise
                log.warning("database unreachable while %s (attempt %d/%d): %s; retrying in "
                            "%.1fs", what, attempt, attempts, driver_reason(exc), delay)
                time.sleep(delay)
    finally:
        _retrying.reset(token)
    raise AssertionError("unreachable")


@contextlib.contextmanager
def sqlite_worker_lock(url: str) -> Iterator[None]:
    """Hold an exclusive lock so that only one worker process uses an SQLite file. The lock
    file (`<db>.worker-lock`) is removed again however the worker ends, short of SIGKILL."""
    if not is_sqlite(url):
        yield
        return
    if not sqlite_path(url).is_file():
        open_storage(url)  # raises "no study database at ...": no lock file next to nothing
    lock_path = str(sqlite_path(url)) + ".worker-lock"
    fd = _lock_file(lock_path, sqlite_path(url))
    try:
        yield
    finally:
        # Removed while still locked: a worker that opened it meanwhile sees, once it holds
        # the lock, that the file is gone, and starts over (`_lock_file`).
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock_path)
        os.close(fd)


def _lock_file(lock_path: str, db: Path) -> int:
    """An open descriptor holding the exclusive lock of the file now at `lock_path`."""
    while True:
        fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ValueError(
                f"another worker is already using {str(db)!r}; SQLite supports "
                "one worker process (claims are not atomic there). Use PostgreSQL for several "
                "workers: --storage postgresql://user:pass@host/db") from None
        try:
            now = os.stat(lock_path)
        except FileNotFoundError:
            now = None
        held = os.fstat(fd)
        if now is not None and (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino):
            return fd
        os.close(fd)  # its last holder removed it as we opened it


def advisory_xact_lock(run: Callable[[str], sa.Result], rollback: Callable[[], None], *,
                       wait: bool) -> bool:
    """Take the transaction-scoped advisory lock `:k` in the transaction `run` executes in.

    Waiting polls with `pg_try_advisory_xact_lock` and ends the transaction between tries: a
    writer blocked inside `pg_advisory_xact_lock` would pin a server connection, and behind a
    pooler in transaction mode the waiters could take every one of them while the holder
    waits for one more (it also reads through the storage's other connections): deadlock."""
    delay = 0.02
    while True:
        if run("SELECT pg_try_advisory_xact_lock(:k)").scalar():
            return True
        if not wait:
            return False
        rollback()
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


class Held:
    """What `exclusive` yields: true while the lock is held, and a check that it still is."""

    def __init__(self, held: bool, conn: sa.Connection | None = None) -> None:
        self._held = held
        self._conn = conn

    def __bool__(self) -> bool:
        return self._held

    def check(self) -> None:
        """Raise a connection error if the lock's session has died. A server restart frees
        every advisory lock while its holder may still reconnect and write through its pool;
        call this before each write that the lock protects, so that such a holder stops (and
        `with_retries` starts over under a new lock) instead of racing the next one."""
        if self._conn is not None:
            self._conn.execute(sa.text("SELECT 1"))


@contextlib.contextmanager
def exclusive(storage: RDBStorage, key: str, *, wait: bool = True) -> Iterator[Held]:
    """A lock across processes and machines for writes that must not race (a PostgreSQL
    advisory lock, held by a connection of its own). Yields a `Held`: false with `wait=False`
    when another process holds the lock. On SQLite there is only one worker, so there is
    nothing to lock.

    The lock is transaction-scoped (`advisory_xact_lock`) in a transaction that
    stays open on that connection until the block ends: a pooler in transaction mode
    (pgbouncer) keeps one server connection for it, and the rollback at the end releases the
    lock there. A session lock would stay on whichever server connection the pooler gave
    back."""
    if storage.engine.dialect.name != "postgresql":
        yield Held(True)
        return
    lock_id = zlib.crc32(key.encode())
    with storage.engine.connect() as conn:
        held = advisory_xact_lock(
            lambda sql: conn.execute(sa.text(sql), {"k": lock_id}), conn.rollback,
            wait=wait)
        try:
            yield Held(held, conn if held else None)
        finally:
            if not conn.invalidated:  # else the session, and with it the lock, is gone
                conn.rollback()  # ends the transaction: releases the lock
