"""Building, validating, saving and loading class-similarity matrices for SimLoss.

Every builder returns a ``torch.Tensor`` of dtype float32 and shape (C, C) with entries in
[0, 1] and exactly 1 on the diagonal.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import torch
from torch import Tensor

from ._util import read_user_text, smoothing_epsilon

__all__ = [
    "MULTIWORD_POLICIES",
    "MATRIX_FORMATS",
    "WordVectorSimilarity",
    "validate_similarity",
    "class_order",
    "uniform_similarity",
    "label_smoothing_epsilon",
    "uniform_r",
    "lower_bound",
    "cosine_similarity",
    "from_word_vectors",
    "from_hierarchy",
    "save_matrix",
    "sidecar_path",
    "load_matrix",
    "PICKLE_VECTOR_SUFFIXES",
    "TRUST_FLAG",
    "trusting_pickles",
    "load_word_vectors",
    "check_vector_file",
]

MULTIWORD_POLICIES = ("drop", "join", "mean")
MATRIX_FORMATS = (".npy", ".csv")


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
                         f"but S[{i}, {i}] = {float(diag[i]):.6g}")
    if not bool((diag == 1).all()):
        matrix = matrix.clone()
        matrix.fill_diagonal_(1.0)
    return matrix


def _first_bad(matrix: Tensor, mask: Tensor, what: str) -> None:
    bad = mask.nonzero()
    if len(bad):
        i, j = (int(v) for v in bad[0])
        raise ValueError(f"similarity entry S[{i}, {j}] = {float(matrix[i, j]):.6g} {what}")


def _check_unit_interval(name: str, value: float) -> float:
    """A parameter in [0, 1) (r or l), as a float."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name}={value!r} must be a number in [0, 1)") from None
    if math.isnan(value) or not 0.0 <= value < 1.0:
        raise ValueError(f"{name}={value!r} must be in [0, 1)")
    return value


def _check_num_classes(num_classes: int) -> int:
    if isinstance(num_classes, bool) or not isinstance(num_classes, (int, np.integer)) \
            or num_classes < 1:
        raise ValueError(f"num_classes={num_classes!r} must be an integer >= 1")
    return int(num_classes)


