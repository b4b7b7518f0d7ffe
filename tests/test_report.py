"""The report: paired Wilcoxon tests, Holm, bootstrap, honest handling of missing data, the
formats, the command against a real SQLite database written by tests/studyfactory.py."""

from __future__ import annotations

import argparse
import csv
import io
import json

import numpy as np
import optuna
import pytest
from scipy.stats import wilcoxon

from simloss_tune import publish as pb
from simloss_tune import records as rc
from simloss_tune import render as rd
from simloss_tune import report as rp
from simloss_tune import stats
from simloss_tune.cli import main
from tests.studyfactory import Run, dump, make_study, runs_from_table, sqlite_copy

optuna.logging.set_verbosity(optuna.logging.WARNING)

METRICS = [("accuracy", "maximize", True), ("mae", "minimize"), ("mse", "minimize")]
SEEDS = list(range(8))
BASE_MAE = [7.40, 7.35, 7.50, 7.45, 7.38, 7.42, 7.47, 7.36]
BASE_ACC = [0.150, 0.148, 0.152, 0.151, 0.149, 0.153, 0.147, 0.150]
BASE_MSE = [122.0, 121.5, 123.0, 122.4, 121.9, 122.2, 122.8, 121.7]
# r = 0.8: clearly better in MAE on every seed, clearly worse in accuracy, mixed MSE
GAIN = [0.30, 0.25, 0.40, 0.35, 0.28, 0.33, 0.31, 0.27]
MIXED = [0.05, -0.03, 0.02, -0.04, 0.01, -0.06, 0.07, -0.08]  # distinct |d|: no ties


def _table(value: float, n: int = 8) -> dict[str, list[float]]:
    if value == 0.0:
        mae, acc, mse = BASE_MAE, BASE_ACC, BASE_MSE
    elif value == 0.8:
        mae = [b - g for b, g in zip(BASE_MAE, GAIN, strict=True)]
        acc = [b - 0.02 - g / 100 for b, g in zip(BASE_ACC, GAIN, strict=True)]
        mse = [b + m for b, m in zip(BASE_MSE, MIXED, strict=True)]
    else:
        mae = [b + m for b, m in zip(BASE_MAE, MIXED, strict=True)]
        acc = [b + m / 100 for b, m in zip(BASE_ACC, MIXED, strict=True)]
        mse = [b - 1.0 - g for b, g in zip(BASE_MSE, GAIN, strict=True)]
    return {"accuracy": acc[:n], "mae": mae[:n], "mse": mse[:n]}


def clean_runs(values=(0.0, 0.4, 0.8), n: int = 8) -> list[Run]:
    runs = []
    for v in values:
        test = _table(v, n)
        val = {m: [x * (1.01 if m == "accuracy" else 0.99) for x in xs] for m, xs in test.items()}
        runs += runs_from_table(v, test, val, mean_distribution=[0.1, 0.2 + v / 10, 0.7 - v / 10])
    return runs


def records(runs, *, seeds=SEEDS, grid=(0.0, 0.4, 0.8), metric=None, objectives=("mae",)):
    return rc.StudyRecords(
        study="utk", task="utkface", parameter="r", baseline=0.0,
        runs=[rc.Run(r.value, r.seed, r.state, r.val, r.test, r.mean_distribution, r.error, i)
              for i, r in enumerate(runs)],
        grid=list(grid), seeds=list(seeds), objectives=list(objectives), metric=metric,
        class_names=["a", "b", "c"])


def build(*args, **kwargs) -> dict:
    """The report as its JSON document (report.json), read by key as a user reads it."""
    return rp.build_report(*args, **kwargs).to_json()


def row(report, value):
    return next(r for r in report["rows"] if abs(r["value"] - value) < 1e-9)


# ------------------------------------------------------------------------------ statistics


