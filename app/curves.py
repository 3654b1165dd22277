"""Live training curves (pyqtgraph): loss terms and learning rate, val metrics per epoch.

Fed with the core's events: ``metrics`` of stage ``train`` (step, epoch, lr, loss and each loss
term), ``progress`` of stage ``train`` (the share of all steps done, which turns a step into a
point on the epoch axis) and ``metrics`` of stage ``val`` (epoch, precision_at_1, ...). Both plots
count in epochs, ticked at whole epochs. Points are stored as they come and drawn at most four
times a second. A run's earlier epochs come from its ``model/metrics.csv`` (one row per epoch:
losses are epoch means there): all of a finished run, and what a resumed run trained before it
stopped; an epoch trained again after a resume replaces its earlier points. Each series keeps one
colour; the legend stands beside each plot, with a line of plain words per term.
"""
from __future__ import annotations

import csv
import math
import zlib
from numbers import Real
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hoam_core.events import Event

from .names import metric_names
from .i18n import Retranslating

NOT_PLOTTED = {"step", "epoch", "epoch_time_s", "eta_s"}
TRAIN_PREFIX = "train_"  # metrics.csv's names of the loss terms: train_loss, train_arcface, ...
COLORS = {"loss": "#1f77b4", "arcface": "#d62728", "triplet": "#2ca02c", "center": "#9467bd", "lr": "#7f7f7f",
          "precision_at_1": "#1f77b4", "mean_average_precision_at_r": "#ff7f0e", "r_precision": "#2ca02c"}
SPARE_COLORS = ("#8c564b", "#e377c2", "#17becf", "#bcbd22")  # a term this version does not know, by its name
REDRAW_MS = 250
LEGEND_WIDTH = 250
TEXT = "#333333"


def series_color(key: str) -> str:
    return COLORS.get(key) or SPARE_COLORS[zlib.crc32(key.encode()) % len(SPARE_COLORS)]


class EpochAxis(pg.AxisItem):
    """A bottom axis in epochs: ticks and labels at whole epochs only."""

    def tickValues(self, minVal: float, maxVal: float, size: float):
        levels = [(math.ceil(spacing), [v for v in values if float(v).is_integer()])
                  for spacing, values in super().tickValues(minVal, maxVal, size) if spacing >= 1]
        levels = [(spacing, values) for spacing, values in levels if values]
        if levels:
            return levels[:1]
        whole = [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)]
        return [(1.0, whole)] if whole else []

    def tickStrings(self, values, scale, spacing) -> list[str]:
        return [str(int(round(v * scale))) for v in values]


