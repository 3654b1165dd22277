"""The layout of a run folder: the name of every file and folder a run holds is spelled here, and only here.

Every stage and both faces (the command line, the GUI) find the parts of a run through
:class:`RunLayout`. A dataset, model or results folder also serves on its own (``hoam-trainer train
--data DIR --out DIR``, ``hoam-trainer evaluate --out DIR``): the names inside such a folder are the
constants of its section below. The deployable module in ``export/`` has a format of its own
(:mod:`hoam_core.evaluation.export`, docs/deploy_format.md).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# a run folder's own files and folders
STATE = "state.json"                    # status, stages done, per-stage summaries (runs.RunState)
LOCK = "run.lock"                       # the process working on the run (pipeline)
SYSTEM_CONFIG = "system_config.yaml"    # the system config the run uses
TRAIN_CONFIG = "train_config.yaml"      # its training settings as at the start
MANIFEST = "manifest.csv"               # every input file with its fate (ingest)
RAW_DATA = "raw_data"                   # OK images by class, NG images (ingest)
ANSWERS = "orientation_answers.json"    # the engineer's answers (orientation)
ORIENTED_DATA = "oriented_data"         # confirmed orientation plus rotations (dataset)
DATASET = "dataset"                     # a dataset folder (dataset)
MODEL = "model"                         # a model folder (train)
RESULTS = "results"                     # a results folder (evaluate)
EXPORT = "export"                       # the deployable module (evaluate)

# in a dataset folder: train/ and val/ with a folder per label, and
DATASET_INDEX = "dataset.csv"
MEAN_STD = "mean_std.json"

# in a model folder
BEST_MODEL = "best_model.pt"
MODEL_CONFIG = "train_config.yaml"      # the training config the model was trained with
METRICS = "metrics.csv"                 # one row per epoch
CHECKPOINTS = "checkpoints"
LAST_CHECKPOINT = "last.ckpt"           # in checkpoints/
TRAINING_LOGS = "logs"                  # per-step values (Lightning's CSV logger)
DECODE_CACHE = "cache"                  # decoded training images, removed when training ends

# in a results folder
SUMMARY_REPORT = "summary_report.json"
EVALUATION_RESULTS = "evaluation_results.csv"
THRESHOLDS = "thresholds.json"
SUSPECTS = "suspects.csv"
GOLDEN_SAMPLES = "golden_samples"       # a folder (hoam_core.evaluation.golden)
GOLDEN_INDEX = "golden_samples.json"    # in golden_samples/
CONFUSION_PLOT = "confusion_matrix.png"
PER_LABEL_PLOT = "per_label_accuracy.png"
SIMILARITY_PLOT = "similarity_distributions.png"
FAR_FRR_PLOT = "far_frr.png"


def partial(path: Path) -> Path:
    """Where a stage writes ``path`` until it is complete (then renames it to ``path``)."""
    return path.with_name(f"{path.name}.partial")


def _at(*parts: str) -> property:
    return property(lambda self: self.root.joinpath(*parts), doc="/".join(parts))


@dataclass(frozen=True)
class RunLayout:
    """The paths of one run's parts, under ``root`` (the run folder)."""

    root: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", Path(self.root))

    state = _at(STATE)
    lock = _at(LOCK)
    system_config = _at(SYSTEM_CONFIG)
    train_config = _at(TRAIN_CONFIG)
    manifest = _at(MANIFEST)
    raw_data = _at(RAW_DATA)
    answers = _at(ANSWERS)
    oriented_data = _at(ORIENTED_DATA)
    dataset = _at(DATASET)
    dataset_index = _at(DATASET, DATASET_INDEX)
    model = _at(MODEL)
    best_model = _at(MODEL, BEST_MODEL)
    metrics = _at(MODEL, METRICS)
    last_checkpoint = _at(MODEL, CHECKPOINTS, LAST_CHECKPOINT)
    results = _at(RESULTS)
    summary_report = _at(RESULTS, SUMMARY_REPORT)
    evaluation_results = _at(RESULTS, EVALUATION_RESULTS)
    golden_index = _at(RESULTS, GOLDEN_SAMPLES, GOLDEN_INDEX)
    export = _at(EXPORT)
