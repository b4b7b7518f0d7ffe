"""The studies layer's layout (issue #23): data flows one way, Optuna's private internals live
in one module, and a run trial's attributes have one writer and one reader."""

from __future__ import annotations

import ast
import math
from pathlib import Path

import optuna
from optuna.distributions import FloatDistribution, IntDistribution
from optuna.trial import TrialState

from simloss_tune.runschema import RunRecord, read_run, write_run
from simloss_tune.train import RunResult

PACKAGE = Path(__file__).parent.parent / "simloss_tune"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Modules of the package that `path` imports, lazily too (not under TYPE_CHECKING):
    `from P import m` imports the module P.m when there is one, else P."""
    tree = ast.parse(path.read_text())
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
               and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    here = _module(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.update(f"{name}.{a.name}" if f"{name}.{a.name}" in modules else name
                         for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m.startswith("simloss_tune")}


def _graph() -> dict[str, set[str]]:
    files = {_module(p): p for p in PACKAGE.rglob("*.py")}
    return {m: {i for i in _imports(p, set(files)) if i in files and i != m}
            for m, p in files.items()}


def test_trainers_and_records_never_import_the_studies_layer():
    reaching_up = {(m, i) for m, deps in _graph().items() for i in deps
                   if m.startswith(("simloss_tune.trainers", "simloss_tune.records",
                                    "simloss_tune.database", "simloss_tune.runschema"))
                   and i.startswith("simloss_tune.studies")}
    assert reaching_up == set()


def test_no_import_circle_through_the_studies_or_trainers_modules():
    graph = _graph()

    def reaches_itself(start: str) -> bool:
        todo, seen = list(graph[start]), set()
        while todo:
            m = todo.pop()
            if m == start:
                return True
            if m not in seen:
                seen.add(m)
                todo.extend(graph.get(m, ()))
        return False

    assert [m for m in sorted(graph) if (".studies" in m or ".trainers" in m)
            and reaches_itself(m)] == []


def test_optunas_private_internals_are_used_in_one_module():
    private = ("_rdb", "_get_prepared_new_trial", "_get_stale_trial_ids", "models.TrialModel")
    users = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
             if any(name in p.read_text() for name in private)}
    assert users == {"studies/queue/rows.py"}


def test_a_run_trial_reads_back_as_it_was_written():
    result = RunResult(task="digits", parameter="r", value=0.3, seed=2, epochs=4, best_epoch=3,
                       val={"mae": 0.5, "accuracy": 0.8}, test={"mae": 0.6}, seconds=1.23456,
                       device="cpu", mean_distribution=[0.25, 0.75], error=None,
                       curves={"epoch": [1, 2], "mae": [0.9, math.nan]})
    trial = optuna.trial.create_trial(
        state=TrialState.COMPLETE, value=0.5, params={"r": 0.3, "seed": 2},
        distributions={"r": FloatDistribution(0.0, 1.0), "seed": IntDistribution(0, 9)},
        user_attrs=write_run(result))
    assert read_run(trial, "r") == RunRecord(
        number=trial.number, state="COMPLETE", value=0.3, seed=2,
        val={"mae": 0.5, "accuracy": 0.8}, test={"mae": 0.6}, seconds=1.235, device="cpu",
        epochs=4, best_epoch=3, mean_distribution=[0.25, 0.75],
        curves={"epoch": [1, 2], "mae": [0.9, math.nan]}, error=None)
    assert read_run(optuna.trial.create_trial(state=TrialState.WAITING), "r") is None
