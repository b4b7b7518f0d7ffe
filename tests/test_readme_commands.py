"""The README's two commands are what CI runs, and the first sets up what the second needs.
(`.ci/run` itself takes 15 minutes; these check how it finds the commands, not a CI run.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

from tests import readme_commands as rc

ROOT = Path(__file__).resolve().parents[1]
INSTALL, TESTS = "Install and run the quickstart", "Run the tests"


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_commands_are_found():
    assert rc.command(readme(), INSTALL) == (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && "
        ".venv/bin/simloss-tune quickstart")
    assert rc.command(readme(), TESTS) == ".venv/bin/python -m pytest -q"


def test_the_first_command_installs_what_the_second_needs():
    """The test command runs pytest from .venv, and the suite imports psycopg (PostgreSQL
    tests), build and twine (packaging tests): all in the extra the first command installs."""
    extra = re.search(r"\.\[(\w+)\]", rc.command(readme(), INSTALL)).group(1)
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"][extra]
    names = {re.split(r"[\[<>=~ ]", d)[0] for d in deps}
    assert {"pytest", "psycopg", "build", "twine"} <= names
    assert rc.command(readme(), TESTS).startswith(".venv/bin/python -m pytest")


def test_ci_runs_the_readme_commands_once_and_nothing_else_installs_or_tests():
    ci = (ROOT / ".ci" / "run").read_text()
    assert f'python3 -m tests.readme_commands "{INSTALL}"' in ci
    assert f'python3 -m tests.readme_commands "{TESTS}"' in ci
    assert ci.count('bash -euo pipefail -c "$install"') == 1
    assert ci.count('bash -euo pipefail -c "$run_tests"') == 1
    code = [ln for ln in ci.splitlines() if not ln.lstrip().startswith("#")]
    assert not [ln for ln in code if "pip\" install" in ln or "pip install" in ln]
    assert not [ln for ln in code if "-m pytest" in ln]  # the suite runs once: the README's


def test_the_command_line_prints_a_section_or_fails_with_one_line():
    done = subprocess.run([sys.executable, "-m", "tests.readme_commands", TESTS], cwd=ROOT,
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, ".venv/bin/python -m pytest -q\n")
    bad = subprocess.run([sys.executable, "-m", "tests.readme_commands", "No such section"],
                         cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr == "readme_commands: README has no section 'No such section'\n"


@pytest.mark.parametrize("text, message", [
    ("# A\n\ntext\n", "has 0 bash blocks"),
    ("# A\n```bash\nx\n```\n```bash\ny\n```\n", "has 2 bash blocks"),
])
def test_a_section_must_hold_exactly_one_bash_block(text, message):
    with pytest.raises(ValueError, match=message):
        rc.command(text, "A")


def test_a_section_ends_at_the_next_heading():
    text = "## A\n```bash\nfirst\n```\n## B\n```bash\nsecond\nthird\n```\n"
    assert (rc.command(text, "A"), rc.command(text, "B")) == ("first", "second\nthird")
