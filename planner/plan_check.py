"""Validating a plan: every rule the sequencer is meant to obey, re-checked from the plan alone.

`check` re-checks every rule (step ordering, one deallocation per VM, budgets per wave, availability-set outages,
update-domain order, encryption before the cycles of a VNet, the `az` line of each step, the digest) without
calling the sequencer. `check_against` compares each step's target and `expect` with an inventory. `load_valid`
reads a plan file (`planner.plan_read`) and returns the plan only when it passes every check.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner import azcli
from planner.gcpause import collector_paused
from planner.model import Inventory, ResourceId, key
from planner.plan import (
    _TARGET_TYPES,
    ENFORCEMENTS,
    VM_OPS,
    GroupEntry,
    Plan,
    PlanInvalid,
    PlanProblem,
    Step,
    VmEntry,
    locate,
)
from planner.plan_read import _is, read
from planner.plan_write import content_digest


@dataclass(slots=True)
class _At:
    """Where a step sits: its wave's position and its own position in the wave (both 0-based)."""

    wave: int
    pos: int
    step: Step


class _Rules:
    """Every rule of a plan file, checked from the file alone."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.policy = plan.policy
        self.problems: list[PlanProblem] = []
        self.entries: dict[str, VmEntry] = {}
        self.groups: dict[str, GroupEntry] = {}
        self.members: dict[str, list[str]] = {}  # group key -> member entry keys
        self.at: dict[str, _At] = {}  # step id -> place (first occurrence)
        self._closures: dict[tuple[int, str], frozenset[str]] = {}

    # -- helpers

    def wave_where(self, w: int) -> str:
        return f"wave {self.plan.waves[w].index}"

    def add_step(self, a: _At, message: str) -> None:
        self.problems.append(
            PlanProblem(
                f"{self.wave_where(a.wave)} step {a.step.id}",
                message,
                table="waves",
                ordinal=a.wave + 1,
                step_ordinal=a.pos + 1,
            )
        )

    def add_wave(self, w: int, message: str) -> None:
        self.problems.append(PlanProblem(self.wave_where(w), message, table="waves", ordinal=w + 1))

    def add(self, where: str, message: str, table: str | None = None, ordinal: int | None = None) -> None:
        self.problems.append(PlanProblem(where, message, table=table, ordinal=ordinal))

    def closure(self, a: _At) -> frozenset[str]:
        """The ids of every step that must finish before `a` (its `after`, transitively, inside its wave)."""
        k = (a.wave, a.step.id)
        got = self._closures.get(k)
        if got is not None:
            return got
        out: set[str] = set()
        for dep in a.step.after:
            d = self.at.get(dep)
            if d is not None and d.wave == a.wave and d.pos < a.pos:
                out.add(dep)
                out |= self.closure(d)
        self._closures[k] = frozen = frozenset(out)
        return frozen

    def before(self, first: _At, then: _At) -> bool:
        """`first` is sure to finish before `then` starts: an earlier wave, or `after`-linked in one wave."""
        return first.wave < then.wave or (first.wave == then.wave and first.step.id in self.closure(then))

    def entry_where(self, k: str) -> str:
        e = self.entries[k]
        return f"{'scale set' if e.kind == 'scale-set' else 'VM'} {e.name}"

    # -- the checks

    def run(self) -> list[PlanProblem]:
        self.tables()
        self.step_shapes()
        vm_steps, vmss_steps = self.by_resource()
        self.cycles(vm_steps)
        self.scale_sets(vmss_steps)
        self.encryption(vm_steps, vmss_steps)
        self.budgets(vm_steps)
        self.update_domains(vm_steps)
        self.windows()
        return self.problems

    def tables(self) -> None:
        plan = self.plan
        if plan.meta.wave_count != len(plan.waves):
            self.add(
                "[meta]", f"wave_count is {plan.meta.wave_count}, but the plan has {len(plan.waves)} wave(s)"
            )
        for i, g in enumerate(plan.groups, 1):
            gk = key(g.id)
            if gk in self.groups:
                self.add(f"[[groups]] #{i}", f"group {g.id} is listed twice", "groups", i)
                continue
            self.groups[gk] = g
            self.members[gk] = []
            if g.members < 1:
                self.add(f"[[groups]] #{i}", f"members must be at least 1, not {g.members}", "groups", i)
            elif g.budget != self.policy.budget(g.members):
                self.add(
                    f"[[groups]] #{i}",
                    f"budget {g.budget} does not follow the policy (expected {self.policy.budget(g.members)} "
                    f"for {g.members} members)",
                    "groups",
                    i,
                )
        for i, e in enumerate(plan.vms, 1):
            ek = key(e.id)
            if ek in self.entries:
                self.add(f"[[vms]] #{i}", f"{e.id} is listed twice", "vms", i)
                continue
            self.entries[ek] = e
            for gid in e.groups:
                if key(gid) not in self.groups:
                    self.add(f"[[vms]] #{i}", f"group {gid} is not in [[groups]]", "vms", i)
                else:
                    self.members[key(gid)].append(ek)
        for i, w in enumerate(plan.waves):
            if w.index != i + 1:
                self.add_wave(i, f"index {w.index} out of order: this is wave {i + 1} of the file")
            if not w.title.strip():
                self.add_wave(i, "empty title")
            if w.estimated_seconds < 0:
                self.add_wave(i, "estimated_seconds is negative")

    def step_shapes(self) -> None:
        for w, wave in enumerate(self.plan.waves):
            seen_in_wave: dict[str, int] = {}
            for pos, s in enumerate(wave.steps):
                a = _At(w, pos, s)
                if s.id in self.at:
                    first = self.at[s.id]
                    self.add_step(a, f"duplicate step id (first used in {self.wave_where(first.wave)})")
                else:
                    self.at[s.id] = a
                for dep in s.after:
                    if dep not in seen_in_wave:
                        where = (
                            "it comes later in this wave"
                            if any(x.id == dep for x in wave.steps[pos:])
                            else "it is not a step of this wave"
                        )
                        self.add_step(
                            a, f"after names {dep}, but {where}: `after` may only name earlier steps"
                        )
                seen_in_wave[s.id] = pos
                self.step_fields(a)

    def step_fields(self, a: _At) -> None:
        s = a.step
        rid = ResourceId.parse(s.target)
        want = _TARGET_TYPES.get(s.op)
        if rid is not None and want is not None and rid.type.lower() != want:
            self.add_step(a, f"{s.op} needs a {want} target, not {rid.type}")
        p = s.params
        if s.op == "vnet.enable-encryption":
            if p.get("enforcement") not in ENFORCEMENTS:
                self.add_step(a, f"params.enforcement must be one of {', '.join(ENFORCEMENTS)}")
            elif p["enforcement"] == "DropUnencrypted" and not self.policy.drop_unencrypted:
                self.add_step(
                    a, "DropUnencrypted is planned but the policy does not opt in (drop_unencrypted)"
                )
        elif s.op == "vm.resize" and not (isinstance(p.get("size"), str) and p["size"]):
            self.add_step(a, "params.size (the new size) is missing")
        elif s.op == "nic.enable-accelerated-networking":
            vm = ResourceId.parse(str(p.get("vm", "")))
            if vm is None or vm.type.lower() != "microsoft.compute/virtualmachines":
                self.add_step(a, "params.vm (the VM whose NIC this is) is missing or not a VM id")
        elif s.op == "vmss.update-model":
            if not (isinstance(p.get("size"), str) or p.get("accelerated_networking") is True):
                self.add_step(a, "params need a size or accelerated_networking = true")
        elif s.op == "vmss.upgrade-instances":
            nums = [p.get(k) for k in ("batch", "batches", "batch_size")]
            if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in nums):
                self.add_step(a, "params batch, batches and batch_size must be positive integers")
                return
            if p["batch"] > p["batches"]:
                self.add_step(a, f"batch {p['batch']} of {p['batches']}")
            if p["batch_size"] > self.policy.max_parallel:
                self.add_step(
                    a, f"batch_size {p['batch_size']} exceeds max_parallel {self.policy.max_parallel}"
                )
        elif s.op == "manual" and not _is(p.get("commands", []), "array of strings"):
            self.add_step(a, "params.commands must be an array of strings")
        try:
            expected = azcli.step_command(s.op, s.target, p)
        except (KeyError, ValueError, TypeError):
            return  # the params problem is already reported
        if s.az != expected:
            self.add_step(a, f"az line does not match the step; it should be: {expected}")

    def by_resource(self) -> tuple[dict[str, list[_At]], dict[str, list[_At]]]:
        vm_steps: dict[str, list[_At]] = {}
        vmss_steps: dict[str, list[_At]] = {}
        for w, wave in enumerate(self.plan.waves):
            for pos, s in enumerate(wave.steps):
                a = _At(w, pos, s)
                if s.op in VM_OPS:
                    vm_steps.setdefault(key(s.target), []).append(a)
                elif s.op == "nic.enable-accelerated-networking" and isinstance(s.params.get("vm"), str):
                    vm_steps.setdefault(key(s.params["vm"]), []).append(a)
                elif s.op.startswith("vmss."):
                    vmss_steps.setdefault(key(s.target), []).append(a)
        for k, steps in [*vm_steps.items(), *vmss_steps.items()]:
            if k not in self.entries:
                self.add_step(steps[0], "its VM or scale set has no [[vms]] entry")
        return vm_steps, vmss_steps

    def cycles(self, vm_steps: dict[str, list[_At]]) -> None:
        """One deallocation per VM, its whole cycle in one wave, in order and `after`-linked."""
        for k, steps in vm_steps.items():
            entry = self.entries.get(k)
            waves = sorted({a.wave for a in steps})
            if len(waves) > 1:
                listed = ", ".join(self.wave_where(w) for w in waves)
                self.add_step(
                    steps[-1], f"the VM's steps are spread over {listed}: its cycle must be in one wave"
                )
                continue
            ops = [a.step.op for a in steps]
            for op in VM_OPS:
                if ops.count(op) > 1:
                    what = "deallocated" if op == "vm.deallocate" else op
                    self.add_step(
                        steps[-1], f"the VM has {ops.count(op)} {what} steps (one deallocation per VM)"
                    )
            if entry is not None and entry.wave != self.plan.waves[waves[0]].index:
                self.add_step(steps[0], f"[[vms]] says wave {entry.wave} for this VM")
            deallocs = [a for a in steps if a.step.op == "vm.deallocate"]
            if deallocs:
                d = deallocs[0]
                if steps[0] is not d:
                    self.add_step(steps[0], "comes before the VM's deallocation")
                changes = [
                    a for a in steps if a.step.op in ("vm.resize", "nic.enable-accelerated-networking")
                ]
                for a in changes:
                    if a is not d and d.step.id not in self.closure(a):
                        self.add_step(
                            a, f"does not wait for {d.step.id} (after): the VM must be deallocated first"
                        )
            else:
                state = entry.power_state if entry is not None else None
                if state != "deallocated":
                    for a in steps:
                        if a.step.op != "vm.deallocate":
                            self.add_step(
                                a, f"the plan never deallocates this VM (power state {state or 'unknown'})"
                            )
                            break
            resizes = [a for a in steps if a.step.op == "vm.resize"]
            for a in steps:
                if a.step.op == "nic.enable-accelerated-networking" and resizes:
                    r = resizes[0]
                    if r.pos > a.pos or r.step.id not in self.closure(a):
                        self.add_step(a, f"must come after the VM's resize {r.step.id} (after)")
            starts = [a for a in steps if a.step.op == "vm.start"]
            if starts:
                st = starts[0]
                if steps[-1] is not st:
                    self.add_step(steps[-1], "comes after the VM's start")
                missing = [a.step.id for a in steps if a is not st and a.step.id not in self.closure(st)]
                if missing:
                    self.add_step(st, f"does not wait for {', '.join(missing)} (after)")
                was = entry.power_state if entry is not None else None
                if (
                    was in ("deallocated", "stopped", "stopping", "deallocating")
                    and not self.policy.start_deallocated
                ):
                    self.add_step(
                        st,
                        f"starts a VM that was {was} before the plan; the policy leaves those deallocated "
                        "(start_deallocated = false)",
                    )

    def scale_sets(self, vmss_steps: dict[str, list[_At]]) -> None:
        for _, steps in vmss_steps.items():
            models = [a for a in steps if a.step.op == "vmss.update-model"]
            batches = [a for a in steps if a.step.op == "vmss.upgrade-instances"]
            if len(models) > 1:
                self.add_step(models[1], "a second model update of the same scale set")
            raw = [(a.step.params.get("batch"), a.step.params.get("batches")) for a in batches]
            numbers = [n for n, _ in raw if isinstance(n, int)]
            totals = {t for _, t in raw if isinstance(t, int)}
            if len(numbers) < len(raw) or len(totals) < len({t for _, t in raw}):
                continue  # reported by the params check
            if len(totals) > 1:
                self.add_step(batches[0], "the scale set's batches disagree on how many batches there are")
                continue
            expected = list(range(1, (totals.pop() if totals else 0) + 1))
            if sorted(numbers) != expected:
                self.add_step(batches[0], f"the scale set's batches are not exactly {expected}")
            for prev, nxt in itertools.pairwise(batches):
                if prev.step.params["batch"] >= nxt.step.params["batch"] or prev.wave >= nxt.wave:
                    self.add_step(
                        nxt, "batches must run one per wave in order (a batch is the set's whole budget)"
                    )
            if batches and models and not self.before(models[0], batches[0]):
                self.add_step(batches[0], f"runs before the model update {models[0].step.id}")
            if batches and not models:
                self.add_step(batches[0], "upgrades instances without a model update in the plan")

    def encryption(self, vm_steps: dict[str, list[_At]], vmss_steps: dict[str, list[_At]]) -> None:
        """Each VNet's enable step precedes the cycles of its VMs; a DropUnencrypted step follows all of them."""
        enable: dict[str, _At] = {}
        drop: dict[str, _At] = {}
        for w, wave in enumerate(self.plan.waves):
            for pos, s in enumerate(wave.steps):
                if s.op != "vnet.enable-encryption":
                    continue
                a = _At(w, pos, s)
                table = drop if s.params.get("enforcement") == "DropUnencrypted" else enable
                vk = key(s.target)
                if vk in table:
                    self.add_step(a, f"a second {s.params.get('enforcement')} step for this VNet")
                else:
                    table[vk] = a
        for vk, d in drop.items():
            if vk in enable and not self.before(enable[vk], d):
                self.add_step(d, f"comes before the VNet's AllowUnencrypted step {enable[vk].step.id}")
        if not enable and not drop:
            return
        vnet_members: dict[str, list[str]] = {}
        for ek, e in self.entries.items():
            for v in e.vnets:
                vnet_members.setdefault(key(v), []).append(ek)
        for vk, d in drop.items():
            for ek in vnet_members.get(vk, []):
                e = self.entries[ek]
                if e.verdict != "compliant" and e.disposition not in ("cycle", "outage", "upgrade"):
                    self.add_step(
                        d, f"DropUnencrypted, but {self.entry_where(ek)} will not be ready ({e.verdict})"
                    )
        for k, steps in [*vm_steps.items(), *vmss_steps.items()]:
            entry = self.entries.get(k)
            if entry is None:
                continue
            for v in entry.vnets:
                on = enable.get(key(v))
                if on is not None and not self.before(on, steps[0]):
                    self.add_step(steps[0], f"runs before its VNet's encryption step {on.step.id}")
                off = drop.get(key(v))
                if off is not None and not all(self.before(a, off) for a in steps):
                    self.add_step(off, f"runs before {self.entry_where(k)} is cycled")

    def budgets(self, vm_steps: dict[str, list[_At]]) -> None:
        """Per wave: max_parallel, every group's budget, and the whole-set outages the wave names."""
        down_by_wave: dict[int, set[str]] = {}
        changing_by_wave: dict[int, set[str]] = {}
        for k, steps in vm_steps.items():
            for a in steps:
                changing_by_wave.setdefault(a.wave, set()).add(k)
                if a.step.op == "vm.deallocate":
                    down_by_wave.setdefault(a.wave, set()).add(k)
        for w, wave in enumerate(self.plan.waves):
            down = down_by_wave.get(w, set())
            batch_down: dict[str, int] = {}
            count = len(changing_by_wave.get(w, set()))
            for s in wave.steps:
                if s.op == "vmss.upgrade-instances" and isinstance(s.params.get("batch_size"), int):
                    size = s.params["batch_size"]
                    count += size
                    # A batch counts in full against every group of the scale set (its own, and the pools
                    # holding its instances): which instances a batch takes is only known when it runs.
                    entry = self.entries.get(key(s.target))
                    for gid in {key(x) for x in entry.groups} if entry else {key(s.target)}:
                        batch_down[gid] = batch_down.get(gid, 0) + size
            outages = [key(o) for o in wave.outage]
            for o, raw in zip(outages, wave.outage, strict=True):
                named = self.groups.get(o)
                if named is None or named.kind != "availability-set":
                    self.add_wave(w, f"outage names {raw}, which is not an availability set in [[groups]]")
            outage_members = {o: set(self.members.get(o, [])) for o in outages}
            if count > self.policy.max_parallel:
                everyone = changing_by_wave.get(w, set())
                whole_set = len(outages) == 1 and not batch_down and everyone <= outage_members[outages[0]]
                if not whole_set:
                    self.add_wave(w, f"{count} VMs in one wave, over max_parallel {self.policy.max_parallel}")
            per_group: dict[str, list[str]] = {}
            for vk in down:
                entry = self.entries.get(vk)
                for gid in entry.groups if entry else []:
                    per_group.setdefault(key(gid), []).append(vk)
            for gk in set(per_group) | set(batch_down):
                g = self.groups.get(gk)
                if g is None:
                    continue
                members = per_group.get(gk, [])
                n = len(members) + batch_down.get(gk, 0)
                if n <= g.budget or gk in outage_members:
                    continue
                if not batch_down.get(gk) and any(set(members) <= m for m in outage_members.values()):
                    continue  # one whole-set outage takes these down together, explicitly
                self.add_wave(
                    w,
                    f"{g.kind} {g.name}: {n} of its {g.members} members down at once, over its budget of {g.budget}",
                )
            for o in outages:
                self.outage(w, o, down, vm_steps)

    def outage(self, w: int, o: str, down: set[str], vm_steps: dict[str, list[_At]]) -> None:
        g = self.groups.get(o)
        if g is None:
            return
        members = self.members.get(o, [])
        deallocs: list[_At] = []
        nics: list[_At] = []
        for m in members:
            steps = vm_steps.get(m, [])
            here = [a for a in steps if a.wave == w]
            if m not in down and not (
                self.entries[m].power_state == "deallocated" and len(here) == len(steps)
            ):
                self.add_wave(
                    w, f"outage of {g.name}: member {self.entries[m].name} is not deallocated in this wave"
                )
            deallocs += [a for a in here if a.step.op == "vm.deallocate"]
            nics += [a for a in here if a.step.op == "nic.enable-accelerated-networking"]
        ids = {a.step.id for a in deallocs}
        for a in nics:
            missing = ids - self.closure(a)
            if missing:
                self.add_step(
                    a,
                    f"enables AN in {g.name} before every member is deallocated ({len(missing)} not waited for)",
                )
        nic_ids = {a.step.id for a in nics}
        for m in members:
            for a in vm_steps.get(m, []):
                if a.wave == w and a.step.op == "vm.start" and nic_ids - self.closure(a):
                    self.add_step(
                        a, f"starts a member of {g.name} before AN is enabled on every NIC of the set"
                    )

    def update_domains(self, vm_steps: dict[str, list[_At]]) -> None:
        """Outside a whole-set outage, an availability set's cycles walk its update domains in order; and AN
        inside an availability set only ever happens in that set's outage."""
        outage_waves: dict[str, set[int]] = {}
        for w, wave in enumerate(self.plan.waves):
            for o in wave.outage:
                outage_waves.setdefault(key(o), set()).add(w)
        for gk, g in self.groups.items():
            if g.kind != "availability-set":
                continue
            placed: list[tuple[int, int]] = []  # (update domain, wave)
            for m in self.members.get(gk, []):
                steps = vm_steps.get(m)
                if not steps:
                    continue
                w = steps[0].wave
                in_outage = w in outage_waves.get(gk, set())
                for a in steps:
                    if a.step.op == "nic.enable-accelerated-networking" and not in_outage:
                        self.add_step(
                            a, f"enables AN inside availability set {g.name} outside a whole-set outage"
                        )
                ud = self.entries[m].update_domain
                if ud is not None and not in_outage:
                    placed.append((ud, w))
            by_ud: dict[int, list[int]] = {}
            for ud, w in placed:
                by_ud.setdefault(ud, []).append(w)
            latest = -1
            for ud in sorted(by_ud):
                if min(by_ud[ud]) <= latest:
                    self.add_wave(
                        min(by_ud[ud]),
                        f"availability set {g.name}: update domain {ud} is cycled no later than a lower update "
                        f"domain ({self.wave_where(latest)})",
                    )
                latest = max(latest, max(by_ud[ud]))

    def windows(self) -> None:
        count = len(self.policy.windows)
        last = 0
        for w, wave in enumerate(self.plan.waves):
            if wave.window is None:
                continue
            if not 1 <= wave.window <= count:
                self.add_wave(w, f"window {wave.window}, but the policy has {count} window(s)")
            elif wave.window < last:
                self.add_wave(w, f"window {wave.window} comes after window {last}: waves run in order")
            last = max(last, wave.window)
        for n in self.plan.meta.unscheduled_waves:
            if not 1 <= n <= len(self.plan.waves):
                self.add("[meta]", f"unscheduled_waves names wave {n}, which does not exist")


