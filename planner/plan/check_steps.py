"""The rules of a plan file about its tables and steps: shapes, params and `az` lines, and each VM's one cycle (each
scale set's model update and batches: `planner.plan.check_batches`)."""

from __future__ import annotations

from planner.model import PowerState, ResourceId, key
from planner.plan.check_batches import BatchRules
from planner.plan.check_index import At
from planner.plan.ops import TARGET_TYPES, Op, spec
from planner.plan.types import VmEntry
from sku_catalog import Catalog, load_catalog
from sku_catalog.catalog import SERIES_LISTS

# A VM's cycle: at most one of each.
VM_CYCLE_OPS = (Op.VM_DEALLOCATE, Op.VM_RESIZE, Op.VM_START)
# Power states a plan starts again only under `start_deallocated`.
NOT_RUNNING = (PowerState.DEALLOCATED, PowerState.STOPPED, PowerState.STOPPING, PowerState.DEALLOCATING)


class StepRules(BatchRules):
    """Table, step and per-resource rules (a scale set's in `BatchRules`)."""

    _catalog: Catalog | None = None

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
                a = At(w, pos, s)
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

    def step_fields(self, a: At) -> None:
        s = a.step
        op = spec(s.op)
        rid = ResourceId.parse(s.target)
        want = TARGET_TYPES.get(op.target)
        if rid is not None and want is not None and rid.type.lower() != want:
            self.add_step(a, f"{s.op} needs a {want} target, not {rid.type}")
        problems = op.check_params(s.params, self.policy)
        for message in problems:
            self.add_step(a, message)
        if problems:
            return
        try:
            expected = op.az(s.target, s.params)
        except (KeyError, ValueError, TypeError):
            return  # the params problem is already reported
        if s.az != expected:
            self.add_step(a, f"az line does not match the step; it should be: {expected}")

    def by_resource(self) -> tuple[dict[str, list[At]], dict[str, list[At]]]:
        vm_steps: dict[str, list[At]] = {}
        vmss_steps: dict[str, list[At]] = {}
        for w, wave in enumerate(self.plan.waves):
            for pos, s in enumerate(wave.steps):
                a = At(w, pos, s)
                op = spec(s.op)
                vm = op.vm_of(s.target, s.params)
                if vm is not None:
                    vm_steps.setdefault(key(vm), []).append(a)
                elif op.scale_set_step:
                    vmss_steps.setdefault(key(s.target), []).append(a)
        for k, steps in [*vm_steps.items(), *vmss_steps.items()]:
            if k not in self.entries:
                self.add_step(steps[0], "its VM or scale set has no [[vms]] entry")
        return vm_steps, vmss_steps

    def cycles(self, vm_steps: dict[str, list[At]]) -> None:
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
            for op in VM_CYCLE_OPS:
                if ops.count(op) > 1:
                    what = "deallocated" if op is Op.VM_DEALLOCATE else op
                    self.add_step(
                        steps[-1], f"the VM has {ops.count(op)} {what} steps (one deallocation per VM)"
                    )
            if entry is not None and entry.wave != self.plan.waves[waves[0]].index:
                self.add_step(steps[0], f"[[vms]] says wave {entry.wave} for this VM")
            deallocs = [a for a in steps if a.step.op is Op.VM_DEALLOCATE]
            if deallocs:
                d = deallocs[0]
                if steps[0] is not d:
                    self.add_step(steps[0], "comes before the VM's deallocation")
                changes = [
                    a for a in steps if a.step.op in (Op.VM_RESIZE, Op.NIC_ENABLE_AN, Op.NIC_DISABLE_AN)
                ]
                for a in changes:
                    if a is not d and d.step.id not in self.closure(a):
                        self.add_step(
                            a, f"does not wait for {d.step.id} (after): the VM must be deallocated first"
                        )
            else:
                state = entry.power_state if entry is not None else None
                if state != PowerState.DEALLOCATED:
                    for a in steps:
                        if a.step.op is not Op.VM_DEALLOCATE:
                            self.add_step(
                                a, f"the plan never deallocates this VM (power state {state or 'unknown'})"
                            )
                            break
            resizes = [a for a in steps if a.step.op is Op.VM_RESIZE]
            self.sizes(entry, steps, resizes)
            for a in steps:
                if a.step.op is Op.NIC_ENABLE_AN and resizes:
                    r = resizes[0]
                    if r.pos > a.pos or r.step.id not in self.closure(a):
                        self.add_step(a, f"must come after the VM's resize {r.step.id} (after)")
            starts = [a for a in steps if a.step.op is Op.VM_START]
            if starts:
                st = starts[0]
                if steps[-1] is not st:
                    self.add_step(steps[-1], "comes after the VM's start")
                missing = [a.step.id for a in steps if a is not st and a.step.id not in self.closure(st)]
                if missing:
                    self.add_step(st, f"does not wait for {', '.join(missing)} (after)")
                was = entry.power_state if entry is not None else None
                if (
                    was in NOT_RUNNING
                    and not self.policy.start_deallocated
                ):
                    self.add_step(
                        st,
                        f"starts a VM that was {was} before the plan; the policy leaves those deallocated "
                        "(start_deallocated = false)",
                    )

    def sizes(self, entry: VmEntry | None, steps: list[At], resizes: list[At]) -> None:
        """A resize moves the VM to the target its [[vms]] entry names, a size of the plan's series list (a
        rollback plan's resizes restore sizes from before the apply, which need not be), and the steps after it
        expect that size."""
        if not resizes:
            return
        size = resizes[0].step.params.get("size")
        if not isinstance(size, str):
            return  # reported by the params check
        if entry is not None and (entry.target_size or "").lower() != size.lower():
            self.add_step(resizes[0], f"resizes to {size}, but [[vms]] says the target is {entry.target_size}")
        catalog = self.catalog()
        if catalog is not None and not self.plan.meta.rolls_back and not catalog.is_supported(size):
            self.add_step(
                resizes[0], f"{size} is not in the supported-series list {self.plan.meta.series!r} of the plan"
            )
        after = [a for a in steps if a.wave == resizes[0].wave and a.pos > resizes[0].pos]
        for a in after:
            expected = a.step.expect.get("size")
            if isinstance(expected, str) and expected.lower() != size.lower():
                self.add_step(a, f"expects size {expected}, but the resize before it sets {size}")

    def catalog(self) -> Catalog | None:
        """The plan's supported-series list (None when the plan names a list this planner does not know)."""
        if self._catalog is None and self.plan.meta.series in SERIES_LISTS:
            self._catalog = load_catalog(self.plan.meta.series)
        return self._catalog