def test_wilcoxon_p_values_equal_scipys_and_marks_follow_from_them():
    report = build(records(clean_runs()), METRICS)
    base = row(report, 0.0)
    for value in (0.4, 0.8):
        for split in ("val", "test"):
            for metric, direction, *_ in METRICS:
                cell = row(report, value)[split][metric]
                x = [cell["per_seed"][str(s)] for s in SEEDS]
                y = [base[split][metric]["per_seed"][str(s)] for s in SEEDS]
                assert cell["p_value"] == wilcoxon(x, y).pvalue
                assert cell["n_pairs"] == 8
                diff = float(np.mean(np.subtract(x, y)))
                assert cell["diff_mean"] == pytest.approx(diff)
                expected = ""
                if cell["p_value"] < 0.05:
                    better = diff > 0 if direction == "maximize" else diff < 0
                    expected = "+" if better else "-"
                assert cell["mark"] == expected
    test08 = row(report, 0.8)["test"]
    assert test08["mae"]["mark"] == "+" and test08["mae"]["p_value"] == pytest.approx(2 / 256)
    assert test08["accuracy"]["mark"] == "-"
    assert row(report, 0.4)["test"]["mae"]["mark"] == ""
    assert row(report, 0.4)["test"]["mse"]["mark"] == "+"  # lower MSE is better
    assert base["test"]["mae"]["p_value"] is None and base["test"]["mae"]["mark"] == ""
    assert report["best"] == {"accuracy": 0.0, "mae": 0.8, "mse": 0.4}
    (objective,) = report["objectives"]
    assert objective["metric"] == "mae" and objective["value"] == 0.8
    assert objective["mark"] == "+" and objective["p_value"] == test08["mae"]["p_value"]
    assert report["warnings"] == [] and report["missing"] == []


def test_holm_against_a_hand_computation():
    # sorted: 0.01*4 = 0.04, 0.03*3 = 0.09, 0.04*2 = 0.08 -> 0.09 (monotone), 0.5*1 = 0.5
    assert stats.holm([0.01, 0.04, 0.03, None, 0.5]) == pytest.approx(
        [0.04, 0.09, 0.09, None, 0.5])
    assert stats.holm([0.6, 0.7])[0] == pytest.approx(1.0)  # capped at 1
    report = build(records(clean_runs((0.0, 0.2, 0.4, 0.8))), METRICS)
    cells = [row(report, v)["test"]["mae"] for v in (0.2, 0.4, 0.8)]
    ps = [c["p_value"] for c in cells]
    order = np.argsort(ps)
    hand = [0.0] * 3
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (3 - rank) * ps[i]))
        hand[i] = running
    assert [c["p_holm"] for c in cells] == pytest.approx(hand)


def test_bootstrap_ci_is_reproducible_and_sensible():
    diffs = [-0.3, -0.25, -0.4, -0.35, -0.28, -0.33, -0.31, -0.27]
    a = stats.bootstrap_mean_ci(diffs)
    assert a == stats.bootstrap_mean_ci(diffs)
    assert a != stats.bootstrap_mean_ci(diffs, seed=1)
    assert a[0] < np.mean(diffs) < a[1] < 0
    assert stats.bootstrap_mean_ci([0.1]) is None
    one = build(records(clean_runs()), METRICS)
    two = build(records(clean_runs()), METRICS)
    assert one == two
    assert row(one, 0.8)["test"]["mae"]["diff_ci"] == pytest.approx(list(a))


def test_fewer_than_six_pairs_warns_that_p_below_005_is_impossible():
    report = build(records(clean_runs(n=5), seeds=range(5)), METRICS)
    cell = row(report, 0.8)["test"]["mae"]
    assert cell["n_pairs"] == 5 and cell["p_value"] == pytest.approx(0.0625)
    assert cell["mark"] == "" and "cannot reach p < 0.05" in cell["note"]
    assert any("r = 0.8: only 5 seeds paired" in w and "cannot reach p < 0.05" in w
               for w in report["warnings"])


def test_no_test_with_fewer_than_two_pairs():
    report = build(records(clean_runs(n=1), seeds=[0]), METRICS)
    cell = row(report, 0.8)["test"]["mae"]
    assert cell["p_value"] is None and cell["p_holm"] is None and cell["mark"] == ""
    assert cell["n_pairs"] == 1 and cell["diff_ci"] is None
    assert any("no significance test" in w for w in report["warnings"])
    assert stats.wilcoxon_p([1.0], [2.0])[0] is None


