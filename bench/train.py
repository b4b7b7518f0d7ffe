"""Benchmark: training throughput on real UTKFace (60x60, the paper's Niu CNN, batch 1024).

    python bench/train.py --device cpu --images 2048 --epochs 3 --runs 10

(a) reference, trained the way the paper's scripts trained: every epoch each JPEG is
    decoded and resized with PIL inside a torch DataLoader (num_workers = CPU cores), one
    run at a time, a standard nn.Module (NCHW) + torch.optim.Adam + SimLoss, validation
    every epoch through the same kind of loader;
(b) the project's trainer (`simloss_tune.train.train_runs`) with one run;
(c) the project's trainer with --runs runs batched into one model.

All three train on the same files (the first --images of the project's training split,
split seed 0) and validate every epoch on the first --images/3 of its validation split
(the paper's 60/20/20 proportions). Throughput = training images x runs / seconds per
epoch, each epoch including its validation pass; seconds per epoch is the median over
the epochs (and over --repeat rounds). Decoding for (b)/(c) happens once, before
training (the project's decode-once cache) and is reported separately.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import statistics
import time
from pathlib import Path

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

from simloss_tune import SimLoss
from simloss_tune.matrices import class_order
from simloss_tune.models import NiuCNN
from simloss_tune.tasks import Split, get_task
from simloss_tune.tasks.base import random_split
from simloss_tune.tasks.utkface import MIN_AGE, scan
from simloss_tune.train import TrainConfig, resolve_device, train_runs

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "utkface" / "UTKFace"
FULL_TRAIN = 14_173  # training images of the full UTKFace split (ages 1-90, 60 %)
R = 0.5


# ------------------------------------------------------------------------------ (a) reference


class FaceFiles(Dataset):
    """UTKFace files decoded and resized with PIL on every access, as the paper's scripts."""

    def __init__(self, root: Path, items: list[tuple[str, int]], mean: torch.Tensor,
                 std: torch.Tensor) -> None:
        self.root, self.items = root, items
        self.mean, self.std = mean.view(3, 1, 1), std.view(3, 1, 1)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> tuple[torch.Tensor, int]:
        from PIL import Image

        name, age = self.items[i]
        with Image.open(self.root / name) as im:
            im = im.convert("RGB").resize((60, 60), Image.Resampling.BILINEAR)
        x = torch.from_numpy(np.asarray(im, dtype=np.float32)).permute(2, 0, 1)
        return (x - self.mean) / self.std, age - MIN_AGE


def reference(root: Path, train_items, val_items, mean, std, args, device) -> list[float]:
    """Seconds of each epoch (training + validation) of one run, the paper's way."""
    workers = os.cpu_count() or 1
    train = DataLoader(FaceFiles(root, train_items, mean, std), batch_size=args.batch_size,
                       shuffle=True, num_workers=workers)
    val = DataLoader(FaceFiles(root, val_items, mean, std), batch_size=args.batch_size,
                     num_workers=workers)
    torch.manual_seed(0)
    model = NiuCNN(90).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = SimLoss(class_order(90, R)).to(device)
    times = []
    for _ in range(args.epochs):
        start = time.perf_counter()
        model.train()
        for x, y in train:
            optimizer.zero_grad()
            loss_fn(model(x.to(device)), y.to(device)).backward()
            optimizer.step()
        model.eval()
        errors = []
        with torch.no_grad():
            for x, y in val:
                errors.append((model(x.to(device)).argmax(1).cpu() - y).abs().float())
        float(torch.cat(errors).mean())  # the validation MAE early stopping would watch
        times.append(time.perf_counter() - start)
    return times


# ------------------------------------------------------------------------------ (b), (c)


