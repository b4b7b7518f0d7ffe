"""The paper's networks. Every model maps standardised float images to logits.

The softmax lives in the loss. The trainer runs K copies of a model as one batched
model (``torch.func.stack_module_state`` + ``functional_call`` under ``vmap``), so
the models use only plain, stateless layers: no BatchNorm (running statistics are
buffers that vmap cannot update) and no in-place operations.
"""

from __future__ import annotations

from torch import nn

__all__ = ["DigitsNet", "LeNet", "NiuCNN"]


class NiuCNN(nn.Sequential):
    """The age-estimation CNN of Niu et al. (2016) as used by the SimLoss paper.

    Input (N, 3, 60, 60): conv 20@5x5 -> 56, pool -> 28, conv 40@7x7 -> 22,
    pool -> 11, conv 80@11x11 -> 1, then fully connected 80 -> 120 -> C.
    """

    input_size = 60

    def __init__(self, num_classes: int, in_channels: int = 3) -> None:
        super().__init__(
            nn.Conv2d(in_channels, 20, 5),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(20, 40, 7),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(40, 80, 11),
            nn.ReLU(),
            nn.Flatten(),
            nn.Linear(80, 120),
            nn.ReLU(),
            nn.Linear(120, num_classes),
        )


class LeNet(nn.Sequential):
    """LeNet-5 for 32x32 colour images (CIFAR-100): conv 6@5x5, pool, conv 16@5x5, pool,
    fully connected 400 -> 120 -> 84 -> C."""

    input_size = 32

    def __init__(self, num_classes: int, in_channels: int = 3) -> None:
        super().__init__(
            nn.Conv2d(in_channels, 6, 5),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(6, 16, 5),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(16 * 5 * 5, 120),
            nn.ReLU(),
            nn.Linear(120, 84),
            nn.ReLU(),
            nn.Linear(84, num_classes),
        )


class DigitsNet(nn.Sequential):
    """A small MLP for scikit-learn's 8x8 digits: 64 -> 128 -> C.

    Chosen for speed: with Adam (lr 1e-3, batch 1024: 2 steps per epoch) an epoch
    takes about 0.02 s on one CPU core and plain cross entropy reaches about 90 %
    validation accuracy within 30 epochs (chance: 10 %).
    """

    input_size = 8

    def __init__(self, num_classes: int, in_channels: int = 1, hidden: int = 128) -> None:
        super().__init__(
            nn.Flatten(),
            nn.Linear(in_channels * 8 * 8, hidden),
            nn.ReLU(),
            nn.Linear(hidden, num_classes),
        )
