"""Every failure a plant can throw at the metadata lookup, against the real databases: wrong or no password,
server down, silent or slow, missing table or column, connection lost mid-lookup, the SSH jump host
refusing, bad key files."""
from __future__ import annotations

import dataclasses
import logging
import socket
import time

import pytest
import sqlalchemy as sa

from hoam_core.config import DatabaseConfig, DatabaseSite
from hoam_core.metadata import APPLICATION_NAME, MetadataError, open_metadata
from tests.db_services import drop_database, free_port, new_database
from tests.metadata_fixtures import (EXPECTED, NAMES, ROWS, failure, ssh_transports,  # noqa: F401 (fixtures)
                                     loaded_pg, no_password_in_environment, sqlite_db)


# ---------------------------------------------------------------------------------------------- faults

def test_wrong_password_is_auth_and_never_shown(loaded_pg, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    error = failure(loaded_pg.site(), lambda _: "Wr0ng-s3cret-pw")
    assert error.kind == "auth"
    assert "hoam_test" in str(error) and "HOAM_DB_PASSWORD" in str(error)
    monkeypatch.setenv("HOAM_DB_PASSWORD", "Env-s3cret-pw")
    error2 = failure(loaded_pg.site(), lambda _: pytest.fail("the environment variable comes first"))
    assert error2.kind == "auth"
    for secret in ("Wr0ng-s3cret-pw", "Env-s3cret-pw", loaded_pg.server.password):
        assert secret not in str(error) + str(error2) + caplog.text


def test_no_password_is_auth(loaded_pg):
    error = failure(loaded_pg.site(), None)
    assert error.kind == "auth" and "no password supplied" in str(error)


def test_password_never_logged_on_success(loaded_pg, sshd_server, caplog):
    caplog.set_level(logging.DEBUG)
    with open_metadata(loaded_pg.site(ssh=sshd_server.ssh()), DatabaseConfig(),
                       password=lambda _: loaded_pg.server.password) as source:
        assert source.lookup(NAMES, "HPH", "V31") == EXPECTED
    assert "127.0.0.1" in caplog.text  # something was logged
    assert loaded_pg.server.password not in caplog.text


def test_server_down_or_unknown_host_is_unreachable(pg_server):
    port = free_port()
    error = failure(pg_server.site("x", port=port), lambda _: "pw")
    assert error.kind == "unreachable" and f"127.0.0.1:{port}" in str(error)
    error = failure(pg_server.site("x", host="no-such-host.invalid"), lambda _: "pw")
    assert error.kind == "unreachable" and "no-such-host.invalid" in str(error)


def test_silent_server_is_a_timeout(pg_server):
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        started = time.monotonic()
        error = failure(pg_server.site("x", port=silent.getsockname()[1]), lambda _: "pw", connect_timeout_s=2)
    assert error.kind == "timeout" and "connect_timeout_s" in str(error)
    assert time.monotonic() - started < 10


def test_missing_database_table_or_column(loaded_pg, sqlite_db):
    prompt = lambda _: loaded_pg.server.password  # noqa: E731
    error = failure(loaded_pg.site(database="no_such_db"), prompt)
    assert error.kind == "config" and "no_such_db" in str(error)
    for site, prompt_ in [(loaded_pg.site(table="nothing_here"), prompt),
                          (DatabaseSite(engine="sqlite", path=str(sqlite_db), table="nothing_here"), None)]:
        error = failure(site, prompt_)
        assert error.kind == "schema" and "nothing_here" in str(error) and "amr_raw_data" in str(error)
        error = failure(dataclasses.replace(site, table="no_product"), prompt_)
        assert error.kind == "schema" and "product_name" in str(error)


def test_sqlite_path_problems_are_config(tmp_path):
    error = failure(DatabaseSite(engine="sqlite", path=str(tmp_path / "missing.sqlite")))
    assert error.kind == "config" and "missing.sqlite" in str(error)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    error = failure(DatabaseSite(engine="sqlite", path=str(junk)))
    assert error.kind == "config" and "junk.sqlite" in str(error)


def test_slow_query_is_a_timeout(loaded_pg):
    engine = loaded_pg.engine()
    with engine.connect() as blocker:
        blocker.execute(sa.text("LOCK TABLE amr_raw_data IN ACCESS EXCLUSIVE MODE"))
        error = failure(loaded_pg.site(), lambda _: loaded_pg.server.password, query_timeout_s=1)
        blocker.rollback()
    engine.dispose()
    assert error.kind == "timeout" and "query_timeout_s" in str(error)


@pytest.mark.parametrize("fault", ["killed", "dropped"])
def test_connection_lost_during_lookup(pg_server, fault):
    db = new_database(pg_server)
    try:
        db.insert(ROWS)

        def progress(done, total):
            admin = pg_server.engine(isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                if fault == "killed":
                    conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE datname = :d AND application_name = :a"),
                                 {"d": db.name, "a": APPLICATION_NAME})
                else:
                    conn.execute(sa.text(f'DROP DATABASE "{db.name}" WITH (FORCE)'))
            admin.dispose()

        with pytest.raises(MetadataError) as info:
            with open_metadata(db.site(), DatabaseConfig(chunk_size=4), password=lambda _: pg_server.password) as s:
                s.lookup(NAMES, "HPH", "V31", progress=progress)
        assert info.value.kind == "unreachable" and "during the lookup" in str(info.value)
    finally:
        drop_database(db)


# ---------------------------------------------------------------------------------------------- tunnel faults

def test_tunnel_refused(loaded_pg, sshd_server):
    prompt = lambda text: loaded_pg.server.password if "/db/" in text else None  # noqa: E731 - no SSH password
    closed = free_port()
    cases = {
        "refused the connection": sshd_server.ssh(port=closed),
        "refused the login": sshd_server.ssh(key_file=sshd_server.wrong_key_file),
        "no SSH session": sshd_server.ssh(port=loaded_pg.server.port),  # PostgreSQL is no SSH server
        "no password for SSH user": sshd_server.ssh(key_file=""),
    }
    for words, ssh in cases.items():
        error = failure(loaded_pg.site(ssh=ssh), prompt)
        assert error.kind == "tunnel" and words in str(error), str(error)
        assert f"{ssh.host}:{ssh.port}" in str(error)
    assert ssh_transports() == 0


def test_ssh_password_refused_and_not_shown(loaded_pg, sshd_server, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("HOAM_SSH_PASSWORD", "Ssh-s3cret-pw")
    error = failure(loaded_pg.site(ssh=sshd_server.ssh(key_file="")), lambda _: loaded_pg.server.password)
    assert error.kind == "tunnel" and "refused the login" in str(error)
    assert "Ssh-s3cret-pw" not in str(error) + caplog.text


def test_database_behind_the_tunnel_unreachable(loaded_pg, sshd_server):
    error = failure(loaded_pg.site(ssh=sshd_server.ssh(), port=free_port()), lambda _: loaded_pg.server.password)
    assert error.kind == "tunnel" and "accepted the login" in str(error)
    assert ssh_transports() == 0


def test_bad_key_files_are_config(loaded_pg, sshd_server, tmp_path):
    not_a_key = tmp_path / "id_ed25519"
    not_a_key.write_text("hello\n")
    for key, words in [(tmp_path / "absent", "cannot read"), (not_a_key, "not a usable private key")]:
        error = failure(loaded_pg.site(ssh=sshd_server.ssh(key_file=str(key))), None)
        assert error.kind == "config" and str(key) in str(error) and words in str(error)
