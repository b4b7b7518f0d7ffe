"""Per-run losses in the batched trainer: runs of SimLoss and soft labels on different matrices
batch together, each as it trains alone."""

from __future__ import annotations

import pytest
import torch

from simloss_tune.matrices import class_order, label_smoothing_epsilon, uniform_similarity
from simloss_tune.soft_labels import SoftLabelLoss
from simloss_tune.train import (
    RunLoss,
    batched_run_loss,
    batched_sim_loss,
    batched_soft_label_loss,
    loss_rows,
    train_runs,
)
from tests.test_train import SMALL, _assert_same_run, _metrics

pytestmark = pytest.mark.usefixtures("one_torch_thread")

C = 10  # digits


def _mixed_points():
    # the label-smoothing run stops first (epoch 8 of 10 with SMALL): it leaves the stack
    # from its front, so the per-run losses of those that stay must be re-indexed
    return [(0.3, 3, RunLoss("soft_labels", uniform_similarity(C, 0.3))),  # label smoothing
            (0.5, 1),                                                    # SimLoss, task's S
            (0.5, 2, RunLoss("soft_labels"))]                            # SORD on class order


def _logits_and_targets(seed=0, k=3, b=40):
    gen = torch.Generator().manual_seed(seed)
    return torch.randn(k, b, C, generator=gen) * 3, torch.randint(0, C, (k, b), generator=gen)


# ------------------------------------------------------------------------------ the loss


def test_batched_soft_label_loss_equals_soft_label_loss():
    logits, target = _logits_and_targets()
    mats = [class_order(C, 0.5), class_order(C, 0.9), uniform_similarity(C, 0.2)]
    rows = torch.stack([loss_rows("soft_labels", m) for m in mats])
    got = batched_soft_label_loss(logits, target, rows)
    want = torch.stack([SoftLabelLoss(m)(logits[k], target[k]) for k, m in enumerate(mats)])
    torch.testing.assert_close(got, want, atol=1e-6, rtol=0)


def test_soft_labels_on_the_uniform_matrix_are_label_smoothing():
    logits, target = _logits_and_targets(1)
    r = 0.05
    rows = loss_rows("soft_labels", uniform_similarity(C, r))[None].expand(3, -1, -1)
    got = batched_soft_label_loss(logits, target, rows)
    smoothing = torch.nn.CrossEntropyLoss(label_smoothing=label_smoothing_epsilon(r, C))
    want = torch.stack([smoothing(logits[k], target[k]) for k in range(3)])
    torch.testing.assert_close(got, want, atol=1e-6, rtol=0)


def test_a_mixed_batch_computes_each_run_with_its_own_loss():
    logits, target = _logits_and_targets(2)
    mats = [class_order(C, 0.5), class_order(C, 0.5), uniform_similarity(C, 0.3)]
    kinds = ["simloss", "soft_labels", "soft_labels"]
    rows = torch.stack([loss_rows(k, m) for k, m in zip(kinds, mats, strict=True)])
    z = logits.clone().requires_grad_()
    got = batched_run_loss(z, target, rows, [k == "soft_labels" for k in kinds])
    (grad,) = torch.autograd.grad(got.sum(), z)
    for k in range(3):
        alone = z[k:k + 1].detach().clone().requires_grad_()
        one = batched_run_loss(alone, target[k:k + 1], rows[k:k + 1], [kinds[k] == "soft_labels"])
        (g,) = torch.autograd.grad(one.sum(), alone)
        assert torch.equal(got[k].detach(), one[0].detach())
        assert torch.equal(grad[k], g[0])  # each run's gradient is its own loss's only
    assert torch.equal(got[0].detach(), batched_sim_loss(logits[:1], target[:1], rows[:1])[0])
    # same logits, targets and matrix: SimLoss and soft labels are different losses
    assert not torch.allclose(got[0], batched_soft_label_loss(logits[:1], target[:1],
                                                              loss_rows("soft_labels",
                                                                        mats[0])[None])[0])


def test_run_loss_is_validated():
    with pytest.raises(ValueError, match="loss 'sord' is not allowed"):
        RunLoss("sord")
    with pytest.raises(ValueError, match=r"RunLoss.similarity must be a \(C, C\) tensor"):
        RunLoss("simloss", [[1.0]])


# ------------------------------------------------------------------------------ training


def test_a_mixed_batch_trains_each_run_as_alone(digits):
    task, data = digits
    points = _mixed_points()
    batched = train_runs(task, data, points, SMALL, device="cpu", progress=False)
    assert batched[0].epochs < min(r.epochs for r in batched[1:])
    for point, got in zip(points, batched, strict=True):
        (alone,) = train_runs(task, data, [point], SMALL, device="cpu", progress=False)
        assert got.error is None
        _assert_same_run(got, alone)


@pytest.mark.parametrize("batching", ["vmap", "loop"])
def test_batching_modes_agree_on_a_mixed_batch(digits, batching):
    task, data = digits
    config = SMALL.__class__(lr=1e-2, batch_size=64, max_epochs=3, patience=5)
    ref = [train_runs(task, data, [p], config, device="cpu", progress=False,
                      batching="loop")[0] for p in _mixed_points()]
    got = train_runs(task, data, _mixed_points(), config, device="cpu", progress=False,
                     batching=batching)
    for a, b in zip(ref, got, strict=True):
        _assert_same_run(a, b)


def test_soft_labels_and_simloss_runs_of_one_point_differ(digits):
    task, data = digits
    matrix = class_order(C, 0.5)
    sim, soft, own = train_runs(task, data, [(0.5, 4, RunLoss("simloss", matrix)),
                                             (0.5, 4, RunLoss("soft_labels", matrix)),
                                             (0.5, 4)], SMALL, device="cpu", progress=False)
    assert _metrics(sim) != _metrics(soft)
    assert _metrics(sim) == _metrics(own)  # RunLoss("simloss", task's S) is the plain point


def test_a_run_s_matrix_must_fit_the_task(digits):
    task, data = digits
    with pytest.raises(ValueError, match=r"its matrix is \(4, 4\), the task has 10 classes"):
        train_runs(task, data, [(0.5, 1, RunLoss("soft_labels", class_order(4, 0.5)))], SMALL,
                   device="cpu", progress=False)
    with pytest.raises(ValueError, match=r"a point must be \(value, seed\) or"):
        train_runs(task, data, [(0.5, 1, "soft_labels")], SMALL, device="cpu")
