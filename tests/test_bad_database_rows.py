"""Bad and hostile metadata database rows (SQLite and PostgreSQL) through the real pipeline up to the dataset.

One kind of bad input a case, beside the small good task of tests/task_harness.py, which says what each checks.
"""
from __future__ import annotations

import datetime as dt

import pytest

from hoam_core.data.safenames import MAX_BYTES

from .aoi_fixtures import aoi_name, row_for
from .task_harness import (LINE, SITE, Result, assert_included, assert_left_out, assert_went_on, base_task,
                           dataset_files, run_task)
from .task_harness import metadata_db, pg_text_db, task  # noqa: F401 - fixtures (metadata_db asks for pg_text_db)


HOSTILE_PRODUCTS = {
    "slash": "A/B", "parent-dirs": "../../../etc", "dotdot": "..", "dot": ".", "backslash": "..\\..\\Windows",
    "drive": "C:", "colon": "x:y", "con": "CON", "nul": "NUL", "nul-ext": "nul.txt", "com1": "COM1",
    "lpt9": "lpt9", "aux-dot": "AUX.", "sql-drop": "'; DROP TABLE amr_raw_data; --", "sql-or": '" OR 1=1 --',
    "format-strings": "%s %(x)s {0} %n", "shell": "$(rm -rf ~)", "glob": "*", "tilde": "~", "long": "P" * 300,
    "long-cjk": "產品" * 100, "control": "A\nB\tC\x1b[31m", "windows-forbidden": '<>|?*"',
    "spaces-around": "  spaced  ", "trailing-dot": "trail. ", "nul-byte": "A\x00B", "dash-first": "-rf",
    "unicode-slash": "A\u2215B\uff0fC", "rtl-override": "abc\u202egpj.exe",
}


@pytest.fixture(scope="module")
def hostile_run(metadata_db, tmp_path_factory) -> tuple[Result, dict[str, tuple[str, str]]]:
    """One run whose database gives every hostile product name; kind -> (file name, product)."""
    task = base_task(tmp_path_factory.mktemp("hostile"))
    cases = {}
    for i, (kind, product) in enumerate(HOSTILE_PRODUCTS.items()):
        if "\x00" in product and getattr(metadata_db, "backend", "") == "postgres":
            product = product.replace("\x00", "")  # PostgreSQL text cannot hold NUL
        cases[kind] = (aoi_name(100 + i, "U9"), product)
        task.add(cases[kind][0], product=product, seed=i)
    db = metadata_db(task)
    rows_before = getattr(metadata_db, "rows", lambda: 0)()
    result = run_task(task, db=db)
    assert getattr(metadata_db, "rows", lambda: 0)() == rows_before, "the database changed"
    assert_went_on(result)
    return result, cases


def test_no_path_leaves_the_run_folder(hostile_run):
    result, _ = hostile_run
    run = result.run_dir.resolve()
    assert all(run in p.resolve().parents for p in result.run_dir.rglob("*")), "a path left the run folder"
    assert len(result.state.data["summary"]["ingest"]["classes"]) == 1 + len(HOSTILE_PRODUCTS)


@pytest.mark.parametrize("kind", HOSTILE_PRODUCTS)
def test_hostile_product_names_never_build_a_path(hostile_run, kind):
    result, cases = hostile_run
    name, product = cases[kind]
    row = assert_included(result, f"OK/{name}")
    assert row.product == product.strip(), "the manifest keeps the database's value"
    raw = result.run_dir / "raw_data"
    dest = result.run_dir / row.destination
    assert dest.parent.parent == raw and dest.resolve().parent.parent == raw.resolve()
    cls = dest.parent.name
    assert cls == row.cls and len(cls.encode()) <= MAX_BYTES
    assert not set(cls) & set('<>:"/\\|?*') and all(ord(c) >= 32 for c in cls)
    assert not cls.startswith((".", " ")) and not cls.endswith((".", " "))
    assert cls.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9"}
    assert result.state.data["summary"]["ingest"]["classes"][cls] == 1
    assert len(dataset_files(result, dest.name)) == 4


def test_products_differing_only_in_case_get_separate_folders(task, metadata_db):
    task.add(aoi_name(30, "U9"), product="Prod-A")
    task.add(aoi_name(31, "U9"), product="PROD-A")
    task.add(aoi_name(32, "U9"), product="prod-a")
    result = run_task(task, db=metadata_db(task))
    assert_went_on(result)
    classes = [result.manifest[f"OK/{aoi_name(i, 'U9')}"].cls for i in (30, 31, 32)]
    assert classes[0] == "Prod-A_U9_top"
    assert len({c.casefold() for c in classes}) == 3, "one folder on Windows for two classes"


