"""Golden samples and suspects: the most typical images, and the ones that sit far from their group.

Typicality is the cosine similarity of an embedding to the mean direction of its group;
the most typical image is the group's medoid under cosine similarity (for unit vectors,
the largest summed similarity to the others is the largest similarity to the mean).

Layout written under ``results/golden_samples/`` (the export and the GUI read it):

    golden_samples.json                       index of everything below
    classes/{class}/{label}.png               per (product, component, light) class: its most
                                              typical original photo, in each orientation the
                                              dataset holds (the confirmed one is the golden sample)
    labels/{label}/{rank:02d}_{file}.png      per training label: the medoid (rank 01) and the
                                              next most typical images
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Sequence

import numpy as np

from hoam_core.data.orientation import NG
from hoam_core.layout import GOLDEN_INDEX, GOLDEN_SAMPLES
from hoam_core.runs import atomic_write_json

SUSPECT_Z = 3.5       # robust z-score under which an image is an outlier of its group
MIN_SPREAD = 0.02     # floor of the robust spread, so very tight groups do not flag tiny deviations
MIN_GROUP = 3


def typicality(emb: np.ndarray) -> np.ndarray:
    """Cosine similarity of each row to the mean direction of all rows."""
    centre = emb.mean(0)
    return emb @ (centre / max(float(np.linalg.norm(centre)), 1e-12))


def most_typical(emb: np.ndarray, indices: np.ndarray, n: int) -> list[tuple[int, float]]:
    """The ``n`` most typical of ``indices`` (medoid first) with their typicality."""
    indices = np.asarray(indices)
    if len(indices) == 0:
        return []
    sims = typicality(emb[indices])
    order = np.argsort(-sims, kind="stable")[:n]
    return [(int(indices[i]), float(sims[i])) for i in order]


def find_suspects(emb: np.ndarray, labels: Sequence[str], groups: Sequence[str]) -> list[dict]:
    """Images far from their group (see :func:`group_of`) or nearer to a group of another label.

    Returns one dict per suspect: index, similarity to its group centre, robust z-score,
    the nearest group of another label and the similarity to it, and the reason; farthest first.
    """
    labels, groups = np.asarray(labels, dtype=object), np.asarray(groups, dtype=object)
    names = sorted(set(groups))
    centres = np.stack([emb[groups == g].mean(0) for g in names])
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-12)
    centre_label = np.array([labels[groups == g][0] for g in names], dtype=object)
    sims = emb @ centres.T
    out = []
    for gi, g in enumerate(names):
        members = np.flatnonzero(groups == g)
        own = sims[members, gi]
        other = np.where(centre_label != centre_label[gi], sims[members], -np.inf)
        for m, s, row, z in zip(members, own, other, robust_z(own)):
            j = int(np.argmax(row))
            reasons = []
            if len(members) >= MIN_GROUP and z < -SUSPECT_Z:
                reasons.append("far from its group")
            if np.isfinite(row[j]) and row[j] > s:
                reasons.append(f"nearer to {names[j]}")
            if reasons:
                out.append({"index": int(m), "group": g, "similarity_to_group": float(s), "robust_z": float(z),
                            "nearest_other_group": names[j] if np.isfinite(row[j]) else "",
                            "similarity_to_other": float(row[j]) if np.isfinite(row[j]) else float("nan"),
                            "reason": "; ".join(reasons)})
    return sorted(out, key=lambda d: d["similarity_to_group"])


def robust_z(similarities: np.ndarray) -> np.ndarray:
    """How far each similarity lies under the group's median, in robust spreads (1.4826 x the median absolute
    deviation, at least ``MIN_SPREAD``); under ``-SUSPECT_Z``: an outlier."""
    median = np.median(similarities)
    return (similarities - median) / max(1.4826 * float(np.median(np.abs(similarities - median))), MIN_SPREAD)


def group_of(label: str, cls: str, shown: str = "") -> str:
    """The suspect-test group of an image: its class in one orientation; NG photos by the
    orientation they show (``shown``, when their class is known), across classes."""
    if label == NG:
        return f"{NG}/{shown}" if shown else NG
    return f"{cls}/{label}"


def write_golden_samples(results_dir: Path, source_root: Path, classes: dict[str, dict],
                         labels: dict[str, list[dict]]) -> dict:
    """Copy the golden images into the layout above and write its index; returns the index.

    ``classes``: {class: {"orientation", "symmetric_180", "original", "typicality",
    "images": {label: file relative to source_root}}}; ``labels``: {label: [{"file", "typicality"}]}.
    """
    root = Path(results_dir) / GOLDEN_SAMPLES
    if root.exists():
        shutil.rmtree(root)
    index: dict = {"classes": {}, "labels": {}}
    for cls, info in sorted(classes.items()):
        images = {}
        for label, src in info["images"].items():
            rel = f"classes/{cls}/{label}{Path(src).suffix}"
            _copy(Path(source_root) / src, root / rel)
            images[label] = rel
        index["classes"][cls] = {**info, "images": images, "source_images": dict(info["images"])}
    for label, picks in labels.items():
        entries = []
        for rank, pick in enumerate(picks, 1):
            rel = f"labels/{label}/{rank:02d}_{Path(pick['file']).name}"
            _copy(Path(source_root) / pick["file"], root / rel)
            entries.append({"file": rel, "source": pick["file"], "typicality": pick["typicality"],
                            "medoid": rank == 1})
        index["labels"][label] = entries
    atomic_write_json(root / GOLDEN_INDEX, index)
    return index


def read_golden_index(results_dir: Path) -> dict:
    path = Path(results_dir) / GOLDEN_SAMPLES / GOLDEN_INDEX
    return json.loads(path.read_text(encoding="utf-8"))


def _copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
