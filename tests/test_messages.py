"""The core's texts in the user's language: every message the core emits carries the template it was
written with (once, where it is raised), which gives its English text, and a translation in each
shipped language that fills in with the event's data.

The events come from real work: the pipeline up to the dataset on the tiny demo task, one epoch
of training on test_training's toy set, the evaluate stage (test_evaluation's session fixture),
predict and evaluate-folder with that model, a cancelled run and a failed one.
"""
from __future__ import annotations

import ast
import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from string import Formatter

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QTranslator

import hoam_core
from hoam_core.config import DatabaseSite, EvaluationConfig
from hoam_core.evaluation.labelled import evaluate_folder
from hoam_core.evaluation.predict import predict
from hoam_core.events import CancelToken, Cancelled, Event, ListSink, Reporter
from hoam_core.data.images import ImageReadError, load_rgb
from hoam_core.data.naming import AoiNameError, parse_aoi_name
from hoam_core.data.orientation import OrientationAnswer, fixed_provider
from hoam_core.pipeline import RunParams, new_run, run_pipeline
from hoam_core.training.fit import train

from app.i18n import set_language
from app.messages import DERIVED, LEFT_OUT_REASONS, error_text, event_text, message_text
from app.progress_view import ProgressView
from app.resources import translations_dir
from tests.test_evaluation import demo_task, evaluated, model_run  # noqa: F401 (session fixtures)
from tests.test_training import tiny_config
from tests.metadata_fixtures import failure
from tests.test_training_data import make_dataset
from tools.translations import core_message_calls, core_templates, message_call

LANGUAGES = ("zh_TW", "zh_CN", "vi")
TEXT_KINDS = ("stage", "progress", "message")


@pytest.fixture(scope="module")
def core_events(demo_task, evaluated, tmp_path_factory):  # noqa: F811
    """Every stage, progress and message event of real core work on the demo task."""
    sink = ListSink()
    reporter = Reporter(sink)
    tmp = tmp_path_factory.mktemp("messages")
    params = RunParams(input_dir=str(demo_task.input_dir), site=demo_task.site, line_id=demo_task.line_id,
                       db=f"sqlite:///{demo_task.database}")
    run_dir = new_run(params, runs_dir=tmp / "runs")
    answers = {c: OrientationAnswer(o, c in demo_task.symmetric) for c, o in demo_task.orientations.items()}
    run_pipeline(run_dir, orientation=fixed_provider(answers), reporter=reporter, until="dataset")
    train(make_dataset(tmp / "dataset"), tmp / "model", tiny_config(optim={"epochs": 1, "warmup_epochs": 0}),
          reporter)  # the toy set of test_training: the demo's dataset takes twice as long

    evaluated_run, _, evaluate_sink = evaluated
    predict(evaluated_run, demo_task.test_dir, tmp / "predictions.csv", reporter)
    labelled = tmp / "labelled"
    with open(demo_task.truth_csv, newline="") as f:
        for t in csv.DictReader(f):
            (labelled / t["label"]).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(demo_task.test_dir / t["file"], labelled / t["label"] / t["file"])
    evaluate_folder(evaluated_run, labelled, tmp / "folder", EvaluationConfig(batch_size=8), reporter)

    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        run_pipeline(new_run(params, runs_dir=tmp / "runs"), orientation=fixed_provider(answers),
                     reporter=Reporter(sink, cancel))
    (tmp / "empty" / "OK").mkdir(parents=True)
    failing = new_run(RunParams(str(tmp / "empty"), demo_task.site, demo_task.line_id, db=params.db),
                      runs_dir=tmp / "runs")
    with pytest.raises(Exception, match="nothing to train on"):
        run_pipeline(failing, orientation=fixed_provider(answers), reporter=reporter)
    return [e for e in sink.events + evaluate_sink.events if e.kind in TEXT_KINDS and e.text]


