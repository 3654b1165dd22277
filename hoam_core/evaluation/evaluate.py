"""The "evaluate" stage: how far the trained model can be trusted on the line, and the module to take there.

Writes ``results/`` (evaluation_results.csv, summary_report.json, plots, golden_samples/,
suspects.csv, thresholds.json) and ``export/`` (the deployable module folder with
model.onnx). The decision rule (:mod:`hoam_core.evaluation.decision`) is measured on the val split:
the orientation vote has the train split as references, the part checks (which learn nothing) are
calibrated on every input photo, each judged with itself left out. :mod:`.fitness` then says whether
the model is fit for the line. :mod:`.labelled` measures a finished model on any labelled folder
with the same rule ``predict`` uses.
"""
from __future__ import annotations

import csv
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from hoam_core.config import EvaluationConfig
from hoam_core.evaluation import decision, fitness, report
from hoam_core.evaluation.embed import embed_files, load_model, prepare_batch
from hoam_core.evaluation.export import write_module
from hoam_core.evaluation.golden import find_suspects, group_of, most_typical, write_golden_samples
from hoam_core.evaluation.metrics import classification_report, retrieval_metrics
from hoam_core.evaluation.partcheck import ClassCheck
from hoam_core.evaluation.threshold import Threshold, calibrate
from hoam_core.events import Reporter, coded, keeping_warnings
from hoam_core.layout import (DATASET, EVALUATION_RESULTS, EXPORT, SUMMARY_REPORT, SUSPECTS, THRESHOLDS, RunLayout,
                              partial as partial_of)
from hoam_core.data.ingest import read_manifest
from hoam_core.data.orientation import LABELS, NG, ORIENTATIONS, load_answers, turned
from hoam_core.runs import RunState, atomic_write_json, partial_outputs

STAGE = "evaluate"
PARITY_IMAGES = 8
RESULT_COLUMNS = ("file", "split", "class", "original", "rotation_deg", "true_label", "predicted_label", "orientation",
                  "similarity", "nearest", "correct", "expected", "golden_similarity", "golden_threshold", "likeness",
                  "anomaly", "anomaly_threshold", "resembles", "line_truth", "line_verdict", "line_correct")
SUSPECT_COLUMNS = ("file", "split", "label", "class", "similarity_to_group", "robust_z", "nearest_other_group",
                   "similarity_to_other", "reason")


@dataclass(frozen=True)
class Item:
    """One image of the run's dataset (``dataset/dataset.csv``)."""

    file: str         # relative to dataset/
    split: str
    label: str
    cls: str          # its photo's class; for NG the class of the part it shows ("" when unknown)
    original: str
    rotation: int


def read_items(run_dir: Path) -> list[Item]:
    """The dataset index, with each NG photo's class: the OK class of its part (product, component, light)."""
    included = [row for row in read_manifest(run_dir) if row.fate == "included"]
    classes = {(row.product, row.component, row.light): row.cls for row in included if row.cls != NG}
    ng_class = {Path(row.destination).name: classes.get((row.product, row.component, row.light), "")
                for row in included if row.cls == NG}
    with open(RunLayout(run_dir).dataset_index, newline="", encoding="utf-8") as f:
        return [Item(r["file"], r["split"], r["label"],
                     ng_class.get(r["original"], "") if r["source_class"] == NG else r["source_class"],
                     r["original"], int(r["rotation_deg"])) for r in csv.DictReader(f)]


def _class_info(run_dir: Path) -> dict[str, dict]:
    """{class: {product, component, light, orientation, symmetric_180}} of the run's OK classes."""
    answers = load_answers(run_dir)
    info = {}
    for row in read_manifest(run_dir):
        a = answers.get(row.cls)
        if row.fate == "included" and a and a.orientation in ORIENTATIONS and row.cls not in info:
            info[row.cls] = {"product": row.product, "component": row.component, "light": row.light,
                             "orientation": a.orientation, "symmetric_180": a.symmetric_180}
    return info


