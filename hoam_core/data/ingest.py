"""Ingest: scan input/OK and input/NG, look every image up, copy it into raw_data/.

Every input file gets one row in ``manifest.csv`` with its fate: its class, or why it
was left out. Input files are only read (copied or hard-linked), never changed, moved
or deleted. The stage writes into ``*.partial`` names and renames at the end, so a
crashed or cancelled ingest never looks complete.
"""
from __future__ import annotations

import os
import shutil
import zlib
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from ..config import SystemConfig
from ..events import Reporter, coded
from ..layout import MANIFEST, RAW_DATA, RunLayout, partial as partial_of
from .images import ImageReadError, check_image
from .naming import AoiName, AoiNameError, has_image_extension, parse_aoi_name
from .orientation import NG
from ..runs import atomic_write_text, partial_outputs
from .safenames import safe_name

STAGE = "ingest"
INPUT_FOLDERS = ("OK", "NG")

# reasons a file is left out
UNPARSEABLE = "unparseable_name"
NOT_AN_IMAGE = "not_an_image"
NOT_IN_DATABASE = "not_in_database"
UNREADABLE = "unreadable_image"
UNREADABLE_FOLDER = "unreadable_folder"
LINKED_FOLDER = "linked_folder"
DUPLICATE = "duplicate"
EXCLUDED = "excluded_by_engineer"


class InputError(ValueError):
    """The input folder cannot be used at all (the message says what to do)."""


class Lookup(Protocol):
    def lookup(self, names: list[AoiName], site: str, line_id: str, **kwargs) -> dict[str, str]: ...


@dataclass
class ManifestRow:
    source: str          # path relative to the input folder, '/' separated
    folder: str          # OK or NG
    fate: str            # included | left_out
    cls: str = ""        # class folder name (NG for NG images)
    reason: str = ""     # why it was left out (one of the reasons above)
    detail: str = ""     # the reason in words
    destination: str = ""  # path relative to the run folder
    product: str = ""
    component: str = ""
    light: str = ""
    timestamp: str = ""


MANIFEST_COLUMNS = [f.name for f in fields(ManifestRow)]


@dataclass(frozen=True)
class InputCounts:
    ok: int
    ng: int
    unparseable: int
    other: int


def input_folders(input_dir: Path) -> dict[str, list[Path]]:
    """``OK``/``NG`` sub-folders of ``input_dir``, matched case-insensitively."""
    input_dir = Path(input_dir)
    if not input_dir.is_dir():
        raise InputError(coded("input folder {folder} does not exist or is not a folder", code="input_missing",
                               folder=input_dir))
    found: dict[str, list[Path]] = {name: [] for name in INPUT_FOLDERS}
    for entry in sorted(input_dir.iterdir()):
        if entry.is_dir() and entry.name.upper() in found:
            found[entry.name.upper()].append(entry)
    if not found["OK"]:
        raise InputError(coded("no OK folder in {folder}: put the images the line judged good in {ok} (and bad "
                               "ones in {ng})", code="input_no_ok_folder", folder=input_dir, ok=input_dir / "OK",
                               ng=input_dir / "NG"))
    return found


def iter_input_files(input_dir: Path, skip: tuple[Path, ...] = ()) -> Iterator[tuple[str, Path]]:
    """(``OK``|``NG``, path) for every file under the input folders, each file once, in a stable order.

    Symbolic links to folders are not followed (no loops); folders in ``skip`` (an output
    folder placed inside the input) are left out. A link to a folder, and a folder that
    cannot be listed, are yielded themselves, so that they are reported, not silently missed.
    """
    skip_real = {os.path.normcase(os.path.realpath(p)) for p in skip}
    seen: set[tuple[int, int]] = set()
    for folder, roots in input_folders(input_dir).items():
        for root in roots:
            unlisted: list[OSError] = []
            for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted.append, followlinks=False):
                while unlisted:
                    yield folder, Path(unlisted.pop().filename)
                dirnames[:] = sorted(d for d in dirnames
                                     if os.path.normcase(os.path.realpath(os.path.join(dirpath, d))) not in skip_real)
                links = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
                for name in sorted(filenames + links):
                    path = Path(dirpath, name)
                    try:
                        st = path.stat()
                    except OSError:
                        st = None
                    if st is not None:
                        key = (st.st_dev, st.st_ino)
                        if st.st_ino and key in seen:
                            continue
                        seen.add(key)
                    yield folder, path
            while unlisted:
                yield folder, Path(unlisted.pop().filename)


