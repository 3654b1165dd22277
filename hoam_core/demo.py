"""Synthetic AOI demo task: drawn SMT parts on a board, as a line would export them.

``make_demo_task(out)`` writes, under ``out`` (the shape of ``shared/bench/make_input.py``):

    input/OK, input/NG/{defect}/   AOI-named JPEGs (quality 92, full chroma)
    metadata.sqlite                the ``amr_raw_data`` table, one row per image
    orientations.yaml              the engineer's answers, ``class: Up`` (180-symmetric
                                   classes as ``{orientation: Up, symmetric_180: true}``)
    test/, truth.csv               held-out images with ``file,label,cls,expected``

Products ``DEMO-A``, ``DEMO-B``, ... carry four parts, each at a fixed orientation per
product: an IC ``U1`` (pin-1 dot and notch), a diode ``D3`` (cathode band), an electrolytic
capacitor ``C_12`` (polarity stripe) and a resistor ``R5`` that looks the same turned
180 degrees. Some parts are seen under two lights (``top``, ``side``). NG images are
defects (missing, wrong part, shifted, damaged), never a wrong polarity. Two deliberate
warts exercise the reporting: ``input/OK/IMG_0001.jpg`` (a name that does not parse) and
one OK image without a database row. Some boards are inspected just before midnight and
their database time falls on the next day.

Parts are drawn facing Up (polarity mark at the top) and turned as a whole, so a class's
orientation is exactly a number of clockwise quarter turns. For a 180-symmetric class a
test image turned by ``k`` quarter turns is labelled as turned by ``k % 2``: it cannot be
told apart from that, which is also how the dataset labels such classes
(``orientation.rotations_for``). Deterministic for a seed; Pillow and numpy only.
"""
from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw

from .data.orientation import turned

SITE = "DEMO"
LINE_ID = "L1"
DEFECTS = ("MISSING", "WRONG_PART", "SHIFTED", "DAMAGED")
COLUMNS = (
    ("uuid", "VARCHAR(64)"), ("site", "VARCHAR(16)"), ("line_id", "VARCHAR(16)"),
    ("factory", "VARCHAR(16)"), ("create_time", "TIMESTAMP"), ("product_name", "VARCHAR(64)"),
    ("part_number", "VARCHAR(64)"), ("carrier_sn", "VARCHAR(64)"), ("board_sn", "VARCHAR(64)"),
    ("comp_name", "VARCHAR(32)"), ("image_path", "VARCHAR(256)"), ("image_name", "VARCHAR(256)"),
    ("top_btm", "VARCHAR(4)"), ("aoi_defect", "VARCHAR(32)"), ("op_defect", "VARCHAR(32)"),
    ("ai_result", "VARCHAR(8)"), ("package_type", "VARCHAR(32)"), ("comp_type", "VARCHAR(32)"),
)
UNPARSABLE_NAME = "IMG_0001.jpg"

_DESIGN = 96  # parts are designed on a 96-unit canvas, origin at its centre
_SUPERSAMPLE = 2  # drawn at twice the output size, then box-reduced (anti-aliasing)
_TURN_CW = {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180, 3: Image.Transpose.ROTATE_90}

_BOARD = (26, 102, 56)
_SILK = (226, 226, 212)
_PAD = (204, 190, 152)
_METAL = (198, 198, 204)
_GLUE = (176, 62, 44)


class _Pen:
    """Maps design units (origin at the centre, shifted by ``offset``) to pixels of an n px canvas.

    Boxes mirrored about the origin map to pixel boxes mirrored about the canvas centre,
    so a part drawn symmetrically is pixel-exactly symmetric.
    """

    def __init__(self, n: int, offset: tuple[float, float] = (0.0, 0.0)):
        self.n, self.scale, self.offset = n, n / _DESIGN, offset

    def box(self, cx: float, cy: float, hw: float, hh: float) -> tuple[int, int, int, int]:
        x, y = self.pt(cx, cy)
        w, h = round(hw * self.scale), round(hh * self.scale)
        return x - w, y - h, x + w - 1, y + h - 1

    def pt(self, x: float, y: float) -> tuple[int, int]:
        c = self.n // 2
        return c + round((x + self.offset[0]) * self.scale), c + round((y + self.offset[1]) * self.scale)


