"""Shared helpers for the GUI tests (imported by the test_gui_* files): settings in a temporary
file, the demo task, the main window on a temporary runs folder, keyboard answers, stall meter."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from hoam_core.demo import make_demo_task
from hoam_core.pipeline import RunParams, new_run
from hoam_core.data.orientation import ORIENTATIONS

KEYS = {"Up": Qt.Key.Key_Up, "Down": Qt.Key.Key_Down, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right}


@pytest.fixture
def gui_settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo(tmp_path):
    return make_demo_task(tmp_path / "demo")


@pytest.fixture
def window(qtbot, tmp_path, gui_settings):
    from app.i18n import set_language
    from app.main import create_window

    set_language("en")
    win = create_window(gui_settings, runs_dir=tmp_path / "runs")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.worker is not None:  # a failing test must not leave a pipeline thread behind
        win.worker.cancel()
        win.worker.wait(30000)
    set_language("en")


def answer_with_keyboard(qtbot, dialog, orientations: dict[str, str], symmetric=frozenset()) -> None:
    """Answer every row through the focused widget, as a person at the keyboard would."""
    for _ in dialog.rows:
        row = QApplication.focusWidget()
        assert row in dialog.rows, f"focus is on {row!r}, not on a class row"
        if row.cls in symmetric:
            qtbot.keyClick(row, Qt.Key.Key_S)
        qtbot.keyClick(row, KEYS[orientations[row.cls]])
    assert set(orientations.values()) <= set(ORIENTATIONS)


class StallMeter:
    """Records the longest gap between ticks of a 10 ms timer: how long the event loop was blocked."""

    def __init__(self, interval_ms: int = 10):
        self.timer = QTimer(interval=interval_ms, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.longest_s = 0.0
        self._last = None

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_s = max(self.longest_s, now - self._last)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest_s


def make_runs(window, demo, n: int) -> list[Path]:
    """``n`` new runs of the demo task in the window's runs folder, listed in History."""
    params = RunParams(str(demo.input_dir), demo.site, demo.line_id, db=f"sqlite:///{demo.database}")
    runs = [new_run(params, runs_dir=window.runs_dir) for _ in range(n)]
    window.history.refresh()
    return runs
