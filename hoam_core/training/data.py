"""Training data: a dataset folder decoded once into a uint8 cache, augmented on tensors.

Input: ``train/`` and ``val/`` with one sub-folder per class (jpg/png/bmp), and, when the
pipeline wrote it, ``mean_std.json``. An ``NG/`` sub-folder is not trained: the network learns
which way a good part faces; whether a part is wrong or damaged is told by the part check on
features no run trains (``hoam_core.evaluation.partcheck``). Every image is decoded once,
letterboxed to a square of the training size (aspect kept, black padding) and stored as uint8
``N,3,S,S``, in memory or in a memory-mapped ``.npy`` file for large sets: epochs never decode
files again.
Augmentations (torchvision transforms v2) are photometric plus a small affine; never a
flip, which would turn Left into Right. Batches hold ``m_per_class`` images of each of
``batch_size / m_per_class`` classes. Each sample's augmentation is seeded from
(seed, epoch, position), so a resumed run sees exactly the batches it would have seen.
"""
from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import lightning as L
import numpy as np
import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset, Sampler
from torchvision.transforms import v2

from hoam_core.config import ConfigError
from hoam_core.data.images import load_rgb
from hoam_core.data.orientation import NG
from hoam_core.layout import MEAN_STD
from hoam_core.runs import atomic_write_json

from .config import AugmentConfig, DataConfig, check_batch_fits, effective_num_workers

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp"}
MEMORY_CACHE_LIMIT = 2 * 1024 ** 3  # bytes of decoded images kept in RAM by cache "auto"
SPLITS = ("train", "val")


@dataclass(frozen=True)
class DatasetIndex:
    """The files of a dataset folder: class names (sorted train sub-folders), files and labels per split."""

    root: Path
    class_names: tuple[str, ...]
    files: dict[str, list[Path]]
    labels: dict[str, np.ndarray]
    mean_std: tuple[tuple[float, ...], tuple[float, ...]] | None


def _images_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                  and not p.name.startswith("."))


