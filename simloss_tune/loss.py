"""SimLoss: cross entropy with a class-similarity matrix, computed in log space.

Equation (1) of the paper is ``-log(sum_c S[y, c] * softmax(z)[c])``. With ``a = z + log S[y]``
this is ``logsumexp(z) - logsumexp(a)``: no epsilon, and zeros of ``S`` are ``log 0 = -inf``,
which only enter a logsumexp whose target entry ``a[y] = z[y]`` is finite (``S[y, y] = 1``).
The logits are upcast to float32 (float64 stays), so fp16/bf16 autocast accumulates in float32.

Eagerly the loss is one custom autograd node (``_SimLossFn``) that evaluates both logsumexps
with one shared shift, ``max(z)``, so that one exponential pass (a fused softmax) serves both
and ``exp(a - max z)`` is ``S[y] * exp(z - max z)``: a product instead of a rounded sum in the
exponent, and exactly 0 where S is. Rows where that shift would underflow take each
logsumexp with its own shift. Under ``torch.compile`` the loss is plain ``logsumexp`` ops,
which inductor fuses better. bench/RESULTS.md has the measurements behind both.

Only the rows ``S[y]`` of the batch's targets are used: cost O(N*C), never an (N,C)x(C,C)
product. ``similarity`` may also be a callable ``rows(target) -> (N, C)`` so that a user with
100,000 classes never builds the C x C matrix.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn
from torch.autograd.function import once_differentiable

from ._loss_common import (
    LOSSES,
    REDUCTIONS,
    Similarity,
    _check_ignore_index,
    _check_reduction,
    _check_rows,
    _compiling,
    _flatten,
    _MatrixLoss,
    _read_export_config,
    _read_export_matrix,
    _reduce,
    _rows,
    _safe_target,
    _upcast,
)
from .soft_labels import SoftLabelLoss

__all__ = ["SimLoss", "sim_loss", "loss_from_export", "REDUCTIONS", "LOSSES"]


# ----------------------------------------------------------------------------- core


class _SimLossFn(torch.autograd.Function):
    """SimLoss from (M, C) logits ``z`` and the rows ``S[y]``, reduced, in one node.

    ``logsumexp(x) = m + log sum_c exp(x[c] - m)`` for any shift ``m``. Taking ``m = max(z)``
    for both ``z`` and ``a = z + log S[y]``, the loss ``logsumexp(z) - logsumexp(a)`` is
    ``-log b`` with ``b = sum_c S[y, c] p[c]`` and ``p = softmax(z)`` (PyTorch's fused kernel,
    the only exponential pass), and the gradient is ``p - q`` with ``q = S[y] * p / b`` =
    ``softmax(a)``. The terms of ``b`` are >= 0, so there is no cancellation: ``b`` is accurate
    to a few ulp while it is far from underflow, and ``b >= p[y]``. Rows where ``p[y]`` is
    below `_far_from_underflow` (in float32 the target logit ~71 below the largest) take each
    logsumexp with its own shift instead (`_rows_near_underflow`), value and gradient. The tests
    compare both paths with a float64 evaluation of the two logsumexps.

    The gradient is formed during the forward pass, in ``p``'s memory, and is the only saved
    tensor: backward is one product. Every (M, C) buffer is reused where it can be (``rows``
    when ``owned``): on the CPU a fresh large buffer costs page faults on first touch that
    rival the arithmetic (bench/RESULTS.md). Ignore masks and the reduction live inside the
    node to keep the per-call overhead small for small C. Second derivatives are refused
    (``once_differentiable``) rather than wrong.
    """

    @staticmethod
    def forward(ctx: Any, z: Tensor, safe: Tensor, valid: Tensor | None, rows: Tensor,
                owned: bool, extra: Tensor | None, reduction: str) -> Tensor:
        p = torch.softmax(z, 1)
        exact = _rows_near_underflow(z, rows, p.gather(1, safe.unsqueeze(1)))
        weighted = rows.mul_(p) if owned else rows * p
        b = weighted.sum(1)
        p_minus_q = p.addcdiv_(weighted, b.unsqueeze(1), value=-1.0)
        loss = b.log_().neg_()  # not a view: a caller may modify a "none" loss in place
        if exact is not None:
            far, far_loss, far_grad = exact
            loss[far] = far_loss
            p_minus_q[far] = far_grad
        if extra is not None:  # appendix: + log row sum, a constant w.r.t. the logits
            loss = loss.add_(extra)
        if valid is not None:
            loss = loss.masked_fill_(~valid, 0.0)
        ctx.reduction = reduction
        ctx.save_for_backward(p_minus_q, valid)
        if reduction == "none":
            return loss
        if reduction == "sum":
            return loss.sum()
        if valid is None:
            ctx.count = loss.shape[0]
            return loss.mean()
        ctx.count = valid.sum()
        return loss.sum() / ctx.count  # nan when every target is ignored, as cross_entropy

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, grad: Tensor) -> tuple[Tensor | None, ...]:
        p_minus_q, valid = ctx.saved_tensors
        if ctx.reduction == "mean":
            grad = grad / ctx.count
        if valid is not None:  # where, not a product: an exact 0 even when grad is inf
            grad = torch.where(valid, grad, 0.0)
        if grad.dim():
            grad = grad.unsqueeze(1)
        if grad.dtype != p_minus_q.dtype:
            grad = grad.to(p_minus_q.dtype)
        return p_minus_q * grad, None, None, None, None, None, None


def _far_from_underflow(dtype: torch.dtype) -> float:
    """Smallest target probability for the shared shift: 2**-103 (float32), 2**-970 (float64).

    The smallest normal number over the machine epsilon: the subnormal terms of ``b`` then
    carry an absolute error below ``C * 2**-149``, relatively ``C * 2**-46`` at most.
    """
    info = torch.finfo(dtype)
    return info.tiny / info.eps


def _rows_near_underflow(z: Tensor, rows: Tensor,
                         p_y: Tensor) -> tuple[Tensor, Tensor, Tensor] | None:
    """(rows, loss, gradient) with a shift per logsumexp where ``p[y]`` is near underflow;
    None where there are no such rows.

    One host sync per call; such rows are rare (in float32 the target's logit ~71 below the
    largest: a diverging model). Each softmax is taken of logits shifted by the logit at its
    own peak before ``log S[y]`` is added, so that the entries that matter carry no rounding
    from large logits and the two large logsumexps are never subtracted.
    """
    bound = _far_from_underflow(p_y.dtype)
    if not p_y.numel() or float(p_y.amin()) >= bound:
        return None
    far = p_y.squeeze(1) < bound
    z, log_rows = z[far], _log(rows[far])
    peak_z = z.amax(1, keepdim=True)
    peak_a = z.gather(1, (z + log_rows).argmax(1, keepdim=True))
    z_shifted, a_shifted = z - peak_z, (z - peak_a) + log_rows
    loss = (peak_z - peak_a).squeeze(1) + (torch.logsumexp(z_shifted, 1)
                                           - torch.logsumexp(a_shifted, 1))
    return far, loss, torch.softmax(z_shifted, 1) - torch.softmax(a_shifted, 1)


def _core(z: Tensor, safe: Tensor, valid: Tensor | None, rows: Tensor, owned: bool,
          log_rowsum: Tensor | None, reduction: str) -> Tensor:
    """Reduced loss from (M, C) logits and the rows S[safe] (overwritten when ``owned``)."""
    converted = rows if rows.dtype == z.dtype else rows.to(z.dtype)
    owned = owned or converted is not rows
    if _compiling():
        return _traced(z, valid, _log(converted), _extra(log_rowsum, z), reduction)
    return _SimLossFn.apply(z, safe, valid, converted, owned, _extra(log_rowsum, z), reduction)


def _extra(log_rowsum: Tensor | None, z: Tensor) -> Tensor | None:
    """The appendix's normalised variant adds log row sums, a constant w.r.t. the logits."""
    return None if log_rowsum is None else log_rowsum.to(z.dtype)


