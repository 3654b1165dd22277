"""HOAM and HOAMV2: DOLG-style retrieval networks on a timm backbone.

The module layout reproduces the older tool's ``state_dict`` key for key, so its HOAMV2
weights (``efficientnetv2_rw_s``, 1280-wide branches, 8 heads) load strictly. With
``B = branch_channels`` and ``E = embedding_size``:

=================================  ==========================================================
``backbone.*``                     ``timm.create_model(name, features_only=True)`` returning
                                   the stride-16 (local) and stride-32 (global) maps
``local_branch_conv.0`` / ``.1``   1x1 conv C16 -> B without bias, BatchNorm (eps 1e-3), SiLU
``local_edge_layer.depthwise_conv``  HOAMV2 only: depthwise 3x3 conv, Laplacian-initialised,
``local_edge_layer.bn``            then BatchNorm (no residual, as in the older tool)
``local_branch_attention.*``       ``nn.MultiheadAttention(B, heads)`` over the H*W positions
``global_branch.0`` / ``.1``       1x1 conv C32 -> B without bias, BatchNorm (eps 1e-3), SiLU;
                                   then pooled: HOAM average (B), HOAMV2 average and max (2B)
``orthogonal_fusion.projector``    HOAMV2: Linear 2B -> B; HOAM: identity (no weights)
``head.2`` / ``.3`` / ``.4``       Linear 2B -> E, Linear E -> E, BatchNorm1d(E)
=================================  ==========================================================

Orthogonal fusion (DOLG): with the projected global vector ``g`` and ``u = g / |g|``, each
local feature ``l_p`` loses its component along ``u``: ``o_p = l_p - (u . l_p) u``; the
fused vector is ``[g, mean_p o_p]``. The older tool built the full ``2B x H x W`` map and
then average-pooled it; because the projection is linear, ``mean_p o_p = m - (u . m) u``
with ``m = mean_p l_p``, so we pool first: the same numbers for a fraction of the memory.
The embedding is ``head(fused)``, L2-normalised for cosine similarity (the older tool left
it unnormalised; cosine similarities are unchanged).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import timm
import torch
import torch.nn.functional as F
from timm.models import clean_state_dict, load_state_dict
from torch import nn

from hoam_core import config
from hoam_core.config import ConfigError
from hoam_core.events import coded
from hoam_core.models import pretrained as weights
from hoam_core.models.pretrained import WeightsError

LEGACY_PREFIXES = ("backbone.", "local_branch_conv.", "local_edge_layer.", "local_branch_attention.",
                   "global_branch.", "orthogonal_fusion.projector.", "head.")
LAPLACIAN = ((0.0, 1.0, 0.0), (1.0, -4.0, 1.0), (0.0, 1.0, 0.0))


@dataclass(frozen=True)
class ModelSpec:
    architecture: str = config.spec("HOAMV2", choices=("HOAM", "HOAMV2"),
                             help="HOAMV2 adds a Laplacian edge layer and average+max global pooling")
    backbone: str = config.spec("tf_efficientnet_lite0", help="timm model name that supports features_only")
    branch_channels: int = config.spec(1280, min=8, max=8192, help="width of the local and global 1x1 convs")
    attention_heads: int = config.spec(8, min=1, max=64)
    embedding_size: int = config.spec(128, min=2, max=4096)
    pretrained: str = config.spec(weights.PACKAGED, help=f"{weights.PACKAGED}: the ImageNet weights that come with "
                                  f"the app ({', '.join(weights.PACKAGES)}); {weights.NONE}: random weights; else "
                                  "the path of a local weights file. Never downloads")
    frozen_blocks: int = config.spec(0, min=0, max=64, help="with pretrained weights: the backbone's stem and first N "
                                     "blocks keep them (not trained; at 2, training steps take about half the time "
                                     f"on a CPU); ignored with {weights.NONE}")

    def validate(self) -> None:
        if self.branch_channels % self.attention_heads:
            raise ConfigError(coded("branch_channels ({channels}) must be divisible by attention_heads ({heads})",
                                    code="cfg_heads", channels=self.branch_channels, heads=self.attention_heads))
        if not timm.is_model(self.backbone):
            raise ConfigError(coded("backbone: {name} is not a timm model name; use e.g. tf_efficientnet_lite0 or "
                                    "efficientnetv2_rw_s", code="cfg_backbone", name=repr(self.backbone)))
        if self.pretrained == weights.PACKAGED and self.backbone not in weights.PACKAGES:
            raise ConfigError(weights.not_packaged(self.backbone))
        if self.frozen_blocks and not _has_blocks(self.backbone):
            raise ConfigError(coded("model.frozen_blocks: backbone {name} has no stem and blocks to keep (only "
                                    "EfficientNet-style backbones have); set it to 0", code="cfg_frozen_blocks",
                                    name=repr(self.backbone)))


class EdgeLayer(nn.Module):
    """Learnable depthwise 3x3 edge filter, initialised to a Laplacian, then BatchNorm."""

    def __init__(self, channels: int):
        super().__init__()
        self.depthwise_conv = nn.Conv2d(channels, channels, 3, padding=1, groups=channels, bias=False)
        with torch.no_grad():
            self.depthwise_conv.weight.copy_(torch.tensor(LAPLACIAN).expand(channels, 1, 3, 3))
        self.bn = nn.BatchNorm2d(channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.bn(self.depthwise_conv(x))


class OrthogonalFusion(nn.Module):
    """Pooled DOLG fusion: ``[g, mean_p(l_p - (u . l_p) u)]`` with ``g = projector(global)``."""

    def __init__(self, global_dim: int, local_dim: int):
        super().__init__()
        self.projector = nn.Linear(global_dim, local_dim) if global_dim != local_dim else nn.Identity()

    def forward(self, local_mean: torch.Tensor, global_vec: torch.Tensor) -> torch.Tensor:
        g = self.projector(global_vec)
        u = g / (g.norm(dim=1, keepdim=True) + 1e-6)
        orthogonal = local_mean - (local_mean * u).sum(dim=1, keepdim=True) * u
        return torch.cat([g, orthogonal], dim=1)


def _conv_bn_silu(in_channels: int, out_channels: int) -> nn.Sequential:
    return nn.Sequential(nn.Conv2d(in_channels, out_channels, 1, bias=False),
                         nn.BatchNorm2d(out_channels, eps=1e-3), nn.SiLU())


class HOAM(nn.Module):
    """HOAM (``v2=False``: average pooling) or HOAMV2 (``v2=True``: edge layer, average+max pooling)."""

    def __init__(self, backbone: nn.Module, branch_channels: int, attention_heads: int,
                 embedding_size: int, v2: bool):
        super().__init__()
        self.v2 = v2
        self.frozen: tuple[nn.Module, ...] = ()  # see freeze()
        self.backbone = backbone
        local_in, global_in = backbone.feature_info.channels()
        width = branch_channels
        self.local_branch_conv = _conv_bn_silu(local_in, width)
        if v2:
            self.local_edge_layer = EdgeLayer(width)
        self.local_branch_attention = nn.MultiheadAttention(width, attention_heads, batch_first=True)
        self.global_branch = _conv_bn_silu(global_in, width)
        self.orthogonal_fusion = OrthogonalFusion(2 * width if v2 else width, width)
        # head.0/head.1 were the older tool's pooling and flatten (parameter-free; pooling now
        # happens before the fusion): placeholders keep its key numbering head.2/3/4.
        self.head = nn.Sequential(nn.Identity(), nn.Identity(), nn.Linear(2 * width, embedding_size),
                                  nn.Linear(embedding_size, embedding_size), nn.BatchNorm1d(embedding_size))

    def freeze(self, blocks: int) -> None:
        """Keep the backbone's stem and first ``blocks`` blocks as they are: no gradients, BatchNorm on its
        running statistics in training too. Their backward pass, the costliest part of a step on a CPU
        (full-resolution maps), is then not computed."""
        b = self.backbone
        self.frozen = (b.conv_stem, b.bn1, *b.blocks[:blocks]) if blocks else ()
        for module in self.frozen:
            module.requires_grad_(False)
        self.train(self.training)

    def train(self, mode: bool = True) -> "HOAM":
        super().train(mode)
        for module in self.frozen:
            module.eval()
        return self

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        local_map, global_map = self.backbone(images)
        local_map = self.local_branch_conv(local_map)
        if self.v2:
            local_map = self.local_edge_layer(local_map)
        tokens = local_map.flatten(2).transpose(1, 2)  # N, H*W, C (a view under channels_last)
        attended, _ = self.local_branch_attention(tokens, tokens, tokens, need_weights=False)
        global_map = self.global_branch(global_map)
        pooled = global_map.mean(dim=(2, 3))
        if self.v2:
            pooled = torch.cat([pooled, global_map.amax(dim=(2, 3))], dim=1)
        fused = self.orthogonal_fusion(attended.mean(dim=1), pooled)
        return F.normalize(self.head(fused), dim=1)


@functools.lru_cache(maxsize=4)
def _probe(name: str) -> nn.Module:
    """timm model ``name`` as a feature extractor, on the meta device where it builds there (no memory, no init).
    Built once per name and process (read only): the config check runs as settings are typed, and again when
    the model is built."""
    try:
        with torch.device("meta"):
            return timm.create_model(name, features_only=True, pretrained=False)
    except Exception:  # some timm models read tensor values while building; probe for real
        try:
            return timm.create_model(name, features_only=True, pretrained=False)
        except Exception as exc:
            raise ConfigError(f"backbone: timm cannot build {name!r} as a feature extractor "
                              f"(features_only=True): {exc}") from None


def _has_blocks(name: str) -> bool:
    probe = _probe(name)
    return all(hasattr(probe, a) for a in ("conv_stem", "bn1", "blocks"))


def _feature_indices(name: str) -> tuple[int, int]:
    """Indices of the last stride-16 and the last stride-32 feature maps of timm model ``name``."""
    probe = _probe(name)
    info = probe.feature_info
    reductions = info.reduction(list(range(len(info))))
    found = {r: i for i, r in enumerate(reductions)}  # last index per reduction
    if 16 not in found or 32 not in found:
        raise ConfigError(f"backbone: {name!r} has feature maps at strides {reductions}; HOAM needs "
                          "stride 16 and stride 32 (use an EfficientNetV2 or another CNN backbone)")
    return found[16], found[32]


def _map_backbone_weights(target: Mapping[str, torch.Tensor], source: Mapping[str, torch.Tensor]
                          ) -> tuple[dict[str, torch.Tensor], list[str], list[str]]:
    """Pick each backbone key from ``source``: as-is, or under timm's unflattened name.

    timm's generic feature wrapper renames flattened stages (``stages_0.x`` holds the full
    model's ``stages.0.x``), so a full classification model's state_dict needs that mapping.
    """
    picked, missing, mismatched = {}, [], []
    for key, tensor in target.items():
        head, _, rest = key.partition(".")
        dotted = re.sub(r"_(\d+)$", r".\1", head) + "." + rest
        value = source.get(key, source.get(dotted))
        if value is None:
            missing.append(key)
        elif tuple(value.shape) != tuple(tensor.shape):
            mismatched.append(f"{key}: file {tuple(value.shape)}, model {tuple(tensor.shape)}")
        else:
            picked[key] = value
    return picked, missing, mismatched


def _load_pretrained(backbone: nn.Module, spec: ModelSpec) -> dict:
    """Load ``spec.pretrained`` into ``backbone``; returns where the weights came from (with their sha256)."""
    if spec.pretrained == weights.PACKAGED:
        source, info = weights.packaged_state_dict(spec.backbone)
        path = Path(info["file"])
    else:
        path = Path(spec.pretrained)
        if not path.is_file():
            raise WeightsError(coded("model.pretrained: {file} does not exist or is not a file; point it at a "
                                     ".pth/.pt/.safetensors file with backbone weights, or use {packaged} or {none}",
                                     code="weights_missing", file=path, packaged=weights.PACKAGED, none=weights.NONE))
        try:
            source = load_state_dict(str(path))
        except Exception as exc:
            raise WeightsError(coded("{file}: cannot read backbone weights ({error}); expected a .pth/.pt/.safetensors "
                                     "file holding a state_dict", code="weights_unreadable", file=path,
                                     error=exc)) from None
        info = {"source": "file", "file": str(path), "sha256": weights.sha256(path)}
    source = {k.removeprefix("backbone."): v for k, v in source.items() if isinstance(v, torch.Tensor)}
    picked, missing, mismatched = _map_backbone_weights(backbone.state_dict(), source)
    if missing or mismatched:
        problems = []
        if missing:
            problems.append(f"{len(missing)} of {len(picked) + len(missing) + len(mismatched)} keys "
                            f"missing (e.g. {', '.join(missing[:3])})")
        if mismatched:
            problems.append(f"{len(mismatched)} with another shape (e.g. {'; '.join(mismatched[:3])})")
        raise WeightsError(coded("{file}: weights do not fit timm backbone {backbone}: {problems}. Use a state_dict "
                                 "saved from that timm model (the full model or its features_only backbone).",
                                 code="weights_mismatch", file=path, backbone=repr(spec.backbone),
                                 problems=", ".join(problems)))
    backbone.load_state_dict(picked, strict=True)
    return info


def build_model(spec: ModelSpec) -> nn.Module:
    """Build HOAM/HOAMV2 from ``spec``; forward(images N,3,H,W) -> L2-normalised N,E embeddings."""
    spec = config.build(ModelSpec, config.to_dict(spec), "model")  # validates a hand-made spec too
    out_indices = _feature_indices(spec.backbone)
    backbone = timm.create_model(spec.backbone, features_only=True, out_indices=out_indices, pretrained=False)
    info = {"source": weights.NONE} if spec.pretrained == weights.NONE else _load_pretrained(backbone, spec)
    model = HOAM(backbone, spec.branch_channels, spec.attention_heads, spec.embedding_size,
                 v2=spec.architecture == "HOAMV2")
    model.backbone_weights = info  # where the backbone's starting weights came from (recorded with the run)
    if spec.pretrained != weights.NONE:
        model.freeze(spec.frozen_blocks)
    return model


def load_legacy_state_dict(model: nn.Module, state_dict: Mapping[str, torch.Tensor], source: str = "") -> None:
    """Load the older tool's plain state_dict into ``model`` strictly; ``source`` names the file in errors.

    Accepts the older tool's ``{"weights_only": state_dict}`` wrapper and DDP/compile prefixes.
    """
    where = f"{source}: " if source else ""
    if isinstance(state_dict.get("weights_only"), Mapping):
        state_dict = state_dict["weights_only"]
    state_dict = clean_state_dict(dict(state_dict))
    expected = model.state_dict()
    missing = [k for k in expected if k not in state_dict]
    unexpected = [k for k in state_dict if k not in expected]
    mismatched = [f"{k}: file {tuple(v.shape)}, model {tuple(expected[k].shape)}"
                  for k, v in state_dict.items() if k in expected and tuple(v.shape) != tuple(expected[k].shape)]
    if missing or unexpected or mismatched:
        problems = [f"{label} ({len(items)}): {', '.join(items[:4])}{', ...' if len(items) > 4 else ''}"
                    for label, items in (("missing keys", missing), ("unexpected keys", unexpected),
                                         ("shape differs", mismatched)) if items]
        raise WeightsError(f"{where}weights do not fit this model: {'; '.join(problems)}. The older tool's "
                           "models are HOAMV2 on efficientnetv2_rw_s with branch_channels 1280 and 8 attention "
                           "heads; set model.architecture, backbone, branch_channels and embedding_size to "
                           "match the file.")
    model.load_state_dict(state_dict, strict=True)
