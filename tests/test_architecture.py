"""The package's import graph: no circle between modules or rooms, and on the reporting side a
lower layer never imports a higher one (docs/ARCHITECTURE.md).

The graph is read with `ast` from simloss_tune/: imports inside functions (lazy ones) count,
those under `if TYPE_CHECKING:` do not, and `from pkg import submodule` is an edge to the
submodule. A room is a top-level module or a subpackage (`simloss_tune.studies`); the package
itself (`simloss_tune/__init__.py`, the public names) is no room.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "simloss_tune"

# The reporting side, lowest first: a module imports only modules of its own or lower layers.
REPORTING_LAYERS = (
    ("simloss_tune.records",),
    ("simloss_tune.report",),
    ("simloss_tune.render", "simloss_tune.plots", "simloss_tune.export"),
    ("simloss_tune.publish",),
    ("simloss_tune.commands",),
    ("simloss_tune.cli",),
)
REPORTING = {m for layer in REPORTING_LAYERS for m in layer}
# Rooms that run studies; they never read the report.
RUNNING_ROOMS = ("simloss_tune.studies", "simloss_tune.trainers", "simloss_tune.tasks",
                 "simloss_tune.train", "simloss_tune.loss", "simloss_tune.matrices",
                 "simloss_tune.models", "simloss_tune.metrics", "simloss_tune.racing",
                 "simloss_tune.replicates", "simloss_tune.stats", "simloss_tune._util")

# What the studies half of issue 23 (another branch) removes: `trainers.declared` uses
# `studies.spec`'s helpers and `studies.similarity`, while `studies` runs the trainers; and
# `records.open_storage` reaches up into `studies.storage`. Remove the xfail marks below once
# that branch is merged (strict: they fail as soon as the circles are gone).
QUEUE23 = ("issue 23, studies half: trainers.declared -> studies.spec/studies.similarity "
           "(the studies <-> trainers circle) and records -> studies.storage")
KNOWN_MODULE_CYCLES = [["simloss_tune.studies.spec", "simloss_tune.trainers.declared"]]
KNOWN_ROOM_CYCLES = [["simloss_tune.studies", "simloss_tune.trainers"]]


def _modules(root: Path) -> dict[str, Path]:
    mods = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = path
    return mods


def _targets(module: str, node: ast.Import | ast.ImportFrom, is_package: bool,
             mods: dict[str, Path]) -> list[str]:
    """The module names an import statement names (submodules for `from pkg import sub`)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[:len(base) - (node.level - 1)]
        prefix = ".".join(base + ([node.module] if node.module else []))
    else:
        prefix = node.module or ""
    subs = [f"{prefix}.{a.name}" for a in node.names if f"{prefix}.{a.name}" in mods]
    return subs + ([prefix] if len(subs) < len(node.names) else [])


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return skip


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """module -> the package's modules it imports (anywhere in its code)."""
    mods = _modules(root)
    edges: dict[str, set[str]] = {m: set() for m in mods}
    for module, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_nodes(tree)
        for node in ast.walk(tree):
            if id(node) in skip or not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            for target in _targets(module, node, path.name == "__init__.py", mods):
                while target and target not in mods:  # a name inside a module: the module
                    target = target.rpartition(".")[0]
                if target and target != module and target.startswith("simloss_tune"):
                    edges[module].add(target)
    return edges


def room(module: str) -> str:
    return ".".join(module.split(".")[:2])


def room_graph(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    rooms: dict[str, set[str]] = {}
    for module, targets in edges.items():
        for target in targets:
            a, b = room(module), room(target)
            if a != b and "simloss_tune" not in (a, b):
                rooms.setdefault(a, set()).add(b)
    return rooms


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


@pytest.fixture(scope="module")
def edges() -> dict[str, set[str]]:
    return import_graph()


# ------------------------------------------------------------------------- the graph reader


def test_the_reader_counts_lazy_imports_and_submodules_not_type_checking(tmp_path):
    pkg = tmp_path / "simloss_tune"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "deep.py").write_text("from .. import low\n")
    (pkg / "low.py").write_text("def f():\n    from .sub import deep\n")
    (pkg / "typed.py").write_text("from typing import TYPE_CHECKING\n"
                                  "if TYPE_CHECKING:\n    from . import low\n")
    graph = import_graph(pkg)
    assert graph["simloss_tune.low"] == {"simloss_tune.sub.deep"}  # lazy, submodule
    assert graph["simloss_tune.sub.deep"] == {"simloss_tune.low"}
    assert graph["simloss_tune.typed"] == set()
    assert cycles(graph) == [["simloss_tune.low", "simloss_tune.sub.deep"]]
    assert cycles(room_graph(graph)) == [["simloss_tune.low", "simloss_tune.sub"]]


# ------------------------------------------------------------------------- circles


def test_no_module_circle_but_the_studies_halfs(edges):
    assert [c for c in cycles(edges) if c not in KNOWN_MODULE_CYCLES] == []


def test_no_room_circle_but_the_studies_halfs(edges):
    assert [c for c in cycles(room_graph(edges)) if c not in KNOWN_ROOM_CYCLES] == []


@pytest.mark.xfail(strict=True, reason=QUEUE23)
def test_no_module_circle(edges):
    assert cycles(edges) == []


@pytest.mark.xfail(strict=True, reason=QUEUE23)
def test_no_room_circle(edges):
    assert cycles(room_graph(edges)) == []


# ------------------------------------------------------------------------- layers


def _reporting_rank(module: str) -> int | None:
    for rank, layer in enumerate(REPORTING_LAYERS):
        if module in layer:
            return rank
    return None


def test_a_reporting_layer_never_imports_a_higher_one(edges):
    upward = [(m, t) for m in REPORTING for t in edges.get(m, ())
              if _reporting_rank(t) is not None and _reporting_rank(t) > _reporting_rank(m)]
    assert upward == []
    consumers = {"simloss_tune.render", "simloss_tune.plots", "simloss_tune.export",
                 "simloss_tune.publish", "simloss_tune.commands", "simloss_tune.cli"}
    assert edges["simloss_tune.records"] & (consumers | {"simloss_tune.report"}) == set()
    assert edges["simloss_tune.report"] & consumers == set()
    # the consumers read the typed report; render and plots nothing below it but metrics
    assert edges["simloss_tune.render"] <= {"simloss_tune.report", "simloss_tune.metrics",
                                             "simloss_tune._util"}
    assert edges["simloss_tune.plots"] <= {"simloss_tune.report", "simloss_tune.metrics",
                                            "simloss_tune._util"}


def test_the_running_side_never_imports_the_reporting_side(edges):
    running = [m for m in edges if room(m) in RUNNING_ROOMS]
    assert "simloss_tune.studies.worker" in running
    assert [(m, t) for m in running for t in edges[m] if t in REPORTING] == []


def test_no_module_imports_the_command_layer(edges):
    """commands and cli are the top: only the CLI's handler table names commands (by string)."""
    assert [(m, t) for m, ts in edges.items() for t in ts
            if t in ("simloss_tune.commands", "simloss_tune.cli")] == []


@pytest.mark.xfail(strict=True, reason=QUEUE23)
def test_records_never_imports_the_studies(edges):
    assert {t for t in edges["simloss_tune.records"] if room(t) == "simloss_tune.studies"} == set()
