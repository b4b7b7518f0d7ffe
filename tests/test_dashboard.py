"""The dashboard command, served for real and opened in headless Chromium."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
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
    with _served(url) as base:
        dom = _dom(base + "/dashboard")
        assert "browser-study:mae:mean" in dom
        assert "browser-study:runs" in dom


@contextlib.contextmanager
def _served(url: str) -> Iterator[str]:
    """`simloss-tune dashboard` on a free local port; yields its base URL once it answers."""
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
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def _text(dom: str) -> str:
    """The visible text of a dumped DOM, one space between words."""
    dom = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", dom, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", dom).split())


def _dom(page: str) -> str:
    """The page's DOM after headless Chromium ran its scripts."""
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tempfile.mkdtemp()}",
         "--virtual-time-budget=15000", "--dump-dom", page],
        capture_output=True, text=True, timeout=120).stdout


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed")
def test_the_dashboard_shows_each_variant_in_the_derived_studies(tmp_path: Path):
    """[[variants]]: the summary study's trials carry the parameter `variant`, and the
    dashboard's trial table shows it with each variant's name."""
    from simloss_tune.studies.worker import WorkerOptions, run_worker

    url = f"sqlite:///{tmp_path}/v.db"
    spec = parse_spec({"name": "vd", "task": "digits", "grid": [0.0, 0.5], "seeds": 1,
                       "objectives": ["mae"], "training": {"max_epochs": 1},
                       "variants": [{"name": "sord", "loss": "soft_labels"},
                                    {"name": "smoothing", "loss": "soft_labels",
                                     "similarity": {"uniform": True}, "grid": [0.1]}]})
    queue.init_study(spec, url)
    run_worker(url, WorkerOptions(device="cpu", progress=False))
    with _served(url) as base:
        studies = json.loads(urllib.request.urlopen(base + "/api/studies", timeout=10).read())
        sid = next(s["study_id"] for s in studies["study_summaries"]
                   if s["study_name"] == "vd:mae:mean")
        detail = json.loads(urllib.request.urlopen(f"{base}/api/studies/{sid}?after=0",
                                                   timeout=10).read())
        shown = sorted((next(p["param_external_value"] for p in t["params"]
                             if p["name"] == "variant"),
                        float(next(p["param_external_value"] for p in t["params"]
                                   if p["name"] == "r"))) for t in detail["trials"])
        assert shown == [("simloss", 0.0), ("simloss", 0.5), ("smoothing", 0.1),
                         ("sord", 0.5)]
        # the trial list page, as a user opens it: each trial's parameters name its variant
        for t in detail["trials"]:
            variant = next(p["param_external_value"] for p in t["params"]
                           if p["name"] == "variant")
            page = _text(_dom(f"{base}/dashboard/studies/{sid}/trials?numbers={t['number']}"))
            assert f"Trial {t['number']} (trial_id={t['trial_id']})" in page
            assert re.search(rf"Parameter r \S+ variant {variant} ", page), page[-600:]
