"""The appearance check on real component photos (../shared/bench's transistors): what it lets pass, what not."""
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hoam_core.evaluation import appearance
from hoam_core.orientation import ORIENTATIONS

PHOTOS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "data" / "mvtec_transistor"


@pytest.fixture(scope="module")
def good():
    """A bank of 60 good photos (upright, as the check keeps them), 10 more good photos, and the
    highest score a bank photo gets against the other 59: how unusual a good part can look."""
    images = [appearance.load_letterboxed(p) for p in sorted((PHOTOS / "train" / "good").glob("*.jpg"))[:70]]
    bank, own = appearance.Bank.calibrated(np.stack(images[:60]))
    return bank, images[60:], own.max()


def _score(image, bank):
    return bank.score(appearance.features(image))


def test_features_are_block_grids_of_normalised_histograms_one_per_cell_size(good):
    bank, photos, _ = good
    grids = appearance.features(photos[0])
    assert len(grids) == len(bank.grids) == len(appearance.CELLS)
    for cell, grid, bank_grid in zip(appearance.CELLS, grids, bank.grids):
        n = appearance.SIZE // cell - 1
        assert grid.shape == bank_grid.shape[1:] == (n, n, 4 * appearance.BINS) and grid.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(grid, axis=-1), 1.0, atol=1e-3)
        assert len(bank_grid) == 9 * len(bank)  # each photo and its 8 copies moved by half a cell
    assert bank.score(appearance.features(bank.photos[3])) == 0.0  # a bank photo is its own nearest
    # scores are in units of a good photo's typical score: good photos not in the bank score about 1
    assert 0.7 < np.median([_score(p, bank) for p in photos]) < 1.3


@pytest.mark.parametrize("cells", [appearance.CELLS, (5, 7)])
def test_the_bank_copies_are_the_photo_moved_by_half_a_cell(good, monkeypatch, cells):
    monkeypatch.setattr(appearance, "CELLS", cells)
    monkeypatch.setattr(appearance, "PAD", max(cells) // 2)
    photo = good[1][1]
    for cell, grid, copies in zip(cells, appearance.features(photo), appearance.shifted_features(photo)):
        inner = slice(1, -1)  # the outer blocks see the repeated edge
        np.testing.assert_allclose(copies[0][inner, inner], grid[inner, inner], atol=1e-5)
        moved = appearance.features(np.roll(photo, -(cell // 2), axis=2))[cells.index(cell)]
        np.testing.assert_allclose(copies[2][2:-2, 2:-2], moved[2:-2, 2:-2], atol=1e-5)  # the copy moved left


def test_lighting_and_a_small_shift_pass_a_chipped_case_does_not(good):
    bank, photos, spread = good
    photo = photos[0]
    base = _score(photo, bank)
    assert _score((photo * 0.8).astype(np.uint8), bank) < 1.1 * base  # 20 % darker: about the same
    for shift in ((2, 0), (0, 2)):
        assert _score(np.roll(photo, shift, axis=(1, 2)), bank) < spread
    chipped = photo.copy()
    chipped[:, 40:52, 52:64] = 230  # a bright chip out of the dark case
    assert _score(chipped, bank) > spread


def test_real_defects_score_above_good_parts(good):
    bank, photos, spread = good
    goods = [_score(p, bank) for p in photos]
    defects = {kind: [_score(appearance.load_letterboxed(p), bank)
                      for p in sorted((PHOTOS / "test" / kind).glob("*.jpg"))[:5]]
               for kind in ("bent_lead", "cut_lead", "damaged_case", "misplaced")}
    assert min(defects["misplaced"]) > spread  # a part off its place is unlike every good one
    assert np.mean([s for v in defects.values() for s in v]) > 1.4 * np.mean(goods)


def test_scores_by_orientation_find_how_a_photo_is_turned(good, tmp_path):
    bank, _, _ = good
    src = sorted((PHOTOS / "train" / "good").glob("*.jpg"))[60]
    for turns, shown in ((0, "Up"), (1, "Right"), (2, "Down"), (3, "Left")):
        Image.open(src).rotate(-90 * turns, expand=True).save(tmp_path / f"{shown}.png")
    scores = appearance.scores_by_orientation([tmp_path / f"{o}.png" for o in ORIENTATIONS], bank)
    for shown, by_orientation in zip(ORIENTATIONS, scores):
        assert set(by_orientation) == set(ORIENTATIONS)
        assert min(by_orientation, key=by_orientation.get) == shown
        assert appearance.turns_to_upright(shown) == (4 - ("Up", "Right", "Down", "Left").index(shown)) % 4


def test_a_large_bank_takes_photos_from_every_class_in_turn(monkeypatch):
    monkeypatch.setattr(appearance, "BANK_PHOTOS", 5)
    classes = ["A"] * 10 + ["B"] + ["C"] * 3
    picked = appearance.bank_sample(classes)
    assert len(picked) == 5 and picked == sorted(picked)
    assert {classes[i] for i in picked} == {"A", "B", "C"}
    assert appearance.bank_sample(["A", "B"]) == [0, 1]  # fewer photos than the limit: all
