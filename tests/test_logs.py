"""Log files: they rotate, hold any text as UTF-8, never hold a password, and a log folder that
cannot be written never stops the program. The command line and the GUI's pipeline child
write their stages (and the traceback of a failure) into their own file.
"""
from __future__ import annotations

import logging
import os
import queue
import threading

import pytest

from app.processes import run_child
from hoam_core import logs
from hoam_core.cli import main
from hoam_core.events import ListSink, Reporter
from hoam_core.logs import logging_sink, setup_logging
from hoam_core.data.orientation import OrientationAnswer
from hoam_core.pipeline import RunParams, new_run

from .aoi_fixtures import aoi_name
from .test_paths import CLASS, LINE, SITE, run_cli, write_task

SECRET = "Pa55-Secret-4711"


@pytest.fixture(autouse=True)
def restore_logging():
    """Each test's log handlers go again afterwards (the loggers are process-wide)."""
    saved = {name: (list(logging.getLogger(name).handlers), logging.getLogger(name).level) for name in logs.LOGGERS}
    yield
    for name, (handlers, level) in saved.items():
        logger = logging.getLogger(name)
        for h in logger.handlers:
            if h not in handlers:
                h.close()
        logger.handlers[:] = handlers
        logger.setLevel(level)


def file_handlers(name: str) -> list[logging.Handler]:
    return [h for h in logging.getLogger(name).handlers if isinstance(h, logging.FileHandler)]


def test_the_log_rotates_and_keeps_five_old_files(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    path = setup_logging("rot", tmp_path)
    log = logging.getLogger("hoam.test")
    for i in range(400):
        log.info("line %04d %s", i, "x" * 60)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["rot.log", *(f"rot.log.{i}" for i in range(1, 6))]
    assert all(p.stat().st_size <= 4000 for p in tmp_path.iterdir())
    assert "line 0399" in path.read_text(encoding="utf-8")  # the newest lines are in rot.log
    assert "line 0000" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())  # the oldest went


