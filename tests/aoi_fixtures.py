"""Helpers for tests that need AOI input folders and a metadata database (real files, real SQLite)."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import numpy as np
from PIL import Image

from hoam_core.data.naming import parse_aoi_name

COLUMNS = ["uuid", "site", "line_id", "factory", "create_time", "product_name", "part_number", "carrier_sn",
           "board_sn", "comp_name", "image_path", "image_name", "top_btm", "aoi_defect", "op_defect",
           "ai_result", "package_type", "comp_type"]


def write_photo(path: Path, seed: int = 0, size: tuple[int, int] = (48, 40)) -> Path:
    rng = np.random.default_rng(seed)
    arr = rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
    arr[:6, :6] = 255
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(arr).save(path, format="JPEG" if path.suffix.lower() in (".jpg", ".jpeg") else None)
    return path


def aoi_name(i: int, component: str = "U1", light: str = "top", when: dt.datetime | None = None) -> str:
    when = when or dt.datetime(2025, 9, 5, 7, 0, 0) + dt.timedelta(seconds=37 * i)
    return f"{when:%Y%m%d%H%M%S}_B{i:05d}_T@{component}_1_{light}.jpg"


def row_for(name: str, product: str | None, site: str = "HPH", line: str = "V31",
            shift: dt.timedelta = dt.timedelta(seconds=1), uid: str = "") -> dict:
    n = parse_aoi_name(name)
    return {"uuid": uid or hashlib.md5(f"{name}{product}{site}{line}".encode()).hexdigest(), "site": site,
            "line_id": line, "factory": "F1", "create_time": (n.timestamp + shift).isoformat(sep=" "),
            "product_name": product, "part_number": "PN", "carrier_sn": n.board, "board_sn": n.board,
            "comp_name": n.component, "image_path": n.image_path, "image_name": name, "top_btm": "T",
            "aoi_defect": "PASS", "op_defect": "PASS", "ai_result": "1", "package_type": "SOT",
            "comp_type": "IC"}


def write_db(path: Path, rows: list[dict]) -> Path:
    con = sqlite3.connect(path)
    con.execute(f"CREATE TABLE amr_raw_data ({', '.join(c + ' TEXT' for c in COLUMNS)}, "
                "PRIMARY KEY (uuid, site, factory, create_time))")
    con.executemany(f"INSERT INTO amr_raw_data VALUES ({','.join('?' * len(COLUMNS))})",
                    [[r[c] for c in COLUMNS] for r in rows])
    con.commit()
    con.close()
    return path


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under root with the hash of its bytes (to prove nothing changed)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}
