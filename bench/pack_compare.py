"""What re-encoding UTKFace as a pack changes: pixels, statistics, and trained runs.

    python bench/pack_compare.py --pack .pack/utkface.zip --limit 1000 --epochs 5

1. Pixels over every image of the split (all 23,616 by default): the mean absolute
   difference of the pack's decoded 60x60 images from the originals' (both through the
   project's loader, so the originals are resized exactly as in training), its 99th
   percentile, and the per-channel mean/std of the training split used to standardise.
2. Runs: the same (r, seed) points trained on the first --limit images of each split of
   the originals and of the pack (same split, same seeds, same config), side by side.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import torch

from simloss_tune.tasks import Split, get_task
from simloss_tune.train import TrainConfig, train_runs

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "utkface" / "UTKFace"


def pixels(folder, pack) -> None:
    print("| split | images | mean abs diff (0-255) | 99th pct of per-image mean abs diff |")
    print("|---|---:|---:|---:|")
    for name in ("train", "val", "test"):
        a, b = getattr(folder, name), getattr(pack, name)
        assert torch.equal(a.labels, b.labels), "the pack's split differs from the folder's"
        per_image = (a.images.float() - b.images.float()).abs().mean(dim=(1, 2, 3))
        print(f"| {name} | {len(a)} | {per_image.mean():.2f} | "
              f"{per_image.quantile(0.99):.2f} |")
    print(f"\ntraining-split mean (R, G, B): originals {folder.mean.tolist()}, "
          f"pack {pack.mean.tolist()}")
    print(f"training-split std  (R, G, B): originals {folder.std.tolist()}, "
          f"pack {pack.std.tolist()}")


def first(data, n: int):
    cut = {k: Split(getattr(data, k).images[:n], getattr(data, k).labels[:n])
           for k in ("train", "val", "test")}
    return type(data)(**{**data.__dict__, **cut})


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    p.add_argument("--pack", type=Path, default=REPO / ".pack" / "utkface.zip")
    p.add_argument("--limit", type=int, default=1000, help="images per split for the runs")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--patience", type=int, default=3)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--values", default="0.0,0.8")
    p.add_argument("--seeds", default="0,1")
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    task = get_task("utkface")
    folder, pack = task.load(args.data_dir), task.load(args.pack)
    pixels(folder, pack)

    points = [(float(v), int(s)) for v in args.values.split(",") for s in args.seeds.split(",")]
    config = TrainConfig(batch_size=args.batch_size, max_epochs=args.epochs,
                         patience=args.patience)
    print(f"\nruns: first {args.limit} images of each split, batch {args.batch_size}, at most "
          f"{args.epochs} epochs, patience {args.patience}, cpu, {args.threads} thread(s)")
    results = {}
    for label, data in (("originals", folder), ("pack", pack)):
        start = time.perf_counter()
        results[label] = train_runs(task, first(data, args.limit), points, config,
                                    device="cpu", progress=False)
        print(f"{label}: {time.perf_counter() - start:.0f} s")
    print("\n| r | seed | best epoch (orig / pack) | test MAE orig | test MAE pack | "
          "test acc % orig | test acc % pack |")
    print("|---:|---:|---|---:|---:|---:|---:|")
    for a, b in zip(results["originals"], results["pack"], strict=True):
        print(f"| {a.value:g} | {a.seed} | {a.best_epoch} / {b.best_epoch} | "
              f"{a.test.get('mae', float('nan')):.3f} | {b.test.get('mae', float('nan')):.3f} | "
              f"{100 * a.test.get('accuracy', float('nan')):.1f} | "
              f"{100 * b.test.get('accuracy', float('nan')):.1f} |")
    for label in results:
        maes = [r.test["mae"] for r in results[label] if r.test]
        print(f"{label}: mean test MAE {sum(maes) / len(maes):.3f} over {len(maes)} runs")


if __name__ == "__main__":
    main()
