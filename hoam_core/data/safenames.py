"""File and folder names that are safe on Windows and Linux, whatever a database returns."""
from __future__ import annotations

import re
import zlib

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\ud800-\udfff]')  # last: bytes of a non-UTF-8 file name
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")
MAX_BYTES = 120  # UTF-8 bytes: Linux allows 255 bytes per name, and later stages join two names into one


def _cut(text: str, max_bytes: int) -> str:
    """``text`` shortened to at most ``max_bytes`` UTF-8 bytes, never in the middle of a character."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")


def safe_name(text: str) -> str:
    """``text`` made into one safe path component.

    Forbidden characters become ``_``; leading and trailing dots and spaces go (no hidden
    or ``..`` names); reserved device names (CON, NUL, COM1...) are altered; long names
    are shortened to :data:`MAX_BYTES` bytes, keeping a file extension.
    Whenever the text had to change, a short checksum of the original is appended, so
    two different values can never end up in the same folder.
    """
    cleaned = _FORBIDDEN.sub("_", text).strip().strip(". ")
    if not cleaned:
        cleaned = "_"
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = "_" + cleaned
    if cleaned == text and len(cleaned.encode("utf-8")) <= MAX_BYTES:
        return cleaned
    tag = f"~{zlib.crc32(text.encode('utf-8', 'surrogateescape')):08x}"
    suffix = _SUFFIX.search(cleaned)
    ext = suffix.group() if suffix else ""
    stem = cleaned[: len(cleaned) - len(ext)]
    return f"{_cut(stem, MAX_BYTES - len(tag) - len(ext))}{tag}{ext}"
