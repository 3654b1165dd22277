"""The desktop app's ``--self-test`` runs headless, as a packaged windowed app would run it."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A windowed app (pythonw, PyInstaller's windowed exe) has no stdout/stderr; no display and no
# QT_QPA_PLATFORM: a QApplication made here would abort the process.
SCRIPT = """
import sys
sys.stdout = sys.stderr = None
from app.main import main
rc = main(["HOAM Trainer", "--self-test"])
from PySide6.QtWidgets import QApplication
sys.__stdout__.write(f"rc={rc} qapp={QApplication.instance() is not None} "
                     f"pipeline={'hoam_core.pipeline' in sys.modules}\\n")
"""


@pytest.mark.slow
def test_desktop_app_self_test_runs_headless_without_output_streams(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TMPDIR"] = str(tmp_path)  # the self-test's run folder and torch's caches land here
    env["HOAM_LOG_DIR"] = str(tmp_path / "logs")
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "rc=0 qapp=False pipeline=True"
    assert "[train]" in (tmp_path / "logs" / "gui.log").read_text(encoding="utf-8")  # what support reads
