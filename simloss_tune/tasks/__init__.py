"""Tasks: dataset loader + model + metrics + kind of similarity matrix, by name.

Built in: ``utkface``, ``afad`` (age, parameter r), ``cifar100`` (parameter l) and
``digits`` (the quickstart, parameter r). Add your own with :func:`register_task`
or name it as ``"package.module:TaskClass"``; ``image_folder_data`` turns image files
and labels into ``TaskData`` (split, decode-once cache, standardisation statistics).
"""

from __future__ import annotations

from ._images import image_folder_data
from .afad import AFADTask
from .base import (
    CLASSIFICATION_METRICS,
    ORDINAL_METRICS,
    Metric,
    Split,
    Task,
    TaskData,
    available_tasks,
    get_task,
    register_task,
)
from .cifar100 import Cifar100Task
from .digits import DigitsTask
from .utkface import UTKFaceTask

__all__ = [
    "AFADTask",
    "CLASSIFICATION_METRICS",
    "Cifar100Task",
    "DigitsTask",
    "ORDINAL_METRICS",
    "Metric",
    "Split",
    "Task",
    "TaskData",
    "UTKFaceTask",
    "available_tasks",
    "get_task",
    "image_folder_data",
    "register_task",
]

register_task(UTKFaceTask())
register_task(AFADTask())
register_task(Cifar100Task())
register_task(DigitsTask())
