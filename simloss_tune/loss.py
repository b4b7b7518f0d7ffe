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

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn
from torch.autograd.function import once_differentiable

from ._util import read_user_text
from .matrices import validate_similarity

__all__ = ["SimLoss", "sim_loss", "REDUCTIONS", "LOSSES"]

REDUCTIONS = ("mean", "sum", "none")
# The `loss` key of an export's config.json; a config without it is "simloss".
LOSSES = ("simloss", "soft_labels")

RowsFn = Callable[[Tensor], Tensor]
Similarity = Tensor | np.ndarray | RowsFn


# ----------------------------------------------------------------------------- checks


def _check_reduction(reduction: str) -> None:
    if reduction not in REDUCTIONS:
        raise ValueError(f"reduction={reduction!r} is not allowed; use one of {REDUCTIONS}")


def _check_ignore_index(ignore_index: int) -> None:
    if isinstance(ignore_index, bool) or not isinstance(ignore_index, int):
        raise ValueError(f"ignore_index={ignore_index!r} must be an int (default -100)")


def _flatten(logits: Tensor, target: Tensor) -> tuple[Tensor, Tensor, torch.Size]:
    """(N, C, d1, ...) logits and (N, d1, ...) targets -> (M, C) and (M,), plus target shape."""
    if not isinstance(logits, Tensor) or not logits.is_floating_point():
        raise ValueError("logits must be a floating point tensor (N, C) or (N, C, d1, ...)")
    if not isinstance(target, Tensor) or target.is_floating_point() or target.is_complex():
        raise ValueError("target must be an integer tensor of class indices (N,) or (N, d1, ...); "
                         "class-probability targets are not supported")
    if logits.dim() == 1:  # unbatched (C,) with a scalar target, as cross_entropy allows
        logits, target = logits.unsqueeze(0), target.reshape(1)
        shape = torch.Size([])
    else:
        shape = target.shape
    if logits.dim() < 2 or target.shape != logits.shape[:1] + logits.shape[2:]:
        raise ValueError(f"logits {tuple(logits.shape)} and target {tuple(target.shape)} do not "
                         "match: expected (N, C, d1, ...) and (N, d1, ...)")
    if logits.dim() > 2:  # class dimension last, so rows of S line up with rows of logits
        logits = logits.movedim(1, -1).reshape(-1, logits.shape[1])
        target = target.reshape(-1)
    # Only the calls that change something: each costs microseconds that count at small C.
    return logits, target if target.dtype == torch.long else target.long(), shape


def _safe_target(target: Tensor, ignore_index: int,
                 num_classes: int) -> tuple[Tensor, Tensor | None]:
    """(targets usable as row indices of S, mask of kept targets or None when all are kept).

    One O(N) min/max pass and one host sync: without it an out-of-range target would be an
    IndexError on the CPU and a device-side assert on CUDA. Most batches ignore nothing; then
    the targets are used as they are and the loss skips its masks. Ignored entries are
    replaced by class 0 otherwise. Under torch.compile there is no check and always a mask
    (a data-dependent branch would split the graph).
    """
    if target.numel() and not _compiling():
        low, high = _bounds(target)
        if 0 <= low and high < num_classes and not 0 <= ignore_index < num_classes:
            return target, None
    valid = target != ignore_index
    safe = torch.where(valid, target, 0)
    if safe.numel() and not _compiling():
        low, high = _bounds(safe)
        if low < 0 or high >= num_classes:
            bad = low if low < 0 else high
            raise ValueError(f"target {bad} is out of range: class indices must be in "
                             f"[0, {num_classes}) or equal ignore_index={ignore_index}")
    return safe, valid


def _bounds(target: Tensor) -> tuple[int, int]:
    low, high = torch.aminmax(target)
    return int(low), int(high)


def _check_rows(rows: Tensor, safe: Tensor, valid: Tensor | None = None) -> None:
    """Validate rows S[y] gathered for a batch: finite, in [0, 1], 1 at the target."""
    num = rows.shape[0]
    if rows.dim() != 2 or num != safe.shape[0]:
        raise ValueError(f"similarity rows have shape {tuple(rows.shape)}, expected ({num}, C)")
    if not bool(torch.isfinite(rows).all()) or bool(((rows < 0) | (rows > 1)).any()):
        raise ValueError("similarity rows must be finite and in [0, 1]")
    diag = rows.gather(1, safe.unsqueeze(1)).squeeze(1)
    if valid is not None:
        diag = diag[valid]
    if bool(((diag - 1).abs() > 1e-6).any()):
        raise ValueError("similarity rows must be 1 at the target class (S[y, y] = 1)")


