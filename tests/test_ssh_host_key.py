"""The SSH jump host's key, checked before any login against the test sshd: trusted and recorded
on first use, then required; a pinned ``ssh.host_key`` wins; a changed key is refused with no
password sent (sshd's own log shows no login attempt); a malformed pin is a config error."""
from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import struct
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from hoam_core.config import ConfigError, DatabaseConfig, SshConfig, load_database_configs
from hoam_core.metadata import MetadataError, known_hosts_file, open_metadata
from hoam_core.data.naming import parse_aoi_name
from tests.db_services import SERVICES_DIR, START_HINT, amr_row
from tests.metadata_fixtures import failure, ssh_transports

SSHD_DIR = SERVICES_DIR / "sshd"
HOST_PUB = SSHD_DIR / "host_ed25519.pub"  # the test sshd's host key
OTHER_PUB = SSHD_DIR / "wrong_ed25519.pub"  # a key the test sshd does not have
SSH_SECRET = "Ssh-h0stkey-s3cret"
NAME = parse_aoi_name("20250905073442_HK00001_T@U604_2_side.jpg")


@pytest.fixture(autouse=True)
def user_config(tmp_path, monkeypatch) -> Path:
    """A per-user config folder of this test's own (platformdirs reads XDG_CONFIG_HOME); an SSH
    password in the environment, which only the tests that log in with a password use."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOAM_SSH_PASSWORD", SSH_SECRET)
    monkeypatch.delenv("HOAM_DB_PASSWORD", raising=False)
    return tmp_path / "config"


@pytest.fixture(scope="module")
def db(pg_database):
    pg_database.insert([amr_row(image_path=NAME.image_path, image_name=NAME.file_name,
                                create_time=dt.datetime(2025, 9, 5, 7, 34, 43), product_name="PROD-HK")])
    return pg_database


def public_key(path: Path) -> tuple[str, str, str]:
    """(key type, base64 blob, the whole line) of an OpenSSH .pub file."""
    if not path.is_file():
        pytest.fail(f"{path} is missing: {START_HINT}", pytrace=False)
    line = path.read_text().strip()
    key_type, blob = line.split()[:2]
    return key_type, blob, line


def fingerprint(path: Path) -> str:
    """The SHA256 fingerprint as OpenSSH's ssh-keygen prints it."""
    return subprocess.run(["ssh-keygen", "-lf", str(path)], capture_output=True, text=True, check=True).stdout.split()[1]


def known_name(sshd_server) -> str:
    return f"[{sshd_server.host}]:{sshd_server.port}"


def lookup(db, ssh: SshConfig) -> dict[str, str]:
    with open_metadata(db.site(ssh=ssh), DatabaseConfig(), password=lambda _: db.server.password) as source:
        return source.lookup([NAME], "HPH", "V31")


def refused(db, ssh: SshConfig) -> MetadataError:
    return failure(db.site(ssh=ssh), lambda _: db.server.password)


def probe_user() -> str:
    """A user name sshd has never seen: it shows in sshd's log as soon as a client tries to log in as it."""
    return f"probe{uuid.uuid4().hex[:10]}"


def assert_never_tried_to_log_in(db, sshd_server, user: str) -> None:
    """sshd logged no login attempt of ``user``; shown against a control user whose password login
    (with the right key pinned) sshd refuses and logs."""
    control = probe_user()
    error = refused(db, sshd_server.ssh(user=control, key_file="", host_key=public_key(HOST_PUB)[2]))
    assert "refused the login" in str(error), str(error)
    log_file = SSHD_DIR / "sshd.log"
    for _ in range(100):
        seen = log_file.read_text(errors="replace")
        if control in seen:
            break
        time.sleep(0.05)
    assert f"Invalid user {control}" in seen  # the log records login attempts ...
    assert user not in seen  # ... and there was none for `user`


def warnings_of(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name == "hoam_core.metadata"]


def test_first_use_records_the_key_and_later_connections_need_it(db, sshd_server, user_config, caplog):
    caplog.set_level(logging.INFO)
    known = known_hosts_file()
    assert known == user_config / "HOAM Trainer" / "known_hosts"
    kept = "other.example ssh-ed25519 " + public_key(OTHER_PUB)[1] + "\n# kept as it is"  # no final newline
    known.parent.mkdir(parents=True)
    known.write_text(kept)

    assert lookup(db, sshd_server.ssh()) == {NAME.image_path: "PROD-HK"}
    key_type, blob, _ = public_key(HOST_PUB)
    name = known_name(sshd_server)
    assert known.read_text() == f"{kept}\n{name} {key_type} {blob}\n"  # appended; the lines there untouched
    found = subprocess.run(["ssh-keygen", "-F", name, "-f", str(known)], capture_output=True, text=True)
    assert found.returncode == 0 and blob in found.stdout  # OpenSSH finds the entry too
    (warning,) = warnings_of(caplog)
    for words in (f"{sshd_server.host}:{sshd_server.port}", key_type, fingerprint(HOST_PUB), str(known)):
        assert words in warning, warning

    caplog.clear()
    assert lookup(db, sshd_server.ssh()) == {NAME.image_path: "PROD-HK"}
    assert warnings_of(caplog) == []  # known now: no second warning, no second line
    assert known.read_text() == f"{kept}\n{name} {key_type} {blob}\n"
    assert SSH_SECRET not in known.read_text() + caplog.text
    assert ssh_transports() == 0