def check(plan: Plan, *, verify_digest: bool = True) -> list[PlanProblem]:
    """Every rule of a plan file, without the sequencer; empty when the plan is valid."""
    with collector_paused():
        problems = _Rules(plan).run()
    if verify_digest:
        actual = content_digest(plan)
        if plan.digest != actual:
            problems.append(
                PlanProblem(
                    "digest",
                    f"the content does not match the digest (content: {actual}, file: {plan.digest or 'none'}): "
                    "the plan was changed after planner wrote it; plan again instead of editing",
                )
            )
    return problems


def check_against(plan: Plan, inv: Inventory) -> list[PlanProblem]:
    """Every target exists in the inventory and the first step on each target expects its inventoried values."""
    problems: list[PlanProblem] = []
    seen: set[str] = set()
    for w, wave in enumerate(plan.waves):
        for pos, s in enumerate(wave.steps):
            where = f"wave {wave.index} step {s.id}"
            loc: dict[str, Any] = {"table": "waves", "ordinal": w + 1, "step_ordinal": pos + 1}
            for message in _compare(s, inv, first=key(s.target) not in seen):
                problems.append(PlanProblem(where, message, **loc))
            seen.add(key(s.target))
    return problems


def load_valid(path: Path) -> Plan:
    """A plan that passes every check; PlanReadError if unreadable, PlanInvalid with the problems otherwise."""
    plan, problems, text = read(path)
    if plan is not None and not problems:
        problems = check(plan)
        locate(text, problems)
    if problems or plan is None:
        raise PlanInvalid(problems)
    return plan


