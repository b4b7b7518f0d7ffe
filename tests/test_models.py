"""The paper's models: output shapes, and vmap over stacked copies equals separate calls."""

from __future__ import annotations

import copy

import pytest
import torch
from torch.func import functional_call, stack_module_state, vmap

from simloss_tune.models import DigitsNet, LeNet, NiuCNN

CASES = [
    (NiuCNN, 90, (3, 60, 60)),
    (LeNet, 96, (3, 32, 32)),
    (DigitsNet, 10, (1, 8, 8)),
]


@pytest.mark.parametrize("cls,num_classes,shape", CASES)
def test_output_shape(cls, num_classes, shape):
    torch.manual_seed(0)
    out = cls(num_classes)(torch.randn(4, *shape))
    assert out.shape == (4, num_classes)
    assert out.dtype == torch.float32


@pytest.mark.parametrize("cls,num_classes,shape", CASES)
def test_vmap_over_stacked_copies_equals_separate_calls(cls, num_classes, shape):
    torch.manual_seed(0)
    models = [cls(num_classes) for _ in range(3)]
    params, buffers = stack_module_state(models)
    base = copy.deepcopy(models[0]).to("meta")
    x = torch.randn(3, 5, *shape)  # a different batch for each copy, as the trainer feeds

    def call(p, b, xb):
        return functional_call(base, (p, b), (xb,))

    batched = vmap(call)(params, buffers, x)
    for k, m in enumerate(models):
        assert torch.allclose(batched[k], m(x[k]), rtol=1e-4, atol=1e-5), k


def test_niu_architecture_matches_paper():
    convs = [m for m in NiuCNN(90) if isinstance(m, torch.nn.Conv2d)]
    assert [(c.out_channels, c.kernel_size) for c in convs] == [(20, (5, 5)), (40, (7, 7)),
                                                                 (80, (11, 11))]
    linears = [m for m in NiuCNN(90) if isinstance(m, torch.nn.Linear)]
    assert [(lin.in_features, lin.out_features) for lin in linears] == [(80, 120), (120, 90)]
