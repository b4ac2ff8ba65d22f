"""Pinned plan digests: generated estates x policies must plan to exactly these plans.

The digest covers everything in a plan but `generated_at` (steps, ids, `az` lines, waves, reasons), so a change of
any planning behaviour shows here. When a change is meant to alter plans, rerun with PLANNER_UPDATE_EXPECTED=1,
review which cases moved and why, and commit the file with the change.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from plan_helpers import generated_inventory, plan_for

from planner.analysis.decisions import Decisions
from planner.plan.policy import Policy, Window

EXPECTED = Path(__file__).parent / "expected" / "plan-digests.json"

POLICIES: dict[str, Policy] = {
    "default": Policy(),
    "tight": Policy(max_parallel=20, max_unavailable=1),
    "strict-sets": Policy(
        max_parallel=7,
        allow_set_outage=False,
        drop_unencrypted=True,
        start_deallocated=True,
    ),
    "set-outages-windows": Policy(
        max_parallel=30,
        max_unavailable=2,
        resize_set_outage=True,
        windows=[
            Window(datetime(2025, 6, 7, 22, 0, tzinfo=UTC), 240),
            Window(datetime(2025, 6, 14, 22, 0, tzinfo=UTC), 600),
        ],
    ),
}

CASES = [
    (300, 7, "default"),
    (300, 7, "tight"),
    (300, 7, "strict-sets"),
    (300, 7, "set-outages-windows"),
    (120, 5, "default"),
    (120, 5, "strict-sets"),
    (900, 3, "default"),
    (900, 3, "tight"),
    (1500, 11, "set-outages-windows"),
    (1500, 11, "default"),
]


def _decisions(vms: int) -> Decisions:
    # Every estate also gets one plan with a series switch and smaller sizes allowed.
    return Decisions(series="extended", allow_smaller=True) if vms == 900 else Decisions()


def _digests() -> dict[str, str]:
    out: dict[str, str] = {}
    for vms, seed, policy in CASES:
        inv = generated_inventory(vms, seed)
        plan = plan_for(inv, POLICIES[policy], _decisions(vms))
        out[f"{vms} VMs seed {seed} policy {policy}"] = plan.digest
    return out


def test_generated_estates_plan_to_the_pinned_digests() -> None:
    actual = _digests()
    if os.environ.get("PLANNER_UPDATE_EXPECTED") == "1":
        EXPECTED.parent.mkdir(exist_ok=True)
        EXPECTED.write_text(json.dumps(actual, indent=1) + "\n")
    expected = json.loads(EXPECTED.read_text())
    moved = sorted(k for k in expected.keys() | actual.keys() if expected.get(k) != actual.get(k))
    assert moved == [], "plans changed for: " + "; ".join(moved)
