"""Translated names of the core's run states, stages, training profiles, labels and measures, shared by every
view that shows them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_names() -> dict[str, str]:
    return {"pending": QCoreApplication.translate("names", "not finished"),
            "pending_orientation": QCoreApplication.translate("names", "waiting for orientation answers"),
            "running": QCoreApplication.translate("names", "running"),
            "interrupted": QCoreApplication.translate("names", "interrupted (resume it)"),
            "completed": QCoreApplication.translate("names", "completed"),
            "failed": QCoreApplication.translate("names", "failed"),
            "cancelled": QCoreApplication.translate("names", "cancelled")}


def stage_names() -> dict[str, str]:
    return {"ingest": QCoreApplication.translate("names", "Read images and metadata"),
            "orientation": QCoreApplication.translate("names", "Orientation answers"),
            "dataset": QCoreApplication.translate("names", "Build the dataset"),
            "train": QCoreApplication.translate("names", "Train the model"),
            "evaluate": QCoreApplication.translate("names", "Evaluate")}


def profile_names() -> dict[str, str]:
    """The shipped training profiles; a plant's own profiles show by their names."""
    return {"cpu": QCoreApplication.translate("names", "CPU (any computer)"),
            "gpu": QCoreApplication.translate("names", "GPU (NVIDIA, CUDA)"),
            "demo": QCoreApplication.translate("names", "Demo (small and quick)")}


def orientation_names() -> dict[str, str]:
    """The dataset's labels: the four orientations and NG."""
    return {"Up": QCoreApplication.translate("names", "Up"), "Down": QCoreApplication.translate("names", "Down"),
            "Left": QCoreApplication.translate("names", "Left"), "Right": QCoreApplication.translate("names", "Right"),
            "NG": QCoreApplication.translate("names", "NG (defect)")}


def metric_names() -> dict[str, str]:
    """The training's and the evaluation's measures, by their key in metrics.csv and summary_report.json."""
    return {"epoch": QCoreApplication.translate("names", "epoch"),
            "precision_at_1": QCoreApplication.translate("names", "precision@1"),
            "mean_average_precision_at_r": QCoreApplication.translate("names", "MAP@R"),
            "r_precision": QCoreApplication.translate("names", "R-precision"),
            "accuracy": QCoreApplication.translate("names", "accuracy"),
            "false_accept_rate": QCoreApplication.translate("names", "false-accept rate"),
            "false_reject_rate": QCoreApplication.translate("names", "false-reject rate")}


PHOTO_KINDS = ("ng_photos", "good_photos")  # what a class that misses its targets may need more of


def photos_to_add(add: list[str]) -> str:
    """The photos to add to a class that misses its targets, in words: the photo kinds of the core's ``add``
    (``ng_photos``, ``good_photos``; other advice in it, such as ``mark_symmetric``, is no photo)."""
    kinds = tuple(k for k in PHOTO_KINDS if k in add)
    said = {("ng_photos",): QCoreApplication.translate("names", "NG photos"),
            ("good_photos",): QCoreApplication.translate("names", "good photos"),
            ("ng_photos", "good_photos"): QCoreApplication.translate("names", "NG photos and good photos")}
    return said.get(kinds, "")