def _draw_ic(d: ImageDraw.ImageDraw, p: _Pen) -> None:
    d.rectangle(p.box(0, 0, 16, 22), fill=(38, 38, 42))
    for y in (-15, -5, 5, 15):
        for x in (-19.5, 19.5):
            d.rectangle(p.box(x, y, 3.5, 2.5), fill=_METAL)
    d.rectangle(p.box(-14.5, 0, 1.5, 22), fill=(62, 62, 68))  # bevel along the pin-1 row
    d.ellipse(p.box(-8, -14, 4, 4), fill=(128, 128, 134))  # pin-1 dimple
    d.pieslice(p.box(0, -22, 6, 6), 0, 180, fill=(12, 12, 14))  # notch on the pin-1 end


def _draw_diode(d: ImageDraw.ImageDraw, p: _Pen) -> None:
    for y in (-18.5, 18.5):
        d.rectangle(p.box(0, y, 5, 2.5), fill=_METAL)
    d.rectangle(p.box(0, 0, 9, 16), fill=(30, 30, 34))
    d.rectangle(p.box(0, -11, 9, 3.5), fill=(208, 208, 214))  # cathode band


def _draw_cap(d: ImageDraw.ImageDraw, p: _Pen) -> None:
    for y in (-25, 25):
        d.rectangle(p.box(0, y, 3.5, 4), fill=_METAL)
    # plastic base, chamfered on the + side (bottom)
    d.polygon([p.pt(x, y) for x, y in ((-20, -20), (20, -20), (20, 13), (13, 20), (-13, 20), (-20, 13))],
              fill=(44, 44, 48))
    d.ellipse(p.box(0, 0, 17, 17), fill=(178, 178, 186))
    d.line([p.pt(-8, 0), p.pt(8, 0)], fill=(140, 140, 148), width=max(1, round(p.scale)))
    d.line([p.pt(0, -8), p.pt(0, 8)], fill=(140, 140, 148), width=max(1, round(p.scale)))
    d.chord(p.box(0, 0, 17, 17), 205, 335, fill=(28, 30, 74))  # polarity stripe on the - side


def _draw_resistor(d: ImageDraw.ImageDraw, p: _Pen) -> None:
    d.rectangle(p.box(0, 0, 10, 17), fill=(28, 28, 30))
    for y in (-13.5, 13.5):
        d.rectangle(p.box(0, y, 10, 3.5), fill=_METAL)
    d.rectangle(p.box(0, 0, 6, 7), fill=(54, 54, 58))


@dataclass(frozen=True)
class _Part:
    name: str
    lights: tuple[str, ...]
    comp_type: str
    package: str
    body: tuple[float, float]  # half width, half height of the body, facing Up
    outline: tuple[float, float]  # silkscreen half width, half height
    pads: tuple[tuple[float, float, float, float], ...]  # cx, cy, half width, half height
    draw: Callable[[ImageDraw.ImageDraw, _Pen], None]
    symmetric: bool = False


_PARTS = (
    _Part("U1", ("top", "side"), "IC", "SOIC-8", (16, 22), (29, 27),
          tuple((x, y, 5, 3.5) for y in (-15, -5, 5, 15) for x in (-21, 21)), _draw_ic),
    _Part("D3", ("top",), "DIODE", "SOD-123", (9, 16), (14, 28),
          ((0, -21, 8, 5), (0, 21, 8, 5)), _draw_diode),
    _Part("C_12", ("top", "side"), "E-CAP", "CASE-D", (20, 20), (24, 33),
          ((0, -27, 7, 5), (0, 27, 7, 5)), _draw_cap),
    _Part("R5", ("top", "side"), "RESISTOR", "0805", (10, 17), (16, 26),
          ((0, -17, 12, 6), (0, 17, 12, 6)), _draw_resistor, symmetric=True),
)


