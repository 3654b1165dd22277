#!/usr/bin/env python3
"""Training throughput: the full HOAM LightningModule step next to the bare timm backbone.

    python benchmarks/bench_train_throughput.py [--profile cpu] [--backbone NAME] [--image-size 128]
                                                [--batch 40] [--steps 20] [--warmup 3]

Both measure forward + backward + optimizer step on random images of the same size and
batch, channels_last, with the profile's precision, and report the median step time:
- ours: HoamModule (HOAM/HOAMV2 + the configured loss, AdamW groups, schedule, gradient
  clipping) driven by a real Lightning Trainer, timed per batch by a callback;
- bare: ``timm.create_model(backbone, num_classes=C)`` (plain classifier head), cross
  entropy and AdamW in a plain PyTorch loop.
Prints images/s of each and the ratio (target: ours >= 0.9x bare), and on CUDA the peak
GPU memory.
"""
from __future__ import annotations

import argparse
import warnings
import statistics
import time
from contextlib import nullcontext

import lightning as L
import timm
import torch
from torch.utils.data import DataLoader, Dataset

from hoam_core.data.orientation import ORIENTATIONS
from hoam_core.training.config import load_train_config
from hoam_core.training.fit import quiet_lightning, resolve_precision
from hoam_core.training.module import HoamModule


class RandomBatches(Dataset):
    """``n`` ready-made batches (the loader passes them through): no data loading in the timing."""

    def __init__(self, n: int, batch: int, size: int, classes: int, m: int):
        g = torch.Generator().manual_seed(0)
        self.images = torch.randn(batch, 3, size, size, generator=g)
        self.labels = torch.arange(batch) // m % classes
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int):
        return self.images, self.labels


class StepTimer(L.Callback):
    def __init__(self) -> None:
        self.times: list[float] = []
        self._t0 = 0.0

    def _sync(self, module: L.LightningModule) -> None:
        if module.device.type == "cuda":
            torch.cuda.synchronize()

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx) -> None:
        self._sync(pl_module)
        self._t0 = time.perf_counter()

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx) -> None:
        self._sync(pl_module)
        self.times.append(time.perf_counter() - self._t0)


def bench_ours(config, steps: int, warmup: int, classes: int, accelerator: str, precision: str) -> list[float]:
    d = config.data
    module = HoamModule(config, classes)
    timer = StepTimer()
    loader = DataLoader(RandomBatches(steps + warmup, d.batch_size, d.image_size, classes, d.m_per_class),
                        batch_size=None)
    with quiet_lightning():
        trainer = L.Trainer(accelerator=accelerator, devices=1, precision=precision, max_steps=steps + warmup,
                            gradient_clip_val=config.optim.grad_clip or None, logger=False,
                            enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                            num_sanity_val_steps=0, limit_val_batches=0, callbacks=[timer])
        trainer.fit(module, train_dataloaders=loader)
    return timer.times[warmup:]


def bench_bare(config, steps: int, warmup: int, classes: int, accelerator: str, precision: str) -> list[float]:
    d = config.data
    device = torch.device("cuda" if accelerator == "gpu" else "cpu")
    model = timm.create_model(config.model.backbone, pretrained=False, num_classes=classes)
    model = model.to(device, memory_format=torch.channels_last).train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.optim.lr, weight_decay=config.optim.weight_decay)
    dtype = {"bf16-mixed": torch.bfloat16, "16-mixed": torch.float16}.get(precision)
    scaler = torch.amp.GradScaler(device.type, enabled=dtype == torch.float16)
    batch = RandomBatches(1, d.batch_size, d.image_size, classes, d.m_per_class)[0]
    images = batch[0].to(device).contiguous(memory_format=torch.channels_last)
    labels = batch[1].to(device)
    times = []
    for _ in range(steps + warmup):
        if device.type == "cuda":
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        optimizer.zero_grad(set_to_none=True)
        with torch.autocast(device.type, dtype=dtype) if dtype else nullcontext():
            loss = torch.nn.functional.cross_entropy(model(images), labels)
        scaler.scale(loss).backward()
        scaler.step(optimizer)
        scaler.update()
        if device.type == "cuda":
            torch.cuda.synchronize()
        times.append(time.perf_counter() - t0)
    return times[warmup:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--profile", default="cpu", help="training profile of configs/train_configs.yaml")
    ap.add_argument("--backbone")
    ap.add_argument("--image-size", type=int)
    ap.add_argument("--batch", type=int)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--classes", type=int, default=len(ORIENTATIONS), help="labels trained (the orientations)")
    args = ap.parse_args()
    warnings.filterwarnings("ignore", message=r".*but have no `val_dataloader`.*")
    overrides: dict = {"model": {}, "data": {}}
    if args.backbone:
        overrides["model"]["backbone"] = args.backbone
    if args.image_size:
        overrides["data"]["image_size"] = args.image_size
    if args.batch:
        overrides["data"]["batch_size"] = args.batch
    config = load_train_config(profile=args.profile, overrides=overrides)
    accelerator, precision = resolve_precision(config)
    d = config.data
    print(f"profile {config.profile}: {config.model.architecture} on {config.model.backbone}, {d.image_size} px, "
          f"batch {d.batch_size}, {accelerator}, {precision}, torch threads {torch.get_num_threads()}, "
          f"median of {args.steps} steps after {args.warmup} warm-up")
    results = {}
    for name, fn in (("bare timm", bench_bare), ("ours (HoamModule)", bench_ours)):
        if accelerator == "gpu":
            torch.cuda.reset_peak_memory_stats()
        times = fn(config, args.steps, args.warmup, args.classes, accelerator, precision)
        median = statistics.median(times)
        results[name] = d.batch_size / median
        extra = ""
        if accelerator == "gpu":
            extra = f", peak GPU memory {torch.cuda.max_memory_allocated() / 2 ** 30:.2f} GiB"
        print(f"{name:>18}: {median:.4f} s/step, {results[name]:.1f} images/s{extra}")
        if accelerator == "gpu":
            torch.cuda.empty_cache()
    ours, bare = results["ours (HoamModule)"], results["bare timm"]
    print(f"ratio ours/bare: {ours / bare:.2f}x (target >= 0.9x)")


if __name__ == "__main__":
    main()
