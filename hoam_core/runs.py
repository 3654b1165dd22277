"""Run folders, their state file and the task store that lists every run.

A run is a folder ``training_{YYYYmmdd_HHMMSS}`` that is never reused. ``state.json``
in it says which stage the run reached and how it ended; the task store (SQLite, in
the runs folder) lists all runs for the history view. Writes are atomic: a reader never
sees half a state file.
"""
from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, Iterator

from .config import APP_NAME
from .events import CodedText, coded, coded_value
from .layout import RunLayout

STATUSES = ("pending", "pending_orientation", "running", "completed", "failed", "cancelled")
TASK_STORE = "runs.sqlite"


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old or the new file, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


class DiskFullError(OSError):
    """The disk holding a run folder is full; the message names the disk and what to do."""


def _mount_point(path: Path) -> Path:
    path = Path(os.path.abspath(path))
    while not os.path.ismount(path) and path != path.parent:
        path = path.parent
    return path


def disk_full(path: Path) -> DiskFullError:
    """The error for "no space left" while writing under ``path``: which disk, and what to do."""
    free_mb = shutil.disk_usage(path).free / 1e6
    return DiskFullError(errno.ENOSPC, coded("no space left on the disk holding {path} (mounted at {mount}, {free} MB "
                                             "free now); free some space there or choose another output folder, then "
                                             "resume the run", code="disk_full", path=path, mount=_mount_point(path),
                                             free=f"{free_mb:.1f}"))


def _is_disk_full(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or (
        isinstance(exc, sqlite3.OperationalError) and "disk is full" in str(exc))


def _remove(paths: tuple[Path, ...]) -> None:
    for p in paths:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)  # a file, or a link: only the link goes


@contextmanager
def partial_outputs(run_dir: Path, *partials: Path) -> Iterator[None]:
    """A stage writing ``partials`` (``*.partial`` files or folders in ``run_dir``).

    Leftovers of an earlier, interrupted try are removed first (never written through: a
    link there is removed, not followed). On any failure or cancel the partials are removed
    again (nothing half-written stays behind, and the space they took is free again for the
    state file), and "no space left on device" becomes a :class:`DiskFullError` that names
    the disk.
    """
    _remove(partials)
    try:
        yield
    except BaseException as exc:
        _remove(partials)
        if _is_disk_full(exc) and not isinstance(exc, DiskFullError):
            raise disk_full(run_dir) from None
        raise


def default_runs_dir() -> Path:
    """The per-user data folder's ``runs`` (never inside the install folder)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "runs"


def create_run_dir(runs_dir: Path, now: dt.datetime | None = None, prefix: str = "training") -> Path:
    """Make a new, empty ``{prefix}_{YYYYmmdd_HHMMSS}`` folder; never reuse one."""
    runs_dir = Path(runs_dir)
    runs_dir.mkdir(parents=True, exist_ok=True)
    now = now or dt.datetime.now()
    while True:
        path = runs_dir / f"{prefix}_{now:%Y%m%d_%H%M%S}"
        try:
            path.mkdir()
            return path
        except FileExistsError:
            now += dt.timedelta(seconds=1)


class RunState:
    """The state file of one run folder, plus its row in the task store."""

    def __init__(self, run_dir: Path):
        self.run_dir = Path(run_dir)
        self.path = RunLayout(self.run_dir).state
        self.data: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    @classmethod
    def create(cls, run_dir: Path, **params: Any) -> "RunState":
        state = cls(run_dir)
        now = dt.datetime.now().isoformat(timespec="seconds")
        state.data = {"run_id": state.run_dir.name, "status": "pending", "stage": "", "stages_done": [],
                      "created": now, "updated": now, "message": "", "params": params, "summary": {}}
        state.save()
        return state

    @property
    def status(self) -> str:
        return self.data.get("status", "")

    @property
    def stage(self) -> str:
        return self.data.get("stage", "")

    @property
    def stages_done(self) -> list[str]:
        return list(self.data.get("stages_done", []))

    @property
    def params(self) -> dict[str, Any]:
        return self.data.get("params", {})

    @property
    def message_value(self) -> dict[str, Any] | str:
        """The run's message as event data: its :func:`~hoam_core.events.coded_value` where it was coded
        (for a front end to say in the user's language), else its text."""
        return self.data.get("message_coded") or self.data.get("message", "")

    def update(self, *, status: str | None = None, stage: str | None = None, message: str | None = None,
               stage_done: str | None = None, **summary: Any) -> None:
        if status is not None:
            if status not in STATUSES:
                raise ValueError(f"unknown run status {status!r}")
            self.data["status"] = status
        if stage is not None:
            self.data["stage"] = stage
        if message is not None:  # a coded one is also kept as such, for the app to say in the user's language
            self.data["message"] = str(message)
            self.data["message_coded"] = coded_value(message) if isinstance(message, CodedText) else None
        if stage_done and stage_done not in self.data.setdefault("stages_done", []):
            self.data["stages_done"].append(stage_done)
        if summary:
            self.data.setdefault("summary", {}).update(summary)
        self.data["updated"] = dt.datetime.now().isoformat(timespec="seconds")
        self.save()

    def save(self) -> None:
        try:
            atomic_write_json(self.path, self.data)
            TaskStore(self.run_dir.parent).upsert(self)
        except (OSError, sqlite3.OperationalError) as exc:
            if _is_disk_full(exc) and not isinstance(exc, DiskFullError):
                raise disk_full(self.run_dir) from None
            raise


class TaskStore:
    """SQLite list of the runs in one runs folder (the history view reads it)."""

    def __init__(self, runs_dir: Path):
        self.path = Path(runs_dir) / TASK_STORE

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=30)
        con.execute("CREATE TABLE IF NOT EXISTS runs (run_id TEXT PRIMARY KEY, run_dir TEXT NOT NULL,"
                    " status TEXT NOT NULL, stage TEXT, created TEXT, updated TEXT, message TEXT,"
                    " input_dir TEXT, site TEXT, line_id TEXT,"
                    " message_coded TEXT)")  # JSON of state.json's message_coded
        return con

    def upsert(self, state: RunState) -> None:
        d, p = state.data, state.params
        with closing(self._connect()) as con, con:
            con.execute("INSERT INTO runs (run_id, run_dir, status, stage, created, updated, message, input_dir, site,"
                        " line_id, message_coded) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(run_id) DO UPDATE SET"
                        " status=excluded.status, stage=excluded.stage, updated=excluded.updated,"
                        " message=excluded.message, message_coded=excluded.message_coded",
                        (d["run_id"], str(state.run_dir), d["status"], d.get("stage", ""), d.get("created"),
                         d.get("updated"), d.get("message", ""), str(p.get("input_dir", "")),
                         str(p.get("site", "")), str(p.get("line_id", "")),
                         json.dumps(d["message_coded"]) if d.get("message_coded") else None))

    def list(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        with closing(self._connect()) as con:
            con.row_factory = sqlite3.Row
            return [dict(r) for r in con.execute("SELECT * FROM runs ORDER BY created DESC, run_id DESC")]

    def remove(self, run_id: str) -> None:
        with closing(self._connect()) as con, con:
            con.execute("DELETE FROM runs WHERE run_id = ?", (run_id,))
