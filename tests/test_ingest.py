import datetime as dt
import os

import pytest

from hoam_core.config import SystemConfig, load_system_config
from hoam_core.events import CancelToken, Cancelled, ListSink, Reporter
from hoam_core.data.ingest import InputError, ingest, iter_input_files, read_manifest, scan_input
from hoam_core.metadata import open_metadata, resolve_site

from .aoi_fixtures import aoi_name, row_for, tree_digest, write_db, write_photo


@pytest.fixture
def task(tmp_path):
    """A small input tree with every kind of file the ingest must sort out."""
    inp = tmp_path / "input"
    rows = []
    for i in range(6):  # two products, one component, two lights
        for light in ("top", "side"):
            name = aoi_name(i, "U1", light)
            write_photo(inp / "OK" / ("sub" if i % 2 else "") / name, seed=i)
            rows.append(row_for(name, "PROD-A" if i < 3 else "PROD-B"))
    for i in range(6, 9):
        name = aoi_name(i, "C_12")
        write_photo(inp / "NG" / name, seed=i)
        rows.append(row_for(name, "PROD-A"))
    # warts
    write_photo(inp / "OK" / "IMG_0001.jpg")                              # unparseable
    (inp / "OK" / "notes.txt").write_text("hello")                         # not an image
    write_photo(inp / "OK" / aoi_name(20))                                  # no row in the database
    (inp / "OK" / aoi_name(21)).write_bytes(b"\xff\xd8\xff\xe0 broken")    # unreadable
    rows.append(row_for(aoi_name(21), "PROD-A"))
    write_photo(inp / "OK" / "dup" / aoi_name(0, "U1", "top"), seed=99)     # same name in another folder
    write_photo(inp / "OK" / aoi_name(22, "U2"))                            # row on the next day: found
    rows.append(row_for(aoi_name(22, "U2"), "PROD-A", shift=dt.timedelta(hours=20)))
    write_photo(inp / "OK" / aoi_name(23, "U2"))                            # row 3 days later: not found
    rows.append(row_for(aoi_name(23, "U2"), "PROD-A", shift=dt.timedelta(days=3)))
    write_photo(inp / "OK" / aoi_name(24, "U3"))                            # other line: not found
    rows.append(row_for(aoi_name(24, "U3"), "PROD-A", line="V99"))
    write_photo(inp / "OK" / aoi_name(25, "U4"))                            # hostile product name
    rows.append(row_for(aoi_name(25, "U4"), "../CON:evil"))
    db = write_db(tmp_path / "meta.sqlite", rows)
    run = tmp_path / "runs" / "run1"
    run.mkdir(parents=True)
    return inp, db, run


def _ingest(inp, db, run, system=None, reporter=None):
    system = system or SystemConfig()
    site = resolve_site(f"sqlite:///{db}", {})
    with open_metadata(site, system.database) as source:
        return ingest(inp, run, source, site="HPH", line_id="V31", config=system, reporter=reporter or Reporter())


def test_every_file_gets_a_fate_and_input_is_untouched(task):
    inp, db, run = task
    before = tree_digest(inp)
    summary = _ingest(inp, db, run)
    assert tree_digest(inp) == before
    rows = {r.source: r for r in read_manifest(run)}
    assert set(rows) == set(before), "every input file is in the manifest"
    reasons = {src: r.reason for src, r in rows.items() if r.fate == "left_out"}
    assert reasons == {
        "OK/IMG_0001.jpg": "unparseable_name", "OK/notes.txt": "not_an_image",
        f"OK/{aoi_name(20)}": "not_in_database", f"OK/{aoi_name(21)}": "unreadable_image",
        f"OK/dup/{aoi_name(0, 'U1', 'top')}": "duplicate", f"OK/{aoi_name(23, 'U2')}": "not_in_database",
        f"OK/{aoi_name(24, 'U3')}": "not_in_database"}
    assert summary["classes"]["PROD-A_U1_top"] == 3 and summary["classes"]["PROD-B_U1_side"] == 3
    assert summary["classes"]["PROD-A_U2_top"] == 1  # midnight drift within a day matched
    assert summary["ng"] == 3 and summary["left_out"] == 7
    for r in rows.values():
        if r.fate == "included":
            assert (run / r.destination).read_bytes() == (inp / r.source).read_bytes()
            assert r.destination.startswith("raw_data/")
    assert all(r.detail for r in rows.values() if r.fate == "left_out"), "every reason is explained"
    assert not list(run.glob("*.partial"))


def test_hostile_product_names_stay_inside_raw_data(task):
    inp, db, run = task
    _ingest(inp, db, run)
    hostile = next(r for r in read_manifest(run) if r.product == "../CON:evil")
    dest = (run / hostile.destination).resolve()
    assert dest.is_file() and (run / "raw_data") in dest.parents
    assert dest.parent.parent == (run / "raw_data").resolve()
    assert ":" not in dest.parent.name and ".." not in dest.parent.name.split("_")[0]


