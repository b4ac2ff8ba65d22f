"""The executor's Azure side: SDK clients per subscription and the live reads of the resources steps act on.

Clients are the real azure-mgmt-compute and azure-mgmt-network clients against the cloud's Resource Manager (or
`--arm-endpoint`), sharing one connection pool sized for the executor's parallelism, with azure-core's retries off
(`retry_total=0`: `planner.execute.backoff` owns retrying). Reads return the fields a step may `expect`, named as
in the op table and computed from the REST body the way `planner.plan.check_live.live_fields` computes them from
an inventory: a VM's `power_state` (the `PowerState/*` status of its instance view), `size` and `etag`; a NIC's
`accelerated_networking` and `etag`; a VNet's `encryption` (`enabled`/`disabled`), `enforcement` and `etag`; a scale
set's `size`, `accelerated_networking` (every NIC configuration), `capacity` and `etag`.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import requests
from azure.core.credentials import TokenCredential
from azure.core.pipeline import PipelineRequest
from azure.core.pipeline.policies import SansIOHTTPPolicy
from azure.core.pipeline.transport import RequestsTransport
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.network import NetworkManagementClient

from planner.inventory.live import cloud_endpoints
from planner.model import ResourceId
from planner.plan.ops import Target
from planner.vocabulary import Encryption

Doc = dict[str, Any]
TRANSITIONAL = ("deallocating", "starting", "stopping")


def rest(model: Any) -> Doc:
    """An SDK model as its REST body (fields under `properties`); TypeSpec models wrap the wire dict."""
    if isinstance(model, dict):
        return model
    as_dict = getattr(model, "as_dict", None)
    if callable(as_dict):
        out: Doc = as_dict()
        return out
    return dict(model)


def _props(doc: Mapping[str, Any]) -> Mapping[str, Any]:
    value = doc.get("properties")
    return value if isinstance(value, Mapping) else {}


def power_state(view: Mapping[str, Any] | None) -> str:
    for status in (view or {}).get("statuses") or []:
        code = str(status.get("code", ""))
        if code.lower().startswith("powerstate/"):
            return code.split("/", 1)[1].lower()
    return "unknown"


@dataclass
class Live:
    """A resource as just read: the step fields, whether it is between states, and the SDK model."""

    fields: dict[str, Any]
    settling: bool
    model: Any = None


def vm_fields(doc: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    props = _props(doc)
    power = power_state(props.get("instanceView"))
    fields = {
        "power_state": power,
        "size": (props.get("hardwareProfile") or {}).get("vmSize"),
        "etag": doc.get("etag"),
    }
    settling = power in TRANSITIONAL or str(props.get("provisioningState", "")).lower() in ("updating", "creating")
    return fields, settling


def nic_fields(doc: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    props = _props(doc)
    fields = {"accelerated_networking": props.get("enableAcceleratedNetworking") is True, "etag": doc.get("etag")}
    return fields, str(props.get("provisioningState", "")).lower() == "updating"


def vnet_fields(doc: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    props = _props(doc)
    encryption = props.get("encryption") or {}
    fields = {
        "encryption": Encryption.ENABLED.value if encryption.get("enabled") is True else Encryption.DISABLED.value,
        "enforcement": encryption.get("enforcement"),
        "etag": doc.get("etag"),
    }
    return fields, str(props.get("provisioningState", "")).lower() == "updating"


def nic_configurations(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    profile = _props(doc).get("virtualMachineProfile") or {}
    configs = (profile.get("networkProfile") or {}).get("networkInterfaceConfigurations") or []
    return [c for c in configs if isinstance(c, Mapping)]


def vmss_fields(doc: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    sku = doc.get("sku") or {}
    configs = nic_configurations(doc)
    fields = {
        "size": sku.get("name"),
        "accelerated_networking": bool(configs) and all(_props(c).get("enableAcceleratedNetworking") is True for c in configs),
        "capacity": sku.get("capacity"),
        "etag": doc.get("etag"),
    }
    return fields, str(_props(doc).get("provisioningState", "")).lower() == "updating"


@dataclass(frozen=True)
class Instance:
    """One scale-set instance as listed."""

    instance_id: str
    latest_model: bool
    power_state: str


class RequestCounter(SansIOHTTPPolicy[Any, Any]):
    """Counts the requests the clients send, by method, apart from the pollers' (status reads and final reads: the
    SDK runs each poller in a thread named `LROPoller(...)`). What `make bench` reports per VM."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.executor: dict[str, int] = {}
        self.pollers = 0

    def on_request(self, request: PipelineRequest[Any]) -> None:
        with self._lock:
            if threading.current_thread().name.startswith("LROPoller"):
                self.pollers += 1
            else:
                method = request.http_request.method
                self.executor[method] = self.executor.get(method, 0) + 1


