"""The GPU measurement after the tests (bench/gpu.sh runs it): throughput (a), (b), (c), the
batching chosen by measurement, and the paper's full UTKFace grid through init, the worker
and the report on SQLite, from a pack (bench/make_pack.py). Needs no network and nothing
outside the repository but the pack.

    python3 bench/gpu.py --out $OUT                       # on the GPU machine
    python3 bench/gpu.py --device cpu --out /tmp/dry --grid-values 0.0,0.5 --seeds 2 \\
        --limit 64 --max-epochs 2 --bench-images 96 --bench-epochs 1 --choose-images 64 \\
        --candidates 1,2                                  # a dry run on a CPU

Phases, each timed: unpack (part of the pack unzipped for the reference (a), which decodes JPEG
files in a DataLoader: here the pack's 60x60 JPEGs, quicker to decode than the 200x200
originals, so (a) is faster than on the originals and (c)/(a) errs low), bench
(bench/train.py --device D: (a), (b), (c) with 10 runs batched), choose (the trainer's
images/s for each candidate number of runs batched, K; the grid uses the largest K within 10
% of the best rate, since fewer, larger batches leave fewer half-empty tails), then init,
worker (`worker --gpus all --batch-runs K`; `--device cpu` on a CPU), report and, if time is
left, a profile of one epoch of K runs (torch.profiler's top operations). Writes to
--out: timings.json, bench.json, report.md, metrics.png, distribution.png, report.tar.gz
(the report in every format, its figures, the export) and study-db.sql.gz (the study
database): with gpu.sh's gpu.log, the 8 files $OUT returns. It prints `gpu grid wall time:
<s> s on <device>` (init + worker + report) and
`gpu (c)/(a): <ratio>`; on a CPU, the same figures labelled as a dry run.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import tomllib

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "simloss_tune.cli"]
TIMINGS: dict[str, float] = {}


def phase(name: str, start: float) -> float:
    seconds = time.perf_counter() - start
    TIMINGS[name] = round(seconds, 2)
    print(f"== phase {name}: {seconds:.1f} s", flush=True)
    return seconds


def run(argv: list[str], timeout: float | None = None, **kw) -> int:
    """Run a command in its own process group; on timeout SIGTERM the whole group (the
    worker gives its claimed runs back), then SIGKILL what is left after 30 s."""
    print("$ " + " ".join(map(str, argv)), flush=True)
    proc = subprocess.Popen(argv, start_new_session=True, **kw)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        what = " ".join(map(str, argv[1:5]))
        print(f"!! {what} ... still running after {timeout:.0f} s: stopping it (SIGTERM)",
              flush=True)
        os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _group_alive(proc):
            time.sleep(0.2)
        if _group_alive(proc):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return 124


def _group_alive(proc: subprocess.Popen) -> bool:
    """Whether any process of the group `proc` leads still runs (`--gpus all` starts its
    workers as children); reaps `proc` first, since a zombie still counts as a member."""
    proc.poll()
    try:
        os.killpg(proc.pid, 0)
    except ProcessLookupError:
        return False
    return True


def device_name(device: str) -> str:
    import torch

    if device.startswith("cuda"):
        return torch.cuda.get_device_name(0)
    import platform

    return f"cpu ({platform.processor() or platform.machine()}, {os.cpu_count()} cores)"


# ------------------------------------------------------------------------------ bench


def unpack(pack: Path, work: Path, images: int) -> Path:
    """Part of the pack unzipped, for (a): a folder of 60x60 JPEGs with UTKFace names, every
    k-th image (so all ages), enough for `images` training images after the 60/20/20
    split. Not all 23,616: creating that many files took 20-75 s on the loaded 2-core
    machine."""
    folder = work / "UTKFace"
    with zipfile.ZipFile(pack) as z:
        members = [n for n in z.namelist() if n.endswith(".jpg.chip.jpg") and "/" not in n]
        step = max(1, int(len(members) / (images / 0.6 * 1.05)))
        z.extractall(folder, members[::step])
    return folder


def bench(args, folder: Path) -> dict | None:
    out = args.out / "bench.json"
    code = run([sys.executable, str(REPO / "bench" / "train.py"), "--device", args.device,
                "--data-dir", str(folder), "--images", str(args.bench_images), "--epochs",
                str(args.bench_epochs), "--runs", "10", "--json", str(out)],
               timeout=args.bench_timeout)
    if code != 0 or not out.is_file():
        print(f"!! bench/train.py failed (exit {code})")
        return None
    return json.loads(out.read_text())


# ------------------------------------------------------------------------------ choose K


def _bench_train_module():
    spec = importlib.util.spec_from_file_location("bench_train", REPO / "bench" / "train.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _subset(args):
    """The first --choose-images training images of the pack, a third as many for
    validation, a token test split: what the choice and the profile train on."""
    from simloss_tune.tasks import Split, get_task

    task = get_task("utkface")
    data = task.load(args.pack, limit=args.choose_images)
    n_val = max(1, args.choose_images // 3)
    data.val = Split(data.val.images[:n_val], data.val.labels[:n_val])
    data.test = Split(data.test.images[:8], data.test.labels[:8])
    return task, data


def profile(args, k: int) -> None:
    """torch.profiler's top operations in one epoch of K runs batched on the subset: where
    the grid's time goes (bench/train.py's profile_trainer)."""
    import torch

    task, data = _subset(args)
    _bench_train_module().profile_trainer(task, data, torch.device(args.device), 1024, runs=k)


def choose_batch_runs(args) -> int:
    """Images per second of the trainer for each candidate K (second epoch: the first
    includes cuDNN's start-up); the largest K within 10 % of the best rate."""
    import torch

    bt = _bench_train_module()
    task, data = _subset(args)
    device = torch.device(args.device)
    opts = argparse.Namespace(batch_size=1024, epochs=2)
    rates: dict[int, float | None] = {}
    print(f"{'K':>4} {'s/epoch':>9} {'images/s':>10}")
    for k in args.candidates:
        try:
            seconds = bt.project(task, data, k, opts, device)[-1]
            rates[k] = k * len(data.train) / seconds
            print(f"{k:>4} {seconds:>9.3f} {rates[k]:>10.0f}", flush=True)
        except Exception as e:  # noqa: BLE001 - out of memory, or any failure: not this K
            rates[k] = None
            print(f"{k:>4} {'-':>9} {'-':>10}  ({str(e).splitlines()[0][:80]})", flush=True)
        if device.type == "cuda":
            torch.cuda.empty_cache()
    fitting = {k: r for k, r in rates.items() if r is not None}
    if not fitting:
        print("!! no candidate number of runs trained (see above): the grid tries the "
              "worker's CUDA default, 10")
        return 10
    best = max(fitting.values())
    chosen = max(k for k, r in fitting.items() if r >= 0.9 * best)
    TIMINGS["choose_rates"] = {str(k): (round(r) if r else None) for k, r in rates.items()}
    print(f"chosen: {chosen} runs batched ({fitting[chosen]:.0f} images/s; best "
          f"{best:.0f})")
    return chosen


# ------------------------------------------------------------------------------ the grid


def study_file(args, work: Path) -> Path:
    """studies/utkface.toml, with the dry-run overrides when any is given."""
    source = REPO / "studies" / "utkface.toml"
    overrides = {"grid": args.grid_values, "seeds": args.seeds}
    training = {"limit": args.limit, "max_epochs": args.max_epochs, "bf16": args.bf16 or None}
    if all(v is None for v in (*overrides.values(), *training.values())):
        return source
    spec = tomllib.loads(source.read_text())
    spec.update({k: v for k, v in overrides.items() if v is not None})
    spec["training"] = {**spec.get("training", {}),
                        **{k: v for k, v in training.items() if v is not None}}
    lines = [f"{k} = {json.dumps(v)}" for k, v in spec.items() if k != "training"]
    lines += ["", "[training]"] + [f"{k} = {json.dumps(v)}" for k, v in spec["training"].items()]
    path = work / "utkface.toml"
    path.write_text("\n".join(lines) + "\n")
    print(f"study file {path} (studies/utkface.toml with overrides):\n{path.read_text()}")
    return path


def grid(args, work: Path, batch_runs: int, deadline: float) -> dict:
    url = f"sqlite:///{work / 'study.db'}"
    env = {**os.environ, "UTKFACE_DIR": str(args.pack.resolve())}
    spec = study_file(args, work)
    result: dict = {"batch_runs": batch_runs}

    start = time.perf_counter()
    if run([*CLI, "init", str(spec), "--storage", url], env=env) != 0:
        raise SystemExit("init failed")
    result["init"] = phase("init", start)

    where = ["--gpus", "all"] if args.device.startswith("cuda") else ["--device", args.device]
    start = time.perf_counter()
    budget = max(60.0, deadline - time.monotonic() - args.report_reserve)
    print(f"worker time limit: {budget:.0f} s")
    code = run([*CLI, "worker", "--storage", url, *where, "--batch-runs", str(batch_runs)],
               timeout=budget, env=env)
    result["worker"] = phase("worker", start)
    result["worker_exit"] = code
    result.update(_counts(work / "study.db"))

    start = time.perf_counter()
    report_dir = work / "report"
    run([*CLI, "report", "--storage", url, "--study", "utkface", "--out", str(report_dir),
         "--no-dashboard"], env=env)
    result["report"] = phase("report", start)
    run([*CLI, "export", "--storage", url, "--study", "utkface", "--out",
         str(report_dir / "export")], env=env)
    _collect(args.out, report_dir, work / "study.db")
    return result


def _counts(db: Path) -> dict:
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT t.state, COUNT(*) FROM trials t JOIN studies s ON s.study_id = t.study_id "
            "WHERE s.study_name = 'utkface:runs' GROUP BY t.state").fetchall()
    counts = {str(state): n for state, n in rows}
    return {"complete": counts.get("COMPLETE", 0), "failed": counts.get("FAIL", 0),
            "waiting": counts.get("WAITING", 0), "running": counts.get("RUNNING", 0)}


