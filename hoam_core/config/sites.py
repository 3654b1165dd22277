"""The metadata database sites (``database_configs.json``): engine, host, table and the optional SSH jump host
per site. Never a password: one in the file is refused."""
from __future__ import annotations

import base64
import binascii
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from ..events import coded
from .files import config_file, read_mapping
from .schema import ConfigError, convert, spec


@dataclass(frozen=True)
class SshConfig:
    host: str
    user: str
    port: int = spec(22, min=1, max=65535)
    key_file: str = spec("", help="private key file; empty: password from keyring/env/prompt")
    host_key: str = spec("", help="the jump host's public key as in known_hosts or ssh-keyscan output "
                         "(ssh-ed25519 AAAA...); empty: trusted on first use and kept in the per-user known_hosts")

    def host_key_parts(self) -> tuple[str, bytes] | None:
        """``host_key`` as (key type, key blob); None when not set. ConfigError when it is no
        OpenSSH public key line: ``[host names] type base64 [comment]``."""
        text = self.host_key.strip()
        if not text:
            return None
        words = text.split() if "\n" not in text else []
        for i in (0, 1):  # without or with a leading host name
            try:
                blob = base64.b64decode(words[i + 1], validate=True)
            except (IndexError, binascii.Error, ValueError):
                continue
            size = int.from_bytes(blob[:4], "big")  # the blob starts with its own key type
            if len(blob) > 4 + size and blob[4:4 + size] == words[i].encode():
                return words[i], blob
        raise ConfigError(coded("host_key: {key} is not an SSH public key line; give one line as ssh-keyscan "
                                "prints it, e.g. 'ssh-ed25519 AAAAC3Nz...', or leave it empty", code="cfg_host_key",
                                key=repr(self.host_key[:60])))

    def validate(self) -> None:
        self.host_key_parts()


@dataclass(frozen=True)
class DatabaseSite:
    """One site's metadata database. Never holds a password."""

    engine: str = spec(choices=("sqlite", "postgresql"))
    path: str = spec("", help="sqlite: database file (relative to the config file)")
    host: str = spec("")
    port: int = spec(5432, min=1, max=65535)
    database: str = spec("")
    user: str = spec("")
    table: str = spec("amr_raw_data")
    ssh: SshConfig | None = spec(None)

    def validate(self) -> None:
        if self.engine == "sqlite" and not self.path:
            raise ConfigError(coded("engine sqlite needs 'path'", code="cfg_sqlite_path"))
        if self.engine == "postgresql":
            missing = [k for k in ("host", "database", "user") if not getattr(self, k)]
            if missing:
                raise ConfigError(coded("engine postgresql needs {keys}", code="cfg_postgresql_keys",
                                        keys=", ".join(missing)))


_SECRET_KEYS = {"password", "passwd", "pwd", "secret", "ssh_password"}


def load_database_configs(path: Path | None = None) -> dict[str, DatabaseSite]:
    """Sites from ``database_configs.json``; a password in the file is refused."""
    path = Path(path) if path else config_file("database_configs.json")
    data = read_mapping(path)
    sites: dict[str, DatabaseSite] = {}
    for name, raw in data.items():
        if isinstance(raw, Mapping):
            found = _SECRET_KEYS & {k.lower() for k in raw} | _SECRET_KEYS & {
                k.lower() for k in (raw.get("ssh") or {}) if isinstance(raw.get("ssh"), Mapping)}
            if found:
                raise ConfigError(coded("{file}: {site}: passwords do not belong in config files; remove {keys} and "
                                        "store it in the OS keyring (Settings) or the HOAM_DB_PASSWORD environment "
                                        "variable", code="cfg_password_in_file", file=path, site=name,
                                        keys=", ".join(sorted(found))))
        site = convert(raw, DatabaseSite, f"{path}: {name}")
        if site.engine == "sqlite" and not Path(site.path).is_absolute():
            site = dataclasses.replace(site, path=str((path.parent / site.path).resolve()))
        sites[name] = site
    return sites
