"""A rollback plan from an apply's journal: a new plan that restores the before-values of the steps the apply
completed. It is an ordinary plan: `show`, `validate` and `apply` read it like any other, with its own digest.

What is restored, from each `done` step's `before` (the values read just before the apply's first write):

- a VM resized -> resized back; a NIC given AN -> AN off (`nic.disable-accelerated-networking`); each such VM in
  one cycle again (deallocate, AN off, size back: the reverse order, since a size without AN refuses a NIC with it,
  then start), started only if it was running before the plan; a VM the apply left
  deallocated (it failed or stopped before the start) is started again when it was running before the plan
  (`start_deallocated` is set for that);
- a VNet switched on -> switched off (`vnet.disable-encryption`), in a last wave after every VM;
  DropUnencrypted -> back to AllowUnencrypted, in the first wave;
- a scale set's model -> restored (`vmss.restore-model`), then every instance cycled onto it in batches of the
  original size, one batch per wave (deallocate -> apply the model -> start, as the plan did). Scale-set instances
  the apply left deallocated in the middle of a batch refuse a rollback plan (it chooses a batch's instances when
  it runs, so it cannot name them): resume the apply, or start them with the command the refusal gives.

Steps `already-done` changed nothing and are not undone. Waves are packed again under the plan's policy: at most
`max_parallel` VMs per wave, every group within its budget (a rollback never needs a whole-set outage), members
of an availability set walking update domains in order. The first step on each resource expects what the apply
left (without an etag: the apply changed it), so a rollback is itself checked for drift when it runs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from planner.errors import UsageError
from planner.execute.down import down_instances
from planner.execute.estimate import critical_path
from planner.execute.journal import JournalState
from planner.model import key
from planner.plan import azcli
from planner.plan.ops import Op, az_line, durations
from planner.plan.types import Meta, Plan, Step, VmEntry, Wave
from planner.sequencing.ids import StepIds
from planner.vocabulary import Disposition, Encryption, Enforcement

_RUNNING = ("running", "starting", "unknown")


class NothingToRollBack(Exception):
    """The journal records no completed change of this plan."""


class CannotRollBack(UsageError):
    """The apply made a change no rollback plan can undo within the plan rules (switching AN back on inside an
    availability set needs a whole-set outage the rollback does not plan): plan again from a fresh inventory."""


def _step(sid: str, op: Op, target: str, expect: dict[str, Any], params: dict[str, Any], rollback: dict[str, Any], after: list[str]) -> Step:
    return Step(sid, op, target, expect, params, rollback, after, az_line(op, target, params))


@dataclass
class _Vm:
    """One VM to restore: what the apply left and what it had before."""

    id: str
    entry: VmEntry
    power_now: str
    power_before: str
    size_now: str
    size_before: str
    nics: list[str] = field(default_factory=list)  # NICs whose AN the apply switched on
    wave: int = 0

    @property
    def goes_down(self) -> bool:
        return self.power_now != "deallocated" and (self.size_now != self.size_before or bool(self.nics))


def rollback_plan(plan: Plan, state: JournalState, *, generated_at: str, source: str) -> Plan:
    done = {sid: rec for sid, rec in state.steps.items() if rec.status == "done"}
    if not done:
        raise NothingToRollBack(f"{state.path}: the apply completed no change of plan {plan.digest}: nothing to roll back")
    entries = {key(e.id): e for e in plan.vms}
    vms: dict[str, _Vm] = {}
    vnets_off: list[Step] = []
    vnets_allow: list[Step] = []
    models: list[tuple[Step, dict[str, Any]]] = []
    vnets_on: list[tuple[Step, dict[str, Any]]] = []  # a rollback's VNet switched off: back on
    finished = {sid for sid, rec in state.steps.items() if rec.finished}
    unsupported = [s.id for _, s in plan.steps() if s.id in done and s.op is Op.NIC_DISABLE_AN]
    if unsupported:
        raise CannotRollBack(
            f"{state.path}: the apply switched Accelerated Networking off ({', '.join(unsupported[:3])}"
            f"{', ...' if len(unsupported) > 3 else ''}); a rollback plan cannot switch it back on (inside an "
            "availability set that needs a whole-set outage): plan again from a fresh inventory (fetch, plan)"
        )
    _refuse_instances_down(plan, state)
    for _, s in plan.steps():
        rec = done.get(s.id)
        vm_key = key(str(s.params.get("vm", s.target)))
        if s.op in (Op.VM_DEALLOCATE, Op.VM_RESIZE, Op.NIC_ENABLE_AN, Op.NIC_DISABLE_AN, Op.VM_START):
            entry = entries.get(vm_key)
            if entry is None:
                continue
            vm = vms.get(vm_key)
            if vm is None:
                power = str(entry.power_state or "unknown")
                vm = vms[vm_key] = _Vm(entry.id, entry, power, power, entry.size, entry.size)
            if s.op is Op.VM_DEALLOCATE and s.id in finished:
                vm.power_now = "deallocated"
                vm.power_before = str((rec.before if rec else {}).get("power_state") or vm.power_before)
            elif s.op is Op.VM_START and s.id in finished:
                vm.power_now = "running"
            elif s.op is Op.VM_RESIZE and rec is not None:
                vm.size_now = str(s.params["size"])
                vm.size_before = str(rec.before.get("size") or vm.size_before)
            elif s.op is Op.NIC_ENABLE_AN and rec is not None:
                vm.nics.append(s.target)
        elif s.op is Op.VNET_DISABLE_ENCRYPTION and rec is not None:
            vnets_on.append((s, rec.before))
        elif s.op is Op.VNET_ENABLE_ENCRYPTION and rec is not None:
            if rec.before.get("encryption") == Encryption.ENABLED.value:
                vnets_allow.append(s)
            else:
                vnets_off.append(s)
        elif s.op in (Op.VMSS_UPDATE_MODEL, Op.VMSS_RESTORE_MODEL) and rec is not None:
            models.append((s, rec.before))
    restore = [v for v in vms.values() if v.goes_down or v.size_now != v.size_before or v.nics or (v.power_now == "deallocated" and v.power_before in _RUNNING)]
    return _Builder(plan, generated_at, source).build(restore, vnets_allow, vnets_off, models, vnets_on)


def _refuse_instances_down(plan: Plan, state: JournalState) -> None:
    """A scale-set batch the apply deallocated and did not start again: a rollback plan picks a batch's instances
    when it runs, so it cannot name these; they come back when the apply is resumed, or by hand."""
    down = [d for w in plan.waves for d in down_instances(w, state)]
    if not down:
        return
    by_set: dict[str, list[str]] = {}
    for d in down:
        scale_set, _, instance = d.id.rpartition("/virtualMachines/")
        by_set.setdefault(scale_set, []).append(instance)
    starts = "; ".join(
        f"az vmss start {azcli.scale_set_args(ss)} --instance-ids {' '.join(azcli.quote(i) for i in ids)}"
        for ss, ids in by_set.items()
    )
    raise CannotRollBack(
        f"{state.path}: the apply left {len(down)} scale-set instance(s) deallocated in the middle of a batch; a "
        "rollback plan cannot name them. Resume the apply (it starts them), or start them first: "
        f"{starts}; then make the rollback plan"
    )


class _Builder:
    def __init__(self, plan: Plan, generated_at: str, source: str) -> None:
        self.plan = plan
        self.generated_at = generated_at
        self.source = source
        self.ids = StepIds()
        self.groups = {key(g.id): g for g in plan.groups}
        self.waves: list[Wave] = []
        self.down: list[Counter[str]] = []  # per wave: members down per group
        self.changing: list[int] = []  # per wave: VMs (and instances) changing
        self.entries: list[VmEntry] = []

    def wave(self, n: int) -> Wave:
        while len(self.waves) < n:
            self.waves.append(Wave(len(self.waves) + 1, ""))
            self.down.append(Counter())
            self.changing.append(0)
        return self.waves[n - 1]

    def sid(self, wave: int, kind: str, rid: str, what: str) -> str:
        return f"r{wave:03d}-{self.ids.stem(kind, rid, rid.rsplit('/', 1)[-1])}-{what}"

    def build(
        self,
        vms: list[_Vm],
        allow: list[Step],
        off: list[Step],
        models: list[tuple[Step, dict[str, Any]]],
        on: list[tuple[Step, dict[str, Any]]],
    ) -> Plan:
        policy = replace(self.plan.policy, start_deallocated=self.plan.policy.start_deallocated or any(
            v.power_now == "deallocated" and v.power_before in _RUNNING for v in vms))
        for s in allow:
            w = self.wave(1)
            w.steps.append(_step(self.sid(1, "vnet", s.target, "allow-unencrypted"), Op.VNET_ENABLE_ENCRYPTION, s.target,
                                 {"encryption": "enabled", "enforcement": Enforcement.DROP.value},
                                 {"enforcement": Enforcement.ALLOW.value}, {"encryption": "enabled", "enforcement": Enforcement.DROP.value}, []))
        for s, before in on:
            enforcement = str(before.get("enforcement") or Enforcement.ALLOW.value)
            self.wave(1).steps.append(_step(self.sid(1, "vnet", s.target, "enable-encryption"), Op.VNET_ENABLE_ENCRYPTION, s.target,
                                            {"encryption": "disabled"}, {"enforcement": enforcement}, {"encryption": "disabled"}, []))
        for s, before in models:
            self._scale_set(s, before)
        self._place(vms, policy.max_parallel)
        for vm in vms:
            self._cycle(vm)
        if off:
            n = len(self.waves) + 1
            w = self.wave(n)
            for s in off:
                w.steps.append(_step(self.sid(n, "vnet", s.target, "disable-encryption"), Op.VNET_DISABLE_ENCRYPTION, s.target,
                                     {"encryption": "enabled", "enforcement": s.params.get("enforcement")}, {},
                                     {"encryption": "enabled", "enforcement": s.params.get("enforcement")}, []))
        seconds = {op: float(v) for op, v in durations(policy).items()}
        for w in self.waves:
            w.estimated_seconds = int(critical_path(w, seconds))
            w.title = self._title(w)
        vnet_ids = {key(s.target) for s in [*allow, *off, *(x for x, _ in on)]}
        allowed = {key(s.target) for s in [*allow, *(x for x, _ in on)]}
        vnets = [
            replace(
                v,
                action="enable-encryption" if key(v.id) in allowed else "disable-encryption",
                enforcement=Enforcement.ALLOW if key(v.id) in allowed else None,
                reasons=[self.source],
            )
            for v in self.plan.vnets
            if key(v.id) in vnet_ids
        ]
        m = self.plan.meta
        meta = Meta(self.generated_at, m.tool_version, m.inventory_digest, m.cloud, list(m.subscriptions), m.series,
                    len(self.waves), len(self.waves), [], m.tool, list(m.notes), rolls_back=self.plan.digest)
        return Plan(meta, policy, list(self.plan.groups), vnets, self.entries, self.waves)

    def _scale_set(self, s: Step, before: dict[str, Any]) -> None:
        batches = [b for _, b in self.plan.steps() if b.op is Op.VMSS_DEALLOCATE_INSTANCES and key(b.target) == key(s.target)]
        size = int(batches[0].params["batch_size"]) if batches else 1
        capacity = int(before.get("capacity") or (batches[0].params["batches"] * size if batches else 1))
        count = max(1, -(-capacity // size))
        params: dict[str, Any] = {"size": before.get("size"), "accelerated_networking": bool(before.get("accelerated_networking"))}
        params = {k: v for k, v in params.items() if v is not None}
        now = {"size": s.params.get("size", before.get("size")), "accelerated_networking": s.params.get("accelerated_networking", before.get("accelerated_networking"))}
        model = _step(self.sid(1, "vmss", s.target, "restore-model"), Op.VMSS_RESTORE_MODEL, s.target,
                      {k: v for k, v in now.items() if v is not None}, params, {k: v for k, v in now.items() if v is not None}, [])
        self.wave(1).steps.append(model)
        entry = next((e for e in self.plan.vms if key(e.id) == key(s.target)), None)
        groups = [key(g) for g in entry.groups] if entry else [key(s.target)]
        model_now = {k: v for k, v in now.items() if v is not None}
        for b in range(1, count + 1):
            # Each instance cycled onto the restored model, as the plan cycled it onto the new one.
            w = self.wave(b)
            batch = {"batch": b, "batches": count, "batch_size": size}
            dealloc = _step(self.sid(b, "vmss", s.target, f"deallocate-{b}-of-{count}"), Op.VMSS_DEALLOCATE_INSTANCES,
                            s.target, dict(params), dict(batch), {"power_state": "running"}, [model.id] if b == 1 else [])
            upgrade = _step(self.sid(b, "vmss", s.target, f"restore-{b}-of-{count}"), Op.VMSS_UPGRADE_INSTANCES, s.target,
                            dict(params), dict(batch), dict(model_now), [dealloc.id])
            start = _step(self.sid(b, "vmss", s.target, f"start-{b}-of-{count}"), Op.VMSS_START_INSTANCES, s.target,
                          dict(params), dict(batch), {}, [upgrade.id])
            w.steps += [dealloc, upgrade, start]
            self.changing[b - 1] += size
            for g in groups:
                self.down[b - 1][g] += size
        if entry is not None:
            self.entries.append(replace(entry, disposition=Disposition.UPGRADE, wave=1, size=str(now["size"] or entry.size),
                                        target_size=params.get("size"), reasons=[self.source]))

    def _place(self, vms: list[_Vm], max_parallel: int) -> None:
        """First fit, in update-domain order: a wave with room under max_parallel and every group's budget, later
        than every member of a lower update domain of the same availability set."""
        placed: dict[str, list[tuple[int, int]]] = {}  # availability set -> (update domain, wave)
        for vm in sorted(vms, key=lambda v: (v.entry.update_domain or 0, key(v.id))):
            groups = [key(g) for g in vm.entry.groups]
            ud = vm.entry.update_domain or 0
            first = 1
            for g in groups:
                if g in self.groups and self.groups[g].kind == "availability-set":
                    first = max([first, *(w + 1 for d, w in placed.get(g, []) if d < ud)])
            n = first
            while True:
                self.wave(n)
                room = self.changing[n - 1] < max_parallel
                fits = not vm.goes_down or all(self.down[n - 1][g] < self.groups[g].budget for g in groups if g in self.groups)
                if room and fits:
                    break
                n += 1
            vm.wave = n
            self.changing[n - 1] += 1
            if vm.goes_down:
                for g in groups:
                    self.down[n - 1][g] += 1
            for g in groups:
                placed.setdefault(g, []).append((ud, n))

    def _cycle(self, vm: _Vm) -> None:
        n, w, rid = vm.wave, self.wave(vm.wave), vm.id
        prev: list[str] = []
        steps: list[Step] = []
        if vm.goes_down:
            steps.append(_step(self.sid(n, "vm", rid, "deallocate"), Op.VM_DEALLOCATE, rid,
                               {"power_state": vm.power_now, "size": vm.size_now}, {}, {"power_state": vm.power_now}, []))
            prev = [steps[-1].id]
        # The reverse of the cycle: AN off first, then the size back (a size without AN refuses a NIC with it on).
        nic_ids = []
        for nic in vm.nics:
            steps.append(_step(self.sid(n, "nic", nic, "accelerated-networking-off"), Op.NIC_DISABLE_AN, nic,
                               {"accelerated_networking": True}, {"vm": rid}, {"accelerated_networking": True}, list(prev)))
            nic_ids.append(steps[-1].id)
        if nic_ids:
            prev = nic_ids
        if vm.size_now != vm.size_before:
            steps.append(_step(self.sid(n, "vm", rid, "resize"), Op.VM_RESIZE, rid,
                               {"power_state": "deallocated", "size": vm.size_now}, {"size": vm.size_before},
                               {"size": vm.size_now}, prev))
            prev = [steps[-1].id]
        if vm.power_before in _RUNNING:
            steps.append(_step(self.sid(n, "vm", rid, "start"), Op.VM_START, rid,
                               {"power_state": "deallocated", "size": vm.size_before}, {}, {"power_state": "deallocated"},
                               [s.id for s in steps]))
        w.steps += steps
        actions = [a for a, on in (("resize", vm.size_now != vm.size_before), ("disable-accelerated-networking", bool(vm.nics)),
                                   ("restart", vm.power_before in _RUNNING)) if on]
        self.entries.append(replace(vm.entry, verdict=vm.entry.verdict, disposition=Disposition.CYCLE, size=vm.size_now,
                                    target_size=vm.size_before if vm.size_now != vm.size_before else None,
                                    power_state="deallocated" if not vm.goes_down else vm.power_now,
                                    actions=actions, wave=n, reasons=[self.source]))

    def _title(self, w: Wave) -> str:
        ops = Counter(s.op for s in w.steps)
        vms = len({key(str(s.params.get("vm", s.target))) for s in w.steps if s.op.startswith(("vm.", "nic."))})
        parts = []
        if ops[Op.VNET_ENABLE_ENCRYPTION]:
            parts.append(f"{ops[Op.VNET_ENABLE_ENCRYPTION]} VNet(s) back to AllowUnencrypted")
        if ops[Op.VMSS_DEALLOCATE_INSTANCES]:
            parts.append(f"{ops[Op.VMSS_DEALLOCATE_INSTANCES]} scale-set batch(es)")
        if vms:
            parts.append(f"{vms} VM(s) restored")
        if ops[Op.VNET_DISABLE_ENCRYPTION]:
            parts.append(f"encryption off on {ops[Op.VNET_DISABLE_ENCRYPTION]} VNet(s)")
        return "rollback: " + ", ".join(parts)
