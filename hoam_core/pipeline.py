"""The pipeline: one run folder, its stages in order, resumable from the last finished stage.

Both faces drive this module: the command line (``hoam_core.cli``) and the GUI worker.
It talks to them only through the event reporter, the orientation provider and the
cancel token.
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

import psutil

from . import config as cfg
from .data.dataset import build_dataset
from .events import Cancelled, Reporter, coded, coded_text, keeping_warnings
from .data.ingest import EXCLUDED, InputCounts, ingest, read_manifest, scan_input, write_manifest
from .data.orientation import EXCLUDE, NG, OrientationProvider, OrientationRequest, check_answers, load_answers
from .layout import RunLayout
from .runs import RunState, atomic_write_json, create_run_dir, default_runs_dir

STAGES = ("ingest", "orientation", "dataset", "train", "evaluate")

__all__ = ["STAGES", "RunParams", "new_run", "run_pipeline", "scan_input", "InputCounts", "RunBusyError"]


class RunBusyError(RuntimeError):
    """Another process is working on this run folder."""


@dataclass(frozen=True)
class RunParams:
    input_dir: str
    site: str
    line_id: str
    db: str = ""                      # SQLAlchemy URL or a site of database_configs.json; "" = default site
    profile: str = ""                 # training profile of train_configs.yaml; "" = its default
    train_overrides: dict = field(default_factory=dict)
    train_config_file: str = ""       # "" = configs/train_configs.yaml
    database_config_file: str = ""    # "" = configs/database_configs.json


def new_run(params: RunParams, *, runs_dir: Path | None = None, system: cfg.SystemConfig | None = None) -> Path:
    """Create ``training_{YYYYmmdd_HHMMSS}`` with its state (pending) and a snapshot of the config.

    The database settings are checked first, so a bad site or a URL with a password in it is
    refused before a run folder (or anything that could hold the password) exists.
    """
    from .metadata import resolve_database  # imported when used: the GUI's window needs no database driver

    system = system or cfg.load_system_config()
    resolve_database(params.db, params.database_config_file, system)
    train, _ = cfg.train_settings(Path(params.train_config_file) if params.train_config_file else None,
                                  params.profile or None, params.train_overrides)
    runs_dir = Path(runs_dir or system.paths.runs_dir or default_runs_dir())
    run_dir = create_run_dir(runs_dir)
    layout = RunLayout(run_dir)
    cfg.dump_yaml(cfg.to_dict(system), layout.system_config)
    cfg.dump_yaml(train, layout.train_config)  # a later edit of the profiles file changes no run
    RunState.create(run_dir, **asdict(params))
    return run_dir


class _RunLock:
    """One process per run folder at a time (a second resume of the same run is refused). The lock file
    holds the process id and when that process started, so a lock left by a crash is not taken for a
    live one when the id is reused later (after a reboot, ids are given out anew)."""

    def __init__(self, run_dir: Path):
        self.path = RunLayout(run_dir).lock

    def __enter__(self) -> "_RunLock":
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                os.write(fd, " ".join(filter(None, (str(os.getpid()), _process_start(os.getpid())))).encode())
                os.close(fd)
                return self
            except FileExistsError:
                if is_worked_on(self.path.parent):
                    raise RunBusyError(coded("{folder} is already being worked on by another process (pid in "
                                             "{file}); wait for it or close that window", code="run_busy",
                                             folder=self.path.parent, file=self.path.name)) from None
                self.path.unlink(missing_ok=True)
        raise RunBusyError(coded("cannot lock {folder}", code="run_lock_failed", folder=self.path.parent))

    def __exit__(self, *exc: Any) -> None:
        self.path.unlink(missing_ok=True)


def is_worked_on(run_dir: Path) -> bool:
    """Whether a live process holds ``run_dir``'s lock. A run whose state says ``running`` with
    none was interrupted (killed, a power cut) and can be resumed."""
    try:
        return _pid_alive(RunLayout(run_dir).lock.read_text(errors="ignore").strip())
    except OSError:
        return False


def shown_status(status: str, run_dir: Path) -> str:
    """``status`` as a list of runs shows it: ``interrupted`` for a ``running`` run nobody works on."""
    return "interrupted" if status == "running" and not is_worked_on(run_dir) else status


def _pid_alive(text: str) -> bool:
    """Whether the process a lock file names ("PID [START]") runs: that id, started then (without START, written
    where the start could not be told: that id)."""
    pid_text, _, started = text.partition(" ")
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if started and _process_start(pid) not in (None, started):  # the id now belongs to another process
        return False
    return psutil.pid_exists(pid)


def _process_start(pid: int) -> str | None:
    """When process ``pid`` started (psutil's seconds since the epoch, as text): it tells two processes given the
    same id apart, also across a reboot. None where it cannot be told (no such process, no permission). On Linux
    psutil counts from the boot time, which a step of the system clock moves: a lock written before such a step
    then names another start and is taken for one left over."""
    try:
        return repr(psutil.Process(pid).create_time())
    except (psutil.Error, ValueError):  # ValueError: a negative id
        return None


def run_pipeline(run_dir: Path, *, orientation: OrientationProvider, reporter: Reporter | None = None,
                 until: str | None = None, password: Callable[[str], str | None] | None = None) -> RunState:
    """Run (or resume) the stages not done yet, up to ``until``; blocks until done or waiting.

    Returns the state: ``completed``; ``pending_orientation`` when the provider said "not
    now"; ``pending`` when stopped by ``until``. Raises :class:`Cancelled` or the error that
    stopped the run after marking the state ``cancelled`` or ``failed`` on disk.
    """
    run_dir = Path(run_dir)
    reporter = reporter or Reporter()
    if until is not None and until not in STAGES:
        raise ValueError(f"until: {until!r} is not a stage; use one of {', '.join(STAGES)}")
    state = RunState(run_dir)
    if not state.data:
        raise FileNotFoundError(coded("{folder} is not a run folder (no state.json)", code="not_a_run_folder",
                                      folder=run_dir))
    with _RunLock(run_dir):
        system = cfg.load_system_config(RunLayout(run_dir).system_config)
        stages = STAGES[: STAGES.index(until) + 1] if until else STAGES
        warnings = list(state.data.get("summary", {}).get("warnings", []))  # kept for the report, across resumes
        reporter = keeping_warnings(reporter, warnings)
        try:
            for stage in stages:
                if stage in state.stages_done:
                    continue
                reporter.cancel.check()
                state.update(status="running", stage=stage, message="")
                result = _STAGE_FUNCS[stage](run_dir, state, system, reporter, orientation, password)
                if result is None:  # waiting for orientation answers
                    state.update(status="pending_orientation",
                                 message=coded("waiting for orientation answers", code="state_waiting"))
                    return state
                state.update(stage_done=stage, warnings=warnings, **{stage: result})
        except Cancelled:
            state.update(status="cancelled", message=coded("cancelled by the user", code="state_cancelled"))
            reporter.message("Run cancelled", level="warning", code="run_cancelled")
            raise
        except BaseException as exc:
            state.update(status="failed", message=coded_text(exc) or str(exc) or type(exc).__name__)
            reporter.message("Run failed: {error}", level="error", code="run_failed",
                             error=coded_text(exc) or str(exc))
            raise
        if all(s in state.stages_done for s in STAGES):
            state.update(status="completed", message="")
        else:
            state.update(status="pending", message=coded("stopped after {stage}; resume to continue",
                                                         code="state_stopped_after", stage=stages[-1]))
        return state


# --------------------------------------------------------------------------- stages

def _ingest(run_dir: Path, state: RunState, system: cfg.SystemConfig, reporter: Reporter,
            orientation: OrientationProvider, password: Callable | None) -> dict:
    from .metadata import new_host_key_text, open_metadata, resolve_database

    p = state.params
    site_cfg = resolve_database(p.get("db", ""), p.get("database_config_file", ""), system)
    with open_metadata(site_cfg, system.database, password=password) as source:
        summary = ingest(Path(p["input_dir"]), run_dir, source, site=p["site"], line_id=p["line_id"],
                         config=system, reporter=reporter)
    if source.new_host_key:
        reporter.message(new_host_key_text(source.new_host_key), level="warning", stage="ingest")
    return summary


def orientation_request(run_dir: Path, system: cfg.SystemConfig) -> OrientationRequest:
    """The question for the engineer: the OK classes of this run with seeded samples."""
    raw = RunLayout(run_dir).raw_data
    images = {d.name: sorted(p for p in d.iterdir() if p.is_file())
              for d in sorted(raw.iterdir()) if d.is_dir() and d.name != NG}
    return OrientationRequest(images, system.orientation.samples_per_class, system.orientation.seed)


def _orientation(run_dir: Path, state: RunState, system: cfg.SystemConfig, reporter: Reporter,
                 orientation: OrientationProvider, password: Callable | None) -> dict | None:
    request = orientation_request(run_dir, system)
    reporter.stage("orientation", "Waiting for the orientation of {count} classes",
                   code="orientation_waiting", classes=request.classes, count=len(request.classes))
    answers = orientation(request)
    if answers is None:
        return None
    check_answers(request.classes, answers)
    atomic_write_json(RunLayout(run_dir).answers, {c: a.to_dict() for c, a in sorted(answers.items())})
    excluded = {c for c, a in answers.items() if a.orientation == EXCLUDE}
    if excluded:
        rows = read_manifest(run_dir)
        for row in rows:
            if row.fate == "included" and row.cls in excluded:
                row.fate, row.reason, row.detail = "left_out", EXCLUDED, f"class {row.cls} excluded by the engineer"
        write_manifest(run_dir, rows)
    return {"answered": len(answers), "excluded": sorted(excluded),
            "symmetric_180": sorted(c for c, a in answers.items() if a.symmetric_180)}


def _dataset(run_dir: Path, state: RunState, system: cfg.SystemConfig, reporter: Reporter,
             orientation: OrientationProvider, password: Callable | None) -> dict:
    return build_dataset(run_dir, load_answers(run_dir), system.dataset, reporter)


def _train(run_dir: Path, state: RunState, system: cfg.SystemConfig, reporter: Reporter,
           orientation: OrientationProvider, password: Callable | None) -> dict:
    from .training.config import load_train_config
    from .training.fit import train

    layout = RunLayout(run_dir)
    config = load_train_config(layout.train_config)
    result = train(layout.dataset, layout.model, config, reporter, resume=layout.last_checkpoint.exists())
    return {"best_model": str(Path(result.best_model).relative_to(run_dir)), **result.summary}


def _evaluate(run_dir: Path, state: RunState, system: cfg.SystemConfig, reporter: Reporter,
              orientation: OrientationProvider, password: Callable | None) -> dict:
    from .evaluation.evaluate import evaluate_run

    return evaluate_run(run_dir, system.evaluation, reporter, state.data.get("summary", {}).get("warnings", []))


_STAGE_FUNCS = {"ingest": _ingest, "orientation": _orientation, "dataset": _dataset, "train": _train,
                "evaluate": _evaluate}
