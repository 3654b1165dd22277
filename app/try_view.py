"""The "Try the model" tab: drop or pick component photos and see what the line check says about each.

Prediction runs in the app's helper process (torch never loads in the GUI's interpreter), which stays
up for the next photos. Each photo gets a card: its verdict large (OK green, NG red, none grey), the
class, the orientation the class expects and the one found, why the part check said NG, and the part
check's figures against their thresholds (the rule of :mod:`hoam_core.evaluation.decision`).
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from hoam_core.data.naming import has_image_extension
from hoam_core.data.orientation import NG
from hoam_core.runs import RunState

from .messages import error_text, value_text
from .names import orientation_names
from .processes import predict_images
from .tasks import run_in_child
from .thumbnails import ThumbnailLoader, Thumb
from .i18n import Retranslating

THUMB = 112
COLUMNS = 2  # cards side by side
TEXT_MIN_WIDTH = 200
VERDICT_COLOURS = {"OK": "#2e7d32", "NG": "#c62828", "": "#757575"}
CARD_STYLE = """
QFrame#verdictCard { border: 1px solid palette(mid); border-radius: 4px; background: palette(base); }
QLabel#verdict { color: white; font-size: 22pt; font-weight: bold; border-radius: 4px; }
QLabel#finding { font-weight: bold; }
QLabel#fileName { color: palette(dark); }
"""


def _number(value) -> float:
    """A figure of a prediction row as a float (NaN where there is none)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


class VerdictCard(Retranslating, QFrame):
    """One photo: its picture, the verdict large, and what the check found, in words."""

    def __init__(self, row: dict, loader: ThumbnailLoader, parent: QWidget | None = None):
        super().__init__(parent, objectName="verdictCard")
        self.row = row
        self.thumb = Thumb(row["file"], loader)
        self.verdict = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="verdict")
        self.verdict.setFixedSize(96, 64)
        self.verdict.setStyleSheet(f"background: {VERDICT_COLOURS.get(row.get('verdict', ''), '#757575')};")
        self.finding = QLabel(wordWrap=True, objectName="finding")
        self.orientation = QLabel(wordWrap=True)
        self.figures = QLabel(wordWrap=True)
        self.file_name = QLabel(objectName="fileName")
        for label in (self.finding, self.orientation, self.figures, self.file_name):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMinimumWidth(TEXT_MIN_WIDTH)  # wrapped within the card, never widening it past the pane
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        text = QVBoxLayout()
        text.setSpacing(2)
        for label in (self.finding, self.orientation, self.figures, self.file_name):
            text.addWidget(label)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        row, names = self.row, orientation_names()
        verdict = row.get("verdict", "")
        self.verdict.setText(verdict or "?")
        self.verdict.setToolTip({"OK": self.tr("The line would pass this part"),
                                 "NG": self.tr("The line would reject this part")}.get(verdict, self.tr("No verdict")))
        self.finding.setText(self.finding_text())
        self.finding.setStyleSheet(f"color: {VERDICT_COLOURS.get(verdict, '#757575')};")
        found, expected = names.get(row.get("orientation", ""), ""), names.get(row.get("expected", ""), "")
        if row.get("class") and found:
            self.orientation.setText(self.tr("Class {cls}: expects {expected}, found {found}").format(
                cls=row["class"], expected=expected, found=found))
        elif found:
            self.orientation.setText(self.tr("Found {found}; the class is unknown, so the line cannot judge it").format(
                found=found))
        else:
            self.orientation.setText("")
        self.orientation.setVisible(bool(self.orientation.text()))
        self.figures.setText(self.figures_text())
        self.figures.setVisible(bool(self.figures.text()))
        self.file_name.setText(Path(row["file"]).name)
        self.setToolTip(str(row["file"]))

    def finding_text(self) -> str:
        """The verdict in a sentence: why NG (turned, or which way the part check said so), or why none."""
        row = self.row
        verdict = row.get("verdict", "")
        if not verdict:
            problem = value_text(row.get("error", ""))
            return self.tr("No verdict: {problem}").format(problem=problem) if problem else self.tr("No verdict")
        if verdict == "OK":
            return self.tr("OK: the class's part, facing the right way")
        if row.get("label") == NG:
            reasons = []
            if _number(row.get("likeness")) > 0:
                reasons.append(self.tr("it looks like the part of class {cls}").format(cls=row["resembles"])
                               if row.get("resembles") else self.tr("it looks like a known NG photo"))
            if _number(row.get("anomaly")) > _number(row.get("anomaly_threshold")):
                reasons.append(self.tr("a place of it is unlike every good photo"))
            return self.tr("NG: {why}").format(why="; ".join(reasons) or self.tr("the part check rejects it"))
        return self.tr("NG: turned the wrong way")

    def figures_text(self) -> str:
        """The part check's figures against their thresholds, and the orientation vote's score."""
        row = self.row
        like, unlike, limit = (_number(row.get(k)) for k in ("likeness", "anomaly", "anomaly_threshold"))
        said = []
        if not math.isnan(like):
            said.append(self.tr("likeness to the NG photos {value} (NG above 0)").format(value=f"{like:+.3f}")
                        if math.isfinite(like) else self.tr("no NG photos to compare with"))
        if not math.isnan(unlike):
            said.append(self.tr("unlike the good photos {value} (NG above {limit})").format(
                value=f"{unlike:.2f}", limit=f"{limit:.2f}") if math.isfinite(limit) else
                self.tr("unlike the good photos {value} (not used for this class)").format(value=f"{unlike:.2f}"))
        score = _number(row.get("score"))
        parts = [self.tr("Part check: {figures}").format(figures="; ".join(said))] if said else []
        if not math.isnan(score):
            parts.append(self.tr("Orientation: likeness to the nearest good photo {score}").format(
                score=f"{score:.3f}"))
        return "\n".join(parts)


