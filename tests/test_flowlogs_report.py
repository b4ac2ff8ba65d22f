"""The proof from flow logs: codes in words, the transient period from the journal, attribution (the
non-compliant end for NX_HW_NOT_SUPPORTED, the end outside the plan), external traffic, both views counted once,
denied rows apart, and the JSON shape."""

from __future__ import annotations

import json

from flowlog_helpers import MINUTE, T0, blob, both_views, inventory, ip, mac, plan_and_journal, record, tup

from planner.flowlogs.codes import MEANINGS, Code
from planner.flowlogs.flows import Window
from planner.flowlogs.parse import parse_blobs
from planner.flowlogs.report import build_report
from planner.flowlogs.report_json import report_to_json
from planner.flowlogs.source import Blob


def report_of(blobs: list[Blob], starts: dict[str, int | None] | None = None, transient: int = 10):  # type: ignore[no-untyped-def]
    plan, journal = plan_and_journal(starts) if starts is not None else (None, None)
    return build_report(parse_blobs(blobs), inventory(), plan, journal, Window(), transient)


def flagged(report) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.name: f.kind for f in report.flags}


def test_every_code_is_read_and_explained_in_words() -> None:
    rows = [tup(T0 + i, ip("vm-a"), ip("vm-b"), "O", "E", code) for i, code in enumerate(Code)]
    report = report_of([blob("b", record(mac("vm-a"), rows))])
    assert report.codes == {code.value: 1 for code in Code}
    assert report.meanings == {code.value: MEANINGS[code] for code in Code}
    assert "same host" in report.meanings["NX_LOCAL_DST"] and "transient" in report.meanings["NX_SW_NOT_READY"]
    [pair] = report.pairs
    assert (pair.a.name, pair.b.name, pair.rows, pair.encrypted_rows) == ("vm-a", "vm-b", 8, 1)
    assert pair.encrypted_share == 1 / 8


def test_a_migrated_vm_still_showing_nx_is_flagged() -> None:
    start = T0
    late = start + 30 * MINUTE
    blobs = both_views("vm-a", "vm-b", late, "NX") + both_views("vm-b", "vm-o", late, "X")
    report = report_of(blobs, {"vm-a": start, "vm-b": start})
    assert flagged(report) == {"vm-a": "migrated"}  # vm-b encrypts with vm-o: vm-a is the one that does not
    [flag] = report.failing
    assert flag.rows == 2 and flag.codes == {"NX": 2} and flag.peers == ["vm-b"]
    assert flag.reasons[0].startswith("migrated by the plan (started 2026-12-01T10:00:00.000Z), still 2 unencrypted")
    assert flag.reasons[1] == f"NX x2: {MEANINGS[Code.NX]}"


def test_nx_on_both_migrated_ends_without_other_evidence_flags_both() -> None:
    report = report_of(both_views("vm-a", "vm-b", T0 + 30 * MINUTE, "NX_FALLBACK"), {"vm-a": T0, "vm-b": T0})
    assert flagged(report) == {"vm-a": "migrated", "vm-b": "migrated"}


def test_hardware_not_supported_is_blamed_on_the_unsupported_vm() -> None:
    blobs = both_views("vm-a", "vm-u", T0 + 30 * MINUTE, "NX_HW_NOT_SUPPORTED")
    report = report_of(blobs, {"vm-a": T0})
    assert flagged(report) == {"vm-u": "candidate"}  # vm-a is compliant; vm-u is not (size, AN)
    assert report.failing == []
    reasons = report.flags[0].reasons
    assert "not compliant: size Standard_A4_v2 is not of a supported series (extended); NIC vm-u-nic has " \
        "Accelerated Networking off" in reasons
    both = report_of(blobs, {"vm-a": T0, "vm-u": T0})  # the plan cycled it but it is still unsupported
    assert flagged(both) == {"vm-u": "migrated"}


def test_a_vm_outside_the_plan_talking_unencrypted_to_a_migrated_one_is_a_candidate() -> None:
    report = report_of(both_views("vm-o", "vm-a", T0 + 30 * MINUTE, "NX"), {"vm-a": T0})
    assert flagged(report) == {"vm-o": "candidate"}
    assert report.flags[0].reasons[0].startswith("outside the plan: 2 unencrypted flow row(s) with migrated VMs")
    assert report.failing == []


