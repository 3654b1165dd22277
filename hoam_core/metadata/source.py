"""The connection to one run's metadata database and the lookups on it: the product name of each AOI image,
batched (one query per ``chunk_size`` image paths) with bound parameters only, and where a site's photos are.
Driver errors become a :class:`MetadataError` that says which host, setting or table to check."""
from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from pathlib import Path
from typing import Any, Callable, Iterable

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, NoSuchTableError
from sqlalchemy.pool import NullPool

from . import credentials
from ..config import DatabaseConfig, DatabaseSite
from .credentials import Prompt
from ..events import CancelToken, coded
from ..data.naming import AoiName
from .errors import MetadataError, clean
from .jump_host import JumpHost

log = logging.getLogger("hoam_core.metadata")

NEEDED_COLUMNS = ("uuid", "site", "line_id", "create_time", "product_name", "image_path")
PLACES_LISTED = 50  # sites and lines that places() names at most
APPLICATION_NAME = "hoam-trainer"  # shows in pg_stat_activity


def _as_datetime(value: Any) -> dt.datetime | None:
    """``create_time`` as the driver returns it (datetime from PostgreSQL, text from SQLite)."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


class MetadataSource:
    """One run's connection to the metadata database (and its SSH tunnel). Use as a context manager."""

    def __init__(self, site: DatabaseSite, config: DatabaseConfig, password: Prompt | None = None):
        self.site = site
        self.config = config
        self._prompt = password
        self._secrets: list[str] = []  # masked out of any driver text we pass on
        self._jump = JumpHost(site, config, password, self._secrets) if site.ssh else None
        self._engine: sa.Engine | None = None
        self._conn: sa.Connection | None = None
        self._table: sa.TableClause | None = None

    def __enter__(self) -> MetadataSource:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    @property
    def new_host_key(self) -> dict[str, str] | None:
        """The jump host's key when this connection saw it first and recorded it, for the user:
        {host, key_type, fingerprint, file}; else None."""
        return self._jump.new_host_key if self._jump is not None else None

    # ------------------------------------------------------------------ describing

    @property
    def _where(self) -> str:
        site = self.site
        if site.engine == "sqlite":
            return coded("SQLite database {path}", code="where_sqlite", path=site.path)
        if site.ssh:
            return coded("PostgreSQL server {host}:{port} (database {database!r}) through SSH jump host "
                         "{ssh_host}:{ssh_port}", code="where_postgres_ssh", host=site.host, port=site.port,
                         database=site.database, ssh_host=site.ssh.host, ssh_port=site.ssh.port)
        return coded("PostgreSQL server {host}:{port} (database {database!r})", code="where_postgres",
                     host=site.host, port=site.port, database=site.database)

    def _clean(self, text: str) -> str:
        return clean(text, self._secrets)

    # ------------------------------------------------------------------ connecting

    def _connection(self) -> sa.Connection:
        if self._conn is not None:
            return self._conn
        try:
            self._engine = self._sqlite_engine() if self.site.engine == "sqlite" else self._postgres_engine()
            log.info("connecting to %s", self._where)
            self._conn = self._engine.connect()
        except DBAPIError as exc:
            error = self._error(exc, "connect")  # before close(): it tells whether a tunnel was up
            self.close()
            raise error from None
        except BaseException:
            self.close()
            raise
        return self._conn

    def _sqlite_engine(self) -> sa.Engine:
        path = Path(self.site.path).expanduser()
        if not path.is_file():
            raise MetadataError("config", coded("SQLite database {path} does not exist; check 'path' in "
                                                "database_configs.json or the --db URL", code="db_sqlite_missing",
                                                path=path))
        uri = path.resolve().as_uri() + "?mode=ro"  # read-only: an input database is never changed
        timeout = self.config.connect_timeout_s
        return sa.create_engine("sqlite://", poolclass=NullPool, hide_parameters=True, creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=timeout, check_same_thread=False))

    def _postgres_engine(self) -> sa.Engine:
        host, port = self._jump.open() if self._jump is not None else (self.site.host, self.site.port)
        password = credentials.get_password(credentials.db_service(self.site), self.site.user,
                                            env_var=credentials.DB_PASSWORD_ENV, prompt=self._prompt)
        if password:
            self._secrets.append(password)
        url = sa.URL.create("postgresql+psycopg2", username=self.site.user, password=password,
                            host=host, port=port, database=self.site.database)
        return sa.create_engine(url, poolclass=NullPool, hide_parameters=True, connect_args={
            "connect_timeout": self.config.connect_timeout_s,
            "options": f"-c statement_timeout={self.config.query_timeout_s * 1000}",
            "application_name": APPLICATION_NAME,
        })

    def close(self) -> None:
        """Close the connection, the engine and the tunnel; safe to call more than once."""
        conn, engine = self._conn, self._engine
        self._conn, self._engine, self._table = None, None, None
        for closer in (conn and conn.close, engine and engine.dispose, self._jump and self._jump.close):
            if closer:
                try:
                    closer()
                except Exception as exc:  # closing a broken connection must not hide the error that broke it
                    log.debug("while closing %s: %s", self._where, self._clean(str(exc)))

    # ------------------------------------------------------------------ errors

    def _error(self, exc: DBAPIError, stage: str) -> MetadataError:
        """Map a driver error (``stage``: connect, check or query) to a MetadataError for people."""
        orig = exc.orig
        code = getattr(orig, "pgcode", None) or ""
        said = self._clean(str(orig))
        low = said.lower()
        where, site = self._where, self.site
        if (code.startswith("28") or "password authentication failed" in low or "no password supplied" in low
                or "pg_hba.conf" in low):
            return MetadataError("auth", coded("{where} refused the login of user {user!r} ({said}). Check the "
                                               "password ({env}, the OS keyring entry {entry}, or the prompt) and "
                                               "'user' in database_configs.json", code="db_login_refused",
                                               where=where, user=site.user, said=said,
                                               env=credentials.DB_PASSWORD_ENV, entry=credentials.db_service(site)))
        if code == "42501" or "permission denied" in low:
            return MetadataError("auth", coded("user {user!r} may not read table {table!r} on {where} ({said}); ask "
                                               "the database administrator to GRANT SELECT on it",
                                               code="db_no_permission", user=site.user, table=site.table,
                                               where=where, said=said))
        if code == "3D000" or re.search(r'database ".*" does not exist', low):
            return MetadataError("config", coded("{where}: database {database!r} does not exist; check 'database' "
                                                 "in database_configs.json", code="db_no_database", where=where,
                                                 database=site.database))
        if code in ("42P01", "42703", "42883") or "no such table" in low or "no such column" in low:
            return MetadataError("schema", coded("{where}: {said}; table {table!r} needs the columns {needed} "
                                                 "(check 'table' in database_configs.json)", code="db_schema",
                                                 where=where, said=said, table=site.table,
                                                 needed=", ".join(NEEDED_COLUMNS)))
        if code == "57014" or "statement timeout" in low or "timeout expired" in low or "database is locked" in low:
            if stage == "connect":
                return MetadataError("timeout", coded("{where} did not answer within {seconds} s "
                                                      "(database.connect_timeout_s) ({said}); check the network and "
                                                      "the server", code="db_timeout", where=where,
                                                      seconds=self.config.connect_timeout_s, said=said))
            return MetadataError("timeout", coded("a query on {where} took longer than {seconds} s "
                                                  "(database.query_timeout_s) ({said}); raise it, lower "
                                                  "database.chunk_size, or ask for an index on (site, line_id, "
                                                  "image_path)", code="db_query_timeout", where=where,
                                                  seconds=self.config.query_timeout_s, said=said))
        if "file is not a database" in low or "unable to open database" in low or "malformed" in low:
            return MetadataError("config", coded("{where} cannot be read as an SQLite database ({said}); check "
                                                 "'path' in database_configs.json or the --db URL",
                                                 code="db_not_sqlite", where=where, said=said))
        if isinstance(exc, sa.exc.OperationalError) or exc.connection_invalidated:
            if stage != "connect":
                return MetadataError("unreachable", coded("lost the connection to {where} during the lookup "
                                                          "({said}); check the server and the network, then run "
                                                          "again", code="db_connection_lost", where=where,
                                                          said=said))
            if self._jump is not None and self._jump.tunnel is not None:
                return MetadataError("tunnel", coded("{jump} accepted the login but could not open a connection to "
                                                     "{host}:{port} ({said}); check host and port as seen from the "
                                                     "jump host, and that it allows TCP forwarding",
                                                     code="ssh_no_forward", jump=self._jump.where, host=site.host,
                                                     port=site.port, said=said))
            return MetadataError("unreachable", coded("cannot reach {where} ({said}); check host and port in "
                                                      "database_configs.json, that the server runs, and the network "
                                                      "(VPN)", code="db_unreachable", where=where, said=said))
        return MetadataError("query", coded("the metadata query on {where} failed: {said}", code="db_query_failed",
                                            where=where, said=said))

    # ------------------------------------------------------------------ the work

    def _checked_table(self) -> sa.TableClause:
        """Connect, make sure the table has the columns the lookup needs, and can be read."""
        if self._table is not None:
            return self._table
        conn = self._connection()
        name = self.site.table
        try:
            inspector = sa.inspect(conn)
            try:
                present = {c["name"].lower() for c in inspector.get_columns(name)}
            except NoSuchTableError:
                tables = sorted(inspector.get_table_names())
                listed = ", ".join(tables[:20]) + (" ..." if len(tables) > 20 else "") if tables else "none"
                raise MetadataError("schema", coded("{where} has no table {table!r} (tables there: {listed}); check "
                                                    "'table' in database_configs.json", code="db_no_table",
                                                    where=self._where, table=name, listed=listed)) from None
            missing = [c for c in NEEDED_COLUMNS if c not in present]
            if missing:
                raise MetadataError("schema", coded("table {table!r} in {where} lacks the column(s) {missing}; the "
                                                    "lookup needs {needed}", code="db_missing_columns", table=name,
                                                    where=self._where, missing=", ".join(missing),
                                                    needed=", ".join(NEEDED_COLUMNS)))
            table = sa.table(name, *(sa.column(c) for c in NEEDED_COLUMNS))
            conn.execute(sa.select(table.c.uuid).limit(1)).all()
        except DBAPIError as exc:
            raise self._error(exc, "check") from None
        self._table = table
        return table

    def check(self) -> None:
        """Test the connection: connect (and tunnel), check the table and its columns."""
        self._checked_table()

    def lookup(self, names: Iterable[AoiName], site: str, line_id: str, *, cancel: CancelToken | None = None,
               progress: Callable[[int, int], None] | None = None) -> dict[str, str]:
        """``{image_path: product_name}`` for the names found on ``site`` and ``line_id``.

        A row matches when its ``create_time`` falls on the file's date give or take
        ``day_tolerance`` days. Of several matching rows the latest ``create_time`` wins, then
        the smallest ``uuid``. A NULL or blank product name counts as not found.
        """
        # image paths start with the file's date (YYYY-MM-DD/...): sorted, each chunk spans few days
        paths = sorted({name.image_path for name in names})
        if not paths:
            return {}
        t = self._checked_table()
        stmt = sa.select(t.c.image_path, t.c.product_name, t.c.create_time, t.c.uuid).where(
            t.c.site == sa.bindparam("site"), t.c.line_id == sa.bindparam("line_id"),
            t.c.image_path.in_(sa.bindparam("paths", expanding=True)),
            t.c.create_time >= sa.bindparam("start", type_=sa.Date()),
            t.c.create_time < sa.bindparam("end", type_=sa.Date()))
        tolerance = self.config.day_tolerance
        margin = dt.timedelta(days=tolerance)
        found: dict[str, str] = {}
        products: dict[str, str] = {}  # one string object per product name
        for first in range(0, len(paths), self.config.chunk_size):
            if cancel is not None:
                cancel.check()
            chunk = paths[first:first + self.config.chunk_size]
            dates = {p: dt.date.fromisoformat(p[:10]) for p in chunk}
            params = {"site": site, "line_id": line_id, "paths": chunk, "start": dates[chunk[0]] - margin,
                      "end": dates[chunk[-1]] + margin + dt.timedelta(days=1)}
            try:
                rows = self._conn.execute(stmt, params).all()
            except DBAPIError as exc:
                raise self._error(exc, "query") from None
            candidates: dict[str, list[tuple[dt.datetime, str, str]]] = {}
            for path, product, created, uuid in rows:
                when = _as_datetime(created)
                product = product.strip() if isinstance(product, str) else ""
                if product and when is not None and abs((when.date() - dates[path]).days) <= tolerance:
                    candidates.setdefault(path, []).append((when, str(uuid or ""), product))
            for path in chunk:  # keys: the strings in `paths`, not the driver's copies
                if path in candidates:
                    rows_of_path = candidates[path]
                    latest = max(r[0] for r in rows_of_path)
                    product = min((r[1], r[2]) for r in rows_of_path if r[0] == latest)[1]
                    found[path] = products.setdefault(product, product)
            if progress is not None:
                progress(first + len(chunk), len(paths))
        return found

    def places(self, *, site: str | None = None, names: Iterable[AoiName] = ()) -> list[tuple[str, str, int]]:
        """``(site, line_id, photos)``: the sites and lines the table has rows of (of ``site`` only, when given),
        at most :data:`PLACES_LISTED`. With ``names``: only those that hold some of their photos, with how many
        of them; of ``names`` the first ``chunk_size`` (sorted) are looked at, a sample one query answers.
        Without: every one, with 0. Tells the user where photos are when a run's site and line find none."""
        t = self._checked_table()
        place = (t.c.site, t.c.line_id)
        paths = sorted({name.image_path for name in names})[:self.config.chunk_size]
        params: dict[str, Any] = {}
        if paths:
            params["paths"] = paths
            stmt = sa.select(*place, sa.func.count(sa.distinct(t.c.image_path))).where(
                t.c.image_path.in_(sa.bindparam("paths", expanding=True))).group_by(*place)
        else:
            stmt = sa.select(*place, sa.literal(0)).distinct()
        if site is not None:
            params["site"] = site
            stmt = stmt.where(t.c.site == sa.bindparam("site"))
        stmt = stmt.order_by(*place).limit(PLACES_LISTED)
        try:
            rows = self._conn.execute(stmt, params).all()
        except DBAPIError as exc:
            raise self._error(exc, "query") from None
        return [(str(s), str(line), int(n)) for s, line, n in rows if s is not None and line is not None]


def open_metadata(site: DatabaseSite, config: DatabaseConfig, *, password: Prompt | None = None) -> MetadataSource:
    """A source for one run; connects on first use. ``password`` asks a person (CLI getpass, GUI dialog)
    when neither the environment nor the OS keyring has the password."""
    return MetadataSource(site, config, password)
