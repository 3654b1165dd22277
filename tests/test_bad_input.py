"""Bad input of every kind, through the real pipeline up to the dataset.

Each case puts one kind of bad file, folder, database row or setting beside a small good
task and checks that the manifest (or the error) names the file or setting and the reason,
that the run goes on where that is safe, and that no file outside the run folder changed
(the input tree and the database included). The helpers here are shared by
test_faults.py and test_security.py.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
import sqlalchemy as sa
import yaml
from PIL import Image, ImageOps

from hoam_core.cli import main
from hoam_core.config import TRAIN_CONFIG_FILE, ConfigError, SystemConfig, config_file, load_system_config
from hoam_core.events import ListSink, Reporter
from hoam_core.ingest import ManifestRow, read_manifest
from hoam_core.orientation import OrientationAnswer
from hoam_core.pipeline import RunParams, new_run, run_pipeline
from hoam_core.runs import RunState
from hoam_core.safenames import MAX_BYTES

from .aoi_fixtures import COLUMNS, aoi_name, row_for, tree_digest, write_db, write_photo
from .db_services import create_amr_table, drop_database, insert_rows, new_database

SITE, LINE = "HPH", "V31"
PRODUCT = "PROD"
DONE = ["ingest", "orientation", "dataset"]
REPO = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------- the harness

@dataclass
class Task:
    """A small good AOI task (one OK class of four photos, two NG) that a case adds to."""

    root: Path
    rows: list[dict] = field(default_factory=list)

    @property
    def input(self) -> Path:
        return self.root / "input"

    @property
    def runs(self) -> Path:
        return self.root / "runs"

    def add(self, name: str, product: str | None = PRODUCT, folder: str = "OK", seed: int = 0,
            **row: object) -> Path:
        """A real photo under ``input/{folder}`` and its database row (none when product is None)."""
        path = write_photo(self.input / folder / name, seed=seed)
        if product is not None:
            self.rows.append({**row_for(Path(name).name, product), **row})
        return path

    def add_file(self, rel: str, data: bytes, product: str | None = PRODUCT) -> Path:
        """Any bytes as ``input/{rel}``, with a database row for its name."""
        path = self.input / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if product is not None:
            self.rows.append(row_for(path.name, product))
        return path

    def sqlite(self) -> str:
        db = self.root / "meta.sqlite"
        db.unlink(missing_ok=True)
        return f"sqlite:///{write_db(db, self.rows)}"

    def outside(self) -> dict[str, str]:
        """Every file outside the runs folder (input, database, configs) with its hash."""
        return {k: v for k, v in tree_digest(self.root).items() if not k.startswith("runs/")}


def base_task(root: Path) -> Task:
    task = Task(root)
    for i in range(4):
        task.add(aoi_name(i), seed=i)
    for i in range(4, 6):
        task.add(aoi_name(i), folder="NG", seed=i)
    return task


@pytest.fixture
def task(tmp_path) -> Task:
    return base_task(tmp_path)


def all_up(request):
    return {c: OrientationAnswer("Up") for c in request.classes}


@dataclass
class Result:
    run_dir: Path
    state: RunState
    error: Exception | None
    events: ListSink

    @property
    def manifest(self) -> dict[str, ManifestRow]:
        return {r.source: r for r in read_manifest(self.run_dir)}

    def warnings(self) -> list[str]:
        return [e.text for e in self.events.of_kind("message") if e.level == "warning"]


def run_task(task: Task, *, db: str | None = None, system: SystemConfig | None = None, provider=all_up,
             until: str = "dataset", site: str = SITE, line: str = LINE, database_config_file: str = "",
             reporter: Reporter | None = None) -> Result:
    """The pipeline on ``task`` up to ``until``; fails the test if any file outside the runs folder changed."""
    db = db or task.sqlite()
    before = task.outside()
    sink = ListSink()  # the events, unless the case brings its own reporter
    reporter = reporter or Reporter(sink)
    run_dir = new_run(RunParams(str(task.input), site, line, db=db, database_config_file=database_config_file),
                      runs_dir=task.runs, system=system or SystemConfig())
    error = None
    try:
        run_pipeline(run_dir, orientation=provider, reporter=reporter, until=until)
    except Exception as exc:  # noqa: BLE001 - the tests look at it
        error = exc
    assert task.outside() == before, "a file outside the run folder changed"
    assert not list(run_dir.glob("*.partial")), "half-written output left behind"
    return Result(run_dir, RunState(run_dir), error, sink)


def assert_went_on(result: Result) -> None:
    assert result.error is None, f"the run stopped: {result.error}"
    assert result.state.stages_done == DONE
    assert (result.run_dir / "dataset" / "mean_std.json").is_file()


def assert_left_out(result: Result, source: str, reason: str, detail: str) -> ManifestRow:
    row = result.manifest[source]
    assert (row.fate, row.reason) == ("left_out", reason), row
    assert detail in row.detail, row.detail
    return row


def assert_included(result: Result, source: str) -> ManifestRow:
    row = result.manifest[source]
    assert row.fate == "included", row
    dest = result.run_dir / row.destination
    assert dest.is_file() and (result.run_dir / "raw_data") in dest.parents
    return row


def dataset_files(result: Result, original: str) -> dict[int, Path]:
    """The dataset's files made from the raw_data file ``original``, by rotation."""
    with open(result.run_dir / "dataset" / "dataset.csv", newline="", encoding="utf-8") as f:
        return {int(r["rotation_deg"]): result.run_dir / "dataset" / r["file"]
                for r in csv.DictReader(f) if r["original"] == original}


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG file that claims ``width`` x ``height`` pixels (a decompression bomb's header)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + png_chunk(b"IEND", b""))


def rgb(seed: int = 0, size: tuple[int, int] = (48, 40)) -> Image.Image:
    arr = np.random.default_rng(seed).integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
    arr[:6, :6] = 255
    return Image.fromarray(arr)


def encoded(img: Image.Image, fmt: str, **kwargs) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kwargs)
    return buf.getvalue()


