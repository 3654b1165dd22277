"""The Results tab's plots: a list of their titles in words, the chosen plot fitted to the pane, and a
click that shows it at full size.

The evaluation writes its plots as PNG files into ``results/`` (:mod:`hoam_core.evaluation.report`);
:func:`plot_titles` names the known ones and says what they show.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from hoam_core.layout import CONFUSION_PLOT, FAR_FRR_PLOT, PER_LABEL_PLOT, SIMILARITY_PLOT

from .i18n import Retranslating

translate = QCoreApplication.translate  # lupdate finds translate(context, text)
LIST_WIDTH = 210


def plot_titles() -> dict[str, tuple[str, str]]:
    """{file name: (title, what it shows)} of the evaluation's plots, in the user's language."""
    golden = translate("plots", "For a line that compares each photo with its class's golden sample only: the "
                                "check above does not use this threshold.")
    return {
        CONFUSION_PLOT: (
            translate("plots", "Labels the check gives"),
            translate("plots", "Each validation photo by its true label (rows) and the label the check gives it "
                               "(columns): the orientation vote of the nearest good photos, then the part check of its "
                               "class.")),
        PER_LABEL_PLOT: (
            translate("plots", "Labelled right, per label"),
            translate("plots", "The share of the validation photos of each true label that the check labels right.")),
        SIMILARITY_PLOT: (
            translate("plots", "Likeness to the golden sample"),
            translate("plots", "Per class: how alike the validation photos are to the class's golden sample; good "
                               "parts in their orientation in green, turned parts and NG photos in red, the golden "
                               "threshold dashed.") + " " + golden),
        FAR_FRR_PLOT: (
            translate("plots", "Golden threshold: errors"),
            translate("plots", "Per class: the share of turned parts and NG photos passed (red) and of good parts "
                               "flagged (blue) at each golden threshold; the chosen one dashed.") + " " + golden),
    }


def title_of(path: Path) -> tuple[str, str]:
    """A plot's title and what it shows; a plot this version does not know is named after its file."""
    return plot_titles().get(path.name, (path.stem.replace("_", " ").capitalize(), ""))


class FittedImage(QLabel):
    """A picture shrunk to fit the label's size (never enlarged); ``clicked`` when clicked."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, alignment=Qt.AlignmentFlag.AlignCenter)
        self.full = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 90)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_picture(self, pixmap: QPixmap) -> None:
        self.full = pixmap
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.full.isNull():
            self.clear()
            return
        size = self.full.size().boundedTo(self.size())
        self.setPixmap(self.full.scaled(self.full.size().scaled(size, Qt.AspectRatioMode.KeepAspectRatio),
                                        Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.full.isNull():
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ImageDialog(Retranslating, QDialog):
    """A picture at full size (scrolled where it is larger than the screen); a click or Esc closes it."""

    def __init__(self, pixmap: QPixmap, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(pixmap)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.picture)
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        self.retranslate()
        screen = QGuiApplication.primaryScreen().availableSize() * 0.92
        self.resize((pixmap.size() + QSize(40, 70)).boundedTo(screen))

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Click or press Esc to close"))

    def mouseReleaseEvent(self, event) -> None:  # a click on the picture comes here too
        self.accept()


class PlotsPage(Retranslating, QWidget):
    """The plots of a results folder: titles on the left, the chosen plot fitted beside them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths: list[Path] = []
        self.titles = QListWidget(wordWrap=True)
        self.titles.setFixedWidth(LIST_WIDTH)
        self.titles.currentRowChanged.connect(self._show)
        self.title = QLabel(wordWrap=True, objectName="plotTitle")
        self.title.setStyleSheet("QLabel#plotTitle { font-weight: bold; font-size: 11pt; }")
        self.note = QLabel(wordWrap=True)
        self.image = FittedImage()
        self.image.clicked.connect(self.enlarge)
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.note)
        right.addWidget(self.image, 1)
        right.addWidget(self.hint)
        layout = QHBoxLayout(self)
        layout.addWidget(self.titles)
        layout.addLayout(right, 1)
        self.dialog: ImageDialog | None = None
        self.retranslate()

    def set_plots(self, paths: list[Path]) -> None:
        """Show ``paths``: the known plots first, in the order of :func:`plot_titles`."""
        order = list(plot_titles())
        self.paths = sorted(paths, key=lambda p: (order.index(p.name) if p.name in order else len(order), p.name))
        self.retranslate()
        self.titles.setCurrentRow(0 if self.paths else -1)

    def retranslate(self) -> None:
        row = self.titles.currentRow()
        self.titles.blockSignals(True)
        self.titles.clear()
        for path in self.paths:
            item = QListWidgetItem(title_of(path)[0])
            item.setToolTip(title_of(path)[1])
            self.titles.addItem(item)
        self.titles.setCurrentRow(row)
        self.titles.blockSignals(False)
        self.hint.setText(self.tr("Click the plot to see it full size"))
        self._show_texts()
        if self.dialog is not None:
            self.dialog.setWindowTitle(self.title.text())

    def _show(self, row: int) -> None:
        self.image.set_picture(QPixmap(str(self.paths[row])) if 0 <= row < len(self.paths) else QPixmap())
        self._show_texts()

    def _show_texts(self) -> None:
        row = self.titles.currentRow()
        title, note = title_of(self.paths[row]) if 0 <= row < len(self.paths) else ("", "")
        self.title.setText(title)
        self.note.setText(note)
        self.hint.setVisible(bool(title))

    def enlarge(self) -> None:
        if self.dialog is not None:  # the one shown before
            self.dialog.deleteLater()
        self.dialog = ImageDialog(self.image.full, self.title.text(), self)
        self.dialog.open()
