"""Train a HOAM model on a dataset folder: the Lightning Trainer, its callbacks and the outputs.

``train(dataset_dir, out_dir, config)`` writes into ``out_dir`` (a run's ``model/``):
``checkpoints/`` (``last.ckpt`` every epoch and the best one), ``train_config.yaml``,
``metrics.csv`` (one row per epoch), ``logs/`` (per-step values) and, only when
training ends well, ``best_model.pt`` (see :mod:`.bundle`). Cancel and failures raise;
the last checkpoint stays, so ``resume=True`` continues the run exactly.
"""
from __future__ import annotations

import csv
import io
import logging
import os
import pickle
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

import lightning as L
import torch
from lightning.pytorch.callbacks import Callback, EarlyStopping, ModelCheckpoint
from lightning.pytorch.loggers import CSVLogger
from lightning.pytorch.plugins.io import TorchCheckpointIO

from hoam_core import config as cfg
from hoam_core.config import ConfigError
from hoam_core.events import Reporter, coded
from hoam_core.layout import (BEST_MODEL, CHECKPOINTS, DECODE_CACHE, LAST_CHECKPOINT, METRICS, MODEL_CONFIG,
                              TRAINING_LOGS)
from hoam_core.models import pretrained
from hoam_core.runs import atomic_write_text

from .bundle import save_bundle
from .config import TrainConfig, load_train_config, save_train_config
from .data import HoamDataModule
from .module import HoamModule

STAGE = "train"
TERMS = ("arcface", "triplet", "center")


@dataclass(frozen=True)
class TrainResult:
    best_model: Path
    summary: dict[str, Any] = field(default_factory=dict)  # plain values, for the run's state file


def resolve_precision(config: TrainConfig) -> tuple[str, str]:
    """(accelerator, precision): 'auto' becomes bf16-mixed / 16-mixed on CUDA, 32-true on CPU."""
    t = config.trainer
    if t.accelerator == "gpu" and not torch.cuda.is_available():
        raise ConfigError(coded("trainer.accelerator is gpu, but no CUDA GPU is usable here (no NVIDIA GPU, driver or "
                                "CUDA build of PyTorch); use the cpu profile or trainer.accelerator: auto",
                                code="no_gpu"))
    on_gpu = t.accelerator == "gpu" or (t.accelerator == "auto" and torch.cuda.is_available())
    accelerator = "gpu" if on_gpu else "cpu"
    if t.precision != "auto":
        return accelerator, t.precision
    if not on_gpu:
        return accelerator, "32-true"
    return accelerator, "bf16-mixed" if torch.cuda.is_bf16_supported() else "16-mixed"


class AtomicCheckpointIO(TorchCheckpointIO):
    """Checkpoints written next to their final name and renamed: a kill never leaves half a last.ckpt."""

    def save_checkpoint(self, checkpoint: dict[str, Any], path: Any, storage_options: Any = None) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.partial")
        torch.save(checkpoint, tmp)
        os.replace(tmp, path)


