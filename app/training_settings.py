"""New run > Advanced training settings: every key of the training configuration in a table, with the
chosen profile's value, what is allowed, and a line of help, in the user's language.

The keys and the profile's values come from the helper process (:func:`app.processes.training_settings`:
the training config loads torch). A value typed in the table is an override of the profile; the New
run tab checks the overrides as they are typed (in the helper process, said in the user's language)
and marks the row its error names.
"""
from __future__ import annotations

from typing import Any, Mapping

import yaml
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from .messages import error_text
from .processes import training_settings
from .tasks import run_in_child
from .i18n import Retranslating

COLUMNS = ("key", "value", "allowed", "help")
CHANGED, WRONG = QColor("#fff3c4"), QColor("#ffd6d6")

HELP: dict[str, str] = {
    "model.architecture": QT_TRANSLATE_NOOP(
        "settings", "HOAMV2 adds an edge layer and average + max pooling; HOAM is the original network"),
    "model.backbone": QT_TRANSLATE_NOOP("settings", "the image network (a timm name), e.g. tf_efficientnet_lite0 "
                                                    "(fast) or tf_efficientnet_lite2 (larger)"),
    "model.branch_channels": QT_TRANSLATE_NOOP("settings", "width of the local and global branches: more is "
                                                           "slower and needs more photos"),
    "model.attention_heads": QT_TRANSLATE_NOOP("settings", "attention heads; branch_channels must be a multiple"),
    "model.embedding_size": QT_TRANSLATE_NOOP("settings", "length of the vector that describes a photo"),
    "model.pretrained": QT_TRANSLATE_NOOP("settings", "imagenet: start from the ImageNet weights that come with the "
                                                      "app; none: random weights; or a local weights file (nothing "
                                                      "is downloaded)"),
    "model.frozen_blocks": QT_TRANSLATE_NOOP("settings", "network blocks that keep their ImageNet weights: fewer "
                                                        "to train, faster"),
    "loss.kind": QT_TRANSLATE_NOOP("settings", "hybrid: ArcFace + triplet + center loss; arcface: ArcFace only"),
    "loss.margin": QT_TRANSLATE_NOOP("settings", "ArcFace angular margin (in margin_unit): how far apart the "
                                                 "labels are pushed"),
    "loss.margin_unit": QT_TRANSLATE_NOOP("settings", "the unit of the margin"),
    "loss.scale": QT_TRANSLATE_NOOP("settings", "ArcFace logit scale"),
    "loss.sub_centers": QT_TRANSLATE_NOOP("settings", "centres per label: more lets a label hold several looks"),
    "loss.arcface_weight": QT_TRANSLATE_NOOP("settings", "weight of the ArcFace loss in the total"),
    "loss.triplet_weight": QT_TRANSLATE_NOOP("settings", "weight of the triplet loss in the total"),
    "loss.triplet_margin": QT_TRANSLATE_NOOP("settings", "how much nearer a photo must be to its own label"),
    "loss.center_weight": QT_TRANSLATE_NOOP("settings", "weight of the center loss in the total"),
    "data.image_size": QT_TRANSLATE_NOOP("settings", "photos are scaled to this square size (a multiple of 32): "
                                                     "larger sees more detail, trains slower"),
    "data.batch_size": QT_TRANSLATE_NOOP("settings", "photos per training step (a multiple of m_per_class)"),
    "data.m_per_class": QT_TRANSLATE_NOOP("settings", "photos of each label in a step"),
    "data.cache": QT_TRANSLATE_NOOP("settings", "decoded photos in memory, or in a file for large sets; auto "
                                                "chooses"),
    "data.num_workers": QT_TRANSLATE_NOOP("settings", "processes that load photos (always 0 in the app and on "
                                                      "Windows)"),
    "data.augment.brightness": QT_TRANSLATE_NOOP("settings", "random change of brightness while training"),
    "data.augment.contrast": QT_TRANSLATE_NOOP("settings", "random change of contrast while training"),
    "data.augment.saturation": QT_TRANSLATE_NOOP("settings", "random change of colour saturation while training"),
    "data.augment.hue": QT_TRANSLATE_NOOP("settings", "random change of hue while training"),
    "data.augment.rotate_deg": QT_TRANSLATE_NOOP("settings", "small random tilt, in degrees (a quarter turn is "
                                                             "another label)"),
    "data.augment.translate": QT_TRANSLATE_NOOP("settings", "small random shift, as a share of the size"),
    "data.augment.scale": QT_TRANSLATE_NOOP("settings", "small random zoom: 1 ± this"),
    "optim.lr": QT_TRANSLATE_NOOP("settings", "learning rate: how large the training steps are"),
    "optim.backbone_lr_factor": QT_TRANSLATE_NOOP("settings", "the backbone learns at lr × this (lower it for "
                                                              "pretrained weights)"),
    "optim.loss_lr": QT_TRANSLATE_NOOP("settings", "learning rate of the label centres"),
    "optim.weight_decay": QT_TRANSLATE_NOOP("settings", "keeps the weights small against over-fitting"),
    "optim.warmup_epochs": QT_TRANSLATE_NOOP("settings", "epochs in which the learning rate rises from 0"),
    "optim.epochs": QT_TRANSLATE_NOOP("settings", "passes over the training photos; more takes longer"),
    "optim.grad_clip": QT_TRANSLATE_NOOP("settings", "limit of a step's size against jumps; 0: no limit"),
    "trainer.accelerator": QT_TRANSLATE_NOOP("settings", "where to train: auto uses the GPU when there is one"),
    "trainer.devices": QT_TRANSLATE_NOOP("settings", "GPUs (or CPU processes) to train on"),
    "trainer.strategy": QT_TRANSLATE_NOOP("settings", "how several GPUs share the work"),
    "trainer.num_nodes": QT_TRANSLATE_NOOP("settings", "computers to train on"),
    "trainer.precision": QT_TRANSLATE_NOOP("settings", "number precision: auto is mixed on a GPU, full on a CPU"),
    "trainer.seed": QT_TRANSLATE_NOOP("settings", "the same seed trains the same way again"),
    "trainer.early_stopping_patience": QT_TRANSLATE_NOOP("settings", "stop after this many epochs without a "
                                                                     "better score; 0: never"),
    "trainer.monitor": QT_TRANSLATE_NOOP("settings", "the validation score that picks the best model"),
    "trainer.log_every_n_steps": QT_TRANSLATE_NOOP("settings", "steps between rows of the training logs"),
    "trainer.step_event_interval_s": QT_TRANSLATE_NOOP("settings", "seconds between updates of the curves"),
}


