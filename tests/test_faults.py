"""Faults during a run: the disk fills up, the user cancels at every stage, two runs share one input, the
app dies while it waits for orientation answers, the process is killed while it trains. (The database's
and the SSH jump host's faults: test_faults_database.py.)

Each case checks the message (what broke, what to do), that the run says so on disk,
that nothing half-written looks complete, that no file outside the run folder changed,
and that the run can be resumed once the fault is gone.
"""
from __future__ import annotations

import contextlib
import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from hoam_core.config import load_system_config
from hoam_core.events import CancelToken, Cancelled, ListSink, Reporter, error_value
from hoam_core.pipeline import STAGES, is_worked_on, shown_status
from hoam_core.runs import DiskFullError, RunState, TaskStore

from .aoi_fixtures import aoi_name, row_for, write_photo
from .task_harness import CHUNK_OF_2, DONE, LINE, PRODUCT, REPO, SITE, Task, resume, run_task, task  # noqa: F401 - a fixture

# --------------------------------------------------------------------------- the disk

@contextlib.contextmanager
def small_disk(folder: Path, size: str):
    """A tmpfs of ``size`` mounted on ``folder`` (needs root, as in .ci/run)."""
    if os.geteuid() != 0:
        pytest.fail("the disk-full tests mount a small tmpfs and need root (.ci/run runs as root)")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def noisy_task(root: Path) -> Task:
    """Forty 64 px photos of noise: about 0.3 MB as JPEG, 2 MB as the dataset's PNGs."""
    task = Task(root)
    for i in range(40):
        write_photo(task.input / ("NG" if i % 8 == 0 else "OK") / aoi_name(i), seed=i, size=(64, 64))
        task.rows.append(row_for(aoi_name(i), PRODUCT))
    return task


@pytest.mark.parametrize("size,where", [("100k", "ingest"), ("200k", "state"), ("1m", "dataset")])
def test_disk_full(tmp_path, size, where):
    """The disk fills while ingest copies, while the state is saved after ingest, or while the dataset is written."""
    task = noisy_task(tmp_path)
    with small_disk(task.runs, size):
        result = run_task(task)
        assert isinstance(result.error, DiskFullError), result.error
        message = result.state.data["message"]
        assert result.state.status == "failed" and f"no space left on the disk holding {result.run_dir}" in message
        assert f"mounted at {task.runs}" in message and "free some space there" in message
        assert error_value(result.error)["coded"] == "disk_full"  # the GUI says it in the user's language
        done = {"ingest": [], "state": ["ingest"], "dataset": ["ingest", "orientation"]}[where]
        assert result.state.stages_done == done
        for name in ("dataset", "oriented_data", *(["raw_data", "manifest.csv"] if where == "ingest" else [])):
            assert not (result.run_dir / name).exists(), f"half-written {name} left behind"
        subprocess.run(["mount", "-o", "remount,size=16m", str(task.runs)], check=True)
        assert resume(result).stages_done == DONE, "the run goes on once there is space"
        assert TaskStore(task.runs).list()[0]["status"] == "pending"


# --------------------------------------------------------------------------- cancel

def cancel_on(stage: str) -> Reporter:
    """A reporter whose user presses Cancel when ``stage`` reports its first progress."""
    token = CancelToken()

    def cancel(event):
        if event.kind == "progress" and event.stage == stage:
            token.cancel()

    return Reporter(cancel, token)


@pytest.mark.parametrize("stage", ["ingest", "dataset"])
def test_cancel_during_a_stage(task, stage):
    result = run_task(task, reporter=cancel_on(stage), system=load_system_config(overrides=CHUNK_OF_2))
    assert isinstance(result.error, Cancelled) and result.state.status == "cancelled"
    assert result.state.data["message"] == "cancelled by the user"
    done_before = {"ingest": [], "dataset": ["ingest", "orientation"]}[stage]
    assert result.state.stages_done == done_before
    assert not (result.run_dir / "dataset").exists() and not list(result.run_dir.glob("*.partial"))
    if stage == "ingest":
        assert not (result.run_dir / "raw_data").exists() and not (result.run_dir / "manifest.csv").exists()
    assert resume(result).stages_done == DONE, "a cancelled run can be resumed"


