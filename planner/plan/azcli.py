"""Building blocks of the Azure CLI lines of plan steps (the op table, `planner.plan.ops`, puts them together).

Every value taken from the plan (resource ids, sizes, names, commands) goes through `shlex.quote`, so no resource
name can inject shell syntax into a script.
"""

from __future__ import annotations

import shlex

from planner.model import ResourceId
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


def vmss_upgrade_batch(scale_set_id: str, batch_size: int) -> str:
    """Upgrade up to `batch_size` instances not yet on the latest model (enumerated when the step runs; the
    unquoted `$ids` is meant to split into one argument per instance id, which Azure returns as digits).

    Choosing by `latestModelApplied` rather than by position keeps each batch correct when instances were added,
    removed or already upgraded since the plan was made; `sed` reads its whole input, so `pipefail` never sees
    a SIGPIPE from `sort`.
    """
    args = scale_set_args(scale_set_id)
    query = quote("[?latestModelApplied==`false`].instanceId")
    return (
        f"ids=$(az vmss list-instances {args} --query {query} -o tsv | sort -n | sed -n {quote(f'1,{batch_size}p')})\n"
        f'if [ -n "$ids" ]; then az vmss update-instances {args} --instance-ids $ids; fi'
    )


def vmss_restart_batch(scale_set_id: str, batch: int, batch_size: int) -> str:
    """Deallocate, then start, batch `batch` of the scale set's instances: the `batch_size` instances at that place
    in instance-id order (enumerated when the step runs). `az vmss deallocate` returns once the instances are
    deallocated, so the start follows a finished deallocation.

    Instances carry no mark of having been restarted, so batches are taken by position: validate the plan against
    a fresh inventory first (`planner validate --inventory`); the first batch expects the capacity it was planned
    for. The unquoted `$ids` splits into one argument per instance id, which Azure returns as digits.
    """
    args = scale_set_args(scale_set_id)
    first = (batch - 1) * batch_size + 1
    last = batch * batch_size
    query = quote("[].instanceId")
    return "\n".join(
        [
            f"ids=$(az vmss list-instances {args} --query {query} -o tsv | sort -n | sed -n {quote(f'{first},{last}p')})",
            f'if [ -n "$ids" ]; then az vmss deallocate {args} --instance-ids $ids; fi',
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
