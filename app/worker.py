"""Runs the pipeline of one run folder in a child process and hands its events to the GUI thread.

The child (:func:`app.processes.run_child`) does all pipeline work, so the GUI's interpreter
never loads torch or trains. A reader thread here takes the child's messages: events are
queued and announced with one queued signal per batch (a burst of thousands of events
never floods the event loop); questions (orientation answers, a password) go through an
:class:`Asker` to the GUI thread and the answer back to the child; cancelling sets an
event the child's cancel token follows.
"""
from __future__ import annotations

import multiprocessing
import queue
import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from hoam_core.events import CancelToken, Cancelled, Event, Reporter, coded
from hoam_core.logs import claim_crash_traces
from hoam_core.runs import RunState

from .messages import value_text
from .processes import POLL_S, run_child
from .tasks import Asker

_MP = multiprocessing.get_context("spawn")  # the same on every OS; never fork a process that runs Qt


class PipelineWorker(QObject):
    """One run of ``run_pipeline`` in a child process; create, connect, then :meth:`start`."""

    events_ready = Signal()  # events are waiting: call drain()
    done = Signal(str, str)  # final status (completed, pending, pending_orientation, cancelled, failed), message

    def __init__(self, run_dir: Path, until: str | None = None):
        super().__init__()
        self.run_dir = Path(run_dir)
        self.until = until
        self.token = CancelToken()
        # questions: ("orientation", OrientationRequest) or ("password", prompt text); reply with asker.reply()
        self.asker = Asker(self.token)
        self._events: deque[Event] = deque()
        self._lock = threading.Lock()
        self._outbox = _MP.Queue()
        self._inbox = _MP.Queue()
        self._cancel = _MP.Event()
        self._process = None
        self._reader: threading.Thread | None = None

    # ---------------------------------------------------------------- GUI thread
    def start(self) -> None:
        self._process = _MP.Process(target=run_child, name=f"hoam-run-{self.run_dir.name}", daemon=True,
                                    args=(str(self.run_dir), self.until, self._outbox, self._inbox, self._cancel))
        self._process.start()
        self._reader = threading.Thread(target=self._read, name=f"reader {self.run_dir.name}", daemon=True)
        self._reader.start()

    def is_running(self) -> bool:
        return self._reader is not None and self._reader.is_alive()

    def wait(self, ms: int) -> bool:
        """Wait for the child and the reader to end; True when they did."""
        if self._reader is not None:
            self._reader.join(ms / 1000)
        return not self.is_running()

    def cancel(self) -> None:
        """Ask the run to stop at the core's next check (between files or training steps)."""
        self.token.cancel()
        self._cancel.set()
        self.asker.wake()

    def drain(self) -> list[Event]:
        """All events that arrived since the last call, in order."""
        with self._lock:
            events = list(self._events)
            self._events.clear()
        return events

    # ---------------------------------------------------------------- reader thread
    def _read(self) -> None:
        status, message = "", ""
        quiet_after_exit = 0
        while not status:
            try:
                kind, *rest = self._outbox.get(timeout=POLL_S)
            except queue.Empty:
                quiet_after_exit = 0 if self._process.is_alive() else quiet_after_exit + 1
                if quiet_after_exit == 2:  # gone, and nothing left in the pipe
                    status, message = self._died()
                continue
            if kind == "event":
                self._queue_event(rest[0])
            elif kind == "ask":
                try:
                    self._inbox.put(self.asker.ask(*rest))
                except Cancelled:
                    pass  # the child's token follows the cancel event
            elif kind == "done":
                status, message = rest[0], value_text(rest[1])  # an error in the user's language
        self._process.join()
        self.done.emit(status, message)

    def _died(self) -> tuple[str, str]:
        """The child ended without saying how: a crash (out of memory, a native library)."""
        message = coded(QT_TRANSLATE_NOOP("messages", "the training process ended unexpectedly (exit code {exit_code}); "
                                                      "the run can be resumed from History"),
                        code="state_died", exit_code=self._process.exitcode)
        RunState(self.run_dir).update(status="failed", message=message)
        for trace in claim_crash_traces("pipeline", pid=self._process.pid):
            Reporter(self._queue_event).message(
                QT_TRANSLATE_NOOP("messages", "What the training process did when it ended is saved in {file}"),
                level="error", code="crash_trace_saved", file=str(trace))
        return "failed", value_text(message)

    def _queue_event(self, event: Event) -> None:
        with self._lock:
            announce = not self._events
            self._events.append(event)
        if announce:
            self.events_ready.emit()
