# A stand-in for the official postgres:15 image, built from Debian's postgresql-15 on the local
# Debian 12 base (deploy/docker/base.sh builds both; no registry needed). It honours what
# docker-compose.yml uses of the official image: POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB,
# the data volume /var/lib/postgresql/data (initialised on first start, reused later),
# pg_isready on PATH, `postgres -c ...` as the command, all interfaces with scram-sha-256.
#   POSTGRES_IMAGE=simloss-postgres:15 docker compose up -d db
ARG BASE_IMAGE=simloss-base:bookworm
FROM ${BASE_IMAGE}
# No cluster from postgresql-common: the entrypoint makes one in the volume.
RUN mkdir -p /etc/postgresql-common \
 && echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-15 \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
 && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
 && chown postgres:postgres /var/lib/postgresql/data /var/run/postgresql \
 && chmod 700 /var/lib/postgresql/data
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint.sh
VOLUME /var/lib/postgresql/data
# SIGINT: PostgreSQL's fast shutdown (as the official image), so `docker stop` ends cleanly
STOPSIGNAL SIGINT
EXPOSE 5432
ENTRYPOINT ["/usr/local/bin/postgres-entrypoint.sh"]
CMD ["postgres"]
