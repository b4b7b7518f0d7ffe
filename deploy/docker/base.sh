#!/usr/bin/env bash
# Local base images for machines that reach no image registry (only a Debian mirror and PyPI):
#
#   bash deploy/docker/base.sh          # needs root, debootstrap and a running dockerd
#   export BASE_IMAGE=simloss-base:bookworm POSTGRES_IMAGE=simloss-postgres:15
#   docker compose build                # the app image then starts from simloss-base
#
# simloss-base:bookworm   Debian 12 (debootstrap --variant=minbase) with python3, python3-venv
#                         and ca-certificates, from the first Debian mirror configured in
#                         /etc/apt/sources.list.d/*.sources (or $DEBIAN_MIRROR), then docker import.
# simloss-postgres:15     Debian's postgresql-15 on that base (deploy/docker/postgres.Dockerfile),
#                         a stand-in for the official postgres:15 image as docker-compose.yml uses it.
#
# The root file system is cached as a tarball in $SIMLOSS_DOCKER_CACHE (default
# ~/.cache/simloss-tune/docker), so a second run (or a fresh dockerd) skips debootstrap; delete
# the tarball to rebuild from the mirror. Images already present are kept.
set -euo pipefail
cd "$(dirname "$0")/../.."

BASE=${BASE_IMAGE_NAME:-simloss-base:bookworm}
PG=${POSTGRES_IMAGE_NAME:-simloss-postgres:15}
CACHE=${SIMLOSS_DOCKER_CACHE:-$HOME/.cache/simloss-tune/docker}
SUITE=bookworm

mirror() {
    if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
    # the URI of the first deb822 source whose suites include bookworm (not the security one)
    awk '/^URIs:/ {uri=$2} /^Suites:/ && / bookworm( |$)/ && uri !~ /security/ {print uri; exit}' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null
}

have_image() { docker image inspect "$1" >/dev/null 2>&1; }

build_base() {
    local tarball="$CACHE/$SUITE-rootfs.tar"
    if [ ! -s "$tarball" ]; then
        local url root
        url=$(mirror)
        [ -n "$url" ] || { echo "base.sh: no Debian mirror found; set DEBIAN_MIRROR" >&2; exit 2; }
        command -v debootstrap >/dev/null || { echo "base.sh: apt-get install debootstrap" >&2; exit 2; }
        mkdir -p "$CACHE"
        root=$(mktemp -d "$CACHE/rootfs.XXXXXX")
        echo "base.sh: debootstrap $SUITE from $url"
        debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
            "$SUITE" "$root" "$url" >"$CACHE/debootstrap.log" 2>&1 \
            || { tail -20 "$CACHE/debootstrap.log" >&2; rm -rf "$root"; exit 1; }
        # what a container image needs and a chroot does not: apt sources for later layers, no
        # downloaded packages, no machine id
        echo "deb $url $SUITE main" >"$root/etc/apt/sources.list"
        rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
        : >"$root/etc/machine-id"
        tar -C "$root" --numeric-owner -cf "$tarball.tmp" .
        mv "$tarball.tmp" "$tarball"
        rm -rf "$root"
    fi
    echo "base.sh: docker import $tarball"
    docker import -c 'CMD ["/bin/bash"]' -c 'ENV LANG=C.UTF-8' "$tarball" "$BASE-rootfs" >/dev/null
    # Trust what this machine trusts: its own CAs (/usr/local/share/ca-certificates, e.g. a
    # TLS-inspecting proxy in front of PyPI) join the image's bundle, and pip uses that bundle
    # (PIP_CERT; the host's pip is configured the same way). Without such CAs this adds nothing.
    local ctx
    ctx=$(mktemp -d)
    mkdir "$ctx/ca"
    cp /usr/local/share/ca-certificates/*.crt "$ctx/ca/" 2>/dev/null || true
    printf '%s\n' "FROM $BASE-rootfs" "COPY ca/ /usr/local/share/ca-certificates/" \
        "RUN update-ca-certificates >/dev/null" \
        "ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt" >"$ctx/Dockerfile"
    DOCKER_BUILDKIT=0 docker build -q -t "$BASE" "$ctx" >/dev/null
    rm -rf "$ctx"
    docker rmi "$BASE-rootfs" >/dev/null 2>&1 || true
}

have_image "$BASE" || build_base
if ! have_image "$PG"; then
    echo "base.sh: building $PG from Debian's postgresql-15"
    DOCKER_BUILDKIT=0 docker build -q -t "$PG" --build-arg "BASE_IMAGE=$BASE" \
        -f deploy/docker/postgres.Dockerfile deploy/docker >/dev/null
fi
echo "base.sh: ready: BASE_IMAGE=$BASE POSTGRES_IMAGE=$PG"
