"""Entry point of the desktop app (``hoam-trainer-gui``): application, language, settings, window."""
from __future__ import annotations

import logging
import multiprocessing
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from hoam_core.config import ConfigError, load_database_configs, load_system_config
from hoam_core.logs import setup_logging
from hoam_core.runs import default_runs_dir

from .i18n import LANGUAGES, set_language, system_language
from .main_window import MainWindow
from .processes import ensure_stdio
from .resources import icon

ORGANIZATION, APPLICATION = "HOAM", "HOAM Trainer"


def create_window(settings: QSettings, runs_dir: Path | None = None) -> MainWindow:
    """Load the configs and build the main window (raises ConfigError with a message for people)."""
    system = load_system_config()
    sites = load_database_configs()
    runs_dir = Path(runs_dir or system.paths.runs_dir or default_runs_dir())
    return MainWindow(settings, system, sites, runs_dir)


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a packaged app's pipeline processes start through here
    argv = sys.argv if argv is None else argv
    ensure_stdio()  # a windowed app has no stdout/stderr; its exit code and gui.log tell what happened
    setup_logging("gui")
    if "--self-test" in argv[1:]:  # the command line's self-test, headless: no window
        from hoam_core.cli import self_test

        return self_test()
    app = QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("hoam.svg"))
    settings = QSettings()
    language = settings.value("language", system_language(), str)
    set_language(language if language in LANGUAGES else "en")
    try:
        window = create_window(settings)
    except ConfigError as exc:
        logging.getLogger("hoam.gui").error("cannot start: %s", exc)
        QMessageBox.critical(None, QCoreApplication.translate("main", "HOAM Trainer cannot start"), str(exc))
        return 2
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
