"""The decision rule: one label per component photo (Up, Down, Left, Right or NG), as the line decides.

1. **Orientation**: a similarity-weighted vote of the ``k`` nearest good references under the
   trained embedding (every class's: the embedding is trained on orientation labels shared by all
   classes, so other classes' references of the same orientation help).
2. **The part check** of the photo's class (:mod:`hoam_core.evaluation.partcheck`), on the photo
   turned upright by that orientation: NG when it is like a known NG or unlike any good part.
A photo whose class is unknown (name not parsed, not in the database, class not trained) keeps the
vote's label; its row says why the class is missing. Used by the evaluate stage (on the val photos,
each judged with its own photo left out of the checks) and by ``predict``.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
from PIL import Image

from hoam_core.evaluation import features, partcheck
from hoam_core.evaluation.metrics import knn_vote, top_k
from hoam_core.evaluation.partcheck import ClassCheck
from hoam_core.data.images import load_rgb
from hoam_core.data.orientation import NG, turned, turns_to_upright
from hoam_core.training.data import letterbox

KNN_K = 5
RULE = ("orientation: similarity-weighted vote of the k nearest good references under the trained embedding; then "
        "the part check of the photo's class on the photo turned upright by it: NG when its nearest NG photo (or "
        "photo of another class's part, in any turn) is more alike than its nearest good photo, or when a place of "
        "it is unlike any good photo's (over the class's threshold)")
THREADS = 4


def vote(emb: np.ndarray, refs: Mapping[str, np.ndarray], k: int = KNN_K) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(label, similarity to the nearest voter, index of that reference in ``refs``) per embedding; the voters
    are the references whose label is not NG."""
    voters = np.flatnonzero(np.asarray(refs["labels"]) != NG)
    sims, idx = top_k(emb, refs["embeddings"][voters], k)
    idx = voters[idx]
    return knn_vote(sims, np.asarray(refs["labels"], dtype=object)[idx]), sims[:, 0], idx[:, 0]


def view(image: Image.Image) -> np.ndarray:
    """A decoded photo as the check network sees it, as shot: letterboxed, uint8 ``3 x SIZE x SIZE``."""
    return letterbox(image, features.SIZE)[0]


def upright_view(photo: Path | np.ndarray, orientation: str) -> np.ndarray:
    """``photo`` (its file, or its :func:`view`) as the check network sees it, turned upright as if it
    showed ``orientation``: uint8 ``3 x SIZE x SIZE``. Raises :class:`~hoam_core.data.images.ImageReadError`."""
    image = photo if isinstance(photo, np.ndarray) else view(load_rgb(Path(photo)))
    return np.ascontiguousarray(np.rot90(image, -turns_to_upright(orientation), axes=(1, 2)))


def check(photos: Sequence[Path | np.ndarray], orientations: Sequence[str], classes: Sequence[str],
          checks: Mapping[str, ClassCheck], leave_out: Sequence[str] | None = None) -> list[dict]:
    """Per photo (its file or its :func:`view`), the part check of its class on it turned upright by its
    orientation: ``{"ng": bool, "likeness": float, "anomaly": float, "resembles": str}`` (resembles: the other
    class whose part it looks like, where that made it NG), or ``{}`` for a photo without a check (class unknown
    or not checked). ``leave_out``: per photo, the input photo not to compare it with (itself),
    or ""."""
    todo = [i for i, c in enumerate(classes) if c in checks]
    out: list[dict] = [{} for _ in photos]
    with ThreadPoolExecutor(THREADS) as pool:  # decoding releases the GIL
        for start in range(0, len(todo), features.BATCH * 4):
            part = todo[start:start + features.BATCH * 4]
            views = list(pool.map(lambda i: upright_view(photos[i], orientations[i]), part))
            globals_, patches = features.describe(views)
            for i, g, p in zip(part, globals_, patches):
                check, left_out = checks[classes[i]], leave_out[i] if leave_out else ""
                ng, like, unlike = check.judge(g, p, left_out)
                out[i] = {"ng": ng, "likeness": like, "anomaly": unlike,
                          "resembles": check.resembles(g, left_out) if like > 0 else ""}
    return out


def fold(orientation: str, expected: str) -> str:
    """A vote for a part that looks the same turned 180 degrees, said as the orientations its class was trained
    with: its expected one, or a quarter turn from it (turned by 180, each looks like the other)."""
    return turned(orientation, 2) if orientation in (turned(expected, 2), turned(expected, 3)) else orientation


