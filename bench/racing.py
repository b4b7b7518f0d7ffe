"""Benchmark: what racing saves, replaying finished studies without training, and a simulation.

    python bench/racing.py                       # replays + simulation, markdown on stdout
    python bench/racing.py export-digits --storage sqlite:///d10.db   # refresh the digits data

Replays (`simloss_tune.racing.replay`): a finished study is raced again seed by seed, as the
queue hands runs out (every value's seed k before any value's seed k+1), deciding after each
round; the runs of a value stop at its elimination. Reported: runs racing trains against
runs without racing, the eliminations, and whether the chosen value per objective (the best
validation mean over the runs trained, the report's rule) is the one chosen with every run.

* digits 10 x 10: bench/data/digits-10x10-runs.json, 100 real runs of
  bench/data/digits-10x10.toml (trained once on CPU without racing; `export-digits` wrote it);
* UTKFace (reduced, 4 x 6): the runs of `utkface-cpu:runs` in docs/results/utkface/study-db.sql
  (the pg_dump, read here without a server).

Simulation: synthetic studies with known truth. The true mean of each value is the value's
mean in the stored study; per-seed noise is resampled from the stored study's own: a two-way
(value x seed) decomposition gives a seed effect shared by all values of a seed (the same
initial weights and batch order) and per value its residuals (across objectives jointly); a
synthetic seed draws one seed effect, and each value one of its own residuals (values differ a
lot in noise: a few seeds of large r do not converge). Reported: how often racing eliminates a
truly best value (per objective the best true mean), how often the chosen value is the truly
best with and without racing, how much worse (in true mean) the chosen value is, and the mean
fraction of runs saved; and, with every true mean equal (no best value: the null),
the fraction of values eliminated.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from simloss_tune import racing
from simloss_tune.studies.spec import Racing

ROOT = Path(__file__).resolve().parents[1]
DIGITS = ROOT / "bench" / "data" / "digits-10x10-runs.json"
UTKFACE_DUMP = ROOT / "docs" / "results" / "utkface" / "study-db.sql"
DIRECTIONS = {"accuracy": "maximize", "mae": "minimize", "mse": "minimize"}
RULES = {"one-sided, min_seeds 5": Racing(5, 0.05, "one-sided"),
         "two-sided, min_seeds 6": Racing(6, 0.05, "two-sided")}


# ---------------------------------------------------------------------------- data sources

def export_digits(storage: str, out: Path) -> None:
    """The finished digits study's completed runs as plain JSON (value, seed, val, test)."""
    from simloss_tune.records import load_records

    records = load_records(storage, "digits-10x10")
    runs = [{"value": r.value, "seed": r.seed, "val": dict(r.val), "test": dict(r.test)}
            for r in sorted(records.runs, key=lambda r: (r.value, r.seed))
            if r.state == "COMPLETE"]
    doc = {"study": "digits-10x10", "spec": "bench/data/digits-10x10.toml",
           "baseline": records.baseline, "seeds": records.seeds, "runs": runs}
    out.write_text(json.dumps(doc, indent=1) + "\n")
    print(f"wrote {len(runs)} runs to {out}")


def digits_results() -> tuple[dict, list[int], float]:
    doc = json.loads(DIGITS.read_text())
    results: dict = {}
    for r in doc["runs"]:
        results.setdefault(r["value"], {})[r["seed"]] = r["val"]
    return results, doc["seeds"], doc["baseline"]


def _copy_rows(text: str, table: str) -> list[dict]:
    """Rows of `COPY public.<table> (...) FROM stdin;` in a pg_dump (text format)."""
    head = f"COPY public.{table} ("
    start = text.index(head)
    cols = text[start + len(head):text.index(")", start)].split(", ")
    body = text[text.index("\n", start) + 1:text.index("\n\\.\n", start)]
    unescape = {"\\N": None}
    rows = []
    for line in body.split("\n"):
        fields = [unescape.get(f, f.replace("\\t", "\t").replace("\\n", "\n")
                               .replace("\\\\", "\\")) for f in line.split("\t")]
        rows.append(dict(zip(cols, fields, strict=True)))
    return rows


