"""Many flow-log files parsed by worker processes (one per core), with the result the serial reader gives.

A record is de-duplicated by (MAC, time, tuple count, first tuple), so every file of one NIC goes to the same
worker: files are dealt by the `macAddress=` folder of their path (the real blob layout), each worker reads its own
files (the bytes never cross processes) in the global order, and the parent merges the workers' FlowSets (NICs
disjoint: cells never overlap) in the order the serial reader would have made them. When a path has no
`macAddress=` folder, or a file holds records of another NIC than its folder names, the serial reader reads
everything instead (de-duplication across workers could not be trusted). A worker's refusal comes back as the same
InputError; of several, the one of the first file in the global order is raised, as the serial reader would.
"""

from __future__ import annotations

import heapq
import multiprocessing
import os
import zlib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from planner.errors import InputError
from planner.flowlogs.addresses import canonical_mac
from planner.flowlogs.flows import CellKey, FlowSet, Traffic, Window
from planner.flowlogs.parse import Reader
from planner.flowlogs.source import read_blob
from planner.gcpause import collector_paused

MIN_FILES = 400  # below this, process start-up costs more than it saves
_MAC_FOLDER = "macaddress="


Packed = tuple[int, int, int, bytes]  # a Traffic as sent back: rows, flows begun, bytes, times (array bytes)


@dataclass(slots=True)
class Part:
    """One worker's FlowSet (its cells packed: pickling a Traffic per cell costs more than building it again), and
    for each of its cells and denied keys the index of the file that made it."""

    flows: FlowSet
    keys: list[CellKey] = field(default_factory=list)
    packed: list[Packed] = field(default_factory=list)
    cell_file: list[int] = field(default_factory=list)
    denied_file: list[int] = field(default_factory=list)
    error: tuple[int, InputError] | None = None  # (file index, refusal): the worker stopped there
    mixed: bool = False  # a file held records of another NIC than its folder names


def workers() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)


def parse_files(paths: list[Path], window: Window) -> FlowSet | None:
    """The FlowSet of `paths` read by worker processes; None when the serial reader should read them instead."""
    count = workers()
    if count < 2 or len(paths) < MIN_FILES or "fork" not in multiprocessing.get_all_start_methods():
        return None
    macs = [_folder_mac(p) for p in paths]
    if "" in macs:
        return None
    shares: list[list[tuple[int, Path, str]]] = [[] for _ in range(count)]
    for i, (path, mac) in enumerate(zip(paths, macs, strict=True)):
        shares[zlib.crc32(mac.encode()) % count].append((i, path, mac))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        parts = list(pool.map(_work, [s for s in shares if s], repeat(window)))
    if any(p.mixed for p in parts):
        return None
    errors = [p.error for p in parts if p.error is not None]
    if errors:
        raise min(errors, key=itemgetter(0))[1]
    return _merge(parts, window)


def _folder_mac(path: Path) -> str:
    for part in reversed(path.parts):
        if part.lower().startswith(_MAC_FOLDER):
            return canonical_mac(part[len(_MAC_FOLDER) :])
    return ""


def _work(share: list[tuple[int, Path, str]], window: Window) -> Part:
    with collector_paused():
        reader = Reader(window)
        part = Part(reader.flows)
        for i, path, mac in share:
            try:
                reader.read(read_blob(path))
            except InputError as exc:
                part.error = (i, exc)
                break
            if reader.macs_read - {mac}:
                part.mixed = True
                break
            reader.macs_read.clear()
            part.cell_file.extend(repeat(i, len(reader.flows.cells) - len(part.cell_file)))
            part.denied_file.extend(repeat(i, len(reader.flows.denied) - len(part.denied_file)))
        cells = reader.flows.cells
        part.keys = list(cells)
        part.packed = [(t.rows, t.begun, t.bytes, t.times.tobytes()) for t in cells.values()]
        reader.flows.cells = {}
        return part


def _unpack(packed: Packed) -> Traffic:
    traffic = Traffic(packed[0], packed[1], packed[2])
    traffic.times.frombytes(packed[3])
    return traffic


def _merge(parts: list[Part], window: Window) -> FlowSet:
    """The parts as one FlowSet, its cells and denied keys in the order the serial reader makes them."""
    flows = FlowSet(window=window)
    first = itemgetter(0)
    flows.cells = {
        k: v
        for _, (k, v) in heapq.merge(
            *(zip(p.cell_file, zip(p.keys, map(_unpack, p.packed), strict=True), strict=True) for p in parts),
            key=first,
        )
    }
    flows.denied = {
        k: v
        for _, (k, v) in heapq.merge(*(zip(p.denied_file, p.flows.denied.items(), strict=True) for p in parts), key=first)
    }
    for p in parts:
        f = p.flows
        flows.macs.update(f.macs)
        flows.blobs += f.blobs
        flows.records += f.records
        flows.duplicates += f.duplicates
        flows.rows += f.rows
        flows.outside += f.outside
        flows.seconds_timestamps += f.seconds_timestamps
        flows.first_ms = min(flows.first_ms, f.first_ms)
        flows.last_ms = max(flows.last_ms, f.last_ms)
    return flows