def decide(emb: np.ndarray, photos: Sequence[Path | np.ndarray], classes: Sequence[str],
           refs: Mapping[str, np.ndarray], checks: Mapping[str, ClassCheck], symmetric: Mapping[str, str],
           k: int = KNN_K, leave_out: Sequence[str] | None = None) -> list[dict]:
    """The rule above for unit-length embeddings ``emb`` of ``photos`` (files or :func:`view`-s) of ``classes``
    ("" = unknown).

    ``symmetric``: {class: expected orientation} of the classes that look the same turned 180 degrees; their
    votes are :func:`fold`-ed. Per photo: label, orientation (the vote), score (similarity to the nearest
    voting reference), nearest (its file), likeness and anomaly (NaN without a check), anomaly_threshold,
    resembles (see :func:`check`)."""
    labels, best, nearest = vote(emb, refs, k)
    labels = [fold(str(v), symmetric[c]) if c in symmetric else str(v) for v, c in zip(labels, classes)]
    judged = check(photos, labels, classes, checks, leave_out)
    out = []
    for label, sim, ref, cls, j in zip(labels, best, nearest, classes, judged):
        threshold = checks[cls].threshold if cls in checks else float("nan")
        out.append({"label": NG if j.get("ng") else str(label), "orientation": str(label), "score": float(sim),
                    "nearest": str(refs["files"][ref]), "likeness": j.get("likeness", float("nan")),
                    "anomaly": j.get("anomaly", float("nan")), "anomaly_threshold": float(threshold),
                    "resembles": j.get("resembles", "")})
    return out


def build_checks(good: Sequence[tuple[Path, str, str]], ng: Sequence[tuple[Path, str, str]],
                 orientation: Mapping[str, str], rule: str, max_far: float, max_frr: float
                 ) -> tuple[dict[str, ClassCheck], list[str]]:
    """The part check of each class, calibrated on the run's input photos; and the classes left without one
    (fewer than two good photos: nothing to compare a good photo with).

    ``good``, ``ng``: (photo file as shot, class, photo name) of the input's good and NG photos; an NG photo
    sits where its class's part belongs, so it is turned upright by its class's ``orientation``."""
    checks = {}
    counts = {cls: sum(c == cls for _, c, _ in good) for cls in orientation}
    unchecked = sorted(cls for cls, n in counts.items() if n < 2)
    checked = [(p, c, n) for p, c, n in good if c in counts and c not in unchecked]
    with ThreadPoolExecutor(THREADS) as pool:
        parts = _parts(checked, pool)
        for cls in sorted(set(orientation) - set(unchecked)):
            mine = [(p, n) for p, c, n in checked if c == cls]
            bad = [(p, n) for p, c, n in ng if c == cls]
            good_global, good_patches = features.describe(
                list(pool.map(lambda pn: upright_view(pn[0], orientation[cls]), mine)))
            ng_views = list(pool.map(lambda pn: upright_view(pn[0], orientation[cls]), bad))
            ng_global, ng_patches = features.describe(_four_turns(ng_views))
            checks[cls] = partcheck.build(
                good_global, good_patches, [n for _, n in mine], ng_global.reshape(len(bad), 4, good_global.shape[1]),
                ng_patches.reshape(len(bad), 4, *good_patches.shape[1:])[:, 0], [n for _, n in bad],
                rule, max_far, max_frr, parts, cls)
    return checks, unchecked


def _parts(good: Sequence[tuple[Path, str, str]], pool: ThreadPoolExecutor) -> partcheck.Parts:
    """The global features of the good photos (file, class, name) as shot, each in four turns."""
    if not good:
        return partcheck.Parts.empty(1280)
    out = []
    for start in range(0, len(good), features.BATCH * 4):
        views = list(pool.map(lambda pcn: view(load_rgb(Path(pcn[0]))), good[start:start + features.BATCH * 4]))
        out.append(features.describe(_four_turns(views), patches=False)[0])
    return partcheck.Parts(np.concatenate(out), np.asarray([n for _, _, n in good for _ in range(4)], dtype=object),
                           np.asarray([c for _, c, _ in good for _ in range(4)], dtype=object))


def _four_turns(views: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Each of ``views`` as it is and turned a quarter, a half and three quarters."""
    return [np.ascontiguousarray(np.rot90(v, -k, axes=(1, 2))) for v in views for k in range(4)]
