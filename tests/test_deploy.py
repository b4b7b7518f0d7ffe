"""The deployment files say what the README promises; tests/test_slurm.py runs the SLURM script."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_compose_has_database_init_scalable_gpu_workers_and_a_local_dashboard():
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    assert {"db", "init", "worker", "dashboard"} <= set(services)
    db = services["db"]
    assert "healthcheck" in db and any("/var/lib/postgresql/data" in v for v in db["volumes"])
    assert services["init"]["command"][0] == "init"
    worker = services["worker"]
    assert "container_name" not in worker  # --scale worker=N needs unnamed containers
    assert worker["depends_on"]["init"]["condition"] == "service_completed_successfully"
    # the GPU reservation: in docker-compose.override.yml, which compose reads by default (the
    # CPU override then leaves it out; tests/test_compose.py checks both merged by compose)
    override = yaml.safe_load((ROOT / "docker-compose.override.yml").read_text())["services"]
    devices = override["worker"]["deploy"]["resources"]["reservations"]["devices"]
    assert devices[0]["capabilities"] == ["gpu"] and devices[0]["count"] == 1
    assert all(p.startswith("127.0.0.1:") for p in services["dashboard"]["ports"])


def test_slurm_script_is_an_array_of_one_gpu_workers():
    text = (ROOT / "deploy" / "slurm" / "worker.sbatch").read_text()
    assert "--gres=gpu:1" in text and "--array" in text and "simloss-tune worker" in text
    assert "SIMLOSS_DEVICE" in text and "--gres=none" in text  # documented in its header
    subprocess.run(["bash", "-n", str(ROOT / "deploy" / "slurm" / "worker.sbatch")], check=True)


def test_kubernetes_job_requests_one_gpu_per_worker():
    job = yaml.safe_load((ROOT / "deploy" / "k8s" / "worker-job.yaml").read_text())
    container = job["spec"]["template"]["spec"]["containers"][0]
    assert container["args"][0] == "worker"
    assert container["resources"]["limits"]["nvidia.com/gpu"] == 1


def test_gpus_all_starts_one_worker_per_gpu_with_the_url_out_of_the_command_line(
        monkeypatch, tmp_path):
    """The several-GPU job shape (`worker --gpus all`, SIMLOSS_DEVICE=all in the SLURM script):
    the command lines it builds, without GPUs (none here)."""
    import sys

    import torch

    from simloss_tune import cli, commands

    started = []

    class FakeProcess:
        def __init__(self, cmd, env):
            started.append((cmd, env))

        def wait(self):
            return 0

    monkeypatch.setattr(torch.cuda, "device_count", lambda: 3)
    monkeypatch.setattr(commands.subprocess, "Popen", FakeProcess)
    url = "postgresql://u:secret-pw@db/simloss"
    assert cli.main(["worker", "--gpus", "all", "--storage", url, "--study", "utk",
                     "--max-trials", "5", "--grace-period", "120"]) == 0
    base = [sys.executable, "-m", "simloss_tune.cli", "worker", "--heartbeat-interval", "60.0",
            "--grace-period", "120.0", "--study", "utk", "--max-trials", "5",
            "--stop-after-failures", "3"]
    assert [cmd for cmd, _ in started] == [[*base, "--device", f"cuda:{i}"] for i in range(3)]
    assert all(env["SIMLOSS_STORAGE"] == url for _, env in started)
    assert not any("secret-pw" in " ".join(cmd) for cmd, _ in started)  # not visible in ps


def test_gpus_all_without_a_gpu_is_a_one_line_error(monkeypatch, capsys):
    import torch

    from simloss_tune import cli

    monkeypatch.setattr(torch.cuda, "device_count", lambda: 0)
    assert cli.main(["worker", "--gpus", "all", "--storage", "sqlite:///never.db"]) == 2
    assert capsys.readouterr().err.strip() == (
        "simloss-tune worker: error: --gpus all: no CUDA device is visible; use --device cpu")
