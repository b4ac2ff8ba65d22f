"""Printing plans: the human review (`planner show`: totals, per wave the VMs going down, outages, changes with
before -> after, estimated durations, and the digest the reviewer approves) and what `planner plan` says it wrote."""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import Path
from typing import TextIO

from planner.model import key
from planner.plan.ops import Op
from planner.plan.policy import GROUP_FRACTION
from planner.plan.types import Plan, Step, VmEntry, Wave
from planner.text import duration
from planner.vocabulary import Disposition

WIDTH = 110


def _name(resource_id: str) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1]


def _wrapped(label: str, names: list[str], out: TextIO) -> None:
    text = f"{label} ({len(names)}): " + ", ".join(names)
    print(
        textwrap.fill(text, WIDTH, initial_indent="  ", subsequent_indent="      ", break_on_hyphens=False),
        file=out,
    )


def print_review(plan: Plan, path: Path, out: TextIO) -> None:
    m, p = plan.meta, plan.policy
    entries = {key(e.id): e for e in plan.vms}
    print(f"Plan {path}", file=out)
    print(f"  digest     {plan.digest}", file=out)
    print(
        f"  generated  {m.generated_at} by {m.tool} {m.tool_version}, cloud {m.cloud}, series {m.series}",
        file=out,
    )
    print(f"  inventory  {m.inventory_digest}", file=out)
    print(f"  subscriptions {', '.join(m.subscriptions) or '-'}", file=out)
    for note in m.notes:
        print(textwrap.fill(f"NOTE: {note}", WIDTH, initial_indent="  ", subsequent_indent="        "), file=out)
    budget = (
        f"{p.max_unavailable} per group"
        if p.max_unavailable is not None
        else f"1, or {int(GROUP_FRACTION * 100)}% of the group rounded down when larger"
    )
    print("\nPolicy", file=out)
    print(f"  at most {p.max_parallel} VMs per wave; members down at once per group: {budget}", file=out)
    print(
        f"  whole-set outages {'allowed' if p.allow_set_outage else 'refused'}; "
        f"DropUnencrypted {'after every VM of a VNet is ready' if p.drop_unencrypted else 'never'}; "
        f"VMs deallocated before the plan are {'started' if p.start_deallocated else 'left deallocated'}",
        file=out,
    )
    print(
        "  durations: " + ", ".join(f"{k.replace('_', ' ')} {v} s" for k, v in p.durations.items()), file=out
    )
    for i, window in enumerate(p.windows, 1):
        print(f"  window {i}: {window.start_text()} for {duration(window.duration_minutes * 60)}", file=out)
    print_totals(plan, out)
    members: dict[str, list[str]] = {}
    for e in plan.vms:
        for g in e.groups:
            members.setdefault(key(g), []).append(e.name)
    for w in plan.waves:
        _wave(w, entries, members, out)
    _not_scheduled(plan, out)
    print(f"\ndigest {plan.digest}", file=out)


def print_totals(plan: Plan, out: TextIO) -> None:
    vnet_actions = Counter(
        (f"switched to {v.enforcement}" if v.enforcement else v.action)
        if v.action != "none"
        else f"{v.verdict}, encryption {v.encryption}"
        for v in plan.vnets
    )
    dispositions = Counter(e.disposition for e in plan.vms)
    verdicts = Counter(e.verdict for e in plan.vms if e.disposition == "none")
    ops = Counter(s.op for _, s in plan.steps())
    started = ops[Op.VM_START]
    deallocated = ops[Op.VM_DEALLOCATE]
    total = sum(w.estimated_seconds for w in plan.waves)
    print("\nTotals", file=out)
    print(
        "  VNets: " + ("; ".join(f"{n} {what}" for what, n in sorted(vnet_actions.items())) or "-"), file=out
    )
    words = {
        Disposition.CYCLE: "cycled one by one",
        Disposition.OUTAGE: "cycled in whole-set outages",
        Disposition.UPGRADE: "scale set(s) upgraded",
        Disposition.RESTART: "scale set(s) restarted in batches",
        Disposition.MANUAL: "handed over as manual steps (AKS)",
        Disposition.LEFT_OUT: "left out",
    }
    parts = [f"{dispositions[k]} {w}" for k, w in words.items() if dispositions[k]]
    parts += [f"{n} {v} (nothing to do)" for v, n in sorted(verdicts.items())]
    print("  VMs: " + ("; ".join(parts) or "-"), file=out)
    print(
        f"  changes: {ops[Op.VM_RESIZE]} resize(s), {ops[Op.NIC_ENABLE_AN]} NIC(s) get "
        f"Accelerated Networking, {deallocated} deallocation(s), {started} start(s), "
        f"{ops[Op.VMSS_UPGRADE_INSTANCES]} scale-set batch(es) (deallocate -> upgrade -> start), "
        f"{ops[Op.VMSS_DEALLOCATE_INSTANCES] - ops[Op.VMSS_UPGRADE_INSTANCES]} scale-set restart batch(es) "
        f"(deallocate -> start), {ops[Op.MANUAL]} manual step(s)"
        + (f", {ops[Op.NIC_DISABLE_AN]} NIC(s) lose Accelerated Networking" if ops[Op.NIC_DISABLE_AN] else "")
        + (f", encryption off on {ops[Op.VNET_DISABLE_ENCRYPTION]} VNet(s)" if ops[Op.VNET_DISABLE_ENCRYPTION] else ""),
        file=out,
    )
    print(
        f"  waves: {len(plan.waves)} (lower bound {plan.meta.lower_bound_waves}), "
        f"estimated {duration(total)} in all",
        file=out,
    )


