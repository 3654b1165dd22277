"""Prediction: one label per component photo (Up, Down, Left, Right or NG), as the line would decide.

The rule is :mod:`hoam_core.evaluation.decision`'s (the orientation vote, then the part check of the
photo's class). The file name and the metadata database give the photo's class
``{product}_{component}_{light}``, its expected orientation and its golden sample; the similarity to
the golden sample and the class's golden threshold are reported beside the label. A photo whose class
is unknown (name not parsed, not in the database, class not trained) gets its label all the same; its
row says why the class is missing.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from hoam_core import config as cfg
from hoam_core.evaluation import decision, fitness
from hoam_core.evaluation.embed import embed_files, load_model, module_embedder
from hoam_core.evaluation.export import BUNDLE_FILE, CONFIG_FILE, ONNX_FILE, read_checks, read_module
from hoam_core.evaluation.report import write_csv
from hoam_core.events import Reporter, coded, coded_text
from hoam_core.data.naming import AoiNameError, has_image_extension, parse_aoi_name
from hoam_core.layout import RunLayout

STAGE = "predict"
CHUNK = 256  # photos decoded, embedded and checked together (their check views, about 0.2 MB each, held meanwhile)
COLUMNS = ("file", "label", "verdict", "orientation", "score", "nearest", "class", "expected", "golden_similarity",
           "golden_threshold", "likeness", "anomaly", "anomaly_threshold", "resembles", "error")


def module_dir_of(model_dir: Path) -> Path:
    """The deployable module folder: ``model_dir`` itself, or a run folder's ``export/``."""
    model_dir, export = Path(model_dir), RunLayout(model_dir).export
    return model_dir if (model_dir / CONFIG_FILE).is_file() or not export.is_dir() else export


def golden_table(configs: dict, refs: dict[str, np.ndarray]) -> dict[str, tuple[np.ndarray, float]]:
    """{class: (golden embedding of its confirmed orientation, golden threshold)} from a module."""
    golden = {(c, lab): e for c, lab, e in zip(refs["golden_classes"], refs["golden_labels"], refs["golden_embeddings"])}
    return {cls: (golden[(cls, info["orientation"])], float(info["threshold"])) for cls, info in configs["classes"].items()}


def list_images(images: Path) -> list[Path]:
    """Image files under ``images`` (a folder, searched recursively, or one file), sorted."""
    images = Path(images)
    if images.is_file():
        return [images]
    if not images.is_dir():
        raise FileNotFoundError(f"{images} does not exist; give a folder of component photos")
    return sorted(p for p in images.rglob("*") if p.is_file() and has_image_extension(p.name))


def photo_classes(paths: Sequence[Path], classes: dict[tuple[str, str, str], str], line: dict,
                  system: cfg.SystemConfig, password: Callable[[str], str | None] | None,
                  reporter: Reporter) -> tuple[list[str], list[str]]:
    """(class or "", why it is unknown or "") per photo: component and light from the name, product from the DB,
    and the class the model has for that part (``classes``: (product, component, light) -> class)."""
    from hoam_core.metadata import MetadataError, open_metadata, resolve_database

    names, notes = [], [""] * len(paths)
    for i, p in enumerate(paths):
        try:
            names.append(parse_aoi_name(p.name))
        except AoiNameError as exc:
            names.append(None)
            notes[i] = coded("class unknown: {reason}", code="predict_class_unknown", reason=exc.reason)
    parsed = [n for n in names if n is not None]
    products: dict[str, str] = {}
    unusable = None  # why the database could not be used, if so
    if parsed and line.get("site") and line.get("line_id"):
        try:
            site_cfg = resolve_database(line.get("db", ""), line.get("database_config_file", ""), system)
            with open_metadata(site_cfg, system.database, password=password) as source:
                products = source.lookup(parsed, line["site"], line["line_id"], cancel=reporter.cancel)
        except (MetadataError, cfg.ConfigError) as exc:  # offline, no VPN, a moved file: labels come all the same
            unusable = exc
            reporter.message("The metadata database cannot be used ({error}): the photos' classes are not "
                             "looked up, so their rows have no class, expected orientation or golden "
                             "similarity; their labels are given all the same", level="warning", stage=STAGE,
                             code="classes_lookup_failed",
                             error=coded_text(exc) or str(exc))
    elif parsed:
        reporter.message("No site and line id known: the photos' classes cannot be looked up, so their rows have no "
                         "class, expected orientation or golden similarity (give --site and --line)", level="warning",
                         stage=STAGE, code="classes_not_looked_up")
    found = []
    for i, n in enumerate(names):
        cls = ""
        if n is not None:
            product = products.get(n.image_path, "")
            if not product:
                notes[i] = notes[i] or (
                    coded("class unknown: the metadata database cannot be used", code="predict_db_unusable")
                    if unusable else coded("class unknown: no product for {image_path} in the metadata database",
                                           code="predict_no_product", image_path=n.image_path))
            else:
                cls = classes.get((product, n.component, n.light), "")
                if not cls:
                    notes[i] = coded("class unknown: this model was not trained on component {component} ({light}) "
                                     "of product {product}", code="predict_unknown_class", component=n.component,
                                     light=n.light, product=product)
        found.append(cls)
    return found, notes


