"""What SimLoss (`loss.py`) and the soft-label loss (`soft_labels.py`) share, below both.

Input checks (so that both losses refuse the same inputs in the same words), flattening of
(N, C, d1, ...) batches, ignore masks and ``F.cross_entropy``'s reductions, gathering rows of
a matrix or from a rows callable, the readers of an export folder (``simloss-tune export``),
and what both ``nn.Module``s do with their matrix buffer (repr, ownership, state-dict loading).
Private: the public names are in `simloss_tune.loss` and `simloss_tune.soft_labels`; this
module never imports either, so `loss.py` can import `soft_labels.py` for `loss_from_export`.
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

from ._util import LOSSES, STUDY_VARIANT, read_user_text
from .matrices import validate_similarity

REDUCTIONS = ("mean", "sum", "none")
# LOSSES (from _util): the `loss` key of an export's config.json; without it "simloss".

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


# ----------------------------------------------------------------------------- shared steps


def _upcast(logits: Tensor) -> Tensor:
    # Accumulate in float32 under fp16/bf16 autocast; float64 stays float64 (gradcheck).
    return logits if logits.dtype in (torch.float32, torch.float64) else logits.float()


def _compiling() -> bool:
    return torch.compiler.is_compiling()


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


# ----------------------------------------------------------------------------- export folders


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
    if config.get("variant", STUDY_VARIANT) != STUDY_VARIANT:  # another variant's export
        source += f" variant={config['variant']}"
    return matrix, source


def _export_config_path(path: Path) -> Path:
    config = path / "config.json" if path.is_dir() else path
    if not config.is_file():
        raise FileNotFoundError(f"export config not found: {config}")
    return config


# ----------------------------------------------------------------------------- loss modules


class _MatrixLoss(nn.Module):
    """What both loss modules do with their similarity: a dense matrix validated once and kept
    as the buffer ``similarity`` (moves with ``.to()``, saved in ``state_dict``, checked again
    when one is loaded) with the buffers a subclass derives from it (`_derive`, named in
    `_DERIVED`), or a callable ``rows(target) -> (M, C)`` whose first batch is validated."""

    _DERIVED: tuple[str, ...] = ()  # non-persistent buffers `_derive` fills
    similarity: Tensor | None

    def __init__(self, similarity: Similarity, *, reduction: str, ignore_index: int,
                 source: str | None) -> None:
        super().__init__()
        _check_reduction(reduction)
        _check_ignore_index(ignore_index)
        self.reduction = reduction
        self.ignore_index = ignore_index
        self.source = source
        self._rows_fn: RowsFn | None = None
        self._rows_checked = False
        self.num_classes: int | None = None
        if callable(similarity) and not isinstance(similarity, (Tensor, np.ndarray)):
            self._rows_fn = similarity
            if source is None:
                self.source = getattr(similarity, "__name__", type(similarity).__name__)
            self.register_buffer("similarity", None)
        else:
            matrix = _owned_matrix(similarity)
            self.num_classes = matrix.shape[0]
            self.register_buffer("similarity", matrix)
        for name in self._DERIVED:
            self.register_buffer(name, None, persistent=False)
        if self.similarity is not None:
            self._derive()
            self.register_load_state_dict_post_hook(_after_load)

    def _derive(self) -> None:
        """Fill the `_DERIVED` buffers from ``self.similarity``."""

    def _apply(self, fn: Callable[[Tensor], Tensor], recurse: bool = True) -> _MatrixLoss:
        # .to(), .double(), .cuda() ...: the derived buffers follow the converted matrix.
        super()._apply(fn, recurse)
        if self.similarity is not None:
            self._derive()
        return self

    def _check_classes(self, num_classes: int) -> None:
        if self.num_classes is not None and num_classes != self.num_classes:
            raise ValueError(f"logits have C={num_classes} classes but {type(self).__name__} "
                             f"was built for C={self.num_classes}")

    def _called_rows(self, safe: Tensor, valid: Tensor | None, num_classes: int,
                     device: torch.device) -> tuple[Tensor, bool]:
        """The rows callable's rows for a batch (and whether they are ours to overwrite); the
        first batch is validated (a per-batch check would cost O(N*C))."""
        rows, owned = _rows(self._rows_fn, safe, num_classes, device)
        if not self._rows_checked:
            _check_rows(rows, safe, valid)
            self._rows_checked = True
        return rows, owned

    def extra_repr(self) -> str:
        return ", ".join(_repr_parts(self))


def _repr_parts(module: nn.Module) -> list[str]:
    """What the repr of a loss module on a matrix shows: size, source, non-default options."""
    parts = [f"C={module.num_classes}" if module.num_classes is not None else "C=on-the-fly",
             f"source={module.source!r}"]
    if module.reduction != "mean":
        parts.append(f"reduction={module.reduction!r}")
    if module.ignore_index != -100:
        parts.append(f"ignore_index={module.ignore_index}")
    return parts


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