def _check_closed_unit_interval(name: str, value: float) -> float:
    """A number in [0, 1] (the uniform source's r, a label-smoothing epsilon), as a float."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name}={value!r} must be a number in [0, 1]") from None
    if math.isnan(number) or not 0.0 <= number <= 1.0:
        raise ValueError(f"{name}={value!r} must be in [0, 1]")
    return number


def class_order(num_classes: int, r: float) -> Tensor:
    """Equation (2): ``S[i, j] = r ** |i - j|`` for ordered classes, r in [0, 1).

    r = 0 gives the identity (0 ** 0 = 1), i.e. plain cross entropy.
    """
    num_classes = _check_num_classes(num_classes)
    r = _check_unit_interval("r", r)
    idx = torch.arange(int(num_classes), dtype=torch.float64)
    distance = (idx[:, None] - idx[None, :]).abs()
    # torch.pow(0., 0.) == 1, so r = 0 yields exactly the identity.
    return torch.pow(torch.tensor(r, dtype=torch.float64), distance).to(torch.float32)


def uniform_similarity(num_classes: int, r: float) -> Tensor:
    """The uniform source ``S = (1 - r) I + r 11^T``: every other class is similar by r.

    r in [0, 1]: r = 0 is the identity (plain cross entropy), r = 1 all ones. Soft labels on it
    (`simloss_tune.soft_labels`) are label smoothing with epsilon
    `label_smoothing_epsilon(r, num_classes)`.
    """
    num_classes = _check_num_classes(num_classes)
    r = _check_closed_unit_interval("r", r)
    matrix = torch.full((num_classes, num_classes), r, dtype=torch.float32)
    return matrix.fill_diagonal_(1.0)


def label_smoothing_epsilon(r: float, num_classes: int) -> float:
    """The epsilon of ``torch.nn.CrossEntropyLoss(label_smoothing=epsilon)`` that equals soft
    labels on `uniform_similarity(num_classes, r)`: ``rC / (1 + r(C - 1))``.

    The row-normalised target puts ``r / (1 + r(C - 1))`` on every other class, label
    smoothing puts ``epsilon / C`` there. r = 0 gives 0, r = 1 gives 1 (uniform targets).
    """
    size = _check_num_classes(num_classes)
    return smoothing_epsilon(_check_closed_unit_interval("r", r), size)


def uniform_r(epsilon: float, num_classes: int) -> float:
    """The inverse of `label_smoothing_epsilon`: the uniform source's r for a label-smoothing
    epsilon in [0, 1], ``epsilon / (C - epsilon(C - 1))``."""
    size = _check_num_classes(num_classes)
    epsilon = _check_closed_unit_interval("epsilon", epsilon)
    return epsilon / (size - epsilon * (size - 1))


def _as_float64(matrix: Tensor | np.ndarray, what: str, ndim: int) -> np.ndarray:
    array = matrix.detach().cpu().numpy() if isinstance(matrix, Tensor) else np.asarray(matrix)
    if array.dtype == object or not np.issubdtype(array.dtype, np.number) or array.ndim != ndim:
        raise ValueError(f"{what} must be a numeric {ndim}-d array, got shape "
                         f"{array.shape} and dtype {array.dtype}")
    array = array.astype(np.float64)
    if not np.isfinite(array).all():
        i = tuple(int(v) for v in np.argwhere(~np.isfinite(array))[0])
        raise ValueError(f"{what} entry {list(i)} = {array[i]:.6g} is not finite")
    return array


def lower_bound(similarity: Tensor | np.ndarray, l: float) -> Tensor:  # noqa: E741
    """Equation (3): ``max(0, sim - l) / (1 - l)``, l in [0, 1).

    ``similarity`` is a raw (C, C) similarity with entries <= 1 (negative entries, e.g. raw
    cosines, are cut to 0). A diagonal of 1 stays exactly 1, so l -> 1 approaches plain cross
    entropy (the paper uses l = 0.99 as its CCE baseline).
    """
    bound = _check_unit_interval("l", l)
    sim = _as_float64(similarity, "similarity", 2)
    if sim.shape[0] != sim.shape[1]:
        raise ValueError(f"similarity must be a square (C, C) matrix, got shape {sim.shape}")
    if (sim > 1 + 1e-6).any():
        i, j = (int(v) for v in np.argwhere(sim > 1 + 1e-6)[0])
        raise ValueError(f"similarity entry [{i}, {j}] = {sim[i, j]:.6g} is above 1; "
                         "similarities must be <= 1")
    out = np.clip(sim - bound, 0.0, None) / (1.0 - bound)
    ones = np.abs(np.diagonal(sim) - 1.0) <= 1e-6
    out[np.diag_indices_from(out)] = np.where(ones, 1.0, np.diagonal(out))
    return torch.from_numpy(np.clip(out, 0.0, 1.0).astype(np.float32))


def cosine_similarity(vectors: Tensor | np.ndarray) -> Tensor:
    """``max(0, cos(v_i, v_j))`` of the rows of a (C, d) array; the diagonal is exactly 1."""
    array = _as_float64(vectors, "vectors", 2)
    norms = np.linalg.norm(array, axis=1)
    if (norms == 0).any():
        raise ValueError(f"vectors row {int(np.argmax(norms == 0))} is all zeros; "
                         "cosine similarity needs non-zero vectors")
    unit = array / norms[:, None]
    sim = np.clip(unit @ unit.T, 0.0, 1.0)
    np.fill_diagonal(sim, 1.0)
    return torch.from_numpy(sim.astype(np.float32))


# ----------------------------------------------------------------------------- word vectors


class WordVectorSimilarity(NamedTuple):
    """Result of ``from_word_vectors``."""

    similarity: Tensor   # raw max(0, cosine) (K, K) over the kept classes, float32
    kept: list[int]      # indices (into class_names) of the kept classes, in order
    dropped: list[str]   # names of the classes without a vector ("drop" policy)


# Word-vector formats that are Python pickles: loading one can run any code in it, so they
# are read only when the user opted in (TRUST_FLAG). word2vec .bin/.txt/.vec are plain data.
PICKLE_VECTOR_SUFFIXES = (".kv",)
PLAIN_VECTOR_SUFFIXES = (".bin", ".txt", ".vec")
TRUST_FLAG = "--trust-pickles"
_TRUST = contextvars.ContextVar("simloss_trust_pickles", default=False)


@contextlib.contextmanager
def trusting_pickles(trust: bool = True) -> Iterator[None]:
    """Within the block, word vectors in a pickle-based format may be loaded (`trust`) or
    not: what `init/train/matrix --trust-pickles` and a study initialised with it set."""
    token = _TRUST.set(bool(trust))
    try:
        yield
    finally:
        _TRUST.reset(token)


def load_word_vectors(path: str | Path, *, trust_pickles: bool | None = None) -> Any:
    """A gensim KeyedVectors from a word2vec ``.bin`` / ``.txt`` / ``.vec`` file, or from a
    ``.kv`` file (``KeyedVectors.save``) when pickles are trusted (`trust_pickles`, else the
    enclosing `trusting_pickles` block). Every word-vector file is read here.

    A ``.kv`` file is a Python pickle, which ``KeyedVectors.load`` unpickles: loading one can
    run arbitrary code, so it is refused unless the user opted in."""
    path = check_vector_file(path, trust_pickles=trust_pickles)
    from gensim.models import KeyedVectors

    if path.suffix.lower() in PICKLE_VECTOR_SUFFIXES:
        return _read_vectors(path, lambda: KeyedVectors.load(str(path)))
    binary = path.suffix.lower() == ".bin"
    _check_header(path, binary)
    try:
        return _read_vectors(path, lambda: KeyedVectors.load_word2vec_format(
            str(path), binary=binary))
    except ValueError:
        if binary:
            raise
        # GloVe's own text format has no "count dim" header line
        return _read_vectors(path, lambda: KeyedVectors.load_word2vec_format(
            str(path), binary=False, no_header=True))


def check_vector_file(path: str | Path, *, trust_pickles: bool | None = None) -> Path:
    """The word-vector file `path`, checked before anything reads it (also a cache keyed by
    it): a known suffix, a pickle only when trusted, an existing file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in PICKLE_VECTOR_SUFFIXES + PLAIN_VECTOR_SUFFIXES:
        raise ValueError(f"word vector file {path}: unknown suffix {suffix!r}; use .bin "
                         "(word2vec binary), .txt/.vec (word2vec text) or .kv (KeyedVectors."
                         f"save, a pickle: with {TRUST_FLAG})")
    trusted = _TRUST.get() if trust_pickles is None else trust_pickles
    if suffix in PICKLE_VECTOR_SUFFIXES and not trusted:
        raise ValueError(f"word vector file {path} is a Python pickle (gensim {suffix}), and "
                         "loading a pickle can run any code in it: refused. If you trust its "
                         f"source, pass {TRUST_FLAG} (init, run, train, matrix); else convert "
                         "it to word2vec .bin or .txt")
    if not path.is_file():
        raise FileNotFoundError(f"word vector file not found: {path}")
    return path