# --------------------------------------------------------------------------- file names

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


def test_duplicates_across_sub_folders_keep_the_first(task):
    name = aoi_name(30)
    task.add(f"b/{name}", seed=1)
    task.add(f"a/{name}", product=None, seed=2)
    result = run_task(task)
    assert_went_on(result)
    assert_included(result, f"OK/a/{name}")
    assert_left_out(result, f"OK/b/{name}", "duplicate", f"same file name as OK/a/{name}")


def test_same_name_in_ok_and_ng(task):
    name = aoi_name(30)
    task.add(name, seed=1)
    task.add(name, folder="NG", product=None, seed=2)
    result = run_task(task)
    assert_went_on(result)
    assert_included(result, f"OK/{name}")
    assert_left_out(result, f"NG/{name}", "duplicate", f"same file name as OK/{name}")


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


def test_ok_and_ok_folders_differing_in_case(task):
    name = aoi_name(30)
    task.add(name, seed=1)
    task.add(name, folder="ok", product=None, seed=2)
    result = run_task(task)
    assert_went_on(result)
    assert_left_out(result, f"ok/{name}", "duplicate", f"same file name as OK/{name}")


# --------------------------------------------------------------------------- images

def _animated_gif() -> bytes:
    frames = [rgb(1).convert("P"), rgb(2).convert("P")]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


def _animated_png() -> bytes:
    buf = io.BytesIO()
    rgb(1).save(buf, format="PNG", save_all=True, append_images=[rgb(2)])
    return buf.getvalue()


def _jpeg_cut(fraction: float) -> bytes:
    data = encoded(rgb(), "JPEG")
    return data[: int(len(data) * fraction)]


