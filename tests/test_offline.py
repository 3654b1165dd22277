"""The app works offline: the self-test (train, evaluate, export) with every non-loopback connection refused."""
import ipaddress
import socket

from hoam_core.cli import main


def _loopback(host) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def test_self_test_passes_with_the_network_cut_off(monkeypatch, capsys):
    attempts = []
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def connect(sock, address):
        if isinstance(address, tuple) and not _loopback(address[0]):
            attempts.append(address)
            raise OSError(f"network refused by the offline test: {address}")
        return real_connect(sock, address)

    def getaddrinfo(host, *args, **kwargs):
        if host is not None and not _loopback(host):
            attempts.append(host)
            raise socket.gaierror(f"name lookup refused by the offline test: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    assert main(["--self-test"]) == 0
    assert "self-test passed" in capsys.readouterr().out
    assert attempts == [], f"the app tried to reach the network: {attempts}"


def test_self_test_fails_loudly_when_a_stage_fails(monkeypatch, capsys):
    import hoam_core.evaluation.evaluate as evaluate

    def broken(*args, **kwargs):
        raise RuntimeError("evaluation broke")

    monkeypatch.setattr(evaluate, "evaluate_run", broken)
    assert main(["--self-test"]) == 1
    err = capsys.readouterr().err
    assert "evaluation broke" in err and "self-test FAILED" in err and "export/model.onnx" in err
