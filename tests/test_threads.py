"""Thread counts: a CPU worker uses one torch thread unless told otherwise (`--threads`)."""

from __future__ import annotations

import pytest
import torch

from simloss_tune.cli import main
from simloss_tune.studies import queue
from simloss_tune.studies.spec import parse_spec
from simloss_tune.studies.worker import WorkerOptions, run_worker

SPEC = {"name": "t", "task": "digits", "grid": [0.0], "seeds": 1, "objectives": ["mae"],
        "training": {"max_epochs": 1, "limit": 64}}


@pytest.fixture(autouse=True)
def restore_threads():
    before = torch.get_num_threads()
    yield
    torch.set_num_threads(before)


@pytest.mark.parametrize("threads, expected", [(None, 1), (2, 2)])
def test_a_cpu_worker_sets_its_thread_count(tmp_path, threads, expected):
    torch.set_num_threads(3)  # what torch may choose on a larger machine
    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(parse_spec(SPEC), url)
    report = run_worker(url, WorkerOptions(device="cpu", progress=False, threads=threads))
    assert report.completed == 1
    assert torch.get_num_threads() == expected


def test_worker_threads_must_be_positive(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/s.db"
    assert main(["worker", "--storage", url, "--device", "cpu", "--threads", "0"]) == 2
    assert "--threads 0 must be at least 1" in capsys.readouterr().err
