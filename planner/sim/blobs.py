"""The simulator's Blob service: the storage accounts a VNet flow log writes to, served beside Resource Manager on the
same HTTPS port so the real azure-storage-blob client can read them.

A storage account `NAME` registered here answers, path-style as the storage emulator does (`https://127.0.0.1:PORT/
NAME/...`; the client takes the account from the path on an IP host):
- List Blobs: `GET /NAME/CONTAINER?restype=container&comp=list[&prefix=P][&marker=M][&maxresults=N]`, an
  `EnumerationResults` XML page with a `NextMarker` (names in lexical order, as Azure lists them);
- Get Blob: `GET /NAME/CONTAINER/BLOB`, whole or the `x-ms-range`/`Range` asked for (206 with `Content-Range`).
Errors are Storage's XML bodies with its codes (`ContainerNotFound`, `BlobNotFound`, `InvalidRange`,
`AuthorizationPermissionMismatch`) and the `x-ms-error-code` header the client reads. The bearer token is checked by
the simulator before a request reaches here; an account can be made to refuse reads (`deny_reads`), as Azure does for
a caller without a data role (Storage Blob Data Reader) on the account.

Each registered account's ARM resource (`Microsoft.Storage/storageAccounts/NAME` in the estate) gets
`properties.primaryEndpoints.blob` pointing here, so a reader that follows the flow log's `storageId` finds it.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from planner.sim.store import ArmStore
from planner.sim.wire import SimRequest, SimResponse

STORAGE_ACCOUNT_TYPE = "microsoft.storage/storageaccounts"
X_MS_VERSION = "2025-11-05"
_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")
_DEFAULT_PAGE = 5000


@dataclass
class StoredBlob:
    data: bytes
    modified: datetime

    @property
    def etag(self) -> str:
        return '"0x' + hashlib.sha256(self.data).hexdigest()[:16].upper() + '"'


@dataclass
class Account:
    containers: dict[str, dict[str, StoredBlob]] = field(default_factory=dict)
    deny_reads: bool = False


class BlobService:
    """Thread-safe: blobs may be appended while a reader lists them (a flow log is written as it is read)."""

    def __init__(self, page_size: int = _DEFAULT_PAGE) -> None:
        self.accounts: dict[str, Account] = {}
        self.page_size = page_size
        self.base_url = ""
        self._lock = threading.Lock()

    # --- building ----------------------------------------------------------------------------------------

    def put(self, account: str, container: str, name: str, data: bytes, modified: datetime | None = None) -> None:
        """Add or replace a blob (an append to a flow log blob is a replacement with the longer text)."""
        with self._lock:
            blobs = self.accounts.setdefault(account.lower(), Account()).containers.setdefault(container, {})
            blobs[name] = StoredBlob(data, modified or datetime.now(UTC))

    def load_folder(self, account: str, folder: Path) -> int:
        """Every file under `folder/CONTAINER/...` as blob `...` of that container; how many."""
        count = 0
        for container in sorted(p for p in folder.iterdir() if p.is_dir()):
            for path in sorted(p for p in container.rglob("*") if p.is_file()):
                self.put(account, container.name, path.relative_to(container).as_posix(), path.read_bytes())
                count += 1
        if count == 0:
            raise ValueError(f"{folder}: no blobs (expected CONTAINER/... folders of files)")
        return count

    def endpoint(self, account: str) -> str:
        return f"{self.base_url}/{account.lower()}/"

    def account_id(self, account: str, store: ArmStore) -> str | None:
        """The ARM id of the storage account named `account` in the estate, if it has one."""
        for resource in store:
            if str(resource.get("type", "")).lower() == STORAGE_ACCOUNT_TYPE and str(resource.get("name", "")).lower() == account:
                return str(resource["id"])
        return None

    def point_accounts(self, store: ArmStore) -> None:
        """Make each registered account's ARM resource name this service as its blob endpoint."""
        for resource in list(store):
            if str(resource.get("type", "")).lower() != STORAGE_ACCOUNT_TYPE:
                continue
            name = str(resource.get("name", "")).lower()
            if name in self.accounts:
                body = dict(resource)
                props = dict(body.get("properties") or {})
                endpoints = dict(props.get("primaryEndpoints") or {})
                endpoints["blob"] = self.endpoint(name)
                props["primaryEndpoints"] = endpoints
                body["properties"] = props
                store.put(body)

    # --- serving -----------------------------------------------------------------------------------------

    def serve(self, request: SimRequest, allowed: Callable[[str], bool] = lambda account: True) -> SimResponse | None:
        """The answer to a request for a registered account, or None when the path names none. `allowed(account)`:
        whether the caller's role grants reading blobs there (the simulator's role in force decides)."""
        parts = request.path.lstrip("/").split("/", 2)
        account = self.accounts.get(parts[0].lower()) if parts and parts[0] else None
        if account is None:
            return None
        if request.method != "GET":
            return _error(405, "UnsupportedHttpVerb", "The resource doesn't support the specified HTTP verb.")
        if account.deny_reads or not allowed(parts[0].lower()):
            return _error(
                403,
                "AuthorizationPermissionMismatch",
                "This request is not authorized to perform this operation using this permission.",
            )
        if len(parts) < 2 or not parts[1]:
            return _error(400, "InvalidQueryParameterValue", "The simulator serves containers and blobs only.")
        with self._lock:
            blobs = account.containers.get(parts[1])
            if blobs is None:
                return _error(404, "ContainerNotFound", "The specified container does not exist.")
            if len(parts) == 2:
                if request.query.get("comp") != "list" or request.query.get("restype") != "container":
                    return _error(400, "InvalidQueryParameterValue", "Expected restype=container&comp=list.")
                return self._list(request, parts[1], blobs)
            blob = blobs.get(parts[2])
        if blob is None:
            return _error(404, "BlobNotFound", "The specified blob does not exist.")
        return _download(request, blob)

    def _list(self, request: SimRequest, container: str, blobs: dict[str, StoredBlob]) -> SimResponse:
        prefix = request.query.get("prefix", "")
        marker = request.query.get("marker", "")
        size = request.query.get("maxresults", "")
        limit = min(int(size), self.page_size) if size.isdigit() and int(size) > 0 else self.page_size
        names = sorted(n for n in blobs if n.startswith(prefix) and (not marker or n >= marker))
        page, rest = names[:limit], names[limit:]
        rows = "".join(
            f"<Blob><Name>{escape(n)}</Name><Properties>"
            f"<Last-Modified>{_http_date(blobs[n].modified)}</Last-Modified><Etag>{blobs[n].etag}</Etag>"
            f"<Content-Length>{len(blobs[n].data)}</Content-Length><Content-Type>application/json</Content-Type>"
            "<BlobType>BlockBlob</BlobType></Properties></Blob>"
            for n in page
        )
        xml = (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<EnumerationResults ServiceEndpoint="{escape(self.base_url)}/" ContainerName="{escape(container)}">'
            f"<Prefix>{escape(prefix)}</Prefix><Marker>{escape(marker)}</Marker><MaxResults>{limit}</MaxResults>"
            f"<Blobs>{rows}</Blobs><NextMarker>{escape(rest[0]) if rest else ''}</NextMarker></EnumerationResults>"
        )
        return SimResponse(200, xml.encode(), _headers("application/xml"))


