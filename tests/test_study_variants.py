"""[[variants]] in the study layer (issue 24): the study file, init's attributes and queue."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import numpy as np
import optuna
import pytest

from simloss_tune.studies import queue
from simloss_tune.studies.queue import init as init_module
from simloss_tune.studies.spec import StudySpec, load_spec
from simloss_tune.variants import Variant

DIGITS = """
    name = "v"
    task = "digits"
    grid = [0.0, 0.5]
    seeds = 3
    objectives = ["accuracy", "mae"]
    {extra}
    [training]
    max_epochs = 2
    patience = 1
    """
VARIANTS = """
    [[variants]]
    name = "sord"
    loss = "soft_labels"

    [[variants]]
    name = "smooth"
    loss = "soft_labels"
    similarity = { uniform = true }
    grid = [0.0, 0.1]
    """


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "s.toml"
    path.write_text(textwrap.dedent(text))
    return path


def digits(tmp_path: Path, extra: str = "", variants: str = VARIANTS) -> StudySpec:
    return load_spec(write(tmp_path, DIGITS.format(extra=extra) + textwrap.dedent(variants)))


def runs(url: str, name: str = "v") -> list[optuna.trial.FrozenTrial]:
    return optuna.load_study(study_name=f"{name}:runs", storage=url).get_trials()


@pytest.fixture
def variants_allowed(monkeypatch):
    """init's refusal lifted (it stays until the report compares variants), to test what
    init stores and enqueues."""
    monkeypatch.setattr(init_module, "_refuse_variants", lambda spec: None)


# ------------------------------------------------------------------------------- study file

def test_variants_are_parsed_and_stored_in_the_spec(tmp_path):
    spec = digits(tmp_path)
    assert [v.name for v in spec.variants] == ["sord", "smooth"]
    assert spec.variants[1] == Variant("smooth", "soft_labels", None, True, (0.0, 0.1), None)
    assert StudySpec.from_json(spec.to_json()) == spec
    assert json.loads(spec.to_json())["variants"][0]["name"] == "sord"


def test_a_study_without_variants_stores_the_same_json(tmp_path):
    spec = digits(tmp_path, variants="")
    assert spec.variants == ()
    assert "variants" not in json.loads(spec.to_json())
    assert StudySpec.from_json(spec.to_json()) == spec


@pytest.mark.parametrize("extra, variants, message", [
    ("", '[[variants]]\nname = "simloss"\nloss = "soft_labels"\n', "reserved"),
    ("", '[[variants]]\nname = "a"\nloss = "hinge"\n', "loss 'hinge' is not allowed"),
    ("baseline = 0.1", VARIANTS, "baseline 0.1 is not plain cross entropy"),
])
def test_bad_variants_are_refused_in_one_line(tmp_path, extra, variants, message):
    with pytest.raises(ValueError, match=message) as info:
        digits(tmp_path, extra, variants)
    assert "\n" not in str(info.value) and str(tmp_path) in str(info.value)


def test_adaptive_with_variants_is_refused_in_one_line(tmp_path):
    text = DIGITS.replace("grid = [0.0, 0.5]", "").replace(', "mae"]', "]").format(
        extra="[adaptive]\nn_trials = 3") + textwrap.dedent(VARIANTS)
    with pytest.raises(ValueError, match=r"\[adaptive\] with variants is not supported") as info:
        load_spec(write(tmp_path, text))
    assert "\n" not in str(info.value)


def test_variant_and_loss_are_placeholders_of_a_command(tmp_path):
    text = """
        name = "c"
        command = ["{python}", "train.py", "--variant", "{variant}", "--loss", "{loss}"]
        parameter = "r"
        classes = 3
        metrics = { accuracy = "maximize" }
        grid = [0.0, 0.5]
        seeds = 2
        objectives = ["accuracy"]
        """
    spec = load_spec(write(tmp_path, text))
    assert "{variant}" in spec.command and "{loss}" in spec.command


# --------------------------------------------------------------------------------- init

def test_init_refuses_variants_until_the_report_compares_them(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    with pytest.raises(ValueError, match="not yet supported") as info:
        queue.init_study(digits(tmp_path), url)
    assert "\n" not in str(info.value)
    assert optuna.get_all_study_summaries(url) == []  # nothing written


def test_init_enqueues_the_baseline_once_per_seed_and_every_other_point_once(
        tmp_path, variants_allowed):
    url = f"sqlite:///{tmp_path}/s.db"
    spec = digits(tmp_path)
    first = queue.init_study(spec, url)
    points = sorted((t.params["variant"], t.params["r"], t.params["seed"]) for t in runs(url))
    # simloss: grid [0, 0.5]; sord: the study's grid without r = 0; smooth: [0.1] (0 is the
    # shared baseline)
    expected = sorted([("simloss", v, s) for v in (0.0, 0.5) for s in range(3)]
                      + [("sord", 0.5, s) for s in range(3)]
                      + [("smooth", 0.1, s) for s in range(3)])
    assert points == expected
    assert all(set(t.params) == {"r", "seed", "variant"} for t in runs(url))
    again = queue.init_study(spec, url)
    assert (first.enqueued, first.already, again.enqueued, again.already) == (12, 0, 0, 12)
    assert len(runs(url)) == 12
    attrs = optuna.load_study(study_name="v:runs", storage=url).user_attrs
    assert [Variant.from_dict(d) for d in attrs["variants"]] == list(spec.variants)
    assert attrs["variant_sources"] == {}


def test_a_variant_with_its_own_parameter_stores_it_with_its_raw_similarity(
        tmp_path, variants_allowed):
    matrix = np.array([[1.0, 0.5, 0.1], [0.5, 1.0, 0.3], [0.1, 0.3, 1.0]])
    np.save(tmp_path / "sim.npy", matrix)
    text = f"""
        name = "p"
        command = ["{{python}}", "train.py"]
        parameter = "r"
        classes = 3
        metrics = {{ accuracy = "maximize" }}
        grid = [0.0, 0.5]
        seeds = 2
        objectives = ["accuracy"]

        [[variants]]
        name = "mine"
        similarity = {{ matrix = "{tmp_path / 'sim.npy'}" }}
        grid = [0.99, 0.5]
        """
    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(load_spec(write(tmp_path, text)), url)
    mine = [t.params for t in runs(url, "p") if t.params["variant"] == "mine"]
    assert sorted(mine, key=lambda p: p["seed"]) == [
        {"l": 0.5, "seed": 0, "variant": "mine"}, {"l": 0.5, "seed": 1, "variant": "mine"}]
    attrs = optuna.load_study(study_name="p:runs", storage=url).user_attrs
    assert np.allclose(attrs["variant_sources"]["mine"], matrix)


def test_init_without_variants_stores_exactly_as_before(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    queue.init_study(digits(tmp_path, variants=""), url)
    assert all(set(t.params) == {"r", "seed"} for t in runs(url))
    assert len(runs(url)) == 6
    attrs = optuna.load_study(study_name="v:runs", storage=url).user_attrs
    assert not {"variants", "variant_sources"} & set(attrs)


# ------------------------------------------------------------------------------- worker

def test_a_worker_trains_each_variant_point_once_with_its_loss(tmp_path, variants_allowed):
    from simloss_tune.runschema import read_run
    from simloss_tune.studies.worker import WorkerOptions, run_worker

    url = f"sqlite:///{tmp_path}/s.db"
    spec = load_spec(write(tmp_path, DIGITS.replace("seeds = 3", "seeds = 2").format(extra="")
                           + textwrap.dedent(VARIANTS)))
    queue.init_study(spec, url)
    run_worker(url, WorkerOptions(device="cpu", progress=False, heartbeat_interval=1,
                                  grace_period=3))
    trials = runs(url)
    assert len(trials) == 8 and all(t.state.name == "COMPLETE" for t in trials)
    records = [read_run(t, "r") for t in trials]
    keys = [(r.variant, r.value, r.seed) for r in records]
    assert sorted(keys) == sorted(set(keys))  # every point once, the baseline once per seed
    assert sorted(k for k in keys if k[1] == 0.0) == [("simloss", 0.0, 0), ("simloss", 0.0, 1)]
    by_key = {(r.variant, r.value, r.seed): r for r in records}
    for seed in (0, 1):  # SimLoss and soft labels on the same matrix train differently
        assert by_key[("simloss", 0.5, seed)].val != by_key[("sord", 0.5, seed)].val
    # the summary studies hold one trial per (variant, value), never two variants merged
    summary = optuna.load_study(study_name="v:mae:mean", storage=url).get_trials()
    assert sorted((t.params.get("variant"), t.params["r"]) for t in summary) == [
        ("simloss", 0.0), ("simloss", 0.5), ("smooth", 0.1), ("sord", 0.5)]
