# simloss-tune image: the CUDA build of PyTorch from PyPI plus the project, in a virtual
# environment (/opt/venv; Debian's python3 refuses system-wide pip installs, PEP 668).
#   docker compose build                       (docker-compose.yml: init, worker, dashboard)
#   docker build -t simloss-tune .             (the same image by hand)
# BASE_IMAGE: any image with python3 (>= 3.10) and its venv module; the public default, or the
# local Debian 12 base that deploy/docker/base.sh builds where no registry is reachable:
#   docker build --build-arg BASE_IMAGE=simloss-base:bookworm -t simloss-tune .
ARG BASE_IMAGE=python:3.11-slim
FROM ${BASE_IMAGE}
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH
# PyTorch first, in a layer of its own: changes to the project do not download it again.
RUN python3 -m venv /opt/venv \
 && pip install 'torch==2.14.1' 'torchvision==0.29.1'
WORKDIR /app
COPY pyproject.toml README.md LICENSE ./
COPY simloss_tune ./simloss_tune
COPY studies ./studies
RUN pip install '.[postgres]' && simloss-tune --version
# Runtime folder: ./simloss-work (run folders) and ./simloss-artifacts (report plots) land here.
WORKDIR /work
ENTRYPOINT ["simloss-tune"]
CMD ["--help"]
