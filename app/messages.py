"""The core's messages in the user's language.

The core writes each message's English template once, where it raises it (``hoam_core.events.coded``,
``Reporter.message``/``stage``/``progress``); its events, coded errors and coded values carry that
template, its code and its values. Here the template is translated in the ``messages`` context of
our catalogue (Qt's own lookup: the English template is the key) and filled with the same values;
``tools/translations.py`` feeds the core's templates to ``pyside6-lupdate``. Where a translation is
missing or does not name the same fields, the English text is shown. A value the core sends as a
code (why files were left out, what photos to add) is said in words.
"""
from __future__ import annotations

from string import Formatter
from typing import Any, Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hoam_core.events import CodedText, Event, coded_value, error_value

from .names import photos_to_add

# why the ingest left a file out (hoam_core.data.ingest's reasons, counted in the ingest summary), in words
LEFT_OUT_REASONS: dict[str, str] = {
    "unparseable_name": QT_TRANSLATE_NOOP("reasons", "name not in the AOI format"),
    "not_an_image": QT_TRANSLATE_NOOP("reasons", "not an image"),
    "not_in_database": QT_TRANSLATE_NOOP("reasons", "not in the database"),
    "unreadable_image": QT_TRANSLATE_NOOP("reasons", "unreadable image"),
    "unreadable_folder": QT_TRANSLATE_NOOP("reasons", "unreadable folder"),
    "linked_folder": QT_TRANSLATE_NOOP("reasons", "link to a folder"),
    "duplicate": QT_TRANSLATE_NOOP("reasons", "duplicate"),
    "excluded_by_engineer": QT_TRANSLATE_NOOP("reasons", "excluded by the engineer"),
}


def _reasons_text(reasons: Mapping[str, int]) -> str:
    """``{reason: count}`` as "2 not in the database, 1 duplicate" in the user's language."""
    said = [f"{n} {left_out_reason(r)}" for r, n in reasons.items()]
    return ", ".join(said) or QCoreApplication.translate("reasons", "none")


def left_out_reason(reason: str) -> str:
    """Why the ingest left a file out (a reason code of the manifest), in the user's language."""
    return QCoreApplication.translate("reasons", LEFT_OUT_REASONS.get(reason, reason))


# fields a template shows in words that the event carries as codes: {code: (field, its words from the data)}
_ADD_TEXT = ("add_text", lambda data: photos_to_add(str(data["add"]).split(",")))
DERIVED: dict[str, tuple[str, Callable[[Mapping[str, Any]], str]]] = {
    "ingest_summary": ("reasons_text", lambda data: _reasons_text(data["reasons"])),
    "class_not_fit": _ADD_TEXT,
    "class_not_fit_turned": _ADD_TEXT,
}


def shown_data(code: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """An event's data as its template shows it: coded values said in the user's language, and the fields of
    :data:`DERIVED` in words."""
    shown = {k: value_text(v) for k, v in data.items()}
    if code in DERIVED:
        field, words = DERIVED[code]
        shown[field] = words(shown)
    return shown


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(template) if field is not None}


def message_text(template: str, data: Mapping[str, Any], english: str, code: str = "") -> str:
    """``template`` (the core's English template of message ``code``) in the user's language filled with
    ``data``; ``english`` where there is no template, or its translation does not name the same fields as
    the English template (a field lost or renamed) or does not fit ``data``."""
    if not template:
        return english
    translated = QCoreApplication.translate("messages", template)
    try:
        data = shown_data(code, data)
        if _fields(translated) != _fields(template):
            return english
        return translated.format(**data)
    except (KeyError, IndexError, ValueError):  # a mangled field or format spec, or data without a field
        return english


def event_text(event: Event) -> str:
    """What an event says, in the user's language."""
    return message_text(event.template, event.data, event.text, event.code)


def value_text(value: Any) -> Any:
    """A value of event data as shown: a coded message (``hoam_core.events.coded_value``, or a
    ``CodedText`` itself, as in predict's rows) in the user's language, anything else as it is."""
    if isinstance(value, CodedText):
        value = coded_value(value)
    if isinstance(value, dict) and "coded" in value:
        return message_text(value.get("template", ""), value["data"], value["text"], value["coded"])
    return value


def error_text(exc: BaseException) -> str:
    """An exception's message in the user's language where the core coded it, else as it is."""
    return value_text(error_value(exc))
