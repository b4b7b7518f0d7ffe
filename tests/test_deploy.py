"""The deployment files say what the README promises (no Docker engine runs here)."""

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
    devices = worker["deploy"]["resources"]["reservations"]["devices"]
    assert devices[0]["capabilities"] == ["gpu"] and devices[0]["count"] == 1
    assert all(p.startswith("127.0.0.1:") for p in services["dashboard"]["ports"])


def test_slurm_script_is_an_array_of_one_gpu_workers():
    text = (ROOT / "deploy" / "slurm" / "worker.sbatch").read_text()
    assert "--gres=gpu:1" in text and "--array" in text and "simloss-tune worker" in text
    subprocess.run(["bash", "-n", str(ROOT / "deploy" / "slurm" / "worker.sbatch")], check=True)


def test_kubernetes_job_requests_one_gpu_per_worker():
    job = yaml.safe_load((ROOT / "deploy" / "k8s" / "worker-job.yaml").read_text())
    container = job["spec"]["template"]["spec"]["containers"][0]
    assert container["args"][0] == "worker"
    assert container["resources"]["limits"]["nvidia.com/gpu"] == 1
