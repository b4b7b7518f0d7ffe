"""`mask_secrets`: no part of a password in anything printed."""

from __future__ import annotations

import pytest

from simloss_tune._util import mask_secrets, mask_url


@pytest.mark.parametrize("text, expected", [
    ("postgresql://bob:hunter2@db:5432/x", "postgresql://bob:***@db:5432/x"),
    ("postgresql://bob:p@ss@db/x", "postgresql://bob:***@db/x"),
    ("postgresql://bob:p@ss@db", "postgresql://bob:***@db"),
    ("postgresql://bob:p@ss@db:5432?sslmode=require", "postgresql://bob:***@db:5432?sslmode=require"),
    ("postgresql://bob:p@ss/w@rd@db/x", "postgresql://bob:***@db/x"),
    ("error: 'postgresql://bob:p@ss@db/x' refused", "error: 'postgresql://bob:***@db/x' refused"),
    ("a postgresql://bob:p@1@db/x and postgresql://al:q@2@h:1/y end",
     "a postgresql://bob:***@db/x and postgresql://al:***@h:1/y end"),
    ("postgresql://bob:my hunter2@127.0.0.1:1/db", "postgresql://bob:***@127.0.0.1:1/db"),
    ("postgresql://bob:my p@ss@127.0.0.1:1/db", "postgresql://bob:***@127.0.0.1:1/db"),
    ("postgresql://bob@127.0.0.1:1/db?password=hunter2", "postgresql://bob@127.0.0.1:1/db?password=***"),
    ("postgresql://bob@h/db?sslmode=x&PASSWORD=hunter2&a=b",
     "postgresql://bob@h/db?sslmode=x&PASSWORD=***&a=b"),
    ("postgresql://db:1/x?password=p@ss", "postgresql://db:1/x?password=***"),
    ("postgresql:/bob:hunter2@db/x", "postgresql:/bob:***@db/x"),
    ("postgresql//bob:hunter2@db/x", "postgresql//bob:***@db/x"),
    ("url 'bob:hunter2@db:1/x'", "url 'bob:***@db:1/x'"),
    ("sqlite:///studies/x.db", "sqlite:///studies/x.db"),
    ("postgresql://bob@db/x", "postgresql://bob@db/x"),
    ("mail bob@example.org about https://example.org/a", "mail bob@example.org about https://example.org/a"),
], ids=["plain", "at-in-password", "at-no-path", "at-query", "slash-and-ats", "quoted", "two-urls",
        "space", "space-and-at", "query", "query-upper", "query-at", "one-slash", "no-colon",
        "no-scheme", "sqlite", "no-password", "no-url"])
def test_mask_secrets(text, expected):
    assert mask_secrets(text) == expected
    assert mask_secrets(expected) == expected


@pytest.mark.parametrize("url, expected", [
    ("postgresql://bob:hunter2", "postgresql://bob:***"),  # no host: reads as a port
    ("postgresql://db:x/name", "postgresql://db:***/name"),
    ("postgresql://bob:hunter2@db:x/name", "postgresql://bob:***@db:x/name"),
])
def test_mask_url_hides_what_may_be_a_password_in_a_url_that_does_not_parse(url, expected):
    assert mask_url(url) == expected
