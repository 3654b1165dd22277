"""Embeddings of image files, in batches, with the model bundle's own preprocessing.

Images are opened by :func:`hoam_core.data.images.load_rgb` and prepared by the training data
pipeline's own functions (``letterbox`` to the model's square size, ``eval_transform``:
scale to [0, 1] and normalise with the bundle's mean/std), so evaluation sees exactly what
validation during training saw. An image that cannot be read gets a NaN row and a
reason, never a crash.
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import torch
from PIL import Image
from torch import nn

from hoam_core.events import CodedText, Reporter
from hoam_core.data.images import ImageReadError, load_rgb
from hoam_core.training.data import eval_transform, letterbox

PREPARE_THREADS = min(4, os.cpu_count() or 1)  # decoding releases the GIL

log = logging.getLogger(__name__)


def device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def load_model(model_path: Path) -> tuple[nn.Module, dict]:
    """The model bundle at ``model_path`` in eval mode on the best device, and its metadata
    (the bundle's keys, with the model spec's architecture, backbone, embedding_size... at the top)."""
    from hoam_core.training.bundle import load_bundle

    model, meta = load_bundle(Path(model_path))
    model = model.eval().to(device()).to(memory_format=torch.channels_last)
    return model, {**meta.get("model_spec", {}), **meta}


Embedder = Callable[[torch.Tensor], np.ndarray]  # normalised N x 3 x S x S batch -> N x E float32 embeddings
Decoded = Callable[[int, Image.Image], None]  # told each readable file's position and decoded image


def torch_embedder(model: nn.Module) -> Embedder:
    """``model`` (a loaded bundle) as an :data:`Embedder`, on its device."""
    dev = next(model.parameters()).device

    def embed(batch: torch.Tensor) -> np.ndarray:
        with torch.inference_mode():
            batch = batch.to(dev, non_blocking=True).contiguous(memory_format=torch.channels_last)
            return model(batch).float().cpu().numpy()
    return embed


def module_embedder(model: nn.Module, onnx_path: Path) -> Embedder:
    """The fastest way to run a module's network here: its ONNX copy in onnxruntime on a machine without a GPU
    (about twice as fast as PyTorch on the CPU; the export checked it against PyTorch), else ``model``."""
    if device().type == "cpu" and Path(onnx_path).is_file():
        try:
            import onnxruntime as ort

            session = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
            name = session.get_inputs()[0].name
            return lambda batch: session.run(None, {name: batch.numpy()})[0]
        except Exception as exc:  # noqa: BLE001 - a damaged ONNX copy leaves the bundle itself
            log.warning("%s: onnxruntime cannot run it (%s); PyTorch runs the model bundle", onnx_path, exc)
    return torch_embedder(model)


def _prepare(path: Path, meta: dict, position: int = 0, decoded: Decoded | None = None
             ) -> tuple[torch.Tensor | None, str | None]:
    """The letterboxed uint8 ``3,S,S`` image, or the reason it cannot be read."""
    try:
        image = load_rgb(path)
    except ImageReadError as exc:
        return None, exc.reason
    if decoded is not None:
        decoded(position, image)
    return torch.from_numpy(letterbox(image, int(meta["image_size"]))[0]), None


def prepare_batch(paths: Sequence[Path], meta: dict, pool: ThreadPoolExecutor | None = None,
                  decoded: Decoded | None = None) -> tuple[torch.Tensor | None, list[int], list[str | None]]:
    """(normalised N x 3 x S x S float batch of the readable files, their positions, per-file error or None).
    ``decoded``, if given, is told each readable file's position in ``paths`` and its image (in the threads
    of ``pool``), for a caller that needs the photo in another form too without decoding it again."""
    prepared = list((pool.map if pool else map)(lambda ip: _prepare(Path(ip[1]), meta, ip[0], decoded),
                                                enumerate(paths)))
    good = [i for i, (tensor, _) in enumerate(prepared) if tensor is not None]
    errors = [reason for _, reason in prepared]
    if not good:
        return None, good, errors
    return eval_transform(meta["mean"], meta["std"])(torch.stack([prepared[i][0] for i in good])), good, errors


def embed_files(model: nn.Module | Embedder, meta: dict, paths: Sequence[Path], *, batch_size: int,
                reporter: Reporter | None = None, stage: str = "evaluate",
                said: Callable[[int, int], CodedText] | None = None, decoded: Decoded | None = None
                ) -> tuple[np.ndarray, list[str | None]]:
    """(N x E float32 embeddings, per-file error or None); unreadable files get a NaN row.

    ``model``: a loaded bundle, or an :data:`Embedder` (:func:`module_embedder`). Each batch done is a
    progress event of ``stage`` in the words ``said(done, total)`` gives. ``decoded``: see
    :func:`prepare_batch` (positions in ``paths``).
    """
    reporter = reporter or Reporter()
    embed = torch_embedder(model) if isinstance(model, nn.Module) else model
    out = np.full((len(paths), int(meta["embedding_size"])), np.nan, np.float32)
    errors: list[str | None] = [None] * len(paths)
    with ThreadPoolExecutor(PREPARE_THREADS) as pool:
        for start in range(0, len(paths), batch_size):
            reporter.cancel.check()
            batch, good, batch_errors = prepare_batch(
                paths[start:start + batch_size], meta, pool,
                None if decoded is None else lambda i, image, start=start: decoded(start + i, image))
            errors[start:start + len(batch_errors)] = batch_errors
            if batch is not None:
                out[[start + i for i in good]] = embed(batch)
            done = min(start + batch_size, len(paths))
            if said is not None:
                reporter.progress(stage, done / max(len(paths), 1), said(done, len(paths)))
    return out, errors
