"""The live curves: what the events carry is plotted on an epoch axis, a resumed run keeps its earlier
epochs, each series keeps its colour, the legend stands beside the plot in plain words; and many
runs' worth of updates never wear out the interpreter (the none_dealloc crash)."""
from __future__ import annotations

import sys

from hoam_core.events import Event

from app.curves import CurvesView, EpochAxis
from app.i18n import set_language

METRICS_CSV = ("epoch,train_loss,train_arcface,precision_at_1,mean_average_precision_at_r,lr,epoch_time_s\n"
               "1,2.5,2.0,0.70,0.50,0.001,13.5\n2,1.5,1.2,0.85,0.65,0.0005,12.9\n3,1.0,,0.90,,0.0001,13.1\n")


def training_events(epoch: int, steps_per_epoch: int = 4, max_epochs: int = 10, loss: float = 2.0) -> list[Event]:
    """What the core sends while it trains ``epoch`` (1-based), then validates it."""
    events = []
    for i in range(1, steps_per_epoch + 1):
        step = (epoch - 1) * steps_per_epoch + i
        events += [Event("metrics", stage="train", data=dict(step=step, epoch=epoch, lr=1e-3 / step, loss=loss - step / 100,
                                                             arcface=1.5, triplet=0.3, center=0.2)),
                   Event("progress", stage="train", fraction=step / (steps_per_epoch * max_epochs),
                         data=dict(epoch=epoch, max_epochs=max_epochs))]
    events += [Event("metrics", stage="val", data=dict(epoch=epoch, precision_at_1=0.5 + epoch / 100,
                                                       mean_average_precision_at_r=0.4, epoch_time_s=3.0, eta_s=9.0)),
               Event("progress", stage="train", fraction=epoch / max_epochs, data=dict(epoch=epoch,
                                                                                      max_epochs=max_epochs))]
    return events


def test_curves_plot_training_and_validation_metrics_in_epochs(qtbot):
    view = CurvesView()
    qtbot.addWidget(view)
    view.add_events(training_events(1) + training_events(2))
    view.redraw()
    assert view.points("train", "loss") == [(s / 4, 2.0 - s / 100) for s in range(1, 9)]  # step 4 ends epoch 1
    assert view.points("val", "precision_at_1") == [(1.0, 0.51), (2.0, 0.52)]
    assert set(view.curves) == {("train", k) for k in ("lr", "loss", "arcface", "triplet", "center")} | {
        ("val", "precision_at_1"), ("val", "mean_average_precision_at_r")}
    assert view.curves[("train", "lr")] in view.lr_box.addedItems, "the learning rate has its own axis"
    x, y = view.curves[("train", "loss")].getData()
    assert list(x) == [s / 4 for s in range(1, 9)]
    view.clear()
    assert view.points("train", "loss") == [] and not view.curves and not view.legends["train"].entries


def test_the_legend_stands_beside_the_plot_in_plain_words(qtbot):
    view = CurvesView()
    qtbot.addWidget(view)
    view.show()
    view.add_events(training_events(1))
    view.redraw()
    assert view.loss_item.legend is None and view.val_item.legend is None, "no legend drawn over the lines"
    legend = view.legends["val"]
    assert legend.parent() is view and not view.val_plot.isAncestorOf(legend)
    assert legend.geometry().left() >= view.val_plot.geometry().right()
    text = legend.entries["precision_at_1"].text()
    assert "share of val photos whose nearest match has the right label" in text
    assert "lower is better" in view.legends["train"].entries["loss"].text()
    assert view.loss_item.getAxis("bottom").labelText == "epoch"
    set_language("zh_TW")
    try:
        qtbot.waitUntil(lambda: "share of val photos" not in legend.entries["precision_at_1"].text())
        assert view.val_item.getAxis("bottom").labelText not in ("epoch", "")
    finally:
        set_language("en")


def test_each_series_keeps_its_colour_whatever_comes_first(qtbot):
    views = [CurvesView(), CurvesView()]
    for view in views:
        qtbot.addWidget(view)
    views[0].add_events(training_events(1))
    views[1].add_events([e for e in training_events(1) if e.stage == "val"])  # validation first, then training
    views[1].add_events(training_events(1))
    colours = []
    for view in views:
        view.redraw()
        colours.append({key: curve.opts["pen"].color().name() for key, curve in view.curves.items()})
    assert colours[0] == colours[1]
    assert len(set(colours[0][("train", k)] for k in ("loss", "arcface", "triplet", "center", "lr"))) == 5


