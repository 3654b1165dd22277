"""The app works offline: the self-test (train, evaluate, export) with every non-loopback connection refused."""
from hoam_core.cli import main


def test_self_test_passes_with_the_network_cut_off(offline, capsys):
    assert main(["--self-test"]) == 0
    assert "self-test passed" in capsys.readouterr().out
    assert offline == [], f"the app tried to reach the network: {offline}"


def test_self_test_fails_loudly_when_a_stage_fails(monkeypatch, capsys):
    import hoam_core.evaluation.evaluate as evaluate

    def broken(*args, **kwargs):
        raise RuntimeError("evaluation broke")

    monkeypatch.setattr(evaluate, "evaluate_run", broken)
    assert main(["--self-test"]) == 1
    err = capsys.readouterr().err
    assert "evaluation broke" in err and "self-test FAILED" in err and "export/model.onnx" in err
