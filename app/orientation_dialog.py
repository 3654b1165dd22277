"""The orientation dialog: the engineer says which way the part faces in each class.

One row per class with a few sample thumbnails (more on demand; a click or Space shows them
large), Up / Down / Left / Right / exclude, "looks the same turned 180 degrees", and beside the
samples the class's reference turn: its first sample turned as the answer says, i.e. what "Up"
means for this class in training. Keyboard first: an arrow key answers the focused row and
moves to the next one. The chosen answer is a filled button in a row framed in green. OK is
enabled once every class is answered; "Answer later" closes the dialog and the run waits on disk.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap, QTransform
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from hoam_core.data.orientation import EXCLUDE, ORIENTATIONS, OrientationAnswer, OrientationRequest, turned

from .names import orientation_names
from .thumbnails import ThumbnailLoader, Thumb
from .i18n import Retranslating

CHOICES = (*ORIENTATIONS, EXCLUDE)
ARROW_KEYS = {Qt.Key.Key_Up: "Up", Qt.Key.Key_Down: "Down", Qt.Key.Key_Left: "Left", Qt.Key.Key_Right: "Right"}
ARROWS = {"Up": "↑", "Down": "↓", "Left": "←", "Right": "→"}
# the clockwise quarter turns that make a part facing this way face Up (as the dataset stage turns it)
TURNS_TO_UP = {o: next(k for k in range(4) if turned(o, k) == "Up") for o in ORIENTATIONS}
MORE_SAMPLES = 3
LARGE = QSize(860, 640)  # the photo viewer's picture at most
STYLE = """
QFrame#orientationRow { border: 1px solid palette(mid); border-radius: 4px; }
QFrame#orientationRow[answer="orientation"] { border: 2px solid #2e7d32; background: #eef7ee; }
QFrame#orientationRow[answer="exclude"] { border: 2px solid #8d6e63; background: #f3efed; }
QFrame#orientationRow:focus { border: 3px solid palette(highlight); }
QPushButton#answer { padding: 4px 12px; }
QPushButton#answer:checked { background: #1565c0; color: white; font-weight: bold; border: 1px solid #0d47a1;
                             border-radius: 3px; }
QPushButton#answer[choice="exclude"]:checked { background: #6d4c41; border-color: #4e342e; }
"""


class PhotoViewer(Retranslating, QDialog):
    """A class's sample photos, large: Left/Right browse, Space, Enter or Esc close it, as does a click."""

    def __init__(self, paths: list[str], index: int, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(True)
        self.setWindowTitle(title)
        self.paths, self.index = paths, index
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 240)
        self.caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.keys_help = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.keys_help)
        self.show_photo(index)

    def show_photo(self, index: int) -> None:
        self.index = index % len(self.paths)
        path = self.paths[self.index]
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            self.picture.setText(self.tr("This photo cannot be read."))
        else:  # small AOI crops are enlarged (up to 4x) to be seen, large ones fitted
            fit = image.size().scaled(LARGE.boundedTo(image.size() * 4), Qt.AspectRatioMode.KeepAspectRatio)
            self.picture.setPixmap(QPixmap.fromImage(image.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio,
                                                                  Qt.TransformationMode.SmoothTransformation)))
        self.retranslate()

    def retranslate(self) -> None:
        name = Path(self.paths[self.index]).name
        self.caption.setText(self.tr("{name}  ({n} of {total})").format(name=name, n=self.index + 1,
                                                                         total=len(self.paths)))
        self.keys_help.setText(self.tr("← → other samples · Space, Enter or Esc closes"))

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.show_photo(self.index + (1 if key == Qt.Key.Key_Right else -1))
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.accept()
        elif key not in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # never an answer to the row behind
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self.accept()


class TurnedThumb(Thumb):
    """A class's first sample turned by :attr:`turns` clockwise quarter turns (None: no answer yet, no picture)."""

    def __init__(self, path, loader: ThumbnailLoader, parent: QWidget | None = None):
        super().__init__(path, loader, parent)
        self.turns: int | None = None
        self.setToolTip("")

    def set_turns(self, turns: int | None) -> None:
        self.turns = turns
        self.draw()

    def draw(self) -> None:
        if self.turns is None:
            self.clear()
        elif not self.image.isNull():
            self.setPixmap(QPixmap.fromImage(self.image.transformed(QTransform().rotate(90 * self.turns))))


