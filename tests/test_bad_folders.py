"""Bad input folders (missing, empty, looped, unreadable, read-only, holding the output) through the real
pipeline up to the dataset.

One kind of bad input a case, beside the small good task of tests/task_harness.py, which says what each checks.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hoam_core.config import SystemConfig, load_system_config
from hoam_core.events import ListSink
from hoam_core.data.ingest import read_manifest
from hoam_core.pipeline import RunParams, new_run, run_pipeline
from hoam_core.runs import RunState

from .aoi_fixtures import aoi_name, row_for, tree_digest, write_photo
from .task_harness import (LINE, PRODUCT, REPO, SITE, Result, Task, all_up, assert_included, assert_left_out,
                           assert_went_on, run_task)
from .task_harness import task  # noqa: F401 - fixtures


def test_no_ok_folder(tmp_path):
    task = Task(tmp_path)
    task.add(aoi_name(1), folder="NG")
    result = run_task(task)
    assert "no OK folder" in str(result.error) and str(task.input) in str(result.error)
    assert result.state.status == "failed" and "no OK folder" in result.state.data["message"]
    assert not (result.run_dir / "raw_data").exists()


def test_input_folder_missing_or_a_file(tmp_path):
    task = Task(tmp_path)
    result = run_task(task)
    assert "does not exist" in str(result.error) and result.state.status == "failed"
    task.input.write_text("not a folder")
    result = run_task(task)
    assert "is not a folder" in str(result.error) and result.state.status == "failed"


def test_empty_ok_folder(tmp_path):
    task = Task(tmp_path)
    (task.input / "OK").mkdir(parents=True)
    (task.input / "NG").mkdir()
    result = run_task(task)
    assert "no files under" in str(result.error) and str(task.input / "OK") in str(result.error)
    assert result.state.status == "failed"


def test_only_ng_images(tmp_path):
    task = Task(tmp_path)
    (task.input / "OK").mkdir(parents=True)
    task.add(aoi_name(1), folder="NG")
    result = run_task(task)
    assert "no usable OK image" in str(result.error) and "manifest.csv" in str(result.error)
    assert result.state.status == "failed"
    assert set(result.manifest) == {f"NG/{aoi_name(1)}"}, "the manifest still names every file"
    assert not (result.run_dir / "raw_data").exists()


def test_nested_ok_ok_is_read_once(task):
    task.add(f"OK/{aoi_name(30)}")
    result = run_task(task)
    assert_went_on(result)
    row = assert_included(result, f"OK/OK/{aoi_name(30)}")
    assert row.folder == "OK" and len(result.manifest) == 7


def test_symlink_loops_and_broken_links(task):
    ok = task.input / "OK"
    (ok / "loop").symlink_to("..", target_is_directory=True)      # a folder loop
    (ok / "self").symlink_to(".", target_is_directory=True)
    a, b = aoi_name(30), aoi_name(31)
    (ok / a).symlink_to(b)                                           # a file loop
    (ok / b).symlink_to(a)
    gone = aoi_name(32)
    (ok / gone).symlink_to(task.root / "nowhere.jpg")               # dangling
    task.rows += [row_for(a, PRODUCT), row_for(b, PRODUCT), row_for(gone, PRODUCT)]
    outside = write_photo(task.root / "elsewhere" / aoi_name(33), seed=33)
    (ok / aoi_name(33)).symlink_to(outside)                          # a link to a real photo: read it
    task.rows.append(row_for(aoi_name(33), PRODUCT))
    result = run_task(task)
    assert_went_on(result)
    assert_left_out(result, "OK/loop", "linked_folder", "links to folders are not followed")
    assert_left_out(result, "OK/self", "linked_folder", "links to folders are not followed")
    assert_left_out(result, f"OK/{a}", "unreadable_image", "symbolic links")
    assert_left_out(result, f"OK/{b}", "unreadable_image", "symbolic links")
    assert_left_out(result, f"OK/{gone}", "unreadable_image", "a link to a file that does not exist")
    assert_included(result, f"OK/{aoi_name(33)}")
    assert len(result.manifest) == 12


def _without_root_override() -> list[str]:
    """A command prefix under which file permissions hold: root normally reads everything."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all", "--"]