def _wave(w: Wave, entries: dict[str, VmEntry], members: dict[str, list[str]], out: TextIO) -> None:
    window = f", window {w.window}" if w.window is not None else ""
    print(f"\nWave {w.index}: {w.title} (estimated {duration(w.estimated_seconds)}{window})", file=out)
    for o in w.outage:
        _wrapped(f"OUTAGE of availability set {_name(o)}, all down together", members.get(key(o), []), out)
    by_op: dict[str, list[Step]] = {}
    for s in w.steps:
        by_op.setdefault(s.op, []).append(s)
    for s in by_op.get("vnet.enable-encryption", []):
        print(f"  VNet {_name(s.target)}: encryption -> {s.params.get('enforcement')}", file=out)
    for s in by_op.get("manual", []):
        print(f"  MANUAL {_name(s.target)}: {s.params.get('reason', '')}", file=out)
        for c in s.params.get("commands", []):
            print(f"      {c}", file=out)
    down = [_name(s.target) for s in by_op.get("vm.deallocate", [])]
    if down:
        _wrapped("down", down, out)
    changes: list[str] = []
    for s in w.steps:
        if s.op == "vm.resize":
            changes.append(f"{_name(s.target)}: size {s.expect.get('size')} -> {s.params.get('size')}")
        elif s.op == "nic.enable-accelerated-networking":
            changes.append(
                f"{_name(s.target)} (NIC of {_name(str(s.params.get('vm')))}): Accelerated Networking off -> on"
            )
        elif s.op == "vmss.update-model":
            parts = []
            if "size" in s.params:
                parts.append(f"size {s.expect.get('size')} -> {s.params['size']}")
            if s.params.get("accelerated_networking"):
                parts.append("Accelerated Networking off -> on")
            changes.append(f"scale set {_name(s.target)} model: {', '.join(parts)}")
        elif s.op == Op.VMSS_DEALLOCATE_INSTANCES:
            changes.append(_batch(s, w.steps))
    if changes:
        print("  changes:", file=out)
        for c in changes:
            print(f"    {c}", file=out)
    started = {key(s.target) for s in by_op.get("vm.start", [])}
    cycled = {key(s.target) for s in w.steps if s.op.startswith("vm.")}
    cycled |= {key(str(s.params.get("vm"))) for s in by_op.get("nic.enable-accelerated-networking", [])}
    stay = sorted(entries[k].name for k in cycled - started if k in entries)
    if stay:
        _wrapped("left deallocated", stay, out)


def _batch(dealloc: Step, steps: list[Step]) -> str:
    """A scale-set batch as one line: its cycle, in the order its steps run."""
    p = dealloc.params
    upgraded = any(
        s.op == Op.VMSS_UPGRADE_INSTANCES and s.target == dealloc.target and s.params.get("batch") == p.get("batch")
        for s in steps
    )
    cycle = "deallocate -> apply the model -> start" if upgraded else "deallocate -> start"
    kind = "batch" if upgraded else "restart batch"
    return (
        f"scale set {_name(dealloc.target)}: {kind} {p.get('batch')}/{p.get('batches')}, up to {p.get('batch_size')} "
        f"instance(s): {cycle}"
    )


def _not_scheduled(plan: Plan, out: TextIO) -> None:
    left = [e for e in plan.vms if e.disposition == "left-out"]
    blocked = Counter(
        (e.reasons[0].split("]", 1)[0] + "]")
        if e.reasons and e.reasons[0].startswith("blocked: [")
        else "blocked"
        for e in plan.vms
        if e.verdict == "blocked" and e.disposition == "none"
    )
    if not (left or blocked or plan.meta.unscheduled_waves):
        return
    print("\nNot in any wave", file=out)
    for e in left:
        why = next((r for r in e.reasons if r.startswith("left out: ")), "left out")
        print(
            textwrap.fill(
                f"{e.name}: {why}",
                WIDTH,
                initial_indent="  ",
                subsequent_indent="      ",
                break_on_hyphens=False,
            ),
            file=out,
        )
    for what, n in sorted(blocked.items()):
        print(f"  {n} VM(s) or scale set(s) {what} (see `planner analyze`)", file=out)
    if plan.meta.unscheduled_waves:
        waves = plan.meta.unscheduled_waves
        print(f"  waves {waves[0]}..{waves[-1]} fit no maintenance window of the policy", file=out)


def print_written(plan: Plan, out: Path) -> None:
    """What `planner plan` says after writing a plan."""
    dispositions = Counter(e.disposition for e in plan.vms)
    steps = sum(len(w.steps) for w in plan.waves)
    outages = sum(len(w.outage) for w in plan.waves)
    print(
        f"wrote {out}: {len(plan.waves)} wave(s) (lower bound {plan.meta.lower_bound_waves}), {steps} step(s)"
    )
    shown = ", ".join(f"{k} {v}" for k, v in sorted(dispositions.items()))
    print(f"  VMs and scale sets by disposition: {shown or '-'}")
    if outages:
        print(f"  whole-set outages: {outages} availability set(s)")
    if plan.meta.unscheduled_waves:
        first = plan.meta.unscheduled_waves[0]
        print(f"  waves {first}..{len(plan.waves)} fit no maintenance window")
    print(f"  digest {plan.digest}")
    for note in plan.meta.notes:
        print(f"  NOTE: {note}")
    print(f"review it with: planner show {out}")
