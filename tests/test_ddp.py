"""Distributed training (Lightning DDP) with 2 CPU processes over gloo, one tiny epoch.

Lightning's "ddp" strategy starts the other rank by running the launching script again,
so the training runs in a script of its own (a pytest process cannot be re-run that way).
"""
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hoam_core.training.bundle import load_bundle

from .test_training_data import CLASSES, make_dataset

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import json, os, sys
    from pathlib import Path
    import torch.distributed as dist
    from hoam_core.training.config import load_train_config
    from hoam_core.training.fit import train

    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    config = load_train_config(profile="cpu", overrides={
        "model": {"branch_channels": 32, "attention_heads": 4, "embedding_size": 16},
        "data": {"image_size": 32, "batch_size": 8, "m_per_class": 2},
        "optim": {"epochs": 1}, "trainer": {"accelerator": "cpu", "devices": 2, "strategy": "ddp"}})
    result = train(data, out, config)
    backend = dist.get_backend() if dist.is_initialized() else "none"
    rank = int(os.environ.get("LOCAL_RANK", 0))
    (out / f"rank{rank}.json").write_text(json.dumps({"backend": backend, "world": dist.get_world_size(),
                                                      "best_model": str(result.best_model)}))
""")


@pytest.mark.slow
def test_ddp_two_cpu_processes_train_and_write_a_bundle(tmp_path):
    data = make_dataset(tmp_path / "data", train=6)
    script = tmp_path / "ddp_train.py"
    script.write_text(SCRIPT)
    out = tmp_path / "model"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, str(script), str(data), str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    ranks = [json.loads((out / f"rank{r}.json").read_text()) for r in (0, 1)]
    assert all(r["backend"] == "gloo" and r["world"] == 2 for r in ranks)
    model, meta = load_bundle(out / "best_model.pt")
    assert meta["class_names"] == list(CLASSES)
    assert (out / "metrics.csv").read_text().count("\n") == 2  # header + one epoch, written once (rank 0)