def utkface_results() -> tuple[dict, list[int], float]:
    text = UTKFACE_DUMP.read_text()
    study = next(r["study_id"] for r in _copy_rows(text, "studies")
                 if r["study_name"] == "utkface-cpu:runs")
    complete = {r["trial_id"] for r in _copy_rows(text, "trials")
                if r["study_id"] == study and r["state"] == "COMPLETE"}
    params: dict = {}
    for r in _copy_rows(text, "trial_params"):
        if r["trial_id"] in complete:
            params.setdefault(r["trial_id"], {})[r["param_name"]] = float(r["param_value"])
    vals: dict = {}
    for r in _copy_rows(text, "trial_user_attributes"):
        if r["trial_id"] in complete and r["key"].startswith("val_"):
            vals.setdefault(r["trial_id"], {})[r["key"][4:]] = json.loads(r["value_json"])
    results: dict = {}
    for tid in sorted(complete, key=int):
        p = params[tid]
        results.setdefault(p["r"], {})[int(p["seed"])] = vals[tid]
    seeds = sorted({s for per in results.values() for s in per})
    return results, seeds, 0.0


# ---------------------------------------------------------------------------- replay

def replay_table(name: str, results: Mapping, seeds: list[int], baseline: float,
                 objective_sets: list[list[str]]) -> list[str]:
    lines = [f"### {name}: {len(results)} values x {len(seeds)} seeds", "",
             "| objectives | racing | runs trained | saved | eliminated (value: seeds, p) "
             "| chosen with racing | chosen with every run | same |",
             "|---|---|---:|---:|---|---|---|---|"]
    for objs in objective_sets:
        objectives = {m: DIRECTIONS[m] for m in objs}
        for label, rule in RULES.items():
            if racing.first_decision(rule) > len(seeds):
                lines.append(f"| {', '.join(objs)} | {label} | - | - | cannot decide with "
                             f"{len(seeds)} seeds | | | |")
                continue
            r = racing.replay(results, objectives, baseline, rule, seeds)
            gone = ", ".join(f"{d.value:g}: {d.seeds}, {d.p_value:.3f}"
                             for d in sorted(r.decisions, key=lambda d: d.value)) or "none"
            chosen = ", ".join(f"{m} {v:g}" for m, v in r.chosen.items())
            full = ", ".join(f"{m} {v:g}" for m, v in r.chosen_full.items())
            lines.append(f"| {', '.join(objs)} | {label} | {r.runs} / {r.total} | "
                         f"{100 * r.saved:.0f}% | {gone} | {chosen} | {full} | "
                         f"{'yes' if r.chosen == r.chosen_full else 'NO'} |")
    return lines + [""]


# ---------------------------------------------------------------------------- simulation

def noise_model(results: Mapping, seeds: list[int], objs: list[str]):
    """A two-way (value x seed) decomposition of a finished study: the true mean of each value
    (its mean over seeds), the seed effects (shared by every value of a seed) and, per value,
    its residual vectors (one per seed, across objectives jointly)."""
    values = sorted(results)
    y = np.array([[[results[v][s][m] for m in objs] for s in seeds] for v in values])
    value_mean = y.mean(axis=1)                                # (V, M)
    seed_effect = y.mean(axis=0) - y.mean(axis=(0, 1))         # (S, M)
    resid = y - value_mean[:, None, :] - seed_effect[None, :, :]
    return values, value_mean, seed_effect, resid


