"""`planner verify --flow-logs SOURCE`: the sources opened with the command's Azure target (`--storage-token-env`
for a flow log's storage account), their notes printed on stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

from planner.commands.azure_target import AzureTarget
from planner.errors import UsageError
from planner.flowlogs.flows import Window
from planner.flowlogs.source import Blob, is_flow_log_id
from planner.flowlogs.sources import LiveAccess, open_sources


def flow_blobs(
    sources: Sequence[str], *, azure: AzureTarget, window: Window, storage_token_env: str | None = None
) -> Iterable[Blob]:
    if storage_token_env and not any(is_flow_log_id(s) for s in sources):
        raise UsageError("--storage-token-env goes with --flow-logs FLOW_LOG_ID (a flow log read live)")

    def live() -> LiveAccess:
        from planner.inventory.live import StaticTokenCredential

        storage = AzureTarget(token_env=storage_token_env).token() if storage_token_env else None
        return LiveAccess(
            azure.credential(),
            StaticTokenCredential(storage) if storage else None,
            azure.cloud,
            azure.arm_endpoint,
            azure.allow_credential_to,
        )

    opened = open_sources(sources, window=window, live=live)
    for note in opened.notes:
        print(f"flow logs: {note}", file=sys.stderr)
    return opened.blobs
