"""The flows read from flow logs, aggregated: what `parse_blobs` returns and `build_report` reads.

No per-tuple objects: rows are summed into one `Traffic` per (logging NIC's MAC, source IP, destination IP,
direction, encryption code). Unencrypted cells also keep each row's time (a compact array), because whether
an unencrypted row counts against a VM depends on when the VM was started, which only the report knows. Denied rows
(D) are not traffic: they are counted apart, per (MAC, source, destination, direction).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime

# (MAC of the NIC whose log it is, source IP, destination IP, direction I/O, encryption code)
CellKey = tuple[str, str, str, str, str]
DeniedKey = tuple[str, str, str, str]

NO_START = -(2**62)
NO_END = 2**62


def ms_text(ms: int) -> str:
    """An epoch in milliseconds as ISO-8601 UTC text (`2026-12-01T10:00:00.000Z`)."""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Window:
    """The time window rows are kept from: `since` included, `until` excluded (epoch milliseconds; None: open)."""

    since_ms: int | None = None
    until_ms: int | None = None

    @property
    def lo(self) -> int:
        return NO_START if self.since_ms is None else self.since_ms

    @property
    def hi(self) -> int:
        return NO_END if self.until_ms is None else self.until_ms

    def describe(self) -> str:
        if self.since_ms is None and self.until_ms is None:
            return "everything read"
        since = ms_text(self.since_ms) if self.since_ms is not None else "the first row"
        until = ms_text(self.until_ms) if self.until_ms is not None else "the last row"
        return f"from {since} until {until}"


@dataclass(slots=True)
class Traffic:
    """The rows of one cell: flow rows (B, C, E), flows begun (B rows), bytes both ways (the C and E rows' counters
    summed); for an unencrypted cell also each row's time (epoch ms), in reading order (empty otherwise)."""

    rows: int = 0
    begun: int = 0
    bytes: int = 0
    times: array[int] = field(default_factory=lambda: array("q"))


@dataclass(slots=True)
class FlowSet:
    """Everything read from a set of blobs, de-duplicated and cut to a window."""

    window: Window = field(default_factory=Window)
    cells: dict[CellKey, Traffic] = field(default_factory=dict)
    denied: dict[DeniedKey, int] = field(default_factory=dict)
    macs: dict[str, str] = field(default_factory=dict)  # MAC -> the VNet or NIC the flow log targets (as read)
    blobs: int = 0
    records: int = 0  # records read, duplicates included
    duplicates: int = 0  # records seen before (a blob re-read, or two copies of one blob)
    rows: int = 0  # tuples kept (in the window)
    outside: int = 0  # tuples outside the window
    first_ms: int = NO_END  # the first and last tuple kept
    last_ms: int = NO_START
    seconds_timestamps: int = 0  # tuples whose time was in seconds, not milliseconds

    @property
    def empty(self) -> bool:
        return self.rows == 0
