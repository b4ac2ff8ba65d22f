"""Flow-log blobs -> a `FlowSet`: records de-duplicated, tuples parsed, cut to a window and summed per cell.

A blob keeps growing through its hour and stays valid JSON, so a blob downloaded twice holds its old records again,
and two downloaded copies of one blob share records: a record is known by (MAC, time, tuple count, first tuple) and
read once. A tuple is 13 comma-separated fields: time (epoch milliseconds; seconds accepted), source IP, destination
IP, source port, destination port, protocol, direction (I/O), state (B/C/E/D), encryption, then packets and bytes
source-to-destination and destination-to-source (`0,0,0,0` or empty on B and D rows).

The loop over tuples is the hot path (a day of 1,000 NICs is millions of tuples): a blob's new tuples are split at
once into columns, times converted and windowed per column, then one dict lookup per row; strings are interned once
per cell; checks that need no work per row (direction, code) are made when a cell is created, and a malformed
number falls out of `int` and is then located, tuple by tuple, by the slow path.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from itertools import chain, compress
from typing import Any

from planner.flowlogs.codes import DIRECTIONS, ENCRYPTED
from planner.flowlogs.documents import FlowLogError, Record, records_of
from planner.flowlogs.flows import FlowSet, Traffic, Window
from planner.flowlogs.source import Blob

SECONDS_BEFORE = 10**11  # a tuple time below this is in seconds (10**11 ms is 1973; 10**11 s is the year 5138)


def parse_blobs(blobs: Iterable[Blob], *, window: Window | None = None) -> FlowSet:
    """Every record of every blob, read once, its tuples inside `window` summed into cells (FlowLogError naming the
    blob, record and tuple for anything unreadable)."""
    flows = FlowSet(window=window or Window())
    seen: set[tuple[str, str, int, str]] = set()
    for blob in blobs:
        flows.blobs += 1
        # A blob is one NIC's: its new records' tuples are summed in one go (per MAC, should a file mix NICs).
        pending: dict[str, list[tuple[str, list[str]]]] = {}
        for where, rec in records_of(blob.name, blob.data):
            flows.records += 1
            mac, tuples = _record(blob.name, where, rec)
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
                _add(flows, mac, tuples)
            except (ValueError, IndexError):
                for where, part in parts:
                    _locate(blob.name, where, part)
                raise  # _locate found nothing wrong: a bug, not bad input
    return flows


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


def _add(flows: FlowSet, mac: str, tuples: list[str]) -> None:
    """The hot loop: sum the tuples of one record into `flows` (ValueError/IndexError on a malformed tuple).

    The record's tuples are split at once into columns; times are converted and checked against the window per
    column (C loops), so the Python loop runs only over rows in the window, once each."""
    fields = ",".join(tuples).split(",")
    if len(fields) != 13 * len(tuples):
        raise ValueError("a tuple without 13 fields")
    times = list(map(int, fields[0::13]))
    columns: list[list[str]] = [fields[i::13] for i in (1, 2, 6, 7, 8, 10, 12)]
    first, last = min(times), max(times)
    if first < SECONDS_BEFORE:
        seconds = sum(1 for t in times if t < SECONDS_BEFORE)
        flows.seconds_timestamps += seconds
        times = [t * 1000 if t < SECONDS_BEFORE else t for t in times]
        first, last = min(times), max(times)
    lo, hi = flows.window.lo, flows.window.hi
    if first < lo or last >= hi:
        keep = [lo <= t < hi for t in times]
        flows.outside += len(times) - sum(keep)
        times = list(compress(times, keep))
        columns = [list(compress(c, keep)) for c in columns]
        if not times:
            return
        first, last = min(times), max(times)
    flows.rows += len(times)
    flows.first_ms = min(flows.first_ms, first)
    flows.last_ms = max(flows.last_ms, last)
    cells = flows.cells
    get = cells.get
    denied = flows.denied
    for ms, src, dst, way, state, code, sent, received in zip(times, *columns, strict=True):
        if state == "D":
            dkey = (mac, src, dst, way)
            n = denied.get(dkey)
            if n is None:
                _check_key(src, dst, way, code)
                dkey = _intern(dkey)
                n = 0
            denied[dkey] = n + 1
            continue
        key = (mac, src, dst, way, code)
        cell = get(key)
        if cell is None:
            _check_key(src, dst, way, code)
            cell = cells[_intern(key)] = Traffic()
        cell.rows += 1
        if state == "B":
            cell.begun += 1
        elif state == "C" or state == "E":
            if sent:
                cell.bytes += int(sent) + int(received)
        else:
            raise ValueError(state)
        if code != ENCRYPTED:
            cell.times.append(ms)


def _check_key(src: str, dst: str, way: str, code: str) -> None:
    if way not in DIRECTIONS or not code or not src or not dst:
        raise ValueError((src, dst, way, code))


def _intern(key: tuple[str, ...]) -> Any:
    return tuple(map(sys.intern, key))


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
