"""Start and stop a throwaway pgbouncer (transaction pooling) in front of a test PostgreSQL.

    eval "$(python -m tests.bouncer start PGPORT [POOL_SIZE])"  # exports SIMLOSS_BOUNCER_DIR/PORT
    python -m tests.bouncer stop "$SIMLOSS_BOUNCER_DIR"

Every database of the server is reachable through it (`* =`), with the test server's user and
password (SCRAM both ways), on a free loopback port; `pool_mode = transaction` with
`default_pool_size` server connections per database and user. pgbouncer refuses to run as
root, so it runs as `postgres` then, like tests/pgserver.py's server. Needs Debian's pgbouncer.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests import pgserver

POOL_SIZE = 4


def missing() -> str | None:
    if shutil.which("pgbouncer") is None and not Path("/usr/sbin/pgbouncer").exists():
        return "pgbouncer not installed (apt-get install pgbouncer)"
    return None


def _exe() -> str:
    return shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"


def start(server_port: int, pool_size: int = POOL_SIZE) -> tuple[str, int]:
    """Start pgbouncer in front of 127.0.0.1:server_port; returns (directory, port)."""
    why = missing()
    if why:
        raise RuntimeError(why)
    root = tempfile.mkdtemp(prefix="simloss-bouncer-")
    os.chmod(root, 0o755)
    port = pgserver.free_port()
    Path(root, "userlist.txt").write_text(f'"{pgserver.USER}" "{pgserver.PASSWORD}"\n')
    Path(root, "pgbouncer.ini").write_text(f"""\
[databases]
* = host=127.0.0.1 port={server_port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = scram-sha-256
auth_file = {root}/userlist.txt
admin_users = {pgserver.USER}
pool_mode = transaction
default_pool_size = {pool_size}
min_pool_size = 0
reserve_pool_size = 0
max_client_conn = 500
server_reset_query =
# hand out server connections in turn, not the last one used: as under real load, a client's
# next transaction lands on another server connection (what breaks session state)
server_round_robin = 1
ignore_startup_parameters = extra_float_digits,options
logfile = {root}/pgbouncer.log
pidfile = {root}/pgbouncer.pid
""")
    for name in ("", "userlist.txt", "pgbouncer.ini"):
        pgserver._chown(os.path.join(root, name))
    os.chmod(f"{root}/userlist.txt", 0o600)
    subprocess.run(pgserver._as_postgres([_exe(), "-d", f"{root}/pgbouncer.ini"]), check=True,
                   stdout=subprocess.DEVNULL)
    return root, port


def stop(root: str) -> None:
    try:
        pid = int(Path(root, "pgbouncer.pid").read_text().split()[0])
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            os.kill(pid, 0)
            time.sleep(0.1)
    except (OSError, ValueError, IndexError):
        pass
    shutil.rmtree(root, ignore_errors=True)


def pools(port: int) -> list[dict[str, str]]:
    """pgbouncer's SHOW POOLS (admin console; simple query protocol only)."""
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=port, user=pgserver.USER, dbname="pgbouncer",
                         password=pgserver.PASSWORD, autocommit=True) as conn:
        res = conn.pgconn.exec_(b"SHOW POOLS")
        names = [res.fname(i).decode() for i in range(res.nfields)]
        return [{n: (res.get_value(r, i) or b"").decode() for i, n in enumerate(names)}
                for r in range(res.ntuples)]


def url_through(url: str, port: int) -> str:
    """The same database URL, through the bouncer's port."""
    import sqlalchemy as sa

    return sa.engine.make_url(url).set(host="127.0.0.1", port=port).render_as_string(
        hide_password=False)


if __name__ == "__main__":
    if sys.argv[1:2] == ["start"] and len(sys.argv) in (3, 4):
        d, p = start(int(sys.argv[2]), *(int(a) for a in sys.argv[3:]))
        print(f"export SIMLOSS_BOUNCER_DIR='{d}'; export SIMLOSS_BOUNCER_PORT={p}")
    elif sys.argv[1:2] == ["stop"] and len(sys.argv) == 3:
        stop(sys.argv[2])
    else:
        sys.exit("usage: python -m tests.bouncer start PGPORT [POOL_SIZE] | stop DIR")
