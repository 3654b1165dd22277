"""Training data and config: decode-once cache, letterbox, augmentations, m-per-class batches, profiles."""
import json
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw

from hoam_core.config import ConfigError, build
from hoam_core.training import data as tdata
from hoam_core.training.config import (AugmentConfig, DataConfig, check_batch_fits,
                                       effective_num_workers, load_train_config, save_train_config)
from hoam_core.training.data import HoamDataModule, MPerClassSampler, letterbox, scan_dataset, train_transform

CLASSES = ("Down", "Left", "Right", "Up")  # trained; the toy sets also hold an NG/ folder, never trained


def make_dataset(root: Path, train: int = 5, val: int = 2, size: tuple[int, int] = (48, 36),
                 mean_std: bool = False) -> Path:
    """A learnable toy set: each class has a yellow mark at its own place on dark noise (non-square)."""
    rng = np.random.default_rng(0)
    for ci, name in enumerate((*CLASSES, "NG")):
        for split, n in (("train", train), ("val", val)):
            folder = root / split / name
            folder.mkdir(parents=True, exist_ok=True)
            for i in range(n):
                img = Image.fromarray((rng.random((size[1], size[0], 3)) * 60).astype(np.uint8))
                ImageDraw.Draw(img).rectangle([ci * 8, 4, ci * 8 + 9, 16], fill=(255, 210, 0))
                img.save(folder / f"{name}_{i}.png")
    if mean_std:
        (root / "mean_std.json").write_text(json.dumps({"mean": [0.1, 0.2, 0.3], "std": [0.4, 0.5, 0.6]}))
    return root


def data_config(**kw) -> DataConfig:
    return build(DataConfig, {"image_size": 32, "batch_size": 8, "m_per_class": 2, **kw})


def test_letterbox_keeps_aspect_and_pads_black():
    img = Image.new("RGB", (64, 32), (200, 10, 10))
    square, content = letterbox(img, 32)
    assert square.shape == (3, 32, 32) and square.dtype == np.uint8
    assert content.shape == (16, 32, 3)  # 2:1 kept
    rows = np.flatnonzero(square[0].max(axis=1) > 0)
    assert (rows.min(), rows.max()) == (8, 23)  # centred, 8 black rows above and below
    assert square[:, :8].max() == 0 and square[:, 24:].max() == 0
    assert abs(int(square[0, 16, 16]) - 200) <= 1


def test_cache_decodes_every_file_once(tmp_path, monkeypatch):
    root = make_dataset(tmp_path / "d")
    calls = []
    real = tdata.decode
    monkeypatch.setattr(tdata, "decode", lambda path, size: calls.append(path) or real(path, size))
    dm = HoamDataModule(root, data_config(), seed=0, cache_dir=tmp_path / "cache")
    dm.setup("fit")
    assert len(calls) == 28 == len(set(calls))  # 4 classes x 7 photos: the NG/ folder is not decoded
    monkeypatch.setattr(tdata, "load_rgb", lambda p: pytest.fail(f"{p} opened again after the cache was built"))
    loader = dm.train_dataloader()
    for epoch in range(2):
        loader.sampler.set_epoch(epoch)
        batches = list(loader)
        assert len(batches) == 2 and batches[0][0].shape == (8, 3, 32, 32)
    assert sum(len(b[1]) for b in dm.val_dataloader()) == 8
    assert len(calls) == 28


def test_mmap_cache_matches_memory_and_is_removed(tmp_path):
    root = make_dataset(tmp_path / "d")
    mem = HoamDataModule(root, data_config(cache="memory"), seed=0, cache_dir=tmp_path / "c1")
    mem.setup()
    mm = HoamDataModule(root, data_config(cache="mmap"), seed=0, cache_dir=tmp_path / "c2")
    mm.prepare_data()
    mm.setup()
    assert isinstance(mm.images["train"], np.memmap)
    for split in ("train", "val"):
        assert np.array_equal(np.asarray(mm.images[split]), mem.images[split])
    assert np.allclose(mm.mean_std, mem.mean_std)
    del mm.images
    mm.remove_cache()
    assert not (tmp_path / "c2").exists()


