"""Dataset: split by original photo, rotate into the four orientations, compute mean/std.

The split is made per class on the original photos, before any rotation, so no photo
appears (in any rotation) on both sides. Every orientation of a photo, the confirmed one
included, is decoded once and written the same way (lossless PNG of a crop whose sides
are multiples of 16, so the camera's JPEG block grid rotates onto itself): no class can be
told apart by compression artefacts. Written into ``*.partial`` folders, renamed at the end.
"""
from __future__ import annotations

import csv
import io
import os
import random
import shutil
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from ..config import DatasetConfig
from ..events import Reporter, coded
from ..layout import DATASET_INDEX, MEAN_STD, RunLayout, partial
from .images import ImageReadError, load_rgb
from .orientation import LABELS, NG, OrientationAnswer, rotations_for, turned
from ..runs import atomic_write_json, atomic_write_text, partial_outputs

STAGE = "dataset"
GRID = 16


@dataclass(frozen=True)
class Item:
    """One original photo and what to make of it."""

    source: Path        # in raw_data/
    cls: str            # its class folder (NG for NG)
    orientation: str    # its confirmed orientation, or NG
    turns: tuple[int, ...]
    split: str


def split_originals(paths: list[Path], val_fraction: float, seed: int, key: str) -> dict[Path, str]:
    """Seeded split of one class's originals; at least one val photo when there are two or more."""
    order = sorted(paths)
    random.Random(seed * 1_000_003 + zlib.crc32(key.encode("utf-8"))).shuffle(order)
    n_val = round(len(order) * val_fraction)
    if val_fraction > 0 and len(order) >= 2:
        n_val = min(max(n_val, 1), len(order) - 1)
    return {p: ("val" if i < n_val else "train") for i, p in enumerate(order)}


def grid_crop(img: Image.Image) -> Image.Image:
    """Crop right/bottom edges so both sides are multiples of the JPEG block grid."""
    w, h = img.size
    w2, h2 = max(GRID, w - w % GRID), max(GRID, h - h % GRID)
    return img if (w2, h2) == (w, h) or w < GRID or h < GRID else img.crop((0, 0, w2, h2))


def plan(run_dir: Path, answers: dict[str, OrientationAnswer], config: DatasetConfig) -> list[Item]:
    raw = RunLayout(run_dir).raw_data
    items: list[Item] = []
    groups = [(cls, a.orientation, rotations_for(a.symmetric_180)) for cls, a in sorted(answers.items())
              if a.orientation in LABELS]
    if (raw / NG).is_dir():
        groups.append((NG, NG, (0, 1, 2, 3)))
    for cls, orientation, turns in groups:
        paths = sorted(p for p in (raw / cls).iterdir() if p.is_file())
        for path, split in split_originals(paths, config.val_fraction, config.seed, cls).items():
            items.append(Item(path, cls, orientation, turns, split))
    return sorted(items, key=lambda it: (it.cls, it.source.name))


def build_dataset(run_dir: Path, answers: dict[str, OrientationAnswer], config: DatasetConfig,
                  reporter: Reporter) -> dict:
    """Run the dataset stage; returns its summary (counts per split and label, mean/std)."""
    run_dir, layout = Path(run_dir), RunLayout(run_dir)
    oriented_tmp, dataset_tmp = partial(layout.oriented_data), partial(layout.dataset)
    with partial_outputs(run_dir, oriented_tmp, dataset_tmp):
        return _build(run_dir, oriented_tmp, dataset_tmp, answers, config, reporter)


