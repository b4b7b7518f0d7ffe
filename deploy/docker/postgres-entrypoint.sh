#!/bin/sh
# Entrypoint of deploy/docker/postgres.Dockerfile: what docker-compose.yml relies on in the
# official postgres image's entrypoint, for Debian's postgresql-15.
#   - first start (no $PGDATA/PG_VERSION): initdb with POSTGRES_USER (default postgres) as the
#     superuser and POSTGRES_PASSWORD (required) as its password, scram-sha-256 for every
#     connection, listening on all interfaces; then POSTGRES_DB (default: the user name) created
#   - later starts reuse the data as it is (the environment is not read again)
#   - run as root, it owns $PGDATA to postgres and re-executes itself as postgres
#   - `postgres -c max_connections=300` (or only options: `-c ...`) runs the server as PID 1
# The password is read from the environment and handed to initdb in a private temporary file that is
# deleted at once; it is never printed or put on a command line.
set -eu
PGDATA=${PGDATA:-/var/lib/postgresql/data}
export PGDATA
[ "${1#-}" != "${1:-}" ] && set -- postgres "$@"
[ "${1:-}" = postgres ] || exec "$@"

if [ "$(id -u)" = 0 ]; then
    mkdir -p "$PGDATA"
    chown postgres:postgres "$PGDATA"
    chmod 700 "$PGDATA"
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
    user=${POSTGRES_USER:-postgres}
    db=${POSTGRES_DB:-$user}
    if [ -z "${POSTGRES_PASSWORD:-}" ]; then
        echo "postgres-entrypoint: POSTGRES_PASSWORD is empty; set it (no trust authentication)" >&2
        exit 2
    fi
    case "$user$db" in
        *[!A-Za-z0-9_]*) echo "postgres-entrypoint: POSTGRES_USER and POSTGRES_DB may hold" \
                              "letters, digits and _ only" >&2; exit 2 ;;
    esac
    umask 077
    pwfile=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
    initdb -D "$PGDATA" -U "$user" --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 \
        --locale=C.UTF-8 >/dev/null || { rm -f "$pwfile"; exit 1; }
    rm -f "$pwfile"
    echo "listen_addresses = '*'" >>"$PGDATA/postgresql.conf"
    echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
    if [ "$db" != postgres ]; then
        # single-user mode: no server, no socket, no authentication needed for this one step
        echo "CREATE DATABASE \"$db\" OWNER \"$user\"" \
            | postgres --single -D "$PGDATA" -c log_checkpoints=off postgres >/dev/null
    fi
    echo "postgres-entrypoint: initialised $PGDATA (user $user, database $db)"
fi
exec "$@"
