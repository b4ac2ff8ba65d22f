"""Flow-log blobs -> a `FlowSet`: records de-duplicated, tuples parsed, cut to a window and summed per cell.

A blob keeps growing through its hour and stays valid JSON, so a blob downloaded twice holds its old records again,
and two downloaded copies of one blob share records: a record is known by (MAC, time, tuple count, first tuple) and
read once. A tuple is 13 comma-separated fields: time (epoch milliseconds; seconds accepted), source IP, destination
IP, source port, destination port, protocol, direction (I/O), state (B/C/E/D), encryption, then packets and bytes
source-to-destination and destination-to-source (`0,0,0,0` or empty on B and D rows).

The sum over tuples is the hot path (a day of 1,000 NICs is millions of tuples): `planner.flowlogs.columns` sums a
blob's new tuples column by column; a malformed tuple falls out of it as ValueError and is then located, tuple by
tuple, by the slow path here.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from typing import Any

from planner.flowlogs.codes import DIRECTIONS
from planner.flowlogs.columns import add_tuples
from planner.flowlogs.documents import FlowLogError, Record, records_of
from planner.flowlogs.flows import FlowSet, Window
from planner.flowlogs.source import Blob, BlobFiles
from planner.gcpause import collector_paused


def parse_blobs(blobs: Iterable[Blob], *, window: Window | None = None) -> FlowSet:
    """Every record of every blob, read once, its tuples inside `window` summed into cells (FlowLogError naming the
    blob, record and tuple for anything unreadable). Many files of a folder are read by worker processes
    (`planner.flowlogs.parallel`), with the same result."""
    window = window or Window()
    with collector_paused():
        if isinstance(blobs, BlobFiles):
            from planner.flowlogs.parallel import parse_files  # here: parallel imports this module

            flows = parse_files(blobs.paths, window)
            if flows is not None:
                return flows
        reader = Reader(window)
        for blob in blobs:
            reader.read(blob)
        return reader.flows


class Reader:
    """Blobs read one by one into one FlowSet, each record once."""

    def __init__(self, window: Window) -> None:
        self.flows = FlowSet(window=window)
        self.seen: set[tuple[str, str, int, str]] = set()
        self.macs_read: set[str] = set()  # the MACs of the records read (new or not)

    def read(self, blob: Blob) -> None:
        flows, seen = self.flows, self.seen
        flows.blobs += 1
        # A blob is one NIC's: its new records' tuples are summed in one go (per MAC, should a file mix NICs).
        pending: dict[str, list[tuple[str, list[str]]]] = {}
        for where, rec in records_of(blob.name, blob.data):
            flows.records += 1
            mac, tuples = _record(blob.name, where, rec)
            self.macs_read.add(mac)
            if not tuples:
                continue
            ident = (mac, str(rec.get("time", "")), len(tuples), tuples[0])
            if ident in seen:
                flows.duplicates += 1
                continue
            seen.add(ident)
            if mac not in flows.macs:
                target = rec.get("targetResourceID")
                flows.macs[mac] = target if isinstance(target, str) else ""
            pending.setdefault(mac, []).append((where, tuples))
        for mac, parts in pending.items():
            tuples = parts[0][1] if len(parts) == 1 else list(chain.from_iterable(part for _, part in parts))
            try:
                add_tuples(flows, mac, tuples)
            except (ValueError, IndexError):
                for where, part in parts:
                    _locate(blob.name, where, part)
                raise  # _locate found nothing wrong: a bug, not bad input


def _record(name: str, where: str, rec: Record) -> tuple[str, list[str]]:
    """The record's MAC (upper case, no separators) and all its tuples, shape-checked."""
    mac = rec.get("macAddress")
    if not isinstance(mac, str) or not mac:
        raise FlowLogError(f"{name}: {where}: no macAddress")
    mac = mac.replace("-", "").replace(":", "").upper()
    body = rec.get("flowRecords")
    flows = body.get("flows") if isinstance(body, dict) else None
    if not isinstance(flows, list):
        raise FlowLogError(f"{name}: {where}: flowRecords.flows is not a list")
    tuples: list[str] = []
    for i, flow in enumerate(flows):
        groups = flow.get("flowGroups") if isinstance(flow, dict) else None
        if not isinstance(groups, list):
            raise FlowLogError(f"{name}: {where}: flows[{i}].flowGroups is not a list")
        for j, group in enumerate(groups):
            rows = group.get("flowTuples") if isinstance(group, dict) else None
            if not isinstance(rows, list):
                raise FlowLogError(f"{name}: {where}: flows[{i}].flowGroups[{j}].flowTuples is not a list")
            tuples += rows
    return mac, tuples


def _locate(name: str, where: str, tuples: list[str]) -> None:
    """Find the first malformed tuple of a record and raise FlowLogError naming it."""
    for i, t in enumerate(tuples, 1):
        problem = tuple_problem(t)
        if problem:
            shown = t if len(t) <= 120 else t[:117] + "..."
            raise FlowLogError(f"{name}: {where}, tuple {i} ({shown!r}): {problem}")


def tuple_problem(t: Any) -> str | None:
    """What is wrong with one tuple, or None when it is well formed."""
    if not isinstance(t, str):
        return "not a string"
    f = t.split(",")
    if len(f) != 13:
        return f"{len(f)} fields, a version 4 tuple has 13"
    if not f[0].isdigit():
        return f"time {f[0]!r} is not an epoch number"
    if not f[1] or not f[2]:
        return "no source or destination IP"
    if f[6] not in DIRECTIONS:
        return f"direction {f[6]!r} is not I or O"
    if f[7] not in ("B", "C", "E", "D"):
        return f"flow state {f[7]!r} is not B, C, E or D"
    if not f[8]:
        return "no encryption field"
    for n in (9, 10, 11, 12):
        if f[n] and not f[n].isdigit():
            return f"counter {n - 8} {f[n]!r} is not a number"
    if bool(f[10]) != bool(f[12]) or bool(f[9]) != bool(f[11]):
        return "counters half empty"
    return None
