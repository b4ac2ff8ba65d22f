"""The hot path of parsing: the tuples of one NIC's new records summed into cells, column by column.

The tuples are split at once into columns (one `join` and one `split`, C loops), times converted and windowed per
column; rows are then counted per (cell, state) by `Counter` (a C loop), so Python runs once per distinct cell and
state, not per row; the bytes of C and E rows and the times of unencrypted rows are converted per column and
grouped per cell by `map` over bound C methods (`list.append`, `array.append`): no Python code runs per row. A malformed tuple raises ValueError
(or IndexError), and the caller locates it tuple by tuple.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter, deque
from itertools import compress
from operator import add, and_
from typing import Any

from planner.flowlogs.codes import DIRECTIONS, ENCRYPTED
from planner.flowlogs.flows import FlowSet, Traffic

SECONDS_BEFORE = 10**11  # a tuple time below this is in seconds (10**11 ms is 1973; 10**11 s is the year 5138)
_FIELDS = 13
_COLUMNS = (1, 2, 6, 7, 8, 10, 12)  # source IP, destination IP, direction, state, code, bytes out, bytes back
_COUNTED = frozenset(("C", "E"))  # the states whose counters are summed
_FLOW_STATES = frozenset(("B", "C", "E"))

Key = tuple[str, str, str, str]  # (source IP, destination IP, direction, code): a cell of the NIC


def add_tuples(flows: FlowSet, mac: str, tuples: list[str]) -> None:
    """Sum the tuples of one NIC (`mac`) into `flows` (ValueError/IndexError on a malformed tuple)."""
    fields = ",".join(tuples).split(",")
    if len(fields) != _FIELDS * len(tuples):
        raise ValueError("a tuple without 13 fields")
    times = list(map(int, fields[0::_FIELDS]))
    columns: list[list[str]] = [fields[i::_FIELDS] for i in _COLUMNS]
    first, last = min(times), max(times)
    if first < SECONDS_BEFORE:
        flows.seconds_timestamps += sum(1 for t in times if t < SECONDS_BEFORE)
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
    src, dst, way, state, code, sent, received = columns
    keys: list[Key] = list(zip(src, dst, way, code, strict=True))
    local = _count(flows, mac, Counter(zip(keys, state, strict=True)))
    counted = list(map(_COUNTED.__contains__, state))
    if True in counted:
        _add_bytes(local, list(compress(keys, counted)), list(compress(sent, counted)),
                   list(compress(received, counted)))
    unencrypted = list(map(and_, map("D".__ne__, state), map(ENCRYPTED.__ne__, code)))
    if True in unencrypted:  # each row's time appended to its cell's array, in a C loop (`map` of `array.append`)
        arrays = {k: cell.times for k, cell in local.items()}
        deque(map(array.append, map(arrays.__getitem__, compress(keys, unencrypted)), compress(times, unencrypted)),
              maxlen=0)


def _count(flows: FlowSet, mac: str, counts: Counter[tuple[Key, str]]) -> dict[Key, Traffic]:
    """Rows, flows begun and denied rows added per (cell, state); the NIC's cells touched, by key."""
    cells, denied = flows.cells, flows.denied
    local: dict[Key, Traffic] = {}
    for (k, st), n in counts.items():
        src, dst, way, code = k
        if st == "D":
            dkey = (mac, src, dst, way)
            before = denied.get(dkey)
            if before is None:
                _check_key(src, dst, way, code)
                dkey = _intern(dkey)
                before = 0
            denied[dkey] = before + n
            continue
        if st not in _FLOW_STATES:
            raise ValueError(st)
        cell = local.get(k)
        if cell is None:
            key = (mac, src, dst, way, code)
            cell = cells.get(key)
            if cell is None:
                _check_key(src, dst, way, code)
                cell = cells[_intern(key)] = Traffic()
            local[k] = cell
        cell.rows += n
        if st == "B":
            cell.begun += n
    return local


def _add_bytes(local: dict[Key, Traffic], keys: list[Key], sent: list[str], received: list[str]) -> None:
    """The counters of C and E rows: both ways' bytes (an empty pair of counters adds nothing)."""
    try:
        totals = list(map(add, map(int, sent), map(int, received)))
    except ValueError:  # empty counters (or a malformed one, which raises again here)
        totals = [int(s) + int(r) if s else 0 for s, r in zip(sent, received, strict=True)]
    parts: dict[Key, list[int]] = {k: [] for k in local}
    deque(map(list.append, map(parts.__getitem__, keys), totals), maxlen=0)  # grouped per cell in a C loop
    for k, numbers in parts.items():
        if numbers:
            local[k].bytes += sum(numbers)


def _check_key(src: str, dst: str, way: str, code: str) -> None:
    if way not in DIRECTIONS or not code or not src or not dst:
        raise ValueError((src, dst, way, code))


def _intern(key: tuple[str, ...]) -> Any:
    return tuple(map(sys.intern, key))
