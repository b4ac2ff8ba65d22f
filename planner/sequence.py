"""Sequencing: waves of steps under disruption budgets, one deallocation per VM, as a `Plan`.

Every VM that needs changes gets ONE cycle (deallocate -> resize -> enable AN on each NIC -> start) after its VNet's
encryption is switched on, so the same deallocation also activates encryption. Cycles are packed into waves first-fit
decreasing: a unit (one VM's cycle, one availability set's whole-set outage, or one scale-set upgrade batch) goes in
the first wave where the wave's VM count stays within `max_parallel` and every group it belongs to (availability set,
load-balancer backend pool, scale set) stays within its budget. Availability sets that need Accelerated Networking go
down whole in one explicit outage (or are left out when the policy refuses outages); other cycles inside an
availability set walk its update domains in order. Packing keeps per-wave counters and per-group "next wave with room"
pointers, so it is linear in the number of units for the budgets met in practice.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from planner import __version__, azcli
from planner.assess import ENABLE_AN, RESIZE, RESTART, Analysis, VmResult
from planner.gcpause import collector_paused
from planner.model import Inventory, PowerState, ResourceId, ScaleSet, VirtualMachine, key
from planner.plan import GroupEntry, Meta, Plan, Step, VmEntry, VnetEntry, Wave
from planner.policy import Policy
from planner.pools import PoolIndex

ALLOW = "AllowUnencrypted"
DROP = "DropUnencrypted"
# Power states after which the plan starts the VM again (it was serving before).
WAS_RUNNING = (PowerState.RUNNING, PowerState.STARTING, PowerState.UNKNOWN)
_SIZE_IN_RECOMMENDATION = re.compile(r"--node-vm-size ([^`\s]+)")


@dataclass(slots=True)
class Group:
    key: str
    id: str
    kind: str  # availability-set / load-balancer-pool / scale-set
    name: str
    size: int
    budget: int


@dataclass(slots=True)
class Unit:
    """What packing places in one wave."""

    kind: str  # cycle / outage / batch
    key: str  # the VM, the availability set, or the scale set
    size: int  # VMs (or instances) it puts in the wave
    down: dict[str, int]  # group key -> members it takes down
    vms: list[str] = field(default_factory=list)  # VM keys with steps (cycle / outage)
    own: str | None = None  # outage: its availability set (exempt from that set's own budget)
    ud: int | None = None  # cycle in an availability set: its update domain
    avset: str | None = None
    batch: int = 0
    batches: int = 0
    batch_size: int = 0
    wave: int = -1  # 0-based among the cycle waves, once placed


class _Ids:
    """Readable, deterministic step-id stems; a short hash of the id is added where names collide.

    Collisions are judged among the resources that get steps (registered with `seen` before any stem is made),
    so adding an unrelated resource of the same name to the estate does not rename a plan's steps.
    """

    def __init__(self) -> None:
        self.seen: dict[str, set[str]] = {}
        self.bases: dict[tuple[str, str], str] = {}  # (kind, key) -> base, so each name is slugged once

    def _base(self, kind: str, k: str, name: str) -> str:
        base = self.bases.get((kind, k))
        if base is None:
            base = self.bases[(kind, k)] = f"{kind}-{_slug(name)}"
        return base

    def register(self, kind: str, resources: Iterable[tuple[str, str]]) -> None:
        for resource_id, name in resources:
            k = key(resource_id)
            self.seen.setdefault(self._base(kind, k, name), set()).add(k)

    def stem(self, kind: str, resource_id: str, name: str) -> str:
        k = key(resource_id)
        base = self._base(kind, k, name)
        keys = self.seen.setdefault(base, set())
        keys.add(k)
        if len(keys) > 1:
            return f"{base}-{hashlib.sha256(k.encode()).hexdigest()[:6]}"
        return base


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(name: str) -> str:
    s = _NOT_SLUG.sub("-", name.lower()).strip("-")
    return s[:48].strip("-") or "x"


def _sid(wave: int, stem: str, what: str) -> str:
    return f"w{wave:03d}-{stem}-{what}"


class Sequencer:
    """Turns one analysis into waves of steps under a policy."""

    def __init__(self, inv: Inventory, analysis: Analysis, policy: Policy) -> None:
        self.inv = inv
        self.a = analysis
        self.policy = policy
        self.ids = _Ids()
        self.groups: dict[str, Group] = {}
        self.vm_groups: dict[str, list[str]] = {}
        self.vmss_groups: dict[str, list[str]] = {}
        self.avset_members: dict[str, list[str]] = {}
        self.notes: dict[str, list[str]] = {}  # entry key -> extra reasons
        self.disposition: dict[str, str] = {}
        self.wave_of: dict[str, int] = {}  # entry key -> 1-based wave
        self._vm_vnets: dict[str, list[str]] = {}
        self.duration = policy.seconds

    # --- groups ---------------------------------------------------------------------------------------------

    def _add_group(self, gid: str, kind: str, name: str, members: int) -> str:
        gk = key(gid)
        size = max(members, 1)
        self.groups[gk] = Group(gk, gid, kind, name, size, self.policy.budget(size))
        return gk

    def build_groups(self) -> None:
        inv = self.inv
        members: dict[str, dict[str, None]] = {}
        names: dict[str, str] = {}
        for sk, s in inv.availability_sets.items():
            names[sk] = s.id
            members[sk] = {key(m): None for m in s.member_ids if key(m) in inv.vms}
        for vk, vm in inv.vms.items():
            if vm.availability_set_id:
                sk = key(vm.availability_set_id)
                names.setdefault(sk, vm.availability_set_id)
                members.setdefault(sk, {})[vk] = None
        for sk in sorted(members):
            if not members[sk]:
                continue
            sid = names[sk]
            gk = self._add_group(sid, "availability-set", _name(sid), len(members[sk]))
            self.avset_members[gk] = sorted(members[sk])
            for vk in self.avset_members[gk]:
                self.vm_groups.setdefault(vk, []).append(gk)
        flexible: dict[str, list[str]] = {}
        for vk, vm in inv.vms.items():
            if vm.scale_set_id:
                flexible.setdefault(key(vm.scale_set_id), []).append(vk)
        for sk, ss in sorted(inv.scale_sets.items()):
            vms = flexible.get(sk, [])
            gk = self._add_group(ss.id, "scale-set", ss.name, max(ss.capacity or 0, len(vms)))
            self.vmss_groups.setdefault(sk, []).append(gk)
            for vk in vms:
                self.vm_groups.setdefault(vk, []).append(gk)
        self._pool_groups()

    def _pool_groups(self) -> None:
        inv = self.inv
        index = PoolIndex(inv)
        for _, lb in sorted(inv.load_balancers.items()):
            for pool in lb.backend_pools:
                if not pool.id:
                    continue
                members = index.members(pool)
                vms, instances = members.vms, members.scale_sets
                size = len(vms) + sum(len(i) for i in instances.values())
                if size == 0:
                    continue
                gk = self._add_group(pool.id, "load-balancer-pool", f"{lb.name}/{pool.name}", size)
                for vk in vms:
                    self.vm_groups.setdefault(vk, []).append(gk)
                for sk in instances:
                    self.vmss_groups.setdefault(sk, []).append(gk)

    # --- units ----------------------------------------------------------------------------------------------

    def vm_steps_needed(self, r: VmResult, vm: VirtualMachine) -> bool:
        """Whether the VM's cycle has any step: a deallocation, a change, or a start."""
        return vm.power_state is not PowerState.DEALLOCATED or bool(r.actions)

    def _down(self, vk: str, vm: VirtualMachine) -> dict[str, int]:
        if vm.power_state is PowerState.DEALLOCATED:
            return {}
        return dict.fromkeys(self.vm_groups.get(vk, []), 1)

    def build_units(self) -> list[Unit]:
        a, inv = self.a, self.inv
        units: list[Unit] = []
        in_outage: set[str] = set()
        for gk, member_keys in self.avset_members.items():
            triggers = (ENABLE_AN, RESIZE) if self.policy.resize_set_outage else (ENABLE_AN,)
            needing_an = [
                m
                for m in member_keys
                if a.vms[m].verdict == "needs-changes" and any(t in a.vms[m].actions for t in triggers)
            ]
            if not needing_an:
                continue
            g = self.groups[gk]
            what = (
                "needs Accelerated Networking"
                if any(ENABLE_AN in a.vms[m].actions for m in needing_an)
                else "is resized (policy resize_set_outage)"
            )
            unfit = [m for m in member_keys if a.vms[m].verdict not in ("needs-changes", "compliant")]
            refusal = None
            if not self.policy.allow_set_outage:
                refusal = (
                    f"{what} inside availability set {g.name}, which means every member down "
                    "at once; the policy refuses whole-set outages (allow_set_outage = false)"
                )
            elif unfit:
                names = ", ".join(f"{a.vms[m].name} ({a.vms[m].verdict})" for m in unfit)
                refusal = (
                    f"{what} inside availability set {g.name}, which means every member down "
                    f"at once, but the plan must not touch {names}"
                )
            if refusal is not None:
                for m in needing_an:
                    self.disposition[m] = "left-out"
                    self.notes.setdefault(m, []).append("left out: " + refusal)
                continue
            down: dict[str, int] = {}
            with_steps: list[str] = []
            for m in member_keys:
                vm = inv.vms[m]
                if self.vm_steps_needed(a.vms[m], vm):
                    with_steps.append(m)
                for grp, n in self._down(m, vm).items():
                    down[grp] = down.get(grp, 0) + n
                self.disposition[m] = "outage"
                in_outage.add(m)
            units.append(Unit("outage", gk, len(with_steps), down, vms=with_steps, own=gk))
        for vk, r in a.vms.items():
            if vk in in_outage or vk in self.disposition:
                continue
            if r.verdict != "needs-changes" or not r.actions:
                continue
            vm = inv.vms[vk]
            if not any(a.vnets[v].verdict == "ready" for v in map(key, self._vnets(vk, r)) if v in a.vnets):
                self.disposition[vk] = "left-out"
                self.notes.setdefault(vk, []).append(
                    "left out: none of its VNets is in the inventory and ready, so this plan cannot switch "
                    "encryption on for it and a cycle now would not activate it"
                )
                continue
            avset = next(
                (g for g in self.vm_groups.get(vk, []) if self.groups[g].kind == "availability-set"), None
            )
            ud = vm.platform_update_domain if avset is not None else None
            units.append(Unit("cycle", vk, 1, self._down(vk, vm), vms=[vk], ud=ud, avset=avset))
            self.disposition[vk] = "cycle"
        for sk, r in a.scale_sets.items():
            ss = inv.scale_sets[sk]
            if r.verdict != "needs-changes" or not r.actions or not _uniform(ss):
                continue
            groups = self.vmss_groups.get(sk, [])
            size = min([self.policy.max_parallel, *(self.groups[g].budget for g in groups)])
            capacity = max(ss.capacity or 1, 1)
            batches = math.ceil(capacity / size)
            for i in range(1, batches + 1):
                units.append(
                    Unit(
                        "batch",
                        sk,
                        size,
                        dict.fromkeys(groups, size),
                        batch=i,
                        batches=batches,
                        batch_size=size,
                    )
                )
            self.disposition[sk] = "upgrade"
        return units

    # --- packing --------------------------------------------------------------------------------------------

    def pack(self, units: list[Unit]) -> list[list[Unit]]:
        """First-fit decreasing with per-wave counters; returns the units of each cycle wave."""
        limit = self.policy.max_parallel
        budget = {gk: g.budget for gk, g in self.groups.items()}
        counts: list[int] = []
        loads: list[dict[str, int]] = []
        waves: list[list[Unit]] = []
        first_open = 0
        next_room: dict[str, int] = {}
        ud_waves: dict[str, dict[int, int]] = {}  # avset -> update domain -> latest wave holding it
        batch_wave: dict[str, int] = {}  # scale set -> wave of its latest batch

        def order(u: Unit) -> tuple[Any, ...]:
            grouped = 0 if u.down or u.kind != "cycle" else 1
            primary = u.avset or (min(u.down) if u.down else "")
            return (-u.size, grouped, primary, -1 if u.ud is None else u.ud, u.key, u.batch)

        def fits(u: Unit, w: int) -> bool:
            if counts[w] + u.size > limit and not (counts[w] == 0 and u.kind == "outage"):
                return False
            load = loads[w]
            for gk, d in u.down.items():
                if gk == u.own:
                    continue
                cur = load.get(gk, 0)
                if cur + d > budget[gk] and not (u.kind == "outage" and cur == 0):
                    return False
            return True

        for u in sorted(units, key=order):
            start = first_open
            for gk in u.down:
                if gk != u.own:
                    start = max(start, next_room.get(gk, 0))
            if u.ud is not None and u.avset is not None:
                lower = [w for d, w in ud_waves.get(u.avset, {}).items() if d < u.ud]
                if lower:
                    start = max(start, max(lower) + 1)
            if u.kind == "batch" and u.key in batch_wave:
                start = max(start, batch_wave[u.key] + 1)
            w = start
            while True:
                if w == len(counts):
                    counts.append(0)
                    loads.append({})
                    waves.append([])
                if fits(u, w):
                    break
                w += 1
            u.wave = w
            counts[w] += u.size
            for gk, d in u.down.items():
                loads[w][gk] = loads[w].get(gk, 0) + d
            waves[w].append(u)
            if u.ud is not None and u.avset is not None:
                seen = ud_waves.setdefault(u.avset, {})
                seen[u.ud] = max(seen.get(u.ud, -1), w)
            if u.kind == "batch":
                batch_wave[u.key] = w
            while first_open < len(counts) and counts[first_open] >= limit:
                first_open += 1
            for gk in u.down:
                n = next_room.get(gk, 0)
                while n < len(counts) and loads[n].get(gk, 0) >= budget[gk]:
                    n += 1
                next_room[gk] = n
        return waves

    def lower_bound(self, units: list[Unit]) -> int:
        """Cycle waves no packing can beat: VMs / max_parallel, each group's downs / its budget, each availability
        set's distinct update domains, each scale set's batches.

        A unit larger than a limit it may exceed (a whole-set outage over `max_parallel`, or over another group's
        budget) needs a wave of its own for that limit, so it counts as one wave there, not as its size.
        """
        if not units:
            return 0
        limit = self.policy.max_parallel
        alone = sum(1 for u in units if u.kind == "outage" and u.size > limit)
        rest = sum(u.size for u in units if not (u.kind == "outage" and u.size > limit))
        bound = alone + math.ceil(rest / limit)
        downs: dict[str, int] = {}
        alone_in: dict[str, int] = {}
        uds: dict[str, set[int]] = {}
        for u in units:
            for gk, d in u.down.items():
                if gk == u.own:
                    continue
                if u.kind == "outage" and d > self.groups[gk].budget:
                    alone_in[gk] = alone_in.get(gk, 0) + 1
                else:
                    downs[gk] = downs.get(gk, 0) + d
            if u.own is not None:
                bound = max(bound, 1)
            if u.ud is not None and u.avset is not None:
                uds.setdefault(u.avset, set()).add(u.ud)
            if u.kind == "batch":
                bound = max(bound, u.batches)
        for gk in downs.keys() | alone_in.keys():
            bound = max(bound, alone_in.get(gk, 0) + math.ceil(downs.get(gk, 0) / self.groups[gk].budget))
        for s in uds.values():
            bound = max(bound, len(s))
        return bound

    # --- steps ----------------------------------------------------------------------------------------------

    def vm_cycle(self, wave: int, vk: str) -> list[Step]:
        """One VM's cycle (outside an outage): deallocate -> resize -> AN on each NIC -> start, `after`-chained."""
        dealloc, changes, nics, start = self._cycle_parts(wave, vk)
        steps: list[Step] = []
        prev: list[str] = []
        if dealloc is not None:
            dealloc.after = prev
            steps.append(dealloc)
            prev = [dealloc.id]
        for s in changes:
            s.after = prev
            steps.append(s)
            prev = [s.id]
        if nics:
            for s in nics:
                s.after = list(prev)
            steps += nics
            prev = [s.id for s in nics]
        if start is not None:
            start.after = prev
            steps.append(start)
        return steps

    def _cycle_parts(self, wave: int, vk: str) -> tuple[Step | None, list[Step], list[Step], Step | None]:
        inv, r = self.inv, self.a.vms[vk]
        vm = inv.vms[vk]
        stem = self.ids.stem("vm", vm.id, vm.name)
        state = vm.power_state
        etag = {"etag": vm.etag} if vm.etag else {}
        first: dict[str, Any] = {"power_state": state.value} if state is not PowerState.UNKNOWN else {}
        dealloc = None
        if state is not PowerState.DEALLOCATED:
            dealloc = self._step(
                _sid(wave, stem, "deallocate"),
                "vm.deallocate",
                vm.id,
                expect={**first, "size": vm.size, **etag},
                params={},
                rollback={"power_state": "running" if state in WAS_RUNNING else state.value},
            )
            etag = {}
        size = vm.size
        changes: list[Step] = []
        if RESIZE in r.actions and r.target_size:
            changes.append(
                self._step(
                    _sid(wave, stem, "resize"),
                    "vm.resize",
                    vm.id,
                    expect={"power_state": "deallocated", "size": vm.size, **etag},
                    params={"size": r.target_size},
                    rollback={"size": vm.size},
                )
            )
            etag = {}
            size = r.target_size
        nics: list[Step] = []
        if ENABLE_AN in r.actions:
            for nic_id in r.nics_without_an:
                nic = inv.nics[key(nic_id)]
                nics.append(
                    self._step(
                        _sid(wave, self.ids.stem("nic", nic.id, nic.name), "accelerated-networking"),
                        "nic.enable-accelerated-networking",
                        nic.id,
                        expect={"accelerated_networking": False, **({"etag": nic.etag} if nic.etag else {})},
                        params={"vm": vm.id},
                        rollback={"accelerated_networking": False},
                    )
                )
        start = None
        if state in WAS_RUNNING or self.policy.start_deallocated:
            start = self._step(
                _sid(wave, stem, "start"),
                "vm.start",
                vm.id,
                expect={"power_state": "deallocated", "size": size, **etag},
                params={},
                rollback={"power_state": "deallocated"},
            )
        return dealloc, changes, nics, start

    def outage_steps(self, wave: int, u: Unit) -> list[Step]:
        """Every member down first, then every resize and NIC change, then every start: AN inside an
        availability set needs the whole set deallocated."""
        parts = {vk: self._cycle_parts(wave, vk) for vk in u.vms}
        deallocs = [p[0] for p in parts.values() if p[0] is not None]
        dealloc_ids = [s.id for s in deallocs]
        middle: list[Step] = []
        for _, changes, nics, _ in parts.values():
            prev = list(dealloc_ids)
            for s in changes:
                s.after = prev
                middle.append(s)
                prev = [s.id]
            for s in nics:
                s.after = list(prev)
                middle.append(s)
        middle_ids = [s.id for s in middle]
        starts: list[Step] = []
        for dealloc, _, _, start in parts.values():
            if start is None:
                continue
            # Every middle step waits for every deallocation, so waiting for them all covers the VM's own too.
            start.after = list(middle_ids) if middle_ids else ([dealloc.id] if dealloc is not None else [])
            starts.append(start)
        for d in deallocs:
            d.after = []
        return deallocs + middle + starts

    def batch_steps(self, wave: int, u: Unit) -> list[Step]:
        ss = self.inv.scale_sets[u.key]
        r = self.a.scale_sets[u.key]
        stem = self.ids.stem("vmss", ss.id, ss.name)
        new_size = r.target_size if RESIZE in r.actions else None
        an = ENABLE_AN in r.actions
        old = {"size": ss.size, "accelerated_networking": ss.accelerated_networking}
        steps: list[Step] = []
        after: list[str] = []
        if u.batch == 1:
            steps.append(self.model_step(wave, ss, new_size, an))
            after = [steps[0].id]
        model = {"size": new_size or ss.size, "accelerated_networking": an or ss.accelerated_networking}
        steps.append(
            self._step(
                _sid(wave, stem, f"upgrade-{u.batch}-of-{u.batches}"),
                "vmss.upgrade-instances",
                ss.id,
                expect={k: v for k, v in model.items() if v is not None},
                params={"batch": u.batch, "batches": u.batches, "batch_size": u.batch_size},
                rollback={k: v for k, v in old.items() if v is not None},
                after=after,
            )
        )
        return steps

    def model_step(self, wave: int, ss: ScaleSet, new_size: str | None, an: bool) -> Step:
        stem = self.ids.stem("vmss", ss.id, ss.name)
        expect: dict[str, Any] = {"accelerated_networking": ss.accelerated_networking}
        if ss.size:
            expect["size"] = ss.size
        if ss.capacity is not None:
            expect["capacity"] = ss.capacity
        if ss.etag:
            expect["etag"] = ss.etag
        params: dict[str, Any] = {}
        if new_size:
            params["size"] = new_size
        if an:
            params["accelerated_networking"] = True
        old = {"size": ss.size, "accelerated_networking": ss.accelerated_networking}
        return self._step(
            _sid(wave, stem, "update-model"),
            "vmss.update-model",
            ss.id,
            expect=expect,
            params=params,
            rollback={k: v for k, v in old.items() if v is not None},
        )

    def vnet_step(self, wave: int, vk: str, enforcement: str) -> Step:
        vnet = self.inv.vnets[vk]
        etag = {"etag": vnet.etag} if vnet.etag else {}
        stem = self.ids.stem("vnet", vnet.id, vnet.name)
        if enforcement == ALLOW:
            return self._step(
                _sid(wave, stem, "enable-encryption"),
                "vnet.enable-encryption",
                vnet.id,
                expect={"encryption": "disabled", **etag},
                params={"enforcement": ALLOW},
                rollback={"encryption": "disabled"},
            )
        was_enabled = vnet.encryption_enabled
        return self._step(
            _sid(wave, stem, "drop-unencrypted"),
            "vnet.enable-encryption",
            vnet.id,
            expect={"encryption": "enabled", "enforcement": ALLOW, **(etag if was_enabled else {})},
            params={"enforcement": DROP},
            rollback={"encryption": "enabled", "enforcement": ALLOW},
        )

    def manual_steps(self, wave: int, enable: dict[str, Step]) -> list[Step]:
        """AKS-managed node resources are never changed through IaaS APIs: a manual step with the commands."""
        steps: list[Step] = []
        for k, r in [*self.a.scale_sets.items(), *self.a.vms.items()]:
            if r.verdict != "blocked" or not r.blockers or any(b.code != "aks-managed" for b in r.blockers):
                continue
            message = r.blockers[0].message
            vnets = self._vnets(k, r)
            after = [enable[key(v)].id for v in vnets if key(v) in enable]
            if r.kind == "scale-set":
                ss = self.inv.scale_sets[k]
                stem = "aks-" + self.ids.stem("vmss", ss.id, ss.name).removeprefix("vmss-")
                commands = self._aks_commands(ss, message)
                what = "replace-node-pool"
            else:
                vm = self.inv.vms[k]
                stem, commands, what = "aks-" + self.ids.stem("vm", vm.id, vm.name), [], "manual"
            steps.append(
                self._step(
                    _sid(wave, stem, what),
                    "manual",
                    r.id,
                    expect={},
                    params={"reason": message, "commands": commands},
                    rollback={},
                    after=after,
                )
            )
            self.disposition[k] = "manual"
        return steps

    def _aks_commands(self, ss: ScaleSet, message: str) -> list[str]:
        rid = ResourceId.parse(ss.id)
        pool_name = next((v for t, v in ss.tags.items() if t.lower() == "aks-managed-poolname"), None)
        if rid is None or pool_name is None:
            return []
        rg = rid.resource_group.lower()
        for cluster in sorted(self.inv.aks_clusters.values(), key=lambda c: key(c.id)):
            if (cluster.node_resource_group or "").lower() != rg:
                continue
            pool = next((p for p in cluster.pools if p.name.lower() == pool_name.lower()), None)
            match = _SIZE_IN_RECOMMENDATION.search(message)
            size = match.group(1) if match else (ss.size or "")
            if not size or "<" in size:
                return []
            return azcli.aks_pool_commands(
                cluster_id=cluster.id,
                pool=pool.name if pool else pool_name,
                size=size,
                count=ss.capacity,
                subnet_id=pool.vnet_subnet_id if pool else None,
                pod_subnet_id=pool.pod_subnet_id if pool else None,
            )
        return []

    def _step(
        self,
        sid: str,
        op: str,
        target: str,
        *,
        expect: dict[str, Any],
        params: dict[str, Any],
        rollback: dict[str, Any],
        after: list[str] | None = None,
    ) -> Step:
        return Step(
            sid, op, target, expect, params, rollback, after or [], azcli.step_command(op, target, params)
        )

    # --- the plan -------------------------------------------------------------------------------------------

    def _vnets(self, k: str, r: VmResult) -> list[str]:
        if r.kind == "scale-set":
            ss = self.inv.scale_sets[k]
            seen: dict[str, str] = {}
            for s in ss.subnet_ids:
                v = self.inv.vnet_id_of_subnet(s)
                seen.setdefault(key(v), v)
            return list(seen.values())
        got = self._vm_vnets.get(k)
        if got is None:
            got = self._vm_vnets[k] = self._vm_vnet_ids(self.inv.vms[k])
        return got

    def _vm_vnet_ids(self, vm: VirtualMachine) -> list[str]:
        """`Inventory.vm_vnet_ids`, without its per-call copies (it runs once per VM of the estate)."""
        nics = self.inv.nics
        out: dict[str, str] = {}
        refs = vm.nics if len(vm.nics) < 2 else sorted(vm.nics, key=lambda r: not r.primary)
        for ref in refs:
            nic = nics.get(ref.id.lower())
            if nic is None:
                continue
            for cfg in nic.ip_configurations:
                sid = cfg.subnet_id
                if sid:
                    low = sid.lower()
                    cut = low.find("/subnets/")
                    if cut >= 0:
                        out.setdefault(low[:cut], sid[:cut])
                    else:
                        out.setdefault(low, sid)
        return list(out.values())

    def _cycle_seconds(self, steps: Iterable[Step]) -> int:
        """The longest path through `after` (steps of one VM in sequence, VMs in parallel)."""
        finish: dict[str, int] = {}
        longest = 0
        for s in steps:
            begin = max((finish.get(d, 0) for d in s.after), default=0)
            finish[s.id] = begin + self.duration(s.op)
            longest = max(longest, finish[s.id])
        return longest

    def run(self, *, generated_at: str, inventory_digest: str, cloud: str) -> Plan:
        self.build_groups()
        units = self.build_units()
        self._register_targets(units)
        packed = self.pack(units)
        enable: dict[str, Step] = {}
        waves = self._first_wave(enable)
        first = bool(waves)
        waves += self._cycle_waves(packed, offset=len(waves))
        drops = self._drop_steps(len(waves) + 1, enable)
        if drops:
            waves.append(Wave(len(waves) + 1, "Enforce encryption (DropUnencrypted)", drops))
        for w in waves:
            w.estimated_seconds = self._cycle_seconds(w.steps)
        unscheduled = self._windows(waves)
        bound = int(first) + self.lower_bound(units) + (1 if drops else 0)
        meta = Meta(
            generated_at=generated_at,
            tool_version=__version__,
            inventory_digest=inventory_digest,
            cloud=cloud,
            subscriptions=self.inv.subscriptions,
            series=self.a.decisions.series,
            wave_count=len(waves),
            lower_bound_waves=bound,
            unscheduled_waves=unscheduled,
        )
        return Plan(
            meta,
            self.policy,
            groups=[GroupEntry(g.id, g.kind, g.name, g.size, g.budget) for g in self.groups.values()],
            vnets=self._vnet_entries(enable, {key(s.target) for s in drops}),
            vms=self._vm_entries(),
            waves=waves,
        )

    def _first_wave(self, enable: dict[str, Step]) -> list[Wave]:
        """Wave 1: encryption on for every ready VNet (filling `enable`), AKS hand-overs, flexible models."""
        first: list[Step] = []
        for vk, v in self.a.vnets.items():
            if v.verdict == "ready" and v.encryption == "disabled" and vk in self.inv.vnets:
                enable[vk] = self.vnet_step(1, vk, ALLOW)
                first.append(enable[vk])
        first += self.manual_steps(1, enable)
        for sk, r in self.a.scale_sets.items():
            ss = self.inv.scale_sets[sk]
            if r.verdict == "needs-changes" and r.actions and not _uniform(ss):
                # A flexible scale set's model only shapes new VMs; its VMs are cycled one by one.
                step = self.model_step(
                    1, ss, r.target_size if RESIZE in r.actions else None, ENABLE_AN in r.actions
                )
                step.after = [enable[key(v)].id for v in self._vnets(sk, r) if key(v) in enable]
                first.append(step)
                self.disposition[sk] = "upgrade"
                self.wave_of[sk] = 1
        if not first:
            return []
        kinds = ["enable encryption"] if enable else []
        if any(s.op == "manual" for s in first):
            kinds.append("hand AKS node pools over (manual)")
        if any(s.op == "vmss.update-model" for s in first):
            kinds.append("update flexible scale-set models")
        title = "; ".join(kinds)
        for s in first:
            if s.op == "manual":
                self.wave_of[key(s.target)] = 1
        return [Wave(1, title[0].upper() + title[1:], first)]

    def _cycle_waves(self, packed: list[list[Unit]], *, offset: int) -> list[Wave]:
        waves = []
        order = {"outage": 0, "batch": 1, "cycle": 2}
        for i, wave_units in enumerate(packed):
            index = offset + i + 1
            steps: list[Step] = []
            outages: list[str] = []
            for u in sorted(wave_units, key=lambda u: (order[u.kind], u.key, u.batch)):
                if u.kind == "outage":
                    steps += self.outage_steps(index, u)
                    outages.append(self.groups[u.key].id)
                    for vk in self.avset_members[u.key]:
                        self.wave_of[vk] = index
                elif u.kind == "batch":
                    steps += self.batch_steps(index, u)
                    self.wave_of.setdefault(u.key, index)
                else:
                    steps += self.vm_cycle(index, u.key)
                    self.wave_of[u.key] = index
            vms = sum(u.size for u in wave_units)
            waves.append(Wave(index, _title(self, wave_units, vms), steps, outages))
        return waves

    def _register_targets(self, units: list[Unit]) -> None:
        inv, a = self.inv, self.a
        vms = [vk for u in units for vk in u.vms]
        vms += [
            k
            for k, r in a.vms.items()
            if r.verdict == "blocked" and any(b.code == "aks-managed" for b in r.blockers)
        ]
        self.ids.register("vm", ((inv.vms[k].id, inv.vms[k].name) for k in vms))
        nics = (
            inv.nics[key(n)] for k in vms if ENABLE_AN in a.vms[k].actions for n in a.vms[k].nics_without_an
        )
        self.ids.register("nic", ((n.id, n.name) for n in nics))
        self.ids.register(
            "vnet", ((inv.vnets[k].id, inv.vnets[k].name) for k, v in a.vnets.items() if k in inv.vnets)
        )
        self.ids.register("vmss", ((ss.id, ss.name) for ss in inv.scale_sets.values()))

    def _drop_steps(self, wave: int, enable: dict[str, Step]) -> list[Step]:
        if not self.policy.drop_unencrypted:
            return []
        out: list[Step] = []
        for vk, v in self.a.vnets.items():
            vnet = self.inv.vnets.get(vk)
            if vnet is None or v.verdict != "ready":
                continue
            if vnet.encryption_enabled and (vnet.encryption_enforcement or "").lower() != ALLOW.lower():
                continue
            if vk not in enable and not vnet.encryption_enabled:
                continue
            members = [(key(x), self.a.vms.get(key(x))) for x in v.vm_ids]
            members += [(key(x), self.a.scale_sets.get(key(x))) for x in v.scale_set_ids]
            ready = ("cycle", "outage", "upgrade")
            if all(
                r is not None and (r.verdict == "compliant" or self.disposition.get(k) in ready)
                for k, r in members
            ):
                out.append(self.vnet_step(wave, vk, DROP))
        return out

    def _windows(self, waves: list[Wave]) -> list[int]:
        windows = self.policy.windows
        if not windows:
            return []
        wi = 0
        at = windows[0].start
        for n, w in enumerate(waves):
            need = timedelta(seconds=w.estimated_seconds)
            while wi < len(windows):
                win = windows[wi]
                at = max(at, win.start)
                if at + need <= win.end:
                    w.window = wi + 1
                    at += need
                    break
                wi += 1
            else:
                return [x.index for x in waves[n:]]
        return []

    def _vnet_entries(self, enable: dict[str, Step], drops: set[str]) -> list[VnetEntry]:
        out = []
        for vk, v in self.a.vnets.items():
            reasons = [f"blocked: [{b.code}] {b.message}" for b in v.blockers]
            reasons += [f"warning: [{w.code}] {w.message}" for w in v.warnings]
            enforcement = None
            if vk in enable:
                reasons.append(
                    "encryption switched on (AllowUnencrypted) in wave 1, before any VM of it is cycled"
                )
                enforcement = ALLOW
            if vk in drops:
                reasons.append("switched to DropUnencrypted in the last wave, once every VM of it is ready")
                enforcement = DROP
            if v.verdict == "excluded":
                reasons.append("excluded by the operator's decisions")
            out.append(
                VnetEntry(
                    id=v.id,
                    name=v.name,
                    location=v.location,
                    verdict=v.verdict,
                    encryption=v.encryption,
                    action="enable-encryption" if enforcement else "none",
                    enforcement=enforcement,
                    reasons=reasons,
                )
            )
        return out

    def _vm_entries(self) -> list[VmEntry]:
        out = []
        groups = self.groups
        for k, r in [*self.a.vms.items(), *self.a.scale_sets.items()]:
            disposition = self.disposition.get(k, "none")
            reasons = [f"blocked: [{b.code}] {b.message}" for b in r.blockers]
            reasons += [f"warning: [{w.code}] {w.message}" for w in r.warnings]
            reasons += _action_reasons(r)
            vm = self.inv.vms.get(k) if r.kind == "vm" else None
            ud = None
            gks = self.vm_groups.get(k, []) if r.kind == "vm" else self.vmss_groups.get(k, [])
            if vm is not None:
                if any(groups[g].kind == "availability-set" for g in gks):
                    ud = vm.platform_update_domain
                if disposition in ("cycle", "outage"):
                    reasons += self._power_reasons(vm)
                if disposition == "outage":
                    avset = next(groups[g] for g in gks if groups[g].kind == "availability-set")
                    reasons.append(
                        f"availability set {avset.name} needs Accelerated Networking: all {avset.size} members go "
                        f"down together in wave {self.wave_of.get(k)}"
                    )
            elif r.kind == "scale-set" and disposition == "upgrade":
                ss = self.inv.scale_sets[k]
                reasons += _scale_set_reasons(ss)
            if r.verdict == "excluded":
                reasons.append("excluded by the operator's decisions")
            reasons += self.notes.get(k, [])
            out.append(
                VmEntry(
                    id=r.id,
                    name=r.name,
                    kind=r.kind,
                    verdict=r.verdict,
                    disposition=disposition,
                    size=r.size,
                    target_size=r.target_size,
                    power_state=r.power_state.value if r.kind == "vm" else None,
                    actions=list(r.actions),
                    wave=self.wave_of.get(k),
                    vnets=self._vnets(k, r),
                    groups=[groups[g].id for g in gks],
                    update_domain=ud,
                    reasons=reasons,
                )
            )
        return out

    def _power_reasons(self, vm: VirtualMachine) -> list[str]:
        state = vm.power_state
        if state is PowerState.UNKNOWN:
            return ["power state unknown: treated as running (deallocated, then started)"]
        if state in WAS_RUNNING:
            return []
        started = (
            "started afterwards (start_deallocated = true)"
            if self.policy.start_deallocated
            else (
                "left deallocated (start_deallocated = false): encryption is active when it is next started"
            )
        )
        if state is PowerState.DEALLOCATED:
            return [f"deallocated before the plan: changed without a deallocation and {started}"]
        return [f"{state.value} (not deallocated) before the plan: deallocated for the change and {started}"]