@dataclass(frozen=True)
class DemoTask:
    root: Path
    input_dir: Path
    database: Path  # SQLite file with the amr_raw_data table
    site: str
    line_id: str
    orientations: dict[str, str]  # class "{product}_{component}_{light}" -> Up/Down/Left/Right
    orientations_file: Path
    symmetric: frozenset[str]  # classes whose part looks the same turned 180 degrees
    test_dir: Path
    truth_csv: Path  # file,label,cls,expected
    unparsable_file: Path  # the OK file whose name is not an AOI name
    unmatched_file: Path  # the OK file with no database row


def _draw(part: _Part, n: int, offset=(0.0, 0.0), part_offset=(0.0, 0.0), defect: str | None = None,
          rng: np.random.Generator | None = None) -> Image.Image:
    """The board, pads, silkscreen and (unless missing) the part, facing Up, n px square."""
    img = Image.new("RGB", (n, n), _BOARD)
    d = ImageDraw.Draw(img)
    board = _Pen(n, offset)
    for pad in part.pads:
        d.rectangle(board.box(*pad), fill=_PAD)
    d.rectangle(board.box(0, 0, *part.outline), outline=_SILK, width=max(1, round(board.scale)))
    if defect == "MISSING":
        d.ellipse(board.box(0, 0, 3, 3), fill=_GLUE)  # the glue dot the part should sit on
        return img
    angle = 0.0
    if defect == "SHIFTED":
        shift = [0.0, 0.0]
        shift[int(rng.integers(2))] = float(rng.choice((-1, 1)) * rng.uniform(9, 14))
        part_offset = tuple(part_offset[i] + shift[i] for i in range(2))
        angle = float(rng.choice((-1, 1)) * rng.uniform(12, 30))
    pen = _Pen(n, (offset[0] + part_offset[0], offset[1] + part_offset[1]))
    layer = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    drawn = _PARTS[(_PARTS.index(part) + 1) % len(_PARTS)] if defect == "WRONG_PART" else part
    drawn.draw(ld, pen)
    if defect == "DAMAGED":
        _damage(ld, pen, part.body, rng)
    if angle:
        layer = layer.rotate(angle, resample=Image.Resampling.BICUBIC, center=pen.pt(0, 0))
    img.paste(layer, (0, 0), layer)
    return img


def _damage(d: ImageDraw.ImageDraw, pen: _Pen, body: tuple[float, float], rng: np.random.Generator) -> None:
    """Scratches across the body and a chipped corner."""
    hw, hh = body
    for _ in range(int(rng.integers(2, 4))):
        a = (rng.uniform(-hw, hw), rng.uniform(-hh, hh))
        b = (rng.uniform(-hw, hw), rng.uniform(-hh, hh))
        d.line([pen.pt(*a), pen.pt(*b)], fill=(156, 152, 146), width=max(1, round(pen.scale)))
    sx, sy = rng.choice((-1, 1), size=2)
    corner = (sx * hw, sy * hh)
    cut = min(hw, hh) * 0.7
    d.polygon([pen.pt(*corner), pen.pt(corner[0] - sx * cut, corner[1]), pen.pt(corner[0], corner[1] - sy * cut)],
              fill=(124, 108, 92))


@lru_cache(maxsize=8)
def _vignette(n: int) -> np.ndarray:
    c = (n - 1) / 2
    y, x = np.mgrid[0:n, 0:n]
    r2 = ((x - c) ** 2 + (y - c) ** 2) / (2 * c * c)
    return (1.0 - 0.18 * r2).astype(np.float32)[..., None]


def _finish(canvas: Image.Image, light: str, rng: np.random.Generator | None) -> Image.Image:
    """Reduce to output size, light it (``top`` or ``side``), then brightness jitter and noise."""
    a = np.asarray(canvas.reduce(_SUPERSAMPLE), dtype=np.float32)
    if light == "side":  # low ring light: darker and bluer, bright edges
        gy, gx = np.gradient(a.mean(axis=2))
        a = a * np.array((0.70, 0.80, 1.0), np.float32) + 0.9 * np.hypot(gx, gy)[..., None] + 8
    a = a * _vignette(a.shape[0])
    if rng is not None:
        a = a * rng.uniform(0.92, 1.08) + rng.standard_normal(a.shape, dtype=np.float32) * 3.0
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8))


