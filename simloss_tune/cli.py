"""The `simloss-tune` command line.

Every subcommand's flags are declared here; the work is done by a handler
`command_<name>(args) -> int` in the module that owns the concern, imported
lazily so `simloss-tune --help` stays fast.

Bad input is reported as one line on stderr with exit status 2: the library
raises `ValueError` or `FileNotFoundError` with a message that names the bad
value and what is allowed. `--debug` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from . import __version__
from ._util import mask_secrets

DEFAULT_STORAGE_ENV = "SIMLOSS_STORAGE"
DEFAULT_STORAGE = "sqlite:///simloss.db"

# subcommand -> (module, handler)
_HANDLERS = {
    "train": ("simloss_tune.train", "command_train"),
    "init": ("simloss_tune.commands", "command_init"),
    "worker": ("simloss_tune.commands", "command_worker"),
    "status": ("simloss_tune.commands", "command_status"),
    "repair": ("simloss_tune.commands", "command_repair"),
    "retry": ("simloss_tune.commands", "command_retry"),
    "run": ("simloss_tune.commands", "command_run"),
    "quickstart": ("simloss_tune.commands", "command_quickstart"),
    "dashboard": ("simloss_tune.commands", "command_dashboard"),
    "report": ("simloss_tune.publish", "command_report"),
    "export": ("simloss_tune.export", "command_export"),
    "matrix": ("simloss_tune.export", "command_matrix"),
}


def _storage_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--storage",
        default=os.environ.get(DEFAULT_STORAGE_ENV, DEFAULT_STORAGE),
        help=f"SQLAlchemy URL of the study database (default: ${DEFAULT_STORAGE_ENV} or "
        f"{DEFAULT_STORAGE}); e.g. postgresql://user:pass@host/db",
    )


def _trust_flag(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--trust-pickles", action="store_true",
                   help=f"allow word vectors in a pickle-based format (gensim .kv) {what}: "
                        "loading a pickle can run any code, so trusted files only")


def _device_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--device", default="auto", help="cpu, cuda, cuda:N or auto (default)")


def _training_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-epochs", type=int, help="cap on epochs (default: the task's)")
    p.add_argument("--patience", type=int, help="early-stopping patience (default: the task's)")
    p.add_argument("--batch-size", type=int, help="batch size (default 1024)")
    p.add_argument("--lr", type=float, help="Adam learning rate (default 1e-3)")
    p.add_argument("--limit", type=int, help="use only the first N images of each split")
    p.add_argument("--split-seed", type=int, help="seed of the train/val/test split (default 0)")
    p.add_argument("--bf16", action="store_true", help="bf16 autocast (CUDA only)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="simloss-tune",
        description="Tune the class-similarity matrix of SimLoss: studies in a SQL database, "
        "workers on any number of GPUs, paper-style tables with paired significance tests.",
    )
    parser.add_argument("--version", action="version", version=f"simloss-tune {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("train", help="train one run and write its metrics as JSON")
    p.add_argument("--task", required=True, help="task name (utkface, afad, cifar100, digits, ...)")
    p.add_argument("--data-dir", help="dataset folder (not needed for digits)")
    p.add_argument("--value", type=float, required=True, help="r (ordinal tasks) or l")
    p.add_argument("--seed", type=int, default=0, help="run seed: initial weights, batch order")
    p.add_argument("--download", action="store_true", help="download the dataset if possible")
    p.add_argument("--json", dest="json_out", help="write the result to this file")
    _trust_flag(p, "for this run")
    _device_flag(p)
    _training_flags(p)
    p.add_argument("--threads", type=int, default=None,
                   help="torch CPU threads (default: torch's, one per core)")

    p = sub.add_parser("init", help="create the studies and the work queue of a study file")
    p.add_argument("spec", metavar="STUDY.toml")
    _storage_flag(p)
    _trust_flag(p, "for this study (stored on it: its workers load them too)")

    p = sub.add_parser("worker", help="claim grid points, train them, record them; exit when done")
    _storage_flag(p)
    p.add_argument("--study", help="only work on this study (default: every study with work)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--device", default="auto", help="cpu, cuda, cuda:N or auto (default)")
    g.add_argument("--gpus", choices=["all"], help="one worker process per visible GPU")
    p.add_argument("--max-trials", type=int, help="stop after this many runs")
    p.add_argument("--batch-runs", type=int, default=None,
                   help="train up to K grid points at once as one batched model "
                        "(default: 1 on CPU, 10 on CUDA)")
    p.add_argument("--threads", type=int, default=None,
                   help="torch CPU threads of this worker (default: 1 on the CPU, so that "
                        "one worker per core do not compete; torch's default on CUDA)")
    p.add_argument("--heartbeat-interval", type=float, default=60.0,
                   help="seconds between heartbeats of a running trial (default 60)")
    p.add_argument("--grace-period", type=float, default=300.0,
                   help="seconds without heartbeat before a trial counts as dead (default 300)")
    p.add_argument("--stop-after-failures", type=int, default=3, metavar="N",
                   help="stop claiming a study with no completed run once N different points "
                        "in a row failed with the same reason (default 3; 0: never)")

    p = sub.add_parser("status", help="done / running / failed / waiting per study, time left")
    _storage_flag(p)

    p = sub.add_parser("repair", help="remove duplicate copies of runs from the derived "
                       "studies (left by versions before 0.2), then copy what is missing")
    _storage_flag(p)
    p.add_argument("--study", default=None, help="only this study file (default: all)")

    p = sub.add_parser("retry", help="put the points that failed for good back into the "
                       "queue with a fresh retry budget (the failed tries stay as history)")
    _storage_flag(p)
    p.add_argument("--study", default=None, help="only this study file (default: all)")
    p.add_argument("--value", type=float, default=None,
                   help="only the points of this value of r or l")
    p.add_argument("--variant", default=None,
                   help="only the points of this variant ([[variants]]; \"simloss\": the "
                        "study's own settings)")

    p = sub.add_parser("run", help="init + one local worker + the report, in one command")
    p.add_argument("spec", metavar="STUDY.toml")
    _storage_flag(p)
    _device_flag(p)
    p.add_argument("--out", default=None, help="report folder (default: report-<study>)")
    _trust_flag(p, "for this study (as init --trust-pickles)")

    p = sub.add_parser("quickstart",
                       help="run studies/quickstart-digits.toml on SQLite here (~1 min CPU)")
    p.add_argument("--storage", default="sqlite:///quickstart.db",
                   help="study database (default: sqlite:///quickstart.db)")
    p.add_argument("--out", default="quickstart-out", help="report and export folder")
    _device_flag(p)

    p = sub.add_parser("dashboard", help="start optuna-dashboard on the study database")
    _storage_flag(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="bind address (default 127.0.0.1; the dashboard has no authentication)")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--artifact-dir", help="folder of report plots (default: next to the database)")

    p = sub.add_parser("report", help="the paper's tables with paired Wilcoxon tests")
    _storage_flag(p)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--task", help="report every study of this task")
    g.add_argument("--study", help="report this study")
    p.add_argument("--format", default="md", choices=["md", "latex", "csv", "html", "json"])
    p.add_argument("--out", help="write the report, its JSON and plots into this folder")
    p.add_argument("--baseline", type=float, help="baseline value (default: r=0 or l=0.99)")
    p.add_argument("--no-dashboard", action="store_true",
                   help="do not post the report to the dashboard (note and plots)")

    p = sub.add_parser("export", help="the chosen matrix and its config, for your own training")
    _storage_flag(p)
    p.add_argument("--study", required=True)
    p.add_argument("--out", required=True, help="output folder")

    p = sub.add_parser("matrix", help="build a similarity matrix and save it (.npy or .csv)")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--class-order", action="store_true", help="S[i,j] = r^|i-j|")
    g.add_argument("--vectors", help="word vectors (word2vec .bin/.txt/.vec, or gensim .kv "
                   "with --trust-pickles: a .kv file is a pickle)")
    g.add_argument("--hierarchy", help="is-a edges file: one 'parent child' pair per line")
    p.add_argument("--num-classes", type=int, help="with --class-order")
    p.add_argument("--r", type=float, help="with --class-order, in [0, 1)")
    p.add_argument("--classes", help="class names, one per line (--vectors, --hierarchy)")
    p.add_argument("--l", type=float, help="lower bound in [0, 1) (--vectors, --hierarchy)")
    p.add_argument("--multiword", default="drop", choices=["drop", "join", "mean"])
    p.add_argument("--out", required=True, help="output .npy or .csv")
    _trust_flag(p, "with --vectors")

    # `--debug` also after the subcommand; SUPPRESS keeps the top-level value when it is absent
    for p in sub.choices.values():
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                       help="show tracebacks on errors")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    module, name = _HANDLERS[args.command]
    _quiet_libraries()
    try:
        handler = getattr(importlib.import_module(module), name)
        return int(handler(args) or 0)
    except (ValueError, FileNotFoundError) as exc:
        if args.debug:
            raise
        print(f"simloss-tune {args.command}: error: {mask_secrets(str(exc))}", file=sys.stderr)
        return 2
    except OSError as exc:
        # A file the user named that cannot be read or written (a folder where a file was
        # expected, no permission, a full disk): one line naming it, not a traceback.
        if args.debug or exc.filename is None:
            raise
        print(f"simloss-tune {args.command}: error: {mask_secrets(str(exc.filename))}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"simloss-tune {args.command}: interrupted", file=sys.stderr)
        return 130


def _quiet_libraries() -> None:
    """Libraries that log at INFO (gensim: every vector file it reads) would print lines
    before our own one-line error; their warnings still show."""
    import logging

    for name in ("gensim", "smart_open"):
        logging.getLogger(name).setLevel(logging.WARNING)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