def test_auto_cache_picks_mmap_for_large_sets(monkeypatch):
    assert tdata.cache_mode(data_config(), 1000) == "memory"
    monkeypatch.setattr(tdata, "MEMORY_CACHE_LIMIT", 1000 * 3 * 32 * 32 - 1)
    assert tdata.cache_mode(data_config(), 1000) == "mmap"


def test_mean_std_of_raw_train_pixels_without_padding(tmp_path):
    colours = [(0, 100, 200), (50, 100, 200), (150, 100, 200), (200, 100, 200)]
    for split in ("train", "val"):
        for name, colour in zip(CLASSES, colours):
            (tmp_path / split / name).mkdir(parents=True)
            for i in range(2):  # non-square: letterboxing pads, and the padding must not count
                Image.new("RGB", (40, 20), colour).save(tmp_path / split / name / f"{i}.png")
    dm = HoamDataModule(tmp_path, data_config(), seed=0, cache_dir=tmp_path / "c")
    dm.setup()
    mean, std = dm.mean_std
    reds = np.array([c[0] for c in colours]) / 255
    assert mean == pytest.approx((reds.mean(), 100 / 255, 200 / 255), abs=1e-4)
    assert std[0] == pytest.approx(reds.std(), abs=1e-4) and std[1] < 1e-3


def test_mean_std_json_of_the_pipeline_is_used(tmp_path):
    dm = HoamDataModule(make_dataset(tmp_path / "d", mean_std=True), data_config(), seed=0, cache_dir=tmp_path / "c")
    dm.setup()
    assert dm.mean_std == ((0.1, 0.2, 0.3), (0.4, 0.5, 0.6))


def test_augmentation_never_flips():
    aug = build(AugmentConfig, {"rotate_deg": 20.0, "translate": 0.1, "scale": 0.2, "brightness": 0.5})
    transform = train_transform(aug, (0.5, 0.5, 0.5), (0.25, 0.25, 0.25))
    assert not [t for t in transform.transforms if "Flip" in type(t).__name__]
    image = torch.zeros(3, 64, 64, dtype=torch.uint8)
    image[:, 24:40, 2:14] = 255  # a mark on the left: a flip would put it near column 56
    torch.manual_seed(0)
    for _ in range(40):
        out = transform(image)
        bright = out.mean(0)
        cols = torch.nonzero(bright > bright.mean() + bright.std())[:, 1].float()
        assert cols.mean() < 24, "the mark moved right: a flip?"


def test_seeded_augmentation_repeats(tmp_path):
    dm = HoamDataModule(make_dataset(tmp_path / "d"), data_config(), seed=0, cache_dir=tmp_path / "c")
    dm.setup()
    ds = dm.train_dataloader().dataset
    assert torch.equal(ds[(3, 7)][0], ds[(3, 7)][0])
    assert not torch.equal(ds[(3, 7)][0], ds[(3, 8)][0])


def test_sampler_gives_m_per_class_deterministic_per_epoch():
    labels = np.repeat(np.arange(5), [12, 9, 3, 20, 7])  # class 2 has fewer images than m
    sampler = MPerClassSampler(labels, m=4, batch_size=12, seed=1)
    epoch0 = list(sampler)
    assert len(epoch0) == len(sampler) == 48
    for start in range(0, len(epoch0), 12):
        batch = [labels[i] for i, _ in epoch0[start:start + 12]]
        counts = np.unique(batch, return_counts=True)[1]
        assert len(counts) == 3 and set(counts) == {4}
    assert list(sampler) == epoch0
    sampler.set_epoch(1)
    assert list(sampler) != epoch0
    ranks = [list(MPerClassSampler(labels, 4, 12, seed=1, rank=r, world_size=2)) for r in (0, 1)]
    assert len(ranks[0]) == len(ranks[1]) == 24 and not set(ranks[0]) & set(ranks[1])
    for keys in ranks:
        for start in range(0, 24, 12):
            assert set(np.unique([labels[i] for i, _ in keys[start:start + 12]], return_counts=True)[1]) == {4}


