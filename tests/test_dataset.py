import csv
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hoam_core.config import DatasetConfig
from hoam_core.data.dataset import build_dataset, split_originals
from hoam_core.events import CancelToken, Cancelled, ListSink, Reporter
from hoam_core.data.orientation import OrientationAnswer


def _photo(path: Path, seed: int, size=(50, 37)) -> None:
    rng = np.random.default_rng(seed)
    arr = rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
    arr[:8, :8] = 255  # a mark in one corner: every rotation differs
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(arr).save(path, quality=92)


@pytest.fixture
def run_dir(tmp_path):
    raw = tmp_path / "run" / "raw_data"
    for cls, n in (("P_U1_top", 10), ("P_R5_top", 6), ("P_C1_top", 4), ("NG", 5)):
        for i in range(n):
            _photo(raw / cls / f"2025090507344{i}_B{i}_T@{cls}_1_top.jpg", hash((cls, i)) % 1000)
    return tmp_path / "run"


ANSWERS = {"P_U1_top": OrientationAnswer("Up"), "P_R5_top": OrientationAnswer("Left", symmetric_180=True),
           "P_C1_top": OrientationAnswer("exclude")}


def _index(run_dir):
    with open(run_dir / "dataset" / "dataset.csv", newline="") as f:
        return list(csv.DictReader(f))


def test_split_is_by_original_and_leak_free(run_dir):
    build_dataset(run_dir, ANSWERS, DatasetConfig(val_fraction=0.3, seed=1), Reporter())
    rows = _index(run_dir)
    sides = {}
    for r in rows:
        sides.setdefault((r["source_class"], r["original"]), set()).add(r["split"])
    assert all(len(s) == 1 for s in sides.values()), "a photo appears on both sides"
    val = {k for k, s in sides.items() if s == {"val"}}
    assert len([k for k in val if k[0] == "P_U1_top"]) == 3 and len([k for k in val if k[0] == "NG"]) == 2
    assert not any(k[0] == "P_C1_top" for k in sides), "an excluded class reached the dataset"
    # files on disk match the index
    on_disk = sorted(p.relative_to(run_dir / "dataset").as_posix() for p in (run_dir / "dataset").rglob("*.png"))
    assert on_disk == sorted(r["file"] for r in rows)


def test_rotations_follow_the_table_and_are_encoded_alike(run_dir):
    build_dataset(run_dir, ANSWERS, DatasetConfig(), Reporter())
    rows = _index(run_dir)
    by_rotation = {int(r["rotation_deg"]): r["label"] for r in rows if r["source_class"] == "P_U1_top"}
    assert by_rotation == {0: "Up", 90: "Right", 180: "Down", 270: "Left"}
    sym = {int(r["rotation_deg"]): r["label"] for r in rows if r["source_class"] == "P_R5_top"}
    assert sym == {0: "Left", 90: "Up"}, "a 180-symmetric class must not get contradicting labels"
    assert {r["label"] for r in rows if r["source_class"] == "NG"} == {"NG"}
    assert len([r for r in rows if r["source_class"] == "NG"]) == 5 * 4
    # the confirmed orientation is re-encoded like its rotations: all PNG, exact pixel rotations
    row = next(r for r in rows if r["source_class"] == "P_U1_top" and r["rotation_deg"] == "0")
    base = np.asarray(Image.open(run_dir / "dataset" / row["file"]))
    assert Image.open(run_dir / "dataset" / row["file"]).format == "PNG"
    assert base.shape[0] % 16 == 0 and base.shape[1] % 16 == 0
    for deg in (90, 180, 270):
        other = next(r for r in rows if r["original"] == row["original"] and r["rotation_deg"] == str(deg))
        turned = np.asarray(Image.open(run_dir / "dataset" / other["file"]))
        assert np.array_equal(turned, np.rot90(base, k=-deg // 90))
    assert all(p.suffix == ".png" for p in (run_dir / "oriented_data").rglob("*") if p.is_file())
    assert {p.name for p in (run_dir / "oriented_data").iterdir()} == {"Up", "Down", "Left", "Right", "NG"}


def test_mean_std_are_raw_pixels_of_training_images(run_dir):
    build_dataset(run_dir, ANSWERS, DatasetConfig(), Reporter())
    stats = json.loads((run_dir / "dataset" / "mean_std.json").read_text())
    train = [p for p in (run_dir / "dataset" / "train").rglob("*.png")]
    px = np.concatenate([np.asarray(Image.open(p), dtype=np.float64).reshape(-1, 3) / 255 for p in train])
    assert np.allclose(stats["mean"], px.mean(0), atol=1e-5)
    assert np.allclose(stats["std"], px.std(0), atol=1e-5)
    assert all(0 < m < 1 for m in stats["mean"]) and all(0 < s < 0.5 for s in stats["std"])


def test_seeded_split_is_stable():
    paths = [Path(f"{i}.jpg") for i in range(20)]
    assert split_originals(paths, 0.2, 3, "c") == split_originals(list(reversed(paths)), 0.2, 3, "c")
    assert split_originals(paths, 0.2, 3, "c") != split_originals(paths, 0.2, 4, "c")
    assert list(split_originals([Path("a")], 0.5, 0, "c").values()) == ["train"]
    assert sorted(split_originals([Path("a"), Path("b")], 0.01, 0, "c").values()) == ["train", "val"]


def test_cancel_leaves_no_dataset_that_looks_complete(run_dir):
    token = CancelToken()
    calls = []

    def sink(event):
        calls.append(event)
        if event.kind == "progress":
            token.cancel()

    with pytest.raises(Cancelled):
        build_dataset(run_dir, ANSWERS, DatasetConfig(), Reporter(sink, token))
    assert not (run_dir / "dataset").exists() and not (run_dir / "oriented_data").exists()
    build_dataset(run_dir, ANSWERS, DatasetConfig(), Reporter())  # a later try starts clean
    assert (run_dir / "dataset" / "mean_std.json").exists()
    assert not list(run_dir.glob("*.partial"))


def test_unreadable_original_is_reported_and_skipped(run_dir):
    bad = run_dir / "raw_data" / "P_U1_top" / "20250905073449_B9_T@U1_1_top.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    sink = ListSink()
    summary = build_dataset(run_dir, ANSWERS, DatasetConfig(), Reporter(sink))
    assert any(bad.name in u for u in summary["unreadable"])
    assert any(bad.name in e.text and e.level == "warning" for e in sink.of_kind("message"))