def _compare(s: Step, inv: Inventory, *, first: bool) -> Iterator[str]:
    k = key(s.target)
    live: dict[str, Any]
    if s.op in VM_OPS:
        vm = inv.vms.get(k)
        if vm is None:
            yield f"VM {s.target} is not in the inventory"
            return
        live = {"power_state": vm.power_state.value, "size": vm.size, "etag": vm.etag}
    elif s.op == "nic.enable-accelerated-networking":
        nic = inv.nics.get(k)
        if nic is None:
            yield f"NIC {s.target} is not in the inventory"
            return
        vm_id = s.params.get("vm")
        if isinstance(vm_id, str) and key(vm_id) not in inv.vms:
            yield f"VM {vm_id} (params.vm) is not in the inventory"
        live = {"accelerated_networking": nic.accelerated_networking, "etag": nic.etag}
    elif s.op == "vnet.enable-encryption":
        vnet = inv.vnets.get(k)
        if vnet is None:
            yield f"VNet {s.target} is not in the inventory"
            return
        live = {
            "encryption": "enabled" if vnet.encryption_enabled else "disabled",
            "enforcement": vnet.encryption_enforcement,
            "etag": vnet.etag,
        }
    elif s.op.startswith("vmss."):
        ss = inv.scale_sets.get(k)
        if ss is None:
            yield f"scale set {s.target} is not in the inventory"
            return
        live = {"size": ss.size, "accelerated_networking": ss.accelerated_networking, "etag": ss.etag}
    else:
        if k not in inv.scale_sets and k not in inv.vms and k not in inv.aks_clusters:
            yield f"{s.target} is not in the inventory"
        return
    if not first:
        return  # later steps on a target expect the state its earlier steps leave
    for name, want in sorted(s.expect.items()):
        have = live.get(name)
        if name not in live or have is None:
            continue  # the inventory does not record it: nothing to compare
        same = (
            want.lower() == have.lower() if isinstance(want, str) and isinstance(have, str) else want == have
        )
        if not same:
            yield f"expects {name} {_show(want)}, the inventory has {_show(have)}"


def _show(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)