def test_batch_size_must_be_multiple_of_m():
    with pytest.raises(ConfigError, match=r"batch_size \(30\).*multiple of m_per_class \(8\).*24 or 32"):
        data_config(batch_size=30, m_per_class=8)


def test_impossible_batch_for_the_classes_says_what_works(tmp_path):
    with pytest.raises(ConfigError) as err:
        check_batch_fits(data_config(batch_size=48, m_per_class=8), num_classes=5)
    assert "needs 6 classes" in str(err.value)
    assert "batch_size 8, 16, 24, 32, 40" in str(err.value) and "m_per_class 12, 16, 24, 48" in str(err.value)
    root = make_dataset(tmp_path / "d")
    with pytest.raises(ConfigError, match="needs 6 classes per batch, but the dataset has 4"):
        HoamDataModule(root, data_config(batch_size=12, m_per_class=2), seed=0, cache_dir=tmp_path / "c")


def test_scan_dataset_checks_classes(tmp_path):
    root = make_dataset(tmp_path / "d")
    for f in (root / "val" / "Right").iterdir():  # a label missing from val is fine
        f.unlink()
    (root / "val" / "Right").rmdir()
    index = scan_dataset(root)
    assert index.class_names == CLASSES and len(index.files["val"]) == 6  # NG/ is not a class to train
    assert 2 not in set(index.labels["val"])
    assert not [f for split in ("train", "val") for f in index.files[split] if f.parent.name == "NG"]
    (root / "val" / "Sideways").mkdir()
    with pytest.raises(ConfigError, match="Sideways are not in train/"):
        scan_dataset(root)
    (tmp_path / "half" / "train" / "Up").mkdir(parents=True)
    with pytest.raises(ConfigError, match="half: no val/ folder"):
        scan_dataset(tmp_path / "half")
    with pytest.raises(ConfigError, match="nothing: the dataset folder does not exist"):
        scan_dataset(tmp_path / "nothing")


def test_profiles_load_and_overrides_apply():
    cpu = load_train_config()
    assert cpu.profile == "cpu" and cpu.trainer.accelerator == "cpu"
    assert isinstance(cpu.optim.lr, float) and isinstance(cpu.optim.weight_decay, float)
    gpu = load_train_config(profile="gpu")
    assert gpu.data.image_size == 256 and gpu.model.backbone == "tf_efficientnet_lite2"
    assert {p.model.pretrained for p in (cpu, gpu)} == {"imagenet"}
    assert load_train_config(profile="demo").profile == "demo"
    tuned = load_train_config(profile="cpu", overrides={"optim": {"epochs": 3}, "data": {"image_size": 64}})
    assert (tuned.optim.epochs, tuned.data.image_size, tuned.model) == (3, 64, cpu.model)
    with pytest.raises(ConfigError, match="unknown training profile 'tpu'; available: cpu, gpu"):
        load_train_config(profile="tpu")
    with pytest.raises(ConfigError, match="optim.lr: expected a number, got '1e-4'"):
        load_train_config(overrides={"optim": {"lr": "1e-4"}})


def test_saved_config_reads_back_the_same(tmp_path):
    config = load_train_config(profile="gpu", overrides={"optim": {"lr": 0.00001}})
    save_train_config(config, tmp_path / "train_config.yaml")
    assert load_train_config(tmp_path / "train_config.yaml") == config
    with pytest.raises(ConfigError, match="not profile 'cpu'"):
        load_train_config(tmp_path / "train_config.yaml", profile="cpu")


def test_no_worker_processes_in_a_frozen_app(monkeypatch):
    data = data_config(num_workers=4)
    assert effective_num_workers(data) == (0 if sys.platform == "win32" else 4)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert effective_num_workers(data) == 0
