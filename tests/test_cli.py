"""The command line: output shapes, exit codes, and no traceback on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.errors import ExitCode

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = Path(__file__).parent / "expected"
REALDATA = FIXTURES / "realdata" / "java-recordings"


def planner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )


def test_inventory_json_has_the_documented_counts(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inventory", str(FIXTURES / "sim"), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == ExitCode.OK
    assert list(out["counts"])[:7] == [
        "virtual_machines",
        "network_interfaces",
        "virtual_networks",
        "load_balancers",
        "availability_sets",
        "scale_sets",
        "skus",
    ]
    assert out["counts"]["virtual_machines"] >= 4
    assert isinstance(out["problems"], list)


def test_inventory_of_a_malformed_file_exits_with_the_input_code_naming_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "vms.json"
    bad.write_text('{"value": [\n  {"id": "x",\n  }\n]}\n')
    result = planner("inventory", str(bad))
    assert result.returncode == ExitCode.INPUT
    assert f"{bad}:3" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_inventory_of_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    result = planner("inventory", str(tmp_path / "nope"))
    assert result.returncode == ExitCode.INPUT
    assert "does not exist" in result.stdout + result.stderr


def test_unknown_command_and_bad_option_are_usage_errors() -> None:
    assert planner("frobnicate").returncode == ExitCode.USAGE
    assert planner("analyze").returncode == ExitCode.USAGE
    assert planner("analyze", "x", "--series", "all").returncode == ExitCode.USAGE


def test_snapshot_then_inventory_gives_the_same_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "snap.json"
    assert main(["snapshot", str(FIXTURES / "sim"), "--out", str(out)]) == ExitCode.OK
    capsys.readouterr()
    assert main(["inventory", str(FIXTURES / "sim"), "--json"]) == ExitCode.OK
    direct = json.loads(capsys.readouterr().out)["counts"]
    assert main(["inventory", str(out), "--json"]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["counts"] == direct


def test_snapshot_refuses_input_with_errors_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "a.json").write_text("{")
    out = tmp_path / "snap.json"
    assert main(["snapshot", str(bad), "--out", str(out)]) == ExitCode.INPUT
    assert not out.exists()


def test_analyze_json_is_the_documented_interface(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(FIXTURES / "sim"), "--json"]) == ExitCode.OK
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"vnets", "vms", "summary"}
    for v in out["vnets"]:
        assert set(v) >= {"id", "name", "encryption", "verdict", "blockers", "warnings"}
        assert v["encryption"] in ("enabled", "disabled")
        assert v["verdict"] in ("ready", "blocked", "excluded")
    for vm in out["vms"]:
        assert set(vm) >= {
            "id",
            "name",
            "vnet",
            "size",
            "power_state",
            "verdict",
            "actions",
            "target_size",
            "blockers",
            "warnings",
            "rejected",
        }
        assert vm["verdict"] in ("compliant", "needs-changes", "blocked", "excluded")
        assert set(vm["actions"]) <= {"resize", "enable-accelerated-networking", "restart"}


def test_analyze_with_a_bad_decisions_file_names_it(tmp_path: Path) -> None:
    d = tmp_path / "d.toml"
    d.write_text('series = "nope"\n')
    result = planner("analyze", str(FIXTURES / "sim"), "--decisions", str(d))
    assert result.returncode == ExitCode.INPUT
    assert str(d) in result.stderr


def test_demo_prints_inventory_and_analysis() -> None:
    result = planner("demo")
    assert result.returncode == ExitCode.OK, result.stderr
    assert "virtual machines" in result.stdout
    assert "VNets" in result.stdout and "Summary" in result.stdout
    assert "Plan with the default policy" in result.stdout and "waves: 6 (lower bound 6)" in result.stdout


def test_demo_write_produces_files_that_load_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--write", str(tmp_path / "estate")]) == ExitCode.OK
    capsys.readouterr()
    assert main(["inventory", str(tmp_path / "estate"), "--json"]) == ExitCode.OK
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert counts["virtual_machines"] == 300


def test_demo_estate_analysis_matches_the_reviewed_expected_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo's analysis is checked in; regenerate with PLANNER_UPDATE_EXPECTED=1 and review the diff."""
    estate = tmp_path / "estate"
    assert main(["demo", "--write", str(estate)]) == ExitCode.OK
    capsys.readouterr()
    assert main(["analyze", str(estate), "--json"]) == ExitCode.OK
    # The loader's notes name the files read: the estate's folder is a temporary one.
    actual = json.loads(capsys.readouterr().out.replace(str(estate), "<estate>"))
    expected_file = EXPECTED / "demo-analysis.json"
    if os.environ.get("PLANNER_UPDATE_EXPECTED") == "1":
        expected_file.parent.mkdir(exist_ok=True)
        expected_file.write_text(json.dumps(actual, indent=1) + "\n")
    assert actual == json.loads(expected_file.read_text())
