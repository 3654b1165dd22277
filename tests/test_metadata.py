"""Metadata lookup against real databases: an SQLite file, the test PostgreSQL, and the same
PostgreSQL through the test sshd's tunnel; plus every failure a plant can throw at it."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import paramiko
import psycopg2
import pytest
import sqlalchemy as sa

from hoam_core.config import DatabaseConfig, DatabaseSite
from hoam_core.events import CancelToken, Cancelled
from hoam_core.metadata import APPLICATION_NAME, MetadataError, open_metadata, resolve_site
from hoam_core.data.naming import parse_aoi_name
from tests.db_services import (BENCH_DIR, amr_row, create_amr_table, drop_database, free_port, insert_rows,
                               new_database)

HOSTILE = "x'); DROP TABLE amr_raw_data; --"


@pytest.fixture(autouse=True)
def no_password_in_environment(monkeypatch):
    """Passwords come from the prompt callback here, unless a test sets the variables itself."""
    monkeypatch.delenv("HOAM_DB_PASSWORD", raising=False)
    monkeypatch.delenv("HOAM_SSH_PASSWORD", raising=False)


def aoi(when: str, board: str = "TRB00001_T", comp: str = "Q1"):
    return parse_aoi_name(f"{when}_{board}@{comp}_1_top.jpg")


HOSTILE_NAME = aoi("20250905090200", board="TRB'; DROP TABLE amr_raw_data;--", comp="C%")


def scenario():
    """(names, rows, expected) covering chunking, midnight drift, site/line, duplicates, blanks, hostile values."""
    names, rows, expected = [], [], {}

    def add(name, *row_fields, want=None):
        names.append(name)
        rows.extend(amr_row(image_path=name.image_path, image_name=name.file_name, **f) for f in row_fields)
        if want is not None:
            expected[name.image_path] = want

    t0 = dt.datetime(2025, 9, 5, 7, 34, 42)
    for i in range(23):  # more than a few chunks of 4
        when = t0 + dt.timedelta(seconds=37 * i)
        add(aoi(f"{when:%Y%m%d%H%M%S}", board=f"B{i:03d}_T"),
            {"create_time": when + dt.timedelta(seconds=2), "product_name": f"P{i % 3}"}, want=f"P{i % 3}")
    # the database clock is already on the next (or still on the previous) day at midnight
    add(aoi("20250905235958"), {"create_time": dt.datetime(2025, 9, 6, 0, 0, 1), "product_name": "MID-NEXT"},
        want="MID-NEXT")
    add(aoi("20250906000001"), {"create_time": dt.datetime(2025, 9, 5, 23, 59, 59), "product_name": "MID-PREV"},
        want="MID-PREV")
    add(aoi("20250910100000"), {"create_time": dt.datetime(2025, 9, 12, 10, 0, 0), "product_name": "TWO-DAYS"})
    # same chunk as files of other days: the SQL range covers this row, the per-file check must not
    add(aoi("20250901100000"), {"create_time": dt.datetime(2025, 9, 4, 10, 0, 0), "product_name": "THREE-DAYS"})
    add(aoi("20250905080000", board="OTHER_T"),
        {"create_time": dt.datetime(2025, 9, 5, 8, 0, 1), "product_name": "SITE", "site": "JQ"},
        {"create_time": dt.datetime(2025, 9, 5, 8, 0, 2), "product_name": "LINE", "line_id": "V32"})
    # two rows for one image: the latest create_time wins, then the smallest uuid; blank rows never win
    add(aoi("20250905081000", board="DUP1_T"),
        {"create_time": dt.datetime(2025, 9, 5, 8, 10, 3), "product_name": "NEW", "uuid": "b"},
        {"create_time": dt.datetime(2025, 9, 5, 8, 10, 1), "product_name": "OLD", "uuid": "a"}, want="NEW")
    add(aoi("20250905081100", board="DUP2_T"),
        {"create_time": dt.datetime(2025, 9, 5, 8, 11, 2), "product_name": "ZED", "uuid": "z"},
        {"create_time": dt.datetime(2025, 9, 5, 8, 11, 2), "product_name": "ANT", "uuid": "a"}, want="ANT")
    add(aoi("20250905081200", board="DUP3_T"),
        {"create_time": dt.datetime(2025, 9, 5, 8, 12, 9), "product_name": None, "uuid": "c"},
        {"create_time": dt.datetime(2025, 9, 5, 8, 12, 1), "product_name": "GOOD", "uuid": "d"}, want="GOOD")
    for i, blank in enumerate([None, "", "   "]):
        add(aoi(f"2025090509000{i}", board=f"BLANK{i}_T"),
            {"create_time": dt.datetime(2025, 9, 5, 9, 0, i), "product_name": blank})
    add(aoi("20250905090100", board="PAD_T"), {"create_time": dt.datetime(2025, 9, 5, 9, 1), "product_name": " PWR-C\t"},
        want="PWR-C")
    add(HOSTILE_NAME, {"create_time": dt.datetime(2025, 9, 5, 9, 2), "product_name": HOSTILE}, want=HOSTILE)
    add(aoi("20250905090300", board="NOROW_T"))  # no row at all
    names.append(names[0])  # the same image twice (two sub-folders)
    return names, rows, expected


NAMES, ROWS, EXPECTED = scenario()
NO_PRODUCT_COLUMNS = [(c, "VARCHAR(64)") for c in ROWS[0] if c != "product_name"]  # a table lacking a column


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("meta") / "metadata.sqlite"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        create_amr_table(conn)
        insert_rows(conn, ROWS)
        create_amr_table(conn, "no_product", NO_PRODUCT_COLUMNS)
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def loaded_pg(pg_database):
    pg_database.insert(ROWS)
    engine = pg_database.engine()
    with engine.begin() as conn:
        create_amr_table(conn, "no_product", NO_PRODUCT_COLUMNS)
    engine.dispose()
    return pg_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres),
                        pytest.param("ssh", marks=[pytest.mark.postgres, pytest.mark.sshd])])
def backend(request) -> tuple[DatabaseSite, object]:
    """(site, password prompt) for each way to reach the same rows."""
    if request.param == "sqlite":
        return DatabaseSite(engine="sqlite", path=str(request.getfixturevalue("sqlite_db"))), None
    db = request.getfixturevalue("loaded_pg")
    prompt = lambda text: db.server.password  # noqa: E731 - the GUI/CLI pass a dialog or getpass
    if request.param == "postgres":
        return db.site(), prompt
    sshd = request.getfixturevalue("sshd_server")
    return db.site(ssh=sshd.ssh()), prompt  # the database as seen from the jump host


def server_connections(db, settle: bool = True) -> int:
    """Connections of this app to ``db`` as the server sees them (``settle``: wait for ones just closed)."""
    engine = db.server.engine()
    try:
        for _ in range(50 if settle else 1):
            with engine.connect() as conn:
                n = conn.execute(sa.text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d AND "
                                         "application_name = :a"), {"d": db.name, "a": APPLICATION_NAME}).scalar()
            if n == 0:
                break
            time.sleep(0.05)
        return n
    finally:
        engine.dispose()


def ssh_transports(settle: bool = True) -> int:
    """Live SSH transports (paramiko runs one thread per transport)."""
    for _ in range(50 if settle else 1):
        alive = [t for t in threading.enumerate() if isinstance(t, paramiko.Transport) and t.is_alive()]
        if not alive:
            break
        time.sleep(0.05)
    return len(alive)


def failure(site, prompt=None, **config) -> MetadataError:
    with pytest.raises(MetadataError) as info:
        with open_metadata(site, DatabaseConfig(**config), password=prompt) as source:
            source.check()
    return info.value


# ---------------------------------------------------------------------------------------------- lookups

@pytest.mark.parametrize("chunk_size", [1, 4, 1000])
def test_lookup_finds_exactly_the_matching_rows(backend, chunk_size):
    site, prompt = backend
    calls = []
    with open_metadata(site, DatabaseConfig(chunk_size=chunk_size), password=prompt) as source:
        source.check()
        found = source.lookup(NAMES, "HPH", "V31", progress=lambda done, total: calls.append((done, total)))
        again = source.lookup(list(reversed(NAMES)), "HPH", "V31")
    assert found == EXPECTED
    assert again == found  # deterministic whatever the order
    unique = len({n.image_path for n in NAMES})
    assert calls[-1] == (unique, unique)
    assert len(calls) == -(-unique // chunk_size)  # one query per chunk


def test_values_are_bound_never_spliced(backend):
    site, prompt = backend
    with open_metadata(site, DatabaseConfig(), password=prompt) as source:
        assert source.lookup(NAMES, "HPH", "V31' OR '1'='1") == {}
        assert source.lookup(NAMES, "%", "%") == {}
        assert source.lookup(NAMES, "HPH", "V31")[HOSTILE_NAME.image_path] == HOSTILE
    with open_metadata(site, DatabaseConfig(), password=prompt) as source:
        source.check()  # the table survived


def test_places_say_which_sites_and_lines_hold_the_photos(backend):
    """What "Test connection" tells when a run's site and line find none of its photos."""
    site, prompt = backend
    held = {}  # (site, line) -> the image paths it has rows of
    for row in ROWS:
        held.setdefault((row["site"], row["line_id"]), set()).add(row["image_path"])
    with open_metadata(site, DatabaseConfig(), password=prompt) as source:
        assert source.places() == [(s, line, 0) for s, line in sorted(held)]
        assert source.places(site="JQ") == [("JQ", "V31", 0)]
        assert source.places(names=NAMES) == [(s, line, len(paths)) for (s, line), paths in sorted(held.items())]
        other = aoi("20250905080000", board="OTHER_T")  # rows on another site and another line only
        assert source.places(names=[other, other]) == [("HPH", "V32", 1), ("JQ", "V31", 1)]
        assert source.places(site="HPH", names=[other]) == [("HPH", "V32", 1)]
        assert source.places(names=[aoi("20250905090300", board="NOROW_T")]) == []
        assert source.places(site=HOSTILE) == [] and source.places(site="%") == []  # bound, never spliced
    with open_metadata(site, DatabaseConfig(chunk_size=4), password=prompt) as source:
        sample = source.places(names=NAMES)  # one query: the first 4 photos
        assert sum(n for _, _, n in sample) == 4


