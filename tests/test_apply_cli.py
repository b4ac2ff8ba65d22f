"""The faces of execution: `planner apply` (validation, digest, confirmation, dry run, exit codes), `planner
rollback`, `planner verify`, `planner sim`; and the journal's own rules (torn last line, damage, another plan's
journal, no secret in it)."""

from __future__ import annotations

import base64
import copy
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SIM_TOKEN
from execute_helpers import executor, make_plan, writes

from planner.cli import main
from planner.errors import ExitCode
from planner.execute.journal import Journal, JournalError, read_journal
from planner.inventory import snapshot
from planner.inventory.arm_json import load_documents
from planner.sim.server import SimHandle

ROOT = Path(__file__).resolve().parent.parent


def apply_args(handle: SimHandle, plan: Path, *extra: str) -> list[str]:
    return ["apply", str(plan), "--arm-endpoint", handle.url, "--token-env", "SIM_TOKEN", "--poll-interval", "0.05",
            "--writes-per-second", "1000", *extra]


def assert_no_secret(journal: Path) -> None:
    """Neither the journal nor any continuation token in it (base64 JSON) carries the bearer token or a header
    other than the request id."""
    text = journal.read_text()
    assert SIM_TOKEN not in text
    tokens = [r["token"] for r in map(json.loads, text.splitlines()) if r.get("type") == "step-poller" and r.get("token")]
    assert tokens
    for token in tokens:
        decoded = base64.b64decode(token).decode()
        state = json.loads(decoded)["data"]
        assert SIM_TOKEN not in decoded and "authorization" not in decoded.lower()
        assert set(state["request"]["headers"]) <= {"x-ms-client-request-id"}


