"""The "History" tab: every run in the runs folder with its state, date and result (sortable by any
column, newest first); open, resume, delete to the trash."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QFile, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from hoam_core.layout import RunLayout
from hoam_core.pipeline import is_worked_on, shown_status
from hoam_core.runs import TaskStore

from .dialogs import confirm
from .messages import value_text
from .names import stage_names, status_names
from .i18n import Retranslating

COLUMNS = ("created", "run_id", "status", "result", "stage", "site", "line_id", "input_dir", "message")
RESUMABLE = ("pending", "pending_orientation", "interrupted", "failed", "cancelled")
SORT_KEY = Qt.ItemDataRole.UserRole + 1


def run_result(run_dir: Path) -> tuple[bool | None, float] | None:
    """(fit for the line, or None where the report does not say; false-accept rate on val) from the run's
    results/summary_report.json; None without a report."""
    try:
        report = json.loads(RunLayout(run_dir).summary_report.read_text(encoding="utf-8"))
        far = float(report["decision_on_val"]["false_accept_rate"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    fit = report.get("fit_for_line")
    return (fit if isinstance(fit, bool) else None), far


class SortableItem(QTableWidgetItem):
    """A cell that sorts by its SORT_KEY data (when it has one), not by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_KEY), other.data(SORT_KEY)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


def trashable(run_dir: Path, runs_dir: Path) -> bool:
    """Only a run folder directly inside the runs folder may go to the trash."""
    run_dir, runs_dir = Path(run_dir), Path(runs_dir)
    return (run_dir.name.startswith("training_") and run_dir.is_dir() and not run_dir.is_symlink()
            and run_dir.resolve().parent == runs_dir.resolve())


class HistoryView(Retranslating, QWidget):
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
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("created"), Qt.SortOrder.DescendingOrder)
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
                   "created": self.tr("Date"), "result": self.tr("Result on the validation photos"),
                   "site": self.tr("Site"), "line_id": self.tr("Line"), "input_dir": self.tr("Input folder"),
                   "message": self.tr("Message")}
        self.table.setHorizontalHeaderLabels([headers[c] for c in COLUMNS])
        for name, text in (("refresh", self.tr("Refresh")), ("open", self.tr("Open")), ("resume", self.tr("Resume")),
                           ("folder", self.tr("Show folder")), ("delete", self.tr("Move to trash"))):
            self.buttons[name].setText(text)
        self.info.setText(self.tr("Runs in {folder}").format(folder=self.runs_dir))
        self._fill(self.selected_run())

    def refresh(self) -> None:
        selected = self.selected_run()
        self.rows = [{**run, "status": shown_status(run["status"], run["run_dir"]), "result": run_result(run["run_dir"])}
                     for run in TaskStore(self.runs_dir).list()]
        self._fill(selected)

    def result_text(self, result: tuple[bool | None, float] | None) -> str:
        if result is None:
            return ""
        fit, far = result
        rate = self.tr("false accepts {rate}").format(rate=f"{far:.1%}")
        if fit is None:
            return rate
        return (self.tr("fit for the line") if fit else self.tr("not fit for the line")) + " · " + rate

    def _fill(self, selected: Path | None = None) -> None:
        shown = {"status": status_names(), "stage": stage_names()}
        self.table.setSortingEnabled(False)  # rows keep their place while they are filled
        self.table.setRowCount(len(self.rows))
        for r, run in enumerate(self.rows):
            for c, key in enumerate(COLUMNS):
                value = str(run.get(key) or "")
                text = shown[key].get(value, value) if key in shown else value
                item = SortableItem()
                if key == "message":
                    if run.get("message_coded"):  # said in the user's language
                        text = value_text(json.loads(run["message_coded"]))
                    if text.casefold() == shown["status"].get(run["status"], "").casefold():
                        text = ""  # "waiting for orientation answers" is said by the state already
                    item.setToolTip(value)
                elif key == "created":
                    text = value.replace("T", " ")[:16]
                    item.setData(SORT_KEY, value)
                elif key == "result":
                    result = run["result"]
                    text = self.result_text(result)
                    # fit first, then by false accepts; runs without a result last
                    item.setData(SORT_KEY, "2" if result is None else f"{0 if result[0] else 1}{result[1]:012.9f}")
                elif key == "input_dir":
                    item.setToolTip(value)
                item.setText(text)
                item.setData(Qt.ItemDataRole.UserRole, run["run_dir"])
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        if selected is not None:
            self.select_run(selected)
        self._update_buttons()

    def selected_run(self) -> Path | None:
        run = self._selected_row()
        return Path(run["run_dir"]) if run else None

    def select_run(self, run_dir: Path) -> None:
        for r in range(self.table.rowCount()):
            if Path(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) == Path(run_dir):
                self.table.selectRow(r)

    def _selected_row(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.table.item(rows[0].row(), 0) is None:
            return None
        run_dir = Path(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))
        return next((run for run in self.rows if Path(run["run_dir"]) == run_dir), None)

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
