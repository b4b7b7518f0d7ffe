"""Small helpers shared by several modules."""

from __future__ import annotations

import re

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


def value_key(value: float) -> float:
    """A value of r or l as a key: studies, runs and reports compare values after rounding,
    so 0.1 stored by one process matches 0.1 computed by another (0.30000000000000004)."""
    return round(float(value), 9)
