"""What the age datasets share: one class per year of age, the CNN of Niu et al. on 60x60
inputs, accuracy / MAE / MSE with early stopping on validation MAE, a folder of images."""

from __future__ import annotations

from pathlib import Path

from torch import nn

from ..models import NiuCNN
from ._images import image_folder_data
from .base import ORDINAL_METRICS, Task, TaskData


class AgeFolderTask(Task):
    """Subclasses set the name, the age range, two messages and `scan`, which lists
    (relative path, age) pairs and a report of what it skipped."""

    parameter = "r"
    baseline = 0.0
    metrics = ORDINAL_METRICS
    early_stopping = "mae"
    patience = 10
    max_epochs = 200
    needs_data_dir = True
    min_age: int
    max_age: int
    data_dir_help: str   # completes "<name> needs --data-dir: ..."
    download_error: str  # why we cannot download it

    @staticmethod
    def scan(data_dir: str | Path) -> tuple[list[tuple[str, int]], dict]:
        raise NotImplementedError

    def load(
        self,
        data_dir: str | Path | None,
        *,
        split_seed: int = 0,
        limit: int | None = None,
        download: bool = False,
        cache_dir: str | Path | None = None,
    ) -> TaskData:
        if data_dir is None:
            raise ValueError(f"{self.name} needs --data-dir: {self.data_dir_help}")
        if download:
            raise ValueError(self.download_error)
        items, report = self.scan(data_dir)
        return image_folder_data(
            self.name,
            Path(data_dir),
            [rel for rel, _ in items],
            [age - self.min_age for _, age in items],
            [str(a) for a in range(self.min_age, self.max_age + 1)],
            split_seed=split_seed,
            limit=limit,
            cache_dir=cache_dir,
            info=report,
        )

    def model(self, num_classes: int) -> nn.Module:
        return NiuCNN(num_classes)
