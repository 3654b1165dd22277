"""Benchmark: metadata lookup throughput and memory against PostgreSQL holding 1,000,000 rows.

    bash .ci/services.sh                                  # the test PostgreSQL and sshd
    .venv/bin/python benchmarks/bench_lookup_postgres.py

Creates a throwaway database in the test PostgreSQL with 1,000,000 ``amr_raw_data`` rows
(generate_series, on five lines) and the index ``(site, line_id, image_path)``, then looks up
10,000 and 100,000 matching AoiNames (direct, and 100,000 through the SSH tunnel), each in a
fresh process so that its peak RSS is its own. Prints images/s and peak memory. Target:
>= 2,000 images/s, peak memory flat in the number of names beyond the names themselves.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from hoam_core.config import DatabaseConfig  # noqa: E402
from hoam_core.metadata import open_metadata  # noqa: E402
from hoam_core.data.naming import parse_aoi_name  # noqa: E402
from tests.db_services import (PgDatabase, PgServer, SshServer, drop_database, new_database,  # noqa: E402
                               service_settings)

ROWS = 1_000_000
LINES = 5  # row g is on line V3{g % 5}; the names are the rows of line V30
START = dt.datetime(2025, 9, 1, 6, 0, 0)
STEP_S = 3  # one image every 3 s: 1,000,000 rows span about 35 days

FILL = f"""
INSERT INTO amr_raw_data
SELECT md5(g::text), 'HPH', 'V3' || (g % {LINES}), 'F1', ts + (g % 4) * interval '1 second', 'PRODUCT-' || (g % 20),
       'PN-1', b || '_T', b, 'Q' || (g % 4) || '_1', to_char(ts, 'YYYY-MM-DD/YYYYMMDDHH24MISS/') || f, f, 'T',
       'PASS', 'PASS', '1', 'TO-92', 'TRANSISTOR'
FROM generate_series(0, {ROWS - 1}) AS g,
     LATERAL (SELECT timestamp '{START:%Y-%m-%d %H:%M:%S}' + g * interval '{STEP_S} seconds' AS ts,
                     'B' || lpad(g::text, 7, '0') AS b) AS t,
     LATERAL (SELECT to_char(ts, 'YYYYMMDDHH24MISS') || '_' || b || '_T@Q' || (g % 4) || '_1_top.jpg' AS f) AS n
"""


def names(count: int) -> list:
    """AoiNames of the first ``count`` rows on line V30 (every fifth row)."""
    out = []
    for g in range(0, count * LINES, LINES):
        ts = START + dt.timedelta(seconds=STEP_S * g)
        out.append(parse_aoi_name(f"{ts:%Y%m%d%H%M%S}_B{g:07d}_T@Q{g % 4}_1_top.jpg"))
    return out


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(database: str, count: int, via_ssh: bool) -> dict:
    """One measurement, in this (fresh) process."""
    settings = service_settings()
    db = PgDatabase(PgServer.from_settings(settings), database)
    site = db.site(ssh=SshServer.from_settings(settings).ssh()) if via_ssh else db.site()
    wanted = names(count)
    rss_names = peak_rss_mib()
    with open_metadata(site, DatabaseConfig(), password=lambda _: db.server.password) as source:
        source.check()
        started = time.perf_counter()
        found = source.lookup(wanted, "HPH", "V30")
        seconds = time.perf_counter() - started
    assert len(found) == count, f"only {len(found)} of {count} names found"
    return {"names": count, "via": "ssh tunnel" if via_ssh else "direct", "seconds": round(seconds, 2),
            "images_per_s": round(count / seconds), "peak_rss_mib_after_names": round(rss_names, 1),
            "peak_rss_mib": round(peak_rss_mib(), 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--measure", nargs=3, metavar=("DATABASE", "COUNT", "VIA_SSH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        database, count, via_ssh = args.measure
        print(json.dumps(measure(database, int(count), via_ssh == "1")))
        return

    server = PgServer.from_settings(service_settings())
    db = new_database(server)
    try:
        started = time.perf_counter()
        engine = db.engine()
        with engine.begin() as conn:
            conn.execute(sa.text(FILL))
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM ANALYZE amr_raw_data"))
            size = conn.execute(sa.text("SELECT pg_size_pretty(pg_total_relation_size('amr_raw_data'))")).scalar()
        engine.dispose()
        print(f"database {db.name}: {ROWS:,} rows, {size} with indexes, loaded in "
              f"{time.perf_counter() - started:.1f} s")
        for count, via_ssh in [(10_000, False), (100_000, False), (100_000, True)]:
            out = subprocess.run([sys.executable, __file__, "--measure", db.name, str(count), str(int(via_ssh))],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"{r['names']:>7,} names ({r['via']:<10}): {r['seconds']:6.2f} s, {r['images_per_s']:>7,} images/s, "
                  f"peak RSS {r['peak_rss_mib']:.0f} MiB ({r['peak_rss_mib_after_names']:.0f} MiB once the names "
                  "were built)")
    finally:
        drop_database(db)


if __name__ == "__main__":
    main()
