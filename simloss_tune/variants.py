"""Variants: the losses and similarity sources one study compares, paired by seed.

A study's own settings are the implicit first variant, named ``"simloss"`` (`study_variant`).
Each ``[[variants]]`` table of a study file adds one more (`parse_variants` validates them)::

    [[variants]]
    name = "sord"                  # letters, digits, '-', '_'; "simloss" is reserved
    loss = "soft_labels"           # or "simloss" (the default)

    [[variants]]
    name = "label-smoothing"
    loss = "soft_labels"
    similarity = { uniform = true }  # S = (1 - r) I + r 11^T: label smoothing, parameter r
    grid = [0.01, 0.05, 0.1]

    [[variants]]
    name = "glove"
    similarity = { word_vectors = "glove.txt" }  # the keys of [similarity]: parameter l
    grid = [0.5, 0.7, 0.9]

A variant without ``similarity`` uses the study's own source (class order for r, the study's
``[similarity]`` for l). Every variant equals plain cross entropy at its baseline value
(`baseline_value`: r = 0, l = 0.99), so the baseline is trained once per seed and shared.

This module is below the study layer: it imports only the matrix and loss level. The keys of
a ``[similarity]`` table are passed in (``similarity_sources``, ``similarity_fields``), so
that they have one definition. `VariantMatrices` gives a trainer each run's matrix by variant
name.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import torch
from torch import Tensor

from . import matrices
from ._util import BASELINES, LOSSES, STUDY_VARIANT

__all__ = ["LOSSES", "STUDY_VARIANT", "Variant", "VariantMatrices", "baseline_value",
           "check_loss", "epsilon", "parse_variants", "run_values", "study_variant"]

FIELDS = ("name", "loss", "similarity", "grid", "parameter")
MAX_NAME = 64
_NAME = re.compile(r"[A-Za-z0-9_-]+")


@dataclasses.dataclass(frozen=True)
class Variant:
    """One compared setting: a loss on a similarity source.

    ``similarity`` is the variant's own ``[similarity]``-style table (None: the study's own
    source, or the uniform source when ``uniform``); ``grid`` its own values (None: the study's
    grid); ``parameter`` the name its values are stored under where it differs from the
    study's ("r" for a uniform variant of an l study, "l" for a word-vector, hierarchy or
    matrix variant of an r study), None where it is the study's.
    """

    name: str
    loss: str = "simloss"
    similarity: dict[str, Any] | None = None
    uniform: bool = False
    grid: tuple[float, ...] | None = None
    parameter: str | None = None

    def parameter_in(self, study_parameter: str) -> str:
        """The parameter of this variant's values in a study of `study_parameter`."""
        return self.parameter or study_parameter

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field (e.g. for a study's stored spec)."""
        doc = dataclasses.asdict(self)
        doc["grid"] = None if self.grid is None else list(self.grid)
        return doc

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> Variant:
        """The variant `to_dict` wrote (a stored spec: already validated at `init`)."""
        fields = dict(doc)
        if fields.get("grid") is not None:
            fields["grid"] = tuple(float(v) for v in fields["grid"])
        return cls(**fields)


def study_variant() -> Variant:
    """The implicit first variant: the study's own loss (SimLoss) and source."""
    return Variant(name=STUDY_VARIANT)


def source_parameter(variant: Variant, study_parameter: str) -> str:
    """The parameter the variant's source needs: r for the uniform source, l for a table
    of its own (matrix, word vectors, hierarchy), the study's for the study's source."""
    if variant.uniform:
        return "r"
    if variant.similarity is not None:
        return "l"
    return study_parameter


def baseline_value(variant: Variant, study_parameter: str) -> float:
    """The value at which the variant is plain cross entropy: r = 0 (class order, uniform),
    l = 0.99 (word vectors, hierarchy, a matrix)."""
    parameter = variant.parameter_in(study_parameter)
    if parameter not in BASELINES:
        raise ValueError(f"variant {variant.name!r}: parameter {parameter!r} has no known "
                         f"baseline (allowed: {', '.join(BASELINES)})")
    return BASELINES[parameter]


def run_values(variant: Variant, study_grid: Sequence[float] | None,
               study_parameter: str) -> tuple[float, ...]:
    """The values the variant trains besides the shared baseline: its grid (or the
    study's), without its baseline value (the baseline runs carry variant "simloss")."""
    grid = variant.grid if variant.grid is not None else study_grid
    if grid is None:
        raise ValueError(f"variant {variant.name!r} has no grid and the study has none")
    base = baseline_value(variant, study_parameter)
    return tuple(float(v) for v in grid if float(v) != base)


def epsilon(variant: Variant, value: float, num_classes: int) -> float | None:
    """The label-smoothing epsilon of a uniform variant's matrix at `value` (soft labels on
    it are ``CrossEntropyLoss(label_smoothing=epsilon)``); None for other sources."""
    if not variant.uniform:
        return None
    return matrices.label_smoothing_epsilon(value, num_classes)


# --------------------------------------------------------------------------- parsing


def parse_variants(tables: Any, *, parameter: str, similarity_sources: Sequence[str],
                   similarity_fields: Collection[str]) -> tuple[Variant, ...]:
    """The validated ``[[variants]]`` tables of a study of `parameter`, in order (the
    implicit `study_variant` not included). ``similarity_sources`` (exactly one per table)
    and ``similarity_fields`` (all allowed keys) are those of the study file's
    ``[similarity]``. A bad value raises a one-line ValueError naming the variant, the key,
    the value and what is allowed."""
    if not isinstance(tables, list):
        raise ValueError(f"[[variants]] must be a list of tables, got {_show(tables)}")
    variants: list[Variant] = []
    for index, table in enumerate(tables, 1):
        variant = _parse_one(table, index, parameter, similarity_sources, similarity_fields)
        _check_distinct(variant, variants)
        variants.append(variant)
    return tuple(variants)


def _parse_one(table: Any, index: int, study_parameter: str, sources: Sequence[str],
               fields: Collection[str]) -> Variant:
    if not isinstance(table, dict):
        raise ValueError(f"[[variants]] entry {index}: must be a table with keys "
                         f"{', '.join(FIELDS)}, got {_show(table)}")
    name = _name(table, index)
    where = f"variant {name!r}"
    for key in table:
        if key not in FIELDS:
            raise ValueError(f"{where}: unknown key {key!r} (allowed: {', '.join(FIELDS)})")
    loss = table.get("loss", "simloss")
    if loss not in LOSSES:
        raise ValueError(f"{where}: loss {_show(loss)} is not allowed (allowed: "
                         f"{', '.join(repr(x) for x in LOSSES)})")
    similarity, uniform = _similarity(table.get("similarity"), where, sources, fields)
    if loss == "simloss" and similarity is None and not uniform:
        raise ValueError(f"{where}: loss 'simloss' on the study's own similarity is the study "
                         "itself (variant 'simloss'); give it a similarity of its own or "
                         "loss = 'soft_labels'")
    draft = Variant(name, loss, similarity, uniform)
    own = source_parameter(draft, study_parameter)
    if "parameter" in table:  # optional: the source decides, this only confirms it
        given = table["parameter"]
        if given not in BASELINES:
            raise ValueError(f"{where}: parameter {_show(given)} is not allowed (allowed: "
                             f"{', '.join(repr(p) for p in BASELINES)})")
        if given != own:
            raise ValueError(f"{where}: parameter {given!r} does not fit its similarity "
                             f"({_source_text(draft)}), which uses {own!r}")
    grid = _grid(table["grid"], where, own) if "grid" in table else None
    if grid is None and own != study_parameter:
        raise ValueError(f"{where}: grid is required: its parameter {own!r} is not the "
                         f"study's {study_parameter!r}, so the study's grid does not apply")
    return Variant(name, loss, similarity, uniform, grid,
                   own if own != study_parameter else None)


def _name(table: dict, index: int) -> str:
    if "name" not in table:
        raise ValueError(f"[[variants]] entry {index}: name is required (letters, digits, "
                         "'-', '_')")
    name = table["name"]
    if not isinstance(name, str) or not _NAME.fullmatch(name) or len(name) > MAX_NAME:
        raise ValueError(f"[[variants]] entry {index}: name {_show(name)} is not allowed "
                         f"(1 to {MAX_NAME} letters, digits, '-', '_')")
    if name == STUDY_VARIANT:
        raise ValueError(f"[[variants]] entry {index}: name {name!r} is reserved for the "
                         "study's own settings; choose another name")
    return name


def _similarity(value: Any, where: str, sources: Sequence[str], fields: Collection[str]
                ) -> tuple[dict[str, Any] | None, bool]:
    """(table, uniform): the variant's own source, validated."""
    if value is None:
        return None, False
    allowed = f"an inline table with uniform = true or exactly one of {', '.join(sources)}"
    if not isinstance(value, dict) or not value:
        raise ValueError(f"{where}: similarity {_show(value)} is not allowed ({allowed})")
    if "uniform" in value:
        if value["uniform"] is not True:
            raise ValueError(f"{where}: similarity.uniform {_show(value['uniform'])} is not "
                             "allowed (true, or leave it out)")
        others = sorted(k for k in value if k != "uniform")
        if others:
            raise ValueError(f"{where}: similarity.uniform = true is exclusive with "
                             f"{', '.join(others)} (the uniform source needs no file)")
        return None, True
    for key in value:
        if key not in fields:
            raise ValueError(f"{where}: similarity key {key!r} is not allowed (allowed: "
                             f"uniform, {', '.join(sorted(fields))})")
    named = [k for k in sources if k in value]
    if len(named) != 1:
        raise ValueError(f"{where}: similarity {_show(value)} names {len(named)} sources "
                         f"({allowed})")
    for key, item in value.items():
        if not isinstance(item, str) or not item:
            raise ValueError(f"{where}: similarity.{key} {_show(item)} is not allowed "
                             "(a non-empty string" + (": a file path)" if key in sources
                                                      else ")"))
    return dict(value), False


def _grid(values: Any, where: str, parameter: str) -> tuple[float, ...]:
    allowed = f"a non-empty list of distinct {parameter} values in [0, 1)"
    if not isinstance(values, list) or not values:
        raise ValueError(f"{where}: grid {_show(values)} is not allowed ({allowed})")
    seen: set[float] = set()
    for v in values:
        ok = isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) \
            and 0.0 <= v < 1.0
        if not ok:
            raise ValueError(f"{where}: grid value {_show(v)} is not allowed ({allowed})")
        if float(v) in seen:
            raise ValueError(f"{where}: grid value {v!r} is repeated ({allowed})")
        seen.add(float(v))
    return tuple(float(v) for v in values)