@dataclass
class _Embedded:
    """The run's dataset images (readable ones) with their embeddings, as row-aligned arrays."""

    items: list[Item]
    emb: np.ndarray

    def __post_init__(self) -> None:
        self.split = np.array([it.split for it in self.items])
        self.labels = np.array([it.label for it in self.items], dtype=object)
        self.cls = np.array([it.cls for it in self.items], dtype=object)
        self.rotation = np.array([it.rotation for it in self.items])
        self.original = np.array([it.original for it in self.items], dtype=object)
        self.files = np.array([f"{DATASET}/{it.file}" for it in self.items])  # relative to the run folder
        self.train, self.val = np.flatnonzero(self.split == "train"), np.flatnonzero(self.split == "val")

    @property
    def train_refs(self) -> dict[str, np.ndarray]:
        """The train split as the references of the vote."""
        return {"embeddings": self.emb[self.train], "labels": self.labels[self.train], "files": self.files[self.train]}

    def val_classes(self, known: dict) -> list[str]:
        """The class of each val row for the decision rule: "" for a class not in ``known``."""
        return [c if c in known else "" for c in self.cls[self.val]]

    def upright(self, cls: str, split: str) -> np.ndarray:
        """Rows of ``cls``'s photos in their confirmed orientation (unturned, not NG) of ``split``."""
        return np.flatnonzero((self.split == split) & (self.cls == cls) & (self.rotation == 0)
                              & (self.labels != NG))


def evaluate_run(run_dir: Path, config: EvaluationConfig, reporter: Reporter | None = None,
                 earlier_warnings: Sequence[dict] = ()) -> dict:
    """Run the evaluate stage on a run folder whose model is trained; returns a small summary.

    ``summary_report.json`` lists ``earlier_warnings`` (the run's earlier stages) and this stage's.
    ``results/`` is written as ``results.partial/`` and renamed when complete (after ``export/``): a
    failed or cancelled evaluation leaves no results that look finished.
    """
    run_dir, results = Path(run_dir), RunLayout(run_dir).results
    partial = partial_of(results)
    with partial_outputs(run_dir, partial):
        summary = _evaluate(run_dir, partial, config, reporter or Reporter(), earlier_warnings)
        if results.exists():
            shutil.rmtree(results)
        partial.replace(results)
    return summary