def test_the_epoch_axis_ticks_whole_epochs_only():
    axis = EpochAxis("bottom")
    for low, high in ((0.0, 3.0), (0.25, 2.0), (0.0, 137.0)):
        levels = axis.tickValues(low, high, 600)
        values = [v for _, vs in levels for v in vs]
        assert values and all(float(v).is_integer() for v in values), (low, high, levels)
    assert axis.tickValues(0.2, 0.8, 600) == []  # no whole epoch in view: no tick, never 0.5
    assert axis.tickStrings([1.0, 2.0], 1, 1) == ["1", "2"]


def test_a_finished_runs_curves_come_from_its_metrics_csv(qtbot, tmp_path):
    view = CurvesView()
    qtbot.addWidget(view)
    view.add_events(training_events(1))  # a previous live run
    metrics = tmp_path / "metrics.csv"
    metrics.write_text(METRICS_CSV)
    view.load_metrics(metrics)
    assert view.points("train", "loss") == [(1.0, 2.5), (2.0, 1.5), (3.0, 1.0)]
    assert view.points("train", "arcface") == [(1.0, 2.0), (2.0, 1.2)]  # an empty cell is no point
    assert view.points("train", "lr") == [(1.0, 0.001), (2.0, 0.0005), (3.0, 0.0001)]
    assert view.points("val", "precision_at_1") == [(1.0, 0.70), (2.0, 0.85), (3.0, 0.90)]
    assert ("val", "epoch_time_s") not in view.series and ("val", "lr") not in view.series
    assert view.loss_item.titleLabel.text == "Training loss (mean per epoch)"
    view.load_metrics(tmp_path / "absent.csv")  # a run that never trained
    assert not view.series and view.loss_item.titleLabel.text == "Training loss (mean per epoch)"
    view.clear()  # a new live run
    assert view.loss_item.titleLabel.text == "Training loss"


def test_a_resumed_run_keeps_the_epochs_before_the_cancel(qtbot, tmp_path):
    """Cancelled in epoch 4 after its checkpoint of epoch 2: the resume trains epoch 3 again and goes on."""
    metrics = tmp_path / "metrics.csv"
    metrics.write_text(METRICS_CSV)
    view = CurvesView()
    qtbot.addWidget(view)
    view.load_metrics(metrics, live=True)
    view.add_events(training_events(3, loss=0.9) + training_events(4, loss=0.8))
    view.redraw()
    assert [x for x, _ in view.points("val", "precision_at_1")] == [1.0, 2.0, 3.0, 4.0]
    assert view.points("val", "precision_at_1")[2] == (3.0, 0.53), "epoch 3 trained again replaces its point"
    loss = view.points("train", "loss")
    assert loss[:2] == [(1.0, 2.5), (2.0, 1.5)] and loss[2][0] == 2.25 and loss[-1][0] == 4.0
    assert [x for x, _ in loss] == sorted(x for x, _ in loss)
    assert view.loss_item.titleLabel.text == "Training loss"


def test_many_runs_of_curve_updates_leave_the_interpreter_whole(qtbot, tmp_path):
    """The app died with "Fatal Python error: none_dealloc" in redraw -> setData at the end of a run: the
    Qt binding (PySide6 6.12.0 on CPython 3.11) loses a reference to None or True in each signal emit and
    property read, and pyqtgraph does both on every setData. Replay 30 runs of 12 epochs (a few hundred
    redraws each, as a long run makes in an evening) and measure what is lost: the references left must
    last for a million such runs."""
    metrics = tmp_path / "metrics.csv"
    metrics.write_text(METRICS_CSV)
    view = CurvesView()
    qtbot.addWidget(view)
    view.show()
    runs = 30
    before = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    for run in range(runs):
        view.load_metrics(metrics, live=run % 2 == 1)  # half of them resumed
        if run % 2 == 0:
            view.clear()
        for epoch in range(1, 13):
            events = training_events(epoch, steps_per_epoch=6, max_epochs=12)
            for i in range(0, len(events), 2):  # the redraw timer fires between batches of events
                view.add_events(events[i:i + 2])
                view._dirty = True
                view.redraw()
        qtbot.wait(1)  # paint
    for name, obj in (("None", None), ("True", True), ("False", False)):
        lost_per_run = max(0, before[name] - sys.getrefcount(obj)) / runs
        left = sys.getrefcount(obj)
        assert lost_per_run == 0 or left / lost_per_run > 1_000_000, (
            f"{name}: {lost_per_run:.0f} references lost per run, {left} left: the app would crash after "
            f"{left / lost_per_run:.0f} runs")
