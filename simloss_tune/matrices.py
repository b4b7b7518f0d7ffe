"""Building, validating, saving and loading class-similarity matrices for SimLoss.

Every builder returns a ``torch.Tensor`` of dtype float32 and shape (C, C) with entries in
[0, 1] and exactly 1 on the diagonal.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import Tensor

__all__ = ["validate_similarity", "class_order"]


def validate_similarity(similarity: Tensor | np.ndarray, *,
                        num_classes: int | None = None) -> Tensor:
    """Check a similarity matrix and return it as a floating tensor with an exact-1 diagonal.

    Requires a square (C, C) matrix (C >= 1, ``num_classes`` if given), finite entries in
    [0, 1] and a diagonal of 1 (within 1e-6, then set to exactly 1). Float64 input stays
    float64; anything else becomes float32. Raises ValueError naming the first bad entry.
    """
    if isinstance(similarity, Tensor):
        matrix = similarity.detach()
    else:
        array = np.asarray(similarity)
        if array.dtype == object or not np.issubdtype(array.dtype, np.number):
            raise ValueError(f"similarity must be a numeric (C, C) matrix, got dtype {array.dtype}")
        matrix = torch.from_numpy(np.array(array))
    if matrix.dtype != torch.float64:
        matrix = matrix.to(torch.float32)
    if matrix.dim() != 2 or matrix.shape[0] != matrix.shape[1] or matrix.shape[0] == 0:
        raise ValueError(f"similarity must be a square (C, C) matrix with C >= 1, "
                         f"got shape {tuple(matrix.shape)}")
    size = matrix.shape[0]
    if num_classes is not None and size != num_classes:
        raise ValueError(f"similarity matrix is {size} x {size} but there are "
                         f"{num_classes} classes")
    _first_bad(matrix, ~torch.isfinite(matrix), "is not finite; entries must be in [0, 1]")
    _first_bad(matrix, (matrix < 0) | (matrix > 1), "is outside [0, 1]")
    diag = matrix.diagonal()
    bad = ((diag - 1).abs() > 1e-6).nonzero()
    if len(bad):
        i = int(bad[0, 0])
        raise ValueError(f"similarity diagonal must be 1 (S[i, i] = 1), "
                         f"but S[{i}, {i}] = {float(diag[i])!r}")
    if not bool((diag == 1).all()):
        matrix = matrix.clone()
        matrix.fill_diagonal_(1.0)
    return matrix


def _first_bad(matrix: Tensor, mask: Tensor, what: str) -> None:
    bad = mask.nonzero()
    if len(bad):
        i, j = (int(v) for v in bad[0])
        raise ValueError(f"similarity entry S[{i}, {j}] = {float(matrix[i, j])!r} {what}")


def _check_unit_interval(name: str, value: float) -> float:
    """A parameter in [0, 1) (r or l), as a float."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name}={value!r} must be a number in [0, 1)") from None
    if math.isnan(value) or not 0.0 <= value < 1.0:
        raise ValueError(f"{name}={value!r} must be in [0, 1)")
    return value


def class_order(num_classes: int, r: float) -> Tensor:
    """Equation (2): ``S[i, j] = r ** |i - j|`` for ordered classes, r in [0, 1).

    r = 0 gives the identity (0 ** 0 = 1), i.e. plain cross entropy.
    """
    if isinstance(num_classes, bool) or not isinstance(num_classes, (int, np.integer)) \
            or num_classes < 1:
        raise ValueError(f"num_classes={num_classes!r} must be an integer >= 1")
    r = _check_unit_interval("r", r)
    idx = torch.arange(int(num_classes), dtype=torch.float64)
    distance = (idx[:, None] - idx[None, :]).abs()
    # torch.pow(0., 0.) == 1, so r = 0 yields exactly the identity.
    return torch.pow(torch.tensor(r, dtype=torch.float64), distance).to(torch.float32)
