#!/usr/bin/env bash
# Everything the GPU issue measures, in one run on the GPU machine (one NVIDIA H200, Python
# 3.12 with torch but no optuna/SQLAlchemy, no network): installs the carried wheels
# (.whl/, from bench/gpu_wheels.sh), runs the `cuda` tests, then bench/gpu.py: bench/train.py
# (a), (b), (c), the choice of runs batched, and the paper's full UTKFace grid
# (studies/utkface.toml: 10 values x 10 seeds, patience 10, all images) through init, the
# worker and the report on SQLite, from the carried pack (.pack/utkface.zip, from
# bench/make_pack.py). Ends within GPU_BUDGET seconds (default 345): the worker is stopped
# in time for the report, and an unfinished grid is said to be unfinished.
#
# Prepare here:   python bench/make_pack.py && bash bench/gpu_wheels.sh
# On the device:  run(command="bash bench/gpu.sh", carry=[".pack", ".whl"], timeout_s=480)
# Dry run on a CPU (tiny grid; optuna from the current environment; not a GPU figure):
#   GPU_DEVICE=cpu GPU_WHEELS=0 OUT=/tmp/dry bash bench/gpu.sh --grid-values 0.0,0.5 \
#       --seeds 2 --limit 64 --max-epochs 2 --bench-images 96 --bench-epochs 1 \
#       --choose-images 64 --candidates 1,2
# A second try that only measures the grid, with more time:
#   GPU_TESTS=0 GPU_BUDGET=540 bash bench/gpu.sh --skip-bench --batch-runs K
# Extra arguments go to bench/gpu.py. Output: $OUT/gpu.log (everything printed) and the
# files bench/gpu.py writes there; the last lines are the two figures.
set -uo pipefail
cd "$(dirname "$0")/.."
START_NS=$(date +%s%N)
OUT=${OUT:-/tmp/gpu-out}
DEVICE=${GPU_DEVICE:-cuda}
PY=${PYTHON:-python3}
BUDGET=${GPU_BUDGET:-345}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1 PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export SIMLOSS_CACHE_DIR=${SIMLOSS_CACHE_DIR:-/tmp/simloss-gpu/cache}
since() {  # seconds since $1 (date +%s%N), one decimal
    local ms=$((($(date +%s%N) - $1) / 1000000))
    printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}

main() {
    echo "== gpu.sh on $(uname -n), $(date -u +%FT%TZ); device $DEVICE; budget $BUDGET s"
    command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version \
        --format=csv,noheader

    # 1. wheels: optuna and its needs, installed beside the image's packages
    if [ "${GPU_WHEELS:-1}" = 1 ]; then
        t=$(date +%s%N)
        "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
            --target /tmp/site .whl/*.whl || { echo "!! wheel install failed"; return 1; }
        export PYTHONPATH="$PYTHONPATH:/tmp/site"
        echo "== phase wheels: $(since "$t") s"
    fi
    "$PY" -c "import sys, torch, optuna, sqlalchemy, alembic.config, optuna.storages
print('python', sys.version.split()[0], 'torch', torch.__version__, 'cuda', torch.version.cuda,
      'optuna', optuna.__version__, 'sqlalchemy', sqlalchemy.__version__)" || return 1

    # 2. the cuda tests (skipped, with the reason, without a GPU; GPU_TESTS=0: not run); their
    #    failure stops nothing: the measurement still runs
    if [ "${GPU_TESTS:-1}" = 1 ]; then
        t=$(date +%s%N)
        timeout 150 "$PY" -m pytest -q -rs -p no:cacheprovider -m cuda tests/test_gpu.py
        local tests=$?
        echo "== phase cuda tests: exit $tests, $(since "$t") s"
    fi

    # 3. bench, the choice of K, the grid, the two figures
    echo "== $(since "$START_NS") s so far"
    "$PY" bench/gpu.py --device "$DEVICE" --out "$OUT" --budget "$BUDGET" \
        --started "${START_NS:0:-9}.${START_NS: -9}" "$@"
    local code=$?
    echo "== gpu.sh done in $(since "$START_NS") s (exit $code)"
    return $code
}

# Through a pipe, not `exec > >(tee ...)`: the script returns only once tee has written all.
main "$@" 2>&1 | tee -a "$OUT/gpu.log"
exit "${PIPESTATUS[0]}"
