"""The chosen similarity matrix and its config, for training with SimLoss elsewhere; and the
`matrix` command that builds a matrix from scratch.

`simloss-tune export --study NAME --out DIR` takes, per objective metric, the value the report
chose (`simloss_tune.report.Objective`: the best validation mean) and writes into
DIR/<metric>/, for any number of objectives (NAME:<metric> exports that one only):

* `config.json`: task, parameter, value, class_names, num_classes, metric, direction, metrics
  ({"val": {metric: mean}, "test": {...}} at that value), p_value / p_holm / mark / diff_mean /
  diff_ci (test split, objective metric, against the baseline; null without baseline runs),
  n, n_pairs, baseline, study, study_file, date (ISO 8601, UTC), matrix ("matrix.npy"),
  matrix_sha256 (of the bytes of matrix.npy), matrix_csv ("matrix.csv"), warnings.
* `matrix.npy` (float32) and `matrix.csv`, each with a `<file>.json` sidecar of metadata
  (`simloss_tune.matrices.save_matrix`). `SimLoss.from_export(DIR/<metric>)` reads it back.

The matrix: parameter r -> `class_order(len(class_names), r)`; parameter l ->
`lower_bound(similarity_source, l)`, where the runs study's user attribute `similarity_source`
is the raw class similarity (a nested list, as the worker stores it, or the path of a matrix
file saved with `save_matrix`).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._util import check_out_folder, read_user_text
from .records import (
    SPLITS,
    STUDY_VARIANT,
    StudyRecords,
    load_records,
    open_storage,
    study_metrics,
)
from .report import Comparison, Report, build_report

CONFIG_NAME = "config.json"
MATRIX_NAME = "matrix.npy"
MATRIX_CSV_NAME = "matrix.csv"


@dataclass
class ExportPlan:
    """One export, computed and checked before anything is written."""

    folder: Path
    config: dict[str, Any]
    matrix: Any  # torch.Tensor (C, C) float32, validated
    metadata: dict[str, Any] = field(default_factory=dict)


def plan_exports(records: StudyRecords, report: Report, out_dir: str | Path, *,
                 date: str | None = None) -> list[ExportPlan]:
    """The exports of a study (`report` is the report of `records`): one per objective
    metric, always into DIR/<metric>/ (one layout for any number of objectives, so
    `from_export("DIR/<metric>/config.json")` works whatever the study declares)."""
    out_dir = Path(out_dir)
    date = date or datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    plans = []
    for objective in report.objectives:
        metric, value = objective.metric, objective.value
        if value is None:
            raise ValueError(f"study {records.study!r}: no completed run has a validation "
                             f"{metric}; nothing to export")
        class_names, warnings = _class_names(records)
        variant = _variant(records, objective.variant)
        matrix = _variant_matrix(records, variant, value, len(class_names))
        row = report.row(value, objective.variant)
        parameter = records.parameter if variant is None else variant["parameter"]
        if not report.baseline_present:
            warnings.append("no completed baseline runs: p_value is null")
        elif objective.is_baseline:
            warnings.append("the baseline itself has the best validation mean: the matrix is "
                            "plain cross entropy")
        config = {
            "task": records.task,
            "parameter": parameter,
            "value": value,
            # which loss the matrix is for (`loss_from_export`) and the chosen variant:
            # "simloss" for both in a study without [[variants]]
            "loss": "simloss" if variant is None else variant["loss"],
            "variant": STUDY_VARIANT if variant is None else variant["name"],
            "class_names": class_names,
            "num_classes": len(class_names),
            "metric": metric,
            "direction": objective.direction,
            "metrics": {split: {name: cell.mean for name, cell in row.cells(split).items()}
                        for split in SPLITS},
            **_test_result(objective.comparison),
            "n": objective.n,
            "n_pairs": objective.comparison.n_pairs,
            "baseline": report.baseline,
            "study": f"{records.study}:{metric}",
            "study_file": records.study,
            "date": date,
            "matrix": MATRIX_NAME,
            "matrix_sha256": None,  # filled in from the file's bytes when written
            "matrix_csv": MATRIX_CSV_NAME,
            "warnings": warnings,
        }
        metadata = {"class_names": class_names, "task": records.task,
                    "parameter": parameter, "value": value,
                    "builder": _builder(variant, parameter),
                    "study": config["study"]}
        folder = out_dir / metric
        plans.append(ExportPlan(folder, config, matrix, metadata))
    return plans


def _test_result(c: Comparison) -> dict[str, Any]:
    """config.json's test result of the objective against the baseline."""
    return {"p_value": c.p_value, "p_holm": c.p_holm, "mark": c.mark,
            "diff_mean": c.diff_mean, "diff_ci": None if c.diff_ci is None else list(c.diff_ci)}