def test_all_zero_differences_give_p_one_with_an_explanation():
    runs = clean_runs((0.0,)) + [Run(0.3, r.seed, dict(r.val), dict(r.test))
                                 for r in clean_runs((0.0,))]
    report = build(records(runs, grid=(0.0, 0.3)), METRICS)
    cell = row(report, 0.3)["test"]["mae"]
    assert cell["p_value"] == 1.0 and cell["mark"] == "" and "zero" in cell["note"]
    assert any("every paired difference is zero" in w for w in report["warnings"])


def test_pairs_only_seeds_present_on_both_sides():
    runs = [r for r in clean_runs() if not (r.value == 0.8 and r.seed in (1, 2))
            and not (r.value == 0.0 and r.seed == 5)]
    report = build(records(runs), METRICS)
    cell = row(report, 0.8)["test"]["mae"]
    paired = [s for s in SEEDS if s not in (1, 2, 5)]
    x = [cell["per_seed"][str(s)] for s in paired]
    y = [row(report, 0.0)["test"]["mae"]["per_seed"][str(s)] for s in paired]
    assert cell["n_pairs"] == 5 and cell["p_value"] == wilcoxon(x, y).pvalue
    assert row(report, 0.8)["n"] == 6
    assert any("seeds without a partner: 1, 2, 5" in w for w in report["warnings"])


def copies_of_seed_0(runs: list[Run], value: float, seeds=SEEDS) -> list[Run]:
    """`value`'s runs replaced by copies of its seed 0 on `seeds` (a trainer ignoring its
    seed), the others kept."""
    first = next(r for r in runs if r.value == value and r.seed == 0)
    kept = [r for r in runs if not (r.value == value and r.seed in seeds)]
    return kept + [Run(value, s, dict(first.val), dict(first.test),
                       mean_distribution=first.mean_distribution) for s in seeds]


def all_cells(report, value):
    return [c for split in ("val", "test") for c in row(report, value)[split].values()]


def test_a_value_whose_seeds_are_copies_is_never_tested_in_any_format():
    """r = 0.8 trained the same run for every seed: its MAE (7.10, below every baseline
    seed) was marked significantly better (p = 2/256) when counted as 8 observations."""
    runs = copies_of_seed_0(clean_runs(), 0.8)
    typed = rp.build_report(records(runs), METRICS)
    report = typed.to_json()
    assert row(report, 0.8)["identical_seeds"] == SEEDS
    for cell in all_cells(report, 0.8):
        assert cell["p_value"] is None and cell["p_holm"] is None and cell["mark"] == ""
        assert cell["note"] == "not tested: identical results on seeds 0, 1, 2, 3, 4, 5, 6, 7"
    (objective,) = report["objectives"]
    assert objective["value"] == 0.8 and objective["mark"] == "" and objective["p_value"] is None
    assert any(w.startswith("r = 0.8: identical results on seeds 0, 1, 2, 3, 4, 5, 6, 7: the "
                            "trainer probably ignores its seed") for w in report["warnings"])
    # r = 0.4 is still a valid test: its p-values are scipy's, Holm over the values tested
    honest = build(records(clean_runs()), METRICS)
    for split in ("val", "test"):
        for metric, *_ in METRICS:
            cell, before = row(report, 0.4)[split][metric], row(honest, 0.4)[split][metric]
            assert cell["p_value"] == before["p_value"] is not None
            assert cell["p_holm"] == cell["p_value"]  # one value tested: nothing to correct
    line = next(x for x in rd.render_md(typed).splitlines() if x.startswith("| 0.8"))
    assert "(seeds identical)" in line and "⁺" not in line and "⁻" not in line
    tex_line = next(x for x in rd.render_latex(typed).splitlines() if x.startswith("0.8 &"))
    assert "$^{+}$" not in tex_line and "$^{-}$" not in tex_line
    (csv08,) = [r for r in csv.DictReader(io.StringIO(rd.render_csv(typed)))
                if r["value"] == "0.8"]
    assert all(csv08[f"{s}_{m}_{f}"] == "" for s in ("val", "test") for m, *_ in METRICS
               for f in ("mark", "p_value", "p_holm"))
    page = rd.render_html(typed)
    assert "<td>0.8 (seeds identical)</td>" in page and "identical results on seeds" in page
    assert json.loads(rd.render_json(typed))["rows"][2]["identical_seeds"] == SEEDS


