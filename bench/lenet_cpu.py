"""Benchmark: LeNet on the real CIFAR-100 training split (45,000 images, batch 1024) on the CPU.

    python /work/shared/data/cifar100/build.py /tmp/cifar        # once, ~10 s
    OMP_NUM_THREADS=2 python bench/lenet_cpu.py --data-dir /tmp/cifar --epochs 3
    OMP_NUM_THREADS=1 python bench/lenet_cpu.py --data-dir /tmp/cifar --profile

Compares, on the same tensors (the task's split, split seed 0) and in one process:

- `project`: the project's trainer (`simloss_tune.train.train_runs`), one run at l = 0.99
  (plain cross entropy), validation every epoch, test once at the end;
- `project-k2`: the same with two runs batched (K = 2; seconds per epoch per run);
- `plain`: the loop a user would write: a standard nn.Module LeNet (NCHW), the images
  standardised once into a float tensor, `torch.randperm` batches without a DataLoader,
  SimLoss on the identity matrix (= cross entropy), torch.optim.Adam, validation each epoch;
- `plain-cl`: `plain` with the model and the float tensor in channels_last.

Each mode runs --epochs epochs with 1 and with 2 torch threads (`torch.set_num_threads`),
modes and thread counts interleaved; the figure is the median seconds per epoch, each epoch
including its validation pass. The ratios within one run are what to compare on a shared
machine; bench/RESULTS.md has the figures.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from simloss_tune import SimLoss
from simloss_tune.tasks import get_task
from simloss_tune.train import TrainConfig, train_runs

MODES = ("project", "project-k2", "plain", "plain-cl")


class PlainLeNet(nn.Module):
    """LeNet-5 as a user writes it (same layers as simloss_tune.models.LeNet)."""

    def __init__(self, num_classes: int) -> None:
        super().__init__()
        self.conv1, self.conv2 = nn.Conv2d(3, 6, 5), nn.Conv2d(6, 16, 5)
        self.fc1, self.fc2, self.fc3 = nn.Linear(400, 120), nn.Linear(120, 84), \
            nn.Linear(84, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = nn.functional.max_pool2d(torch.relu(self.conv1(x)), 2)
        x = nn.functional.max_pool2d(torch.relu(self.conv2(x)), 2)
        x = torch.relu(self.fc1(x.flatten(1)))
        return self.fc3(torch.relu(self.fc2(x)))


def _standardised(images: torch.Tensor, mean: torch.Tensor, std: torch.Tensor,
                  channels_last: bool) -> torch.Tensor:
    x = (images.float() - mean.view(1, 3, 1, 1)) / std.view(1, 3, 1, 1)
    return x.contiguous(memory_format=torch.channels_last) if channels_last else x


def plain(data, epochs: int, batch: int, channels_last: bool) -> list[float]:
    """Seconds per epoch of the user's loop."""
    torch.manual_seed(0)
    model = PlainLeNet(data.num_classes)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    x = _standardised(data.train.images, data.mean, data.std, channels_last)
    xv = _standardised(data.val.images, data.mean, data.std, channels_last)
    y, yv = data.train.labels, data.val.labels
    loss_fn = SimLoss(torch.eye(data.num_classes))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    g = torch.Generator().manual_seed(0)
    times = []
    for _ in range(epochs):
        t0 = time.perf_counter()
        order = torch.randperm(len(y), generator=g)
        for start in range(0, len(y), batch):
            idx = order[start:start + batch]
            opt.zero_grad()
            loss_fn(model(x[idx]), y[idx]).backward()
            opt.step()
        with torch.no_grad():
            correct = sum(int((model(xv[s:s + batch]).argmax(1) == yv[s:s + batch]).sum())
                          for s in range(0, len(yv), batch))
        assert 0 <= correct <= len(yv)
        times.append(time.perf_counter() - t0)
    return times


def project(task, data, epochs: int, batch: int, runs: int) -> list[float]:
    """Seconds per epoch (per run) of the project's trainer, from its per-epoch callback."""
    stamps: list[float] = []

    def on_epoch(index: int, epoch: int, metrics: dict) -> None:
        if index == 0:
            stamps.append(time.perf_counter())

    config = TrainConfig(batch_size=batch, max_epochs=epochs, patience=epochs)
    t0 = time.perf_counter()
    train_runs(task, data, [(0.99, s) for s in range(runs)], config, device="cpu",
               progress=False, on_epoch=on_epoch)
    return [(b - a) / runs for a, b in zip([t0, *stamps], stamps, strict=False)]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", required=True, help="the folder build.py wrote")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--batch-size", type=int, default=1024)
    p.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    p.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES)
    p.add_argument("--json", help="also write the figures here")
    p.add_argument("--profile", action="store_true",
                   help="instead: torch.profiler over one epoch of `project` (one thread)")
    args = p.parse_args()

    task = get_task("cifar100").with_similarity(np.eye(100))  # l = 0.99 needs no vectors
    t0 = time.perf_counter()
    data = task.load(args.data_dir)
    print(f"loaded {data.info['split_sizes']} in {time.perf_counter() - t0:.1f} s; "
          f"{platform.processor() or platform.machine()}, torch {torch.__version__}")
    if args.profile:
        from torch.profiler import ProfilerActivity, profile

        torch.set_num_threads(1)
        with profile(activities=[ProfilerActivity.CPU]) as prof:
            project(task, data, 1, args.batch_size, 1)
        print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=15))
        return
    seconds: dict[tuple[str, int], list[float]] = {}
    for threads in args.threads:
        torch.set_num_threads(threads)
        for mode in args.modes:
            if mode.startswith("project"):
                times = project(task, data, args.epochs, args.batch_size,
                                2 if mode == "project-k2" else 1)
            else:
                times = plain(data, args.epochs, args.batch_size, mode == "plain-cl")
            seconds[mode, threads] = times
            print(f"{mode:>10} threads={threads}: "
                  + ", ".join(f"{t:.2f}" for t in times) + " s/epoch", flush=True)

    n = len(data.train)
    print("\n| mode | threads | s/epoch (median) | epochs/s | images/s | vs plain |")
    print("|---|---:|---:|---:|---:|---:|")
    rows = []
    for (mode, threads), times in seconds.items():
        med = statistics.median(times)
        ref = seconds.get(("plain", threads))
        ratio = f"{statistics.median(ref) / med:.2f}x" if ref else "-"
        print(f"| {mode} | {threads} | {med:.2f} | {1 / med:.3f} | {n / med:,.0f} | {ratio} |")
        rows.append({"mode": mode, "threads": threads, "seconds": times, "median": med})
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
