"""The batched trainer on the digits task: batched == separate, pairing, determinism,
early stopping, failures, the `train` command."""

from __future__ import annotations

import dataclasses
import json
import logging

import pytest
import torch

from simloss_tune import sim_loss
from simloss_tune.cli import main
from simloss_tune.matrices import class_order
from simloss_tune.tasks import Split, get_task
from simloss_tune.tasks.base import channel_stats
from simloss_tune.tasks.digits import DigitsTask
from simloss_tune.train import (
    RunResult,
    StackedAdam,
    TrainConfig,
    _build_stack,
    batched_sim_loss,
    initial_state,
    resolve_device,
    train_runs,
)

pytestmark = pytest.mark.usefixtures("one_torch_thread")

JSON_KEYS = {"task", "parameter", "value", "seed", "epochs", "best_epoch", "val", "test",
             "seconds", "device", "mean_distribution", "error"}
# lr 1e-2: on these points the r=0 run stops early (epoch 8) while the others go on to 10,
# so dropping finished runs from the stack is exercised
SMALL = TrainConfig(lr=1e-2, batch_size=64, max_epochs=10, patience=2)


def _metrics(result: RunResult) -> dict:
    doc = result.to_json()
    del doc["seconds"]
    return doc


def _assert_same_run(a: RunResult, b: RunResult, tol: float = 1e-6) -> None:
    assert a.error == b.error
    assert (a.epochs, a.best_epoch) == (b.epochs, b.best_epoch)
    for split in ("val", "test"):
        assert getattr(a, split) == pytest.approx(getattr(b, split), abs=tol)
    assert a.mean_distribution == pytest.approx(b.mean_distribution, abs=1e-5)


# ------------------------------------------------------------------------------ config


@pytest.mark.parametrize("field, value", [
    ("lr", 0.0), ("lr", -1e-3), ("lr", float("nan")), ("batch_size", 0), ("patience", 0),
    ("max_epochs", 0), ("limit", 0), ("max_epochs", 2.5), ("batch_size", None),
    ("split_seed", -1), ("bf16", "yes"),
])
def test_config_rejects_bad_values(field, value):
    with pytest.raises(ValueError, match=field):
        TrainConfig(**{field: value})


def test_config_key_is_stable_and_covers_every_field():
    assert TrainConfig().key() == TrainConfig().key()
    assert len(TrainConfig().key()) == 12
    assert TrainConfig(lr=1).key() == TrainConfig(lr=1.0).key()
    changed = [TrainConfig(lr=1e-2), TrainConfig(batch_size=32), TrainConfig(patience=3),
               TrainConfig(max_epochs=3), TrainConfig(limit=10), TrainConfig(split_seed=1),
               TrainConfig(bf16=True)]
    keys = {c.key() for c in changed} | {TrainConfig().key()}
    assert len(keys) == len(changed) + 1


def test_resolve_device():
    assert resolve_device("cpu") == torch.device("cpu")
    assert resolve_device("auto").type in ("cpu", "cuda")
    with pytest.raises(ValueError, match="auto, cpu, cuda"):
        resolve_device("tpu")
    if not torch.cuda.is_available():
        with pytest.raises(ValueError, match="CUDA is not available"):
            resolve_device("cuda:0")


# ------------------------------------------------------------------------------ pieces


def test_batched_loss_equals_sim_loss_per_run():
    gen = torch.Generator().manual_seed(0)
    logits = torch.randn(3, 50, 7, generator=gen)
    target = torch.randint(0, 7, (3, 50), generator=gen)
    matrices = [class_order(7, r) for r in (0.0, 0.5, 0.9)]
    log_s = torch.stack([m.log() for m in matrices])
    got = batched_sim_loss(logits, target, log_s)
    want = torch.stack([sim_loss(logits[k], target[k], matrices[k]) for k in range(3)])
    torch.testing.assert_close(got, want)



def test_batched_loss_is_the_shared_formula_of_the_loss_module():
    """One formula: the trainer's loss is `loss.sim_loss_from_log_rows` on (K, B, C) rows,
    bit for bit the former inline float32 formula, also from bf16 logits."""
    from simloss_tune.loss import sim_loss_from_log_rows

    gen = torch.Generator().manual_seed(1)
    target = torch.randint(0, 7, (3, 50), generator=gen)
    log_s = torch.stack([class_order(7, r).log() for r in (0.0, 0.5, 0.9)])
    rows = log_s.gather(1, target.unsqueeze(-1).expand(-1, -1, 7))
    for dtype in (torch.float32, torch.bfloat16):
        logits = torch.randn(3, 50, 7, generator=gen).to(dtype)
        got = batched_sim_loss(logits, target, log_s)
        z = logits.float()
        before = (torch.logsumexp(z, -1) - torch.logsumexp(z + rows, -1)).mean(-1)
        assert got.dtype == torch.float32
        assert torch.equal(got, before)
        assert torch.equal(got, sim_loss_from_log_rows(logits, rows).mean(-1))

