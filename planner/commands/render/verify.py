"""Printing what `planner verify` found: each VNet's encryption, then each VM and scale set with its status and the
reasons for any that is not encrypted."""

from __future__ import annotations

from typing import TextIO

from planner.execute.verify import Status, VerifyReport


def print_report(report: VerifyReport, out: TextIO) -> None:
    print("VNets", file=out)
    for v in report.vnets:
        state = f"encryption on ({v.enforcement})" if v.encrypted else "encryption OFF"
        print(f"  {v.name:40} {state}", file=out)
    if not report.vnets:
        print("  -", file=out)
    proof = f"restarts proven from {report.evidence}" if report.evidence else "no journal: restarts cannot be proven"
    print(f"\nVMs and scale sets ({proof})", file=out)
    for c in report.checks:
        if c.status is Status.ENCRYPTED:
            print(f"  {c.name:40} {c.status.value}", file=out)
            continue
        print(f"  {c.name:40} {c.status.value}: {'; '.join(c.reasons)}", file=out)
