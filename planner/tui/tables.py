"""The cells of the VNet and wave tables (the VM table's are `planner.tui.rows`)."""

from __future__ import annotations

from planner.analysis.results import Analysis
from planner.model import Inventory
from planner.sequencing.schedule import Schedule
from planner.text import duration, printable, short_name
from planner.tui.rows import PENDING, Cell, Column

VNET_COLUMNS = (
    Column("Name", 26),
    Column("Readiness", 10),
    Column("Encryption", 10),
    Column("Location", 14),
    Column("VMs", 7),
    Column("Blockers", 34),
    Column("Warnings", 26),
    Column("Peerings", 12),
)

WAVE_COLUMNS = (
    Column("Wave", 6),
    Column("Estimate", 11),
    Column("Window", 7),
    Column("VMs", 6),
    Column("Outages", 24),
    Column("At budget", 10),
    Column("What", 70),
)


def vnet_cells(inv: Inventory, analysis: Analysis | None, k: str) -> tuple[Cell, ...]:
    vnet = inv.vnets[k]
    name: Cell = (printable(vnet.name), "name")
    location: Cell = (vnet.location, "text")
    if analysis is None or k not in analysis.vnets:
        encryption = "enabled" if vnet.encryption_enabled else "disabled"
        return (name, PENDING, (encryption, "text"), location, PENDING, PENDING, PENDING, PENDING)
    v = analysis.vnets[k]
    blockers = ", ".join(dict.fromkeys(b.code for b in v.blockers))
    warnings = ", ".join(dict.fromkeys(w.code for w in v.warnings))
    encrypted = sum(1 for p in v.peerings if p.encrypted_when_enabled)
    peerings = f"{len(v.peerings)} ({encrypted} enc.)" if v.peerings else ""
    return (
        name,
        (v.verdict.value, v.verdict.value),
        (v.encryption.value, "text"),
        location,
        (str(len(v.vm_ids)), "text"),
        (blockers, "blocked" if blockers else "text"),
        (warnings, "warning" if warnings else "text"),
        (peerings, "text" if encrypted == len(v.peerings) else "warning"),
    )


def wave_cells(schedule: Schedule | None, group_names: dict[str, str], k: str) -> tuple[Cell, ...]:
    if schedule is None:
        return ((k, "text"), PENDING, PENDING, PENDING, PENDING, PENDING, PENDING)
    w = schedule.waves[int(k) - 1]
    outages = ", ".join(printable(group_names.get(o, short_name(o))) for o in w.outages)
    at_budget = len(schedule.at_budget(w)) if w.units else 0
    window = "none" if w.window is None and schedule.unscheduled and w.index in schedule.unscheduled else ""
    return (
        (k, "name"),
        (duration(w.estimated_seconds), "text"),
        (str(w.window) if w.window is not None else window, "blocked" if window else "text"),
        (str(w.vms) if w.units else "", "text"),
        (outages, "blocked" if outages else "text"),
        (str(at_budget) if at_budget else "", "warning" if at_budget else "text"),
        (printable(w.title), "text"),
    )
