"""Benchmark: the whole ingest stage on 100,000 generated files against PostgreSQL holding 1,000,000 rows.

    bash .ci/services.sh                       # the test PostgreSQL
    .venv/bin/python benchmarks/bench_ingest.py [--files 100000]

Fills a throwaway database like bench_lookup_postgres.py (1,000,000 amr_raw_data rows, index
on (site, line_id, image_path)), writes tiny AOI-named JPEGs matching the rows of one line,
then runs hoam_core.data.ingest (scan, parse, batched lookup, image check, hard link, manifest)
on 10,000 and on all files, each in a fresh process so that its peak RSS is its own.
Prints images/s and peak memory. Target: >= 2,000 images/s, memory flat in the number of files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from PIL import Image  # noqa: E402

from benchmarks.bench_lookup_postgres import FILL, LINES, ROWS, START, STEP_S  # noqa: E402
from hoam_core.config import SystemConfig  # noqa: E402
from hoam_core.events import Reporter  # noqa: E402
from hoam_core.data.ingest import ingest  # noqa: E402
from hoam_core.metadata import open_metadata  # noqa: E402
from tests.db_services import PgDatabase, PgServer, drop_database, new_database, service_settings  # noqa: E402


def write_inputs(root: Path, count: int) -> None:
    """``count`` tiny JPEGs named after the rows of line V30, 1,000 per sub-folder."""
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (40, 120, 60)).save(buf, format="JPEG")
    data = buf.getvalue()
    for i, g in enumerate(range(0, count * LINES, LINES)):
        ts = START + dt.timedelta(seconds=STEP_S * g)
        folder = root / "OK" / f"batch{i // 1000:03d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{ts:%Y%m%d%H%M%S}_B{g:07d}_T@Q{g % 4}_1_top.jpg").write_bytes(data)


def measure(database: str, input_dir: Path, runs: Path) -> dict:
    settings = service_settings()
    db = PgDatabase(PgServer.from_settings(settings), database)
    run_dir = runs / f"run_{time.time_ns()}"
    run_dir.mkdir(parents=True)
    config = SystemConfig()
    started = time.perf_counter()
    with open_metadata(db.site(), config.database, password=lambda _: db.server.password) as source:
        summary = ingest(input_dir, run_dir, source, site="HPH", line_id="V30", config=config, reporter=Reporter())
    seconds = time.perf_counter() - started
    return {"files": summary["files"], "included": summary["included"], "seconds": round(seconds, 2),
            "images_per_s": round(summary["files"] / seconds),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=100_000)
    ap.add_argument("--measure", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]), Path(args.measure[2]))))
        return
    server = PgServer.from_settings(service_settings())
    db = new_database(server)
    work = Path(tempfile.mkdtemp(prefix="hoam-bench-ingest-"))
    try:
        engine = db.engine()
        with engine.begin() as conn:
            conn.execute(sa.text(FILL))
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM ANALYZE amr_raw_data"))
        engine.dispose()
        print(f"database {db.name}: {ROWS:,} rows")
        for count in sorted({min(10_000, args.files), args.files}):
            inputs = work / f"input_{count}"
            started = time.perf_counter()
            write_inputs(inputs, count)
            print(f"wrote {count:,} input files in {time.perf_counter() - started:.1f} s")
            out = subprocess.run([sys.executable, __file__, "--measure", db.name, str(inputs), str(work / "runs")],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"ingest {r['files']:>7,} files ({r['included']:,} included): {r['seconds']:7.2f} s, "
                  f"{r['images_per_s']:>6,} images/s, peak RSS {r['peak_rss_mib']:.0f} MiB")
    finally:
        drop_database(db)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
