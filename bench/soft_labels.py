"""Benchmark: soft-label cross entropy against label smoothing and SimLoss, on the CPU.

    python bench/soft_labels.py          # N = 512, C = 10, 100, 1000, one torch thread

Each loss is one forward + backward from fresh leaf logits on the uniform matrix at r = 0.01,
where ``SoftLabelLoss`` equals ``F.cross_entropy(label_smoothing=eps)`` at the matching eps.
Times are medians of this thread's CPU time (``time.thread_time``), the losses taking turns,
so that other users of a shared machine inflate them less.
"""

from __future__ import annotations

import statistics
import time

import torch
import torch.nn.functional as F

from simloss_tune import SimLoss, SoftLabelLoss
from simloss_tune.matrices import label_smoothing_epsilon, uniform_similarity

REPEATS = 200


def losses(num_classes: int, r: float) -> dict:
    eps = label_smoothing_epsilon(r, num_classes)
    matrix = uniform_similarity(num_classes, r)
    return {"label_smoothing": lambda z, y: F.cross_entropy(z, y, label_smoothing=eps),
            "soft_labels": SoftLabelLoss(matrix), "simloss": SimLoss(matrix)}


def main() -> None:
    torch.set_num_threads(1)
    g = torch.Generator().manual_seed(0)
    for num_classes in (10, 100, 1000):
        logits = torch.randn(512, num_classes, generator=g)
        target = torch.randint(0, num_classes, (512,), generator=g)
        fns = losses(num_classes, 0.01)
        times: dict[str, list[float]] = {name: [] for name in fns}
        for _ in range(REPEATS):
            for name, fn in fns.items():
                z = logits.clone().requires_grad_()
                start = time.thread_time()
                fn(z, target).backward()
                times[name].append(time.thread_time() - start)
        medians = {name: statistics.median(t[REPEATS // 10:]) for name, t in times.items()}
        ratio = medians["soft_labels"] / medians["label_smoothing"]
        print(f"C={num_classes:5d}  " + "  ".join(f"{k} {v * 1e6:7.0f} us"
                                                 for k, v in medians.items())
              + f"  soft_labels / label_smoothing = {ratio:.2f}")


if __name__ == "__main__":
    main()
