"""Building blocks of the Azure CLI lines of plan steps (the op table, `planner.plan.ops`, puts them together).

Every value taken from the plan (resource ids, sizes, names, commands) goes through `shlex.quote`, so no resource
name can inject shell syntax into a script.
"""

from __future__ import annotations

import hashlib
import shlex

from planner.model import ResourceId, key
from planner.text import printable


def quote(value: str) -> str:
    """One shell word for `value`: `shlex.quote`, or bash's `$'...'` when the value holds control characters or
    bidirectional overrides, so that the script shows them escaped (printed or opened) and still passes the exact
    value to `az`."""
    if value.isprintable():  # false for control characters and formats (bidi overrides) alike
        return shlex.quote(value)
    out = []
    for ch in value:
        if ch in "\\'":
            out.append("\\" + ch)
        elif ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
    return "$'" + "".join(out) + "'"

# The CLI spells the enforcement values in camelCase (`az network vnet update --encryption-enforcement-policy
# {allowUnencrypted, dropUnencrypted}`); the plan keeps the ARM values.
CLI_ENFORCEMENT = {"AllowUnencrypted": "allowUnencrypted", "DropUnencrypted": "dropUnencrypted"}

NIC_CONFIGS = "virtualMachineProfile.networkProfile.networkInterfaceConfigurations"


def comment(text: str) -> str:
    """One or more `# ` comment lines: a newline inside `text` cannot end the comment and start a command, and
    control characters show escaped."""
    return "\n".join("# " + printable(line) for line in text.replace("\r", "\n").split("\n"))


def scale_set_args(scale_set_id: str) -> str:
    rid = ResourceId.parse(scale_set_id)
    if rid is None:
        raise ValueError(f"not a resource id: {scale_set_id!r}")
    # `az vmss list-instances` takes no --ids, so every scale-set command names the set the same way.
    return f"--subscription {quote(rid.subscription)} --resource-group {quote(rid.resource_group)} --name {quote(rid.name)}"


def vmss_update_model(scale_set_id: str, size: str | None, accelerated_networking: bool) -> str:
    """Set the model's size and/or enable AN on every NIC configuration of the model, in one model update."""
    args = scale_set_args(scale_set_id)
    sets = [quote(f"sku.name={size}")] if size else []
    if not sets and not accelerated_networking:
        raise ValueError("a scale-set model update needs a size or accelerated_networking")
    if not accelerated_networking:
        return f"az vmss update {args} --set {' '.join(sets)}"
    # The number of NIC configurations is read at run time: the inventory does not record it. One command per
    # line, never `a && b`: under `set -e` a failure inside an && list does not stop a script.
    count = f"az vmss show {args} --query {quote(f'length({NIC_CONFIGS})')} -o tsv"
    flag = f'"{NIC_CONFIGS}[$i].enableAcceleratedNetworking=true"'
    return "\n".join(
        [
            f"sets=({' '.join(sets)})",
            f"n=$({count})",
            f"for ((i = 0; i < n; i++)); do sets+=({flag}); done",
            f'az vmss update {args} --set "${{sets[@]}}"',
        ]
    )


# An instance's id and power state, one per line (`0<TAB>PowerState/running`), from `az vmss list-instances
# --expand instanceView`.
INSTANCES_QUERY = '[].[instanceId, instanceView.statuses[?starts_with(code, `"PowerState/"`)].code | [0]]'


def batch_key(scale_set_id: str) -> str:
    """The word an exported script's log names a scale set by: a hash of its id (a name may hold anything)."""
    return "vmss-" + hashlib.sha256(key(scale_set_id).encode()).hexdigest()[:12]


def vmss_deallocate_batch(scale_set_id: str, batch: int, batch_size: int) -> str:
    """Choose batch `batch` of the scale set's instances and deallocate them: `batch_size` of the instances no
    earlier batch of the set took, in instance-id order, listed when the step runs.

    `planner_batch_take` (defined by the exported script) records the choice, with each instance's power state, in
    the script's log (a resumed step keeps it), so that the batch's upgrade and start act on exactly these
    instances; the unquoted `$ids` splits into one argument per instance id, which Azure returns as digits.
    """
    args = scale_set_args(scale_set_id)
    take = f"planner_batch_take {batch_key(scale_set_id)} {batch} {batch_size} {quote(scale_set_id)}"
    return "\n".join(
        [
            f"ids=$(az vmss list-instances {args} --expand instanceView --query {quote(INSTANCES_QUERY)} -o tsv | {take})",
            f'if [ -n "$ids" ]; then az vmss deallocate {args} --instance-ids $ids; fi',
        ]
    )


def vmss_upgrade_batch(scale_set_id: str, batch: int) -> str:
    """Apply the scale set's model to the instances batch `batch`'s deallocation took (`planner_batch_ids` reads
    them from the script's log and fails when the deallocation has not recorded them)."""
    args = scale_set_args(scale_set_id)
    return "\n".join(
        [
            f"ids=$(planner_batch_ids {batch_key(scale_set_id)} {batch})",
            f'if [ -n "$ids" ]; then az vmss update-instances {args} --instance-ids $ids; fi',
        ]
    )


def vmss_start_batch(scale_set_id: str, batch: int) -> str:
    """Start the instances batch `batch`'s deallocation took that were running before it (an instance deallocated
    before the plan stays deallocated, as a VM does)."""
    args = scale_set_args(scale_set_id)
    return "\n".join(
        [
            f"ids=$(planner_batch_ids {batch_key(scale_set_id)} {batch} running)",
            f'if [ -n "$ids" ]; then az vmss start {args} --instance-ids $ids; fi',
        ]
    )


POWER_STATE_QUERY = "instanceView.statuses[?code=='PowerState/{state}']"


def aks_pool_commands(
    *,
    cluster_id: str,
    pool: str,
    size: str,
    count: int | None,
    subnet_id: str | None,
    pod_subnet_id: str | None,
) -> list[str]:
    """The supported path for an AKS node pool: a new pool on a supported size, cordon and drain, delete the old."""
    rid = ResourceId.parse(cluster_id)
    if rid is None:
        raise ValueError(f"not a resource id: {cluster_id!r}")
    cluster = f"--subscription {quote(rid.subscription)} --resource-group {quote(rid.resource_group)} --cluster-name {quote(rid.name)}"
    new_pool = new_pool_name(pool)
    mode = f'"$(az aks nodepool show {cluster} --name {quote(pool)} --query mode -o tsv)"'
    add = f"az aks nodepool add {cluster} --name {quote(new_pool)} --node-vm-size {quote(size)} --mode {mode}"
    if count:
        add += f" --node-count {count}"
    if subnet_id:
        add += f" --vnet-subnet-id {quote(subnet_id)}"
    if pod_subnet_id:
        add += f" --pod-subnet-id {quote(pod_subnet_id)}"
    selector = quote(f"kubernetes.azure.com/agentpool={pool}")
    return [
        f"az aks get-credentials --subscription {quote(rid.subscription)} --resource-group "
        f"{quote(rid.resource_group)} --name {quote(rid.name)}",
        add,
        f"kubectl cordon -l {selector}",
        f"kubectl drain -l {selector} --ignore-daemonsets --delete-emptydir-data",
        f"az aks nodepool delete {cluster} --name {quote(pool)}",
    ]


def new_pool_name(pool: str) -> str:
    """A replacement pool name AKS accepts: lowercase letters and digits, starting with a letter, 12 at most."""
    base = "".join(c for c in pool.lower() if c.isascii() and c.isalnum()).lstrip("0123456789") or "pool"
    return base[:9] + "enc"