def test_cancel_before_the_run_starts(task):
    reporter = Reporter(ListSink())
    reporter.cancel.cancel()
    result = run_task(task, reporter=reporter)
    assert isinstance(result.error, Cancelled) and result.state.status == "cancelled"
    assert result.state.stages_done == [] and not (result.run_dir / "raw_data").exists()


def test_cancel_while_waiting_for_orientation(task):
    token = CancelToken()

    def dialog_cancelled(request):  # the GUI's dialog: the user presses Cancel
        token.cancel()
        token.check()

    result = run_task(task, provider=dialog_cancelled, reporter=Reporter(ListSink(), token))
    assert isinstance(result.error, Cancelled) and result.state.status == "cancelled"
    assert result.state.stages_done == ["ingest"] and not (result.run_dir / "orientation_answers.json").exists()
    assert (result.run_dir / "raw_data" / "PROD_U1_top").is_dir(), "the ingest is kept"
    assert resume(result).stages_done == DONE


# --------------------------------------------------------------------------- processes

def _cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "hoam_core.cli", *args], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def test_two_runs_at_the_same_time_on_the_same_input(task):
    answers = task.root / "orientations.yaml"
    answers.write_text("PROD_U1_top: Up\n")
    db = task.sqlite()
    before = task.outside()
    args = ["run", "--input", str(task.input), "--site", SITE, "--line", LINE, "--db", db,
            "--orientations", str(answers), "--out", str(task.runs), "--until", "dataset"]
    procs = [_cli(*args), _cli(*args)]
    outputs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    run_dirs = sorted(task.runs.glob("training_*"))
    assert len(run_dirs) == 2, "each run has its own folder"
    for run_dir in run_dirs:
        state = RunState(run_dir)
        assert state.stages_done == DONE and state.data["summary"]["ingest"]["included"] == 6
        assert len(list((run_dir / "dataset").rglob("*.png"))) == 6 * 4
    assert sorted(r["run_dir"] for r in TaskStore(task.runs).list()) == [str(d) for d in run_dirs]
    assert task.outside() == before


WAITING_APP = """
import sys, time
from pathlib import Path
from hoam_core.config import SystemConfig
from hoam_core.pipeline import RunParams, new_run, run_pipeline

inp, db, runs = sys.argv[1:4]
run_dir = new_run(RunParams(inp, "HPH", "V31", db=db), runs_dir=Path(runs), system=SystemConfig())

def dialog(request):  # the orientation dialog is open: the engineer is thinking
    (Path(runs) / "dialog_open").write_text(str(run_dir))
    time.sleep(600)

run_pipeline(run_dir, orientation=dialog)
"""


def test_app_killed_while_waiting_for_orientation_then_reopened(task):
    db = task.sqlite()
    answers = task.root / "orientations.yaml"
    answers.write_text(yaml.safe_dump({"PROD_U1_top": "Left"}))
    before = task.outside()
    task.runs.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", WAITING_APP, str(task.input), db, str(task.runs)], cwd=REPO,
                            stderr=subprocess.PIPE, text=True)
    marker = task.runs / "dialog_open"
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    proc.kill()  # SIGKILL: no cleanup at all
    proc.wait(timeout=30)
    run_dir = Path(marker.read_text())
    state = RunState(run_dir)
    assert (state.status, state.stage, state.stages_done) == ("running", "orientation", ["ingest"])
    pid, started = (run_dir / "run.lock").read_text().split()
    assert pid == str(proc.pid) and started, "the dead app's lock is still there, with when the app started"
    # after a reboot the id may belong to another process (here: this one): the lock is still seen as left over
    (run_dir / "run.lock").write_text(f"{os.getpid()} {started}")
    assert not is_worked_on(run_dir) and shown_status("running", run_dir) == "interrupted"
    # the app is opened again: a new process resumes the run
    resumed = _cli("resume", str(run_dir), "--until", "dataset")
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 3 and "pending_orientation" in out, err  # asks again, no answers given
    resumed = _cli("resume", str(run_dir), "--orientations", str(answers), "--until", "dataset")
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    state = RunState(run_dir)
    assert state.stages_done == DONE and not (run_dir / "run.lock").exists()
    assert {p.name for p in (run_dir / "dataset" / "train").iterdir()} == {"Up", "Down", "Left", "Right", "NG"}
    assert task.outside() == before


