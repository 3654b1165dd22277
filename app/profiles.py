"""The training profiles in a drop-down (New run and Settings): listed from train_configs.yaml, named in the
user's language, the default one chosen in Settings."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from hoam_core import config as cfg

from .names import profile_names

DEFAULT_PROFILE = "defaults/profile"  # set in Settings only: the profile a run uses is chosen per run


def training_profiles() -> tuple[list[str], str]:
    """(the profiles of train_configs.yaml, the file's default one)."""
    try:
        return cfg.training_profiles()
    except cfg.ConfigError:  # a broken profiles file: a run reports it, with the file and key
        return ["cpu"], "cpu"


def fill_profiles(combo: QComboBox, settings: QSettings) -> None:
    """The training profiles into ``combo`` (named by :func:`name_profiles`), the default one selected."""
    for profile in training_profiles()[0]:
        combo.addItem("", profile)
    select_default_profile(combo, settings)


def select_default_profile(combo: QComboBox, settings: QSettings) -> None:
    """The default profile selected in ``combo``: the one chosen in Settings, else the file's."""
    combo.setCurrentIndex(max(0, combo.findData(settings.value(DEFAULT_PROFILE, training_profiles()[1], str))))


def name_profiles(combo: QComboBox) -> None:
    """The profiles' names in the current language (a view's retranslate calls it)."""
    names = profile_names()
    for i in range(combo.count()):
        combo.setItemText(i, names.get(combo.itemData(i), combo.itemData(i)))
