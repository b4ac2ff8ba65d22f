"""Assembling the plan: a schedule's waves turned into steps, with the plan's groups, entries and meta.

`build_plan` is the whole of sequencing for one analysis under a policy (the same inputs give the same plan);
`PlanMaker` keeps what depends on the inventory only (topology, groups, step-id slugs) so that a face re-planning
after each decision does not rebuild it.
"""

from __future__ import annotations

from planner import __version__
from planner.analysis.results import Analysis, VmResult
from planner.model import Inventory, key
from planner.plan.policy import Policy
from planner.plan.types import GroupEntry, Meta, Plan, Step, Wave
from planner.sequencing.entries import vm_entries, vnet_entries
from planner.sequencing.groups import Groups
from planner.sequencing.ids import StepIds
from planner.sequencing.schedule import Schedule, Scheduler, WaveKind
from planner.sequencing.steps import StepFactory
from planner.sequencing.units import CycleCache, UnitKind
from planner.topology import Topology
from planner.vocabulary import Action, Enforcement, Verdict

# Within a wave, outages' steps come first, then scale-set batches, then VM cycles.
_UNIT_ORDER = {UnitKind.OUTAGE: 0, UnitKind.BATCH: 1, UnitKind.CYCLE: 2}


class PlanMaker:
    """Schedules and plans for one inventory; what depends on the inventory only is built once."""

    def __init__(self, inv: Inventory, topology: Topology | None = None) -> None:
        self.inv = inv
        self.topology = topology if topology is not None else Topology(inv)
        self.groups = Groups(self.topology)
        self._bases: dict[tuple[str, str], str] = {}  # step-id slugs, kept across plans
        self._cycles = CycleCache()  # VM cycle units, kept across schedules

    def schedule(self, analysis: Analysis, policy: Policy) -> Schedule:
        return Scheduler(self.inv, self.topology, self.groups, analysis, policy, self._cycles).schedule()

    def plan(
        self,
        analysis: Analysis,
        policy: Policy,
        *,
        generated_at: str,
        inventory_digest: str,
        cloud: str = "public",
        schedule: Schedule | None = None,
    ) -> Plan:
        """The plan; `schedule` is this analysis's schedule under this policy when already made."""
        sched = schedule if schedule is not None else self.schedule(analysis, policy)
        ids = StepIds(self._bases)
        self._register_targets(ids, analysis, sched)
        steps = StepFactory(self.inv, self.topology, analysis, policy, ids)
        waves: list[Wave] = []
        enable: dict[str, Step] = {}
        for sw in sched.waves:
            wave = Wave(sw.index, sw.title, [], [], sw.estimated_seconds, sw.window)
            if sw.kind is WaveKind.FIRST:
                for vk in sched.enable:
                    enable[vk] = steps.vnet(sw.index, vk, Enforcement.ALLOW)
                wave.steps += enable.values()
                wave.steps += [steps.manual(sw.index, k, self._result(analysis, k), enable) for k in sched.manual]
                for sk in sched.flexible:
                    r = analysis.scale_sets[sk]
                    ss = self.inv.scale_sets[sk]
                    step = steps.model(
                        sw.index, ss, r.target_size if Action.RESIZE in r.actions else None, Action.ENABLE_AN in r.actions
                    )
                    step.after = [enable[v].id for v in map(key, self.topology.vnet_ids(sk)) if v in enable]
                    wave.steps.append(step)
            elif sw.kind is WaveKind.CYCLES:
                for u in sorted(sw.units, key=lambda u: (_UNIT_ORDER[u.kind], u.key, u.batch)):
                    if u.kind is UnitKind.OUTAGE:
                        wave.steps += steps.outage(sw.index, u)
                    elif u.kind is UnitKind.BATCH:
                        wave.steps += steps.batch(sw.index, u)
                    else:
                        wave.steps += steps.vm_cycle(sw.index, u.key)
                wave.outage = [self.groups.groups[gk].id for gk in sw.outages]
            else:
                wave.steps = [steps.vnet(sw.index, vk, Enforcement.DROP) for vk in sched.drop]
            waves.append(wave)
        meta = Meta(
            generated_at=generated_at,
            tool_version=__version__,
            inventory_digest=inventory_digest,
            cloud=cloud,
            subscriptions=self.inv.subscriptions,
            series=analysis.decisions.series,
            wave_count=len(waves),
            lower_bound_waves=sched.lower_bound,
            unscheduled_waves=sched.unscheduled,
            notes=plan_notes(cloud, policy),
        )
        budgets = self.groups.budgets(policy)
        return Plan(
            meta,
            policy,
            groups=[GroupEntry(g.id, g.kind, g.name, g.size, budgets[gk]) for gk, g in self.groups.groups.items()],
            vnets=vnet_entries(analysis, sched),
            vms=vm_entries(self.inv, self.topology, self.groups, analysis, policy, sched),
            waves=waves,
        )

    @staticmethod
    def _result(analysis: Analysis, k: str) -> VmResult:
        return analysis.scale_sets[k] if k in analysis.scale_sets else analysis.vms[k]

    def _register_targets(self, ids: StepIds, a: Analysis, sched: Schedule) -> None:
        """Every resource that gets steps, so that step-id stems are told apart among exactly those."""
        inv = self.inv
        vms = [vk for u in sched.units for vk in u.vms]
        vms += [
            k
            for k, r in a.vms.items()
            if r.verdict is Verdict.BLOCKED and any(b.code == "aks-managed" for b in r.blockers)
        ]
        ids.register("vm", ((inv.vms[k].id, inv.vms[k].name) for k in vms))
        nics = (
            inv.nics[key(n)] for k in vms if Action.ENABLE_AN in a.vms[k].actions for n in a.vms[k].nics_without_an
        )
        ids.register("nic", ((n.id, n.name) for n in nics))
        ids.register("vnet", ((inv.vnets[k].id, inv.vnets[k].name) for k in a.vnets if k in inv.vnets))
        ids.register("vmss", ((ss.id, ss.name) for ss in inv.scale_sets.values()))


# DOMAIN.md "Added rules", warnings worth giving (AD virtual-network-encryption-overview.md).
PREVIEW_CLOUDS = {"usgov": "Azure Government", "china": "Azure operated by 21Vianet"}


def plan_notes(cloud: str, policy: Policy) -> list[str]:
    """What a reviewer must know before running the plan, from its cloud and policy."""
    notes = []
    if cloud in PREVIEW_CLOUDS:
        notes.append(
            f"virtual network encryption is in public preview in {PREVIEW_CLOUDS[cloud]} (generally available in "
            "the public regions only; virtual-network-encryption-overview.md, Availability): confirm the preview "
            "is open to these subscriptions before running the plan"
        )
    if policy.drop_unencrypted:
        notes.append(
            "the policy opts in to DropUnencrypted, which Microsoft lists as not yet supported (\"DropUnencrypted "
            "enforcement will be supported in the future\"; virtual-network-encryption-overview.md, "
            "Limitations): Azure may refuse the DropUnencrypted steps"
        )
    return notes


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
    return PlanMaker(inv).plan(
        analysis, policy, generated_at=generated_at, inventory_digest=inventory_digest, cloud=cloud
    )
