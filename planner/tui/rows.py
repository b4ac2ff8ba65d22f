"""What the TUI's tables show per row, worked out from the Session's results (never re-deciding anything).

Rows are made on demand: a table asks for the cells of the rows it paints, so 100,000 VMs cost nothing until
scrolled to. Each cell is (text, tone); the tone names a style the widget owns. The filter matches words against a
row's fields (`name:`, `rg:`, `vnet:`, `size:`, `verdict:`, `code:`, `action:`, `wave:`; a bare word matches any).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.analysis.results import Analysis, VmResult
from planner.model import Inventory, PowerState
from planner.sequencing.schedule import Schedule, ScheduledWave
from planner.text import duration, printable, short_name
from planner.topology import Topology
from planner.vocabulary import Action, Disposition, ResultKind

Cell = tuple[str, str]  # (text, tone)
PENDING = ("…", "dim")

SHORT_ACTIONS = {
    Action.RESIZE: "resize",
    Action.ENABLE_AN: "AN",
    Action.RESTART: "restart",
    Action.UPGRADE_INSTANCES: "upgrade",
}

DISPOSITION_CELLS = {
    Disposition.LEFT_OUT: ("left out", "blocked"),
    Disposition.MANUAL: ("manual", "warning"),
}

FIELDS = ("name", "rg", "vnet", "size", "verdict", "code", "action", "wave")  # wave: exact, the rest: within


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: int


VM_COLUMNS = (
    Column("Name", 26),
    Column("Verdict", 13),
    Column("Size → target", 26),
    Column("Actions", 19),
    Column("Wave", 8),
    Column("VNet", 20),
    Column("Resource group", 18),
    Column("Power", 11),
    Column("AN", 5),
)


def short_size(size: str) -> str:
    """`D4s_v5` for `Standard_D4s_v5`: in a table column every size has the prefix (the detail pane says it)."""
    return printable(size[9:] if size[:9].lower() == "standard_" else size)


def resource_group(resource_id: str) -> str:
    parts = resource_id.split("/", 5)
    return parts[4] if len(parts) > 4 else ""


def static_cells(inv: Inventory, topology: Topology | None, k: str) -> tuple[Cell, ...]:
    """Name, VNet, resource group, power and AN of a VM or scale set: what does not depend on decisions."""
    vm = inv.vms.get(k)
    if vm is not None:
        name: Cell = (printable(vm.name), "name")
        power: Cell = (vm.power_state.value, "dim" if vm.power_state is not PowerState.RUNNING else "text")
        with_an = sum(1 for n in inv.vm_nics(vm) if n.accelerated_networking)
        an: Cell = (f"{with_an}/{len(vm.nics)}", "text" if with_an == len(vm.nics) else "warning")
        rid = vm.id
    else:
        ss = inv.scale_sets[k]
        name = (printable(ss.name) + " ⧉", "name")
        power = ("scale set", "dim")
        an = (
            "on" if ss.accelerated_networking else "off",
            "text" if ss.accelerated_networking else "warning",
        )
        rid = ss.id
    vnet: Cell = PENDING
    if topology is not None:
        ids = topology.vnet_ids(k)
        more = f" +{len(ids) - 1}" if len(ids) > 1 else ""
        vnet = (printable(short_name(ids[0])) + more, "text") if ids else ("", "dim")
    return (name, vnet, (printable(resource_group(rid)), "text"), power, an)


def wave_cell(schedule: Schedule | None, k: str) -> Cell:
    if schedule is None:
        return PENDING
    special = DISPOSITION_CELLS.get(schedule.disposition.get(k, Disposition.NONE))
    if special is not None:
        return special
    w = schedule.wave_of.get(k)
    return (str(w), "text") if w is not None else ("", "text")


def result_of(analysis: Analysis | None, k: str) -> VmResult | None:
    if analysis is None:
        return None
    return analysis.vms.get(k) or analysis.scale_sets.get(k)


class VmRows:
    """Rows of the VM table: every VM, then every scale set, keyed by case-folded id. Used from the UI thread."""

    def __init__(self, inv: Inventory) -> None:
        self.inv = inv
        self.keys: list[str] = [*inv.vms, *inv.scale_sets]
        self.topology: Topology | None = None
        self.analysis: Analysis | None = None
        self.schedule: Schedule | None = None
        self._static: dict[str, tuple[Cell, ...]] = {}

    def set_topology(self, topology: Topology) -> None:
        self.topology = topology
        self._static.clear()

    def result(self, k: str) -> VmResult | None:
        return result_of(self.analysis, k)

    def cells(self, k: str) -> tuple[Cell, ...]:
        """Name, verdict, size -> target, actions, wave, VNet, resource group, power, AN."""
        static = self._static.get(k)
        if static is None:
            static = static_cells(self.inv, self.topology, k)
            if self.topology is not None:
                self._static[k] = static
        name, vnet, rg, power, an = static
        r = self.result(k)
        if r is None:
            size = self.inv.vms[k].size if k in self.inv.vms else self.inv.scale_sets[k].size or "?"
            return (name, PENDING, (short_size(size), "text"), PENDING, PENDING, vnet, rg, power, an)
        size_cell: Cell = (printable(r.size), "text")
        if r.target_size and r.target_size.lower() != r.size.lower():
            size_cell = (
                f"{printable(r.size)} → {printable(r.target_size)}",
                "pinned" if r.pinned else "text",
            )
        actions = ", ".join(SHORT_ACTIONS.get(a, a) for a in r.actions)
        verdict = (r.verdict.value, r.verdict.value)
        return (name, verdict, size_cell, (actions, "text"), wave_cell(self.schedule, k), vnet, rg, power, an)


class SearchIndex:
    """Each row's searchable texts, lower-cased, built off the UI thread and swapped in whole.

    Rebuilt after each analysis: a row whose result is the same object as before keeps its texts, so a decision
    costs a pass over the rows, not a re-render of each."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        self.hay: list[str] = []  # name rg vnet size target verdict codes actions: what a bare word matches
        self.fields: list[tuple[str, ...]] = []  # FIELDS but the wave
        self.waves: list[str] = []
        self._results: list[int] = []  # identity of the result each row was built from

    @staticmethod
    def build(
        inv: Inventory,
        topology: Topology | None,
        analysis: Analysis | None,
        schedule: Schedule | None,
        previous: SearchIndex | None = None,
    ) -> SearchIndex:
        index = SearchIndex([*inv.vms, *inv.scale_sets])
        reuse = previous is not None and previous.keys == index.keys and previous.fields
        for i, k in enumerate(index.keys):
            r = result_of(analysis, k)
            if reuse and previous is not None and previous._results[i] == id(r) and r is not None:
                index.hay.append(previous.hay[i])
                index.fields.append(previous.fields[i])
            else:
                name, vnet, rg, _, _ = static_cells(inv, topology, k)
                size = inv.vms[k].size if k in inv.vms else (inv.scale_sets[k].size or "")
                verdict = codes = actions = ""
                if r is not None:
                    size = f"{r.size} {r.target_size or ''}"
                    verdict = r.verdict.value
                    codes = " ".join(f.code for f in (*r.blockers, *r.warnings))
                    actions = " ".join(r.actions)
                f = tuple(x.lower() for x in (name[0], rg[0], vnet[0], size, verdict, codes, actions))
                index.fields.append(f)
                index.hay.append(" ".join(f))
            index._results.append(id(r))
            index.waves.append(wave_cell(schedule, k)[0].lower() if schedule is not None else "")
        return index

    def matching(self, query: str, among: Sequence[int] | None = None) -> list[int]:
        """Row positions (of `among`, default every row) whose texts hold every word of the query."""
        rows = range(len(self.keys)) if among is None else among
        for field, value in parse_query(query):
            if field is not None:
                i = FIELDS.index(field)
                if field == "wave":
                    waves = self.waves
                    rows = [r for r in rows if value == waves[r]]
                else:
                    fields = self.fields
                    rows = [r for r in rows if value in fields[r][i]]
            else:
                hay = self.hay
                rows = [r for r in rows if value in hay[r]]
        return list(rows)