def nested(flat: Mapping[str, Any]) -> dict[str, Any]:
    """``{"optim.epochs": 5}`` -> ``{"optim": {"epochs": 5}}``."""
    out: dict[str, Any] = {}
    for key, value in flat.items():
        *sections, name = key.split(".")
        target = out
        for section in sections:
            target = target.setdefault(section, {})
        target[name] = value
    return out


def flat(mapping: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"optim": {"epochs": 5}}`` -> ``{"optim.epochs": 5}``."""
    out: dict[str, Any] = {}
    for key, value in mapping.items():
        if isinstance(value, Mapping):
            out.update(flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def shown(value: Any) -> str:
    """A value as typed in YAML (true, 0.001, auto)."""
    return yaml.safe_dump(value, default_flow_style=True).strip().removesuffix("...").strip()


class TrainingSettings(Retranslating, QWidget):
    """The table. ``changed`` after the user typed a value (or :meth:`set_overrides`); :meth:`overrides` are
    the values that differ from the profile."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[dict] = []  # the helper's rows of the loaded profile
        self.profile: str | None = None
        self._wanted: dict[str, Any] = {}  # overrides to show once the profile's values are in
        self._error: Exception | None = None
        self._generation = 0
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)  # the help, wrapped to fit
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._edited)
        self.state = QLabel(wordWrap=True)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Setting"), self.tr("Value"), self.tr("Allowed"),
                                              self.tr("What it does")])
        self.reset_button.setText(self.tr("Back to the profile's values"))
        if self._error is not None:
            self.state.setText(self.tr("The settings cannot be shown: {error}").format(error=error_text(self._error)))
        elif not self.rows:
            self.state.setText(self.tr("Loading the settings of the profile…"))
        else:
            self.state.setText(self.tr("Type a value to change it for this run; changed values are marked. "
                                       "The profile itself stays as it is."))
        self.table.blockSignals(True)
        for r, setting in enumerate(self.rows):
            self.table.item(r, 2).setText(self.allowed_text(setting))
            self.table.item(r, 3).setText(self.help_text(setting))
            self.table.item(r, 3).setToolTip(self.help_text(setting))
        self.table.blockSignals(False)

    def allowed_text(self, setting: dict) -> str:
        if setting["choices"]:
            return self.tr("one of: {choices}").format(choices=", ".join(map(str, setting["choices"])))
        if setting["type"] == "bool":
            return self.tr("true or false")
        low, high = setting["min"], setting["max"]
        kind = self.tr("a whole number") if setting["type"] == "int" else self.tr("a number")
        if low is not None and high is not None:
            return self.tr("{kind} from {low} to {high}").format(kind=kind, low=shown(low), high=shown(high))
        if low is not None:
            return self.tr("{kind}, at least {low}").format(kind=kind, low=shown(low))
        return kind if setting["type"] in ("int", "float") else self.tr("text")

    @staticmethod
    def help_text(setting: dict) -> str:
        source = HELP.get(setting["key"])
        return QCoreApplication.translate("settings", source) if source else ""

    # ---------------------------------------------------------------- values
    def load(self, profile: str) -> None:
        """Show ``profile``'s keys and values (from the helper process); the overrides typed so far stay."""
        if profile == self.profile and self._error is None:  # shown, or on its way
            return
        if self.rows:
            self._wanted = self.flat_overrides()
        self.profile, self.rows, self._error = profile, [], None
        self._generation += 1
        generation = self._generation
        self.table.setRowCount(0)
        self.retranslate()
        run_in_child(training_settings, profile, owner=self,
                     on_done=lambda rows, error: self._show(generation, rows, error))

    def _show(self, generation: int, rows, error) -> None:
        if generation != self._generation:
            return
        self._error = error
        self.rows = rows or []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, setting in enumerate(self.rows):
            key = QTableWidgetItem(setting["key"])
            key.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            value = QTableWidgetItem(shown(setting["value"]))
            self.table.setItem(r, 0, key)
            self.table.setItem(r, 1, value)
            for c in (2, 3):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        wanted, self._wanted = self._wanted, {}
        self.set_overrides(nested(wanted))
        self.retranslate()
        self.loaded.emit()

    def set_overrides(self, overrides: Mapping[str, Any]) -> None:
        """Show ``overrides`` (nested, as in a YAML file) in the table, the other keys at the profile's values;
        kept until the profile's values came."""
        if not self.rows:
            self._wanted = flat(overrides)
            return
        wanted = flat(overrides)
        self.table.blockSignals(True)
        for r, setting in enumerate(self.rows):
            self.table.item(r, 1).setText(shown(wanted.get(setting["key"], setting["value"])))
        self.table.blockSignals(False)
        self._mark()
        self.changed.emit()

    def flat_overrides(self) -> dict[str, Any]:
        out = {}
        for r, setting in enumerate(self.rows):
            text = self.table.item(r, 1).text().strip()
            try:
                value = yaml.safe_load(text) if text else None
            except yaml.YAMLError:
                value = text  # the check says what is wrong with it
            if text and value != setting["value"]:
                out[setting["key"]] = value
        return out

    def overrides(self) -> dict[str, Any]:
        """The values typed that differ from the profile's, nested (those set, while the table is not filled)."""
        return nested(self.flat_overrides() if self.rows else self._wanted)

    def reset(self) -> None:
        self.set_overrides({})

    def mark_error(self, error: Exception | None) -> None:
        """Colour the rows the check's ``error`` names (none: no error)."""
        text = str(error) if error is not None else ""
        changed = self.flat_overrides()
        named = {s["key"] for s in self.rows if s["key"] in text}
        if not named:  # a rule between keys names them by their last part ("image_size 33 must be ...")
            named = {key for key in changed if key.rsplit(".", 1)[-1] in text}
        self._mark(named)

    def _mark(self, wrong: set[str] = frozenset()) -> None:
        changed = self.flat_overrides()
        self.table.blockSignals(True)
        for r, setting in enumerate(self.rows):
            item = self.table.item(r, 1)
            font = QFont(item.font())
            font.setBold(setting["key"] in changed)
            item.setFont(font)
            colour = WRONG if setting["key"] in wrong else CHANGED if setting["key"] in changed else None
            item.setBackground(QBrush(colour) if colour else QBrush())
        self.table.blockSignals(False)

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            self._mark()
            self.changed.emit()