def scan_input(input_dir: Path) -> InputCounts:
    """Quick counts for a preview: images under OK and NG, and names that do not parse."""
    counts: Counter = Counter()
    for folder, path in iter_input_files(input_dir):
        if not has_image_extension(path.name):
            counts["other"] += 1
            continue
        try:
            parse_aoi_name(path.name)
            counts[folder] += 1
        except AoiNameError:
            counts["unparseable"] += 1
    return InputCounts(counts["OK"], counts["NG"], counts["unparseable"], counts["other"])


def class_name(product: str, name: AoiName) -> str:
    """The class of an OK image, ``{product}_{component}_{light}``, safe as a folder name."""
    return safe_name(f"{product}_{name.component}_{name.light}")


Part = tuple[str, str, str]  # product, component, light


def _class_of(classes: dict[Part, str], product: str, name: AoiName) -> str:
    """:func:`class_name`, kept apart from every other part's class in ``classes`` (part -> class, updated):
    product ``X_C`` with component ``12`` and product ``X`` with ``C_12``, or names that differ only in
    case (one folder on Windows), get a checksum of the part appended instead of sharing a class."""
    part = (product, name.component, name.light)
    if part not in classes:
        cls = class_name(product, name)
        if cls.casefold() in {c.casefold() for c in classes.values()}:
            cls = safe_name(f"{cls}~{zlib.crc32(chr(0).join(part).encode('utf-8')):08x}")
        classes[part] = cls
    return classes[part]


def place(src: Path, dst: Path, link_mode: str) -> None:
    """Hard-link (where allowed) or copy ``src`` to ``dst``; the source is only read."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    if link_mode in ("auto", "hardlink"):
        try:
            os.link(src, dst)
            return
        except OSError as exc:
            if link_mode == "hardlink":
                raise InputError(coded("cannot hard-link {file} into {folder} ({error}); set ingest.link_mode to auto "
                                       "or copy (a hard link needs input and output on one drive)",
                                       code="hardlink_failed", file=src, folder=dst.parent,
                                       error=exc.strerror)) from None
    shutil.copyfile(src, dst)


def read_manifest(run_dir: Path) -> list[ManifestRow]:
    """The manifest's rows, each value the text written (an empty one stays empty)."""
    import pandas as pd  # loaded by the stages that use it, not with the pipeline (the GUI's window imports it)

    table = pd.read_csv(RunLayout(run_dir).manifest, dtype=str, na_filter=False, encoding="utf-8")
    return [ManifestRow(**row) for row in table.to_dict("records")]


def manifest_csv(rows: list[ManifestRow], *, header: bool = True) -> str:
    """``rows`` as lines of the manifest: the columns of :class:`ManifestRow` in order, each line ended by
    ``\\r\\n`` (as Python's csv module and Excel write them); write it with ``newline=""``."""
    import pandas as pd

    table = pd.DataFrame([vars(r) for r in rows], columns=MANIFEST_COLUMNS)
    return table.to_csv(index=False, header=header, lineterminator="\r\n")


def write_manifest(run_dir: Path, rows: list[ManifestRow]) -> None:
    """Rewrite the manifest atomically (used when a later stage changes a file's fate)."""
    atomic_write_text(RunLayout(run_dir).manifest, manifest_csv(rows))


def ingest(input_dir: Path, run_dir: Path, metadata: Lookup, *, site: str, line_id: str,
           config: SystemConfig, reporter: Reporter) -> dict:
    """Run the ingest stage; returns the summary (counts per class and per reason)."""
    input_dir, run_dir = Path(input_dir), Path(run_dir)
    for roots in input_folders(input_dir).values():
        for root in roots:
            if os.path.samefile(root, run_dir.parent):
                raise InputError(coded("the output folder {out} is the input folder {folder}: the runs would be "
                                       "read as input. Choose an output folder outside {ok} and {ng}",
                                       code="output_in_input", out=run_dir.parent, folder=root,
                                       ok=input_dir / "OK", ng=input_dir / "NG"))
    layout = RunLayout(run_dir)
    partial, manifest_tmp = partial_of(layout.raw_data), partial_of(layout.manifest)
    with partial_outputs(run_dir, partial, manifest_tmp):
        return _scan_and_copy(input_dir, run_dir, partial, manifest_tmp, metadata, site, line_id, config, reporter)


