"""The pipeline worker (a child process) and the live curves: events become signals, questions get
answers on the GUI thread, cancel stops the run, curves plot what the events carry."""
from __future__ import annotations

import threading

from hoam_core.events import Event
from hoam_core.orientation import OrientationAnswer, OrientationRequest
from hoam_core.pipeline import RunParams, new_run
from hoam_core.runs import RunState

from app.curves import CurvesView
from app.i18n import set_language
from app.worker import PipelineWorker
from tests.test_gui_fixtures import demo  # noqa: F401 (fixture)


def demo_run(demo, runs_dir):
    params = RunParams(str(demo.input_dir), demo.site, demo.line_id, db=f"sqlite:///{demo.database}")
    return new_run(params, runs_dir=runs_dir)


def test_worker_runs_the_pipeline_in_a_child_process(qtbot, demo, tmp_path):
    worker = PipelineWorker(demo_run(demo, tmp_path / "runs"), until="dataset")
    events, threads = [], []
    worker.events_ready.connect(lambda: events.extend(worker.drain()))

    def on_question(kind, request):
        threads.append(threading.current_thread())
        assert kind == "orientation" and isinstance(request, OrientationRequest)
        worker.asker.reply({c: OrientationAnswer(demo.orientations[c], c in demo.symmetric)
                            for c in request.classes})

    worker.asker.asked.connect(on_question)
    with qtbot.waitSignal(worker.done, timeout=60000) as done:
        worker.start()
    assert done.args[0] == "pending", done.args  # stopped after the dataset stage, as asked
    assert threads == [threading.main_thread()], "questions are answered on the GUI thread"
    events += worker.drain()
    stages = {e.stage for e in events if e.kind == "progress"}
    assert {"ingest", "dataset"} <= stages
    assert any(e.kind == "stage" and e.stage == "orientation" for e in events)
    assert RunState(worker.run_dir).stages_done == ["ingest", "orientation", "dataset"]
    assert worker.wait(5000)


def test_answer_later_leaves_the_run_waiting(qtbot, demo, tmp_path):
    worker = PipelineWorker(demo_run(demo, tmp_path / "runs"))
    worker.asker.asked.connect(lambda kind, request: worker.asker.reply(None))
    with qtbot.waitSignal(worker.done, timeout=60000) as done:
        worker.start()
    assert done.args[0] == "pending_orientation"
    assert RunState(worker.run_dir).status == "pending_orientation"


def test_cancel_while_waiting_for_answers(qtbot, demo, tmp_path):
    worker = PipelineWorker(demo_run(demo, tmp_path / "runs"))
    worker.asker.asked.connect(lambda kind, request: worker.cancel())  # the user cancels instead of answering
    with qtbot.waitSignal(worker.done, timeout=60000) as done:
        worker.start()
    assert done.args[0] == "cancelled"
    assert RunState(worker.run_dir).status == "cancelled"


def test_a_failed_run_says_why_in_the_users_language(qtbot, demo, tmp_path):
    (tmp_path / "empty" / "OK").mkdir(parents=True)
    params = RunParams(str(tmp_path / "empty"), demo.site, demo.line_id, db=f"sqlite:///{demo.database}")
    worker = PipelineWorker(new_run(params, runs_dir=tmp_path / "runs"))
    set_language("zh_TW")
    try:
        with qtbot.waitSignal(worker.done, timeout=60000) as done:
            worker.start()
    finally:
        set_language("en")
    status, message = done.args
    assert status == "failed" and RunState(worker.run_dir).status == "failed"
    assert "nothing to train on" in RunState(worker.run_dir).data["message"]  # the run's state, in English
    assert "nothing to train on" not in message and str(tmp_path / "empty" / "OK") in message
    assert worker.wait(5000)


def test_curves_plot_training_and_validation_metrics(qtbot):
    view = CurvesView()
    qtbot.addWidget(view)
    events = [Event("metrics", stage="train", data=dict(step=s, epoch=0, lr=1e-3 / (s + 1), loss=2.0 - s / 10,
                                                        arcface=1.5, triplet=0.3, center=0.2)) for s in range(5)]
    events += [Event("metrics", stage="val", data=dict(epoch=0, precision_at_1=0.8, mean_average_precision_at_r=0.6,
                                                       epoch_time_s=3.0, eta_s=9.0)),
               Event("progress", stage="train", fraction=0.5)]
    view.add_events(events)
    view.redraw()
    assert view.points("train", "loss") == [(float(s), 2.0 - s / 10) for s in range(5)]
    assert view.points("val", "precision_at_1") == [(0.0, 0.8)]
    assert set(view.curves) == {("train", k) for k in ("lr", "loss", "arcface", "triplet", "center")} | {
        ("val", "precision_at_1"), ("val", "mean_average_precision_at_r")}
    assert view.curves[("train", "lr")] in view.lr_box.addedItems, "the learning rate has its own axis"
    x, y = view.curves[("train", "loss")].getData()
    assert list(y) == [2.0 - s / 10 for s in range(5)]
    view.clear()
    assert view.points("train", "loss") == [] and not view.curves


def test_a_finished_runs_curves_come_from_its_metrics_csv(qtbot, tmp_path):
    view = CurvesView()
    qtbot.addWidget(view)
    view.add_events([Event("metrics", stage="train", data=dict(step=0, loss=9.0))])  # a previous live run
    metrics = tmp_path / "metrics.csv"
    metrics.write_text("epoch,train_loss,train_arcface,precision_at_1,mean_average_precision_at_r,lr,epoch_time_s\n"
                       "1,2.5,2.0,0.70,0.50,0.001,13.5\n2,1.5,1.2,0.85,0.65,0.0005,12.9\n3,1.0,,0.90,,0.0001,13.1\n")
    view.load_metrics(metrics)
    assert view.points("train", "loss") == [(1.0, 2.5), (2.0, 1.5), (3.0, 1.0)]  # x: epochs, not steps
    assert view.points("train", "arcface") == [(1.0, 2.0), (2.0, 1.2)]  # an empty cell is no point
    assert view.points("train", "lr") == [(1.0, 0.001), (2.0, 0.0005), (3.0, 0.0001)]
    assert view.points("val", "precision_at_1") == [(1.0, 0.70), (2.0, 0.85), (3.0, 0.90)]
    assert ("val", "epoch_time_s") not in view.series and ("val", "lr") not in view.series
    assert view.loss_item.getAxis("bottom").labelText == "epoch"
    view.clear()  # a new live run: per-step again
    assert view.loss_item.getAxis("bottom").labelText == "step" and not view.series
    view.load_metrics(tmp_path / "absent.csv")  # a run that never trained
    assert not view.series