def _read_vectors(path: Path, read: Any) -> Any:
    """Call a gensim reader; a malformed file becomes one ValueError naming it."""
    try:
        return read()
    except (ValueError, UnicodeDecodeError, EOFError, IndexError, KeyError, OSError) as exc:
        first = (str(exc).splitlines() or [""])[0][:200] or type(exc).__name__
        raise ValueError(f"word vector file {path} is not a readable word-vector file "
                         f"({first})") from None


def _check_header(path: Path, binary: bool) -> None:
    """Refuse a word2vec header that promises more vectors than the file can hold, before
    gensim allocates count x dim floats for them (a 20-byte file could ask for terabytes)."""
    with path.open("rb") as f:
        first = f.readline(200).split()
    if len(first) != 2 or not all(t.isdigit() for t in first):
        return  # no header (GloVe text): gensim reads line by line
    count, dim = (int(t) for t in first)
    least = count * dim * (4 if binary else 2)  # float32, or "0 " per text value
    if least > path.stat().st_size:
        raise ValueError(f"word vector file {path}: its header announces {count} vectors of "
                         f"{dim} values, more than its {path.stat().st_size} bytes can hold")


def _load_vectors(vectors: Any) -> Any:
    """A gensim KeyedVectors (or any mapping word -> vector) from an object or a path."""
    if not isinstance(vectors, (str, Path)):
        return vectors
    return load_word_vectors(vectors)