def run_prediction(model_dir: Path, paths: Sequence[Path], reporter: Reporter, *, db: str | None = None,
                   site: str | None = None, line_id: str | None = None, batch_size: int | None = None,
                   password: Callable[[str], str | None] | None = None) -> tuple[list[dict], np.ndarray]:
    """Rows (without ``file``) for ``paths`` and their embeddings; unreadable photos get an error.

    ``verdict``: OK when the label is the class's expected orientation (or its 180-degree twin for a class
    that looks the same turned so), NG otherwise, "" when the class is unknown or the photo unreadable."""
    model_dir = Path(model_dir)
    module = module_dir_of(model_dir)
    configs, refs = read_module(module)
    snapshot = RunLayout(model_dir).system_config
    system = cfg.load_system_config(snapshot if snapshot.is_file() else None)
    line = {**configs.get("line", {}), **{k: v for k, v in (("db", db), ("site", site), ("line_id", line_id)) if v}}
    parts = {(info["product"], info["component"], info["light"]): cls for cls, info in configs["classes"].items()}
    classes, notes = photo_classes(paths, parts, line, system, password, reporter)
    model, meta = load_model(module / BUNDLE_FILE)
    embedder, checks = module_embedder(model, module / ONNX_FILE), read_checks(module, configs)
    symmetric = {c: info["orientation"] for c, info in configs["classes"].items() if info["symmetric_180"]}
    emb = np.full((len(paths), int(meta["embedding_size"])), np.nan, np.float32)
    errors: list[str | None] = []
    decided: dict[int, dict] = {}
    for start in range(0, len(paths), CHUNK):
        part = paths[start:start + CHUNK]
        views: dict[int, np.ndarray] = {}  # each photo decoded once, for the embedding and the check
        emb[start:start + len(part)], part_errors = embed_files(
            embedder, meta, part, batch_size=batch_size or system.evaluation.batch_size, reporter=reporter,
            stage=STAGE, decoded=lambda i, image: views.__setitem__(i, decision.view(image)))
        errors += part_errors
        done = start + len(part)
        reporter.progress(STAGE, done / len(paths), "embedding photos: {done}/{total}", code="embedding_photos",
                          done=done, total=len(paths))
        reporter.progress(STAGE, done / len(paths), "checking the parts", code="checking_parts")
        readable = [start + i for i, e in enumerate(part_errors) if e is None]
        if readable:
            decided.update(zip(readable, decision.decide(
                emb[readable], [views[i - start] for i in readable], [classes[i] for i in readable], refs, checks,
                symmetric, int(configs["decision"]["k"]))))
    golden = golden_table(configs, refs)
    rows = [{"label": "", "orientation": "", "score": float("nan"), "nearest": "", "likeness": float("nan"),
             "anomaly": float("nan"), "anomaly_threshold": float("nan"), "resembles": "",
             "error": coded("unreadable: {reason}", code="predict_unreadable", reason=e) if e else ""}
            for e in errors]
    for i, d in decided.items():
        rows[i].update(d)
    for i, row in enumerate(rows):
        cls = classes[i]
        info = configs["classes"].get(cls, {})
        row.update({"class": cls, "expected": info.get("orientation", ""), "symmetric_180": info.get("symmetric_180", False),
                    "golden_similarity": float(emb[i] @ golden[cls][0]) if cls and not row["error"] else float("nan"),
                    "golden_threshold": golden[cls][1] if cls else float("nan")})
        row["verdict"] = ("OK" if fitness.said_ok(row["label"], row["expected"], row["symmetric_180"]) else "NG") \
            if row["expected"] and row["label"] else ""
        if not row["error"] and notes[i]:
            row["error"] = notes[i]
    return rows, emb


def error_counts(rows: list[dict]) -> dict[str, int]:
    """How many of ``rows`` are unreadable photos, and how many photos of a class the model does not know."""
    unreadable = sum(r["error"].startswith("unreadable") for r in rows)
    return {"unreadable": unreadable, "class_unknown": sum(bool(r["error"]) for r in rows) - unreadable}


def predict(model_dir: Path, images: Path, out_csv: Path, reporter: Reporter | None = None, *,
            db: str | None = None, site: str | None = None, line_id: str | None = None,
            batch_size: int | None = None, password: Callable[[str], str | None] | None = None) -> dict:
    """``hoam-trainer predict``: write ``out_csv`` with one row per photo under ``images``; returns a summary.

    ``model_dir``: a run folder (its ``export/``) or a deployable module folder. ``db``,
    ``site`` and ``line_id`` override the line the model was trained for (where the
    product of each photo is looked up).
    """
    reporter = reporter or Reporter()
    images = Path(images)
    paths = list_images(images)
    if not paths:
        raise FileNotFoundError(f"no images (jpg, jpeg, png, bmp) under {images}")
    reporter.stage(STAGE, "Predicting {total} photos", code="predict_started", total=len(paths))
    rows, _ = run_prediction(model_dir, paths, reporter, db=db, site=site, line_id=line_id,
                             batch_size=batch_size, password=password)
    base = images if images.is_dir() else images.parent
    for p, row in zip(paths, rows):
        row["file"] = p.relative_to(base).as_posix()
    write_csv(Path(out_csv), rows, COLUMNS)
    summary = {"images": len(rows), "labels": dict(sorted(Counter(r["label"] for r in rows if r["label"]).items())),
               **error_counts(rows), "out": str(out_csv)}
    reporter.message("Predictions for {images} photos written to {out}: {labels}; {unreadable} unreadable, "
                     "{class_unknown} of unknown class",
                     stage=STAGE, code="predict_summary", **summary)
    return summary
