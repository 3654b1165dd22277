"""Where database and SSH passwords come from: an environment variable, the OS keyring or a
prompt, in that order. Never a file: config files name hosts and users only.

Keyring entries are keyed by a service name (:func:`db_service`, :func:`ssh_service`) and the
user name, so the settings dialog that stores a password and the lookup that reads it agree.
"""
from __future__ import annotations

import os
from typing import Callable

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from ..config import DatabaseSite, SshConfig
from ..events import coded

DB_PASSWORD_ENV = "HOAM_DB_PASSWORD"
SSH_PASSWORD_ENV = "HOAM_SSH_PASSWORD"

Prompt = Callable[[str], "str | None"]


class CredentialError(RuntimeError):
    """The OS keyring cannot store or delete a password; the message says what to do instead."""


def db_service(site: DatabaseSite) -> str:
    """Keyring service name of a PostgreSQL database (the user name is the keyring's user)."""
    return f"hoam-trainer/db/{site.host}:{site.port}/{site.database}"


def ssh_service(ssh: SshConfig) -> str:
    """Keyring service name of an SSH jump host (its password or its key file's passphrase)."""
    return f"hoam-trainer/ssh/{ssh.host}:{ssh.port}"


def get_password(service: str, user: str, *, env_var: str = DB_PASSWORD_ENV,
                 prompt: Prompt | None = None) -> str | None:
    """The password from ``env_var``, else the OS keyring, else ``prompt`` (None: no password).

    A keyring that is missing, locked or broken is skipped without a word: the prompt follows.
    """
    value = os.environ.get(env_var)
    if value:
        return value
    try:
        value = keyring.get_password(service, user)
    except Exception:  # any backend failure (none installed, no D-Bus, locked): ask instead
        value = None
    if value:
        return value
    if prompt is not None:
        return prompt(coded("Password for {user} ({service}):", code="password_prompt", user=user,
                            service=service)) or None
    return None


def _no_keyring(storing: bool) -> CredentialError:
    env = {"db_env": DB_PASSWORD_ENV, "ssh_env": SSH_PASSWORD_ENV}
    return CredentialError(coded(
        "cannot store the password: this machine has no OS keyring (Windows Credential Manager, macOS Keychain or "
        "a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment variable instead, or "
        "type the password when asked.", code="keyring_missing_store", **env) if storing else coded(
        "cannot delete the password: this machine has no OS keyring (Windows Credential Manager, macOS Keychain or "
        "a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment variable instead, or "
        "type the password when asked.", code="keyring_missing_delete", **env))


def store_password(service: str, user: str, password: str) -> None:
    """Keep ``password`` in the OS keyring; :class:`CredentialError` when there is none."""
    try:
        keyring.set_password(service, user, password)
    except NoKeyringError:
        raise _no_keyring(storing=True) from None
    except KeyringError as exc:
        raise CredentialError(coded("the OS keyring refused to store the password for {user} ({service}): {why}. "
                                    "Unlock the keyring and try again.", code="keyring_refused_store", user=user,
                                    service=service, why=exc)) from None


def delete_password(service: str, user: str) -> None:
    """Remove a stored password; nothing happens when none is stored."""
    try:
        keyring.delete_password(service, user)
    except NoKeyringError:
        raise _no_keyring(storing=False) from None
    except PasswordDeleteError:
        return
    except KeyringError as exc:
        raise CredentialError(coded("the OS keyring refused to delete the password for {user} ({service}): {why}. "
                                    "Unlock the keyring and try again.", code="keyring_refused_delete", user=user,
                                    service=service, why=exc)) from None
