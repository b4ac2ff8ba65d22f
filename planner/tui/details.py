"""The detail panes' text: a VM's (or scale set's) findings in words, its proposal and ranked candidates; a VNet's
readiness, blockers, peerings and VMs; a wave's units. Built from the Session's results, as Rich `Text`."""

from __future__ import annotations

from collections import Counter

from rich.text import Text

from planner.analysis.propose import REJECTION_MESSAGES
from planner.analysis.results import Analysis, Candidates, Finding, VmResult, VnetResult
from planner.model import Inventory
from planner.sequencing.schedule import Schedule, ScheduledWave, WaveKind
from planner.sequencing.units import UnitKind
from planner.text import duration, printable, short_name
from planner.topology import Topology
from planner.vocabulary import Action, Disposition, Verdict, VnetVerdict

CANDIDATES_SHOWN = 8

VERDICT_STYLES = {
    Verdict.COMPLIANT: "bold green",
    Verdict.NEEDS_CHANGES: "bold yellow",
    Verdict.BLOCKED: "bold red",
    Verdict.EXCLUDED: "italic dim",
    VnetVerdict.READY: "bold green",
}

DISPOSITION_WORDS = {
    Disposition.CYCLE: "cycled on its own: deallocate, change, start",
    Disposition.OUTAGE: "cycled with its whole availability set (one outage)",
    Disposition.UPGRADE: "its model is updated, then its instances cycled in batches: deallocate, apply the model, start",
    Disposition.RESTART: "its instances cycled in batches: deallocate, start (activates encryption)",
    Disposition.MANUAL: "handed over as a manual step (AKS node pool replacement)",
    Disposition.LEFT_OUT: "left out of the plan",
    Disposition.NONE: "nothing to do",
}


def _label(text: Text, label: str, value: str | Text, style: str = "") -> None:
    text.append(f"{label:<11}", style="dim")
    text.append(value if isinstance(value, Text) else Text(value, style=style))
    text.append("\n")


def _findings(text: Text, title: str, findings: list[Finding], style: str) -> None:
    if not findings:
        return
    text.append(f"\n{title}\n", style="bold")
    for f in findings:
        text.append(f"  [{f.code}] ", style=style)
        text.append(printable(f.message) + "\n")
        for rid in f.resources[:5]:
            text.append(f"      {printable(short_name(rid))}\n", style="dim")
        if len(f.resources) > 5:
            text.append(f"      ... and {len(f.resources) - 5} more\n", style="dim")


def actions_in_words(r: VmResult) -> list[str]:
    out = []
    if Action.RESIZE in r.actions and r.target_size:
        why = "pinned by you" if r.pinned else "its size is not in a supported series"
        out.append(f"resize {r.size} → {r.target_size} ({why})")
    if Action.ENABLE_AN in r.actions:
        n = len(r.nics_without_an)
        out.append(
            f"enable Accelerated Networking on {n} NIC{'s' if n != 1 else ''}"
            if n
            else "enable AN on the model"
        )
    if Action.RESTART in r.actions:
        out.append("deallocate and start after its VNet's encryption is on (activates encryption)")
    if Action.UPGRADE_INSTANCES in r.actions:
        out.append("cycle its instances onto the new model in batches within its budget: deallocate, upgrade, start")
    return out


