"""Log files for support: one rotating UTF-8 file per program in the per-user log folder.

``setup_logging("hoam-trainer")`` (the command line), ``"gui"`` and ``"pipeline"`` (the GUI's
pipeline child) each write their own file, because on Windows two processes cannot rotate
one file. The folder is platformdirs' user log folder (``%LOCALAPPDATA%\\HOAM Trainer\\Logs``
on Windows), never the install folder; the ``HOAM_LOG_DIR`` environment variable moves it.
:func:`logging_sink` copies a run's stage and message events into the log. Events and log
lines never hold secrets: callers log texts meant for people, never URLs or argument lists.

A hard crash (a fault in native code, an abort such as "Fatal Python error") never reaches a
log handler: :func:`trace_crashes` has Python's ``faulthandler`` write the traceback of every
thread into ``{program}-faults-{pid}.log`` in the same folder, removed again at a normal exit;
:func:`claim_crash_traces`, on the next start, finds the ones left behind by a crash.
"""
from __future__ import annotations

import atexit
import datetime as dt
import faulthandler
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .config import APP_NAME
from .events import Event, EventSink

LOG_DIR_ENV = "HOAM_LOG_DIR"
# "hoam.run" carries the events (tracebacks at debug); the core's modules log as hoam_core.*, where a
# tunnel's sshtunnel logger hangs too: info and up only, so its debug chatter stays out
LOGGERS = {"hoam": logging.DEBUG, "hoam_core": logging.INFO}
MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}

run_log = logging.getLogger("hoam.run")
logging.getLogger("hoam").addHandler(logging.NullHandler())  # no stderr echo when no file is set up
_warned: set[Path] = set()


def default_log_dir() -> Path:
    """``$HOAM_LOG_DIR``, else the per-user log folder."""
    if os.environ.get(LOG_DIR_ENV):
        return Path(os.environ[LOG_DIR_ENV])
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def _warn_once(key: Path, text: str) -> None:
    if key not in _warned and sys.stderr is not None:
        sys.stderr.write(f"warning: {text}\n")
    _warned.add(key)


class _LogFile(RotatingFileHandler):
    """A rotating log file whose write errors (a full disk) warn once instead of a traceback per line."""

    def handleError(self, record: logging.LogRecord) -> None:
        exc = sys.exc_info()[1]
        _warn_once(Path(self.baseFilename), f"cannot write the log file {self.baseFilename} "
                                            f"({getattr(exc, 'strerror', None) or exc}); some log lines are lost")

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the last lines could not be written (a full disk): warned about already
            pass


def _ours(logger: logging.Logger) -> list[_LogFile]:
    return [h for h in logger.handlers if isinstance(h, _LogFile)]


def setup_logging(program: str, log_dir: Path | None = None) -> Path:
    """Log ``hoam.*`` and ``hoam_core.*`` to ``{log_dir}/{program}.log``; returns that path.

    Calling it again with the same file changes nothing; with another file, the new one
    replaces the old. A folder that cannot be written warns once on stderr and the program
    goes on without a log file (the returned path then does not exist).
    """
    path = Path(log_dir or default_log_dir()) / f"{program}.log"
    current = _ours(logging.getLogger("hoam"))
    if current and Path(current[0].baseFilename) == path.absolute():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        _warn_once(path.parent, f"cannot write the log file in {path.parent} ({exc.strerror or exc}); "
                                "going on without a log file")
        return path
    handler.setFormatter(logging.Formatter(FORMAT))
    for name, level in LOGGERS.items():
        logger = logging.getLogger(name)
        for old in _ours(logger):
            logger.removeHandler(old)
            old.close()
        logger.addHandler(handler)
        logger.setLevel(level)
    return path


def _live_trace(program: str, pid: int | str, log_dir: Path | None = None) -> Path:
    return Path(log_dir or default_log_dir()) / f"{program}-faults-{pid}.log"


def trace_crashes(program: str, log_dir: Path | None = None) -> Path | None:
    """Have a hard crash of this process write its traceback to ``{program}-faults-{pid}.log``; returns
    that file (None when the folder cannot be written: the program goes on without it). At a normal
    exit the file, still empty, is removed; a crash leaves it for :func:`claim_crash_traces`."""
    path = _live_trace(program, os.getpid(), log_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = open(path, "w", encoding="utf-8")
    except OSError as exc:
        _warn_once(path, f"cannot write the crash trace file {path} ({exc.strerror or exc}); a crash will leave "
                         "no trace")
        return None
    faulthandler.enable(file, all_threads=True)

    def remove_if_empty() -> None:
        faulthandler.disable()
        file.close()
        try:
            if path.stat().st_size == 0:
                path.unlink()
        except OSError:
            pass

    atexit.register(remove_if_empty)
    return path


def claim_crash_traces(program: str, log_dir: Path | None = None, pid: int | None = None) -> list[Path]:
    """The traces that crashed sessions of ``program`` left (of process ``pid`` only, when given), renamed
    to ``{program}-crash-{time of the crash}.log`` so that each is reported once; oldest first. The
    empty file of a session still running (another window) is left alone."""
    pattern = _live_trace(program, "*" if pid is None else pid, log_dir)
    own = _live_trace(program, os.getpid(), log_dir)
    left = []
    for path in pattern.parent.glob(pattern.name) if pattern.parent.is_dir() else []:
        try:
            stat = path.stat()
        except OSError:  # gone meanwhile
            continue
        if path != own and stat.st_size:
            left.append((stat.st_mtime, path))
    claimed = []
    for mtime, path in sorted(left):
        pid_text = path.stem.rsplit("-", 1)[-1]
        target = path.with_name(f"{program}-crash-{dt.datetime.fromtimestamp(mtime):%Y%m%d_%H%M%S}-{pid_text}.log")
        try:
            path.replace(target)
        except OSError:  # not ours to rename (another user's folder): leave it
            continue
        claimed.append(target)
    return claimed


def _log_event(event: Event) -> None:
    if event.kind == "stage":
        run_log.info("[%s] %s", event.stage, event.text)
    elif event.kind == "message":
        run_log.log(LEVELS.get(event.level, logging.INFO), "[%s] %s", event.stage or "run", event.text)
    elif event.kind == "metrics" and event.stage == "val":  # one line per epoch, not per training step
        run_log.info("[val] %s", ", ".join(f"{k} {v}" for k, v in sorted(event.data.items())))


def logging_sink(sink: EventSink) -> EventSink:
    """An event sink that logs stage, message and per-epoch validation events, then passes every event to ``sink``."""

    def log_and_pass(event: Event) -> None:
        _log_event(event)
        sink(event)

    return log_and_pass