def _scan_and_copy(input_dir: Path, run_dir: Path, partial: Path, manifest_tmp: Path, metadata: Lookup, site: str,
                   line_id: str, config: SystemConfig, reporter: Reporter) -> dict:
    total = sum(1 for _ in iter_input_files(input_dir, skip=(run_dir.parent,)))
    if total == 0:
        raise InputError(coded("no files under {ok} or {ng}: nothing to train on", code="input_empty",
                               ok=input_dir / "OK", ng=input_dir / "NG"))
    reporter.stage(STAGE, "Ingesting {total} files from {folder}", code="ingest_started", total=total,
                   folder=str(input_dir))
    names_seen: dict[str, str] = {}
    classes: dict[Part, str] = {}
    per_class: Counter = Counter()
    per_reason: Counter = Counter()
    ok_days: set[str] = set()  # capture days (YYYYMMDD, from the file names) of included photos
    ng_days: list[str] = []
    done = 0
    chunk: list[tuple[str, Path]] = []
    chunk_size = config.database.chunk_size

    with open(manifest_tmp, "w", newline="", encoding="utf-8") as mf, \
            ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 1) * 2) as pool:
        mf.write(manifest_csv([]))  # the header

        def flush() -> None:
            nonlocal done
            rows = _ingest_chunk(chunk, input_dir, partial, metadata, site, line_id, config, names_seen, classes,
                                 reporter, pool)
            mf.write(manifest_csv(rows, header=False))
            for row in rows:
                if row.fate == "included":
                    per_class[row.cls] += 1
                    if row.folder == "NG":
                        ng_days.append(row.timestamp[:8])
                    else:
                        ok_days.add(row.timestamp[:8])
                else:
                    per_reason[row.reason] += 1
            done += len(chunk)
            chunk.clear()
            reporter.progress(STAGE, done / total, "{done}/{total} files", code="ingest_progress", done=done,
                              total=total)

        for item in iter_input_files(input_dir, skip=(run_dir.parent,)):
            chunk.append(item)
            if len(chunk) >= chunk_size:
                flush()
        if chunk:
            flush()

    ok_classes = {c: n for c, n in per_class.items() if c != NG}
    layout = RunLayout(run_dir)
    if not ok_classes:
        manifest_tmp.replace(layout.manifest)
        raise InputError(coded("no usable OK image in {ok}: see {manifest} for why each file was left out",
                               code="input_no_usable_ok", ok=input_dir / "OK", manifest=run_dir / MANIFEST))
    if layout.raw_data.exists():
        shutil.rmtree(layout.raw_data)
    partial.mkdir(parents=True, exist_ok=True)
    partial.replace(layout.raw_data)
    manifest_tmp.replace(layout.manifest)
    summary = {"files": total, "included": sum(per_class.values()), "left_out": sum(per_reason.values()),
               "classes": dict(sorted(ok_classes.items())), "ng": per_class.get(NG, 0),
               "reasons": dict(sorted(per_reason.items()))}
    warn_if_ng_days_apart(ok_days, ng_days, reporter)
    counts = {"ok": summary["included"] - summary["ng"], "class_count": len(ok_classes),
              "reasons_text": _reason_text(per_reason), "manifest": MANIFEST}
    reporter.message("Ingest: {ok} OK images in {class_count} classes and {ng} NG; {left_out} left out "
                     "({reasons_text}); see {manifest}",
                     stage=STAGE, code="ingest_summary", **summary, **counts)
    return summary