def _traced(z: Tensor, valid: Tensor | None, log_rows: Tensor, extra: Tensor | None,
            reduction: str) -> Tensor:
    """The same loss in plain differentiable ops, used under torch.compile.

    Inductor fuses ``logsumexp`` and its backward (which recomputes the exponentials from the
    saved row values) into a few passes: faster compiled than the eager-tuned custom node,
    whose saved gradient it cannot fuse away.
    """
    loss = sim_loss_from_log_rows(z, log_rows)
    if extra is not None:
        loss = loss + extra
    return _reduce(loss, valid, reduction)


def sim_loss_from_log_rows(logits: Tensor, log_rows: Tensor) -> Tensor:
    """Per-example SimLoss ``logsumexp(z) - logsumexp(z + log S[y])`` along the last dim.

    ``logits`` (..., C) are upcast to float32 (float64 stays); ``log_rows`` (..., C) are the
    rows ``log S[y]`` of the targets (``-inf`` at zeros of S, no epsilon). Plain differentiable
    ops, no reduction, no ignore mask: the traced path of `sim_loss`/`SimLoss` and the batched
    (K, B, C) trainer loss (`simloss_tune.train.batched_sim_loss`) both use it. The eager
    `SimLoss` path computes the same value in its own custom autograd node.
    """
    z = _upcast(logits)
    return torch.logsumexp(z, -1) - torch.logsumexp(z + log_rows.to(z.dtype), -1)


