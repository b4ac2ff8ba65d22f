"""The one op table: every operation a plan step can name, declared once.

Each entry says what the op acts on, which params it takes (and how they are checked), which live fields a step may
`expect` and `rollback`, its `[durations]` key, its Azure CLI line, the wait an exported script runs after it, and
how a reviewer reads it. Reading, checking, showing, exporting and executing a plan all look ops up here; adding an
op is one entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from planner.model import ResourceId
from planner.plan import azcli
from planner.plan.azcli import quote
from planner.plan.policy import Policy
from planner.vocabulary import Enforcement


class Op(StrEnum):
    VNET_ENABLE_ENCRYPTION = "vnet.enable-encryption"
    VM_DEALLOCATE = "vm.deallocate"
    VM_RESIZE = "vm.resize"
    NIC_ENABLE_AN = "nic.enable-accelerated-networking"
    VM_START = "vm.start"
    VMSS_UPDATE_MODEL = "vmss.update-model"
    # A scale-set batch: its instances deallocated, given the model (only when the model changes), started.
    VMSS_DEALLOCATE_INSTANCES = "vmss.deallocate-instances"
    VMSS_UPGRADE_INSTANCES = "vmss.upgrade-instances"
    VMSS_START_INSTANCES = "vmss.start-instances"
    MANUAL = "manual"
    # The ops of a rollback plan (`planner rollback`): they restore what the ops above changed.
    VNET_DISABLE_ENCRYPTION = "vnet.disable-encryption"
    NIC_DISABLE_AN = "nic.disable-accelerated-networking"
    VMSS_RESTORE_MODEL = "vmss.restore-model"


class Target(StrEnum):
    """The kind of resource a step acts on; its live fields are read per kind."""

    VNET = "vnet"
    VM = "vm"
    NIC = "nic"
    SCALE_SET = "scale-set"
    ANY = "any"  # a manual step: a VM, a scale set or an AKS cluster


# ARM type of each target kind (case-folded), for checking that a step's target is of its op's type.
TARGET_TYPES: dict[Target, str] = {
    Target.VNET: "microsoft.network/virtualnetworks",
    Target.VM: "microsoft.compute/virtualmachines",
    Target.NIC: "microsoft.network/networkinterfaces",
    Target.SCALE_SET: "microsoft.compute/virtualmachinescalesets",
}


class Part(StrEnum):
    """Where a step sits in the life of the resource it changes (what `show` and the validator group by)."""

    ENCRYPTION = "encryption"  # a VNet's encryption setting
    DOWN = "down"  # takes a VM (or a batch of scale-set instances) down
    CHANGE = "change"  # changes a deallocated VM or its NIC, or a scale set (its model, or its deallocated instances)
    UP = "up"  # brings a VM (or a batch of scale-set instances) back
    MANUAL = "manual"  # done by the operator


ParamCheck = Callable[[Mapping[str, Any], Policy], list[str]]


@dataclass(frozen=True, slots=True)
class OpSpec:
    op: Op
    target: Target
    part: Part
    words: str  # what the op does, for people
    params: tuple[str, ...]  # the params it takes
    expect: tuple[str, ...]  # live fields a step may expect (the first step on a target expects its etag too)
    rollback: tuple[str, ...]  # fields whose before-values a step records
    duration_key: str  # its key in the policy's [durations] table
    az: Callable[[str, Mapping[str, Any]], str]  # (target, params) -> the `az` line(s), every value quoted
    wait: Callable[[str], str | None]  # target -> what an exported script waits for afterwards
    check_params: ParamCheck
    # The VM whose cycle the step belongs to: the target (VM ops), params.vm (a NIC), or none.
    vm_of: Callable[[str, Mapping[str, Any]], str | None]
    scale_set_step: bool = False  # belongs to a scale set's model update and batches
    # Acts on one batch of a scale set's instances (params batch, batches, batch_size): the batch's deallocation
    # (part DOWN, which takes `batch_size` instances down and counts against budgets) chooses them; the batch's
    # upgrade and start act on exactly those.
    instance_batch: bool = False

    @property
    def takes_instances_down(self) -> bool:
        return self.instance_batch and self.part is Part.DOWN


# --- params ---------------------------------------------------------------------------------------------


def _no_params(p: Mapping[str, Any], policy: Policy) -> list[str]:
    return []


def _enforcement(p: Mapping[str, Any], policy: Policy) -> list[str]:
    value = p.get("enforcement")
    if value not in tuple(Enforcement):
        return [f"params.enforcement must be one of {', '.join(Enforcement)}"]
    if value == Enforcement.DROP and not policy.drop_unencrypted:
        return ["DropUnencrypted is planned but the policy does not opt in (drop_unencrypted)"]
    return []


def _size(p: Mapping[str, Any], policy: Policy) -> list[str]:
    return [] if isinstance(p.get("size"), str) and p["size"] else ["params.size (the new size) is missing"]


def _nic_vm(p: Mapping[str, Any], policy: Policy) -> list[str]:
    vm = ResourceId.parse(str(p.get("vm", "")))
    if vm is None or vm.type.lower() != TARGET_TYPES[Target.VM]:
        return ["params.vm (the VM whose NIC this is) is missing or not a VM id"]
    return []


def _model(p: Mapping[str, Any], policy: Policy) -> list[str]:
    if isinstance(p.get("size"), str) or p.get("accelerated_networking") is True:
        return []
    return ["params need a size or accelerated_networking = true"]


def _batch(p: Mapping[str, Any], policy: Policy) -> list[str]:
    nums = [p.get(k) for k in ("batch", "batches", "batch_size")]
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in nums):
        return ["params batch, batches and batch_size must be positive integers"]
    out = []
    if p["batch"] > p["batches"]:
        out.append(f"batch {p['batch']} of {p['batches']}")
    if p["batch_size"] > policy.max_parallel:
        out.append(f"batch_size {p['batch_size']} exceeds max_parallel {policy.max_parallel}")
    return out


def _restore_model(p: Mapping[str, Any], policy: Policy) -> list[str]:
    if isinstance(p.get("size"), str) or isinstance(p.get("accelerated_networking"), bool):
        return []
    return ["params need a size or accelerated_networking"]


def _manual(p: Mapping[str, Any], policy: Policy) -> list[str]:
    commands = p.get("commands", [])
    if isinstance(commands, list) and all(isinstance(c, str) for c in commands):
        return []
    return ["params.commands must be an array of strings"]


# --- az lines and waits ---------------------------------------------------------------------------------


def _vnet_az(target: str, p: Mapping[str, Any]) -> str:
    enforcement = azcli.CLI_ENFORCEMENT[str(p["enforcement"])]
    return (
        f"az network vnet update --ids {quote(target)} --enable-encryption true "
        f"--encryption-enforcement-policy {quote(enforcement)}"
    )


def _model_az(target: str, p: Mapping[str, Any]) -> str:
    size = p.get("size")
    return azcli.vmss_update_model(target, str(size) if size else None, p.get("accelerated_networking") is True)


def _restore_model_az(target: str, p: Mapping[str, Any]) -> str:
    an = p.get("accelerated_networking")
    if an is not False:
        return _model_az(target, p)
    # Switching AN off on every NIC configuration: the count is read at run time, as for switching it on.
    args = azcli.scale_set_args(target)
    size = p.get("size")
    sets = [quote(f"sku.name={size}")] if size else []
    count = f"az vmss show {args} --query {quote(f'length({azcli.NIC_CONFIGS})')} -o tsv"
    flag = f'"{azcli.NIC_CONFIGS}[$i].enableAcceleratedNetworking=false"'
    return "\n".join(
        [
            f"sets=({' '.join(sets)})",
            f"n=$({count})",
            f"for ((i = 0; i < n; i++)); do sets+=({flag}); done",
            f'az vmss update {args} --set "${{sets[@]}}"',
        ]
    )


def _manual_az(target: str, p: Mapping[str, Any]) -> str:
    lines = [str(p.get("reason", "a manual step")), *(str(c) for c in p.get("commands", []))]
    return "\n".join(azcli.comment(line) for line in lines)


def _power_wait(state: str) -> Callable[[str], str]:
    query = quote(azcli.POWER_STATE_QUERY.format(state=state))
    return lambda t: f"az vm wait --ids {quote(t)} --custom {query}"


def _target_vm(target: str, p: Mapping[str, Any]) -> str | None:
    return target


def _param_vm(target: str, p: Mapping[str, Any]) -> str | None:
    vm = p.get("vm")
    return vm if isinstance(vm, str) else None


def _no_vm(target: str, p: Mapping[str, Any]) -> str | None:
    return None


_SPECS = (
    OpSpec(
        Op.VNET_ENABLE_ENCRYPTION,
        Target.VNET,
        Part.ENCRYPTION,
        "switch a VNet's encryption on, or its enforcement to DropUnencrypted",
        params=("enforcement",),
        expect=("encryption", "enforcement", "etag"),
        rollback=("encryption", "enforcement"),
        duration_key="enable_encryption",
        az=_vnet_az,
        wait=lambda t: f"az network vnet wait --ids {quote(t)} --updated",
        check_params=_enforcement,
        vm_of=_no_vm,
    ),
    OpSpec(
        Op.VM_DEALLOCATE,
        Target.VM,
        Part.DOWN,
        "stop and deallocate a VM",
        params=(),
        expect=("power_state", "size", "etag"),
        rollback=("power_state",),
        duration_key="deallocate",
        az=lambda t, p: f"az vm deallocate --ids {quote(t)}",
        wait=_power_wait("deallocated"),
        check_params=_no_params,
        vm_of=_target_vm,
    ),
    OpSpec(
        Op.VM_RESIZE,
        Target.VM,
        Part.CHANGE,
        "resize a deallocated VM",
        params=("size",),
        expect=("power_state", "size", "etag"),
        rollback=("size",),
        duration_key="resize",
        az=lambda t, p: f"az vm resize --ids {quote(t)} --size {quote(str(p['size']))}",
        wait=lambda t: f"az vm wait --ids {quote(t)} --updated",
        check_params=_size,
        vm_of=_target_vm,
    ),
    OpSpec(
        Op.NIC_ENABLE_AN,
        Target.NIC,
        Part.CHANGE,
        "enable Accelerated Networking on a NIC of a deallocated VM",
        params=("vm",),
        expect=("accelerated_networking", "etag"),
        rollback=("accelerated_networking",),
        duration_key="enable_accelerated_networking",
        az=lambda t, p: f"az network nic update --ids {quote(t)} --accelerated-networking true",
        wait=lambda t: f"az network nic wait --ids {quote(t)} --updated",
        check_params=_nic_vm,
        vm_of=_param_vm,
    ),
    OpSpec(
        Op.VM_START,
        Target.VM,
        Part.UP,
        "start a deallocated VM",
        params=(),
        expect=("power_state", "size", "etag"),
        rollback=("power_state",),
        duration_key="start",
        az=lambda t, p: f"az vm start --ids {quote(t)}",
        wait=_power_wait("running"),
        check_params=_no_params,
        vm_of=_target_vm,
    ),
    OpSpec(
        Op.VMSS_UPDATE_MODEL,
        Target.SCALE_SET,
        Part.CHANGE,
        "update a scale set's model (size, Accelerated Networking)",
        params=("size", "accelerated_networking"),
        expect=("size", "accelerated_networking", "capacity", "etag"),
        rollback=("size", "accelerated_networking"),
        duration_key="vmss_update_model",
        az=_model_az,
        wait=lambda t: f"az vmss wait {azcli.scale_set_args(t)} --updated",
        check_params=_model,
        vm_of=_no_vm,
        scale_set_step=True,
    ),
    OpSpec(
        Op.VMSS_DEALLOCATE_INSTANCES,
        Target.SCALE_SET,
        Part.DOWN,
        "deallocate a batch of a scale set's instances (chosen when it runs: those no earlier batch took)",
        params=("batch", "batches", "batch_size"),
        expect=("size", "accelerated_networking", "capacity", "etag"),
        rollback=("power_state",),  # the instances that were running are started again
        duration_key="vmss_deallocate_batch",
        az=lambda t, p: azcli.vmss_deallocate_batch(t, int(p["batch"]), int(p["batch_size"])),
        wait=lambda t: f"az vmss wait {azcli.scale_set_args(t)} --updated",
        check_params=_batch,
        vm_of=_no_vm,
        scale_set_step=True,
        instance_batch=True,
    ),
    OpSpec(
        Op.VMSS_UPGRADE_INSTANCES,
        Target.SCALE_SET,
        Part.CHANGE,
        "apply a scale set's model to the instances its batch's deallocation took",
        params=("batch", "batches", "batch_size"),
        expect=("size", "accelerated_networking"),
        rollback=("size", "accelerated_networking"),  # the model before the plan (`vmss.restore-model` restores it)
        duration_key="vmss_upgrade_batch",
        az=lambda t, p: azcli.vmss_upgrade_batch(t, int(p["batch"])),
        wait=lambda t: f"az vmss wait {azcli.scale_set_args(t)} --updated",
        check_params=_batch,
        vm_of=_no_vm,
        scale_set_step=True,
        instance_batch=True,
    ),
    OpSpec(
        Op.VMSS_START_INSTANCES,
        Target.SCALE_SET,
        Part.UP,
        "start the instances its batch's deallocation took that were running (encryption takes effect)",
        params=("batch", "batches", "batch_size"),
        expect=("size", "accelerated_networking"),
        rollback=(),
        duration_key="vmss_start_batch",
        az=lambda t, p: azcli.vmss_start_batch(t, int(p["batch"])),
        wait=lambda t: f"az vmss wait {azcli.scale_set_args(t)} --updated",
        check_params=_batch,
        vm_of=_no_vm,
        scale_set_step=True,
        instance_batch=True,
    ),
    OpSpec(
        Op.MANUAL,
        Target.ANY,
        Part.MANUAL,
        "a change the operator makes by hand (AKS node pools)",
        params=("reason", "commands"),
        expect=(),
        rollback=(),
        duration_key="manual",
        az=_manual_az,
        wait=lambda t: None,
        check_params=_manual,
        vm_of=_no_vm,
    ),
    OpSpec(
        Op.VNET_DISABLE_ENCRYPTION,
        Target.VNET,
        Part.ENCRYPTION,
        "switch a VNet's encryption off (a rollback)",
        params=(),
        expect=("encryption", "enforcement", "etag"),
        rollback=("encryption", "enforcement"),
        duration_key="enable_encryption",
        az=lambda t, p: f"az network vnet update --ids {quote(t)} --enable-encryption false",
        wait=lambda t: f"az network vnet wait --ids {quote(t)} --updated",
        check_params=_no_params,
        vm_of=_no_vm,
    ),
    OpSpec(
        Op.NIC_DISABLE_AN,
        Target.NIC,
        Part.CHANGE,
        "disable Accelerated Networking on a NIC of a deallocated VM (a rollback)",
        params=("vm",),
        expect=("accelerated_networking", "etag"),
        rollback=("accelerated_networking",),
        duration_key="enable_accelerated_networking",
        az=lambda t, p: f"az network nic update --ids {quote(t)} --accelerated-networking false",
        wait=lambda t: f"az network nic wait --ids {quote(t)} --updated",
        check_params=_nic_vm,
        vm_of=_param_vm,
    ),
    OpSpec(
        Op.VMSS_RESTORE_MODEL,
        Target.SCALE_SET,
        Part.CHANGE,
        "restore a scale set's model (size, Accelerated Networking) to its values before a plan (a rollback)",
        params=("size", "accelerated_networking"),
        expect=("size", "accelerated_networking", "capacity", "etag"),
        rollback=("size", "accelerated_networking"),
        duration_key="vmss_update_model",
        az=_restore_model_az,
        wait=lambda t: f"az vmss wait {azcli.scale_set_args(t)} --updated",
        check_params=_restore_model,
        vm_of=_no_vm,
        scale_set_step=True,
    ),
)

OPS: dict[Op, OpSpec] = {s.op: s for s in _SPECS}
assert set(OPS) == set(Op), "every op has exactly one entry"


def spec(op: str) -> OpSpec:
    """The entry of an op (KeyError for a word that is not an op)."""
    return OPS[Op(op)]


def az_line(op: str, target: str, params: Mapping[str, Any]) -> str:
    """A step's `az` line: a pure function of its op, target and params (the validator re-derives it).

    Raises ValueError, KeyError or TypeError when params lack what the op needs."""
    return spec(op).az(target, params)


def batch_of(op: str, target: str, params: Mapping[str, Any]) -> str | None:
    """The scale-set batch a step belongs to (`<scale set key>#<batch>`), or None for a step of no batch."""
    if not spec(op).instance_batch:
        return None
    return f"{target.lower()}#{params.get('batch')}"


def seconds(policy: Policy, op: str) -> int:
    """How long the policy says a step of this op takes."""
    return policy.durations[spec(op).duration_key]


def durations(policy: Policy) -> dict[Op, int]:
    """Seconds per op under the policy, looked up once (sequencing asks for each unit)."""
    return {op: policy.durations[s.duration_key] for op, s in OPS.items()}
