"""The rules of a plan file about a scale set's steps: one model update, before its first batch, and each batch one
cycle per instance, like a VM's: the batch's instances deallocated, given the model (when the plan changes it),
started, in one wave and in that order (DOMAIN.md "Added rules": scale-set instances are cycled, not just upgraded).

Which instances a batch takes is chosen when its deallocation runs; its upgrade and start act on exactly those. So a
batch is named by its scale set and number: an upgrade or a start of batch b must wait (`after`) for the deallocation
of batch b of the same scale set in the same wave, a batch is deallocated once (its instances would be cycled twice),
and batches run one per wave, in order.
"""

from __future__ import annotations

import itertools

from planner.plan.check_index import At, PlanIndex
from planner.plan.ops import Op, spec

_MODEL_OPS = (Op.VMSS_UPDATE_MODEL, Op.VMSS_RESTORE_MODEL)


class BatchRules(PlanIndex):
    """A scale set's model update and batches."""

    def scale_sets(self, vmss_steps: dict[str, list[At]]) -> None:
        for steps in vmss_steps.values():
            self.scale_set(steps)

    def scale_set(self, steps: list[At]) -> None:
        models = [a for a in steps if a.step.op in _MODEL_OPS]
        batch_steps = [a for a in steps if spec(a.step.op).instance_batch]
        if len(models) > 1:
            self.add_step(models[1], "a second model update of the same scale set")
        raw = [(a.step.params.get("batch"), a.step.params.get("batches")) for a in batch_steps]
        totals = {t for _, t in raw if isinstance(t, int)}
        if not all(isinstance(n, int) and isinstance(t, int) for n, t in raw):
            return  # reported by the params check
        if len(totals) > 1:
            self.add_step(batch_steps[0], "the scale set's batches disagree on how many batches there are")
            return
        deallocs: dict[int, list[At]] = {}
        for a in batch_steps:
            if a.step.op is Op.VMSS_DEALLOCATE_INSTANCES:
                deallocs.setdefault(a.step.params["batch"], []).append(a)
        for b, ds in deallocs.items():
            for again in ds[1:]:
                self.add_step(again, f"batch {b} of the scale set is deallocated twice: its instances would be cycled twice")
        expected = list(range(1, (totals.pop() if totals else 0) + 1))
        if batch_steps and sorted(deallocs) != expected:
            self.add_step(batch_steps[0], f"the scale set's batch deallocations are not exactly {expected}")
        firsts = sorted((ds[0] for ds in deallocs.values()), key=lambda a: (a.wave, a.pos))
        for prev, nxt in itertools.pairwise(firsts):
            if prev.step.params["batch"] >= nxt.step.params["batch"] or prev.wave >= nxt.wave:
                self.add_step(nxt, "batches must run one per wave in order (a batch is the set's whole budget)")
        upgraded: dict[int, list[At]] = {}
        started: dict[int, list[At]] = {}
        for a in batch_steps:
            op = a.step.op
            if op is Op.VMSS_DEALLOCATE_INSTANCES:
                continue
            b = a.step.params["batch"]
            (upgraded if op is Op.VMSS_UPGRADE_INSTANCES else started).setdefault(b, []).append(a)
            taken = deallocs.get(b)
            self.follows_deallocation(a, taken[0] if taken else None)
        for b, ups in upgraded.items():
            for again in ups[1:]:
                self.add_step(again, f"batch {b}'s instances are given the model twice")
        for b, starts in started.items():
            for again in starts[1:]:
                self.add_step(again, f"batch {b}'s instances are started twice")
            if b in upgraded and upgraded[b][0].step.id not in self.closure(starts[0]):
                self.add_step(
                    starts[0],
                    f"does not wait for {upgraded[b][0].step.id} (after): start the instances once the model is applied",
                )
        for b, ds in deallocs.items():
            if not any(a.wave == ds[0].wave and ds[0].step.id in self.closure(a) for a in started.get(b, [])):
                self.add_step(
                    ds[0], f"deallocates batch {b}'s instances and never starts them in its wave: they would stay down"
                )
        if models:
            for b, ds in deallocs.items():
                if b not in upgraded:
                    self.add_step(
                        ds[0], f"batch {b}'s instances are never given the model the plan changes: add its upgrade"
                    )
            if firsts and not self.before(models[0], firsts[0]):
                self.add_step(firsts[0], f"runs before the model update {models[0].step.id}")
        else:
            for ups in upgraded.values():
                self.add_step(ups[0], "upgrades instances without a model update in the plan")

    def follows_deallocation(self, a: At, dealloc: At | None) -> None:
        """An upgrade or start acts on the instances its batch's deallocation took: that deallocation must come
        first, in the same wave, named (transitively) in its `after`, with the same batch size."""
        b = a.step.params["batch"]
        verb = "gives the model to" if a.step.op is Op.VMSS_UPGRADE_INSTANCES else "starts"
        if dealloc is None:
            self.add_step(
                a, f"{verb} batch {b}'s instances, which no deallocation of the scale set took (batch {b} must deallocate them first)"
            )
            return
        if dealloc.wave != a.wave or dealloc.step.id not in self.closure(a):
            self.add_step(
                a,
                f"does not wait for {dealloc.step.id} (after): batch {b}'s instances must be deallocated first, "
                "in the same wave",
            )
        size, taken = a.step.params.get("batch_size"), dealloc.step.params.get("batch_size")
        if size != taken:
            self.add_step(a, f"batch_size {size}, but the batch's deallocation {dealloc.step.id} takes {taken}")
