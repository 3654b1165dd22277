"""The training configuration: one frozen dataclass per section, profiles by name.

``configs/train_configs.yaml`` holds named profiles (``cpu``, ``gpu``, ...) that list
what differs from the defaults below; ``load_train_config`` picks one, applies per-run
overrides and validates everything once. A run's ``train_config.yaml`` (one flat
config, no profiles) loads with the same function.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from hoam_core import config as cfg
from hoam_core.config import ConfigError, spec
from hoam_core.events import coded
from hoam_core.models.hoam import ModelSpec
from hoam_core.models.losses import LossSpec

MONITORS = ("precision_at_1", "mean_average_precision_at_r")


@dataclass(frozen=True)
class AugmentConfig:
    """Strengths of the training augmentations (photometric and small affine; never flips)."""

    brightness: float = spec(0.2, min=0.0, max=1.0)
    contrast: float = spec(0.2, min=0.0, max=1.0)
    saturation: float = spec(0.1, min=0.0, max=1.0)
    hue: float = spec(0.02, min=0.0, max=0.5)
    rotate_deg: float = spec(5.0, min=0.0, max=20.0, help="small tilts only: a quarter turn is another class")
    translate: float = spec(0.05, min=0.0, max=0.3, help="fraction of the image size")
    scale: float = spec(0.05, min=0.0, max=0.5, help="zoom range 1 +- scale")


def _divisors(n: int) -> list[int]:
    return [d for d in range(2, n + 1) if n % d == 0]


@dataclass(frozen=True)
class DataConfig:
    image_size: int = spec(128, min=32, max=1024, help="square side after letterboxing; a multiple of 32")
    batch_size: int = spec(32, min=2, max=4096, help="a multiple of m_per_class; batch_size / m_per_class classes "
                                                     "per batch")
    m_per_class: int = spec(8, min=2, max=1024, help="images of each class in a batch")
    cache: str = spec("auto", choices=("auto", "memory", "mmap"),
                      help="decoded images in memory, or in a memory-mapped file for large sets")
    num_workers: int = spec(0, min=0, max=64, help="data loader processes; always 0 on Windows and in the app")
    augment: AugmentConfig = spec(default_factory=AugmentConfig)

    def validate(self) -> None:
        if self.image_size % 32:
            raise ConfigError(coded("image_size {size} must be a multiple of 32 (the backbone's stride), e.g. "
                                    "{below} or {above}", code="cfg_image_size", size=self.image_size,
                                    below=self.image_size // 32 * 32 or 32, above=(self.image_size // 32 + 1) * 32))
        if self.batch_size % self.m_per_class:
            below = self.batch_size // self.m_per_class * self.m_per_class
            options = [b for b in (below, below + self.m_per_class) if b >= self.m_per_class]
            raise ConfigError(coded(
                "batch_size ({batch}) must be a multiple of m_per_class ({m}): use batch_size {sizes}, or "
                "m_per_class one of {ms}", code="cfg_batch_multiple", batch=self.batch_size, m=self.m_per_class,
                sizes=" or ".join(map(str, options)), ms=", ".join(map(str, _divisors(self.batch_size)))))


def check_batch_fits(data: DataConfig, num_classes: int) -> None:
    """A batch holds ``batch_size / m_per_class`` different classes: there must be that many."""
    per_batch = data.batch_size // data.m_per_class
    if per_batch <= num_classes:
        return
    sizes = [data.m_per_class * k for k in range(1, num_classes + 1)]
    ms = [d for d in _divisors(data.batch_size) if data.batch_size // d <= num_classes]
    raise ConfigError(coded(
        "data.batch_size {batch} with data.m_per_class {m} needs {per_batch} classes per batch, but the dataset has "
        "{classes}. With m_per_class {m} use batch_size {sizes}; with batch_size {batch} use m_per_class {ms}",
        code="batch_needs_classes", batch=data.batch_size, m=data.m_per_class, per_batch=per_batch,
        classes=num_classes, sizes=", ".join(map(str, sizes)), ms=", ".join(map(str, ms))))


@dataclass(frozen=True)
class OptimConfig:
    lr: float = spec(0.001, min=0.0, max=1.0, help="AdamW learning rate of the heads")
    backbone_lr_factor: float = spec(1.0, min=0.0, max=1.0, help="backbone lr = lr x this (lower it for "
                                                                   "pretrained backbones)")
    loss_lr: float = spec(0.01, min=0.0, max=1.0, help="learning rate of the loss parameters (class centres)")
    weight_decay: float = spec(0.0001, min=0.0, max=1.0)
    warmup_epochs: int = spec(1, min=0, max=100, help="linear warm-up, then cosine decay to 0 (per step)")
    epochs: int = spec(10, min=1, max=10000)
    grad_clip: float = spec(5.0, min=0.0, help="gradient norm limit; 0: no clipping")


@dataclass(frozen=True)
class TrainerConfig:
    accelerator: str = spec("auto", choices=("auto", "cpu", "gpu"), help="auto: the GPU when CUDA works")
    devices: int = spec(1, min=1, max=1024, help="GPUs (or CPU processes) per node")
    strategy: str = spec("auto", choices=("auto", "ddp", "ddp_spawn"), help="ddp for several GPUs or nodes")
    num_nodes: int = spec(1, min=1, max=1024)
    precision: str = spec("auto", choices=("auto", "32-true", "16-mixed", "bf16-mixed"),
                          help="auto: bf16-mixed on GPUs that support it, else 16-mixed; 32-true on CPU")
    seed: int = spec(0, min=0)
    early_stopping_patience: int = spec(5, min=0, help="epochs without a better monitored metric; 0: off")
    monitor: str = spec("precision_at_1", choices=MONITORS, help="val metric for the best model (higher is better)")
    log_every_n_steps: int = spec(10, min=1, help="rows of logs/*/metrics.csv")
    step_event_interval_s: float = spec(1.0, min=0.0, help="at most one training-step event per this many seconds")


@dataclass(frozen=True)
class TrainConfig:
    profile: str = spec("", help="the profile this config came from (informational)")
    model: ModelSpec = spec(default_factory=ModelSpec)
    loss: LossSpec = spec(default_factory=LossSpec)
    data: DataConfig = spec(default_factory=DataConfig)
    optim: OptimConfig = spec(default_factory=OptimConfig)
    trainer: TrainerConfig = spec(default_factory=TrainerConfig)


def load_train_config(path: Path | None = None, profile: str | None = None,
                      overrides: Mapping[str, Any] | None = None) -> TrainConfig:
    """The config of ``profile`` (default: the file's ``profile``) with ``overrides`` applied.

    ``path`` is a profiles file (``profile:`` and ``profiles:``) or one flat config such
    as a run's ``train_config.yaml``.
    """
    return cfg.build(TrainConfig, *cfg.train_settings(path, profile, overrides))


def save_train_config(config: TrainConfig, path: Path) -> None:
    """Write ``config`` as one flat YAML that :func:`load_train_config` reads back to the same value."""
    cfg.dump_yaml(cfg.to_dict(config), path)


def effective_num_workers(data: DataConfig) -> int:
    """Loader processes: none on Windows and in a frozen app (they would re-launch the program)."""
    if os.name == "nt" or getattr(sys, "frozen", False):
        return 0
    return data.num_workers
