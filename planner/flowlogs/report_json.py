"""`planner verify --flow-logs ... --json`: the FlowReport as one JSON document (a stable interface).

    {"flow_logs": {"basis", "window": {"asked", "since", "until", "covered_from", "covered_until"},
     "transient_minutes", "scope", "totals": {...}, "codes": {code: rows}, "meanings": {code: words},
     "pairs": [{"a": {"id", "name", "kind"}, "b": {...}, "flows", "rows", "bytes", "encrypted_rows",
                "encrypted_share", "denied", "codes": {...}, "late_rows", "blamed": [...]}],
     "flags": [{"vm_id", "name", "kind", "rows", "last", "codes", "peers", "reasons"}],
     "warnings": [...], "failing": N}}
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from planner.flowlogs.report import FlowReport


def report_to_json(report: FlowReport) -> dict[str, Any]:
    pairs = []
    for row in report.pairs:
        item = asdict(row)
        share = row.encrypted_share
        item["encrypted_share"] = round(share, 4) if share is not None else None
        pairs.append(item)
    return {
        "basis": report.basis,
        "window": {
            "asked": report.window,
            "since": report.since,
            "until": report.until,
            "covered_from": report.covered_from,
            "covered_until": report.covered_until,
        },
        "transient_minutes": report.transient_minutes,
        "scope": report.scope,
        "totals": report.totals,
        "codes": report.codes,
        "meanings": report.meanings,
        "pairs": pairs,
        "flags": [asdict(f) for f in report.flags],
        "warnings": report.warnings,
        "failing": len(report.failing),
    }