def test_no_tolerance_means_the_same_day_only(sqlite_db):
    with open_metadata(DatabaseSite(engine="sqlite", path=str(sqlite_db)), DatabaseConfig(day_tolerance=0)) as source:
        found = source.lookup(NAMES, "HPH", "V31")
    assert set(EXPECTED) - set(found) == {aoi("20250905235958").image_path, aoi("20250906000001").image_path}


def test_sqlite_file_is_opened_read_only(sqlite_db):
    before = hashlib.sha256(sqlite_db.read_bytes()).hexdigest()
    listing = sorted(p.name for p in sqlite_db.parent.iterdir())
    with open_metadata(DatabaseSite(engine="sqlite", path=str(sqlite_db)), DatabaseConfig()) as source:
        source.check()
        assert source.lookup(NAMES, "HPH", "V31") == EXPECTED
        with pytest.raises(sa.exc.OperationalError, match="readonly"):  # the connection itself refuses writes
            source._conn.execute(sa.text("DELETE FROM amr_raw_data"))
    assert hashlib.sha256(sqlite_db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in sqlite_db.parent.iterdir()) == listing


def test_cancel_between_chunks_closes_everything(loaded_pg, sshd_server):
    token = CancelToken()
    calls = []

    def progress(done, total):
        calls.append(done)
        token.cancel()

    site = loaded_pg.site(ssh=sshd_server.ssh())
    with pytest.raises(Cancelled):
        with open_metadata(site, DatabaseConfig(chunk_size=4), password=lambda _: loaded_pg.server.password) as source:
            source.lookup(NAMES, "HPH", "V31", cancel=token, progress=progress)
    assert calls == [4]  # the second chunk was never asked for
    assert server_connections(loaded_pg) == 0
    assert ssh_transports() == 0


