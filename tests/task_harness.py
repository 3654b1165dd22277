"""The harness of the bad-input tests (test_bad_*.py), used by test_faults*.py and test_security.py too.

A small good AOI task that a case adds bad files, folders or database rows to; the real pipeline run on
it up to the dataset, failing the test if any file outside the run folder changed; checks on the
manifest; image bytes; and the metadata database (SQLite or PostgreSQL) a task's rows are loaded into.

Each case puts one kind of bad input beside this small good task and checks that the
manifest (or the error) names the file or setting and the reason, that the run goes on where that is safe,
and that no file outside the run folder changed (the input tree and the database included).
"""
from __future__ import annotations

import csv
import io
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
import sqlalchemy as sa
from PIL import Image

from hoam_core.config import SystemConfig
from hoam_core.events import ListSink, Reporter
from hoam_core.data.ingest import ManifestRow, read_manifest
from hoam_core.data.orientation import OrientationAnswer
from hoam_core.pipeline import RunParams, new_run, run_pipeline
from hoam_core.runs import RunState

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


CHUNK_OF_2 = {"database": {"chunk_size": 2}}


def resume(result: Result, until: str = "dataset"):
    return run_pipeline(result.run_dir, orientation=all_up, until=until)
