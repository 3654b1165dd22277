"""The main window: one tab per step, and the one pipeline worker of this window.

The window starts and resumes runs on a :class:`PipelineWorker`, routes its events to the
Progress and Curves tabs, answers its questions (the orientation dialog, a password), and
asks before cancelling or closing while a run is active.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from hoam_core.config import DatabaseSite, SystemConfig
from hoam_core.data.orientation import OrientationRequest, answers_from_mapping
from hoam_core.layout import RunLayout
from hoam_core.pipeline import RunParams, is_worked_on, new_run
from hoam_core.runs import RunState

from .curves import CurvesView
from .dialogs import ask_password, confirm
from .guide import GuideDialog, open_log_folder
from .history_view import HistoryView
from .messages import error_text, value_text
from .new_run_view import NewRunView
from .profiles import DEFAULT_PROFILE, select_default_profile
from .orientation_dialog import OrientationDialog
from .progress_view import ProgressView
from .resources import icon
from .golden_view import GoldenView
from .results_view import ResultsView
from .settings_dialog import SettingsDialog
from .tasks import shut_down_helper
from .try_view import TryView
from .worker import PipelineWorker
from .i18n import Retranslating

DRAFTS = "orientation_drafts"
STATUS_MS = 20000  # how long the status bar says how a run ended


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, settings: QSettings, system: SystemConfig, sites: dict[str, DatabaseSite], runs_dir: Path):
        super().__init__()
        self.settings, self.system, self.sites, self.runs_dir = settings, system, sites, Path(runs_dir)
        self.worker: PipelineWorker | None = None
        self.orientation_dialog: OrientationDialog | None = None
        self.notice: QMessageBox | None = None  # what the app says at start (a crash, a run waiting), while open
        self._status_text: Callable[[], str] | None = None  # how the last run ended, for the status bar
        self._close_when_stopped = False
        self.setWindowIcon(icon("hoam.svg"))

        self.new_run = NewRunView(settings, system, sites)
        self.progress = ProgressView()
        self.curves = CurvesView()
        self.golden = GoldenView()
        self.results = ResultsView()
        self.try_model = TryView()
        self.history = HistoryView(self.runs_dir)
        self.tabs = QTabWidget()
        for page in (self.new_run, self.progress, self.curves, self.golden, self.results, self.try_model,
                     self.history):
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)

        self.new_run.start_requested.connect(self.start_run)
        self.new_run.password_asked.connect(lambda prompt, asker: asker.reply(ask_password(self, prompt)))
        self.progress.cancel_requested.connect(self.cancel_run)
        self.history.open_requested.connect(self.open_run)
        self.history.resume_requested.connect(self.resume_run)

        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self, triggered=self.show_settings)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.quit_action = QAction(self, triggered=self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = QAction(self, triggered=self.show_guide)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.logs_action = QAction(self, triggered=open_log_folder)
        self.about_action = QAction(self, triggered=self.show_about)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.logs_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.guide: GuideDialog | None = None

        self.resize(1200, 820)
        self.restoreGeometry(settings.value("window/geometry", b""))
        self.retranslate()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("HOAM Trainer"))
        titles = (self.tr("New run"), self.tr("Progress"), self.tr("Curves"), self.tr("Golden samples"),
                  self.tr("Results"), self.tr("Try the model"), self.tr("History"))
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&Guide: a run in five steps"))
        self.logs_action.setText(self.tr("Open the &log folder"))
        self.about_action.setText(self.tr("&About HOAM Trainer"))
        if self.statusBar().currentMessage() and self._status_text is not None:  # said again in this language
            self.statusBar().showMessage(self._status_text(), STATUS_MS)

    # ---------------------------------------------------------------- runs
    def is_running(self) -> bool:
        return self.worker is not None

    def start_run(self, params: RunParams) -> Path | None:
        if self.is_running():
            QMessageBox.information(self, self.tr("A run is active"),
                                    self.tr("Wait for the active run to finish or cancel it first."))
            return None
        try:
            run_dir = new_run(params, runs_dir=self.runs_dir, system=self.system)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Cannot create the run folder"), error_text(exc))
            return None
        except (ValueError, RuntimeError) as exc:  # the database setting refused: unknown site, a password in it...
            QMessageBox.critical(self, self.tr("Cannot start the run"), error_text(exc))
            return None
        self.new_run.remember(params)
        self.resume_run(run_dir)
        return run_dir

    def resume_run(self, run_dir: Path) -> None:
        """Run the stages of ``run_dir`` not done yet (a new run: all of them)."""
        if self.is_running():
            return
        run_dir = Path(run_dir)
        self.worker = worker = PipelineWorker(run_dir)
        worker.events_ready.connect(self._on_events)
        worker.asker.asked.connect(self._on_question)
        worker.done.connect(self._on_done)
        self.curves.load_metrics(RunLayout(run_dir).metrics, live=True)  # the epochs trained before a stop
        self.statusBar().clearMessage()
        self.progress.begin(run_dir, RunState(run_dir).stages_done)
        self.history.active_run = run_dir
        self.history.refresh()
        self.history.select_run(run_dir)
        self.new_run.set_busy(True)
        self.tabs.setCurrentWidget(self.progress)
        worker.start()

    def _on_events(self) -> None:
        if self.worker is None:
            return
        events = self.worker.drain()
        self.progress.add_events(events)
        self.curves.add_events(events)

    def _on_question(self, kind: str, payload) -> None:
        if self.worker is None:
            return
        if kind == "password":
            self.worker.asker.reply(ask_password(self, payload))
        elif kind == "orientation":
            self._ask_orientation(payload)

    def _ask_orientation(self, request: OrientationRequest) -> None:
        run_id = self.worker.run_dir.name
        draft = json.loads(self.settings.value(f"{DRAFTS}/{run_id}", "{}", str) or "{}")
        initial = answers_from_mapping({c: a for c, a in draft.items() if c in request.classes}, "draft")
        dialog = self.orientation_dialog = OrientationDialog(request, self, initial)

        def finished(result: int) -> None:
            answers = dialog.answers()
            if result == OrientationDialog.DialogCode.Accepted:
                self.settings.remove(f"{DRAFTS}/{run_id}")
            elif answers:
                self.settings.setValue(f"{DRAFTS}/{run_id}", json.dumps({c: a.to_dict() for c, a in answers.items()}))
            self.orientation_dialog = None
            dialog.deleteLater()
            if self.worker is not None:
                self.worker.asker.reply(answers if result == OrientationDialog.DialogCode.Accepted else None)

        dialog.finished.connect(finished)
        dialog.answered.connect(self.progress.show_answers)
        self.progress.show_answers(len(dialog.answers()), len(dialog.rows))
        self.tabs.setCurrentWidget(self.progress)
        dialog.open()

    def _on_done(self, status: str, message: str) -> None:
        worker, self.worker = self.worker, None
        if self.orientation_dialog is not None:  # cancelled while asking: keep what was answered as a draft
            self.orientation_dialog.reject()
        events = worker.drain()
        self.progress.add_events(events)
        self.curves.add_events(events)
        self.curves.redraw()
        worker.wait(5000)
        state = RunState(worker.run_dir)
        name, value = worker.run_dir.name, state.message_value or message  # coded: said in the current language
        self.progress.finish(status, value, state.stages_done)
        self.history.active_run = None
        self.history.refresh()
        self.new_run.set_busy(False)
        self.results.load(worker.run_dir)
        self.golden.load(worker.run_dir)
        self.try_model.load(worker.run_dir)

        def said() -> str:
            texts = {"completed": self.tr("Run {name} completed."),
                     "pending_orientation": self.tr("Run {name} waits for orientation answers: resume it from "
                                                    "History when you are ready."),
                     "pending": self.tr("Run {name} stopped; resume it from History."),
                     "cancelled": self.tr("Run {name} was cancelled."),
                     "failed": self.tr("Run {name} failed: {message}")}
            return texts.get(status, "{name}: {message}").format(name=name, message=value_text(value))

        self._status_text = said
        self.statusBar().showMessage(said(), STATUS_MS)  # then gone: the Progress tab keeps it
        if self._close_when_stopped:
            self.close()

    def cancel_run(self, ask: bool = True) -> None:
        if self.worker is None:
            return
        if ask and not confirm(self, self.tr("Stop training?"),
                               self.tr("Stop run {name}? What is done so far stays in its folder, and the run can "
                                       "be resumed from History.").format(name=self.worker.run_dir.name),
                               self.tr("Stop training"), self.tr("Keep training")):
            return
        if self.worker is None:  # the run ended while the question was open
            return
        self.statusBar().showMessage(self.tr("Stopping at the next safe point…"))
        self.progress.cancel_button.setEnabled(False)
        self.worker.cancel()

    def open_run(self, run_dir: Path) -> None:
        """Show a finished (or waiting) run: its results, golden samples and state."""
        run_dir = Path(run_dir)
        state = RunState(run_dir)
        self.statusBar().clearMessage()
        if not self.is_running():
            self.progress.begin(run_dir, state.stages_done, opened=True)
            self.progress.finish(state.status, state.message_value, state.stages_done)
            self.curves.load_metrics(RunLayout(run_dir).metrics)
        self.results.load(run_dir)
        self.golden.load(run_dir)
        self.try_model.load(run_dir)
        self.tabs.setCurrentWidget(self.results if RunLayout(run_dir).results.is_dir() else self.progress)

    # ---------------------------------------------------------------- at start
    def greet(self, crash_trace: Path | None = None) -> None:
        """Say that the last session ended in a crash and where its trace is (``crash_trace``), then offer to go
        on with a run that waits for orientation answers."""
        if crash_trace is None:
            self.offer_waiting_run()
            return
        box = self._notice(QMessageBox.Icon.Warning, self.tr("The last session ended in a crash"), self.tr(
            "HOAM Trainer closed unexpectedly last time. What happened is saved in\n{trace}\n\nPlease send this "
            "file and gui.log from the same folder to your support contact. Runs that were active can be resumed "
            "from History.").format(trace=crash_trace))
        box.addButton(self.tr("Open the log folder"), QMessageBox.ButtonRole.ActionRole).clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(crash_trace.parent))))
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.finished.connect(self.offer_waiting_run)
        box.open()

    def offer_waiting_run(self) -> None:
        """A run of this runs folder waits for orientation answers (the app was closed meanwhile): say so and
        offer to answer now."""
        self.notice = None
        self.history.refresh()
        waiting = [Path(r["run_dir"]) for r in self.history.rows if r["status"] == "pending_orientation"]
        waiting = [run for run in waiting if run.is_dir() and not is_worked_on(run)]
        if not waiting or self.is_running():
            return
        run_dir = waiting[0]  # the newest
        text = self.tr("Run {name} waits for your orientation answers. Answer them now to go on with it?").format(
            name=run_dir.name)
        if len(waiting) > 1:
            text += "\n\n" + self.tr("Other runs that wait: {n}; History lists them.").format(n=len(waiting) - 1)
        box = self._notice(QMessageBox.Icon.Question, self.tr("A run waits for your answers"), text)
        go = box.addButton(self.tr("Answer now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)

        def answered() -> None:
            self.notice = None
            if box.clickedButton() is go:
                self.resume_run(run_dir)

        box.finished.connect(answered)
        box.open()

    def _notice(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = self.notice = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 520px; }")  # a file's path on one line
        return box

    # ---------------------------------------------------------------- dialogs and closing
    def show_settings(self) -> None:
        before = self.settings.value(DEFAULT_PROFILE, "", str)
        SettingsDialog(self.settings, self.sites, self).exec()
        if self.settings.value(DEFAULT_PROFILE, "", str) != before:  # a new default: New run starts with it
            select_default_profile(self.new_run.profile_combo, self.settings)

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()

    def show_about(self) -> None:
        from hoam_core import __version__

        QMessageBox.about(self, self.tr("About HOAM Trainer"), self.tr(
            "HOAM Trainer {version}\n\nTrains and evaluates image-retrieval models that check the orientation "
            "and polarity of SMT components from AOI photos.").format(version=__version__))

    def closeEvent(self, event) -> None:
        if self.worker is not None:
            if not (self._close_when_stopped or confirm(
                    self, self.tr("A run is active"),
                    self.tr("Stop run {name} and close? It can be resumed from History later.").format(
                        name=self.worker.run_dir.name), self.tr("Stop and close"))):
                event.ignore()
                return
            if self.worker is not None:  # still running after the question: close once it has stopped
                self._close_when_stopped = True
                self.cancel_run(ask=False)
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        shut_down_helper()
        super().closeEvent(event)
