"""The "evaluate" stage: how far the trained model can be trusted on the line, and the module to take there.

Writes ``results/`` (evaluation_results.csv, summary_report.json, plots, golden_samples/,
suspects.csv, thresholds.json) and ``export/`` (the deployable module folder with
model.onnx). What is reported as validation is computed on the val split only: golden
samples and k-NN references come from the train split, thresholds are calibrated on val.
``evaluate_folder`` measures a finished model on any labelled folder with the same rule
``predict`` uses.
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
from hoam_core.evaluation import appearance, report
from hoam_core.evaluation.embed import embed_files, load_model, prepare_batch
from hoam_core.evaluation.export import write_module
from hoam_core.evaluation.golden import find_suspects, group_of, most_typical, write_golden_samples
from hoam_core.evaluation.metrics import classification_report, retrieval_metrics
from hoam_core.evaluation.predict import KNN_K, classify, error_counts, list_images, module_dir_of, run_prediction
from hoam_core.evaluation.threshold import Threshold, calibrate, rate_upper_bound
from hoam_core.events import Reporter, coded, keeping_warnings
from hoam_core.ingest import read_manifest
from hoam_core.orientation import LABELS, NG, ORIENTATIONS, load_answers, turned
from hoam_core.runs import RunState, atomic_write_json, partial_outputs

STAGE = "evaluate"
RESULTS_DIR, EXPORT_DIR = "results", "export"
MODEL_FILE = "model/best_model.pt"
PARITY_IMAGES = 8
DECISION_RULE = ("orientation: similarity-weighted vote of the k nearest OK references (all classes); appearance "
                 "check of the photo turned upright by it: over the threshold, the orientation whose upright turn is "
                 "under it instead (the most alike), NG when none is")
RESULT_COLUMNS = ("file", "split", "class", "original", "rotation_deg", "true_label", "predicted_label",
                  "similarity", "nearest", "correct", "expected", "golden_similarity", "threshold",
                  "line_truth", "line_verdict", "line_correct", "decided_label", "appearance")
FOLDER_COLUMNS = ("file", "class", "true_label", "predicted_label", "similarity", "nearest", "correct", "expected",
                  "golden_similarity", "threshold", "appearance", "appearance_threshold", "line_truth", "line_verdict",
                  "line_correct", "error")
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
    with open(Path(run_dir) / "dataset" / "dataset.csv", newline="", encoding="utf-8") as f:
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
        self.files = np.array([f"dataset/{it.file}" for it in self.items])  # relative to the run folder
        self.train, self.val = np.flatnonzero(self.split == "train"), np.flatnonzero(self.split == "val")

    @property
    def train_refs(self) -> dict[str, np.ndarray]:
        """The train split as the references of :func:`classify`."""
        return {"embeddings": self.emb[self.train], "labels": self.labels[self.train], "files": self.files[self.train]}

    def val_classes(self, known: dict) -> list[str]:
        """The class of each val row as :func:`classify` takes it: "" for a class not in ``known``."""
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
    run_dir = Path(run_dir)
    partial, results = run_dir / f"{RESULTS_DIR}.partial", run_dir / RESULTS_DIR
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
    dataset_dir = run_dir / "dataset"
    n_val = sum(it.split == "val" for it in items)
    _check_val(n_val, dataset_dir / "val")
    reporter.stage(STAGE, f"Evaluating the model on {n_val} validation images", code="evaluation_started",
                   val_images=n_val)
    model, meta = load_model(run_dir / MODEL_FILE)
    emb, errors = embed_files(model, meta, [dataset_dir / it.file for it in items], batch_size=config.batch_size,
                              reporter=reporter, stage=STAGE, what="dataset images")
    unreadable = [coded("{file}: {reason}", code="file_problem", file=it.file, reason=e)
                  for it, e in zip(items, errors) if e]
    for line in unreadable:
        reporter.message(f"Left out of the evaluation: {line}", level="warning", stage=STAGE,
                         code="left_out_of_evaluation", file=line)
    keep = [i for i, e in enumerate(errors) if e is None]
    data = _Embedded([items[i] for i in keep], emb[keep])
    _check_val(len(data.val), dataset_dir / "val")

    golden, label_golden = _golden_samples(data, classes, config, reporter)
    write_golden_samples(results, dataset_dir, {c: {k: v for k, v in g.items() if k not in ("index", "rows")}
                                                for c, g in golden.items()}, label_golden)
    golden_vec = {cls: data.emb[g["index"]] for cls, g in golden.items()}
    thresholds, per_class, pooled = _thresholds(data, golden, golden_vec, config, reporter)
    calibration = {"rule": config.threshold_rule, "max_far": config.max_far, "max_frr": config.max_frr,
                   "classes": {cls: {**t.to_dict(), "calibrated_on": golden[cls]["calibrated_on"]}
                               for cls, t in thresholds.items()}}
    atomic_write_json(results / "thresholds.json", {**calibration, "pooled": pooled.to_dict()})

    rows, clf = _validation_rows(data, golden, golden_vec, thresholds)
    check = _appearance_check(dataset_dir, data, classes, config, reporter)
    for row, d in zip(rows, _decisions(dataset_dir, data, golden, check)):
        row.update(decided_label=d["label"], appearance=d["appearance"])
    decision = {"rule": DECISION_RULE, **_decision_rates(rows)}
    report.write_csv(results / "evaluation_results.csv", rows, RESULT_COLUMNS)
    retrieval = retrieval_metrics(data.emb[data.val], data.labels[data.val])
    line_overall = _line_rates(rows)
    shown = [turned(classes[c]["orientation"], r // 90) if c in classes else ""
             for c, r in zip(data.cls, data.rotation)]
    suspects = find_suspects(data.emb, data.labels, [group_of(*g) for g in zip(data.labels, data.cls, shown)])
    report.write_csv(results / "suspects.csv", [
        {**s, "file": data.files[s["index"]], "split": data.split[s["index"]], "label": data.labels[s["index"]],
         "class": data.cls[s["index"]]} for s in suspects], SUSPECT_COLUMNS)
    _plots(results, clf, per_class, "validation", "k-NN")

    reporter.progress(STAGE, 1.0, "exporting the deployable module", code="exporting_module")
    parity = _export(run_dir, data, golden, model, meta, check)

    summary = {
        "model": {k: meta.get(k) for k in ("architecture", "backbone", "embedding_size", "image_size")},
        "images": {"train": int(len(data.train)), "val": int(len(data.val)), "unreadable": unreadable},
        "validation": {"retrieval": {**retrieval, "searched": "val among val, each image leaving itself out"},
                       "knn_classification": {**clf, "k": KNN_K, "references": "train split"}},
        "decision_on_val": decision,
        "appearance_check": {k: v for k, v in check.items() if k not in ("bank", "rows_of")},
        "line_verdict": {**calibration, "overall": line_overall, "pooled_threshold": pooled.to_dict()},
        "golden_samples": {"classes": {c: g["original"] for c, g in golden.items()},
                           "labels": {lab: len(v) for lab, v in label_golden.items()}},
        "suspects": len(suspects),
        "export": {"folder": EXPORT_DIR, "onnx_max_abs_diff": parity},
        "seconds": round(time.monotonic() - started, 1),
        "warnings": warnings,
    }
    atomic_write_json(results / "summary_report.json", summary)
    result = {"precision_at_1": retrieval["precision_at_1"], "map_at_r": retrieval["mean_average_precision_at_r"],
              "accuracy": clf["accuracy"], "thresholds": {c: round(t.threshold, 4) for c, t in thresholds.items()},
              "false_accept_rate": line_overall["false_accept_rate"],
              "false_reject_rate": line_overall["false_reject_rate"], "suspects": len(suspects),
              "onnx_max_abs_diff": parity}
    reporter.message(f"Evaluation: precision@1 {result['precision_at_1']:.4f}, MAP@R {result['map_at_r']:.4f}, "
                     f"k-NN accuracy {result['accuracy']:.4f}; line verdict on val: false accepts "
                     f"{result['false_accept_rate']:.4f}, false rejects {result['false_reject_rate']:.4f}; "
                     f"{len(suspects)} suspects; ONNX max abs diff {parity:.2e}", stage=STAGE,
                     code="evaluation_summary", **result)
    reporter.message(f"The decision rule of predict on val: label accuracy {decision['label_accuracy']:.4f}, false "
                     f"accepts {decision['false_accept_rate']:.4f}, false rejects {decision['false_reject_rate']:.4f} "
                     f"(at 95% confidence at most {decision['false_accept_upper_95']:.4f} and "
                     f"{decision['false_reject_upper_95']:.4f} with this many photos)",
                     stage=STAGE, code="decision_summary", **{k: v for k, v in decision.items() if k != "rule"})
    return result


def _golden_samples(data: _Embedded, classes: dict[str, dict], config: EvaluationConfig, reporter: Reporter
                    ) -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """Per class: its most typical training photo, in every orientation the dataset holds; per label:
    the medoid and the next most typical training images. Only the train split is used."""
    golden = {}
    for cls, info in classes.items():
        picks = most_typical(data.emb, data.upright(cls, "train"), 1)
        if not picks:
            reporter.message(f"Class {cls} has no training photo: it is left out of the module", level="warning",
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


def _thresholds(data: _Embedded, golden: dict[str, dict], golden_vec: dict[str, np.ndarray],
                config: EvaluationConfig, reporter: Reporter) -> tuple[dict[str, Threshold], dict[str, dict], Threshold]:
    """Per class, on val: matching = its photos in the confirmed orientation; non-matching = its
    rotated copies and every NG photo. A class without val photos gets the pooled threshold."""
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
        if d is None:
            thresholds[cls] = pooled
            reporter.message(f"Class {cls} has no validation photo: it uses the threshold of all classes pooled "
                             f"({pooled.threshold:.3f})", level="warning", stage=STAGE, code="class_pooled_threshold",
                             cls=cls, threshold=pooled.threshold)
        else:
            thresholds[cls] = t = calibrate(d["match"], d["nonmatch"], config.threshold_rule, config.max_far,
                                            config.max_frr)
            d["threshold"] = t.threshold
            if t.capped:  # said, not warned: predict decides by the vote and the appearance check, not by it
                reporter.message(
                    f"Class {cls}: no threshold keeps false accepts at or under {config.max_far:.1%} without "
                    f"rejecting more than {config.max_frr:.1%} of its good parts on val; its threshold "
                    f"({t.threshold:.3f}) rejects {t.frr:.1%} and passes {t.far:.1%} of the rotated and NG photos. "
                    "Add NG photos of this part, or more photos, and train again", stage=STAGE,
                    code="threshold_capped", cls=cls, max_far=config.max_far, max_frr=config.max_frr,
                    threshold=t.threshold, frr=t.frr, far=t.far)
        g.update(thresholds[cls].to_dict(), calibrated_on="val" if d else "val, all classes pooled")
    return thresholds, per_class, pooled


def _validation_rows(data: _Embedded, golden: dict[str, dict], golden_vec: dict[str, np.ndarray],
                     thresholds: dict[str, Threshold]) -> tuple[list[dict], dict]:
    """One row per val image: its k-NN label against the train references, and the line verdict
    (similarity to its class's golden sample against the threshold); and the classification report."""
    decided = classify(data.emb[data.val], data.val_classes(golden), data.train_refs, KNN_K)
    rows = []
    for i, d in zip(data.val, decided):
        it, cls = data.items[i], data.cls[i]
        row = {"file": data.files[i], "split": it.split, "class": cls, "original": it.original,
               "rotation_deg": it.rotation, "true_label": it.label, "predicted_label": d["label"],
               "similarity": d["score"], "nearest": d["nearest"], "correct": int(d["label"] == it.label)}
        if cls in golden:
            expected, t = golden[cls]["orientation"], thresholds[cls].threshold
            sim = float(data.emb[i] @ golden_vec[cls])
            truth, said = ("OK" if it.label == expected else "NG"), ("OK" if sim >= t else "NG")
            row.update(expected=expected, golden_similarity=sim, threshold=t, line_truth=truth, line_verdict=said,
                       line_correct=int(truth == said))
        rows.append(row)
    return rows, classification_report(data.labels[data.val], [d["label"] for d in decided], LABELS)


def _decisions(dataset_dir: Path, data: _Embedded, golden: dict[str, dict], check: dict) -> list[dict]:
    """``predict``'s rule on each val image: its vote among the train references, its appearance with
    the copies of its own photo left out of the bank (the bank holds every OK photo)."""
    scores = appearance.scores_by_orientation([dataset_dir / data.items[i].file for i in data.val], check["bank"],
                                              [check["rows_of"].get(data.original[i]) for i in data.val])
    return classify(data.emb[data.val], data.val_classes(golden), data.train_refs, KNN_K,
                    looks=(scores, check["threshold"]))


def _decision_rates(rows: list[dict]) -> dict:
    """Label accuracy and line rates of ``predict``'s rule on the val rows (``decided_label``): OK
    exactly when it says the class's expected orientation."""
    judged = [{**r, "line_verdict": "OK" if r["decided_label"] == r["expected"] else "NG"}
              for r in rows if r.get("line_truth")]
    return {**_line_rates(judged), "images": len(rows),
            "label_accuracy": sum(r["decided_label"] == r["true_label"] for r in rows) / max(len(rows), 1)}


def _appearance_check(dataset_dir: Path, data: _Embedded, classes: dict[str, dict], config: EvaluationConfig,
                      reporter: Reporter) -> dict:
    """The appearance check's bank: the OK photos (train and val, as the references), upright, with their
    shifted copies (at most ``BANK_PHOTOS`` photos, every class in); and its threshold, calibrated on how
    unlike the bank the good photos are (each bank photo against the others: this check is not trained,
    so that is a fair test; OK photos left out of the bank against all) and the NG photos are."""
    def upright(i: int) -> np.ndarray:
        image = appearance.load_letterboxed(dataset_dir / data.items[i].file)
        return appearance.turn(image, appearance.turns_to_upright(classes[data.cls[i]]["orientation"]))

    def scores(rows: np.ndarray) -> np.ndarray:
        return bank.scores(appearance.features(upright(i)) for i in rows)

    reporter.progress(STAGE, 1.0, "calibrating the appearance check", code="calibrating_appearance")
    first = (data.rotation == 0) & np.isin(data.cls, list(classes))  # each photo once, as shot
    ok = np.flatnonzero(first & (data.labels != NG))
    if not len(ok):
        raise ValueError(coded("no readable OK photo of a known class: the appearance check has nothing to compare "
                               "with", code="no_ok_for_appearance"))
    in_bank = np.zeros(len(ok), bool)
    in_bank[appearance.bank_sample(list(data.cls[ok]))] = True
    bank, own = appearance.Bank.calibrated(np.stack([upright(i) for i in ok[in_bank]]))
    ok_scores = np.concatenate([own, scores(ok[~in_bank])])
    ng_scores = scores(np.flatnonzero(first & (data.labels == NG)))
    # calibrate() works on similarities (higher: more alike); a score is a distance
    t = calibrate(-ok_scores, -ng_scores, config.threshold_rule, config.max_far, config.max_frr)
    check = {**t.to_dict(), "threshold": -t.threshold, "bank": bank, "bank_photos": len(bank),
             "scale": bank.scale.tolist(),
             "rows_of": {data.original[i]: bank.rows_of(j) for j, i in enumerate(ok[in_bank])},
             "ok_highest": float(ok_scores.max()), "ng_lowest": float(ng_scores.min()) if len(ng_scores) else None}
    if t.capped:
        reporter.message(
            f"Appearance check: no threshold keeps false accepts at or under {config.max_far:.1%} without rejecting "
            f"more than {config.max_frr:.1%} of the good photos; its threshold ({-t.threshold:.3f}) rejects "
            f"{t.frr:.1%} of them and passes {t.far:.1%} of the NG photos. Some NG photos look like good ones here: "
            "check them, or add more NG photos", level="warning", stage=STAGE, code="appearance_capped",
            max_far=config.max_far, max_frr=config.max_frr, threshold=-t.threshold, frr=t.frr, far=t.far)
    else:
        reporter.message(f"Appearance check: threshold {-t.threshold:.3f}; it rejects {t.frr:.1%} of the good photos "
                         f"and passes {t.far:.1%} of the NG photos", stage=STAGE, code="appearance_summary",
                         threshold=-t.threshold, frr=t.frr, far=t.far)
    return check


def _export(run_dir: Path, data: _Embedded, golden: dict[str, dict], model, meta: dict, check: dict) -> float:
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
    configs = write_module(run_dir / EXPORT_DIR, bundle=run_dir / MODEL_FILE, model=model, meta=meta,
                           parity_batch=parity_batch, classes=module_classes, golden_root=run_dir / "dataset",
                           references=references, run_id=run_dir.name,
                           line={k: params.get(k, "") for k in ("site", "line_id", "db", "database_config_file")},
                           decision={"k": KNN_K, "rule": DECISION_RULE}, appearance_check=check)
    return configs["model"]["onnx_max_abs_diff"]


def _check_val(n: int, folder: Path) -> None:
    if n < 2:
        raise ValueError(coded("{folder}: {n} readable validation image(s); the model cannot be evaluated. Add "
                               "photos, or raise dataset.val_fraction (e.g. to 0.3), and start a new run",
                               code="val_too_few", folder=folder, n=n))


def _line_rates(rows: list[dict]) -> dict:
    """False-accept and false-reject rates of the rows that have a line truth (OK/NG) and verdict."""
    judged = [r for r in rows if r.get("line_truth")]
    bad = [r for r in judged if r["line_truth"] == "NG"]
    good = [r for r in judged if r["line_truth"] == "OK"]
    passed, flagged = sum(r["line_verdict"] == "OK" for r in bad), sum(r["line_verdict"] == "NG" for r in good)
    return {"images": len(judged), "matching": len(good), "non_matching": len(bad),
            "false_accept_rate": passed / max(len(bad), 1), "false_reject_rate": flagged / max(len(good), 1),
            # what so few photos can vouch for: the highest rates still in line with them (95 % confidence)
            "false_accept_upper_95": rate_upper_bound(passed, len(bad)),
            "false_reject_upper_95": rate_upper_bound(flagged, len(good))}


def _plots(out: Path, clf: dict, per_class: dict[str, dict], what: str, whose: str) -> None:
    """Confusion matrix (of ``whose`` labels) and accuracy per label; with thresholds, similarity
    distributions and FAR/FRR curves."""
    report.plot_confusion(out / "confusion_matrix.png", clf["confusion"]["labels"], clf["confusion"]["matrix"],
                          f"{whose} labels, {what}")
    report.plot_per_label(out / "per_label_accuracy.png", clf["per_label"], f"accuracy per label, {what}")
    if per_class:
        hardest = report.hardest_classes(per_class)
        report.plot_similarities(out / "similarity_distributions.png", hardest)
        report.plot_far_frr(out / "far_frr.png", hardest)


def evaluate_folder(model_path: Path, data_dir: Path, out_dir: Path, config: EvaluationConfig,
                    reporter: Reporter | None = None, *, db: str | None = None, site: str | None = None,
                    line_id: str | None = None, password=None) -> dict:
    """``hoam-trainer evaluate``: a labelled folder (sub-folders Up, Down, Left, Right, NG) through ``predict``'s rule.

    ``model_path``: a run folder (or its export/ module). Writes evaluation_results.csv,
    summary_report.json and plots into ``out_dir``; returns a small summary.
    """
    reporter = reporter or Reporter()
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    found = {lab: list_images(data_dir / lab) for lab in LABELS if (data_dir / lab).is_dir()}
    paths = [p for lab in found for p in found[lab]]
    truth = [lab for lab in found for _ in found[lab]]
    if not paths:
        raise FileNotFoundError(f"{data_dir}: no images in sub-folders {', '.join(LABELS)}; put each labelled photo "
                                "in the folder of its label")
    reporter.stage(STAGE, f"Evaluating {len(paths)} labelled photos from {data_dir}", code="folder_evaluation_started",
                   total=len(paths), folder=str(data_dir))
    rows, emb = run_prediction(model_path, paths, reporter, db=db, site=site, line_id=line_id,
                               batch_size=config.batch_size, password=password)
    ok = [i for i, r in enumerate(rows) if not r["error"].startswith("unreadable")]
    out_rows = []
    for p, row, lab in zip(paths, rows, truth):
        out = {"file": p.relative_to(data_dir).as_posix(), "class": row["class"], "true_label": lab,
               "predicted_label": row["label"], "similarity": row["score"], "nearest": row["nearest"],
               "correct": int(row["label"] == lab), "expected": row["expected"],
               **{k: row[k] for k in ("golden_similarity", "threshold", "appearance", "appearance_threshold", "error")}}
        if row["expected"] and row["label"]:  # class known and the photo readable: the line's verdict
            truth_ok, said_ok = lab == row["expected"], row["label"] == row["expected"]
            out.update(line_truth="OK" if truth_ok else "NG", line_verdict="OK" if said_ok else "NG",
                       line_correct=int(truth_ok == said_ok))
        out_rows.append(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    report.write_csv(out_dir / "evaluation_results.csv", out_rows, FOLDER_COLUMNS)
    clf = classification_report([truth[i] for i in ok], [rows[i]["label"] for i in ok], LABELS)
    retrieval = retrieval_metrics(emb[ok], [truth[i] for i in ok])
    line = _line_rates(out_rows)
    _plots(out_dir, clf, {}, data_dir.name, "predict's")
    summary = {"data": str(data_dir), "model": str(module_dir_of(model_path)),
               "images": {"total": len(paths), **error_counts(rows)},
               "retrieval": retrieval, "classification": clf, "line_verdict": line}
    atomic_write_json(out_dir / "summary_report.json", summary)
    result = {"precision_at_1": retrieval["precision_at_1"], "map_at_r": retrieval["mean_average_precision_at_r"],
              "accuracy": clf["accuracy"], "false_accept_rate": line["false_accept_rate"],
              "false_reject_rate": line["false_reject_rate"]}
    reporter.message(f"Evaluation of {data_dir}: accuracy {result['accuracy']:.4f}, false accepts "
                     f"{result['false_accept_rate']:.4f}, false rejects {result['false_reject_rate']:.4f}",
                     stage=STAGE, code="folder_evaluation_summary", folder=str(data_dir), **result)
    return result
