"""Export: ONNX with a parity check, and the deployable module folder (format: docs/deploy_format.md).

The module folder holds everything the line needs to check a component photo: the model
bundle, the same network as ONNX, one golden image per class and orientation, the
reference embeddings, the part checks' references (``checks.npz``) and their network as ONNX
(``check_network.onnx``), and ``configs.json`` with the calibrated thresholds, embedding size,
mean/std and image size.
"""
from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import json
import shutil
import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn

from hoam_core.evaluation import features, partcheck
from hoam_core.events import coded
from hoam_core.layout import partial as partial_of
from hoam_core.runs import atomic_write_json

FORMAT, FORMAT_VERSION = "hoam-deploy", 1
CONFIG_FILE = "configs.json"
BUNDLE_FILE = "model.pt"
ONNX_FILE = "model.onnx"
REFERENCES_FILE = "references.npz"
CHECKS_FILE = "checks.npz"
CHECK_ONNX_FILE = "check_network.onnx"
GOLDEN_DIR = "golden"
INPUT_NAME, OUTPUT_NAME = "images", "embeddings"
OPSET = 17
REFERENCE_KEYS = ("embeddings", "labels", "classes", "files", "golden_embeddings", "golden_classes", "golden_labels")


class ModuleError(ValueError):
    """A folder that is not a usable deployable module; the message says what to do."""


def export_onnx(model: nn.Module, image_size: int, path: Path) -> None:
    """Write ``model`` (float32, on the CPU) as ONNX with a dynamic batch axis.

    Input ``images``: N x 3 x S x S, RGB normalised with the bundle's mean/std; output
    ``embeddings``: N x E, L2-normalised.
    """
    cpu_model = copy.deepcopy(model).float().cpu().eval().to(memory_format=torch.contiguous_format)
    dummy = torch.zeros(2, 3, image_size, image_size)
    dynamo = importlib.util.find_spec("onnxscript") is not None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation and tracer notes
        torch.onnx.export(cpu_model, (dummy,), str(path), input_names=[INPUT_NAME], output_names=[OUTPUT_NAME],
                          dynamic_axes={INPUT_NAME: {0: "batch"}, OUTPUT_NAME: {0: "batch"}},
                          opset_version=OPSET, dynamo=dynamo)


def onnx_parity(model: nn.Module, onnx_path: Path, batch: torch.Tensor) -> float:
    """Largest absolute difference between onnxruntime and PyTorch embeddings of ``batch`` (on the CPU)."""
    import onnxruntime as ort

    cpu_model = copy.deepcopy(model).float().cpu().eval()
    with torch.inference_mode():
        expected = cpu_model(batch.float().cpu()).numpy()
    session = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    got = session.run([OUTPUT_NAME], {INPUT_NAME: batch.float().cpu().numpy()})[0]
    return float(np.abs(got - expected).max())


