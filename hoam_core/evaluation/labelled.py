"""``hoam-trainer evaluate``: a finished model measured on a labelled folder, by the rule ``predict`` uses.

The folder holds one sub-folder per label (Up, Down, Left, Right, NG); each photo's row says what
``predict`` says of it, beside its true label and the line's verdict (:mod:`.fitness`).
"""
from __future__ import annotations

from pathlib import Path

from hoam_core.config import EvaluationConfig
from hoam_core.evaluation import fitness, report
from hoam_core.evaluation.evaluate import STAGE
from hoam_core.evaluation.metrics import classification_report, retrieval_metrics
from hoam_core.evaluation.predict import error_counts, list_images, module_dir_of, run_prediction
from hoam_core.events import Reporter
from hoam_core.data.orientation import LABELS
from hoam_core.layout import EVALUATION_RESULTS, SUMMARY_REPORT
from hoam_core.runs import atomic_write_json

FOLDER_COLUMNS = ("file", "class", "true_label", "predicted_label", "orientation", "similarity", "nearest", "correct",
                  "expected", "golden_similarity", "golden_threshold", "likeness", "anomaly", "anomaly_threshold",
                  "resembles", "line_truth", "line_verdict", "line_correct", "error")


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
    reporter.stage(STAGE, "Evaluating {total} labelled photos from {folder}", code="folder_evaluation_started",
                   total=len(paths), folder=str(data_dir))
    rows, emb = run_prediction(model_path, paths, reporter, db=db, site=site, line_id=line_id,
                               batch_size=config.batch_size, password=password)
    ok = [i for i, r in enumerate(rows) if not r["error"].startswith("unreadable")]
    out_rows = []
    for p, row, lab in zip(paths, rows, truth):
        out = {"file": p.relative_to(data_dir).as_posix(), "class": row["class"], "true_label": lab,
               "predicted_label": row["label"], "orientation": row["orientation"], "similarity": row["score"],
               "nearest": row["nearest"], "correct": int(row["label"] == lab), "expected": row["expected"],
               **{k: row[k] for k in ("golden_similarity", "golden_threshold", "likeness", "anomaly",
                                      "anomaly_threshold", "resembles", "error")}}
        if row["expected"] and row["label"]:  # class known and the photo readable: the line's verdict
            out.update(fitness.line_fields(lab, row["label"], row["expected"], row["symmetric_180"]))
        out_rows.append(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    report.write_csv(out_dir / EVALUATION_RESULTS, out_rows, FOLDER_COLUMNS)
    clf = classification_report([truth[i] for i in ok], [rows[i]["label"] for i in ok], LABELS)
    retrieval = retrieval_metrics(emb[ok], [truth[i] for i in ok])
    line = fitness.rates(out_rows)
    report.plot_results(out_dir, clf, {}, data_dir.name)
    summary = {"data": str(data_dir), "model": str(module_dir_of(model_path)),
               "images": {"total": len(paths), **error_counts(rows)},
               "retrieval": retrieval, "classification": clf, "line_verdict": line}
    atomic_write_json(out_dir / SUMMARY_REPORT, summary)
    result = {"precision_at_1": retrieval["precision_at_1"], "map_at_r": retrieval["mean_average_precision_at_r"],
              "accuracy": clf["accuracy"], "false_accept_rate": line["false_accept_rate"],
              "false_reject_rate": line["false_reject_rate"]}
    reporter.message("Evaluation of {folder}: accuracy {accuracy:.4f}, false accepts {false_accept_rate:.4f}, "
                     "false rejects {false_reject_rate:.4f}",
                     stage=STAGE, code="folder_evaluation_summary", folder=str(data_dir), **result)
    return result
