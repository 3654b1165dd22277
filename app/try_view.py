"""The "Try the model" tab: drop or pick images and see what the run's model says about each.

Prediction runs in the app's helper process (torch never loads in the GUI's interpreter),
which stays up for the next images. Each image shows its label and score; the table
adds the golden sample / reference it matched, its class and any problem.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from hoam_core.naming import has_image_extension
from hoam_core.runs import RunState

from .messages import error_text, value_text
from .processes import predict_images
from .tasks import run_in_child
from .thumbnails import Gallery

COLUMNS = ("file", "label", "score", "appearance", "nearest", "class", "expected", "error")


class TryView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.run_dir: Path | None = None
        self.rows: list[dict] = []
        self.setAcceptDrops(True)
        self.status = QLabel(wordWrap=True)
        self.pick_button = QPushButton()
        self.pick_button.clicked.connect(self.pick)
        self.gallery = Gallery(128)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.pick_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.gallery)
        splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def available(self) -> bool:
        """The run was evaluated, so its deployable model exists."""
        return self.run_dir is not None and "evaluate" in RunState(self.run_dir).stages_done

    def retranslate(self) -> None:
        self.pick_button.setText(self.tr("Choose images…"))
        self.table.setHorizontalHeaderLabels([self.tr("Image"), self.tr("Label"), self.tr("Score"),
                                              self.tr("Appearance"), self.tr("Matched"), self.tr("Class"),
                                              self.tr("Expected"), self.tr("Problem")])
        self.table.horizontalHeaderItem(COLUMNS.index("appearance")).setToolTip(
            self.tr("How unlike the good training photos the part looks (0: like one of them); over the "
                    "model's appearance threshold it is NG"))
        self._show_status()

    def _show_status(self, text: str = "") -> None:
        if text:
            self.status.setText(text)
        elif self.run_dir is None:
            self.status.setText(self.tr("Open a run from History, then drop component images here."))
        elif not self.available():
            self.status.setText(self.tr("Predictions with the model of run {name} are not available yet.").format(
                name=self.run_dir.name))
        else:
            self.status.setText(self.tr("Drop component images here or choose them: the model of run {name} "
                                        "labels each one.").format(name=self.run_dir.name))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, run_dir: Path | None) -> None:
        self.run_dir = Path(run_dir) if run_dir else None
        self.rows = []
        self._show_rows()
        self._show_status()

    def pick(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose component images"), "",
                                                self.tr("Images (*.jpg *.jpeg *.png *.bmp)"))
        self.predict([Path(f) for f in files])

    def predict(self, paths: list[Path]) -> None:
        paths = [str(p) for p in paths if p.is_file() and has_image_extension(p.name)]
        if not paths or not self.available():
            return
        self.pick_button.setEnabled(False)
        self._show_status(self.tr("Predicting {n} images…").format(n=len(paths)))
        run_in_child(predict_images, str(self.run_dir), paths,
                     on_done=lambda rows, error, run_dir=self.run_dir: self._on_predicted(run_dir, rows, error))

    def _on_predicted(self, run_dir: Path, rows, error) -> None:
        self.pick_button.setEnabled(True)
        if run_dir != self.run_dir:  # another run was opened meanwhile: these labels are not its model's
            self._show_status()
            return
        if error is not None:
            self._show_status(self.tr("Prediction failed: {error}").format(error=error_text(error)))
            return
        self.rows = rows + self.rows
        self._show_rows()
        self._show_status()

    def _show_rows(self) -> None:
        self.gallery.set_images([r["file"] for r in self.rows],
                                [f"{r['label'] or '?'}  {r['score']:.3f}" for r in self.rows])
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for c, key in enumerate(COLUMNS):
                value = value_text(row.get(key, ""))  # the error column: a coded text
                text = f"{value:.3f}" if isinstance(value, float) else str(value)
                self.table.setItem(i, c, QTableWidgetItem(Path(text).name if key == "file" else text))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.available():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.predict([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])

