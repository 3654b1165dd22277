"""Password sources in order (environment, OS keyring, prompt) through the real keyring API."""
from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from hoam_core.config import DatabaseSite, SshConfig
from hoam_core.metadata.credentials import (CredentialError, db_service, delete_password, get_password, ssh_service,
                                   store_password)

SERVICE = "hoam-trainer/db/db.example:5432/amr"


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in memory (CI machines have no OS keyring)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username, *password):
        raise KeyringLocked("the keyring is locked")

    set_password = delete_password = get_password


@pytest.fixture
def use_keyring(monkeypatch):
    """Install a keyring backend for one test, and put the previous one back."""
    monkeypatch.delenv("HOAM_DB_PASSWORD", raising=False)
    monkeypatch.delenv("HOAM_SSH_PASSWORD", raising=False)
    previous = keyring.get_keyring()

    def install(backend):
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def never(prompt):
    pytest.fail(f"prompted although a password was available: {prompt}")


def test_environment_first_then_keyring_then_prompt(use_keyring, monkeypatch):
    memory = use_keyring(MemoryKeyring())
    store_password(SERVICE, "reader", "from-keyring")
    assert memory.store == {(SERVICE, "reader"): "from-keyring"}
    monkeypatch.setenv("HOAM_DB_PASSWORD", "from-env")
    assert get_password(SERVICE, "reader", prompt=never) == "from-env"
    monkeypatch.delenv("HOAM_DB_PASSWORD")
    assert get_password(SERVICE, "reader", prompt=never) == "from-keyring"
    asked = []
    assert get_password(SERVICE, "other-user", prompt=lambda text: asked.append(text) or "typed") == "typed"
    assert asked == [f"Password for other-user ({SERVICE}):"]
    assert asked[0].code == "password_prompt"  # the app's password box says it in the user's language


def test_ssh_password_has_its_own_variable(use_keyring, monkeypatch):
    use_keyring(MemoryKeyring())
    monkeypatch.setenv("HOAM_DB_PASSWORD", "db-secret")
    monkeypatch.setenv("HOAM_SSH_PASSWORD", "ssh-secret")
    assert get_password("hoam-trainer/ssh/jump:22", "hoam", env_var="HOAM_SSH_PASSWORD") == "ssh-secret"


def test_delete_then_prompt_and_delete_twice(use_keyring):
    use_keyring(MemoryKeyring())
    store_password(SERVICE, "reader", "pw")
    delete_password(SERVICE, "reader")
    delete_password(SERVICE, "reader")  # nothing stored: no error
    assert get_password(SERVICE, "reader", prompt=lambda text: "typed") == "typed"


def test_nothing_anywhere_is_none(use_keyring):
    use_keyring(MemoryKeyring())
    assert get_password(SERVICE, "reader") is None
    assert get_password(SERVICE, "reader", prompt=lambda text: "") is None  # dialog cancelled


@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring()], ids=["no-keyring", "locked"])
def test_keyring_trouble_falls_through_to_the_prompt(use_keyring, backend):
    use_keyring(backend)
    assert get_password(SERVICE, "reader", prompt=lambda text: "typed") == "typed"


def test_storing_without_a_keyring_says_what_to_do(use_keyring):
    use_keyring(fail.Keyring())
    with pytest.raises(CredentialError, match="HOAM_DB_PASSWORD") as info:
        store_password(SERVICE, "reader", "Never-sh0wn")
    assert "Never-sh0wn" not in str(info.value)
    with pytest.raises(CredentialError, match="no OS keyring"):
        delete_password(SERVICE, "reader")
    use_keyring(LockedKeyring())
    with pytest.raises(CredentialError, match="Unlock the keyring"):
        store_password(SERVICE, "reader", "Never-sh0wn")


def test_service_names_identify_the_server():
    site = DatabaseSite(engine="postgresql", host="db.example", port=5432, database="amr", user="reader")
    assert db_service(site) == SERVICE
    assert ssh_service(SshConfig(host="jump.example", user="hoam", port=2222)) == "hoam-trainer/ssh/jump.example:2222"