def _check_distinct(variant: Variant, earlier: list[Variant]) -> None:
    for other in earlier:
        if other.name == variant.name:
            raise ValueError(f"variant {variant.name!r}: name {variant.name!r} is used twice "
                             "(each variant needs its own name)")
        same = (other.loss, other.similarity, other.uniform) == \
            (variant.loss, variant.similarity, variant.uniform)
        if same:
            raise ValueError(f"variant {variant.name!r}: loss {variant.loss!r} on "
                             f"{_source_text(variant)} is variant {other.name!r} already "
                             "(give it another loss or similarity)")


def _source_text(variant: Variant) -> str:
    if variant.uniform:
        return "the uniform source"
    if variant.similarity is not None:
        return f"similarity {variant.similarity}"
    return "the study's own similarity"


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# --------------------------------------------------------------------------- matrices


class VariantMatrices:
    """Each run's (C, C) float32 matrix by variant name, for trainers.

    ``default(value)`` is the study's own matrix (class order, or the lower bound of the
    study's source): variant "simloss" and every variant without a source of its own.
    ``sources`` maps the name of each variant with a ``similarity`` table to its raw (C, C)
    similarity (what `init` stores as ``variant_sources``); a uniform variant is
    `matrices.uniform_similarity` of its r.
    """

    def __init__(self, variants: Iterable[Variant], sources: Mapping[str, Any] | None,
                 num_classes: int, default: Callable[[float], Tensor] | None = None) -> None:
        self.num_classes = num_classes
        self.default = default
        self.variants = {v.name: v for v in variants}
        self.variants.setdefault(STUDY_VARIANT, study_variant())
        self.sources: dict[str, np.ndarray] = {}
        for v in self.variants.values():
            if v.similarity is not None:
                self.sources[v.name] = _raw_source(v, (sources or {}).get(v.name), num_classes)

    def variant(self, name: str) -> Variant:
        """The variant called `name`; ValueError naming the known ones otherwise."""
        if name not in self.variants:
            raise ValueError(f"variant {name!r} is not one of this study's variants "
                             f"({', '.join(sorted(self.variants))})")
        return self.variants[name]

    def own_matrix(self, name: str, value: float) -> Tensor | None:
        """The matrix of the variant's own source at `value`; None: the study's source."""
        variant = self.variant(name)
        if variant.uniform:
            return matrices.uniform_similarity(self.num_classes, value)
        if variant.similarity is not None:
            return matrices.lower_bound(self.sources[name], value).to(torch.float32)
        return None

    def matrix(self, name: str, value: float) -> Tensor:
        """The matrix variant `name` trains with at `value`."""
        own = self.own_matrix(name, value)
        if own is not None:
            return own
        if self.default is None:
            raise ValueError(f"variant {name!r} uses the study's own matrix, and none was given")
        return self.default(value)


def _raw_source(variant: Variant, raw: Any, num_classes: int) -> np.ndarray:
    if raw is None:
        raise ValueError(f"variant {variant.name!r} has a similarity of its own but no stored "
                         "source (variant_sources); run `simloss-tune init` again")
    array = np.asarray(raw, dtype=np.float64)
    if array.shape != (num_classes, num_classes):
        raise ValueError(f"variant {variant.name!r}: its stored similarity is "
                         f"{'x'.join(map(str, array.shape))}, not {num_classes}x{num_classes}")
    return array


def check_loss(loss: str) -> str:
    """`loss` if it is one of `LOSSES`; ValueError otherwise."""
    if loss not in LOSSES:
        raise ValueError(f"loss {loss!r} is not allowed (allowed: "
                         f"{', '.join(repr(x) for x in LOSSES)})")
    return loss
