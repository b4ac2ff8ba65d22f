"""A plan's `az` lines as a bash script (`planner export-script`).

Waves run in order. Within a wave, each VM's steps (deallocate, resize, Accelerated Networking, start: its chain)
run in plan order as one background job beside the other chains, and the wave ends when every job has, so the
script takes about what `planner show` estimates; a scale set's model update and batches, and a VNet's step, are
chains of their own; steps tied by `after` across resources share a chain. Chains with a manual step run first, in
the foreground (they ask the operator). `serial=True` runs every step one at a time in plan order instead.

Every step is logged (`planner.commands.render.script_prelude`): a failure, or Ctrl-C, lets the jobs in flight finish
and then prints the failed steps, every VM deallocated and not started again, and the command that resumes
(`PLANNER_FROM_STEP=ID bash plan.sh`). Everything printed from the plan goes through `azcli.comment` or
`azcli.quote`, so names cannot inject commands.
"""

from __future__ import annotations

from planner.commands.render.script_prelude import PRELUDE
from planner.model import key
from planner.plan import azcli
from planner.plan.ops import Op, Part, spec
from planner.plan.types import Plan, Step, Wave
from planner.text import duration


def _describe(s: Step) -> str:
    expect = ", ".join(f"{k}={v}" for k, v in sorted(s.expect.items()))
    return f"step {s.id}: {s.op} {s.target}" + (f" (expects {expect})" if expect else "")


def _header(plan: Plan, source: str, serial: bool) -> list[str]:
    how = (
        "Runs every step one at a time, in plan order (exported with --serial)."
        if serial
        else "Runs the waves in order. Within a wave each VM's steps (deallocate, resize, Accelerated Networking, "
        "start) run in order as one background job beside the other VMs' (a scale set's and a VNet's steps "
        "likewise), and the wave ends when every job has; chains with a manual step run first, in the foreground."
    )
    return [
        "#!/usr/bin/env bash",
        azcli.comment(f"planner {plan.meta.tool_version}: the plan {source} as Azure CLI commands"),
        azcli.comment(f"plan digest {plan.digest}"),
        azcli.comment(how),
        azcli.comment(
            "Unlike `planner apply` (journalled, resumable, with a drift check before every step), it does not "
            f"check each step's expected live values before acting: review `planner show {source}` and "
            f"`planner apply --dry-run {source}` first."
        ),
        azcli.comment(
            "On a failure (or Ctrl-C) the steps in flight finish, then it prints the steps that failed, every VM it "
            "has deallocated and not started again, and the command that resumes: PLANNER_FROM_STEP=<step id> "
            "bash <this script>. It logs every step to $PLANNER_LOG (default: this script's path + .log); a "
            "resumed run skips the steps logged done."
        ),
        *(azcli.comment(f"NOTE: {note}") for note in plan.meta.notes),
        "set -euo pipefail",
        PRELUDE.strip("\n"),
        "",
        "planner_start",
    ]


def _step_lines(s: Step, wave: int, n: int, indent: str) -> list[str]:
    """One step: skipped when a resume has it done, else its commands; a failing command stops its chain (or the
    script) through the ERR trap, and a VM's (or a scale-set instance's) deallocation and start are logged so that a
    stop can say what is down."""
    op = spec(s.op)
    sid = azcli.quote(s.id)
    where = f"{wave} {n} {sid}"
    body: list[str] = [azcli.comment(_describe(s))]
    if s.op is Op.VM_DEALLOCATE:
        body.append(f"planner_down {azcli.quote(s.target)}")
    # (A scale-set batch's deallocation logs each instance it takes down itself: `planner_batch_take`.)
    body.append(s.az)  # any command that fails stops the chain: the ERR trap names the step (`planner_begin`)
    if op.part is Part.MANUAL:
        prompt = f"Manual step {s.id}: do the commands above, then press Enter to continue. "
        body.append(f"read -r -p {azcli.quote(prompt)} _")
    else:
        wait = op.wait(s.target)
        if wait is not None:
            body.append(wait)
    if s.op is Op.VM_START:
        body.append(f"planner_up {azcli.quote(s.target)}")
    elif s.op is Op.VMSS_START_INSTANCES:
        key_, batch = azcli.batch_key(s.target), int(s.params["batch"])
        body.append(f"planner_batch_up {key_} {batch} {azcli.quote(s.target)}")
    body.append(f"planner_done {where}")
    inner = indent + "  "
    lines = [f"{indent}if planner_begin {where}", f"{indent}then"]
    for chunk in body:
        lines += [inner + line for line in chunk.split("\n")]
    return [*lines, f"{indent}fi"]


