"""Printing the proof from flow logs (`planner verify --flow-logs`): what was read, the VMs flagged with their
reasons, the pairs (the worst first), the codes seen in words, and the warnings."""

from __future__ import annotations

from typing import TextIO

from planner.flowlogs.report import FlowReport, PairRow
from planner.text import data_size, printable

# The text report lists this many pairs, the ones with unencrypted rows counted against them first (--json: all).
PAIRS_SHOWN = 40


def _share(row: PairRow) -> str:
    share = row.encrypted_share
    return "-" if share is None else f"{100 * share:.0f}%"


def print_flow_report(report: FlowReport, out: TextIO) -> None:
    t = report.totals
    print(
        f"Flow logs: {t['blobs']} file(s), {t['records']} record(s) ({t['duplicate_records']} seen before, skipped), "
        f"{t['rows_read']} row(s) in the window, {t['rows_outside_window']} outside",
        file=out,
    )
    covered = f"{report.covered_from} .. {report.covered_until}" if report.covered_from else "nothing"
    print(f"  window: {report.window}; rows cover {covered}", file=out)
    print(f"  judged against: {report.scope}; transient period {report.transient_minutes} min", file=out)
    if report.flags:
        print("\nVMs flagged", file=out)
        for f in report.flags:
            label = "MIGRATED, STILL UNENCRYPTED" if f.kind == "migrated" else "candidate (outside the plan)"
            print(f"  {printable(f.name)}: {label}", file=out)
            for reason in f.reasons:
                print(f"      {printable(reason)}", file=out)
    print(f"\nPairs ({report.basis}; {len(report.pairs)} in all)", file=out)
    print(f"  {'a':<28} {'b':<28} {'flows':>7} {'rows':>8} {'bytes':>10} {'encr.':>6} {'denied':>7}  unencrypted", file=out)
    for row in report.pairs[:PAIRS_SHOWN]:
        codes = ", ".join(f"{c} {n}" for c, n in sorted(row.codes.items()) if c != "X") or "-"
        if row.late_rows:
            codes += f" ({row.late_rows} after the transient period: {', '.join(row.blamed)})"
        print(
            f"  {printable(row.a.name):<28} {printable(row.b.name):<28} {row.flows:>7} {row.rows:>8} {data_size(row.bytes):>10} "
            f"{_share(row):>6} {row.denied:>7}  {printable(codes)}",
            file=out,
        )
    if len(report.pairs) > PAIRS_SHOWN:
        print(f"  ... and {len(report.pairs) - PAIRS_SHOWN} more pair(s) (--json lists every one)", file=out)
    if report.codes:
        print("\nEncryption codes seen (flow rows)", file=out)
        for code, n in report.codes.items():
            print(f"  {printable(code):<20} {n:>9}  {printable(report.meanings[code])}", file=out)
    if t["denied_rows"]:
        print(f"  denied (D) rows: {t['denied_rows']}, not traffic: counted apart, never as unencrypted", file=out)
    for w in report.warnings:
        print(f"warning: {printable(w)}", file=out)