def _words(name: str) -> list[str]:
    return [w for w in name.replace("_", " ").split() if w]


def _vector_for(name: str, vectors: Any, multiword: str) -> np.ndarray | None:
    """The vector of a class name under a multi-word policy; None means drop the class."""
    joined = "_".join(_words(name))
    if multiword == "drop":
        for token in dict.fromkeys((name, joined)):  # as-is first, then underscore-joined
            if token in vectors:
                return np.asarray(vectors[token], dtype=np.float64)
        return None
    if multiword == "join":
        if joined not in vectors:
            raise ValueError(f"class {name!r}: word {joined!r} has no vector (multiword='join')")
        return np.asarray(vectors[joined], dtype=np.float64)
    missing = [w for w in _words(name) if w not in vectors]
    if missing or not _words(name):
        raise ValueError(f"class {name!r}: word {(missing or [name])[0]!r} has no vector "
                         "(multiword='mean')")
    return np.mean([np.asarray(vectors[w], dtype=np.float64) for w in _words(name)], axis=0)


def from_word_vectors(class_names: Sequence[str], vectors: Any, *,
                      multiword: str = "drop") -> WordVectorSimilarity:
    """Raw class similarity ``max(0, cosine)`` of class-name word vectors (section 4).

    ``vectors`` is a gensim ``KeyedVectors`` (or a mapping word -> vector) or a path: word2vec
    binary ``.bin``, word2vec text ``.txt``/``.vec``, or ``.kv`` (``KeyedVectors.save``).
    A ``.kv`` file is a Python pickle and loading it can run arbitrary code: it is refused
    unless pickles are trusted (``load_word_vectors``; ``.bin``/``.txt``/``.vec`` are plain
    formats, never unpickled).
    Multi-word names ("maple_tree", "pickup truck"):

    - ``"drop"`` (the paper): look the name up as-is, then underscore-joined; drop the class
      if neither has a vector (GoogleNews lacks e.g. aquarium_fish and pickup_truck).
    - ``"join"``: the underscore-joined token (GoogleNews phrase style); missing -> ValueError.
    - ``"mean"``: the mean vector of the words split on "_" and spaces; missing -> ValueError.

    Apply ``lower_bound`` to the returned similarity to get the SimLoss matrix.
    """
    if multiword not in MULTIWORD_POLICIES:
        raise ValueError(f"multiword={multiword!r} is not allowed; use one of "
                         f"{MULTIWORD_POLICIES}")
    if isinstance(class_names, str) or not len(class_names):
        raise ValueError("class_names must be a non-empty list of class names")
    vectors = _load_vectors(vectors)
    kept, dropped, rows = [], [], []
    for index, name in enumerate(class_names):
        vector = _vector_for(str(name), vectors, multiword)
        if vector is None:
            dropped.append(str(name))
        else:
            kept.append(index)
            rows.append(vector)
    if not rows:
        raise ValueError(f"none of the {len(class_names)} class names has a word vector")
    return WordVectorSimilarity(cosine_similarity(np.stack(rows)), kept, dropped)


# ----------------------------------------------------------------------------- hierarchy


def _node(token: str) -> int | str:
    try:
        return int(token)
    except ValueError:
        return token


def _read_edges(edges: Iterable[tuple[Any, Any]] | str | Path) -> list[tuple[Any, Any]]:
    if not isinstance(edges, (str, Path)):
        pairs = [tuple(e) for e in edges]
        bad = next((e for e in pairs if len(e) != 2), None)
        if bad is not None:
            raise ValueError(f"edge {bad!r} is not a (parent, child) pair")
        return pairs
    path = Path(edges)
    if not path.is_file():
        raise FileNotFoundError(f"hierarchy edge file not found: {path}")
    pairs = []
    for number, line in enumerate(read_user_text(path, "hierarchy file").splitlines(), 1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) != 2:
            raise ValueError(f"{path}:{number}: expected 'parent child', got {line!r}")
        pairs.append((_node(parts[0]), _node(parts[1])))
    return pairs