# ----------------------------------------------------------------------------- core


def _upcast(logits: Tensor) -> Tensor:
    # Accumulate in float32 under fp16/bf16 autocast; float64 stays float64 (gradcheck).
    return logits if logits.dtype in (torch.float32, torch.float64) else logits.float()


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


def _compiling() -> bool:
    return torch.compiler.is_compiling()


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


def _reduce(loss: Tensor, valid: Tensor | None, reduction: str) -> Tensor:
    """Per-example losses (M,) reduced as ``F.cross_entropy`` does: ignored entries are 0 and
    "mean" is over the kept ones (nan when every target is ignored). Plain ops."""
    if valid is not None:
        loss = torch.where(valid, loss, 0.0)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean() if valid is None else loss.sum() / valid.sum()


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


def _rows(similarity: Similarity, safe: Tensor, num_classes: int,
          device: torch.device) -> tuple[Tensor, bool]:
    """(rows S[safe] of a dense matrix or from a rows callable, whether they are ours to
    overwrite: a callable's tensor may be the caller's own)."""
    if callable(similarity) and not isinstance(similarity, (Tensor, np.ndarray)):
        returned = similarity(safe)
        if not isinstance(returned, Tensor):  # shares an array's memory where it can
            returned = torch.as_tensor(np.asarray(returned))
        if returned.dim() != 2 or returned.shape[1] != num_classes:
            raise ValueError(f"similarity callable returned shape {tuple(returned.shape)}, "
                             f"expected ({safe.shape[0]}, {num_classes})")
        rows = returned.detach().to(device)  # no gradient flows into S
        return rows, rows.data_ptr() != returned.data_ptr()
    matrix = torch.as_tensor(similarity, device=device).detach()  # no gradient into S
    if matrix.dim() != 2 or matrix.shape[0] != matrix.shape[1]:
        raise ValueError(f"similarity must be a square (C, C) matrix, got {tuple(matrix.shape)}")
    if matrix.shape[0] != num_classes:
        raise ValueError(f"logits have C={num_classes} classes but the similarity matrix is "
                         f"{matrix.shape[0]} x {matrix.shape[0]}")
    return matrix.index_select(0, safe), True


# ----------------------------------------------------------------------------- module


class SimLoss(nn.Module):
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

    similarity: Tensor | None
    similarity_float32: Tensor | None
    log_similarity: Tensor | None
    log_rowsum: Tensor | None

    def __init__(self, similarity: Similarity, *, reduction: str = "mean",
                 ignore_index: int = -100, normalize_rows: bool = False,
                 source: str | None = None) -> None:
        super().__init__()
        _check_reduction(reduction)
        _check_ignore_index(ignore_index)
        self.reduction = reduction
        self.ignore_index = ignore_index
        self.normalize_rows = bool(normalize_rows)
        self.source = source
        self._rows_fn: RowsFn | None = None
        self._rows_checked = False
        if callable(similarity) and not isinstance(similarity, (Tensor, np.ndarray)):
            self._rows_fn = similarity
            self.num_classes: int | None = None
            if source is None:
                self.source = getattr(similarity, "__name__", type(similarity).__name__)
            for name in ("similarity", "similarity_float32", "log_similarity", "log_rowsum"):
                self.register_buffer(name, None, persistent=name == "similarity")
            return
        matrix = _owned_matrix(similarity)
        self.num_classes = matrix.shape[0]
        self.register_buffer("similarity", matrix)
        for name in ("similarity_float32", "log_similarity", "log_rowsum"):
            self.register_buffer(name, None, persistent=False)
        self._derive()
        self.register_load_state_dict_post_hook(_after_load)

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

    def _apply(self, fn: Callable[[Tensor], Tensor], recurse: bool = True) -> SimLoss:
        # .to(), .double(), .cuda() ...: the derived buffers follow the converted matrix.
        super()._apply(fn, recurse)
        if self.similarity is not None:
            self._derive()
        return self

    def forward(self, logits: Tensor, target: Tensor) -> Tensor:
        z, flat_target, shape = _flatten(logits, target)
        num_classes = z.shape[1]
        if self.num_classes is not None and num_classes != self.num_classes:
            raise ValueError(f"logits have C={num_classes} classes but SimLoss was built for "
                             f"C={self.num_classes}")
        safe, valid = _safe_target(flat_target, self.ignore_index, num_classes)
        z = _upcast(z)
        if self._rows_fn is not None:
            rows, owned = _rows(self._rows_fn, safe, num_classes, z.device)
            if not self._rows_checked:  # once: a per-batch check would cost O(N*C)
                _check_rows(rows, safe, valid)
                self._rows_checked = True
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
        parts = _repr_parts(self)
        if self.normalize_rows:
            parts.append("normalize_rows=True")
        return ", ".join(parts)

    @classmethod
    def from_export(cls, path: str | Path, **kwargs: Any) -> SimLoss:
        """A SimLoss from the config JSON written by ``simloss-tune export`` (or its folder).

        Checks the matrix file's sha256 (of the file's bytes, as ``sha256sum`` prints) against
        ``matrix_sha256`` and its size against ``class_names``. Extra keyword arguments
        (``reduction``, ...) are passed to ``SimLoss``. An export of another loss (``loss`` =
        ``"soft_labels"``) is refused: `simloss_tune.loss_from_export` (in `soft_labels.py`, which
        builds on this module) loads any export.
        """
        config_path, config = _read_export_config(Path(path))
        if config["loss"] != "simloss":
            raise ValueError(f"{config_path}: this export is loss={config['loss']!r}, not "
                             "SimLoss; load it with simloss_tune.loss_from_export(path)")
        matrix, source = _read_export_matrix(config_path, config)
        return cls(matrix, source=source, **kwargs)


