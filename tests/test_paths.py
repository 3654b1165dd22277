"""Paths as Windows users have them: spaces and CJK in every folder, upper-case extensions,
folder and file names that differ only in case, no symlinks, hard links only where possible.

Everything goes through the real command line (``hoam_core.cli.main``).
"""
from __future__ import annotations

import csv
import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from hoam_core.cli import EXIT_NOT_FIT, EXIT_OK, main
from hoam_core.demo import make_demo_task
from hoam_core.data.ingest import read_manifest
from hoam_core.runs import RunState

from .aoi_fixtures import aoi_name, row_for, tree_digest, write_db, write_photo

SITE, LINE = "HPH", "V31"
PRODUCT = "產品 甲"
CLASS = f"{PRODUCT}_U1_top"
REPO = Path(__file__).resolve().parents[1]


def write_task(root: Path, files: dict[str, int], input_name: str = "輸入資料") -> SimpleNamespace:
    """``files`` (path under the input folder -> photo seed) as photos of PRODUCT, their rows in a SQLite
    database and the orientation answers beside them, all under ``root``."""
    inp = root / input_name
    for rel, seed in files.items():
        write_photo(inp / rel, seed=seed)
    db = write_db(root / "中繼 資料.sqlite", [row_for(Path(rel).name, PRODUCT) for rel in files])
    answers = root / "方向 答案.yaml"
    answers.write_text(f"{CLASS}: Up\n", encoding="utf-8")
    return SimpleNamespace(root=root, input=inp, db=db, answers=answers)


def run_cli(task: SimpleNamespace, runs: Path, *extra: str) -> tuple[int, Path | None]:
    """``hoam-trainer run ... --until dataset`` on ``task``; (exit code, the new run folder)."""
    before = set(runs.iterdir()) if runs.is_dir() else set()
    rc = main(["run", "--input", str(task.input), "--site", SITE, "--line", LINE, "--db", f"sqlite:///{task.db}",
               "--out", str(runs), "--orientations", str(task.answers), "--until", "dataset", *extra])
    new = [p for p in set(runs.iterdir()) - before if p.is_dir()] if runs.is_dir() else []
    return rc, (new[0] if len(new) == 1 else None)


def links_in(folder: Path) -> list[str]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        found += [os.path.join(dirpath, n) for n in dirnames + filenames if os.path.islink(os.path.join(dirpath, n))]
    return found


