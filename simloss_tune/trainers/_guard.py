"""Run a program and take it and every process it started down with the worker.

Started by the command trainer as ``python _guard.py PARENT_PID GRACE_S PROGRAM ARGS...`` (by
file path, so it imports nothing heavy), as the leader of a new process group. No program, and
nothing it started, may outlive its worker to write results for a trial that another worker
owns by then, or keep a GPU busy.

* The worker is SIGKILLed: it cannot clean up, so the guard asks the kernel to signal it when
  its parent dies (PR_SET_PDEATHSIG; elsewhere a thread polls the parent pid) and then kills
  every descendant at once.
* The program exits: whatever it left running is killed at once.
* The worker stops (Ctrl-C, SIGTERM: it sends SIGTERM to this process group): the program
  handles it; descendants that left the group (``setsid``, a daemonizing tool) get the signal
  from the guard; GRACE_S seconds later whatever is still running is killed.

"Every descendant" holds on Linux: the guard is a child subreaper (PR_SET_CHILD_SUBREAPER), so
a process whose parent exits is re-parented to the guard instead of init, and the guard finds
all of them by walking /proc. Elsewhere only the program's process group is reached.
"""

import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
KILL_TRIES_S = 5.0  # a process stuck in the kernel (state D) may ignore SIGKILL for a while

_grace_s = 10.0  # from the command line
_stop_deadline: float | None = None  # set by the first stop request


def _prctl(option: int, value: int) -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _processes() -> dict[int, tuple[int, int, str]]:
    """pid -> (parent pid, process group, state) of every process, from /proc ({} without)."""
    table = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return {}
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()  # the name may hold ') '
        except (OSError, IndexError):
            continue  # gone meanwhile
        table[int(entry)] = (int(fields[1]), int(fields[2]), fields[0].decode())
    return table


def descendants(outside_group: bool = False) -> list[int]:
    """The living processes below this one, parents before children (optionally only those
    that left our process group). Orphans among them are our children: we are a subreaper."""
    table = _processes()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo, group = [], [os.getpid()], os.getpgrp()
    while todo:
        for pid in children.get(todo.pop(0), []):
            todo.append(pid)
            _, pgid, state = table[pid]
            if state not in ("Z", "X") and not (outside_group and pgid == group):
                found.append(pid)
    return found


def _signal(pids: list[int], sig: int) -> None:
    # A pid read from /proc a moment ago could in principle name another process by now (the
    # descendant exited, was reaped and its number reused, all in between): a window of
    # microseconds, accepted here (pidfds would close it).
    for pid in pids:
        try:
            os.kill(pid, sig)
        except (ProcessLookupError, PermissionError):
            pass


def _reap() -> None:
    """Collect our dead children once the program's status is ours (see `_wait_reaping`)."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
    except ChildProcessError:
        pass


def kill_descendants() -> None:
    """SIGKILL every descendant, again until none is left: one forked just before its parent
    died shows up in the next look. (No reaping here: the program's exit status belongs to
    `main`; the dead are zombies, which `descendants` skips.)"""
    deadline = time.monotonic() + KILL_TRIES_S
    while (pids := descendants()) and time.monotonic() < deadline:
        _signal(pids, signal.SIGKILL)
        time.sleep(0.01)


def _kill_all(*_args) -> None:
    """The worker died or gave up waiting: everything below us, then our group (us too)."""
    kill_descendants()
    os.killpg(os.getpgrp(), signal.SIGKILL)


def _stop(signum: int, _frame) -> None:
    """The worker stops: the program got the signal with its group; pass it on to those that
    left the group, and kill all that still runs once the grace period is over."""
    global _stop_deadline
    if _stop_deadline is None:
        _stop_deadline = time.monotonic() + _grace_s
        timer = threading.Timer(_grace_s, kill_descendants)
        timer.daemon = True
        timer.start()
    _signal(descendants(outside_group=True), signum)


def _watch_parent(parent: int) -> None:
    """Where prctl is missing: poll the parent pid."""
    while True:
        if os.getppid() != parent:
            _kill_all()
        time.sleep(0.5)


def _wait_reaping(pid: int) -> int:
    """Wait for the program; reap the orphans re-parented to us meanwhile, as init would, so
    that a long run that leaves many does not fill the process table with zombies."""
    while True:
        child, status = os.waitpid(-1, 0)
        if child == pid:
            return os.waitstatus_to_exitcode(status)


def _after_exit() -> None:
    """The program is gone: after a stop request, its descendants may use what is left of
    the grace period; otherwise they are killed now."""
    if _stop_deadline is not None:
        while descendants() and time.monotonic() < _stop_deadline:
            time.sleep(0.05)
            _reap()
    kill_descendants()
    _reap()


def main(argv: list[str]) -> int:
    global _grace_s
    parent, _grace_s, program = int(argv[0]), float(argv[1]), argv[2:]
    signal.signal(signal.SIGUSR1, _kill_all)
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    if not _prctl(PR_SET_PDEATHSIG, signal.SIGUSR1):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # died before the signal was armed
        _kill_all()
    # The program's handlers start from the defaults (exec resets Python's handlers).
    proc = subprocess.Popen(program)
    proc.returncode = code = _wait_reaping(proc.pid)
    _after_exit()
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
