"""The SSH jump host in front of a site's PostgreSQL server: its key is checked before any login (OpenSSH's
``StrictHostKeyChecking=accept-new``: the key pinned in ``ssh.host_key``, else the one recorded in the per-user
:func:`known_hosts_file`, where a host seen for the first time has its key recorded, with a warning), then it
logs in with a key file or a password and forwards a local port to the database server."""
from __future__ import annotations

import logging
import socket
from pathlib import Path
from typing import Any

import paramiko
import sshtunnel

from . import credentials
from ..config import ConfigError, DatabaseConfig, DatabaseSite, user_config_dir
from ..events import CodedText, coded
from .credentials import Prompt
from .errors import MetadataError, clean

log = logging.getLogger("hoam_core.metadata")


def known_hosts_file() -> Path:
    """The per-user file (OpenSSH known_hosts format) of the jump-host keys trusted on first use."""
    return user_config_dir() / "known_hosts"


def new_host_key_text(key: dict[str, str]) -> CodedText:
    """What to tell the user when the SSH jump host was seen for the first time and its key recorded
    (``MetadataSource.new_host_key``)."""
    return coded("The SSH jump host {host} was new: its {key_type} key {fingerprint} is trusted from now on "
                 "(recorded in {file}). If IT did not set up this server just now, check the fingerprint with them",
                 code="ssh_host_key_recorded", **key)


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


class JumpHost:
    """One site's jump host and the tunnel through it (at most one at a time)."""

    def __init__(self, site: DatabaseSite, config: DatabaseConfig, prompt: Prompt | None, secrets: list[str]):
        assert site.ssh is not None
        self.site, self.ssh, self.config = site, site.ssh, config
        self._prompt = prompt
        self._secrets = secrets  # the source's list: a password typed here is masked out of its messages too
        self.tunnel: sshtunnel.SSHTunnelForwarder | None = None
        # the host's key when this connection saw it first and recorded it, for the user:
        # {host, key_type, fingerprint, file}
        self.new_host_key: dict[str, str] | None = None

    @property
    def where(self) -> str:
        return coded("SSH jump host {host}:{port}", code="where_jump_host", host=self.ssh.host, port=self.ssh.port)

    def open(self) -> tuple[str, int]:
        """Check the host's key, log in and start forwarding; (host, port) that reach the database server."""
        ssh = self.ssh
        where = self.where
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
        tunnel_log = logging.Logger(f"{log.name}.sshtunnel")  # private: records only this tunnel's errors
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
        self.tunnel = tunnel
        # Nagle's algorithm on the SSH socket meets delayed ACKs: ~40 ms lost per query without this
        sock = getattr(tunnel._transport, "sock", None)
        if isinstance(sock, socket.socket):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        log.info("SSH tunnel via %s to %s:%s is up", where, self.site.host, self.site.port)
        return "127.0.0.1", tunnel.local_bind_port

    def _no_session(self, reason: str) -> MetadataError:
        return MetadataError("tunnel", coded("{where}: no SSH session ({said}); check that ssh.host and ssh.port "
                                             "name an SSH server", code="ssh_no_session", where=self.where,
                                             said=clean(reason, self._secrets)))

    def _host_key(self, sock: socket.socket) -> paramiko.PKey:
        """The key the jump host must show: ``ssh.host_key``, else the one recorded in
        :func:`known_hosts_file`, else the one it shows now on ``sock`` (recorded there)."""
        ssh, where = self.ssh, self.where
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
        ssh = self.ssh
        name = _known_hosts_name(ssh.host, ssh.port)
        if ssh.host_key.strip():
            source, fix = "ssh.host_key in database_configs.json", "update ssh.host_key in database_configs.json"
        else:
            path = known_hosts_file()
            source = f"recorded in {path}"
            fix = (f"remove the line for {name} from {path} (the next connection records the new key), or set "
                   "ssh.host_key in database_configs.json to the new key")
        return MetadataError("tunnel", f"the key of {self.where} has changed: expected "
                                       f"{expected.get_name()} {expected.fingerprint} ({source}), it offered "
                                       f"{offered.get_name()} {offered.fingerprint}. This can mean that someone "
                                       "intercepts the connection; no login was tried, so no password was sent. "
                                       f"If IT really replaced the server (ask them for its fingerprint): {fix}")

    def _ssh_key(self) -> paramiko.PKey:
        ssh = self.ssh
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
        """Stop the tunnel; safe to call more than once."""
        tunnel, self.tunnel = self.tunnel, None
        if tunnel is not None:
            tunnel.stop(force=True)
