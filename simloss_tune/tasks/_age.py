"""What the age datasets share: one class per year of age, the CNN of Niu et al. on 60x60
inputs, accuracy / MAE / MSE with early stopping on validation MAE, a folder of images
(or a pack of it: one zip file, `simloss_tune.tasks.pack`)."""

from __future__ import annotations

from pathlib import Path

from torch import nn

from ..models import NiuCNN
from . import pack
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
        root, items, report = self._source(Path(data_dir))
        return image_folder_data(
            self.name,
            root,
            [rel for rel, _ in items],
            [age - self.min_age for _, age in items],
            [str(a) for a in range(self.min_age, self.max_age + 1)],
            split_seed=split_seed,
            limit=limit,
            cache_dir=cache_dir,
            info=report,
        )

    def _source(self, data_dir: Path) -> tuple[Path | pack.PackImages, list[tuple[str, int]],
                                              dict]:
        """The folder, or a pack file made from it: where the images are, the usable
        (name, age) pairs in the scan's order, and what the scan left out."""
        if not pack.is_pack(data_dir):
            return data_dir, *self.scan(data_dir)
        opened = pack.open_pack(data_dir, self.name)
        ages = [age for _, age in opened.items]
        if min(ages) < self.min_age or max(ages) > self.max_age:
            raise ValueError(f"{data_dir}: pack ages {min(ages)}..{max(ages)} are outside "
                             f"{self.name}'s {self.min_age}..{self.max_age}")
        info = opened.manifest
        report = {**info.get("report", {}),
                  "pack": {k: info.get(k) for k in ("size", "quality", "source")}}
        return opened.images, opened.items, report

    def model(self, num_classes: int) -> nn.Module:
        return NiuCNN(num_classes)