# The Wu-Palmer table compares every pair of classes along their root paths: classes^2 x
# depth steps. Real hierarchies (WordNet: depth ~20) are far below; a hostile edges file (a
# chain of a million nodes) is refused before anything that large is allocated.
MAX_HIERARCHY_WORK = 50_000_000


def _root_paths(pairs: list[tuple[Any, Any]], leaves: list[Any]) -> dict[Any, list[Any]]:
    """The path from the root (root first) of every leaf; validates a single rooted tree.
    Linear in the number of edges (depths are memoised), plus the leaves' paths."""
    parent: dict[Any, Any] = {}
    for p, c in pairs:
        if c in parent and parent[c] != p:
            raise ValueError(f"node {c!r} has several parents ({parent[c]!r}, {p!r}); "
                             "the hierarchy must be a tree")
        parent[c] = p
    nodes = set(parent) | set(parent.values())
    roots = sorted((n for n in nodes if n not in parent), key=str)
    if len(roots) > 1:
        raise ValueError(f"the hierarchy has several roots {roots[:10]}; it must have one")
    depth: dict[Any, int] = {}
    for node in nodes:
        chain: list[Any] = []  # nodes walked up from `node` whose depth is not known yet
        on_chain: set[Any] = set()
        cur = node
        while cur not in depth:
            if cur in on_chain:
                raise ValueError(f"the hierarchy has a cycle through node {cur!r}")
            if cur not in parent:
                depth[cur] = 1
                break
            chain.append(cur)
            on_chain.add(cur)
            cur = parent[cur]
        for n in reversed(chain):
            depth[n] = depth[parent[n]] + 1
    missing = [leaf for leaf in leaves if leaf not in depth]
    if missing:
        raise ValueError(f"class node {missing[0]!r} is not in the hierarchy")
    deepest = max(depth[leaf] for leaf in leaves)
    if len(leaves) ** 2 * deepest > MAX_HIERARCHY_WORK:
        raise ValueError(f"the hierarchy is {deepest} levels deep for {len(leaves)} classes: "
                         f"classes^2 x depth must stay below {MAX_HIERARCHY_WORK}")
    paths: dict[Any, list[Any]] = {}
    for leaf in leaves:
        path = [leaf]
        while path[-1] in parent:
            path.append(parent[path[-1]])
        paths[leaf] = path[::-1]
    return paths


def from_hierarchy(edges: Iterable[tuple[Any, Any]] | str | Path,
                   leaves: Sequence[Any]) -> Tensor:
    """Wu-Palmer similarity in an is-a tree: ``2 * depth(lca) / (depth(a) + depth(b))``.

    The root has depth 1, so classes that share only the root still get ``2 / (da + db)``.
    ``edges`` are (parent, child) pairs or a file with one "parent child" per line (integer
    tokens become ints); ``leaves`` are the class nodes in class order (any tree nodes).
    Raises ValueError for several parents, cycles, several roots, or a leaf not in the tree.
    """
    pairs = _read_edges(edges)
    if not pairs:
        raise ValueError("the hierarchy has no edges")
    leaves = list(leaves)
    paths = _root_paths(pairs, leaves)
    if len(set(leaves)) != len(leaves):
        raise ValueError("leaves lists a node more than once")
    index = {node: k for k, node in enumerate(dict.fromkeys(n for p in paths.values()
                                                             for n in p))}
    depth = max(len(paths[leaf]) for leaf in leaves)
    table = np.full((len(leaves), depth), -1, dtype=np.int64)
    for row, leaf in enumerate(leaves):
        table[row, :len(paths[leaf])] = [index[n] for n in paths[leaf]]
    lengths = np.array([len(paths[leaf]) for leaf in leaves], dtype=np.float64)
    # Depth of the lowest common ancestor = length of the common prefix of the root paths.
    same = (table[:, None, :] == table[None, :, :]) & (table[:, None, :] >= 0)
    lca = np.cumprod(same, axis=2).sum(axis=2)
    sim = 2.0 * lca / (lengths[:, None] + lengths[None, :])
    np.fill_diagonal(sim, 1.0)
    return torch.from_numpy(sim.astype(np.float32))