BAD_IMAGES = {
    "zero-bytes": (lambda: b"", "empty file (0 bytes)"),
    "truncated-jpeg": (lambda: _jpeg_cut(0.6), "truncated"),
    "corrupt-header": (lambda: b"\x00\x01garbage" + encoded(rgb(), "JPEG")[10:], "not an image Pillow can read"),
    "text-named-jpg": (lambda: b"AOI export log\nline 2\n", "not an image Pillow can read"),
    "html-named-jpg": (lambda: b"<html><body>404 Not Found</body></html>", "not an image Pillow can read"),
    "one-pixel": (lambda: encoded(Image.new("RGB", (1, 1)), "JPEG"), "only 1x1 pixels"),
    "one-pixel-wide": (lambda: encoded(Image.new("RGB", (1, 300)), "PNG"), "only 1x300 pixels"),
    "bomb-100000x100000": (lambda: png_header_only(100_000, 100_000), "far too large"),
    "bomb-7000x7000": (lambda: png_header_only(7000, 7000), "7000x7000 pixels"),
    "animated-gif": (_animated_gif, "an animation (GIF, 2 frames)"),
    "animated-png": (_animated_png, "an animation (PNG, 2 frames)"),
}


def _exif_rotated() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90 degrees clockwise
    return encoded(rgb(), "JPEG", exif=exif.tobytes())


def _png16_gray() -> bytes:
    arr = np.full((40, 48), 40000, np.uint16)
    arr[:, :10] = 1000
    return encoded(Image.fromarray(arr), "PNG")


def _png16_rgb() -> bytes:
    """A 48-bit RGB PNG (Pillow cannot write one)."""
    w, h = 48, 40
    px = np.zeros((h, w, 3), ">u2")
    px[..., 0], px[..., 1], px[..., 2] = 60000, 30000, 1000
    raw = b"".join(b"\0" + px[y].tobytes() for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(raw)) + png_chunk(b"IEND", b""))


def _palette_transparent() -> bytes:
    img = rgb().convert("P")
    return encoded(img, "PNG", transparency=0)


def _mpo() -> bytes:
    """A camera JPEG with a second (preview) frame, which Pillow calls MPO."""
    return encoded(rgb(1), "MPO", save_all=True, append_images=[rgb(2)])


USABLE_IMAGES = {
    # (bytes, the pixels the dataset must start from)
    "png-named-jpg": (lambda: encoded(rgb(), "PNG"), lambda: rgb()),
    "bmp-named-jpg": (lambda: encoded(rgb(), "BMP"), lambda: rgb()),
    "still-gif-named-jpg": (lambda: encoded(rgb().convert("P"), "GIF"), lambda: rgb().convert("P").convert("RGB")),
    "cmyk-jpeg": (lambda: encoded(rgb().convert("CMYK"), "JPEG"), None),
    "grayscale-jpeg": (lambda: encoded(rgb().convert("L"), "JPEG"), None),
    "grayscale-alpha-png": (lambda: encoded(rgb().convert("LA"), "PNG"), lambda: rgb().convert("L").convert("RGB")),
    "rgba-png": (lambda: encoded(rgb().convert("RGBA"), "PNG"), lambda: rgb()),
    "palette-transparent-png": (_palette_transparent, None),
    "16bit-gray-png": (_png16_gray, None),
    "16bit-rgb-png": (_png16_rgb, None),
    "exif-rotated-jpeg": (_exif_rotated, None),
    "progressive-jpeg": (lambda: encoded(rgb(), "JPEG", progressive=True), None),
    "mpo-jpeg": (_mpo, None),
    "two-by-two": (lambda: encoded(Image.new("RGB", (2, 2), (200, 10, 10)), "PNG"),
                   lambda: Image.new("RGB", (2, 2), (200, 10, 10))),
}


