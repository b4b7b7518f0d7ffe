"""Soft-label cross entropy against a direct computation, label smoothing and SORD, and how it
differs from SimLoss; the uniform similarity source and its label-smoothing epsilon."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from simloss_tune import SimLoss, SoftLabelLoss, sim_loss, soft_label_cross_entropy
from simloss_tune.matrices import (
    class_order,
    label_smoothing_epsilon,
    uniform_r,
    uniform_similarity,
)
from tests.test_loss import C, batch, grad, one_thread, random_similarity  # noqa: F401


def direct(logits, target, S, reduction="mean", ignore_index=-100):
    """The definition, literally: -(q * log_softmax(z)).sum() with q = S[y] / sum S[y]."""
    keep = target != ignore_index
    y = torch.where(keep, target, 0)
    q = S[y] / S[y].sum(1, keepdim=True)
    per = -(q * logits.log_softmax(1)).sum(1) * keep
    return {"mean": per.sum() / keep.sum(), "sum": per.sum(), "none": per}[reduction]


def masked(seed=3):
    logits, target = batch(n=12, seed=seed)
    target = target.clone()
    target[[1, 5, 6]] = -100
    return logits, target


FORMS = {"functional": lambda S, **kw: (lambda z, y: soft_label_cross_entropy(z, y, S, **kw)),
         "module": lambda S, **kw: SoftLabelLoss(S, **kw)}


# ----------------------------------------------------------------------------- definition


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_matches_the_direct_computation(form, reduction):
    S = random_similarity(seed=1)
    for logits, target in (batch(seed=1), masked(seed=1)):
        loss = FORMS[form](S, reduction=reduction)
        value, g = grad(loss, logits, target)
        ref_value, ref_g = grad(direct, logits, target, S, reduction)
        assert value.shape == ref_value.shape
        torch.testing.assert_close(value, ref_value, rtol=1e-12, atol=1e-12)
        torch.testing.assert_close(g, ref_g, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("form", FORMS)
def test_gradcheck_float64(form):
    S = random_similarity(seed=2)
    loss = FORMS[form](S)
    for logits, target in (batch(seed=2), masked(seed=2)):
        def fn(z, target=target):
            return loss(z, target)

        assert torch.autograd.gradcheck(fn, (logits,))
        assert torch.autograd.gradgradcheck(fn, (logits,))  # plain ops: second order too


def test_identity_is_cross_entropy_with_ignore_index_and_spatial_dims():
    g = torch.Generator().manual_seed(4)
    logits = torch.randn(2, C, 3, 4, generator=g, dtype=torch.float64)
    target = torch.randint(0, C, (2, 3, 4), generator=g)
    target[0, 0, :2] = 3
    target[1, 2, 1] = 3
    for reduction in ("mean", "sum", "none"):
        value = SoftLabelLoss(torch.eye(C), reduction=reduction, ignore_index=3)(logits, target)
        ref = F.cross_entropy(logits, target, reduction=reduction, ignore_index=3)
        assert value.shape == ref.shape
        torch.testing.assert_close(value, ref)


@pytest.mark.parametrize("form", FORMS)
def test_every_target_ignored_like_cross_entropy(form):
    logits, target = batch()
    target = torch.full_like(target, -100)
    for reduction in ("mean", "sum"):
        value, g = grad(FORMS[form](random_similarity(seed=5), reduction=reduction), logits,
                        target)
        ref_value, ref_g = grad(F.cross_entropy, logits, target, reduction=reduction)
        torch.testing.assert_close(value, ref_value, equal_nan=True)  # mean: nan, sum: 0
        assert torch.equal(g, ref_g) and not g.any()


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_finite_and_accurate_for_huge_logits(form, dtype):
    S = random_similarity(seed=6)
    logits, target = batch(n=32, seed=6, dtype=dtype, scale=1e4)
    logits = logits.detach()
    logits[0, :] = -1e4
    logits[0, 1] = 1e4
    value, g = grad(FORMS[form](S.to(dtype)), logits, target)
    assert torch.isfinite(value) and torch.isfinite(g).all()
    torch.testing.assert_close(value.double(), direct(logits.double(), target, S),
                               rtol=1e-6, atol=0)


def test_a_minus_infinite_logit_of_a_zero_target_contributes_zero():
    """0 * log_softmax = 0 * -inf: exactly 0 here, not nan."""
    logits = torch.tensor([[2.0, -math.inf, 0.5]], requires_grad=True)
    value = soft_label_cross_entropy(logits, torch.tensor([0]), class_order(3, 0.0))
    value.backward()
    torch.testing.assert_close(value, F.cross_entropy(logits.detach(), torch.tensor([0])))
    assert torch.isfinite(logits.grad).all()


def test_a_nan_logit_is_not_hidden():
    logits, target = batch(seed=15)
    logits = logits.detach()
    logits[2, 0] = float("nan")
    out = SoftLabelLoss(class_order(C, 0.3), reduction="none")(logits, target)
    assert out[2].isnan() and torch.isfinite(out[[0, 1, 3]]).all()


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_the_path_under_compile_matches_eager(monkeypatch, reduction):
    """torch.compile takes the masked form without the host-side nan check (checked eagerly
    here: compiling in a unit test is slow)."""
    S = random_similarity(seed=16)
    logits, target = masked(seed=16)
    eager = grad(SoftLabelLoss(S, reduction=reduction), logits, target)
    monkeypatch.setattr("simloss_tune.soft_labels._compiling", lambda: True)
    torch.testing.assert_close(grad(SoftLabelLoss(S, reduction=reduction), logits, target),
                               eager, rtol=1e-12, atol=1e-12)
    inf_logits = logits.detach().clone()
    inf_logits[0, :] = -math.inf
    inf_logits[0, target[0]] = 0.0
    inf_logits[0, S[target[0]] > 0] = 1.0
    assert (inf_logits[0] == -math.inf).any()  # some q = 0 meets a -inf logit
    value, g = grad(SoftLabelLoss(S, reduction=reduction), inf_logits, target)
    assert torch.isfinite(value).all() and torch.isfinite(g).all()


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_low_precision_logits_are_computed_in_float32(dtype):
    S = random_similarity(seed=7, dtype=torch.float32)
    logits, target = batch(seed=7, dtype=torch.float32, scale=3.0)
    low = logits.detach().to(dtype)
    value = SoftLabelLoss(S)(low, target)
    assert value.dtype == torch.float32
    torch.testing.assert_close(value, direct(low.float(), target, S))


# ----------------------------------------------------------------------------- equivalences


@pytest.mark.parametrize("num_classes", [2, 6, 100])
@pytest.mark.parametrize("r", [0.0, 0.05, 0.3, 1.0])
def test_uniform_source_is_label_smoothing_at_the_matching_epsilon(num_classes, r):
    g = torch.Generator().manual_seed(8)
    logits = 4 * torch.randn(16, num_classes, generator=g, dtype=torch.float64)
    target = torch.randint(0, num_classes, (16,), generator=g)
    target[3] = -100
    eps = label_smoothing_epsilon(r, num_classes)
    for reduction in ("mean", "sum", "none"):
        smoothing = torch.nn.CrossEntropyLoss(label_smoothing=eps, reduction=reduction)
        soft = SoftLabelLoss(uniform_similarity(num_classes, r).double(), reduction=reduction)
        value, g_soft = grad(soft, logits, target)
        ref, g_ref = grad(smoothing, logits, target)
        torch.testing.assert_close(value, ref)
        torch.testing.assert_close(g_soft, g_ref)
    if 0 < r < 1:  # and the epsilon matters: a wrong one gives another loss
        wrong = torch.nn.CrossEntropyLoss(label_smoothing=r)(logits, target)
        assert not torch.allclose(SoftLabelLoss(uniform_similarity(num_classes, r))(
            logits, target), wrong)


@pytest.mark.parametrize("alpha", [0.1, 0.7, 2.0])
def test_sord_is_soft_labels_on_class_order(alpha):
    """SORD's targets softmax(-alpha |i - j|) are the rows of r^|i-j|, r = e^-alpha, normalised."""
    num_classes = 9
    g = torch.Generator().manual_seed(9)
    logits = 3 * torch.randn(20, num_classes, generator=g, dtype=torch.float64)
    target = torch.randint(0, num_classes, (20,), generator=g)
    distance = (torch.arange(num_classes)[:, None] - torch.arange(num_classes)[None, :]).abs()
    sord_targets = torch.softmax(-alpha * distance.double(), 1)[target]
    sord = F.cross_entropy(logits, sord_targets)  # class-probability targets
    S = class_order(num_classes, math.exp(-alpha)).double()
    torch.testing.assert_close(soft_label_cross_entropy(logits, target, S), sord)


