"""Benchmark: SimLoss vs F.cross_entropy, forward + backward, on the CPU.

    python bench/loss.py                 # full table, 1 thread, N = 1024
    python bench/loss.py --quick         # fewer repeats, no torch.compile

Times are medians over repeats of one forward + backward from fresh leaf logits (the same
logits and targets for every loss, taking turns), by default in this thread's CPU time
(``time.thread_time``) with one torch thread, so that other users of a shared machine do
not inflate them; ``--clock wall`` measures elapsed time instead.

"dense" is ``SimLoss(class_order(C, 0.5))`` (a (C, C) buffer); "on the fly" is
``SimLoss(rows)`` with ``rows(y) = 0.5 ** |arange(C) - y|`` computed per batch.

Peak memory for C = 100,000 (on the fly) is the growth of the peak resident set size
(VmHWM, reset through /proc/self/clear_refs once the inputs exist) of a fresh process over
one forward + backward: it counts every byte the loss allocates on the CPU.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import statistics
import subprocess
import sys
import time

import torch
import torch.nn.functional as F

from simloss_tune import SimLoss
from simloss_tune.matrices import class_order

R = 0.5


def order_rows(num_classes: int, r: float = R):
    """Rows r ** |c - y| of the class-order matrix, computed per batch in float32.

    Distances are capped where r ** d reaches float32's smallest normal number (~1e-38):
    exp of a very negative argument, and log of 0 or of a subnormal, take a slow path on
    x86 that costs more than the loss itself.
    """
    classes = torch.arange(num_classes, dtype=torch.float32)
    log_r = math.log(r)
    cap = math.floor(87.0 / -log_r)

    def class_order_rows(target: torch.Tensor) -> torch.Tensor:
        return (classes - target[:, None].float()).abs_().clamp_(max=cap).mul_(log_r).exp_()

    return class_order_rows


def cross_entropy(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    return F.cross_entropy(logits, target)


CLOCKS = {"cpu": time.thread_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]


def time_fwd_bwd(fns: dict, logits: torch.Tensor, target: torch.Tensor,
                 repeats: int) -> dict[str, float]:
    """Median seconds of fn(logits, target).backward() per fn, after two warm-up rounds.

    The losses take turns within each repeat, so load from other users of a shared machine
    hits them alike.
    """
    times: dict[str, list[float]] = {name: [] for name in fns}
    for k in range(repeats + 2):
        for name, fn in fns.items():
            z = logits.detach().requires_grad_()
            start = clock()
            fn(z, target).backward()
            if k >= 2:
                times[name].append(clock() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def batch(n: int, c: int) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(c)
    return torch.randn(n, c, generator=g), torch.randint(0, c, (n,), generator=g)


def eager_rows(n: int, classes: list[int], repeats: int) -> list[dict[str, float]]:
    rows = []
    for c in classes:
        fns = {"ce": cross_entropy, "dense": SimLoss(class_order(c, R)),
               "fly": SimLoss(order_rows(c))}
        rows.append({"C": c, **time_fwd_bwd(fns, *batch(n, c), _repeats(repeats, c))})
    return rows


def compiled_rows(n: int, classes: list[int], repeats: int) -> list[dict[str, float]]:
    rows = []
    for c in classes:
        start = time.perf_counter()
        fns = {"ce": torch.compile(cross_entropy),
               "dense": torch.compile(SimLoss(class_order(c, R))),
               "eager_ce": cross_entropy}
        times = time_fwd_bwd(fns, *batch(n, c), _repeats(repeats, c))
        rows.append({"C": c, **times, "wall": time.perf_counter() - start})
    return rows


def _repeats(repeats: int, c: int) -> int:
    return max(5, repeats // max(1, c // 1000))


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def peak_memory_child(kind: str, n: int, c: int) -> None:
    """Run in a fresh process: print the peak-RSS growth (bytes) of one forward + backward.

    VmHWM (not ru_maxrss, which inherits the parent's peak across fork + exec) is reset to
    the current RSS through /proc/self/clear_refs once the inputs exist.
    """
    torch.set_num_threads(1)
    logits, target = batch(n, c)
    logits.requires_grad_()
    loss = cross_entropy if kind == "ce" else SimLoss(order_rows(c))
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    before = _status_kib("VmRSS")
    loss(logits, target).backward()
    print(json.dumps({"kind": kind, "delta_bytes": (_status_kib("VmHWM") - before) * 1024}))


def peak_memory(n: int, c: int) -> dict[str, int]:
    out = {}
    for kind in ("ce", "fly"):
        proc = subprocess.run([sys.executable, __file__, "--memory-child", kind, str(n), str(c)],
                              capture_output=True, text=True, check=True)
        out[kind] = json.loads(proc.stdout.strip().splitlines()[-1])["delta_bytes"]
    return out


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1024)
    parser.add_argument("--threads", type=int, default=1,
                        help="torch threads (1: steadier on a shared machine)")
    parser.add_argument("--repeats", type=int, default=61)
    parser.add_argument("--quick", action="store_true", help="11 repeats, no torch.compile")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu",
                        help="cpu: this thread's CPU time (default; time taken by other "
                             "processes on a shared machine is not counted, so needs "
                             "--threads 1); wall: elapsed time")
    parser.add_argument("--memory-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        kind, n, c = args.memory_child
        peak_memory_child(kind, int(n), int(c))
        return
    if args.clock == "cpu" and args.threads != 1:
        parser.error("--clock cpu measures one thread: use --threads 1 or --clock wall")
    global clock
    clock = CLOCKS[args.clock]
    torch.set_num_threads(args.threads)
    repeats = 11 if args.quick else args.repeats
    print(f"torch {torch.__version__}, {cpu_model()}, nproc {len(_affinity())}, "
          f"threads {args.threads}, N = {args.n}, {args.clock} clock, median of {repeats} "
          "(fewer for C >= 1000)")
    print("\n| C | cross_entropy ms | SimLoss dense ms | ratio | SimLoss on the fly ms | ratio |")
    print("|---:|---:|---:|---:|---:|---:|")
    for row in eager_rows(args.n, [10, 100, 1000, 10000], repeats):
        ce = row["ce"]
        print(f"| {row['C']} | {ce * 1e3:.3f} | {row['dense'] * 1e3:.3f} | "
              f"{row['dense'] / ce:.2f}x | {row['fly'] * 1e3:.3f} | {row['fly'] / ce:.2f}x |")
    mem = peak_memory(args.n, 100_000)
    mib = 2 ** 20
    print(f"\nC = 100000, N = {args.n}, on the fly: peak RSS growth of forward + backward "
          f"{mem['fly'] / mib:.0f} MiB (cross_entropy: {mem['ce'] / mib:.0f} MiB; one (N, C) "
          f"float32 tensor is {args.n * 100_000 * 4 / mib:.0f} MiB; a dense S would be "
          f"{100_000 ** 2 * 4 / 2 ** 30:.0f} GiB)")
    if args.quick:
        return
    print("\n| C | compiled cross_entropy ms | compiled SimLoss ms | ratio "
          "| eager cross_entropy ms | compile + run s |")
    print("|---:|---:|---:|---:|---:|---:|")
    for row in compiled_rows(args.n, [100, 10000], repeats):
        ce = row["ce"]
        print(f"| {row['C']} | {ce * 1e3:.3f} | {row['dense'] * 1e3:.3f} | "
              f"{row['dense'] / ce:.2f}x | {row['eager_ce'] * 1e3:.3f} | {row['wall']:.0f} |")


def _affinity() -> set[int]:
    try:
        import os

        return os.sched_getaffinity(0)
    except AttributeError:  # not Linux
        return set(range(torch.get_num_threads()))


if __name__ == "__main__":
    main()