def _turn(img: Image.Image, quarter_turns_cw: int) -> Image.Image:
    k = quarter_turns_cw % 4
    return img.transpose(_TURN_CW[k]) if k else img


def render_part(component: str, light: str = "top", size: int = 96) -> Image.Image:
    """The clean picture of a demo part facing Up: no jitter, no noise, no turn."""
    part = next((p for p in _PARTS if p.name == component), None)
    if part is None:
        raise ValueError(f"unknown demo component {component!r}; known: {', '.join(p.name for p in _PARTS)}")
    return _finish(_draw(part, size * _SUPERSAMPLE), light, None)


class _Writer:
    """Names files the AOI way, saves them as the camera would and records a row for each."""

    def __init__(self, out: Path, rng: np.random.Generator):
        self.out, self.rng = out, rng
        self.rows: list[dict] = []
        self.clock = dt.datetime(2025, 9, 5, 7, 34, 42)
        self.board_no = 0

    def next_board(self) -> tuple[str, dt.datetime]:
        # boards every 37 s; now and then one just before midnight, so that the database
        # clock (a few seconds later) is already on the next day
        self.board_no += 1
        self.clock += dt.timedelta(seconds=37)
        if self.board_no % 25 == 5:
            self.clock = self.clock.replace(hour=23, minute=59, second=58)
        return f"DMB{self.board_no:05d}_T", self.clock

    def write_image(self, img: Image.Image, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        img.save(path, quality=92, subsampling=0)

    def save(self, img: Image.Image, folder: str, when: dt.datetime, board: str, part: _Part, light: str,
             product: str, defect: str = "") -> str:
        ts = f"{when:%Y%m%d%H%M%S}"
        name = f"{ts}_{board}@{part.name}_1_{light}.jpg"
        self.write_image(img, self.out / folder / name)
        db_time = when + dt.timedelta(seconds=int(self.rng.integers(2, 6)))
        self.rows.append({
            "uuid": str(uuid.UUID(bytes=self.rng.bytes(16))),
            "site": SITE, "line_id": LINE_ID, "factory": "F1", "create_time": db_time.isoformat(sep=" "),
            "product_name": product, "part_number": f"PN-{part.package}", "carrier_sn": board,
            "board_sn": board.split("_")[0], "comp_name": f"{part.name}_1",
            "image_path": f"{when:%Y-%m-%d}/{ts}/{name}", "image_name": name, "top_btm": "T",
            "aoi_defect": defect or "PASS", "op_defect": defect or "PASS", "ai_result": "0" if defect else "1",
            "package_type": part.package, "comp_type": part.comp_type,
        })
        return name

    def write_db(self, path: Path) -> None:
        names = [c for c, _ in COLUMNS]
        con = sqlite3.connect(path)
        try:
            con.execute("CREATE TABLE amr_raw_data (" + ", ".join(f"{c} {t}" for c, t in COLUMNS)
                        + ", PRIMARY KEY (uuid, site, factory, create_time))")
            con.execute("CREATE INDEX ix_amr_raw_data_lookup ON amr_raw_data (site, line_id, image_path)")
            con.executemany(f"INSERT INTO amr_raw_data VALUES ({','.join('?' * len(names))})",
                            [[r[c] for c in names] for r in self.rows])
            con.commit()
        finally:
            con.close()


def _check_arguments(products: int, boards: int, image_size: int, test_per_class: int) -> None:
    for name, value, low, high in (("products", products, 1, 26), ("boards", boards, 2, 10_000),
                                   ("image_size", image_size, 32, 1024),
                                   ("test_per_class", test_per_class, 1, 1000)):
        if not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"demo {name} must be a whole number from {low} to {high}, got {value!r}")


