"""The dashboard command, served for real and opened in headless Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from simloss_tune.commands import exposure_warning
from simloss_tune.studies import queue
from simloss_tune.studies.spec import parse_spec
from tests.pgserver import free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_dashboard_binds_locally_by_default_and_warns_when_exposed():
    from simloss_tune.cli import build_parser

    args = build_parser().parse_args(["dashboard"])
    assert args.host == "127.0.0.1"
    assert exposure_warning("127.0.0.1") is None
    assert "no authentication" in exposure_warning("0.0.0.0")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed")
def test_served_dashboard_shows_the_study_in_chromium(tmp_path: Path):
    url = f"sqlite:///{tmp_path}/d.db"
    spec = parse_spec({"name": "browser-study", "task": "digits", "grid": [0.0, 0.5],
                       "seeds": 2, "objectives": ["mae"]})
    queue.init_study(spec, url)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "simloss_tune.cli", "dashboard", "--storage", url,
         "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONWARNINGS": "ignore"})
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(base + "/api/studies", timeout=2)
                break
            except OSError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "dashboard did not start"
                time.sleep(0.5)
        dom = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={tempfile.mkdtemp()}",
             "--virtual-time-budget=15000", "--dump-dom", base + "/dashboard"],
            capture_output=True, text=True, timeout=120).stdout
        assert "browser-study:mae:mean" in dom
        assert "browser-study:runs" in dom
    finally:
        server.terminate()
        server.wait(timeout=30)
