"""Printing an analysis: the readable report of `planner analyze`, and its JSON (a stable interface)."""

from __future__ import annotations

from typing import Any, TextIO

from planner.analysis.propose import Rejection
from planner.analysis.results import Analysis, Finding, VmResult
from planner.commands.render.problems import problem_to_json
from planner.model import Inventory, Problem

# Rejected candidates listed per VM in the text report (--json lists all that analysis keeps).
REJECTED_SHOWN = 6


def finding_json(f: Finding, *, with_resources: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"code": f.code, "message": f.message}
    if with_resources:
        out["resources"] = list(f.resources)
    return out


def vm_json(r: VmResult, memo: dict[int, Any] | None = None) -> dict[str, Any]:
    """One VM's (or scale set's) entry. `memo` shares the JSON of findings and rejections that many VMs share."""
    memo = {} if memo is None else memo

    def shared(obj: Any, make: Any) -> Any:
        hit = memo.get(id(obj))
        if hit is None:
            hit = memo[id(obj)] = make(obj)
        return hit

    return {
        "id": r.id,
        "name": r.name,
        "vnet": r.vnet_id,
        "size": r.size,
        "power_state": r.power_state.value,
        "verdict": r.verdict,
        "actions": r.actions,
        "target_size": r.target_size,
        "pinned": r.pinned,
        "nics_without_accelerated_networking": r.nics_without_an,
        "blockers": [shared(b, finding_json) for b in r.blockers],
        "warnings": [shared(w, finding_json) for w in r.warnings],
        "rejected": [shared(x, _rejection_json) for x in r.rejected],
        "rejected_counts": r.rejected_counts,
    }


def _rejection_json(x: Rejection) -> dict[str, str]:
    return {"size": x.size, "code": x.code}


def analysis_json(a: Analysis, problems: list[Problem] | None = None) -> dict[str, Any]:
    """The stable JSON of an analysis; `problems`, the loader's warnings, join its notes."""
    memo: dict[int, Any] = {}  # alive only while `a` is, so ids are not reused meanwhile
    vnets = []
    for v in a.vnets.values():
        vnets.append(
            {
                "id": v.id,
                "name": v.name,
                "location": v.location,
                "encryption": v.encryption,
                "verdict": v.verdict,
                "blockers": [finding_json(b) for b in v.blockers],
                "warnings": [finding_json(w) for w in v.warnings],
                "peerings": [
                    {
                        "remote": p.remote_id,
                        "remote_name": p.remote_name,
                        "remote_encryption": p.remote_encryption,
                        "encrypted_when_enabled": p.encrypted_when_enabled,
                    }
                    for p in v.peerings
                ],
                "vm_count": len(v.vm_ids),
            }
        )
    scale_sets = []
    for s in a.scale_sets.values():
        entry = vm_json(s)
        del entry["power_state"]
        scale_sets.append(entry)
    return {
        "vnets": vnets,
        "vms": [vm_json(r, memo) for r in a.vms.values()],
        "scale_sets": scale_sets,
        "notes": [finding_json(n, with_resources=False) for n in a.notes]
        + [problem_to_json(p) for p in problems or []],
        "summary": a.summary(),
    }


def _line(f: Finding) -> str:
    return f"[{f.code}] {f.message}"


def print_report(inv: Inventory, a: Analysis, out: TextIO) -> None:
    print("VNets", file=out)
    for v in a.vnets.values():
        print(
            f"  {v.name} ({v.location}) encryption {v.encryption}: {v.verdict.upper()}, {len(v.vm_ids)} VM(s)",
            file=out,
        )
        for b in v.blockers:
            print(f"    blocker {_line(b)}: {', '.join(_short(x) for x in b.resources[:5])}", file=out)
        for w in v.warnings:
            named = f": {', '.join(_short(x) for x in w.resources[:5])}" if w.resources else ""
            more = f" and {len(w.resources) - 5} more" if len(w.resources) > 5 else ""
            print(f"    warning {_line(w)}{named}{more}", file=out)
        for p in v.peerings:
            state = "encrypted once both are enabled" if p.encrypted_when_enabled else "NOT encrypted"
            print(f"    peering -> {p.remote_name or p.remote_id} ({p.remote_encryption}): {state}", file=out)
    print("\nVMs", file=out)
    for r in [*a.vms.values(), *a.scale_sets.values()]:
        change = f" -> {r.target_size}" + (" (pinned)" if r.pinned else "") if r.target_size else ""
        acts = f" [{', '.join(r.actions)}]" if r.actions else ""
        kind = "scale set " if r.kind == "scale-set" else ""
        state = "" if r.kind == "scale-set" else f" {r.power_state.value},"
        print(f"  {kind}{r.name}:{state} {r.size}{change}: {r.verdict}{acts}", file=out)
        for b in r.blockers:
            print(f"    blocker {_line(b)}", file=out)
        for w in r.warnings:
            print(f"    warning {_line(w)}", file=out)
        if r.rejected and (r.target_size or r.blockers):
            shown = ", ".join(f"{x.size} ({x.code})" for x in r.rejected[:REJECTED_SHOWN])
            total = sum(r.rejected_counts.values())
            more = f"; {total} candidates lost in all" if total > REJECTED_SHOWN else ""
            print(f"    rejected: {shown}{more}", file=out)
    for n in a.notes:
        print(f"\nnote {_line(n)}", file=out)
    print("\nSummary", file=out)
    for name, value in a.summary().items():
        print(f"  {name.replace('_', ' ')}: {_fmt(value)}", file=out)


def _fmt(v: object) -> str:
    if isinstance(v, dict):
        return ", ".join(f"{k} {n}" for k, n in v.items()) or "-"
    return str(v)


def _short(resource_id: str) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1]
