"""Small helpers shared by several modules."""

from __future__ import annotations

import re

_URL_PASSWORD = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.\-]*://)(?P<user>[^:/@\s]*):(?P<pw>[^@\s]*)@")


def mask_secrets(text: str) -> str:
    """Replace the password of every URL in `text` by ``***``.

    >>> mask_secrets("postgresql://bob:hunter2@db:5432/x")
    'postgresql://bob:***@db:5432/x'
    """
    return _URL_PASSWORD.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