def test_connection_and_tunnel_are_closed_on_exit_and_on_error(loaded_pg, sshd_server):
    site = loaded_pg.site(ssh=sshd_server.ssh())
    prompt = lambda _: loaded_pg.server.password  # noqa: E731
    with open_metadata(site, DatabaseConfig(), password=prompt) as source:
        source.check()
        source.lookup(NAMES, "HPH", "V31")
        assert server_connections(loaded_pg, settle=False) == 1  # one connection per run
        assert ssh_transports(settle=False) == 1  # one tunnel per run
    assert server_connections(loaded_pg) == 0
    assert ssh_transports() == 0
    with pytest.raises(RuntimeError, match="boom"):
        with open_metadata(site, DatabaseConfig(), password=prompt) as source:
            source.lookup(NAMES, "HPH", "V31")
            raise RuntimeError("boom")
    assert server_connections(loaded_pg) == 0
    assert ssh_transports() == 0


def test_bench_task_is_found_in_sqlite_and_postgres(tmp_path_factory, pg_server):
    out = tmp_path_factory.mktemp("bench") / "task"
    subprocess.run([sys.executable, str(BENCH_DIR / "make_input.py"), "--out", str(out)], check=True,
                   capture_output=True)
    names = [parse_aoi_name(p.name) for p in sorted((out / "input").rglob("*")) if p.is_file()]
    assert len(names) == 232
    db = new_database(pg_server, with_table=False)
    try:
        conn = psycopg2.connect(host=pg_server.host, port=pg_server.port, user=pg_server.user,
                                password=pg_server.password, dbname=db.name)
        with conn, conn.cursor() as cur:
            cur.execute((out / "metadata.sql").read_text())
            cur.execute("CREATE INDEX ix_amr_raw_data_lookup ON amr_raw_data (site, line_id, image_path)")
        conn.close()
        sqlite_file = out / "metadata.sqlite"
        before = hashlib.sha256(sqlite_file.read_bytes()).hexdigest()
        results = []
        for site, prompt in [(DatabaseSite(engine="sqlite", path=str(sqlite_file)), None),
                             (db.site(), lambda _: pg_server.password)]:
            with open_metadata(site, DatabaseConfig(), password=prompt) as source:
                results.append(source.lookup(names, "HPH", "V31"))
        assert len(results[0]) == 232
        assert results[0] == results[1]
        assert set(results[0].values()) == {"PWR-A", "PWR-B"}
        assert hashlib.sha256(sqlite_file.read_bytes()).hexdigest() == before
    finally:
        drop_database(db)


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


