#!/usr/bin/env bash
# Set up HOAM Trainer for development on a fresh Linux machine: a virtual environment in
# .venv with PyTorch (the 2.14.1 wheels on this disk), the app and its test tools.
# Idempotent: a second run only checks. Needs Python >= 3.10 (and root for the Qt libraries).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

# Qt (even offscreen) needs a few system libraries that a minimal machine may lack.
need=()
for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || need+=("$lib")
done
if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing Qt system libraries (${need[*]})"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 >/dev/null
fi

[ -x .venv/bin/python ] || "$PY" -m venv .venv
if ! .venv/bin/python -c "import torch, torchvision" 2>/dev/null; then
    echo "setup: installing PyTorch (about a minute)"
    .venv/bin/pip install -q --disable-pip-version-check "torch==2.14.1" "torchvision==0.29.1"
fi
if ! .venv/bin/python -c "import hoam_core, timm, lightning, PySide6, pytest" 2>/dev/null \
        || [ pyproject.toml -nt .venv/.hoam-installed ]; then
    echo "setup: installing HOAM Trainer and its dependencies"
    .venv/bin/pip install -q --disable-pip-version-check -e ".[dev]"
    touch .venv/.hoam-installed
fi
echo "setup: ready (.venv)"