def _class_names(records: StudyRecords) -> tuple[list[str], list[str]]:
    if records.class_names:
        return list(records.class_names), []
    sizes = {len(r.mean_distribution) for r in records.runs if r.mean_distribution}
    if len(sizes) == 1:
        size = sizes.pop()
        return [str(i) for i in range(size)], [
            "the study records no class_names; classes are named 0..C-1 from the length of "
            "the runs' mean_distribution"]
    raise ValueError(f"study {records.study!r} records neither class_names nor "
                     "mean_distribution; the number of classes is unknown")


def _variant(records: StudyRecords, name: str | None) -> dict | None:
    """The chosen variant's description (`records.variants`), None without variants."""
    if name is None or not records.variants:
        return None
    return next(v for v in records.variants if v["name"] == name)


def _builder(variant: dict | None, parameter: str) -> str:
    if variant is not None and variant["source"] == "uniform":
        return "uniform_similarity"
    return "class_order" if parameter == "r" else "lower_bound"


def _variant_matrix(records: StudyRecords, variant: dict | None, value: float,
                    num_classes: int) -> Any:
    """The matrix the chosen variant trained on at `value`: the study's own source, the
    uniform source, or the variant's raw similarity stored at `init` (variant_sources)."""
    if variant is None or variant["source"] == "study":
        return build_study_matrix(records, value, num_classes)
    import torch

    from .matrices import lower_bound, uniform_similarity, validate_similarity

    if variant["source"] == "uniform":
        return validate_similarity(uniform_similarity(num_classes, value),
                                   num_classes=num_classes).to(torch.float32)
    raw = (records.variant_sources or {}).get(variant["name"])
    if raw is None:
        raise ValueError(f"study {records.study!r}: variant {variant['name']!r} has no "
                         "stored similarity (user attribute 'variant_sources'); run `init` "
                         "with its study file again")
    matrix = lower_bound(torch.as_tensor(raw, dtype=torch.float64), value)
    return validate_similarity(matrix, num_classes=num_classes).to(torch.float32)


def build_study_matrix(records: StudyRecords, value: float, num_classes: int) -> Any:
    """The SimLoss matrix of a study at `value` (see the module docstring)."""
    from .matrices import class_order, load_matrix, lower_bound, validate_similarity

    if records.parameter == "r":
        return class_order(num_classes, value)
    if records.parameter != "l":
        raise ValueError(f"study {records.study!r}: parameter {records.parameter!r} is not "
                         "'r' or 'l'")
    source = records.similarity_source
    if source is None:
        raise ValueError(f"study {records.study!r} (parameter l) has no user attribute "
                         "'similarity_source' (the raw class similarity, stored by the worker "
                         "when it loads the data); run a worker on it first, or set it to the "
                         "path of a matrix saved with `simloss-tune matrix`")
    if isinstance(source, str):
        raw, _ = load_matrix(source)
    else:
        raw = source
    matrix = validate_similarity(lower_bound(raw, value), num_classes=num_classes)
    return matrix


