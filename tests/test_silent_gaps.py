"""Issue 10: inputs trimmed or edited the way real exports go wrong must never give a silent plan. Each case runs
the exact command a user would, on real recorded shapes (tests/fixtures), and checks its message and exit code."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from test_sequence import cluster

from planner import cli
from planner.errors import ExitCode
from planner.inventory.arm_json import load_path
from planner.session import Session

REAL = Path(__file__).parent / "fixtures" / "realdata"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def write_docs(folder: Path, docs: list[tuple[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, doc in docs:
        (folder / name).write_text(json.dumps(doc, indent=2))
    return folder


# --- 1. load balancers missing from the export -----------------------------------------------------------


def test_nics_in_a_pool_whose_load_balancer_is_missing_warn_block_the_vnet_and_keep_the_pool_budget(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    estate = write_docs(tmp_path / "estate", [d for d in cluster(3) if d[0] != "lb.json"])
    code, out, err = run(capsys, "analyze", estate, "--json")
    assert code == ExitCode.OK
    doc = json.loads(out)
    (vnet,) = doc["vnets"]
    assert vnet["verdict"] == "blocked"
    (blocker,) = vnet["blockers"]
    assert blocker["code"] == "lb-not-loaded" and blocker["resources"][0].endswith("/backend9630659432")
    assert any(n["code"] == "lb-not-loaded" and "lb746731" in n["message"] for n in doc["notes"])
    assert "lb-not-loaded" in err
    session = Session.load(estate)
    pools = [g for g in session.planner.groups.groups.values() if g.kind == "load-balancer-pool"]
    assert [(g.name, g.size) for g in pools] == [("lb746731/backend9630659432", 3)]


# --- 2. warnings reach every command that reads an inventory ---------------------------------------------


@pytest.mark.parametrize("command", ["analyze", "plan", "validate"])
def test_every_command_reading_an_inventory_summarises_the_loaders_warnings(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    estate = write_docs(tmp_path / "estate", [d for d in cluster(2) if d[0] != "lb.json"])
    plan = tmp_path / "plan.toml"
    assert run(capsys, "plan", estate, "--out", plan)[0] == ExitCode.OK
    commands: dict[str, list[str | Path]] = {
        "analyze": ["analyze", estate],
        "plan": ["plan", estate, "--out", tmp_path / "again.toml"],
        "validate": ["validate", plan, "--inventory", estate],
    }
    argv = commands[command]
    code, _, err = run(capsys, *argv)
    assert code == ExitCode.OK
    assert "warning(s) while loading: 1 lb-not-loaded" in err
    assert f"planner inventory {estate}" in err or "lb-not-loaded: NIC" in err


# --- 3. incomplete exports ---------------------------------------------------------------------------------


def test_a_page_with_a_next_link_is_refused_unless_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = json.loads((REAL / "java-recordings/nic-list-subscription-incl-unattached.json").read_text())
    page["nextLink"] = (
        "https://management.azure.com/subscriptions/x/providers/Microsoft.Network/networkInterfaces?$skiptoken=a"
    )
    estate = write_docs(tmp_path / "estate", [("nics.json", page)])
    code, _, err = run(capsys, "analyze", estate)
    assert code == ExitCode.INPUT and "incomplete-page" in err and "--allow-incomplete" in err
    code, _, _ = run(capsys, "analyze", estate, "--allow-incomplete")
    assert code == ExitCode.OK


def test_a_snapshot_inside_a_folder_is_refused_not_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    estate = write_docs(tmp_path / "estate", cluster(2))
    assert run(capsys, "snapshot", estate, "--out", tmp_path / "snap.json")[0] == ExitCode.OK
    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copy(tmp_path / "snap.json", folder / "snap.json")
    code, _, err = run(capsys, "analyze", folder)
    assert code == ExitCode.INPUT and "snapshot-in-folder" in err


# --- 4. several JSON documents in one file ------------------------------------------------------------------


def test_several_json_documents_in_one_file_load_as_one_stream(tmp_path: Path) -> None:
    docs = dict(cluster(2))
    batches = json.dumps([docs["vm-0.json"]]) + "\n" + json.dumps([docs["vm-1.json"]]) + "\n"
    (tmp_path / "vms.json").write_text(batches)
    inv = load_path(tmp_path / "vms.json")
    assert not inv.errors() and len(inv.vms) == 2


def test_text_after_the_json_document_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = dict(cluster(1))
    (tmp_path / "vm.json").write_text(json.dumps([docs["vm-0.json"]]) + "\nDone. 1 VM listed.\n")
    code, out, _ = run(capsys, "inventory", tmp_path / "vm.json")
    assert code == ExitCode.INPUT
    assert "extra-data" in out and "one JSON document per file" in out and "vm.json:2" in out


# --- 5. symlinked folders -----------------------------------------------------------------------------------


def test_symlinked_folders_are_followed_once_even_in_a_loop(tmp_path: Path) -> None:
    real = write_docs(tmp_path / "real", cluster(2))
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(real, root / "linked")
    os.symlink(root, real / "back-to-root")  # a loop
    inv = load_path(root)
    assert not inv.errors() and len(inv.vms) == 2


# --- 6. numbers ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("literal", "words"),
    [
        ("NaN", "NaN is not a number"),
        ("-Infinity", "Infinity is not a number"),
        ("1e400", "beyond any float"),
        ("9" * 5000, "more than 4,300 digits"),
    ],
)
def test_numbers_json_should_not_hold_are_bad_input_naming_file_line_and_field(
    literal: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = dict(cluster(1))
    text = json.dumps(docs["vm-0.json"], indent=2).replace(
        '"platformUpdateDomain": 0', f'"platformUpdateDomain": {literal}'
    )
    assert literal in text
    (tmp_path / "vm.json").write_text(text)
    code, out, _ = run(capsys, "inventory", tmp_path / "vm.json")
    assert code == ExitCode.INPUT
    assert "bad-number" in out and words in out and "vm.json:" in out
    if len(literal) < 100:
        assert "'platformUpdateDomain'" in out


def test_a_policy_integer_beyond_64_bits_is_bad_input_naming_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    estate = write_docs(tmp_path / "estate", cluster(1))
    policy = tmp_path / "policy.toml"
    policy.write_text(f"max_parallel = {2**70}\n")
    code, _, err = run(capsys, "plan", estate, "--out", tmp_path / "plan.toml", "--policy", policy)
    assert code == ExitCode.INPUT and "policy.toml: max_parallel" in err and "64-bit" in err
    policy.write_text(f"max_parallel = {'9' * 5000}\n")
    code, _, err = run(capsys, "plan", estate, "--out", tmp_path / "plan.toml", "--policy", policy)
    assert code == ExitCode.INPUT and "policy.toml" in err and "too large" in err


def test_a_slash_in_a_scale_set_name_is_bad_input_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ss = json.loads((Path(__file__).parent / "fixtures/sim/vmss-get.json").read_text())
    ss["id"] = ss["id"] + "/extra"
    estate = write_docs(tmp_path / "estate", [*cluster(1), ("vmss.json", ss)])
    code, _, err = run(capsys, "plan", estate, "--out", tmp_path / "plan.toml")
    assert code == ExitCode.INPUT and "bad-resource-id" in err and "internal error" not in err
