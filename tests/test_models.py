"""HOAM/HOAMV2 networks: shapes, structure, gradients, channels_last, legacy and pretrained weights."""
import dataclasses

import pytest
import safetensors.torch
import timm
import torch

from hoam_core.config import ConfigError, build
from hoam_core.models import LossSpec, ModelSpec, WeightsError, build_loss, build_model, load_legacy_state_dict
from hoam_core.models.hoam import LAPLACIAN, LEGACY_PREFIXES, OrthogonalFusion

SMALL = ModelSpec(backbone="tf_efficientnetv2_b0", pretrained="none", branch_channels=64, attention_heads=4,
                  embedding_size=32)
LEGACY = ModelSpec(architecture="HOAMV2", backbone="efficientnetv2_rw_s", pretrained="none", branch_channels=1280,
                   attention_heads=8, embedding_size=128)


def small(**changes):
    torch.manual_seed(0)
    return build_model(dataclasses.replace(SMALL, **changes))


@pytest.fixture(scope="module")
def images():
    return torch.randn(4, 3, 64, 64, generator=torch.Generator().manual_seed(0))


@pytest.mark.parametrize("architecture", ["HOAM", "HOAMV2"])
def test_embeddings_have_the_configured_size_and_unit_length(architecture, images):
    model = small(architecture=architecture)
    for train in (True, False):
        model.train(train)
        out = model(images)
        assert out.shape == (4, 32)
        assert torch.allclose(out.norm(dim=1), torch.ones(4), atol=1e-5)
    assert model.backbone.feature_info.reduction() == [16, 32]


def test_hoamv2_adds_a_laplacian_edge_layer_and_avg_max_pooling():
    v1, v2 = small(architecture="HOAM"), small(architecture="HOAMV2")
    keys1, keys2 = set(v1.state_dict()), set(v2.state_dict())
    assert not any(k.startswith("local_edge_layer.") for k in keys1)
    assert not any(k.startswith("orthogonal_fusion.") for k in keys1)  # HOAM: identity projector
    kernel = v2.local_edge_layer.depthwise_conv.weight
    assert kernel.shape == (64, 1, 3, 3)
    assert torch.equal(kernel, torch.tensor(LAPLACIAN).expand(64, 1, 3, 3))
    assert v2.orthogonal_fusion.projector.weight.shape == (64, 128)  # avg and max concatenated -> branch
    assert keys2 - keys1 == {k for k in keys2 if k.startswith(("local_edge_layer.", "orthogonal_fusion."))}


def test_pooled_fusion_equals_the_per_position_dolg_fusion():
    torch.manual_seed(0)
    fusion = OrthogonalFusion(16, 8)
    local, global_vec = torch.randn(3, 8, 5, 4), torch.randn(3, 16)
    # the older tool's form: project every position, subtract, then average-pool the 2C map
    g = fusion.projector(global_vec)
    u = g / (g.norm(dim=1, keepdim=True) + 1e-6)
    flat = local.flatten(2)
    orthogonal = flat - u[:, :, None] * torch.einsum("bc,bcp->bp", u, flat)[:, None, :]
    expected = torch.cat([g, orthogonal.mean(dim=2)], dim=1)
    fused = fusion(local.flatten(2).mean(dim=2), global_vec)
    assert torch.allclose(fused, expected, atol=1e-5)
    assert torch.allclose((fused[:, 8:] * g).sum(dim=1), torch.zeros(3), atol=1e-4)  # orthogonal to g


def test_gradients_reach_backbone_branches_head_and_loss_parameters(images):
    model = small()
    loss_fn = build_loss(LossSpec(), num_classes=2, embedding_size=32)
    total, terms = loss_fn(model(images), torch.tensor([0, 0, 1, 1]))
    total.backward()
    assert set(terms) == {"arcface", "triplet", "center"}
    for name in ("backbone.conv_stem.weight", "local_branch_conv.0.weight", "local_edge_layer.depthwise_conv.weight",
                 "local_branch_attention.in_proj_weight", "global_branch.0.weight",
                 "orthogonal_fusion.projector.weight", "head.2.weight"):
        grad = model.get_parameter(name).grad
        assert grad is not None and grad.abs().sum() > 0, name
    for name, param in loss_fn.named_parameters():
        assert param.grad is not None and param.grad.abs().sum() > 0, name


