"""The README's shell commands, read from the README itself, so CI runs exactly what a user is
told to run (`.ci/run` uses the blocks of "Install and run the quickstart" and "Run the tests").

    python3 -m tests.readme_commands "Run the tests"    # prints that section's command

Standard library only: CI calls it before any virtual environment exists.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
_FENCE = re.compile(r"^```bash\n(.*?)^```", re.M | re.S)


def section(text: str, heading: str) -> str:
    """The body of the Markdown section titled `heading` (any level), up to the next heading."""
    match = re.search(rf"^#+ {re.escape(heading)}\n(.*?)(?=^#+ |\Z)", text, re.M | re.S)
    if match is None:
        raise ValueError(f"README has no section {heading!r}")
    return match.group(1)


def command(text: str, heading: str) -> str:
    """The one fenced bash block of the section `heading`, as written (for `bash -c`)."""
    blocks = _FENCE.findall(section(text, heading))
    if len(blocks) != 1:
        raise ValueError(f"README section {heading!r} has {len(blocks)} bash blocks, not one")
    return blocks[0].strip()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit('usage: python3 -m tests.readme_commands "SECTION HEADING"')
    try:
        print(command(README.read_text(encoding="utf-8"), sys.argv[1]))
    except ValueError as exc:
        sys.exit(f"readme_commands: {exc}")
