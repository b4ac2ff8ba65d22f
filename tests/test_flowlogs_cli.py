"""`planner verify --flow-logs`: alone (per IP pair), with an inventory (both reports, exit 4 while a VM expected
to encrypt still does not), --json, --since/--until, refusals with their exit codes; and the bench stage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flowlog_helpers import MINUTE, REAL, T0, both_views, inventory, write_logs

from planner.cli import main
from planner.errors import ExitCode
from planner.inventory import snapshot


def test_flow_logs_alone_report_per_ip_pair(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--flow-logs", str(REAL / "vnet-v4-docs-overview-2022-09-14.json")]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "Pairs (ip pairs; 9 in all)" in out
    assert "10.0.0.6" in out and "40.74.146.17" in out and "NX 6" in out
    assert "denied (D) rows: 9, not traffic" in out


def test_with_an_inventory_both_reports_and_exit_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inv_path = tmp_path / "estate.json"
    snapshot.write(inventory(), inv_path)
    # Without a plan, every VM in the encrypted VNet is expected to encrypt from the window's start (the first row).
    logs = write_logs(tmp_path, both_views("vm-a", "vm-o", T0, "X") + both_views("vm-a", "vm-b", T0 + 30 * MINUTE, "NX"))
    code = main(["verify", str(inv_path), "--flow-logs", str(logs)])
    out = capsys.readouterr().out
    assert code == ExitCode.DRIFT
    assert out.index("VMs and scale sets") < out.index("Flow logs: 4 file(s)")  # the verify report first
    assert "vm-b: MIGRATED, STILL UNENCRYPTED" in out and "vm-a: MIGRATED" not in out  # vm-a encrypts with vm-o
    assert "1 migrated VM(s) still show unencrypted traffic after the transient period: exit 4" in out

    assert main(["verify", str(inv_path), "--flow-logs", str(logs), "--json"]) == ExitCode.DRIFT
    doc = json.loads(capsys.readouterr().out)
    assert doc["flow_logs"]["failing"] == 1 and doc["verify"]["failing"] == len(doc["verify"]["checks"])

    # A window that ends before the NX rows: nothing unencrypted, but verify itself still fails (no journal).
    assert main(["verify", str(inv_path), "--flow-logs", str(logs), "--until", "2026-12-01T10:10:00Z", "--json"]) \
        == ExitCode.DRIFT
    doc = json.loads(capsys.readouterr().out)
    assert doc["flow_logs"]["failing"] == 0 and doc["flow_logs"]["totals"]["rows_outside_window"] == 4 and doc["flow_logs"]["totals"]["rows_read"] == 4
    assert doc["flow_logs"]["window"]["until"] == "2026-12-01T10:10:00.000Z"


def test_encrypted_traffic_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    logs = write_logs(tmp_path, both_views("vm-a", "vm-b", T0, "X"))
    assert main(["verify", "--flow-logs", str(logs), "--since", "2026-12-01T09:00:00"]) == ExitCode.OK
    assert "no migrated VM shows unencrypted traffic" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["--flow-logs", str(REAL / "nsg-v2-docs-overview-2018-11-13.json")], ExitCode.INPUT, "NSG flow log (version 2)"),
        (["--flow-logs", "/nonexistent/logs"], ExitCode.INPUT, "/nonexistent/logs: no such file or folder"),
        (["--flow-logs", str(REAL), "--since", "yesterday"], ExitCode.USAGE, "--since 'yesterday' is not an ISO-8601"),
        (["--flow-logs", str(REAL), "--since", "2026-12-02", "--until", "2026-12-01"], ExitCode.USAGE, "--since must be before"),
        (["--flow-logs", str(REAL), "--transient", "-1"], ExitCode.USAGE, "--transient must be 0 or more"),
        (["--flow-logs", str(REAL), "--plan", "p.toml"], ExitCode.USAGE, "need the INVENTORY"),
        (["x.json", "--since", "2026-12-01"], ExitCode.USAGE, "--since go(es) with --flow-logs"),
    ],
)
def test_refusals(argv: list[str], code: ExitCode, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", *argv]) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_the_bench_stage_measures_both_and_reports_the_ratio() -> None:
    from planner.bench_flowlogs import prepare

    counts = prepare(vms=200, hours=2)()
    assert counts["blobs"] == 200 * 2 + 8  # every 50th (VM, hour) also as an earlier download
    assert counts["duplicate_records"] == 8 * 3 and counts["rows"] > 0 and counts["pairs"] > 0
    assert counts["migrated_flagged"] == 0  # the generated plan starts its VMs from 06:00 on
    assert counts["ratio_x100"] > 90  # the processing reads and parses the same blobs, and more
