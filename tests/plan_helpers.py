"""Shared by the sequencing tests: generated estates, and plans made from them the way `planner plan` makes them."""

from __future__ import annotations

from functools import cache

from planner.analysis.analyzer import Analyzer
from planner.analysis.decisions import Decisions
from planner.demo.estate import estate_documents, generate_estate
from planner.inventory.arm_json import load_documents
from planner.model import Inventory
from planner.plan import write as plan_write
from planner.plan.policy import Policy
from planner.plan.types import Plan
from planner.sequencing.assemble import build_plan

GENERATED_AT = "2025-06-01T00:00:00Z"


@cache
def generated_inventory(vms: int, seed: int) -> Inventory:
    """The demo generator's estate of that size and seed, loaded (cached: tests only read it)."""
    inv = load_documents(estate_documents(generate_estate(vms=vms, seed=seed)))
    assert not inv.errors()
    return inv


def plan_for(inv: Inventory, policy: Policy, decisions: Decisions | None = None) -> Plan:
    """The plan for an inventory, with its digest set (fixed generated_at and inventory digest)."""
    analysis = Analyzer(inv).run(decisions or Decisions())
    plan = build_plan(inv, analysis, policy, generated_at=GENERATED_AT, inventory_digest="sha256:test")
    plan.digest = plan_write.content_digest(plan)
    return plan
