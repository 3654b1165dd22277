"""Entry point of the desktop app (``hoam-trainer-gui``): application, language, settings, window."""
from __future__ import annotations

import logging
import multiprocessing
import sys
from pathlib import Path
from types import TracebackType
from typing import Callable

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hoam_core.config import ConfigError, load_database_configs, load_system_config
from hoam_core.logs import claim_crash_traces, setup_logging, trace_crashes
from hoam_core.runs import default_runs_dir

from .i18n import LANGUAGES, set_language, system_language
from .main_window import MainWindow
from .messages import error_text
from .processes import ensure_stdio
from .qt_binding import guard_singletons
from .resources import icon

ORGANIZATION, APPLICATION = "HOAM", "HOAM Trainer"


def create_window(settings: QSettings, runs_dir: Path | None = None) -> MainWindow:
    """Load the configs and build the main window (raises ConfigError with a message for people)."""
    system = load_system_config()
    sites = load_database_configs()
    runs_dir = Path(runs_dir or system.paths.runs_dir or default_runs_dir())
    return MainWindow(settings, system, sites, runs_dir)


def report_unexpected(log_file: Path) -> Callable[[type, BaseException, TracebackType | None], None]:
    """An ``sys.excepthook`` for the app: an exception no code caught (in a slot, a timer) goes to the log
    and is said in a box, instead of vanishing (a windowed app has no console)."""
    showing = []  # a box is open: further ones only go to the log

    def hook(kind, exc, trace) -> None:
        logging.getLogger("hoam.gui").error("unexpected error", exc_info=(kind, exc, trace))
        if showing or QApplication.instance() is None:
            return
        showing.append(True)
        try:
            QMessageBox.critical(None, QCoreApplication.translate("main", "Unexpected error"),
                                 QCoreApplication.translate("main", "{error}\n\nThe details are in {log}.").format(
                                     error=error_text(exc), log=log_file))
        finally:
            showing.clear()
    return hook


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a packaged app's pipeline processes start through here
    argv = sys.argv if argv is None else argv
    ensure_stdio()  # a windowed app has no stdout/stderr; its exit code and gui.log tell what happened
    log_file = setup_logging("gui")
    if "--self-test" in argv[1:]:  # the command line's self-test, headless: no window
        from hoam_core.cli import self_test

        return self_test()
    crashes = claim_crash_traces("gui")  # before this session's own trace file exists
    trace_crashes("gui")
    guard_singletons()
    app = QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("hoam.svg"))
    sys.excepthook = report_unexpected(log_file)
    settings = QSettings()
    language = settings.value("language", system_language(), str)
    set_language(language if language in LANGUAGES else "en")
    try:
        window = create_window(settings)
    except ConfigError as exc:
        logging.getLogger("hoam.gui").error("cannot start: %s", exc)
        QMessageBox.critical(None, QCoreApplication.translate("main", "HOAM Trainer cannot start"), error_text(exc))
        return 2
    window.show()
    QTimer.singleShot(0, lambda: window.greet(crashes[-1] if crashes else None))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
