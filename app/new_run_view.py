"""The "New run" tab: input folder with a live count, database, site and line, profile,
advanced training settings checked as you type, and the button that starts the run.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QSettings, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from hoam_core import config as cfg
from hoam_core.pipeline import RunParams, scan_input

from .database_check import check_connection
from .messages import error_text, value_text
from .processes import check_overrides
from .profiles import fill_profiles, name_profiles
from .training_settings import TrainingSettings
from .tasks import Asker, run_in_background, run_in_child
from .i18n import Retranslating

COUNT_DELAY_MS = 300
LAST_FOLDER = "dialogs/last_folder"  # where the file dialogs start
OK_STYLE, WARNING_STYLE, ERROR_STYLE = "color: #1a7f37;", "color: #9a6700;", "color: #c62828;"


def saved_overrides(text: str) -> dict[str, Any]:
    """The overrides the last run started with (stored as YAML); none when they cannot be read."""
    try:
        data = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


class WrappedLabel(QLabel):
    """A word-wrapped label as tall as its text at its width (a form layout asks a wrapped label for the
    height of a narrow, many-line guess, and leaves a gap around a long line)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, wordWrap=True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width())) if self.width() > hint.width() else hint

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class NewRunView(Retranslating, QWidget):
    """Emits ``start_requested(RunParams)`` when the engineer starts a run."""

    start_requested = Signal(object)
    password_asked = Signal(object, object)  # prompt (a coded text: a Signal(str) would drop its code), Asker

    def __init__(self, settings: QSettings, system: cfg.SystemConfig, sites: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings, self.system, self.sites = settings, system, sites
        self._count_generation = 0
        self._count = None  # None, "counting", InputCounts or the error of the last count
        self._overrides_generation = 0
        self._overrides: dict[str, Any] | None = {}
        self._busy = False  # a run is active in this window

        self.input_edit = QLineEdit(settings.value("new_run/input_dir", "", str))
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse_input)
        self.count_label = WrappedLabel()
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS, timeout=self.refresh_count)
        self.input_edit.textChanged.connect(self._input_changed)

        self.db_combo = QComboBox(editable=True)
        self.db_combo.addItems(sorted(sites))
        self.db_combo.setCurrentText(settings.value("new_run/db", system.database.default_site, str))
        self.db_file_button = QPushButton()
        self.db_file_button.clicked.connect(self.browse_database)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.connection_label = WrappedLabel()
        self.connection_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._connection: tuple | None = None  # the last test's (report, error, site, line)
        self.db_combo.currentTextChanged.connect(self._forget_connection)

        self.site_edit = QLineEdit(settings.value("new_run/site", "", str))
        self.line_combo = QComboBox(editable=True)
        self.line_combo.addItems(settings.value("new_run/lines", [], list) or [])
        self.line_combo.setCurrentText(settings.value("new_run/line", "", str))
        for signal in (self.site_edit.textChanged, self.line_combo.currentTextChanged,
                       self.db_combo.currentTextChanged):
            signal.connect(self._update_start)

        self.profile_combo = QComboBox()
        fill_profiles(self.profile_combo, settings)

        self.advanced = QCheckBox()  # shows the table below it
        self.advanced_box = QGroupBox()
        self.training_settings = TrainingSettings()
        saved = saved_overrides(settings.value("new_run/overrides", "", str))
        self.training_settings.set_overrides(saved)
        self.overrides_status = QLabel()
        self.overrides_status.setWordWrap(True)
        advanced_layout = QVBoxLayout(self.advanced_box)
        advanced_layout.addWidget(self.training_settings, 1)
        advanced_layout.addWidget(self.overrides_status)
        self.advanced.toggled.connect(self._show_advanced)
        self.advanced.toggled.connect(self._check_overrides)
        self._overrides_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS, timeout=self._check_overrides)
        self.training_settings.changed.connect(self._overrides_typed)
        self.profile_combo.currentIndexChanged.connect(self._check_overrides)

        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)

        form = QFormLayout()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.input_edit, 1)
        folder_row.addWidget(self.browse_button)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_combo, 1)
        db_row.addWidget(self.db_file_button)
        db_row.addWidget(self.test_button)
        self.labels = {name: QLabel() for name in ("input", "db", "site", "line", "profile")}
        form.addRow(self.labels["input"], folder_row)
        form.addRow("", self.count_label)
        form.addRow(self.labels["db"], db_row)
        form.addRow("", self.connection_label)
        form.addRow(self.labels["site"], self.site_edit)
        form.addRow(self.labels["line"], self.line_combo)
        form.addRow(self.labels["profile"], self.profile_combo)
        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advanced)
        layout.addWidget(self.advanced_box, 1)  # the table takes the room there is
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.advanced.setChecked(bool(saved))
        self.advanced.toggled.emit(self.advanced.isChecked())
        self.retranslate()
        if self.input_edit.text():
            self.refresh_count()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.labels["input"].setText(self.tr("Input folder"))
        self.input_edit.setPlaceholderText(self.tr("Folder with OK/ and NG/ sub-folders of AOI images"))
        self.browse_button.setText(self.tr("Browse…"))
        self.labels["db"].setText(self.tr("Database"))
        self.db_combo.setToolTip(self.tr("A site from database_configs.json, or a URL such as "
                                         "sqlite:///path/file.sqlite or postgresql://user@host:5432/db"))
        self.db_file_button.setText(self.tr("SQLite file…"))
        self.test_button.setText(self.tr("Test connection"))
        self.labels["site"].setText(self.tr("Site"))
        self.site_edit.setPlaceholderText(self.tr("e.g. HPH (the site column of the metadata table)"))
        self.labels["line"].setText(self.tr("Line"))
        self.line_combo.lineEdit().setPlaceholderText(self.tr("e.g. V31"))
        self.labels["profile"].setText(self.tr("Training profile"))
        name_profiles(self.profile_combo)
        self.advanced.setText(self.tr("Advanced training settings"))
        self.start_button.setText(self.tr("Start run"))
        self._show_count_text()
        if self.test_button.isEnabled():  # not while connecting
            self._show_connection()
        self._check_overrides()

    def _show_advanced(self, shown: bool) -> None:
        self.advanced_box.setVisible(shown)
        self._layout.setStretch(self._layout.count() - 1, 0 if shown else 1)  # else the space below the form

    # ---------------------------------------------------------------- input folder
    def browse_input(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the input folder"), self.start_folder())
        if folder:
            self.settings.setValue(LAST_FOLDER, str(Path(folder).parent))
            self.input_edit.setText(folder)

    def start_folder(self) -> str:
        """Where a file dialog starts: the folder last chosen in one, else the user's Pictures (else home)."""
        last = self.settings.value(LAST_FOLDER, "", str)
        if last and Path(last).is_dir():
            return last
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return pictures if pictures and Path(pictures).is_dir() else str(Path.home())

    def _input_changed(self) -> None:
        """Typing: the last count is stale at once; a new one starts when typing pauses."""
        self._count_generation += 1
        self._count = "counting" if self.input_edit.text().strip() else None
        self._show_count_text()
        self._update_start()
        self._count_timer.start()

    def refresh_count(self) -> None:
        """Count the folder's images on a pool thread; a newer request makes older results stale."""
        self._count_generation += 1
        generation = self._count_generation
        text = self.input_edit.text().strip()
        self._count = "counting" if text else None
        self._show_count_text()
        self._update_start()
        if not text:
            return
        run_in_background(lambda: scan_input(Path(text)),
                          lambda result, error: self._on_count(generation, result, error), owner=self)

    def _on_count(self, generation: int, result, error) -> None:
        if generation != self._count_generation:
            return
        self._count = error if error is not None else result
        self._show_count_text()
        self._update_start()

    def _show_count_text(self) -> None:
        count = self._count
        if count is None:
            self.count_label.clear()
        elif count == "counting":
            self.count_label.setStyleSheet("")
            self.count_label.setText(self.tr("Counting images…"))
        elif isinstance(count, BaseException):
            self.count_label.setStyleSheet(ERROR_STYLE)
            self.count_label.setText(error_text(count))
        else:
            self.count_label.setStyleSheet(OK_STYLE if count.ok else ERROR_STYLE)
            text = self.tr("OK images: {ok}   NG images: {ng}   names that do not parse: {bad}").format(
                ok=count.ok, ng=count.ng, bad=count.unparseable)
            if count.other:
                text += "   " + self.tr("other files: {n}").format(n=count.other)
            self.count_label.setText(text)

    def counts(self):
        """The last finished count (InputCounts), or None."""
        count = self._count
        return None if count is None or count == "counting" or isinstance(count, BaseException) else count

    # ---------------------------------------------------------------- database
    def browse_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an SQLite metadata database"), self.start_folder(),
                                              self.tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"))
        if path:
            self.settings.setValue(LAST_FOLDER, str(Path(path).parent))
            self.db_combo.setCurrentText(f"sqlite:///{Path(path).as_posix()}")

    def _forget_connection(self) -> None:
        self._connection = None
        self._show_connection()

    def test_connection(self) -> None:
        db = self.db_combo.currentText().strip()
        asker = Asker()
        asker.asked.connect(lambda kind, prompt: self.password_asked.emit(prompt, asker))
        self.test_button.setEnabled(False)
        self._connection = None
        self.connection_label.setStyleSheet("")
        self.connection_label.setText(self.tr("Connecting…"))
        folder = self.input_edit.text().strip() if self.counts() is not None else ""
        site, line = self.site_edit.text().strip(), self.line_combo.currentText().strip()
        run_in_background(lambda: check_connection(db, self.sites, self.system, asker, folder, site, line),
                          lambda result, error: self._on_connection(result, error, site, line), owner=self)

    def _on_connection(self, result, error, site: str, line: str) -> None:
        self.test_button.setEnabled(True)
        if error is None:
            self._fill_lines(result["lines"])
        self._connection = (result, error, site, line)
        self._show_connection()

    def _show_connection(self) -> None:
        """What the last connection test found, in the current language."""
        if self._connection is None:
            self.connection_label.clear()
            return
        result, error, site, line = self._connection
        if error is None:
            style, text = self._connection_text(result, site, line)
            if result["new_host_key"]:  # a jump host seen for the first time: its key is trusted from now on
                from hoam_core.metadata import new_host_key_text  # loaded already, by the check

                key = result["new_host_key"]
                text += " " + value_text(new_host_key_text(key))
        else:
            kinds = {"unreachable": self.tr("Server not reachable"), "tunnel": self.tr("SSH tunnel failed"),
                     "auth": self.tr("Login refused"), "schema": self.tr("Table or column missing"),
                     "timeout": self.tr("Timed out"), "config": self.tr("Configuration problem"),
                     "query": self.tr("Query failed")}
            kind = kinds.get(getattr(error, "kind", ""), self.tr("Error"))  # MetadataError.kind
            style, text = ERROR_STYLE, f"{kind}: {error_text(error)}"
        self.connection_label.setStyleSheet(style)
        self.connection_label.setText(text)

    def _connection_text(self, report: dict[str, Any], site: str, line: str) -> tuple[str, str]:
        """(style, text): what the database knows of this input's photos for ``site`` and ``line``."""
        known, photos = report["known"], report["photos"]
        if known is None:
            text = self.tr("Connected; the metadata table and its columns are there.")
            if photos and not (site and line):
                text += " " + self.tr("Give the site and the line to check the photos of this input.")
            return OK_STYLE, text
        if known:
            text = self.tr("Connected. The database knows {known} of the {photos} photos of this input for site "
                           "{site}, line {line}.").format(known=known, photos=photos, site=site, line=line)
            if known < photos:
                text += " " + self.tr("The other {missing} will be left out of the run (reason: not in the "
                                      "database).").format(missing=photos - known)
            return OK_STYLE if known == photos else WARNING_STYLE, text
        places = report["elsewhere"]
        listed = ", ".join(f"{where} / {line_id}" + (f" ({n})" if n else "") for where, line_id, n in places)
        text = self.tr("Connected, but the database knows none of the {photos} photos of this input for site "
                       "{site}, line {line}.").format(photos=photos, site=site, line=line)
        if places and places[0][2]:
            text += " " + self.tr("It has them under (site / line, photos of a sample): {places}. Check the site "
                                  "and the line.").format(places=listed)
        elif places:
            text += " " + self.tr("It has no photo of this input at all. Its sites and lines: {places}.").format(
                places=listed)
        else:
            text += " " + self.tr("Its metadata table is empty.")
        return ERROR_STYLE, text

    def _fill_lines(self, lines: list[str]) -> None:
        """The Line drop-down: the lines the database has (on the site given), the text typed kept."""
        typed = self.line_combo.currentText()
        self.line_combo.clear()
        self.line_combo.addItems(lines)
        self.line_combo.setCurrentText(typed)

    # ---------------------------------------------------------------- overrides and start
    def _overrides_typed(self) -> None:
        """A value typed: the last check is stale at once (Start waits); the new one starts when typing pauses."""
        self._overrides_generation += 1
        self._overrides = None
        self.overrides_status.setStyleSheet("")
        self.overrides_status.setText(self.tr("Checking…"))
        self._update_start()
        self._overrides_timer.start()

    def _check_overrides(self) -> None:
        """The values typed in the table, checked by the training config itself in the helper process (Start
        waits for it)."""
        self._overrides_generation += 1
        generation = self._overrides_generation
        if not self.advanced.isChecked():
            self._overrides = {}
            self._update_start()
            return
        self.training_settings.load(self.profile())
        overrides = self.training_settings.overrides()
        if not overrides:  # nothing to override: the profile as it is
            self._show_overrides_check(generation, {}, None)
            return
        self._overrides = None
        self.overrides_status.setStyleSheet("")
        self.overrides_status.setText(self.tr("Checking…"))
        self._update_start()
        run_in_child(check_overrides, overrides, self.profile(), owner=self,
                     on_done=lambda result, error: self._show_overrides_check(generation, result, error))

    def _show_overrides_check(self, generation: int, overrides, error) -> None:
        if generation != self._overrides_generation:
            return
        self._overrides = overrides if error is None else None
        self.training_settings.mark_error(error)
        self.overrides_status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.overrides_status.setText(error_text(error) if error else self.tr("Settings are valid."))
        self._update_start()

    def profile(self) -> str:
        return self.profile_combo.currentData()

    def params(self) -> RunParams:
        return RunParams(input_dir=self.input_edit.text().strip(), site=self.site_edit.text().strip(),
                         line_id=self.line_combo.currentText().strip(), db=self.db_combo.currentText().strip(),
                         profile=self.profile(), train_overrides=self._overrides or {})

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_start()

    def _update_start(self) -> None:
        p, counts = self.params(), self.counts()
        self.start_button.setEnabled(bool(p.site and p.line_id and p.db and counts is not None and counts.ok)
                                     and self._overrides is not None and not self._busy)

    def start(self) -> None:
        if self.start_button.isEnabled():
            self.start_requested.emit(self.params())

    def remember(self, p: RunParams) -> None:
        """Keep the settings of a run that started for the next time (only then: a database value the run
        refused, such as a URL with a password in it, is never stored)."""
        lines = [p.line_id] + [self.line_combo.itemText(i) for i in range(self.line_combo.count())
                               if self.line_combo.itemText(i) != p.line_id]
        for key, value in (("input_dir", p.input_dir), ("db", p.db), ("site", p.site), ("line", p.line_id),
                           ("lines", lines[:20]),
                           ("overrides", yaml.safe_dump(p.train_overrides, sort_keys=False) if p.train_overrides else "")):
            self.settings.setValue(f"new_run/{key}", value)
