"""File and folder names that are safe on Windows and Linux, whatever a database returns."""
from __future__ import annotations

import re
import zlib

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_LEN = 120


def safe_name(text: str) -> str:
    """``text`` made into one safe path component.

    Forbidden characters become ``_``; leading and trailing dots and spaces go (no hidden
    or ``..`` names); reserved device names (CON, NUL, COM1...) are altered; long names
    are shortened.
    Whenever the text had to change, a short checksum of the original is appended, so
    two different values can never end up in the same folder.
    """
    cleaned = _FORBIDDEN.sub("_", text).strip().strip(". ")
    if not cleaned:
        cleaned = "_"
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = "_" + cleaned
    if cleaned == text and len(cleaned) <= MAX_LEN:
        return cleaned
    tag = f"{zlib.crc32(text.encode('utf-8')):08x}"
    return f"{cleaned[:MAX_LEN - 9]}~{tag}"
