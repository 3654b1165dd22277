"""Metadata lookup: the product name of each AOI image, from the plant's ``amr_raw_data`` table.

An SQLite file (opened read-only) or PostgreSQL, optionally through an SSH jump host. One
:class:`MetadataSource` per run holds one connection and at most one tunnel, and closes both
on exit, also after an error or a cancel. Lookups are batched (one query per
``chunk_size`` image paths) with bound parameters only. Every failure becomes a
:class:`MetadataError` that says which host, setting or table to check; no password ever
appears in a message or a log line.

The SSH jump host must show a known host key before any login is tried (OpenSSH's
``StrictHostKeyChecking=accept-new``): the key pinned in ``ssh.host_key``, else the one recorded
in the per-user :func:`known_hosts_file`; a host seen for the first time has its key recorded
there, with a warning in the log.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import socket
import sqlite3
from pathlib import Path
from typing import Any, Callable, Iterable

import paramiko
import sqlalchemy as sa
import sshtunnel
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchTableError
from sqlalchemy.pool import NullPool

from . import credentials
from .credentials import Prompt
from .config import (ConfigError, DatabaseConfig, DatabaseSite, SystemConfig, build, load_database_configs,
                     user_config_dir)
from .events import CancelToken, coded
from .naming import AoiName

log = logging.getLogger(__name__)

NEEDED_COLUMNS = ("uuid", "site", "line_id", "create_time", "product_name", "image_path")
PLACES_LISTED = 50  # sites and lines that places() names at most
APPLICATION_NAME = "hoam-trainer"  # shows in pg_stat_activity


class MetadataError(RuntimeError):
    """The metadata database cannot answer; the message says what to check.

    ``kind``: unreachable, tunnel, auth, schema, timeout, config or query.
    """

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def _hide_password(text: str) -> str:
    """``scheme://user:secret@host`` -> ``scheme://user:***@host`` in any text."""
    return re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", text)


def resolve_site(db: str, sites: dict[str, DatabaseSite]) -> DatabaseSite:
    """A site from ``database_configs.json`` by name, or one made from an SQLAlchemy URL."""
    if db in sites:
        return sites[db]
    if "://" not in db:
        known = ", ".join(sorted(sites)) or "none"
        raise MetadataError("config", coded("unknown database site {site!r}; the sites in database_configs.json are: "
                                            "{known}. Give one of them or a URL such as sqlite:///path/to/file.sqlite "
                                            "or postgresql://user@host:5432/database", code="db_unknown_site",
                                            site=db, known=known))
    try:
        url = make_url(db)
    except ArgumentError:
        raise MetadataError("config", coded("{db} is not a database URL; use sqlite:///path/to/file.sqlite or "
                                            "postgresql://user@host:5432/database", code="db_not_a_url",
                                            db=_hide_password(db))) from None
    shown = url.render_as_string(hide_password=True)
    if url.password is not None:
        raise MetadataError("config", coded("{db}: remove the password from the URL (it would end up in logs and "
                                            "the shell history); set {env} or store it in the OS keyring (Settings), "
                                            "or type it when asked", code="db_password_in_url", db=shown,
                                            env=credentials.DB_PASSWORD_ENV))
    if url.query:
        raise MetadataError("config", f"{shown}: URL options ({', '.join(url.query)}) are not supported; remove them")
    backend = url.get_backend_name()
    if backend == "sqlite":
        data: dict[str, Any] = {"engine": "sqlite", "path": str(Path(url.database).resolve()) if url.database else ""}
    elif backend == "postgresql":
        data = {"engine": "postgresql", "host": url.host or "", "port": url.port or 5432,
                "database": url.database or "", "user": url.username or ""}
    else:
        raise MetadataError("config", f"{shown}: database type {backend!r} is not supported; use sqlite or postgresql")
    try:
        return build(DatabaseSite, data, f"database URL {shown}")
    except ConfigError as exc:
        raise MetadataError("config", str(exc)) from None



def resolve_database(db: str, database_config_file: str, system: SystemConfig) -> DatabaseSite:
    """The metadata database named by ``db`` (a site or a URL; empty: the system's default site) among the sites
    of ``database_config_file`` (empty: the config folders' file)."""
    sites = load_database_configs(Path(database_config_file) if database_config_file else None)
    return resolve_site(db or system.database.default_site, sites)

