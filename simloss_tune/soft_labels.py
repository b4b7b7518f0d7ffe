"""Soft-label cross entropy: cross entropy against the row-normalised similarity S[y] / sum S[y].

The usual alternative to SimLoss that uses the same class similarities: SORD (Diaz & Marathe,
2019) is soft labels on ``r ** |i - j|`` (targets ``softmax(-alpha |i - j|)``, r = e^-alpha),
and label smoothing is soft labels on the uniform source
(`simloss_tune.matrices.uniform_similarity`). It is not SimLoss with another matrix: per example
the gradient is ``softmax(z) - q`` with the fixed target ``q = S[y] / sum S[y]``, where SimLoss's
target ``S[y] * softmax(z) / sum(S[y] * softmax(z))`` follows the prediction; the two share a
gradient only for uniform predictions.

The loss is ``-sum_c q[c] * log_softmax(z)[c]`` in plain differentiable ops (so gradcheck and
torch.compile see ordinary autograd): finite for logits of any finite magnitude, computed in
float32 for fp16/bf16 logits (float64 stays), with ``ignore_index`` and the reductions of
``F.cross_entropy``. Classes with ``q[c] = 0`` contribute exactly 0, even where a logit is -inf.
Input checks are SimLoss's (`simloss_tune._loss_common`), so both losses refuse the same
inputs in the same words.
"""

from __future__ import annotations

import torch
from torch import Tensor

from ._loss_common import (
    Similarity,
    _check_ignore_index,
    _check_reduction,
    _check_rows,
    _compiling,
    _flatten,
    _MatrixLoss,
    _reduce,
    _rows,
    _safe_target,
    _upcast,
)

__all__ = ["SoftLabelLoss", "soft_label_cross_entropy", "soft_label_loss_from_targets",
           "soft_label_loss_masked"]


def _normalise(rows: Tensor) -> Tensor:
    """Rows of S divided by their sums (>= 1: S[y, y] = 1), in at least float32."""
    rows = rows.to(torch.promote_types(rows.dtype, torch.float32))
    return rows / rows.sum(1, keepdim=True)


def soft_label_loss_from_targets(logits: Tensor, targets: Tensor) -> Tensor:
    """Per-example ``-sum_c q[c] log_softmax(z)[c]`` along the last dim, no reduction.

    ``logits`` (..., C) are upcast to float32 (float64 stays); ``targets`` (..., C) are the
    soft labels ``q = S[y] / sum S[y]`` of the targets (e.g. gathered from
    ``SoftLabelLoss.targets``). No mask, no checks: the core of `soft_label_cross_entropy`
    and `SoftLabelLoss`, for callers that batch their own shapes as ``sim_loss_from_log_rows``
    serves SimLoss's.
    """
    z = _upcast(logits)
    q = targets.to(z.dtype)
    log_p = torch.log_softmax(z, -1)
    if not _compiling():
        loss = -(q * log_p).sum(-1)
        # One O(N) check (a host sync): a -inf logit where q = 0 makes 0 * -inf = nan. Such
        # rows are rare, and the masked form below costs about twice as much eagerly at
        # C = 1000 on a CPU (bench/RESULTS.md).
        if not loss.numel() or not bool(loss.isnan().any()):
            return loss
    return _masked(q, log_p)


def soft_label_loss_masked(logits: Tensor, targets: Tensor) -> Tensor:
    """`soft_label_loss_from_targets` always in the masked form: the same values, no host
    sync (for loops that must not wait on the device every step, e.g. the batched trainer)."""
    z = _upcast(logits)
    return _masked(targets.to(z.dtype), torch.log_softmax(z, -1))


def _masked(q: Tensor, log_p: Tensor) -> Tensor:
    # where, not a product: q = 0 contributes exactly 0 (inductor fuses it under compile)
    return -torch.where(q > 0, q * log_p, 0.0).sum(-1)


def _soft_core(z: Tensor, targets: Tensor, valid: Tensor | None, reduction: str) -> Tensor:
    """Reduced soft-label loss from (M, C) logits and targets ``q``."""
    return _reduce(soft_label_loss_from_targets(z, targets), valid, reduction)


def soft_label_cross_entropy(logits: Tensor, target: Tensor, similarity: Similarity,
                             ignore_index: int = -100, reduction: str = "mean") -> Tensor:
    """Cross entropy against the soft labels ``S[y] / sum S[y]``, from raw logits.

    Args as `simloss_tune.loss.sim_loss`: logits (N, C) or (N, C, d1, ...); class-index
    targets (N,) or (N, d1, ...); ``similarity`` a (C, C) tensor/array in [0, 1] with ones on
    the diagonal, or a callable ``rows(target) -> (M, C)``; targets equal to ``ignore_index``
    contribute nothing and "mean" averages over the others (nan if all are ignored, as
    ``F.cross_entropy``). The rows of the batch's targets are validated on every call;
    `SoftLabelLoss` validates a dense matrix once.
    """
    _check_reduction(reduction)
    _check_ignore_index(ignore_index)
    z, flat_target, shape = _flatten(logits, target)
    safe, valid = _safe_target(flat_target, ignore_index, z.shape[1])
    rows, _ = _rows(similarity, safe, z.shape[1], z.device)
    _check_rows(rows, safe, valid)
    loss = _soft_core(z, _normalise(rows), valid, reduction)
    return loss.reshape(shape) if reduction == "none" else loss


class SoftLabelLoss(_MatrixLoss):
    """Soft-label cross entropy as an ``nn.Module``, built like `simloss_tune.SimLoss`.

    A dense matrix is validated once here and kept as the buffer ``similarity`` (moves with
    ``.to()``, saved in ``state_dict``, checked again when one is loaded); its row-normalised
    targets are derived from it. A callable ``rows(target) -> (M, C)`` is called per batch
    instead; its first batch of rows is validated.

    >>> from simloss_tune.matrices import uniform_similarity
    >>> SoftLabelLoss(uniform_similarity(10, 0.1), source="uniform(r=0.1)")
    SoftLabelLoss(C=10, source='uniform(r=0.1)')
    """

    _DERIVED = ("targets",)
    targets: Tensor | None

    def __init__(self, similarity: Similarity, *, reduction: str = "mean",
                 ignore_index: int = -100, source: str | None = None) -> None:
        super().__init__(similarity, reduction=reduction, ignore_index=ignore_index,
                         source=source)

    def _derive(self) -> None:
        self.targets = _normalise(self.similarity)

    def forward(self, logits: Tensor, target: Tensor) -> Tensor:
        z, flat_target, shape = _flatten(logits, target)
        num_classes = z.shape[1]
        self._check_classes(num_classes)
        safe, valid = _safe_target(flat_target, self.ignore_index, num_classes)
        if self._rows_fn is not None:
            rows, _ = self._called_rows(safe, valid, num_classes, z.device)
            targets = _normalise(rows)
        else:
            targets = self.targets.index_select(0, safe)
        loss = _soft_core(z, targets, valid, self.reduction)
        return loss.reshape(shape) if self.reduction == "none" else loss


