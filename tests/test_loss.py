"""SimLoss against equation (1), cross entropy, and its contract as a drop-in loss."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from simloss_tune import SimLoss, sim_loss
from simloss_tune.matrices import class_order, save_matrix

C = 6


@pytest.fixture(autouse=True, scope="module")
def one_thread():
    """Tiny tensors: OpenMP threads only add sync overhead (badly so on a busy shared CPU)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def naive(logits, target, S, reduction="mean"):
    """Equation (1) literally: softmax, S-weighted sum of the target row, minus log."""
    per = -(S[target] * logits.softmax(1)).sum(1).log()
    return {"mean": per.mean(), "sum": per.sum(), "none": per}[reduction]


def random_similarity(c=C, seed=0, dtype=torch.float64):
    """Random S in [0, 1] with exact zeros and a unit diagonal."""
    g = torch.Generator().manual_seed(seed)
    S = torch.rand(c, c, generator=g, dtype=dtype)
    S[torch.rand(c, c, generator=g) < 0.4] = 0.0
    S.fill_diagonal_(1.0)
    return S


def batch(n=8, c=C, seed=0, dtype=torch.float64, scale=1.0):
    g = torch.Generator().manual_seed(seed)
    logits = (scale * torch.randn(n, c, generator=g, dtype=dtype)).requires_grad_()
    return logits, torch.randint(0, c, (n,), generator=g)


def grad(fn, logits, *args, **kwargs):
    logits = logits.detach().clone().requires_grad_()
    value = fn(logits, *args, **kwargs)
    (g,) = torch.autograd.grad(value.sum(), logits)
    return value.detach(), g


# ----------------------------------------------------------------------------- equation (1)


