"""Small jobs off the GUI thread (a folder count, a connection test) and questions back to it.

:func:`run_in_background` runs a function on Qt's thread pool and calls ``on_done(result,
error)`` on the GUI thread; :func:`run_in_child` does the same in the app's helper process,
for jobs that load torch. :class:`Asker` lets code on any worker thread ask the GUI thread
something (a password, orientation answers) and wait for the reply.
"""
from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hoam_core.events import CancelToken

_pending: set["_Relay"] = set()  # keeps each relay alive until it delivered


class _Relay(QObject):
    finished = Signal(object, object)


def _relay(on_done: Callable[[Any, BaseException | None], None],
           owner: QObject | None = None) -> Callable[[Any, BaseException | None], None]:
    """A function any thread may call once with (result, error); ``on_done`` then runs on the GUI thread,
    unless ``owner`` (the view that waits) was deleted meanwhile."""
    relay = _Relay(owner)
    _pending.add(relay)

    def deliver(result: Any, error: BaseException | None) -> None:
        _pending.discard(relay)
        on_done(result, error)

    relay.finished.connect(deliver)

    def emit(result: Any, error: BaseException | None) -> None:
        try:
            relay.finished.emit(result, error)
        except RuntimeError:  # the owner was deleted, or the application shuts down: nobody is waiting any more
            _pending.discard(relay)

    return emit


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], report: Callable[[Any, BaseException | None], None]):
        super().__init__()
        self.fn, self.report = fn, report

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # handed to on_done, which shows it
            result, error = None, exc
        self.report(result, error)


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None],
                      owner: QObject | None = None) -> None:
    """Run ``fn()`` on the global thread pool; ``on_done(result, error)`` runs on the GUI thread (not once
    ``owner`` is deleted)."""
    QThreadPool.globalInstance().start(_Job(fn, _relay(on_done, owner)))


_helper: list[ProcessPoolExecutor] = []  # the one helper process, started on first use


def run_in_child(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any, BaseException | None], None],
                 owner: QObject | None = None) -> None:
    """Run ``fn(*args)`` (a picklable, Qt-free function) in the helper process; ``on_done`` and ``owner`` as above.

    The process stays up, so torch loads once; a crashed one is replaced on the next job.
    """
    for _ in range(2):
        if not _helper:
            _helper.append(ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")))
        try:
            future = _helper[0].submit(fn, *args)
            break
        except BrokenProcessPool:
            _helper.pop().shutdown(wait=False)
    report = _relay(on_done, owner)
    future.add_done_callback(lambda f: None if f.cancelled() else report(
        None if f.exception() else f.result(), f.exception()))


def shut_down_helper() -> None:
    """End the helper process (the app is closing); running jobs are abandoned."""
    while _helper:
        _helper.pop().shutdown(wait=False, cancel_futures=True)


class Asker(QObject):
    """A worker thread's line to the GUI thread: :meth:`ask` there, :meth:`reply` here."""

    asked = Signal(str, object)  # kind ("orientation", "password"), payload

    def __init__(self, cancel: CancelToken | None = None):
        super().__init__()
        self.cancel = cancel or CancelToken()
        self._replied = threading.Event()
        self._reply: Any = None

    def ask(self, kind: str, payload: Any) -> Any:
        """(worker thread) Emit the question and block until the reply or a cancel."""
        self._replied.clear()
        self._reply = None
        self.asked.emit(kind, payload)
        self._replied.wait()
        self.cancel.check()
        return self._reply

    def reply(self, value: Any) -> None:
        """(GUI thread) The answer; None means "not now" / "no password"."""
        self._reply = value
        self._replied.set()

    def wake(self) -> None:
        """Release a waiting :meth:`ask` after the cancel token was set."""
        self._replied.set()