def test_two_identical_seeds_are_enough_and_the_mean_distribution_counts():
    runs = copies_of_seed_0(clean_runs(), 0.8, seeds=[0, 3])
    report = build(records(runs), METRICS)
    assert row(report, 0.8)["identical_seeds"] == [0, 3]
    assert all(c["p_value"] is None for c in all_cells(report, 0.8))
    # the same metrics with different predicted distributions are different runs
    runs = [r if not (r.value == 0.8 and r.seed == 3) else
            Run(0.8, 3, r.val, r.test, mean_distribution=[0.2, 0.3, 0.5]) for r in runs]
    report = build(records(runs), METRICS)
    assert row(report, 0.8)["identical_seeds"] == []
    assert row(report, 0.8)["test"]["mae"]["p_value"] is not None


def test_when_the_baseline_seeds_are_copies_no_value_is_tested():
    report = build(records(copies_of_seed_0(clean_runs(), 0.0)), METRICS)
    for value in (0.4, 0.8):
        assert all(c["p_value"] is None and c["mark"] == "" and
                   c["note"].startswith("not tested: the baseline's results are identical")
                   for c in all_cells(report, value))
    assert any(w.startswith("r = 0.0: identical results on seeds 0, 1, 2, 3, 4, 5, 6, 7")
               and "no value is tested" in w for w in report["warnings"])


def test_unknown_objective_metric_names_the_allowed_ones():
    with pytest.raises(ValueError, match=r"'bogus'.*allowed: accuracy, mae, mse"):
        build(records(clean_runs(), metric="bogus"), METRICS)


def test_t_interval_and_marks():
    lo, hi = stats.t_interval([1.0, 2.0, 3.0])
    assert lo == pytest.approx(2 - 4.302653 / np.sqrt(3), rel=1e-5) and hi > 2
    assert stats.mark(0.01, 0.5, "maximize") == "+"
    assert stats.mark(0.01, 0.5, "minimize") == "-"
    assert stats.mark(0.2, 0.5, "maximize") == ""
    with pytest.raises(ValueError, match="direction"):
        stats.mark(0.01, 1, "up")


def test_resolve_study_names():
    names = ["utk:runs", "utk:mae", "utk:mae:mean", "other:runs"]
    assert rc.resolve_study(names, "utk") == ("utk", None)
    assert rc.resolve_study(names, "utk:runs") == ("utk", None)
    assert rc.resolve_study(names, "utk:mae") == ("utk", "mae")
    assert rc.resolve_study(names, "utk:mae:mean") == ("utk", "mae")
    assert rc.resolve_study(names, "utk:bogus") == ("utk", "bogus")
    with pytest.raises(ValueError, match="unknown study 'nope'; existing studies: other:runs"):
        rc.resolve_study(names, "nope")
    with pytest.raises(ValueError, match="'plain' is not part of a simloss-tune study file"):
        rc.resolve_study([*names, "plain"], "plain")


def test_default_artifact_dir():
    assert str(pb.default_artifact_dir("sqlite:///sub/x.db")) == "sub/x.db.artifacts"
    assert str(pb.default_artifact_dir("sqlite:////abs/x.db?timeout=5")) == "/abs/x.db.artifacts"
    assert str(pb.default_artifact_dir("postgresql://u:pw@h/db")) == "simloss-artifacts"
    assert str(pb.default_artifact_dir("sqlite://")) == "simloss-artifacts"


# --------------------------------------------------------------------- formats (no database)


