"""The words of VNet flow logs (version 4): encryption codes, flow states, directions (DOMAIN.md, "Proving it: VNet
flow logs"; MicrosoftDocs/azure-docs `articles/network-watcher/vnet-flow-logs-overview.md`)."""

from __future__ import annotations

from enum import StrEnum

ENCRYPTED = "X"


class Code(StrEnum):
    """The flow-encryption field of a tuple."""

    X = "X"
    NX = "NX"
    NX_HW_NOT_SUPPORTED = "NX_HW_NOT_SUPPORTED"
    NX_SW_NOT_READY = "NX_SW_NOT_READY"
    NX_NOT_ACCEPTED = "NX_NOT_ACCEPTED"
    NX_NOT_SUPPORTED = "NX_NOT_SUPPORTED"
    NX_LOCAL_DST = "NX_LOCAL_DST"
    NX_FALLBACK = "NX_FALLBACK"


MEANINGS: dict[str, str] = {
    Code.X: "encrypted",
    Code.NX: "not encrypted: the VNet or the VM is not set up for encryption (or not restarted since)",
    Code.NX_HW_NOT_SUPPORTED: "not encrypted: the host hardware does not support encryption (size or host not "
    "supported, or Accelerated Networking off)",
    Code.NX_SW_NOT_READY: "not encrypted: the host software is not ready yet (transient after a start, restart "
    "or redeploy)",
    Code.NX_NOT_ACCEPTED: "dropped: the VNet enforces DropUnencrypted and this flow could not be encrypted",
    Code.NX_NOT_SUPPORTED: "not encrypted: encryption discovery is not supported for this flow",
    Code.NX_LOCAL_DST: "not encrypted by design: the destination is on the same host",
    Code.NX_FALLBACK: "not encrypted: fell back to unencrypted under AllowUnencrypted",
}

KNOWN = frozenset(MEANINGS)
# Codes that never make a VM a fault: the flow is encrypted, or stays on the host by design.
NEVER_FLAGGED = frozenset({Code.X, Code.NX_LOCAL_DST})


def meaning(code: str) -> str:
    return MEANINGS.get(code, "an encryption code this planner does not know")


STATES = {"B": "began", "C": "continuing", "E": "ended", "D": "denied"}
DIRECTIONS = {"I": "inbound", "O": "outbound"}