@pytest.mark.parametrize("form", ["functional", "module"])
def test_gradcheck_against_naive_equation(form):
    S = random_similarity()
    logits, target = batch()
    fn = (lambda z: sim_loss(z, target, S)) if form == "functional" else \
        (lambda z: SimLoss(S)(z, target))
    assert torch.autograd.gradcheck(fn, (logits,))
    value, g = grad(lambda z: fn(z), logits)
    ref_value, ref_g = grad(lambda z: naive(z, target, S), logits)
    torch.testing.assert_close(value, ref_value, rtol=1e-10, atol=1e-12)
    torch.testing.assert_close(g, ref_g, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_every_reduction_matches_naive(reduction):
    S = random_similarity(seed=1)
    logits, target = batch(seed=1)
    out = SimLoss(S, reduction=reduction)(logits, target)
    ref = naive(logits, target, S, reduction)
    assert out.shape == ref.shape
    torch.testing.assert_close(out, ref)


def test_unreduced_loss_can_be_changed_in_place():
    """As with cross_entropy, reduction="none" returns a tensor a caller may weight in place."""
    S = random_similarity(seed=13)
    logits, target = batch(seed=13)
    weights = torch.rand(target.shape[0], dtype=torch.float64)
    loss = SimLoss(S, reduction="none")(logits, target)
    loss *= weights
    (g,) = torch.autograd.grad(loss.sum(), logits)
    _, ref_g = grad(lambda z: naive(z, target, S, "none") * weights, logits)
    torch.testing.assert_close(g, ref_g)


def test_numpy_matrix_and_float32_logits():
    S = random_similarity(seed=2).numpy()
    logits, target = batch(seed=2, dtype=torch.float32)
    ref = naive(logits.double(), target, torch.from_numpy(S))
    torch.testing.assert_close(sim_loss(logits, target, S).double(), ref, rtol=1e-5, atol=1e-6)
    torch.testing.assert_close(SimLoss(S)(logits, target).double(), ref, rtol=1e-5, atol=1e-6)


# ----------------------------------------------------------------------------- S = identity


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_identity_equals_cross_entropy(reduction):
    logits, target = batch(n=16, dtype=torch.float32, scale=3.0)
    loss = SimLoss(torch.eye(C), reduction=reduction)
    value, g = grad(loss, logits, target)
    ref_value, ref_g = grad(F.cross_entropy, logits, target, reduction=reduction)
    # 1e-6 absolute, and relative for the sum (float32's spacing near 60 is 3.8e-6)
    torch.testing.assert_close(value, ref_value, rtol=1e-6, atol=1e-6)
    torch.testing.assert_close(g, ref_g, rtol=0, atol=1e-6)


def test_class_order_r0_is_cross_entropy():
    logits, target = batch(dtype=torch.float32)
    torch.testing.assert_close(SimLoss(class_order(C, 0.0))(logits, target),
                               F.cross_entropy(logits, target), rtol=0, atol=1e-6)


# ----------------------------------------------------------------------------- stability


def reference64(logits, target, S):
    z = logits.detach().double()
    logS = S.double()[target].log()
    return (torch.logsumexp(z, 1) - torch.logsumexp(z + logS, 1)).mean()


def test_large_logits_are_finite():
    S = random_similarity(seed=3, dtype=torch.float32)
    logits, target = batch(n=32, seed=3, dtype=torch.float32, scale=1e4)
    value, g = grad(SimLoss(S), logits, target)
    assert torch.isfinite(value) and torch.isfinite(g).all()
    torch.testing.assert_close(value.double(), reference64(logits, target, S), rtol=1e-5, atol=0)



@pytest.mark.parametrize("dtype,gap", [(torch.float32, 200.0), (torch.float64, 1000.0)])
def test_rows_near_underflow_take_a_shift_per_logsumexp(dtype, gap):
    """Rows whose target probability is near underflow (the target logit `gap` below another
    class) take each logsumexp with its own shift, in the same batch as rows with the shared
    shift: both match a float64 evaluation of the two logsumexps to the dtype's precision."""
    from simloss_tune.loss import _far_from_underflow

    S = random_similarity(seed=4, dtype=dtype)
    logits, target = batch(n=16, seed=4, dtype=dtype)
    logits = logits.detach().clone()
    far = torch.arange(16) % 3 == 0
    logits[far, (target[far] + 1) % C] += gap  # another class far above the target
    value, g = grad(SimLoss(S, reduction="none"), logits, target)
    z = logits.double()
    log_rows = S.double()[target].log()
    ref = torch.logsumexp(z, 1) - torch.logsumexp(z + log_rows, 1)
    ref_g = z.softmax(1) - (z + log_rows).softmax(1)
    p_y = logits.softmax(1).gather(1, target[:, None]).squeeze(1)
    assert torch.equal(p_y < _far_from_underflow(dtype), far)  # both paths are exercised
    tol = 1e-6 if dtype == torch.float32 else 1e-12
    torch.testing.assert_close(value.double(), ref, rtol=tol, atol=tol)
    torch.testing.assert_close(g.double(), ref_g, rtol=0, atol=tol)


def test_backward_twice_with_retained_graph():
    """The saved gradient is not consumed by backward, so a retained graph runs twice."""
    logits, target = batch(seed=6, dtype=torch.float32)
    value = SimLoss(random_similarity(seed=6))(logits, target)
    value.backward(retain_graph=True)
    once = logits.grad.clone()
    value.backward()
    torch.testing.assert_close(logits.grad, 2 * once)


def force_traced(monkeypatch):
    """Take the torch.compile path eagerly: the loss's plain ops and the always-masked targets
    (`_safe_target` lives in `_loss_common`, below both losses)."""
    monkeypatch.setattr("simloss_tune.loss._compiling", lambda: True)
    monkeypatch.setattr("simloss_tune._loss_common._compiling", lambda: True)


def test_traced_path_uses_the_shared_formula(monkeypatch):
    """`sim_loss_from_log_rows` is the traced path's per-example loss (the trainer uses it too):
    last dim, any leading dims, float32 accumulation from bf16, float64 stays."""
    from simloss_tune.loss import sim_loss_from_log_rows

    force_traced(monkeypatch)
    S = random_similarity(seed=13, dtype=torch.float32)
    logits, target = batch(n=16, seed=13, dtype=torch.float32)
    log_rows = S[target].log()
    per_example = sim_loss_from_log_rows(logits, log_rows)
    assert torch.equal(per_example, SimLoss(S, reduction="none")(logits, target))
    assert torch.equal(per_example, sim_loss(logits, target, S, reduction="none"))
    stacked = sim_loss_from_log_rows(logits.reshape(2, 8, -1), log_rows.reshape(2, 8, -1))
    assert torch.equal(stacked.reshape(-1), per_example)
    low = sim_loss_from_log_rows(logits.bfloat16(), log_rows)
    assert low.dtype == torch.float32
    assert torch.equal(low, sim_loss_from_log_rows(logits.bfloat16().float(), log_rows))
    assert sim_loss_from_log_rows(logits.double(), log_rows).dtype == torch.float64
    value, g = grad(sim_loss, logits, target, S)
    assert torch.isfinite(value) and torch.isfinite(g).all()


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_large_logits_under_autocast(dtype):
    S = random_similarity(seed=4, dtype=torch.float32)
    layer = torch.nn.Linear(4, C)
    torch.nn.init.normal_(layer.weight, std=2e3)
    x, target = torch.randn(32, 4), torch.randint(0, C, (32,))
    with torch.autocast("cpu", dtype=dtype):
        logits = layer(x)
        value = SimLoss(S)(logits, target)
    assert logits.dtype == dtype and value.dtype == torch.float32
    value.backward()
    assert torch.isfinite(value) and torch.isfinite(layer.weight.grad).all()
    ref = reference64(logits.float(), target, S)
    torch.testing.assert_close(value.double(), ref, rtol=1e-4, atol=1e-3)


def test_zero_similarities_give_no_nan_gradient():
    S = torch.eye(C)
    S[0, 1] = S[1, 0] = 0.5
    logits, target = batch(dtype=torch.float32, scale=50.0)
    _, g = grad(SimLoss(S), logits, target)
    assert torch.isfinite(g).all()


# ----------------------------------------------------------------------------- ignore_index


def masked(n=12, ignore=-100, seed=5):
    logits, target = batch(n=n, seed=seed, dtype=torch.float32)
    target = target.clone()
    target[::3] = ignore
    return logits, target


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("ignore", [-100, 2])
def test_ignore_index_like_cross_entropy(reduction, ignore):
    logits, target = masked(ignore=ignore)
    loss = SimLoss(torch.eye(C), reduction=reduction, ignore_index=ignore)
    value, g = grad(loss, logits, target)
    ref_value, ref_g = grad(F.cross_entropy, logits, target, reduction=reduction,
                            ignore_index=ignore)
    torch.testing.assert_close(value, ref_value, rtol=0, atol=1e-6)
    torch.testing.assert_close(g, ref_g, rtol=0, atol=1e-6)


def test_ignore_index_averages_over_kept_targets():
    S = random_similarity(seed=6)
    logits, target = masked()
    logits = logits.detach().double()
    keep = target != -100
    torch.testing.assert_close(sim_loss(logits, target, S),
                               naive(logits[keep], target[keep], S))
    none = sim_loss(logits, target, S, reduction="none")
    assert (none[~keep] == 0).all()


@pytest.mark.parametrize("normalize_rows", [False, True])
def test_all_ignored_matches_cross_entropy(normalize_rows):
    logits, _ = batch(dtype=torch.float32)
    target = torch.full((8,), -100)
    for reduction in ("mean", "sum"):
        loss = SimLoss(random_similarity(seed=7), reduction=reduction,
                       normalize_rows=normalize_rows)
        value, g = grad(loss, logits, target)
        ref_value, ref_g = grad(F.cross_entropy, logits, target, reduction=reduction)
        torch.testing.assert_close(value, ref_value, equal_nan=True)  # mean: nan, sum: 0
        assert torch.equal(g, ref_g)  # zeros, no nan


# ----------------------------------------------------------------------------- shapes


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_empty_batch_like_cross_entropy(reduction):
    logits = torch.zeros(0, C, requires_grad=True)
    target = torch.zeros(0, dtype=torch.long)
    value = SimLoss(class_order(C, 0.5), reduction=reduction)(logits, target)
    torch.testing.assert_close(value, F.cross_entropy(logits, target, reduction=reduction),
                               equal_nan=True)
    value.sum().backward()
    assert logits.grad.shape == (0, C)


def test_spatial_dimensions():
    S = random_similarity(seed=8, dtype=torch.float32)
    g = torch.Generator().manual_seed(8)
    logits = torch.randn(2, C, 3, 4, generator=g)
    target = torch.randint(0, C, (2, 3, 4), generator=g)
    target[0, 0, 0] = -100
    flat_logits = logits.movedim(1, -1).reshape(-1, C)
    flat_target = target.reshape(-1)
    none = SimLoss(S, reduction="none")(logits, target)
    assert none.shape == (2, 3, 4)
    torch.testing.assert_close(none.reshape(-1), sim_loss(flat_logits, flat_target, S,
                                                          reduction="none"))
    torch.testing.assert_close(SimLoss(S)(logits, target), sim_loss(flat_logits, flat_target, S))
    torch.testing.assert_close(SimLoss(torch.eye(C))(logits, target),
                               F.cross_entropy(logits, target), rtol=0, atol=1e-6)


def test_unbatched_logits():
    S = random_similarity(seed=9, dtype=torch.float32)
    logits, target = torch.randn(C), torch.tensor(3)
    out = SimLoss(S, reduction="none")(logits, target)
    assert out.shape == ()
    torch.testing.assert_close(out, naive(logits[None], target[None], S, "none")[0])


# ----------------------------------------------------------------------------- on the fly


def order_rows(r, c=C):
    def class_order_rows(target):
        return r ** (torch.arange(c)[None, :] - target[:, None]).abs().float()
    return class_order_rows


@pytest.mark.parametrize("normalize_rows", [False, True])
def test_callable_rows_equal_dense(normalize_rows):
    logits, target = masked()
    dense = SimLoss(class_order(C, 0.5), normalize_rows=normalize_rows)
    fly = SimLoss(order_rows(0.5), normalize_rows=normalize_rows)
    v1, g1 = grad(dense, logits, target)
    v2, g2 = grad(fly, logits, target)
    torch.testing.assert_close(v1, v2)
    torch.testing.assert_close(g1, g2)
    v3, g3 = grad(sim_loss, logits, target, order_rows(0.5), normalize_rows=normalize_rows)
    torch.testing.assert_close(v1, v3)
    torch.testing.assert_close(g1, g3)


@pytest.mark.parametrize("kind", ["tensor", "array"])
def test_callable_rows_are_not_modified(kind):
    """The loss reuses its own buffers in place, never a callable's: it may be the caller's."""
    S = random_similarity(seed=9, dtype=torch.float32)
    cached = S.clone() if kind == "tensor" else S.numpy().copy()
    logits, target = batch(n=C, seed=9, dtype=torch.float32)
    target = torch.arange(C)  # the rows callable returns the whole cached matrix
    value, _ = grad(SimLoss(lambda y: cached), logits, target)
    torch.testing.assert_close(value, SimLoss(S)(logits, target))
    assert np.array_equal(np.asarray(cached), S.numpy())


def test_no_gradient_flows_into_the_matrix():
    """S is data, as in the paper: rows that require grad (dense or from a callable) give
    a loss that requires grad only through the logits."""
    S = random_similarity(seed=15, dtype=torch.float32).requires_grad_()
    logits, target = batch(seed=15, dtype=torch.float32)
    logits = logits.detach()
    for form in (lambda z: sim_loss(z, target, S), lambda z: SimLoss(lambda y: S[y])(z, target)):
        assert not form(logits).requires_grad


def test_callable_receives_only_valid_class_indices():
    seen = []

    def rows(target):
        seen.append(target.clone())
        return order_rows(0.3)(target)

    logits, target = masked()
    SimLoss(rows)(logits, target)
    assert seen[0].shape == (12,) and seen[0].min() >= 0 and seen[0].max() < C


# ----------------------------------------------------------------------------- normalize_rows


def test_normalize_rows_same_gradient_value_shifted():
    S = random_similarity(seed=10)
    logits, target = batch(seed=10)
    v1, g1 = grad(SimLoss(S), logits, target)
    v2, g2 = grad(SimLoss(S, normalize_rows=True), logits, target)
    torch.testing.assert_close(g1, g2)
    torch.testing.assert_close(v2 - v1, S.sum(1).log()[target].mean())
    assert not torch.allclose(v1, v2)
    # the appendix's L_prob on probabilities, evaluated literally
    P = S / S.sum(1, keepdim=True)
    torch.testing.assert_close(v2, -(P[target] * logits.softmax(1)).sum(1).log().mean())


# ----------------------------------------------------------------------------- module


def test_state_dict_round_trip():
    a = SimLoss(class_order(C, 0.7))
    assert list(a.state_dict()) == ["similarity"]
    b = SimLoss(torch.eye(C))
    b.load_state_dict(a.state_dict())
    logits, target = batch(dtype=torch.float32)
    torch.testing.assert_close(b(logits, target), a(logits, target))


def test_the_module_owns_its_matrix():
    """Loading a state dict writes into the buffer: it must not be the caller's tensor."""
    mine = torch.as_tensor(class_order(C, 0.5))
    for matrix in (mine.float(), mine.double()):
        before = matrix.clone()
        loss = SimLoss(matrix)
        loss.load_state_dict({"similarity": torch.eye(C, dtype=matrix.dtype)})
        assert torch.equal(matrix, before)
        assert torch.equal(loss.similarity, torch.eye(C, dtype=matrix.dtype))


@pytest.mark.parametrize("start,convert", [(torch.float32, "double"), (torch.float64, "float"),
                                           (torch.float64, "half")])
def test_dtype_conversions_rederive_the_gathered_copies(start, convert):
    """After .double()/.float()/.half() the float32 copy and log S follow the new matrix."""
    loss = getattr(SimLoss(random_similarity(seed=14, dtype=start)), convert)()
    matrix = loss.similarity
    if matrix.dtype == torch.float32:
        assert loss.similarity_float32 is None
    else:
        assert torch.equal(loss.similarity_float32, matrix.float())
    assert loss.log_similarity.dtype == torch.float32
    torch.testing.assert_close(loss.log_similarity, matrix.float().log())
    logits, target = batch(seed=14, dtype=torch.float32)
    torch.testing.assert_close(loss(logits, target).double(),
                               reference64(logits, target, matrix), rtol=1e-5, atol=1e-6)


def test_load_state_dict_validates():
    loss = SimLoss(torch.eye(C))
    with pytest.raises(ValueError, match="diagonal"):
        loss.load_state_dict({"similarity": torch.zeros(C, C)})


def test_to_moves_buffers():
    loss = SimLoss(class_order(C, 0.5)).to(torch.float64)
    assert loss.similarity.dtype == torch.float64
    logits, target = batch()
    torch.testing.assert_close(loss(logits, target), naive(logits, target, class_order(C, 0.5)
                                                          .double()))
    if torch.cuda.is_available():  # pragma: no cover - CPU-only CI
        moved = loss.to("cuda")
        assert moved.similarity.is_cuda


def test_repr():
    assert repr(SimLoss(class_order(90, 0.8), source="class_order(r=0.8)")) == \
        "SimLoss(C=90, source='class_order(r=0.8)')"
    assert repr(SimLoss(order_rows(0.5))) == "SimLoss(C=on-the-fly, source='class_order_rows')"
    text = repr(SimLoss(torch.eye(3), reduction="sum", ignore_index=0, normalize_rows=True))
    assert text == "SimLoss(C=3, source=None, reduction='sum', ignore_index=0, normalize_rows=True)"


# ----------------------------------------------------------------------------- from_export


def write_export(tmp_path, S, names):
    save_matrix(tmp_path / "matrix.npy", S, {"class_names": names})
    digest = hashlib.sha256((tmp_path / "matrix.npy").read_bytes()).hexdigest()
    config = {"task": "utkface", "parameter": "r", "value": 0.4, "class_names": names,
              "matrix": "matrix.npy", "matrix_sha256": digest, "metric": "mae"}
    (tmp_path / "config.json").write_text(json.dumps(config))
    return config


def test_from_export_round_trip(tmp_path):
    S = class_order(C, 0.4)
    write_export(tmp_path, S, [f"c{i}" for i in range(C)])
    for path in (tmp_path, tmp_path / "config.json", str(tmp_path)):
        loss = SimLoss.from_export(path)
        assert torch.equal(loss.similarity, S)
        assert repr(loss) == "SimLoss(C=6, source='export utkface r=0.4')"


def test_from_export_checks(tmp_path):
    config = write_export(tmp_path, class_order(C, 0.4), [f"c{i}" for i in range(C)])
    bad = dict(config, matrix_sha256="0" * 64)
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    with pytest.raises(ValueError, match="sha256"):
        SimLoss.from_export(tmp_path / "bad.json")
    (tmp_path / "few.json").write_text(json.dumps(dict(config, class_names=["a"])))
    with pytest.raises(ValueError, match="names 1 classes"):
        SimLoss.from_export(tmp_path / "few.json")
    (tmp_path / "nohash.json").write_text(json.dumps({k: v for k, v in config.items()
                                                      if k != "matrix_sha256"}))
    with pytest.raises(ValueError, match=r"lacks keys \['matrix_sha256'\]"):
        SimLoss.from_export(tmp_path / "nohash.json")
    with pytest.raises(FileNotFoundError, match="nowhere"):
        SimLoss.from_export(tmp_path / "nowhere")


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("matrix, message", [
    (torch.ones(3, 4), "square"),
    (torch.tensor([[1.0, float("nan")], [0.0, 1.0]]), r"S\[0, 1\] = nan is not finite"),
    (torch.tensor([[1.0, 1.5], [0.0, 1.0]]), r"S\[0, 1\] = 1.5 is outside \[0, 1\]"),
    (torch.tensor([[1.0, -0.1], [0.0, 1.0]]), r"outside \[0, 1\]"),
    (torch.tensor([[1.0, 0.0], [0.0, 0.9]]), r"S\[1, 1\] = 0.9"),
])
def test_bad_matrix(matrix, message):
    with pytest.raises(ValueError, match=message):
        SimLoss(matrix)
    logits = torch.randn(2, matrix.shape[1])
    with pytest.raises(ValueError):  # the functional form checks the rows of the targets
        sim_loss(logits, torch.tensor([0, 1]), matrix)


def test_bad_reduction_and_ignore_index():
    with pytest.raises(ValueError, match=r"reduction='avg'.*'mean', 'sum', 'none'"):
        SimLoss(torch.eye(3), reduction="avg")
    logits, target = batch(c=3)
    with pytest.raises(ValueError, match="reduction"):
        sim_loss(logits, target, torch.eye(3), reduction="avg")
    with pytest.raises(ValueError, match="ignore_index"):
        SimLoss(torch.eye(3), ignore_index=None)


def test_class_count_mismatch():
    logits, target = batch(c=4)
    with pytest.raises(ValueError, match="C=4.*C=3"):
        SimLoss(torch.eye(3))(logits, target)
    with pytest.raises(ValueError, match="C=4.*3 x 3"):
        sim_loss(logits, target, torch.eye(3))


@pytest.mark.parametrize("bad", [C, 100, -1, -5])
def test_target_out_of_range(bad):
    logits, target = batch()
    target = target.clone()
    target[2] = bad
    with pytest.raises(ValueError, match=rf"target {bad} is out of range.*\[0, {C}\)"):
        SimLoss(torch.eye(C))(logits, target)
    with pytest.raises(ValueError, match="out of range"):
        sim_loss(logits, target, torch.eye(C))


def test_bad_shapes_and_targets():
    logits, target = batch()
    loss = SimLoss(torch.eye(C))
    with pytest.raises(ValueError, match="do not match"):
        loss(logits, target[:3])
    with pytest.raises(ValueError, match="class-probability targets are not supported"):
        loss(logits, logits.softmax(1))
    with pytest.raises(ValueError, match="floating point"):
        loss(target, target)


def test_bad_callable_rows():
    logits, target = batch()
    with pytest.raises(ValueError, match="shape"):
        SimLoss(lambda t: torch.ones(len(t), C + 1))(logits, target)
    with pytest.raises(ValueError, match="1 at the target"):
        SimLoss(lambda t: torch.zeros(len(t), C))(logits, target)
    with pytest.raises(ValueError, match=r"in \[0, 1\]"):
        sim_loss(logits, target, lambda t: torch.full((len(t), C), 2.0))


def test_numpy_and_tensor_targets_of_other_int_types():
    logits, target = batch(dtype=torch.float32)
    out = SimLoss(torch.eye(C))(logits, target.int())
    torch.testing.assert_close(out, F.cross_entropy(logits, target), rtol=0, atol=1e-6)
    assert np.isfinite(out.item())


def test_second_derivative_refused_not_wrong():
    logits, target = batch()
    (g,) = torch.autograd.grad(SimLoss(random_similarity())(logits, target), logits,
                               create_graph=True)
    with pytest.raises(RuntimeError):
        g.sum().backward()


# ----------------------------------------------------------------------------- compiled path


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("normalize_rows", [False, True])
@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
def test_traced_path_used_under_compile_matches(monkeypatch, reduction, normalize_rows, dtype):
    """torch.compile takes the plain-ops path (no custom node; float32 logits gather the
    precomputed float32 log S); check it eagerly, it is slow to compile in a unit test
    (bench/loss.py compiles it)."""
    S = random_similarity(seed=11)
    logits, target = masked()
    logits = logits.detach().to(dtype)
    eager = grad(SimLoss(S, reduction=reduction, normalize_rows=normalize_rows), logits, target)
    force_traced(monkeypatch)
    traced = grad(SimLoss(S, reduction=reduction, normalize_rows=normalize_rows), logits, target)
    torch.testing.assert_close(traced, eager)
    all_ignored = torch.full_like(target, -100)
    value, g = grad(SimLoss(S, reduction=reduction), logits, all_ignored)
    assert torch.equal(g, torch.zeros_like(g))


def test_traced_path_large_logits(monkeypatch):
    force_traced(monkeypatch)
    S = random_similarity(seed=12, dtype=torch.float32)
    logits, target = batch(n=32, seed=12, dtype=torch.float32, scale=1e4)
    value, g = grad(SimLoss(S), logits, target)
    assert torch.isfinite(value) and torch.isfinite(g).all()
    torch.testing.assert_close(value.double(), reference64(logits, target, S), rtol=1e-5, atol=0)