def test_markdown_latex_csv_layout():
    report = rp.build_report(records(clean_runs()), METRICS)
    md = rd.render_md(report)
    assert "| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE" in md
    line08 = next(line for line in md.splitlines() if line.startswith("| 0.8 |"))
    assert "**7.03**" in line08  # best validation MAE in bold
    assert "7.10⁺" in line08 and "12.69⁻" in line08  # accuracy in percent, marks
    assert "| 0.0 (CCE) |" in md
    tex = rd.render_latex(report)
    assert "\\toprule" in tex and "\\textbf{7.03}" in tex and "$^{+}$" in tex
    rows = list(csv.DictReader(io.StringIO(rd.render_csv(report))))
    assert [float(r["value"]) for r in rows] == [0.0, 0.4, 0.8]
    assert rows[2]["test_mae_mark"] == "+" and float(rows[2]["test_mae_p_value"]) == 2 / 256
    l_records = records(clean_runs())
    l_records.parameter = "l"
    assert [r["value"] for r in build(l_records, METRICS, baseline=0.8)["rows"]] == \
        [0.8, 0.4, 0.0]  # l descending as in Table 2, any baseline


# ------------------------------------------------------------------------ with a database


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """One SQLite file, several hand-made study files (read-only; copy it to write)."""
    path = tmp_path_factory.mktemp("db") / "studies.db"
    url = f"sqlite:///{path}"
    make_study(url, "clean", task="digits", runs=clean_runs(), seeds=SEEDS,
               objectives=["mae"], class_names=["a", "b", "c"], derived=False,
               bookkeeping=False)
    make_study(url, "tiny", task="digits", runs=clean_runs((0.0, 0.8), n=3), seeds=range(3),
               objectives=["mae"], class_names=["a", "b", "c"])  # with derived studies
    messy = [r for r in clean_runs(n=6) if not (r.value == 0.4 and r.seed >= 3)]
    messy += [Run(0.4, 3, state="FAIL", error="NaN loss at epoch 4"), Run(0.4, 5, state="RUNNING"),
              Run(0.8, 6, state="FAIL", error="CUDA out of memory"), Run(0.8, 6, state="WAITING")]
    make_study(url, "messy", task="digits", runs=messy, seeds=range(7), derived=False,
               bookkeeping=False)
    make_study(url, "nobase", task="digits", runs=clean_runs((0.4, 0.8), n=3),
               grid=[0.0, 0.4, 0.8], seeds=range(3), derived=False, bookkeeping=False)
    make_study(url, "empty", task="digits", runs=[Run(0.0, 0, state="WAITING"),
                                                  Run(0.0, 1, state="FAIL", error="boom")],
               seeds=range(2), derived=False, bookkeeping=False)
    return path


def _copy(db, tmp_path):
    target = tmp_path / "copy.db"
    return sqlite_copy(db, target), target


def _args(url, **kw):
    base = dict(storage=url, study=None, task=None, format="md", out=None, baseline=None,
                no_dashboard=True)
    base.update(kw)
    return argparse.Namespace(**base)


def test_load_records_follows_the_schema(db):
    rec = rc.load_records(f"sqlite:///{db}", "clean:mae")
    assert (rec.study, rec.task, rec.parameter, rec.baseline) == ("clean", "digits", "r", 0.0)
    assert rec.metric == "mae" and rec.objectives == ["mae"] and rec.seeds == SEEDS
    assert rec.grid == [0.0, 0.4, 0.8] and rec.class_names == ["a", "b", "c"]
    assert len(rec.runs) == 24 and {r.state for r in rec.runs} == {"COMPLETE"}
    assert rec.optuna_studies == ["clean:runs"]
    assert rc.load_records(f"sqlite:///{db}", "tiny").optuna_studies == \
        ["tiny:mae", "tiny:mae:mean", "tiny:runs"]
    report = build(rec, rc.task_metrics("digits"))
    assert row(report, 0.8)["test"]["mae"]["p_value"] == pytest.approx(2 / 256)


