"""Live training curves (pyqtgraph): loss terms and learning rate per step, val metrics per epoch.

Fed with the core's ``metrics`` events: stage ``train`` (step, epoch, lr, loss, and each
loss term) and stage ``val`` (epoch, precision_at_1, mean_average_precision_at_r, ...).
Points are stored as they come and drawn at most four times a second. A finished run's
curves come from its ``model/metrics.csv`` (one row per epoch: losses are epoch means there).
"""
from __future__ import annotations

import csv
from numbers import Real
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hoam_core.events import Event

X_KEYS = {"train": "step", "val": "epoch"}
NOT_PLOTTED = {"step", "epoch", "epoch_time_s", "eta_s"}
TRAIN_PREFIX = "train_"  # metrics.csv's names of the loss terms: train_loss, train_arcface, ...
COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")
REDRAW_MS = 250
TEXT = "#333333"


class CurvesView(QWidget):
    """Two plots: training losses with the learning rate on a right axis; validation metrics."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.loss_plot = pg.PlotWidget(background="w")
        self.val_plot = pg.PlotWidget(background="w")
        self.loss_item, self.val_item = self.loss_plot.getPlotItem(), self.val_plot.getPlotItem()
        for item in (self.loss_item, self.val_item):
            item.showGrid(x=True, y=True, alpha=0.3)
            item.addLegend(offset=(-10, 10), brush=pg.mkBrush(255, 255, 255, 210), labelTextColor=TEXT)
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

        self.per_epoch = False  # the training losses are epoch means (a finished run's metrics.csv)
        self.series: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
        self.curves: dict[tuple[str, str], pg.PlotDataItem] = {}
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.redraw)
        self._timer.start()

        layout = QVBoxLayout(self)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.val_plot, 2)
        self.retranslate()

    def names(self) -> dict[str, str]:
        return {"loss": self.tr("total loss"), "arcface": self.tr("ArcFace loss"),
                "triplet": self.tr("triplet loss"), "center": self.tr("center loss"),
                "lr": self.tr("learning rate"), "precision_at_1": self.tr("precision@1"),
                "mean_average_precision_at_r": self.tr("MAP@R"), "r_precision": self.tr("R-precision")}

    def retranslate(self) -> None:
        if self.per_epoch:
            self.loss_item.setTitle(self.tr("Training loss (mean per epoch)"), color=TEXT)
            self.loss_item.setLabel("bottom", self.tr("epoch"), color=TEXT)
        else:
            self.loss_item.setTitle(self.tr("Training loss (per step)"), color=TEXT)
            self.loss_item.setLabel("bottom", self.tr("step"), color=TEXT)
        self.loss_item.setLabel("left", self.tr("loss"), color=TEXT)
        self.loss_item.setLabel("right", self.tr("learning rate"), color=TEXT)
        self.val_item.setTitle(self.tr("Validation (per epoch)"), color=TEXT)
        self.val_item.setLabel("bottom", self.tr("epoch"), color=TEXT)
        self.val_item.setLabel("left", self.tr("score"), color=TEXT)
        names = self.names()
        for (stage, key), curve in self.curves.items():
            legend = self._plot(stage).legend
            legend.removeItem(curve)
            legend.addItem(curve, names.get(key, key))

    def clear(self) -> None:
        if self.per_epoch:  # back to live, per-step curves
            self.per_epoch = False
            self.retranslate()
        for (stage, key), curve in self.curves.items():
            self._plot(stage).legend.removeItem(curve)
            (self.lr_box if key == "lr" else self._plot(stage)).removeItem(curve)
        self.series.clear()
        self.curves.clear()

    def load_metrics(self, path: Path) -> None:
        """Show the curves of a finished or interrupted run from its ``metrics.csv`` (nothing if there is none)."""
        self.clear()
        try:
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
        except (OSError, csv.Error, UnicodeDecodeError):
            rows = []
        events = []
        for row in rows:
            values = {}
            for key, text in row.items():
                try:
                    values[key] = float(text)
                except (TypeError, ValueError):  # an empty cell: that metric was not measured that epoch
                    pass
            train = {k.removeprefix(TRAIN_PREFIX): v for k, v in values.items() if k.startswith(TRAIN_PREFIX)}
            val = {k: v for k, v in values.items() if not k.startswith(TRAIN_PREFIX) and k != "lr"}
            train.update(step=values.get("epoch"), lr=values.get("lr"))
            events += [Event("metrics", stage="train", data=train), Event("metrics", stage="val", data=val)]
        self.per_epoch = True
        self.retranslate()
        self.add_events(events)
        self.redraw()

    def add_events(self, events: list[Event]) -> None:
        for event in events:
            if event.kind != "metrics" or event.stage not in X_KEYS:
                continue
            x = event.data.get(X_KEYS[event.stage])
            if not isinstance(x, Real):
                continue
            for key, value in event.data.items():
                if key in NOT_PLOTTED or not isinstance(value, Real) or isinstance(value, bool):
                    continue
                xs, ys = self.series.setdefault((event.stage, key), ([], []))
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
        color = COLORS[len(self.curves) % len(COLORS)]
        symbol = "o" if stage == "val" else None
        pen = pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine if key == "lr" else None)
        curve = pg.PlotDataItem(pen=pen, symbol=symbol, symbolSize=6, symbolBrush=color)
        if stage == "train":
            curve.setDownsampling(auto=True)
            curve.setClipToView(True)
        if key == "lr":
            self.lr_box.addItem(curve)
        else:
            self._plot(stage).addItem(curve)
        self._plot(stage).legend.addItem(curve, self.names().get(key, key))
        self.curves[(stage, key)] = curve
        return curve

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