def make_demo_task(out: Path, *, seed: int = 0, products: int = 2, boards: int = 12, image_size: int = 96,
                   test_per_class: int = 4) -> DemoTask:
    """Write a synthetic AOI task into the new or empty folder ``out``.

    ``boards`` OK boards per product, each with every part under each of its lights;
    ``boards * products // 2`` NG input images, at least one per class; ``test_per_class`` test images per class
    (turned by 0, 1, 2, 3, ... quarter turns) plus ``test_per_class * products`` NG ones.
    """
    _check_arguments(products, boards, image_size, test_per_class)
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty; give a new or empty folder for the demo task")
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    w = _Writer(out, rng)
    n = image_size * _SUPERSAMPLE
    product_names = [f"DEMO-{chr(ord('A') + i)}" for i in range(products)]
    # quarter turns from Up, fixed per (product, component), so classes face different ways
    turns = {(p, part.name): (ci + 3 * pi) % 4 for pi, p in enumerate(product_names) for ci, part in enumerate(_PARTS)}
    facing = {key: turned("Up", k) for key, k in turns.items()}
    classes = [(p, part, light) for p in product_names for part in _PARTS for light in part.lights]

    def shot(part: _Part, product: str, light: str, defect: str | None = None) -> Image.Image:
        canvas = _draw(part, n, rng.uniform(-3, 3, 2), rng.uniform(-1, 1, 2), defect, rng)
        return _turn(_finish(canvas, light, rng), turns[(product, part.name)])

    n_ok, n_ng = boards * products, max(len(classes), boards * products // 2)  # NG photos for every class
    ng_after = [i * n_ok // n_ng for i in range(n_ng)]  # NG boards spread among the OK ones: the same days
    for b in range(n_ok):
        product = product_names[b % products]
        board, when = w.next_board()
        for part in _PARTS:  # one placement per part, seen under each light
            canvas = _draw(part, n, rng.uniform(-3, 3, 2), rng.uniform(-1, 1, 2))
            for light in part.lights:
                img = _turn(_finish(canvas, light, rng), turns[(product, part.name)])
                w.save(img, "input/OK", when, board, part, light, product)
                last_ok = len(w.rows) - 1
        for i in (i for i, after in enumerate(ng_after) if after == b):
            defect = DEFECTS[i % len(DEFECTS)]
            product_ng, part_ng, light_ng = classes[i % len(classes)]
            board, when = w.next_board()
            w.save(shot(part_ng, product_ng, light_ng, defect), f"input/NG/{defect.lower()}", when, board, part_ng,
                   light_ng, product_ng, defect)
    unmatched = out / "input/OK" / w.rows.pop(last_ok)["image_name"]  # a photo the database does not know
    unparsable = out / "input/OK" / UNPARSABLE_NAME
    w.write_image(shot(_PARTS[0], product_names[0], _PARTS[0].lights[0]), unparsable)

    truth = []
    for product, part, light in classes:
        expected = facing[(product, part.name)]
        for k in range(test_per_class):
            board, when = w.next_board()
            name = w.save(_turn(shot(part, product, light), k), "test", when, board, part, light, product)
            truth.append((name, turned(expected, k % 2 if part.symmetric else k),
                          f"{product}_{part.name}_{light}", expected))
    for i in range(test_per_class * products):
        defect = DEFECTS[i % len(DEFECTS)]
        product, part, light = classes[int(rng.integers(len(classes)))]
        board, when = w.next_board()
        name = w.save(shot(part, product, light, defect), "test", when, board, part, light, product, defect)
        truth.append((name, "NG", f"{product}_{part.name}_{light}", facing[(product, part.name)]))

    database = out / "metadata.sqlite"
    w.write_db(database)
    truth_csv = out / "truth.csv"
    with open(truth_csv, "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["file", "label", "cls", "expected"])
        cw.writerows(truth)
    orientations = {f"{p}_{part.name}_{light}": facing[(p, part.name)] for p, part, light in classes}
    symmetric = frozenset(f"{p}_{part.name}_{light}" for p, part, light in classes if part.symmetric)
    orientations_file = out / "orientations.yaml"
    lines = ["# class: orientation, as the engineer confirms it in the orientation dialog"]
    lines += [f"{cls}: {{orientation: {o}, symmetric_180: true}}" if cls in symmetric else f"{cls}: {o}"
              for cls, o in sorted(orientations.items())]
    orientations_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return DemoTask(root=out, input_dir=out / "input", database=database, site=SITE, line_id=LINE_ID,
                    orientations=orientations, orientations_file=orientations_file, symmetric=symmetric,
                    test_dir=out / "test", truth_csv=truth_csv, unparsable_file=unparsable,
                    unmatched_file=unmatched)