def _collect(out: Path, report_dir: Path, db: Path) -> None:
    for name in ("report.md", "metrics.png", "distribution.png"):  # $OUT takes 8 files
        if (report_dir / name).is_file():
            (out / name).write_bytes((report_dir / name).read_bytes())
    if report_dir.is_dir():
        with tarfile.open(out / "report.tar.gz", "w:gz") as tar:
            tar.add(report_dir, arcname="report")
    with sqlite3.connect(db) as con, gzip.open(out / "study-db.sql.gz", "wt") as f:
        for line in con.iterdump():
            f.write(line + "\n")


# ------------------------------------------------------------------------------ main


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--device", default="cuda")
    p.add_argument("--pack", type=Path, default=REPO / ".pack" / "utkface.zip")
    p.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", "/tmp/gpu-out")))
    p.add_argument("--work", type=Path, default=Path("/tmp/simloss-gpu"))
    p.add_argument("--budget", type=float, default=345,
                   help="seconds for everything since --started; the worker is stopped in "
                        "time for the report to fit (default 345)")
    p.add_argument("--started", type=float, default=None,
                   help="time.time() when gpu.sh started: its earlier phases count too")
    p.add_argument("--bench-images", type=int, default=4096)
    p.add_argument("--bench-epochs", type=int, default=3)
    p.add_argument("--bench-timeout", type=float, default=90)
    p.add_argument("--skip-bench", action="store_true", help="no (a), (b), (c) (a second try)")
    p.add_argument("--choose-images", type=int, default=3072)
    p.add_argument("--candidates", default="1,10,25,50,100")
    p.add_argument("--batch-runs", type=int, help="skip the choice: train K runs at once")
    p.add_argument("--report-reserve", type=float, default=30)
    p.add_argument("--profile-reserve", type=float, default=20,
                   help="profile one epoch after the grid if this many seconds are left")
    # dry-run overrides of studies/utkface.toml (none: the paper's grid, all images)
    p.add_argument("--grid-values", type=lambda s: [float(v) for v in s.split(",")])
    p.add_argument("--seeds", type=int)
    p.add_argument("--limit", type=int)
    p.add_argument("--max-epochs", type=int)
    p.add_argument("--bf16", action="store_true", help="bf16 autocast for the grid (CUDA)")
    args = p.parse_args()
    args.candidates = [int(k) for k in args.candidates.split(",")]
    already = time.time() - args.started if args.started else 0.0
    deadline = time.monotonic() + args.budget - already
    args.out.mkdir(parents=True, exist_ok=True)
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SIMLOSS_CACHE_DIR", str(args.work / "cache"))
    if not args.pack.is_file():
        raise SystemExit(f"no pack at {args.pack}: run bench/make_pack.py first")

    name = device_name(args.device)
    print(f"device {args.device}: {name}; pack {args.pack} "
          f"({args.pack.stat().st_size / 2**20:.1f} MiB)", flush=True)
    start = time.perf_counter()
    folder = unpack(args.pack, args.work, args.bench_images)
    phase("unpack", start)
    start = time.perf_counter()
    bench_result = None if args.skip_bench else bench(args, folder)
    phase("bench", start)
    start = time.perf_counter()
    k = args.batch_runs or choose_batch_runs(args)
    phase("choose", start)
    result = grid(args, args.work, k, deadline)
    wall = result["init"] + result["worker"] + result["report"]
    TIMINGS["grid"] = round(wall, 2)
    if deadline - time.monotonic() > args.profile_reserve:
        start = time.perf_counter()
        try:
            profile(args, k)
        except Exception as e:  # noqa: BLE001 - the figures below matter more
            print(f"!! profile failed: {type(e).__name__}: {e}")
        phase("profile", start)
    else:
        print("(no time left for the profile of one epoch)")
    (args.out / "timings.json").write_text(json.dumps(
        {"device": name, "timings": TIMINGS, "grid": result, "bench": bench_result},
        indent=2) + "\n")

    ratio = bench_result["c_over_a"] if bench_result else None
    total = result["complete"] + result["failed"] + result["waiting"] + result["running"]
    print(f"\ngrid: {result['complete']} runs complete, {result['failed']} failed tries, "
          f"{result['waiting']} waiting, {result['running']} running; {k} runs batched")
    # Finished is what the queue says: the worker exits 1 when a point failed for good,
    # which is a finished grid too (its failed tries are counted above).
    finished = result["waiting"] == result["running"] == 0
    ratio_text = f"{ratio:.1f}" if ratio else "not measured"
    if args.device.startswith("cuda"):
        if finished:
            print(f"gpu grid wall time: {wall:.1f} s on {name}")
        else:
            print(f"gpu grid NOT finished: {result['complete']} of {total} runs complete "
                  f"in {wall:.1f} s on {name} (worker stopped at the time limit)")
        print(f"gpu (c)/(a): {ratio_text}")
    else:
        state = "finished" if finished else "NOT finished"
        print(f"dry run on {name}, not a GPU figure: grid {state}, wall time {wall:.1f} s; "
              f"(c)/(a): {ratio_text}")


if __name__ == "__main__":
    main()
