"""scikit-learn's bundled 8x8 digits as an ordinal task (no download, no data folder).

1,797 images, the digit value is the ordinal label (10 classes; MAE in digit units),
a random 60/20/20 split fixed by the split seed. Small enough that a whole study
trains in about a minute on a laptop CPU: the quickstart task.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from torch import nn

from ..models import DigitsNet
from .base import ORDINAL_METRICS, Split, Task, TaskData, channel_stats, check_limit, random_split


class DigitsTask(Task):
    name = "digits"
    parameter = "r"
    baseline = 0.0
    metrics = ORDINAL_METRICS
    early_stopping = "mae"
    patience = 5
    max_epochs = 60
    needs_data_dir = False

    def load(
        self,
        data_dir: str | Path | None = None,
        *,
        split_seed: int = 0,
        limit: int | None = None,
        download: bool = False,
        cache_dir: str | Path | None = None,
    ) -> TaskData:
        from sklearn.datasets import load_digits  # lazy: sklearn is slow to import

        check_limit(limit)
        bunch = load_digits()
        # Pixel values are 0..16; scale to the 0..255 range every task stores.
        pixels = np.rint(bunch.images * (255.0 / 16.0)).astype(np.uint8)
        images = torch.from_numpy(pixels).unsqueeze(1)  # (N, 1, 8, 8)
        labels = torch.from_numpy(bunch.target.astype(np.int64))
        parts = []
        for idx in random_split(len(labels), split_seed):
            idx = torch.from_numpy(idx[:limit] if limit else idx)
            parts.append(Split(images[idx].contiguous(), labels[idx].contiguous()))
        train, val, test = parts
        mean, std = channel_stats(train.images)
        return TaskData(
            train=train,
            val=val,
            test=test,
            class_names=[str(d) for d in range(10)],
            mean=mean,
            std=std,
            info={"source": "sklearn.datasets.load_digits", "images": len(labels)},
        )

    def model(self, num_classes: int) -> nn.Module:
        return DigitsNet(num_classes)