class TrainingReporter(Callback):
    """Events for the GUI/CLI, ``metrics.csv``, and cancellation at every batch end.

    Per step (at most one per ``interval_s``): loss terms and lr. Per epoch: val metrics,
    epoch time and ETA, and a row of ``metrics.csv``. The rows are also kept in the
    checkpoint (``state_dict``), so a resumed run rewrites the file consistently.
    """

    def __init__(self, reporter: Reporter, metrics_csv: Path, interval_s: float):
        self.reporter, self.metrics_csv, self.interval_s = reporter, metrics_csv, interval_s
        self.rows: list[dict[str, Any]] = []
        self._last_event = float("-inf")
        self._epoch_start = time.monotonic()
        self._sums: dict[str, torch.Tensor] = {}
        self._batches = 0
        self._lr = 0.0

    def state_dict(self) -> dict[str, Any]:
        return {"rows": self.rows}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        self.rows = list(state_dict.get("rows", []))

    def on_train_epoch_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        self._epoch_start = time.monotonic()
        self._sums, self._batches = {}, 0

    def on_train_batch_end(self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any,
                           batch_idx: int) -> None:
        self.reporter.cancel.check()
        self._lr = outputs["lr"]
        values = {"loss": outputs["loss"].detach(), **outputs["terms"]}
        for k, v in values.items():
            self._sums[k] = self._sums.get(k, 0.0) + v
        self._batches += 1
        now = time.monotonic()
        if trainer.is_global_zero and now - self._last_event >= self.interval_s:
            self._last_event = now
            self.reporter.metrics(STAGE, step=trainer.global_step, epoch=trainer.current_epoch + 1,
                                  lr=self._lr, **{k: float(v) for k, v in values.items()})
            self.reporter.progress(STAGE, trainer.global_step / max(1, trainer.estimated_stepping_batches),
                                   "epoch {epoch}/{max_epochs}", code="training_epoch",
                                   epoch=trainer.current_epoch + 1, max_epochs=trainer.max_epochs)

    def on_validation_batch_end(self, trainer: L.Trainer, *args: Any, **kwargs: Any) -> None:
        self.reporter.cancel.check()

    def on_validation_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        # runs before ModelCheckpoint's on_validation_end: this epoch's row is in its checkpoint
        if trainer.sanity_checking:
            return
        epoch = trainer.current_epoch + 1
        row: dict[str, Any] = {"epoch": epoch}
        for k in ("loss", *TERMS):
            row[f"train_{k}"] = float(self._sums[k]) / self._batches if k in self._sums else ""
        for k in ("precision_at_1", "mean_average_precision_at_r"):
            row[k] = pl_module.val_metrics[k]
        row["lr"] = self._lr
        row["epoch_time_s"] = round(time.monotonic() - self._epoch_start, 3)
        self.rows.append(row)
        if not trainer.is_global_zero:
            return
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(row))
        writer.writeheader()
        writer.writerows(self.rows)
        atomic_write_text(self.metrics_csv, buf.getvalue())
        mean_time = sum(r["epoch_time_s"] for r in self.rows) / len(self.rows)
        self.reporter.metrics("val", epoch=epoch, precision_at_1=row["precision_at_1"],
                              mean_average_precision_at_r=row["mean_average_precision_at_r"],
                              epoch_time_s=row["epoch_time_s"],
                              eta_s=round(mean_time * max(0, trainer.max_epochs - epoch), 1))
        self.reporter.progress(STAGE, epoch / trainer.max_epochs, "epoch {epoch}/{max_epochs}",
                               code="training_epoch", epoch=epoch, max_epochs=trainer.max_epochs)


@contextmanager
def quiet_lightning() -> Iterator[None]:
    """No 'GPU available' banners or worker-count hints: the caller prints our own events."""
    loggers = [logging.getLogger(n) for n in ("lightning.pytorch", "lightning.fabric")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.WARNING)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*does not have many workers.*")
        warnings.filterwarnings("ignore", message=r".*is smaller than the logging interval.*")
        warnings.filterwarnings("ignore", message=r".*LeafSpec.*is deprecated.*")
        warnings.filterwarnings("ignore", message=r"Checkpoint directory .* exists and is not empty")
        warnings.filterwarnings("ignore", message=r"Found \d+ module\(s\) in eval mode")  # frozen_blocks, on purpose
        try:
            yield
        finally:
            for lg, level in zip(loggers, levels):
                lg.setLevel(level)


class _LateEarlyStopping(EarlyStopping):
    """Early stopping that starts watching after ``start`` epochs.

    The metric often dips after the warm-up before it climbs (the demo: 0.64, 0.26, ..., 0.81);
    counting patience from epoch 1 stopped such runs at their worst.
    """

    def __init__(self, start: int, **kwargs: Any):
        super().__init__(**kwargs)
        self.start = start

    def _run_early_stopping_check(self, trainer: L.Trainer) -> None:
        if trainer.current_epoch + 1 >= self.start:
            super()._run_early_stopping_check(trainer)