def _uniform(ss: ScaleSet) -> bool:
    return (ss.orchestration_mode or "Uniform").lower() == "uniform"


def _name(resource_id: str) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1]


def _title(seq: Sequencer, units: list[Unit], vms: int) -> str:
    parts = []
    for u in units:
        if u.kind == "outage":
            parts.append(
                f"OUTAGE of availability set {seq.groups[u.key].name} ({len(seq.avset_members[u.key])} VMs)"
            )
    for u in units:
        if u.kind == "batch":
            parts.append(f"scale set {seq.inv.scale_sets[u.key].name} batch {u.batch}/{u.batches}")
    cycles = sum(1 for u in units if u.kind == "cycle")
    if cycles:
        parts.append(f"{cycles} VM cycle{'s' if cycles != 1 else ''}")
    return f"{vms} VM(s): " + ", ".join(parts)


def _action_reasons(r: VmResult) -> list[str]:
    out = []
    if RESIZE in r.actions and r.target_size:
        why = "pinned by the operator" if r.pinned else "its size is not in a supported series"
        out.append(f"resize {r.size} -> {r.target_size} ({why})")
    if ENABLE_AN in r.actions:
        n = len(r.nics_without_an)
        out.append(
            "enable Accelerated Networking on the scale set's model"
            if r.kind == "scale-set"
            else f"enable Accelerated Networking on {n} NIC{'s' if n != 1 else ''}"
        )
    if RESTART in r.actions:
        out.append("deallocate and start again after its VNet's encryption is on, which activates encryption")
    return out


def _scale_set_reasons(ss: ScaleSet) -> list[str]:
    mode = (ss.upgrade_mode or "").lower()
    if not _uniform(ss):
        return ["flexible orchestration: the model update shapes new VMs; existing VMs are cycled one by one"]
    if mode == "automatic":
        return [
            "upgrade policy Automatic: Azure rolls every instance as soon as the model changes, outside the plan's "
            "batches; set the policy to Manual before the plan runs to keep the budget"
        ]
    if mode == "rolling":
        return [
            "upgrade policy Rolling: Azure rolls the instances by its rolling-upgrade policy after the model "
            "update; the plan's batches then upgrade whatever is left"
        ]
    return ["model updated, then instances upgraded in batches within the scale set's budget"]


def build_plan(
    inv: Inventory,
    analysis: Analysis,
    policy: Policy,
    *,
    generated_at: str,
    inventory_digest: str,
    cloud: str = "public",
) -> Plan:
    """The plan for an analysed inventory under a policy (the same inputs give the same plan)."""
    with collector_paused():
        return Sequencer(inv, analysis, policy).run(
            generated_at=generated_at, inventory_digest=inventory_digest, cloud=cloud
        )
