"""What the Results and Golden samples tabs share: a page that waits for a run's results, and the CSV reader."""
from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from .i18n import Retranslating


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file the run wrote (evaluation_results.csv, dataset.csv)."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class RunPage(Retranslating, QStackedWidget):
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
