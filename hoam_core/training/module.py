"""The LightningModule: HOAM model + metric-learning loss, AdamW, warm-up/cosine, retrieval validation.

The networks (``hoam_core.models``) know nothing about training; this module owns the
loss, the optimiser groups (backbone at a lower rate, heads, loss parameters), the
schedule and the validation metrics (precision@1 and MAP@R over the whole val split,
leave-one-out, as pytorch-metric-learning's AccuracyCalculator computes them).
"""
from __future__ import annotations

import math
from typing import Any

import lightning as L
import torch
from pytorch_metric_learning.distances import CosineSimilarity
from pytorch_metric_learning.utils.accuracy_calculator import AccuracyCalculator
from pytorch_metric_learning.utils.inference import CustomKNN

from hoam_core import config as cfg
from hoam_core.models.hoam import build_model
from hoam_core.models.losses import build_loss

from .config import MONITORS, TrainConfig


class NonFiniteLossError(RuntimeError):
    """The loss became NaN or infinite; training stops and nothing is saved as the best model."""


def retrieval_metrics(embeddings: torch.Tensor, labels: torch.Tensor) -> dict[str, float]:
    """precision@1 and MAP@R of each embedding against all others (cosine similarity, leave-one-out)."""
    calculator = AccuracyCalculator(include=MONITORS, k="max_bin_count", device=torch.device("cpu"),
                                    knn_func=CustomKNN(CosineSimilarity()))
    return {k: float(v) for k, v in calculator.get_accuracy(embeddings.float().cpu(), labels.cpu()).items()}


def warmup_cosine(warmup_steps: int, total_steps: int):
    """lr factor per step: linear warm-up to 1, then cosine decay to 0 at ``total_steps``."""
    def factor(step: int) -> float:
        if step < warmup_steps:
            return (step + 1) / warmup_steps
        progress = min(1.0, (step - warmup_steps) / max(1, total_steps - warmup_steps))
        return 0.5 * (1.0 + math.cos(math.pi * progress))
    return factor


class HoamModule(L.LightningModule):
    """Trains ``model`` (embeddings) with ``loss``; logs each loss term, the lr and the val metrics."""

    def __init__(self, config: TrainConfig, num_classes: int):
        super().__init__()
        self.save_hyperparameters({"config": cfg.to_dict(config), "num_classes": num_classes})
        self.config = config
        self.model = build_model(config.model).to(memory_format=torch.channels_last)
        self.loss = build_loss(config.loss, num_classes, config.model.embedding_size)
        self._val_embeddings: list[torch.Tensor] = []
        self._val_labels: list[torch.Tensor] = []
        self.val_metrics: dict[str, float] = {}  # of the latest validation, full precision

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        return self.model(images.contiguous(memory_format=torch.channels_last))

    def training_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> dict[str, Any]:
        images, labels = batch
        loss, terms = self.loss(self(images), labels)
        if not torch.isfinite(loss):
            values = ", ".join(f"{k} {float(v.detach()):.4g}" for k, v in terms.items())
            raise NonFiniteLossError(
                f"training stopped: the loss became {float(loss.detach())} in epoch {self.current_epoch + 1}, "
                f"step {self.global_step + 1} (batch {batch_idx + 1} of the epoch; {values}). Nothing was saved "
                "as the best model. Lower optim.lr or optim.loss_lr, or set optim.grad_clip, and train again.")
        n = len(labels)
        self.log("train_loss", loss, on_step=True, on_epoch=True, batch_size=n)
        for name, value in terms.items():
            self.log(f"train_{name}", value, on_step=True, on_epoch=True, batch_size=n)
        lr = self.head_lr()  # the rate this step uses (the scheduler moves it after the step)
        self.log("lr", lr, on_step=True, on_epoch=False, batch_size=n)
        return {"loss": loss, "terms": {k: v.detach() for k, v in terms.items()}, "lr": lr}

    def on_train_epoch_start(self) -> None:
        # randomness inside the network (dropout, drop-path) restarts from a seed per epoch,
        # so a run resumed from an epoch's checkpoint continues exactly as it would have
        torch.manual_seed(self.config.trainer.seed * 100_003 + self.current_epoch)

    def validation_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> None:
        images, labels = batch
        self._val_embeddings.append(self(images).float().cpu())
        self._val_labels.append(labels.cpu())

    def on_validation_epoch_end(self) -> None:
        if not self._val_embeddings:
            return
        self.val_metrics = retrieval_metrics(torch.cat(self._val_embeddings), torch.cat(self._val_labels))
        self._val_embeddings.clear()
        self._val_labels.clear()
        # every rank embeds the whole val split: the values agree, the sync only averages equal numbers
        self.log_dict({f"val_{k}": v for k, v in self.val_metrics.items()}, sync_dist=True)

    def configure_optimizers(self) -> dict[str, Any]:
        o = self.config.optim
        backbone = list(self.model.backbone.parameters())
        in_backbone = {id(p) for p in backbone}
        groups = [{"name": "backbone", "params": backbone, "lr": o.lr * o.backbone_lr_factor},
                  {"name": "head", "params": [p for p in self.model.parameters() if id(p) not in in_backbone],
                   "lr": o.lr}]
        loss_params = list(self.loss.parameters())
        if loss_params:
            groups.append({"name": "loss", "params": loss_params, "lr": o.loss_lr, "weight_decay": 0.0})
        optimizer = torch.optim.AdamW(groups, lr=o.lr, weight_decay=o.weight_decay)
        total = int(self.trainer.estimated_stepping_batches)
        warmup = min(total, o.warmup_epochs * total // max(1, self.trainer.max_epochs))
        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, warmup_cosine(warmup, total))
        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "interval": "step"}}

    def head_lr(self) -> float:
        optimizer = self.optimizers(use_pl_optimizer=False)
        return float(next(g["lr"] for g in optimizer.param_groups if g["name"] == "head"))