def _chains(steps: list[Step]) -> list[list[Step]]:
    """The wave's steps as chains (plan order within each, chains in the order of their first step): one per VM
    (or per resource without a VM), joined where `after` ties steps of different ones."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    group_of: dict[str, str] = {}
    for s in steps:
        vm = spec(s.op).vm_of(s.target, s.params)
        g = find(key(vm or s.target))
        group_of[s.id] = g
        for dep in s.after:
            if dep in group_of:
                parent[find(group_of[dep])] = g
    chains: dict[str, list[Step]] = {}
    for s in steps:
        chains.setdefault(find(group_of[s.id]), []).append(s)
    return list(chains.values())


def _levels(chain: list[Step]) -> list[list[Step]]:
    """A chain's steps by depth: a step comes one level after the last of those it waits for (`after`) and after
    the step before it on the same resource, so steps that wait for nothing in common run side by side (an
    availability set's deallocations before its AN step, then its starts)."""
    level: dict[str, int] = {}
    last_on: dict[str, int] = {}
    out: list[list[Step]] = []
    for s in chain:
        resource = key(spec(s.op).vm_of(s.target, s.params) or s.target)
        depth = max([level[d] + 1 for d in s.after if d in level] + [last_on.get(resource, -1) + 1])
        level[s.id] = last_on[resource] = depth
        while len(out) <= depth:
            out.append([])
        out[depth].append(s)
    return [steps for steps in out if steps]


def _job_lines(chain: list[Step], wave: int, order: dict[str, int]) -> list[str]:
    """A chain as one background job; a level of several steps runs them as jobs of their own, then waits."""
    lines = ["(", "  PLANNER_IN_JOB=1", "  PLANNER_JOBS=()", "  trap planner_failed_step ERR", "  trap - INT TERM"]
    for steps in _levels(chain):
        if len(steps) == 1:
            lines += _step_lines(steps[0], wave, order[steps[0].id], "  ")
            continue
        for s in steps:
            lines += ["  (", "    trap planner_failed_step ERR"]
            lines += _step_lines(s, wave, order[s.id], "    ")
            lines += ["  ) &", "  planner_job $!"]
        lines.append("  planner_wait_jobs || exit 1")
    return [*lines, ") &", "planner_job $!"]


def _wave_lines(plan: Plan, w: Wave, first: int, serial: bool) -> list[str]:
    lines = [
        "",
        azcli.comment(f"=== wave {w.index}: {w.title} (estimated {duration(w.estimated_seconds)}) ==="),
        *(azcli.comment(f"OUTAGE: every member of availability set {o} is down in this wave") for o in w.outage),
    ]
    order = {s.id: first + i for i, s in enumerate(w.steps)}
    head = w.steps[0].id if w.steps else ""
    lines.append(f"planner_wave {w.index} {len(plan.waves)} {first} {azcli.quote(head or '-')}")
    if serial:
        for s in w.steps:
            lines += _step_lines(s, w.index, order[s.id], "")
        return lines
    chains = _chains(w.steps)
    foreground = [c for c in chains if any(spec(s.op).part is Part.MANUAL for s in c)]
    for chain in foreground:
        for s in chain:
            lines += _step_lines(s, w.index, order[s.id], "")
    for chain in chains:
        if chain not in foreground:
            lines += _job_lines(chain, w.index, order)
    lines.append(f"planner_wave_end {w.index}")
    return lines


def render(plan: Plan, source: str, *, serial: bool = False) -> str:
    lines = _header(plan, source, serial)
    first = 1
    for w in plan.waves:
        lines += _wave_lines(plan, w, first, serial)
        first += len(w.steps)
    lines += ["", "planner_finish", ""]
    return "\n".join(lines)
