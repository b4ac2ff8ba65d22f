"""Live inventory: list an estate through the real Azure SDK clients and hand REST-shaped dicts to the file loader.

Owns the calls made against Azure Resource Manager for `planner fetch` (read-only), the cloud endpoint table, the
credential choice, and turning every Azure failure into one `FetchError` that names the call and the subscription.
The documents it yields have the raw ARM REST shape (fields nested under `properties`), so
`planner.inventory.arm_json.load_documents` reads them exactly like exported files.

Power state: ARM leaves the instance view out of VM lists. One extra list with `statusOnly=true` gives every VM's
instance view; it is merged into the VM (as `properties.instanceView`, the `$expand=instanceView` shape) by id, and a
VM missing from it (created between the two lists) gets its own instance-view GET.

Capacity reservation groups list their reservations by id only; each reservation (whose `sku.name` is the reserved
size) is read with its own GET.

Regions in use are the locations of the VMs and scale sets found; Resource SKUs (virtualMachines rows only) and
Compute usages are fetched for exactly those. A usage list carries no region, so it is yielded as one page whose
source label ends in `usages-<region>.json`, the name the file loader reads the region from.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from azure.core.credentials import AccessToken, AccessTokenInfo, TokenCredential
from azure.core.exceptions import (
    AzureError,
    ClientAuthenticationError,
    HttpResponseError,
    ResourceNotFoundError,
    ServiceRequestError,
    map_error,
)
from azure.core.rest import HttpRequest
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.core.exceptions import ARMErrorFormat
from azure.mgmt.network import NetworkManagementClient

from planner.errors import AzureError as AzureFailure
from planner.errors import UsageError
from planner.model import ResourceId, key

if TYPE_CHECKING:
    from planner.model import Inventory

Progress = Callable[[str, int], None]
Document = tuple[str, dict[str, Any]]

# Not in the installed SDKs (there is no azure-mgmt-dnsresolver / containerservice here): plain ARM GETs.
DNS_RESOLVER_API_VERSION = "2022-07-01"
AKS_API_VERSION = "2024-05-01"


@dataclass(frozen=True)
class CloudEndpoints:
    arm: str  # Resource Manager base URL, no trailing slash
    authority: str  # Microsoft Entra ID authority host (azure.identity.AzureAuthorityHosts)
    scope: str  # the token scope for Resource Manager


# The same values as azure.mgmt.core.tools.get_arm_endpoints and azure.identity.AzureAuthorityHosts (a test
# checks it). Azure Government's token audience is management.core.usgovcloudapi.net, not its ARM host.
CLOUDS: dict[str, CloudEndpoints] = {
    "public": CloudEndpoints(
        "https://management.azure.com", "login.microsoftonline.com", "https://management.azure.com/.default"
    ),
    "usgov": CloudEndpoints(
        "https://management.usgovcloudapi.net",
        "login.microsoftonline.us",
        "https://management.core.usgovcloudapi.net/.default",
    ),
    "china": CloudEndpoints(
        "https://management.chinacloudapi.cn",
        "login.chinacloudapi.cn",
        "https://management.chinacloudapi.cn/.default",
    ),
}


class FetchError(AzureFailure):
    """Azure refused, failed or could not be reached; the message names the call and the subscription."""


class StaticTokenCredential:
    """An azure-core TokenCredential over a bearer token given by the user (`--token-env`).

    The token is never refreshed (it cannot be) and never shown: not in repr, not in errors.
    """

    __slots__ = ("_token",)

    def __init__(self, token: str) -> None:
        token = token.strip()
        if not token:
            raise ValueError("the bearer token is empty")
        self._token = token

    @staticmethod
    def _expires_on() -> int:
        # Unknown lifetime: claim an hour so azure-core does not ask again for every request.
        return int(time.time()) + 3600

    def get_token(
        self,
        *scopes: str,
        claims: str | None = None,
        tenant_id: str | None = None,
        enable_cae: bool = False,
        **kwargs: Any,
    ) -> AccessToken:
        return AccessToken(self._token, self._expires_on())

    def get_token_info(self, *scopes: str, options: Mapping[str, Any] | None = None) -> AccessTokenInfo:
        return AccessTokenInfo(self._token, self._expires_on())

    def close(self) -> None:
        """Nothing to release; present because azure-core closes credentials it owns."""

    def __repr__(self) -> str:
        return "StaticTokenCredential(<token hidden>)"


def cloud_endpoints(cloud: str) -> CloudEndpoints:
    try:
        return CLOUDS[cloud]
    except KeyError:
        raise FetchError(f"unknown cloud {cloud!r}: use one of {', '.join(CLOUDS)}") from None


class CredentialRefused(UsageError):
    """`--arm-endpoint` names a host that is no Azure cloud's Resource Manager, and the credential would be the
    user's own Azure login (DefaultAzureCredential): planner does not send it there (exit 2)."""


