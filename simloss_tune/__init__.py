"""simloss-tune: SimLoss, the class-similarity cross entropy, and a service to tune it."""

from __future__ import annotations

__version__ = "0.1.0"

from .loss import SimLoss, sim_loss  # noqa: E402
from .soft_labels import SoftLabelLoss, loss_from_export, soft_label_cross_entropy  # noqa: E402
from .trainers.context import RunContext, report_epoch  # noqa: E402

__all__ = ["RunContext", "SimLoss", "SoftLabelLoss", "loss_from_export", "report_epoch",
           "sim_loss", "soft_label_cross_entropy", "__version__"]