class OrientationRow(Retranslating, QFrame):
    """One class: name, thumbnails, the answer buttons and the 180-degree flag."""

    changed = Signal()
    advance = Signal(object)  # this row, after an answer given with the keyboard
    focused = Signal(object)

    def __init__(self, cls: str, count: int, samples: list, request: OrientationRequest,
                 loader: ThumbnailLoader, parent: QWidget | None = None):
        super().__init__(parent)
        self.cls, self.count, self.request, self.loader = cls, count, request, loader
        self.setObjectName("orientationRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.thumbs = QHBoxLayout()
        self.thumbs.setSpacing(4)
        for path in samples:
            self._add_thumb(self.thumbs.count(), path)
        self.viewer: PhotoViewer | None = None
        self.more_button = QPushButton()
        self.more_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more_button.clicked.connect(self.show_more)
        self.more_button.setEnabled(len(samples) < count)
        self.thumbs.addWidget(self.more_button)
        self.thumbs.addStretch(1)
        # the reference turn: what Up is for this class, once answered
        self.reference = TurnedThumb(samples[0], loader) if samples else QLabel()
        self.reference.setFixedSize(loader.size, loader.size)
        self.reference_caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.reference_caption.setFixedWidth(loader.size + 40)
        reference = QVBoxLayout()
        reference.setSpacing(2)
        reference.addWidget(self.reference, 0, Qt.AlignmentFlag.AlignHCenter)
        reference.addWidget(self.reference_caption)
        samples_row = QHBoxLayout()
        samples_row.addLayout(self.thumbs, 1)
        samples_row.addLayout(reference)

        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        answer_row = QHBoxLayout()
        for choice in CHOICES:
            button = QPushButton(objectName="answer")
            button.setProperty("choice", choice)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.group.addButton(button)
            self.buttons[choice] = button
            answer_row.addWidget(button)
        self.group.buttonToggled.connect(self._on_toggled)
        self.symmetric = QCheckBox()
        self.symmetric.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        answer_row.addWidget(self.symmetric)
        answer_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addLayout(samples_row)
        layout.addLayout(answer_row)
        self.symmetric.toggled.connect(self._show_reference)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("{cls}  ({count} images)").format(cls=self.cls, count=self.count))
        self.more_button.setText(self.tr("More samples"))
        names = orientation_names()
        labels = {**{o: f"{ARROWS[o]} {names[o]}" for o in ORIENTATIONS}, EXCLUDE: self.tr("Exclude")}
        for choice, button in self.buttons.items():
            button.setText(labels[choice])
        self.buttons[EXCLUDE].setToolTip(self.tr("Leave this class out of the training (X)"))
        self.symmetric.setText(self.tr("Looks the same turned 180°"))
        self.symmetric.setToolTip(self.tr("For parts such as resistors that look the same upside down (S)"))
        self.more_button.setToolTip(self.tr("Show more photos of this class (M)"))
        self._show_reference()

    @property
    def choice(self) -> str | None:
        checked = self.group.checkedButton()
        return next((c for c, b in self.buttons.items() if b is checked), None)

    def answer(self) -> OrientationAnswer | None:
        choice = self.choice
        if choice is None:
            return None
        return OrientationAnswer(choice, self.symmetric.isChecked() and choice != EXCLUDE)

    def set_answer(self, answer: OrientationAnswer) -> None:
        self.buttons[answer.orientation].setChecked(True)
        self.symmetric.setChecked(answer.symmetric_180)

    def show_more(self) -> None:
        extra = self.request.more(self.cls, MORE_SAMPLES)
        for path in extra:
            self._add_thumb(self.thumbs.count() - 2, path)
        self.more_button.setEnabled(bool(extra) and len(self.samples()) < self.count)

    def samples(self) -> list[Thumb]:
        """The thumbnails shown, in order."""
        return [w for w in (self.thumbs.itemAt(i).widget() for i in range(self.thumbs.count())) if isinstance(w, Thumb)]

    def show_large(self, thumb: Thumb | None = None) -> None:
        """The row's sample photos large, from ``thumb`` (else the first); the row keeps the focus afterwards."""
        thumbs = self.samples()
        if not thumbs:
            return
        index = thumbs.index(thumb) if thumb in thumbs else 0
        viewer = self.viewer = PhotoViewer([t.path for t in thumbs], index, self.cls, self.window())

        def closed() -> None:
            self.viewer = None
            viewer.deleteLater()
            self.setFocus()

        viewer.finished.connect(closed)
        viewer.open()

    def _add_thumb(self, position: int, path) -> None:
        thumb = Thumb(path, self.loader)
        thumb.setCursor(Qt.CursorShape.PointingHandCursor)
        thumb.clicked.connect(self.show_large)
        self.thumbs.insertWidget(position, thumb)

    def _show_reference(self) -> None:
        choice = self.choice
        if isinstance(self.reference, TurnedThumb):
            self.reference.set_turns(TURNS_TO_UP.get(choice))
        if choice is None:
            text = self.tr("Up for this class, once answered")
        elif choice == EXCLUDE:
            text = self.tr("left out of the training")
        elif self.symmetric.isChecked():
            text = self.tr("↑ Up for this class (the same as ↓ Down)")
        else:
            text = self.tr("↑ Up for this class")
        self.reference_caption.setText(text)
        self.reference.setToolTip(self.tr("The first photo turned as your answer says: this is what the model "
                                          "learns as Up for this class") if choice in TURNS_TO_UP else "")

    def _on_toggled(self, button, checked: bool) -> None:
        if checked:
            self.symmetric.setEnabled(button is not self.buttons[EXCLUDE])
            self.setProperty("answer", "exclude" if button is self.buttons[EXCLUDE] else "orientation")
            self.style().unpolish(self)
            self.style().polish(self)
            self._show_reference()
            self.changed.emit()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in ARROW_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.buttons[ARROW_KEYS[key]].setChecked(True)
            self.advance.emit(self)
        elif key in (Qt.Key.Key_X, Qt.Key.Key_Delete):
            self.buttons[EXCLUDE].setChecked(True)
            self.advance.emit(self)
        elif key == Qt.Key.Key_S:
            if self.symmetric.isEnabled():
                self.symmetric.toggle()
        elif key == Qt.Key.Key_Space:
            self.show_large()
        elif key == Qt.Key.Key_M:
            if self.more_button.isEnabled():
                self.show_more()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)


