"""What goes wrong with the metadata database, said for people: :class:`MetadataError`, and driver text
cleaned of any password before it is passed on."""
from __future__ import annotations

import re


class MetadataError(RuntimeError):
    """The metadata database cannot answer; the message says what to check.

    ``kind``: unreachable, tunnel, auth, schema, timeout, config or query.
    """

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def hide_password(text: str) -> str:
    """``scheme://user:secret@host`` -> ``scheme://user:***@host`` in any text."""
    return re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", text)


def clean(text: str, secrets: list[str]) -> str:
    """The first lines of a driver message, without any password we know of (``secrets``) or one in a URL."""
    text = " ".join(line.strip() for line in str(text).strip().splitlines()[:2])
    for secret in secrets:
        text = text.replace(secret, "***")
    return hide_password(text)
