"""The docker compose path, the fast parts (the full check is `bash deploy/compose-check.sh`).

Without a Docker daemon: what compose makes of the files (docker-compose.yml with its GPU
override or with the CPU override), and the local database image's entrypoint run directly on
this machine against a temporary folder (Debian's postgresql-15, as in the image). With a
daemon (marker `docker`): the database image built and run for real.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import yaml

from tests import pgserver

REPO = Path(__file__).resolve().parents[1]
COMPOSE = shutil.which("docker-compose")
ENTRYPOINT = REPO / "deploy" / "docker" / "postgres-entrypoint.sh"
needs_compose = pytest.mark.skipif(COMPOSE is None, reason="docker-compose not installed")


def compose_config(*files: str, **env: str) -> dict:
    """`docker-compose [-f ...] config` from the repository root, with only these variables."""
    args = [COMPOSE, "--project-directory", str(REPO)]
    for f in files:
        args += ["-f", str(REPO / f)]
    clean = {k: v for k, v in os.environ.items()
             if k not in ("BASE_IMAGE", "POSTGRES_IMAGE", "STUDY", "DATA_DIR", "DASHBOARD_PORT",
                          "DOCKER_HOST", "COMPOSE_FILE")}
    out = subprocess.run([*args, "config"], cwd=REPO, env={**clean, "POSTGRES_PASSWORD": "pw",
                                                           **env},
                         capture_output=True, text=True, check=True).stdout
    return yaml.safe_load(out)["services"]


@needs_compose
def test_cpu_override_runs_workers_on_the_cpu_without_a_gpu_reservation():
    services = compose_config("docker-compose.yml", "docker-compose.cpu.yml")
    worker = services["worker"]
    assert worker["command"] == ["worker", "--device", "cpu"]
    assert "deploy" not in worker
    assert services["dashboard"]["ports"] == ["127.0.0.1:8080:8080/tcp"]
    for name in ("init", "worker", "dashboard"):
        assert services[name]["init"] is True  # tini passes docker stop's SIGTERM on
        assert services[name]["build"]["args"] == {"BASE_IMAGE": "python:3.11-slim"}
    assert services["db"]["image"] == "postgres:15"
    # the study is a bind mount of the file (a bare relative path would be a named volume)
    assert services["init"]["volumes"] == [
        f"{REPO}/studies/quickstart-digits.toml:/study.toml:ro"]


@needs_compose
def test_default_files_reserve_one_nvidia_gpu_per_worker():
    # no -f: compose reads docker-compose.yml and docker-compose.override.yml
    args = [COMPOSE, "config"]
    env = {**os.environ, "POSTGRES_PASSWORD": "pw"}
    env.pop("COMPOSE_FILE", None)
    worker = yaml.safe_load(subprocess.run(args, cwd=REPO, env=env, capture_output=True,
                                           text=True, check=True).stdout)["services"]["worker"]
    assert worker["command"] == ["worker", "--device", "cuda:0"]
    assert worker["deploy"]["resources"]["reservations"]["devices"] == [
        {"driver": "nvidia", "count": 1, "capabilities": ["gpu"]}]


@needs_compose
def test_variables_choose_the_local_images_and_the_dashboard_port():
    services = compose_config("docker-compose.yml", "docker-compose.cpu.yml",
                              BASE_IMAGE="simloss-base:bookworm",
                              POSTGRES_IMAGE="simloss-postgres:15", DASHBOARD_PORT="18080")
    assert services["db"]["image"] == "simloss-postgres:15"
    assert services["worker"]["build"]["args"] == {"BASE_IMAGE": "simloss-base:bookworm"}
    assert services["dashboard"]["ports"] == ["127.0.0.1:18080:8080/tcp"]


@needs_compose
def test_compose_refuses_to_start_without_a_password():
    clean = {k: v for k, v in os.environ.items() if k != "POSTGRES_PASSWORD"}
    result = subprocess.run([COMPOSE, "config"], cwd=REPO, env=clean, capture_output=True,
                            text=True)
    assert result.returncode != 0
    assert "set POSTGRES_PASSWORD" in result.stderr


# --- the database image's entrypoint, run directly -------------------------------------------

needs_postgres = pytest.mark.skipif(not pgserver.available(),
                                    reason="PostgreSQL's initdb/pg_ctl not installed")


class Entrypoint:
    """Runs deploy/docker/postgres-entrypoint.sh as the image would, with PGDATA in a folder of
    ours and the server on a free loopback port."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="simloss-entrypoint-"))
        os.chmod(self.root, 0o755)       # the server runs as postgres when we are root
        self.sock = self.root / "sock"
        self.sock.mkdir()
        pgserver._chown(str(self.sock))
        self.data = self.root / "data"
        self.port = pgserver.free_port()
        # the image puts Debian's /usr/lib/postgresql/15/bin first on PATH; here: initdb's folder
        self.bin = os.path.dirname(os.path.realpath(pgserver._bin("initdb")))

    def env(self, **extra: str) -> dict:
        keep = {k: v for k, v in os.environ.items() if not k.startswith(("POSTGRES_", "PG"))}
        return {**keep, "PATH": f"{self.bin}:{os.environ['PATH']}", "PGDATA": str(self.data),
                **extra}

    def start(self, **env: str) -> subprocess.Popen:
        server = subprocess.Popen(
            [str(ENTRYPOINT), "postgres", "-k", str(self.sock), "-p", str(self.port),
             "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"],
            env=self.env(**env), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 60
        while subprocess.run([f"{self.bin}/pg_isready", "-h", str(self.sock), "-p",
                              str(self.port)], capture_output=True).returncode != 0:
            assert server.poll() is None, server.stdout.read()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        return server

    def url(self, password: str, user: str = "simloss", db: str = "simloss") -> str:
        from urllib.parse import quote
        return f"postgresql://{user}:{quote(password, safe='')}@127.0.0.1:{self.port}/{db}"

    def stop(self, server: subprocess.Popen) -> str:
        server.send_signal(signal.SIGINT)  # the image's STOPSIGNAL: fast shutdown
        out, _ = server.communicate(timeout=60)
        return out

    def cleanup(self):
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture
def entrypoint():
    e = Entrypoint()
    yield e
    e.cleanup()


def query(url: str, sql: str):
    import sqlalchemy as sa

    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as c:
            result = c.execute(sa.text(sql))
            return result.fetchall() if result.returns_rows else None
    finally:
        engine.dispose()


@needs_postgres
def test_entrypoint_initialises_the_volume_once_and_reuses_it(entrypoint):
    import sqlalchemy as sa

    password = "pw with 'quotes\" and spaces"
    env = {"POSTGRES_USER": "simloss", "POSTGRES_DB": "simloss", "POSTGRES_PASSWORD": password}
    server = entrypoint.start(**env)
    try:
        url = entrypoint.url(password)
        assert query(url, "SELECT current_user, current_database(), current_setting("
                          "'max_connections'), current_setting('password_encryption')") == [
            ("simloss", "simloss", "300", "scram-sha-256")]
        query(url, "CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)")
        with pytest.raises(sa.exc.OperationalError, match="password authentication failed"):
            query(entrypoint.url("wrong"), "SELECT 1")
        hba = (entrypoint.data / "pg_hba.conf").read_text()
        assert "host all all all scram-sha-256" in hba and "trust" not in hba.split(
            "# TYPE", 1)[1]
    finally:
        first = entrypoint.stop(server)
    assert "initialised" in first and password not in first

    # second start: the data is reused as it is; the environment is not read again
    server = entrypoint.start(POSTGRES_PASSWORD="another", POSTGRES_DB="other")
    try:
        assert query(entrypoint.url(password), "SELECT x FROM kept") == [(42,)]
        with pytest.raises(sa.exc.OperationalError):
            query(entrypoint.url("another"), "SELECT 1")
    finally:
        second = entrypoint.stop(server)
    assert "initialised" not in second


@needs_postgres
def test_entrypoint_defaults_the_database_to_the_user(entrypoint):
    server = entrypoint.start(POSTGRES_USER="alice", POSTGRES_PASSWORD="pw")
    try:
        assert query(entrypoint.url("pw", "alice", "alice"), "SELECT current_database()") == [
            ("alice",)]
    finally:
        entrypoint.stop(server)


@needs_postgres
@pytest.mark.parametrize("env, message", [
    ({"POSTGRES_USER": "simloss"}, "POSTGRES_PASSWORD is empty"),
    ({"POSTGRES_PASSWORD": "pw", "POSTGRES_DB": 'x"; DROP'}, "letters, digits and _ only"),
])
def test_entrypoint_refuses_bad_settings_before_writing(entrypoint, env, message):
    result = subprocess.run([str(ENTRYPOINT), "postgres"], env=entrypoint.env(**env),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (entrypoint.data / "PG_VERSION").exists()


# --- the database image in a real container (a private dockerd) ------------------------------

ROOTFS = Path(os.environ.get("SIMLOSS_DOCKER_CACHE",
                             Path.home() / ".cache" / "simloss-tune" / "docker")) \
    / "bookworm-rootfs.tar"


@pytest.fixture
def docker_daemon():
    from tests import dockerd

    reason = dockerd.unavailable()
    if reason:
        pytest.skip(reason)
    if not ROOTFS.is_file():
        # debootstrap takes about a minute; base.sh or the compose check caches its result
        pytest.skip(f"no cached Debian root file system {ROOTFS} (bash deploy/docker/base.sh "
                    "makes it)")
    daemon = dockerd.start()
    yield daemon
    dockerd.stop(daemon)


def wait_healthy(daemon, name: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while daemon.docker("exec", name, "pg_isready", "-U", "simloss", "-d", "simloss",
                        check=False).returncode != 0:
        assert time.monotonic() < deadline, daemon.docker("logs", name, check=False).stdout
        time.sleep(0.5)


@pytest.mark.docker
def test_database_image_runs_as_compose_uses_it(docker_daemon):
    d = docker_daemon
    env = {**d.env(), "SIMLOSS_DOCKER_CACHE": str(ROOTFS.parent)}
    subprocess.run(["bash", str(REPO / "deploy" / "docker" / "base.sh")], env=env, check=True,
                   capture_output=True, timeout=600)
    d.docker("network", "create", "simloss-test")
    password = "pw-" + os.urandom(8).hex()
    d.docker("run", "-d", "--name", "db", "--network", "simloss-test",
             "-e", "POSTGRES_USER=simloss", "-e", "POSTGRES_DB=simloss",
             "-e", f"POSTGRES_PASSWORD={password}", "-v", "pgdata:/var/lib/postgresql/data",
             "simloss-postgres:15", "postgres", "-c", "max_connections=300")
    wait_healthy(d, "db")
    ip = d.docker("inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}",
                  "db").stdout.strip()
    url = f"postgresql://simloss:{password}@{ip}:5432/simloss"  # over the test's own bridge
    assert query(url, "SELECT current_user, current_setting('max_connections')") == [
        ("simloss", "300")]
    query(url, "CREATE TABLE kept (x int); INSERT INTO kept VALUES (7)")
    # the server is PID 1 and not root (the entrypoint re-executes itself as postgres)
    status = d.docker("exec", "db", "cat", "/proc/1/status").stdout
    uid = next(line.split()[1] for line in status.splitlines() if line.startswith("Uid:"))
    assert uid != "0"
    assert d.docker("exec", "db", "cat", "/proc/1/comm").stdout.strip() == "postgres"

    d.docker("restart", "db")   # STOPSIGNAL SIGINT: a fast shutdown, then the same volume
    wait_healthy(d, "db")
    ip = d.docker("inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}",
                  "db").stdout.strip()
    url = f"postgresql://simloss:{password}@{ip}:5432/simloss"
    assert query(url, "SELECT x FROM kept") == [(7,)]
    logs = d.docker("logs", "db").stdout + d.docker("logs", "db").stderr
    assert logs.count("initialised") == 1 and password not in logs
    d.docker("rm", "-f", "db")
    d.docker("network", "rm", "simloss-test")
    d.docker("volume", "rm", "pgdata")
