"""A training program with a bug at one value (standard library only): while the file
$BROKEN_FLAG exists, a run at r = $BROKEN_VALUE crashes; every other run (and every run once
the file is gone: "the bug is fixed") writes metrics that differ by value and by seed."""

import json
import os
import sys

value, seed = float(os.environ["SIMLOSS_VALUE"]), int(os.environ["SIMLOSS_SEED"])
if os.path.exists(os.environ["BROKEN_FLAG"]) and value == float(os.environ["BROKEN_VALUE"]):
    print(f"ValueError: cannot train r={value} seed={seed} (see {os.environ['SIMLOSS_WORKDIR']})",
          file=sys.stderr)
    sys.exit(1)
mae = 1.0 - value / 2 + seed / 100 + (seed * seed) / 1000
metrics = {"mae": mae, "accuracy": 0.5 + value / 10 - seed / 200}
with open(os.environ["SIMLOSS_METRICS"], "w") as fh:
    json.dump({"val": metrics, "test": metrics}, fh)
