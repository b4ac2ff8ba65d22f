"""Where `planner verify --flow-logs SOURCE` reads blobs from: a downloaded `PT1H.json` or folder of them, or a flow
log resource's id, whose blobs are read live from the storage account it names (`planner.flowlogs.live`, loaded only
then: it brings the Azure SDK)."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from planner.commands.azure_target import AzureTarget
from planner.errors import UsageError
from planner.flowlogs.flows import Window
from planner.flowlogs.source import Blob, is_flow_log_id, read_folder


def flow_blobs(
    sources: Sequence[str], *, azure: AzureTarget, window: Window, storage_token_env: str | None = None
) -> Iterator[Blob]:
    """Every source's blobs, in the order given; live sources are located (and refused) before any is read."""
    live_ids = [s for s in sources if is_flow_log_id(s)]
    reader_blobs: Iterator[Blob] = iter(())
    if live_ids:
        reader_blobs = _live(live_ids, azure, window, storage_token_env)
    elif storage_token_env:
        raise UsageError("--storage-token-env goes with --flow-logs FLOW_LOG_ID (a flow log read live)")
    for source in sources:
        if is_flow_log_id(source):
            continue
        yield from read_folder(Path(source))
    yield from reader_blobs


def _live(ids: Sequence[str], azure: AzureTarget, window: Window, storage_token_env: str | None) -> Iterator[Blob]:
    from planner.flowlogs.live import FlowLogReader
    from planner.inventory.live import StaticTokenCredential

    storage_token = AzureTarget(token_env=storage_token_env).token() if storage_token_env else None
    reader = FlowLogReader(
        credential=azure.credential(),
        storage_credential=StaticTokenCredential(storage_token) if storage_token else None,
        cloud=azure.cloud,
        arm_endpoint=azure.arm_endpoint,
        allow_credential_to=azure.allow_credential_to,
    )
    found = reader.find(ids, _moment(window.since_ms), _moment(window.until_ms))
    for warning in found.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"flow logs: {len(found.blob_names)} blob(s) to read from {len(found.flow_logs)} flow log(s)", file=sys.stderr)
    return reader.blobs(found)


def _moment(ms: int | None) -> datetime | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000, UTC)
