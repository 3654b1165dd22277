"""The pipeline worker (a child process): events become signals, questions get answers on the GUI
thread, cancel stops the run."""
from __future__ import annotations

import threading

from hoam_core.data.orientation import OrientationAnswer, OrientationRequest
from hoam_core.pipeline import RunParams, new_run
from hoam_core.runs import RunState

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
