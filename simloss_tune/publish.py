"""The `report` command: build every report first, then print or write it, then post it.

`command_report` (the CLI handler) and `write_report` (for `run` and `quickstart`) read a
study's records (`simloss_tune.records`), build its `Report` (`simloss_tune.report`), render
it (`simloss_tune.render`), draw its plots (`simloss_tune.plots`) and post the markdown and the
plots to the dashboard (`post_to_dashboard`, into `default_artifact_dir`).
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ._util import check_out_folder, mask_secrets
from .records import StudyRecords, load_records, open_storage, runs_studies, study_metrics
from .render import EXTENSIONS, FORMATS, render, render_md
from .report import Report, build_report


def default_artifact_dir(storage_url: str) -> Path:
    """Where report plots go for the dashboard: `<db path>.artifacts/` next to an SQLite
    database, else `./simloss-artifacts`. The `dashboard` command passes the same folder."""
    import sqlalchemy as sa

    try:
        url = sa.engine.make_url(storage_url)
    except sa.exc.ArgumentError:
        return Path("simloss-artifacts")
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database + ".artifacts")
    return Path("simloss-artifacts")


def post_to_dashboard(storage: Any, records: StudyRecords, markdown: str,
                      files: Sequence[Path], artifact_dir: Path) -> int:
    """Save `markdown` as the note of every study of the study file and upload `files` as
    study artifacts (skipping a file already uploaded with identical content). Returns the
    number of files uploaded."""
    import optuna
    from optuna.artifacts import FileSystemArtifactStore, get_all_artifact_meta
    from optuna_dashboard import save_note

    artifact_dir = Path(artifact_dir)
    artifact_dir.mkdir(parents=True, exist_ok=True)
    store = FileSystemArtifactStore(str(artifact_dir))
    storage = open_storage(storage)
    uploaded = 0
    for name in records.optuna_studies or [records.runs_study]:
        study = optuna.load_study(study_name=name, storage=storage)
        save_note(study, markdown)
        existing = get_all_artifact_meta(study)
        for f in files:
            data = Path(f).read_bytes()
            if any(m.filename == Path(f).name and _artifact_bytes(store, m.artifact_id) == data
                   for m in existing):
                continue
            optuna.artifacts.upload_artifact(study_or_trial=study, file_path=str(f),
                                             artifact_store=store)
            uploaded += 1
    return uploaded


def _artifact_bytes(store: Any, artifact_id: str) -> bytes | None:
    try:
        with store.open_reader(artifact_id) as fh:
            return fh.read()
    except Exception:  # noqa: BLE001 - a missing artifact file simply means "not identical"
        return None


# --------------------------------------------------------------------------- command


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


def command_report(args: Any) -> int:
    """`simloss-tune report`: compute everything first, then print or write, then post."""
    if args.out:
        check_out_folder(args.out)
    storage = open_storage(args.storage)
    study = getattr(args, "study", None)
    if study:
        names = [study]
    else:
        names = runs_studies(storage, args.task)
        if not names:
            import optuna

            existing = sorted(optuna.get_all_study_names(storage))
            raise ValueError(f"no study of task {args.task!r} in the database; existing "
                             f"studies: {', '.join(existing) or '(none)'}")
    items = _prepare(storage, names, args.baseline)
    _publish(args.storage, storage, items, out=Path(args.out) if args.out else None,
             fmt=args.format, single=bool(study), dashboard=not args.no_dashboard)
    for _, report in items:
        for w in report.warnings:
            print(f"simloss-tune report: {report.study}: warning: {mask_secrets(w)}",
                  file=sys.stderr)
    return 0


def write_report(storage: Any, study_name: str, out_dir: str | Path, *,
                 baseline: float | None = None, dashboard: bool = True) -> str:
    """Write every format and the plots of one study into `out_dir` (and post them to the
    dashboard); returns the markdown report. For `simloss-tune run` and `quickstart`."""
    url = storage if isinstance(storage, str) else getattr(storage, "url", "")
    storage = open_storage(storage)
    items = _prepare(storage, [study_name], baseline)
    _publish(url, storage, items, out=Path(out_dir), fmt="md", single=True,
             dashboard=dashboard)
    return render_md(items[0][1])


def _prepare(storage: Any, names: Sequence[str], baseline: float | None
             ) -> list[tuple[StudyRecords, Report]]:
    """Records and report per study (one without a completed run shows its failures)."""
    items = []
    for name in names:
        records = load_records(storage, name)
        items.append((records, build_report(records, study_metrics(records),
                                            baseline=baseline)))
    return items


def _publish(url: str, storage: Any, items: Sequence[tuple[StudyRecords, Report]], *,
             out: Path | None, fmt: str, single: bool, dashboard: bool) -> None:
    """Plots (in a temporary folder), then stdout or `out`, then the dashboard."""
    with tempfile.TemporaryDirectory(prefix="simloss-report-") as tmp:
        plots: dict[str, list[Path]] = {}
        if out is not None or dashboard or fmt == "html":
            from .plots import plot_report

            for records, report in items:
                plots[report.study] = plot_report(report, Path(tmp) / _safe_name(
                    records.study))
        if out is None:
            sys.stdout.write(render(fmt, [r for _, r in items], single=single, plots=plots))
        else:
            _write_out(out, items, plots, single)
        if dashboard:
            artifact_dir = default_artifact_dir(url)
            for records, report in items:
                n = post_to_dashboard(storage, records, render_md(report),
                                      plots.get(report.study, []), artifact_dir)
                print(f"simloss-tune report: posted the report of {records.study} to the "
                      f"dashboard (note, {n} new plot file(s) in {artifact_dir})",
                      file=sys.stderr)


def _write_out(out: Path, items: Sequence[tuple[StudyRecords, Report]],
               plots: Mapping[str, Sequence[Path]], single: bool) -> None:
    """report.<ext> for every format and the plots, into `out` (one study) or
    `out/<study>/` (several)."""
    texts = []
    for records, report in items:
        folder = out if single else out / _safe_name(records.study)
        files = {f"report.{EXTENSIONS[fmt]}": render(fmt, [report], plots=plots, inline=False)
                 for fmt in FORMATS}
        texts.append((folder, files, plots.get(report.study, [])))
    for folder, files, plot_files in texts:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        for f in plot_files:
            shutil.copyfile(f, folder / Path(f).name)
        print(f"simloss-tune report: wrote {', '.join(files)} and {len(plot_files)} plot file(s) "
              f"to {folder}", file=sys.stderr)