def warn_if_ng_days_apart(ok_days: set[str], ng_days: list[str], reporter: Reporter) -> None:
    """Warn when most NG photos were taken on days with no OK photo (days as ``YYYYMMDD``).

    A model trained on such data can learn what those days looked like (lighting, camera,
    board batch) instead of the defect, and then flag good parts of a new day as NG
    (measured on shared/bench, where every NG photo comes from a later session).
    """
    apart = [d for d in ng_days if d not in ok_days]
    if len(ng_days) < 2 or len(apart) * 2 <= len(ng_days):
        return

    def span(d: Iterable[str]) -> str:
        first, last = (f"{x[:4]}-{x[4:6]}-{x[6:]}" for x in (min(d), max(d)))
        return first if first == last else f"{first} to {last}"
    data = {"apart": len(apart), "ng": len(ng_days), "ng_days": span(ng_days), "ok_days": span(ok_days)}
    reporter.message("{apart} of {ng} NG photos were taken on days with no OK photo (NG: {ng_days}; OK: "
                     "{ok_days}). The model may learn what those days looked like (lighting, camera, board "
                     "batch) instead of the defect, and flag good parts as NG. Add OK photos taken on the same "
                     "days as the NG photos", level="warning", stage=STAGE,
                     code="ng_days_apart", **data)


def _image_problem(path: Path) -> str | None:
    try:
        check_image(path)
    except ImageReadError as exc:
        return exc.reason
    return None


def _reason_text(per_reason: Counter) -> str:
    return ", ".join(f"{n} {r}" for r, n in sorted(per_reason.items())) or "none"


def _ingest_chunk(chunk: list[tuple[str, Path]], input_dir: Path, out: Path, metadata: Lookup, site: str,
                  line_id: str, config: SystemConfig, names_seen: dict[str, str], classes: dict[Part, str],
                  reporter: Reporter, pool: ThreadPoolExecutor) -> list[ManifestRow]:
    rows: list[ManifestRow] = []
    parsed: list[tuple[ManifestRow, AoiName, Path]] = []
    for folder, path in chunk:
        reporter.cancel.check()
        rel = os.fsencode(path.relative_to(input_dir).as_posix()).decode("utf-8", "backslashreplace")
        row = ManifestRow(source=rel, folder=folder, fate="left_out")
        rows.append(row)
        if not has_image_extension(path.name):
            if not path.is_dir():
                row.reason, row.detail = NOT_AN_IMAGE, "not an image file type (jpg, jpeg, png, bmp)"
            elif path.is_symlink():
                row.reason, row.detail = LINKED_FOLDER, ("a link to a folder; links to folders are not followed (they "
                                                         "can loop): copy the folder in instead")
            else:
                row.reason, row.detail = UNREADABLE_FOLDER, ("cannot list this folder, so its files were not read; "
                                                             "give read permission and run again")
            continue
        try:
            name = parse_aoi_name(path.name)
        except AoiNameError as exc:
            row.reason, row.detail = UNPARSEABLE, exc.reason
            continue
        key = path.stem.casefold()  # A.jpg, a.JPG and A.png: one photo, one file in the dataset (and on Windows)
        if key in names_seen:
            first = names_seen[key]
            same = "file name" if first.rsplit("/", 1)[-1].casefold() == path.name.casefold() else \
                "name apart from the extension"
            row.reason, row.detail = DUPLICATE, f"same {same} as {first}"
            continue
        names_seen[key] = rel
        row.component, row.light, row.timestamp = name.component, name.light, name.timestamp_text
        parsed.append((row, name, path))

    products = metadata.lookup([n for _, n, _ in parsed], site, line_id, cancel=reporter.cancel) if parsed else {}
    for row, name, _ in parsed:
        row.product = products.get(name.image_path, "")
        if row.folder == "OK" and not row.product:
            row.reason = NOT_IN_DATABASE
            row.detail = (f"no amr_raw_data row with a product name for site {site}, line {line_id}, "
                          f"image_path {name.image_path}")
    parsed = [item for item in parsed if not item[0].reason]
    if config.ingest.verify_images:  # decoding dominates: spread it over the cores (Pillow drops the GIL)
        for (row, _, _), problem in zip(parsed, pool.map(_image_problem, [p for _, _, p in parsed])):
            if problem:
                row.reason, row.detail = UNREADABLE, problem
    for row, name, path in parsed:
        reporter.cancel.check()
        if row.reason:
            continue
        row.cls = NG if row.folder == "NG" else _class_of(classes, row.product, name)
        dest = out / row.cls / safe_name(path.name)
        place(path, dest, config.ingest.link_mode)
        row.fate, row.destination = "included", dest.relative_to(out.parent).as_posix().replace(
            f"{RAW_DATA}.partial/", f"{RAW_DATA}/", 1)
    return rows
