"""The part check: is a photo, turned upright, the class's part, and whole? Judged two ways on the check
network's features (:mod:`hoam_core.evaluation.features`), per class:

(a) **like a known NG**: its nearest NG reference is more alike (cosine of the global features) than its
    nearest good photo. The references are the engineer's NG photos of that place, each in four turns,
    and the other classes' good photos, each in four turns (:class:`Parts`: what sits in another spot is
    not this part, and a part from a neighbouring feeder is the wrong part a line meets most; the
    engineer's NG photos seldom show every kind). Only those less like the class's good photos than
    any good photo is like the others serve: an NG photo that looks like a good part as a whole (a
    faint scratch) would otherwise pull good parts of its own day to NG, and another class that shows
    the same part, turned as this class's is, is not a wrong part (a class's photos in one turn serve
    only where most of them are unlike too); faint NG is left to (b).
(b) **unlike any good part**: its anomaly, the largest over its places of the distance from that
    place's patch feature to the nearest patch of the class's good photos (PatchCore), in units of a
    good photo's typical anomaly, is over the class's threshold.

Nothing here is trained, so every photo of the run's input is a fair test: each photo is scored with its
own rows left out (of the good photos, the bank, the NG and the other parts' references). The threshold
of (b) is calibrated against the NG photos that the engineer's NG photos (a without the other parts) do
not catch. Where they catch them all, (b) is not used for that class: good parts of a later day drift
from those of the input (light, board batch, neighbours), and a check that flags drift gets switched off
on the line; the report says so. A class without NG photos has only (b), its threshold set on its good
photos. A good photo unlike all the other good photos of its class (often a wrong or missing part filed
as good) is named in the report for the engineer to look at.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from hoam_core.evaluation.golden import SUSPECT_Z, robust_z
from hoam_core.evaluation.threshold import calibrate

PATCH_BUDGET = 2048  # bank patches kept per class (greedy k-centre coreset): matching time per photo
PROJECTION = 64      # dimensions of the random projection the coreset is chosen in
PROBE = 256          # bank rows that bound each patch's distance before the whole bank is searched
PROBE_BLOCK = 64     # patches matched against the whole bank at a time
SEED = 0


def coreset(patches: np.ndarray, budget: int = PATCH_BUDGET, seed: int = SEED) -> np.ndarray:
    """Indices of at most ``budget`` rows of ``patches`` that cover them (greedy k-centre: each next row
    is the one farthest from those chosen; chosen in a random projection, as PatchCore does).

    Each step streams the projected rows once; they are held float32 and transposed (projection x rows),
    so that one step is a single vector-matrix product over contiguous memory."""
    if len(patches) <= budget:
        return np.arange(len(patches))
    rng = np.random.default_rng(seed)
    projection = (rng.standard_normal((patches.shape[1], PROJECTION)) / np.sqrt(PROJECTION)).astype(np.float32)
    zt = np.ascontiguousarray((patches @ projection).T)
    sq = np.einsum("ij,ij->j", zt, zt)
    chosen = [int(rng.integers(zt.shape[1]))]
    nearest = np.full(zt.shape[1], np.inf, np.float32)  # squared distance of each row to the nearest chosen
    step = np.empty_like(nearest)
    while True:
        last = chosen[-1]
        np.matmul(zt[:, last], zt, out=step)
        step *= -2
        step += sq
        step += sq[last]
        np.minimum(nearest, step, out=nearest)
        if len(chosen) == budget:
            return np.asarray(chosen)
        chosen.append(int(nearest.argmax()))


def anomaly(patches: np.ndarray, bank: np.ndarray, bank_sq: np.ndarray | None = None) -> float:
    """The largest over the rows of ``patches`` (P x C) of the Euclidean distance to the nearest row of
    ``bank`` (B x C).

    Exact, without matching every row against the whole bank: the distance to the nearest of the bank's
    first :data:`PROBE` rows (the coreset's first picks, spread over it) bounds each row's from above;
    rows are matched against the whole bank in the order of their bounds, until no bound left exceeds
    the largest distance found."""
    bank_sq = np.einsum("ij,ij->i", bank, bank) if bank_sq is None else bank_sq
    patches_sq = np.einsum("ij,ij->i", patches, patches)
    head = min(PROBE, len(bank))
    bound = _squared_distances(patches, bank[:head], bank_sq[:head]).min(1) + patches_sq
    order = np.argsort(-bound)
    worst = -np.inf
    for start in range(0, len(order), PROBE_BLOCK):
        rows = order[start:start + PROBE_BLOCK]
        if bound[rows[0]] <= worst:
            break
        nearest = _squared_distances(patches[rows], bank, bank_sq).min(1) + patches_sq[rows]
        worst = max(worst, float(nearest.max()))
    return float(np.sqrt(max(worst, 0.0)))


def _squared_distances(rows: np.ndarray, bank: np.ndarray, bank_sq: np.ndarray) -> np.ndarray:
    """|bank|^2 - 2 rows . bank (R x B): the squared distances less each row's own |row|^2, in place."""
    out = rows @ bank.T
    out *= -2
    out += bank_sq
    return out


@dataclass
class Parts:
    """The good input photos of every checked class, each in four turns: global features (K x D), and per row
    its photo and class. One for all the classes of a run; each class uses the rows :func:`build` marks."""

    features: np.ndarray
    owner: np.ndarray
    cls: np.ndarray

    @classmethod
    def empty(cls, dims: int) -> "Parts":
        return cls(np.empty((0, dims), np.float32), np.empty(0, object), np.empty(0, object))


@dataclass
class ClassCheck:
    """One class's references and calibration. Rows carry the photo they come from (``*_owner``), so a
    photo of the input can be judged with itself left out."""

    good: np.ndarray           # G x D global features of the good photos, upright
    good_owner: np.ndarray     # G photo names
    ng: np.ndarray             # M x D global features of the usable NG photos, four turns each
    ng_owner: np.ndarray       # M photo names
    bank: np.ndarray           # B x C patch features of the good photos, upright (coreset)
    bank_owner: np.ndarray     # B photo names
    scale: float               # a good photo's typical anomaly: the unit of ``threshold``
    threshold: float           # anomaly / scale over this: NG (inf: (b) not used)
    summary: dict = field(default_factory=dict)  # how it was calibrated, for the report and configs.json
    parts: Parts | None = None        # the run's other parts (shared by its classes)
    parts_used: np.ndarray | None = None  # K bool: the rows of ``parts`` that are references of (a)

    def __post_init__(self) -> None:
        self.bank_sq = np.einsum("ij,ij->i", self.bank, self.bank)
        if self.parts is None:
            self.parts, self.parts_used = Parts.empty(self.good.shape[1]), np.zeros(0, bool)

    def likeness(self, g: np.ndarray, leave_out: str = "", parts: bool = True) -> float:
        """(a): max cosine to the NG references (the NG photos and, with ``parts``, the other parts used) minus
        max cosine to the good photos (> 0: like a known NG); -inf without references."""
        good = self.good[self.good_owner != leave_out] if leave_out else self.good
        nearest, _ = self._nearest_reference(g, leave_out, parts)
        return float(nearest - (good @ g).max()) if len(good) else float("-inf")

    def resembles(self, g: np.ndarray, leave_out: str = "") -> str:
        """The class whose part the nearest NG reference of (a) shows: another class, or "" (an NG photo)."""
        return self._nearest_reference(g, leave_out, True)[1]

    def _nearest_reference(self, g: np.ndarray, leave_out: str, parts: bool) -> tuple[float, str]:
        """(cosine, class: "" for an NG photo) of the NG reference nearest ``g``; (-inf, "") without any."""
        ng = self.ng[self.ng_owner != leave_out] if leave_out else self.ng
        used = self.parts_used & (self.parts.owner != leave_out) if leave_out else self.parts_used
        used = used if parts else np.zeros_like(used)
        sims = np.concatenate([ng @ g, (self.parts.features @ g)[used]])
        if not len(sims):
            return float("-inf"), ""
        best = int(sims.argmax())
        return float(sims[best]), "" if best < len(ng) else str(self.parts.cls[used][best - len(ng)])

    def anomaly(self, patches: np.ndarray, leave_out: str = "") -> float:
        """(b): the photo's anomaly against the bank, in units of ``scale``."""
        if leave_out:
            keep = self.bank_owner != leave_out
            return anomaly(patches, self.bank[keep], self.bank_sq[keep]) / self.scale
        return anomaly(patches, self.bank, self.bank_sq) / self.scale

    def judge(self, g: np.ndarray, patches: np.ndarray, leave_out: str = "") -> tuple[bool, float, float]:
        """(NG?, likeness, anomaly) of a photo turned upright (its global and patch features)."""
        like, unlike = self.likeness(g, leave_out), self.anomaly(patches, leave_out)
        return like > 0 or unlike > self.threshold, like, unlike


def build(good_global: np.ndarray, good_patches: np.ndarray, good_names: list[str], ng_global: np.ndarray,
          ng_patches: np.ndarray, ng_names: list[str], rule: str, max_far: float, max_frr: float,
          parts: Parts | None = None, cls: str = "") -> ClassCheck:
    """Calibrate the check of class ``cls`` on its input photos.

    ``good_*``: the good photos upright (global G x D, patches G x P x C); ``ng_global``: the NG photos in
    four turns (N x 4 x D), ``ng_patches``: upright as the class's part would sit (N x P x C); ``parts``:
    the run's good photos of every class (its rows of ``cls`` are not used).
    """
    parts = parts if parts is not None else Parts.empty(good_global.shape[1])
    n_good, places = good_patches.shape[:2]
    flat = good_patches.reshape(n_good * places, -1)
    keep = coreset(flat)
    owners = np.repeat(np.asarray(good_names, dtype=object), places)[keep]
    ng_names_arr = np.asarray(ng_names, dtype=object)
    good_names_arr = np.asarray(good_names, dtype=object)
    # how alike each good photo is to the others (itself left out). An NG photo (or another class's photo in one
    # of its turns) is a reference only where it is less alike to the good photos than any good photo is to its
    # nearest other one: it then looks unlike a good part beyond their whole spread, and pulls no good part of
    # another day to NG. A good photo unlike all the others (a wrong or missing part among the good ones?) is
    # named for the engineer, and sets no bar.
    sims = good_global @ good_global.T
    np.fill_diagonal(sims, -np.inf)
    good_alike = sims.max(1) if n_good > 1 else np.full(n_good, 1.0)
    odd = robust_z(good_alike) < -SUSPECT_Z if n_good > 2 else np.zeros(n_good, bool)
    bar = good_alike[~odd].min()
    usable = np.einsum("gd,ntd->gnt", good_global[~odd], ng_global).max((0, 2), initial=-np.inf) < bar
    parts_used = _parts_used(parts, cls, good_global[~odd], bar)
    check = ClassCheck(good_global, good_names_arr, ng_global[usable].reshape(-1, ng_global.shape[-1]),
                       np.repeat(ng_names_arr[usable], ng_global.shape[1]), flat[keep], owners, 1.0, np.inf,
                       parts=parts, parts_used=parts_used)
    good_unlike = np.array([check.anomaly(p, name) for p, name in zip(good_patches, good_names)])
    check.scale = float(np.median(good_unlike)) or 1.0
    good_unlike /= check.scale
    good_like = np.array([check.likeness(g, name) for g, name in zip(good_global, good_names)])
    ng_unlike = np.array([check.anomaly(p) for p in ng_patches])
    ng_like = np.array([check.likeness(g[0], name) for g, name in zip(ng_global, ng_names)])
    # (b) is calibrated on, and used for, the kinds of NG that the engineer's own NG photos do not catch, as if there
    # were no other parts: some NG photos look like another spot's part turned (a part turned or shifted), and a
    # threshold set only on what the other parts leave would rise to the coarsest NG photos left.
    own_like = np.array([check.likeness(g[0], name, parts=False) for g, name in zip(ng_global, ng_names)])
    escapes = ng_unlike[~(own_like > 0)]
    if len(escapes) or not len(ng_names):
        # calibrate() works on similarities (higher: more alike); an anomaly is a distance
        t = calibrate(-good_unlike, -escapes, rule, max_far, max_frr)
        check.threshold = -t.threshold
        capped = t.capped
    else:
        capped = False
    caught = (ng_like > 0) | (ng_unlike > check.threshold)
    check.summary = {
        "good_photos": int(n_good), "ng_photos": len(ng_names), "ng_references": int(usable.sum()),
        "other_part_references": int(parts_used.sum()),
        "unlike_good_photos": [str(n) for n in good_names_arr[odd]],
        "bank_patches": int(len(keep)), "scale": check.scale,
        "threshold": None if np.isinf(check.threshold) else float(check.threshold),
        "anomaly_used": bool(np.isfinite(check.threshold)), "capped": bool(capped),
        "ng_caught_by_likeness": int((ng_like > 0).sum()), "ng_passed": int((~caught).sum()),
        "good_flagged": int(((good_like > 0) | (good_unlike > check.threshold)).sum()),
        "good_anomaly_max": float(good_unlike.max()) if n_good else None,
        "ng_anomaly_min": float(ng_unlike.min()) if len(ng_names) else None,
    }
    return check


def _parts_used(parts: Parts, cls: str, good: np.ndarray, bar: float) -> np.ndarray:
    """The rows of ``parts`` that are references of class ``cls``: those less alike to its good photos than
    ``bar``, of another class, in a turn in which that class's photos are (their median) unlike them too. Another
    class that shows the same part, turned as this class's is, is thus left out whole: its atypical photos too,
    which would otherwise pull this class's atypical good photos to NG."""
    alike = (parts.features @ good.T).max(1, initial=-np.inf)
    used = (parts.cls != cls) & (alike < bar)
    turns = np.arange(len(alike)) % 4  # rows are each photo's four turns in order
    for other in set(parts.cls) - {cls}:
        for turn in range(4):
            group = (parts.cls == other) & (turns == turn)
            if np.median(alike[group]) >= bar:
                used[group] = False
    return used


ARRAYS = ("good", "good_owner", "ng", "ng_owner", "bank", "bank_owner", "parts_used")
PARTS = ("features", "owner", "cls")  # saved once, as parts_{name}


def _stored(value: np.ndarray) -> np.ndarray:
    """An array as the npz keeps it: names as str, masks as bool, numbers as float32."""
    if value.dtype == object:
        return value.astype(str)
    return value if value.dtype == bool else value.astype(np.float32)


def save(path: Path, checks: dict[str, ClassCheck]) -> dict[str, dict]:
    """Write the checks' arrays to ``path`` (npz, no pickles; the run's :class:`Parts` once, the checks being
    built together); returns per class what configs.json keeps: its index in the file, scale, threshold
    (None: anomaly not used) and calibration summary."""
    arrays, out = {}, {}
    for i, (cls, check) in enumerate(sorted(checks.items())):
        for name in ARRAYS:
            arrays[f"c{i}_{name}"] = _stored(getattr(check, name))
        out[cls] = {"index": i, "scale": check.scale,
                    "threshold": None if np.isinf(check.threshold) else float(check.threshold), **check.summary}
    shared = {id(c.parts): c.parts for c in checks.values() if len(c.parts.owner)}
    assert len(shared) <= 1, "the checks of one run share its Parts"
    for parts in shared.values():
        arrays.update({f"parts_{name}": _stored(getattr(parts, name)) for name in PARTS})
    np.savez_compressed(path, **arrays)
    return out


def load(path: Path, classes: dict[str, dict]) -> dict[str, ClassCheck]:
    """The checks :func:`save` wrote, with ``classes`` as it returned them."""
    with np.load(path, allow_pickle=False) as data:
        parts = Parts(*(data[f"parts_{name}"] for name in PARTS)) if "parts_features" in data.files else None
        return {cls: ClassCheck(**{name: data[f"c{info['index']}_{name}"] for name in ARRAYS
                                   if f"c{info['index']}_{name}" in data.files},
                                scale=info["scale"],
                                threshold=np.inf if info["threshold"] is None else info["threshold"],
                                summary={k: v for k, v in info.items() if k != "index"},
                                parts=parts)
                for cls, info in classes.items()}
