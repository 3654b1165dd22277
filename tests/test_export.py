"""Export: ONNX parity with PyTorch (dynamic batch), and the deployable module folder's contents."""
import json
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest
import torch

from hoam_core.evaluation import features
from hoam_core.evaluation.export import ModuleError, export_onnx, onnx_parity, read_checks, read_module
from hoam_core.models.hoam import ModelSpec, build_model
from hoam_core.training.bundle import load_bundle

from .test_evaluation import SPEC, demo_task, evaluated, model_run  # noqa: F401 (session fixtures)


def test_onnx_matches_pytorch_on_another_batch_size(tmp_path):
    torch.manual_seed(1)
    model = build_model(ModelSpec(architecture="HOAM", backbone="tf_efficientnetv2_b0", pretrained="none", branch_channels=32,
                                  attention_heads=4, embedding_size=8)).eval()
    export_onnx(model, 32, tmp_path / "m.onnx")
    batch = torch.randn(5, 3, 32, 32)  # exported with a batch of 2: the batch axis is dynamic
    session = ort.InferenceSession(str(tmp_path / "m.onnx"), providers=["CPUExecutionProvider"])
    assert session.get_inputs()[0].name == "images" and session.get_inputs()[0].shape[0] == "batch"
    got = session.run(None, {"images": batch.numpy()})[0]
    assert got.shape == (5, 8)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    diff = onnx_parity(model, tmp_path / "m.onnx", batch)
    assert diff < 1e-4
    with torch.inference_mode():
        assert diff == pytest.approx(float(np.abs(got - model(batch).numpy()).max()), abs=1e-7)


def test_module_folder_is_complete_and_consistent(evaluated):
    run_dir, summary, _ = evaluated
    module = run_dir / "export"
    configs, refs = read_module(module)
    assert configs["format"] == "hoam-deploy" and configs["format_version"] == 1
    m = configs["model"]
    assert (m["embedding_size"], m["image_size"]) == (SPEC.embedding_size, 32)
    stats = json.loads((run_dir / "dataset" / "mean_std.json").read_text())
    assert m["mean"] == pytest.approx(stats["mean"]) and m["std"] == pytest.approx(stats["std"])
    assert 0 <= m["onnx_max_abs_diff"] < 1e-4 and summary["onnx_max_abs_diff"] == m["onnx_max_abs_diff"]
    assert configs["line"]["site"] == "DEMO" and configs["line"]["line_id"] == "L1"
    # the bundle in the module is the run's model, and loads safely
    assert (module / "model.pt").read_bytes() == (run_dir / "model" / "best_model.pt").read_bytes()
    torch.load(module / "model.pt", weights_only=True)
    thresholds = json.loads((run_dir / "results" / "thresholds.json").read_text())["classes"]
    assert set(configs["classes"]) == set(thresholds)
    for cls, info in configs["classes"].items():
        assert info["threshold"] == thresholds[cls]["threshold"]
        assert {"product", "component", "light", "orientation", "symmetric_180", "far", "frr"} <= set(info)
        assert cls == f"{info['product']}_{info['component']}_{info['light']}"
        assert info["orientation"] in info["golden"]
        for label, rel in info["golden"].items():
            assert rel == f"golden/{cls}/{label}.png"
            assert (module / rel).read_bytes() == (run_dir / "results" / "golden_samples" / "classes" / cls /
                                                   f"{label}.png").read_bytes()
    # references: every labelled dataset image, unit length; golden embeddings are among them
    n = sum(1 for _ in (run_dir / "dataset").rglob("*.png"))
    assert refs["embeddings"].shape == (n, SPEC.embedding_size)
    np.testing.assert_allclose(np.linalg.norm(refs["embeddings"], axis=1), 1.0, atol=1e-5)
    assert len(refs["golden_embeddings"]) == sum(len(i["golden"]) for i in configs["classes"].values())
    for vec in refs["golden_embeddings"]:
        assert np.isclose(refs["embeddings"] @ vec, 1.0, atol=1e-5).any()
    # the part checks: one per class, their references from the run's own photos, the calibration as reported
    check, report = configs["part_check"], json.loads((run_dir / "results" / "summary_report.json").read_text())
    assert check["network"] == features.spec() and check["file"] == "checks.npz"
    checks = read_checks(module, configs)
    assert set(checks) == set(configs["classes"]) == set(report["part_check"])
    originals = {p.name.split("__")[1] for p in (run_dir / "dataset").rglob("*.png") if p.parent.name != "NG"}
    for cls, c in checks.items():
        saved = check["classes"][cls]
        assert saved["threshold"] == report["part_check"][cls]["threshold"] and saved["scale"] > 0
        assert len(c.good) == saved["good_photos"] and c.bank.shape[1] == 152 and len(c.bank) <= saved["bank_patches"]
        assert {Path(n).stem for n in c.good_owner} <= originals
        np.testing.assert_allclose(np.linalg.norm(c.good, axis=1), 1.0, atol=1e-4)
        # the other parts: every class's good photos in four turns, shared; the class's own rows never used
        assert c.parts is next(iter(checks.values())).parts
        assert len(c.parts.owner) == 4 * sum(len(x.good) for x in checks.values())
        assert c.parts_used.sum() == saved["other_part_references"] and not c.parts_used[c.parts.cls == cls].any()


def test_onnx_of_the_module_embeds_like_the_bundle(evaluated):
    run_dir, _, _ = evaluated
    model, meta = load_bundle(run_dir / "export" / "model.pt")
    batch = torch.randn(3, 3, meta["image_size"], meta["image_size"])
    assert onnx_parity(model, run_dir / "export" / "model.onnx", batch) < 1e-4


def test_read_module_refuses_what_is_not_a_module(tmp_path, evaluated):
    with pytest.raises(ModuleError, match="not a deployable module"):
        read_module(tmp_path)
    run_dir, _, _ = evaluated
    configs = json.loads((run_dir / "export" / "configs.json").read_text())
    (tmp_path / "configs.json").write_text(json.dumps({**configs, "format_version": 99}))
    with pytest.raises(ModuleError, match="update HOAM Trainer"):
        read_module(tmp_path)
