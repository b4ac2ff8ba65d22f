"""The report of a generated day is the one the per-row parser made (its digest, taken before the columnar parser and
the worker processes came in), and worker processes give the serial reader's report exactly."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from planner.bench_flowlogs import _vms, inventory_for, plan_for, write_day
from planner.flowlogs import parallel
from planner.flowlogs.flows import Window
from planner.flowlogs.parse import Reader, parse_blobs
from planner.flowlogs.report import build_report
from planner.flowlogs.report_json import report_to_json
from planner.flowlogs.source import read_folder

# report_to_json of the day below, by the parser before issue 13's speed-ups (commit 80546e0)
PER_ROW_DIGEST = "2a0b4f72589b71f426786ad09f6ec4b60bda97346e5b966282a71ea041c52933"


def _digest(doc: object) -> str:
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("day")
    write_day(root, vms=200, hours=3)
    return root


def _report(day: Path, flows_of: str) -> dict[str, object]:
    vms = _vms(200, 13)  # the day's fleet, as write_day made it
    plan, journal = plan_for(vms)
    if flows_of == "serial":
        reader = Reader(Window())
        for blob in read_folder(day):
            reader.read(blob)
        flows = reader.flows
    else:
        flows = parse_blobs(read_folder(day))
    return report_to_json(build_report(flows, inventory_for(vms), plan, journal, None, 10))


def test_the_report_is_the_per_row_parsers(day: Path) -> None:
    assert _digest(_report(day, "serial")) == PER_ROW_DIGEST


def test_workers_give_the_serial_report(day: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_FILES", 1)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert parallel.parse_files(read_folder(day).paths, Window()) is not None
    assert _report(day, "parallel") == _report(day, "serial")


def test_a_file_of_another_nic_falls_back_to_the_serial_reader(day: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_FILES", 1)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    paths = read_folder(day).paths
    moved = tmp_path / "macAddress=000000000000" / "PT1H.json"
    moved.parent.mkdir()
    moved.write_bytes(paths[0].read_bytes())
    assert parallel.parse_files([*paths, moved], Window()) is None


def test_a_workers_refusal_names_the_first_bad_file(day: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_FILES", 1)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    bad = []
    for mac in ("00220000000A", "00220000000B"):
        path = tmp_path / f"macAddress={mac}" / "PT1H.json"
        path.parent.mkdir()
        path.write_bytes(b'{"records": [{"flowRecords": {}, "macAddress": "' + mac.encode() + b'"}]}')
        bad.append(path)
    with pytest.raises(Exception) as caught:
        parallel.parse_files(sorted([*read_folder(day).paths, *bad], key=lambda p: p.parts), Window())
    assert str(caught.value).startswith(f"{bad[0]}: record 1: flowRecords.flows is not a list")
