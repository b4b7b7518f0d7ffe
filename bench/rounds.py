"""Benchmark: what adaptive racing's rounds of seeds cost against one batch of all seeds.

    python bench/rounds.py --device cpu --seeds 6 --first 5
    python bench/rounds.py --device cuda --seeds 10 --first 5

Without racing a worker trains all seeds of a proposal as one batched model (`train_runs`:
a loop over the runs on CPU, one vmapped model on CUDA). With racing it trains the `--first`
seeds the test needs, races, and then one seed per round. Timed on digits, wall clock, for
one proposal that survives every round (the worst case: racing saves nothing on it). On CPU
the clock is this process's CPU time (run it with OMP_NUM_THREADS=1: the machine's cores are
shared, and wall time there measures the neighbours); on CUDA it is wall time.

* batch: `train_runs` with all seeds at once;
* rounds: `--first` seeds, then one seed per call;
* two rounds: `--first` seeds, then the rest in one call.

Each is repeated `--repeat` times in turns; the medians are printed.
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from simloss_tune.tasks import get_task
from simloss_tune.train import TrainConfig, resolve_device, train_runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--seeds", type=int, default=6)
    parser.add_argument("--first", type=int, default=5)
    parser.add_argument("--value", type=float, default=0.5)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    device = resolve_device(args.device)
    task = get_task("digits")
    data = task.load(None)
    config = TrainConfig(max_epochs=args.epochs, patience=10 ** 6)
    seeds = list(range(args.seeds))
    plans = {"batch": [seeds],
             "rounds": [seeds[:args.first], *([s] for s in seeds[args.first:])],
             "two rounds": [seeds[:args.first], seeds[args.first:]]}
    plans = {k: [r for r in v if r] for k, v in plans.items()}
    times: dict[str, list[float]] = {k: [] for k in plans}
    clock = time.perf_counter if device.type == "cuda" else time.process_time
    train_runs(task, data, [(args.value, 0)], config, device=device, progress=False)  # warm-up
    for _ in range(args.repeat):
        for name, rounds in plans.items():
            if device.type == "cuda":
                torch.cuda.synchronize()
            start = clock()
            for r in rounds:
                train_runs(task, data, [(args.value, s) for s in r], config, device=device,
                           progress=False)
            if device.type == "cuda":
                torch.cuda.synchronize()
            times[name].append(clock() - start)
    base = statistics.median(times["batch"])
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"
    print(f"device {device} ({name}), "
          f"torch {torch.__version__}, {args.seeds} seeds, first round {args.first}, "
          f"{args.epochs} epochs, median of {args.repeat}, "
          f"{'wall' if device.type == 'cuda' else 'CPU'} time")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"{name:>10}: {med:7.2f} s  ({med / base:.2f}x batch)  rounds "
              f"{[len(r) for r in plans[name]]}")


if __name__ == "__main__":
    main()