def test_frozen_blocks_keep_their_pretrained_weights_and_statistics(images):
    """The stem and first two blocks of a pretrained backbone take no gradient and keep BatchNorm on its running
    statistics in training mode too; the blocks after them, the branches and the head train. With random
    weights nothing is frozen (there is nothing to keep)."""
    torch.manual_seed(0)
    model = build_model(ModelSpec(backbone="tf_efficientnet_lite0", pretrained="imagenet", frozen_blocks=2,
                                  branch_channels=64, attention_heads=4, embedding_size=32)).train()
    before = {k: v.clone() for k, v in model.backbone.state_dict().items()}
    optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
    loss_fn = build_loss(LossSpec(), num_classes=2, embedding_size=32)
    loss_fn(model(images), torch.tensor([0, 0, 1, 1]))[0].backward()
    optimizer.step()
    after = model.backbone.state_dict()
    for key in before:
        frozen = key.startswith(("conv_stem.", "bn1.", "blocks.0.", "blocks.1."))
        assert torch.equal(before[key], after[key]) == frozen, key
    assert not model.backbone.bn1.training and not model.backbone.blocks[1].training
    assert model.backbone.blocks[2].training and model.head.training
    assert all(p.requires_grad for p in small(frozen_blocks=2).parameters())  # pretrained none: ignored


def test_channels_last_gives_the_same_embeddings(images):
    model = small().eval()
    with torch.no_grad():
        expected = model(images)
        model = model.to(memory_format=torch.channels_last)
        out = model(images.contiguous(memory_format=torch.channels_last))
    assert torch.allclose(out, expected, atol=1e-5)


def _legacy_head_and_branch_shapes(local_in, global_in, width=1280, emb=128):
    """The older tool's HOAMV2 keys outside the backbone, with their shapes."""
    qkv = 3 * width
    bn = lambda prefix, n: {f"{prefix}.weight": (n,), f"{prefix}.bias": (n,), f"{prefix}.running_mean": (n,),
                            f"{prefix}.running_var": (n,), f"{prefix}.num_batches_tracked": ()}
    return {
        "local_branch_conv.0.weight": (width, local_in, 1, 1), **bn("local_branch_conv.1", width),
        "local_edge_layer.depthwise_conv.weight": (width, 1, 3, 3), **bn("local_edge_layer.bn", width),
        "local_branch_attention.in_proj_weight": (qkv, width), "local_branch_attention.in_proj_bias": (qkv,),
        "local_branch_attention.out_proj.weight": (width, width), "local_branch_attention.out_proj.bias": (width,),
        "global_branch.0.weight": (width, global_in, 1, 1), **bn("global_branch.1", width),
        "orthogonal_fusion.projector.weight": (width, 2 * width), "orthogonal_fusion.projector.bias": (width,),
        "head.2.weight": (emb, 2 * width), "head.2.bias": (emb,), "head.3.weight": (emb, emb), "head.3.bias": (emb,),
        **bn("head.4", emb),
    }


def test_older_tool_hoamv2_weights_load_strictly():
    torch.manual_seed(0)
    model = build_model(LEGACY)
    layout = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    assert all(k.startswith(LEGACY_PREFIXES) for k in layout)
    # the older tool used timm's default features_only backbone: same keys and shapes
    default_backbone = timm.create_model("efficientnetv2_rw_s", features_only=True, pretrained=False)
    assert {k[len("backbone."):]: s for k, s in layout.items() if k.startswith("backbone.")} == {
        k: tuple(v.shape) for k, v in default_backbone.state_dict().items()}
    branches_and_head = {k: s for k, s in layout.items() if not k.startswith("backbone.")}
    assert branches_and_head == _legacy_head_and_branch_shapes(local_in=160, global_in=272)

    legacy = {k: v + torch.rand_like(v) if v.is_floating_point() else v + 3 for k, v in model.state_dict().items()}
    fresh = build_model(LEGACY)
    load_legacy_state_dict(fresh, legacy)
    assert all(torch.equal(v, legacy[k]) for k, v in fresh.state_dict().items())
    # the older tool's {"weights_only": ...} wrapper and DDP prefixes are understood
    load_legacy_state_dict(model, {"weights_only": {f"module.{k}": v for k, v in legacy.items()}})
    assert all(torch.equal(v, legacy[k]) for k, v in model.state_dict().items())