def write_export(plan: ExportPlan) -> list[Path]:
    """Write one planned export: matrix.npy, matrix.csv (with sidecars), then config.json."""
    from .matrices import save_matrix, sidecar_path

    plan.folder.mkdir(parents=True, exist_ok=True)
    npy = save_matrix(plan.folder / MATRIX_NAME, plan.matrix, plan.metadata)
    csv = save_matrix(plan.folder / MATRIX_CSV_NAME, plan.matrix, plan.metadata)
    config = dict(plan.config, matrix_sha256=hashlib.sha256(npy.read_bytes()).hexdigest())
    path = plan.folder / CONFIG_NAME
    path.write_text(json.dumps(config, indent=2, allow_nan=False) + "\n")
    return [path, npy, csv, sidecar_path(npy), sidecar_path(csv)]


def export_study(storage: Any, study_name: str, out_dir: str | Path, *,
                 baseline: float | None = None) -> list[Path]:
    """Export a study (NAME, NAME:runs or NAME:<metric>) into `out_dir`; returns the config
    files written. Everything is computed and checked before the first write."""
    storage = open_storage(storage)
    records = load_records(storage, study_name)
    report = build_report(records, study_metrics(records), baseline=baseline)
    plans = plan_exports(records, report, out_dir)
    written = []
    for plan in plans:
        written.append(write_export(plan)[0])
    return written


def command_export(args: Any) -> int:
    """`simloss-tune export --study NAME --out DIR`."""
    check_out_folder(args.out)
    for path in export_study(args.storage, args.study, args.out):
        config = json.loads(path.read_text())
        p = config["p_value"]
        variant = config["variant"]
        variant = "" if variant == STUDY_VARIANT else f"variant {variant}, "
        print(f"{config['metric']}: {variant}{config['parameter']} = {config['value']:g} "
              f"(test {config['metric']} {config['metrics']['test'][config['metric']]:.4g}, "
              f"p = {'n/a' if p is None else f'{p:.3g}'}, n = {config['n']}) -> {path}")
        for w in config["warnings"]:
            print(f"simloss-tune export: warning: {w}", file=sys.stderr)
    return 0


# ------------------------------------------------------------------------------ matrix command


def _unit(flag: str, value: float | None) -> float:
    import math

    if value is None or math.isnan(value) or not 0.0 <= value < 1.0:
        raise ValueError(f"{flag} {value!r} must be in [0, 1)")
    return float(value)


# The largest matrix `matrix` builds: C x C float32, 400 MB at 10,000 classes.
MAX_MATRIX_CLASSES = 10_000


def _read_classes(path: str, *, tokens: bool) -> list[Any]:
    """Class names, one per line (blank lines and lines starting with '#' skipped); with
    `tokens`, integer lines become ints (hierarchy node ids, as in the edges file)."""
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"--classes file not found: {file}")
    names = [line.strip() for line in read_user_text(file, "--classes file").splitlines()]
    names = [n for n in names if n and not n.startswith("#")]
    if not names:
        raise ValueError(f"--classes file {file} lists no class")
    if len(names) > MAX_MATRIX_CLASSES:
        raise ValueError(f"--classes file {file} lists {len(names)} classes; at most "
                         f"{MAX_MATRIX_CLASSES}")
    seen: set[str] = set()
    for name in names:  # linear: a long file must not take quadratic time
        if name in seen:
            raise ValueError(f"--classes file {file} lists {name!r} more than once")
        seen.add(name)
    return [_token(n) for n in names] if tokens else names


def _token(text: str) -> int | str:
    """A hierarchy node as the edges file reads it: an integer id, else a name."""
    try:
        return int(text)
    except ValueError:
        return text


@dataclass(frozen=True)
class MatrixRequest:
    """Validated arguments of the `matrix` command."""

    mode: str  # "class-order", "vectors", "hierarchy"
    out: Path
    num_classes: int | None = None
    r: float | None = None
    source: str | None = None
    classes: str | None = None
    l: float | None = None  # noqa: E741
    multiword: str = "drop"