def test_every_core_text_carries_the_template_written_where_it_is_raised(core_events):
    codes = {e.code for e in core_events}
    assert {"ingest_started", "ingest_progress", "ingest_summary", "orientation_waiting", "dataset_started",
            "dataset_progress", "dataset_summary", "training_started", "training_epoch", "best_model",
            "evaluation_started", "embedding_dataset_images", "calibrating_checks", "checking_val", "exporting_module",
            "evaluation_summary", "decision_summary", "predict_started", "embedding_photos", "checking_parts",
            "predict_summary", "folder_evaluation_started", "folder_evaluation_summary", "run_cancelled",
            "run_failed"} <= codes
    # the evaluated model is untrained: it misses the targets, and says what to add
    assert "not_fit_for_line" in codes and {"class_not_fit", "class_not_fit_turned"} & codes
    templates = core_templates()
    for event in core_events:
        assert event.template == templates.get(event.code), f"{event.kind} {event.text!r}"
        english = {k: v["text"] if isinstance(v, dict) and "coded" in v else v for k, v in event.data.items()}
        assert event.template.format(**english) == event.text, event.code
        assert json.loads(json.dumps(event.data)) == event.data, f"{event.code}: data is not JSON-friendly"
    [failed] = [e for e in core_events if e.code == "run_failed"]  # with the coded error it failed with
    error = failed.data["error"]
    assert error["coded"] == "input_empty" and error["template"] == templates["input_empty"]
    assert error["template"].format(**error["data"]) == error["text"]


def test_each_message_is_one_literal_template_whose_fields_its_call_gives():
    """Where the core raises a message it writes its template: a literal (no f-string), one per code, whose
    fields are the call's keyword values, so that the text and its translation can be made from them."""
    templates = core_templates()  # stops at an f-string template or a code with two templates
    assert len(templates) > 150 and {"input_empty", "db_login_refused", "ssh_login_refused", "db_unreachable",
                                     "ingest_summary", "class_not_fit"} <= set(templates)
    checked = 0
    for path, call in core_message_calls():
        given = {k.arg for k in call.keywords}
        if None in given:  # **values: checked when the message is made (the core's events above)
            continue
        template = message_call(call)[1].value
        fields = {f.split(".")[0].split("[")[0].split("!")[0] for _, f, _, _ in Formatter().parse(template) if f}
        assert fields <= given, f"{path.name}:{call.lineno} lacks {sorted(fields - given)}"
        checked += 1
    assert checked > 100


def test_every_code_named_in_the_core_has_a_template():
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(hoam_core.__file__).parent.rglob("*.py"))
    named = set(re.findall(r'\bcode="([a-z0-9_]+)"', source))
    assert len(named) > 20
    assert named <= set(core_templates()), sorted(named - set(core_templates()))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_fills_every_emitted_template_with_the_events_data(qapp, core_events, language):
    translator = QTranslator()
    assert translator.load(str(translations_dir() / f"hoam_{language}.qm"))
    fields = lambda template: sorted(f for _, f, _, _ in Formatter().parse(template) if f is not None)  # noqa: E731
    for code, source in core_templates().items():
        assert fields(translator.translate("messages", source)) == fields(source), f"{language}: {code}"
    try:
        set_language(language)
        for event in core_events:
            translated = translator.translate("messages", event.template)
            assert translated, f"{language}: {event.code} is not translated"
            data = dict(event.data)
            if event.code == "run_failed":  # the error it failed with is said in the language too
                error = data["error"]
                data["error"] = translator.translate("messages", error["template"]).format(**error["data"])
                assert data["error"] != error["text"]
            if event.code in DERIVED:  # and the reasons files were left out, the photos to add, in words
                field, words = DERIVED[event.code]
                data[field] = words(data)
            assert event_text(event) == translated.format(**data)
    finally:
        set_language("en")


