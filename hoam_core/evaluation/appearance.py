"""The appearance check: a photo, turned upright, is compared place by place with the good photos most like it.

Why: an embedding trained from random weights on a few NG photos ranks defects poorly, and it
learns whatever else tells those NG photos apart (on shared/bench every NG photo comes from a
later session, and good parts of that session were flagged NG). This check learns nothing: like
the variation model of classic AOI it compares with good photos, but on histograms of gradient
orientation (HOG), which change little with lighting and exposure, and it lets each place match
its neighbour, so a part a few pixels off is not a defect while a bent lead or a chipped case is.

Features: the photo letterboxed to ``SIZE`` pixels (as the network's input), the gradient of the
colour channel where it is strongest, a ``BINS``-bin histogram of its orientation (0-180 degrees)
per ``CELL`` x ``CELL`` cell, normalised over blocks of 2 x 2 cells (L2, clipped at 0.2, L2 again):
a ``G x G x 4*BINS`` grid. Score: among the good photos (the bank, all upright), the ``K`` nearest
over the whole grid; per block, the smallest distance to theirs within ``SHIFT`` blocks; the score
is the largest of those, the place least like any good photo. The bank holds each good photo also
moved by half a cell. The threshold is calibrated on the good photos (each against the rest of the
bank) and the NG photos. Format and rule: docs/deploy_format.md; figures: README, Benchmarks.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Sequence

import numpy as np

from hoam_core.images import load_rgb
from hoam_core.orientation import ORIENTATIONS, turned
from hoam_core.training.data import letterbox

SIZE, CELL, BINS, K, SHIFT = 128, 6, 9, 8, 1
CLIP = 0.2
HALF_CELL = CELL // 2
BANK_PHOTOS = 300  # at most this many good photos in the bank (each 9 times): scoring time and file size
THREADS = min(4, os.cpu_count() or 1)


def turns_to_upright(orientation: str) -> int:
    """Clockwise quarter turns that bring a part showing ``orientation`` to Up."""
    return next(k for k in range(4) if turned(orientation, k) == "Up")


def features(image: np.ndarray) -> np.ndarray:
    """The HOG grid (``G x G x 4*BINS`` float32) of a uint8 ``3 x SIZE x SIZE`` (or ``SIZE x SIZE x 3``) image."""
    a = np.asarray(image, np.float32) / 255.0
    if a.shape[0] == 3:
        a = a.transpose(1, 2, 0)
    gx, gy = np.zeros_like(a), np.zeros_like(a)
    gx[:, 1:-1], gy[1:-1] = a[:, 2:] - a[:, :-2], a[2:] - a[:-2]
    mag = np.hypot(gx, gy)
    strongest = mag.argmax(-1)[..., None]
    gx, gy, mag = (np.take_along_axis(v, strongest, -1)[..., 0] for v in (gx, gy, mag))
    position = (np.arctan2(gy, gx) % np.pi) / np.pi * BINS
    low = np.floor(position)
    upper = position - low  # share of the upper of the two bins the angle falls between
    hist = np.zeros(mag.shape + (BINS,), np.float32)
    np.put_along_axis(hist, (low.astype(int) % BINS)[..., None], (mag * (1 - upper))[..., None], -1)
    np.add.at(hist, tuple(np.indices(mag.shape)) + ((low.astype(int) + 1) % BINS,), mag * upper)
    n = a.shape[0] // CELL
    cells = hist[:n * CELL, :n * CELL].reshape(n, CELL, n, CELL, BINS).sum((1, 3))
    blocks = np.concatenate([cells[:-1, :-1], cells[1:, :-1], cells[:-1, 1:], cells[1:, 1:]], -1)
    for clip in (CLIP, None):
        blocks = blocks / np.sqrt((blocks ** 2).sum(-1, keepdims=True) + 1e-6)
        if clip:
            blocks = np.minimum(blocks, clip)
    return blocks.astype(np.float32)


def turn(image: np.ndarray, quarter_turns_cw: int) -> np.ndarray:
    """A uint8 ``3 x S x S`` image after ``quarter_turns_cw`` clockwise quarter turns."""
    return np.rot90(np.asarray(image), -quarter_turns_cw, axes=(1, 2))


def shifted_features(image: np.ndarray) -> np.ndarray:
    """:func:`features` of an upright uint8 ``3 x S x S`` image and of its 8 copies moved by half a cell
    (edges repeated): ``9 x G x G x D``. The bank holds them all, so a part that sits a few pixels
    off every good photo still finds its match (matching itself moves only by whole blocks)."""
    h = HALF_CELL
    padded = np.pad(np.asarray(image), ((0, 0), (h, h), (h, h)), mode="edge")
    n = image.shape[1]
    return np.stack([features(padded[:, h + dy:h + dy + n, h + dx:h + dx + n])
                     for dy in (0, -h, h) for dx in (0, -h, h)])


def bank_sample(classes: Sequence[str]) -> list[int]:
    """Which of the photos (of ``classes``, in order) go into the bank: all, or :data:`BANK_PHOTOS`
    taken in turn from each class so that every class is in it."""
    by_class: dict[str, list[int]] = {}
    for i, cls in enumerate(classes):
        by_class.setdefault(cls, []).append(i)
    queues = [iter(v) for _, v in sorted(by_class.items())]
    picked: list[int] = []
    while len(picked) < min(BANK_PHOTOS, len(classes)):
        picked += [i for i in (next(q, None) for q in queues) if i is not None][:BANK_PHOTOS - len(picked)]
    return sorted(picked)


def load_letterboxed(path: Path) -> np.ndarray:
    """The photo as the check sees it: uint8 ``3 x SIZE x SIZE``. Raises :class:`ImageReadError`."""
    return np.asarray(letterbox(load_rgb(path), SIZE)[0])


class Bank:
    """The good photos' grids (``N x G x G x D``), with what scoring needs computed once."""

    def __init__(self, grids: np.ndarray):
        self.grids = np.ascontiguousarray(grids, np.float32)
        self.flat = self.grids.reshape(len(self.grids), -1)
        self.norms = np.einsum("ij,ij->i", self.flat, self.flat)

    def __len__(self) -> int:
        return len(self.grids)

    def score(self, grid: np.ndarray, leave_out: np.ndarray | None = None) -> float:
        """How unlike the good photos the feature ``grid`` is (0: one of them). ``leave_out``: a mask of
        bank rows not to compare with (a bank photo's own copies)."""
        overall = self.norms - 2 * (self.flat @ grid.reshape(-1))  # squared distance, less |grid|^2
        if leave_out is not None:
            overall[leave_out] = np.inf
        nearest = self.grids[np.argpartition(overall, min(K, len(overall)) - 1)[:K]]
        n = grid.shape[0]
        best = np.full((n, n), np.inf, np.float32)
        for dy in range(-SHIFT, SHIFT + 1):
            for dx in range(-SHIFT, SHIFT + 1):
                moved = np.roll(nearest, (dy, dx), axis=(1, 2))
                best = np.minimum(best, ((moved - grid) ** 2).sum(-1).min(0))
        return float(best[SHIFT:n - SHIFT, SHIFT:n - SHIFT].max())


def scores_by_orientation(paths: Sequence[Path], bank: Bank, leave_out: Sequence[np.ndarray | None] | None = None
                          ) -> list[dict[str, float]]:
    """Per photo: {orientation: its score when turned upright as if it showed that orientation}.
    ``leave_out``: per photo, the bank rows not to compare with (its own copies), or None.
    Raises :class:`ImageReadError` for a photo that cannot be read."""
    def one(path: Path, skip: np.ndarray | None) -> dict[str, float]:
        image = load_letterboxed(Path(path))
        return {o: bank.score(features(turn(image, turns_to_upright(o))), skip) for o in ORIENTATIONS}
    with ThreadPoolExecutor(THREADS) as pool:  # decoding and numpy's array work release the GIL
        return list(pool.map(one, paths, leave_out or [None] * len(paths)))
