"""The GPU paths: vmap over stacked models, bf16 autocast, pinned-memory transfers, out of
memory, `worker --gpus all`.

Tests marked `cuda` need a CUDA GPU and are skipped, with the reason, without one;
bench/gpu.sh runs them on the GPU machine (`pytest -m cuda`). The parts that do not need a
GPU (the batch of runs halving after a simulated out-of-memory, the commands `--gpus all`
builds, no pinning on the CPU) are tested here on any machine.
"""

from __future__ import annotations

import sys
import textwrap

import optuna
import pytest
import torch
from optuna.trial import TrialState

import simloss_tune.train as train_module
from simloss_tune import commands
from simloss_tune.cli import main
from simloss_tune.studies import queue
from simloss_tune.studies.spec import load_spec
from simloss_tune.studies.worker import WorkerOptions, run_worker
from simloss_tune.tasks import Split, TaskData, get_task
from simloss_tune.tasks.base import channel_stats
from simloss_tune.tasks.digits import DigitsTask
from simloss_tune.train import (
    StackedAdam,
    TrainConfig,
    _build_stack,
    _Inputs,
    _to_device,
    log_similarity,
    train_runs,
)

cuda = pytest.mark.skipif(not torch.cuda.is_available(),
                          reason="needs a CUDA GPU (bench/gpu.sh runs these on the GPU machine)")
FAST = TrainConfig(lr=1e-2, batch_size=64, max_epochs=4, patience=5)


