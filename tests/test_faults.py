"""Faults during a run, against the real PostgreSQL and sshd of ``.ci/services.sh``.

The database goes away at the start or in the middle of the lookup, the password is
wrong, the SSH jump host refuses, the disk fills up, the user cancels at every stage,
two runs share one input, and the app dies while it waits for orientation answers.
Each case checks the message (what broke, what to do), that the run says so on disk,
that nothing half-written looks complete, that no file outside the run folder changed,
and that the run can be resumed once the fault is gone.
"""
from __future__ import annotations

import contextlib
import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from hoam_core.config import load_system_config
from hoam_core.events import CancelToken, Cancelled, ListSink, Reporter, error_value
from hoam_core.metadata import APPLICATION_NAME, MetadataError
from hoam_core.pipeline import STAGES, is_worked_on, run_pipeline, shown_status
from hoam_core.runs import DiskFullError, RunState, TaskStore

from .aoi_fixtures import aoi_name, row_for, write_photo
from .db_services import drop_database, free_port, insert_rows, new_database
from .task_harness import DONE, LINE, PRODUCT, REPO, SITE, Result, Task, all_up, base_task, run_task, task  # noqa: F401 - a fixture

def pg_url(db, port: int | None = None) -> str:
    s = db.server
    return f"postgresql://{s.user}@{s.host}:{port or s.port}/{db.name}"


def load_rows(db, rows: list[dict]) -> None:
    engine = db.engine()
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM amr_raw_data"))
        insert_rows(conn, rows)
    engine.dispose()


@pytest.fixture
def pg_task(tmp_path, pg_database, monkeypatch) -> tuple[Task, str]:
    """A task with twelve OK photos whose rows are in the module's PostgreSQL database."""
    task = base_task(tmp_path)
    for i in range(10, 18):
        task.add(aoi_name(i), seed=i)
    load_rows(pg_database, task.rows)
    monkeypatch.setenv("HOAM_DB_PASSWORD", pg_database.server.password)
    return task, pg_url(pg_database)


def assert_failed_cleanly(result: Result, *words: str) -> None:
    """Failed, said why on disk, and left no output that looks complete."""
    assert result.error is not None and result.state.status == "failed"
    for w in words:
        assert w in str(result.error) and w in result.state.data["message"], (w, str(result.error))
    assert not (result.run_dir / "raw_data").exists() and not (result.run_dir / "manifest.csv").exists()
    assert not list(result.run_dir.glob("*.partial"))
    assert TaskStore(result.run_dir.parent).list()[0]["status"] == "failed"


def resume(result: Result, until: str = "dataset"):
    return run_pipeline(result.run_dir, orientation=all_up, until=until)


