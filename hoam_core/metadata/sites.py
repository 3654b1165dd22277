"""Which metadata database a run uses: a site of ``database_configs.json`` by name, or one made from an
SQLAlchemy URL (never with a password in it)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from . import credentials
from ..config import ConfigError, DatabaseSite, SystemConfig, build, load_database_configs
from ..events import coded
from .errors import MetadataError, hide_password


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
                                            db=hide_password(db))) from None
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