# ----------------------------------------------------------------------------- not SimLoss


def test_simloss_and_soft_labels_differ_on_the_same_matrix_and_logits():
    S = random_similarity(seed=10)
    logits, target = batch(seed=10)
    soft_value, soft_g = grad(SoftLabelLoss(S), logits, target)
    sim_value, sim_g = grad(SimLoss(S), logits, target)
    assert not torch.allclose(soft_value, sim_value)
    assert (soft_g - sim_g).abs().max() > 1e-3


def test_they_share_a_gradient_only_for_uniform_predictions():
    """Both gradients are softmax(z) - target; SimLoss's target S[y] p / sum(S[y] p) is the
    soft label S[y] / sum S[y] exactly when p is uniform (any logits constant per row)."""
    S = random_similarity(seed=11)
    _, target = batch(seed=11)
    uniform = torch.linspace(-5, 5, target.shape[0], dtype=torch.float64)[:, None].expand(-1, C)
    for reduction in ("mean", "sum"):
        _, soft_g = grad(SoftLabelLoss(S, reduction=reduction), uniform, target)
        _, sim_g = grad(sim_loss, uniform, target, S, reduction=reduction)
        torch.testing.assert_close(soft_g, sim_g, rtol=1e-12, atol=1e-12)
    logits = uniform.clone()
    logits[:, 0] += 0.5  # one step away from uniform: the gradients part
    _, soft_g = grad(SoftLabelLoss(S), logits, target)
    _, sim_g = grad(sim_loss, logits, target, S)
    assert (soft_g - sim_g).abs().max() > 1e-3


