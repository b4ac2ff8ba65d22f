"""The analyzer: per-VNet readiness and per-VM (and scale set) verdicts for one inventory under a set of decisions.

`Analyzer` holds what depends on the inventory only (its topology, each VM's facts, catalogs and proposers) and
`run(decisions)` derives every verdict; `update(decisions)` redoes only what a decision change can affect, so a face
can re-analyse on each operator change. Rules: DOMAIN.md ("What VNet encryption needs", "What blocks a whole VNet").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from planner.analysis.decisions import Decisions
from planner.analysis.quota import QuotaLedger
from planner.analysis.resources import Assessor, is_confidential
from planner.analysis.results import RESTART_UNVERIFIED, Analysis, Finding, VmResult, VnetResult
from planner.analysis.vnets import assess_vnet, fill_peerings, ilb_backend_blockers, note_left_unencrypted
from planner.model import Inventory, PowerState, key
from planner.topology import Topology
from planner.vocabulary import Action, Encryption, ResultKind, Verdict, VnetVerdict


@dataclass(slots=True)
class _RunState:
    """What the last run kept so that `Analyzer.update` can redo only what a decision change affects."""

    decisions: Decisions
    confidential: set[str]
    blocked: set[str]  # VNets blocked by what does not depend on proposals
    notes: list[Finding]
    raw_vms: dict[str, VmResult] = field(default_factory=dict)  # before VNet verdicts are applied
    raw_sets: dict[str, VmResult] = field(default_factory=dict)
    users: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # quota scope -> who drew on it
    analysis: Analysis | None = None


def _copy_decisions(d: Decisions) -> Decisions:
    return Decisions(
        series=d.series,
        strict_private_link=d.strict_private_link,
        allow_smaller=d.allow_smaller,
        preferred_sizes=list(d.preferred_sizes),
        pins=dict(d.pins),
        exclude_vms=set(d.exclude_vms),
        exclude_vnets=set(d.exclude_vnets),
    )


def _changed(now: dict[str, VmResult], before: dict[str, VmResult]) -> set[str]:
    """Keys whose result differs from before; the others get their previous object back."""
    out = set()
    for k, old in before.items():
        if now[k] == old:
            now[k] = old
        else:
            out.add(k)
    return out


def _same_policy(a: Decisions, b: Decisions) -> bool:
    """Everything but pins and VM exclusions is equal (those two are what `update` handles incrementally)."""
    return (
        a.series == b.series
        and a.strict_private_link == b.strict_private_link
        and a.allow_smaller == b.allow_smaller
        and a.preferred_sizes == b.preferred_sizes
        and a.exclude_vnets == b.exclude_vnets
    )


class Analyzer:
    """Indexes an inventory once; `run` re-derives all verdicts for a set of decisions, `update` what changed."""

    def __init__(self, inv: Inventory, topology: Topology | None = None) -> None:
        self.inv = inv
        self.topology = topology if topology is not None else Topology(inv)
        self.assessor = Assessor(inv, self.topology)
        self._vnet_blocked_cache: dict[tuple[str, ...], Finding] = {}
        self._state: _RunState | None = None
        self._pip_refs: bool | None = None  # NICs name public IPs none of which is loaded (worked out once)

    # --- a full run -----------------------------------------------------------------------------------------

    def run(self, decisions: Decisions) -> Analysis:
        inv = self.inv
        catalog = self.assessor.catalog(decisions.series)
        notes: list[Finding] = []
        missing_quota = sorted(
            {vm.location.lower() for vm in inv.vms.values()} - QuotaLedger(inv.usages).regions
        )
        if missing_quota:
            notes.append(
                Finding(
                    "quota-unknown",
                    "no Compute usage (quota) data for "
                    + ", ".join(missing_quota)
                    + ": quota was not checked there",
                )
            )
        if self._public_ips_not_loaded():
            notes.append(
                Finding(
                    "public-ips-not-loaded",
                    "NICs reference public IP addresses that are not in the inventory: whether a deallocation "
                    "releases a dynamic address was not checked (export `az network public-ip list`)",
                )
            )
        confidential = {k for k, vm in inv.vms.items() if is_confidential(vm, catalog)}
        # VNet blockers that do not depend on proposals come first: VMs in a VNet blocked by them are not
        # proposed for (nothing will change them) and take no quota from VMs that will be changed.
        static = {
            k: assess_vnet(inv, self.topology, k, decisions, confidential) for k in sorted(inv.vnets)
        }
        st = _RunState(
            decisions=_copy_decisions(decisions),
            confidential=confidential,
            blocked={k for k, v in static.items() if v.verdict is VnetVerdict.BLOCKED},
            notes=notes,
        )
        self._state = st
        self._assess_resources(st, decisions, sorted(inv.vms), sorted(inv.scale_sets))
        vnets = {k: self._vnet_result(k, st, decisions, static[k]) for k in sorted(inv.vnets)}
        fill_peerings(inv, vnets, vnets)
        vms = {
            k: self._finalize(st.raw_vms[k], self.topology.vms[k].vnet_keys, vnets) for k in sorted(st.raw_vms)
        }
        scale_sets = {
            k: self._finalize(st.raw_sets[k], self.topology.scale_set_vnets.get(k, []), vnets)
            for k in sorted(st.raw_sets)
        }
        self._follow_scale_sets(vms, scale_sets, vms)
        note_left_unencrypted(self.topology, vnets, vms, scale_sets, vnets, fresh=set(vnets))
        st.analysis = Analysis(vnets=vnets, vms=vms, scale_sets=scale_sets, decisions=decisions, notes=notes)
        return st.analysis

    def _public_ips_not_loaded(self) -> bool:
        if self._pip_refs is None:
            inv = self.inv
            self._pip_refs = not inv.public_ips and any(
                c.public_ip_id for nic in inv.nics.values() for c in nic.ip_configurations
            )
        return self._pip_refs

    # --- incremental re-analysis ----------------------------------------------------------------------------

    def update(self, decisions: Decisions) -> Analysis:
        """Re-analyse after the operator changed decisions, redoing only what the change can affect.

        Pins and VM exclusions change one VM's result, the quota left in its subscription and region (so every VM
        there that draws on quota is re-proposed, in the same order as a full run), and the verdicts of the VNets
        those VMs touch (through internal load balancers) and their peers. Any other change runs everything again.
        The result equals `run(decisions)`; results that did not change are the same objects as before.
        """
        st = self._state
        if st is None or st.analysis is None or not _same_policy(st.decisions, decisions):
            return self.run(decisions)
        return self._update(st, decisions)

    def _update(self, st: _RunState, decisions: Decisions) -> Analysis:
        assert st.analysis is not None
        topo = self.topology
        old = st.decisions
        changed = {
            k for k in old.pins.keys() | decisions.pins.keys() if old.pins.get(k) != decisions.pins.get(k)
        }
        changed |= old.exclude_vms ^ decisions.exclude_vms
        vm_keys = {k for k in changed if k in self.inv.vms}
        set_keys = {k for k in changed if k in self.inv.scale_sets}
        st.decisions = _copy_decisions(decisions)
        before_vms = {k: st.raw_vms[k] for k in vm_keys}
        before_sets = {k: st.raw_sets[k] for k in set_keys}
        ledger = QuotaLedger(self.inv.usages)
        scopes = {self._scope_of(k, ledger) for k in vm_keys | set_keys}
        redo_vms, redo_sets = set(vm_keys), set(set_keys)
        for scope in scopes:
            for k in st.users.pop(scope, set()):
                (redo_vms if k in self.inv.vms else redo_sets).add(k)
        before_vms.update({k: st.raw_vms[k] for k in redo_vms - before_vms.keys()})
        before_sets.update({k: st.raw_sets[k] for k in redo_sets - before_sets.keys()})
        self._assess_resources(st, decisions, sorted(redo_vms), sorted(redo_sets), replay=changed)
        # Re-proposed in the same quota order, most come out as they were: keep those (the same objects, so a
        # face can tell by identity what changed), and redo what follows only from the ones that did change.
        vm_keys = _changed(st.raw_vms, before_vms)
        set_keys = _changed(st.raw_sets, before_sets)

        affected: set[str] = set()
        for k in vm_keys:
            affected.update(topo.vms[k].vnet_keys)
            affected.update(topo.vm_ilb_vnets.get(k, ()))
        for k in set_keys:
            affected.update(topo.scale_set_vnets.get(k, ()))
            affected.update(topo.set_ilb_vnets.get(k, ()))
        affected &= self.inv.vnets.keys()
        vnets = dict(st.analysis.vnets)
        for k in affected:
            vnets[k] = self._vnet_result(k, st, decisions)
        for k in {p for a in affected for p in topo.peered_by.get(a, ())} - affected:
            if k in vnets:  # a peer's own result is unchanged; only its view of the peering is redone
                vnets[k] = dataclasses.replace(vnets[k])
            affected.add(k)
        fill_peerings(self.inv, vnets, {k: vnets[k] for k in affected if k in vnets})

        vms = dict(st.analysis.vms)
        scale_sets = dict(st.analysis.scale_sets)
        refresh = set(vm_keys)
        before = st.analysis.vnets
        for k in affected:
            # A VM's final result reads only its VNets' verdicts (and names): unchanged verdict, nothing to redo.
            if k not in before or before[k].verdict != vnets[k].verdict:
                refresh.update(topo.vnet_vms.get(k, ()))
        sets_redone = set_keys | {s for v in affected for s in topo.vnet_sets.get(v, ())}
        for k in sets_redone:
            scale_sets[k] = self._finalize(st.raw_sets[k], topo.scale_set_vnets.get(k, []), vnets)
            refresh.update(topo.set_members.get(k, ()))
        for k in refresh:
            vms[k] = self._finalize(st.raw_vms[k], topo.vms[k].vnet_keys, vnets)
        self._follow_scale_sets(vms, scale_sets, {k: vms[k] for k in refresh})
        # The note on what stays unencrypted reads member verdicts: redo it wherever one may have changed.
        noted = set(affected)
        for k in refresh:
            noted.update(topo.vms[k].vnet_keys)
        for k in sets_redone:
            noted.update(topo.scale_set_vnets.get(k, ()))
        note_left_unencrypted(topo, vnets, vms, scale_sets, sorted(noted), fresh=affected)
        st.analysis = Analysis(
            vnets=vnets, vms=vms, scale_sets=scale_sets, decisions=decisions, notes=st.notes
        )
        return st.analysis

    def _scope_of(self, k: str, ledger: QuotaLedger) -> tuple[str, str]:
        res = self.inv.vms[k] if k in self.inv.vms else self.inv.scale_sets[k]
        return ledger.scope(res.id.split("/")[2], res.location)

    # --- shared by both -------------------------------------------------------------------------------------

    def _assess_resources(
        self,
        st: _RunState,
        decisions: Decisions,
        vm_keys: list[str],
        set_keys: list[str],
        replay: set[str] | None = None,
    ) -> None:
        """(Re-)assess these VMs and scale sets into `st`: pinned VMs take quota first, then by id, then sets.

        `replay`: re-analysis after these keys' decisions changed. Every other resource first has its last quota
        outcome replayed (`Assessor.replay`: the same candidate still the first to fit, at a few microseconds);
        only those whose outcome moved are assessed again."""
        assessor = self.assessor
        catalog = assessor.catalog(decisions.series)
        proposer = assessor.proposer(decisions)
        ledger = QuotaLedger(self.inv.usages)
        assessor.begin(st.users)
        pins = decisions.pins
        ordered = sorted(vm_keys, key=lambda k: (k not in pins, k)) if pins else sorted(vm_keys)
        blocked = st.blocked

        def replayed(k: str) -> bool:
            return replay is not None and k not in replay and assessor.replay(k, catalog, proposer, ledger)

        for k in ordered:
            if replayed(k):
                continue
            in_blocked = bool(blocked) and any(v in blocked for v in self.topology.vms[k].vnet_keys)
            st.raw_vms[k] = assessor.vm(k, decisions, catalog, proposer, None if in_blocked else ledger)
        for k in set_keys:
            if replayed(k):
                continue
            ss = self.inv.scale_sets[k]
            in_blocked = any(v in st.blocked for v in self.topology.scale_set_vnets.get(k, []))
            st.raw_sets[k] = assessor.scale_set(ss, decisions, catalog, proposer, None if in_blocked else ledger)

    def _vnet_result(
        self, k: str, st: _RunState, decisions: Decisions, static: VnetResult | None = None
    ) -> VnetResult:
        """A VNet's full result; `static` is its proposal-independent part when already worked out."""
        v = static if static is not None else assess_vnet(self.inv, self.topology, k, decisions, st.confidential)
        if v.verdict is not VnetVerdict.EXCLUDED:
            catalog = self.assessor.catalog(decisions.series)
            ilb_backend_blockers(
                self.topology,
                k,
                v,
                st.raw_vms,
                st.raw_sets,
                supported=catalog.is_supported,
                eligible=lambda vm_key: self.assessor.eligible(vm_key, decisions),
            )
        return v

    def _follow_scale_sets(
        self, vms: dict[str, VmResult], scale_sets: dict[str, VmResult], which: dict[str, VmResult]
    ) -> None:
        """Members of a Uniform scale set take its verdict: they change through its model."""
        for k, r in which.items():
            uniform = self.topology.vms[k].uniform_scale_set
            if uniform and key(uniform) in scale_sets and r.verdict not in (Verdict.EXCLUDED, Verdict.BLOCKED):
                vms[k].verdict = scale_sets[key(uniform)].verdict

    def _vnet_blocked(self, blocked: list[str], vnets: dict[str, VnetResult]) -> Finding:
        """The `vnet-blocked` finding, one object shared by every VM behind the same blocked VNets."""
        k = tuple(blocked)
        hit = self._vnet_blocked_cache.get(k)
        if hit is None:  # the inventory is fixed for an Analyzer, so are the VNets' names and ids
            hit = self._vnet_blocked_cache[k] = Finding(
                "vnet-blocked",
                "its VNet cannot be encrypted: " + ", ".join(vnets[v].name for v in blocked),
                [vnets[v].id for v in blocked],
            )
        return hit

    def _finalize(self, raw: VmResult, vnet_keys: Sequence[str], vnets: dict[str, VnetResult]) -> VmResult:
        """The final result: the raw one (kept unchanged for re-analysis) with its VNets' verdicts applied.

        Lists are shared with the raw result and replaced, never appended to, when they change.
        """
        r = VmResult(  # positional: `dataclasses.replace` is several times slower, and this runs per VM
            raw.id,
            raw.name,
            raw.vnet_id,
            raw.size,
            raw.power_state,
            raw.verdict,
            raw.actions,
            raw.target_size,
            raw.pinned,
            raw.nics_without_an,
            raw.blockers,
            raw.warnings,
            raw.rejected,
            raw.rejected_counts,
            raw.kind,
        )
        if r.verdict is Verdict.EXCLUDED:
            return r
        blocked = [v for v in vnet_keys if v in vnets and vnets[v].verdict is VnetVerdict.BLOCKED]
        if blocked:
            r.blockers = [*r.blockers, self._vnet_blocked(blocked, vnets)]
        if r.blockers:
            r.verdict = Verdict.BLOCKED
            r.actions = []
            return r
        enabled = bool(vnet_keys) and all(
            v in vnets and vnets[v].encryption is Encryption.ENABLED for v in vnet_keys
        )
        vm = r.kind is ResultKind.VM
        if vm and r.power_state is not PowerState.DEALLOCATED and (r.actions or not enabled):
            if Action.RESTART not in r.actions:  # assessment adds it when a NIC says encryption is not active
                r.actions = [*r.actions, Action.RESTART]
        elif vm and enabled and r.power_state is not PowerState.DEALLOCATED:
            r.warnings = [*r.warnings, RESTART_UNVERIFIED]
        r.verdict = Verdict.NEEDS_CHANGES if r.actions else Verdict.COMPLIANT
        return r


def analyze(inv: Inventory, decisions: Decisions | None = None) -> Analysis:
    return Analyzer(inv).run(decisions or Decisions())
