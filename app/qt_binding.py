"""A defect of the Qt binding that crashed the app, found and neutralised at start.

PySide6 6.12.0 on CPython 3.11 returns ``True`` from ``SignalInstance.emit()`` and ``None`` from
``QObject.property()`` of a name that is not set without holding a reference to them: each call
takes one reference away from these shared objects. pyqtgraph emits signals and reads a property
on every ``setData``, so after a few thousand curve updates ``None`` (or ``True``) reached a count
of zero and the interpreter aborted: "Fatal Python error: none_dealloc" in ``app/curves.py``
(``redraw`` -> ``setData``), at the end of a long run. Neither the curves' lifetime nor a thread
was the cause. CPython 3.12 and later never free these objects (PEP 683: immortal objects);
:func:`guard_singletons` gives them the same safety here when a probe shows the defect.
"""
from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

PROBE_CALLS = 64
HEADROOM = 1 << 40  # references added: at 10,000 lost a second they last over 3,000 years

_guarded: list[bool] = []


class _Probe(QObject):
    probed = Signal()


def lost_references(calls: int = PROBE_CALLS) -> int:
    """References to ``None`` and ``True`` the binding loses in ``calls`` emits and property reads
    (0 with a binding that keeps its references)."""
    probe = _Probe()
    before = sys.getrefcount(None) + sys.getrefcount(True)
    for _ in range(calls):
        probe.probed.emit()
        probe.property("hoam_unset")
    return max(0, before - sys.getrefcount(None) - sys.getrefcount(True))


def guard_singletons() -> bool:
    """Give ``None``, ``True`` and ``False`` enough references that the binding's losses never free
    them, where it loses any; True when it did (once per process)."""
    if _guarded:
        return _guarded[0]
    needed = (sys.implementation.name == "cpython" and sys.version_info < (3, 12)
              and lost_references() >= PROBE_CALLS)
    if needed:
        for singleton in (None, True, False):  # ob_refcnt is the object's first field
            ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
        logging.getLogger("hoam.gui").info("the Qt binding loses references to None and True; guarded")
    _guarded.append(needed)
    return needed
