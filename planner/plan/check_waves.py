"""The rules of a plan file about its waves: encryption before cycles, budgets per wave, whole-set outages,
update-domain order and maintenance windows."""

from __future__ import annotations

from planner.model import PowerState, key
from planner.plan.check_index import At
from planner.plan.check_steps import StepRules
from planner.plan.ops import Op, spec
from planner.plan.types import PlanProblem
from planner.vocabulary import Disposition, Enforcement, GroupKind, Verdict

# Dispositions after which a VM or scale set carries encrypted traffic.
READY_DISPOSITIONS = (Disposition.CYCLE, Disposition.OUTAGE, Disposition.UPGRADE, Disposition.RESTART)


class PlanRules(StepRules):
    """Every rule of a plan file, checked from the file alone."""

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

    def encryption(self, vm_steps: dict[str, list[At]], vmss_steps: dict[str, list[At]]) -> None:
        """Each VNet's enable step precedes the cycles of its VMs; a DropUnencrypted step follows all of them."""
        enable: dict[str, At] = {}
        drop: dict[str, At] = {}
        for w, wave in enumerate(self.plan.waves):
            for pos, s in enumerate(wave.steps):
                if s.op is not Op.VNET_ENABLE_ENCRYPTION:
                    continue
                a = At(w, pos, s)
                table = drop if s.params.get("enforcement") == Enforcement.DROP else enable
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
                if e.verdict is not Verdict.COMPLIANT and e.disposition not in READY_DISPOSITIONS:
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

    def budgets(self, vm_steps: dict[str, list[At]]) -> None:
        """Per wave: max_parallel, every group's budget, and the whole-set outages the wave names."""
        down_by_wave: dict[int, set[str]] = {}
        changing_by_wave: dict[int, set[str]] = {}
        for k, steps in vm_steps.items():
            for a in steps:
                changing_by_wave.setdefault(a.wave, set()).add(k)
                if a.step.op is Op.VM_DEALLOCATE:
                    down_by_wave.setdefault(a.wave, set()).add(k)
        for w, wave in enumerate(self.plan.waves):
            down = down_by_wave.get(w, set())
            batch_down: dict[str, int] = {}
            count = len(changing_by_wave.get(w, set()))
            for s in wave.steps:
                if spec(s.op).takes_instances_down and isinstance(s.params.get("batch_size"), int):
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
                if named is None or named.kind is not GroupKind.AVAILABILITY_SET:
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

    def outage(self, w: int, o: str, down: set[str], vm_steps: dict[str, list[At]]) -> None:
        g = self.groups.get(o)
        if g is None:
            return
        members = self.members.get(o, [])
        deallocs: list[At] = []
        nics: list[At] = []
        for m in members:
            steps = vm_steps.get(m, [])
            here = [a for a in steps if a.wave == w]
            if m not in down and not (
                self.entries[m].power_state == PowerState.DEALLOCATED and len(here) == len(steps)
            ):
                self.add_wave(
                    w, f"outage of {g.name}: member {self.entries[m].name} is not deallocated in this wave"
                )
            deallocs += [a for a in here if a.step.op is Op.VM_DEALLOCATE]
            nics += [a for a in here if a.step.op is Op.NIC_ENABLE_AN]
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
                if a.wave == w and a.step.op is Op.VM_START and nic_ids - self.closure(a):
                    self.add_step(
                        a, f"starts a member of {g.name} before AN is enabled on every NIC of the set"
                    )

    def update_domains(self, vm_steps: dict[str, list[At]]) -> None:
        """Outside a whole-set outage, an availability set's cycles walk its update domains in order; and AN
        inside an availability set only ever happens in that set's outage."""
        outage_waves: dict[str, set[int]] = {}
        for w, wave in enumerate(self.plan.waves):
            for o in wave.outage:
                outage_waves.setdefault(key(o), set()).add(w)
        for gk, g in self.groups.items():
            if g.kind is not GroupKind.AVAILABILITY_SET:
                continue
            placed: list[tuple[int, int]] = []  # (update domain, wave)
            for m in self.members.get(gk, []):
                steps = vm_steps.get(m)
                if not steps:
                    continue
                w = steps[0].wave
                in_outage = w in outage_waves.get(gk, set())
                for a in steps:
                    if a.step.op is Op.NIC_ENABLE_AN and not in_outage:
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
