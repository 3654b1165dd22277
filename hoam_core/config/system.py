"""The system config (``configs.yaml``): one frozen section per stage, and :func:`load_system_config`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from .files import config_file, merge, read_mapping
from .schema import build, spec


@dataclass(frozen=True)
class PathsConfig:
    runs_dir: str = spec("", help="where run folders go; empty: the per-user data folder")


@dataclass(frozen=True)
class DatabaseConfig:
    default_site: str = spec("embedded", help="site in database_configs.json used when none is given")
    chunk_size: int = spec(500, min=1, max=10000, help="image paths per query")
    day_tolerance: int = spec(1, min=0, max=7, help="days either side of the file's date")
    connect_timeout_s: int = spec(10, min=1, max=600)
    query_timeout_s: int = spec(120, min=1, max=3600)


@dataclass(frozen=True)
class IngestConfig:
    link_mode: str = spec("copy", choices=("auto", "copy", "hardlink"),
                          help="copy: raw_data/ holds its own copies; auto: hard links where the file system "
                               "allows, else copies (less disk, but raw_data/ and the input then share each file: "
                               "a photo edited in one is changed in the other)")
    verify_images: bool = spec(True, help="decode each image header and leave out unreadable ones")


@dataclass(frozen=True)
class OrientationConfig:
    samples_per_class: int = spec(3, min=1, max=50)
    seed: int = spec(0)


@dataclass(frozen=True)
class DatasetConfig:
    val_fraction: float = spec(0.2, min=0.05, max=0.9)  # the model is measured on val: it cannot be empty
    seed: int = spec(0)
    image_format: str = spec("png", choices=("png",), help="one lossless encoding for every orientation")


@dataclass(frozen=True)
class EvaluationConfig:
    threshold_rule: str = spec("max_far", choices=("max_far", "eer"),
                               help="max_far: lowest false rejects with false accepts <= max_far")
    max_far: float = spec(0.001, min=0.0, max=1.0, help="allowed false-accept rate (0.001 = 0.1%)")
    max_frr: float = spec(0.01, min=0.0, max=1.0, help="false-reject rate never exceeded to meet max_far: where "
                          "max_far needs more, the threshold keeps max_frr and the evaluation warns")
    golden_per_label: int = spec(5, min=1, max=100, help="most typical images kept per label")
    batch_size: int = spec(64, min=1, max=4096, help="images per batch when embedding")


@dataclass(frozen=True)
class SystemConfig:
    paths: PathsConfig = spec(default_factory=PathsConfig)
    database: DatabaseConfig = spec(default_factory=DatabaseConfig)
    ingest: IngestConfig = spec(default_factory=IngestConfig)
    orientation: OrientationConfig = spec(default_factory=OrientationConfig)
    dataset: DatasetConfig = spec(default_factory=DatasetConfig)
    evaluation: EvaluationConfig = spec(default_factory=EvaluationConfig)


def load_system_config(path: Path | None = None, overrides: Mapping[str, Any] | None = None) -> SystemConfig:
    path = Path(path) if path else config_file("configs.yaml")
    data = read_mapping(path) if path.exists() else {}
    system = build(SystemConfig, data, str(path))
    if not overrides:
        return system
    return build(SystemConfig, merge(data, overrides), f"{path} with the per-run overrides")
