#!/usr/bin/env bash
# SimLoss, SORD and label smoothing on the reduced UTKFace setup, through the service's own
# commands, on PostgreSQL with two workers. Usage (from the repository root, with the project installed):
#   export SIMLOSS_STORAGE=postgresql://user:pass@host/db UTKFACE_DIR=/path/to/UTKFace
#   bash docs/results/variants/run.sh
set -euo pipefail
: "${SIMLOSS_STORAGE:?export SIMLOSS_STORAGE=postgresql://user:pass@host/db}"
: "${UTKFACE_DIR:?export UTKFACE_DIR=/path/to/UTKFace}"
OUT=docs/results/variants
STUDY=studies/utkface-variants.toml
start=$(date +%s)
simloss-tune init "$STUDY"
# Two workers, one CPU thread each (2 cores): claims are atomic on PostgreSQL.
OMP_NUM_THREADS=1 simloss-tune worker --device cpu --study utkface-variants > "$OUT/worker-1.txt" 2>&1 &
w1=$!
OMP_NUM_THREADS=1 simloss-tune worker --device cpu --study utkface-variants > "$OUT/worker-2.txt" 2>&1 &
w2=$!
wait "$w1" "$w2"
end=$(date +%s)
simloss-tune status
simloss-tune report --study utkface-variants --out "$OUT/report"
simloss-tune export --study utkface-variants --out "$OUT/export"
echo "wall time: $((end - start)) s for init + training ($(nproc) cores)" | tee "$OUT/walltime.txt"