def vm_detail(
    inv: Inventory,
    topology: Topology | None,
    analysis: Analysis | None,
    schedule: Schedule | None,
    key: str,
    r: VmResult | None,
    candidates: Candidates | None,
) -> Text:
    vm = inv.vms.get(key)
    ss = inv.scale_sets.get(key)
    resource_id = vm.id if vm else ss.id if ss else key
    name = vm.name if vm else ss.name if ss else key
    text = Text()
    text.append(printable(name), style="bold")
    text.append(f"  {'scale set' if ss else 'VM'}\n", style="dim")
    text.append(printable(resource_id) + "\n\n", style="dim")
    if r is None:
        text.append("analysing…\n", style="dim")
        return text
    _label(text, "Verdict", r.verdict.value.upper(), VERDICT_STYLES.get(r.verdict, ""))
    size = Text(printable(r.size))
    if r.target_size and r.target_size.lower() != r.size.lower():
        size.append(" → ")
        size.append(printable(r.target_size), style="bold")
        size.append("  (pinned)" if r.pinned else "  (proposed)", style="dim")
    _label(text, "Size", size)
    if vm is not None:
        where = [vm.power_state.value]
        if vm.zones:
            where.append(f"zone {','.join(vm.zones)}")
        if vm.availability_set_id:
            ud = (
                f", update domain {vm.platform_update_domain}"
                if vm.platform_update_domain is not None
                else ""
            )
            where.append(f"availability set {printable(short_name(vm.availability_set_id))}{ud}")
        _label(text, "Power", "; ".join(where))
        nics = [
            f"{printable(n.name)} (AN {'on' if n.accelerated_networking else 'off'})" for n in inv.vm_nics(vm)
        ]
        _label(text, "NICs", ", ".join(nics) or "none loaded")
    elif ss is not None:
        _label(
            text,
            "Model",
            f"capacity {ss.capacity}, AN {'on' if ss.accelerated_networking else 'off'}, "
            f"{ss.orchestration_mode or 'Uniform'}, upgrade {ss.upgrade_mode or '?'}",
        )
    if topology is not None and analysis is not None:
        vnets = []
        for vid in topology.vnet_ids(key):
            v = analysis.vnets.get(vid.lower())
            state = f"{v.verdict}, encryption {v.encryption}" if v else "not loaded"
            vnets.append(f"{printable(short_name(vid))} ({state})")
        _label(text, "VNets", ", ".join(vnets) or "none")
    if schedule is not None:
        d = schedule.disposition.get(key, Disposition.NONE)
        wave = schedule.wave_of.get(key)
        _label(text, "Plan", DISPOSITION_WORDS[d] + (f", wave {wave}" if wave else ""))
        for note in schedule.notes.get(key, []):
            text.append(f"           {printable(note)}\n", style="yellow")
    words = actions_in_words(r)
    if words:
        text.append("\nActions\n", style="bold")
        for w in words:
            text.append(f"  • {printable(w)}\n")
    _findings(text, "Blockers", r.blockers, "bold red")
    _findings(text, "Warnings", r.warnings, "yellow")
    _candidates(text, r, candidates)
    return text


def _candidates(text: Text, r: VmResult, c: Candidates | None) -> None:
    if c is None:
        return
    text.append("\nCandidates ", style="bold")
    text.append("(ranked; t to choose one)\n", style="dim")
    for s in c.valid[:CANDIDATES_SHOWN]:
        mark = ""
        if r.target_size and s.name.lower() == r.target_size.lower():
            mark = "  ← pinned" if r.pinned else "  ← proposed"
        text.append(
            f"  ✓ {s.name:<24} {s.vcpus:>3} vCPU {s.memory_gib:>6g} GiB", style="green" if mark else ""
        )
        text.append(mark + "\n", style="bold")
    if len(c.valid) > CANDIDATES_SHOWN:
        text.append(f"    ... {len(c.valid) - CANDIDATES_SHOWN} more valid\n", style="dim")
    if not c.valid:
        text.append("  no supported size passes every constraint\n", style="red")
    for x in c.rejected:
        text.append(f"  ✗ {x.size:<24} ", style="dim")
        text.append(f"{x.code}: {REJECTION_MESSAGES.get(x.code, x.code)}\n", style="dim")
    total = sum(c.rejected_counts.values())
    if total:
        by = ", ".join(f"{code} {n}" for code, n in sorted(c.rejected_counts.items(), key=lambda kv: -kv[1]))
        text.append(f"  {total} sizes lost in all: {by}\n", style="dim")