def _evaluate(run_dir: Path, results: Path, config: EvaluationConfig, reporter: Reporter,
              earlier_warnings: Sequence[dict]) -> dict:
    warnings = list(earlier_warnings)
    reporter = keeping_warnings(reporter, warnings)
    results.mkdir()
    started = time.monotonic()
    items = read_items(run_dir)
    classes = _class_info(run_dir)
    dataset_dir = RunLayout(run_dir).dataset
    n_val = sum(it.split == "val" for it in items)
    _check_val(n_val, dataset_dir / "val")
    reporter.stage(STAGE, "Evaluating the model on {val_images} validation images", code="evaluation_started",
                   val_images=n_val)
    model, meta = load_model(RunLayout(run_dir).best_model)
    emb, errors = embed_files(model, meta, [dataset_dir / it.file for it in items], batch_size=config.batch_size,
                              reporter=reporter, stage=STAGE, said=lambda done, total: coded(
                                  "embedding dataset images: {done}/{total}", code="embedding_dataset_images",
                                  done=done, total=total))
    unreadable = [coded("{file}: {reason}", code="file_problem", file=it.file, reason=e)
                  for it, e in zip(items, errors) if e]
    for line in unreadable:
        reporter.message("Left out of the evaluation: {file}", level="warning", stage=STAGE,
                         code="left_out_of_evaluation", file=line)
    keep = [i for i, e in enumerate(errors) if e is None]
    data = _Embedded([items[i] for i in keep], emb[keep])
    _check_val(len(data.val), dataset_dir / "val")

    golden, label_golden = _golden_samples(data, classes, config, reporter)
    write_golden_samples(results, dataset_dir, {c: {k: v for k, v in g.items() if k not in ("index", "rows")}
                                                for c, g in golden.items()}, label_golden)
    golden_vec = {cls: data.emb[g["index"]] for cls, g in golden.items()}
    thresholds, per_class, pooled = _golden_thresholds(data, golden, golden_vec, config)
    calibration = {"rule": config.threshold_rule, "max_far": config.max_far, "max_frr": config.max_frr,
                   "classes": {cls: {**t.to_dict(), "calibrated_on": golden[cls]["calibrated_on"]}
                               for cls, t in thresholds.items()}}
    atomic_write_json(results / THRESHOLDS, {**calibration, "pooled": pooled.to_dict()})

    checks = _part_checks(dataset_dir, data, {c: classes[c] for c in golden}, config, reporter)
    rows = _validation_rows(dataset_dir, data, classes, golden, golden_vec, thresholds, checks, reporter)
    report.write_csv(results / EVALUATION_RESULTS, rows, RESULT_COLUMNS)
    ng_photos = {cls: c.summary["ng_photos"] for cls, c in checks.items()}
    fit = fitness.verdict(rows, config.max_far, config.max_frr, ng_photos)
    clf = classification_report([r["true_label"] for r in rows], [r["predicted_label"] for r in rows], LABELS)
    retrieval = retrieval_metrics(data.emb[data.val], data.labels[data.val])
    shown = [turned(classes[c]["orientation"], r // 90) if c in classes else ""
             for c, r in zip(data.cls, data.rotation)]
    suspects = [s for s in find_suspects(data.emb, data.labels, [group_of(*g) for g in zip(data.labels, data.cls, shown)])
                if data.labels[s["index"]] != NG and data.rotation[s["index"]] == 0]  # a good photo, once
    report.write_csv(results / SUSPECTS, [
        {**s, "file": data.files[s["index"]], "split": data.split[s["index"]], "label": data.labels[s["index"]],
         "class": data.cls[s["index"]]} for s in suspects], SUSPECT_COLUMNS)
    report.plot_results(results, clf, per_class, "validation")

    reporter.progress(STAGE, 1.0, "exporting the deployable module", code="exporting_module")
    parity = _export(run_dir, data, golden, model, meta, checks)
    fitness.say(fit, reporter, STAGE)

    decision_on_val = {"rule": decision.RULE, "label_accuracy": clf["accuracy"], **fit["overall"]}
    summary = {
        "model": {k: meta.get(k) for k in ("architecture", "backbone", "embedding_size", "image_size")},
        "images": {"train": int(len(data.train)), "val": int(len(data.val)), "unreadable": unreadable},
        "left_out": [{"file": r.source, "reason": r.reason, "detail": r.detail}
                     for r in read_manifest(run_dir) if r.fate != "included"],
        "fit_for_line": fit["fit_for_line"],
        "fitness": fit,
        "decision_on_val": decision_on_val,
        "classification": clf,
        "validation": {"retrieval": {**retrieval, "searched": "val among val, each image leaving itself out"}},
        "part_check": {cls: c.summary for cls, c in checks.items()},
        "golden_thresholds": {**calibration, "pooled_threshold": pooled.to_dict()},
        "golden_samples": {"classes": {c: g["original"] for c, g in golden.items()},
                           "labels": {lab: len(v) for lab, v in label_golden.items()}},
        "suspects": len(suspects),
        "export": {"folder": EXPORT, "onnx_max_abs_diff": parity},
        "seconds": round(time.monotonic() - started, 1),
        "warnings": warnings,
    }
    atomic_write_json(results / SUMMARY_REPORT, summary)
    result = {"precision_at_1": retrieval["precision_at_1"], "map_at_r": retrieval["mean_average_precision_at_r"],
              "label_accuracy": clf["accuracy"], "false_accept_rate": fit["overall"]["false_accept_rate"],
              "false_reject_rate": fit["overall"]["false_reject_rate"], "fit_for_line": fit["fit_for_line"],
              "suspects": len(suspects), "onnx_max_abs_diff": parity}
    reporter.message("Evaluation: precision@1 {precision_at_1:.4f}, MAP@R {map_at_r:.4f}; {suspects} suspects; "
                     "ONNX max abs diff {onnx_max_abs_diff:.2e}", stage=STAGE,
                     code="evaluation_summary", **result)
    o = fit["overall"]
    reporter.message("On the validation photos the check would have labelled {label_accuracy:.1%} right, passed "
                     "{false_accepts} of {non_matching} photos the line must reject and flagged {false_rejects} "
                     "of {matching} good parts (at 95% confidence at most {false_accept_upper_95:.4f} and "
                     "{false_reject_upper_95:.4f} with this many photos)",
                     stage=STAGE, code="decision_summary", label_accuracy=clf["accuracy"],
                     **{k: v for k, v in o.items()})
    return result


def _part_checks(dataset_dir: Path, data: _Embedded, classes: dict[str, dict], config: EvaluationConfig,
                 reporter: Reporter) -> dict[str, ClassCheck]:
    """Each class's part check, calibrated on the input photos (as shot: each photo's unturned copy)."""
    reporter.progress(STAGE, 1.0, "calibrating the part checks", code="calibrating_checks")
    as_shot = [i for i in range(len(data.items)) if data.rotation[i] == 0 and data.cls[i] in classes]
    photos = {kind: [(dataset_dir / data.items[i].file, data.cls[i], data.original[i]) for i in as_shot
                     if (data.labels[i] == NG) == (kind == NG)] for kind in ("OK", NG)}
    checks, unchecked = decision.build_checks(photos["OK"], photos[NG], {c: i["orientation"] for c, i in classes.items()},
                                              config.threshold_rule, config.max_far, config.max_frr)
    for cls in unchecked:
        reporter.message("Class {cls} has fewer than 2 readable good photos: its photos are checked for "
                         "orientation only, not for wrong or damaged parts. Add good photos of it",
                         level="warning", stage=STAGE,
                         code="class_unchecked", cls=cls)
    for cls, check in checks.items():
        s = check.summary
        if s["unlike_good_photos"]:
            reporter.message("Class {cls}: {count} of its good photos look unlike all the others ({files}); a "
                             "wrong or missing part filed as good? Check them", level="warning", stage=STAGE,
                             code="good_photos_unlike_others", cls=cls,
                             count=len(s["unlike_good_photos"]), files=", ".join(s["unlike_good_photos"][:5]))
        if not s["ng_photos"]:
            reporter.message("Class {cls} has no NG photos: a wrong or missing part there is caught only when "
                             "it looks unlike every good photo, which this run could not test. Add NG photos of "
                             "it",
                             level="warning", stage=STAGE, code="class_without_ng", cls=cls)
        elif s["ng_passed"]:
            reporter.message("Class {cls}: {passed} of its {ng} NG photos look like its good parts to the part "
                             "check. Check those photos, or add more good and NG photos of it",
                             level="warning", stage=STAGE, code="class_ng_passed", cls=cls, passed=s["ng_passed"],
                             ng=s["ng_photos"])
    return checks


def _validation_rows(dataset_dir: Path, data: _Embedded, classes: dict[str, dict], golden: dict[str, dict],
                     golden_vec: dict[str, np.ndarray], thresholds: dict[str, Threshold],
                     checks: dict[str, ClassCheck], reporter: Reporter) -> list[dict]:
    """One row per val image: the decision rule's label (vote among the train references, the part check
    with its own photo left out), the similarity to its golden sample, and the line's verdict."""
    reporter.progress(STAGE, 1.0, "checking the validation photos", code="checking_val")
    symmetric = {c: info["orientation"] for c, info in classes.items() if info["symmetric_180"]}
    decided = decision.decide(data.emb[data.val], [dataset_dir / data.items[i].file for i in data.val],
                              data.val_classes(golden), data.train_refs, checks, symmetric,
                              leave_out=[data.original[i] for i in data.val])
    rows = []
    for i, d in zip(data.val, decided):
        it, cls = data.items[i], data.cls[i]
        row = {"file": data.files[i], "split": it.split, "class": cls, "original": it.original,
               "rotation_deg": it.rotation, "true_label": it.label, "predicted_label": d["label"],
               "orientation": d["orientation"], "similarity": d["score"], "nearest": d["nearest"],
               "correct": int(d["label"] == it.label),
               **{k: d[k] for k in ("likeness", "anomaly", "anomaly_threshold", "resembles")}}
        if cls in golden:
            info = classes[cls]
            row.update(expected=info["orientation"], golden_similarity=float(data.emb[i] @ golden_vec[cls]),
                       golden_threshold=thresholds[cls].threshold,
                       **fitness.line_fields(it.label, d["label"], info["orientation"], info["symmetric_180"]))
        rows.append(row)
    return rows


def _golden_samples(data: _Embedded, classes: dict[str, dict], config: EvaluationConfig, reporter: Reporter
                    ) -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """Per class: its most typical training photo, in every orientation the dataset holds; per label:
    the medoid and the next most typical training images. Only the train split is used."""
    golden = {}
    for cls, info in classes.items():
        picks = most_typical(data.emb, data.upright(cls, "train"), 1)
        if not picks:
            reporter.message("Class {cls} has no training photo: it is left out of the module", level="warning",
                             stage=STAGE, code="class_not_trained", cls=cls)
            continue
        index, typical = picks[0]
        copies = np.flatnonzero((data.split == "train") & (data.cls == cls) & (data.labels != NG)
                                & (data.original == data.original[index]))
        golden[cls] = {**info, "original": data.original[index], "typicality": typical, "index": int(index),
                       "rows": {data.labels[j]: int(j) for j in copies},
                       "images": {data.labels[j]: data.items[j].file for j in copies}}
    labels = {}
    for lab in LABELS:
        picks = most_typical(data.emb, data.train[data.labels[data.train] == lab], config.golden_per_label)
        if picks:
            labels[lab] = [{"file": data.items[j].file, "typicality": t} for j, t in picks]
    return golden, labels


def _golden_thresholds(data: _Embedded, golden: dict[str, dict], golden_vec: dict[str, np.ndarray],
                       config: EvaluationConfig) -> tuple[dict[str, Threshold], dict[str, dict], Threshold]:
    """The similarity to the golden sample a photo needs to pass a line that compares with golden samples only
    (the deploy format's per-class ``threshold``; the decision rule does not use it). Per class, on val:
    matching = its photos in the confirmed orientation; non-matching = its rotated copies and every NG
    photo. A class without val photos gets the pooled threshold."""
    per_class: dict[str, dict] = {}
    val_ng = data.val[data.labels[data.val] == NG]
    for cls, g in golden.items():
        match = data.upright(cls, "val")
        turned = np.flatnonzero((data.split == "val") & (data.cls == cls) & (data.rotation != 0)
                                & (data.labels != NG))
        if len(match):
            per_class[cls] = {"match": data.emb[match] @ golden_vec[cls],
                              "nonmatch": data.emb[np.concatenate([turned, val_ng])] @ golden_vec[cls]}
    if not per_class:
        raise ValueError(coded("no class has validation photos in its confirmed orientation: thresholds cannot be "
                               "calibrated; raise dataset.val_fraction", code="no_val_upright"))
    pooled = calibrate(np.concatenate([d["match"] for d in per_class.values()]),
                       np.concatenate([d["nonmatch"] for d in per_class.values()]), config.threshold_rule,
                       config.max_far, config.max_frr)
    thresholds = {}
    for cls, g in golden.items():
        d = per_class.get(cls)
        thresholds[cls] = calibrate(d["match"], d["nonmatch"], config.threshold_rule, config.max_far,
                                    config.max_frr) if d else pooled
        if d:
            d["threshold"] = thresholds[cls].threshold
        g.update(thresholds[cls].to_dict(), calibrated_on="val" if d else "val, all classes pooled")
    return thresholds, per_class, pooled


def _export(run_dir: Path, data: _Embedded, golden: dict[str, dict], model, meta: dict,
            checks: dict[str, ClassCheck]) -> float:
    """Write the deployable module (references: train + val, everything the engineer labelled);
    returns the ONNX parity (max abs difference)."""
    pairs = [(cls, lab, row) for cls, g in golden.items() for lab, row in g["rows"].items()]
    references = {"embeddings": data.emb, "labels": data.labels.astype(str), "classes": data.cls.astype(str),
                  "files": data.files, "golden_embeddings": np.stack([data.emb[row] for _, _, row in pairs]),
                  "golden_classes": np.array([c for c, _, _ in pairs]),
                  "golden_labels": np.array([lab for _, lab, _ in pairs])}
    parity_batch, _, _ = prepare_batch([run_dir / f for f in data.files[data.val[:PARITY_IMAGES]]], meta)
    params = RunState(run_dir).params
    module_classes = {cls: {k: v for k, v in g.items() if k not in ("index", "rows", "typicality")}
                      for cls, g in golden.items()}
    layout = RunLayout(run_dir)
    configs = write_module(layout.export, bundle=layout.best_model, model=model, meta=meta,
                           parity_batch=parity_batch, classes=module_classes, golden_root=layout.dataset,
                           references=references, run_id=run_dir.name,
                           line={k: params.get(k, "") for k in ("site", "line_id", "db", "database_config_file")},
                           decision={"k": decision.KNN_K, "rule": decision.RULE}, checks=checks)
    return configs["model"]["onnx_max_abs_diff"]


def _check_val(n: int, folder: Path) -> None:
    if n < 2:
        raise ValueError(coded("{folder}: {n} readable validation image(s); the model cannot be evaluated. Add "
                               "photos, or raise dataset.val_fraction (e.g. to 0.3), and start a new run",
                               code="val_too_few", folder=folder, n=n))
