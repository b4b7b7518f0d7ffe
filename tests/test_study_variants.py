"""[[variants]] in the study layer (issue 24): the study file, init's attributes and queue."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import numpy as np
import optuna
import pytest

from simloss_tune.studies import queue
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


def train_study(tmp_path: Path, text: str, name: str = "s") -> tuple[StudySpec, str]:
    """The study file `text` initialised in a SQLite database and trained by one worker."""
    from simloss_tune.studies.worker import WorkerOptions, run_worker

    url = f"sqlite:///{tmp_path}/{name}.db"
    spec = load_spec(write(tmp_path, text))
    queue.init_study(spec, url)
    run_worker(url, WorkerOptions(device="cpu", progress=False, heartbeat_interval=1,
                                  grace_period=3))
    return spec, url


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

def test_init_enqueues_the_baseline_once_per_seed_and_every_other_point_once(
        tmp_path):
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
        tmp_path):
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

def test_a_worker_trains_each_variant_point_once_with_its_loss(tmp_path):
    from simloss_tune.runschema import read_run

    spec, url = train_study(tmp_path, DIGITS.replace("seeds = 3", "seeds = 2").format(
        extra="") + textwrap.dedent(VARIANTS))
    trials = runs(url)
    assert len(trials) == 8 and all(t.state.name == "COMPLETE" for t in trials)
    records = [read_run(t, "r") for t in trials]
    keys = [(r.variant, r.value, r.seed) for r in records]
    assert sorted(keys) == sorted(set(keys))  # every point once, the baseline once per seed
    assert sorted(k for k in keys if k[1] == 0.0) == [("simloss", 0.0, 0), ("simloss", 0.0, 1)]
    by_key = {(r.variant, r.value, r.seed): r for r in records}
    for seed in (0, 1):  # SimLoss and soft labels on the same matrix train differently
        assert by_key[("simloss", 0.5, seed)].val != by_key[("sord", 0.5, seed)].val
    from simloss_tune.database import open_storage

    seen = queue.progress(open_storage(url), spec)  # `status`: every (variant, value, seed)
    assert (seen.total, seen.done, seen.failed) == (8, 8, 0)
    # the summary studies hold one trial per (variant, value), never two variants merged
    summary = optuna.load_study(study_name="v:mae:mean", storage=url).get_trials()
    assert sorted((t.params.get("variant"), t.params["r"]) for t in summary) == [
        ("simloss", 0.0), ("simloss", 0.5), ("smooth", 0.1), ("sord", 0.5)]
    # `repair` takes simloss and sord at r = 0.5 for two values, not copies of one
    assert all(n == 0 for n in queue.repair_derived(open_storage(url), spec).values())
    assert len(optuna.load_study(study_name="v:mae:mean", storage=url).get_trials()) == 4


# ------------------------------------------------------------------------------- report

def test_the_report_tests_each_variant_against_the_shared_baseline(tmp_path):
    from scipy.stats import wilcoxon

    from simloss_tune.records import load_records, study_metrics
    from simloss_tune.render import render_csv, render_latex, render_md
    from simloss_tune.report import build_report

    _, url = train_study(tmp_path, DIGITS.replace("seeds = 3", "seeds = 6").format(extra="")
                         + textwrap.dedent(VARIANTS))
    records = load_records(url, "v")
    report = build_report(records, study_metrics(records))
    doc = report.to_json()
    assert [(v["name"], v["loss"]) for v in doc["variants"]] == [
        ("simloss", "simloss"), ("sord", "soft_labels"), ("smooth", "soft_labels")]
    assert doc["variants"][2]["similarity"] == {"uniform": True}
    assert [(r["variant"], r["value"]) for r in doc["rows"]] == [
        ("simloss", 0.0), ("simloss", 0.5), ("sord", 0.5), ("smooth", 0.1)]
    stored = {(t.params["variant"], t.params["r"], t.params["seed"]): t.user_attrs
              for t in runs(url)}
    base = [stored["simloss", 0.0, s]["test_mae"] for s in range(6)]
    tested = []
    for row in doc["rows"][1:]:  # every (variant, value) against the one baseline
        mine = [stored[row["variant"], row["value"], s]["test_mae"] for s in range(6)]
        cell = row["test"]["mae"]
        assert cell["per_seed"] == {str(s): x for s, x in enumerate(mine)}
        assert cell["n_pairs"] == 6
        if any(a != b for a, b in zip(mine, base, strict=True)):
            assert cell["p_value"] == pytest.approx(wilcoxon(mine, base).pvalue)
            tested.append(cell["p_value"])
    assert len(tested) == 3
    # Holm across every (variant, value): the smallest p times the number compared
    holm = [r["test"]["mae"]["p_holm"] for r in doc["rows"][1:]]
    assert min(holm) == pytest.approx(min(1.0, 3 * min(tested)))
    for objective in doc["objectives"]:  # the best validation mean across all variants
        means = {(r["variant"], r["value"]): r["val"][objective["metric"]]["mean"]
                 for r in doc["rows"]}
        pick = max if objective["direction"] == "maximize" else min
        best = pick(means.values())
        assert means[objective["variant"], objective["value"]] == best
        assert doc["best"][objective["metric"]] == {"variant": objective["variant"],
                                                    "value": objective["value"]}
    # each variant's chosen value against the best SimLoss value, Holm across the variants
    for metric in ("accuracy", "mae"):
        against = [a for a in doc["against_simloss"] if a["metric"] == metric]
        assert [a["variant"] for a in against] == ["sord", "smooth"]
        rows = {(r["variant"], r["value"]): r for r in doc["rows"]}
        pick = max if metric == "accuracy" else min
        own = pick((r for r in doc["rows"] if r["variant"] == "simloss"),
                   key=lambda r: r["val"][metric]["mean"])
        ps = []
        for a in against:
            assert a["simloss_value"] == own["value"]
            mine = rows[a["variant"], a["value"]]["test"][metric]["per_seed"]
            theirs = own["test"][metric]["per_seed"]
            x = [mine[str(s)] for s in range(6)]
            y = [theirs[str(s)] for s in range(6)]
            if x != y:
                assert a["p_value"] == pytest.approx(wilcoxon(x, y).pvalue)
                ps.append(a["p_value"])
        if len(ps) == 2:
            assert min(a["p_holm"] for a in against) == pytest.approx(min(1.0, 2 * min(ps)))
    # soft labels on the uniform source are label smoothing: epsilon = rC / (1 + r(C - 1))
    from simloss_tune.matrices import label_smoothing_epsilon

    eps = label_smoothing_epsilon(0.1, 10)
    assert eps == pytest.approx(1 / 1.9)
    assert [r.get("epsilon") for r in doc["rows"]] == [None, None, None, eps]
    md = render_md(report)
    assert "## Each variant against the best SimLoss value" in md
    assert "| sord: 0.5 |" in md and "| smooth: 0.1 (ε = 0.526) |" in md
    assert "sord (loss soft_labels" in md and "label smoothing with ε = rC/(1 + r(C − 1))" in md
    assert "smooth: 0.1 ($\\varepsilon$ = 0.526) &" in render_latex(report)
    from simloss_tune.plots import plot_distributions, plot_metrics

    assert plot_metrics(report, tmp_path) and plot_distributions(report, tmp_path)
    svg = (tmp_path / "metrics.svg").read_text()
    assert "test, sord (soft_labels)" in svg and "test, smooth (soft_labels)" in svg
    lines = render_csv(report).splitlines()
    assert lines[0].startswith("study,task,parameter,variant,value,epsilon,")
    assert [line.split(",")[3:6] for line in lines[1:]] == [
        ["simloss", "0.0", ""], ["simloss", "0.5", ""], ["sord", "0.5", ""],
        ["smooth", "0.1", repr(eps)]]
    _check_exports(url, tmp_path / "out", doc)


def _check_exports(url: str, out: Path, doc: dict) -> None:
    """Each objective's export names its variant and loss; loss_from_export loads it."""
    from simloss_tune import loss_from_export
    from simloss_tune.export import export_study
    from simloss_tune.loss import SimLoss
    from simloss_tune.matrices import class_order, uniform_similarity
    from simloss_tune.soft_labels import SoftLabelLoss

    for path in export_study(url, "v", out):
        config = json.loads(path.read_text())
        objective = next(o for o in doc["objectives"] if o["metric"] == config["metric"])
        assert (config["variant"], config["value"]) == (objective["variant"],
                                                        objective["value"])
        loss = {"simloss": "simloss", "sord": "soft_labels", "smooth": "soft_labels"}
        assert config["loss"] == loss[config["variant"]]
        module = loss_from_export(path)
        assert isinstance(module, SoftLabelLoss if config["loss"] == "soft_labels" else SimLoss)
        want = uniform_similarity(10, config["value"]) if config["variant"] == "smooth" \
            else class_order(10, config["value"])
        assert np.allclose(np.load(path.parent / "matrix.npy"), want.numpy())


