"""The trainer seam with variants: `Point.variant`/`Point.loss`, `RunContext.variant`,
`RunContext.loss` and `criterion()`, the command trainer's `{variant}`, `{loss}`,
SIMLOSS_VARIANT, SIMLOSS_LOSS and `{matrix}`, and the built-in trainer on a variant's
matrix."""

from __future__ import annotations

import dataclasses
import json
import os
import sys

import numpy as np
import pytest
import torch

from simloss_tune import RunContext, SimLoss
from simloss_tune.matrices import class_order, label_smoothing_epsilon, lower_bound
from simloss_tune.matrices import uniform_similarity as uniform
from simloss_tune.soft_labels import SoftLabelLoss
from simloss_tune.studies.similarity import FIELDS, SOURCES
from simloss_tune.studies.spec import parse_spec
from simloss_tune.train import RunLoss, train_runs
from simloss_tune.trainers import LocalSession, Point, make_trainer
from simloss_tune.variants import parse_variants
from tests.test_train import _assert_same_run
from tests.test_trainers import FAKE, HERE, spec_of

pytestmark = pytest.mark.usefixtures("one_torch_thread")

RAW = np.array([[1.0, 0.8, 0.2, 0.0], [0.8, 1.0, 0.5, 0.1],
                [0.2, 0.5, 1.0, 0.7], [0.0, 0.1, 0.7, 1.0]])
VARIANTS = parse_variants([
    {"name": "sord", "loss": "soft_labels"},
    {"name": "ls", "loss": "soft_labels", "similarity": {"uniform": True}},
    {"name": "mine", "similarity": {"matrix": "m.npy"}, "grid": [0.5]},
], parameter="r", similarity_sources=SOURCES, similarity_fields=FIELDS)
ATTRS = {"variant_sources": {"mine": RAW.tolist()}}
POINTS = [Point(0.5, 1, "t0"), Point(0.5, 1, "t1", "sord", "soft_labels"),
          Point(0.2, 1, "t2", "ls", "soft_labels"), Point(0.3, 2, "t3", "mine", "simloss")]
MATRICES = [class_order(4, 0.5), class_order(4, 0.5), uniform(4, 0.2),
            lower_bound(RAW, 0.3).float()]
SEEN: list[dict] = []


def seeing_trainer(run: RunContext) -> dict:
    criterion = run.criterion()
    gen = torch.Generator().manual_seed(0)
    logits, target = torch.randn(16, 4, generator=gen), torch.randint(0, 4, (16,), generator=gen)
    SEEN.append({"variant": run.variant, "loss": run.loss, "parameter": run.parameter,
                 "similarity": run.similarity.clone(), "criterion": criterion,
                 "value": float(criterion(logits, target)), "workdir": run.workdir})
    m = {"mae": run.value, "accuracy": 0.5}
    return {"val": m, "test": m}


def test_points_and_contexts_default_to_the_study_s_own_simloss(tmp_path):
    point = Point(0.5, 1)
    assert (point.attempt, point.variant, point.loss) == ("local", "simloss", "simloss")
    run = RunContext(study=None, parameter="r", value=0.5, seed=1, class_names=["a", "b"],
                     similarity=class_order(2, 0.5), device="cpu", workdir=tmp_path)
    assert (run.variant, run.loss) == ("simloss", "simloss")
    assert type(run.criterion()) is SimLoss


def test_a_python_trainer_sees_each_run_s_variant_loss_matrix_and_criterion(tmp_path):
    SEEN.clear()
    spec = parse_spec(spec_of(trainer=f"{HERE.replace('test_trainers', 'test_trainers_variants')}"
                              ":seeing_trainer"))
    trainer = make_trainer(spec, ATTRS, variants=VARIANTS)
    session = LocalSession(tmp_path, POINTS)
    results = trainer.train(POINTS, session)
    assert [r.error for r in results] == [None] * 4
    assert [s["variant"] for s in SEEN] == ["simloss", "sord", "ls", "mine"]
    assert [s["loss"] for s in SEEN] == ["simloss", "soft_labels", "soft_labels", "simloss"]
    assert [type(s["criterion"]) for s in SEEN] == [SimLoss, SoftLabelLoss, SoftLabelLoss,
                                                    SimLoss]
    for s, want in zip(SEEN, MATRICES, strict=True):
        assert torch.equal(s["similarity"], want)
    # the variant with a source of its own keeps its values under its own parameter, l
    assert [s["parameter"] for s in SEEN] == ["r", "r", "r", "l"]
    assert [r.parameter for r in results] == ["r", "r", "r", "l"]
    # label smoothing: the uniform variant's criterion is CrossEntropyLoss(label_smoothing=eps)
    gen = torch.Generator().manual_seed(0)
    logits, target = torch.randn(16, 4, generator=gen), torch.randint(0, 4, (16,), generator=gen)
    smoothing = torch.nn.CrossEntropyLoss(label_smoothing=label_smoothing_epsilon(0.2, 4))
    assert SEEN[2]["value"] == pytest.approx(float(smoothing(logits, target)), abs=1e-6)
    assert SEEN[0]["value"] != pytest.approx(SEEN[1]["value"])  # same S, another loss
    # two variants of one (value, seed) get their own work folders
    assert SEEN[0]["workdir"] != SEEN[1]["workdir"]