@pytest.fixture(scope="module")
def images_run(tmp_path_factory) -> tuple[Result, dict[str, str], Path]:
    """One run over every unusable and every odd-but-usable image; also gives each kind's file name."""
    task = base_task(tmp_path_factory.mktemp("images"))
    names = {}
    for i, (kind, (make, *_)) in enumerate([*BAD_IMAGES.items(), *USABLE_IMAGES.items()]):
        names[kind] = aoi_name(100 + i)
        task.add_file(f"OK/{names[kind]}", make())
    result = run_task(task)
    assert_went_on(result)
    return result, names, task.input


@pytest.mark.parametrize("kind", BAD_IMAGES)
def test_unusable_images_are_reported(images_run, kind):
    result, names, _ = images_run
    assert_left_out(result, f"OK/{names[kind]}", "unreadable_image", BAD_IMAGES[kind][1])


@pytest.mark.parametrize("kind", USABLE_IMAGES)
def test_usable_images_in_odd_formats_are_taken(images_run, kind):
    result, names, input_dir = images_run
    expected = USABLE_IMAGES[kind][1]
    row = assert_included(result, f"OK/{names[kind]}")
    files = dataset_files(result, Path(row.destination).name)
    assert sorted(files) == [0, 90, 180, 270]
    upright = Image.open(files[0])
    assert upright.mode == "RGB" and upright.format == "PNG"
    if expected is not None:
        assert np.array_equal(np.asarray(upright), np.asarray(expected().crop((0, 0, *upright.size))))
    if kind == "exif-rotated-jpeg":  # the dataset starts from the photo as viewers show it
        shown = ImageOps.exif_transpose(Image.open(input_dir / "OK" / names[kind])).convert("RGB")
        assert upright.size == (32, 48) == (shown.width - shown.width % 16, shown.height - shown.height % 16)
        assert np.array_equal(np.asarray(upright), np.asarray(shown.crop((0, 0, 32, 48))))
    if kind == "16bit-gray-png":  # scaled to 8 bits, not clipped
        assert np.asarray(upright)[0, 0, 0] == 1000 // 256 and np.asarray(upright)[0, 20, 0] == 40000 // 256
    if kind == "16bit-rgb-png":
        assert tuple(np.asarray(upright)[0, 0]) == (60000 // 256, 30000 // 256, 1000 // 256)


# --------------------------------------------------------------------------- folders

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


# --------------------------------------------------------------------------- database rows

@pytest.fixture(scope="module")
def pg_text_db(pg_server):
    """A PostgreSQL database whose amr_raw_data has TEXT columns (room for very long hostile values)."""
    db = new_database(pg_server, with_table=False)
    engine = db.engine()
    with engine.begin() as conn:
        create_amr_table(conn, columns=[(c, "TIMESTAMP" if c == "create_time" else "TEXT") for c in COLUMNS])
    engine.dispose()
    yield db
    drop_database(db)


def pg_rows(db) -> int:
    engine = db.engine()
    with engine.connect() as conn:
        n = conn.execute(sa.text("SELECT count(*) FROM amr_raw_data")).scalar_one()
    engine.dispose()
    return n


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def metadata_db(request):
    """``load(task) -> --db value``: the task's rows in SQLite or in the real PostgreSQL."""
    if request.param == "sqlite":
        yield Task.sqlite
        return
    db = request.getfixturevalue("pg_text_db")

    def load(task: Task) -> str:
        engine = db.engine()
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM amr_raw_data"))
            insert_rows(conn, task.rows)
        engine.dispose()
        return f"postgresql://{db.server.user}@{db.server.host}:{db.server.port}/{db.name}"

    load.backend = "postgres"
    load.rows = lambda: pg_rows(db)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOAM_DB_PASSWORD", db.server.password)
        yield load


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


# --------------------------------------------------------------------------- configs

def _cli_in_process(capsys, *args: str) -> tuple[int, str]:
    rc = main(list(args))
    out = capsys.readouterr()
    return rc, out.out + out.err


SYSTEM_CONFIGS = {
    "unknown-key": ({"dataset": {"val_fractoin": 0.2}}, "dataset: unknown key(s) val_fractoin; allowed: val_fraction"),
    "unknown-section": ({"trainig": {}}, "configs.yaml: unknown key(s) trainig"),
    "dotted-key": ({"dataset.val_fraction": 0.2}, "nest dotted keys (optim: {epochs: 5}, not optim.epochs: 5)"),
    "text-for-number": ({"dataset": {"val_fraction": "a lot"}}, "dataset.val_fraction: expected a number"),
    "bool-for-number": ({"dataset": {"val_fraction": True}}, "dataset.val_fraction: expected a number"),
    "float-for-int": ({"database": {"chunk_size": 2.5}}, "database.chunk_size: expected a whole number"),
    "number-for-text": ({"paths": {"runs_dir": 5}}, "paths.runs_dir: expected text"),
    "text-for-bool": ({"ingest": {"verify_images": "yes"}}, "ingest.verify_images: expected true or false"),
    "above-max": ({"dataset": {"val_fraction": 1.5}}, "dataset.val_fraction: 1.5 is above the maximum 0.9"),
    "below-min": ({"database": {"chunk_size": 0}}, "database.chunk_size: 0 is below the minimum 1"),
    "negative": ({"evaluation": {"max_far": -0.1}}, "evaluation.max_far: -0.1 is below the minimum 0.0"),
    "too-many-days": ({"database": {"day_tolerance": 30}}, "database.day_tolerance: 30 is above the maximum 7"),
    "bad-choice": ({"ingest": {"link_mode": "symlink"}}, "use one of: auto, copy, hardlink"),
    "section-not-mapping": ({"database": 5}, "database: expected a section"),
    "null-section": ({"database": None}, "database: expected a section"),
    "list-top-level": ([1, 2], "expected a mapping of keys to values at the top level"),
    "invalid-yaml": ("dataset: [0.2\n", "not valid YAML"),
}


@pytest.mark.parametrize("kind", SYSTEM_CONFIGS)
def test_bad_system_config_names_file_and_key(task, capsys, kind):
    data, expected = SYSTEM_CONFIGS[kind]
    path = task.root / "configs.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data))
    rc, said = _cli_in_process(capsys, "run", "--input", str(task.input), "--site", SITE, "--line", LINE,
                               "--db", task.sqlite(), "--out", str(task.runs), "--config", str(path))
    assert rc == 2 and str(path) in said and expected in said, said
    assert not task.runs.exists(), "a bad config must not start a run"


@pytest.mark.parametrize("override,expected", [
    ("dataset.val_fraction=2", "dataset.val_fraction: 2.0 is above the maximum 0.9"),
    ("dataset.seed=abc", "dataset.seed: expected a whole number"),
    ("nonsense", "expected section.key=value"),
    ("database.chunk_size=-5", "below the minimum 1"),
])
def test_bad_overrides_are_refused(task, capsys, override, expected):
    rc, said = _cli_in_process(capsys, "run", "--input", str(task.input), "--site", SITE, "--line", LINE,
                               "--db", task.sqlite(), "--out", str(task.runs), "--set", override)
    assert rc == 2 and expected in said, said
    assert not task.runs.exists()


def test_bad_override_is_not_blamed_on_the_config_file(task, capsys):
    rc, said = _cli_in_process(capsys, "run", "--input", str(task.input), "--site", SITE, "--line", LINE,
                               "--db", task.sqlite(), "--out", str(task.runs), "--set", "dataset.val_fraction=2")
    assert rc == 2 and "dataset.val_fraction" in said
    assert "override" in said, f"the message does not say the bad value came from --set: {said}"


PG = {"engine": "postgresql", "host": "127.0.0.1", "database": "amr", "user": "reader"}
DATABASE_CONFIGS = {
    "unknown-key": ({"S": {"engine": "sqlite", "path": "m.sqlite", "colour": 1}}, "S: unknown key(s) colour"),
    "port-text": ({"S": {**PG, "port": "5432x"}}, "S.port: expected a whole number"),
    "port-range": ({"S": {**PG, "port": 70000}}, "S.port: 70000 is above the maximum 65535"),
    "engine": ({"S": {"engine": "oracle"}}, "S.engine: 'oracle' is not allowed; use one of: sqlite, postgresql"),
    "missing": ({"S": {"engine": "postgresql", "host": "h"}}, "S: engine postgresql needs database, user"),
    "sqlite-no-path": ({"S": {"engine": "sqlite"}}, "S: engine sqlite needs 'path'"),
    "ssh-no-user": ({"S": {**PG, "ssh": {"host": "jump"}}}, "S.ssh.user: missing (required)"),
    "ssh-port": ({"S": {**PG, "ssh": {"host": "j", "user": "u", "port": 0}}}, "S.ssh.port: 0 is below the minimum 1"),
    "site-not-mapping": ({"S": "sqlite"}, "S: expected a section (mapping), got str"),
    "password": ({"S": {**PG, "password": "hunter2-secret"}}, "S: passwords do not belong in config files"),
    "ssh-password": ({"S": {**PG, "ssh": {"host": "j", "user": "u", "password": "hunter2-secret"}}},
                     "passwords do not belong in config files"),
    "unknown-site": ({"T": {"engine": "sqlite", "path": "m.sqlite"}}, "unknown database site 'S'"),
    "invalid-json": ('{"S": {"engine": "sqlite",}}', "not valid JSON"),
}


@pytest.mark.parametrize("kind", DATABASE_CONFIGS)
def test_bad_database_config_names_file_and_key(task, capsys, kind):
    data, expected = DATABASE_CONFIGS[kind]
    path = task.root / "database_configs.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    rc, said = _cli_in_process(capsys, "run", "--input", str(task.input), "--site", SITE, "--line", LINE,
                               "--db", "S", "--db-config", str(path), "--out", str(task.runs))
    assert rc == 2 and expected in said, said
    assert str(path) in said or kind == "unknown-site"
    assert "hunter2-secret" not in said
    assert not task.runs.exists() or not list(task.runs.rglob("*")), "a bad config must not leave files behind"


