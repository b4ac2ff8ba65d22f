"""Packing units into waves and the lower bound, on hand-made units (no inventory): each rule of
`planner.sequencing.packing` alone, and the bound never above what packing reaches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.sequencing.packing import lower_bound, pack
from planner.sequencing.units import Unit, UnitKind


def cycle(k: str, groups: tuple[str, ...] = (), ud: int | None = None, avset: str | None = None) -> Unit:
    return Unit(UnitKind.CYCLE, k, 1, dict.fromkeys(groups, 1), vms=[k], ud=ud, avset=avset)


def outage(k: str, members: int, also: dict[str, int] | None = None) -> Unit:
    down = {k: members, **(also or {})}
    return Unit(UnitKind.OUTAGE, k, members, down, vms=[f"{k}-{i}" for i in range(members)], own=k)


def batch(k: str, i: int, n: int, size: int) -> Unit:
    return Unit(UnitKind.BATCH, k, size, {k: size}, batch=i, batches=n, batch_size=size)


def wave_of(waves: list[list[Unit]]) -> dict[tuple[str, int], int]:
    return {(u.key, u.batch): w for w, units in enumerate(waves) for u in units}


def test_max_parallel_caps_every_wave() -> None:
    waves = pack([cycle(f"vm{i}") for i in range(7)], {}, 3)
    assert [len(w) for w in waves] == [3, 3, 1]
    assert lower_bound([cycle(f"vm{i}") for i in range(7)], {}, 3) == 3


def test_a_group_never_has_more_members_down_than_its_budget() -> None:
    units = [cycle(f"vm{i}", ("pool",)) for i in range(5)]
    waves = pack(units, {"pool": 2}, 50)
    assert [len(w) for w in waves] == [2, 2, 1]
    assert lower_bound(units, {"pool": 2}, 50) == 3


def test_an_outage_larger_than_max_parallel_gets_a_wave_of_its_own_and_counts_as_one() -> None:
    units = [outage("set", 5), cycle("a"), cycle("b")]
    waves = pack(units, {"set": 1}, 2)
    assert [sorted(u.key for u in w) for w in waves] == [["set"], ["a", "b"]]
    assert lower_bound(units, {"set": 1}, 2) == 2


def test_an_outage_is_exempt_from_its_own_sets_budget() -> None:
    waves = pack([outage("set", 3)], {"set": 1}, 50)
    assert len(waves) == 1


def test_an_outage_over_another_groups_budget_only_goes_where_that_group_is_untouched() -> None:
    units = [outage("set", 3, {"pool": 3}), cycle("x", ("pool",)), cycle("y", ("pool",))]
    waves = pack(units, {"set": 1, "pool": 1}, 50)
    placed = wave_of(waves)
    assert placed[("set", 0)] not in (placed[("x", 0)], placed[("y", 0)])
    assert placed[("x", 0)] != placed[("y", 0)]
    assert lower_bound(units, {"set": 1, "pool": 1}, 50) == 3 == len(waves)


def test_update_domains_are_walked_in_order() -> None:
    units = [cycle(f"vm{ud}", ("set",), ud=ud, avset="set") for ud in (2, 0, 1, 0)]
    units[3].key = "vm0b"
    waves = pack(units, {"set": 5}, 50)
    placed = wave_of(waves)
    assert placed[("vm0", 0)] < placed[("vm1", 0)] < placed[("vm2", 0)]
    assert placed[("vm0", 0)] == placed[("vm0b", 0)]
    assert lower_bound(units, {"set": 5}, 50) == 3


def test_a_scale_sets_batches_run_one_per_wave_in_order() -> None:
    units = [batch("ss", i, 3, 2) for i in (3, 1, 2)]
    waves = pack(units, {"ss": 2}, 50)
    assert [[u.batch for u in w] for w in waves] == [[1], [2], [3]]
    assert lower_bound(units, {"ss": 2}, 50) == 3


def test_a_unit_that_fits_no_empty_wave_is_refused_rather_than_looping() -> None:
    with pytest.raises(ValueError, match="fits no wave"):
        pack([batch("ss", 1, 1, 9)], {"ss": 9}, 5)


def test_no_units_no_waves() -> None:
    assert pack([], {}, 5) == []
    assert lower_bound([], {}, 5) == 0


@st.composite
def unit_sets(draw: st.DrawFn) -> tuple[list[Unit], dict[str, int], int]:
    groups = [f"g{i}" for i in range(draw(st.integers(0, 4)))]
    budget = {g: draw(st.integers(1, 3)) for g in groups}
    units: list[Unit] = []
    for i in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(["cycle", "cycle", "outage", "batch"]))
        if kind == "cycle" or not groups:
            mine = tuple(draw(st.lists(st.sampled_from(groups), unique=True))) if groups else ()
            units.append(cycle(f"vm{i}", mine))
        elif kind == "outage":
            own = f"set{i}"
            budget[own] = 1
            others = {g: draw(st.integers(1, 4)) for g in draw(st.lists(st.sampled_from(groups), unique=True))}
            units.append(outage(own, draw(st.integers(1, 6)), others))
        else:
            g = draw(st.sampled_from(groups))
            n = draw(st.integers(1, 3))
            units += [batch(g, j, n, budget[g]) for j in range(1, n + 1)]
            groups.remove(g)  # one scale set per group name
    limit = draw(st.integers(1, 6))
    for u in units:  # as `units.UnitMaker` sizes them: a batch is at most max_parallel
        if u.kind is UnitKind.BATCH:
            u.size = u.batch_size = min(u.size, limit)
            u.down = dict.fromkeys(u.down, u.size)
    return units, budget, limit


@settings(max_examples=300, deadline=None)
@given(unit_sets())
def test_packing_respects_every_limit_and_never_beats_the_lower_bound(
    case: tuple[list[Unit], dict[str, int], int],
) -> None:
    units, budget, limit = case
    waves = pack(units, budget, limit)
    assert sorted(id(u) for w in waves for u in w) == sorted(id(u) for u in units)
    assert lower_bound(units, budget, limit) <= len(waves)
    for w in waves:
        size = sum(u.size for u in w)
        assert size <= limit or (len(w) == 1 and w[0].kind is UnitKind.OUTAGE)
        load: dict[str, int] = {}
        for u in w:
            for g, d in u.down.items():
                if g != u.own:
                    load[g] = load.get(g, 0) + d
        for g, n in load.items():
            alone = [u for u in w if g in u.down and g != u.own]
            assert n <= budget[g] or (len(alone) == 1 and alone[0].kind is UnitKind.OUTAGE)
