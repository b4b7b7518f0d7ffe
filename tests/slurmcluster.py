"""Start and stop a private single-node SLURM cluster for the tests.

    python -m tests.slurmcluster start   # prints export SLURM_CONF=... SIMLOSS_SLURM_DIR=...
    python -m tests.slurmcluster stop DIR

Everything lives in a temporary folder: a munge key and its own munged (own socket), a
slurm.conf on free loopback ports with state, spool, pid and log files there, slurmctld and
slurmd in the foreground as our children. Clients (sbatch, squeue, scancel, scontrol) find it
through SLURM_CONF. The node is configured with at least 4 CPUs (`config_overrides`), so a job
array of 3 one-CPU workers runs at once on a 2-core machine; there is no GPU gres. Needs root
(slurmd launches jobs as their user) and Debian's `slurm-wlm` and `munge`.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROGRAMS = ("munged", "slurmctld", "slurmd", "sbatch", "squeue", "scancel", "scontrol", "sinfo")
NODE = "simloss-node"
PARTITION = "simloss"
MUNGE_USER = "munge"


def missing() -> str | None:
    """Why no cluster can start here, or None."""
    absent = [p for p in PROGRAMS if not Path(_which(p)).exists()]
    if absent:
        return f"SLURM not installed ({', '.join(absent)} missing: apt-get install slurm-wlm munge)"
    if os.geteuid() != 0:
        return "a private SLURM cluster needs root (slurmd starts jobs as their user)"
    try:
        pwd.getpwnam(MUNGE_USER)
    except KeyError:
        return "no 'munge' user (apt-get install munge)"
    return None


def _which(name: str) -> str:
    return shutil.which(name) or f"/usr/sbin/{name}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    root: Path

    @property
    def conf(self) -> Path:
        return self.root / "slurm.conf"

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        return {**(os.environ if base is None else base), "SLURM_CONF": str(self.conf)}

    def run(self, *cmd: str, check: bool = True) -> str:
        return subprocess.run([_which(cmd[0]), *cmd[1:]], env=self.env(), check=check,
                              capture_output=True, text=True).stdout


def _start_munge(root: Path) -> None:
    mdir = root / "munge"
    mdir.mkdir()
    mdir.chmod(0o755)  # munged: the socket folder must be searchable by everyone
    key = mdir / "munge.key"
    key.write_bytes(os.urandom(1024))
    key.chmod(0o400)
    pw = pwd.getpwnam(MUNGE_USER)
    for path in (mdir, key):
        os.chown(path, pw.pw_uid, pw.pw_gid)
    subprocess.run(["runuser", "-u", MUNGE_USER, "--", _which("munged"),
                    f"--socket={mdir}/munge.sock", f"--key-file={key}",
                    f"--pid-file={mdir}/munged.pid", f"--log-file={mdir}/munged.log",
                    f"--seed-file={mdir}/munged.seed"], check=True)


def _config(root: Path) -> str:
    host = socket.gethostname()
    cpus = max(os.cpu_count() or 1, 4)
    mem_mib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20 // 2
    return f"""\
ClusterName=simlosstest
SlurmctldHost={host}(127.0.0.1)
SlurmctldPort={_free_port()}
SlurmdPort={_free_port()}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket={root}/munge/munge.sock
CredType=cred/munge
StateSaveLocation={root}/state
SlurmdSpoolDir={root}/spool
SlurmctldPidFile={root}/slurmctld.pid
SlurmdPidFile={root}/slurmd.pid
SlurmctldLogFile={root}/slurmctld.log
SlurmdLogFile={root}/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
SlurmdParameters=config_overrides
MpiDefault=none
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
JobRequeue=1
KillWait=30
NodeName={NODE} NodeHostname={host} NodeAddr=127.0.0.1 CPUs={cpus} RealMemory={mem_mib}
PartitionName={PARTITION} Nodes={NODE} Default=YES MaxTime=INFINITE State=UP
"""


def start(timeout: float = 60.0) -> Cluster:
    why = missing()
    if why:
        raise RuntimeError(why)
    root = Path(tempfile.mkdtemp(prefix="simloss-slurm-"))
    root.chmod(0o755)  # munged runs as `munge` and must reach its folder
    cluster = Cluster(root)
    try:
        for sub in ("state", "spool"):
            (root / sub).mkdir()
        _start_munge(root)
        cluster.conf.write_text(_config(root))
        env = cluster.env()
        for daemon, extra in (("slurmctld", ["-i"]), ("slurmd", ["-N", NODE])):
            subprocess.Popen([_which(daemon), "-D", *extra], env=env, start_new_session=True,
                             stdout=open(root / f"{daemon}.out", "w"), stderr=subprocess.STDOUT)
        _wait_idle(cluster, timeout)
    except BaseException:
        stop(root)
        raise
    return cluster


def _wait_idle(cluster: Cluster, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    state = ""
    while time.monotonic() < deadline:
        state = cluster.run("sinfo", "-h", "-N", "-o", "%T", check=False).strip()
        if state == "idle":
            return
        time.sleep(0.5)
    logs = "".join((cluster.root / f).read_text()[-2000:] for f in ("slurmctld.log", "slurmd.log")
                   if (cluster.root / f).exists())
    raise RuntimeError(f"SLURM node not idle after {timeout:.0f} s (state {state!r}):\n{logs}")


def _kill_pidfile(path: Path, sig: int = signal.SIGTERM, wait: float = 15.0) -> None:
    try:
        pid = int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def stop(root: str | Path) -> None:
    """Cancel every job, stop slurmd, slurmctld and munged, remove the folder."""
    root = Path(root)
    if (root / "slurm.conf").exists():
        Cluster(root).run("scancel", "--full", "--partition", PARTITION, check=False)
    for name in ("slurmd.pid", "slurmctld.pid", "munge/munged.pid"):
        _kill_pidfile(root / name)
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["start"]:
        c = start()
        print(f"export SLURM_CONF='{c.conf}'; export SIMLOSS_SLURM_DIR='{c.root}'")
    elif sys.argv[1:2] == ["stop"] and len(sys.argv) == 3:
        stop(sys.argv[2])
    else:
        sys.exit("usage: python -m tests.slurmcluster start | stop DIR")