# ----------------------------------------------------------------------------- module


def test_batched_per_example_core_equals_the_module():
    """(K, B, C) logits with per-run targets, as a batched trainer would call it."""
    from simloss_tune.soft_labels import soft_label_loss_from_targets

    matrices = [class_order(C, 0.5), uniform_similarity(C, 0.2), random_similarity(seed=14)]
    logits = torch.stack([batch(seed=k)[0].detach() for k in range(3)])
    target = batch(seed=14)[1]
    losses = [SoftLabelLoss(S.double(), reduction="none") for S in matrices]
    targets = torch.stack([loss.targets[target] for loss in losses])
    out = soft_label_loss_from_targets(logits, targets)
    assert out.shape == (3, target.shape[0])
    for k, loss in enumerate(losses):
        torch.testing.assert_close(out[k], loss(logits[k], target), rtol=1e-12, atol=1e-12)


def test_state_dict_round_trip_and_validation():
    a = SoftLabelLoss(class_order(C, 0.7))
    assert list(a.state_dict()) == ["similarity"]
    b = SoftLabelLoss(torch.eye(C))
    b.load_state_dict(a.state_dict())
    logits, target = batch(dtype=torch.float32)
    torch.testing.assert_close(b(logits, target), a(logits, target))
    with pytest.raises(ValueError, match="diagonal"):
        b.load_state_dict({"similarity": torch.zeros(C, C)})


def test_the_module_owns_its_matrix_and_conversions_rederive_the_targets():
    mine = class_order(C, 0.5)
    loss = SoftLabelLoss(mine)
    loss.load_state_dict({"similarity": torch.eye(C)})
    assert torch.equal(mine, class_order(C, 0.5))
    wide = SoftLabelLoss(random_similarity(seed=12, dtype=torch.float32)).double()
    assert wide.targets.dtype == torch.float64
    torch.testing.assert_close(wide.targets, wide.similarity / wide.similarity.sum(1,
                                                                                   keepdim=True))


def test_callable_rows_equal_dense():
    def rows(target):
        return class_order(C, 0.5)[target]

    logits, target = masked(seed=13)
    dense = grad(SoftLabelLoss(class_order(C, 0.5)), logits, target)
    torch.testing.assert_close(grad(SoftLabelLoss(rows), logits, target), dense)
    torch.testing.assert_close(grad(soft_label_cross_entropy, logits, target, rows), dense)
    assert repr(SoftLabelLoss(rows)) == "SoftLabelLoss(C=on-the-fly, source='rows')"


