"""The proof from flow logs: per VM pair (or IP pair without an inventory) over the window, the flows, bytes,
encrypted share and unencrypted codes in words; per VM, the flags that keep `planner verify` failing.

A flow between two logged NICs is seen twice, outbound at its source and inbound at its destination: per (source,
destination) the view with more rows is counted (outbound on a tie), so each flow counts once. Denied rows (D) are
not traffic: counted apart, never as unencrypted. Rows to or from an address outside the inventory are reported on
the VM's `external` row and attributed to no pair.

An unencrypted row between two VMs counts against them when it comes after the transient period of each migrated
end (its start plus `transient` minutes): before that, traffic is expected unencrypted (not migrated yet, or the
host software not ready). `NX_LOCAL_DST` is by design and never counts. A counted row is blamed on: for
`NX_HW_NOT_SUPPORTED`, the end that is not compliant (size, AN, vnetEncryptionSupported); otherwise (or when both
are compliant) the end that shows no encrypted flow anywhere in the window (of two such, the one outside the plan),
or both when both do. A
blamed migrated VM is `migrated` (verify fails); a blamed VM outside the plan talking to a migrated one is a
`candidate` (reported: the next to migrate).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from planner.execute.journal import JournalState
from planner.flowlogs.addresses import AddressBook, canonical_ip
from planner.flowlogs.codes import ENCRYPTED, meaning
from planner.flowlogs.flows import FlowSet, Window, ms_text
from planner.flowlogs.migration import Expectations, expectations
from planner.gcpause import collector_paused
from planner.model import Inventory
from planner.plan.types import Plan

EXTERNAL = "external"
DEFAULT_TRANSIENT_MINUTES = 10


@dataclass(frozen=True, slots=True)
class Endpoint:
    id: str  # the VM's case-folded id, an IP, or "external"
    name: str  # the VM's name, the IP, or "external"
    kind: str  # vm / ip / external


@dataclass(slots=True)
class PairRow:
    a: Endpoint
    b: Endpoint
    flows: int = 0  # connections begun (B rows)
    rows: int = 0  # flow rows (B, C, E)
    bytes: int = 0
    encrypted_rows: int = 0
    denied: int = 0  # D rows (not traffic)
    codes: dict[str, int] = field(default_factory=dict)  # rows per encryption code
    late_rows: int = 0  # unencrypted rows counted against the pair (after the transient period, not by design)
    blamed: list[str] = field(default_factory=list)  # names of the VMs those rows are blamed on

    @property
    def encrypted_share(self) -> float | None:
        """Encrypted flow rows over all flow rows (None without any)."""
        return self.encrypted_rows / self.rows if self.rows else None


@dataclass(slots=True)
class VmFlag:
    vm_id: str
    name: str
    kind: str  # migrated (verify fails) / candidate (outside the plan, talks unencrypted to a migrated VM)
    rows: int = 0  # unencrypted rows blamed on it
    last: str = ""  # the last one (ISO-8601)
    codes: dict[str, int] = field(default_factory=dict)
    peers: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # in words


@dataclass(slots=True)
class FlowReport:
    basis: str  # "vm pairs" (with an inventory) / "ip pairs"
    window: str  # as asked, in words
    since: str | None
    until: str | None
    covered_from: str | None  # the first and last row read inside the window
    covered_until: str | None
    transient_minutes: int
    scope: str  # how the migrated VMs are known
    pairs: list[PairRow] = field(default_factory=list)
    flags: list[VmFlag] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)  # rows per code over all pairs
    meanings: dict[str, str] = field(default_factory=dict)  # every code seen, in words
    warnings: list[str] = field(default_factory=list)

    @property
    def failing(self) -> list[VmFlag]:
        return [f for f in self.flags if f.kind == "migrated"]


def build_report(
    flows: FlowSet,
    inventory: Inventory | None,
    plan: Plan | None,
    journal: JournalState | None,
    window: Window | None = None,
    transient: int = DEFAULT_TRANSIENT_MINUTES,
    *,
    series: str = "extended",
) -> FlowReport:
    """The report of `flows` (already cut to `window` by parse_blobs) against the inventory, plan and journal."""
    with collector_paused():
        return _build(flows, inventory, plan, journal, window or flows.window, transient, series)


def _build(
    flows: FlowSet,
    inventory: Inventory | None,
    plan: Plan | None,
    journal: JournalState | None,
    window: Window,
    transient: int,
    series: str,
) -> FlowReport:
    book = AddressBook(inventory) if inventory is not None else None
    ex = expectations(inventory, plan, journal, series=series)
    report = FlowReport(
        basis="vm pairs" if book else "ip pairs",
        window=window.describe(),
        since=ms_text(window.since_ms) if window.since_ms is not None else None,
        until=ms_text(window.until_ms) if window.until_ms is not None else None,
        covered_from=ms_text(flows.first_ms) if not flows.empty else None,
        covered_until=ms_text(flows.last_ms) if not flows.empty else None,
        transient_minutes=transient,
        scope=ex.scope,
    )
    ends: dict[str, Endpoint] = {}
    seen: dict[tuple[str, str, bool], Endpoint] = {}

    def endpoint(mac: str, ip: str, local: bool) -> Endpoint:
        hit = seen.get((mac, ip, local))
        if hit is None:
            hit = seen[(mac, ip, local)] = resolve(mac, ip, local)
        return hit

    def resolve(mac: str, ip: str, local: bool) -> Endpoint:
        ip = canonical_ip(ip) if ":" in ip or "/" in ip else ip
        if book is None:
            return ends.setdefault(ip, Endpoint(ip, ip, "ip"))
        vm = book.local(mac, ip) if local else book.remote(mac, ip)
        if vm is None:
            return ends.setdefault(EXTERNAL, Endpoint(EXTERNAL, EXTERNAL, "external"))
        return ends.setdefault(vm, Endpoint(vm, book.names.get(vm, vm), "vm"))

    # Each cell resolved once; the view (O or I) with more rows per (source, destination) is kept.
    resolved: dict[tuple[str, str, str, str, str], tuple[Endpoint, Endpoint]] = {}
    view_rows: Counter[tuple[str, str, str]] = Counter()
    for cell_key, traffic in flows.cells.items():
        mac, src, dst, way, _ = cell_key
        s, d = endpoint(mac, src, way == "O"), endpoint(mac, dst, way == "I")
        resolved[cell_key] = (s, d)
        view_rows[(s.id if s.kind != EXTERNAL else src, d.id if d.kind != EXTERNAL else dst, way)] += traffic.rows
    pairs: dict[tuple[str, str], PairRow] = {}
    encrypting: set[str] = set()
    unencrypted: list[tuple[PairRow, Endpoint, Endpoint, str, array[int]]] = []
    for cell_key, traffic in flows.cells.items():
        mac, src, dst, way, code = cell_key
        s, d = resolved[cell_key]
        sid, did = s.id if s.kind != EXTERNAL else src, d.id if d.kind != EXTERNAL else dst
        if way == "I" and view_rows[(sid, did, "O")] >= view_rows[(sid, did, "I")]:
            continue
        if way == "O" and view_rows[(sid, did, "I")] > view_rows[(sid, did, "O")]:
            continue
        row = _pair(pairs, s, d)
        row.flows += traffic.begun
        row.rows += traffic.rows
        row.bytes += traffic.bytes
        row.codes[code] = row.codes.get(code, 0) + traffic.rows
        if code == ENCRYPTED:
            row.encrypted_rows += traffic.rows
            encrypting.update(e.id for e in (s, d) if e.kind == "vm")
        elif s.kind == "vm" and d.kind == "vm" and s.id != d.id:
            unencrypted.append((row, s, d, code, traffic.times))
    for (mac, src, dst, way), n in flows.denied.items():
        _pair(pairs, endpoint(mac, src, way == "O"), endpoint(mac, dst, way == "I")).denied += n
    flags: dict[str, VmFlag] = {}
    origin = window.since_ms if window.since_ms is not None else flows.first_ms
    for row, s, d, code, times in unencrypted:
        _judge(row, (s, d), code, times, ex, encrypting, (origin, transient), flags)
    report.pairs = sorted(pairs.values(), key=lambda r: (-r.late_rows, r.a.name, r.b.name))
    report.flags = sorted(flags.values(), key=lambda f: (f.kind != "migrated", f.name))
    for f in report.flags:
        f.reasons = _reasons(f, ex, transient)
    _totals(report, flows)
    report.warnings = _warnings(flows, ex, book, report, inventory is not None, transient)
    return report


def _pair(pairs: dict[tuple[str, str], PairRow], s: Endpoint, d: Endpoint) -> PairRow:
    """The row of an unordered pair: a VM before `external`, else the smaller id first."""
    a, b = (s, d) if d.kind == EXTERNAL or (s.kind != EXTERNAL and s.id <= d.id) else (d, s)
    row = pairs.get((a.id, b.id))
    if row is None:
        row = pairs[(a.id, b.id)] = PairRow(a, b)
    return row


def _judge(
    row: PairRow,
    ends: tuple[Endpoint, Endpoint],
    code: str,
    times: array[int],
    ex: Expectations,
    encrypting: set[str],
    timing: tuple[int, int],  # (the window's start, transient minutes)
    flags: dict[str, VmFlag],
) -> None:
    """Count the unencrypted rows of one cell that come after the transient period of every migrated end, and
    blame them (see the module's docstring)."""
    if code == "NX_LOCAL_DST":
        return
    s, d = ends
    migrated = [e for e in ends if e.id in ex.migrated]
    if not migrated:
        return
    origin, transient = timing
    settle = max((ex.migrated[e.id] or origin) + transient * 60_000 for e in migrated)
    if not times or max(times) < settle:
        return
    ordered = sorted(times)
    late = len(ordered) - bisect_left(ordered, settle)
    last = ordered[-1]
    row.late_rows += late
    blamed: list[Endpoint] = []
    if code == "NX_HW_NOT_SUPPORTED":
        blamed = [e for e in (s, d) if ex.compliant.get(e.id) is False]
    if not blamed:
        silent = [e for e in ends if e.id not in encrypting]
        blamed = [e for e in silent if e.id not in ex.migrated] or silent or list(ends)
    for e in blamed:
        kind = "migrated" if e.id in ex.migrated else "candidate"
        flag = flags.get(e.id)
        if flag is None:
            flag = flags[e.id] = VmFlag(e.id, e.name, kind)
        flag.rows += late
        flag.last = max(flag.last, ms_text(last))
        flag.codes[code] = flag.codes.get(code, 0) + late
        peer = d if e is s else s
        if peer.name not in flag.peers:
            flag.peers.append(peer.name)
        if e.name not in row.blamed:
            row.blamed.append(e.name)


def _reasons(flag: VmFlag, ex: Expectations, transient: int) -> list[str]:
    start = ex.migrated.get(flag.vm_id)
    if flag.kind == "migrated":
        since = f"started {ms_text(start)}" if start is not None else "start unknown: judged from the window's start"
        head = f"migrated by the plan ({since}), still {flag.rows} unencrypted flow row(s) after its {transient}-minute transient period, the last at {flag.last}"
    else:
        head = f"outside the plan: {flag.rows} unencrypted flow row(s) with migrated VMs, the last at {flag.last}: the next to migrate"
    out = [head]
    for code, n in sorted(flag.codes.items(), key=lambda kv: -kv[1]):
        out.append(f"{code} x{n}: {meaning(code)}")
    if flag.vm_id in ex.noncompliance:
        out.append(f"not compliant: {ex.noncompliance[flag.vm_id]}")
    out.append(f"with {', '.join(sorted(flag.peers))}")
    return out


def _totals(report: FlowReport, flows: FlowSet) -> None:
    codes: Counter[str] = Counter()
    for row in report.pairs:
        codes.update(row.codes)
    report.codes = dict(sorted(codes.items()))
    report.meanings = {c: meaning(c) for c in report.codes}
    report.totals = {
        "blobs": flows.blobs,
        "records": flows.records,
        "duplicate_records": flows.duplicates,
        "rows_read": flows.rows,
        "rows_outside_window": flows.outside,
        "flow_rows": sum(r.rows for r in report.pairs),
        "flows": sum(r.flows for r in report.pairs),
        "bytes": sum(r.bytes for r in report.pairs),
        "encrypted_rows": codes.get(ENCRYPTED, 0),
        "unencrypted_rows": sum(n for c, n in codes.items() if c != ENCRYPTED),
        "late_unencrypted_rows": sum(r.late_rows for r in report.pairs),
        "denied_rows": sum(r.denied for r in report.pairs),
        "pairs": len(report.pairs),
        "migrated_flagged": len(report.failing),
        "candidates": len(report.flags) - len(report.failing),
    }


def _warnings(
    flows: FlowSet, ex: Expectations, book: AddressBook | None, report: FlowReport, judged: bool, transient: int
) -> list[str]:
    out: list[str] = []
    if flows.empty:
        out.append(f"no flow rows in the window ({report.window}): nothing is proven")
    if flows.seconds_timestamps:
        out.append(f"{flows.seconds_timestamps} row(s) had their time in seconds, not milliseconds (read as seconds)")
    if book is not None:
        unknown = sorted(m for m in flows.macs if m not in book.by_mac)
        if unknown:
            shown = ", ".join(unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
            out.append(f"{len(unknown)} logging NIC(s) not in the inventory, matched by IP only: {shown}")
    if judged and not flows.empty:
        seen = {e for r in report.pairs for e in (r.a.id, r.b.id) if r.rows}
        silent = [k for k in ex.migrated if k not in seen]
        if silent and book is not None:
            names = sorted(book.names.get(k, k) for k in silent)
            shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
            out.append(f"{len(silent)} VM(s) expected to encrypt show no flow in the logs (nothing proven): {shown}")
        unknown_start = sum(1 for v in ex.migrated.values() if v is None)
        if unknown_start and ex.from_plan:
            out.append(f"{unknown_start} migrated VM(s) have no start in the journal: their transient period "
                       f"counts from the window's start")
    return out