def test_events_are_logged_in_utf8_with_their_level(tmp_path):
    path = setup_logging("events", tmp_path)
    seen = ListSink()
    reporter = Reporter(logging_sink(seen))
    reporter.stage("ingest", "Ingesting 3 files from D:\\資料 夾\\輸入資料")
    reporter.progress("ingest", 0.5, "tick 1/2")
    reporter.message("Lớp 產品 甲_U1_top has no validation photo", level="warning", stage="dataset")
    reporter.message("Run failed: 磁碟已滿", level="error")
    reporter.metrics("train", step=1, loss=0.5)
    reporter.metrics("val", epoch=1, precision_at_1=0.75)
    assert [e.kind for e in seen.events] == ["stage", "progress", "message", "message", "metrics", "metrics"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4, lines  # no progress tick, no training step
    assert lines[0].endswith("INFO hoam.run: [ingest] Ingesting 3 files from D:\\資料 夾\\輸入資料")
    assert lines[1].endswith("WARNING hoam.run: [dataset] Lớp 產品 甲_U1_top has no validation photo")
    assert lines[2].endswith("ERROR hoam.run: [run] Run failed: 磁碟已滿")
    assert lines[3].endswith("INFO hoam.run: [val] epoch 1, precision_at_1 0.75")
    assert f" {os.getpid()} " in lines[0]


def test_setup_twice_adds_no_second_handler(tmp_path):
    first = setup_logging("twice", tmp_path / "a")
    assert setup_logging("twice", tmp_path / "a") == first
    assert len(file_handlers("hoam")) == len(file_handlers("hoam_core")) == 1
    logging.getLogger("hoam.test").info("once")
    logging.getLogger("hoam_core.test").info("core line")
    logging.getLogger("hoam_core.metadata.sshtunnel").debug("Trying to log in with password: ******")
    text = first.read_text(encoding="utf-8")
    assert text.count("once") == 1 and "core line" in text
    assert "Trying to log in" not in text  # a library's debug chatter below hoam_core stays out
    second = setup_logging("twice", tmp_path / "b")  # another folder replaces the first
    logging.getLogger("hoam.test").info("moved")
    assert len(file_handlers("hoam")) == len(file_handlers("hoam_core")) == 1
    assert "moved" in second.read_text(encoding="utf-8") and "moved" not in first.read_text(encoding="utf-8")


def test_a_log_folder_that_cannot_be_made_warns_once_and_the_cli_goes_on(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    path = setup_logging("nowhere", blocker / "logs")
    setup_logging("nowhere", blocker / "logs")
    logging.getLogger("hoam.test").error("still running")
    err = capsys.readouterr().err
    assert err.count("warning: cannot write the log file in") == 1 and "going on without a log file" in err
    assert not path.exists()

    monkeypatch.setenv("HOAM_LOG_DIR", str(blocker / "cli logs"))
    task = write_task(tmp_path / "task", {f"OK/{aoi_name(i)}": i for i in range(4)})
    rc, run_dir = run_cli(task, tmp_path / "runs")
    err = capsys.readouterr().err
    assert rc == 0 and run_dir is not None
    assert err.count("cannot write the log file") == 1


def test_a_full_disk_while_logging_warns_once_and_goes_on(tmp_path, capsys):
    (tmp_path / "full.log").symlink_to("/dev/full")  # every write fails with "no space left on device"
    setup_logging("full", tmp_path)
    for i in range(3):
        logging.getLogger("hoam.test").info("line %d", i)
    err = capsys.readouterr().err
    assert err.count("warning: cannot write the log file") == 1 and "No space left" in err
    assert "Traceback" not in err


def test_cli_run_writes_its_stages_and_never_a_password(tmp_path, monkeypatch, capsys):
    logs_dir = tmp_path / "記錄 檔"
    monkeypatch.setenv("HOAM_LOG_DIR", str(logs_dir))
    monkeypatch.setenv("HOAM_DB_PASSWORD", SECRET)
    task = write_task(tmp_path / "task", {f"OK/{aoi_name(i)}": i for i in range(4)})
    rc, run_dir = run_cli(task, tmp_path / "runs")
    assert rc == 0
    log = (logs_dir / "hoam-trainer.log").read_text(encoding="utf-8")
    assert "INFO hoam.cli: hoam-trainer " in log and " run\n" in log
    for stage in ("[ingest] Ingesting 4 files", "[ingest] Ingest: 4 OK images", "[orientation] Waiting",
                  "[dataset] Building the dataset", "[dataset] Dataset: train"):
        assert stage in log, stage
    assert "100.0%" not in log  # progress ticks stay on the terminal
    assert "exit 0" in log and "details:" not in capsys.readouterr().err

    url = f"postgresql://operator:{SECRET}@db.example:5432/aoi"
    rc = main(["run", "--input", str(task.input), "--site", SITE, "--line", LINE, "--db", url,
               "--out", str(tmp_path / "runs")])
    said = capsys.readouterr()
    assert rc == 2 and "remove the password from the URL" in said.err
    log = (logs_dir / "hoam-trainer.log").read_text(encoding="utf-8")
    assert "remove the password from the URL" in log and "operator:***@db.example" in log
    assert SECRET not in log and SECRET not in said.out + said.err


def test_a_failed_cli_run_logs_its_traceback_and_names_the_log(tmp_path, monkeypatch, capsys):
    logs_dir = tmp_path / "logs"
    monkeypatch.setenv("HOAM_LOG_DIR", str(logs_dir))
    monkeypatch.setattr("app.processes.trace_crashes", lambda program: None)  # this process keeps pytest's
    task = write_task(tmp_path / "task", {f"OK/{aoi_name(i)}": i for i in range(4)})
    task.answers.write_text("SOME_OTHER_CLASS: Up\n", encoding="utf-8")
    rc, run_dir = run_cli(task, tmp_path / "runs")
    err = capsys.readouterr().err
    assert rc == 1
    assert err.rstrip().endswith(f"details: {logs_dir / 'hoam-trainer.log'}")
    log = (logs_dir / "hoam-trainer.log").read_text(encoding="utf-8")
    assert f"ERROR hoam.cli: run {run_dir} failed\nTraceback (most recent call last):" in log
    assert "OrientationError" in log and f"no answer for 1 class(es): {CLASS}" in log


def test_the_gui_pipeline_child_logs_to_its_own_file(tmp_path, monkeypatch):
    logs_dir = tmp_path / "logs"
    monkeypatch.setenv("HOAM_LOG_DIR", str(logs_dir))
    monkeypatch.setattr("app.processes.trace_crashes", lambda program: None)  # this process keeps pytest's
    task = write_task(tmp_path / "task", {f"OK/{aoi_name(i)}": i for i in range(4)})
    params = RunParams(input_dir=str(task.input), site=SITE, line_id=LINE, db=f"sqlite:///{task.db}")
    outbox, inbox, cancel = queue.Queue(), queue.Queue(), threading.Event()

    inbox.put({CLASS: OrientationAnswer("Up")})
    run_child(str(new_run(params, runs_dir=tmp_path / "runs")), "dataset", outbox, inbox, cancel)
    inbox.put({"NOT_A_CLASS": OrientationAnswer("Up")})
    run_child(str(new_run(params, runs_dir=tmp_path / "runs")), "dataset", outbox, inbox, cancel)

    messages = [outbox.get_nowait() for _ in range(outbox.qsize())]
    done = [m[1] for m in messages if m[0] == "done"]
    assert done == ["pending", "failed"]
    log = (logs_dir / "pipeline.log").read_text(encoding="utf-8")
    assert log.count("INFO hoam.run: [dataset] Building the dataset") == 1
    assert log.count("INFO hoam.run: [ingest] Ingesting 4 files") == 2
    assert "DEBUG hoam.run: [run] Traceback (most recent call last):" in log and "OrientationError" in log
    assert not (logs_dir / "hoam-trainer.log").exists()


CRASHING = """
import faulthandler, sys
from pathlib import Path
from hoam_core.logs import trace_crashes
print(trace_crashes("gui", Path(sys.argv[1])), flush=True)
def redraw():
    faulthandler._sigsegv() if sys.argv[2] == "crash" else None
redraw()
"""


def test_a_hard_crash_leaves_a_trace_that_the_next_start_claims_once(tmp_path):
    import subprocess
    import sys

    def session(how: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", CRASHING, str(tmp_path), how], capture_output=True, text=True,
                              timeout=60)

    quiet = session("exit")
    assert quiet.returncode == 0 and quiet.stdout.strip().endswith(".log")
    assert list(tmp_path.iterdir()) == [], "a normal exit removes its empty trace file"
    crashed = session("crash")
    assert crashed.returncode != 0
    live = tmp_path / f"gui-faults-{crashed.stdout.strip().rsplit('-', 1)[-1]}"
    assert live.is_file() and "Segmentation fault" in live.read_text(encoding="utf-8")
    (tmp_path / "gui-faults-999999.log").touch()  # another window, still running: nothing written yet
    (claimed,) = logs.claim_crash_traces("gui", tmp_path)
    assert claimed.name.startswith("gui-crash-") and "in redraw" in claimed.read_text(encoding="utf-8")
    assert logs.claim_crash_traces("gui", tmp_path) == [], "said once"
    assert (tmp_path / "gui-faults-999999.log").is_file()