def known_hosts_file() -> Path:
    """The per-user file (OpenSSH known_hosts format) of the jump-host keys trusted on first use."""
    return user_config_dir() / "known_hosts"


def new_host_key_text(key: dict[str, str]) -> str:
    """What to tell the user when the SSH jump host was seen for the first time and its key recorded
    (``MetadataSource.new_host_key``)."""
    return (f"The SSH jump host {key['host']} was new: its {key['key_type']} key {key['fingerprint']} is trusted "
            f"from now on (recorded in {key['file']}). If IT did not set up this server just now, check the "
            "fingerprint with them")


def _known_hosts_name(host: str, port: int) -> str:
    """How OpenSSH names a host in known_hosts: ``host`` on port 22, else ``[host]:port``."""
    return host if port == 22 else f"[{host}]:{port}"


class _ErrorLog(logging.Handler):
    """Keeps the error lines sshtunnel logs (it logs the reason a tunnel failed, and raises a vague one)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


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
        self._tunnel: sshtunnel.SSHTunnelForwarder | None = None
        self._engine: sa.Engine | None = None
        self._conn: sa.Connection | None = None
        self._table: sa.TableClause | None = None
        # the jump host's key when this connection saw it first and recorded it, for the user:
        # {host, key_type, fingerprint, file}
        self.new_host_key: dict[str, str] | None = None

    def __enter__(self) -> MetadataSource:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

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
        """The first lines of a driver message, without any password we know of."""
        text = " ".join(line.strip() for line in str(text).strip().splitlines()[:2])
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return _hide_password(text)

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
        host, port = self._open_tunnel() if self.site.ssh else (self.site.host, self.site.port)
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

    def _open_tunnel(self) -> tuple[str, int]:
        ssh = self.site.ssh
        assert ssh is not None
        where = self._jump_host
        timeout = self.config.connect_timeout_s
        try:
            sock = socket.create_connection((ssh.host, ssh.port), timeout=timeout)
        except socket.gaierror:
            raise MetadataError("tunnel", coded("{where}: the name {host!r} cannot be resolved; check ssh.host in "
                                                "database_configs.json and the network (VPN, DNS)",
                                                code="ssh_unresolvable", where=where, host=ssh.host)) from None
        except TimeoutError:
            raise MetadataError("timeout", coded("{where} did not answer within {seconds} s "
                                                 "(database.connect_timeout_s); check the network, VPN and firewall",
                                                 code="ssh_timeout", where=where, seconds=timeout)) from None
        except OSError as exc:
            raise MetadataError("tunnel", coded("{where} refused the connection ({why}); check ssh.host and ssh.port "
                                                "in database_configs.json and that sshd runs there",
                                                code="ssh_refused", where=where, why=exc.strerror or exc)) from None
        with sock:
            expected = self._host_key(sock)
        if ssh.key_file:
            auth: dict[str, Any] = {"ssh_pkey": self._ssh_key()}
            how = f"key file {ssh.key_file}"
        else:
            password = credentials.get_password(credentials.ssh_service(ssh), ssh.user,
                                                env_var=credentials.SSH_PASSWORD_ENV, prompt=self._prompt)
            if not password:
                raise MetadataError("tunnel", coded("{where}: no password for SSH user {user!r}; set ssh.key_file in "
                                                    "database_configs.json, or {env}, or store it in the OS keyring "
                                                    "(Settings)", code="ssh_no_password", where=where, user=ssh.user,
                                                    env=credentials.SSH_PASSWORD_ENV))
            self._secrets.append(password)
            auth = {"ssh_password": password}
            how = "the password"
        errors = _ErrorLog()
        tunnel_log = logging.Logger(f"{__name__}.sshtunnel")  # private: records only this tunnel's errors
        tunnel_log.parent = log
        tunnel_log.addHandler(errors)
        tunnel = sshtunnel.SSHTunnelForwarder(
            (ssh.host, ssh.port), ssh_username=ssh.user, remote_bind_address=(self.site.host, self.site.port),
            local_bind_address=("127.0.0.1", 0), ssh_config_file=None, allow_agent=False,
            host_pkey_directories=[], logger=tunnel_log, ssh_host_key=expected, **auth)
        try:
            tunnel.start()  # paramiko compares the server's key with ssh_host_key before it logs in
        except (sshtunnel.BaseSSHTunnelForwarderError, paramiko.SSHException, OSError):
            offered = None
            if tunnel.is_active:  # the handshake went through: the key was refused, or the login
                try:
                    offered = tunnel._transport.get_remote_server_key()
                except paramiko.SSHException:
                    pass
                tunnel._transport.close()
            # not tunnel.stop(): it waits forever for forwarding servers that never started
            for server in tunnel._server_list:
                server.server_close()
            if offered is not None and offered.asbytes() != expected.asbytes():
                raise self._changed_key(expected, offered) from None
            handshake = [line.split(" : ", 1)[-1] for line in errors.lines if line.startswith("Could not connect")]
            if handshake:
                raise self._no_session(handshake[-1]) from None
            raise MetadataError("tunnel", coded("{where} refused the login of user {user!r} with {how}; check "
                                                "ssh.user and ssh.key_file in database_configs.json (the public key "
                                                "must be in the user's authorized_keys there) or {env}",
                                                code="ssh_login_refused", where=where, user=ssh.user, how=how,
                                                env=credentials.SSH_PASSWORD_ENV)) from None
        self._tunnel = tunnel
        # Nagle's algorithm on the SSH socket meets delayed ACKs: ~40 ms lost per query without this
        sock = getattr(tunnel._transport, "sock", None)
        if isinstance(sock, socket.socket):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        log.info("SSH tunnel via %s to %s:%s is up", where, self.site.host, self.site.port)
        return "127.0.0.1", tunnel.local_bind_port

    @property
    def _jump_host(self) -> str:
        return coded("SSH jump host {host}:{port}", code="where_jump_host", host=self.site.ssh.host,
                     port=self.site.ssh.port)

    def _no_session(self, reason: str) -> MetadataError:
        return MetadataError("tunnel", coded("{where}: no SSH session ({said}); check that ssh.host and ssh.port "
                                             "name an SSH server", code="ssh_no_session", where=self._jump_host,
                                             said=self._clean(reason)))

    def _host_key(self, sock: socket.socket) -> paramiko.PKey:
        """The key the jump host must show: ``ssh.host_key``, else the one recorded in
        :func:`known_hosts_file`, else the one it shows now on ``sock`` (recorded there)."""
        ssh, where = self.site.ssh, self._jump_host
        try:
            pinned = ssh.host_key_parts()
        except ConfigError as exc:
            raise MetadataError("config", f"{where}: ssh.{exc} (database_configs.json)") from None
        if pinned is not None:
            try:
                return paramiko.PKey.from_type_string(*pinned)
            except (paramiko.UnknownKeyType, paramiko.SSHException, ValueError):
                raise MetadataError("config", f"{where}: ssh.host_key in database_configs.json holds a {pinned[0]} "
                                              "key that cannot be used (Ed25519, ECDSA and RSA keys can); give "
                                              "another of the server's keys (ssh-keyscan lists them)") from None
        path, name = known_hosts_file(), _known_hosts_name(ssh.host, ssh.port)
        known = paramiko.HostKeys()
        try:
            if path.is_file():
                known.load(str(path))
        except OSError as exc:
            raise MetadataError("config", f"cannot read {path}, the SSH host keys this app trusts "
                                          f"({exc.strerror or exc}); check its permissions") from None
        except (paramiko.hostkeys.InvalidHostKey, UnicodeDecodeError) as exc:
            broken = f"the line {exc.line[:80]!r}" if isinstance(exc, paramiko.hostkeys.InvalidHostKey) else "text"
            raise MetadataError("config", f"{path}, the SSH host keys this app trusts, holds {broken} that is no "
                                          "known_hosts line; correct or remove it") from None
        recorded = known.lookup(name)
        if recorded:
            return next(iter(recorded.values()))
        transport = paramiko.Transport(sock)  # no login: only the key exchange, to learn the key
        transport.banner_timeout = transport.handshake_timeout = self.config.connect_timeout_s
        try:
            transport.start_client(timeout=self.config.connect_timeout_s)
            key = transport.get_remote_server_key()
        except (paramiko.SSHException, EOFError, OSError) as exc:
            raise self._no_session(str(exc) or type(exc).__name__) from None
        finally:
            transport.close()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            gap = "\n" if path.is_file() and path.read_bytes()[-1:] not in (b"", b"\n") else ""
            with path.open("a", encoding="utf-8") as file:  # appended: the lines there stay as they are
                file.write(f"{gap}{name} {key.get_name()} {key.get_base64()}\n")
        except OSError as exc:
            log.warning("%s is new: trusting its %s key %s for this connection only; cannot record it in %s (%s)",
                        where, key.get_name(), key.fingerprint, path, exc.strerror or exc)
        else:
            self.new_host_key = {"host": f"{ssh.host}:{ssh.port}", "key_type": key.get_name(),
                                 "fingerprint": key.fingerprint, "file": str(path)}
            log.warning("%s", new_host_key_text(self.new_host_key))
        return key

    def _changed_key(self, expected: paramiko.PKey, offered: paramiko.PKey) -> MetadataError:
        ssh = self.site.ssh
        name = _known_hosts_name(ssh.host, ssh.port)
        if ssh.host_key.strip():
            source, fix = "ssh.host_key in database_configs.json", "update ssh.host_key in database_configs.json"
        else:
            path = known_hosts_file()
            source = f"recorded in {path}"
            fix = (f"remove the line for {name} from {path} (the next connection records the new key), or set "
                   "ssh.host_key in database_configs.json to the new key")
        return MetadataError("tunnel", f"the key of {self._jump_host} has changed: expected "
                                       f"{expected.get_name()} {expected.fingerprint} ({source}), it offered "
                                       f"{offered.get_name()} {offered.fingerprint}. This can mean that someone "
                                       "intercepts the connection; no login was tried, so no password was sent. "
                                       f"If IT really replaced the server (ask them for its fingerprint): {fix}")

    def _ssh_key(self) -> paramiko.PKey:
        ssh = self.site.ssh
        assert ssh is not None
        path = Path(ssh.key_file).expanduser()
        what = f"SSH key file {path} (ssh.key_file in database_configs.json)"
        try:
            try:
                return paramiko.PKey.from_path(path)
            except paramiko.PasswordRequiredException:
                passphrase = credentials.get_password(credentials.ssh_service(ssh), ssh.user,
                                                      env_var=credentials.SSH_PASSWORD_ENV, prompt=self._prompt)
                if not passphrase:
                    raise MetadataError("tunnel", coded("{what} is protected by a passphrase; set {env}, store it "
                                                        "in the OS keyring (Settings) or type it when asked",
                                                        code="ssh_key_passphrase", what=what,
                                                        env=credentials.SSH_PASSWORD_ENV)) from None
                self._secrets.append(passphrase)
                return paramiko.PKey.from_path(path, passphrase)
        except OSError as exc:
            raise MetadataError("config", f"cannot read {what}: {exc.strerror or exc}") from None
        except (paramiko.SSHException, ValueError):
            raise MetadataError("config", f"{what} is not a usable private key (OpenSSH Ed25519, ECDSA or RSA), or "
                                          "its passphrase is wrong") from None

    def close(self) -> None:
        """Close the connection, the engine and the tunnel; safe to call more than once."""
        conn, engine, tunnel = self._conn, self._engine, self._tunnel
        self._conn, self._engine, self._tunnel, self._table = None, None, None, None
        for closer in (conn and conn.close, engine and engine.dispose, tunnel and (lambda: tunnel.stop(force=True))):
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
            if self._tunnel is not None:
                return MetadataError("tunnel", coded("{jump} accepted the login but could not open a connection to "
                                                     "{host}:{port} ({said}); check host and port as seen from the "
                                                     "jump host, and that it allows TCP forwarding",
                                                     code="ssh_no_forward", jump=self._jump_host, host=site.host,
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
