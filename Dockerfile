# simloss-tune worker image: CUDA build of PyTorch from PyPI plus the project.
#   docker compose build      (used by docker-compose.yml for init, worker and dashboard)
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY simloss_tune ./simloss_tune
COPY studies ./studies
RUN pip install 'torch==2.14.1' 'torchvision==0.29.1' && pip install '.[postgres]'
ENTRYPOINT ["simloss-tune"]
CMD ["--help"]
