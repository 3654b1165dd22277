"""The appearance check: a photo, turned upright, is compared place by place with the good photos most like it.

Why: an embedding trained from random weights on a few NG photos ranks defects poorly, and it
learns whatever else tells those NG photos apart (on shared/bench every NG photo comes from a
later session, and good parts of that session were flagged NG). This check learns nothing: like
the variation model of classic AOI it compares with good photos, but on histograms of gradient
orientation (HOG), which change little with lighting and exposure, and it lets each place match
its neighbour, so a part a few pixels off is not a defect while a bent lead or a chipped case is.

Features: the photo letterboxed to ``SIZE`` pixels (as the network's input), the gradient of the
colour channel where it is strongest, a ``BINS``-bin histogram of its orientation (0-180 degrees)
per cell, normalised over blocks of 2 x 2 cells (L2, clipped at 0.2, L2 again): a ``G x G x 4*BINS``
grid, for each cell size of ``CELLS`` (4 to 10 pixels: a cut lead's tip and a bent lead's course are
seen at different sizes). Score per cell size: among the good photos (the bank, all upright), the
``K`` nearest over the whole grid; per block, the smallest distance to theirs within ``SHIFT`` blocks;
the largest of those, the place least like any good photo. The bank holds each good photo also moved
by half a cell. A photo's score is the mean over cell sizes of its scores, each divided by a good
photo's typical one. The threshold is calibrated on the good photos (each against the rest of the
bank) and the NG photos. Format and rule: docs/deploy_format.md; figures: README, Benchmarks.
"""
from __future__ import annotations

import itertools
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from hoam_core.images import load_rgb
from hoam_core.orientation import ORIENTATIONS, turned
from hoam_core.training.data import letterbox

SIZE, BINS, K, SHIFT = 128, 9, 8, 1
CELLS = (4, 6, 8, 10)  # cell sizes (pixels) of the grids, fine to coarse; a photo's score is their mean
CLIP = 0.2
PAD = max(CELLS) // 2  # the largest half-cell shift of the bank's copies
BANK_PHOTOS = 300  # at most this many good photos in the bank (each 9 times): scoring time and memory
QUERIES_AT_ONCE = 64  # compared with the bank in one pass (a pass reads every bank row: memory-bound)
THREADS = min(4, os.cpu_count() or 1)


def spec() -> dict:
    """How this version computes scores: a module's check (configs.json) is used only where it was made alike."""
    return {"size": SIZE, "cells": list(CELLS), "bins": BINS, "k": K, "shift": SHIFT, "clip": CLIP}


def turns_to_upright(orientation: str) -> int:
    """Clockwise quarter turns that bring a part showing ``orientation`` to Up."""
    return next(k for k in range(4) if turned(orientation, k) == "Up")


def _pixel_histograms(image: np.ndarray) -> np.ndarray:
    """Per pixel of a uint8 ``3 x H x W`` image, its gradient (of the colour channel where it is
    strongest) as a ``BINS``-bin orientation histogram (0-180 degrees, split between the two nearest
    bins): ``H x W x BINS`` float32."""
    a = np.asarray(image, np.float32).transpose(1, 2, 0) / 255.0
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
    return hist


def _grid(hist: np.ndarray, cell: int) -> np.ndarray:
    """The HOG grid of ``SIZE x SIZE`` pixel histograms: summed per ``cell`` x ``cell`` cell, normalised
    over blocks of 2 x 2 cells (L2, clipped at ``CLIP``, L2 again): ``G x G x 4*BINS`` float32."""
    n = SIZE // cell
    cells = hist[:n * cell, :n * cell].reshape(n, cell, n, cell, BINS).sum((1, 3))
    blocks = np.concatenate([cells[:-1, :-1], cells[1:, :-1], cells[:-1, 1:], cells[1:, 1:]], -1)
    for clip in (CLIP, None):
        blocks = blocks / np.sqrt((blocks ** 2).sum(-1, keepdims=True) + 1e-6)
        if clip:
            blocks = np.minimum(blocks, clip)
    return blocks.astype(np.float32)


