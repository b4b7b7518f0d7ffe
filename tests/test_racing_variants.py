"""Racing in a study with [[variants]] (issue 24): (variant, value) points are eliminated by
the same rule, the shared baseline never; decisions, skipped runs, summary trials, `status`
and the report name the variant. Real digits training on SQLite."""

from __future__ import annotations

import json
import textwrap

import optuna
import pytest
from optuna.trial import TrialState

from simloss_tune import racing
from simloss_tune.database import open_storage
from simloss_tune.records import load_records, task_metrics
from simloss_tune.render import FORMATS, render, render_md
from simloss_tune.report import build_report, fmt_value, value_decimals
from simloss_tune.runschema import read_run
from simloss_tune.studies import elimination, queue
from simloss_tune.studies.spec import Racing
from tests.test_study_variants import train_study

ONE = Racing(min_seeds=5, alpha=0.05, test="one-sided")
MAE = {"mae": "minimize"}

# "flat" is SimLoss on the uniform source at r = 0.99: -log(0.01 p_y + 0.99) hardly depends on
# the prediction, so it is far worse on accuracy and MAE on every seed.
SPEC = """
    name = "rv"
    task = "digits"
    grid = [0.0, 0.2]
    seeds = 7
    objectives = ["accuracy", "mae"]
    [training]
    max_epochs = 10
    patience = 1000
    [racing]
    min_seeds = 3
    alpha = 0.05

    [[variants]]
    name = "sord"
    loss = "soft_labels"
    grid = [0.2]

    [[variants]]
    name = "flat"
    similarity = { uniform = true }
    grid = [0.99]
    """


def test_points_with_variants_are_decided_and_stored_by_the_same_rule():
    base = [1.0, 1.1, 0.9, 1.0, 1.05, 1.0]
    results = {("simloss", 0.0): base, ("sord", 0.5): [x - 0.2 for x in base],
               ("simloss", 0.5): [x + 1 for x in base], ("flat", 0.0): [x + 1 for x in base]}
    table = {p: {s: {"mae": x} for s, x in enumerate(xs)} for p, xs in results.items()}
    decided = racing.decide(table, MAE, ("simloss", 0.0), ONE)
    # the shared baseline is as clearly worse than sord: 0.5, but never eliminated
    assert {d.value for d in decided} == {("simloss", 0.5), ("flat", 0.0)}
    assert all(d.against == ("sord", 0.5) and d.seeds == 5 for d in decided)
    attrs = {racing.decision_key(d.value): json.dumps(d.to_json()) for d in decided}
    assert sorted(attrs) == ["racing:flat:0.0", "racing:simloss:0.5"]
    back = racing.decisions_from_attrs({**attrs, "racing:0.3": '{"seeds": 5}'})
    assert back[("flat", 0.0)]["against_variant"] == "sord"
    assert back[("flat", 0.0)]["against"] == 0.5 and 0.3 in back  # a plain study's key


def test_racing_with_variants_eliminates_a_variant_s_value_and_skips_only_its_runs(tmp_path):
    spec, url = train_study(tmp_path, textwrap.dedent(SPEC), name="rv")

    storage = open_storage(url)
    decided = elimination.decisions(storage, spec)
    # flat: 0.99 goes at the first count the test allows; at 10 epochs another point may go
    # too (simloss: 0.2 lost to sord: 0.2 on every seed once), the shared baseline never
    assert ("flat", 0.99) in decided and ("simloss", 0.0) not in decided
    d = decided[("flat", 0.99)]
    assert d["seeds"] == 5 and d["p_value"] == pytest.approx(1 / 32)
    assert (d["against_variant"], d["against"]) in {("simloss", 0.0), ("simloss", 0.2),
                                                    ("sord", 0.2)}

    trials = optuna.load_study(study_name="rv:runs", storage=url).get_trials()
    done = [read_run(t, "r") for t in trials if t.state == TrialState.COMPLETE]
    keys = [(r.variant, r.value, r.seed) for r in done]
    assert len(keys) == len(set(keys))  # nothing trained twice
    skipped = [t for t in trials if t.state == TrialState.PRUNED]
    points = [("simloss", 0.0), ("simloss", 0.2), ("sord", 0.2), ("flat", 0.99)]
    for p in points:
        trained = {s for v, x, s in keys if (v, x) == p}
        gone = {t.params["seed"] for t in skipped
                if (t.params["variant"], t.params["r"]) == p}
        if p not in decided:  # kept: every seed trained (the shared baseline among them)
            assert trained == set(range(7)) and not gone, p
        else:  # eliminated: each seed trained or skipped, never both, never lost
            assert trained | gone == set(range(7)) and not trained & gone, p
            assert len(trained) >= decided[p]["seeds"], p
    assert 6 in {t.params["seed"] for t in skipped if t.params["variant"] == "flat"}
    flat_done = {s for v, _, s in keys if v == "flat"}
    reason = next(t.user_attrs["skipped"] for t in skipped if t.params["variant"] == "flat")
    assert f"{d['against_variant']}: r = {d['against']:g}" in reason

    # the dashboard's summary study shows each eliminated point with its variant
    summary = optuna.load_study(study_name="rv:mae:mean", storage=url).get_trials()
    pruned = {(t.params["variant"], t.params["r"]): t for t in summary
              if t.state == TrialState.PRUNED}
    assert set(pruned) == set(decided)
    assert pruned[("flat", 0.99)].user_attrs["racing_against_variant"] == d["against_variant"]
    assert len(summary) == 4  # one trial per (variant, value), whoever wrote it
    assert queue.progress(storage, spec).eliminated == len(decided)

    records = load_records(url, "rv")
    report = build_report(records, task_metrics("digits"), n_resamples=200)
    doc = json.loads(json.dumps(report.to_json()))
    row = next(r for r in doc["rows"] if r["variant"] == "flat")
    assert row["racing"] == {"eliminated": True, "seeds": 5,
                             "p_value": pytest.approx(1 / 32), "against": d["against"],
                             "against_variant": d["against_variant"]}
    assert row["n"] == len(flat_done)
    assert {(r["variant"], r["value"]) for r in doc["rows"]
            if r["racing"]["eliminated"]} == set(decided)
    assert "racing eliminated (variant, value) points" in doc["method"]
    reasons = [m["reason"] for m in doc["missing"] if m["variant"] == "flat"]
    assert len(reasons) == 7 - len(flat_done) and all("racing" in x for x in reasons)
    md = render_md(report)
    decimals = value_decimals([0.0, 0.2] if d["against_variant"] == "simloss" else [0.2])
    against = f"{d['against_variant']}: {fmt_value(d['against'], decimals)}"
    assert f"- flat: 0.99: after 5 seeds, worse than {against} " in md
    for fmt in FORMATS:  # every format renders a variant study with an elimination
        assert render(fmt, [report])
