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

``sites`` picks the database a run names, ``source`` connects and looks up, ``jump_host`` holds
the SSH tunnel and its host keys, ``errors`` the error type; these are imported from here.
``credentials`` says where the database and SSH passwords come from (environment, OS keyring, prompt).
"""
from .errors import MetadataError
from .jump_host import known_hosts_file, new_host_key_text
from .sites import resolve_database, resolve_site
from .source import APPLICATION_NAME, NEEDED_COLUMNS, PLACES_LISTED, MetadataSource, open_metadata

__all__ = ["APPLICATION_NAME", "NEEDED_COLUMNS", "PLACES_LISTED", "MetadataError", "MetadataSource",
           "known_hosts_file", "new_host_key_text", "open_metadata", "resolve_database", "resolve_site"]
