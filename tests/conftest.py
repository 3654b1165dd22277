"""Shared pytest setup: Qt offscreen before any QApplication exists; database services fixtures."""
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HOAM_OFFLINE", "1")
os.environ.setdefault("HOAM_LOG_DIR", tempfile.mkdtemp(prefix="hoam-test-logs-"))  # not the real per-user logs
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="hoam-test-config-")  # per-user config (known_hosts) not the real one

pytest_plugins = ["tests.db_services", "tests.network"]

from app.qt_binding import guard_singletons  # noqa: E402 (after QT_QPA_PLATFORM)

guard_singletons()  # as the app does at start: the binding's lost references would abort the test run
