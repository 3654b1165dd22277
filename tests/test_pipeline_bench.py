"""End to end up to the dataset on the shared/bench transistor task (real photos, real databases)."""
import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from hoam_core.cli import main
from hoam_core.runs import RunState, TaskStore

from .aoi_fixtures import tree_digest

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_input.py"


@pytest.fixture(scope="session")
def bench_task(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "task"
    subprocess.run([sys.executable, str(BENCH), "--out", str(out)], check=True, capture_output=True)
    return out


def check_bench_run(run_dir: Path, task: Path) -> None:
    state = RunState(run_dir)
    assert state.stages_done == ["ingest", "orientation", "dataset"]
    ingest = state.data["summary"]["ingest"]
    assert ingest["classes"] == {"PWR-A_Q1_top": 53, "PWR-A_Q2_top": 53, "PWR-B_Q1_top": 53, "PWR-B_Q2_top": 53}
    assert ingest["ng"] == 20 and ingest["left_out"] == 0
    # every NG photo of the bench was taken after the last OK photo: the run says so, for the report
    [warning] = [w for w in state.data["summary"]["warnings"] if w["code"] == "ng_days_apart"]
    assert (warning["apart"], warning["ng"]) == (19, 20)
    with open(run_dir / "manifest.csv", newline="") as f:
        manifest = list(csv.DictReader(f))
    sources = {r["source"] for r in manifest}
    assert len(manifest) == 232 == len(sources)
    assert sources == set(tree_digest(task / "input"))
    with open(run_dir / "dataset" / "dataset.csv", newline="") as f:
        index = list(csv.DictReader(f))
    sides: dict = {}
    for r in index:
        sides.setdefault((r["source_class"], r["original"]), set()).add(r["split"])
    assert len(sides) == 232 and all(len(s) == 1 for s in sides.values()), "leak between train and val"
    labels = {r["label"] for r in index if r["split"] == "val"}
    assert labels == {"Up", "Down", "Left", "Right", "NG"}
    stats = json.loads((run_dir / "dataset" / "mean_std.json").read_text())
    assert all(0.1 < m < 0.6 for m in stats["mean"]) and all(0.05 < s < 0.35 for s in stats["std"])
    assert len(list((run_dir / "oriented_data").rglob("*.png"))) == 232 * 4


def test_bench_until_dataset_with_sqlite(bench_task, tmp_path, capsys):
    before = tree_digest(bench_task / "input")
    rc = main(["run", "--input", str(bench_task / "input"), "--site", "HPH", "--line", "V31",
               "--db", f"sqlite:///{bench_task / 'metadata.sqlite'}", "--orientations",
               str(bench_task / "orientations.yaml"), "--out", str(tmp_path / "runs"), "--until", "dataset"])
    assert rc == 0
    err = capsys.readouterr().err.splitlines()
    end = err.index("1 warning(s) in this run (also in state.json and results/summary_report.json):")
    assert err[end + 1].startswith("  [ingest] 19 of 20 NG photos were taken on days with no OK photo")
    (run_dir,) = (tmp_path / "runs").glob("training_*")
    check_bench_run(run_dir, bench_task)
    assert tree_digest(bench_task / "input") == before, "the input changed"
    assert [r["status"] for r in TaskStore(tmp_path / "runs").list()] == ["pending"]


def test_waiting_for_orientation_survives_a_restart(bench_task, tmp_path):
    args = ["--input", str(bench_task / "input"), "--site", "HPH", "--line", "V31",
            "--db", f"sqlite:///{bench_task / 'metadata.sqlite'}", "--out", str(tmp_path / "runs")]
    assert main(["run", *args, "--until", "dataset"]) == 3  # no answers: waits
    (run_dir,) = (tmp_path / "runs").glob("training_*")
    assert RunState(run_dir).status == "pending_orientation"
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("PWR-A_Q1_top: Up\n")
    assert main(["resume", str(run_dir), "--orientations", str(wrong), "--until", "dataset"]) == 1
    assert "no answer for 3 class(es)" in RunState(run_dir).data["message"]
    assert main(["resume", str(run_dir), "--orientations", str(bench_task / "orientations.yaml"),
                 "--until", "dataset"]) == 0
    check_bench_run(run_dir, bench_task)


@pytest.fixture(scope="module")
def bench_pg(bench_task, pg_server):
    """The bench's metadata.sql loaded into a fresh PostgreSQL database."""
    from .db_services import drop_database, new_database

    db = new_database(pg_server, with_table=False)
    engine = db.engine()
    with engine.begin() as conn:
        conn.exec_driver_sql((bench_task / "metadata.sql").read_text())
    engine.dispose()
    yield db
    drop_database(db)


@pytest.mark.postgres
def test_bench_until_dataset_with_postgres(bench_task, bench_pg, tmp_path, monkeypatch):
    server = bench_pg.server
    monkeypatch.setenv("HOAM_DB_PASSWORD", server.password)
    before = tree_digest(bench_task / "input")
    rc = main(["run", "--input", str(bench_task / "input"), "--site", "HPH", "--line", "V31",
               "--db", f"postgresql://{server.user}@{server.host}:{server.port}/{bench_pg.name}",
               "--orientations", str(bench_task / "orientations.yaml"), "--out", str(tmp_path / "runs"),
               "--until", "dataset"])
    assert rc == 0
    (run_dir,) = (tmp_path / "runs").glob("training_*")
    check_bench_run(run_dir, bench_task)
    assert tree_digest(bench_task / "input") == before
    assert server.password not in (run_dir / "state.json").read_text()


@pytest.mark.postgres
@pytest.mark.sshd
def test_bench_until_dataset_through_ssh_jump_host(bench_task, bench_pg, sshd_server, tmp_path, monkeypatch):
    server = bench_pg.server
    monkeypatch.setenv("HOAM_DB_PASSWORD", server.password)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # the jump host is new to this user
    sites = tmp_path / "database_configs.json"
    sites.write_text(json.dumps({"PLANT": {
        "engine": "postgresql", "host": server.host, "port": server.port, "database": bench_pg.name,
        "user": server.user, "ssh": {"host": sshd_server.host, "port": sshd_server.port,
                                     "user": sshd_server.user, "key_file": sshd_server.key_file}}}))
    rc = main(["run", "--input", str(bench_task / "input"), "--site", "HPH", "--line", "V31", "--db", "PLANT",
               "--db-config", str(sites), "--orientations", str(bench_task / "orientations.yaml"),
               "--out", str(tmp_path / "runs"), "--until", "dataset"])
    assert rc == 0
    (run_dir,) = (tmp_path / "runs").glob("training_*")
    check_bench_run(run_dir, bench_task)
    [key] = [w for w in RunState(run_dir).data["summary"]["warnings"] if w["code"] == "ssh_host_key_recorded"]
    assert key["host"] == f"{sshd_server.host}:{sshd_server.port}" and key["fingerprint"].startswith("SHA256:")
    assert "is trusted from now on" in key["text"] and (tmp_path / "config" / "HOAM Trainer" / "known_hosts").is_file()
