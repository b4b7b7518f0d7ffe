"""The `[similarity]` table of a study file: which knowledge gives the raw class similarity of an
`l` study, for studies with their own trainer and for built-in `l` tasks alike::

    [similarity]                   # exactly one source
    matrix = "similarity.npy"      # a C x C .npy/.csv file, or
    word_vectors = "vectors.txt"   # word2vec .bin/.txt/.vec (+ multiword: mean, join, drop), or
    hierarchy = "edges.txt"        # "parent child" lines; Wu-Palmer similarity of the class
                                   # nodes: the class names, or 0..C-1 in class order

The raw similarity is built once at `init` (so a bad file fails there, before anything is
written) and stored on the study as `similarity_source`: workers and `export` need no file.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from .._util import reject_unknown

SOURCES = ("matrix", "word_vectors", "hierarchy")
FIELDS = {*SOURCES, "multiword"}


def parse_table(table: Any, parameter: str, where: str, *, required: bool) -> dict[str, Any] | None:
    """The validated `[similarity]` table (None when absent and not `required`)."""
    if parameter == "r":
        if table is not None:
            raise ValueError(f"{where}: [similarity] is for parameter 'l'; parameter 'r' uses "
                             "the order of the classes")
        return None
    if table is None and not required:
        return None
    if not isinstance(table, dict):
        raise ValueError(f"{where}: parameter 'l' needs a [similarity] table with one of "
                         f"{', '.join(SOURCES)} (a file path)")
    reject_unknown(table, FIELDS, f"{where} [similarity]")
    sources = [k for k in SOURCES if k in table]
    if len(sources) != 1:
        raise ValueError(f"{where}: [similarity] needs exactly one of "
                         f"{', '.join(SOURCES)}, got {sources or 'none'}")
    if not isinstance(table[sources[0]], str):
        raise ValueError(f"{where}: [similarity] {sources[0]} {table[sources[0]]!r} must be a "
                         "file path")
    return dict(table)


def raw_similarity(table: dict[str, Any], classes: tuple[str, ...] | list[str],
                   where: str = "study file") -> np.ndarray:
    """The raw (C, C) class similarity the [similarity] table names, checked against the
    classes (`lower_bound` turns it into the matrix of a value l)."""
    import torch

    from .. import matrices

    path = os.path.expanduser(os.path.expandvars(next(table[k] for k in SOURCES if k in table)))
    try:
        if "matrix" in table:
            matrix, _ = matrices.load_matrix(path)
        elif "word_vectors" in table:
            result = matrices.from_word_vectors(list(classes), path,
                                                multiword=table.get("multiword", "mean"))
            if result.dropped:
                raise ValueError(f"classes {result.dropped} have no word vector")
            matrix = result.similarity
        else:
            edges = matrices._read_edges(path)
            matrix = matrices.from_hierarchy(edges, hierarchy_leaves(edges, classes))
        matrix = matrices.validate_similarity(matrix, num_classes=len(classes))
    except (ValueError, FileNotFoundError) as exc:
        raise ValueError(f"{where}: [similarity] {path}: {exc}") from None
    return matrix.to(torch.float64).numpy()


def hierarchy_leaves(edges: list[tuple[Any, Any]], classes: tuple[str, ...] | list[str]
                     ) -> list[Any]:
    """The tree nodes of the classes: their names (numbers when a name is one); in a tree
    that has none of the names but the nodes 0..C-1, those are the classes in order (the
    format of the semantic-embeddings hierarchies, e.g. CIFAR-100's cifar.parent-child.txt)."""
    from .. import matrices

    names = [matrices._node(c) for c in classes]
    nodes = {n for edge in edges for n in edge}
    if not nodes.intersection(names) and nodes.issuperset(range(len(classes))):
        return list(range(len(classes)))
    return names


def task_classes(task: Any, where: str) -> tuple[str, ...]:
    """The class names a built-in task's [similarity] is built over (`Task.class_names`)."""
    if task.class_names is None:
        raise ValueError(f"{where}: [similarity] needs the class names of task {task.name!r} "
                         "before its data is loaded, and the task does not declare them "
                         "(Task.class_names); set them, or return similarity_source from load()")
    return tuple(task.class_names)


def init_attrs(spec: Any) -> dict[str, Any]:
    """What `init` stores on NAME:runs so that workers and `export` need no files:
    class_names (trainer studies, and task studies with a [similarity] of their own or of a
    variant), for l with a [similarity], similarity_source, and with [[variants]] the
    variants (`Variant.to_dict`) and each one's own raw similarity (variant_sources)."""
    own = [v for v in spec.variants if v.similarity is not None]
    if spec.user_trainer:
        classes = spec.classes
    elif spec.similarity is not None or own:
        from ..tasks import get_task

        classes = task_classes(get_task(spec.task), f"study {spec.name!r}")
    else:
        return _variant_attrs(spec, own, ())
    attrs: dict[str, Any] = {"class_names": list(classes)}
    if spec.similarity is not None:
        attrs["similarity_source"] = raw_similarity(spec.similarity, classes).tolist()
    return {**attrs, **_variant_attrs(spec, own, classes)}


def _variant_attrs(spec: Any, own: list[Any], classes: Any) -> dict[str, Any]:
    if not spec.variants:  # a study without variants stores exactly what it did before
        return {}
    where = f"study {spec.name!r}"
    sources = {v.name: raw_similarity(v.similarity, classes, f"{where}: variant {v.name!r}")
               .tolist() for v in own}
    return {"variants": [v.to_dict() for v in spec.variants], "variant_sources": sources}