class _ConvDigits(DigitsTask):
    """Digits with a small CNN: convolutions and pooling, like the paper's models."""

    def model(self, num_classes):
        return torch.nn.Sequential(
            torch.nn.Conv2d(1, 6, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
            torch.nn.Flatten(), torch.nn.Linear(6 * 3 * 3, num_classes),
        )


@pytest.fixture(scope="module")
def digits():
    return _ConvDigits(), get_task("digits").load(None, limit=400)


def faces(n: int, seed: int = 0) -> TaskData:
    """UTKFace-shaped data (60x60 RGB, 90 ages) whose brightness encodes the age, so the
    Niu CNN can learn it: random pixels around a level set by the label."""
    g = torch.Generator().manual_seed(seed)
    splits = []
    for part in (n, n // 3, n // 3):
        labels = torch.randint(0, 90, (part,), generator=g)
        level = 30 + 2 * labels.float()
        noise = torch.randn(part, 3, 60, 60, generator=g) * 12
        images = (level[:, None, None, None] + noise).clamp(0, 255).to(torch.uint8)
        splits.append(Split(images, labels))
    mean, std = channel_stats(splits[0].images)
    return TaskData(*splits, class_names=[str(a) for a in range(1, 91)], mean=mean, std=std)


def small_study(tmp_path, grid="[0.0, 0.5]", seeds=2, task="digits"):
    path = tmp_path / "s.toml"
    path.write_text(textwrap.dedent(f"""
        name = "small"
        task = "{task}"
        grid = {grid}
        seeds = {seeds}
        objectives = ["accuracy", "mae"]
        [training]
        max_epochs = 3
        patience = 2
        """))
    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(load_spec(path), url)
    return url


def runs_of(url):
    return optuna.load_study(study_name="small:runs", storage=url).get_trials()


# ---------------------------------------------------------------- any machine: the logic


def test_out_of_memory_halves_the_batch_of_runs(tmp_path, monkeypatch):
    """A batch that runs out of memory fails as a whole; its runs are retried in batches
    of half the size, and every point ends COMPLETE exactly once."""
    url = small_study(tmp_path, grid="[0.0, 0.3, 0.6, 0.9]", seeds=2)   # 8 points
    sizes = []
    real = train_module._train

    def train_or_oom(task, data, states, *args):
        sizes.append(len(states))
        if len(states) > 2:  # what a GPU too small for 3+ runs at once would do
            raise torch.cuda.OutOfMemoryError("CUDA out of memory (simulated)")
        return real(task, data, states, *args)

    monkeypatch.setattr(train_module, "_train", train_or_oom)
    report = run_worker(url, WorkerOptions(device="cpu", progress=False, batch_runs=8,
                                           heartbeat_interval=1, grace_period=3))
    assert sizes == [8, 4, 2, 2, 2, 2]
    trials = runs_of(url)
    failed = [t for t in trials if t.state == TrialState.FAIL]
    done = [t for t in trials if t.state == TrialState.COMPLETE]
    assert len(failed) == 8 + 4 and {t.user_attrs["error"] for t in failed} == {"out of memory"}
    points = [(t.params["r"], t.params["seed"]) for t in done]
    assert len(points) == len(set(points)) == 8
    assert (report.completed, report.failed) == (8, 12)


def _fake_popen(started):
    class FakePopen:
        def __init__(self, argv, env):
            started.append((argv, env))

        def wait(self):
            return 0

    return FakePopen


def test_gpus_all_starts_one_worker_per_visible_gpu(monkeypatch, capsys):
    started = []
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 3)
    monkeypatch.setattr(commands.subprocess, "Popen", _fake_popen(started))
    url = "postgresql://simloss:s3cret@db.invalid/simloss"
    code = main(["worker", "--storage", url, "--gpus", "all", "--study", "utk",
                 "--batch-runs", "25", "--max-trials", "7"])
    assert code == 0
    assert [argv[argv.index("--device") + 1] for argv, _ in started] == \
        ["cuda:0", "cuda:1", "cuda:2"]
    for argv, env in started:
        assert argv[:4] == [sys.executable, "-m", "simloss_tune.cli", "worker"]
        assert argv[argv.index("--batch-runs") + 1] == "25"
        assert argv[argv.index("--study") + 1] == "utk"
        assert argv[argv.index("--max-trials") + 1] == "7"
        assert env["SIMLOSS_STORAGE"] == url          # the URL goes through the environment,
        assert not any("s3cret" in a for a in argv)  # never on a command line (ps)
    assert "started 3 workers, one per GPU" in capsys.readouterr().out


def test_gpus_all_refuses_several_workers_on_one_sqlite_file(tmp_path, monkeypatch, capsys):
    started = []
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    monkeypatch.setattr(commands.subprocess, "Popen", _fake_popen(started))
    url = small_study(tmp_path)
    assert main(["worker", "--storage", url, "--gpus", "all"]) == 2
    assert "supports one worker" in capsys.readouterr().err and started == []
    assert all(t.state == TrialState.WAITING for t in runs_of(url))


def _gpu_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "bench" / "gpu.py"
    spec = importlib.util.spec_from_file_location("bench_gpu", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gpu_script_runs_the_paper_grid_unless_told_otherwise(tmp_path):
    import argparse

    gpu = _gpu_script()
    none = argparse.Namespace(grid_values=None, seeds=None, limit=None, max_epochs=None,
                              bf16=False)
    paper = load_spec(gpu.study_file(none, tmp_path))
    assert (len(paper.grid), len(paper.seeds), paper.name) == (10, 10, "utkface")
    assert paper.train_config() == TrainConfig(patience=10)   # all images, the paper's
    tiny = argparse.Namespace(grid_values=[0.0, 0.5], seeds=2, limit=64, max_epochs=2,
                              bf16=True)
    spec = load_spec(gpu.study_file(tiny, tmp_path))
    assert (spec.grid, spec.seeds, spec.name) == ((0.0, 0.5), (0, 1), "utkface")
    assert spec.train_config() == TrainConfig(patience=10, limit=64, max_epochs=2, bf16=True)


def test_no_pinned_memory_on_the_cpu(monkeypatch):
    calls = []
    monkeypatch.setattr(torch.Tensor, "pin_memory", lambda self, *a: calls.append(self))
    split = faces(8).train
    moved = _to_device(split, torch.device("cpu"))
    assert calls == []
    assert torch.equal(moved.images, split.images.permute(0, 2, 3, 1))


# ---------------------------------------------------------------- on a GPU


@pytest.fixture
def exact_float32():
    """Plain float32 on the GPU (no TF32 in convolutions or matmuls) and deterministic
    cuDNN algorithms, so the batched and one-at-a-time paths can be compared closely."""
    saved = (torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32,
             torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark)
    torch.backends.cudnn.allow_tf32 = torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark = True, False
    yield
    (torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32,
     torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark) = saved


def _steps(batching: str, device: str, seeds: list[int], values: list[float], steps: int = 3):
    """`steps` training steps of the Niu CNN on fixed batches; per-run losses of each step
    and the final parameters, on the CPU."""
    task, data = get_task("utkface"), faces(256, seed=1)
    dev = torch.device(device)
    stack = _build_stack(task, 90, seeds, dev, batching)
    split = _to_device(data.train, dev)
    scale = 1.0 / data.std.to(dev)
    inputs = _Inputs(-data.mean.to(dev) * scale, scale, False, False)
    log_s = torch.stack([log_similarity(task.similarity(data, v)) for v in values]).to(dev)
    names = list(stack.params)
    adam = StackedAdam([stack.params[k] for k in names], 1e-3)
    gens = [torch.Generator().manual_seed(s) for s in seeds]  # each run its own batches
    losses = []
    for _ in range(steps):
        idx = torch.stack([torch.randperm(256, generator=g)[:64] for g in gens]).to(dev)
        step_losses, grads = stack.losses_and_grads(inputs(split.images[idx]),
                                                    split.labels[idx], log_s, inputs)
        adam.step([stack.params[k] for k in names], grads)
        losses.append(step_losses.cpu())
    return torch.stack(losses), {k: v.detach().cpu() for k, v in stack.params.items()}


def _rel(a: torch.Tensor, b: torch.Tensor) -> float:
    return float((a - b).norm() / b.norm())


@cuda
@pytest.mark.cuda
def test_vmap_steps_equal_one_run_at_a_time_on_cuda(exact_float32):
    """The Niu CNN: K runs as one vmapped model (grouped convolutions) on CUDA give each
    run the losses and parameters it gets alone, and those of the CPU."""
    seeds, values = [0, 1, 2, 3], [0.0, 0.3, 0.6, 0.9]
    batched_losses, batched = _steps("vmap", "cuda", seeds, values)
    for k, (seed, value) in enumerate(zip(seeds, values, strict=True)):
        alone_losses, alone = _steps("vmap", "cuda", [seed], [value])
        assert torch.allclose(batched_losses[:, k], alone_losses[:, 0], rtol=1e-5, atol=1e-6)
        for name in batched:  # on the CPU: up to 1e-5 (Adam scales tiny gradients up)
            assert _rel(batched[name][k], alone[name][0]) < 1e-4, name
    cpu_losses, cpu = _steps("loop", "cpu", seeds, values)
    assert torch.allclose(batched_losses, cpu_losses, rtol=1e-4, atol=1e-5)
    for name in batched:  # a run given another run's batch differs by 0.1-0.2
        assert _rel(batched[name], cpu[name]) < 5e-4, name


@cuda
@pytest.mark.cuda
def test_batched_trainer_equals_separate_runs_on_cuda(digits, exact_float32):
    task, data = digits
    points = [(0.0, 1), (0.5, 2), (0.9, 3)]
    batched = train_runs(task, data, points, FAST, device="cuda", progress=False)
    assert all(r.device.startswith("cuda:") for r in batched)
    for point, got in zip(points, batched, strict=True):
        (alone,) = train_runs(task, data, [point], FAST, device="cuda", progress=False)
        assert got.error is None and alone.error is None
        assert (got.epochs, got.best_epoch) == (alone.epochs, alone.best_epoch)
        for split in ("val", "test"):
            assert getattr(got, split) == pytest.approx(getattr(alone, split), abs=1e-6)
        assert got.mean_distribution == pytest.approx(alone.mean_distribution, abs=1e-4)


@cuda
@pytest.mark.cuda
def test_bf16_autocast_trains_and_stays_finite():
    task, data = get_task("utkface"), faces(1024)
    # the forward really runs in bf16
    dev = torch.device("cuda")
    stack = _build_stack(task, 90, [0, 1], dev, "vmap")
    scale = 1.0 / data.std.to(dev)
    inputs = _Inputs(-data.mean.to(dev) * scale, scale, False, True)
    x = inputs(_to_device(data.train, dev).images[:16])
    with inputs.autocast():
        assert stack.forward(x, shared_input=True).dtype == torch.bfloat16

    config = TrainConfig(lr=1e-3, batch_size=128, max_epochs=6, patience=6, bf16=True)
    points = [(0.0, 0), (0.5, 0), (0.9, 0)]
    results = train_runs(task, data, points, config, device="cuda", progress=False)
    untrained = train_runs(task, data, points, TrainConfig(max_epochs=1, lr=1e-12),
                           device="cuda", progress=False)
    for r, before in zip(results, untrained, strict=True):
        assert r.error is None and r.epochs == 6 and r.best_epoch >= 1
        assert all(torch.isfinite(torch.tensor(list(r.val.values()) + list(r.test.values()))))
        # it learned the brightness-age link (fp32 on the CPU: 0.12-0.13 of the MAE before)
        assert r.val["mae"] < 0.5 * before.val["mae"]


@cuda
@pytest.mark.cuda
def test_data_goes_to_the_gpu_through_pinned_memory(monkeypatch):
    pinned = []
    real = torch.Tensor.pin_memory

    def spy(self, *args, **kwargs):
        out = real(self, *args, **kwargs)
        pinned.append(out)
        return out

    monkeypatch.setattr(torch.Tensor, "pin_memory", spy)
    split = faces(3000).train
    moved = _to_device(split, torch.device("cuda"))
    assert len(pinned) == 2 and all(p.is_pinned() for p in pinned)
    assert moved.images.is_cuda and moved.labels.is_cuda
    # read back at once: the non-blocking copy must be complete and correct
    assert torch.equal(moved.images.cpu(), split.images.permute(0, 2, 3, 1))
    assert torch.equal(moved.labels.cpu(), split.labels)


@pytest.fixture
def memory_cap():
    """Set the process's CUDA memory cap (bytes above what is in use now); lifted after."""
    total = torch.cuda.get_device_properties(0).total_memory

    def cap(extra: int) -> None:
        torch.cuda.empty_cache()
        torch.cuda.set_per_process_memory_fraction(
            min(1.0, (torch.cuda.memory_reserved() + extra) / total))

    yield cap
    torch.cuda.set_per_process_memory_fraction(1.0)
    torch.cuda.empty_cache()


def _peak_bytes(fn) -> int:
    torch.cuda.synchronize()
    torch.cuda.empty_cache()
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    fn()
    torch.cuda.synchronize()
    return torch.cuda.max_memory_allocated() - before


@cuda
@pytest.mark.cuda
def test_real_out_of_memory_fails_the_batch_and_a_smaller_one_then_fits(memory_cap):
    task, data = get_task("utkface"), faces(2048)
    config = TrainConfig(batch_size=2048, max_epochs=1, patience=1)
    one = _peak_bytes(lambda: train_runs(task, data, [(0.0, 0)], config, device="cuda",
                                         progress=False))
    memory_cap(3 * one)
    many = train_runs(task, data, [(0.1 * (k % 10), k) for k in range(16)], config,
                      device="cuda", progress=False)
    assert [r.error for r in many] == ["out of memory"] * 16
    (alone,) = train_runs(task, data, [(0.0, 0)], config, device="cuda", progress=False)
    assert alone.error is None and alone.epochs == 1


@cuda
@pytest.mark.cuda
def test_worker_halves_its_batch_after_a_real_out_of_memory(tmp_path, memory_cap,
                                                            monkeypatch):
    from tests.fixtures import make_utkface

    root = make_utkface(tmp_path, n=1500)
    monkeypatch.setenv("SIMLOSS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("UTKFACE_DIR", str(root))
    spec = tmp_path / "s.toml"
    spec.write_text(textwrap.dedent("""
        name = "small"
        task = "utkface"
        data_dir = "${UTKFACE_DIR}"
        grid = [0.0, 0.5]
        seeds = 2
        objectives = ["mae"]
        [training]
        max_epochs = 1
        patience = 1
        """))
    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(load_spec(spec), url)
    task = get_task("utkface")
    data = task.load(root)
    config = TrainConfig(max_epochs=1, patience=1)
    two = _peak_bytes(lambda: train_runs(task, data, [(0.0, 0), (0.5, 1)], config,
                                         device="cuda", progress=False))
    four = _peak_bytes(lambda: train_runs(task, data, [(0.0, k) for k in range(4)], config,
                                          device="cuda", progress=False))
    assert four > 1.5 * two, (two, four)  # activations dominate: a cap between them works
    memory_cap((two + four) // 2)
    report = run_worker(url, WorkerOptions(device="cuda", progress=False, batch_runs=4,
                                           heartbeat_interval=5, grace_period=60))
    trials = runs_of(url)
    failed = [t for t in trials if t.state == TrialState.FAIL]
    done = [t for t in trials if t.state == TrialState.COMPLETE]
    assert {t.user_attrs["error"] for t in failed} == {"out of memory"} and len(failed) == 4
    assert sorted((t.params["r"], t.params["seed"]) for t in done) == \
        [(0.0, 0), (0.0, 1), (0.5, 0), (0.5, 1)]
    assert report.completed == 4


@cuda
@pytest.mark.cuda
def test_gpus_all_trains_the_study_with_one_worker_per_gpu(tmp_path, capsys):
    url = small_study(tmp_path)
    count = torch.cuda.device_count()
    code = main(["worker", "--storage", url, "--gpus", "all", "--batch-runs", "4",
                 "--heartbeat-interval", "5", "--grace-period", "60"])
    if count > 1:  # one SQLite file takes one worker: refused before starting anything
        assert code == 2 and "supports one worker" in capsys.readouterr().err
        return
    assert code == 0
    assert "started 1 workers, one per GPU" in capsys.readouterr().out
    done = [t for t in runs_of(url) if t.state == TrialState.COMPLETE]
    assert len(done) == 4
    assert all(t.user_attrs["device"].startswith("cuda:0") for t in done)