# ----------------------------------------------------------------------------- files


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in MATRIX_FORMATS:
        raise ValueError(f"matrix file {path}: unknown suffix {suffix!r}; use one of "
                         f"{MATRIX_FORMATS}")
    return suffix


def sidecar_path(path: str | Path) -> Path:
    """Where the metadata of a matrix file lives: ``<path>.json``."""
    path = Path(path)
    return path.with_name(path.name + ".json")


def save_matrix(path: str | Path, similarity: Tensor | np.ndarray,
                metadata: dict[str, Any] | None = None) -> Path:
    """Save a validated matrix as ``.npy`` (float32) or ``.csv`` (plain numeric grid).

    ``metadata`` (class names, builder and parameters, ...) goes to the sidecar
    ``<path>.json``; it must be JSON-serialisable. Everything is checked before writing.
    """
    path = Path(path)
    suffix = _format(path)
    matrix = validate_similarity(similarity).cpu().numpy().astype(np.float32)
    metadata = dict(metadata or {})
    names = metadata.get("class_names")
    if names is not None and len(names) != matrix.shape[0]:
        raise ValueError(f"metadata class_names has {len(names)} names but the matrix is "
                         f"{matrix.shape[0]} x {matrix.shape[0]}")
    text = json.dumps(metadata, indent=2, sort_keys=True)  # fails early if not serialisable
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".npy":
        with path.open("wb") as f:  # np.save(str) would append ".npy" to other names
            np.save(f, matrix, allow_pickle=False)
    else:
        np.savetxt(path, matrix, delimiter=",", fmt="%.9g")  # %.9g round-trips float32
    sidecar_path(path).write_text(text + "\n")
    return path


def load_matrix(path: str | Path) -> tuple[Tensor, dict[str, Any]]:
    """Load a matrix saved by ``save_matrix`` (or any .npy / .csv grid) and validate it.

    Returns ``(S, metadata)``: S a float32 (C, C) tensor, metadata the sidecar
    ``<path>.json`` (``{}`` when absent). A .csv may start with a header row of class names,
    which becomes ``metadata["class_names"]`` unless the sidecar has them.
    """
    path = Path(path)
    suffix = _format(path)
    if not path.is_file():
        raise FileNotFoundError(f"matrix file not found: {path}")
    metadata = _read_sidecar(path)
    if suffix == ".npy":
        try:
            array = np.load(path, allow_pickle=False)
        except ValueError as exc:
            raise ValueError(f"{path}: not a plain numeric .npy matrix ({exc})") from None
    else:
        array, header = _read_csv(path)
        if header is not None:
            metadata.setdefault("class_names", header)
    try:
        matrix = validate_similarity(array).to(torch.float32)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None
    names = metadata.get("class_names")
    if names is not None and len(names) != matrix.shape[0]:
        raise ValueError(f"{path}: {len(names)} class names for a "
                         f"{matrix.shape[0]} x {matrix.shape[0]} matrix")
    return matrix, metadata


def _read_sidecar(path: Path) -> dict[str, Any]:
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = json.loads(read_user_text(side, "matrix sidecar"))
    except (json.JSONDecodeError, RecursionError) as exc:  # (nested too deeply)
        raise ValueError(f"{side}: invalid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{side}: metadata must be a JSON object")
    return data


def _read_csv(path: Path) -> tuple[np.ndarray, list[str] | None]:
    lines = read_user_text(path, "matrix file").splitlines()
    header = None
    if lines and not _numeric_row(lines[0]):
        header = [cell.strip() for cell in lines[0].split(",")]
        lines = lines[1:]
    try:
        array = np.loadtxt(lines, delimiter=",", ndmin=2, dtype=np.float64)
    except ValueError as exc:
        raise ValueError(f"{path}: not a numeric CSV grid ({exc})") from None
    return array, header


def _numeric_row(line: str) -> bool:
    try:
        [float(cell) for cell in line.split(",")]
    except ValueError:
        return False
    return True
