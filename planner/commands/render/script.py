"""A plan's `az` lines as a commented bash script (`planner export-script`).

The script runs every step one at a time in plan order (an order the plan guarantees valid), with
`set -euo pipefail` and an explicit wait after each long operation; a manual step stops and waits for the operator.
Everything printed from the plan goes through `azcli.comment` or `shlex.quote`, so names cannot inject commands.
"""

from __future__ import annotations

from shlex import quote

from planner.plan import azcli
from planner.plan.ops import Part, spec
from planner.plan.types import Plan, Step
from planner.text import duration


def _describe(s: Step) -> str:
    expect = ", ".join(f"{k}={v}" for k, v in sorted(s.expect.items()))
    return f"step {s.id}: {s.op} {s.target}" + (f" (expects {expect})" if expect else "")


def render(plan: Plan, source: str) -> str:
    lines = [
        "#!/usr/bin/env bash",
        azcli.comment(f"planner {plan.meta.tool_version}: the plan {source} as Azure CLI commands"),
        azcli.comment(f"plan digest {plan.digest}"),
        azcli.comment(
            "Runs every step one at a time, in plan order, stopping at the first failure. Unlike `apply`, it "
            "does not re-check each step's expected live values before acting: review `planner show` first."
        ),
        *(azcli.comment(f"NOTE: {note}") for note in plan.meta.notes),
        "set -euo pipefail",
    ]
    for w in plan.waves:
        lines += [
            "",
            azcli.comment(f"=== wave {w.index}: {w.title} (estimated {duration(w.estimated_seconds)}) ==="),
        ]
        for o in w.outage:
            lines.append(azcli.comment(f"OUTAGE: every member of availability set {o} is down in this wave"))
        lines.append(f"echo {quote(f'planner: wave {w.index} of {len(plan.waves)}')}")
        for s in w.steps:
            lines.append(azcli.comment(_describe(s)))
            op = spec(s.op)
            if op.part is Part.MANUAL:
                lines.append(s.az)
                prompt = f"Manual step {s.id}: do the commands above, then press Enter to continue. "
                lines.append(f"read -r -p {quote(prompt)} _")
                continue
            lines.append(s.az)
            wait = op.wait(s.target)
            if wait is not None:
                lines.append(wait)
    lines += ["", f"echo {quote('planner: every step of the plan ran')}", ""]
    return "\n".join(lines)
