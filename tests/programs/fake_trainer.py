"""A stand-in training program for command-trainer tests (standard library only, so it
starts in milliseconds). Mode from $FAKE_MODE:

ok         report two epochs, write metrics (val mae = value + seed / 100)
slow       write its pid and a child's pid to pids.txt in the workdir, report an epoch every
           0.2 s for $FAKE_SECONDS, then write metrics (the child: a `sleep` it started)
crash      print a line with a password-bearing URL to stderr and exit 3
hang       sleep forever
nometrics  exit 0 without a metrics file
badjson    write a metrics file that is not JSON
missing    write metrics without 'accuracy'
nan        write a NaN objective

With $FAKE_DAEMON set it first starts a daemon, as a daemonizing tool would: a `sleep` in a
session of its own (`setsid`), orphaned at once, that ignores SIGTERM; its pid goes to
daemon.pid in the workdir before the program goes on.
"""

import json
import os
import subprocess
import sys
import time

mode = os.environ.get("FAKE_MODE", "ok")
value, seed = float(os.environ["SIMLOSS_VALUE"]), int(os.environ["SIMLOSS_SEED"])
if "--seed" in sys.argv:  # a seed given on the command line wins (e.g. a fixed "0")
    seed = int(sys.argv[sys.argv.index("--seed") + 1])
out = os.environ["SIMLOSS_METRICS"]
if "--out" in sys.argv:
    out = sys.argv[sys.argv.index("--out") + 1]
report = os.environ["SIMLOSS_REPORT"]
metrics = {"mae": value + seed / 100, "accuracy": 0.5 - value / 10}
with open(os.path.join(os.environ["SIMLOSS_WORKDIR"], "seen.json"), "w") as fh:
    json.dump({"argv": sys.argv[1:], "executable": sys.executable,
               "env": {k: v for k, v in os.environ.items() if k.startswith("SIMLOSS_")}}, fh)


DAEMON = """
import os, signal, sys
if os.fork():
    os._exit(0)  # the daemon's parent exits at once: it is an orphan
os.setsid()
signal.signal(signal.SIGTERM, signal.SIG_IGN)  # kept across exec
with open(sys.argv[1] + ".tmp", "w") as fh:
    fh.write(str(os.getpid()))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
os.execvp("sleep", ["sleep", "1000"])
"""


def start_daemon() -> None:
    path = os.path.join(os.environ["SIMLOSS_WORKDIR"], "daemon.pid")
    subprocess.run([sys.executable, "-c", DAEMON, path], check=True)
    end = time.monotonic() + 30
    while not os.path.exists(path) and time.monotonic() < end:
        time.sleep(0.01)


def epoch(e: int) -> None:
    with open(report, "a") as fh:
        fh.write(json.dumps({"epoch": e, "val": metrics}) + "\n")


if os.environ.get("FAKE_DAEMON"):
    start_daemon()
if mode == "crash":
    print("connecting to postgresql://bob:hunter2@db:5432/x", file=sys.stderr)
    print("RuntimeError: cannot reach postgresql://bob:hunter2@db:5432/x", file=sys.stderr)
    sys.exit(3)
if mode == "hang":
    time.sleep(3600)
if mode == "slow":
    child = subprocess.Popen(["sleep", "3600"])
    with open(os.path.join(os.environ["SIMLOSS_WORKDIR"], "pids.txt"), "w") as fh:
        fh.write(f"{os.getpid()} {child.pid}\n")
    end = time.monotonic() + float(os.environ.get("FAKE_SECONDS", "3"))
    e = 0
    while time.monotonic() < end:
        e += 1
        epoch(e)
        time.sleep(0.2)
    child.kill()
if mode == "nometrics":
    sys.exit(0)
epoch(1)
epoch(2)
with open(out, "w") as fh:
    if mode == "badjson":
        fh.write("{not json")
    elif mode == "missing":
        json.dump({"val": {"mae": 1.0}, "test": {"mae": 1.0}}, fh)
    elif mode == "nan":
        fh.write('{"val": {"mae": NaN, "accuracy": 0.1}, "test": {"mae": 1, "accuracy": 0.1}}')
    else:
        json.dump({"val": metrics, "test": metrics}, fh)
