"""simloss-tune: SimLoss, the class-similarity cross entropy, and a service to tune it."""

from __future__ import annotations

__version__ = "0.1.0"

from .loss import SimLoss, sim_loss  # noqa: E402
from .trainers.context import RunContext, report_epoch  # noqa: E402

__all__ = ["RunContext", "SimLoss", "report_epoch", "sim_loss", "__version__"]
