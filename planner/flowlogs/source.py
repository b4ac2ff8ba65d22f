"""Where flow-log blobs come from (placeholder for the merge: the flow-log branch defines this module)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Blob:
    name: str
    data: bytes