def test_weights_that_do_not_fit_are_refused_with_the_reason():
    model = small()
    good = model.state_dict()
    missing = {k: v for k, v in good.items() if k != "head.3.weight"}
    with pytest.raises(WeightsError, match=r"old\.pt: .*missing keys \(1\): head\.3\.weight"):
        load_legacy_state_dict(model, missing, source="old.pt")
    renamed = {("local_laplacian.w" if k == "local_edge_layer.depthwise_conv.weight" else k): v
               for k, v in good.items()}
    with pytest.raises(WeightsError, match=r"unexpected keys \(1\): local_laplacian\.w") as err:
        load_legacy_state_dict(model, renamed)
    assert "local_edge_layer.depthwise_conv.weight" in str(err.value)
    other_size = small(embedding_size=16).state_dict()
    with pytest.raises(WeightsError, match=r"head\.2\.weight: file \(16, 128\), model \(32, 128\).*embedding_size"):
        load_legacy_state_dict(model, other_size)
    assert torch.equal(model.state_dict()["head.2.weight"], good["head.2.weight"])  # nothing half-loaded


@pytest.mark.parametrize("kind", ["backbone.pth", "backbone.safetensors", "full_model.pt"])
def test_pretrained_backbone_weights_load_from_a_local_file(tmp_path, kind):
    torch.manual_seed(1)
    if kind.startswith("full"):
        source = timm.create_model("tf_efficientnetv2_b0", pretrained=False).state_dict()
    else:
        source = timm.create_model("tf_efficientnetv2_b0", features_only=True, pretrained=False).state_dict()
    path = tmp_path / kind
    if path.suffix == ".safetensors":
        safetensors.torch.save_file(source, str(path))
    else:
        torch.save(source, path)
    before = path.read_bytes()
    model = build_model(dataclasses.replace(SMALL, pretrained=str(path)))
    loaded = model.backbone.state_dict()
    assert all(torch.equal(v, source[k]) for k, v in loaded.items())
    assert path.read_bytes() == before


def test_pretrained_weights_of_a_generic_timm_feature_wrapper_are_mapped(tmp_path):
    # timm's generic wrapper names the full model's "stages.0" as "stages_0"
    torch.manual_seed(1)
    source = timm.create_model("convnext_atto", pretrained=False).state_dict()
    torch.save(source, tmp_path / "convnext.pth")
    model = build_model(dataclasses.replace(SMALL, backbone="convnext_atto",
                                            pretrained=str(tmp_path / "convnext.pth")))
    loaded = model.backbone.state_dict()
    assert "stages_1.blocks.0.conv_dw.weight" in loaded
    assert torch.equal(loaded["stages_1.blocks.0.conv_dw.weight"], source["stages.1.blocks.0.conv_dw.weight"])


def test_pretrained_file_problems_name_the_file(tmp_path):
    wrong = tmp_path / "resnet18.pth"
    torch.save(timm.create_model("resnet18", pretrained=False).state_dict(), wrong)
    with pytest.raises(WeightsError, match=r"resnet18\.pth: weights do not fit timm backbone 'tf_efficientnetv2_b0'"
                                           r": \d+ of \d+ keys missing"):
        build_model(dataclasses.replace(SMALL, pretrained=str(wrong)))
    broken = tmp_path / "broken.pth"
    broken.write_text("not a checkpoint")
    with pytest.raises(WeightsError, match=r"broken\.pth: cannot read"):
        build_model(dataclasses.replace(SMALL, pretrained=str(broken)))
    with pytest.raises(WeightsError, match=r"pretrained: .*absent\.pth does not exist"):
        build_model(dataclasses.replace(SMALL, pretrained=str(tmp_path / "absent.pth")))


def test_model_settings_are_checked():
    with pytest.raises(ConfigError, match=r"branch_channels \(100\) must be divisible by attention_heads \(8\)"):
        build_model(ModelSpec(branch_channels=100, attention_heads=8))
    with pytest.raises(ConfigError, match=r"backbone: 'efficientnet_v9' is not a timm model name"):
        build_model(ModelSpec(backbone="efficientnet_v9"))
    with pytest.raises(ConfigError, match=r"pretrained: imagenet needs a backbone whose weights come with HOAM "
                                          r"Trainer \(tf_efficientnet_lite0, .*not tf_efficientnetv2_b0"):
        build_model(ModelSpec(backbone="tf_efficientnetv2_b0"))
    with pytest.raises(ConfigError, match=r"model.frozen_blocks: backbone 'resnet18' has no stem and blocks"):
        build_model(ModelSpec(backbone="resnet18", pretrained="none", frozen_blocks=1))
    with pytest.raises(ConfigError, match=r"train\.yaml: architecture: 'HOAM3' is not allowed; use one of: HOAM"):
        build(ModelSpec, {"architecture": "HOAM3"}, "train.yaml")