def simulate(results: Mapping, seeds: list[int], baseline: float, objs: list[str],
             rule, n_studies: int, rng_seed: int, null: bool = False) -> dict:
    """Synthetic studies: the true means plus a seed effect drawn from the study's seed
    effects and, per value, a residual drawn from that value's own residuals (the stored
    studies' noise differs a lot between values: a few seeds of large r do not converge)."""
    values, means, seed_effect, resid = noise_model(results, seeds, objs)
    if null:
        means = np.broadcast_to(means.mean(axis=0), means.shape)
    objectives = {m: DIRECTIONS[m] for m in objs}
    pick = {m: (np.argmax if DIRECTIONS[m] == "maximize" else np.argmin) for m in objs}
    true_best = {m: values[int(pick[m](means[:, i]))] for i, m in enumerate(objs)}
    rng = np.random.default_rng(rng_seed)
    n_v, n_s = len(values), len(seeds)
    lost_best = chosen_ok = chosen_ok_full = eliminated = 0
    saved = []
    true_of = {m: dict(zip(values, means[:, i], strict=True)) for i, m in enumerate(objs)}
    regret = {m: [0.0, 0.0] for m in objs}  # how much worse the chosen value truly is
    for _ in range(n_studies):
        seed_fx = seed_effect[rng.integers(0, n_s, n_s)]                       # (S, M)
        noise = resid[np.arange(n_v)[:, None], rng.integers(0, n_s, (n_v, n_s))]  # (V, S, M)
        y = means[:, None, :] + seed_fx[None, :, :] + noise
        data = {v: {s: {m: float(y[i, j, k]) for k, m in enumerate(objs)}
                    for j, s in enumerate(seeds)} for i, v in enumerate(values)}
        r = racing.replay(data, objectives, baseline, rule, seeds)
        gone = {d.value for d in r.decisions}
        eliminated += len(gone)
        lost_best += any(true_best[m] in gone for m in objs)
        chosen_ok += all(r.chosen[m] == true_best[m] for m in objs)
        chosen_ok_full += all(r.chosen_full[m] == true_best[m] for m in objs)
        saved.append(r.saved)
        for m in objs:
            for k, chosen in enumerate((r.chosen[m], r.chosen_full[m])):
                regret[m][k] += abs(true_of[m][chosen] - true_of[m][true_best[m]]) / n_studies
    return {"regret": regret, "studies": n_studies, "lost_best": lost_best / n_studies,
            "chosen_ok": chosen_ok / n_studies, "chosen_ok_full": chosen_ok_full / n_studies,
            "saved": float(np.mean(saved)),
            "eliminated_per_value": eliminated / n_studies / (len(values) - 1),
            "true_best": true_best}


def simulation_table(name: str, results: Mapping, seeds: list[int], baseline: float,
                     objective_sets: list[list[str]], n_studies: int) -> list[str]:
    lines = [f"### Simulation like {name} ({n_studies} synthetic studies each)", "",
             "| objectives | racing | truth | best value eliminated | chosen = true best "
             "(racing / every run) | true loss of the chosen value, mean (racing / every "
             "run) | runs saved (mean) | values eliminated |",
             "|---|---|---|---:|---:|---|---:|---:|"]
    for objs in objective_sets:
        for label, rule in RULES.items():
            if racing.first_decision(rule) > len(seeds):
                continue
            for null in (False, True):
                s = simulate(results, seeds, baseline, objs, rule, n_studies, rng_seed=0,
                             null=null)
                truth = "all equal (null)" if null else "means of the study"
                best = "-" if null else f"{100 * s['lost_best']:.1f}%"
                chosen = "-" if null else (f"{100 * s['chosen_ok']:.1f}% / "
                                           f"{100 * s['chosen_ok_full']:.1f}%")
                loss = "-" if null else ", ".join(
                    f"{m} {a:.4f} / {b:.4f}" for m, (a, b) in s["regret"].items())
                lines.append(f"| {', '.join(objs)} | {label} | {truth} | {best} | {chosen} | "
                             f"{loss} | {100 * s['saved']:.1f}% | "
                             f"{100 * s['eliminated_per_value']:.1f}% |")
    return lines + [""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    exp = sub.add_parser("export-digits")
    exp.add_argument("--storage", required=True)
    exp.add_argument("--out", type=Path, default=DIGITS)
    parser.add_argument("--studies", type=int, default=1000, help="synthetic studies")
    args = parser.parse_args(argv)
    if args.command == "export-digits":
        export_digits(args.storage, args.out)
        return 0
    lines = ["## Replays", ""]
    sets = [["mae"], ["accuracy", "mae", "mse"]]
    digits = digits_results()
    utk = utkface_results()
    lines += replay_table("digits (bench/data/digits-10x10-runs.json)", *digits, sets)
    lines += replay_table("UTKFace reduced (docs/results/utkface/study-db.sql)", *utk, sets)
    lines += ["## Simulation", ""]
    lines += simulation_table("digits 10 x 10", *digits, sets, args.studies)
    lines += simulation_table("UTKFace reduced 4 x 6", *utk, sets, args.studies)
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
