#!/usr/bin/env bash
# End-to-end check of the docker compose path on a machine without GPUs and without an image
# registry (only a Debian mirror and PyPI reachable):
#
#   bash deploy/compose-check.sh [--out DIR] [--fresh]
#
# 1. starts its own dockerd (private data root, exec root and socket; stopped at exit)
# 2. builds the local base images (deploy/docker/base.sh) and the app image (docker-compose build)
# 3. brings up, as the README says, with docker-compose.yml + docker-compose.cpu.yml:
#    db and dashboard, `run --rm init` (the quickstart study), two workers (--scale worker=2)
# 4. during the run: stops one worker while it holds a run (docker stop: SIGTERM; its run must
#    be FAIL "worker interrupted" with a retry), and stops the database container for 8 s
#    while the other worker trains on, then starts it (nothing written meanwhile may be lost)
# 5. waits for the study to finish (simloss-tune status in the dashboard container), runs the
#    report inside a container, checks every grid point COMPLETE exactly once and nothing
#    RUNNING or WAITING, no intermediate value missing (deploy/docker/check_grid.py, run in a
#    container against the database),
#    the dashboard on http://127.0.0.1:${DASHBOARD_PORT:-8080} (curl and headless Chromium)
# 6. docker-compose down -v; exits non-zero if any check failed
#
# Needs root, dockerd (Debian docker.io), docker-compose (1.29), curl, chromium, and debootstrap
# unless the base root file system is cached. Caches: images and the build cache stay in the
# private data root $SIMLOSS_COMPOSE_CACHE (default ~/.cache/simloss-tune/compose-check), so a
# rerun does not build PyTorch's layer again, and base.sh keeps the Debian root file system in
# $SIMLOSS_DOCKER_CACHE (default ~/.cache/simloss-tune/docker); --fresh deletes both first. Containers,
# networks and volumes of the check are removed at the end, also on failure. Traffic goes only to
# 127.0.0.1 and the containers on the bridge network compose creates (builds reach the Debian
# mirror and PyPI). The database password is random, kept in the environment, never printed;
# the check fails if it appears in anything it wrote.
set -euo pipefail
cd "$(dirname "$0")/.."

ARGS="$*"
OUT=""
FRESH=0
while [ $# -gt 0 ]; do
    case "$1" in
        --out) OUT=$2; shift 2 ;;
        --fresh) FRESH=1; shift ;;
        *) echo "compose-check: unknown argument $1 (allowed: --out DIR, --fresh)" >&2; exit 2 ;;
    esac
done

PROJECT=simlosscheck
STUDY_NAME=quickstart-digits
PORT=${DASHBOARD_PORT:-8080}
CACHE=${SIMLOSS_COMPOSE_CACHE:-$HOME/.cache/simloss-tune/compose-check}
TIMEOUT=${COMPOSE_CHECK_TIMEOUT:-1200}   # seconds for the study to finish once workers start

for tool in dockerd docker docker-compose curl; do
    command -v "$tool" >/dev/null || { echo "compose-check: $tool not found" >&2; exit 2; }
done
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "compose-check: chromium not found" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "compose-check: dockerd needs root" >&2; exit 2; }

