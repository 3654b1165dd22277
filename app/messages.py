"""The core's messages in the user's language: a translated template per message code.

The core sends each message as English text plus a ``code`` and its values (``Event.data``);
a message whose code has a template here is shown translated, any other in English.
"""
from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication


def templates() -> dict[str, str]:
    """``str.format`` templates by message code; their fields are the message's data keys."""
    return {
        "ng_days_apart": QCoreApplication.translate(
            "messages", "{apart} of {ng} NG photos were taken on days with no OK photo (NG: {ng_days}; OK: "
                        "{ok_days}). The model may learn what those days looked like (lighting, camera, board batch) "
                        "instead of the defect, and flag good parts as NG. Add OK photos taken on the same days as "
                        "the NG photos"),
        "classes_without_val": QCoreApplication.translate(
            "messages", "{count} class(es) have no validation photo (too few photos, or dataset.val_fraction 0): "
                        "{classes}"),
        "image_left_out": QCoreApplication.translate("messages", "Left out {file}: {reason}"),
        "label_without_val": QCoreApplication.translate(
            "messages", "Label {label} has no validation images: its scores cannot be measured"),
        "left_out_of_evaluation": QCoreApplication.translate("messages", "Left out of the evaluation: {file}"),
        "class_not_trained": QCoreApplication.translate(
            "messages", "Class {cls} has no training photo: it is left out of the module"),
        "class_pooled_threshold": QCoreApplication.translate(
            "messages", "Class {cls} has no validation photo: it uses the threshold of all classes pooled "
                        "({threshold:.3f})"),
        "threshold_capped": QCoreApplication.translate(
            "messages", "Class {cls}: no threshold keeps false accepts at or under {max_far:.1%} without rejecting "
                        "more than {max_frr:.1%} of its good parts on val; its threshold ({threshold:.3f}) rejects "
                        "{frr:.1%} and passes {far:.1%} of the rotated and NG photos. Add NG photos of this part, or "
                        "more photos, and train again"),
    }


def message_text(code: str, data: Mapping[str, Any], english: str) -> str:
    """The message in the user's language; ``english`` where there is no template or it does not fit ``data``."""
    template = templates().get(code)
    if template is None:
        return english
    try:
        return template.format(**data)
    except (KeyError, IndexError, ValueError):  # a translation that lost or mangled a field
        return english
