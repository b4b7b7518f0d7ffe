#!/usr/bin/env bash
# The reduced CIFAR-100 reproductions through the service's own commands, on PostgreSQL with two
# workers (one thread each: 2 cores). Each study is about 90 minutes on the 2-core machine.
# Usage (from the repository root, with the project installed):
#   python /path/to/shared/data/cifar100/build.py ~/.cache/simloss-tune/cifar100-built  # ~10 s
#   export SIMLOSS_STORAGE=postgresql://user:pass@host/db \
#          CIFAR100_DIR=~/.cache/simloss-tune/cifar100-built \
#          CIFAR100_SEMANTICS=/path/to/shared/data/cifar100-semantics
#   bash docs/results/cifar100/run.sh glove     # -> docs/results/cifar100/
#   bash docs/results/cifar100/run.sh wordnet   # -> docs/results/cifar100-wordnet/
# A throwaway server: eval "$(python -m tests.pgserver start)" and use its
# SIMLOSS_TEST_POSTGRES_URL with a database of your own (createdb), as for docs/results/utkface.
set -euo pipefail
: "${SIMLOSS_STORAGE:?export SIMLOSS_STORAGE=postgresql://user:pass@host/db}"
: "${CIFAR100_DIR:?export CIFAR100_DIR=/folder/holding/cifar-100-python}"
: "${CIFAR100_SEMANTICS:?export CIFAR100_SEMANTICS=/path/to/cifar100-semantics}"
case "${1:-}" in
  glove) STUDY=cifar100-glove; OUT=docs/results/cifar100 ;;
  wordnet) STUDY=cifar100-wordnet; OUT=docs/results/cifar100-wordnet ;;
  *) echo "usage: $0 glove|wordnet" >&2; exit 2 ;;
esac
mkdir -p "$OUT"
# The 90-minute budget (the study files' comments) assumes the two cores are otherwise idle.
load=$(cut -d' ' -f1 /proc/loadavg)
awk -v l="$load" 'BEGIN { exit !(l > 1.0) }' && \
  echo "warning: load average $load: other work shares the machine; the budget assumes it idle" >&2
uptime | tee "$OUT/load-before.txt"
start=$(date +%s)
simloss-tune init "studies/$STUDY.toml"
# Two workers, one torch thread each (--threads 1 is the CPU default; said for the record):
# claims are atomic on PostgreSQL, so no run is trained twice.
for i in 1 2; do
  OMP_NUM_THREADS=1 simloss-tune worker --device cpu --threads 1 --study "$STUDY" \
    > "$OUT/worker-$i.txt" 2>&1 &
  pids[$i]=$!
done
wait "${pids[1]}" "${pids[2]}"
end=$(date +%s)
simloss-tune status
# report --out writes every format (report.md/.json/.csv/.tex/.html) and the plots into $OUT
simloss-tune report --study "$STUDY" --out "$OUT" --no-dashboard
simloss-tune export --study "$STUDY" --out "$OUT/export"
echo "wall time: $((end - start)) s for init + training ($(nproc) cores)" | tee "$OUT/walltime.txt"
