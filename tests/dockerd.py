"""Start and stop a private Docker daemon for the `docker` tests, as tests/pgserver.py does for
PostgreSQL: data root, exec root, socket and pid file in a temporary folder; clients reach it
through DOCKER_HOST. Needs root and Debian's docker.io (dockerd)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Daemon:
    root: str
    host: str                      # DOCKER_HOST for clients
    process: subprocess.Popen
    bridge_existed: bool

    def env(self) -> dict:
        return {**os.environ, "DOCKER_HOST": self.host, "DOCKER_BUILDKIT": "0"}

    def docker(self, *args: str, check: bool = True, timeout: float = 300,
               **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(["docker", *args], env=self.env(), capture_output=True, text=True,
                              check=check, timeout=timeout, **kwargs)


def unavailable() -> str | None:
    """Why no private daemon can start here, or None."""
    if shutil.which("dockerd") is None or shutil.which("docker") is None:
        return "dockerd/docker not installed (Debian: apt-get install docker.io)"
    if os.geteuid() != 0:
        return "dockerd needs root"
    states = subprocess.run(["ps", "-C", "dockerd", "-o", "stat="], capture_output=True,
                            text=True).stdout.split()
    if any(not s.startswith("Z") for s in states):
        return "another dockerd runs here (its docker0 bridge would be shared)"
    return None


def _bridge_exists() -> bool:
    return subprocess.run(["ip", "link", "show", "docker0"], capture_output=True).returncode == 0


def start(timeout: float = 60.0) -> Daemon:
    root = tempfile.mkdtemp(prefix="simloss-dockerd-")
    host = f"unix://{root}/docker.sock"
    existed = _bridge_exists()
    log = open(f"{root}/dockerd.log", "w")
    process = subprocess.Popen(
        ["dockerd", "--data-root", f"{root}/data", "--exec-root", f"{root}/exec", "-H", host,
         "--pidfile", f"{root}/dockerd.pid"], stdout=log, stderr=subprocess.STDOUT)
    daemon = Daemon(root, host, process, existed)
    deadline = time.monotonic() + timeout
    while daemon.docker("info", check=False, timeout=30).returncode != 0:
        if process.poll() is not None or time.monotonic() > deadline:
            stop(daemon)
            raise RuntimeError("dockerd did not start")
        time.sleep(0.5)
    return daemon


def stop(daemon: Daemon) -> None:
    if daemon.process.poll() is None:
        daemon.process.send_signal(signal.SIGTERM)
        try:
            daemon.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            daemon.process.kill()
            daemon.process.wait()
    if not daemon.bridge_existed:
        subprocess.run(["ip", "link", "delete", "docker0"], capture_output=True)
    shutil.rmtree(daemon.root, ignore_errors=True)