def parse_query(query: str) -> list[tuple[str | None, str]]:
    """(field or None for anywhere, lower-cased value) per word."""
    out: list[tuple[str | None, str]] = []
    for w in query.lower().split():
        field, sep, value = w.partition(":")
        out.append((field, value) if sep and field in FIELDS else (None, w))
    return out


def narrows(before: str, after: str) -> bool:
    """Every row `after` matches, `before` matched too (typing on), so a filter may search only those."""
    old, new = parse_query(before), parse_query(after)
    return len(old) == len(new) and all(
        f1 == f2 and f1 != "wave" and v1 in v2 for (f1, v1), (f2, v2) in zip(old, new, strict=True)
    )


def verdict_counts(analysis: Analysis) -> dict[str, int]:
    """VMs and scale sets by verdict, for the header."""
    counts: dict[str, int] = {}
    for results in (analysis.vms, analysis.scale_sets):
        for r in results.values():
            counts[r.verdict] = counts.get(r.verdict, 0) + 1
    return counts


def wave_line(schedule: Schedule, w: ScheduledWave, names: dict[str, str]) -> str:
    """One line of the waves timeline."""
    parts = [f"{w.vms} VM(s)" if w.units else w.title]
    if w.outages:
        parts.append("OUTAGE " + ", ".join(names.get(o, short_name(o)) for o in w.outages))
    window = f"  window {w.window}" if w.window is not None else ""
    return f"{duration(w.estimated_seconds):>10}{window}  " + "; ".join(parts)


def kind_word(r: VmResult) -> str:
    return "scale set" if r.kind is ResultKind.SCALE_SET else "VM"
