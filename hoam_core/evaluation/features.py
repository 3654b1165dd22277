"""The check network: ImageNet features of a component photo, computed by a frozen, packaged backbone.

The trained HOAM embedding says which way a part faces. Whether it is the right part, and whole,
is judged on features that no training on a few hundred photos has bent: EfficientNet-Lite0 with
the ImageNet weights that ship with the app (:mod:`hoam_core.models.pretrained`), never trained by
a run. From one forward pass of a photo letterboxed to :data:`SIZE` pixels:

- ``global``: the classifier's pooled 1280-wide pre-logits, L2-normalised: what the part looks like
  as a whole (colour included: a brown resistor and a beige capacitor differ here);
- ``patches``: a feature per place on the stride-8 grid (``SIZE / 8`` squared): the stride-8 map
  and the stride-16 map brought to that grid, each averaged over its 3 x 3 neighbourhood and
  concatenated (PatchCore's locally aware patch features, Roth et al., CVPR 2022).

The network runs in onnxruntime (about four times faster than PyTorch on the CPU): from the ONNX copy a
deployable module holds (written at export), else exported in memory once per process (about 1.5 s),
checked against PyTorch on a fixed batch when it is exported; where the export or that check fails,
PyTorch computes the features (slower, the same within 1e-5).
"""
from __future__ import annotations

import functools
import hashlib
import io
import logging
import warnings
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import timm
import torch
import torch.nn.functional as F

from hoam_core.models import pretrained

BACKBONE = "tf_efficientnet_lite0"
SIZE = 256  # pixels: small defects (a cut lead, a chipped corner) vanish at the 128 px the embedding uses
LAYERS = (2, 3)  # feature_info indices of the stride-8 and stride-16 maps
BATCH = 16
PARITY_TOLERANCE = 1e-4  # largest difference onnxruntime may show against PyTorch, relative to the largest value

log = logging.getLogger(__name__)
Runner = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]  # uint8 N x 3 x SIZE x SIZE -> (global, patches)


class CheckNetwork(torch.nn.Module):
    """The frozen backbone; ``forward(uint8 N x 3 x SIZE x SIZE)`` -> (global N x 1280, patches N x P x C)."""

    def __init__(self) -> None:
        super().__init__()
        state, self.weights = pretrained.packaged_state_dict(BACKBONE)
        self.net = timm.create_model(BACKBONE, pretrained=False)
        self.net.load_state_dict(state, strict=True)
        self.net.eval().requires_grad_(False).to(memory_format=torch.channels_last)  # about 1.6x faster on CPU
        mean, std = pretrained.NORMALIZATION
        self.register_buffer("mean", torch.tensor(mean).view(1, 3, 1, 1) * 255)
        self.register_buffer("std", torch.tensor(std).view(1, 3, 1, 1) * 255)
        self.eval()

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        x = ((images.float() - self.mean) / self.std).contiguous(memory_format=torch.channels_last)
        final, (fine, coarse) = self.net.forward_intermediates(x, indices=list(LAYERS))
        fine = F.avg_pool2d(fine, 3, 1, 1)
        coarse = F.interpolate(F.avg_pool2d(coarse, 3, 1, 1), size=fine.shape[-2:], mode="bilinear",
                               align_corners=False)
        patches = torch.cat([fine, coarse], 1).flatten(2).transpose(1, 2)
        return F.normalize(self.net.forward_head(final, pre_logits=True), dim=1), patches


def spec() -> dict:
    """What makes two check networks' features comparable: backbone, input size, layers, weights."""
    return {"backbone": BACKBONE, "size": SIZE, "layers": list(LAYERS), "weights": network().weights["sha256"]}


@functools.lru_cache(maxsize=1)
def network() -> CheckNetwork:
    """The check network (built once per process; about 20 MB)."""
    torch.set_flush_denormal(True)
    return CheckNetwork()