def test_copy_mode_and_hardlink_mode(task):
    inp, db, run = task
    _ingest(inp, db, run, load_system_config(overrides={"ingest": {"link_mode": "copy"}}))
    row = next(r for r in read_manifest(run) if r.fate == "included")
    assert os.stat(run / row.destination).st_ino != os.stat(inp / row.source).st_ino
    run2 = run.parent / "run2"
    run2.mkdir()
    _ingest(inp, db, run2, load_system_config(overrides={"ingest": {"link_mode": "hardlink"}}))
    assert os.stat(run2 / row.destination).st_ino == os.stat(inp / row.source).st_ino


def test_output_inside_input_is_not_ingested(task):
    inp, db, _ = task
    run = inp / "OK" / "runs" / "run1"
    run.mkdir(parents=True)
    write_photo(run / "leftover.jpg")
    files = [p for _, p in iter_input_files(inp, skip=(run.parent,))]
    assert not any("runs" in p.parts for p in files)
    _ingest(inp, db, run)
    assert not any(r.source.startswith("OK/runs/") for r in read_manifest(run))


def test_case_insensitive_input_folders_and_counts(tmp_path):
    inp = tmp_path / "in"
    write_photo(inp / "ok" / aoi_name(1))
    write_photo(inp / "Ng" / aoi_name(2))
    write_photo(inp / "ok" / "bad name.jpg")
    counts = scan_input(inp)
    assert (counts.ok, counts.ng, counts.unparseable) == (1, 1, 1)


@pytest.mark.parametrize("make,expected", [
    (lambda d: None, "does not exist"),
    (lambda d: (d / "NG").mkdir(parents=True), "no OK folder"),
    (lambda d: (d / "OK").mkdir(parents=True), "no files under"),
])
def test_unusable_input_folders(tmp_path, make, expected):
    inp = tmp_path / "in"
    make(inp)
    db = write_db(tmp_path / "m.sqlite", [])
    run = tmp_path / "runs" / "r"
    run.mkdir(parents=True)
    with pytest.raises(InputError, match=expected):
        _ingest(inp, db, run)


def test_no_usable_ok_image_names_the_manifest(tmp_path):
    inp = tmp_path / "in"
    write_photo(inp / "OK" / aoi_name(1))
    db = write_db(tmp_path / "m.sqlite", [])
    run = tmp_path / "runs" / "r"
    run.mkdir(parents=True)
    with pytest.raises(InputError, match="manifest.csv"):
        _ingest(inp, db, run)
    assert [r.reason for r in read_manifest(run)] == ["not_in_database"]


def test_cancel_leaves_no_raw_data(task):
    inp, db, run = task
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        _ingest(inp, db, run, reporter=Reporter(ListSink(), token))
    assert not (run / "raw_data").exists() and not (run / "manifest.csv").exists()


def test_small_chunks_give_the_same_result(task):
    inp, db, run = task
    other = run.parent / "other"
    other.mkdir()
    small = load_system_config(overrides={"database": {"chunk_size": 2}})
    assert _ingest(inp, db, run, small) == _ingest(inp, db, other)


def _warnings(sink: ListSink, code: str) -> list:
    return [e for e in sink.of_kind("message") if e.level == "warning" and e.code == code]


def test_ng_photos_from_other_days_than_the_ok_photos_are_warned_about(task, tmp_path):
    inp, db, run = task
    sink = ListSink()
    _ingest(inp, db, run, reporter=Reporter(sink))
    assert not _warnings(sink, "ng_days_apart")  # the fixture's NG photos share the OK photos' day

    # the same part: OK photos on 5 and 6 September, NG photos all a week later but one
    inp2, rows = tmp_path / "input2", []
    for i, when in enumerate([dt.datetime(2025, 9, 5, 8), dt.datetime(2025, 9, 6, 9)] * 2
                             + [dt.datetime(2025, 9, 12, 10)] * 3 + [dt.datetime(2025, 9, 6, 11)]):
        name = aoi_name(i, when=when + dt.timedelta(seconds=37 * i))
        write_photo(inp2 / ("NG" if i >= 4 else "OK") / name, seed=i)
        rows.append(row_for(name, "PROD-A"))
    run2 = tmp_path / "runs" / "run2"
    run2.mkdir(parents=True)
    sink = ListSink()
    _ingest(inp2, write_db(tmp_path / "meta2.sqlite", rows), run2, reporter=Reporter(sink))
    [warning] = _warnings(sink, "ng_days_apart")
    assert warning.data == {"apart": 3, "ng": 4, "ng_days": "2025-09-06 to 2025-09-12",
                            "ok_days": "2025-09-05 to 2025-09-06"}
    assert "3 of 4 NG photos were taken on days with no OK photo" in warning.text
    assert "Add OK photos taken on the same days as the NG photos" in warning.text