class _EpochClock(logging.Handler):
    """Time stamps of the trainer's per-epoch log lines."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.stamps: list[float] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("epoch "):
            self.stamps.append(time.perf_counter())


def project(task, data, runs: int, args, device) -> list[float]:
    """Seconds of each epoch (training + validation, all runs) of the project's trainer."""
    logger = logging.getLogger("simloss_tune.train")
    clock = _EpochClock()
    logger.addHandler(clock)
    logger.setLevel(logging.DEBUG)
    # patience > epochs: every run trains exactly --epochs epochs
    config = TrainConfig(batch_size=args.batch_size, max_epochs=args.epochs,
                         patience=args.epochs + 1)
    points = [(round(0.1 * (k % 10), 1), k // 10) for k in range(runs)]
    try:
        start = time.perf_counter()
        results = train_runs(task, data, points, config, device=device, progress=False)
    finally:
        logger.removeHandler(clock)
    errors = [r.error for r in results if r.error]
    if errors:
        raise RuntimeError(f"training failed: {errors}")
    stamps = [start, *clock.stamps]
    return [b - a for a, b in zip(stamps, stamps[1:], strict=False)]


def profile_trainer(task, data, device, batch_size: int, runs: int = 1) -> None:
    """torch.profiler top ops of one epoch of the trainer: training + validation."""
    from torch.profiler import ProfilerActivity, profile

    # a token test split: the profile shows one epoch, not the final test pass
    short = type(data)(**{**data.__dict__, "test": Split(data.test.images[:8],
                                                         data.test.labels[:8])})
    config = TrainConfig(batch_size=batch_size, max_epochs=1)
    points = [(0.5, k) for k in range(runs)]
    activities = [ProfilerActivity.CPU]
    if device.type == "cuda":
        activities.append(ProfilerActivity.CUDA)
    with profile(activities=activities) as prof:
        train_runs(task, short, points, config, device=device, progress=False)
    sort = "self_cuda_time_total" if device.type == "cuda" else "self_cpu_time_total"
    print(f"\nprofile: {runs} run(s), one epoch ({len(data.train.labels)} training, "
          f"{len(data.val.labels)} validation images)")
    print(prof.key_averages().table(sort_by=sort, row_limit=14, max_name_column_width=44))


# ------------------------------------------------------------------------------ main


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    p.add_argument("--device", default="auto")
    p.add_argument("--images", type=int, default=2048, help="training images (a subset)")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--runs", type=int, default=10, help="runs batched in (c)")
    p.add_argument("--batch-size", type=int, default=1024)
    p.add_argument("--repeat", type=int, default=1,
                   help="rounds of (a), (b), (c); 0 with --profile: only the profile")
    p.add_argument("--threads", type=int, help="torch.set_num_threads (default: torch's)")
    p.add_argument("--skip-reference", action="store_true")
    p.add_argument("--profile", action="store_true", help="print the trainer's top ops")
    p.add_argument("--json", type=Path, help="also write the images/s and ratios here")
    args = p.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    device = resolve_device(args.device)
    task = get_task("utkface")

    start = time.perf_counter()
    data = task.load(args.data_dir, limit=args.images)
    n_val = max(1, args.images // 3)
    data.val = Split(data.val.images[:n_val], data.val.labels[:n_val])
    load_s = time.perf_counter() - start
    n_train = len(data.train.labels)

    items, _ = scan(args.data_dir)
    train_idx, val_idx, _ = random_split(len(items), 0)
    train_items = [items[i] for i in train_idx[:n_train]]
    val_items = [items[i] for i in val_idx[:n_val]]

    device_name = (torch.cuda.get_device_name(device) if device.type == "cuda"
                   else platform.processor() or platform.machine())
    print(f"device {device} ({device_name}), {os.cpu_count()} cores, torch "
          f"{torch.__version__}, {torch.get_num_threads()} threads; {n_train} training and "
          f"{n_val} validation images (60x60), batch {args.batch_size}, {args.epochs} "
          f"epochs, {args.repeat} round(s)")
    print(f"project data load: {load_s:.1f} s (cache {data.info.get('cache')})")

    times: dict[str, list[float]] = {"a": [], "b": [], "c": []}
    for _ in range(args.repeat):
        if not args.skip_reference:
            times["a"] += reference(args.data_dir, train_items, val_items, data.mean,
                                    data.std, args, device)
            print(f"(a) epochs: {[round(t, 1) for t in times['a']]}", flush=True)
        times["b"] += project(task, data, 1, args, device)
        print(f"(b) epochs: {[round(t, 1) for t in times['b']]}", flush=True)
        times["c"] += project(task, data, args.runs, args, device)
        print(f"(c) epochs: {[round(t, 1) for t in times['c']]}", flush=True)

    if args.repeat > 0:
        rates = report(times, n_train, args.runs, f"{device} ({device_name})")
        if args.json:
            args.json.write_text(json.dumps({
                "device": device_name, "training_images": n_train, "runs_c": args.runs,
                "images_per_s": rates, "seconds_per_epoch": times,
                "b_over_a": rates["b"] / rates["a"] if "a" in rates else None,
                "c_over_a": rates["c"] / rates["a"] if "a" in rates else None,
                "c_over_b": rates["c"] / rates["b"]}, indent=2) + "\n")
    if args.profile:
        profile_trainer(task, data, device, args.batch_size)


def report(times: dict[str, list[float]], n_train: int, k: int, device: str
           ) -> dict[str, float]:
    runs = {"a": 1, "b": 1, "c": k}
    labels = {"a": "(a) reference: PIL + DataLoader, 1 run",
              "b": "(b) project trainer, 1 run",
              "c": f"(c) project trainer, {k} runs batched"}
    rate = {}
    print(f"\n| | s/epoch (median) | images/s | s/epoch at {FULL_TRAIN} images |")
    print("|---|---|---|---|")
    for key, ts in times.items():
        if not ts:
            continue
        med = statistics.median(ts)
        rate[key] = n_train * runs[key] / med
        print(f"| {labels[key]} | {med:.1f} | {rate[key]:.0f} | "
              f"{med * FULL_TRAIN / n_train:.0f} |")
    if "a" in rate:
        print(f"\n(b)/(a) = {rate['b'] / rate['a']:.2f}x, (c)/(a) = {rate['c'] / rate['a']:.2f}x "
              f"on {device}")
    print(f"(c)/(b) = {rate['c'] / rate['b']:.2f}x")
    return rate


if __name__ == "__main__":
    main()