def test_stacked_adam_equals_torch_adam():
    gen = torch.Generator().manual_seed(0)
    p = torch.randn(3, 4, 5, generator=gen)
    ref = p.clone().requires_grad_()
    opt = torch.optim.Adam([ref], lr=1e-2)
    ours = StackedAdam([p], lr=1e-2)
    for _ in range(5):
        g = torch.randn(3, 4, 5, generator=gen)
        ref.grad = g.clone()
        opt.step()
        ours.step([p], [g])
    torch.testing.assert_close(p, ref.detach(), rtol=0, atol=1e-7)
    # dropping run 1 keeps the others' moments
    ours.keep(torch.tensor([0, 2]))
    assert ours.exp_avg[0].shape == (2, 4, 5)
    torch.testing.assert_close(ours.exp_avg[0][1], opt.state[ref]["exp_avg"][2])


def test_initial_weights_depend_on_seed_alone(digits):
    task, data = digits
    rng = torch.random.get_rng_state()
    a, b, c = (initial_state(task, 10, s) for s in (3, 3, 4))
    assert torch.equal(torch.random.get_rng_state(), rng)  # the global RNG is left alone
    assert a.keys() == b.keys()
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert not all(torch.equal(a[k], c[k]) for k in a)
    # inside a batch, run k starts from initial_state(seed_k), whatever the other runs are
    stack = _build_stack(task, 10, [4, 3, 3], torch.device("cpu"))
    for k in a:
        assert torch.equal(stack.params[k][1], a[k])
        assert torch.equal(stack.params[k][2], a[k])
        assert torch.equal(stack.params[k][0], c[k])


# ------------------------------------------------------------------------------ training


def test_batched_equals_separate(digits):
    task, data = digits
    points = [(0.0, 1), (0.5, 2), (0.9, 3)]
    batched = train_runs(task, data, points, SMALL, device="cpu", progress=False)
    assert len({r.epochs for r in batched}) > 1  # some run left the stack before the others
    for point, got in zip(points, batched, strict=True):
        (alone,) = train_runs(task, data, [point], SMALL, device="cpu", progress=False)
        _assert_same_run(got, alone)
        assert (got.value, got.seed) == point


def test_same_point_twice_is_identical(digits):
    task, data = digits
    first = train_runs(task, data, [(0.5, 7)], SMALL, device="cpu", progress=False)
    second = train_runs(task, data, [(0.5, 7)], SMALL, device="cpu", progress=False)
    assert _metrics(first[0]) == _metrics(second[0])


def test_paired_runs_differ_only_by_value(digits):
    task, data = digits
    a, b = train_runs(task, data, [(0.0, 5), (0.0, 6)], SMALL, device="cpu", progress=False)
    assert a.val != b.val  # different seeds: different weights and batches


class _FlatDigits(DigitsTask):
    """Digits whose early-stopping metric never improves after the first epoch."""

    def metrics_from_logits(self, logits, labels, data):
        metrics = super().metrics_from_logits(logits, labels, data)
        metrics["mae"] = 1.0
        return metrics


def test_early_stopping_respects_patience(digits):
    _, data = digits
    config = TrainConfig(batch_size=128, max_epochs=50, patience=3)
    results = train_runs(_FlatDigits(), data, [(0.0, 1), (0.3, 2)], config, device="cpu",
                         progress=False)
    for r in results:
        assert (r.best_epoch, r.epochs) == (1, 4)
        assert r.error is None


def test_max_epochs_caps_training(digits):
    task, data = digits
    config = TrainConfig(batch_size=128, max_epochs=2, patience=50)
    (r,) = train_runs(task, data, [(0.2, 1)], config, device="cpu", progress=False)
    assert r.epochs == 2 and 1 <= r.best_epoch <= 2


class _NanDigits(DigitsTask):
    """Digits whose similarity matrix for value 0.5 is NaN: that run's loss is NaN."""

    def similarity(self, data, value):
        s = super().similarity(data, value)
        return torch.full_like(s, float("nan")) if value == 0.5 else s


