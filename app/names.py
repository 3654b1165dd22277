"""Translated names of the core's run states, stages and training profiles, shared by every view that shows them."""
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
