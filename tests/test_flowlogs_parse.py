"""Reading VNet flow logs: every real sample loads or is refused as documented; both counter forms, both time units,
IPv4 and IPv6; de-duplication of re-read blobs; the single-record, array and NDJSON forms; bad input named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from flowlog_helpers import MINUTE, REAL, T0, blob, ip, mac, record, tup

from planner.errors import InputError
from planner.flowlogs.documents import FlowLogError
from planner.flowlogs.flows import Window
from planner.flowlogs.parse import parse_blobs, tuple_problem
from planner.flowlogs.source import Blob, blob_paths, read_folder

# file -> (records, rows kept, flow rows (B/C/E), denied rows) for those that load
LOADS = {
    "vnet-v4-docs-flow-logs-read-single-record-2023-07-09.json": (1, 10, 0, 10),
    "vnet-v4-docs-overview-2022-09-14.json": (1, 19, 10, 9),
    "vnet-v4-elastic-pipeline-test-record.json": (1, 2, 2, 0),
    "vnet-v4-elastic-testdata-compact.json": (1, 19, 10, 9),
    "vnet-v4-jagilber-eastus2euap-2023-02-04.json": (1, 7, 1, 6),
}
REFUSED = {
    "nsg-v2-docs-overview-2018-11-13.json": "record 1 is an NSG flow log (version 2), which carries no encryption field",
    "nsg-v2-elastic-pipeline-test-record.json": "record 1 is an NSG flow log (version 2), which carries no encryption",
    "vnet-v4-sumologic-flattened-tuple-2025-01-21.json": "is a flattened per-tuple event (one tuple per object, as "
    "Sumo Logic stores them), not a flow-log blob",
}


def test_every_real_sample_is_covered() -> None:
    assert {p.name for p in REAL.glob("*.json")} == set(LOADS) | set(REFUSED)


@pytest.mark.parametrize("name", sorted(LOADS))
def test_real_vnet_flow_logs_load(name: str) -> None:
    flows = parse_blobs(read_folder(REAL / name))
    records, rows, flow_rows, denied = LOADS[name]
    assert (flows.records, flows.rows, flows.duplicates) == (records, rows, 0)
    assert sum(t.rows for t in flows.cells.values()) == flow_rows
    assert sum(flows.denied.values()) == denied
    assert all(k[4] == "NX" for k in flows.cells)  # every real sample is unencrypted


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_other_logs_are_refused_naming_the_file(name: str) -> None:
    with pytest.raises(FlowLogError) as caught:
        parse_blobs(read_folder(REAL / name))
    assert str(caught.value).startswith(f"{REAL / name}: ")
    assert REFUSED[name] in str(caught.value)
    assert caught.value.exit_code == 3


def test_the_docs_sample_sums_bytes_and_flows() -> None:
    flows = parse_blobs(read_folder(REAL / "vnet-v4-docs-overview-2022-09-14.json"))
    cell = flows.cells[("00224871C205", "10.0.0.6", "40.74.146.17", "O", "NX")]
    assert (cell.rows, cell.begun, cell.bytes) == (6, 3, 705 + 4569 + 705 + 4569 + 134 + 108)
    assert flows.first_ms == 1663145989563 and flows.last_ms == 1663146022793


def test_the_elastic_copy_is_the_docs_record_again() -> None:
    two = [REAL / "vnet-v4-docs-overview-2022-09-14.json", REAL / "vnet-v4-elastic-testdata-compact.json"]
    flows = parse_blobs(Blob(str(p), p.read_bytes()) for p in two)
    assert (flows.records, flows.duplicates, flows.rows) == (2, 1, 19)


def test_both_counter_forms_both_time_units_and_ipv6() -> None:
    rows = [
        tup(T0, ip("vm-a"), ip("vm-b"), "O", "B", "X", "0,0,0,0"),
        tup(T0 + 1, ip("vm-a"), ip("vm-b"), "O", "B", "X", ",,,"),
        tup(T0 // 1000 + 2, ip("vm-a"), ip("vm-b"), "O", "E", "X", "1,100,1,200"),  # seconds
        tup(T0 + 3, "fd00::4", "fd00::5", "O", "E", "NX", "2,10,2,20"),
        tup(T0 + 4, "203.0.113.9", ip("vm-a"), "I", "D", "NX", ",,,"),
    ]
    flows = parse_blobs([blob("b.json", record(mac("vm-a"), rows))])
    v4 = flows.cells[(mac("vm-a"), ip("vm-a"), ip("vm-b"), "O", "X")]
    assert (v4.rows, v4.begun, v4.bytes) == (3, 2, 300)
    v6 = flows.cells[(mac("vm-a"), "fd00::4", "fd00::5", "O", "NX")]
    assert (v6.rows, v6.bytes, list(v6.times)) == (1, 30, [T0 + 3])
    assert flows.denied == {(mac("vm-a"), "203.0.113.9", ip("vm-a"), "I"): 1}
    assert flows.seconds_timestamps == 1 and flows.first_ms == T0 and flows.last_ms == T0 + 2000


def test_a_growing_blob_read_twice_and_two_copies_are_counted_once() -> None:
    r1 = record(mac("vm-a"), [tup(T0, ip("vm-a"), ip("vm-b"), "O", "B", "X")], "2026-12-01T10:00:52Z")
    r2 = record(mac("vm-a"), [tup(T0 + MINUTE, ip("vm-a"), ip("vm-b"), "O", "E", "X")], "2026-12-01T10:01:52Z")
    early, late = blob("early/PT1H.json", r1), blob("late/PT1H.json", r1, r2)
    flows = parse_blobs([early, late, late])
    assert (flows.records, flows.duplicates, flows.rows) == (5, 3, 2)
    assert flows.cells[(mac("vm-a"), ip("vm-a"), ip("vm-b"), "O", "X")].rows == 2


def test_single_record_array_and_ndjson_forms(tmp_path: Path) -> None:
    rec = record("00-22-48-00-00-0a", [tup(T0, ip("vm-a"), ip("vm-b"), "O", "B", "X")])
    other = record(mac("vm-a"), [tup(T0 + 5, ip("vm-a"), ip("vm-b"), "O", "E", "X")], "later")
    (tmp_path / "single.json").write_text(json.dumps(rec, indent=4))
    (tmp_path / "array.json").write_text(json.dumps([rec, other]))
    (tmp_path / "lines.jsonl").write_text(json.dumps(rec) + "\n\n" + json.dumps({"records": [other]}) + "\n")
    for name in ("single.json", "array.json", "lines.jsonl"):
        flows = parse_blobs(read_folder(tmp_path / name))
        assert list(flows.macs) == [mac("vm-a")]  # separators dropped, upper case
    flows = parse_blobs(read_folder(tmp_path))
    assert (flows.records, flows.duplicates, flows.rows) == (5, 3, 2)


def test_a_malformed_tuple_is_named_with_its_file_record_and_position() -> None:
    bad = tup(T0, ip("vm-a"), ip("vm-b"), "O", "E", "X", "3,seven,2,1500")
    rows = [tup(T0, ip("vm-a"), ip("vm-b"), "O", "B", "X"), bad]
    with pytest.raises(FlowLogError, match=r"^f\.json: record 2, tuple 2 \('.*seven.*'\): counter 2 'seven' is not a number$"):
        parse_blobs([blob("f.json", record(mac("vm-a"), []), record(mac("vm-a"), rows))])
    nsg_tuple = "1542110379,10.5.16.4,203.0.113.117,59932,443,T,O,A,E,1,66,1,66"
    with pytest.raises(FlowLogError, match=r"tuple 1 .*flow state 'A' is not B, C, E or D"):
        parse_blobs([blob("g.json", record(mac("vm-a"), [nsg_tuple]))])
    with pytest.raises(FlowLogError, match=r"tuple 1 .*12 fields, a version 4 tuple has 13"):
        parse_blobs([blob("h.json", record(mac("vm-a"), [nsg_tuple.rsplit(",", 1)[0]]))])
    assert tuple_problem(tup(T0, "a", "b", "X", "B", "X")) == "direction 'X' is not I or O"
    assert tuple_problem(tup(T0, "a", "b", "O", "E", "X", "1,2,,")) == "counters half empty"
    assert tuple_problem(tup(T0, "a", "b", "O", "E", "X")) is None


def test_bad_json_names_the_file_and_line() -> None:
    with pytest.raises(FlowLogError, match=r"^x\.json: not JSON \(Expecting"):
        parse_blobs([Blob("x.json", b"{not json")])
    good = json.dumps(record(mac("vm-a"), [tup(T0, ip("vm-a"), ip("vm-b"), "O", "B", "X")]))
    with pytest.raises(FlowLogError, match=r"^y\.log: line 3: not JSON"):
        parse_blobs([Blob("y.log", f"{good}\n{good}\n{{oops\n".encode())])
    with pytest.raises(FlowLogError, match=r"^z\.json: record 1: no macAddress"):
        parse_blobs([Blob("z.json", json.dumps({"records": [{"flowRecords": {"flows": []}}]}).encode())])
    with pytest.raises(FlowLogError, match=r"^w\.json: the file is a string, not a flow-log blob"):
        parse_blobs([Blob("w.json", b'"text"')])
    with pytest.raises(FlowLogError, match=r"record 1 is a flow log of version 3; only version 4 is read"):
        parse_blobs([Blob("v.json", json.dumps({"records": [{"flowLogVersion": 3}]}).encode())])


def test_the_window_cuts_rows() -> None:
    rows = [tup(T0 + i * MINUTE, ip("vm-a"), ip("vm-b"), "O", "C", "X") for i in range(10)]
    flows = parse_blobs([blob("b", record(mac("vm-a"), rows))], window=Window(T0 + 2 * MINUTE, T0 + 5 * MINUTE))
    assert (flows.rows, flows.outside) == (3, 7)
    assert (flows.first_ms, flows.last_ms) == (T0 + 2 * MINUTE, T0 + 4 * MINUTE)
    empty = parse_blobs([blob("b", record(mac("vm-a"), rows))], window=Window(T0 + 60 * MINUTE, None))
    assert (empty.rows, empty.outside, empty.cells) == (0, 10, {})


def test_folders_are_walked_recursively_in_a_fixed_order(tmp_path: Path) -> None:
    base = tmp_path / "flowLogResourceID=" / "SUB" / "y=2026" / "m=12" / "d=01"
    for hour in ("h=10", "h=09"):
        folder = base / hour / "m=00" / "macAddress=00224800000A"
        folder.mkdir(parents=True)
        (folder / "PT1H.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("not a log")
    shutil.copy(REAL / "vnet-v4-elastic-pipeline-test-record.json", tmp_path / "sample.log")
    names = [p.relative_to(tmp_path).as_posix() for p in blob_paths(tmp_path)]
    assert names == [
        "flowLogResourceID=/SUB/y=2026/m=12/d=01/h=09/m=00/macAddress=00224800000A/PT1H.json",
        "flowLogResourceID=/SUB/y=2026/m=12/d=01/h=10/m=00/macAddress=00224800000A/PT1H.json",
        "sample.log",
    ]
    with pytest.raises(InputError, match="no such file or folder"):
        blob_paths(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no flow-log files in it"):
        blob_paths(tmp_path / "empty")