def test_nan_loss_stops_that_run_only(digits):
    task, data = digits
    points = [(0.0, 1), (0.5, 2), (0.9, 3)]
    results = train_runs(_NanDigits(), data, points, SMALL, device="cpu", progress=False)
    assert results[1].error == "nan loss at epoch 1"
    assert results[1].epochs == 1 and results[1].best_epoch == 0
    assert results[1].test == {}
    healthy = train_runs(task, data, [points[0], points[2]], SMALL, device="cpu",
                         progress=False)
    _assert_same_run(results[0], healthy[0])
    _assert_same_run(results[2], healthy[1])


def test_out_of_memory_fails_the_batch(digits, monkeypatch):
    task, data = digits

    def oom(*args, **kwargs):
        raise torch.cuda.OutOfMemoryError("CUDA out of memory (simulated)")

    monkeypatch.setattr(task, "similarity", oom)
    results = train_runs(task, data, [(0.0, 1), (0.5, 2)], SMALL, device="cpu", progress=False)
    assert [r.error for r in results] == ["out of memory"] * 2


def test_bf16_needs_cuda(digits):
    task, data = digits
    with pytest.raises(ValueError, match="bf16"):
        train_runs(task, data, [(0.0, 1)], TrainConfig(bf16=True), device="cpu")


def test_progress_logs_one_line_per_epoch(digits, caplog):
    task, data = digits
    config = TrainConfig(batch_size=128, max_epochs=2, patience=5)
    with caplog.at_level(logging.INFO, logger="simloss_tune.train"):
        train_runs(task, data, [(0.0, 1), (0.5, 1)], config, device="cpu")
    lines = [r.getMessage() for r in caplog.records if r.name == "simloss_tune.train"]
    assert len(lines) == 2 and "2/2 runs active" in lines[0]


def test_digits_learns():
    task = get_task("digits")
    data = task.load(None)
    config = TrainConfig(batch_size=64, max_epochs=8)
    (r,) = train_runs(task, data, [(0.0, 0)], config, device="cpu", progress=False)
    assert r.error is None
    assert r.test["accuracy"] > 0.8  # chance is 0.1
    assert sum(r.mean_distribution) == pytest.approx(1.0, abs=1e-4)
    assert all(0 <= r.test[m] for m in ("mae", "mse"))


# ------------------------------------------------------------------------------ command


def test_train_command_writes_json(tmp_path, capsys):
    out = tmp_path / "out.json"
    code = main(["train", "--task", "digits", "--value", "0.5", "--seed", "1",
                 "--max-epochs", "3", "--device", "cpu", "--json", str(out)])
    assert code == 0
    doc = json.loads(out.read_text())
    assert set(doc) == JSON_KEYS
    assert (doc["task"], doc["parameter"], doc["value"], doc["seed"]) == ("digits", "r", 0.5, 1)
    assert doc["epochs"] <= 3 and doc["error"] is None
    assert set(doc["val"]) == set(doc["test"]) == {"accuracy", "mae", "mse"}
    assert 0.0 <= doc["test"]["accuracy"] <= 1.0
    assert len(doc["mean_distribution"]) == 10
    assert "digits r=0.5 seed=1" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["--value", "1.0"], "--value"),
    (["--value", "-0.1"], "--value"),
    (["--value", "nan"], "--value"),
    (["--value", "0.5", "--max-epochs", "0"], "max_epochs"),
    (["--value", "0.5", "--lr", "0"], "lr"),
    (["--value", "0.5", "--device", "tpu"], "device"),
    (["--value", "0.5", "--device", "cpu", "--bf16"], "bf16"),
    (["--value", "0.5", "--seed", "-1"], "seed"),
])
def test_train_command_rejects_bad_args(tmp_path, capsys, args, message):
    out = tmp_path / "out.json"
    code = main(["train", "--task", "digits", *args, "--json", str(out)])
    assert code == 2
    assert not out.exists()
    assert message in capsys.readouterr().err


