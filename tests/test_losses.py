"""Hybrid and ArcFace losses: terms, parameters, the margin's unit, mixed precision, settings."""
import dataclasses
import math

import pytest
import torch
import torch.nn.functional as F

from hoam_core.config import ConfigError, build
from hoam_core.models import LossSpec, build_loss, margin_in_degrees

LABELS = torch.tensor([0, 0, 1, 1, 2, 2, 3, 3])


@pytest.fixture
def embeddings():
    return F.normalize(torch.randn(8, 16, generator=torch.Generator().manual_seed(0)), dim=1)


def loss_for(embeddings, **changes):
    torch.manual_seed(0)  # the same ArcFace weights for every variant
    total, terms = build_loss(LossSpec(**changes), num_classes=4, embedding_size=16)(embeddings, LABELS)
    return total, terms


def test_hybrid_terms_are_finite_logged_separately_and_weighted(embeddings):
    spec = LossSpec(arcface_weight=1.0, triplet_weight=0.5, center_weight=0.01)
    torch.manual_seed(0)
    total, terms = build_loss(spec, 4, 16)(embeddings, LABELS)
    assert set(terms) == {"arcface", "triplet", "center"}
    assert all(t.dim() == 0 and torch.isfinite(t) for t in terms.values())
    assert all(t > 0 for t in terms.values())
    expected = terms["arcface"] + 0.5 * terms["triplet"] + 0.01 * terms["center"]
    assert torch.allclose(total, expected)


def test_trainable_loss_parameters_belong_to_the_loss_module():
    loss = build_loss(LossSpec(sub_centers=3), num_classes=4, embedding_size=16)
    shapes = {name: tuple(p.shape) for name, p in loss.named_parameters()}
    assert shapes == {"terms.arcface.W": (16, 12), "terms.center.centers": (4, 16)}
    assert set(shapes) <= set(loss.state_dict())
    plain = build_loss(LossSpec(kind="arcface"), num_classes=4, embedding_size=16)
    assert {name: tuple(p.shape) for name, p in plain.named_parameters()} == {"terms.arcface.W": (16, 4)}


def test_the_arcface_margin_is_a_real_margin(embeddings):
    with_margin = loss_for(embeddings, margin=28.6)[1]["arcface"]
    no_margin = loss_for(embeddings, margin=0.0)[1]["arcface"]
    assert with_margin > no_margin + 5.0
    # the older tool's 0.4 read as degrees: practically no margin; as radians: a real one
    legacy_bug = loss_for(embeddings, margin=0.4, margin_unit="degrees")[1]["arcface"]
    meant = loss_for(embeddings, margin=0.4, margin_unit="radians")[1]["arcface"]
    assert abs(legacy_bug - no_margin) < 0.05 * (meant - no_margin)


def test_radians_and_degrees_give_the_same_loss(embeddings):
    radians = loss_for(embeddings, margin=0.5, margin_unit="radians")[0]
    assert torch.allclose(radians, loss_for(embeddings, margin=28.65, margin_unit="degrees")[0], rtol=1e-3)
    assert torch.allclose(radians, loss_for(embeddings, margin=math.degrees(0.5))[0], rtol=1e-6)
    # PML keeps the margin in radians after converting from degrees
    assert build_loss(LossSpec(margin=0.5, margin_unit="radians"), 4, 16).terms["arcface"].margin == pytest.approx(0.5)
    assert margin_in_degrees(LossSpec(margin=0.5, margin_unit="radians")) == pytest.approx(28.6479, abs=1e-4)
    assert margin_in_degrees(LossSpec(margin=28.6)) == 28.6


def test_plain_arcface_has_one_term(embeddings):
    total, terms = loss_for(embeddings, kind="arcface")
    assert list(terms) == ["arcface"]
    assert torch.equal(total, terms["arcface"])


def test_gradients_reach_the_embeddings_and_loss_parameters(embeddings):
    embeddings = embeddings.clone().requires_grad_()
    loss = build_loss(LossSpec(), 4, 16)
    total, _ = loss(embeddings, LABELS)
    total.backward()
    assert embeddings.grad.abs().sum() > 0
    assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in loss.parameters())


def test_a_term_with_zero_weight_is_left_out(embeddings):
    _, terms = loss_for(embeddings, triplet_weight=0.0)
    assert set(terms) == {"arcface", "center"}


def test_a_batch_without_positive_pairs_gives_a_finite_triplet_term(embeddings):
    _, terms = build_loss(LossSpec(), 8, 16)(embeddings, torch.arange(8))
    assert torch.isfinite(terms["triplet"]) and terms["triplet"] == 0


def test_mixed_precision_keeps_loss_parameters_in_fp32(embeddings):
    loss = build_loss(LossSpec(), 4, 16)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        total, terms = loss(embeddings.to(torch.bfloat16), LABELS)
    assert total.dtype == torch.float32 and torch.isfinite(total)
    assert all(p.dtype == torch.float32 for p in loss.parameters())


def test_loss_settings_are_checked():
    with pytest.raises(ConfigError, match=r"train\.yaml: margin_unit: 'rad' is not allowed; use one of: degrees, rad"):
        build(LossSpec, {"margin_unit": "rad"}, "train.yaml")
    with pytest.raises(ConfigError, match=r"margin: 2\.0 radians is 90 degrees or more"):
        build_loss(LossSpec(margin=2.0, margin_unit="radians"), 4, 16)
    with pytest.raises(ConfigError, match=r"all 0"):
        build_loss(LossSpec(arcface_weight=0.0, triplet_weight=0.0, center_weight=0.0), 4, 16)
    with pytest.raises(ConfigError, match=r"at least 2 classes, got 1"):
        build_loss(LossSpec(), 1, 16)
    assert dataclasses.asdict(build(LossSpec, {"margin": 0.5, "margin_unit": "radians"}))["margin"] == 0.5
