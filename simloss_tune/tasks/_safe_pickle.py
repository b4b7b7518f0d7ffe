"""Reading files that are pickles only by tradition (CIFAR-100's ``train``/``test``/``meta``)
without running any code in them.

``pickle.load`` calls whatever function a file names (``os.system`` included). This
unpickler admits only what NumPy arrays are rebuilt from and plain builtin values (dicts,
lists, strings, numbers, which need no lookup); any other name refuses the file.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import IO, Any

# (module, name) pairs a pickled NumPy array refers to, under NumPy 1 and 2 module names;
# `_codecs.encode` is how Python 3 writes bytes at pickle protocol 2.
_ALLOWED = {
    ("numpy", "ndarray"),
    ("numpy", "dtype"),
    ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "_reconstruct"),
    ("numpy.core.multiarray", "scalar"),
    ("numpy._core.multiarray", "scalar"),
    ("_codecs", "encode"),
    ("builtins", "bytearray"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "complex"),
}


class _ArraysOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"it refers to {module}.{name}, which is not a NumPy "
                                     "array or a plain value")


def load_arrays(f: IO[bytes], path: str | Path) -> Any:
    """Unpickle `f` (the file `path`) admitting only NumPy arrays and builtin values;
    ValueError naming the file for anything else or a damaged file. latin1, as torchvision
    does: the official CIFAR files were pickled by Python 2."""
    try:
        return _ArraysOnly(f, encoding="latin1").load()
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
            IndexError, KeyError, MemoryError, UnicodeDecodeError) as exc:
        reason = (str(exc).splitlines() or [""])[0][:200] or type(exc).__name__
        raise ValueError(f"{path}: not a plain CIFAR data file ({reason}); only NumPy arrays "
                         "and plain values are read from it, nothing in it is run") from None