def test_a_report_without_variants_has_no_variant_keys(tmp_path):
    from simloss_tune.records import load_records, study_metrics
    from simloss_tune.report import build_report
    from tests.studyfactory import Run, make_study

    url = f"sqlite:///{tmp_path}/s.db"
    make_study(url, "d", task="digits", grid=[0.0, 0.5], seeds=[0, 1], objectives=["mae"],
               runs=[Run(v, s, val={"mae": v + s}, test={"mae": v - s})
                     for v in (0.0, 0.5) for s in (0, 1)])
    doc = build_report(load_records(url, "d"), study_metrics(load_records(url, "d"))).to_json()
    assert "variants" not in doc and "variant" not in doc["rows"][0]
    assert "variant" not in doc["objectives"][0] and doc["best"] == {
        "accuracy": None, "mae": 0.0, "mse": None}


# -------------------------------------------------------------------------------- retry

def test_retry_variant_requeues_only_that_variant_s_points(tmp_path, monkeypatch, capsys,
                                                           caplog):
    from simloss_tune.cli import main

    programs = Path(__file__).parent / "programs"
    flag = tmp_path / "bug"
    flag.write_text("")
    monkeypatch.setenv("BROKEN_FLAG", str(flag))
    monkeypatch.setenv("BROKEN_VALUE", "0.5")
    path = write(tmp_path, f"""
        name = "mend"
        command = ["{{python}}", "{programs / 'broken_at_value.py'}"]
        parameter = "r"
        classes = 4
        grid = [0.0, 0.5]
        seeds = 2
        objectives = ["mae"]
        [metrics]
        mae = "minimize"
        [training]
        workdir = "{tmp_path / 'work'}"

        [[variants]]
        name = "sord"
        loss = "soft_labels"
        """)
    url = f"sqlite:///{tmp_path}/db.sqlite"
    worker = ["worker", "--device", "cpu", "--heartbeat-interval", "1", "--grace-period", "5",
              "--storage", url]
    assert main(["init", str(path), "--storage", url]) == 0
    with caplog.at_level("WARNING"):
        assert main(worker) == 1  # every r = 0.5 run, of both variants, failed for good
    assert any("run variant=sord r=0.5 seed=0 failed" in r.getMessage() for r in caplog.records)
    capsys.readouterr()
    assert main(["retry", "--storage", url, "--variant", "nope"]) == 2
    err = capsys.readouterr().err
    assert "--variant 'nope' is not a variant of study 'mend' (its variants: simloss, sord)" \
        in err and len(err.strip().splitlines()) == 1
    flag.unlink()
    assert main(["retry", "--storage", url, "--variant", "sord"]) == 0
    out = capsys.readouterr().out
    assert "re-queued 2 point(s)" in out and "variant=sord r=0.5 seed=0" in out
    assert "variant=simloss" not in out
    assert main(worker) == 0  # the two re-queued runs; simloss r = 0.5 stays failed
    done = [(t.params["variant"], t.params["r"], t.params["seed"]) for t in runs(url, "mend")
            if t.state.name == "COMPLETE"]
    assert sorted(done) == [("simloss", 0.0, 0), ("simloss", 0.0, 1), ("sord", 0.5, 0),
                            ("sord", 0.5, 1)]


def test_variants_on_postgresql_train_each_point_once(pg_url, tmp_path):
    from simloss_tune.runschema import read_run
    from simloss_tune.studies.worker import WorkerOptions, run_worker

    spec = load_spec(write(tmp_path, DIGITS.replace("seeds = 3", "seeds = 2").format(extra="")
                           + textwrap.dedent(VARIANTS)))
    assert queue.init_study(spec, pg_url).enqueued == 8
    assert queue.init_study(spec, pg_url).enqueued == 0  # again: nothing twice
    run_worker(pg_url, WorkerOptions(device="cpu", progress=False, heartbeat_interval=1,
                                     grace_period=3))
    trials = runs(pg_url)
    keys = sorted((r.variant, r.value, r.seed) for r in (read_run(t, "r") for t in trials))
    assert all(t.state.name == "COMPLETE" for t in trials)
    assert keys == sorted([("simloss", v, s) for v in (0.0, 0.5) for s in (0, 1)]
                          + [("sord", 0.5, s) for s in (0, 1)]
                          + [("smooth", 0.1, s) for s in (0, 1)])
