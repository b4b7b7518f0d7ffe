"""Run a program in this process group and take the whole group down when the worker dies.

Started by the command trainer as ``python _guard.py PARENT_PID PROGRAM ARGS...`` (by file
path, so it imports nothing heavy), as the leader of a new process group. A worker that is
SIGKILLed cannot clean up, so the guard asks the kernel to signal it when its parent dies
(PR_SET_PDEATHSIG; elsewhere a thread polls the parent pid) and then kills its process group:
the program and everything it started. No program outlives its worker to write results for a
trial that another worker owns by then.

SIGTERM and SIGINT, which the worker sends to the whole group when it is stopped, are left to
the program; the guard waits for it and exits with its status.
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


def _kill_group(*_args) -> None:
    os.killpg(os.getpgrp(), signal.SIGKILL)


def _watch_parent(parent: int) -> None:
    """Where prctl is missing: poll the parent pid."""
    while True:
        if os.getppid() != parent:
            _kill_group()
        time.sleep(0.5)


def main(argv: list[str]) -> int:
    parent, program = int(argv[0]), argv[1:]
    signal.signal(signal.SIGUSR1, _kill_group)
    signal.signal(signal.SIGTERM, lambda *a: None)  # the program gets it too; wait for it
    signal.signal(signal.SIGINT, lambda *a: None)
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        ok = libc.prctl(PR_SET_PDEATHSIG, signal.SIGUSR1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        ok = False
    if not ok:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # died before the signal was armed
        _kill_group()
    # The program's handlers start from the defaults (exec resets Python's handlers).
    proc = subprocess.Popen(program)
    code = proc.wait()
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