def _log(rows: Tensor) -> Tensor:
    # No autograd through S: the gradient of log at 0 would be inf * 0 = nan.
    with torch.no_grad():
        return rows.detach().log()


# ----------------------------------------------------------------------------- functional


def sim_loss(logits: Tensor, target: Tensor, similarity: Similarity, *,
             reduction: str = "mean", ignore_index: int = -100,
             normalize_rows: bool = False) -> Tensor:
    """SimLoss (equation (1) of the paper) from raw logits; a drop-in for ``F.cross_entropy``.

    Args:
        logits: (N, C) or (N, C, d1, ...) raw scores (no softmax), any float dtype; computed in
            float32 (float64 stays float64).
        target: (N,) or (N, d1, ...) class indices in [0, C) or ``ignore_index``.
        similarity: (C, C) tensor/array with entries in [0, 1] and ones on the diagonal, or a
            callable ``rows(target) -> (M, C)`` returning the rows ``S[target]`` for flattened
            targets (ignored positions are passed as class 0).
        reduction: "mean" (over non-ignored targets; nan if all are ignored, as
            ``F.cross_entropy``), "sum" or "none" (shape of ``target``).
        ignore_index: targets equal to it contribute nothing, as in ``F.cross_entropy``.
        normalize_rows: the appendix's probability-matrix variant (rows of S divided by their
            sums): same gradient, the value is larger by the mean log row sum.

    This functional form validates the gathered rows on every call (O(N*C) extra work);
    ``SimLoss`` validates a dense matrix once at construction and is faster.
    """
    _check_reduction(reduction)
    _check_ignore_index(ignore_index)
    z, flat_target, shape = _flatten(logits, target)
    num_classes = z.shape[1]
    safe, valid = _safe_target(flat_target, ignore_index, num_classes)
    rows, owned = _rows(similarity, safe, num_classes, z.device)
    _check_rows(rows, safe, valid)
    log_rowsum = _log(rows.sum(1)) if normalize_rows else None
    loss = _core(_upcast(z), safe, valid, rows, owned, log_rowsum, reduction)
    return loss.reshape(shape) if reduction == "none" else loss


# ----------------------------------------------------------------------------- module