def dataset_index(run_dir: Path) -> list[dict]:
    with open(run_dir / "dataset" / "dataset.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def assert_dataset_complete(run_dir: Path) -> list[dict]:
    """Every row of dataset.csv is its own file, and no two names differ only in case (one file on Windows)."""
    rows = dataset_index(run_dir)
    files = [p for p in (run_dir / "dataset").rglob("*.png")]
    assert sorted(p.relative_to(run_dir / "dataset").as_posix() for p in files) == sorted(r["file"] for r in rows)
    oriented = [p.name.casefold() for p in (run_dir / "oriented_data").rglob("*.png")]
    assert len(oriented) == len(set(oriented)) == len(rows)
    return rows


@pytest.fixture(scope="module")
def cjk_run(tmp_path_factory, monkeypatch_module):
    base = tmp_path_factory.mktemp("paths")
    monkeypatch_module.setenv("HOAM_LOG_DIR", str(base / "記錄 檔"))
    files = {f"OK/{aoi_name(i)}": i for i in range(5)}
    files[f"OK/子 資料夾/{aoi_name(5).replace('.jpg', '.JPG')}"] = 5
    files[f"OK/{aoi_name(6).replace('.jpg', '.Jpg')}"] = 6
    files.update({f"NG/{aoi_name(i, 'U1', 'top')}": i for i in range(7, 9)})
    task = write_task(base / "資料 夾", files)
    before = tree_digest(task.input)
    runs = base / "執行 結果" / "runs"
    rc, run_dir = run_cli(task, runs)
    return SimpleNamespace(task=task, files=files, before=before, runs=runs, rc=rc, run_dir=run_dir)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def test_cjk_and_space_folders_up_to_the_dataset(cjk_run):
    assert cjk_run.rc == 0 and cjk_run.run_dir is not None
    assert cjk_run.run_dir.parent == cjk_run.runs
    state = RunState(cjk_run.run_dir)
    assert state.stages_done == ["ingest", "orientation", "dataset"]
    assert state.params["input_dir"] == str(cjk_run.task.input)
    rows = {r.source: r for r in read_manifest(cjk_run.run_dir)}
    assert set(rows) == set(cjk_run.files)
    assert all(r.fate == "included" for r in rows.values()), [r for r in rows.values() if r.fate != "included"]
    assert {r.cls for r in rows.values() if r.folder == "OK"} == {CLASS}
    assert len(list((cjk_run.run_dir / "raw_data" / CLASS).iterdir())) == 7
    labels = {r["label"] for r in assert_dataset_complete(cjk_run.run_dir)}
    assert labels == {"Up", "Down", "Left", "Right", "NG"}
    assert tree_digest(cjk_run.task.input) == cjk_run.before, "an input file changed"


def test_upper_case_extensions_are_taken(cjk_run):
    rows = {r.source: r for r in read_manifest(cjk_run.run_dir)}
    upper = [s for s in rows if s.endswith((".JPG", ".Jpg"))]
    assert len(upper) == 2
    for source in upper:
        assert rows[source].fate == "included", rows[source]
        assert (cjk_run.run_dir / rows[source].destination).is_file()


def test_no_symlinks_in_the_run_folder(cjk_run):
    assert links_in(cjk_run.runs) == []


def test_lower_case_input_folders_are_the_ok_and_ng_folders(tmp_path, monkeypatch):
    # Windows: input\ok IS input\OK. Linux must read it the same way, and an ok/ beside an OK/ as one folder.
    monkeypatch.setenv("HOAM_LOG_DIR", str(tmp_path / "logs"))
    files = {f"ok/{aoi_name(0)}": 0, f"ok/{aoi_name(1)}": 1, f"Ok/{aoi_name(2)}": 2, f"OK/{aoi_name(3)}": 3,
             f"ng/{aoi_name(4)}": 4, f"Ng/{aoi_name(5)}": 5}
    task = write_task(tmp_path / "任務 一", files, input_name="input")
    rc, run_dir = run_cli(task, tmp_path / "runs")
    assert rc == 0
    rows = {r.source: r for r in read_manifest(run_dir)}
    assert set(rows) == set(files)
    assert all(r.fate == "included" for r in rows.values())
    assert {s: r.folder for s, r in rows.items()} == {s: s[:2].upper() for s in files}
    assert len(list((run_dir / "raw_data" / CLASS).iterdir())) == 4
    assert len(list((run_dir / "raw_data" / "NG").iterdir())) == 2


def test_names_that_differ_only_in_case_or_extension_never_share_a_file(tmp_path, monkeypatch):
    # one folder may hold A.jpg and a.JPG on Linux (one file on Windows); A.jpg and A.png are one photo
    # exported twice: each must give one file in raw_data and in the dataset, none overwriting another
    monkeypatch.setenv("HOAM_LOG_DIR", str(tmp_path / "logs"))
    name = aoi_name(0)
    files = {f"OK/{aoi_name(i)}": i for i in range(1, 5)}
    files.update({f"OK/{name}": 10, f"OK/{name[:-4]}.JPG": 11, f"OK/{name.replace('_B', '_b')[:-4]}.png": 12,
                  f"OK/{name[:-4]}.bmp": 13})
    task = write_task(tmp_path / "task", files, input_name="input")
    rc, run_dir = run_cli(task, tmp_path / "runs")
    assert rc == 0
    rows = read_manifest(run_dir)
    included = [r for r in rows if r.fate == "included"]
    same_photo = [r for r in rows if Path(r.source).stem.casefold() == Path(name).stem.casefold()]
    assert len(same_photo) == 4 and sum(r.fate == "included" for r in same_photo) == 1
    assert all(r.reason == "duplicate" and r.detail for r in same_photo if r.fate != "included")
    raw = [p.name.casefold() for p in (run_dir / "raw_data" / CLASS).iterdir()]
    assert len(raw) == len(set(raw)) == len(included) == 5
    index = assert_dataset_complete(run_dir)
    assert len({r["original"] for r in index}) == 5


def test_copies_by_default_hard_links_where_asked_and_possible(tmp_path, monkeypatch):
    monkeypatch.setenv("HOAM_LOG_DIR", str(tmp_path / "logs"))
    task = write_task(tmp_path / "資料", {f"OK/{aoi_name(i)}": i for i in range(4)}, input_name="輸入 資料")
    rc, own = run_cli(task, tmp_path / "runs")  # the default: raw_data/ shares no file with the input
    assert rc == 0 and all(p.stat().st_nlink == 1 for p in (own / "raw_data" / CLASS).iterdir())
    auto = ("--set", "ingest.link_mode=auto")
    rc, linked = run_cli(task, tmp_path / "runs", *auto)  # one disk: hard links
    assert rc == 0
    assert all(p.stat().st_nlink > 1 for p in (linked / "raw_data" / CLASS).iterdir())

    def no_hard_links(src, dst, *args, **kwargs):  # as on FAT/exFAT drives, or input and output on two drives
        raise OSError(errno.EXDEV, "Invalid cross-device link", str(src))

    monkeypatch.setattr(os, "link", no_hard_links)
    rc, copied = run_cli(task, tmp_path / "runs", *auto)
    assert rc == 0
    raw = sorted((copied / "raw_data" / CLASS).iterdir())
    assert len(raw) == 4 and all(p.stat().st_nlink == 1 for p in raw)
    assert {p.read_bytes() for p in raw} == {p.read_bytes() for p in (task.input / "OK").iterdir()}
    assert_dataset_complete(copied)
    assert links_in(tmp_path / "runs") == []


def test_cjk_install_folder_and_a_windows_console_encoding(tmp_path):
    # the package and its configs copied into a folder with spaces and CJK, as an installer may put them;
    # stdout encoded as cp1252 (a redirected console on Windows) cannot show the CJK run folder
    install = tmp_path / "安裝 目錄" / "HOAM Trainer"
    for part in ("hoam_core", "configs"):
        shutil.copytree(REPO / part, install / part, ignore=shutil.ignore_patterns("__pycache__"))
    task = write_task(tmp_path / "資料 夾", {f"OK/{aoi_name(i)}": i for i in range(4)})
    runs = tmp_path / "執行 結果"
    env = {**os.environ, "PYTHONPATH": str(install), "PYTHONIOENCODING": "cp1252",
           "HOAM_LOG_DIR": str(tmp_path / "記錄")}
    proc = subprocess.run([sys.executable, "-m", "hoam_core.cli", "run", "--input", str(task.input), "--site", SITE,
                           "--line", LINE, "--db", f"sqlite:///{task.db}", "--out", str(runs), "--orientations",
                           str(task.answers), "--until", "dataset"], cwd=tmp_path, env=env, capture_output=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("cp1252", "replace")
    where = subprocess.run([sys.executable, "-c", "import hoam_core.config as c; print(c.CONFIG_DIR)"],
                           cwd=tmp_path, env={**env, "PYTHONIOENCODING": "utf-8"}, capture_output=True,
                           encoding="utf-8", check=True)
    assert where.stdout.strip() == str(install / "configs")  # the copy in the install folder ran, with its configs
    run_dir, = [p for p in runs.iterdir() if p.is_dir()]
    assert RunState(run_dir).stages_done == ["ingest", "orientation", "dataset"]
    assert f"pending: {runs}".encode("cp1252", "backslashreplace") in proc.stdout  # escaped, not a crash


def test_train_evaluate_export_in_cjk_folders(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HOAM_LOG_DIR", str(tmp_path / "記錄 檔"))
    task = make_demo_task(tmp_path / "示範 資料 夾", products=1, boards=2, image_size=64, test_per_class=1)
    runs = tmp_path / "執行 結果" / "runs"
    rc = main(["run", "--input", str(task.input_dir), "--site", task.site, "--line", task.line_id,
               "--db", f"sqlite:///{task.database}", "--out", str(runs), "--orientations", str(task.orientations_file),
               "--profile", "demo", "--train-set", "data.image_size=64", "--train-set", "optim.epochs=2"])
    err = capsys.readouterr().err
    assert rc in (EXIT_OK, EXIT_NOT_FIT), err  # fit for the line or not: either verdict passes
    run_dir, = [p for p in runs.iterdir() if p.is_dir()]
    assert RunState(run_dir).status == "completed"
    for output in ("model/best_model.pt", "results/summary_report.json", "export/model.onnx", "export/configs.json"):
        assert (run_dir / output).is_file(), output
    assert links_in(runs) == []
