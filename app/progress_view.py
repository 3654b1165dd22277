"""The "Progress" tab: one progress bar per stage, the ETA of training, and the run's log."""
from __future__ import annotations

import datetime as dt
from collections import deque
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from hoam_core.events import Event
from hoam_core.pipeline import STAGES

from .messages import event_text, value_text
from .names import stage_names, status_names
from .i18n import Retranslating

LOG_LINES = 20000


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class ProgressView(Retranslating, QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.run_dir: Path | None = None
        self.status = ""
        # what the pane shows, kept as functions that say it in the current language: one language per pane
        self._lines: deque[tuple[dt.datetime, Callable[[], str]]] = deque(maxlen=LOG_LINES)
        self._unshown: list[tuple[dt.datetime, Callable[[], str]]] = []
        self._details: dict[str, Callable[[], str]] = {}  # per stage: what it does now
        self._eta: dict = {}  # the last validation's epoch, epoch time and time left
        self._answers: tuple[int, int] | None = None  # orientation classes answered, of all, while the dialog is open
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.grid = QGridLayout()
        self.stage_rows: dict[str, tuple[QLabel, QProgressBar, QLabel]] = {}
        for stage in STAGES:
            self._add_stage(stage)
        self.eta_label = QLabel()
        self.log = QPlainTextEdit(readOnly=True)
        self.log.setMaximumBlockCount(LOG_LINES)
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.cancel_button = QPushButton(enabled=False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.folder_button = QPushButton(enabled=False)
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.run_dir))))
        self.log_label = QLabel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.eta_label, 1)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addWidget(self.log_label)
        layout.addWidget(self.log, 1)
        self.retranslate()

    def _add_stage(self, stage: str) -> None:
        row = len(self.stage_rows)
        name, bar, detail = QLabel(), QProgressBar(), QLabel()
        bar.setRange(0, 1000)
        bar.setTextVisible(True)
        bar.setFormat("%p%")
        detail.setMinimumWidth(300)
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(bar, row, 1)
        self.grid.addWidget(detail, row, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.stage_rows[stage] = (name, bar, detail)
        name.setText(stage_names().get(stage, stage))

    def retranslate(self) -> None:
        names = stage_names()
        for stage, (label, _, _) in self.stage_rows.items():
            label.setText(names.get(stage, stage))
        self._show_details()
        self.cancel_button.setText(self.tr("Cancel run"))
        self.folder_button.setText(self.tr("Open run folder"))
        self.log_label.setText(self.tr("Log"))
        self._show_title()
        self._show_eta()
        self.log.setPlainText("\n".join(f"{when:%H:%M:%S}  {say()}" for when, say in self._lines))
        self.log.moveCursor(QTextCursor.MoveOperation.End)
        self._unshown.clear()

    def _show_title(self) -> None:
        if self.run_dir is None:
            self.title.setText(self.tr("No run yet: start one on the New run tab or resume one from History."))
        else:
            self.title.setText(self.tr("Run {name}: {status}").format(
                name=self.run_dir.name, status=status_names().get(self.status, self.status)))

    # ---------------------------------------------------------------- run
    def begin(self, run_dir: Path, stages_done: list[str], opened: bool = False) -> None:
        """A run starts (new or resumed), or is ``opened`` to be looked at: reset the bars; the log starts afresh
        for another run than the last."""
        if self.run_dir != Path(run_dir):
            self._lines.clear()
        self.run_dir = Path(run_dir)
        self.status = "running"
        self._details.clear()
        self._answers = None
        for stage, (_, bar, _) in self.stage_rows.items():
            bar.setValue(1000 if stage in stages_done else 0)
            if stage in stages_done:
                self._details[stage] = lambda: self.tr("done")
        self._eta = {}
        self.cancel_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        name = self.run_dir.name
        self._say(lambda: (self.tr("Opened {name}") if opened else self.tr("Started {name}")).format(name=name))
        self.retranslate()

    def finish(self, status: str, message: Any, stages_done: list[str]) -> None:
        """The run ended with ``status``; ``message``: the run's message (a coded value, said in the current
        language, or a text); not repeated when it says what the status does."""
        self.status = status
        self._answers = None
        for stage, (_, bar, _) in self.stage_rows.items():
            if stage in stages_done:
                bar.setValue(1000)
                self._details[stage] = lambda: self.tr("done")
        self.cancel_button.setEnabled(False)

        def said() -> str:
            state, text = status_names().get(status, status), str(value_text(message) or "")
            return state if text.casefold() in ("", state.casefold()) else f"{state}: {text}"

        self._say(said)
        self.retranslate()

    def show_answers(self, answered: int, total: int) -> None:
        """The orientation dialog is open: its classes answered so far, on the orientation stage's bar."""
        self._answers = (answered, total)
        self.stage_rows["orientation"][1].setValue(int(round(1000 * answered / max(1, total))))
        self._details["orientation"] = lambda: self.tr("waiting for your answers")
        self._show_details()

    def add_events(self, events: list[Event]) -> None:
        last_progress: dict[str, Event] = {}
        for event in events:
            if event.kind == "progress":
                last_progress[event.stage] = event
            elif event.kind in ("stage", "message"):
                if event.stage and event.stage not in self.stage_rows:
                    self._add_stage(event.stage)
                if event.kind == "stage":
                    self._mark_running(event.stage, event)
                if event_text(event):
                    self._say(lambda event=event: self._event_line(event))
            elif event.kind == "metrics" and event.stage == "val":
                self._eta = {k: event.data[k] for k in ("epoch", "epoch_time_s", "eta_s") if k in event.data}
        for stage, event in last_progress.items():
            if stage not in self.stage_rows:
                self._add_stage(stage)
            self._mark_running(stage, event)
            self.stage_rows[stage][1].setValue(int(round((event.fraction or 0.0) * 1000)))
        self._show_details()
        self._show_eta()
        self._flush()

    def _event_line(self, event: Event) -> str:
        prefix = {"warning": self.tr("warning: "), "error": self.tr("error: ")}.get(event.level, "")
        stage = stage_names().get(event.stage, event.stage) if event.stage else self.tr("run")
        return f"[{stage}] {prefix}{event_text(event)}"

    def _mark_running(self, stage: str, event: Event) -> None:
        stages = list(self.stage_rows)
        for before in stages[: stages.index(stage)]:
            bar = self.stage_rows[before][1]
            if bar.value() < 1000:
                bar.setValue(1000)
                self._details[before] = lambda: self.tr("done")
        self._details[stage] = lambda: event_text(event)

    def _show_details(self) -> None:
        for stage, (_, bar, detail) in self.stage_rows.items():
            detail.setText(self._details[stage]() if stage in self._details else "")
            if stage == "orientation" and self._answers is not None:
                bar.setFormat(self.tr("{done} of {total} classes answered").format(
                    done=self._answers[0], total=self._answers[1]))
            else:
                bar.setFormat("%p%")

    def _show_eta(self) -> None:
        data, parts = self._eta, []
        if "epoch" in data:
            parts.append(self.tr("epoch {n}").format(n=data["epoch"]))
        if "epoch_time_s" in data:
            parts.append(self.tr("{s} per epoch").format(s=format_duration(data["epoch_time_s"])))
        if "eta_s" in data:
            parts.append(self.tr("about {s} left").format(s=format_duration(data["eta_s"])))
        self.eta_label.setText(" · ".join(parts))

    def _say(self, text: Callable[[], str]) -> None:
        line = (dt.datetime.now(), text)
        self._lines.append(line)
        self._unshown.append(line)

    def _flush(self) -> None:
        """Add the lines said since the last time to the log pane."""
        if self._unshown:
            self.log.appendPlainText("\n".join(f"{when:%H:%M:%S}  {say()}" for when, say in self._unshown))
            self._unshown.clear()