def test_the_transient_period_counts_from_the_journals_start() -> None:
    start = T0 + 60 * MINUTE
    early = both_views("vm-a", "vm-b", start - 5 * MINUTE, "NX")  # before the start: not migrated yet
    settling = both_views("vm-a", "vm-b", start + 4 * MINUTE, "NX_SW_NOT_READY")
    report = report_of(early + settling, {"vm-a": start, "vm-b": start})
    assert report.flags == [] and report.totals["unencrypted_rows"] == 4
    after = both_views("vm-a", "vm-b", start + 11 * MINUTE, "NX_SW_NOT_READY")
    report = report_of(early + settling + after, {"vm-a": start, "vm-b": start})
    assert flagged(report) == {"vm-a": "migrated", "vm-b": "migrated"}
    assert report.totals["late_unencrypted_rows"] == 2
    longer = report_of(early + settling + after, {"vm-a": start, "vm-b": start}, transient=15)
    assert longer.flags == []
    # No start in the journal: from the window's start (here the first row, 5 minutes before the real start).
    unknown = report_of(early + settling + after, {"vm-a": None, "vm-b": None}, transient=15)
    assert flagged(unknown) == {"vm-a": "migrated", "vm-b": "migrated"}
    assert any("have no start in the journal" in w for w in unknown.warnings)


def test_local_destination_is_by_design_and_never_flagged() -> None:
    report = report_of(both_views("vm-a", "vm-b", T0 + 30 * MINUTE, "NX_LOCAL_DST"), {"vm-a": T0, "vm-b": T0})
    assert report.flags == [] and report.codes == {"NX_LOCAL_DST": 2}


def test_both_views_of_a_flow_count_once_and_denied_rows_apart() -> None:
    blobs = both_views("vm-a", "vm-b", T0, "X", states="BCE")
    denied = record(mac("vm-a"), [tup(T0, "198.51.100.7", ip("vm-a"), "I", "D", "NX")], "d")
    report = report_of([*blobs, blob("d", denied)], {"vm-a": None, "vm-b": None})
    pairs = {(p.a.name, p.b.name): p for p in report.pairs}
    ab = pairs[("vm-a", "vm-b")]
    assert (ab.flows, ab.rows, ab.bytes, ab.encrypted_share) == (1, 3, 4400, 1.0)
    ext = pairs[("vm-a", "external")]
    assert (ext.rows, ext.denied, ext.codes) == (0, 1, {})
    assert report.totals["denied_rows"] == 1 and report.totals["unencrypted_rows"] == 0


def test_external_traffic_is_reported_and_never_flagged() -> None:
    rows = [tup(T0 + 30 * MINUTE, ip("vm-a"), "52.239.184.180", "O", "E", "NX")]
    report = report_of([blob("e", record(mac("vm-a"), rows))], {"vm-a": T0})
    [pair] = report.pairs
    assert (pair.a.name, pair.b.name, pair.b.kind, pair.rows) == ("vm-a", "external", "external", 1)
    assert report.flags == []


def test_ipv6_and_mac_case_map_to_the_vms() -> None:
    rows = [tup(T0, "FD00:0:0::4", "fd00::5", "O", "E", "X")]
    report = report_of([blob("v6", record("00-22-48-00-00-0a", rows))])
    assert [(p.a.name, p.b.name) for p in report.pairs] == [("vm-a", "vm-b")]


def test_without_an_inventory_pairs_are_ip_pairs_and_nothing_is_judged() -> None:
    flows = parse_blobs(both_views("vm-a", "vm-b", T0, "NX"))
    report = build_report(flows, None, None, None, Window(), 10)
    assert report.basis == "ip pairs" and report.flags == []
    assert [(p.a.name, p.b.name, p.rows) for p in report.pairs] == [("10.0.0.4", "10.0.0.5", 2)]


def test_the_json_is_self_describing() -> None:
    report = report_of(both_views("vm-a", "vm-b", T0 + 30 * MINUTE, "NX"), {"vm-a": T0, "vm-b": T0})
    doc = json.loads(json.dumps(report_to_json(report)))
    assert doc["failing"] == 2 and doc["basis"] == "vm pairs" and doc["transient_minutes"] == 10
    assert doc["window"] == {
        "asked": "everything read",
        "since": None,
        "until": None,
        "covered_from": "2026-12-01T10:30:00.000Z",
        "covered_until": "2026-12-01T10:30:00.001Z",
    }
    assert doc["pairs"][0]["a"] == {"id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg/"
                                    "providers/microsoft.compute/virtualmachines/vm-a", "name": "vm-a", "kind": "vm"}
    assert doc["pairs"][0]["encrypted_share"] == 0.0 and doc["pairs"][0]["late_rows"] == 2
    assert doc["meanings"]["NX"] == MEANINGS[Code.NX]
    assert {f["name"] for f in doc["flags"]} == {"vm-a", "vm-b"}
    assert set(doc["totals"]) >= {"blobs", "records", "duplicate_records", "flow_rows", "denied_rows", "pairs"}
