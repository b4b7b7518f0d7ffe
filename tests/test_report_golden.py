"""The typed report writes exactly what the dict-building report wrote: report.json (keys,
order, values), every rendered format, the plots and export's config.json, on the cases of
tests/report_cases.py (golden files written by main's code before the report became typed)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from simloss_tune import export, render
from simloss_tune.report import Report
from tests import report_cases

GOLDEN = Path(__file__).parent / "data" / "report_golden"


@pytest.fixture(scope="module", params=list(report_cases.CASES))
def case(request):
    records, report = report_cases.build(request.param)
    return request.param, records, report


def _golden(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


def test_to_json_is_the_old_report_json_byte_for_byte(case):
    name, _, report = case
    assert isinstance(report, Report)
    assert json.dumps(report.to_json(), indent=2, allow_nan=False) + "\n" == _golden(
        f"{name}.json")
    assert render.render("json", [report]) == _golden(f"{name}.json")


@pytest.mark.parametrize("fmt", [f for f in render.FORMATS if f != "json"])
def test_every_format_renders_as_before(case, fmt):
    name, _, report = case
    text = render.render(fmt, [report], plots={name: []}, inline=False)
    assert text == _golden(f"{name}.{render.EXTENSIONS[fmt]}")


def test_the_report_is_frozen(case):
    _, _, report = case
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.study = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.rows[0].n = 99  # type: ignore[misc]


def test_plots_are_the_old_plots(case):
    name, _, report = case
    assert report_cases.plot_digests(report) == json.loads(_golden(f"{name}.plots.json"))


@pytest.mark.parametrize("name", report_cases.EXPORTED)
def test_export_config_is_the_old_config(name, tmp_path):
    records = report_cases.CASES[name][0]()
    plans = export.plan_exports(records, report_cases.build_for_export(name), tmp_path,
                                date=report_cases.EXPORT_DATE)
    configs = {p.config["metric"]: p.config for p in plans}
    assert json.dumps(configs, indent=2) + "\n" == _golden(f"{name}.export.json")