def azure_host(host: str) -> bool:
    """Whether a host is a known cloud's Resource Manager (or one of its regional hosts)."""
    host = host.lower().rstrip(".")
    for endpoints in CLOUDS.values():
        known = urlsplit(endpoints.arm).hostname or ""
        if host == known or host.endswith("." + known):
            return True
    return False


def named(url: str, allow_credential_to: Sequence[str]) -> bool:
    """Whether the user named the URL's host (or host:port) with `--allow-credential-to`."""
    parts, allowed = urlsplit(url), {h.lower().rstrip("/") for h in allow_credential_to}
    return (parts.hostname or "").lower() in allowed or parts.netloc.lower() in allowed


def check_endpoint(arm_endpoint: str | None, allow_credential_to: Sequence[str] = ()) -> None:
    """Refuse to send the user's Azure login to an `--arm-endpoint` that is not Azure's, unless the user named the
    host with `--allow-credential-to` (a bearer token from `--token-env` is the user's own choice to send)."""
    if arm_endpoint is None:
        return
    parts = urlsplit(arm_endpoint)
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() != "https" or not host:
        raise CredentialRefused(f"--arm-endpoint {arm_endpoint}: give an https:// URL")
    if azure_host(host) or named(arm_endpoint, allow_credential_to):
        return
    raise CredentialRefused(
        f"--arm-endpoint {arm_endpoint} is not an Azure cloud's Resource Manager "
        f"({', '.join(urlsplit(c.arm).hostname or '' for c in CLOUDS.values())}): planner will not send your Azure "
        f"login (DefaultAzureCredential) to {host}. Give the token meant for it with --token-env VAR, or, if you "
        f"trust the host with your Azure token, --allow-credential-to {host}"
    )


def make_credential(
    cloud: str,
    token: str | None = None,
    *,
    arm_endpoint: str | None = None,
    allow_credential_to: Sequence[str] = (),
) -> TokenCredential:
    """A StaticTokenCredential for a given token, else DefaultAzureCredential against the cloud's authority (never
    for an `arm_endpoint` that is not Azure's, unless its host is in `allow_credential_to`: CredentialRefused)."""
    endpoints = cloud_endpoints(cloud)
    if token:
        return StaticTokenCredential(token)
    check_endpoint(arm_endpoint, allow_credential_to)
    from azure.identity import DefaultAzureCredential

    return DefaultAzureCredential(authority=endpoints.authority)


# --- error mapping ---------------------------------------------------------------------------------------