def test_parts_whose_names_join_to_the_same_class_stay_apart(task, metadata_db):
    task.add(aoi_name(30, "12"), product="X_C")  # X_C + 12 and X + C_12 both read X_C_12_top
    task.add(aoi_name(31, "C_12"), product="X")
    task.add(aoi_name(32, "C_12"), product="X")
    result = run_task(task, db=metadata_db(task))
    assert_went_on(result)
    first, second, third = (result.manifest[f"OK/{aoi_name(i, c)}"].cls for i, c in ((30, "12"), (31, "C_12"),
                                                                                     (32, "C_12")))
    assert first == "X_C_12_top" and second != first and second.startswith("X_C_12_top~")
    assert third == second, "one part, one class"


def test_products_that_clean_to_the_same_name_stay_apart(task, metadata_db):
    for i, product in enumerate(["A/B", "A_B", "A:B", "A\\B"]):
        task.add(aoi_name(30 + i, "U9"), product=product)
    result = run_task(task, db=metadata_db(task))
    assert_went_on(result)
    assert len({result.manifest[f"OK/{aoi_name(30 + i, 'U9')}"].cls for i in range(4)}) == 4


@pytest.mark.parametrize("product", [None, "", "   "], ids=["null", "empty", "blank"])
def test_null_or_empty_product_is_not_found(task, metadata_db, product):
    name = aoi_name(30, "U9")
    task.add(name, product=product)
    task.add(aoi_name(31, "U9"), folder="NG", product=product)
    result = run_task(task, db=metadata_db(task))
    assert_went_on(result)
    assert_left_out(result, f"OK/{name}", "not_in_database", "with a product name")
    assert result.manifest[f"NG/{aoi_name(31, 'U9')}"].cls == "NG", "NG needs no product"


def test_missing_rows(task, metadata_db):
    name = aoi_name(30, "U9")
    task.add(name, product=None)
    other_line = aoi_name(31, "U9")
    task.add(other_line, line_id="V99")
    other_site = aoi_name(32, "U9")
    task.add(other_site, site="ZJ")
    result = run_task(task, db=metadata_db(task))
    assert_went_on(result)
    for n in (name, other_line, other_site):
        row = assert_left_out(result, f"OK/{n}", "not_in_database", f"site {SITE}, line {LINE}")
        assert row.detail.endswith(f"/{n}"), "the detail names the image_path looked for"


def test_two_rows_for_one_image_pick_deterministically(task, metadata_db):
    same, later = aoi_name(30, "U9"), aoi_name(31, "U9")
    task.add(same, product="ZETA", uuid="uuid-b")
    task.add(later, product="OLD", uuid="uuid-c")
    task.rows += [row_for(same, "ALPHA", uid="uuid-a"),  # same create_time: the smaller uuid wins
                  row_for(later, "NEW", uid="uuid-d", shift=dt.timedelta(hours=2))]  # the latest row wins
    picks = []
    for rows in (task.rows, list(reversed(task.rows))):
        task.rows = rows
        result = run_task(task, db=metadata_db(task))
        assert_went_on(result)
        picks.append((result.manifest[f"OK/{same}"].product, result.manifest[f"OK/{later}"].product))
    assert picks == [("ALPHA", "NEW")] * 2


@pytest.mark.parametrize("site,line", [
    ("HPH' OR '1'='1", LINE), (SITE, "V31'; DROP TABLE amr_raw_data; --"), ("%", "%"), ("HP_", "V3_"),
    (SITE + "\\", LINE), ("", ""),
], ids=["or-true", "drop-table", "percent", "underscore", "backslash", "empty"])
def test_hostile_site_and_line_match_nothing(task, metadata_db, site, line):
    db = metadata_db(task)
    rows_before = getattr(metadata_db, "rows", lambda: 0)()
    result = run_task(task, db=db, site=site, line=line)
    assert "no usable OK image" in str(result.error)
    reasons = {r.reason for r in result.manifest.values() if r.folder == "OK"}
    assert reasons == {"not_in_database"}
    assert getattr(metadata_db, "rows", lambda: 0)() == rows_before, "the database changed"