def _download(request: SimRequest, blob: StoredBlob) -> SimResponse:
    headers = _headers("application/json")
    headers.update(
        {"ETag": blob.etag, "Last-Modified": _http_date(blob.modified), "x-ms-blob-type": "BlockBlob"}
    )
    total = len(blob.data)
    asked = request.headers.get("x-ms-range") or request.headers.get("range")
    if not asked:
        return SimResponse(200, blob.data, headers)
    match = _RANGE.match(asked.strip())
    if match is None:
        return _error(400, "InvalidHeaderValue", f"The value for the range header is not valid: {asked}")
    start = int(match.group(1))
    end = min(int(match.group(2)) if match.group(2) else total - 1, total - 1)
    if start >= total:
        return _error(416, "InvalidRange", "The range specified is invalid for the current size of the resource.")
    headers["Content-Range"] = f"bytes {start}-{end}/{total}"
    return SimResponse(206, blob.data[start : end + 1], headers)


def _headers(content_type: str) -> dict[str, str]:
    return {"Content-Type": content_type, "x-ms-version": X_MS_VERSION, "Date": _http_date(datetime.now(UTC))}


def _http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def _error(status: int, code: str, message: str) -> SimResponse:
    body = f'<?xml version="1.0" encoding="utf-8"?><Error><Code>{code}</Code><Message>{escape(message)}</Message></Error>'
    headers: dict[str, Any] = _headers("application/xml")
    headers["x-ms-error-code"] = code
    return SimResponse(status, body.encode(), headers)