def test_bad_database_config_fails_before_a_run_starts(task, capsys):
    path = task.root / "database_configs.json"
    path.write_text(json.dumps({"S": {**PG, "port": 70000}}))
    rc, said = _cli_in_process(capsys, "run", "--input", str(task.input), "--site", SITE, "--line", LINE,
                               "--db", "S", "--db-config", str(path), "--out", str(task.runs))
    assert "S.port: 70000 is above the maximum 65535" in said
    assert rc == 2, "bad config must exit 2"
    assert not list(task.runs.glob("training_*")), "a bad config must not leave a failed run behind"


def test_class_with_one_photo_has_no_val_and_says_so(task):
    task.add(aoi_name(30, "U9"), seed=30)
    result = run_task(task)
    assert_went_on(result)
    assert result.state.data["summary"]["dataset"]["classes_without_val"] == ["PROD_U9_top"]
    assert any("PROD_U9_top" in w and "no validation photo" in w for w in result.warnings())


def test_no_val_images_at_all(tmp_path):
    """One photo per class: nothing to measure the model on. Said at the dataset stage, before any
    training; a val_fraction of 0 is refused as a setting."""
    task = Task(tmp_path)
    task.add(aoi_name(0), seed=0)
    task.add(aoi_name(1), folder="NG", seed=1)
    result = run_task(task)
    assert result.error.args[0].code == "no_val_photos" and "2 or more" in str(result.error)
    assert result.state.status == "failed" and result.state.stage == "dataset"
    assert not (result.run_dir / "dataset").exists()
    with pytest.raises(ConfigError, match=r"dataset.val_fraction: 0.0 is below the minimum 0.05"):
        load_system_config(overrides={"dataset": {"val_fraction": 0.0}})