class OrientationDialog(Retranslating, QDialog):
    """Modal dialog; after ``accepted``, :meth:`answers` holds an answer for every class. ``answered`` says
    how many classes are answered, of how many, after each answer."""

    answered = Signal(int, int)

    def __init__(self, request: OrientationRequest, parent: QWidget | None = None,
                 initial: dict[str, OrientationAnswer] | None = None):
        super().__init__(parent)
        self.setModal(True)
        self.resize(980, 720)
        self.request = request
        self.loader = ThumbnailLoader(96, self)
        self.setStyleSheet(STYLE)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.keys_help = QLabel()
        self.keys_help.setWordWrap(True)
        self.progress = QLabel()

        container = QWidget()
        rows_layout = QVBoxLayout(container)
        rows_layout.setSpacing(6)
        counts, samples = request.counts, request.samples
        self.rows: list[OrientationRow] = []
        for cls in request.classes:
            row = OrientationRow(cls, counts[cls], samples[cls], request, self.loader, container)
            if initial and cls in initial:
                row.set_answer(initial[cls])
            row.changed.connect(self._update_state)
            row.advance.connect(self._focus_next)
            row.focused.connect(lambda r: self.scroll.ensureWidgetVisible(r, 0, 40))
            rows_layout.addWidget(row)
            self.rows.append(row)
        rows_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(container)

        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.later_button = QPushButton()
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.keys_help)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()
        first = next((r for r in self.rows if r.choice is None), self.rows[0] if self.rows else None)
        if first is not None:
            first.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Which way does each part face?"))
        self.intro.setText(self.tr("Look at the samples of each class and choose the way the part faces "
                                   "(where its polarity mark points). Every image of a class shows the part "
                                   "the same way round."))
        self.keys_help.setText(self.tr("Keyboard: arrow keys answer the highlighted class and go to the next; "
                                       "Tab moves on without answering; X excludes the class; S toggles "
                                       "\"looks the same turned 180°\"; Space shows the photos large (or click "
                                       "one); M shows more samples."))
        self.ok_button.setText(self.tr("OK"))
        self.later_button.setText(self.tr("Answer later"))
        self.later_button.setToolTip(self.tr("Close; the run waits for the answers and can be resumed "
                                             "from History, also after restarting the app"))
        self._update_state()

    def answers(self) -> dict[str, OrientationAnswer]:
        """The answers given so far (every class once the dialog was accepted)."""
        return {row.cls: row.answer() for row in self.rows if row.choice is not None}

    def unanswered(self) -> int:
        return sum(row.choice is None for row in self.rows)

    def _update_state(self) -> None:
        total = len(self.rows)
        done = total - self.unanswered()
        self.progress.setText(self.tr("{done} of {total} classes answered").format(done=done, total=total))
        self.ok_button.setEnabled(done == total)
        self.answered.emit(done, total)

    def _focus_next(self, row: OrientationRow) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
        elif self.ok_button.isEnabled():
            self.ok_button.setFocus()

    def accept(self) -> None:
        if self.unanswered() == 0:
            super().accept()

    def done(self, result: int) -> None:
        self.loader.stop()
        super().done(result)
