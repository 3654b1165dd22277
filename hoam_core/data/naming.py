"""The one parser for AOI export file names.

``{timestamp}_{board}@{component}_{index}_{light}.{ext}``, e.g.
``20250905073442_00VN558S115_T@U604_2_side.jpg``. Everything that needs a field of a
file name calls :func:`parse_aoi_name`; nothing else splits names.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..events import coded

IMAGE_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "bmp"})

_TIMESTAMP = re.compile(r"\d{14}")
_INDEX = re.compile(r"\d+")
_LIGHT = re.compile(r"[A-Za-z0-9-]+")


class AoiNameError(ValueError):
    """A file name that does not follow the AOI grammar; ``reason`` says why, for people."""

    def __init__(self, name: str, reason: str):
        super().__init__(coded("{file}: {reason}", code="file_problem", file=name, reason=reason))
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class AoiName:
    file_name: str
    timestamp: dt.datetime
    board: str
    component: str
    index: int
    light: str
    ext: str

    @property
    def timestamp_text(self) -> str:
        return self.timestamp.strftime("%Y%m%d%H%M%S")

    @property
    def image_path(self) -> str:
        """The ``image_path`` column of ``amr_raw_data``: ``YYYY-MM-DD/{timestamp}/{file name}``."""
        return f"{self.timestamp:%Y-%m-%d}/{self.timestamp_text}/{self.file_name}"


def base_name(path: str) -> str:
    """The file name of a Windows or POSIX path string, whatever machine we run on."""
    return re.split(r"[\\/]", str(path))[-1]


def has_image_extension(path: str) -> bool:
    name = base_name(path)
    return "." in name and name.rsplit(".", 1)[1].lower() in IMAGE_EXTENSIONS


def parse_aoi_name(path: str) -> AoiName:
    """Parse an AOI file name (a bare name or a Windows/POSIX path).

    Raises :class:`AoiNameError` with a reason a person can act on.
    """
    name = base_name(path)
    if re.search(r"[\ud800-\udfff]", name):
        raise AoiNameError(name, coded("the name holds bytes that are not UTF-8 text (copied from a system with "
                                       "another encoding?); rename the file", code="name_not_utf8"))
    if "." not in name:
        raise AoiNameError(name, coded("no file extension (expected .jpg, .jpeg, .png or .bmp)",
                                       code="name_no_extension"))
    stem, ext = name.rsplit(".", 1)
    if ext.lower() not in IMAGE_EXTENSIONS:
        raise AoiNameError(name, coded("extension .{ext} is not an image type (jpg, jpeg, png, bmp)",
                                       code="name_not_image_type", ext=ext))
    if "." in stem:
        raise AoiNameError(name, coded("more than one dot in the name", code="name_dots"))
    if stem.count("@") != 1:
        raise AoiNameError(name, coded("expected exactly one '@' between board and component", code="name_at_sign"))
    left, right = stem.split("@")
    ts_text, sep, board = left.partition("_")
    if not _TIMESTAMP.fullmatch(ts_text):
        raise AoiNameError(name, coded("does not start with a 14-digit timestamp (YYYYmmddHHMMSS)",
                                       code="name_no_timestamp"))
    try:
        timestamp = dt.datetime.strptime(ts_text, "%Y%m%d%H%M%S")
    except ValueError:
        raise AoiNameError(name, coded("timestamp {timestamp} is not a real date and time", code="name_bad_timestamp",
                                       timestamp=ts_text)) from None
    if not sep or not board.strip():
        raise AoiNameError(name, coded("no board serial between timestamp and '@'", code="name_no_board"))
    parts = right.rsplit("_", 2)
    if len(parts) < 3:
        raise AoiNameError(name, coded("expected {{component}}_{{index}}_{{light}} after '@'", code="name_parts"))
    component, index, light = parts
    if not _LIGHT.fullmatch(light):
        raise AoiNameError(name, coded("light token {light} is empty or has characters other than letters, digits, '-'",
                                       code="name_bad_light", light=repr(light)))
    if not _INDEX.fullmatch(index):
        raise AoiNameError(name, coded("no numeric index before the light token (found {index})", code="name_bad_index",
                                       index=repr(index)))
    if not component.strip():
        raise AoiNameError(name, coded("empty component name", code="name_no_component"))
    return AoiName(name, timestamp, board, component, int(index), light, ext.lower())