def test_every_class_excluded(task):
    result = run_task(task, provider=lambda req: {c: OrientationAnswer("exclude") for c in req.classes})
    assert "every class is excluded" in str(result.error) and result.state.status == "failed"
    assert result.state.stages_done == ["ingest"] and not (result.run_dir / "orientation_answers.json").exists()
    run_pipeline(result.run_dir, orientation=all_up, until="dataset")  # answered again: the run goes on
    assert RunState(result.run_dir).stages_done == DONE


# --------------------------------------------------------------------------- the training config

TRAIN_SETS = {
    "batch-not-multiple": ("data.batch_size=41", "data: batch_size (41) must be a multiple of m_per_class (8)"),
    "image-size": ("data.image_size=100", "data: image_size 100 must be a multiple of 32"),
    "epochs-zero": ("optim.epochs=0", "optim.epochs: 0 is below the minimum 1"),
    "lr-text": ("optim.lr=fast", "optim.lr: expected a number"),
    "unknown-key": ("optim.lr_max=0.1", "optim: unknown key(s) lr_max"),
    "backbone": ("model.backbone=resnet_nope", "'resnet_nope' is not a timm model name"),
    "heads": ("model.attention_heads=7", "must be divisible by attention_heads (7)"),
    "precision": ("trainer.precision=fp8", "'fp8' is not allowed"),
}


