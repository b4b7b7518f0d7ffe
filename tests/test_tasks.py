"""Tasks: registry, the digits task, the loaders on tiny datasets in their true layouts."""

from __future__ import annotations

import pytest
import torch

from simloss_tune.tasks import (
    ORDINAL_METRICS,
    Split,
    Task,
    TaskData,
    available_tasks,
    get_task,
    register_task,
)
from simloss_tune.tasks import base as task_base

# -- registry -----------------------------------------------------------------------------


def test_builtin_tasks_are_registered():
    assert {"digits"} <= set(available_tasks())
    t = get_task("digits")
    assert (t.parameter, t.baseline, t.early_stopping) == ("r", 0.0, "mae")
    assert [m.name for m in t.metrics] == ["accuracy", "mae", "mse"]


def test_unknown_task_lists_available():
    with pytest.raises(ValueError, match=r"unknown task 'nope'; available: .*digits"):
        get_task("nope")


class _Tiny(Task):
    name = "tiny-test-task"
    metrics = ORDINAL_METRICS
    needs_data_dir = False

    def load(self, data_dir, *, split_seed=0, limit=None, download=False, cache_dir=None):
        x = torch.zeros(4, 1, 2, 2, dtype=torch.uint8)
        s = Split(x, torch.tensor([0, 1, 2, 1]))
        return TaskData(s, s, s, ["a", "b", "c"], torch.zeros(1), torch.ones(1))

    def model(self, num_classes):
        return torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(4, num_classes))


@pytest.fixture
def clean_registry(monkeypatch):
    monkeypatch.setattr(task_base, "_REGISTRY", dict(task_base._REGISTRY))


def test_register_own_task(clean_registry):
    register_task(_Tiny())
    assert "tiny-test-task" in available_tasks()
    t = get_task("tiny-test-task")
    data = t.load(None)
    out = t.metrics_from_logits(torch.eye(3)[[0, 1, 0, 1]] * 5, data.test.labels, data)
    assert out == {"accuracy": 0.75, "mae": 0.5, "mse": 1.0}
    with pytest.raises(ValueError, match="already registered"):
        register_task(_Tiny)
    register_task(_Tiny, replace=True)


def test_register_validates(clean_registry):
    class Bad(_Tiny):
        name = "bad"
        early_stopping = "f1"

    with pytest.raises(ValueError, match="no metric 'f1'"):
        register_task(Bad())


def test_task_by_import_path():
    t = get_task("tests.test_tasks:_Tiny")
    assert t.name == "tiny-test-task"
    with pytest.raises(ValueError, match="no attribute"):
        get_task("tests.test_tasks:Missing")
    with pytest.raises(ValueError, match="cannot import"):
        get_task("no_such_module_xyz:Task")


# -- digits -------------------------------------------------------------------------------


def test_digits_load():
    t = get_task("digits")
    assert not t.needs_data_dir
    d = t.load(None)
    assert (len(d.train), len(d.val), len(d.test)) == (1078, 359, 360)
    assert d.train.images.dtype == torch.uint8 and d.train.images.shape[1:] == (1, 8, 8)
    assert d.train.labels.dtype == torch.int64
    assert int(d.train.images.max()) == 255
    assert d.class_names == [str(i) for i in range(10)]
    assert d.mean.shape == d.std.shape == (1,) and d.mean.dtype == torch.float32
    x = d.train.images.double()
    assert float(d.mean) == pytest.approx(float(x.mean()), rel=1e-5)
    assert float(d.std) == pytest.approx(float(x.std(unbiased=False)), rel=1e-4)
    assert t.model(10)(torch.zeros(2, 1, 8, 8)).shape == (2, 10)


def test_digits_split_depends_on_split_seed_only():
    t = get_task("digits")
    a, b, c = t.load(None, split_seed=0), t.load(None, split_seed=0), t.load(None, split_seed=1)
    assert torch.equal(a.val.images, b.val.images) and torch.equal(a.test.labels, b.test.labels)
    assert not torch.equal(a.val.images, c.val.images)
    torch.manual_seed(123)  # the run seed must not matter
    assert torch.equal(a.test.images, t.load(None, split_seed=0).test.images)
    small = t.load(None, limit=7)
    assert (len(small.train), len(small.val), len(small.test)) == (7, 7, 7)
    assert torch.equal(small.val.images, a.val.images[:7])
    with pytest.raises(ValueError, match="limit"):
        t.load(None, limit=0)


def test_digits_similarity_is_class_order():
    t = get_task("digits")
    d = t.load(None, limit=5)
    s = t.similarity(d, 0.5)
    assert s.shape == (10, 10) and s.dtype == torch.float32
    assert float(s[0, 2]) == pytest.approx(0.25)
    assert torch.equal(t.similarity(d, 0.0), torch.eye(10))
