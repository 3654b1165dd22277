"""The "Results" tab: read a run's ``results/`` folder and show it.

Results: the line verdict (fit for the line or not) and a headline of what the check would have done
on the validation photos, the run's warnings, a table of the figures (the line, then each class; the
whole report behind "details"), and sub-tabs: the labels the check gives (true label against the
check's label, a cell shows its photos), the evaluation's plots, and the files left out. It says
plainly when a run has no results yet. The Golden samples tab is :mod:`.golden_view`.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QFrame, QHeaderView, QLabel, QScrollArea, QSizePolicy, QSplitter,
                               QStackedWidget, QTableWidget, QTableWidgetItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from hoam_core.data.naming import has_image_extension
from hoam_core.data.orientation import LABELS, NG
from hoam_core.layout import EVALUATION_RESULTS, SUMMARY_REPORT, RunLayout

from .line_verdict import fill_summary, fit_for_line, headline, verdict_text
from .messages import left_out_reason, message_text
from .names import orientation_names
from .photo_gallery import NamedGallery
from .plots_view import PlotsPage
from .run_page import RunPage, read_rows

TRUE_COLUMN, FILE_COLUMN, PREDICTED_COLUMN = "true_label", "file", "predicted_label"  # predicted: the decision rule's
SUMMARY_WIDTH = 540
WARNING_LINES = 5  # the warnings' box is as high as this many lines of Latin text at most, and scrolls
VERDICT_STYLE = ("QLabel#verdict {{ background: {bg}; color: {fg}; border-left: 6px solid {edge}; font-size: 12pt; "
                 "font-weight: bold; padding: 6px 10px; }}")
FIT = {"bg": "#e8f5e9", "fg": "#1b5e20", "edge": "#2e7d32"}
NOT_FIT = {"bg": "#fdecea", "fg": "#b71c1c", "edge": "#c62828"}


def image_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and has_image_extension(p.name))


def _fill_tree(parent: QTreeWidgetItem, value) -> None:
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in items:
        item = QTreeWidgetItem(parent, [str(key)])
        if isinstance(child, (dict, list)):
            _fill_tree(item, child)
        else:
            item.setText(1, f"{child:.4g}" if isinstance(child, float) else str(child))


class ResultsView(RunPage):
    """The line verdict and a table of what the check did, then its labels, plots and the left-out files."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report: dict = {}
        self.rows: list[dict[str, str]] = []
        self.labels: list[str] = []
        self.cell: tuple[int, int] | None = None  # the matrix cell whose photos the gallery shows
        self.verdict = QLabel(wordWrap=True, objectName="verdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.headline = QLabel(wordWrap=True, objectName="headline")
        self.headline.setStyleSheet("QLabel#headline { font-weight: bold; padding: 2px 6px; }")
        self.warnings = QLabel(wordWrap=True, objectName="warnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet("QLabel#warnings { background: #fff4ce; color: #3b2f00; padding: 6px; }")
        self.warnings_box = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.warnings_box.setWidget(self.warnings)
        self.warnings_box.setMaximumHeight(self.fontMetrics().lineSpacing() * WARNING_LINES + 8)  # + its top padding

        self.summary = QTreeWidget(columnCount=2)
        self.summary.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.summary.header().setStretchLastSection(True)
        self.details = QTreeWidget(columnCount=2)  # the whole report, as the file has it
        self.details.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.summary)
        self.left_stack.addWidget(self.details)
        self.details_box = QCheckBox()
        self.details_box.toggled.connect(
            lambda on: self.left_stack.setCurrentWidget(self.details if on else self.summary))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.left_stack, 1)
        left_layout.addWidget(self.details_box)

        self.matrix = QTableWidget()
        self.matrix.cellClicked.connect(self.filter_cell)
        self.matrix.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.matrix.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.matrix_caption = QLabel(wordWrap=True)
        self.gallery = NamedGallery(96)
        self.gallery_caption = QLabel(wordWrap=True)
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addWidget(self.matrix_caption)
        matrix_layout.addWidget(self.matrix)
        matrix_layout.addWidget(self.gallery_caption)
        matrix_layout.addWidget(self.gallery, 1)
        self.plots = PlotsPage()
        self.left_out_caption = QLabel(wordWrap=True)
        self.left_out = QTableWidget(0, 2)
        self.left_out.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.left_out.horizontalHeader().setStretchLastSection(True)
        self.left_out.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        left_out_page = QWidget()
        left_out_layout = QVBoxLayout(left_out_page)
        left_out_layout.addWidget(self.left_out_caption)
        left_out_layout.addWidget(self.left_out, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(matrix_page, "")
        self.tabs.addTab(self.plots, "")
        self.tabs.addTab(left_out_page, "")

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([SUMMARY_WIDTH, 1000])
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.headline)
        layout.addWidget(self.warnings_box)
        layout.addWidget(splitter, 1)
        self.addWidget(self.content)
        self.retranslate()
        self.show_placeholder()

    def retranslate(self) -> None:
        self.summary.setHeaderLabels([self.tr("What"), self.tr("On the validation photos")])
        self.details.setHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.details_box.setText(self.tr("Details: the whole report as the file holds it"))
        self.tabs.setTabText(0, self.tr("Labels the check gives"))
        self.tabs.setTabText(1, self.tr("Plots"))
        self.tabs.setTabText(2, self.tr("Left-out files ({n})").format(n=len(self.report.get("left_out", []))))
        self.matrix_caption.setText(
            self.tr("Rows: the true label of each validation photo; columns: the label the check gives it (the "
                    "orientation vote of the nearest good photos, then the part check of its class). Green: right, "
                    "red: wrong. Click a cell to see its photos."))
        self._show_report()
        self._fill_matrix_headers()
        if self.cell is None:
            self.gallery_caption.setText(self.tr("Click a cell of the table to see its photos here."))
        else:
            self.filter_cell(*self.cell)
        if self.currentWidget() is self.placeholder:
            self.show_placeholder()

    def _show_report(self) -> None:
        """The verdict, headline, warnings and summary table of the report, in the user's language."""
        fit = fit_for_line(self.report)
        self.verdict.setText(verdict_text(self.report))
        self.verdict.setStyleSheet(VERDICT_STYLE.format(**(FIT if fit else NOT_FIT)))
        self.verdict.setVisible(fit is not None)
        self.headline.setText(headline(self.report))
        self.headline.setVisible(bool(self.headline.text()))
        lines = [message_text(w.get("template", ""), w, w.get("text", ""), w.get("code", ""))
                 for w in self.report.get("warnings", [])]
        self.warnings.setText("\n".join([self.tr("This run has %n warning(s):", "", len(lines))]
                                        + [f"\u2022 {line}" for line in lines]))
        self.warnings_box.setVisible(bool(lines))
        fill_summary(self.summary, self.report)
        self._fill_left_out()

    def load(self, run_dir: Path | None) -> bool:
        """Show ``run_dir``'s results; False (and the placeholder) when it has none yet."""
        self.run_dir = Path(run_dir) if run_dir else None
        results = RunLayout(self.run_dir).results if self.run_dir else None
        if results is None or not (results / SUMMARY_REPORT).is_file():
            self.show_placeholder()
            return False
        self.report = json.loads((results / SUMMARY_REPORT).read_text(encoding="utf-8"))
        self.details.clear()
        _fill_tree(self.details.invisibleRootItem(), {k: v for k, v in self.report.items() if k != "warnings"})
        self.details.expandToDepth(0)
        self.rows = read_rows(results / EVALUATION_RESULTS) if (results / EVALUATION_RESULTS).is_file() else []
        self._fill_matrix()
        self.cell = None
        self.gallery.set_images([])
        self.retranslate()
        self.plots.set_plots(image_files(results))
        self.setCurrentWidget(self.content)
        return True

    def _fill_left_out(self) -> None:
        files = self.report.get("left_out", [])
        self.left_out.setHorizontalHeaderLabels([self.tr("File"), self.tr("Why it was left out")])
        self.left_out_caption.setText(
            self.tr("%n file(s) of the input were left out of the training:", "", len(files)) if files else
            self.tr("Every file of the input was used."))
        self.left_out.setRowCount(len(files))
        for i, f in enumerate(files):
            for column, text in enumerate((f["file"], left_out_reason(f["reason"]))):
                item = QTableWidgetItem(text)
                item.setToolTip(f.get("detail") or text)
                self.left_out.setItem(i, column, item)

    def _fill_matrix(self) -> None:
        found = {r[TRUE_COLUMN] for r in self.rows} | {r[PREDICTED_COLUMN] for r in self.rows}
        self.labels = [label for label in LABELS if label in found] + sorted(found - set(LABELS))
        counts = Counter((r[TRUE_COLUMN], r[PREDICTED_COLUMN]) for r in self.rows)
        self.matrix.clear()
        self.matrix.setRowCount(len(self.labels))
        self.matrix.setColumnCount(len(self.labels))
        peak = max(counts.values(), default=1)
        for r, true in enumerate(self.labels):
            for c, predicted in enumerate(self.labels):
                n = counts.get((true, predicted), 0)
                item = QTableWidgetItem(str(n))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if n:
                    shade = 255 - int(155 * n / peak)
                    item.setBackground(QBrush(QColor(shade, 255, shade) if r == c else QColor(255, shade, shade)))
                self.matrix.setItem(r, c, item)
        self.matrix.resizeRowsToContents()

    def _fill_matrix_headers(self) -> None:
        names = orientation_names()
        shown = [names.get(label, label) for label in self.labels]
        self.matrix.setHorizontalHeaderLabels(shown)
        self.matrix.setVerticalHeaderLabels(shown)

    def filter_cell(self, row: int, column: int) -> None:
        """Show the photos whose true label is ``row``'s and the check's label ``column``'s."""
        self.cell = (row, column)
        true, predicted = self.labels[row], self.labels[column]
        chosen = [r for r in self.rows if r[TRUE_COLUMN] == true and r[PREDICTED_COLUMN] == predicted]
        self.gallery.set_images([self._resolve(r[FILE_COLUMN]) for r in chosen],
                                [self._caption(r) for r in chosen], [self._tip(r) for r in chosen])
        names = orientation_names()
        self.gallery_caption.setText(self.tr("%n photo(s) whose true label is {true} and the check says {said}:", "",
                                             len(chosen)).format(true=names.get(true, true),
                                                                 said=names.get(predicted, predicted)))

    def _caption(self, row: dict[str, str]) -> str:
        return row.get("class") or (self.tr("NG photo") if row[TRUE_COLUMN] == NG else Path(row[FILE_COLUMN]).name)

    def _tip(self, row: dict[str, str]) -> str:
        """The photo's own name and the turn this copy of it has."""
        if not row.get("original"):
            return Path(row[FILE_COLUMN]).name
        return self.tr("{name}, turned {degrees}°").format(name=row["original"], degrees=row.get("rotation_deg", 0))

    def _resolve(self, file: str) -> str:
        path = Path(file)
        return str(path if path.is_absolute() else self.run_dir / path)
