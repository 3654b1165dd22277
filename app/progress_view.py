"""The "Progress" tab: one progress bar per stage, the ETA of training, and the run's log."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from hoam_core.events import Event
from hoam_core.pipeline import STAGES

from .messages import message_text
from .names import stage_names, status_names

LOG_LINES = 20000


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class ProgressView(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.run_dir: Path | None = None
        self.status = ""
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

    def retranslate(self) -> None:
        names = stage_names()
        for stage, (label, _, _) in self.stage_rows.items():
            label.setText(names.get(stage, stage))
        self.cancel_button.setText(self.tr("Cancel run"))
        self.folder_button.setText(self.tr("Open run folder"))
        self.log_label.setText(self.tr("Log"))
        self._show_title()

    def _show_title(self) -> None:
        if self.run_dir is None:
            self.title.setText(self.tr("No run yet: start one on the New run tab or resume one from History."))
        else:
            self.title.setText(self.tr("Run {name}: {status}").format(
                name=self.run_dir.name, status=status_names().get(self.status, self.status)))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- run
    def begin(self, run_dir: Path, stages_done: list[str]) -> None:
        """A run (new or resumed) starts: reset the bars, keep the log of this session."""
        self.run_dir = Path(run_dir)
        self.status = "running"
        for stage, (_, bar, detail) in self.stage_rows.items():
            bar.setValue(1000 if stage in stages_done else 0)
            detail.setText(self.tr("done") if stage in stages_done else "")
        self.eta_label.clear()
        self.cancel_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self._append(self.tr("Started {name}").format(name=self.run_dir.name))
        self._show_title()

    def finish(self, status: str, message: str, stages_done: list[str]) -> None:
        self.status = status
        for stage, (_, bar, detail) in self.stage_rows.items():
            if stage in stages_done:
                bar.setValue(1000)
                detail.setText(self.tr("done"))
        self.cancel_button.setEnabled(False)
        self._append(status_names().get(status, status) + (f": {message}" if message else ""))
        self._show_title()

    def add_events(self, events: list[Event]) -> None:
        lines: list[str] = []
        last_progress: dict[str, Event] = {}
        for event in events:
            if event.kind == "progress":
                last_progress[event.stage] = event
            elif event.kind in ("stage", "message"):
                if event.stage and event.stage not in self.stage_rows:
                    self._add_stage(event.stage)
                    self.retranslate()
                text = message_text(event.code, event.data, event.text)
                if event.kind == "stage":
                    self._mark_running(event.stage, text)
                if text:
                    prefix = {"warning": self.tr("warning: "), "error": self.tr("error: ")}.get(event.level, "")
                    lines.append(f"{dt.datetime.now():%H:%M:%S}  [{event.stage or 'run'}] {prefix}{text}")
            elif event.kind == "metrics" and event.stage == "val":
                self._show_eta(event.data)
        for stage, event in last_progress.items():
            if stage not in self.stage_rows:
                self._add_stage(stage)
                self.retranslate()
            self._mark_running(stage, message_text(event.code, event.data, event.text))
            self.stage_rows[stage][1].setValue(int(round((event.fraction or 0.0) * 1000)))
        if lines:
            self.log.appendPlainText("\n".join(lines))

    def _mark_running(self, stage: str, text: str) -> None:
        stages = list(self.stage_rows)
        for before in stages[: stages.index(stage)]:
            _, bar, detail = self.stage_rows[before]
            if bar.value() < 1000:
                bar.setValue(1000)
                detail.setText(self.tr("done"))
        self.stage_rows[stage][2].setText(text)

    def _show_eta(self, data: dict) -> None:
        parts = []
        if "epoch" in data:
            parts.append(self.tr("epoch {n}").format(n=data["epoch"]))
        if "epoch_time_s" in data:
            parts.append(self.tr("{s} per epoch").format(s=format_duration(data["epoch_time_s"])))
        if "eta_s" in data:
            parts.append(self.tr("about {s} left").format(s=format_duration(data["eta_s"])))
        self.eta_label.setText(" · ".join(parts))

    def _append(self, text: str) -> None:
        self.log.appendPlainText(f"{dt.datetime.now():%H:%M:%S}  {text}")
