"""Shared pytest setup: Qt offscreen before any QApplication exists; database services fixtures."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HOAM_OFFLINE", "1")

pytest_plugins = ["tests.db_services"]