def test_an_unknown_variant_or_loss_is_refused(tmp_path):
    spec = parse_spec(spec_of(trainer=f"{HERE}:good_trainer"))
    trainer = make_trainer(spec, ATTRS, variants=VARIANTS)
    for point, message in [(Point(0.5, 1, "a", "other"), "variant 'other' is not one of"),
                           (Point(0.5, 1, "a", "sord", "sord"), "loss 'sord' is not allowed")]:
        with pytest.raises(ValueError, match=message):
            trainer.train([point], LocalSession(tmp_path, [point]))


def _command_spec(monkeypatch, extra):
    for name in [k for k in os.environ if k.startswith("SIMLOSS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("FAKE_MODE", "ok")
    spec = parse_spec(spec_of(trainer=None, objectives=["mae", "accuracy"],
                              command=[sys.executable, FAKE, "--m", "{matrix}",
                                       "--p", "{parameter}"]))
    # the study file's own check of placeholders is the study layer's (declared.PLACEHOLDERS)
    return dataclasses.replace(spec, command=(*spec.command, *extra))


def test_a_command_gets_the_run_s_variant_loss_and_matrix(tmp_path, monkeypatch):
    spec = _command_spec(monkeypatch, ["--variant", "{variant}", "--loss", "{loss}"])
    trainer = make_trainer(spec, ATTRS, variants=VARIANTS)
    session = LocalSession(tmp_path, POINTS)
    results = trainer.train(POINTS, session)
    assert [r.error for r in results] == [None] * 4
    for i, (point, want) in enumerate(zip(POINTS, MATRICES, strict=True)):
        workdir = session.workdir(i)
        seen = json.loads((workdir / "seen.json").read_text())
        parameter = "l" if point.variant == "mine" else "r"
        assert seen["argv"][1:] == [str(workdir / "matrix.npy"), "--p", parameter,
                                    "--variant", point.variant, "--loss", point.loss]
        assert seen["env"]["SIMLOSS_VARIANT"] == point.variant
        assert seen["env"]["SIMLOSS_LOSS"] == point.loss
        assert seen["env"]["SIMLOSS_PARAMETER"] == parameter
        assert np.array_equal(np.load(workdir / "matrix.npy"), want.numpy())


def test_a_command_of_a_study_without_variants_gets_the_environment_it_got(tmp_path,
                                                                          monkeypatch):
    spec = _command_spec(monkeypatch, ["--variant", "{variant}", "--loss", "{loss}"])
    trainer = make_trainer(spec, {})
    points = [Point(0.5, 1, "t0")]
    session = LocalSession(tmp_path, points)
    (result,) = trainer.train(points, session)
    assert result.error is None
    seen = json.loads((session.workdir(0) / "seen.json").read_text())
    assert seen["argv"][-4:] == ["--variant", "simloss", "--loss", "simloss"]
    assert "SIMLOSS_VARIANT" not in seen["env"] and "SIMLOSS_LOSS" not in seen["env"]


def test_the_built_in_trainer_trains_each_point_with_its_variant_s_loss_and_matrix(tmp_path):
    training = {"limit": 200, "max_epochs": 3, "patience": 5, "batch_size": 64, "lr": 1e-2}
    spec = parse_spec({"name": "d", "task": "digits", "grid": [0.0, 0.5], "seeds": 2,
                       "objectives": ["mae"], "training": training})
    raw = np.eye(10) + 0.8 * (1 - np.eye(10))  # S = 0.6 off the diagonal at l = 0.5
    digit_variants = parse_variants([
        {"name": "sord", "loss": "soft_labels"},
        {"name": "ls", "loss": "soft_labels", "similarity": {"uniform": True}},
        {"name": "mine", "loss": "soft_labels", "similarity": {"matrix": "m.npy"},
         "grid": [0.5]},
    ], parameter="r", similarity_sources=SOURCES, similarity_fields=FIELDS)
    trainer = make_trainer(spec, {"variant_sources": {"mine": raw.tolist()}},
                           variants=digit_variants)
    points = [Point(0.5, 1, "a"), Point(0.5, 1, "b", "sord", "soft_labels"),
              Point(0.2, 1, "c", "ls", "soft_labels"), Point(0.5, 1, "d", "mine", "soft_labels")]
    got = trainer.train(points, LocalSession(tmp_path, points))
    task, data = trainer.task, trainer.data
    want = train_runs(task, data, [
        (0.5, 1), (0.5, 1, RunLoss("soft_labels")),
        (0.2, 1, RunLoss("soft_labels", uniform(10, 0.2))),
        (0.5, 1, RunLoss("soft_labels", lower_bound(raw, 0.5).float()))],
        spec.train_config(), device="cpu", progress=False)
    for a, b in zip(got, want, strict=True):
        assert a.error is None
        _assert_same_run(a, b)
    assert len({json.dumps(r.mean_distribution) for r in got}) == 4  # four different runs
    assert [r.parameter for r in got] == ["r", "r", "r", "l"]
