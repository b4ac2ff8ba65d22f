"""The one table of Azure RBAC actions planner needs: every Resource Manager call it makes, mapped to its action, and
the linked-access joins Azure checks on each write; and from a plan, the actions of its two roles.

- the review role: every read `fetch` (and `verify --subscription`, which fetches) makes, the reads `apply --dry-run`
  makes of the plan's targets, and the read of the caller's own permissions (the pre-flight). `analyze`, `plan`,
  `validate` and `show` read files only.
- the apply role: the review role, plus for each op the plan has: its write or action, the joins Azure's linked
  access check asks for the resources that write references, and the read of the long-running operation's status.

Every action here was checked against Microsoft's resource provider operations pages (README, "Least privilege");
`WHY` says, for each, which call needs it. `planner.execute.permissions` checks a caller holds them before an apply;
the simulator maps each request to its action and refuses one the role lacks (tests record every request of a
fetch, dry run and apply and check each maps to an action here).
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.plan.ops import Op, spec
from planner.plan.types import Plan

PERMISSIONS_READ = "Microsoft.Authorization/permissions/read"
VM_READ = "Microsoft.Compute/virtualMachines/read"
NIC_READ = "Microsoft.Network/networkInterfaces/read"
VNET_READ = "Microsoft.Network/virtualNetworks/read"
VMSS_READ = "Microsoft.Compute/virtualMachineScaleSets/read"
VMSS_VMS_READ = "Microsoft.Compute/virtualMachineScaleSets/virtualMachines/read"
COMPUTE_OPERATIONS = "Microsoft.Compute/locations/operations/read"
FLOW_LOG_READ = "Microsoft.Network/networkWatchers/flowLogs/read"
STORAGE_ACCOUNT_READ = "Microsoft.Storage/storageAccounts/read"
BLOB_READ = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"  # a data action
NETWORK_OPERATIONS = "Microsoft.Network/locations/operations/read"

# action -> why planner needs it (the README's table is this one).
WHY: dict[str, str] = {
    # --- reads: fetch / verify --subscription --------------------------------------------------------------
    VM_READ: "fetch lists VMs (and their power states, `statusOnly`); apply and its dry run read each VM a step acts on, with its instance view",
    "Microsoft.Compute/virtualMachines/instanceView/read": "fetch reads the instance view of a VM the power-state list missed",
    NIC_READ: "fetch lists NICs; apply and its dry run read each NIC a step acts on",
    VNET_READ: "fetch lists VNets; apply and its dry run read each VNet a step switches",
    "Microsoft.Network/loadBalancers/read": "fetch lists load balancers (backend pools are disruption-budget groups)",
    "Microsoft.Compute/availabilitySets/read": "fetch lists availability sets (budget groups)",
    VMSS_READ: "fetch lists scale sets; apply and its dry run read each scale set a step acts on",
    "Microsoft.Network/privateLinkServices/read": "fetch lists Private Link services (an analysis blocker)",
    "Microsoft.Compute/disks/read": "fetch lists managed disks (disk types decide target sizes)",
    "Microsoft.Network/publicIPAddresses/read": "fetch lists public IP addresses (a dynamic one is released by a deallocation)",
    "Microsoft.Compute/capacityReservationGroups/read": "fetch lists capacity reservation groups",
    "Microsoft.Compute/capacityReservationGroups/capacityReservations/read": "fetch reads each capacity reservation (its reserved size)",
    "Microsoft.Network/dnsResolvers/read": "fetch lists DNS private resolvers (an analysis blocker)",
    "Microsoft.ContainerService/managedClusters/read": "fetch lists AKS clusters (their node pools are handed to the operator)",
    "Microsoft.Compute/skus/read": "fetch lists the VM sizes of each region in use (target sizes, restrictions)",
    "Microsoft.Compute/locations/usages/read": "fetch lists Compute quota usage of each region in use",
    PERMISSIONS_READ: "the pre-flight of apply and its dry run reads the caller's own permissions (Permissions - List For Resource Group)",
    FLOW_LOG_READ: "verify --flow-logs FLOW_LOG_ID reads the flow log resource (its target and its storage account)",
    STORAGE_ACCOUNT_READ: "verify --flow-logs FLOW_LOG_ID reads the flow log's storage account (its blob endpoint)",
    BLOB_READ: "verify --flow-logs FLOW_LOG_ID lists and reads the flow log's blobs (a data action, on the storage account)",
    VMSS_VMS_READ: "a scale-set batch lists the set's instances with their power states (apply and its dry run)",
    # --- apply: writes and actions -----------------------------------------------------------------------------
    "Microsoft.Network/virtualNetworks/write": "vnet.enable-encryption / vnet.disable-encryption: the VNet's body PUT back with `encryption` changed",
    "Microsoft.Compute/virtualMachines/deallocate/action": "vm.deallocate: POST .../deallocate",
    "Microsoft.Compute/virtualMachines/start/action": "vm.start: POST .../start",
    "Microsoft.Compute/virtualMachines/write": "vm.resize: PATCH of hardwareProfile.vmSize",
    "Microsoft.Network/networkInterfaces/write": "nic.enable-/disable-accelerated-networking: the NIC's whole body PUT back with the flag changed",
    "Microsoft.Compute/virtualMachineScaleSets/write": "vmss.update-model / vmss.restore-model: PATCH of the model's sku and NIC configurations",
    "Microsoft.Compute/virtualMachineScaleSets/deallocate/action": "vmss.deallocate-instances: POST .../deallocate with the batch's instance ids",
    "Microsoft.Compute/virtualMachineScaleSets/manualUpgrade/action": "vmss.upgrade-instances: POST .../manualupgrade with the batch's instance ids",
    "Microsoft.Compute/virtualMachineScaleSets/start/action": "vmss.start-instances: POST .../start with the batch's instance ids",
    COMPUTE_OPERATIONS: "every Compute write is long-running: its Azure-AsyncOperation / Location status URL is read until it ends",
    NETWORK_OPERATIONS: "every NIC and VNet PUT is long-running: its Azure-AsyncOperation status URL is read until it ends",
    # --- apply: linked-access joins ----------------------------------------------------------------------------
    "Microsoft.Network/networkInterfaces/join/action": "vm.resize: a VM write is checked for the NICs the VM references",
    "Microsoft.Network/virtualNetworks/subnets/join/action": "a NIC PUT (or a scale-set model PATCH) references each IP configuration's subnet",
    "Microsoft.Network/loadBalancers/backendAddressPools/join/action": "a NIC PUT (or scale-set model PATCH) references the load-balancer backend pools of its IP configurations",
    "Microsoft.Network/loadBalancers/inboundNatRules/join/action": "a NIC PUT references the inbound NAT rules of its IP configurations",
    "Microsoft.Network/loadBalancers/inboundNatPools/join/action": "a scale-set model PATCH references the inbound NAT pools of its IP configurations",
    "Microsoft.Network/applicationGateways/backendAddressPools/join/action": "a NIC PUT (or scale-set model PATCH) references application gateway backend pools",
    "Microsoft.Network/applicationSecurityGroups/joinIpConfiguration/action": "a NIC PUT (or scale-set model PATCH) references the application security groups of its IP configurations",
    "Microsoft.Network/networkSecurityGroups/join/action": "a NIC PUT (or scale-set model PATCH) references the NIC's NSG; a VNet PUT references each subnet's NSG",
    "Microsoft.Network/publicIPAddresses/join/action": "a NIC PUT references the public IP addresses of its IP configurations",
    "Microsoft.Network/routeTables/join/action": "a VNet PUT references each subnet's route table",
    "Microsoft.Network/natGateways/join/action": "a VNet PUT references each subnet's NAT gateway",
    "Microsoft.Network/serviceEndpointPolicies/join/action": "a VNet PUT references each subnet's service endpoint policies",
    "Microsoft.Network/ddosProtectionPlans/join/action": "a VNet PUT references the VNet's DDoS protection plan",
}

FETCH: tuple[str, ...] = (
    VM_READ,
    "Microsoft.Compute/virtualMachines/instanceView/read",
    NIC_READ,
    VNET_READ,
    "Microsoft.Network/loadBalancers/read",
    "Microsoft.Compute/availabilitySets/read",
    VMSS_READ,
    "Microsoft.Network/privateLinkServices/read",
    "Microsoft.Compute/disks/read",
    "Microsoft.Network/publicIPAddresses/read",
    "Microsoft.Compute/capacityReservationGroups/read",
    "Microsoft.Compute/capacityReservationGroups/capacityReservations/read",
    "Microsoft.Network/dnsResolvers/read",
    "Microsoft.ContainerService/managedClusters/read",
    "Microsoft.Compute/skus/read",
    "Microsoft.Compute/locations/usages/read",
)
# verify --flow-logs read live: the flow log, its storage account (Resource Manager) and its blobs (data plane).
FLOW_LOGS: tuple[str, ...] = (FLOW_LOG_READ, STORAGE_ACCOUNT_READ)
DATA_ACTIONS: tuple[str, ...] = (BLOB_READ,)

_NIC_JOINS = (
    "Microsoft.Network/virtualNetworks/subnets/join/action",
    "Microsoft.Network/loadBalancers/backendAddressPools/join/action",
    "Microsoft.Network/loadBalancers/inboundNatRules/join/action",
    "Microsoft.Network/applicationGateways/backendAddressPools/join/action",
    "Microsoft.Network/applicationSecurityGroups/joinIpConfiguration/action",
    "Microsoft.Network/networkSecurityGroups/join/action",
    "Microsoft.Network/publicIPAddresses/join/action",
)
_VNET_JOINS = (
    "Microsoft.Network/networkSecurityGroups/join/action",
    "Microsoft.Network/routeTables/join/action",
    "Microsoft.Network/natGateways/join/action",
    "Microsoft.Network/serviceEndpointPolicies/join/action",
    "Microsoft.Network/ddosProtectionPlans/join/action",
)
_MODEL_JOINS = (
    "Microsoft.Network/virtualNetworks/subnets/join/action",
    "Microsoft.Network/loadBalancers/backendAddressPools/join/action",
    "Microsoft.Network/loadBalancers/inboundNatPools/join/action",
    "Microsoft.Network/applicationGateways/backendAddressPools/join/action",
    "Microsoft.Network/applicationSecurityGroups/joinIpConfiguration/action",
    "Microsoft.Network/networkSecurityGroups/join/action",
)
_VNET = ("Microsoft.Network/virtualNetworks/write", *_VNET_JOINS, NETWORK_OPERATIONS)
_NIC = ("Microsoft.Network/networkInterfaces/write", *_NIC_JOINS, NETWORK_OPERATIONS)
_MODEL = ("Microsoft.Compute/virtualMachineScaleSets/write", *_MODEL_JOINS, COMPUTE_OPERATIONS)

# Per op: what its dry run reads (the review role), and what its apply also needs (writes, joins, status reads).
OP_READS: dict[Op, tuple[str, ...]] = {
    Op.VNET_ENABLE_ENCRYPTION: (VNET_READ,),
    Op.VNET_DISABLE_ENCRYPTION: (VNET_READ,),
    Op.VM_DEALLOCATE: (VM_READ,),
    Op.VM_RESIZE: (VM_READ,),
    Op.VM_START: (VM_READ,),
    Op.NIC_ENABLE_AN: (NIC_READ,),
    Op.NIC_DISABLE_AN: (NIC_READ,),
    Op.VMSS_UPDATE_MODEL: (VMSS_READ,),
    Op.VMSS_RESTORE_MODEL: (VMSS_READ,),
    Op.VMSS_DEALLOCATE_INSTANCES: (VMSS_READ, VMSS_VMS_READ),
    Op.VMSS_UPGRADE_INSTANCES: (VMSS_READ,),
    Op.VMSS_START_INSTANCES: (VMSS_READ,),
    Op.MANUAL: (),
}
OP_WRITES: dict[Op, tuple[str, ...]] = {
    Op.VNET_ENABLE_ENCRYPTION: _VNET,
    Op.VNET_DISABLE_ENCRYPTION: _VNET,
    Op.VM_DEALLOCATE: ("Microsoft.Compute/virtualMachines/deallocate/action", COMPUTE_OPERATIONS),
    Op.VM_RESIZE: (
        "Microsoft.Compute/virtualMachines/write",
        "Microsoft.Network/networkInterfaces/join/action",
        COMPUTE_OPERATIONS,
    ),
    Op.VM_START: ("Microsoft.Compute/virtualMachines/start/action", COMPUTE_OPERATIONS),
    Op.NIC_ENABLE_AN: _NIC,
    Op.NIC_DISABLE_AN: _NIC,
    Op.VMSS_UPDATE_MODEL: _MODEL,
    Op.VMSS_RESTORE_MODEL: _MODEL,
    Op.VMSS_DEALLOCATE_INSTANCES: ("Microsoft.Compute/virtualMachineScaleSets/deallocate/action", COMPUTE_OPERATIONS),
    Op.VMSS_UPGRADE_INSTANCES: ("Microsoft.Compute/virtualMachineScaleSets/manualUpgrade/action", COMPUTE_OPERATIONS),
    Op.VMSS_START_INSTANCES: ("Microsoft.Compute/virtualMachineScaleSets/start/action", COMPUTE_OPERATIONS),
    Op.MANUAL: (),
}
assert set(OP_READS) == set(OP_WRITES) == set(Op), "every op has its actions"
assert all(a in WHY for a in (*FETCH, *FLOW_LOGS, *DATA_ACTIONS, *(x for v in (*OP_READS.values(), *OP_WRITES.values()) for x in v)))


def canonical(action: str) -> str:
    """An action as spelt in the table (actions are case-insensitive; Azure's pages spell them this way)."""
    return _CANONICAL.get(action.lower(), action)


_CANONICAL = {a.lower(): a for a in WHY}


def _ops(plan: Plan) -> set[Op]:
    return {s.op for _, s in plan.steps()}


def _sorted(actions: Iterable[str]) -> list[str]:
    return sorted(set(actions), key=str.lower)


def review_actions(plan: Plan) -> list[str]:
    """Every read of fetch, verify (with flow logs read live) and the plan's dry run, and the permissions read:
    nothing else."""
    reads = [a for op in _ops(plan) for a in OP_READS[op]]
    return _sorted([*FETCH, *FLOW_LOGS, *reads, PERMISSIONS_READ])


def data_actions(plan: Plan) -> list[str]:
    """The data actions of both roles: reading flow-log blobs (`verify --flow-logs`); planner writes no data."""
    return _sorted(DATA_ACTIONS)


def apply_actions(plan: Plan) -> list[str]:
    """The review role's actions plus the writes, joins and status reads of exactly the ops the plan has."""
    writes = [a for op in _ops(plan) for a in OP_WRITES[op]]
    return _sorted([*review_actions(plan), *writes])


def scale_set_steps(plan: Plan) -> bool:
    return any(spec(s.op).scale_set_step for _, s in plan.steps())
