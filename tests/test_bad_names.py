"""Bad and odd file and folder names through the real pipeline up to the dataset.

One kind of bad input a case, beside the small good task of tests/task_harness.py, which says what each checks.
"""
from __future__ import annotations

import os

import pytest

from hoam_core.data.safenames import MAX_BYTES

from .aoi_fixtures import aoi_name
from .task_harness import (Result, assert_included, assert_left_out, assert_went_on, base_task, dataset_files,
                           encoded, rgb, run_task)
from .task_harness import task  # noqa: F401 - fixtures


BAD_NAMES = [
    # (file name, reason, words of the detail)
    ("20251305073442_B1_T@U1_2_top.jpg", "unparseable_name", "not a real date"),        # month 13
    ("20250230073442_B1_T@U1_2_top.jpg", "unparseable_name", "not a real date"),        # 30 February
    ("20250905256000_B1_T@U1_2_top.jpg", "unparseable_name", "not a real date"),        # hour 25
    ("00000101000000_B1_T@U1_2_top.jpg", "unparseable_name", "not a real date"),        # year 0
    ("2025090507344_B1_T@U1_2_top.jpg", "unparseable_name", "14-digit"),                # 13 digits
    ("2025O905073442_B1_T@U1_2_top.jpg", "unparseable_name", "14-digit"),               # letter O
    (" 20250905073442_B1_T@U1_2_top.jpg", "unparseable_name", "14-digit"),              # leading space
    ("20250905073442_B1_T@U1_2_top.final.jpg", "unparseable_name", "more than one dot"),
    (".20250905073442_B1_T@U1_2_top.jpg", "unparseable_name", "more than one dot"),     # hidden file
    ("20250905073442_B1_T@U1_top.jpg", "unparseable_name", "expected {component}"),     # no index
    ("20250905073442_B1_T@U1_x_top.jpg", "unparseable_name", "no numeric index"),
    ("20250905073442_B1_T@_2_top.jpg", "unparseable_name", "empty component"),
    ("20250905073442_B1_T@U1_2_.jpg", "unparseable_name", "light token"),
    ("20250905073442_B1_T@U1_2_to p.jpg", "unparseable_name", "light token"),
    ("20250905073442_B1_TU1_2_top.jpg", "unparseable_name", "exactly one '@'"),
    ("20250905073442_B1@T@U1_2_top.jpg", "unparseable_name", "exactly one '@'"),
    ("IMG_0001.jpg", "unparseable_name", "exactly one '@'"),                            # a camera's name
    ("20250905073442@U1_2_top.jpg", "unparseable_name", "no board"),
    ("20250905073442_ @U1_2_top.jpg", "unparseable_name", "no board"),
    ("20250905073442_B1_T@U1_2_top", "not_an_image", "not an image file type"),        # no extension
    ("20250905073442_B1_T@U1_2_top.gif", "not_an_image", "not an image file type"),
    ("20250905073442_B1_T@U1_2_top.jpg ", "not_an_image", "not an image file type"),   # trailing space
    ("Thumbs.db", "not_an_image", "not an image file type"),
]


NOT_UTF8 = os.fsdecode(b"20250905073442_B\xb0\xe5_T@U1_2_top.jpg")  # GBK bytes on a UTF-8 system
ODD_NAMES = {
    "spaces": "20250905073442_B1 X_T@U1 A_2_top.jpg",
    "cjk": "20250905073442_板號1_T@電容C1_2_top.jpg",
    "vietnamese": "20250905073442_Bảng1_T@Tụ1_2_top.jpg",
    "windows-forbidden": "20250905073442_B1:X?*|<>\"_T@U1_2_top.jpg",
    "newline": "20250905073442_B1\nX_T@U1_2_top.jpg",
    "quote": "20250905073442_B1'X_T@U1_2_top.jpg",                 # an SQL quote in the looked-up path
    "long": "20250905073442_B1_T@" + "C" * 200 + "_2_top.jpg",      # 230 characters
    "long-cjk": "20250905073442_B1_T@" + "電" * 75 + "_2_top.jpg",  # 249 bytes
}
ODD_FOLDER = "良品 folder"  # CJK and a space in a sub-folder


