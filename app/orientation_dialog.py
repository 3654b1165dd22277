"""The orientation dialog: the engineer says which way the part faces in each class.

One row per class with a few sample thumbnails (more on demand), Up / Down / Left / Right /
exclude, and "looks the same turned 180 degrees". Keyboard first: an arrow key answers the
focused row and moves to the next one. OK is enabled once every class is answered;
"Answer later" closes the dialog and the run waits on disk.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from hoam_core.orientation import EXCLUDE, ORIENTATIONS, OrientationAnswer, OrientationRequest

from .thumbnails import ThumbnailLoader, Thumb

CHOICES = (*ORIENTATIONS, EXCLUDE)
ARROW_KEYS = {Qt.Key.Key_Up: "Up", Qt.Key.Key_Down: "Down", Qt.Key.Key_Left: "Left", Qt.Key.Key_Right: "Right"}
MORE_SAMPLES = 3


class OrientationRow(QFrame):
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
            self.thumbs.addWidget(Thumb(path, loader))
        self.more_button = QPushButton()
        self.more_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more_button.clicked.connect(self.show_more)
        self.more_button.setEnabled(len(samples) < count)
        self.thumbs.addWidget(self.more_button)
        self.thumbs.addStretch(1)

        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        answer_row = QHBoxLayout()
        for choice in CHOICES:
            button = QPushButton()
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
        layout.addLayout(self.thumbs)
        layout.addLayout(answer_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("{cls}  ({count} images)").format(cls=self.cls, count=self.count))
        self.more_button.setText(self.tr("More samples"))
        labels = {"Up": self.tr("↑ Up"), "Down": self.tr("↓ Down"), "Left": self.tr("← Left"),
                  "Right": self.tr("→ Right"), EXCLUDE: self.tr("Exclude")}
        for choice, button in self.buttons.items():
            button.setText(labels[choice])
        self.buttons[EXCLUDE].setToolTip(self.tr("Leave this class out of the training (X)"))
        self.symmetric.setText(self.tr("Looks the same turned 180°"))
        self.symmetric.setToolTip(self.tr("For parts such as resistors that look the same upside down (Space)"))

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
            self.thumbs.insertWidget(self.thumbs.count() - 2, Thumb(path, self.loader))
        shown = self.thumbs.count() - 2
        self.more_button.setEnabled(bool(extra) and shown < self.count)

    def _on_toggled(self, button, checked: bool) -> None:
        if checked:
            self.symmetric.setEnabled(button is not self.buttons[EXCLUDE])
            self.setProperty("answered", True)
            self.style().unpolish(self)
            self.style().polish(self)
            self.changed.emit()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in ARROW_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.buttons[ARROW_KEYS[key]].setChecked(True)
            self.advance.emit(self)
        elif key in (Qt.Key.Key_X, Qt.Key.Key_Delete):
            self.buttons[EXCLUDE].setChecked(True)
            self.advance.emit(self)
        elif key == Qt.Key.Key_Space:
            if self.symmetric.isEnabled():
                self.symmetric.toggle()
        elif key == Qt.Key.Key_M:
            if self.more_button.isEnabled():
                self.show_more()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OrientationDialog(QDialog):
    """Modal dialog; after ``accepted``, :meth:`answers` holds an answer for every class."""

    def __init__(self, request: OrientationRequest, parent: QWidget | None = None,
                 initial: dict[str, OrientationAnswer] | None = None):
        super().__init__(parent)
        self.setModal(True)
        self.resize(980, 720)
        self.request = request
        self.loader = ThumbnailLoader(96, self)
        self.setStyleSheet("QFrame#orientationRow[answered=\"true\"] { background: palette(alternate-base); }"
                           "QFrame#orientationRow:focus { border: 2px solid palette(highlight); }")

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
                                       "Tab moves on without answering; X excludes the class; Space toggles "
                                       "\"looks the same turned 180°\"; M shows more samples."))
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
        self.progress.setText(self.tr("{done} of {total} classes answered").format(
            done=total - self.unanswered(), total=total))
        self.ok_button.setEnabled(self.unanswered() == 0)

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

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
