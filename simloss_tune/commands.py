"""Handlers of `init`, `worker`, `status`, `run`, `quickstart` and `dashboard`."""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from pathlib import Path

from ._util import check_out_folder, mask_secrets
from .database import check_url, open_storage, with_retries
from .matrices import trusting_pickles
from .shipped import shipped_studies, study_path
from .studies import queue, seedcheck
from .studies.spec import StudySpec, load_spec
from .studies.userfields import seed_warning
from .studies.worker import WorkerOptions, WorkerReport, run_worker

log = logging.getLogger(__name__)
QUICKSTART_SPEC = "quickstart-digits"


def _setup_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")
    logging.getLogger("optuna").setLevel(logging.WARNING)


def command_init(args: argparse.Namespace) -> int:
    _setup_logging()
    trust = bool(getattr(args, "trust_pickles", False))
    with trusting_pickles(trust):  # validate everything before touching the database
        spec = load_spec(study_path(args.spec))
    check_url(args.storage)
    result = queue.init_study(spec, args.storage, trust_pickles=trust)
    print(f"study {spec.name!r} in {mask_secrets(args.storage)}: {result.enqueued} run(s) "
          f"enqueued, {result.already} already there")
    for name in result.studies:
        print(f"  {name}")
    _retry_hint(args.storage, spec)
    _warn_seed(spec)
    return 0


def _retry_hint(url: str, spec: StudySpec) -> None:
    """Points that failed for good are not enqueued again by `init`: say how to."""
    failed = queue.progress(open_storage(url), spec).failed
    if failed:
        print(f"{failed} point(s) failed for good; after fixing the cause, `simloss-tune retry "
              f"--study {spec.name}` puts them back into the queue")


def _warn_seed(spec) -> None:
    """After a successful init only: a refused study file gets its one error line alone."""
    warning = seed_warning(spec)
    if warning:
        print(f"simloss-tune init: warning: {warning}", file=sys.stderr)


def _worker_options(args: argparse.Namespace, device: str) -> WorkerOptions:
    for flag in ("heartbeat_interval", "grace_period"):
        value = getattr(args, flag)
        if not 1 <= value <= 7 * 86400:  # also refuses nan and inf
            raise ValueError(f"--{flag.replace('_', '-')} {value} must be from 1 second to "
                             "7 days (604800)")
    if args.grace_period <= args.heartbeat_interval:
        raise ValueError(f"--grace-period {args.grace_period} must be longer than "
                         f"--heartbeat-interval {args.heartbeat_interval}")
    if args.max_trials is not None and args.max_trials < 1:
        raise ValueError(f"--max-trials {args.max_trials} must be at least 1")
    if args.batch_runs is not None and args.batch_runs < 1:
        raise ValueError(f"--batch-runs {args.batch_runs} must be at least 1")
    if args.stop_after_failures < 0:
        raise ValueError(f"--stop-after-failures {args.stop_after_failures} must be 0 (never) "
                         "or more")
    if args.threads is not None and args.threads < 1:
        raise ValueError(f"--threads {args.threads} must be at least 1")
    return WorkerOptions(device=device, study=args.study, max_trials=args.max_trials,
                         batch_runs=args.batch_runs, threads=args.threads,
                         heartbeat_interval=int(args.heartbeat_interval),
                         grace_period=int(args.grace_period),
                         stop_after_failures=args.stop_after_failures, progress=True)


def command_worker(args: argparse.Namespace) -> int:
    _setup_logging()
    check_url(args.storage)
    if args.gpus == "all":
        return _one_worker_per_gpu(args)
    report = run_worker(args.storage, _worker_options(args, args.device))
    print(f"worker done: {report.completed} run(s) completed, {report.failed} failed"
          + (f", {report.lost} discarded (taken over)" if report.lost else "")
          + (f", {report.reused} reused from a retried proposal" if report.reused else ""))
    return _failure_summary(report)


