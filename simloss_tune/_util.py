"""Small helpers shared by several modules."""

from __future__ import annotations

import difflib
import re

# The host follows the LAST '@' of the authority: a raw '@' in a password is masked too.
_BEFORE_HOST = r"@(?=[^@\s'\"/]*(?:[/?\s'\"]|$))"
_URL_PASSWORD = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.\-]*://)(?P<user>[^:/@\s]*):"
                           r"(?P<pw>[^\s'\"]*)" + _BEFORE_HOST)
_QUERY_PASSWORD = re.compile(  # (not an already masked one, which may be followed by ':')
    r"(?P<key>[?&]password=)(?!\*\*\*(?:[&\s'\":]|$))[^&\s'\"]*", re.IGNORECASE)


def mask_secrets(text: str) -> str:
    """Replace the password of every URL in `text` by ``***`` (also ``?password=...``).

    >>> mask_secrets("postgresql://bob:hunter2@db:5432/x")
    'postgresql://bob:***@db:5432/x'
    >>> mask_secrets("postgresql://bob:p@ss@db/x")  # a raw '@': up to the last one
    'postgresql://bob:***@db/x'
    """
    masked = _URL_PASSWORD.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
    masked = _QUERY_PASSWORD.sub(lambda m: f"{m['key']}***", masked)
    password = _password_of(text)
    if password and f":{password}" in masked:  # e.g. a space, which the pattern stops at
        masked = re.sub(re.escape(f":{password}") + r"[^\s'\"]*" + _BEFORE_HOST, ":***@", masked)
    return masked


def _password_of(url: str) -> str | None:
    """The password of `url` as SQLAlchemy parses it, when the whole text is a URL."""
    if "://" not in url:
        return None
    try:
        import sqlalchemy as sa

        return sa.engine.make_url(url.strip()).password
    except Exception:
        return None


def value_key(value: float) -> float:
    """A value of r or l as a key: studies, runs and reports compare values after rounding,
    so 0.1 stored by one process matches 0.1 computed by another (0.30000000000000004)."""
    return round(float(value), 9)


def reject_unknown(raw: dict, allowed, where: str) -> None:
    """ValueError naming the first key of `raw` not in `allowed` (with a close match)."""
    for key in raw:
        if key not in allowed:
            close = difflib.get_close_matches(key, list(allowed), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ValueError(f"{where}: unknown field {key!r}{hint} "
                             f"(allowed: {', '.join(sorted(allowed))})")
