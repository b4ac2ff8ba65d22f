"""The blobs `--flow-logs SOURCE...` names: a downloaded `PT1H.json` or folder of them (`source.read_folder`), or a
flow log resource's id, whose blobs are read live (`live.FlowLogReader`, imported only then: it brings the Azure
SDK). Live sources are located, and refused, before any blob is read; what the user should know comes back as notes
(the faces show them)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import UsageError
from planner.flowlogs.flows import Window
from planner.flowlogs.source import Blob, BlobFiles, is_flow_log_id, read_folder

if TYPE_CHECKING:
    from azure.core.credentials import TokenCredential


@dataclass(frozen=True)
class LiveAccess:
    """How to reach Azure for a flow log read live (made only when a source is one)."""

    credential: TokenCredential
    storage_credential: TokenCredential | None = None  # default: `credential`
    cloud: str = "public"
    arm_endpoint: str | None = None
    allow_credential_to: tuple[str, ...] = ()
    connection_verify: str | bool = True


@dataclass
class Opened:
    blobs: Iterable[Blob]
    notes: list[str] = field(default_factory=list)


def open_sources(
    sources: Sequence[str], *, window: Window, live: Callable[[], LiveAccess] | None = None
) -> Opened:
    """The sources' blobs in the order given (files and folders first, then what is read live)."""
    ids = [s for s in sources if is_flow_log_id(s)]
    local = [Path(s) for s in sources if not is_flow_log_id(s)]
    notes: list[str] = []
    remote: Iterator[Blob] = iter(())
    if ids:
        if live is None:
            raise UsageError(f"{ids[0]}: reading a flow log live needs Azure (start with --cloud/--arm-endpoint)")
        from planner.flowlogs.live import FlowLogReader

        access = live()
        reader = FlowLogReader(
            credential=access.credential,
            storage_credential=access.storage_credential,
            cloud=access.cloud,
            arm_endpoint=access.arm_endpoint,
            allow_credential_to=access.allow_credential_to,
            connection_verify=access.connection_verify,
        )
        found = reader.find(ids, _moment(window.since_ms), _moment(window.until_ms))
        notes += found.warnings
        notes.append(f"{len(found.blob_names)} blob(s) to read from {len(found.flow_logs)} flow log(s)")
        remote = reader.blobs(found)

    if not ids:  # files only: a parser may read them in worker processes
        return Opened(BlobFiles(*local), notes)

    def blobs() -> Iterator[Blob]:
        for path in local:
            yield from read_folder(path)
        yield from remote

    return Opened(blobs(), notes)


def _moment(ms: int | None) -> datetime | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000, UTC)