def _failure_summary(report: WorkerReport) -> int:
    """Say what failed for good or stopped early; the exit status for schedulers (0 or 1)."""
    if report.failed_for_good:
        print(f"{report.failed_for_good} point(s) failed for good (no try left); fix the cause "
              "and run `simloss-tune retry` to train them again", file=sys.stderr)
    for name in sorted(report.stopped):
        print(f"stopped study {name!r} early: the same failure on every point tried, before "
              "any run completed (reason above)", file=sys.stderr)
    return report.exit_code


def _one_worker_per_gpu(args: argparse.Namespace) -> int:
    import torch

    count = torch.cuda.device_count()
    if count == 0:
        raise ValueError("--gpus all: no CUDA device is visible; use --device cpu")
    from .database import is_sqlite

    if is_sqlite(args.storage) and count > 1:
        raise ValueError(f"--gpus all would start {count} workers on one SQLite file, which "
                         "supports one worker; use PostgreSQL for several workers")
    _worker_options(args, "cuda:0")  # validate before starting anything
    # The URL (and its password) goes through the environment: a command line is
    # readable by every user of the machine (ps, /proc/*/cmdline).
    env = {**os.environ, "SIMLOSS_STORAGE": args.storage}
    base = [sys.executable, "-m", "simloss_tune.cli", "worker",
            "--heartbeat-interval", str(args.heartbeat_interval),
            "--grace-period", str(args.grace_period)]
    for flag in ("study", "max_trials", "batch_runs", "stop_after_failures", "threads"):
        if getattr(args, flag) is not None:
            base += [f"--{flag.replace('_', '-')}", str(getattr(args, flag))]
    procs = [subprocess.Popen([*base, "--device", f"cuda:{i}"], env=env) for i in range(count)]
    print(f"started {count} workers, one per GPU")
    codes = [p.wait() for p in procs]
    return max(codes)


def command_status(args: argparse.Namespace) -> int:
    _setup_logging()
    storage = open_storage(args.storage)
    specs = queue.study_specs(storage)
    pending = queue.study_specs(storage, pending=True)
    for spec in pending:
        print(f"{spec.name:24} init incomplete (interrupted?): run `simloss-tune init` with "
              "its study file again")
    if not specs:
        if not pending:
            print(f"no studies in {mask_secrets(args.storage)}")
        return 0
    print(f"{'study':24} {'done':>6} {'running':>8} {'failed':>7} {'waiting':>8} "
          f"{'retried':>8} {'eliminated':>10}  time left")
    for spec in specs:
        p = queue.progress(storage, spec)
        eta = p.eta_seconds()
        left = "-" if eta is None else _duration(eta)
        if p.waiting + p.running == 0:
            left = "finished"
        eliminated = "-" if spec.racing is None else (
            f"{p.eliminated}" + (f" ({p.skipped} runs skipped)" if p.skipped else ""))
        print(f"{spec.name:24} {p.done:>6} {p.running:>8} {p.failed:>7} {p.waiting:>8} "
              f"{p.retried:>8} {eliminated:>10}  {left}")
    for spec in specs:
        for note in seedcheck.status_notes(storage, spec):
            print(mask_secrets(note))
    return 0


def command_repair(args: argparse.Namespace) -> int:
    _setup_logging()
    storage = open_storage(args.storage)
    specs = [queue.find_spec(storage, args.study)] if args.study else queue.study_specs(storage)
    for spec in specs:
        removed = with_retries(lambda s=spec: queue.repair_derived(storage, s),
                               what="repairing derived studies")
        found = [f"{name}: {n} duplicate(s) removed" for name, n in removed.items() if n]
        print(f"{spec.name}: {'; '.join(found) if found else 'no duplicates'}")
    return 0


