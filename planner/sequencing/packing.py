"""Packing units into waves (first-fit decreasing), and the lower bound no packing can beat.

A unit goes in the first wave where the wave's VM count stays within `max_parallel` and every group it takes members
of stays within its budget. A whole-set outage is exempt from its own set's budget, and may exceed `max_parallel`,
or another group's budget, only in a wave where nothing else (of that group) is down. Cycles in an availability set
walk its update domains in order; a scale set's batches run one per wave, in order. Packing keeps per-wave counters
and per-group "next wave with room" pointers, so it is linear in the number of units for the budgets met in practice.
"""

from __future__ import annotations

import math
from typing import Any

from planner.sequencing.units import Unit, UnitKind


def rank(u: Unit) -> tuple[Any, ...]:
    """Packing's order (decreasing size, grouped units first, then by group, update domain, key, batch); kept
    on the unit, which is made once and reused while its VM's analysis does not change."""
    if u.rank is None:
        grouped = 0 if u.down or u.kind is not UnitKind.CYCLE else 1
        primary = u.avset or (min(u.down) if u.down else "")
        u.rank = (-u.size, grouped, primary, -1 if u.ud is None else u.ud, u.key, u.batch)
    return u.rank


def pack(units: list[Unit], budget: dict[str, int], limit: int) -> list[list[Unit]]:
    """The units of each wave."""
    counts: list[int] = []
    loads: list[dict[str, int]] = []
    waves: list[list[Unit]] = []
    first_open = 0
    next_room: dict[str, int] = {}
    ud_waves: dict[str, dict[int, int]] = {}  # avset -> update domain -> latest wave holding it
    batch_wave: dict[str, int] = {}  # scale set -> wave of its latest batch

    def fits(u: Unit, w: int) -> bool:
        if counts[w] + u.size > limit and not (counts[w] == 0 and u.kind is UnitKind.OUTAGE):
            return False
        load = loads[w]
        for gk, d in u.down.items():
            if gk == u.own:
                continue
            cur = load.get(gk, 0)
            if cur + d > budget[gk] and not (u.kind is UnitKind.OUTAGE and cur == 0):
                return False
        return True

    for u in sorted(units, key=rank):
        start = first_open
        for gk in u.down:
            if gk != u.own:
                start = max(start, next_room.get(gk, 0))
        if u.ud is not None and u.avset is not None:
            lower = [w for d, w in ud_waves.get(u.avset, {}).items() if d < u.ud]
            if lower:
                start = max(start, max(lower) + 1)
        if u.kind is UnitKind.BATCH and u.key in batch_wave:
            start = max(start, batch_wave[u.key] + 1)
        w = start
        while True:
            if w == len(counts):
                counts.append(0)
                loads.append({})
                waves.append([])
            if fits(u, w):
                break
            if counts[w] == 0 and not loads[w]:
                # Units are made to fit an empty wave (a batch is at most max_parallel and its groups' budgets).
                raise ValueError(f"{u.kind} {u.key} fits no wave: size {u.size}, max_parallel {limit}")
            w += 1
        counts[w] += u.size
        for gk, d in u.down.items():
            loads[w][gk] = loads[w].get(gk, 0) + d
        waves[w].append(u)
        if u.ud is not None and u.avset is not None:
            seen = ud_waves.setdefault(u.avset, {})
            seen[u.ud] = max(seen.get(u.ud, -1), w)
        if u.kind is UnitKind.BATCH:
            batch_wave[u.key] = w
        while first_open < len(counts) and counts[first_open] >= limit:
            first_open += 1
        for gk in u.down:
            n = next_room.get(gk, 0)
            while n < len(counts) and loads[n].get(gk, 0) >= budget[gk]:
                n += 1
            next_room[gk] = n
    return waves


def lower_bound(units: list[Unit], budget: dict[str, int], limit: int) -> int:
    """Waves no packing can beat: VMs / max_parallel, each group's downs / its budget, each availability set's
    distinct update domains, each scale set's batches.

    A unit larger than a limit it may exceed (a whole-set outage over `max_parallel`, or over another group's
    budget) needs a wave of its own for that limit, so it counts as one wave there, not as its size.
    """
    if not units:
        return 0
    alone = sum(1 for u in units if u.kind is UnitKind.OUTAGE and u.size > limit)
    rest = sum(u.size for u in units if not (u.kind is UnitKind.OUTAGE and u.size > limit))
    bound = alone + math.ceil(rest / limit)
    downs: dict[str, int] = {}
    alone_in: dict[str, int] = {}
    uds: dict[str, set[int]] = {}
    for u in units:
        for gk, d in u.down.items():
            if gk == u.own:
                continue
            if u.kind is UnitKind.OUTAGE and d > budget[gk]:
                alone_in[gk] = alone_in.get(gk, 0) + 1
            else:
                downs[gk] = downs.get(gk, 0) + d
        if u.own is not None:
            bound = max(bound, 1)
        if u.ud is not None and u.avset is not None:
            uds.setdefault(u.avset, set()).add(u.ud)
        if u.kind is UnitKind.BATCH:
            bound = max(bound, u.batches)
    for gk in downs.keys() | alone_in.keys():
        bound = max(bound, alone_in.get(gk, 0) + math.ceil(downs.get(gk, 0) / budget[gk]))
    for s in uds.values():
        bound = max(bound, len(s))
    return bound
