"""Faults of the metadata database during a run, against the real PostgreSQL and sshd of ``.ci/services.sh``:
the database goes away at the start or in the middle of the lookup, the password is wrong, a lookup waits
on a lock past the query timeout or until Ctrl+C, the SSH jump host refuses.

Each case checks the message (what broke, what to do), that the run says so on disk, that nothing
half-written looks complete, and that the run can be resumed once the fault is gone.
"""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from hoam_core.config import load_system_config
from hoam_core.events import ListSink, Reporter
from hoam_core.metadata import APPLICATION_NAME, MetadataError
from hoam_core.runs import RunState, TaskStore

from .aoi_fixtures import aoi_name
from .db_services import drop_database, free_port, insert_rows, new_database
from .task_harness import CHUNK_OF_2, DONE, LINE, REPO, SITE, Result, Task, base_task, resume, run_task

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
