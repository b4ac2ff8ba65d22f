"""`planner plan`: analyse an inventory, sequence the changes into waves and write the executable TOML plan."""

from __future__ import annotations

import hashlib
import sys
from datetime import UTC, datetime
from pathlib import Path

from planner.analysis.analyzer import Analyzer
from planner.commands.inventory import load_decisions, load_usable
from planner.errors import ExitCode
from planner.model import Inventory
from planner.plan import policy as policy_mod
from planner.plan import write as plan_write
from planner.plan.policy import format_time
from planner.plan.types import Plan
from planner.sequencing.assemble import build_plan


def inventory_digest(path: Path, inv: Inventory) -> str:
    """A sha256 over the files the inventory was read from (names relative to `path`, and contents)."""
    if path.is_file():
        return plan_write.DIGEST_PREFIX + _file_sha256(path)
    h = hashlib.sha256()
    for source in sorted({s for s in inv.sources if Path(s).is_file()}):
        p = Path(source)
        try:
            name = p.relative_to(path).as_posix()
        except ValueError:
            name = p.as_posix()
        h.update(f"{name}\0{_file_sha256(p)}\n".encode())
    return plan_write.DIGEST_PREFIX + h.hexdigest()


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def run(
    inventory: Path,
    *,
    out: Path,
    decisions_file: Path | None,
    policy_file: Path | None,
    series: str | None,
    cloud: str,
    usage_location: str | None,
) -> ExitCode:
    decisions = load_decisions("plan", decisions_file, series)
    if decisions is None:
        return ExitCode.INPUT
    try:
        policy = policy_mod.load(policy_file) if policy_file else policy_mod.Policy()
    except policy_mod.PolicyError as exc:
        print(f"planner plan: {exc}", file=sys.stderr)
        return ExitCode.INPUT
    inv = load_usable(inventory, usage_location=usage_location, otherwise="no plan written")
    if inv is None:
        return ExitCode.INPUT
    analysis = Analyzer(inv).run(decisions)
    try:
        digest = inventory_digest(inventory, inv)
    except OSError as exc:
        print(f"planner plan: {inventory}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return ExitCode.INPUT
    plan = build_plan(
        inv,
        analysis,
        policy,
        generated_at=format_time(datetime.now(UTC)),
        inventory_digest=digest,
        cloud=cloud,
    )
    try:
        plan_write.write(plan, out)
    except OSError as exc:
        print(f"planner plan: {out}: cannot write the plan: {exc.strerror or exc}", file=sys.stderr)
        return ExitCode.INPUT
    print_summary(plan, out)
    return ExitCode.OK


def print_summary(plan: Plan, out: Path) -> None:
    dispositions: dict[str, int] = {}
    for e in plan.vms:
        dispositions[e.disposition] = dispositions.get(e.disposition, 0) + 1
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
    print(f"review it with: planner show {out}")
