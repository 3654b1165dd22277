"""The "History" tab: every run in the runs folder with its state; open, resume, delete to the trash."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QFile, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from hoam_core.pipeline import is_worked_on, shown_status
from hoam_core.runs import TaskStore

from .dialogs import confirm
from .messages import value_text
from .names import stage_names, status_names

COLUMNS = ("run_id", "status", "stage", "created", "site", "line_id", "input_dir", "message")
RESUMABLE = ("pending", "pending_orientation", "interrupted", "failed", "cancelled")


def trashable(run_dir: Path, runs_dir: Path) -> bool:
    """Only a run folder directly inside the runs folder may go to the trash."""
    run_dir, runs_dir = Path(run_dir), Path(runs_dir)
    return (run_dir.name.startswith("training_") and run_dir.is_dir() and not run_dir.is_symlink()
            and run_dir.resolve().parent == runs_dir.resolve())


class HistoryView(QWidget):
    open_requested = Signal(object)    # run folder
    resume_requested = Signal(object)  # run folder

    def __init__(self, runs_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.runs_dir = Path(runs_dir)
        self.active_run: Path | None = None  # the run being worked on: never deleted
        self.rows: list[dict] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda: self.open_selected())
        self.info = QLabel()
        self.buttons = {name: QPushButton() for name in ("refresh", "open", "resume", "folder", "delete")}
        self.buttons["refresh"].clicked.connect(self.refresh)
        self.buttons["open"].clicked.connect(self.open_selected)
        self.buttons["resume"].clicked.connect(self.resume_selected)
        self.buttons["folder"].clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.selected_run()))))
        self.buttons["delete"].clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        for button in self.buttons.values():
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        headers = {"run_id": self.tr("Run"), "status": self.tr("State"), "stage": self.tr("Stage"),
                   "created": self.tr("Created"), "site": self.tr("Site"), "line_id": self.tr("Line"),
                   "input_dir": self.tr("Input folder"), "message": self.tr("Message")}
        self.table.setHorizontalHeaderLabels([headers[c] for c in COLUMNS])
        for name, text in (("refresh", self.tr("Refresh")), ("open", self.tr("Open")), ("resume", self.tr("Resume")),
                           ("folder", self.tr("Show folder")), ("delete", self.tr("Move to trash"))):
            self.buttons[name].setText(text)
        self.info.setText(self.tr("Runs in {folder}").format(folder=self.runs_dir))
        self._fill(self.selected_run())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        selected = self.selected_run()
        self.rows = [{**run, "status": shown_status(run["status"], run["run_dir"])}
                     for run in TaskStore(self.runs_dir).list()]
        self._fill(selected)

    def _fill(self, selected: Path | None = None) -> None:
        shown = {"status": status_names(), "stage": stage_names()}
        self.table.setRowCount(len(self.rows))
        for r, run in enumerate(self.rows):
            for c, key in enumerate(COLUMNS):
                value = str(run.get(key) or "")
                text = shown[key].get(value, value) if key in shown else value
                if key == "message" and run.get("message_coded"):  # said in the user's language
                    text = value_text(json.loads(run["message_coded"]))
                item = QTableWidgetItem(text.replace("T", " ") if key == "created" else text)
                item.setData(Qt.ItemDataRole.UserRole, run["run_dir"])
                if key in ("input_dir", "message"):
                    item.setToolTip(value)
                self.table.setItem(r, c, item)
            if selected is not None and Path(run["run_dir"]) == selected:
                self.table.selectRow(r)
        self._update_buttons()

    def selected_run(self) -> Path | None:
        run = self._selected_row()
        return Path(run["run_dir"]) if run else None

    def select_run(self, run_dir: Path) -> None:
        for r, run in enumerate(self.rows):
            if Path(run["run_dir"]) == Path(run_dir):
                self.table.selectRow(r)

    def _selected_row(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        run = self._selected_row()
        active = run is not None and self.active_run is not None and Path(run["run_dir"]) == self.active_run
        for name in ("open", "folder"):
            self.buttons[name].setEnabled(run is not None)
        self.buttons["resume"].setEnabled(run is not None and run["status"] in RESUMABLE and self.active_run is None)
        self.buttons["delete"].setEnabled(run is not None and not active)

    def open_selected(self) -> None:
        run = self.selected_run()
        if run is not None:
            self.open_requested.emit(run)

    def resume_selected(self) -> None:
        run = self.selected_run()
        if run is not None and self.buttons["resume"].isEnabled():
            self.resume_requested.emit(run)

    def delete_selected(self, ask: bool = True) -> bool:
        """Move the selected run folder to the trash (never delete it outright)."""
        run = self._selected_row()
        if run is None:
            return False
        run_dir = Path(run["run_dir"])
        if self.active_run is not None and run_dir == self.active_run:
            return False
        if ask and not confirm(self, self.tr("Move run to trash"),
                               self.tr("Move {name} and everything in it to the trash?").format(name=run_dir.name),
                               self.tr("Move to trash")):
            return False
        if run_dir.exists():
            if is_worked_on(run_dir):
                QMessageBox.warning(self, self.tr("Not moved"), self.tr(
                    "{name} is being worked on by another window or hoam-trainer; it was left alone. Stop that "
                    "run first.").format(name=run_dir.name))
                return False
            if not trashable(run_dir, self.runs_dir):
                QMessageBox.warning(self, self.tr("Not moved"), self.tr(
                    "{path} is not a run folder inside {runs}; it was left alone.").format(
                    path=run_dir, runs=self.runs_dir))
                return False
            # Qt's Linux trash lives in the XDG data folder, which it does not create
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)).mkdir(
                parents=True, exist_ok=True)
            if not QFile.moveToTrash(str(run_dir)):
                QMessageBox.warning(self, self.tr("Not moved"), self.tr(
                    "{path} could not be moved to the trash (no trash on this drive?); it was left alone. "
                    "Delete it in the file manager if you no longer need it.").format(path=run_dir))
                return False
        TaskStore(self.runs_dir).remove(run["run_id"])
        self.refresh()
        return True
