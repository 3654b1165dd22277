"""Metric-learning losses for HOAM: hybrid (sub-center ArcFace + batch-hard triplet + center) or ArcFace.

Built on pytorch-metric-learning (PML). PML's ArcFace ``margin`` is in **degrees** (its
``init_margin`` applies ``np.radians``); papers give it in radians (m = 0.5 rad ~ 28.6 deg).
The config states the unit and :func:`margin_in_degrees` converts, so the older tool's
mistake (0.4 meant as radians, read as 0.4 degrees: no margin at all) cannot recur.

The loss module owns its trainable parameters (ArcFace sub-center weights, class centres)
as ``nn.Parameter``s: the trainer gives them their own optimiser group and saves them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from pytorch_metric_learning import losses, miners
from torch import nn

from hoam_core import config
from hoam_core.config import ConfigError
from hoam_core.events import coded


@dataclass(frozen=True)
class LossSpec:
    kind: str = config.spec("hybrid", choices=("hybrid", "arcface"),
                            help="hybrid: sub-center ArcFace + triplet + center; arcface: plain ArcFace")
    margin: float = config.spec(28.6, min=0.0, help="ArcFace angular margin, in margin_unit")
    margin_unit: str = config.spec("degrees", choices=("degrees", "radians"))
    scale: float = config.spec(30.0, min=1.0, max=256.0, help="ArcFace logit scale")
    sub_centers: int = config.spec(3, min=1, max=32)
    arcface_weight: float = config.spec(1.0, min=0.0)
    triplet_weight: float = config.spec(0.5, min=0.0)
    triplet_margin: float = config.spec(0.2, min=0.0, max=2.0, help="on distances of unit-length embeddings")
    center_weight: float = config.spec(0.01, min=0.0)

    def validate(self) -> None:
        if margin_in_degrees(self) >= 90.0:
            raise ConfigError(coded("margin: {margin} {unit} is 90 degrees or more; ArcFace margins are usually 0.5 "
                                    "radians (28.6 degrees)", code="cfg_margin", margin=self.margin,
                                    unit=self.margin_unit))
        if self.kind == "hybrid" and not (self.arcface_weight or self.triplet_weight or self.center_weight):
            raise ConfigError(coded("arcface_weight, triplet_weight and center_weight are all 0; give one a weight",
                                    code="cfg_no_loss_weight"))


def margin_in_degrees(spec: LossSpec) -> float:
    """The ArcFace margin in degrees, the unit PML's ArcFaceLoss expects."""
    return spec.margin if spec.margin_unit == "degrees" else math.degrees(spec.margin)


class BatchHardTriplet(nn.Module):
    """Triplet margin loss on the hardest positive and hardest negative of each anchor in the batch."""

    def __init__(self, margin: float):
        super().__init__()
        self.miner = miners.BatchHardMiner()
        self.loss = losses.TripletMarginLoss(margin=margin)

    def forward(self, embeddings: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        return self.loss(embeddings, labels, self.miner(embeddings, labels))


class CenterLoss(nn.Module):
    """Center loss (Wen et al. 2016): half the mean squared distance to a learned centre per class."""

    def __init__(self, num_classes: int, embedding_size: int):
        super().__init__()
        self.centers = nn.Parameter(nn.functional.normalize(torch.randn(num_classes, embedding_size), dim=1))

    def forward(self, embeddings: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        return 0.5 * (embeddings - self.centers[labels]).pow(2).sum(dim=1).mean()


class WeightedLoss(nn.Module):
    """Weighted sum of named loss terms; forward returns ``(total, {name: unweighted term})``."""

    def __init__(self, terms: dict[str, nn.Module], weights: dict[str, float]):
        super().__init__()
        self.terms = nn.ModuleDict(terms)
        self.weights = dict(weights)

    def forward(self, embeddings: torch.Tensor, labels: torch.Tensor) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
        # fp32 outside autocast: PML casts its own weights to the embeddings' dtype in place,
        # which under mixed precision would silently turn the ArcFace parameters into fp16.
        embeddings = embeddings.float()
        with torch.autocast(embeddings.device.type, enabled=False):
            values = {name: term(embeddings, labels) for name, term in self.terms.items()}
        total = sum(self.weights[name] * value for name, value in values.items())
        return total, values


def build_loss(spec: LossSpec, num_classes: int, embedding_size: int) -> nn.Module:
    """The loss for ``spec``; forward(embeddings N,E, labels N) -> (total, {term: value})."""
    spec = config.build(LossSpec, config.to_dict(spec), "loss")  # validates a hand-made spec too
    if num_classes < 2:
        raise ConfigError(f"loss: metric learning needs at least 2 classes, got {num_classes}")
    margin = margin_in_degrees(spec)
    if spec.kind == "arcface":
        arcface = losses.ArcFaceLoss(num_classes=num_classes, embedding_size=embedding_size,
                                     margin=margin, scale=spec.scale)
        return WeightedLoss({"arcface": arcface}, {"arcface": 1.0})
    candidates = {
        "arcface": lambda: losses.SubCenterArcFaceLoss(num_classes=num_classes, embedding_size=embedding_size,
                                                       margin=margin, scale=spec.scale,
                                                       sub_centers=spec.sub_centers),
        "triplet": lambda: BatchHardTriplet(spec.triplet_margin),
        "center": lambda: CenterLoss(num_classes, embedding_size),
    }
    weights = {"arcface": spec.arcface_weight, "triplet": spec.triplet_weight, "center": spec.center_weight}
    used = {name: w for name, w in weights.items() if w > 0}
    return WeightedLoss({name: candidates[name]() for name in used}, used)
