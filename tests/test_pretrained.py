"""The ImageNet weights that ship as Python packages: loaded offline, really pretrained, checked and recorded."""
import hashlib
from pathlib import Path

import matplotlib
import numpy as np
import pytest
import timm
import torch
from PIL import Image

from hoam_core.config import ConfigError
from hoam_core.evaluation import features
from hoam_core.models import ModelSpec, WeightsError, build_model
from hoam_core.models import pretrained

MILITARY_UNIFORM = 652  # ImageNet class of matplotlib's photo of Grace Hopper in uniform


def _grace_hopper(size: int) -> torch.Tensor:
    path = Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg"
    image = np.asarray(Image.open(path).convert("RGB").resize((size, size), Image.Resampling.BILINEAR))
    mean, std = (torch.tensor(v).view(3, 1, 1) for v in pretrained.NORMALIZATION)
    return ((torch.from_numpy(image.copy()).permute(2, 0, 1).float() / 255 - mean) / std)[None]


@pytest.mark.parametrize("backbone", sorted(pretrained.PACKAGES))
def test_packaged_weights_recognise_a_known_photo_with_the_network_cut_off(offline, backbone):
    state, info = pretrained.packaged_state_dict(backbone)
    net = timm.create_model(backbone, pretrained=False)
    net.load_state_dict(state, strict=True)
    with torch.inference_mode():
        top = net.eval()(_grace_hopper(224)).softmax(1)[0].topk(3)
    assert MILITARY_UNIFORM in top.indices.tolist(), top  # random weights give a near-uniform, arbitrary class
    assert offline == [], f"loading the packaged weights tried to reach the network: {offline}"
    file = pretrained.packaged_file(backbone)
    assert info["sha256"] == hashlib.sha256(file.read_bytes()).hexdigest() and info["source"] == "package"


def test_lite0_names_the_uniform_first():
    state, _ = pretrained.packaged_state_dict("tf_efficientnet_lite0")
    net = timm.create_model("tf_efficientnet_lite0", pretrained=False)
    net.load_state_dict(state)
    with torch.inference_mode():
        assert int(net.eval()(_grace_hopper(224)).argmax()) == MILITARY_UNIFORM


def test_the_hoam_backbone_starts_from_the_packaged_weights_and_says_so():
    model = build_model(ModelSpec(backbone="tf_efficientnet_lite0", pretrained="imagenet", branch_channels=16,
                                  attention_heads=2, embedding_size=8))
    state, info = pretrained.packaged_state_dict("tf_efficientnet_lite0")
    loaded = model.backbone.state_dict()
    assert loaded and all(torch.equal(v, state[k]) for k, v in loaded.items())
    assert model.backbone_weights == info
    random = build_model(ModelSpec(backbone="tf_efficientnet_lite0", pretrained="none", branch_channels=16,
                                   attention_heads=2, embedding_size=8))
    assert random.backbone_weights == {"source": "none"}
    assert not torch.equal(random.backbone.state_dict()["conv_stem.weight"], state["conv_stem.weight"])


def test_weights_that_do_not_match_the_backbone_are_refused_naming_the_tensor(tmp_path):
    with torch.device("meta"):
        target = timm.create_model("tf_efficientnet_lite0", pretrained=False).state_dict()
    source = {f"k{i}": torch.zeros(v.shape) for i, v in enumerate(target.values())}
    first = next(iter(target))
    source["k0"] = torch.zeros(7)
    with pytest.raises(WeightsError, match=rf"lite\.pth: k0 has shape \(7,\), {first} of the backbone needs"):
        pretrained.convert_state_dict(source, target, tmp_path / "lite.pth")
    with pytest.raises(WeightsError, match=r"lite\.pth: 2 tensors, the backbone has \d+"):
        pretrained.convert_state_dict({"a": torch.zeros(1), "b": torch.zeros(1)}, target, tmp_path / "lite.pth")


def test_imagenet_on_a_backbone_without_packaged_weights_is_a_config_error():
    with pytest.raises(ConfigError, match=r"model\.pretrained: imagenet needs a backbone whose weights come with"):
        build_model(ModelSpec(backbone="resnet18"))


@pytest.fixture
def fresh_runner():
    """The check network's runner built anew in the test, and again after it (it is chosen once per process)."""
    features._served.clear()
    features._exported.cache_clear()
    yield
    features._served.clear()
    features._exported.cache_clear()


def test_the_check_network_runs_in_onnxruntime_as_in_pytorch_and_falls_back_to_pytorch(fresh_runner, offline,
                                                                                       monkeypatch, caplog):
    photo = np.asarray(Image.open(Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg")
                       .convert("RGB").resize((features.SIZE, features.SIZE)))
    images = [np.ascontiguousarray(np.rot90(photo, k).transpose(2, 0, 1)) for k in range(3)]
    with torch.inference_mode():
        expected = [t.numpy() for t in features.network()(torch.from_numpy(np.stack(images)))]
    assert features.runner().__qualname__.startswith("_session"), "onnxruntime serves the check network"
    for got, want in zip(features.describe(images), expected):
        assert got.shape == want.shape and np.abs(got - want).max() <= 1e-4 * np.abs(want).max()
    assert offline == []

    features._served.clear()
    features._exported.cache_clear()
    monkeypatch.setattr(features, "_session", lambda model: (_ for _ in ()).throw(RuntimeError("no onnxruntime")))
    with caplog.at_level("WARNING", logger=features.__name__):
        for got, want in zip(features.describe(images), expected):
            assert np.array_equal(got, want)
    assert "onnxruntime not used (no onnxruntime)" in caplog.text
