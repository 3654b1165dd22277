"""Where the app's bundled files are (translations, icons): the source tree or the packaged app."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    """``resources/`` beside ``app/``; in a PyInstaller bundle, inside its unpack folder."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) / "resources" if root else Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` by file name, e.g. ``hoam.svg``."""
    return QIcon(str(resources_dir() / "icons" / name))