def _build(run_dir: Path, oriented_tmp: Path, dataset_tmp: Path, answers: dict[str, OrientationAnswer],
           config: DatasetConfig, reporter: Reporter) -> dict:
    items = plan(run_dir, answers, config)
    if not any(it.split == "train" and it.orientation != NG for it in items):
        raise ValueError(coded("no training images of an OK class: every class was excluded or is empty; answer at "
                               "least one class with Up, Down, Left or Right", code="no_train_images"))
    if not any(it.split == "val" for it in items):  # training measures every epoch on val, evaluation too
        raise ValueError(coded("no validation photo at all: a class gives some of its photos to validation only "
                               "when it has 2 or more; add photos and start a new run", code="no_val_photos"))
    reporter.stage(STAGE, "Building the dataset from {total} photos", code="dataset_started", total=len(items))
    total = np.zeros(3)
    total_sq = np.zeros(3)
    n_pixels = 0
    counts: dict[str, dict[str, int]] = {"train": {}, "val": {}}
    unreadable: list[str] = []
    index_rows = []
    for i, item in enumerate(items):
        reporter.cancel.check()
        try:
            img = grid_crop(load_rgb(item.source))
        except ImageReadError as exc:
            unreadable.append(f"{item.source.name}: {exc.reason}")
            reporter.message("Left out {file}: {reason}", level="warning", stage=STAGE,
                             code="image_left_out", file=str(item.source), reason=exc.reason)
            continue
        if item.split == "train":
            px = np.asarray(img, dtype=np.float64).reshape(-1, 3) / 255.0
            total += px.sum(0) * len(item.turns)
            total_sq += (px * px).sum(0) * len(item.turns)
            n_pixels += px.shape[0] * len(item.turns)
        for k in item.turns:
            label = item.orientation if item.orientation == NG else turned(item.orientation, k)
            name = f"{item.cls}__{item.source.stem}__r{90 * k:03d}.{config.image_format}"
            oriented = oriented_tmp / label / name
            oriented.parent.mkdir(parents=True, exist_ok=True)
            img.rotate(-90 * k, expand=True).save(oriented, format="PNG", compress_level=1)
            target = dataset_tmp / item.split / label / name
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(oriented, target)
            except OSError:
                shutil.copyfile(oriented, target)
            counts[item.split][label] = counts[item.split].get(label, 0) + 1
            index_rows.append((item.split, label, f"{item.split}/{label}/{name}", item.cls, item.source.name,
                               90 * k))
        reporter.progress(STAGE, (i + 1) / len(items), "{done}/{total} photos", code="dataset_progress",
                          done=i + 1, total=len(items))
    if n_pixels == 0:
        raise ValueError(coded("no readable training image: see the warnings above", code="no_readable_train_image"))
    mean = total / n_pixels
    std = np.sqrt(np.maximum(total_sq / n_pixels - mean * mean, 0.0))
    stats = {"mean": [round(float(v), 6) for v in mean], "std": [round(float(v), 6) for v in std],
             "pixels": int(n_pixels), "space": "RGB pixels in [0, 1], pooled over all training pixels"}
    atomic_write_json(dataset_tmp / MEAN_STD, stats)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["split", "label", "file", "source_class", "original", "rotation_deg"])
    w.writerows(index_rows)
    atomic_write_text(dataset_tmp / DATASET_INDEX, buf.getvalue())
    layout = RunLayout(run_dir)
    for tmp, final in ((oriented_tmp, layout.oriented_data), (dataset_tmp, layout.dataset)):
        if final.exists():
            shutil.rmtree(final)
        tmp.replace(final)
    for label in LABELS:
        if counts["train"].get(label) and not counts["val"].get(label):
            reporter.message("Label {label} has no validation images: its scores cannot be measured",
                             level="warning", stage=STAGE, code="label_without_val", label=label)
    no_val = sorted({it.cls for it in items} - {it.cls for it in items if it.split == "val"})
    if no_val:
        reporter.message("{count} class(es) have no validation photo (a single photo each): {classes}",
                         level="warning", stage=STAGE,
                         code="classes_without_val", count=len(no_val), classes=", ".join(no_val))
    summary = {"originals": len(items) - len(unreadable), "counts": counts, "mean": stats["mean"],
               "std": stats["std"], "unreadable": unreadable, "classes_without_val": no_val}
    n_train, n_val = sum(counts["train"].values()), sum(counts["val"].values())
    reporter.message("Dataset: train {train}, val {val} images; mean {mean}, std {std}",
                     stage=STAGE, code="dataset_summary", train=n_train, val=n_val, mean=stats["mean"],
                     std=stats["std"])
    return summary