def build_trainer(config: TrainConfig, out_dir: Path, callbacks: list[Callback]) -> tuple[L.Trainer, ModelCheckpoint]:
    t, o = config.trainer, config.optim
    accelerator, precision = resolve_precision(config)
    monitor = f"val_{t.monitor}"
    best = ModelCheckpoint(dirpath=out_dir / CHECKPOINTS, filename="best-epoch{epoch:03d}",
                           auto_insert_metric_name=False, monitor=monitor, mode="max", save_top_k=1)
    # every epoch (ModelCheckpoint's own save_last only follows a new best)
    last = ModelCheckpoint(dirpath=out_dir / CHECKPOINTS, filename=Path(LAST_CHECKPOINT).stem,
                           enable_version_counter=False)
    callbacks = [best, last, *callbacks]
    if t.early_stopping_patience:
        callbacks.append(_LateEarlyStopping(max(o.warmup_epochs, o.epochs // 2), monitor=monitor, mode="max",
                                            patience=t.early_stopping_patience))
    trainer = L.Trainer(
        accelerator=accelerator, devices=t.devices, num_nodes=t.num_nodes, strategy=t.strategy,
        precision=precision, max_epochs=o.epochs, gradient_clip_val=o.grad_clip or None,
        callbacks=callbacks, logger=CSVLogger(out_dir, name=TRAINING_LOGS), log_every_n_steps=t.log_every_n_steps,
        plugins=[AtomicCheckpointIO()], default_root_dir=out_dir, num_sanity_val_steps=0,
        enable_progress_bar=False, enable_model_summary=False, use_distributed_sampler=False,
        benchmark=accelerator == "gpu")
    return trainer, best


def _check_resume(out_dir: Path, config: TrainConfig) -> Path:
    last = out_dir / CHECKPOINTS / LAST_CHECKPOINT
    if not last.is_file():
        raise ConfigError(coded("{folder}: nothing to resume (no {file}); start a new training",
                                code="nothing_to_resume", folder=out_dir, file=f"{CHECKPOINTS}/{LAST_CHECKPOINT}"))
    saved_path = out_dir / MODEL_CONFIG
    if saved_path.is_file():
        saved, given = cfg.to_dict(load_train_config(saved_path)), cfg.to_dict(config)
        differ = [f"{s}.{k}" for s in given if isinstance(given[s], dict)
                  for k in given[s] if given[s][k] != saved.get(s, {}).get(k)]
        if differ:
            raise ConfigError(coded("{file}: resuming needs the config the run started with; these differ: {keys}",
                                    code="resume_config_differs", file=saved_path, keys=", ".join(differ)))
    return last


def _check_resumed_classes(ckpt_path: Path, module: L.LightningModule, classes: Sequence[str]) -> None:
    """A checkpoint whose weights do not fit the classes of the dataset now (it changed, or an earlier version
    trained the NG folder as a class) cannot continue: said before Lightning fails on it."""
    saved = torch.load(ckpt_path, map_location="cpu", weights_only=True)["state_dict"]
    mine = module.state_dict()
    if any(name in mine and mine[name].shape != value.shape for name, value in saved.items()):
        raise ConfigError(coded("{file}: this training started on other classes than its dataset holds now "
                                "({classes}), so it cannot be resumed (a run of an earlier version of the app, or "
                                "a changed dataset); start a new run", code="resume_classes_differ",
                                file=ckpt_path, classes=", ".join(classes)))


def train(dataset_dir: Path, out_dir: Path, config: TrainConfig, reporter: Reporter | None = None, *,
          resume: bool = False) -> TrainResult:
    """Train on ``dataset_dir`` (train/ and val/ class folders) into ``out_dir``; see the module docstring."""
    reporter = reporter or Reporter()
    out_dir = Path(out_dir)
    if resume:
        ckpt_path: Path | None = _check_resume(out_dir, config)
    else:
        ckpt_path = None
        existing = [p for p in (out_dir / CHECKPOINTS / LAST_CHECKPOINT, out_dir / BEST_MODEL) if p.exists()]
        if existing:
            raise ConfigError(coded("{folder}: already holds a training ({file}); resume it or train into another "
                                    "folder", code="already_trained", folder=out_dir, file=existing[0].name))
    reporter.cancel.check()
    datamodule = HoamDataModule(dataset_dir, config.data, config.trainer.seed, out_dir / DECODE_CACHE,
                                pretrained.NORMALIZATION if config.model.pretrained == pretrained.PACKAGED else None)
    classes = datamodule.class_names
    n_train, n_val = (len(datamodule.index.files[s]) for s in ("train", "val"))
    L.seed_everything(config.trainer.seed, workers=True, verbose=False)
    with quiet_lightning():
        module = HoamModule(config, len(classes))
        events = TrainingReporter(reporter, out_dir / METRICS, config.trainer.step_event_interval_s)
        trainer, best = build_trainer(config, out_dir, [events])
        if trainer.is_global_zero and not resume:
            out_dir.mkdir(parents=True, exist_ok=True)
            save_train_config(config, out_dir / MODEL_CONFIG)
        accelerator, precision = resolve_precision(config)
        setup = {"architecture": config.model.architecture, "backbone": config.model.backbone,
                 "image_size": config.data.image_size, "train_images": n_train, "val_images": n_val,
                 "class_count": len(classes), "accelerator": accelerator, "precision": precision}
        reporter.stage(STAGE, "Training {architecture} on {backbone} ({image_size} px, {train_images} train / "
                              "{val_images} val images, {class_count} classes, {accelerator}, {precision})",
                       code="training_started", resumed=resume, classes=list(classes), **setup)
        start = time.monotonic()
        try:
            if ckpt_path is not None:
                _check_resumed_classes(ckpt_path, module, classes)
            trainer.fit(module, datamodule=datamodule, ckpt_path=ckpt_path, weights_only=True)
        except pickle.UnpicklingError:
            raise ConfigError(coded("{file}: refused: the checkpoint holds Python objects other than weights, which "
                                    "could run code when loaded; delete {folder} and train again",
                                    code="checkpoint_unsafe", file=ckpt_path, folder=out_dir)) from None
        finally:
            if trainer.is_global_zero:
                datamodule.remove_cache()
    if not best.best_model_path:
        raise RuntimeError(coded("training ended without a validated epoch: no best model to save",
                                 code="no_validated_epoch"))
    bundle_path = out_dir / BEST_MODEL
    checkpoint = torch.load(best.best_model_path, map_location="cpu", weights_only=True)
    best_epoch = int(checkpoint["epoch"]) + 1
    best_row = next((r for r in events.rows if r["epoch"] == best_epoch), {})
    val_metrics = {k: best_row.get(k) for k in ("precision_at_1", "mean_average_precision_at_r")}
    summary = {"best_epoch": best_epoch, **{f"best_{k}": v for k, v in val_metrics.items()},
               "epochs_run": trainer.current_epoch, "max_epochs": config.optim.epochs,
               "train_images": n_train, "val_images": n_val, "classes": list(classes),
               "train_time_s": round(time.monotonic() - start, 1), "accelerator": accelerator, "precision": precision,
               "backbone_weights": module.model.backbone_weights}
    if trainer.is_global_zero:
        module.load_state_dict(checkpoint["state_dict"])
        save_bundle(bundle_path, module.model, config.model, module.loss, image_size=config.data.image_size,
                    mean=datamodule.mean_std[0], std=datamodule.mean_std[1], class_names=classes,
                    extra={"loss_spec": cfg.to_dict(config.loss), "train_config": cfg.to_dict(config),
                           "best_epoch": best_epoch, "val_metrics": val_metrics,
                           "backbone_weights": module.model.backbone_weights})
        score = float(best.best_model_score)
        reporter.message("Best model: epoch {epoch}, val {monitor} {score:.4f} -> {path}",
                         stage=STAGE, code="best_model", epoch=best_epoch, monitor=config.trainer.monitor,
                         score=score, path=str(bundle_path))
    return TrainResult(bundle_path, summary)