class TryView(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.run_dir: Path | None = None
        self.rows: list[dict] = []
        self.busy = False
        self.setAcceptDrops(True)
        self.setStyleSheet(CARD_STYLE)
        self.loader = ThumbnailLoader(THUMB, self)
        self.status = QLabel(wordWrap=True)
        self.pick_button = QPushButton()
        self.pick_button.clicked.connect(self.pick)
        self.counts = QLabel(objectName="counts")
        self.counts.setStyleSheet("QLabel#counts { font-weight: bold; }")
        self.cards: list[VerdictCard] = []
        self.card_grid = QGridLayout()
        holder = QWidget()
        stack = QVBoxLayout(holder)
        stack.addLayout(self.card_grid)
        stack.addStretch(1)  # cards as high as their text, at the top
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setWidget(holder)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.pick_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.counts)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    def available(self) -> bool:
        """The run was evaluated, so its deployable model exists."""
        return self.run_dir is not None and "evaluate" in RunState(self.run_dir).stages_done

    def retranslate(self) -> None:
        self.pick_button.setText(self.tr("Choose images…"))
        self._show_status()
        self._show_counts()

    def _show_status(self, text: str = "") -> None:
        ready = self.available()
        self.pick_button.setEnabled(ready and not self.busy)
        self.pick_button.setToolTip("" if ready else self.tr("Open a run whose evaluation has finished (History) "
                                                             "to try its model"))
        if text:
            self.status.setText(text)
        elif self.run_dir is None:
            self.status.setText(self.tr("Open a run from History, then drop component photos here: its model says "
                                        "OK or NG for each."))
        elif not ready:
            self.status.setText(self.tr("The model of run {name} is not ready yet: it can be tried once the run has "
                                        "been evaluated.").format(name=self.run_dir.name))
        else:
            self.status.setText(self.tr("Drop component photos here or choose them: the model of run {name} says OK "
                                        "or NG for each, as the line would.").format(name=self.run_dir.name))

    def _show_counts(self) -> None:
        verdicts = [r.get("verdict", "") for r in self.rows]
        self.counts.setText(self.tr("%n photo(s): {ok} OK, {ng} NG, {none} without a verdict", "",
                                    len(verdicts)).format(ok=verdicts.count("OK"), ng=verdicts.count("NG"),
                                                          none=verdicts.count("")))
        self.counts.setVisible(bool(verdicts))

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
        self.busy = True
        self._show_status(self.tr("Checking {n} photos…").format(n=len(paths)))
        run_in_child(predict_images, str(self.run_dir), paths,
                     on_done=lambda rows, error, run_dir=self.run_dir: self._on_predicted(run_dir, rows, error))

    def _on_predicted(self, run_dir: Path, rows, error) -> None:
        self.busy = False
        if run_dir != self.run_dir:  # another run was opened meanwhile: these verdicts are not its model's
            self._show_status()
            return
        if error is not None:
            self._show_status(self.tr("The check failed: {error}").format(error=error_text(error)))
            return
        self.rows = rows + self.rows
        self._show_rows(rows)
        self._show_status()

    def _show_rows(self, new: list[dict] | None = None) -> None:
        """Cards for the ``new`` rows before the others (all cards anew when ``new`` is None), COLUMNS a row."""
        for card in self.cards:
            self.card_grid.removeWidget(card)
            if new is None:
                card.deleteLater()
        if new is None:
            self.cards, new = [], self.rows
        self.cards = [VerdictCard(row, self.loader) for row in new] + self.cards
        for i, card in enumerate(self.cards):
            self.card_grid.addWidget(card, i // COLUMNS, i % COLUMNS)
        self._show_counts()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.available():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.predict([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])
