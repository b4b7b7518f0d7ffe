"""Small helpers shared by several modules."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from typing import Any

# The host follows the LAST '@' of the authority: a raw '@' in a password is masked too.
_BEFORE_HOST = r"@(?=[^@\s'\"/]*(?:[/?\s'\"]|$))"
# `scheme://user:password@host`, also when mistyped: `scheme:/`, `scheme//`, no scheme.
_URL_PASSWORD = re.compile(r"(?P<scheme>(?:[a-zA-Z][a-zA-Z0-9+.\-]*:)?/*)(?P<user>[^:/@\s'\"]*):"
                           r"(?!//)(?P<pw>[^\s'\"]*)" + _BEFORE_HOST)  # (a scheme is no user)
_QUERY_PASSWORD = re.compile(  # (not an already masked one, which may be followed by ':')
    r"(?P<key>[?&]password=)(?!\*\*\*(?:[&\s'\":]|$))[^&\s'\"]*", re.IGNORECASE)
# What a URL that does not parse may hold after a ':' when it has no '@': a password.
_AFTER_COLON = re.compile(r"(?P<head>://[^/?#:]*:)[^/?#]+")


def mask_secrets(text: str) -> str:
    """Replace the password of every URL in `text` by ``***`` (also ``?password=...``).

    >>> mask_secrets("postgresql://bob:hunter2@db:5432/x")
    'postgresql://bob:***@db:5432/x'
    >>> mask_secrets("postgresql://bob:p@ss@db/x")  # a raw '@': up to the last one
    'postgresql://bob:***@db/x'
    """
    # the query first: a password there may hold an '@', which the URL pattern would
    # take for the host's
    masked = _QUERY_PASSWORD.sub(lambda m: f"{m['key']}***", text)
    masked = _URL_PASSWORD.sub(lambda m: f"{m['scheme']}{m['user']}:***@", masked)
    password = _password_of(text)
    if password and f":{password}" in masked:  # e.g. a space, which the pattern stops at
        masked = re.sub(re.escape(f":{password}") + r"[^\s'\"]*" + _BEFORE_HOST, ":***@", masked)
    return masked


def mask_url(url: str) -> str:
    """A storage URL that did not parse, for a message: `mask_secrets`, and without an '@'
    whatever follows a ':' after the host (`postgresql://user:password` reads as a port).

    >>> mask_url("postgresql://bob:hunter2")
    'postgresql://bob:***'
    """
    masked = mask_secrets(url)
    return masked if "@" in masked else _AFTER_COLON.sub(lambda m: f"{m['head']}***", masked)


def _password_of(url: str) -> str | None:
    """The password of `url` as SQLAlchemy parses it, when the whole text is a URL."""
    if "://" not in url:
        return None
    try:
        import sqlalchemy as sa

        return sa.engine.make_url(url.strip()).password
    except Exception:
        return None


# The largest run seed: Optuna stores parameters as floats in SQL (exact only up to 2**53)
# and 64-bit integer columns and NumPy's legacy seeding stop earlier; 2**31 - 1 is far from all.
MAX_SEED = 2**31 - 1

# Names every layer shares (here, below all of them and free of torch): the losses a run may
# train with, the name of a study's own settings among its [[variants]], and the value of each
# parameter at which its matrix is I, i.e. plain cross entropy.
LOSSES = ("simloss", "soft_labels")
STUDY_VARIANT = "simloss"
BASELINES = {"r": 0.0, "l": 0.99}


def smoothing_epsilon(r: float, num_classes: int) -> float:
    """The label-smoothing epsilon of soft labels on the uniform source (1 - r) I + r 11^T
    with C classes: ``rC / (1 + r(C - 1))`` (`matrices.label_smoothing_epsilon` checks its
    arguments; the report, which has no torch, calls this)."""
    return r * num_classes / (1.0 + r * (num_classes - 1))


def value_key(value: float) -> float:
    """A value of r or l as a key: studies, runs and reports compare values after rounding,
    so 0.1 stored by one process matches 0.1 computed by another (0.30000000000000004)."""
    return round(float(value), 9)


def import_user_module(module_name: str, what: str):
    """Import a module of the user's (a trainer, a task): any failure while its code runs,
    `sys.exit()` included, becomes one ValueError line naming `what` (a traceback or a silent
    exit 0 would hide the mistake). An interrupt (Ctrl-C) stays an interrupt."""
    import importlib

    try:
        return importlib.import_module(module_name)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 - any import-time failure is the user's to fix
        if isinstance(exc, SystemExit):
            reason = f"it called sys.exit({exc.code!r}) on import"
        else:
            first = str(exc).splitlines()[0] if str(exc).strip() else ""
            reason = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
        raise ValueError(f"{what}: cannot import module {module_name!r} ({reason}); it must "
                         "be importable where init and workers run") from None


def read_user_text(path, what: str) -> str:
    """The text of a file the user names, as UTF-8; ValueError naming the file otherwise."""
    from pathlib import Path

    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{what} {str(path)!r} is not UTF-8 text (byte {exc.start}: "
                         f"{exc.object[exc.start:exc.start + 1]!r}); save it as UTF-8") from None
    except IsADirectoryError:
        raise ValueError(f"{what} {str(path)!r} is a folder, not a file") from None


def check_out_folder(path, flag: str = "--out") -> None:
    """Refuse an output folder that is an existing file (or lies under one), before any work
    is done; a missing folder is fine (it is created)."""
    from pathlib import Path

    path = Path(path)
    for part in (path, *path.parents):
        if part.exists():
            if not part.is_dir():
                what = "it" if part == path else f"its parent {str(part)!r}"
                raise ValueError(f"{flag} {str(path)!r} must be a folder, but {what} is a "
                                 "file; name a new or existing folder")
            return


def reject_unknown(raw: dict, allowed, where: str) -> None:
    """ValueError naming the first key of `raw` not in `allowed` (with a close match)."""
    for key in raw:
        if key not in allowed:
            close = difflib.get_close_matches(key, list(allowed), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ValueError(f"{where}: unknown field {key!r}{hint} "
                             f"(allowed: {', '.join(sorted(allowed))})")


def short_repr(value: Any, limit: int = 80) -> str:
    """repr(value), cut to `limit` characters: an error line stays one short line."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def first_repeated(values) -> Any:
    """The first value that appears more than once (linear), or None."""
    counts = Counter(values)
    return next((v for v in values if counts[v] > 1), None)
