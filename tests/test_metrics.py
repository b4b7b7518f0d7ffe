"""Metric definitions on hand-made cases (paper, section 4)."""

from __future__ import annotations

import math

import pytest
import torch

from simloss_tune import metrics

T = torch.tensor


def test_ordinal_metrics_by_hand():
    pred, labels = T([0, 2, 5, 3]), T([0, 1, 2, 3])
    assert metrics.accuracy(pred, labels) == pytest.approx(0.5)
    assert metrics.mae(pred, labels) == pytest.approx((0 + 1 + 3 + 0) / 4)
    assert metrics.mse(pred, labels) == pytest.approx((0 + 1 + 9 + 0) / 4)
    assert isinstance(metrics.mae(pred, labels), float)


def test_predictions_are_argmax_of_logits():
    logits = T([[0.1, 2.0, -1.0], [3.0, 0.0, 0.0]])
    assert metrics.predictions(logits).tolist() == [1, 0]


def test_superclass_and_failed_superclass_accuracy():
    superclass = T([0, 0, 1, 1, 2])  # classes 0,1 | 2,3 | 4
    labels = T([0, 0, 2, 3, 4, 4])
    pred = T([0, 1, 3, 0, 4, 2])  # right, same-super, same-super, wrong-super, right, wrong
    assert metrics.accuracy(pred, labels) == pytest.approx(2 / 6)
    assert metrics.superclass_accuracy(pred, labels, superclass) == pytest.approx(4 / 6)
    # misclassified: (1|0) same, (3|2) same, (0|3) no, (2|4) no -> 2/4
    assert metrics.failed_superclass_accuracy(pred, labels, superclass) == pytest.approx(0.5)
    assert metrics.superclass_accuracy(pred, labels, superclass) >= metrics.accuracy(pred, labels)


def test_fsa_without_misclassifications_is_nan():
    superclass = T([0, 1])
    labels = T([0, 1, 1])
    assert math.isnan(metrics.failed_superclass_accuracy(labels, labels, superclass))
    assert math.isnan(metrics.accuracy(T([], dtype=torch.long), T([], dtype=torch.long)))


def test_compute_and_errors():
    pred, labels = T([1, 1]), T([1, 0])
    out = metrics.compute(["accuracy", "mae"], pred, labels)
    assert out == {"accuracy": 0.5, "mae": 0.5}
    with pytest.raises(ValueError, match="superclass"):
        metrics.compute(["superclass_accuracy"], pred, labels)
    with pytest.raises(ValueError, match="known: accuracy"):
        metrics.compute(["f1"], pred, labels)
    with pytest.raises(ValueError, match="shape"):
        metrics.accuracy(T([1, 2]), T([1]))


def test_one_metric_record_for_tasks_records_and_the_report():
    from simloss_tune import records, tasks

    assert tasks.Metric is records.MetricSpec is metrics.Metric
    acc = metrics.Metric("accuracy", "maximize", percent=True)
    assert tasks.ORDINAL_METRICS[0] == acc
    assert metrics.metric_specs([acc, ("mae", "minimize"), {"name": "mse",
                                                            "direction": "minimize"}]) == (
        acc, metrics.Metric("mae", "minimize"), metrics.Metric("mse", "minimize"))
    with pytest.raises(ValueError, match="direction 'up' must be 'maximize' or 'minimize'"):
        metrics.Metric("mae", "up")
