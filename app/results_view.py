"""The "Results" and "Golden samples" tabs: read a run's ``results/`` folder and show it.

Results: a headline (how predict's rule did on the validation photos), the summary report, a
confusion matrix (true label against the label predict gives) whose cells filter a gallery of
the images behind them, and the evaluation plots. Golden samples: the folders of
``results/golden_samples/`` (per label and per class) as galleries. Both say plainly when a
run has no results yet.
"""
from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHeaderView, QLabel, QSplitter, QStackedWidget, QTableWidget, QTableWidgetItem,
                               QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from hoam_core.naming import has_image_extension
from hoam_core.orientation import LABELS

from .messages import message_text
from .thumbnails import Gallery

RESULTS = "results"
SUMMARY = "summary_report.json"
EVALUATION = "evaluation_results.csv"
GOLDEN = "golden_samples"
TRUE_COLUMN, FILE_COLUMN = "true_label", "file"
DECIDED_COLUMN, PREDICTED_COLUMN = "decided_label", "predicted_label"  # predict's rule; the k-NN label (older runs)


def read_evaluation(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def image_files(folder: Path, recursive: bool = False) -> list[Path]:
    files = folder.rglob("*") if recursive else folder.iterdir()
    return sorted(p for p in files if p.is_file() and has_image_extension(p.name))


def _fill_tree(parent: QTreeWidgetItem, value) -> None:
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in items:
        item = QTreeWidgetItem(parent, [str(key)])
        if isinstance(child, (dict, list)):
            _fill_tree(item, child)
        else:
            item.setText(1, f"{child:.4g}" if isinstance(child, float) else str(child))


class _RunPage(QStackedWidget):
    """A page that shows "not available for this run yet" until it has something to show."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.run_dir: Path | None = None
        self.placeholder = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.addWidget(self.placeholder)

    def show_placeholder(self) -> None:
        self.setCurrentWidget(self.placeholder)
        # translated in one context for both pages (self.tr would use the subclass's name)
        self.placeholder.setText(
            QCoreApplication.translate("RunPage", "Open a run from History to see its results.")
            if self.run_dir is None else
            QCoreApplication.translate("RunPage", "Not available for run {name} yet: it appears when the run has "
                                                  "been evaluated.").format(name=self.run_dir.name))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ResultsView(_RunPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[dict[str, str]] = []
        self.labels: list[str] = []
        self.predicted = DECIDED_COLUMN
        self.decision: dict = {}
        self.summary = QTreeWidget(columnCount=2)
        self.summary.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix = QTableWidget()
        self.matrix.cellClicked.connect(self.filter_cell)
        self.matrix_caption = QLabel(wordWrap=True)
        self.gallery = Gallery(96)
        self.gallery_caption = QLabel(wordWrap=True)
        self.plots = Gallery(256)
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addWidget(self.matrix_caption)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(self.gallery_caption)
        matrix_layout.addWidget(self.gallery, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(matrix_page, "")
        self.tabs.addTab(self.plots, "")
        splitter = QSplitter()
        splitter.addWidget(self.summary)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        self.report_warnings: list[dict] = []
        self.warnings = QLabel(wordWrap=True, objectName="warnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet("QLabel#warnings { background: #fff4ce; color: #3b2f00; padding: 6px; }")
        self.headline = QLabel(wordWrap=True, objectName="headline")
        self.headline.setStyleSheet("QLabel#headline { font-weight: bold; padding: 6px; }")
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.warnings)
        layout.addWidget(splitter, 1)
        self.addWidget(self.content)
        self.retranslate()
        self.show_placeholder()

    def retranslate(self) -> None:
        self.summary.setHeaderLabels([self.tr("Measure"), self.tr("Value")])
        self.tabs.setTabText(0, self.tr("Confusion matrix"))
        self.tabs.setTabText(1, self.tr("Plots"))
        self.matrix_caption.setText(
            self.tr("Rows: true label; columns: the label predict gives (the vote of the nearest references, "
                    "checked by the appearance check). Click a cell to see its images.")
            if self.predicted == DECIDED_COLUMN else
            self.tr("Rows: true label; columns: predicted label. Click a cell to see its images."))
        self._show_headline()
        self._show_warnings()
        if self.currentWidget() is self.placeholder:
            self.show_placeholder()

    def _show_headline(self) -> None:
        """What predict's rule did on the run's validation photos, in the user's language; hidden for
        runs evaluated before it was measured."""
        d = self.decision
        self.headline.setVisible(bool(d))
        if d:
            said = self.tr(
                "On the {images} validation photos, the model as predict uses it labels {accuracy} right: "
                "{passed} of {bad} wrongly turned or defective parts passed, {flagged} of {good} good parts "
                "flagged.").format(images=d["images"], accuracy=f"{d['label_accuracy']:.1%}",
                                   passed=round(d["false_accept_rate"] * d["non_matching"]), bad=d["non_matching"],
                                   flagged=round(d["false_reject_rate"] * d["matching"]), good=d["matching"])
            if "false_accept_upper_95" in d:  # runs evaluated before the bounds were reported lack them
                said += " " + self.tr(
                    "With this many photos the true rates could still be up to {passed} passed and {flagged} "
                    "flagged (95% confidence); more photos narrow this.").format(
                    passed=f"{d['false_accept_upper_95']:.1%}", flagged=f"{d['false_reject_upper_95']:.1%}")
            self.headline.setText(said)

    def _show_warnings(self) -> None:
        """The run's warnings above the results, in the user's language; hidden when there are none."""
        lines = [message_text(w.get("code", ""), w, w.get("text", "")) for w in self.report_warnings]
        self.warnings.setText("\n".join([self.tr("This run has %n warning(s):", "", len(lines))]
                                         + [f"\u2022 {line}" for line in lines]))
        self.warnings.setVisible(bool(lines))

    def load(self, run_dir: Path | None) -> bool:
        """Show ``run_dir``'s results; False (and the placeholder) when it has none yet."""
        self.run_dir = Path(run_dir) if run_dir else None
        results = self.run_dir / RESULTS if self.run_dir else None
        if results is None or not (results / SUMMARY).is_file():
            self.show_placeholder()
            return False
        self.summary.clear()
        report = json.loads((results / SUMMARY).read_text(encoding="utf-8"))
        self.report_warnings = report.pop("warnings", [])
        self.decision = report.get("decision_on_val", {})
        _fill_tree(self.summary.invisibleRootItem(), report)
        self.summary.expandToDepth(0)
        self.rows = read_evaluation(results / EVALUATION) if (results / EVALUATION).is_file() else []
        self.predicted = DECIDED_COLUMN if self.rows and DECIDED_COLUMN in self.rows[0] else PREDICTED_COLUMN
        self.retranslate()
        self._fill_matrix()
        self.plots.set_images(image_files(results))
        self.gallery.set_images([])
        self.gallery_caption.clear()
        self.setCurrentWidget(self.content)
        return True

    def _fill_matrix(self) -> None:
        found = {r[TRUE_COLUMN] for r in self.rows} | {r[self.predicted] for r in self.rows}
        self.labels = [label for label in LABELS if label in found] + sorted(found - set(LABELS))
        counts = Counter((r[TRUE_COLUMN], r[self.predicted]) for r in self.rows)
        self.matrix.clear()
        self.matrix.setRowCount(len(self.labels))
        self.matrix.setColumnCount(len(self.labels))
        self.matrix.setHorizontalHeaderLabels(self.labels)
        self.matrix.setVerticalHeaderLabels(self.labels)
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

    def filter_cell(self, row: int, column: int) -> None:
        """Show the images whose true label is ``row``'s and predicted label ``column``'s."""
        true, predicted = self.labels[row], self.labels[column]
        chosen = [r for r in self.rows if r[TRUE_COLUMN] == true and r[self.predicted] == predicted]
        paths = [self._resolve(r[FILE_COLUMN]) for r in chosen]
        self.gallery.set_images(paths, [Path(p).name for p in paths])
        self.gallery_caption.setText(self.tr("{n} images: true {true}, predicted {predicted}").format(
            n=len(paths), true=true, predicted=predicted))

    def _resolve(self, file: str) -> str:
        path = Path(file)
        return str(path if path.is_absolute() else self.run_dir / path)


class GoldenView(_RunPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.folders = QTreeWidget(columnCount=2)
        self.folders.currentItemChanged.connect(self._show_folder)
        self.gallery = Gallery(128)
        splitter = QSplitter()
        splitter.addWidget(self.folders)
        splitter.addWidget(self.gallery)
        splitter.setStretchFactor(1, 3)
        self.addWidget(splitter)
        self.content = splitter
        self.retranslate()
        self.show_placeholder()

    def retranslate(self) -> None:
        self.folders.setHeaderLabels([self.tr("Label or class"), self.tr("Images")])
        if self.currentWidget() is self.placeholder:
            self.show_placeholder()

    def load(self, run_dir: Path | None) -> bool:
        self.run_dir = Path(run_dir) if run_dir else None
        golden = self.run_dir / RESULTS / GOLDEN if self.run_dir else None
        if golden is None or not golden.is_dir():
            self.show_placeholder()
            return False
        self.folders.clear()
        self._add_folders(self.folders.invisibleRootItem(), golden)
        self.folders.expandToDepth(0)
        self.setCurrentWidget(self.content)
        first = self.folders.topLevelItem(0)
        if first is not None:
            self.folders.setCurrentItem(first)
        return True

    def _add_folders(self, parent: QTreeWidgetItem, folder: Path) -> None:
        for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
            item = QTreeWidgetItem(parent, [sub.name, str(len(image_files(sub, recursive=True)))])
            item.setData(0, Qt.ItemDataRole.UserRole, str(sub))
            self._add_folders(item, sub)

    def _show_folder(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.gallery.set_images(image_files(Path(item.data(0, Qt.ItemDataRole.UserRole)), recursive=True))
