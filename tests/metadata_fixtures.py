"""The metadata tests' data and fixtures (test_metadata*.py): one scenario of names and rows (chunking,
midnight drift, site and line, duplicates, blanks, hostile values) in an SQLite file and in the test
PostgreSQL, each way to reach it (SQLite, PostgreSQL, PostgreSQL through the SSH jump host), and
counters of the connections and tunnels left open."""
from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import paramiko
import pytest
import sqlalchemy as sa

from hoam_core.config import DatabaseConfig, DatabaseSite
from hoam_core.metadata import APPLICATION_NAME, MetadataError, open_metadata
from hoam_core.data.naming import parse_aoi_name
from tests.db_services import amr_row, create_amr_table, insert_rows

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