def test_the_ingest_summary_says_why_files_were_left_out_in_words(qapp, core_events):
    from hoam_core.data import ingest
    assert set(LEFT_OUT_REASONS) == {ingest.UNPARSEABLE, ingest.NOT_AN_IMAGE, ingest.NOT_IN_DATABASE, ingest.UNREADABLE,
                                     ingest.UNREADABLE_FOLDER, ingest.LINKED_FOLDER, ingest.DUPLICATE, ingest.EXCLUDED}
    [summary] = [e for e in core_events if e.code == "ingest_summary"]
    assert summary.data["reasons"]  # the demo's input has files to leave out
    english = event_text(summary)
    assert all(LEFT_OUT_REASONS[r] in english for r in summary.data["reasons"])
    set_language("zh_TW")
    try:
        said = event_text(summary)
        for reason, count in summary.data["reasons"].items():
            assert f"{count} {QCoreApplication.translate('reasons', LEFT_OUT_REASONS[reason])}" in said
            assert LEFT_OUT_REASONS[reason] not in said
    finally:
        set_language("en")


def test_what_a_class_that_misses_the_targets_needs_is_said_in_words(qapp, core_events):
    failing = [e for e in core_events if e.code in ("class_not_fit", "class_not_fit_turned")]
    assert failing and all(set(e.data["add"].split(",")) <= {"ng_photos", "good_photos"} for e in failing)
    for event in failing:
        assert event_text(event) == event.text  # English: the core's text
    set_language("zh_TW")
    try:
        said = [event_text(e) for e in failing]
        kinds = {"ng_photos": QCoreApplication.translate("names", "NG photos"),
                 "good_photos": QCoreApplication.translate("names", "good photos")}
    finally:
        set_language("en")
    for event, text in zip(failing, said):
        assert event.data["cls"] in text and text != event.text
        assert "_photos" not in text and "NG photos" not in text and "good photos" not in text
        assert all(kinds[k] in text for k in event.data["add"].split(","))