def test_train_command_unknown_task_and_missing_data_dir(tmp_path, capsys):
    out = tmp_path / "out.json"
    assert main(["train", "--task", "nope", "--value", "0", "--json", str(out)]) == 2
    assert "nope" in capsys.readouterr().err
    assert main(["train", "--task", "utkface", "--value", "0", "--json", str(out)]) == 2
    assert "--data-dir" in capsys.readouterr().err
    missing = tmp_path / "missing"
    assert main(["train", "--task", "utkface", "--value", "0", "--data-dir", str(missing),
                 "--json", str(out)]) == 2
    assert str(missing) in capsys.readouterr().err
    assert main(["train", "--task", "digits", "--value", "0",
                 "--json", str(tmp_path / "no" / "out.json")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("point, message", [((0.5, -1), "seed"), ((float("inf"), 0), "value"),
                                            ((1.0, 0), "value"), ((0.5, 1.5), "seed")])
def test_train_runs_rejects_bad_points(digits, point, message):
    task, data = digits
    with pytest.raises(ValueError, match=message):
        train_runs(task, data, [point], SMALL, device="cpu")


class _ConvDigits(DigitsTask):
    """Digits with a small CNN: convolutions and pooling, like the paper's models."""

    def model(self, num_classes):
        return torch.nn.Sequential(
            torch.nn.Conv2d(1, 6, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
            torch.nn.Flatten(), torch.nn.Linear(6 * 3 * 3, num_classes),
        )


@pytest.mark.parametrize("batching, channels_last", [("vmap", False), ("loop", False),
                                                     ("vmap", True)])
def test_batching_modes_agree(digits, batching, channels_last):
    # vmap turns the K convolutions into one grouped convolution; loop runs K plain ones
    _, data = digits
    task = _ConvDigits()
    points = [(0.0, 1), (0.7, 2)]
    config = TrainConfig(batch_size=64, max_epochs=3, patience=5)
    ref = train_runs(task, data, points, config, device="cpu", progress=False,
                     batching="loop", channels_last=True)
    got = train_runs(task, data, points, config, device="cpu", progress=False,
                     batching=batching, channels_last=channels_last)
    for a, b in zip(ref, got, strict=True):
        _assert_same_run(a, b)


def test_unknown_batching_mode(digits):
    task, data = digits
    with pytest.raises(ValueError, match="batching"):
        train_runs(task, data, [(0.0, 1)], SMALL, device="cpu", batching="threads")


class _ConvDigits3(DigitsTask):
    def model(self, num_classes):
        return torch.nn.Sequential(
            torch.nn.Conv2d(3, 6, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
            torch.nn.Flatten(), torch.nn.Linear(6 * 3 * 3, num_classes),
        )


def _three_channels(data):
    """Digits as 3-channel images (each channel a shifted copy): standardised once on the
    CPU (a one-channel split is standardised per batch, see _Inputs.keep)."""
    def three(split):
        x = split.images
        return Split(torch.cat([x, x // 2, 255 - x], dim=1), split.labels)

    mean, std = channel_stats(three(data.train).images, per_channel=True)
    return None, dataclasses.replace(data, train=three(data.train), val=three(data.val),
                                     test=three(data.test), mean=mean, std=std)


def test_standardising_once_gives_the_same_numbers_as_per_batch(digits, monkeypatch):
    # On the CPU a split is standardised once up front (STANDARDISED_BYTES); a split too
    # large for that is standardised per batch. Both must train the very same run.
    from simloss_tune import train as train_module

    _, data = _three_channels(digits[1])
    task = _ConvDigits3()
    points = [(0.0, 1), (0.7, 2)]
    kept = train_runs(task, data, points, SMALL, device="cpu", progress=False)
    monkeypatch.setattr(train_module, "STANDARDISED_BYTES", 0)
    per_batch = train_runs(task, data, points, SMALL, device="cpu", progress=False)
    assert [_metrics(r) for r in kept] == [_metrics(r) for r in per_batch]


def test_a_split_is_standardised_once_on_the_cpu_only_when_it_fits(digits, monkeypatch):
    from simloss_tune import train as train_module

    _, data = _three_channels(digits[1])
    split = train_module._to_device(data.train, torch.device("cpu"))
    scale = 1.0 / data.std
    inputs = train_module._Inputs(-data.mean * scale, scale, True, False)
    kept = inputs.keep(split)
    assert kept.floats is not None and kept.floats.dtype == torch.float32
    idx = torch.tensor([[3, 1, 4], [1, 5, 9]])
    assert torch.equal(inputs.batch(kept, idx), inputs(split.images[idx]))
    assert inputs.batch(kept, idx).stride() == inputs(split.images[idx]).stride()
    assert torch.equal(inputs.batch(kept, slice(2, 9)), inputs(split.images[2:9]))
    monkeypatch.setattr(train_module, "STANDARDISED_BYTES", split.images.numel() * 4 - 1)
    assert inputs.keep(split).floats is None
    one = train_module._to_device(digits[1].train, torch.device("cpu"))  # one channel
    assert train_module._Inputs(-digits[1].mean, 1 / digits[1].std, True, False).keep(
        one).floats is None


def test_train_command_sets_the_thread_count(capsys):
    before = torch.get_num_threads()
    try:
        assert main(["train", "--task", "digits", "--value", "0.5", "--max-epochs", "1",
                     "--limit", "64", "--device", "cpu", "--threads", "2"]) == 0
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)
    assert main(["train", "--task", "digits", "--value", "0.5", "--threads", "0"]) == 2
    assert "--threads must be at least 1, got 0" in capsys.readouterr().err