def _reason(exc: AzureError) -> str:
    error = getattr(exc, "error", None)
    code = getattr(error, "code", None)
    message = getattr(error, "message", None)
    if code or message:
        return f"{code or 'error'}: {message or ''}".strip()
    text = str(exc.message or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextmanager
def _azure_call(action: str, subscription: str, endpoint: str) -> Iterator[None]:
    """Turn any Azure failure inside into a FetchError naming the call, the subscription and the endpoint."""
    where = f"{action} in subscription {subscription}"
    try:
        yield
    except ClientAuthenticationError as exc:
        status = f" (HTTP {exc.status_code})" if exc.status_code else ""
        raise FetchError(f"{where}: authentication failed{status}: {_reason(exc)}") from None
    except ServiceRequestError as exc:
        raise FetchError(f"{where}: cannot reach {endpoint}: {_reason(exc)}") from None
    except HttpResponseError as exc:
        raise FetchError(f"{where} failed: HTTP {exc.status_code}: {_reason(exc)}") from None
    except AzureError as exc:
        raise FetchError(f"{where} failed: {_reason(exc)}") from None
    except ValueError as exc:  # a response body that is not JSON
        raise FetchError(f"{where}: unreadable response from {endpoint}: {exc}") from None
    except OSError as exc:  # e.g. REQUESTS_CA_BUNDLE names a file that is not there
        raise FetchError(f"{where}: cannot call {endpoint}: {exc}") from None


# --- listing ---------------------------------------------------------------------------------------------


def _rest_dict(item: Any) -> dict[str, Any]:
    """An SDK model (or a plain dict) as its REST body: fields nested under `properties`, read-only ones kept."""
    if isinstance(item, dict):
        return item
    serialize = getattr(item, "serialize", None)
    if callable(serialize):  # msrest-generated models
        out: dict[str, Any] = serialize(keep_readonly=True)
    else:  # TypeSpec-generated models wrap the wire dict: as_dict() gives it back as received
        out = item.as_dict()
    return out


class _Lister:
    """The calls for one subscription, each wrapped so a failure names itself."""

    def __init__(
        self,
        subscription: str,
        compute: ComputeManagementClient,
        network: NetworkManagementClient,
        endpoint: str,
        progress: Progress | None,
    ) -> None:
        self.subscription = subscription
        self.compute = compute
        self.network = network
        self.endpoint = endpoint
        self.progress = progress

    def pages(
        self, action: str, pager: Callable[[], Iterable[Iterable[Any]]], *, ids: bool = True
    ) -> Iterator[list[dict[str, Any]]]:
        """The pages of an SDK list as REST dicts, reporting progress after each. `ids`: every item is a resource,
        and one without an id means the answer is broken (FetchError), never a resource quietly dropped."""
        count = 0
        with _azure_call(f"listing {action}", self.subscription, self.endpoint):
            pages = iter(pager())
        number = 0
        while True:
            with _azure_call(f"listing {action}", self.subscription, self.endpoint):
                page = next(pages, None)
                items = None if page is None else [_rest_dict(x) for x in page]
            if items is None:
                return
            number += 1
            if ids:
                self._check_ids(action, items, number)
            count += len(items)
            if self.progress is not None:
                self.progress(f"{action} in {self.subscription}", count)
            yield items

    def _check_ids(self, action: str, items: list[dict[str, Any]], page: int) -> None:
        for index, item in enumerate(items, 1):
            rid = item.get("id")
            if not isinstance(rid, str) or not rid.startswith("/"):
                what = f" ({item['name']})" if isinstance(item.get("name"), str) else ""
                raise FetchError(
                    f"listing {action} in subscription {self.subscription}: the answer from {self.endpoint} has a "
                    f"resource without an id on page {page}, item {index}{what}: nothing was written; fetch again"
                )

    def arm_pages(self, action: str, path: str, api_version: str) -> Iterator[list[dict[str, Any]]]:
        """A list the installed SDKs do not cover, through the network client's authenticated pipeline."""

        def pager() -> Iterator[list[dict[str, Any]]]:
            request: HttpRequest | None = HttpRequest("GET", path, params={"api-version": api_version})
            while request is not None:
                response = self.network.send_request(request)
                if response.status_code != 200:
                    map_error(
                        status_code=response.status_code,
                        response=response,
                        error_map={401: ClientAuthenticationError, 404: ResourceNotFoundError},
                    )
                    raise HttpResponseError(response=response, error_format=ARMErrorFormat)
                body = response.json()
                if not isinstance(body, dict) or not isinstance(body.get("value", []), list):
                    raise ValueError("the answer is not a page of resources (an object with a `value` list)")
                yield [x for x in body.get("value") or [] if isinstance(x, dict)]
                next_link = body.get("nextLink")
                request = HttpRequest("GET", next_link) if next_link else None

        return self.pages(action, pager)

    def capacity_reservation(self, reservation_id: str) -> dict[str, Any] | None:
        """One reservation of a capacity reservation group (its `sku.name` is the reserved size). Read one by one:
        a group lists its reservations by id, and there is no subscription-wide list of reservations."""
        rid = ResourceId.parse(reservation_id)
        if rid is None or len(rid.parts) != 2:
            return None
        (_, group), (_, name) = rid.parts
        with _azure_call(f"reading capacity reservation {reservation_id}", self.subscription, self.endpoint):
            try:
                reservation = self.compute.capacity_reservations.get(rid.resource_group, group, name)
            except ResourceNotFoundError:
                return None  # deleted since its group was listed: the group is then reported as not fully loaded
            return _rest_dict(reservation)

    def instance_view(self, vm_id: str) -> dict[str, Any] | None:
        rid = ResourceId.parse(vm_id)
        if rid is None:
            return None
        with _azure_call(f"reading the instance view of {vm_id}", self.subscription, self.endpoint):
            try:
                view = self.compute.virtual_machines.instance_view(rid.resource_group, rid.name)
            except ResourceNotFoundError:
                return None  # deleted since it was listed: the VM is still reported, without a power state
            return _rest_dict(view)


def _reservation_ids(group: dict[str, Any]) -> list[str]:
    refs = (group.get("properties") or {}).get("capacityReservations") or []
    ids = [r.get("id") for r in refs if isinstance(r, dict)]
    return [i if i.startswith("/") else "/" + i for i in ids if isinstance(i, str) and i]


def _sku_pages(compute: ComputeManagementClient, region: str) -> Iterable[Iterable[Any]]:
    # The Resource SKUs API filters by location only; the resource type is filtered on our side.
    return compute.resource_skus.list(filter=f"location eq '{region}'").by_page()


def _usage_pages(compute: ComputeManagementClient, region: str) -> Iterable[Iterable[Any]]:
    return compute.usage.list(region).by_page()


def _subscription_documents(lister: _Lister) -> Iterator[Document]:
    sub = lister.subscription
    compute, network = lister.compute, lister.network
    regions: dict[str, None] = {}

    def label(kind: str) -> str:
        return f"live:{sub}/{kind}"

    def note_region(resource: dict[str, Any]) -> None:
        location = resource.get("location")
        if isinstance(location, str) and location:
            regions.setdefault(location.lower().replace(" ", ""), None)

    views: dict[str, dict[str, Any]] = {}
    for page in lister.pages(
        "virtual machine power states",
        lambda: compute.virtual_machines.list_all(status_only="true").by_page(),
    ):
        for vm in page:
            view = (vm.get("properties") or {}).get("instanceView")
            if isinstance(vm.get("id"), str) and isinstance(view, dict):
                views[key(vm["id"])] = view
    for page in lister.pages("virtual machines", lambda: compute.virtual_machines.list_all().by_page()):
        for vm in page:
            vm_id = vm.get("id")
            if isinstance(vm_id, str):
                view = views.get(key(vm_id)) or lister.instance_view(vm_id)
                if view is not None:
                    vm["properties"] = {**(vm.get("properties") or {}), "instanceView": view}
            note_region(vm)
            yield label("virtualMachines"), vm
    views.clear()

    listings: list[tuple[str, str, Callable[[], Iterable[Iterable[Any]]]]] = [
        ("network interfaces", "networkInterfaces", lambda: network.network_interfaces.list_all().by_page()),
        ("virtual networks", "virtualNetworks", lambda: network.virtual_networks.list_all().by_page()),
        ("load balancers", "loadBalancers", lambda: network.load_balancers.list_all().by_page()),
        (
            "availability sets",
            "availabilitySets",
            lambda: compute.availability_sets.list_by_subscription().by_page(),
        ),
        (
            "scale sets",
            "virtualMachineScaleSets",
            lambda: compute.virtual_machine_scale_sets.list_all().by_page(),
        ),
        (
            "private link services",
            "privateLinkServices",
            lambda: network.private_link_services.list_by_subscription().by_page(),
        ),
        ("managed disks", "disks", lambda: compute.disks.list().by_page()),
        ("public IP addresses", "publicIPAddresses", lambda: network.public_ip_addresses.list_all().by_page()),
        (
            "capacity reservation groups",
            "capacityReservationGroups",
            lambda: compute.capacity_reservation_groups.list_by_subscription().by_page(),
        ),
    ]
    reservations: list[str] = []
    for action, kind, pager in listings:
        for page in lister.pages(action, pager):
            for resource in page:
                if kind == "virtualMachineScaleSets":
                    note_region(resource)
                elif kind == "capacityReservationGroups":
                    reservations += _reservation_ids(resource)
                yield label(kind), resource
    for reservation_id in reservations:
        reservation = lister.capacity_reservation(reservation_id)
        if reservation is not None:
            yield label("capacityReservations"), reservation
    plain = [
        ("DNS private resolvers", "dnsResolvers", "Microsoft.Network/dnsResolvers", DNS_RESOLVER_API_VERSION),
        ("AKS clusters", "managedClusters", "Microsoft.ContainerService/managedClusters", AKS_API_VERSION),
    ]
    for action, kind, rtype, api_version in plain:
        for page in lister.arm_pages(action, f"/subscriptions/{sub}/providers/{rtype}", api_version):
            for resource in page:
                yield label(kind), resource

    for region in sorted(regions):
        for page in lister.pages(f"VM sizes in {region}", partial(_sku_pages, compute, region), ids=False):
            for sku in page:
                locations = [str(x).lower() for x in sku.get("locations") or []]
                if sku.get("resourceType") == "virtualMachines" and (not locations or region in locations):
                    yield label(f"skus-{region}"), sku
        rows: list[dict[str, Any]] = []
        for page in lister.pages(f"Compute usages in {region}", partial(_usage_pages, compute, region), ids=False):
            rows.extend(page)
        yield label(f"usages-{region}.json"), {"value": rows}


def fetch_documents(
    subscriptions: Sequence[str],
    *,
    cloud: str = "public",
    arm_endpoint: str | None = None,
    credential: TokenCredential,
    progress: Progress | None = None,
    client_options: Mapping[str, Any] | None = None,
) -> Iterator[Document]:
    """Yield (source label `live:<subscription>/<kind>`, REST-shaped dict) for every resource listed.

    `client_options` are extra azure-core keyword options for every SDK client (e.g. `retry_total`).
    Raises FetchError on any Azure failure, naming the call and the subscription.
    """
    endpoints = cloud_endpoints(cloud)
    endpoint = (arm_endpoint or endpoints.arm).rstrip("/")
    options = dict(client_options or {})
    for subscription in subscriptions:
        with (
            ComputeManagementClient(
                credential, subscription, base_url=endpoint, credential_scopes=[endpoints.scope], **options
            ) as compute,
            NetworkManagementClient(
                credential, subscription, base_url=endpoint, credential_scopes=[endpoints.scope], **options
            ) as network,
        ):
            yield from _subscription_documents(_Lister(subscription, compute, network, endpoint, progress))


def fetch_inventory(
    subscriptions: Sequence[str],
    *,
    cloud: str = "public",
    arm_endpoint: str | None = None,
    credential: TokenCredential,
    progress: Progress | None = None,
    client_options: Mapping[str, Any] | None = None,
) -> Inventory:
    """The estate of the subscriptions, loaded like exported files (problems in `Inventory.problems`)."""
    from planner.inventory import arm_json

    return arm_json.load_documents(
        fetch_documents(
            subscriptions,
            cloud=cloud,
            arm_endpoint=arm_endpoint,
            credential=credential,
            progress=progress,
            client_options=client_options,
        )
    )