# ---------------------------------------------------------------------------------------------- --db

def test_resolve_site_by_name_or_url(tmp_path):
    embedded = DatabaseSite(engine="sqlite", path=str(tmp_path / "m.sqlite"))
    sites = {"embedded": embedded}
    assert resolve_site("embedded", sites) is embedded
    assert resolve_site(f"sqlite:///{tmp_path}/x.sqlite", sites).path == str(tmp_path / "x.sqlite")
    pg = resolve_site("postgresql://reader@db.example:6543/amr", sites)
    assert (pg.engine, pg.host, pg.port, pg.user, pg.database, pg.ssh) == (
        "postgresql", "db.example", 6543, "reader", "amr", None)
    assert resolve_site("postgresql+psycopg2://reader@db.example/amr", sites).port == 5432
    with pytest.raises(MetadataError, match="embedded") as info:
        resolve_site("HPX", sites)
    assert info.value.kind == "config"
    with pytest.raises(MetadataError, match="remove the password") as info:
        resolve_site("postgresql://reader:Url-s3cret@db.example/amr", sites)
    assert "Url-s3cret" not in str(info.value) and info.value.kind == "config"
    for bad, words in [("mysql://reader@h/amr", "not supported"), ("postgresql://reader@/amr", "host"),
                       ("postgresql://reader@h/amr?sslmode=require", "sslmode"), ("sqlite://", "path")]:
        with pytest.raises(MetadataError, match=words):
            resolve_site(bad, sites)
