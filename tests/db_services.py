"""Pytest fixtures for the real PostgreSQL and sshd that ``.ci/services.sh`` starts, and the
``amr_raw_data`` schema that they and the SQLite tests share.

Loaded by tests/conftest.py (``pytest_plugins = ["tests.db_services"]``). Settings come from
the HOAM_TEST_* environment variables, else from ``$HOAM_TEST_SERVICES/env.sh``. When the
services are not running, the fixtures fail (they never skip) and say how to start them.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import os
import shlex
import socket
import uuid
from pathlib import Path
from typing import Any, Iterator

import psycopg2
import pytest
import sqlalchemy as sa

from hoam_core.config import DatabaseSite, SshConfig

SERVICES_DIR = Path(os.environ.get("HOAM_TEST_SERVICES", "/tmp/hoam-test-services"))
START_HINT = "start the test services with `bash .ci/services.sh` (as root) and run the tests again"
BENCH_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench"
TABLE = "amr_raw_data"


def bench_columns() -> list[tuple[str, str]]:
    """``COLUMNS`` of ../shared/bench/make_input.py: the table's columns and SQL types."""
    spec = importlib.util.spec_from_file_location("bench_make_input", BENCH_DIR / "make_input.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.COLUMNS


def create_amr_table(conn: sa.Connection, name: str = TABLE, columns: list[tuple[str, str]] | None = None,
                     index: bool = True) -> None:
    """``CREATE TABLE`` as make_input.py writes it (or with ``columns``), plus the index the lookup
    needs (the plants' databases should have it too): ``(site, line_id, image_path)``."""
    columns = bench_columns() if columns is None else columns
    names = {c for c, _ in columns}
    ddl = ", ".join(f"{c} {t}" for c, t in columns)
    if {"uuid", "site", "factory", "create_time"} <= names:
        ddl += ", PRIMARY KEY (uuid, site, factory, create_time)"
    conn.execute(sa.text(f"CREATE TABLE {name} ({ddl})"))
    if index and {"site", "line_id", "image_path"} <= names:
        conn.execute(sa.text(f"CREATE INDEX ix_{name}_lookup ON {name} (site, line_id, image_path)"))


def amr_row(**fields: Any) -> dict[str, Any]:
    """A full ``amr_raw_data`` row: the given fields, the rest filled with plain values."""
    row = {c: "" for c, _ in bench_columns()}
    row.update(uuid=str(uuid.uuid4()), site="HPH", line_id="V31", factory="F1")
    row.update(fields)
    return row


def insert_rows(conn: sa.Connection, rows: list[dict[str, Any]], name: str = TABLE) -> None:
    table = sa.Table(name, sa.MetaData(), autoload_with=conn)
    if rows:
        conn.execute(table.insert(), rows)


def free_port() -> int:
    """A loopback port nothing listens on (for 'unreachable' tests)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServicesNotRunning(RuntimeError):
    """The test services are not set up; the message says how to start them."""


def service_settings() -> dict[str, str]:
    """HOAM_TEST_* settings from the environment, else from env.sh; ServicesNotRunning when absent."""
    env_file = SERVICES_DIR / "env.sh"
    found = {k: v for k, v in os.environ.items() if k.startswith("HOAM_TEST_")}
    if "HOAM_TEST_PG_PORT" not in found and env_file.is_file():
        for line in env_file.read_text().splitlines():
            words = shlex.split(line, comments=True)
            if len(words) == 2 and words[0] == "export" and "=" in words[1]:
                key, _, value = words[1].partition("=")
                found.setdefault(key, value)
    needed = ["HOAM_TEST_PG_HOST", "HOAM_TEST_PG_PORT", "HOAM_TEST_PG_USER", "HOAM_TEST_PG_PASSWORD",
              "HOAM_TEST_PG_DB", "HOAM_TEST_SSH_HOST", "HOAM_TEST_SSH_PORT", "HOAM_TEST_SSH_USER",
              "HOAM_TEST_SSH_KEY"]
    missing = [k for k in needed if not found.get(k)]
    if missing:
        raise ServicesNotRunning(f"test services not set up ({', '.join(missing)} missing; no {env_file}): "
                                 f"{START_HINT}")
    return found


def _settings() -> dict[str, str]:
    try:
        return service_settings()
    except ServicesNotRunning as exc:
        message = str(exc)
    pytest.fail(message, pytrace=False)


@dataclasses.dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    user: str
    password: str
    admin_db: str

    @classmethod
    def from_settings(cls, s: dict[str, str]) -> PgServer:
        return cls(s["HOAM_TEST_PG_HOST"], int(s["HOAM_TEST_PG_PORT"]), s["HOAM_TEST_PG_USER"],
                   s["HOAM_TEST_PG_PASSWORD"], s["HOAM_TEST_PG_DB"])

    def url(self, database: str | None = None) -> sa.URL:
        return sa.URL.create("postgresql+psycopg2", username=self.user, password=self.password, host=self.host,
                             port=self.port, database=database or self.admin_db)

    def engine(self, database: str | None = None, **kwargs: Any) -> sa.Engine:
        return sa.create_engine(self.url(database), poolclass=sa.pool.NullPool, **kwargs)

    def site(self, database: str, **fields: Any) -> DatabaseSite:
        """The DatabaseSite a user would configure for ``database`` (no password in it)."""
        return DatabaseSite(**{"engine": "postgresql", "host": self.host, "port": self.port, "database": database,
                               "user": self.user, **fields})


@dataclasses.dataclass(frozen=True)
class SshServer:
    host: str
    port: int
    user: str
    key_file: str
    wrong_key_file: str

    @classmethod
    def from_settings(cls, s: dict[str, str]) -> SshServer:
        return cls(s["HOAM_TEST_SSH_HOST"], int(s["HOAM_TEST_SSH_PORT"]), s["HOAM_TEST_SSH_USER"],
                   s["HOAM_TEST_SSH_KEY"], s.get("HOAM_TEST_SSH_WRONG_KEY", ""))

    def ssh(self, **fields: Any) -> SshConfig:
        return SshConfig(**{"host": self.host, "user": self.user, "port": self.port, "key_file": self.key_file,
                            **fields})


@dataclasses.dataclass(frozen=True)
class PgDatabase:
    server: PgServer
    name: str

    def engine(self) -> sa.Engine:
        return self.server.engine(self.name)

    def site(self, **fields: Any) -> DatabaseSite:
        return self.server.site(fields.pop("database", self.name), **fields)

    def insert(self, rows: list[dict[str, Any]], table: str = TABLE) -> None:
        engine = self.engine()
        with engine.begin() as conn:
            insert_rows(conn, rows, table)
        engine.dispose()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by the services they use (``-m postgres``, ``-m sshd``, ``-m "not sshd"``)."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & {"pg_server", "pg_database"}:
            item.add_marker(pytest.mark.postgres)
        if "sshd_server" in used:
            item.add_marker(pytest.mark.sshd)


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    """The test PostgreSQL server (role with CREATEDB and superuser rights, password auth)."""
    server = PgServer.from_settings(_settings())
    try:
        psycopg2.connect(host=server.host, port=server.port, user=server.user, password=server.password,
                         dbname=server.admin_db, connect_timeout=5).close()
    except psycopg2.Error as exc:
        pytest.fail(f"the test PostgreSQL at {server.host}:{server.port} does not answer "
                    f"({str(exc).strip().splitlines()[0]}): {START_HINT}", pytrace=False)
    return server


def new_database(server: PgServer, with_table: bool = True) -> PgDatabase:
    """A fresh, empty database (with an empty amr_raw_data table and its index)."""
    name = f"hoam_test_{uuid.uuid4().hex[:12]}"
    admin = server.engine(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    db = PgDatabase(server, name)
    if with_table:
        engine = db.engine()
        with engine.begin() as conn:
            create_amr_table(conn)
        engine.dispose()
    return db


def drop_database(db: PgDatabase) -> None:
    admin = db.server.engine(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{db.name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module")
def pg_database(pg_server: PgServer) -> Iterator[PgDatabase]:
    """A fresh database per test module holding an empty amr_raw_data table; dropped afterwards."""
    db = new_database(pg_server)
    yield db
    drop_database(db)


@pytest.fixture(scope="session")
def sshd_server() -> SshServer:
    """The test sshd on loopback: key login for one user, TCP forwarding allowed, no passwords."""
    server = SshServer.from_settings(_settings())
    if not Path(server.key_file).is_file():
        pytest.fail(f"the test SSH key {server.key_file} is missing: {START_HINT}", pytrace=False)
    try:
        with socket.create_connection((server.host, server.port), timeout=5) as sock:
            sock.settimeout(5)
            banner = sock.recv(64)
    except OSError as exc:
        pytest.fail(f"the test sshd at {server.host}:{server.port} does not answer ({exc}): {START_HINT}",
                    pytrace=False)
    if not banner.startswith(b"SSH-"):
        pytest.fail(f"{server.host}:{server.port} is not the test sshd: {START_HINT}", pytrace=False)
    return server