DOCKERD_PID=""
TMP=$(mktemp -d /tmp/simloss-compose-check.XXXXXX)
OUT=${OUT:-$(mktemp -d /tmp/simloss-compose-check-out.XXXXXX)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
exec > >(tee "$OUT/check.log") 2>&1

FAILED=0
fail() { echo "CHECK FAILED: $*"; FAILED=1; }
ok() { echo "CHECK OK: $*"; }
START=$(date +%s)
PHASE_START=$START
PHASE=""
: >"$OUT/timings.txt"
phase() {
    local now
    now=$(date +%s)
    [ -n "$PHASE" ] && printf '%-28s %5d s\n' "$PHASE" $((now - PHASE_START)) | tee -a "$OUT/timings.txt"
    PHASE=$1
    PHASE_START=$now
    [ -n "$PHASE" ] && echo "== $(date -u +%H:%M:%S) $PHASE"
    return 0
}

# --- a private dockerd -----------------------------------------------------------------------
export SIMLOSS_DOCKER_CACHE=${SIMLOSS_DOCKER_CACHE:-$HOME/.cache/simloss-tune/docker}
[ "$FRESH" = 1 ] && rm -rf "$CACHE" "$SIMLOSS_DOCKER_CACHE/bookworm-rootfs.tar"
mkdir -p "$CACHE/docker"
export DOCKER_HOST=unix://$TMP/docker.sock
BRIDGE_EXISTED=0
ip link show docker0 >/dev/null 2>&1 && BRIDGE_EXISTED=1

dc() { docker-compose -p "$PROJECT" -f docker-compose.yml -f docker-compose.cpu.yml "$@"; }

cleanup() {
    local rc=$?
    set +e
    phase ""
    [ -S "$TMP/docker.sock" ] && dc down -v --remove-orphans >/dev/null 2>&1
    if [ -n "$DOCKERD_PID" ]; then  # also a daemon that never answered: it must not outlive us
        kill "$DOCKERD_PID" 2>/dev/null
        for _ in $(seq 60); do kill -0 "$DOCKERD_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$DOCKERD_PID" 2>/dev/null
    fi
    [ "$BRIDGE_EXISTED" = 0 ] && ip link delete docker0 >/dev/null 2>&1
    echo "compose-check: output in $OUT"
    rm -rf "$TMP"
    echo "compose-check: total $(( $(date +%s) - START )) s, exit $rc"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "compose-check: $(date -u '+%Y-%m-%d %H:%M:%S UTC') on $(hostname), $(nproc) cores," \
     "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')" \
     "$( [ -z "$(git status --porcelain 2>/dev/null)" ] && echo '(clean tree)' || echo '(uncommitted changes)')"
echo "compose-check: bash $0 $ARGS"
phase "start dockerd"
if ps -C dockerd -o stat= | grep -qv '^Z'; then
    echo "compose-check: another dockerd runs on this machine; its bridge docker0 would be shared"
fi
dockerd --data-root "$CACHE/docker" --exec-root "$TMP/exec" -H "$DOCKER_HOST" \
    --pidfile "$TMP/dockerd.pid" >"$TMP/dockerd.log" 2>&1 &
DOCKERD_PID=$!
for _ in $(seq 120); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
docker info >/dev/null 2>&1 || { tail -20 "$TMP/dockerd.log"; echo "compose-check: dockerd did not start" >&2; exit 1; }
docker version --format 'dockerd {{.Server.Version}}'
docker-compose version --short | sed 's/^/docker-compose /'
dc down -v --remove-orphans >/dev/null 2>&1 || true   # leftovers of an interrupted run

phase "base images"
bash deploy/docker/base.sh
export BASE_IMAGE=simloss-base:bookworm POSTGRES_IMAGE=simloss-postgres:15

phase "app image"
export POSTGRES_PASSWORD
POSTGRES_PASSWORD=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
export DATA_DIR=$TMP/data   # the quickstart needs no data; an empty folder, not ./data
mkdir -p "$DATA_DIR"
dc build
docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E '^simloss' || true

phase "db, dashboard, init"
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "compose-check: 127.0.0.1:$PORT is in use; set DASHBOARD_PORT" >&2; exit 1
fi
export DASHBOARD_PORT=$PORT
dc up -d db dashboard
dc run --rm init

phase "two workers"
dc up -d --scale worker=2 worker
dc ps

# --- SQL on the database container (password from the container's own environment) ---------
sql() {
    dc exec -T db sh -c 'PGPASSWORD="$POSTGRES_PASSWORD" psql -h 127.0.0.1 -U simloss -d simloss -Atc "$1"' sh "$1"
}
running_held_by() {   # RUNNING runs whose worker attribute is <hostname>:<pid>
    sql "SELECT t.number FROM trials t JOIN studies s ON s.study_id = t.study_id
         JOIN trial_user_attributes a ON a.trial_id = t.trial_id AND a.key = 'worker'
         WHERE s.study_name = '$STUDY_NAME:runs' AND t.state = 'RUNNING'
         AND a.value_json LIKE '\"$1:%' ORDER BY t.number"
}
done_count() {
    sql "SELECT count(*) FROM trials t JOIN studies s ON s.study_id = t.study_id
         WHERE s.study_name = '$STUDY_NAME:runs' AND t.state = 'COMPLETE'"
}
finished() { dc exec -T dashboard simloss-tune status | grep -E "^$STUDY_NAME .* finished\$"; }

# Freeze a worker (docker pause) and look whether it holds a run; if not, thaw it and try again.
# Frozen, it cannot finish the run between our look and what we do to it next.
FROZEN="" HELD=""
freeze_holding() {
    local deadline c held
    FROZEN="" HELD=""
    deadline=$(( $(date +%s) + 600 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        for c in $(dc ps -q worker); do
            [ "$(docker inspect -f '{{.State.Running}}' "$c")" = true ] || continue
            docker pause "$c" >/dev/null
            held=$(running_held_by "$(docker inspect -f '{{.Config.Hostname}}' "$c")" | xargs)
            if [ -n "$held" ]; then
                FROZEN=$c HELD=$held
                echo "worker $(docker inspect -f '{{.Name}}' "$c") frozen holding run(s) $held;" \
                     "done: $(done_count)/24"
                return 0
            fi
            docker unpause "$c" >/dev/null
        done
        sleep 0.3
    done
    return 1
}

phase "stop one worker"
# Stopping a frozen container: the daemon sends SIGTERM and thaws it, so the signal lands while
# the run is held.
STOPPED="" STOPPED_HELD=""
if freeze_holding; then
    t0=$(date +%s%N)
    docker stop -t 60 "$FROZEN" >/dev/null   # what `docker-compose stop` does, for one replica
    echo "stopped in $(( ($(date +%s%N) - t0) / 1000000 )) ms," \
         "exit code $(docker inspect -f '{{.State.ExitCode}}' "$FROZEN")"
    STOPPED=$FROZEN STOPPED_HELD=$HELD
else
    fail "no worker was seen holding a run within 600 s"
fi
for n in $STOPPED_HELD; do   # right after the stop: the run and its retry (WAITING, or claimed)
    sql "SELECT 'run ' || t.number || ': ' || t.state || ' ' || coalesce(u.value_json, '')
         FROM trials t JOIN studies s ON s.study_id = t.study_id
         LEFT JOIN trial_user_attributes u ON u.trial_id = t.trial_id AND u.key = 'error'
         WHERE s.study_name = '$STUDY_NAME:runs' AND t.number = $n
         UNION ALL
         SELECT 'retry of run $n: run ' || t.number || ' ' || t.state
         FROM trials t JOIN studies s ON s.study_id = t.study_id
         JOIN trial_system_attributes a ON a.trial_id = t.trial_id AND a.key = 'failed_trial'
         WHERE s.study_name = '$STUDY_NAME:runs' AND a.value_json = '$n'"
done
[ -n "$STOPPED" ] && docker logs "$STOPPED" 2>&1 | tail -5

phase "restart db"
# The other worker is found holding a run, the database stops, and the worker trains on for
# OUTAGE seconds without it (its heartbeats, intermediate values and the record of a finished
# run wait and retry), then the database starts again on the same volume: the run spans the
# restart, and nothing it wrote may be lost.
OUTAGE=8
if finished >/dev/null; then fail "the study finished before the database restart"; fi
if freeze_holding; then
    dc stop db
    docker unpause "$FROZEN" >/dev/null
    sleep "$OUTAGE"
    dc start db
    echo "db stopped for ${OUTAGE} s while the worker holding run(s) $HELD trained on; started"
else
    fail "no worker held a run for the database restart"
fi
for _ in $(seq 60); do
    [ "$(docker inspect -f '{{.State.Health.Status}}' "$(dc ps -q db)")" = healthy ] && break
    sleep 1
done
echo "db $(docker inspect -f '{{.State.Health.Status}}' "$(dc ps -q db)") with $(done_count)/24 runs done"

phase "wait for the study"
deadline=$(( $(date +%s) + TIMEOUT ))
until finished >/dev/null; do
    [ "$(date +%s)" -lt "$deadline" ] || { fail "the study did not finish within $TIMEOUT s"; break; }
    sleep 5
done
dc exec -T dashboard simloss-tune status | tee "$OUT/status.txt"
dc ps

phase "report and checks"
# the report inside a container: files written there and posted to the dashboard
if dc exec -T dashboard simloss-tune report --study "$STUDY_NAME" --out /work/report-check; then
    dc exec -T dashboard cat /work/report-check/report.md | tee "$OUT/report.md"
    dc exec -T dashboard cat /work/report-check/report.json >"$OUT/report.json"
else
    fail "report"
fi
# shellcheck disable=SC2086
if dc exec -T dashboard python - $STOPPED_HELD <deploy/docker/check_grid.py \
        >"$OUT/grid-check.json"; then
    ok "grid: every point COMPLETE exactly once, nothing RUNNING or WAITING, the stopped" \
       "worker's run(s) $STOPPED_HELD FAIL 'worker interrupted' and retried once"
else
    fail "grid check"
fi
cat "$OUT/grid-check.json"
grep -q '"intermediate_values_missing": {}' "$OUT/grid-check.json" \
    && ok "every COMPLETE run has an intermediate value for each epoch of its curve"

if curl -sf "http://127.0.0.1:$PORT/api/studies" -o "$OUT/api-studies.json" \
        && grep -q "\"$STUDY_NAME:runs\"" "$OUT/api-studies.json"; then
    ok "dashboard API on 127.0.0.1:$PORT lists $STUDY_NAME:runs"
else
    fail "dashboard API on 127.0.0.1:$PORT"
fi
rm -f "$OUT/api-studies.json"   # large; the DOM check below shows the same
chrome=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
        --disable-background-networking --disable-component-update --disable-sync
        "--user-data-dir=$TMP/chromium" --virtual-time-budget=15000)
timeout 120 "$CHROMIUM" "${chrome[@]}" --dump-dom "http://127.0.0.1:$PORT/dashboard" \
    >"$TMP/dom.html" 2>/dev/null || true
if grep -q "$STUDY_NAME:runs" "$TMP/dom.html" && grep -q "$STUDY_NAME:mae:mean" "$TMP/dom.html"; then
    ok "headless Chromium renders the dashboard's study list ($STUDY_NAME:runs, $STUDY_NAME:mae:mean)"
else
    fail "headless Chromium: the study list was not rendered"
fi
timeout 120 "$CHROMIUM" "${chrome[@]}" --window-size=1280,800 --screenshot="$OUT/dashboard.png" \
    "http://127.0.0.1:$PORT/dashboard" >/dev/null 2>&1 || true

dc logs --no-color >"$OUT/compose-logs.txt" 2>&1 || true

phase "down"
dc down -v --remove-orphans
if grep -rqF "$POSTGRES_PASSWORD" "$OUT"; then fail "the database password appears in $OUT"; else ok "no password in the output"; fi

phase ""
echo "compose-check: $([ "$FAILED" = 0 ] && echo PASSED || echo FAILED) in $(( $(date +%s) - START )) s"
exit "$FAILED"