def features(image: np.ndarray) -> list[np.ndarray]:
    """The HOG grids of a uint8 ``3 x SIZE x SIZE`` image, one per cell size of :data:`CELLS`."""
    hist = _pixel_histograms(image)
    return [_grid(hist, cell) for cell in CELLS]


def shifted_features(image: np.ndarray) -> list[np.ndarray]:
    """Per cell size, the grids of an upright uint8 ``3 x SIZE x SIZE`` image and of its 8 copies moved
    by half a cell (edges repeated): ``9 x G x G x D`` each. The bank holds them all, so a part that sits
    a few pixels off every good photo still finds its match (matching itself moves only by whole blocks)."""
    hist = _pixel_histograms(np.pad(np.asarray(image), ((0, 0), (PAD, PAD), (PAD, PAD)), mode="edge"))
    moves = [(0, -(cell // 2), cell // 2) for cell in CELLS]
    return [np.stack([_grid(hist[PAD + dy:PAD + dy + SIZE, PAD + dx:PAD + dx + SIZE], cell) for dy in m for dx in m])
            for cell, m in zip(CELLS, moves)]


def turn(image: np.ndarray, quarter_turns_cw: int) -> np.ndarray:
    """A uint8 ``3 x S x S`` image after ``quarter_turns_cw`` clockwise quarter turns."""
    return np.rot90(np.asarray(image), -quarter_turns_cw, axes=(1, 2))


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
    """The good photos (upright, uint8 ``N x 3 x SIZE x SIZE``), as grids of each cell size with their
    shifted copies, and ``scale``: per cell size, a good photo's typical score, which a photo's scores are
    divided by before their mean is taken (so that each cell size counts alike)."""

    def __init__(self, photos: np.ndarray, scale: Sequence[float]):
        self.photos = np.ascontiguousarray(photos, np.uint8)
        with ThreadPoolExecutor(THREADS) as pool:  # numpy's array work releases the GIL
            copies = list(pool.map(shifted_features, self.photos))
        self.copies = len(copies[0][0]) if copies else 0
        self.grids = [np.ascontiguousarray(np.concatenate([c[i] for c in copies])) for i in range(len(CELLS))]
        self.flat = [g.reshape(len(g), -1) for g in self.grids]
        self.norms = [np.einsum("ij,ij->i", f, f) for f in self.flat]
        self.owner = np.repeat(np.arange(len(self.photos)), self.copies)
        self.scale = np.asarray(scale, np.float64)

    @classmethod
    def calibrated(cls, photos: np.ndarray) -> tuple["Bank", np.ndarray]:
        """A bank of ``photos`` whose scale is, per cell size, the median score of its photos each
        against the others; and those photos' scores (each against the others)."""
        bank = cls(photos, np.ones(len(CELLS)))
        raw = bank.raw(([g[j * bank.copies] for g in bank.grids] for j in range(len(bank))),
                       (bank.rows_of(j) for j in range(len(bank))))
        bank.scale = np.median(raw, 0)
        return bank, (raw / bank.scale).mean(1)

    def __len__(self) -> int:
        return len(self.photos)

    def rows_of(self, photo: int) -> np.ndarray:
        """The mask of the bank rows that are copies of bank photo number ``photo``."""
        return self.owner == photo

    def raw(self, queries: Iterable[Sequence[np.ndarray]],
            leave_out: Iterable[np.ndarray | None] | None = None) -> np.ndarray:
        """Per query (its feature grids, one per cell size) and cell size, how unlike the good photos it
        is (0: one of them): among the ``K`` nearest rows over the whole grid, per block the closest
        within ``SHIFT`` blocks; the largest of those. ``leave_out``: per query, a mask of rows not to
        compare with, or None. ``Q x len(CELLS)``; queries are compared ``QUERIES_AT_ONCE`` at a time
        (one pass over the bank for all of them)."""
        queries, skips = iter(queries), iter(leave_out) if leave_out is not None else itertools.repeat(None)
        out = []
        with ThreadPoolExecutor(THREADS) as pool:  # numpy's array work releases the GIL
            while chunk := list(itertools.islice(queries, QUERIES_AT_ONCE)):
                skip = list(itertools.islice(skips, len(chunk)))
                part = np.empty((len(chunk), len(CELLS)))
                for i, (bank, flat, norms) in enumerate(zip(self.grids, self.flat, self.norms)):
                    distance = norms - 2 * (np.stack([q[i].reshape(-1) for q in chunk]) @ flat.T)  # less |query|^2
                    for row, mask in zip(distance, skip):
                        if mask is not None:
                            row[mask] = np.inf
                    nearest = np.argpartition(distance, min(K, len(flat)) - 1, axis=1)[:, :K]
                    part[:, i] = list(pool.map(lambda q: _worst_block(bank[nearest[q]], chunk[q][i]),
                                               range(len(chunk))))
                out.append(part)
        return np.concatenate(out) if out else np.empty((0, len(CELLS)))

    def scores(self, queries: Iterable[Sequence[np.ndarray]],
               leave_out: Iterable[np.ndarray | None] | None = None) -> np.ndarray:
        """How unlike the good photos each query is: the mean over cell sizes of :meth:`raw` divided
        by ``scale`` (about 1 for a typical good photo)."""
        return (self.raw(queries, leave_out) / self.scale).mean(1)

    def score(self, grids: Sequence[np.ndarray], leave_out: np.ndarray | None = None) -> float:
        """:meth:`scores` of one query."""
        return float(self.scores([grids], [leave_out])[0])


def _worst_block(nearest: np.ndarray, grid: np.ndarray) -> float:
    """The largest over the blocks (the outer ``SHIFT`` ring left out) of the smallest squared distance
    between a block of ``grid`` and the same block of any of the ``nearest`` grids moved by up to ``SHIFT``."""
    n = grid.shape[0]
    best = np.full((n, n), np.inf, np.float32)
    for dy in range(-SHIFT, SHIFT + 1):
        for dx in range(-SHIFT, SHIFT + 1):
            best = np.minimum(best, ((np.roll(nearest, (dy, dx), axis=(1, 2)) - grid) ** 2).sum(-1).min(0))
    return float(best[SHIFT:n - SHIFT, SHIFT:n - SHIFT].max())


def scores_by_orientation(paths: Sequence[Path], bank: Bank, leave_out: Sequence[np.ndarray | None] | None = None
                          ) -> list[dict[str, float]]:
    """Per photo: {orientation: its score when turned upright as if it showed that orientation}.
    ``leave_out``: per photo, the bank rows not to compare with (its own copies), or None.
    Raises :class:`ImageReadError` for a photo that cannot be read."""
    def grids(path: Path) -> list[list[np.ndarray]]:
        image = load_letterboxed(Path(path))
        return [features(turn(image, turns_to_upright(o))) for o in ORIENTATIONS]

    skips = list(leave_out or [None] * len(paths))
    step = max(1, QUERIES_AT_ONCE // len(ORIENTATIONS))
    out: list[dict[str, float]] = []
    with ThreadPoolExecutor(THREADS) as pool:  # decoding and numpy's array work release the GIL
        for start in range(0, len(paths), step):
            queries = [g for photo in pool.map(grids, paths[start:start + step]) for g in photo]
            scores = bank.scores(queries, [s for s in skips[start:start + step] for _ in ORIENTATIONS])
            out += [dict(zip(ORIENTATIONS, map(float, row))) for row in scores.reshape(-1, len(ORIENTATIONS))]
    return out