def admin_sql(server, sql: str, **params) -> list:
    engine = server.engine(isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        result = conn.execute(sa.text(sql), params)
        rows = result.all() if result.returns_rows else []
    engine.dispose()
    return rows


def on_first_ingest_progress(action) -> Reporter:
    """A reporter that runs ``action`` once, after the first chunk of the lookup (the run is mid-lookup)."""
    fired = []

    def act(event):
        if event.kind == "progress" and event.stage == "ingest" and not fired:
            fired.append(True)
            action()

    return Reporter(act)


CHUNK_OF_2 = {"database": {"chunk_size": 2}}


# --------------------------------------------------------------------------- the database

@pytest.mark.postgres
def test_postgres_down_at_start(pg_task, pg_database):
    task, _ = pg_task
    port = free_port()
    result = run_task(task, db=pg_url(pg_database, port))
    assert_failed_cleanly(result, f"cannot reach PostgreSQL server 127.0.0.1:{port}", "check host and port")
    assert isinstance(result.error, MetadataError) and result.error.kind == "unreachable"


@pytest.mark.postgres
def test_wrong_password(pg_task, monkeypatch):
    task, url = pg_task
    monkeypatch.setenv("HOAM_DB_PASSWORD", "wrong-Secret-4711")
    result = run_task(task, db=url)
    assert_failed_cleanly(result, "refused the login of user 'hoam_test'", "HOAM_DB_PASSWORD")
    assert result.error.kind == "auth"
    for f in task.root.rglob("*"):
        assert not f.is_file() or b"wrong-Secret-4711" not in f.read_bytes(), f"the password landed in {f}"
    assert "wrong-Secret-4711" not in str(result.error)


@pytest.mark.postgres
def test_connection_killed_in_the_middle_of_the_lookup(pg_task, pg_server, pg_database):
    task, url = pg_task
    killed = []

    def kill():
        killed.extend(admin_sql(pg_server, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                           "WHERE application_name = :app AND datname = :db",
                                app=APPLICATION_NAME, db=pg_database.name))

    result = run_task(task, db=url, system=load_system_config(overrides=CHUNK_OF_2),
                      reporter=on_first_ingest_progress(kill))
    assert killed == [(True,)], "the lookup's connection was not found"
    assert_failed_cleanly(result, "lost the connection to PostgreSQL server", "then run again")
    assert result.error.kind == "unreachable"
    assert resume(result).stages_done == DONE, "the run goes on once the server is back"
    assert len(Result(result.run_dir, RunState(result.run_dir), None, ListSink()).manifest) == 14


@pytest.mark.postgres
def test_database_dropped_in_the_middle_of_the_lookup(tmp_path, pg_server, monkeypatch):
    db = new_database(pg_server)
    try:
        task = base_task(tmp_path)
        for i in range(10, 18):
            task.add(aoi_name(i), seed=i)
        load_rows(db, task.rows)
        monkeypatch.setenv("HOAM_DB_PASSWORD", pg_server.password)

        def drop():
            admin_sql(pg_server, f'DROP DATABASE "{db.name}" WITH (FORCE)')

        result = run_task(task, db=pg_url(db), system=load_system_config(overrides=CHUNK_OF_2),
                          reporter=on_first_ingest_progress(drop))
        assert_failed_cleanly(result, "lost the connection to PostgreSQL server")
        with pytest.raises(MetadataError, match=f"database '{db.name}' does not exist; check 'database'"):
            resume(result)
        assert RunState(result.run_dir).status == "failed"
    finally:
        drop_database(db)


@pytest.mark.postgres
def test_lookup_blocked_longer_than_the_query_timeout(pg_task, pg_database):
    task, url = pg_task
    engine = pg_database.engine()
    try:
        with engine.connect() as locker:
            locker.execute(sa.text("LOCK TABLE amr_raw_data IN ACCESS EXCLUSIVE MODE"))  # held until rollback
            result = run_task(task, db=url, system=load_system_config(overrides={"database": {"query_timeout_s": 1}}))
            locker.rollback()
    finally:
        engine.dispose()
    assert result.error is not None and result.error.kind == "timeout"
    assert "database.query_timeout_s" in result.state.data["message"]
    assert resume(result).stages_done == DONE


@pytest.mark.postgres
@pytest.mark.sshd
@pytest.mark.parametrize("how", ["wrong-key", "no-sshd"])
def test_ssh_jump_host_refuses_the_tunnel(pg_task, pg_database, sshd_server, how):
    task, _ = pg_task
    ssh = {"host": sshd_server.host, "user": sshd_server.user, "port": sshd_server.port,
           "key_file": sshd_server.wrong_key_file}
    if how == "no-sshd":
        ssh.update(port=free_port(), key_file=sshd_server.key_file)
    sites = task.root / "database_configs.json"
    s = pg_database.server
    sites.write_text(json.dumps({"PLANT": {"engine": "postgresql", "host": s.host, "port": s.port,
                                           "database": pg_database.name, "user": s.user, "ssh": ssh}}))
    result = run_task(task, db="PLANT", database_config_file=str(sites))
    expected = {"wrong-key": f"refused the login of user '{sshd_server.user}' with key file",
                "no-sshd": f"SSH jump host 127.0.0.1:{ssh['port']} refused the connection"}[how]
    assert_failed_cleanly(result, expected)
    assert result.error.kind == "tunnel"


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


@pytest.mark.postgres
def test_ctrl_c_on_the_command_line_while_the_lookup_waits(pg_task, pg_database, tmp_path):
    """SIGINT while a query waits on a lock: the run stops at the next safe point, exit 130, state cancelled."""
    task, url = pg_task
    engine = pg_database.engine()
    with engine.connect() as locker:
        locker.execute(sa.text("LOCK TABLE amr_raw_data IN ACCESS EXCLUSIVE MODE"))
        proc = subprocess.Popen([sys.executable, "-m", "hoam_core.cli", "run", "--input", str(task.input),
                                 "--site", SITE, "--line", LINE, "--db", url, "--out", str(task.runs),
                                 "--until", "dataset"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        try:
            deadline = time.monotonic() + 60
            while not admin_sql(pg_database.server, "SELECT 1 FROM pg_stat_activity WHERE application_name = :a "
                                                    "AND datname = :db AND wait_event_type = 'Lock'",
                                a=APPLICATION_NAME, db=pg_database.name):
                assert time.monotonic() < deadline and proc.poll() is None, proc.communicate()
                time.sleep(0.1)
            proc.send_signal(signal.SIGINT)
            time.sleep(0.5)
        finally:
            locker.rollback()
    engine.dispose()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    (run_dir,) = task.runs.glob("training_*")
    assert "Cancelling at the next safe point" in err and f"cancelled: {run_dir}" in err
    state = RunState(run_dir)
    assert state.status == "cancelled" and not (run_dir / "raw_data").exists()
    assert not list(run_dir.glob("*.partial")) and not (run_dir / "run.lock").exists()


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
    "data.batch_size=10", "data.m_per_class=2", "optim.epochs=4", "optim.warmup_epochs=1",
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

    assert read_bundle(run_dir / "model" / "best_model.pt")["class_names"] == ["Down", "Left", "NG", "Right", "Up"]
    assert task.outside() == before