def test_changed_recorded_key_is_refused_before_any_login(db, sshd_server, caplog):
    caplog.set_level(logging.DEBUG)
    known = known_hosts_file()
    known.parent.mkdir(parents=True)
    name = known_name(sshd_server)
    recorded = f"{name} ssh-ed25519 {public_key(OTHER_PUB)[1]}\n"
    known.write_text(recorded)
    user = probe_user()

    error = refused(db, sshd_server.ssh(user=user, key_file=""))  # would log in with the password
    text = str(error)
    assert error.kind == "tunnel"
    for words in (f"{sshd_server.host}:{sshd_server.port} has changed", fingerprint(OTHER_PUB), fingerprint(HOST_PUB),
                  "intercepts", "no password was sent", f"remove the line for {name} from {known}", "ssh.host_key"):
        assert words in text, text
    assert known.read_text() == recorded  # never replaced by the offered key
    assert SSH_SECRET not in text + caplog.text
    assert ssh_transports() == 0
    assert_never_tried_to_log_in(db, sshd_server, user)


def test_wrong_pinned_key_is_refused_before_any_login(db, sshd_server):
    user = probe_user()
    _, blob, _ = public_key(OTHER_PUB)
    error = refused(db, sshd_server.ssh(user=user, host_key=f"{sshd_server.host} ssh-ed25519 {blob}"))
    text = str(error)
    assert error.kind == "tunnel"
    for words in ("has changed", fingerprint(OTHER_PUB), fingerprint(HOST_PUB), "no password was sent",
                  "update ssh.host_key in database_configs.json"):
        assert words in text, text
    assert not known_hosts_file().exists()
    assert ssh_transports() == 0
    assert_never_tried_to_log_in(db, sshd_server, user)


@pytest.mark.parametrize("form", ["pub file", "ssh-keyscan"])
def test_pinned_right_key_works_and_writes_nothing(db, sshd_server, user_config, form, caplog):
    caplog.set_level(logging.INFO)
    key_type, blob, line = public_key(HOST_PUB)
    pin = line if form == "pub file" else f"{known_name(sshd_server)} {key_type} {blob}"
    assert lookup(db, sshd_server.ssh(host_key=pin)) == {NAME.image_path: "PROD-HK"}
    assert not known_hosts_file().exists() and not user_config.exists()
    assert warnings_of(caplog) == []


def test_malformed_host_key_is_a_config_error(db, sshd_server, tmp_path):
    _, blob, line = public_key(HOST_PUB)
    bad = ["hello", "ssh-ed25519", "ssh-ed25519 not*base64", f"ssh-rsa {blob}", f"{line}\n{line}", f"a b ssh-ed25519 {blob}"]
    sites = tmp_path / "database_configs.json"
    for value in bad:
        sites.write_text(json.dumps({"PLANT": {"engine": "postgresql", "host": "db", "database": "amr", "user": "r",
                                               "ssh": {"host": "jump", "user": "u", "host_key": value}}}))
        with pytest.raises(ConfigError) as info:
            load_database_configs(sites)
        assert str(sites) in str(info.value) and "PLANT.ssh: host_key" in str(info.value), str(info.value)
    for good in (line, f"jump {line}", ""):
        sites.write_text(json.dumps({"PLANT": {"engine": "postgresql", "host": "db", "database": "amr", "user": "r",
                                               "ssh": {"host": "jump", "user": "u", "host_key": good}}}))
        assert load_database_configs(sites)["PLANT"].ssh.host_key == good

    # built in code, not loaded: the connection says it, before any SSH session
    error = refused(db, sshd_server.ssh(host_key="ssh-ed25519 not*base64"))
    assert error.kind == "config" and "ssh.host_key" in str(error) and "database_configs.json" in str(error)
    unknown = struct.pack(">I", 7) + b"ssh-foo" + struct.pack(">I", 1) + b"x"  # well formed, no such key type
    error = refused(db, sshd_server.ssh(host_key=f"ssh-foo {base64.b64encode(unknown).decode()}"))
    assert error.kind == "config" and "ssh.host_key" in str(error) and "ssh-foo" in str(error)
    assert not known_hosts_file().exists()
    assert ssh_transports() == 0


def test_broken_known_hosts_line_is_a_config_error(db, sshd_server):
    known = known_hosts_file()
    known.parent.mkdir(parents=True)
    known.write_text("jump ssh-ed25519 abc\n")  # cut short: not base64
    error = refused(db, sshd_server.ssh())
    assert error.kind == "config" and str(known) in str(error) and "jump ssh-ed25519 abc" in str(error)
    assert known.read_text() == "jump ssh-ed25519 abc\n"