def _read_mean_std(path: Path) -> tuple[tuple[float, ...], tuple[float, ...]] | None:
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        mean, std = tuple(float(v) for v in data["mean"]), tuple(float(v) for v in data["std"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: expected {{\"mean\": [r, g, b], \"std\": [r, g, b]}} ({exc}); "
                          "fix or delete it (it is then computed from the train images)") from None
    if len(mean) != 3 or len(std) != 3 or not all(s > 0 for s in std):
        raise ConfigError(f"{path}: mean and std need 3 values each (R, G, B) and std must be positive")
    return mean, std


def _class_folders(split: Path) -> list[str]:
    return sorted(p.name for p in split.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name != NG)


def scan_dataset(root: Path) -> DatasetIndex:
    """List a dataset folder; errors name the folder and what is wrong."""
    root = Path(root)
    if not root.is_dir():
        raise ConfigError(f"{root}: the dataset folder does not exist")
    for split in SPLITS:
        if not (root / split).is_dir():
            raise ConfigError(f"{root}: no {split}/ folder; a dataset folder has train/ and val/, each with "
                              "one sub-folder of images per class")
    classes = tuple(_class_folders(root / "train"))
    if len(classes) < 2:
        raise ConfigError(f"{root / 'train'}: needs at least 2 class sub-folders, found {len(classes)}")
    val_classes = _class_folders(root / "val")
    only_val = [c for c in val_classes if c not in classes]
    if only_val:
        raise ConfigError(f"{root / 'val'}: class(es) {', '.join(only_val)} are not in train/; every val class "
                          "needs training images (add them to train/ or remove the folder from val/)")
    files: dict[str, list[Path]] = {}
    labels: dict[str, np.ndarray] = {}
    for split in SPLITS:
        split_files, split_labels = [], []
        for label, name in enumerate(classes):
            found = _images_in(root / split / name) if (root / split / name).is_dir() else []
            if split == "train" and not found:
                raise ConfigError(f"{root / 'train' / name}: no images (jpg, png, bmp); add some or remove the folder")
            split_files += found
            split_labels += [label] * len(found)
        files[split] = split_files
        labels[split] = np.asarray(split_labels, dtype=np.int64)
    if len(files["val"]) < 2:
        raise ConfigError(f"{root / 'val'}: needs at least 2 images to measure retrieval, found {len(files['val'])}")
    return DatasetIndex(root, classes, files, labels, _read_mean_std(root / MEAN_STD))


def letterbox(img: Image.Image, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(``3,size,size`` uint8 with the image scaled to fit and centred on black, the scaled image ``h,w,3``)."""
    w, h = img.size
    scale = size / max(w, h)
    nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
    resized = np.asarray(img.convert("RGB").resize((nw, nh), Image.Resampling.BILINEAR))
    out = np.zeros((size, size, 3), dtype=np.uint8)
    top, left = (size - nh) // 2, (size - nw) // 2
    out[top:top + nh, left:left + nw] = resized
    return np.ascontiguousarray(out.transpose(2, 0, 1)), resized


def decode(path: Path, size: int) -> tuple[np.ndarray, np.ndarray]:
    """One image file -> (letterboxed ``3,S,S`` uint8, [sum, sum of squares, count] of its pixels in [0, 1])."""
    square, pixels = letterbox(load_rgb(path), size)
    px = pixels.reshape(-1, 3).astype(np.float64) / 255.0
    stats = np.concatenate([px.sum(0), (px * px).sum(0), [len(px)]])
    return square, stats


def decode_all(files: Sequence[Path], size: int, out: np.ndarray) -> np.ndarray:
    """Decode ``files`` into ``out`` (``N,3,S,S``) with a few threads; returns the summed pixel stats."""
    total = np.zeros(7)
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 1)) as pool:
        for i, (square, stats) in enumerate(pool.map(lambda p: decode(p, size), files)):
            out[i] = square
            total += stats
    return total


def mean_std_from_stats(total: np.ndarray) -> tuple[tuple[float, ...], tuple[float, ...]]:
    mean = total[:3] / total[6]
    std = np.sqrt(np.maximum(total[3:6] / total[6] - mean * mean, 1e-12))
    return tuple(map(float, mean)), tuple(map(float, std))


def cache_mode(data: DataConfig, num_images: int) -> str:
    if data.cache != "auto":
        return data.cache
    return "mmap" if num_images * 3 * data.image_size ** 2 > MEMORY_CACHE_LIMIT else "memory"


def train_transform(aug: AugmentConfig, mean: Sequence[float], std: Sequence[float]) -> v2.Compose:
    """uint8 ``3,S,S`` -> normalised float: small affine, colour jitter. No flips (Left would become Right)."""
    return v2.Compose([
        v2.RandomAffine(degrees=aug.rotate_deg, translate=(aug.translate, aug.translate),
                        scale=(1 - aug.scale, 1 + aug.scale)),
        v2.ColorJitter(brightness=aug.brightness, contrast=aug.contrast, saturation=aug.saturation, hue=aug.hue),
        v2.ToDtype(torch.float32, scale=True),
        v2.Normalize(list(mean), list(std)),
    ])


def eval_transform(mean: Sequence[float], std: Sequence[float]) -> v2.Compose:
    return v2.Compose([v2.ToDtype(torch.float32, scale=True), v2.Normalize(list(mean), list(std))])


class CachedImages(Dataset):
    """Images from the uint8 cache. Keys are indices, or ``(index, seed)`` for a seeded augmentation."""

    def __init__(self, images: np.ndarray, labels: np.ndarray, transform: v2.Compose):
        self.images, self.labels, self.transform = images, labels, transform

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, key: int | tuple[int, int]) -> tuple[torch.Tensor, int]:
        index, seed = key if isinstance(key, tuple) else (key, None)
        image = torch.from_numpy(np.array(self.images[index]))  # a copy: memmaps are read-only
        if seed is None:
            image = self.transform(image)
        else:
            with torch.random.fork_rng(devices=[]):
                torch.default_generator.manual_seed(seed)
                image = self.transform(image)
        return image, int(self.labels[index])


class MPerClassSampler(Sampler):
    """Keys ``(index, seed)`` in batches of ``m`` images from each of ``batch_size / m`` random classes.

    Like pytorch-metric-learning's MPerClassSampler, but seeded per epoch (``set_epoch``,
    called by Lightning), so an epoch is the same whether or not the run was resumed, and
    aware of distributed training: rank ``r`` of ``w`` gets every ``w``-th whole batch.
    An epoch has ``len(labels) // batch_size`` batches (at least one per rank).
    """

    def __init__(self, labels: np.ndarray, m: int, batch_size: int, seed: int, rank: int = 0, world_size: int = 1):
        self.by_class = [np.flatnonzero(labels == c) for c in np.unique(labels)]
        if batch_size % m or batch_size // m > len(self.by_class):
            raise ValueError(f"batch_size {batch_size} needs {batch_size // m} classes of {m}; "
                             f"there are {len(self.by_class)}")
        self.m, self.batch_size, self.seed = m, batch_size, seed
        self.rank, self.world_size = rank, world_size
        self.batches = max(1, len(labels) // batch_size // world_size)
        self.epoch = 0

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    def __len__(self) -> int:
        return self.batches * self.batch_size

    def __iter__(self) -> Iterator[tuple[int, int]]:
        rng = np.random.default_rng([self.seed, self.epoch])
        pools = [rng.permutation(ix) for ix in self.by_class]
        used = [0] * len(pools)
        indices = []
        for _ in range(self.batches * self.world_size):
            for c in rng.choice(len(pools), size=self.batch_size // self.m, replace=False):
                while used[c] + self.m > len(pools[c]):  # class exhausted: continue with a fresh shuffle
                    pools[c] = np.concatenate([pools[c][used[c]:], rng.permutation(self.by_class[c])])
                    used[c] = 0
                indices.append(pools[c][used[c]:used[c] + self.m])
                used[c] += self.m
        order = np.concatenate(indices).reshape(-1, self.batch_size)
        seeds = rng.integers(0, 2 ** 62, size=order.shape)
        mine = slice(self.rank, None, self.world_size)
        return iter([(int(i), int(s)) for i, s in zip(order[mine].ravel(), seeds[mine].ravel())])


class HoamDataModule(L.LightningDataModule):
    """Train/val loaders over a dataset folder. The folder is listed (and checked) at construction."""

    def __init__(self, dataset_dir: Path, data: DataConfig, seed: int, cache_dir: Path,
                 normalization: tuple[tuple[float, ...], tuple[float, ...]] | None = None):
        """``normalization``: the (mean, std) the network's weights expect; default: the dataset's own."""
        super().__init__()
        self.index = scan_dataset(dataset_dir)
        check_batch_fits(data, len(self.index.class_names))
        self.data, self.seed, self.cache_dir = data, seed, Path(cache_dir)
        self.mode = cache_mode(data, sum(len(f) for f in self.index.files.values()))
        self.images: dict[str, np.ndarray] = {}
        self.mean_std = normalization or self.index.mean_std

    @property
    def class_names(self) -> tuple[str, ...]:
        return self.index.class_names

    def _shape(self, split: str) -> tuple[int, ...]:
        return (len(self.index.files[split]), 3, self.data.image_size, self.data.image_size)

    def prepare_data(self) -> None:
        """mmap mode: decode into ``cache_dir/{split}.npy`` once per machine (Lightning runs this on local rank 0)."""
        if self.mode != "mmap":
            return
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        stats = {}
        for split in SPLITS:
            path = self.cache_dir / f"{split}.npy"
            tmp = path.with_name(f".{path.name}.partial")
            out = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.uint8, shape=self._shape(split))
            stats[split] = decode_all(self.index.files[split], self.data.image_size, out).tolist()
            out.flush()
            del out
            os.replace(tmp, path)
        atomic_write_json(self.cache_dir / "stats.json", stats)

    def setup(self, stage: str | None = None) -> None:
        if self.images:
            return
        if self.mode == "mmap":
            self.images = {s: np.load(self.cache_dir / f"{s}.npy", mmap_mode="r") for s in SPLITS}
            train_stats = np.asarray(json.loads((self.cache_dir / "stats.json").read_text())["train"])
        else:
            for split in SPLITS:
                self.images[split] = np.empty(self._shape(split), dtype=np.uint8)
                stats = decode_all(self.index.files[split], self.data.image_size, self.images[split])
                if split == "train":
                    train_stats = stats
        if self.mean_std is None:  # raw pixels in [0, 1] of the train images, pooled over all pixels
            self.mean_std = mean_std_from_stats(train_stats)

    def remove_cache(self) -> None:
        for name in (*(f"{s}.npy" for s in SPLITS), "stats.json"):
            (self.cache_dir / name).unlink(missing_ok=True)
        if self.cache_dir.is_dir() and not any(self.cache_dir.iterdir()):
            self.cache_dir.rmdir()

    def _loader(self, dataset: Dataset, **kwargs) -> DataLoader:
        on_cuda = self.trainer is not None and self.trainer.strategy.root_device.type == "cuda"
        return DataLoader(dataset, num_workers=effective_num_workers(self.data), pin_memory=on_cuda, **kwargs)

    def train_dataloader(self) -> DataLoader:
        mean, std = self.mean_std
        trainer = self.trainer
        sampler = MPerClassSampler(self.index.labels["train"], self.data.m_per_class, self.data.batch_size,
                                   self.seed, rank=trainer.global_rank if trainer else 0,
                                   world_size=trainer.world_size if trainer else 1)
        dataset = CachedImages(self.images["train"], self.index.labels["train"],
                               train_transform(self.data.augment, mean, std))
        return self._loader(dataset, batch_size=self.data.batch_size, sampler=sampler, drop_last=True)

    def val_dataloader(self) -> DataLoader:
        """The whole val split on every rank (retrieval metrics need all embeddings together)."""
        dataset = CachedImages(self.images["val"], self.index.labels["val"], eval_transform(*self.mean_std))
        return self._loader(dataset, batch_size=self.data.batch_size, shuffle=False)