class SimLoss(_MatrixLoss):
    """SimLoss as an ``nn.Module``: a drop-in for ``nn.CrossEntropyLoss`` (class-index targets).

    A dense matrix is validated once here and kept as the buffer ``similarity`` (moves with
    ``.to()``, saved in ``state_dict``). A callable ``rows(target) -> (M, C)`` is called per
    batch instead (for very many classes); its first batch of rows is validated.

    The forward pass does one O(N) target range check (a host sync on CUDA; skipped under
    ``torch.compile``) and otherwise no validation. A callable's rows are not modified.

    >>> from simloss_tune.matrices import class_order
    >>> loss_fn = SimLoss(class_order(5, 0.5), source="class_order(r=0.5)")
    >>> loss_fn
    SimLoss(C=5, source='class_order(r=0.5)')
    """

    _DERIVED = ("similarity_float32", "log_similarity", "log_rowsum")
    similarity_float32: Tensor | None
    log_similarity: Tensor | None
    log_rowsum: Tensor | None

    def __init__(self, similarity: Similarity, *, reduction: str = "mean",
                 ignore_index: int = -100, normalize_rows: bool = False,
                 source: str | None = None) -> None:
        self.normalize_rows = bool(normalize_rows)  # before the base's `_derive` reads it
        super().__init__(similarity, reduction=reduction, ignore_index=ignore_index,
                         source=source)

    def _derive(self) -> None:
        """Derive what the loss gathers per batch from the ``similarity`` buffer.

        In float32, the dtype the loss computes in for all logits but float64: an S in
        another dtype gets a float32 copy for the eager path (gathering its rows and converting
        them would cost a second (N, C) buffer per call), and log S is kept for the compiled
        path (a log per batch costs it more than the rest of the loss: bench/RESULTS.md).
        """
        matrix = self.similarity
        self.similarity_float32 = matrix.float() if matrix.dtype != torch.float32 else None
        self.log_similarity = _log(matrix.to(torch.promote_types(matrix.dtype,
                                                                 torch.float32))).float()
        self.log_rowsum = _log(matrix.sum(1)) if self.normalize_rows else None

    def forward(self, logits: Tensor, target: Tensor) -> Tensor:
        z, flat_target, shape = _flatten(logits, target)
        num_classes = z.shape[1]
        self._check_classes(num_classes)
        safe, valid = _safe_target(flat_target, self.ignore_index, num_classes)
        z = _upcast(z)
        if self._rows_fn is not None:
            rows, owned = self._called_rows(safe, valid, num_classes, z.device)
            log_rowsum = _log(rows.sum(1)) if self.normalize_rows else None
            loss = _core(z, safe, valid, rows, owned, log_rowsum, self.reduction)
        else:
            log_rowsum = self.log_rowsum[safe] if self.normalize_rows else None
            wide = z.dtype == torch.float64 and self.similarity.dtype == torch.float64
            if _compiling():
                log_rows = (_log(self.similarity.index_select(0, safe)) if wide
                            else self.log_similarity.index_select(0, safe))
                loss = _traced(z, valid, log_rows.to(z.dtype), _extra(log_rowsum, z),
                               self.reduction)
            else:
                matrix = self.similarity_float32
                if wide or matrix is None:
                    matrix = self.similarity
                rows = matrix.index_select(0, safe)
                loss = _core(z, safe, valid, rows, True, log_rowsum, self.reduction)
        return loss.reshape(shape) if self.reduction == "none" else loss

    def extra_repr(self) -> str:
        return super().extra_repr() + (", normalize_rows=True" if self.normalize_rows else "")

    @classmethod
    def from_export(cls, path: str | Path, **kwargs: Any) -> SimLoss:
        """A SimLoss from the config JSON written by ``simloss-tune export`` (or its folder).

        Checks the matrix file's sha256 (of the file's bytes, as ``sha256sum`` prints) against
        ``matrix_sha256`` and its size against ``class_names``. Extra keyword arguments
        (``reduction``, ...) are passed to ``SimLoss``. An export of another loss (``loss`` =
        ``"soft_labels"``) is refused: `loss_from_export` (below) loads any export.
        """
        config_path, config = _read_export_config(Path(path))
        if config["loss"] != "simloss":
            raise ValueError(f"{config_path}: this export is loss={config['loss']!r}, not "
                             "SimLoss; load it with simloss_tune.loss_from_export(path)")
        matrix, source = _read_export_matrix(config_path, config)
        return cls(matrix, source=source, **kwargs)


def loss_from_export(path: str | Path, **kwargs: Any) -> nn.Module:
    """The loss of any export of ``simloss-tune export`` (its config JSON or its folder).

    ``loss`` in config.json picks it: ``"simloss"`` (also when the key is missing, as in
    exports written before variants) gives a `SimLoss`, ``"soft_labels"`` a
    `SoftLabelLoss` on the exported matrix; both checks of
    `SimLoss.from_export` apply. Extra keyword arguments (``reduction``, ``ignore_index``, ...)
    are passed to the module.
    """
    config_path, config = _read_export_config(Path(path))
    matrix, source = _read_export_matrix(config_path, config)
    if config["loss"] == "soft_labels":
        return SoftLabelLoss(matrix, source=source, **kwargs)
    return SimLoss(matrix, source=source, **kwargs)
