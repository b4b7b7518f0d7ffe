#!/usr/bin/env bash
# Download the wheels bench/gpu.sh installs on the GPU machine, which has Python 3.12 and
# torch, NumPy, SciPy, Pillow, matplotlib, tqdm, PyYAML, packaging, typing-extensions,
# MarkupSafe and pytest, but no optuna, SQLAlchemy, alembic, Mako or colorlog, and no
# network. The versions are those this project is tested with. Run here (with network
# access to PyPI), from anywhere:
#
#     bash bench/gpu_wheels.sh            # -> .whl/ in the repository root (ignored by git)
#
# Then it prints the size of .whl/ and .pack/ together with the working tree's tracked
# files: the GPU machine receives at most 64 MiB in all.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
WHEELS=(optuna==5.0.0 SQLAlchemy==2.1.9 alembic==1.20.1 Mako==1.4.3 colorlog==6.12.0
        typing_extensions==4.16.0)  # alembic needs >= 4.12: do not rely on the image's

rm -rf .whl && mkdir -p .whl
# pip matches manylinux_2_N exactly: list the tags the wheels on PyPI use.
"$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
    --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 \
    --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    --platform manylinux1_x86_64 --platform any -d .whl "${WHEELS[@]}"
ls -l .whl

# What travels: tracked files (and untracked ones git does not ignore) + the carried folders.
tree=$(git ls-files -z --cached --others --exclude-standard | du -cb --files0-from=- | tail -1 | cut -f1)
carried=$(du -cb .whl $( [ -d .pack ] && echo .pack ) | tail -1 | cut -f1)
total=$((tree + carried))
printf 'working tree %.1f MiB + .whl%s %.1f MiB = %.1f MiB of 64 MiB\n' \
    "$(echo "$tree / 1048576" | bc -l)" "$( [ -d .pack ] && echo ' + .pack')" \
    "$(echo "$carried / 1048576" | bc -l)" "$(echo "$total / 1048576" | bc -l)"
if [ "$total" -ge $((64 * 1048576)) ]; then
    echo "too big for the GPU machine (64 MiB): make the pack at a lower --quality" >&2
    exit 1
fi
