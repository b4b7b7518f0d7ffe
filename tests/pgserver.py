"""Start and stop a throwaway PostgreSQL server for the tests.

    eval "$(python -m tests.pgserver start)"   # exports SIMLOSS_TEST_POSTGRES_URL, SIMLOSS_PG_DIR
    python -m tests.pgserver stop "$SIMLOSS_PG_DIR"

The server runs from a temporary directory on a free loopback port, as the `postgres` user when
we are root (initdb refuses root), with password authentication so that a wrong password can be
tested. `tests/conftest.py` uses the same functions when no URL is given.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time

USER = "postgres"
PASSWORD = "simloss-test-pw"


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def available() -> bool:
    return _bin("initdb") is not None and _bin("pg_ctl") is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", USER, "--", *cmd]


def _chown(path: str) -> None:
    if os.geteuid() == 0:
        pw = pwd.getpwnam(USER)
        os.chown(path, pw.pw_uid, pw.pw_gid)


def start() -> tuple[str, str, int]:
    """Start a server; returns (url, directory, port)."""
    if not available():
        raise RuntimeError("PostgreSQL's initdb/pg_ctl not found (apt-get install postgresql)")
    root = tempfile.mkdtemp(prefix="simloss-pg-")
    os.chmod(root, 0o755)
    _chown(root)
    data, pwfile, sock = f"{root}/data", f"{root}/pw", f"{root}/sock"
    os.mkdir(sock)
    _chown(sock)
    with open(pwfile, "w") as f:
        f.write(PASSWORD + "\n")
    _chown(pwfile)
    subprocess.run(
        _as_postgres([_bin("initdb"), "-D", data, "-U", USER, "--auth=scram-sha-256",
                      f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C"]),
        check=True, stdout=subprocess.DEVNULL,
    )
    port = free_port()
    opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off"
    subprocess.run(
        _as_postgres([_bin("pg_ctl"), "-D", data, "-o", opts, "-l", f"{root}/log", "-w", "start"]),
        check=True, stdout=subprocess.DEVNULL,
    )
    return f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{port}/postgres", root, port


def restart(root: str) -> None:
    """Restart the server (fault-injection tests)."""
    subprocess.run(_as_postgres([_bin("pg_ctl"), "-D", f"{root}/data", "-m", "fast", "-w",
                                 "restart"]), check=True, stdout=subprocess.DEVNULL)


def stop(root: str) -> None:
    if os.path.isdir(f"{root}/data"):
        subprocess.run(_as_postgres([_bin("pg_ctl"), "-D", f"{root}/data", "-m", "immediate",
                                     "-w", "stop"]), stdout=subprocess.DEVNULL, check=False)
    shutil.rmtree(root, ignore_errors=True)


def wait_ready(url: str, timeout: float = 30.0) -> None:
    import sqlalchemy as sa

    deadline = time.monotonic() + timeout
    while True:
        try:
            with sa.create_engine(url, poolclass=sa.pool.NullPool).connect():
                return
        except sa.exc.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


if __name__ == "__main__":
    if sys.argv[1:2] == ["start"]:
        url, root, _ = start()
        print(f"export SIMLOSS_TEST_POSTGRES_URL='{url}'; export SIMLOSS_PG_DIR='{root}'")
    elif sys.argv[1:2] == ["stop"] and len(sys.argv) == 3:
        stop(sys.argv[2])
    else:
        sys.exit("usage: python -m tests.pgserver start | stop DIR")
