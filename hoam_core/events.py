"""The core's seams to whoever drives it: events out, cancellation in.

The GUI turns events into Qt signals; the command line prints them. The core never
knows which.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol


@dataclass(frozen=True)
class Event:
    """One thing worth telling the user.

    kind: ``stage`` (a stage starts/ends), ``progress`` (fraction done of ``stage``),
    ``message`` (info/warning/error for the log), ``metrics`` (numbers to plot).
    ``template`` is the English ``str.format`` template the core wrote where it raised the
    event, ``text`` that template filled with the values in ``data`` (JSON-friendly: str, int,
    float, lists); ``code`` names the message. A front end shows the template translated (by
    its own catalogue, the template as the key) filled with the same values.
    """

    kind: str
    stage: str = ""
    fraction: float | None = None
    text: str = ""
    level: str = "info"
    code: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    template: str = ""


class CodedText(str):
    """An English text made from a ``template`` and its values (``data``), with the ``code`` that
    names it. An exception raised with one as its message can be shown in the user's language."""

    code: str
    template: str
    data: dict[str, Any]


def coded(template: str, code: str, **data: Any) -> CodedText:
    """``template`` filled with ``data``, keeping both. Values other than numbers and None are kept
    as text (JSON-friendly); a :class:`CodedText` value as its :func:`coded_value`, so that it is
    said in the user's language too."""
    plain = {k: v if v is None or isinstance(v, (int, float)) else str(v) for k, v in data.items()}
    text = CodedText(template.format(**plain))
    text.code, text.template = code, template
    text.data = {k: coded_value(v) if isinstance(v, CodedText) else plain[k] for k, v in data.items()}
    return text


def coded_value(text: CodedText) -> dict[str, Any]:
    """``text`` as a JSON-friendly value of event data: ``{"coded": code, "template": ..., "data": ...,
    "text": ...}``, which a front end says by its template in the user's language."""
    return {"coded": text.code, "template": text.template, "data": text.data, "text": str(text)}


def coded_text(exc: BaseException) -> CodedText | None:
    """The :class:`CodedText` ``exc`` was raised with, if any."""
    return next((a for a in exc.args if isinstance(a, CodedText)), None)


def error_value(exc: BaseException) -> dict[str, Any] | str:
    """An exception's message as a value of event data: the :func:`coded_value` of the
    :class:`CodedText` it was raised with, else its text."""
    text = coded_text(exc)
    return coded_value(text) if text is not None else str(exc)


class EventSink(Protocol):
    def __call__(self, event: Event) -> None: ...


def null_sink(event: Event) -> None:
    """An event sink that drops everything."""


class ListSink:
    """Keeps every event; for tests and for summaries."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def of_kind(self, kind: str) -> list[Event]:
        return [e for e in self.events if e.kind == kind]


class Cancelled(Exception):
    """Raised inside the core when the user cancelled; the run is marked cancelled."""


class CancelToken:
    """Set from any thread; checked by the core between files and steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled(coded("cancelled by the user", code="state_cancelled"))


class Reporter:
    """Small helper the stages use to emit events without repeating boilerplate."""

    def __init__(self, sink: EventSink | None = None, cancel: CancelToken | None = None):
        self.sink: Callable[[Event], None] = sink or null_sink
        self.cancel = cancel or CancelToken()

    def stage(self, stage: str, template: str = "", code: str = "", **data: Any) -> None:
        self.sink(Event("stage", stage=stage, **_said(template, code, data)))

    def progress(self, stage: str, fraction: float, template: str = "", code: str = "", **data: Any) -> None:
        self.sink(Event("progress", stage=stage, fraction=max(0.0, min(1.0, fraction)),
                        **_said(template, code, data)))

    def message(self, template: str, level: str = "info", code: str = "", stage: str = "", **data: Any) -> None:
        """A message: ``template`` filled with ``data``, or a :class:`CodedText` as it is."""
        self.sink(Event("message", stage=stage, level=level, **_said(template, code, data)))

    def metrics(self, stage: str, **data: Any) -> None:
        self.sink(Event("metrics", stage=stage, data=data))


def _said(template: str, code: str, data: dict[str, Any]) -> dict[str, Any]:
    """An event's text fields: ``template`` (the English ``str.format`` template written where the event
    is raised, or a :class:`CodedText`) filled with ``data``; a :class:`CodedText` value in ``data``
    travels as its :func:`coded_value`."""
    if isinstance(template, CodedText):
        return {"text": str(template), "template": template.template, "code": template.code, "data": template.data}
    return {"text": template.format(**data), "template": template, "code": code,
            "data": {k: coded_value(v) if isinstance(v, CodedText) else v for k, v in data.items()}}


def keeping_warnings(reporter: Reporter, into: list[dict]) -> Reporter:
    """A reporter that passes every event on to ``reporter`` and appends each warning to ``into``
    as ``{"stage", "code", "template", "text", **data}``, for the run's report."""
    def sink(event: Event) -> None:
        if event.kind == "message" and event.level == "warning":
            into.append({"stage": event.stage, "code": event.code, "template": event.template, "text": event.text,
                         **event.data})
        reporter.sink(event)
    return Reporter(sink, reporter.cancel)