@functools.lru_cache(maxsize=1)
def _exported() -> tuple[bytes, Runner, float]:
    """The check network exported to ONNX in memory, onnxruntime running it, and its largest difference from
    PyTorch on a fixed batch (relative to the largest value). Raises where the export or onnxruntime fails, or
    that difference is over :data:`PARITY_TOLERANCE`."""
    net = network()
    model = _export(net)
    ort_run = _session(model)
    probe = np.random.default_rng(0).integers(0, 256, (2, 3, SIZE, SIZE), dtype=np.uint8)
    worst = max(float(np.abs(a - b).max() / np.abs(b).max()) for a, b in zip(ort_run(probe), _torch_runner(net)(probe)))
    if worst > PARITY_TOLERANCE:
        raise ValueError(f"onnxruntime differs from PyTorch by {worst:.2e} (relative)")
    return model, ort_run, worst


_served: list[Runner] = []  # what runs the network in this process


def runner() -> Runner:
    """The check network as a function of a uint8 ``N x 3 x SIZE x SIZE`` batch, chosen once per process: a
    module's ONNX copy (:func:`serve_copy`), else onnxruntime on the network exported in memory, else PyTorch
    (see the module docstring)."""
    if not _served:
        try:
            _served.append(_exported()[1])
        except Exception as exc:  # noqa: BLE001 - any failure of the faster path leaves the PyTorch one
            log.warning("check network: onnxruntime not used (%s); PyTorch computes the features", exc)
            _served.append(_torch_runner(network()))
    return _served[0]


def write_copy(path: Path) -> dict:
    """Write the check network as ONNX to ``path`` (for a deployable module): what configs.json keeps of it
    (file name, sha256, difference from PyTorch); ``{}`` (logged) where it cannot be exported."""
    try:
        model, _, worst = _exported()
    except Exception as exc:  # noqa: BLE001 - the module is whole without it: predict exports the network itself
        log.warning("check network: no ONNX copy in the module (%s)", exc)
        return {}
    Path(path).write_bytes(model)
    return {"onnx": Path(path).name, "onnx_sha256": hashlib.sha256(model).hexdigest(), "onnx_max_rel_diff": worst}


def serve_copy(path: Path, sha256: str) -> None:
    """Run the check network in this process from a module's ONNX copy (:func:`write_copy`; the module's
    network spec is checked by the caller): no export and no PyTorch pass, about 1.5 s less start-up. A copy
    that is missing, altered (sha256) or does not load is logged and left; :func:`runner` chooses as before.
    Nothing changes where something already serves the network."""
    if _served:
        return
    try:
        model = Path(path).read_bytes()
        if hashlib.sha256(model).hexdigest() != sha256:
            raise ValueError("its sha256 is not the one configs.json gives")
        _served.append(_session(model))
    except Exception as exc:  # noqa: BLE001 - the network exported here serves instead
        log.warning("%s: not used (%s); the check network is exported here instead", path, exc)


def _torch_runner(net: CheckNetwork) -> Runner:
    def run(batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        with torch.inference_mode():
            g, p = net(torch.from_numpy(batch))
        return g.numpy(), p.numpy()
    return run


def _export(net: CheckNetwork) -> bytes:
    """``net`` as an ONNX model (opset 17, dynamic batch)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation and tracer notes
        torch.onnx.export(net, (torch.zeros(1, 3, SIZE, SIZE, dtype=torch.uint8),), buffer, input_names=["images"],
                          output_names=["global", "patches"], opset_version=17, dynamo=False,
                          dynamic_axes={"images": {0: "n"}, "global": {0: "n"}, "patches": {0: "n"}})
    return buffer.getvalue()


def _session(model: bytes) -> Runner:
    """onnxruntime running the ONNX ``model`` on the CPU."""
    import onnxruntime as ort

    session = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    return lambda batch: tuple(session.run(None, {"images": batch}))


def describe(images: Sequence[np.ndarray], patches: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(global float32 N x 1280, patches float32 N x P x C) of uint8 ``3 x SIZE x SIZE`` images, in batches;
    without ``patches``, their array is empty (N x 0 x 0: many images, little memory)."""
    run = runner()
    out_global, out_patches = [], []
    for start in range(0, len(images), BATCH):
        g, p = run(np.ascontiguousarray(np.stack(images[start:start + BATCH])))
        out_global.append(g)
        out_patches.append(p if patches else np.empty((len(g), 0, 0), np.float32))
    if not out_global:
        return np.empty((0, 1280), np.float32), np.empty((0, (SIZE // 8) ** 2, 152), np.float32)
    return np.concatenate(out_global), np.concatenate(out_patches)
