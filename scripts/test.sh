#!/usr/bin/env bash
# Set up and run the whole test suite: the environment, the test PostgreSQL and sshd on
# loopback (stopped again at the end), then pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash .ci/services.sh
trap 'bash .ci/services.sh stop' EXIT
.venv/bin/python -m pytest -q -ra --timeout 900 "$@"