@dataclass
class ArmClients:
    """One Compute and one Network client per subscription, created on first use, shared by the worker threads."""

    credential: TokenCredential
    cloud: str = "public"
    arm_endpoint: str | None = None
    connections: int = 32
    ca_bundle: str | None = None  # the CA to trust instead of the system's (the built-in simulator's)
    _compute: dict[str, ComputeManagementClient] = field(default_factory=dict)
    _network: dict[str, NetworkManagementClient] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _session: requests.Session | None = None
    counter: RequestCounter = field(default_factory=RequestCounter)

    def _options(self) -> dict[str, Any]:
        endpoints = cloud_endpoints(self.cloud)
        if self._session is None:
            session = requests.Session()
            adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=self.connections)
            session.mount("https://", adapter)
            self._session = session
        return {
            "base_url": (self.arm_endpoint or endpoints.arm).rstrip("/"),
            "credential_scopes": [endpoints.scope],
            "retry_total": 0,
            "transport": RequestsTransport(
                session=self._session, session_owner=False, connection_verify=self.ca_bundle or True
            ),
            "per_call_policies": [self.counter],
        }

    def compute(self, subscription: str) -> ComputeManagementClient:
        with self._lock:
            k = subscription.lower()
            if k not in self._compute:
                self._compute[k] = ComputeManagementClient(self.credential, subscription, **self._options())
            return self._compute[k]

    def network(self, subscription: str) -> NetworkManagementClient:
        with self._lock:
            k = subscription.lower()
            if k not in self._network:
                self._network[k] = NetworkManagementClient(self.credential, subscription, **self._options())
            return self._network[k]

    def close(self) -> None:
        with self._lock:
            for compute in self._compute.values():
                compute.close()
            for network in self._network.values():
                network.close()
            self._compute.clear()
            self._network.clear()
            if self._session is not None:
                self._session.close()
                self._session = None

    # --- reads -----------------------------------------------------------------------------------------------

    def read(self, target: Target, rid: ResourceId) -> Live:
        """GET the resource of a step (a VM with its instance view) as step fields."""
        model: Any
        if target is Target.VM:
            model = self.compute(rid.subscription).virtual_machines.get(rid.resource_group, rid.name, expand="instanceView")
            fields, settling = vm_fields(rest(model))
        elif target is Target.NIC:
            model = self.network(rid.subscription).network_interfaces.get(rid.resource_group, rid.name)
            fields, settling = nic_fields(rest(model))
        elif target is Target.VNET:
            model = self.network(rid.subscription).virtual_networks.get(rid.resource_group, rid.name)
            fields, settling = vnet_fields(rest(model))
        elif target is Target.SCALE_SET:
            model = self.compute(rid.subscription).virtual_machine_scale_sets.get(rid.resource_group, rid.name)
            fields, settling = vmss_fields(rest(model))
        else:
            raise ValueError(f"no live read for a {target} target")
        return Live(fields, settling, model)

    def instances(self, rid: ResourceId) -> list[Instance]:
        """A scale set's instances with their power states, in instance-id order."""
        pages = self.compute(rid.subscription).virtual_machine_scale_set_vms.list(
            rid.resource_group, rid.name, expand="instanceView"
        )
        out = []
        for vm in pages:
            doc = rest(vm)
            props = _props(doc)
            out.append(
                Instance(
                    str(doc.get("instanceId")),
                    props.get("latestModelApplied") is True,
                    power_state(props.get("instanceView")),
                )
            )
        return sorted(out, key=lambda i: (len(i.instance_id), i.instance_id))
