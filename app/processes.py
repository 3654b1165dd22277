"""Work the GUI hands to child processes (no Qt here: the children never load it).

Everything that loads torch runs outside the GUI's interpreter, so it never holds the GUI's
interpreter lock: a thread in the same process stalled the GUI for up to 0.6 s while torch
loaded. :func:`run_child` runs a pipeline; its messages to the parent on ``outbox`` are
``("event", Event)``, ``("ask", kind, payload)`` (the answer comes back on ``inbox``) and,
last, ``("done", status, message)`` (a failed run's message: :func:`~hoam_core.events.error_value`,
for its translation); ``cancel`` is set by the parent. :func:`check_overrides`,
:func:`training_settings` and :func:`predict_images` are short jobs for the app's helper process.
"""
from __future__ import annotations

import os
import queue
import sys
import threading
import traceback
from pathlib import Path
from typing import Any

from hoam_core.events import CancelToken, Cancelled, Event, Reporter, error_value
from hoam_core.logs import logging_sink, setup_logging, trace_crashes
from hoam_core.pipeline import run_pipeline

POLL_S = 0.2


def _ask(outbox, inbox, token: CancelToken, kind: str, payload: Any) -> Any:
    outbox.put(("ask", kind, payload))
    while True:
        token.check()
        try:
            return inbox.get(timeout=POLL_S)
        except queue.Empty:
            continue


def ensure_stdio() -> None:
    """Give a windowed app (pythonw, a windowed exe), which has no stdout/stderr, a null one: libraries still print."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w"))


def run_child(run_dir: str, until: str | None, outbox, inbox, cancel) -> None:
    """Entry point of the child process: run the pipeline, report everything on ``outbox`` and in pipeline.log."""
    ensure_stdio()
    setup_logging("pipeline")
    trace_crashes("pipeline")  # a crash in native code (torch, a driver) leaves its traceback; the GUI names it
    token = CancelToken()
    threading.Thread(target=lambda: cancel.wait() and token.cancel(), daemon=True).start()
    sink = logging_sink(lambda event: outbox.put(("event", event)))
    reporter = Reporter(sink, token)
    try:
        state = run_pipeline(Path(run_dir), reporter=reporter, until=until,
                             orientation=lambda request: _ask(outbox, inbox, token, "orientation", request),
                             password=lambda prompt: _ask(outbox, inbox, token, "password", prompt))
        status, message = state.status, state.message_value
    except Cancelled as exc:
        status, message = "cancelled", error_value(exc)
    except Exception as exc:  # the run is marked failed on disk; the GUI shows why
        status, message = "failed", error_value(exc) or type(exc).__name__
        sink(Event("message", text=traceback.format_exc(), level="debug", code="traceback"))
    outbox.put(("done", status, message))


def check_overrides(overrides: dict[str, Any], profile: str) -> dict[str, Any]:
    """Validate training-config ``overrides`` for ``profile``; raises ConfigError with the reason."""
    from hoam_core.training.config import load_train_config

    load_train_config(None, profile=profile or None, overrides=overrides)
    return overrides


def training_settings(profile: str) -> list[dict[str, Any]]:
    """(child process) Every key of the training configuration with ``profile``'s value: key (dotted), value,
    type (bool, int, float, str), choices, min, max."""
    import dataclasses

    from hoam_core.training.config import load_train_config

    rows: list[dict[str, Any]] = []

    def walk(section: Any, prefix: str) -> None:
        for f in dataclasses.fields(section):
            value = getattr(section, f.name)
            if dataclasses.is_dataclass(value):
                walk(value, f"{prefix}{f.name}.")
            elif prefix or f.name != "profile":  # the profile's name is no setting
                rows.append({"key": f"{prefix}{f.name}", "value": value, "type": type(value).__name__,
                             **{k: f.metadata.get(k) for k in ("choices", "min", "max")}})

    walk(load_train_config(None, profile=profile or None), "")
    return rows


def predict_images(run_dir: str, paths: list[str]) -> list[dict]:
    """(child process) The run's model on ``paths``: one row per image with label, score, nearest, error."""
    from hoam_core.evaluation.predict import run_prediction

    rows, _ = run_prediction(Path(run_dir), [Path(p) for p in paths], Reporter())
    return [{"file": path, **row} for path, row in zip(paths, rows)]