def command_retry(args: argparse.Namespace) -> int:
    from .studies.queue.requeue import requeue_failed

    _setup_logging()
    storage = open_storage(args.storage)
    specs = [queue.find_spec(storage, args.study)] if args.study else queue.study_specs(storage)
    for spec in specs:
        done = with_retries(lambda s=spec: requeue_failed(storage, s, args.storage,
                                                          value=args.value,
                                                          variant=args.variant),
                            what="re-queuing failed points")
        if not done:
            print(f"{spec.name}: nothing to re-queue (no point failed for good)")
            continue
        what = "proposal(s)" if spec.grid is None else "point(s)"
        print(f"{spec.name}: re-queued {len(done)} {what} with a fresh retry budget (the "
              "failed tries stay as history):")
        for r in done:
            seed = "" if r.seed is None else f" seed={r.seed}"
            variant = "" if r.variant is None else f"variant={r.variant} "
            print(f"  {variant}{spec.parameter}={r.value:g}{seed} (last failed try: trial "
                  f"{r.from_trial})")
    return 0


def _duration(seconds: float) -> str:
    minutes, sec = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{sec:02d}s"


def run_study(spec_path: str | Path, storage: str, device: str, out: str | None,
              trust_pickles: bool = False) -> int:
    """init + one local worker + the report and export: the one-command path."""
    _setup_logging()
    with trusting_pickles(trust_pickles):
        spec = load_spec(study_path(spec_path))
    check_url(storage)
    out_dir = Path(out or f"report-{spec.name}")
    check_out_folder(out_dir)  # before any training: a report with nowhere to go is lost
    result = queue.init_study(spec, storage, trust_pickles=trust_pickles)
    print(f"study {spec.name!r}: {result.enqueued} run(s) enqueued, {result.already} already "
          "there")
    _warn_seed(spec)
    report = run_worker(storage, WorkerOptions(device=device, study=spec.name,
                                               progress=True))
    print(f"trained {report.completed} run(s), {report.failed} failed")
    code = _failure_summary(report)
    from .export import export_study
    from .publish import write_report

    try:
        text = write_report(storage, spec.name, out_dir)
        print(text)
        exported = export_study(storage, spec.name, out_dir / "export")
    except ValueError as exc:
        if not code:
            raise
        print(f"no export: {mask_secrets(str(exc))}", file=sys.stderr)  # the runs failed
        return code
    for path in exported:
        print(f"exported {path}")
    print(f"report and plots in {out_dir}/; watch the study with "
          f"`simloss-tune dashboard --storage {mask_secrets(storage)}`")
    return code


def command_run(args: argparse.Namespace) -> int:
    return run_study(args.spec, args.storage, args.device, args.out,
                     bool(getattr(args, "trust_pickles", False)))


def quickstart_spec() -> Path:
    """The shipped quickstart study (a copy of studies/quickstart-digits.toml)."""
    return shipped_studies()[QUICKSTART_SPEC]


def command_quickstart(args: argparse.Namespace) -> int:
    return run_study(quickstart_spec(), args.storage, args.device, args.out)


def exposure_warning(host: str) -> str | None:
    """The dashboard has no authentication: say so when it listens beyond this machine."""
    if host in ("127.0.0.1", "localhost", "::1"):
        return None
    return (f"warning: binding the dashboard to {host}: it has no authentication, and anyone "
            "who reaches it can read and delete studies; prefer an SSH tunnel to 127.0.0.1")


def command_dashboard(args: argparse.Namespace) -> int:
    import optuna_dashboard
    from optuna.artifacts import FileSystemArtifactStore

    from .publish import default_artifact_dir

    storage = open_storage(args.storage)
    warning = exposure_warning(args.host)
    if warning:
        print(warning, file=sys.stderr)
    artifact_dir = Path(args.artifact_dir or default_artifact_dir(args.storage))
    artifact_dir.mkdir(parents=True, exist_ok=True)
    print(f"optuna-dashboard for {mask_secrets(args.storage)} on http://{args.host}:{args.port}/")
    optuna_dashboard.run_server(storage, host=args.host, port=args.port,
                                artifact_store=FileSystemArtifactStore(str(artifact_dir)))
    return 0
