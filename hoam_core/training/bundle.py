"""``best_model.pt``: one self-describing file with the weights and everything needed to use them.

A plain dict of tensors and plain Python values (no pickled classes), so it loads with
``torch.load(path, weights_only=True)``: a file that would run code when unpickled is
refused. It holds the model and loss weights, the model spec (architecture, backbone,
widths, embedding size), the preprocessing (image size, letterbox, mean/std), the class
names, library versions and the creation time. Written atomically.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import pickle
from pathlib import Path
from typing import Any, Mapping

import lightning
import pytorch_metric_learning
import timm
import torch
from torch import nn

import hoam_core
from hoam_core.events import coded
from hoam_core.models import pretrained
from hoam_core.models.hoam import ModelSpec, build_model

FORMAT = "hoam-model-bundle"
FORMAT_VERSION = 1


class BundleError(ValueError):
    """A file that is not a usable model bundle; the message names it and says why."""


def _tensors(module: nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}


def save_bundle(path: Path, model: nn.Module, spec: ModelSpec, loss_module: nn.Module | None, *,
                image_size: int, mean: tuple[float, ...], std: tuple[float, ...], class_names: tuple[str, ...],
                extra: Mapping[str, Any] | None = None) -> Path:
    """Write the bundle to ``path`` (a temp file in the same folder, then renamed)."""
    path = Path(path)
    bundle = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "model_spec": dataclasses.asdict(spec),
        "state_dict": _tensors(model),
        "loss_state_dict": _tensors(loss_module) if loss_module is not None else {},
        "image_size": int(image_size),
        "preprocess": "letterbox to a square (aspect kept, black padding), RGB in [0, 1], then (x - mean) / std",
        "mean": [float(v) for v in mean],
        "std": [float(v) for v in std],
        "class_names": [str(c) for c in class_names],
        "versions": {"torch": str(torch.__version__), "timm": str(timm.__version__),
                     "lightning": str(lightning.__version__),
                     "pytorch_metric_learning": str(pytorch_metric_learning.__version__),
                     "hoam_core": str(hoam_core.__version__)},
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "extra": dict(extra or {}),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        torch.save(bundle, tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def read_bundle(path: Path) -> dict[str, Any]:
    """The bundle's dict, loaded with ``weights_only=True`` (nothing in it can run code)."""
    path = Path(path)
    try:
        data = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        raise BundleError(coded("{file}: refused: the file holds Python objects other than weights, which could run "
                                "code when loaded ({error}). Only load models from HOAM Trainer or people you trust.",
                                code="bundle_unsafe", file=path, error=str(exc).splitlines()[0])) from None
    except (OSError, RuntimeError, EOFError) as exc:
        raise BundleError(coded("{file}: cannot read the model file ({error})", code="bundle_unreadable", file=path,
                                error=exc)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError(coded("{file}: not a HOAM Trainer model bundle (best_model.pt); an older tool's plain "
                                "state_dict loads with hoam_core.models.load_legacy_state_dict", code="bundle_not_ours",
                                file=path))
    if data.get("format_version", 0) > FORMAT_VERSION:
        raise BundleError(coded("{file}: written by a newer HOAM Trainer (format {version}); update",
                                code="bundle_newer", file=path, version=data["format_version"]))
    return data


def load_bundle(path: Path) -> tuple[nn.Module, dict[str, Any]]:
    """(the model rebuilt and loaded strictly, in eval mode; everything else in the bundle as ``meta``)."""
    data = read_bundle(path)
    spec = ModelSpec(**{**data["model_spec"], "pretrained": pretrained.NONE})  # the weights are in the bundle
    model = build_model(spec)
    try:
        model.load_state_dict(data["state_dict"], strict=True)
    except RuntimeError as exc:
        raise BundleError(coded("{file}: the weights do not fit the model it describes ({error})",
                                code="bundle_mismatch", file=path, error=exc)) from None
    meta = {k: v for k, v in data.items() if k != "state_dict"}
    return model.eval(), meta