def _cli(args: list[str], prefix: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "-m", "hoam_core.cli", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120)


def test_unreadable_files_and_folders(task):
    locked = task.add(aoi_name(30))
    hidden = task.add(f"locked/{aoi_name(31)}")
    db = task.sqlite()
    before = task.outside()
    locked.chmod(0)
    hidden.parent.chmod(0)
    try:
        proc = _cli(["run", "--input", str(task.input), "--site", SITE, "--line", LINE, "--db", db,
                     "--out", str(task.runs), "--until", "ingest"], _without_root_override())
    finally:
        locked.chmod(0o644)
        hidden.parent.chmod(0o755)
    assert proc.returncode == 0, proc.stderr
    (run_dir,) = task.runs.glob("training_*")
    result = Result(run_dir, RunState(run_dir), None, ListSink())
    assert_left_out(result, f"OK/{aoi_name(30)}", "unreadable_image", "no permission to read")
    assert_left_out(result, "OK/locked", "unreadable_folder", "cannot list this folder")
    assert len(result.manifest) == 8
    assert task.outside() == before


@contextlib.contextmanager
def read_only(folder: Path):
    """``folder`` read-only even for root: a read-only bind mount over it (chmod when not root)."""
    if os.geteuid() != 0:
        for p in [folder, *folder.rglob("*")]:
            p.chmod(p.stat().st_mode & ~0o222)
        try:
            yield
        finally:
            for p in [folder, *folder.rglob("*")]:
                p.chmod(p.stat().st_mode | 0o200)
        return
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        with pytest.raises(OSError):
            (folder / "probe").write_text("x")
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_read_only_input_tree(task):
    with read_only(task.input):
        result = run_task(task)
        assert_went_on(result)
        assert result.state.data["summary"]["ingest"]["included"] == 6


def test_hard_links_refused_says_what_to_do(task):
    with read_only(task.input):  # a bind mount: hard links across it fail even on one disk
        result = run_task(task, system=load_system_config(overrides={"ingest": {"link_mode": "hardlink"}}))
    if os.geteuid() != 0:  # chmod only: the links work
        assert_went_on(result)
        return
    assert "cannot hard-link" in str(result.error) and "ingest.link_mode to auto or copy" in str(result.error)
    assert result.error.args[0].code == "hardlink_failed"
    assert result.state.status == "failed" and not (result.run_dir / "raw_data").exists()


def test_output_folder_inside_the_input(task):
    runs = task.input / "OK" / "runs"
    before = tree_digest(task.input)
    db = task.sqlite()
    for _ in range(2):  # the second run must not read the first one's files either
        run_dir = new_run(RunParams(str(task.input), SITE, LINE, db=db), runs_dir=runs, system=SystemConfig())
        run_pipeline(run_dir, orientation=all_up, until="dataset")
        sources = {row.source for row in read_manifest(run_dir)}
        assert len(sources) == 6 and not any("runs" in s for s in sources), "a run folder was read as input"
    after = tree_digest(task.input)
    assert {k: v for k, v in after.items() if not k.startswith("OK/runs/")} == before


def test_output_folder_that_is_the_ok_folder_is_refused(task):
    before = tree_digest(task.input)
    run_dir = new_run(RunParams(str(task.input), SITE, LINE, db=task.sqlite()), runs_dir=task.input / "OK",
                      system=SystemConfig())
    with pytest.raises(ValueError, match="is the input folder") as info:
        run_pipeline(run_dir, orientation=all_up, until="dataset")
    assert "Choose an output folder outside" in str(info.value)
    assert RunState(run_dir).status == "failed"
    after = tree_digest(task.input)
    assert {k: v for k, v in after.items() if not k.startswith(("OK/training_", "OK/runs.sqlite"))} == before
