"""The `flowlogs` stage of `make bench` (`planner.bench`): `planner verify --flow-logs` on one day of VNet flow logs of
1,000 VMs, against a bare `json.load` of the same blobs.

The logs are generated (deterministically, into a temporary folder) in the real layout, one `PT1H.json` per NIC and
hour: `flowLogResourceID=/SUB/RG/NETWORKWATCHER_REGION/FLOWLOGNAME/y=/m=/d=/h=/m=00/macAddress=MAC/PT1H.json`. Each
blob holds a record every `RECORD_MINUTES` minutes; each record, the VM's connections to its peers in its VNet
(B and E rows of short connections, C rows of a long one, with counters), the same connections seen inbound by the
peers, one to the internet and scanners denied inbound (D rows, `0,0,0,0` or empty counters). A tenth of the VMs
also talk over IPv6. The codes follow a migration: 60% of the VMs are cycled by a plan between 06:00 and 14:00
(`NX` before, `NX_SW_NOT_READY` for 3 minutes, `X` after, a few stragglers stay `NX`), 10% are on an unsupported
size (`NX_HW_NOT_SUPPORTED`), neighbours on one host talk `NX_LOCAL_DST`; `NX_FALLBACK` and `NX_NOT_SUPPORTED`
appear now and then. A few blobs are also present as an earlier, shorter download (the de-duplication's work).

Timed: the bare `json.load` of every blob (the floor), then the processing: read, parse, de-duplicate and report
with the matching inventory, plan and journal (built in memory). Target: processing < 2x the bare load.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.execute.journal import JournalState, StepRecord
from planner.model import (
    Inventory,
    IpConfiguration,
    NetworkInterface,
    NicRef,
    PowerState,
    Subnet,
    VirtualMachine,
    VirtualNetwork,
    key,
)
from planner.plan.ops import Op
from planner.plan.policy import Policy
from planner.plan.types import Meta, Plan, Step, VmEntry, Wave
from planner.vocabulary import Disposition, ResultKind, Verdict

VMS = 1000
HOURS = 24
RECORD_MINUTES = 10
PEERS = (1, 7, 31)  # each VM opens connections to these neighbours (index offsets within its VNet of 100)
DAY = datetime(2026, 12, 1, tzinfo=UTC)
SUB = "00000000-0000-0000-0000-0000000b0e0c"
RG = "rg-bench"
REGION = "eastus2"
FLOWLOG = "flowlog-bench"
RATIO_TARGET_X100 = 200


class BenchVm:
    __slots__ = ("index", "ipv4", "ipv6", "kind", "mac", "start_min", "vnet")

    def __init__(self, index: int, rng: random.Random) -> None:
        self.index = index
        self.vnet = index // 100
        self.mac = f"0022{index:08X}"
        self.ipv4 = f"10.{self.vnet}.0.{index % 100 + 4}"
        self.ipv6 = f"fd00:{self.vnet}::{index % 100 + 4:x}" if index % 10 == 0 else None
        roll = rng.random()
        self.kind = "migrated" if roll < 0.6 else "unsupported" if roll < 0.7 else "outside"
        if self.kind == "migrated" and rng.random() < 0.03:
            self.kind = "straggler"  # cycled by the plan, still NX
        self.start_min = rng.randrange(6 * 60, 14 * 60) if self.kind in ("migrated", "straggler") else None


def _vms(count: int, seed: int) -> list[BenchVm]:
    rng = random.Random(seed)
    return [BenchVm(i, rng) for i in range(count)]


def _code(a: BenchVm, b: BenchVm, minute: int, rng: random.Random) -> str:
    if a.index // 2 == b.index // 2 and a.index % 20 == 0:
        return "NX_LOCAL_DST"
    for v in (a, b):
        if v.start_min is not None and v.start_min <= minute < v.start_min + 3:
            return "NX_SW_NOT_READY"
    if a.kind == "unsupported" or b.kind == "unsupported":
        return "NX_HW_NOT_SUPPORTED"
    ready = all(v.kind == "migrated" and v.start_min is not None and minute >= v.start_min for v in (a, b))
    if not ready:
        return "NX"
    roll = rng.random()
    return "NX_FALLBACK" if roll < 0.00005 else "NX_NOT_SUPPORTED" if roll < 0.0001 else "X"


def _counters(rng: random.Random) -> str:
    p1, p2 = rng.randrange(2, 400), rng.randrange(2, 400)
    return f"{p1},{p1 * rng.randrange(60, 1400)},{p2},{p2 * rng.randrange(60, 1400)}"


def _rows(vms: list[BenchVm], minute: int, rng: random.Random) -> dict[int, dict[str, list[str]]]:
    """Per VM, per rule: the tuples of its record at `minute` (minutes since midnight)."""
    out: dict[int, dict[str, list[str]]] = {v.index: {} for v in vms}
    base = int((DAY + timedelta(minutes=minute)).timestamp() * 1000)
    for a in vms:
        for offset in PEERS:
            b = vms[(a.index // 100) * 100 + (a.index % 100 + offset) % 100]
            code = _code(a, b, minute, rng)
            v6 = a.ipv6 is not None and b.ipv6 is not None and offset == 1
            src, dst = (a.ipv6, b.ipv6) if v6 and a.ipv6 and b.ipv6 else (a.ipv4, b.ipv4)
            sport = rng.randrange(20000, 65000)
            t0 = base - rng.randrange(5_000, 55_000)
            rows = [
                f"{t0},{src},{dst},{sport},443,6,{{d}},B,{code},0,0,0,0",
                f"{t0 + rng.randrange(50, 4000)},{src},{dst},{sport},443,6,{{d}},E,{code},{_counters(rng)}",
            ]
            if offset == 7:  # a long connection: C every record
                rows.append(f"{t0 + 900},{src},{dst},{40000 + a.index % 100},5432,6,{{d}},C,{code},{_counters(rng)}")
            out[a.index].setdefault("DefaultRule_AllowVnetOutBound", []).extend(r.format(d="O") for r in rows)
            out[b.index].setdefault("DefaultRule_AllowVnetInBound", []).extend(r.format(d="I") for r in rows)
        t = base - rng.randrange(1_000, 59_000)
        web = f"52.239.{a.index % 200}.{rng.randrange(1, 255)}"
        sport = rng.randrange(20000, 65000)
        out[a.index]["DefaultRule_AllowInternetOutBound"] = [
            f"{t},{a.ipv4},{web},{sport},443,6,O,B,NX,,,,",
            f"{t + 300},{a.ipv4},{web},{sport},443,6,O,E,NX,{_counters(rng)}",
        ]
        scanner = f"{rng.randrange(20, 200)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        counters = "0,0,0,0" if rng.random() < 0.5 else ",,,"
        out[a.index]["DefaultRule_DenyAllInBound"] = [
            f"{t + 17},{scanner},{a.ipv4},{rng.randrange(1024, 65000)},{rng.choice((22, 3389, 445))},6,I,D,NX,{counters}"
        ]
    return out


def _record(vm: BenchVm, minute: int, groups: dict[str, list[str]]) -> str:
    when = (DAY + timedelta(minutes=minute, seconds=52)).strftime("%Y-%m-%dT%H:%M:%S.5625085Z")
    vnet_id = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/virtualNetworks/vnet-{vm.vnet}"
    flow_log_id = (
        f"/SUBSCRIPTIONS/{SUB.upper()}/RESOURCEGROUPS/NETWORKWATCHERRG/PROVIDERS/MICROSOFT.NETWORK/"
        f"NETWORKWATCHERS/NETWORKWATCHER_{REGION.upper()}/FLOWLOGS/{FLOWLOG.upper()}"
    )
    acl = [
        {"rule": rule, "flowTuples": tuples}
        for rule, tuples in groups.items()
        if tuples
    ]
    record = {
        "time": when,
        "flowLogVersion": 4,
        "flowLogGUID": f"abcdef01-2345-6789-0abc-{vm.index:012d}",
        "macAddress": vm.mac,
        "category": "FlowLogFlowEvent",
        "flowLogResourceID": flow_log_id,
        "targetResourceID": vnet_id,
        "operationName": "FlowLogFlowEvent",
        "flowRecords": {"flows": [{"aclID": "00000000-1234-abcd-ef00-c1c2c3c4c5c6", "flowGroups": acl}]},
    }
    return json.dumps(record, separators=(",", ":"))


def blob_path(root: Path, vm: BenchVm, hour: int) -> Path:
    return (
        root
        / f"flowLogResourceID=/{SUB.upper()}/{RG.upper()}/NETWORKWATCHER_{REGION.upper()}/{FLOWLOG.upper()}"
        / f"y={DAY.year}/m={DAY.month:02d}/d={DAY.day:02d}/h={hour:02d}/m=00/macAddress={vm.mac}/PT1H.json"
    )


def write_day(root: Path, *, vms: int = VMS, hours: int = HOURS, seed: int = 13) -> list[BenchVm]:
    """Write the day's blobs under `root`; every 50th blob also as an earlier, shorter download under `earlier/`."""
    rng = random.Random(seed)
    fleet = _vms(vms, seed)
    for hour in range(hours):
        records: dict[int, list[str]] = {v.index: [] for v in fleet}
        for minute in range(hour * 60, hour * 60 + 60, RECORD_MINUTES):
            for index, groups in _rows(fleet, minute, rng).items():
                records[index].append(_record(fleet[index], minute, groups))
        for vm in fleet:
            path = blob_path(root, vm, hour)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text('{"records":[' + ",".join(records[vm.index]) + "]}", encoding="utf-8")
            if (vm.index + hour) % 50 == 0:
                early = blob_path(root / "earlier", vm, hour)
                early.parent.mkdir(parents=True, exist_ok=True)
                half = records[vm.index][: len(records[vm.index]) // 2]
                early.write_text('{"records":[' + ",".join(half) + "]}", encoding="utf-8")
    return fleet


def _vm_id(vm: BenchVm) -> str:
    return f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Compute/virtualMachines/vm-{vm.index:04d}"


def inventory_for(fleet: list[BenchVm]) -> Inventory:
    """The estate the logs come from: one VNet (encryption on) per 100 VMs, one NIC per VM."""
    inv = Inventory()
    for n in range(max(v.vnet for v in fleet) + 1):
        vid = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/virtualNetworks/vnet-{n}"
        subnet = Subnet(f"{vid}/subnets/default", "default", [f"10.{n}.0.0/24"])
        inv.vnets[key(vid)] = VirtualNetwork(vid, f"vnet-{n}", REGION, [f"10.{n}.0.0/16"], [subnet], [], True,
                                             "AllowUnencrypted")
    for vm in fleet:
        vid = _vm_id(vm)
        nid = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/networkInterfaces/nic-{vm.index:04d}"
        subnet_id = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/virtualNetworks/vnet-{vm.vnet}/subnets/default"
        configs = [IpConfiguration(f"{nid}/ipConfigurations/ipv4", "ipv4", True, vm.ipv4, subnet_id)]
        if vm.ipv6:
            configs.append(IpConfiguration(f"{nid}/ipConfigurations/ipv6", "ipv6", False, vm.ipv6, subnet_id))
        supported = vm.kind != "unsupported"
        mac = "-".join(vm.mac[i : i + 2] for i in range(0, 12, 2))
        inv.nics[key(nid)] = NetworkInterface(nid, f"nic-{vm.index:04d}", REGION, supported, vid, configs, True,
                                              None, mac)
        size = "Standard_D4s_v5" if supported else "Standard_A4_v2"
        inv.vms[key(vid)] = VirtualMachine(vid, f"vm-{vm.index:04d}", REGION, size, PowerState.RUNNING,
                                           nics=[NicRef(nid, True)])
    return inv


def plan_for(fleet: list[BenchVm]) -> tuple[Plan, JournalState]:
    """A plan that cycled the migrated VMs (one `vm.start` step each) and its journal with each start's time."""
    meta = Meta("2026-12-01T00:00:00Z", "bench", "sha256:bench", "public", [SUB], "extended", 1, 1)
    wave = Wave(1, "bench")
    journal = JournalState(Path("bench.journal.jsonl"), digest="sha256:bench")
    entries = []
    for vm in fleet:
        if vm.start_min is None:
            continue
        vid = _vm_id(vm)
        step = Step(f"start-{vm.index}", Op.VM_START, vid, {}, {}, {}, [], "")
        wave.steps.append(step)
        when = (DAY + timedelta(minutes=vm.start_min)).isoformat(timespec="milliseconds")
        journal.steps[step.id] = StepRecord(step.id, 1, Op.VM_START, vid, status="done", finished_at=when)
        entries.append(VmEntry(vid, f"vm-{vm.index:04d}", ResultKind.VM, Verdict.NEEDS_CHANGES, Disposition.CYCLE,
                               "Standard_D4s_v5"))
    return Plan(meta, Policy(), vms=entries, waves=[wave]), journal


def prepare(vms: int = VMS, hours: int = HOURS) -> Callable[[], dict[str, int]]:
    """Generate the day (not timed); the returned callable times the bare load and the processing and reports."""
    from planner.flowlogs.parse import parse_blobs
    from planner.flowlogs.report import build_report
    from planner.flowlogs.source import blob_paths, read_folder

    work = Path(tempfile.mkdtemp(prefix="planner-bench-flowlogs-"))
    fleet = write_day(work, vms=vms, hours=hours)
    inventory = inventory_for(fleet)
    plan, journal = plan_for(fleet)
    paths = blob_paths(work)
    megabytes = round(sum(p.stat().st_size for p in paths) / 1e6)

    def run() -> dict[str, int]:
        try:
            start = time.perf_counter()
            for path in paths:
                with path.open("rb") as fh:
                    json.load(fh)
            bare = time.perf_counter() - start
            start = time.perf_counter()
            flows = parse_blobs(read_folder(work))
            report = build_report(flows, inventory, plan, journal, None, 10)
            processing = time.perf_counter() - start
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return {
            "blobs": flows.blobs,
            "megabytes": megabytes,
            "rows": flows.rows,
            "duplicate_records": flows.duplicates,
            "pairs": len(report.pairs),
            "migrated_flagged": len(report.failing),
            "candidates": len(report.flags) - len(report.failing),
            "bare_load_ms": round(bare * 1000),
            "processing_ms": round(processing * 1000),
            "ratio_x100": round(100 * processing / bare),
        }

    return run