@pytest.mark.parametrize("kind", TRAIN_SETS)
def test_bad_training_settings_are_refused_before_a_run_starts(task, capsys, kind):
    override, expected = TRAIN_SETS[kind]
    rc, said = _cli_in_process(capsys, "run", "--input", str(task.input), "--site", SITE, "--line", LINE,
                               "--db", task.sqlite(), "--out", str(task.runs), "--train-set", override)
    assert rc == 2 and expected in said, said
    assert not re.search(r"\b(\w+): \1\.", said), said  # the section named once, not "data: data.image_size"
    assert not task.runs.exists()


def test_unknown_training_profile(task, capsys):
    rc, said = _cli_in_process(capsys, "run", "--input", str(task.input), "--site", SITE, "--line", LINE,
                               "--db", task.sqlite(), "--out", str(task.runs), "--profile", "turbo")
    assert rc == 2 and "unknown training profile 'turbo'; available: cpu, gpu, demo" in said, said


def test_batch_the_sampler_cannot_serve(task, tmp_path):
    """20 classes of 2 per batch, but the dataset has 5 labels: refused before any training, with options.
    The training settings are the run's own from its start: the profiles file may change or go meanwhile."""
    db = task.sqlite()
    before = task.outside()
    profiles = tmp_path / "train_configs.yaml"
    shutil.copyfile(config_file(TRAIN_CONFIG_FILE), profiles)
    params = RunParams(str(task.input), SITE, LINE, db=db, profile="cpu", train_config_file=str(profiles),
                       train_overrides={"data": {"batch_size": 40, "m_per_class": 2}})
    run_dir = new_run(params, runs_dir=task.runs, system=SystemConfig())
    snapshot = yaml.safe_load((run_dir / "train_config.yaml").read_text(encoding="utf-8"))
    assert snapshot["profile"] == "cpu" and snapshot["data"]["batch_size"] == 40
    profiles.unlink()  # edited or removed after the run started (an update, IT): the run trains as started
    with pytest.raises(ValueError) as info:
        run_pipeline(run_dir, orientation=all_up)
    text = str(info.value)
    assert info.value.args[0].code == "batch_needs_classes"  # said in the user's language in the app
    assert "data.batch_size 40 with data.m_per_class 2 needs 20 classes per batch, but the dataset has 5" in text
    assert "use batch_size 2, 4, 6, 8, 10" in text
    state = RunState(run_dir)
    assert state.status == "failed" and state.stage == "train" and state.stages_done == DONE
    assert not (run_dir / "model" / "best_model.pt").exists()
    assert task.outside() == before
