"""Metadata lookup against real databases: an SQLite file, the test PostgreSQL, and the same
PostgreSQL through the test sshd's tunnel. (What a plant can throw at it: test_metadata_failures.py.)"""
from __future__ import annotations

import hashlib
import subprocess
import sys

import psycopg2
import pytest
import sqlalchemy as sa

from hoam_core.config import DatabaseConfig, DatabaseSite
from hoam_core.events import CancelToken, Cancelled
from hoam_core.metadata import MetadataError, open_metadata, resolve_site
from hoam_core.data.naming import parse_aoi_name
from tests.db_services import BENCH_DIR, drop_database, new_database
from tests.metadata_fixtures import (EXPECTED, HOSTILE, HOSTILE_NAME, NAMES, ROWS, aoi, server_connections,  # noqa: F401 (fixtures)
                                     ssh_transports, backend, loaded_pg, no_password_in_environment, sqlite_db)


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