def parse_matrix_args(args: Any) -> MatrixRequest:
    """Check every flag of `matrix` (ValueError naming the flag and the allowed values)."""
    out = Path(args.out)
    if out.suffix.lower() not in (".npy", ".csv"):
        raise ValueError(f"--out {args.out!r} must end in .npy or .csv")
    if out.is_dir():
        raise ValueError(f"--out {args.out!r} is a folder; name a .npy or .csv file")
    check_out_folder(out.parent, "the folder of --out")
    multiword = getattr(args, "multiword", "drop") or "drop"
    if args.class_order:
        _refuse(args, ("classes", "l"), "--class-order")
        if multiword != "drop":
            raise ValueError("--multiword is only used with --vectors")
        if args.num_classes is None:
            raise ValueError("--class-order needs --num-classes C (an integer >= 1)")
        if not 1 <= args.num_classes <= MAX_MATRIX_CLASSES:
            raise ValueError(f"--num-classes {args.num_classes} must be an integer from 1 to "
                             f"{MAX_MATRIX_CLASSES}")
        if args.r is None:
            raise ValueError("--class-order needs --r R, a reduction factor in [0, 1)")
        return MatrixRequest("class-order", out, num_classes=args.num_classes,
                             r=_unit("--r", args.r))
    mode = "vectors" if args.vectors else "hierarchy"
    flag = f"--{mode}"
    _refuse(args, ("num_classes", "r"), flag)
    if mode == "hierarchy" and multiword != "drop":
        raise ValueError("--multiword is only used with --vectors")
    if not args.classes:
        raise ValueError(f"{flag} needs --classes FILE (class names, one per line)")
    if args.l is None:
        raise ValueError(f"{flag} needs --l L, a lower bound in [0, 1)")
    source = args.vectors or args.hierarchy
    if not Path(source).is_file():
        raise FileNotFoundError(f"{flag} file not found: {source}")
    if not Path(args.classes).is_file():
        raise FileNotFoundError(f"--classes file not found: {args.classes}")
    return MatrixRequest(mode, out, source=source, classes=args.classes,
                         l=_unit("--l", args.l), multiword=multiword)


def _refuse(args: Any, names: tuple[str, ...], mode: str) -> None:
    for name in names:
        if getattr(args, name, None) is not None:
            raise ValueError(f"--{name.replace('_', '-')} is not used with {mode}")


def build_matrix(req: MatrixRequest) -> tuple[Any, dict[str, Any], list[str]]:
    """(S, metadata, notes) for a validated request; nothing is written."""
    from . import matrices

    if req.mode == "class-order":
        s = matrices.class_order(req.num_classes, req.r)
        return s, {"builder": "class_order", "r": req.r, "num_classes": req.num_classes}, []
    if req.mode == "vectors":
        names = _read_classes(req.classes, tokens=False)
        result = matrices.from_word_vectors(names, req.source, multiword=req.multiword)
        kept = [names[i] for i in result.kept]
        notes = []
        if result.dropped:
            notes.append(f"dropped {len(result.dropped)} class(es) without a word vector: "
                         f"{', '.join(result.dropped)}; the matrix covers the other "
                         f"{len(kept)} (class_names in the sidecar)")
        meta = {"builder": "word_vectors", "l": req.l, "vectors": str(req.source),
                "multiword": req.multiword, "class_names": kept, "dropped": result.dropped}
        return matrices.lower_bound(result.similarity, req.l), meta, notes
    leaves = _read_classes(req.classes, tokens=True)
    raw = matrices.from_hierarchy(req.source, leaves)
    meta = {"builder": "hierarchy", "similarity": "wu-palmer", "l": req.l,
            "hierarchy": str(req.source), "class_names": [str(x) for x in leaves]}
    return matrices.lower_bound(raw, req.l), meta, []


def command_matrix(args: Any) -> int:
    """`simloss-tune matrix`: build, validate, then save (.npy or .csv plus a .json sidecar)."""
    from .matrices import save_matrix, sidecar_path, trusting_pickles

    req = parse_matrix_args(args)
    with trusting_pickles(getattr(args, "trust_pickles", False)):
        s, meta, notes = build_matrix(req)
    path = save_matrix(req.out, s, meta)
    for note in notes:
        print(f"simloss-tune matrix: {note}", file=sys.stderr)
    size = s.shape[0]
    print(f"wrote {path} ({size} x {size}) and {sidecar_path(path)}")
    return 0