class Legend(QWidget):
    """A plot's legend beside it: a line sample in the series' colour, its name, a line of plain words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedWidth(LEGEND_WIDTH)
        self.entries: dict[str, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 8, 4, 4)
        self._layout.addStretch(1)

    def show_entry(self, key: str, name: str, explanation: str, dashed: bool) -> None:
        label = self.entries.get(key)
        if label is None:
            label = self.entries[key] = QLabel(wordWrap=True)
            label.setTextFormat(Qt.TextFormat.RichText)
            self._layout.insertWidget(self._layout.count() - 1, label)
        line = "╌╌╌" if dashed else "━━━"
        label.setText(f'<span style="color:{series_color(key)}; font-weight:bold">{line}</span> <b>{name}</b>'
                      + (f'<br><span style="color:#666666">{explanation}</span>' if explanation else ""))

    def clear(self) -> None:
        for label in self.entries.values():
            label.deleteLater()
        self.entries.clear()


class CurvesView(Retranslating, QWidget):
    """Two plots in epochs: training losses with the learning rate on a right axis; validation metrics."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.loss_plot = pg.PlotWidget(background="w", axisItems={"bottom": EpochAxis("bottom")})
        self.val_plot = pg.PlotWidget(background="w", axisItems={"bottom": EpochAxis("bottom")})
        self.loss_item, self.val_item = self.loss_plot.getPlotItem(), self.val_plot.getPlotItem()
        self.legends = {"train": Legend(), "val": Legend()}
        for item in (self.loss_item, self.val_item):
            item.showGrid(x=True, y=True, alpha=0.3)
            for side in ("left", "bottom", "right"):
                item.getAxis(side).setTextPen(TEXT)
        self.val_item.setYRange(0, 1.0)
        # the learning rate lives in its own view box, on the loss plot's right axis
        self.lr_box = pg.ViewBox()
        self.loss_item.showAxis("right")
        self.loss_item.scene().addItem(self.lr_box)
        self.loss_item.getAxis("right").linkToView(self.lr_box)
        self.lr_box.setXLink(self.loss_item)
        self.loss_item.vb.sigResized.connect(lambda: self.lr_box.setGeometry(self.loss_item.vb.sceneBoundingRect()))

        self.per_epoch = False  # only epoch means, no live steps (a finished run's metrics.csv)
        # (stage, key) -> (xs in epochs, ys); a live training step waits in _steps until its epoch is known
        self.series: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
        self.curves: dict[tuple[str, str], pg.PlotDataItem] = {}
        self._steps: list[tuple[int, dict[str, float]]] = []
        self._steps_per_epoch: float | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.redraw)
        self._timer.start()

        layout = QVBoxLayout(self)
        for plot, stage, stretch in ((self.loss_plot, "train", 3), (self.val_plot, "val", 2)):
            row = QHBoxLayout()
            row.addWidget(plot, 1)
            row.addWidget(self.legends[stage])
            layout.addLayout(row, stretch)
        self.retranslate()

    def names(self) -> dict[str, tuple[str, str]]:
        """Each series' name and a line of plain words about it."""
        metrics = metric_names()
        return {"loss": (self.tr("total loss (lower is better)"), self.tr("what training minimises: the terms "
                                                                          "below added up")),
                "arcface": (self.tr("ArcFace loss"), self.tr("how far photos lie from their label, by angle")),
                "triplet": (self.tr("triplet loss"), self.tr("whether each photo is nearer to photos of its own "
                                                             "label than to others")),
                "center": (self.tr("center loss"), self.tr("how tightly the photos of a label cluster")),
                "lr": (self.tr("learning rate"), self.tr("how large the training steps are (right axis)")),
                "precision_at_1": (metrics["precision_at_1"], self.tr(
                    "recall@1: share of val photos whose nearest match has the right label")),
                "mean_average_precision_at_r": (metrics["mean_average_precision_at_r"], self.tr(
                    "how well all photos of the right label rank first (1 is perfect)")),
                "r_precision": (metrics["r_precision"], self.tr(
                    "share of the closest matches that have the right label"))}

    def retranslate(self) -> None:
        self.loss_item.setTitle(self.tr("Training loss (mean per epoch)") if self.per_epoch
                                else self.tr("Training loss"), color=TEXT)
        self.val_item.setTitle(self.tr("Validation (per epoch)"), color=TEXT)
        for item in (self.loss_item, self.val_item):
            item.setLabel("bottom", metric_names()["epoch"], color=TEXT)
        self.loss_item.setLabel("left", self.tr("loss (lower is better)"), color=TEXT)
        self.loss_item.setLabel("right", self.tr("learning rate"), color=TEXT)
        self.val_item.setLabel("left", self.tr("score (higher is better)"), color=TEXT)
        for stage, key in self.curves:
            self._show_legend(stage, key)

    def clear(self) -> None:
        if self.per_epoch:  # back to live curves
            self.per_epoch = False
            self.retranslate()
        for (stage, key), curve in self.curves.items():
            (self.lr_box if key == "lr" else self._plot(stage)).removeItem(curve)
        for legend in self.legends.values():
            legend.clear()
        self.series.clear()
        self.curves.clear()
        self._steps.clear()
        self._steps_per_epoch = None

    def load_metrics(self, path: Path, live: bool = False) -> None:
        """Show the epochs in a run's ``metrics.csv`` (nothing if there is none); ``live``: a run that goes on
        training (resumed), whose coming steps are added after them."""
        self.clear()
        try:
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
        except (OSError, csv.Error, UnicodeDecodeError):
            rows = []
        for row in rows:
            values = {}
            for key, text in row.items():
                try:
                    values[key] = float(text)
                except (TypeError, ValueError):  # an empty cell: that metric was not measured that epoch
                    pass
            epoch = values.get("epoch")
            if epoch is None:
                continue
            train = {k.removeprefix(TRAIN_PREFIX): v for k, v in values.items() if k.startswith(TRAIN_PREFIX)}
            if "lr" in values:
                train["lr"] = values["lr"]
            self._add_points("train", epoch, train)
            self._add_points("val", epoch, {k: v for k, v in values.items()
                                            if not k.startswith(TRAIN_PREFIX) and k != "lr"})
        self.per_epoch = not live
        self.retranslate()
        self.redraw()

    def add_events(self, events: list[Event]) -> None:
        for event in events:
            if event.kind == "metrics" and event.stage == "train" and isinstance(event.data.get("step"), Real):
                self._steps.append((event.data["step"], event.data))
            elif event.kind == "metrics" and event.stage == "val" and isinstance(event.data.get("epoch"), Real):
                self._add_points("val", float(event.data["epoch"]), event.data)
            elif event.kind == "progress" and event.stage == "train" and self._steps and event.fraction:
                max_epochs = event.data.get("max_epochs")
                if isinstance(max_epochs, Real) and max_epochs > 0:  # the share of all steps: steps per epoch
                    self._steps_per_epoch = self._steps[-1][0] / (event.fraction * max_epochs)
        if self._steps_per_epoch:
            for step, data in self._steps:
                self._add_points("train", step / self._steps_per_epoch, data)
            self._steps.clear()

    def _add_points(self, stage: str, x: float, data: dict) -> None:
        for key, value in data.items():
            if key in NOT_PLOTTED or not isinstance(value, Real) or isinstance(value, bool):
                continue
            xs, ys = self.series.setdefault((stage, key), ([], []))
            while xs and xs[-1] >= x:  # an epoch trained again after a resume replaces its earlier points
                xs.pop()
                ys.pop()
            xs.append(float(x))
            ys.append(float(value))
            self._dirty = True

    def points(self, stage: str, key: str) -> list[tuple[float, float]]:
        xs, ys = self.series.get((stage, key), ([], []))
        return list(zip(xs, ys))

    def redraw(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        for series_key, (xs, ys) in self.series.items():
            curve = self.curves.get(series_key) or self._new_curve(*series_key)
            curve.setData(xs, ys)

    def _plot(self, stage: str) -> pg.PlotItem:
        return self.loss_item if stage == "train" else self.val_item

    def _new_curve(self, stage: str, key: str) -> pg.PlotDataItem:
        color = series_color(key)
        symbol = "o" if stage == "val" or self.per_epoch else None
        pen = pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine if key == "lr" else Qt.PenStyle.SolidLine)
        curve = pg.PlotDataItem(pen=pen, symbol=symbol, symbolSize=6, symbolBrush=color, symbolPen=color)
        if stage == "train":
            curve.setDownsampling(auto=True)
            curve.setClipToView(True)
        if key == "lr":
            self.lr_box.addItem(curve)
        else:
            self._plot(stage).addItem(curve)
        self.curves[(stage, key)] = curve
        self._show_legend(stage, key)
        return curve

    def _show_legend(self, stage: str, key: str) -> None:
        name, explanation = self.names().get(key, (key, ""))
        self.legends[stage].show_entry(key, name, explanation, dashed=key == "lr")
