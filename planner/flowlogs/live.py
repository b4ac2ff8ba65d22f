"""VNet flow-log blobs read live: from a flow log resource (`Microsoft.Network/networkWatchers/flowLogs`) to the
storage account it names (`properties.storageId`), to that account's blob endpoint (`primaryEndpoints.blob`, as ARM
reports it: sovereign clouds and DNS-zone endpoints included), to the blobs of the container
`insights-logs-flowlogflowevent`, with the real azure-storage-blob client.

Blobs are listed by prefix (`flowLogResourceID=/`), never by a name built from the documented path (its documented
forms disagree), and kept when the path segments before `y=` end with the flow log's name and contain its
subscription, resource group and network watcher, case-insensitively; with a time window, only the hours that can
hold records of it (an hour's blob may hold records that began in the hour before).

The storage data plane is authorised apart from Resource Manager: the caller needs a data role on the account
(Storage Blob Data Reader, `Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read`). A login from
DefaultAzureCredential is only sent to Azure Storage's own hosts unless the host is named with
`--allow-credential-to`; a token given by the user (`--storage-token-env`, else `--token-env`) is sent as given.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from azure.core.credentials import TokenCredential
from azure.core.exceptions import AzureError, HttpResponseError, ResourceNotFoundError
from azure.core.rest import HttpRequest
from azure.mgmt.network import NetworkManagementClient
from azure.storage.blob import ContainerClient

from planner.errors import AzureError as AzureFailure
from planner.errors import InputError, UsageError
from planner.flowlogs.source import FLOW_LOG_ID, Blob
from planner.inventory.live import StaticTokenCredential, cloud_endpoints, named

CONTAINER = "insights-logs-flowlogflowevent"
LIST_PREFIX = "flowLogResourceID=/"
NETWORK_API_VERSION = "2024-05-01"
STORAGE_API_VERSION = "2023-05-01"
DOWNLOADS_AT_ONCE = 8
# Azure Storage's blob hosts in every cloud, and the DNS-zone endpoints (account.zNN.blob.storage.azure.net).
STORAGE_HOST_SUFFIXES = (
    ".blob.core.windows.net",
    ".blob.core.usgovcloudapi.net",
    ".blob.core.chinacloudapi.cn",
    ".blob.storage.azure.net",
)
_HOUR_PARTS = ("y", "m", "d", "h")


class FlowLogReadError(AzureFailure):
    """A flow log, its storage account or its blobs could not be read (exit 5)."""


@dataclass(frozen=True)
class FlowLogAt:
    """A flow log resource and where its blobs are."""

    id: str
    subscription: str
    resource_group: str
    watcher: str
    name: str
    target: str
    storage_account: str
    blob_endpoint: str
    enabled: bool

    def matches(self, blob_name: str) -> bool:
        """Whether a listed blob belongs to this flow log (see the module's docstring)."""
        segments = blob_name.split("/")
        head: list[str] = []
        for segment in segments[1:]:
            if segment.startswith("y="):
                break
            head.append(segment.casefold())
        return (
            bool(head)
            and head[-1] == self.name.casefold()
            and {self.subscription.casefold(), self.resource_group.casefold(), self.watcher.casefold()} <= set(head)
        )


@dataclass
class LiveFlowLogs:
    """What was found; `warnings` say what the user should know (a disabled flow log, blobs outside the window)."""

    flow_logs: list[FlowLogAt]
    blob_names: list[tuple[FlowLogAt, str]]
    warnings: list[str] = field(default_factory=list)


def parse_flow_log_id(text: str) -> dict[str, str]:
    match = FLOW_LOG_ID.match(text.strip())
    if match is None:
        raise UsageError(
            f"--flow-logs {text}: not a folder or file, nor a flow log's resource id "
            "(/subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Network/networkWatchers/WATCHER/flowLogs/NAME)"
        )
    return match.groupdict()


def blob_hour(name: str) -> datetime | None:
    """The hour a blob's path names (`.../y=2024/m=05/d=01/h=13/...`), or None when it names none."""
    found: dict[str, int] = {}
    for segment in name.split("/"):
        part, sep, value = segment.partition("=")
        if sep and part in _HOUR_PARTS and part not in found and value.isdigit():
            found[part] = int(value)
    try:
        return datetime(found["y"], found["m"], found["d"], found["h"], tzinfo=UTC)
    except (KeyError, ValueError):
        return None


def in_window(name: str, since: datetime | None, until: datetime | None) -> bool:
    hour = blob_hour(name)
    if hour is None:
        return True  # no hour in the path: let the records' own times decide
    margin = timedelta(hours=1)
    if since is not None and hour + margin < since - margin:
        return False
    return not (until is not None and hour > until + margin)


def check_storage_host(url: str, allow_credential_to: Sequence[str]) -> None:
    """Refuse to send the user's Azure login to a blob endpoint that is not Azure Storage's (exit 2)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme.lower() != "https":
        raise UsageError(f"the flow log's storage endpoint {url} is not https: planner will not send a token to it")
    if any(host.endswith(suffix) for suffix in STORAGE_HOST_SUFFIXES) or named(url, allow_credential_to):
        return
    raise UsageError(
        f"the flow log's storage endpoint {url} is not an Azure Storage host: planner will not send your Azure login "
        f"(DefaultAzureCredential) to {host}. Give the token meant for it with --storage-token-env VAR, or, if you "
        f"trust the host, --allow-credential-to {host}"
    )


class FlowLogReader:
    """Reads flow logs' blobs through Resource Manager and Azure Storage; every failure is a FlowLogReadError naming
    the call."""

    def __init__(
        self,
        *,
        credential: TokenCredential,
        storage_credential: TokenCredential | None = None,
        cloud: str = "public",
        arm_endpoint: str | None = None,
        allow_credential_to: Sequence[str] = (),
        connection_verify: str | bool = True,
    ) -> None:
        endpoints = cloud_endpoints(cloud)
        self.credential = credential
        self.storage_credential = storage_credential or credential
        self.arm = (arm_endpoint or endpoints.arm).rstrip("/")
        self.scope = endpoints.scope
        self.allow_credential_to = tuple(allow_credential_to)
        self.verify = connection_verify

    # --- Resource Manager --------------------------------------------------------------------------------

    def _get(self, subscription: str, path: str, api_version: str, what: str) -> dict[str, Any]:
        client = NetworkManagementClient(
            self.credential, subscription, base_url=self.arm, credential_scopes=[self.scope],
            connection_verify=self.verify,
        )
        try:
            with client:
                response = client.send_request(HttpRequest("GET", path, params={"api-version": api_version}))
                if response.status_code == 404:
                    raise FlowLogReadError(f"reading {what}: not found (HTTP 404) at {self.arm}")
                if response.status_code != 200:
                    raise FlowLogReadError(f"reading {what}: HTTP {response.status_code}: {_arm_reason(response)}")
                body = response.json()
        except AzureError as exc:
            raise FlowLogReadError(f"reading {what}: {_reason(exc)}") from None
        except ValueError as exc:
            raise FlowLogReadError(f"reading {what}: the answer from {self.arm} is not JSON: {exc}") from None
        if not isinstance(body, dict):
            raise FlowLogReadError(f"reading {what}: the answer from {self.arm} is not a resource")
        return body

    def locate(self, flow_log_id: str) -> FlowLogAt:
        parts = parse_flow_log_id(flow_log_id)
        body = self._get(parts["sub"], flow_log_id.strip(), NETWORK_API_VERSION, f"flow log {flow_log_id}")
        props = body.get("properties") if isinstance(body.get("properties"), dict) else {}
        assert isinstance(props, dict)
        target = str(props.get("targetResourceId") or "")
        if "/networksecuritygroups/" in target.lower():
            raise InputError(
                f"flow log {flow_log_id} logs network security group {target}: NSG flow logs (version 2) carry no "
                "encryption field. Use a VNet flow log (its target a virtual network, subnet or network interface)"
            )
        storage_id = props.get("storageId")
        if not isinstance(storage_id, str) or not storage_id.startswith("/subscriptions/"):
            raise FlowLogReadError(f"flow log {flow_log_id} names no storage account (properties.storageId)")
        storage_sub = storage_id.split("/")[2]
        account = self._get(storage_sub, storage_id, STORAGE_API_VERSION, f"storage account {storage_id}")
        account_props = account.get("properties") if isinstance(account.get("properties"), dict) else {}
        assert isinstance(account_props, dict)
        endpoints = account_props.get("primaryEndpoints")
        blob = endpoints.get("blob") if isinstance(endpoints, dict) else None
        if not isinstance(blob, str) or not blob.startswith("http"):
            raise FlowLogReadError(f"storage account {storage_id} reports no blob endpoint (primaryEndpoints.blob)")
        return FlowLogAt(
            id=flow_log_id.strip(),
            subscription=parts["sub"],
            resource_group=parts["rg"],
            watcher=parts["watcher"],
            name=parts["name"],
            target=target,
            storage_account=storage_id,
            blob_endpoint=blob,
            enabled=props.get("enabled") is not False,
        )

    # --- Azure Storage -----------------------------------------------------------------------------------

    def _container(self, at: FlowLogAt) -> ContainerClient:
        if not isinstance(self.storage_credential, StaticTokenCredential):
            check_storage_host(at.blob_endpoint, self.allow_credential_to)
        return ContainerClient(
            at.blob_endpoint.rstrip("/"), CONTAINER, credential=self.storage_credential,
            connection_verify=self.verify,
        )

    def find(self, flow_log_ids: Sequence[str], since: datetime | None, until: datetime | None) -> LiveFlowLogs:
        """Locate each flow log and list its blobs in the window."""
        found = LiveFlowLogs([], [])
        for flow_log_id in flow_log_ids:
            at = self.locate(flow_log_id)
            found.flow_logs.append(at)
            if not at.enabled:
                found.warnings.append(f"flow log {at.id} is disabled: only what it wrote before is read")
            names = self._list(at)
            kept = [n for n in names if in_window(n, since, until)]
            if not names:
                found.warnings.append(f"flow log {at.id}: no blobs in {at.storage_account} yet")
            found.blob_names.extend((at, n) for n in kept)
        return found

    def _list(self, at: FlowLogAt) -> list[str]:
        what = f"listing blobs of flow log {at.name} in container {CONTAINER} of {at.blob_endpoint}"
        try:
            with self._container(at) as container:
                return [b.name for b in container.list_blobs(name_starts_with=LIST_PREFIX) if at.matches(b.name)]
        except ResourceNotFoundError:
            return []  # the container appears with the first record written
        except HttpResponseError as exc:
            raise FlowLogReadError(f"{what}: {_storage_reason(exc, at)}") from None
        except AzureError as exc:
            raise FlowLogReadError(f"{what}: {_reason(exc)}") from None

    def blobs(self, found: LiveFlowLogs) -> Iterator[Blob]:
        """Each listed blob's text, downloaded a few at once, yielded in listing order."""
        by_account: dict[str, list[tuple[FlowLogAt, str]]] = {}
        for at, name in found.blob_names:
            by_account.setdefault(at.blob_endpoint, []).append((at, name))
        for entries in by_account.values():
            with self._container(entries[0][0]) as container, ThreadPoolExecutor(DOWNLOADS_AT_ONCE) as pool:

                def download(entry: tuple[FlowLogAt, str], client: ContainerClient = container) -> Blob:
                    at, name = entry
                    try:
                        data = client.download_blob(name).readall()
                    except HttpResponseError as exc:
                        raise FlowLogReadError(f"downloading blob {name}: {_storage_reason(exc, at)}") from None
                    except AzureError as exc:
                        raise FlowLogReadError(f"downloading blob {name}: {_reason(exc)}") from None
                    return Blob(f"{at.blob_endpoint.rstrip('/')}/{CONTAINER}/{name}", bytes(data))

                yield from pool.map(download, entries)


def _reason(exc: AzureError) -> str:
    text = str(getattr(exc, "message", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _arm_reason(response: Any) -> str:
    try:
        error = response.json().get("error") or {}
        return f"{error.get('code', 'error')}: {error.get('message', '')}".strip()
    except (ValueError, AttributeError):
        return str(response.text()[:200])


def _storage_reason(exc: HttpResponseError, at: FlowLogAt) -> str:
    code = getattr(exc, "error_code", None) or ""
    status = exc.status_code
    if status == 403:
        return (
            f"HTTP 403 {code}: the caller may not read blobs in {at.storage_account}: give it the Storage Blob Data "
            "Reader role on the account (data action Microsoft.Storage/storageAccounts/blobServices/containers/"
            "blobs/read)"
        )
    return f"HTTP {status} {code}: {_reason(exc)}".strip()