def test_apply_refuses_without_yes_off_a_terminal_and_writes_nothing(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, path = make_plan(small_estate_dir, tmp_path)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    code = main(apply_args(small_sim, path))
    assert code == ExitCode.USAGE and "--yes" in capsys.readouterr().err
    assert writes(small_sim) == {} and not path.with_name("plan.journal.jsonl").exists()


def test_apply_refuses_a_plan_other_than_the_approved_digest(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    code = main(apply_args(small_sim, path, "--yes", "--expect-digest", "sha256:" + "0" * 64))
    err = capsys.readouterr().err
    assert code == ExitCode.PLAN_INVALID and plan.digest in err and "approved" in err
    assert writes(small_sim) == {}


def test_apply_refuses_an_edited_plan(small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path) -> None:
    _, path = make_plan(small_estate_dir, tmp_path)
    path.write_text(path.read_text().replace('max_parallel = 50', 'max_parallel = 49'))
    assert main(apply_args(small_sim, path, "--yes")) == ExitCode.PLAN_INVALID
    assert writes(small_sim) == {}


def test_dry_run_reads_only_and_exits_4_on_drift(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    assert main(apply_args(small_sim, path, "--dry-run")) == ExitCode.OK
    clean = capsys.readouterr().out
    vnet = next(s.target for _, s in plan.steps() if s.op == "vnet.enable-encryption")
    body = copy.deepcopy(small_sim.store.get(vnet))
    assert body is not None
    body["etag"] = 'W/"changed-out-of-band"'
    small_sim.store.put(body)
    assert main(apply_args(small_sim, path, "--dry-run")) == ExitCode.DRIFT
    drifted = capsys.readouterr().out
    assert writes(small_sim) == {}  # not one PUT, PATCH, POST or DELETE
    assert "would-do" in clean and "in all: about" in clean
    assert "drift" in drifted and 'found W/"changed-out-of-band"' in drifted
    assert not path.with_name("plan.journal.jsonl").exists()


def test_apply_then_verify_then_rollback_through_the_cli(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    assert main(apply_args(small_sim, path, "--yes")) == ExitCode.OK
    out = capsys.readouterr().out
    assert "completed:" in out and "manual step(s) for the operator" in out
    journal = path.with_name("plan.journal.jsonl")
    assert_no_secret(journal)

    before = tmp_path / "before.json"
    snapshot.write(load_documents([(str(p), json.loads(p.read_text())) for p in sorted(small_estate_dir.glob("*.json"))]), before)
    assert main(["verify", str(before)]) == ExitCode.DRIFT  # the estate as it was: nothing provably encrypted
    live = ["verify", "--subscription", plan.meta.subscriptions[0], "--subscription", plan.meta.subscriptions[1],
            "--arm-endpoint", small_sim.url, "--token-env", "SIM_TOKEN", "--plan", str(path)]
    assert main(live) == ExitCode.OK
    assert "restarts proven from" in capsys.readouterr().out

    rollback = tmp_path / "rollback.toml"
    assert main(["rollback", str(journal), "--out", str(journal)]) == ExitCode.USAGE  # never over an input
    assert main(["rollback", str(journal), "--out", str(rollback)]) == ExitCode.OK
    assert main(["validate", str(rollback)]) == ExitCode.OK
    assert main(apply_args(small_sim, rollback, "--yes")) == ExitCode.OK
    assert main(live) == ExitCode.DRIFT  # encryption is off again


def test_a_journal_tolerates_a_torn_last_line_but_not_damage_before_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.journal.jsonl"
    records = [
        {"type": "run", "digest": "sha256:a", "plan": "plan.toml"},
        {"type": "step-started", "step": "s1", "wave": 1, "op": "vm.deallocate", "target": "/x", "before": {"power_state": "running"}},
        {"type": "step-finished", "step": "s1", "outcome": "done"},
    ]
    text = "".join(json.dumps(r) + "\n" for r in records)
    path.write_text(text + '{"type": "step-started", "step": "s2"')  # the process died while writing
    state = read_journal(path)
    assert state.torn_tail and state.steps["s1"].finished and "s2" not in state.steps
    journal = Journal.open(path, digest="sha256:a", plan_path=None)  # appending starts on a fresh line
    journal.close()
    assert read_journal(path).runs == 2
    path.write_text('{"type": "run"\n' + text)
    with pytest.raises(JournalError, match=":1: damaged journal line"):
        read_journal(path)
    path.write_text(text)
    with pytest.raises(JournalError, match="journal of another plan"):
        Journal.open(path, digest="sha256:b", plan_path=None)


def test_sim_serves_a_snapshot_and_says_how_to_use_it(small_estate_dir: Path, tmp_path: Path) -> None:
    snap = tmp_path / "estate.json"
    snapshot.write(load_documents([(str(p), json.loads(p.read_text())) for p in sorted(small_estate_dir.glob("*.json"))]), snap)
    env = {**os.environ, "SIM_TOKEN": SIM_TOKEN}
    proc = subprocess.Popen(
        [sys.executable, "-m", "planner", "sim", "--estate", str(snap), "--token-env", "SIM_TOKEN", "--tls-dir", str(tmp_path / "tls"),
         "--throttle-storm", "2", "--duration", "all=0.1"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        url = lines[0].split()[2]
        import requests

        deadline = time.monotonic() + 10
        while True:
            try:
                answer = requests.get(url + "/_sim/state", headers={"Authorization": f"Bearer {SIM_TOKEN}"}, verify=str(tmp_path / "tls" / "ca.pem"), timeout=5)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert lines[0].startswith("ARM simulator: https://127.0.0.1:") and "subscription(s)" in lines[0]
        assert lines[1].startswith("CA bundle:") and lines[2].strip() == "token:         $SIM_TOKEN"
        assert answer.status_code == 200 and len(answer.json()["vms"]) == 60
        vm = next(iter(answer.json()["vms"]))
        writes = [
            requests.post(url + vm + "/deallocate", params={"api-version": "2024-11-01"}, headers={"Authorization": f"Bearer {SIM_TOKEN}"},
                          verify=str(tmp_path / "tls" / "ca.pem"), timeout=5).status_code
            for _ in range(3)
        ]
        assert writes == [429, 429, 202]  # --throttle-storm 2
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_executor_events_say_where_each_step_stands(small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    seen: list[str] = []
    finished = executor(small_sim, plan, path, on_event=lambda e: seen.append(type(e).__name__)).run()
    steps = sum(len(w.steps) for w in plan.waves)
    assert finished.outcomes["done"] + finished.outcomes["manual"] == steps
    assert seen[0] == "RunStarted" and seen[-1] == "RunFinished"
    assert seen.count("StepStarted") == seen.count("StepFinished") == seen.count("Progress") == steps
    assert seen.count("WaveStarted") == seen.count("WaveFinished") == len(plan.waves)