def test_missing_seeds_and_failed_runs_are_named_in_md_and_json(db, capsys):
    assert main(["report", "--storage", f"sqlite:///{db}", "--study", "messy",
                 "--format", "json", "--no-dashboard"]) == 0
    out, err = capsys.readouterr()
    doc = json.loads(out)
    missing = {(m["value"], m["seed"]): m for m in doc["missing"]}
    assert missing[(0.4, 3)]["state"] == "FAIL"
    assert missing[(0.4, 3)]["reason"] == "failed: NaN loss at epoch 4"
    assert missing[(0.4, 4)]["reason"] == "no run in the database"
    assert missing[(0.4, 5)]["reason"] == "still running"
    assert missing[(0.8, 6)]["reason"] == \
        "waiting in the queue (retry after an earlier try failed: CUDA out of memory)"
    assert row(doc, 0.4)["n"] == 3 and row(doc, 0.4)["test"]["mae"]["n_pairs"] == 3
    assert any("r = 0.4: only 3 seeds paired" in w for w in doc["warnings"])
    assert "warning" in err
    assert main(["report", "--storage", f"sqlite:///{db}", "--study", "messy",
                 "--no-dashboard"]) == 0
    md = capsys.readouterr().out
    assert "- r = 0.4, seed 3: failed: NaN loss at epoch 4" in md
    assert "- r = 0.4, seed 4: no run in the database" in md
    assert "only 3 seeds paired with the baseline (0, 1, 2)" in md
    assert "cannot reach p < 0.05" in md


def test_missing_baseline_renders_without_marks_and_says_so(db, capsys):
    pb.command_report(_args(f"sqlite:///{db}", study="nobase", format="json"))
    doc = json.loads(capsys.readouterr().out)
    assert doc["baseline_present"] is False and row(doc, 0.0)["n"] == 0
    assert all(c["mark"] == "" and c["p_value"] is None
               for r in doc["rows"] for split in ("val", "test") for c in r[split].values())
    assert any("no completed baseline runs" in w for w in doc["warnings"])
    assert doc["best"]["mae"] == 0.8
    pb.command_report(_args(f"sqlite:///{db}", study="nobase"))
    md = capsys.readouterr().out
    assert "no completed baseline runs (r = 0.0" in md
    assert "No test: the baseline has no completed runs." in md


def test_errors_write_nothing(db, tmp_path):
    url, copy = _copy(db, tmp_path)
    before = dump(url)  # not the file's bytes: opening the file switches it to WAL mode
    out = tmp_path / "out"
    with pytest.raises(ValueError, match=r"metric 'bogus' is not a metric of task 'digits' "
                                         r"\(allowed: accuracy, mae, mse\)"):
        pb.command_report(_args(url, study="clean:bogus", out=str(out), no_dashboard=False))
    with pytest.raises(ValueError, match=r"unknown study 'nope'; existing studies: clean:runs, "
                       r"empty:runs, messy:runs, nobase:runs, tiny:mae, tiny:mae:mean, "
                       r"tiny:runs"):
        pb.command_report(_args(url, study="nope", out=str(out), no_dashboard=False))
    assert not out.exists() and dump(url) == before
    assert not pb.default_artifact_dir(url).exists()
    with pytest.raises(ValueError, match="no study database"):
        rc.load_records(f"sqlite:///{tmp_path / 'absent.db'}", "clean")
    assert not (tmp_path / "absent.db").exists()


def test_a_study_without_completed_runs_writes_its_failure_table(db, tmp_path, capsys):
    url, _ = _copy(db, tmp_path)
    out = tmp_path / "out"
    assert main(["report", "--storage", url, "--study", "empty", "--out", str(out),
                 "--no-dashboard"]) == 0
    doc = json.loads((out / "report.json").read_text())
    assert {(m["value"], m["seed"]): (m["state"], m["tries"], m["reason"])
            for m in doc["missing"]} == {(0.0, 0): ("WAITING", 0, "waiting in the queue"),
                                         (0.0, 1): ("FAIL", 1, "failed: boom")}
    assert doc["warnings"][0].startswith("no completed run yet (1 fail, 1 waiting)")
    assert "- r = 0.0, seed 1: failed: boom" in (out / "report.md").read_text()
    assert "no completed run yet" in capsys.readouterr().err


def test_the_last_reason_and_the_tries_of_a_point_that_failed_every_try():
    runs = [Run(v, s, state="FAIL", error=f"lacks metric ({k})") for v in (0.0, 0.4)
            for s in (0, 1) for k in range(3)]
    report = build(records(runs, seeds=[0, 1], grid=(0.0, 0.4)), METRICS)
    assert [(m["tries"], m["reason"]) for m in report["missing"]] == \
        [(3, "failed: lacks metric (2) (3 tries)")] * 4
    assert report["best"] == {"accuracy": None, "mae": None, "mse": None}