@pytest.fixture(scope="module")
def names_run(tmp_path_factory) -> Result:
    """One run over every bad and every odd-but-valid name (one pipeline run serves all the cases)."""
    task = base_task(tmp_path_factory.mktemp("names"))
    for name, *_ in BAD_NAMES:
        task.add_file(f"OK/{name}", encoded(rgb(), "JPEG"), product=None)
    task.add_file(f"OK/{NOT_UTF8}", encoded(rgb(), "JPEG"), product=None)
    task.add(os.fsdecode(b"old\xff/") + aoi_name(30), seed=30)
    for i, name in enumerate(ODD_NAMES.values()):
        task.add(f"{ODD_FOLDER}/{name}", seed=40 + i)
    result = run_task(task)
    assert len(result.manifest) == 6 + len(BAD_NAMES) + 2 + len(ODD_NAMES), "every file is in the manifest"
    return result


def test_a_run_with_every_kind_of_name_goes_on(names_run):
    assert_went_on(names_run)


@pytest.mark.parametrize("name,reason,detail", BAD_NAMES, ids=[n for n, *_ in BAD_NAMES])
def test_names_that_break_the_aoi_grammar_are_reported(names_run, name, reason, detail):
    assert_left_out(names_run, f"OK/{name}", reason, detail)


def test_name_with_bytes_that_are_not_utf8(names_run):
    assert_left_out(names_run, "OK/20250905073442_B\\xb0\\xe5_T@U1_2_top.jpg", "unparseable_name", "not UTF-8")


def test_folder_with_bytes_that_are_not_utf8(names_run):
    assert_included(names_run, f"OK/old\\xff/{aoi_name(30)}")


@pytest.mark.parametrize("kind", ODD_NAMES)
def test_odd_but_valid_names_are_taken(names_run, kind):
    row = assert_included(names_run, f"OK/{ODD_FOLDER}/{ODD_NAMES[kind]}")
    dest = names_run.run_dir / row.destination
    assert dest.suffix == ".jpg", "the copy keeps its extension"
    assert len(dest.name.encode()) <= MAX_BYTES and len(dest.parent.name.encode()) <= MAX_BYTES
    assert not set(dest.name) & set('<>:"/\\|?*\n')
    assert len(dataset_files(names_run, dest.name)) == 4


@pytest.mark.parametrize("with_row,without_row,kept", [
    ("OK/b", "OK/a", "OK/a"),  # two sub-folders of OK
    ("OK", "NG", "OK"),
    ("OK", "ok", "OK"),  # OK and ok: one folder on Windows
], ids=["sub-folders", "ok-and-ng", "ok-folders-differing-in-case"])
def test_the_same_name_in_two_folders_keeps_the_first_in_sorted_order(task, with_row, without_row, kept):
    """The same photo name in two folders (its database row added once): the first folder in sorted order keeps
    it, the other's is a duplicate."""
    name = aoi_name(30)
    task.add(name, folder=with_row, seed=1)
    task.add(name, folder=without_row, product=None, seed=2)
    dropped = without_row if kept == with_row else with_row
    result = run_task(task)
    assert_went_on(result)
    assert_included(result, f"{kept}/{name}")
    assert_left_out(result, f"{dropped}/{name}", "duplicate", f"same file name as {kept}/{name}")


def test_names_differing_only_in_case(task):
    name = aoi_name(30)
    upper = name.replace(".jpg", ".JPG")
    task.add(name, seed=1)
    task.add(upper, seed=2)  # in the same folder: possible on Linux, one file on Windows
    task.add(f"sub/{name.upper()}", seed=3)
    result = run_task(task)
    assert_went_on(result)
    assert_included(result, f"OK/{upper}")  # sorted first
    assert_left_out(result, f"OK/{name}", "duplicate", f"same file name as OK/{upper}")
    assert_left_out(result, f"OK/sub/{name.upper()}", "duplicate", f"same file name as OK/{upper}")
