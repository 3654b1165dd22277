"""Help > Guide: the five steps of a run, a picture of each, and where the log files for support are.

The pictures are the app's own screens (``resources/guide/step{n}.png``, and ``step{n}_{language}.png``
where that language has its own), made by ``tools/screenshots.py``.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from hoam_core.logs import default_log_dir

from .i18n import Retranslating, current_language
from .resources import resources_dir

STEPS = 5
PICTURE_WIDTH = 840


def guide_picture(step: int, language: str) -> Path:
    """The picture of ``step`` (1-5) in ``language``, else the English one."""
    folder = resources_dir() / "guide"
    own = folder / f"step{step}_{language}.jpg"
    return own if own.is_file() else folder / f"step{step}.jpg"


class GuideDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.resize(960, 700)
        self.intro = QLabel(wordWrap=True)
        self.pages = QTabWidget()
        self.steps: list[tuple[QLabel, QLabel]] = []
        for _ in range(STEPS):
            page, text, picture = QWidget(), QLabel(wordWrap=True), QLabel()
            text.setTextFormat(Qt.TextFormat.RichText)
            picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(text)
            page_layout.addWidget(picture, 1)
            self.pages.addTab(page, "")
            self.steps.append((picture, text))

        self.logs = QLabel(wordWrap=True)
        self.logs.setTextFormat(Qt.TextFormat.PlainText)
        self.logs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logs_button = QPushButton()
        self.logs_button.clicked.connect(open_log_folder)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.logs)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guide: a run in five steps"))
        self.intro.setText(self.tr("From a folder of AOI photos to a checked, deployable model. Each step has a "
                                   "tab of its own; the app goes to the next one by itself."))
        texts = [
            (self.tr("1. New run"), self.tr(
                "Choose the input folder (with OK and NG sub-folders of AOI photos), the database and the site and "
                "line the photos come from. Test connection tells how many of the photos the database knows there. "
                "Pick a training profile and press Start run.")),
            (self.tr("2. Orientation"), self.tr(
                "For each class of photos, say which way the part faces (arrow keys or the buttons), whether it "
                "looks the same turned 180°, or leave the class out. Space shows the photos large. You can answer "
                "later: the run waits, also over a restart.")),
            (self.tr("3. Training"), self.tr(
                "Progress shows each stage and the time left; Curves shows the training: the losses should fall, "
                "the validation scores rise. Cancel stops at the next safe point; History resumes the run.")),
            (self.tr("4. Results"), self.tr(
                "What the check would have decided on the validation photos: good parts flagged (false rejects), "
                "defects passed (false accepts), per class; the golden samples and the photos worth a look.")),
            (self.tr("5. Try the model and deploy"), self.tr(
                "Try the model on new photos. The run folder's export/ holds the module for the line: model, "
                "thresholds and golden images.")),
        ]
        language = current_language()
        for i, ((title, text), (picture, label)) in enumerate(zip(texts, self.steps), start=1):
            self.pages.setTabText(i - 1, title)
            label.setText(f"<p>{text}</p>")
            pixmap = QPixmap(str(guide_picture(i, language)))
            picture.setPixmap(pixmap.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
                              if pixmap.width() > PICTURE_WIDTH else pixmap)
        self.logs.setText(self.tr("Log files for support: {folder}").format(folder=default_log_dir()))
        self.logs_button.setText(self.tr("Open the log folder"))
        self.close_button.setText(self.tr("Close"))


def open_log_folder() -> None:
    """The log folder in the file manager (made first: it may not exist yet)."""
    folder = default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