def write_module(export_dir: Path, *, bundle: Path, model: nn.Module, meta: dict, parity_batch: torch.Tensor,
                 classes: dict[str, dict], golden_root: Path, references: dict[str, np.ndarray],
                 decision: dict, line: dict, run_id: str, checks: dict[str, partcheck.ClassCheck]) -> dict:
    """Write the deployable module folder; returns its configs (with the ONNX parity result).

    ``classes``: {class: {product, component, light, orientation, symmetric_180, threshold,
    far, frr, n_match, n_nonmatch, calibrated_on, images: {label: file under golden_root}}}.
    ``checks``: the part check of each class (:mod:`hoam_core.evaluation.partcheck`).
    """
    export_dir = Path(export_dir)
    partial = partial_of(export_dir)
    if partial.exists():
        shutil.rmtree(partial)
    partial.mkdir(parents=True)
    shutil.copyfile(bundle, partial / BUNDLE_FILE)
    export_onnx(model, int(meta["image_size"]), partial / ONNX_FILE)
    parity = onnx_parity(model, partial / ONNX_FILE, parity_batch)
    out_classes = {}
    for cls, info in sorted(classes.items()):
        golden = {}
        for label, src in info["images"].items():
            rel = f"{GOLDEN_DIR}/{cls}/{label}{Path(src).suffix}"
            (partial / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(golden_root) / src, partial / rel)
            golden[label] = rel
        out_classes[cls] = {**{k: v for k, v in info.items() if k != "images"}, "golden": golden}
    missing = [k for k in REFERENCE_KEYS if k not in references]
    if missing:
        raise ValueError(f"references lack {', '.join(missing)}")
    np.savez(partial / REFERENCES_FILE, **{k: np.asarray(references[k], np.float32 if k.endswith("embeddings") else str)
                                           for k in REFERENCE_KEYS})
    check_classes = partcheck.save(partial / CHECKS_FILE, checks)
    check_copy = features.write_copy(partial / CHECK_ONNX_FILE)
    configs = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "run_id": run_id,
        "created": dt.datetime.now().isoformat(timespec="seconds"),
        "model": {"bundle": BUNDLE_FILE, "onnx": ONNX_FILE, "onnx_input": INPUT_NAME, "onnx_output": OUTPUT_NAME,
                  "onnx_opset": OPSET, "onnx_max_abs_diff": parity,
                  **{k: meta[k] for k in ("architecture", "backbone", "embedding_size", "image_size", "mean", "std")
                     if k in meta}},
        "preprocessing": {"color": "RGB", "resize": "letterbox", "scale": "pixel / 255",
                          "normalize": "(x - mean) / std per channel", "layout": "N x 3 x image_size x image_size"},
        "similarity": "cosine (embeddings are L2-normalised: the dot product)",
        "labels": list(meta.get("class_names", [])),
        "line": line,
        "decision": decision,
        "references": REFERENCES_FILE,
        "part_check": {"file": CHECKS_FILE, "network": features.spec(), **check_copy,
                       "patch_budget": partcheck.PATCH_BUDGET, "classes": check_classes},
        "classes": out_classes,
    }
    atomic_write_json(partial / CONFIG_FILE, configs)
    if export_dir.exists():
        shutil.rmtree(export_dir)
    partial.replace(export_dir)
    return configs


def read_module(module_dir: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """(configs, reference arrays) of a deployable module folder."""
    module_dir = Path(module_dir)
    path = module_dir / CONFIG_FILE
    if not path.is_file():
        raise ModuleError(coded("{folder} is not a deployable module (no {file}); give a run folder whose evaluation "
                                "finished, or its export/ folder", code="module_missing", folder=module_dir,
                                file=CONFIG_FILE))
    configs = json.loads(path.read_text(encoding="utf-8"))
    if configs.get("format") != FORMAT or configs.get("format_version", 0) > FORMAT_VERSION:
        raise ModuleError(coded("{file}: format {format} version {version} is not one this version reads ({ours} "
                                "{our_version}); update HOAM Trainer", code="module_format", file=path,
                                format=repr(configs.get("format")), version=configs.get("format_version"),
                                ours=FORMAT, our_version=FORMAT_VERSION))
    with np.load(module_dir / configs["references"], allow_pickle=False) as data:
        references = {k: data[k] for k in REFERENCE_KEYS}
    return configs, references


def read_checks(module_dir: Path, configs: dict) -> dict[str, partcheck.ClassCheck]:
    """The part checks of a module, made with the check network this installation has (else
    :class:`ModuleError`: its features would not be comparable); the module's ONNX copy of that network, where
    it has one, then runs it in this process."""
    check = configs["part_check"]
    if check["network"] != features.spec():
        raise ModuleError(coded("{folder}: its part checks were made with another check network ({made}; this "
                                "installation has {ours}); train the model again with this version",
                                code="module_network", folder=module_dir, made=check["network"],
                                ours=features.spec()))
    if "onnx" in check:
        features.serve_copy(Path(module_dir) / check["onnx"], check["onnx_sha256"])
    return partcheck.load(Path(module_dir) / check["file"], check["classes"])