def test_an_error_is_said_in_the_language_with_the_place_it_names(qapp, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    error = failure(DatabaseSite(engine="sqlite", path=str(junk)))
    assert error_text(error) == str(error) and str(error).startswith(f"SQLite database {junk} cannot be read")
    set_language("zh_TW")
    try:
        said = error_text(error)
        where = QCoreApplication.translate("messages", "SQLite database {path}").format(path=junk)
    finally:
        set_language("en")
    assert where in said and "SQLite database" not in said and "cannot be read" not in said


def test_a_photo_that_cannot_be_used_is_said_in_the_language_with_its_reason(qapp, tmp_path):
    """Why a photo or its name cannot be used is coded: the error, and a warning that carries the reason
    (the dataset stage's "Left out"), say it in the user's language."""
    empty, cut = tmp_path / "empty.jpg", tmp_path / "cut.jpg"
    empty.write_bytes(b"")
    whole = io.BytesIO()
    Image.effect_noise((256, 256), 60).convert("RGB").save(whole, "JPEG")
    cut.write_bytes(whole.getvalue()[:len(whole.getvalue()) // 2])
    errors = []
    for path in (empty, cut):
        with pytest.raises(ImageReadError) as info:
            load_rgb(path)
        errors.append(info.value)
    with pytest.raises(AoiNameError) as info:
        parse_aoi_name("20250101000000_B1@C1_1_top.tif")
    errors.append(info.value)
    assert [e.reason.code for e in errors] == ["image_empty", "image_truncated", "name_not_image_type"]
    sink = ListSink()
    Reporter(sink).message("Left out {file}: {reason}", level="warning", code="image_left_out",
                           file=str(cut), reason=errors[1].reason)
    [event] = sink.events
    assert event.data["reason"]["coded"] == "image_truncated" and json.loads(json.dumps(event.data))
    assert [error_text(e) for e in errors] == [str(e) for e in errors]  # English: the text as raised
    assert event_text(event) == event.text
    set_language("zh_TW")
    try:
        said = [error_text(e) for e in errors] + [event_text(event)]
        reasons = [QCoreApplication.translate("messages", e.reason.template).format(**e.reason.data)
                   for e in errors] + [QCoreApplication.translate("messages", errors[1].reason.template)]
    finally:
        set_language("en")
    for text, reason, error in zip(said, reasons, errors + [errors[1]]):
        assert reason in text and str(error.reason) not in text, text
    assert "20250101000000_B1@C1_1_top.tif" in said[2] and ".tif" in reasons[2]
    assert str(cut) in said[3] and said[3] != event.text


def test_a_translation_that_lost_a_field_falls_back_to_english(qapp, tmp_path):
    translations = {"Left out {file}: {reason}": "Đã bỏ qua {tệp}: {reason}",  # a field renamed
                    "Run failed: {error}": "Thất bại",  # a field lost
                    "Predicting {total} photos": "Đang dự đoán {total:d} ảnh"}  # fine for an int only
    ts = tmp_path / "broken.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="vi">\n'
                  "<context><name>messages</name>\n"
                  + "".join(f"<message><source>{s}</source><translation>{t}</translation></message>\n"
                            for s, t in translations.items())
                  + "</context>\n</TS>\n", encoding="utf-8")
    qm = tmp_path / "broken.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        predicting = "Predicting {total} photos"
        assert message_text(predicting, {"total": 3}, "Predicting 3 photos") == "Đang dự đoán 3 ảnh"
        left_out = message_text("Left out {file}: {reason}", {"file": "a.jpg", "reason": "truncated"},
                                "Left out a.jpg: truncated")
        assert left_out == "Left out a.jpg: truncated"
        assert message_text("Run failed: {error}", {"error": "disk full"}, "Run failed: disk full") == \
            "Run failed: disk full"
        assert message_text(predicting, {"total": "3"}, "Predicting 3 photos") == "Predicting 3 photos"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_progress_tab_shows_stage_and_progress_texts_translated(qtbot):
    view = ProgressView()
    qtbot.addWidget(view)
    try:
        set_language("zh_TW")
        sink = ListSink()
        core = Reporter(sink)  # as the core says them
        core.stage("ingest", "Ingesting {total} files from {folder}", code="ingest_started", total=8, folder="/in")
        core.progress("ingest", 0.5, "{done}/{total} files", code="ingest_progress", done=4, total=8)
        view.add_events(sink.events)
        assert view.stage_rows["ingest"][2].text() == "4/8 個檔案"
        core.stage("dataset", "Building the dataset from {total} photos", code="dataset_started", total=6)
        view.add_events(sink.events[-1:])
        assert view.stage_rows["dataset"][2].text() == "正在以 6 張照片建立資料集"
        view.add_events([Event("progress", stage="dataset", fraction=0.5, text="3/6 photos")])  # no template: English
        assert view.stage_rows["dataset"][2].text() == "3/6 photos"
        assert "正在讀取 /in 中的 8 個檔案" in view.log.toPlainText()
    finally:
        set_language("en")


def test_a_broken_config_file_is_said_in_the_language(qapp, tmp_path):
    """What the app says when a config file cannot be used (the "cannot start" box, Settings)."""
    from hoam_core.config import ConfigError, load_database_configs, read_mapping

    broken, secret = tmp_path / "configs.yaml", tmp_path / "database_configs.json"
    broken.write_text("dataset: [unclosed", encoding="utf-8")
    secret.write_text(json.dumps({"HPH": {"engine": "postgresql", "host": "h", "database": "d", "user": "u",
                                          "password": "hunter2"}}), encoding="utf-8")
    errors = []
    for call in (lambda: read_mapping(broken), lambda: load_database_configs(secret)):
        with pytest.raises(ConfigError) as info:
            call()
        errors.append(info.value)
    assert [e.args[0].code for e in errors] == ["cfg_not_parsable", "cfg_password_in_file"]
    assert "hunter2" not in str(errors[1])
    set_language("zh_TW")
    try:
        said = [error_text(e) for e in errors]
    finally:
        set_language("en")
    assert str(broken) in said[0] and "not valid" not in said[0] and "YAML" in said[0]
    assert "HPH" in said[1] and "HOAM_DB_PASSWORD" in said[1] and "do not belong" not in said[1]
