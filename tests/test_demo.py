"""The synthetic demo task: deterministic, parseable, matched in its database, and learnable."""
from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image

from hoam_core.demo import make_demo_task, render_part
from hoam_core.data.naming import AoiNameError, parse_aoi_name
from hoam_core.data.orientation import answers_from_mapping, turned

COLUMNS = ["uuid", "site", "line_id", "factory", "create_time", "product_name", "part_number", "carrier_sn",
           "board_sn", "comp_name", "image_path", "image_name", "top_btm", "aoi_defect", "op_defect",
           "ai_result", "package_type", "comp_type"]
CLOCKWISE = ["Up", "Right", "Down", "Left"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "task"
    start = time.perf_counter()
    task = make_demo_task(out)
    return task, time.perf_counter() - start


@pytest.fixture(scope="module")
def task(generated):
    return generated[0]


def rows_for(db: Path, image_path: str) -> list[sqlite3.Row]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return con.execute("SELECT * FROM amr_raw_data WHERE site = ? AND line_id = ? AND image_path = ?",
                           ("DEMO", "L1", image_path)).fetchall()
    finally:
        con.close()


def all_rows(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT * FROM amr_raw_data ORDER BY image_path").fetchall()
    finally:
        con.close()


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.suffix != ".sqlite"}


def test_generation_time_is_printed(generated, capsys):
    task, seconds = generated
    n = sum(1 for p in task.root.rglob("*.jpg"))
    with capsys.disabled():
        print(f"\ndemo task (default size): {n} images in {seconds:.2f} s")
    assert n > 0


def test_same_seed_same_bytes_and_rows(task, tmp_path):
    again = make_demo_task(tmp_path / "again")
    first, second = tree(task.root), tree(again.root)
    assert first.keys() == second.keys()
    assert all(first[k] == second[k] for k in first)
    assert all_rows(task.database) == all_rows(again.database)
    other = make_demo_task(tmp_path / "other", seed=1, boards=2)
    assert all_rows(other.database) != all_rows(task.database)[: len(all_rows(other.database))]
    other_ok = sorted((other.input_dir / "OK").glob("*.jpg"))[0].read_bytes()
    assert other_ok != sorted((task.input_dir / "OK").glob("*.jpg"))[0].read_bytes()


def test_refuses_a_folder_that_is_not_empty_and_bad_sizes(tmp_path):
    (tmp_path / "x.txt").write_text("keep me")
    with pytest.raises(FileExistsError, match="not empty"):
        make_demo_task(tmp_path)
    assert (tmp_path / "x.txt").read_text() == "keep me"
    with pytest.raises(ValueError, match="image_size"):
        make_demo_task(tmp_path / "new", image_size=8)


def test_table_columns_and_lookup_index(task):
    con = sqlite3.connect(task.database)
    try:
        assert [r[1] for r in con.execute("PRAGMA table_info(amr_raw_data)")] == COLUMNS
        indexed = [[r[2] for r in con.execute(f"PRAGMA index_info('{name}')")]
                   for _, name, *_ in con.execute("PRAGMA index_list(amr_raw_data)")]
    finally:
        con.close()
    assert ["site", "line_id", "image_path"] in indexed


def test_every_input_file_parses_and_has_one_row_except_the_warts(task):
    files = sorted(p for p in task.input_dir.rglob("*") if p.is_file())
    assert task.unparsable_file in files and task.unmatched_file in files
    with pytest.raises(AoiNameError):
        parse_aoi_name(str(task.unparsable_file))
    assert rows_for(task.database, parse_aoi_name(str(task.unmatched_file)).image_path) == []
    classes: Counter = Counter()
    ng = Counter()
    next_day = 0
    for path in files:
        if path in (task.unparsable_file, task.unmatched_file):
            continue
        name = parse_aoi_name(str(path))
        rows = rows_for(task.database, name.image_path)
        assert len(rows) == 1, path
        row = rows[0]
        assert row["image_name"] == path.name and row["comp_name"].startswith(name.component)
        created = dt.datetime.fromisoformat(row["create_time"])
        assert abs(created.date() - name.timestamp.date()) <= dt.timedelta(days=1)
        next_day += created.date() > name.timestamp.date()
        folder = path.relative_to(task.input_dir).parts[0]
        if folder == "OK":
            assert row["aoi_defect"] == "PASS"
            classes[f"{row['product_name']}_{name.component}_{name.light}"] += 1
        else:
            assert folder == "NG" and row["aoi_defect"] != "PASS"
            ng[row["aoi_defect"]] += 1
    assert next_day > 0  # a board inspected just before midnight
    assert set(classes) == set(task.orientations)
    assert len(classes) == 14 and min(classes.values()) >= 11  # 2 products x (U1, C_12, R5 x 2 lights + D3)
    assert "DEMO-A_C_12_top" in classes  # a component name with an underscore
    assert set(ng) == {"MISSING", "WRONG_PART", "SHIFTED", "DAMAGED"} and sum(ng.values()) == 14  # one per class


def test_orientations_file_says_what_the_task_declares(task):
    data = yaml.safe_load(task.orientations_file.read_text(encoding="utf-8"))
    answers = answers_from_mapping(data, str(task.orientations_file))
    assert {c: a.orientation for c, a in answers.items()} == task.orientations
    assert {c for c, a in answers.items() if a.symmetric_180} == task.symmetric
    assert task.symmetric == {"DEMO-A_R5_top", "DEMO-A_R5_side", "DEMO-B_R5_top", "DEMO-B_R5_side"}
    assert set(task.orientations.values()) == set(CLOCKWISE)


def _aligned_distance(a: np.ndarray, b: np.ndarray, shift: int = 5) -> float:
    """Mean absolute difference of the centres of a and b, at the best shift of a, brightness matched."""
    n = a.shape[0]
    a = a * (b.mean() / a.mean())
    core = b[shift:n - shift, shift:n - shift]
    return min(float(np.abs(a[shift + dy:n - shift + dy, shift + dx:n - shift + dx] - core).mean())
               for dy in range(-shift, shift + 1) for dx in range(-shift, shift + 1))


def test_images_face_the_declared_orientation(task):
    by_class: dict[str, list[Path]] = {}
    for path in sorted((task.input_dir / "OK").glob("*.jpg")):
        if path not in (task.unparsable_file, task.unmatched_file):
            name = parse_aoi_name(str(path))
            product = rows_for(task.database, name.image_path)[0]["product_name"]
            by_class.setdefault(f"{product}_{name.component}_{name.light}", []).append(path)
    for cls, paths in by_class.items():
        name = parse_aoi_name(str(paths[0]))
        reference = np.asarray(render_part(name.component, name.light), dtype=np.float32)
        image = np.asarray(Image.open(paths[0]), dtype=np.float32)
        # np.rot90 turns counter-clockwise: k turns undo k clockwise quarter turns
        distances = [_aligned_distance(np.rot90(image, k), reference) for k in range(4)]
        declared = CLOCKWISE.index(task.orientations[cls])
        if cls in task.symmetric:
            assert int(np.argmin(distances)) % 2 == declared % 2, (cls, distances)
        else:
            assert int(np.argmin(distances)) == declared, (cls, distances)


@pytest.mark.parametrize("light", ["top", "side"])
def test_symmetric_part_looks_the_same_turned_180_and_polar_parts_do_not(light):
    def difference(component: str) -> float:
        a = np.asarray(render_part(component, light), dtype=np.float32)
        return float(np.abs(a - np.rot90(a, 2)).mean())

    assert difference("R5") < 0.5  # drawn mirror-exact: 0.0
    for component in ("U1", "D3", "C_12"):  # polarity marks cover a small part of the image: ~2-7
        assert difference(component) > 1.5, component


def test_truth_covers_all_orientations_and_ng(task):
    with open(task.truth_csv, newline="", encoding="utf-8") as f:
        truth = list(csv.DictReader(f))
    assert len(truth) == 14 * 4 + 4 * 2
    assert {r["label"] for r in truth} == {"Up", "Down", "Left", "Right", "NG"}
    test_files = {p.name for p in task.test_dir.iterdir()}
    assert {r["file"] for r in truth} == test_files
    assert not test_files & {p.name for p in task.input_dir.rglob("*")}
    for r in truth:
        assert r["expected"] == task.orientations[r["cls"]]
        assert rows_for(task.database, parse_aoi_name(r["file"]).image_path), r["file"]
        if r["cls"] in task.symmetric and r["label"] != "NG":
            assert r["label"] in (r["expected"], turned(r["expected"], 1))
    polar_labels = {r["label"] for r in truth if r["cls"] == "DEMO-A_U1_top"}
    assert polar_labels >= set(CLOCKWISE)