def vnet_detail(analysis: Analysis, v: VnetResult) -> Text:
    text = Text()
    text.append(printable(v.name), style="bold")
    text.append(f"  VNet, {v.location}\n", style="dim")
    text.append(printable(v.id) + "\n\n", style="dim")
    _label(text, "Readiness", v.verdict.value.upper(), VERDICT_STYLES.get(v.verdict, ""))
    _label(text, "Encryption", v.encryption.value)
    verdicts = Counter(analysis.vms[k.lower()].verdict.value for k in v.vm_ids if k.lower() in analysis.vms)
    _label(text, "VMs", ", ".join(f"{n} {w}" for w, n in sorted(verdicts.items())) or "none")
    if v.scale_set_ids:
        _label(text, "Scale sets", ", ".join(printable(short_name(s)) for s in v.scale_set_ids))
    _findings(text, "Blockers", v.blockers, "bold red")
    _findings(text, "Warnings", v.warnings, "yellow")
    if v.peerings:
        text.append("\nPeerings\n", style="bold")
        for p in v.peerings:
            remote = printable(p.remote_name or short_name(p.remote_id or "?"))
            carries = "encrypted once both are enabled" if p.encrypted_when_enabled else "NOT encrypted"
            text.append(f"  → {remote} ({p.remote_encryption}): ")
            text.append(carries + "\n", style="green" if p.encrypted_when_enabled else "yellow")
    text.append("\nEnter shows its VMs; n excludes or includes it.\n", style="dim")
    return text


def _names(text: Text, title: str, names: list[str]) -> None:
    if names:
        text.append(f"\n{title} ({len(names)})\n", style="bold")
        text.append("  " + ", ".join(printable(n) for n in names[:60]) + ("…" if len(names) > 60 else "") + "\n")


def wave_detail(inv: Inventory, schedule: Schedule, w: ScheduledWave, group_names: dict[str, str]) -> Text:
    text = Text()
    text.append(f"Wave {w.index}", style="bold")
    text.append(f"  {printable(w.title)}\n\n", style="dim")
    _label(text, "Estimate", duration(w.estimated_seconds) + (f", window {w.window}" if w.window else ""))
    if w.units:
        _label(text, "VMs", str(w.vms))
    at_budget = schedule.at_budget(w)
    if at_budget:
        text.append("\nGroups at their budget\n", style="bold")
        for gk, n in at_budget.items():
            text.append(f"  {printable(group_names.get(gk, gk))}: {n} down (budget {schedule.budgets[gk]})\n")
    if w.kind is WaveKind.FIRST:
        _names(text, "Encryption switched on (AllowUnencrypted)", [inv.vnets[k].name for k in schedule.enable])
        handed = [(inv.scale_sets.get(k) or inv.vms[k]).name for k in schedule.manual]
        _names(text, "AKS node pools handed over (manual steps)", handed)
        _names(text, "Flexible scale-set models updated", [inv.scale_sets[k].name for k in schedule.flexible])
    elif w.kind is WaveKind.ENFORCE:
        _names(text, "Switched to DropUnencrypted", [inv.vnets[k].name for k in schedule.drop])
    for u in w.units:
        if u.kind is UnitKind.OUTAGE:
            text.append(f"\nOUTAGE of {printable(group_names.get(u.key, u.key))}\n", style="bold red")
            text.append("  " + ", ".join(printable(inv.vms[m].name) for m in u.vms) + "\n")
        elif u.kind is UnitKind.BATCH:
            ss = inv.scale_sets[u.key]
            text.append(
                f"\nScale set {printable(ss.name)}: batch {u.batch}/{u.batches}, up to {u.batch_size}\n"
            )
    cycles = [inv.vms[u.key].name for u in w.units if u.kind is UnitKind.CYCLE]
    if cycles:
        text.append(f"\nVM cycles ({len(cycles)})\n", style="bold")
        shown = cycles[:60]
        text.append("  " + ", ".join(printable(n) for n in shown) + ("…" if len(cycles) > 60 else "") + "\n")
    return text