def test_repr():
    assert repr(SoftLabelLoss(uniform_similarity(10, 0.1), source="uniform(r=0.1)")) == \
        "SoftLabelLoss(C=10, source='uniform(r=0.1)')"
    assert repr(SoftLabelLoss(torch.eye(3), reduction="sum", ignore_index=0)) == \
        "SoftLabelLoss(C=3, source=None, reduction='sum', ignore_index=0)"


@pytest.mark.parametrize("form", FORMS)
def test_bad_input_refused_as_simloss_refuses_it(form):
    logits, target = batch()
    bad_matrix = torch.tensor([[1.0, 1.5], [0.0, 1.0]])
    with pytest.raises(ValueError, match=r"S\[0, 1\] = 1.5 is outside \[0, 1\]|in \[0, 1\]"):
        FORMS[form](bad_matrix)(torch.randn(2, 2), torch.tensor([0, 1]))
    with pytest.raises(ValueError, match=r"reduction='avg'.*'mean', 'sum', 'none'"):
        FORMS[form](torch.eye(C), reduction="avg")(logits, target)
    with pytest.raises(ValueError, match="ignore_index"):
        FORMS[form](torch.eye(C), ignore_index=None)(logits, target)
    with pytest.raises(ValueError, match="C=6.*C=3|C=6.*3 x 3"):
        FORMS[form](torch.eye(3))(logits, target)
    bad_target = target.clone()
    bad_target[0] = C
    with pytest.raises(ValueError, match=rf"target {C} is out of range"):
        FORMS[form](torch.eye(C))(logits, bad_target)
    with pytest.raises(ValueError, match="class-probability targets are not supported"):
        FORMS[form](torch.eye(C))(logits, logits.softmax(1))


# ----------------------------------------------------------------------------- uniform source


def test_uniform_similarity():
    S = uniform_similarity(4, 0.25)
    assert S.dtype == torch.float32
    assert torch.equal(S, 0.75 * torch.eye(4) + 0.25 * torch.ones(4, 4))
    assert torch.equal(uniform_similarity(5, 0.0), torch.eye(5))
    assert torch.equal(uniform_similarity(5, 1), torch.ones(5, 5))
    assert torch.equal(uniform_similarity(1, 0.5), torch.ones(1, 1))
    SimLoss(uniform_similarity(5, 1.0))  # a valid SimLoss matrix at both ends
    SoftLabelLoss(uniform_similarity(5, 0.0))


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), "x", None])
def test_uniform_r_outside_the_unit_interval(bad):
    for call in (lambda: uniform_similarity(4, bad), lambda: label_smoothing_epsilon(bad, 4)):
        with pytest.raises(ValueError, match=r"r=.* must be (a number )?in \[0, 1\]"):
            call()
    with pytest.raises(ValueError, match=r"epsilon=.* must be (a number )?in \[0, 1\]"):
        uniform_r(bad, 4)


@pytest.mark.parametrize("bad", [0, -3, 2.5, True])
def test_uniform_bad_class_count(bad):
    for call in (lambda: uniform_similarity(bad, 0.5), lambda: label_smoothing_epsilon(0.5, bad),
                 lambda: uniform_r(0.5, bad)):
        with pytest.raises(ValueError, match=r"num_classes=.* must be an integer >= 1"):
            call()


def test_label_smoothing_epsilon_both_ways():
    assert label_smoothing_epsilon(0.0, 10) == 0.0
    assert label_smoothing_epsilon(1.0, 10) == 1.0  # uniform targets
    assert label_smoothing_epsilon(0.5, 3) == pytest.approx(1.5 / 2)
    assert uniform_r(0.0, 10) == 0.0 and uniform_r(1.0, 10) == 1.0
    for num_classes in (2, 10, 100):
        for r in (0.001, 0.1, 0.5, 0.9):
            eps = label_smoothing_epsilon(r, num_classes)
            assert 0 < eps < 1 and uniform_r(eps, num_classes) == pytest.approx(r, rel=1e-12)
    # the matching eps puts on each other class what the row-normalised uniform row puts there
    r, num_classes = 0.2, 7
    row = uniform_similarity(num_classes, r).double()[0]
    q = row / row.sum()
    eps = label_smoothing_epsilon(r, num_classes)
    assert q[1].item() == pytest.approx(eps / num_classes)
    assert q[0].item() == pytest.approx(1 - eps + eps / num_classes)