def test_out_writes_every_format_and_posts_to_the_dashboard(db, tmp_path, capsys):
    from optuna.artifacts import get_all_artifact_meta
    from optuna_dashboard import get_note

    url, _ = _copy(db, tmp_path)
    out = tmp_path / "report"
    assert main(["report", "--storage", url, "--study", "tiny", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["distribution.png", "distribution.svg", "metrics.png", "metrics.svg",
                     "report.csv", "report.html", "report.json", "report.md", "report.tex"]
    doc = json.loads((out / "report.json").read_text())
    assert {"task", "parameter", "baseline", "rows", "best", "objectives", "missing",
            "warnings"} <= doc.keys()
    cell = row(doc, 0.8)["test"]["mae"]
    assert {"mean", "std", "per_seed", "p_value", "p_holm", "mark", "diff_mean",
            "diff_ci"} <= cell.keys()
    assert list(cell["per_seed"]) == ["0", "1", "2"]
    typed = rp.build_report(rc.load_records(url, "tiny"), rc.task_metrics("digits"))
    assert typed.to_json() == doc  # report.json and report.md are the same report
    assert (out / "report.md").read_text() == rd.render_md(typed)
    assert "<img alt='metrics' src='metrics.png'>" in (out / "report.html").read_text()
    artifact_dir = pb.default_artifact_dir(url)
    for name in ("tiny:runs", "tiny:mae", "tiny:mae:mean"):
        study = optuna.load_study(study_name=name, storage=url)
        assert get_note(study).startswith("# tiny: task digits")
        assert sorted(m.filename for m in get_all_artifact_meta(study)) == names[:4]
    assert len(list(artifact_dir.iterdir())) == 4 * 3
    # posting the same plots again uploads nothing new
    records = rc.load_records(url, "tiny")
    plots = [out / n for n in names[:4]]
    assert pb.post_to_dashboard(url, records, "again", plots, artifact_dir) == 0
    assert get_note(optuna.load_study(study_name="tiny:runs", storage=url)) == "again"
    assert len(list(artifact_dir.iterdir())) == 4 * 3


def test_stdout_formats(db, capsys):
    for fmt, start in (("csv", "study,task,parameter,value"), ("latex", "% clean"),
                       ("md", "# clean")):
        pb.command_report(_args(f"sqlite:///{db}", study="clean", format=fmt))
        assert capsys.readouterr().out.startswith(start)


def test_html_page_inlines_or_links_the_plots(tmp_path):
    report = rp.build_report(records(clean_runs()), METRICS)
    png = tmp_path / "metrics.png"
    png.write_bytes(b"\x89PNG fake")
    page = rd.render_html(report, {"utk": [png, tmp_path / "metrics.svg"]})
    assert page.startswith("<!DOCTYPE html>") and page.count("<img") == 1
    assert "data:image/png;base64,iVBORyBmYWtl" in page and "<b>7.03</b>" in page
    assert "src='metrics.png'" in rd.render_html(report, {"utk": [png]}, inline=False)


def test_task_flag_reports_every_study_of_the_task(db, tmp_path, capsys):
    assert main(["report", "--storage", f"sqlite:///{db}", "--task", "digits",
                 "--format", "json", "--no-dashboard"]) == 0
    out, err = capsys.readouterr()
    assert [d["study"] for d in json.loads(out)] == ["clean", "empty", "messy", "nobase",
                                                     "tiny"]
    assert main(["report", "--storage", f"sqlite:///{db}", "--task", "afad"]) == 2
    assert "no study of task 'afad'" in capsys.readouterr().err


def test_connection_error_is_one_line_without_the_password(capsys):
    import importlib.util

    if not any(importlib.util.find_spec(m) for m in ("psycopg", "psycopg2")):
        pytest.skip("no PostgreSQL driver installed")
    url = "postgresql://bob:hunter2@127.0.0.1:1/db"
    assert main(["report", "--storage", url, "--study", "x", "--no-dashboard"]) == 2
    err = capsys.readouterr().err
    assert "cannot connect to the study database postgresql://bob:***@" in err
    assert "hunter2" not in err and "Traceback" not in err



def _internal_error(cause: BaseException) -> optuna.exceptions.StorageInternalError:
    try:
        raise optuna.exceptions.StorageInternalError("An exception is raised during the commit "
                                                     "...") from cause
    except optuna.exceptions.StorageInternalError as exc:
        return exc


def test_open_storage_names_only_real_connection_errors_cannot_connect(monkeypatch):
    import sqlalchemy as sa

    import simloss_tune.studies.storage as storage

    url = "postgresql://bob:hunter2@db/x"
    refused = sa.exc.OperationalError("connect", {}, Exception("connection refused"))
    other = sa.exc.ProgrammingError("SELECT", {}, Exception("relation does not exist"))
    for cause, expected in ((refused, ValueError),
                            (other, optuna.exceptions.StorageInternalError)):
        exc = _internal_error(cause)

        def fail(url, exc=exc):
            raise exc

        monkeypatch.setattr(storage, "open_storage", fail)
        with pytest.raises(expected) as raised:
            rc.open_storage(url)
        if expected is ValueError:
            message = str(raised.value)
            assert message.startswith("cannot connect to the study database postgresql://bob:***@")
            assert "connection refused" in message and "hunter2" not in message
        else:
            assert raised.value is exc

@pytest.mark.postgres
def test_report_and_export_on_postgresql(pg_url, tmp_path, monkeypatch, capsys):
    from optuna_dashboard import get_note

    from simloss_tune.export import export_study

    monkeypatch.chdir(tmp_path)
    make_study(pg_url, "pg", task="digits", runs=clean_runs((0.0, 0.8), n=6), seeds=range(6),
               objectives=["mae"], class_names=[str(i) for i in range(3)], derived=False,
               bookkeeping=False)
    assert main(["report", "--storage", pg_url, "--study", "pg:mae", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert row(json.loads(out), 0.8)["test"]["mae"]["mark"] == "+"
    assert get_note(optuna.load_study(study_name="pg:runs", storage=pg_url)).startswith("# pg")
    assert len(list((tmp_path / "simloss-artifacts").iterdir())) == 4
    assert pb.default_artifact_dir(pg_url) == pb.default_artifact_dir("postgresql://x/y")
    assert pg_url.split("@")[0].split(":")[-1] not in err  # the password is never printed
    (config,) = export_study(pg_url, "pg", tmp_path / "export")
    assert json.loads(config.read_text())["value"] == 0.8


def test_the_report_plots_and_export_share_one_rule_for_the_same_grid_value(tmp_path):
    """Two values 2e-10 apart that `value_key` keeps apart are two rows; plots and export
    (which compared with abs(a - b) < 1e-9) read the chosen value's own row, not its
    neighbour's."""
    from simloss_tune import export, plots

    near, chosen = 0.1000000004, 0.1000000006
    runs = clean_runs((0.0,))
    for value, shift in ((near, 1.0), (chosen, -1.0)):
        runs += [Run(value, r.seed, {m: x + shift for m, x in r.val.items()},
                     {m: x + shift for m, x in r.test.items()},
                     mean_distribution=[0.5, 0.3 + shift / 10, 0.2 - shift / 10])
                 for r in clean_runs((0.0,))]
    report = rp.build_report(records(runs, grid=(0.0, near, chosen)), METRICS)
    assert [r.value for r in report.rows] == [0.0, near, chosen]
    assert report.best["mae"] == chosen and report.row(chosen).value == chosen
    assert report.best["accuracy"] == near  # higher is better: shifted up
    assert plots.chosen_values(report) == [0.0, near, chosen]
    (plan,) = export.plan_exports(records(runs, grid=(0.0, near, chosen)), report, tmp_path)
    assert plan.config["value"] == chosen
    assert plan.config["metrics"]["val"]["mae"] == report.row(chosen).val["mae"].mean
    assert plan.config["metrics"]["val"]["mae"] != report.row(near).val["mae"].mean