def _read_export_config(path: Path) -> tuple[Path, dict[str, Any]]:
    """(path of config.json, its content with ``loss`` filled in and checked)."""
    config_path = _export_config_path(path)
    try:
        config = json.loads(read_user_text(config_path, "export config"))
    except (json.JSONDecodeError, RecursionError) as exc:  # (nested too deeply)
        raise ValueError(f"{config_path}: not valid JSON ({exc})") from None
    if not isinstance(config, dict):
        raise ValueError(f"{config_path}: export config must be a JSON object, "
                         f"got {type(config).__name__}")
    loss = config.setdefault("loss", "simloss")  # exports written before variants
    if loss not in LOSSES:
        raise ValueError(f"{config_path}: loss={loss!r} is not known; allowed: "
                         f"{', '.join(map(repr, LOSSES))}")
    return config_path, config


def _read_export_matrix(config_path: Path, config: dict[str, Any]) -> tuple[Tensor, str]:
    """(the export's checked matrix, a source string naming the task, value and variant)."""
    from .matrices import load_matrix

    missing = [k for k in ("task", "parameter", "value", "class_names", "matrix",
                           "matrix_sha256") if k not in config]
    if missing:
        raise ValueError(f"{config_path}: export config lacks keys {missing}")
    matrix_path = config_path.parent / config["matrix"]
    if not matrix_path.is_file():
        raise FileNotFoundError(f"matrix file of the export not found: {matrix_path}")
    digest = hashlib.sha256(matrix_path.read_bytes()).hexdigest()
    if digest != config["matrix_sha256"]:
        raise ValueError(f"{matrix_path}: sha256 {digest} does not match matrix_sha256 "
                         f"{config['matrix_sha256']} in {config_path}")
    matrix, _ = load_matrix(matrix_path)
    if matrix.shape[0] != len(config["class_names"]):
        raise ValueError(f"{matrix_path}: matrix is {matrix.shape[0]} x {matrix.shape[0]} "
                         f"but the export names {len(config['class_names'])} classes")
    source = f"export {config['task']} {config['parameter']}={config['value']}"
    if "variant" in config:
        source += f" variant={config['variant']}"
    return matrix, source


def _repr_parts(module: nn.Module) -> list[str]:
    """What the repr of a loss module on a matrix shows: size, source, non-default options."""
    parts = [f"C={module.num_classes}" if module.num_classes is not None else "C=on-the-fly",
             f"source={module.source!r}"]
    if module.reduction != "mean":
        parts.append(f"reduction={module.reduction!r}")
    if module.ignore_index != -100:
        parts.append(f"ignore_index={module.ignore_index}")
    return parts


def _export_config_path(path: Path) -> Path:
    config = path / "config.json" if path.is_dir() else path
    if not config.is_file():
        raise FileNotFoundError(f"export config not found: {config}")
    return config


def _owned_matrix(similarity: Tensor | np.ndarray) -> Tensor:
    """The validated matrix, never the caller's own tensor: load_state_dict copies into a
    module's buffer in place."""
    matrix = validate_similarity(similarity)
    if isinstance(similarity, Tensor) and matrix.data_ptr() == similarity.data_ptr():
        matrix = matrix.clone()
    return matrix


def _after_load(module: nn.Module, incompatible_keys: Any) -> None:
    # A loaded state_dict replaces the matrix: check it and refresh the buffers derived from it.
    module.similarity = validate_similarity(module.similarity)
    module.num_classes = module.similarity.shape[0]
    module._derive()