def test_a_second_process_cannot_take_a_run_that_is_alive(task):
    db = task.sqlite()
    task.runs.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", WAITING_APP, str(task.input), db, str(task.runs)], cwd=REPO,
                            stderr=subprocess.PIPE, text=True)
    marker = task.runs / "dialog_open"
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
        run_dir = Path(marker.read_text())
        second = _cli("resume", str(run_dir), "--until", "dataset")
        out, err = second.communicate(timeout=120)
        assert second.returncode == 1 and "already being worked on by another process" in err
        assert "failed:" not in err  # the run did not fail: another process has it
        assert RunState(run_dir).status == "running", "the refused process must not touch the live run's state"
    finally:
        proc.kill()
        proc.wait(timeout=30)


# --------------------------------------------------------------------------- training

TINY_TRAINING = ["--profile", "cpu", *[arg for kv in (
    "model.branch_channels=32", "model.attention_heads=4", "model.embedding_size=16", "data.image_size=32",
    "data.batch_size=8", "data.m_per_class=2", "optim.epochs=4", "optim.warmup_epochs=1",
    "trainer.early_stopping_patience=0") for arg in ("--train-set", kv)]]


@pytest.mark.slow
def test_kill_9_during_training_then_resume(task):
    answers = task.root / "orientations.yaml"
    answers.write_text("PROD_U1_top: Up\n")
    db = task.sqlite()
    before = task.outside()
    proc = _cli("run", "--input", str(task.input), "--site", SITE, "--line", LINE, "--db", db, "--orientations",
                str(answers), "--out", str(task.runs), *TINY_TRAINING)
    deadline = time.monotonic() + 300
    last = None
    while last is None or not last.is_file():
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        found = list(task.runs.glob("training_*/model/checkpoints/last.ckpt"))
        last = found[0] if found else None
        time.sleep(0.01)
    proc.kill()  # SIGKILL in the middle of epoch 2 or so
    proc.communicate(timeout=30)
    run_dir = last.parents[2]
    state = RunState(run_dir)
    assert (state.status, state.stage) == ("running", "train"), "the kill came too late to test anything"
    assert not (run_dir / "model" / "best_model.pt").exists(), "no model may look finished after a kill"
    listed = _cli("runs", "--out", str(task.runs)).communicate(timeout=120)[0]
    assert f"{run_dir.name}  interrupted " in listed, listed  # not "running": nobody works on it any more
    resumed = _cli("resume", str(run_dir))
    out, err = resumed.communicate(timeout=600)
    state = RunState(run_dir)
    fit = state.data["summary"]["evaluate"]["fit_for_line"]  # 4 epochs on 24 photos: fit or not, the run ends
    assert resumed.returncode == (0 if fit else 4), err
    assert state.status == "completed" and state.stages_done == list(STAGES)
    assert state.data["summary"]["train"]["epochs_run"] == 4
    with open(run_dir / "model" / "metrics.csv", newline="") as f:
        epochs = [int(r["epoch"]) for r in csv.DictReader(f)]
    assert epochs == [1, 2, 3, 4], "each epoch once in the curves, also across the kill"
    from hoam_core.training.bundle import read_bundle

    assert read_bundle(run_dir / "model" / "best_model.pt")["class_names"] == ["Down", "Left", "Right", "Up"]
    assert task.outside() == before
