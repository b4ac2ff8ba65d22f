"""The flow-log view (`f`): the proof from VNet flow logs (`planner verify --flow-logs`'s logic, `planner.flowlogs`)
for the estate in the workbench and its plan. The VMs flagged (migrated and still unencrypted after their transient
period; candidates outside the plan talking unencrypted to migrated VMs) with their reasons in words, the codes seen,
then every pair, worst first, in the virtual table, and the pair under the cursor in words.

The blobs are read and the report built in a thread worker when the screen opens: a folder of downloaded blobs, or a
flow log read live (with the Azure target `planner tui` was given). Which VMs were migrated is the plan's; their
starts come from the journal beside the plan file written with ctrl+s, when an apply has run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from planner.errors import PlannerError
from planner.execute.journal import JournalState, default_path, read_journal
from planner.flowlogs.codes import ENCRYPTED
from planner.flowlogs.flows import Window
from planner.flowlogs.parse import parse_blobs
from planner.flowlogs.report import DEFAULT_TRANSIENT_MINUTES, FlowReport, PairRow, build_report
from planner.flowlogs.sources import LiveAccess, open_sources
from planner.model import Inventory
from planner.plan.types import Plan
from planner.text import data_size, printable
from planner.tui.rows import Cell, Column
from planner.tui.widgets.table import VirtualTable

if TYPE_CHECKING:
    from planner.execute.rehearse import LiveTarget

PAIR_COLUMNS = (
    Column("A", 24),
    Column("B", 24),
    Column("Flows", 7),
    Column("Bytes", 9),
    Column("Encrypted", 9),
    Column("Unencrypted", 28),
    Column("Blamed", 20),
)


FLOW_PROMPT = "Flow logs to read: a PT1H.json, a folder of downloaded blobs, or a flow log's resource id"


def flow_access(target: LiveTarget) -> LiveAccess:
    """A flow log read live with the Azure the rehearse screen uses (`planner tui --cloud/--arm-endpoint/...`)."""
    return LiveAccess(target.credential, None, target.cloud, target.arm_endpoint)


@dataclass(frozen=True)
class FlowInputs:
    """What the view reads: the sources, the estate and plan in the workbench, and where Azure is."""

    sources: Sequence[str]
    inventory: Inventory
    plan: Plan
    plan_file: Path | None  # the plan written with ctrl+s for this digest: its journal dates the starts
    live: Callable[[], LiveAccess] | None = None
    transient: int = DEFAULT_TRANSIENT_MINUTES


def build(inputs: FlowInputs) -> tuple[FlowReport, list[str]]:
    """Read the sources and judge them (in a worker thread): the report and the notes of reading live."""
    journal: JournalState | None = None
    if inputs.plan_file is not None and default_path(inputs.plan_file).exists():
        journal = read_journal(default_path(inputs.plan_file))
    window = Window()
    opened = open_sources(inputs.sources, window=window, live=inputs.live)
    # One process: forking worker processes from the app's threads could deadlock them (a lock held at the fork).
    flows = parse_blobs(iter(opened.blobs), window=window)
    report = build_report(
        flows, inputs.inventory, inputs.plan, journal, window, inputs.transient, series=inputs.plan.meta.series
    )
    return report, opened.notes


def summary_text(report: FlowReport, notes: Sequence[str] = ()) -> Text:
    t = report.totals
    out = Text()
    out.append("Proof from flow logs", style="bold")
    out.append(
        f"  {t['blobs']} file(s), {t['records']} record(s) ({t['duplicate_records']} seen before), "
        f"{t['rows_read']} row(s)\n"
    )
    covered = f"{report.covered_from} .. {report.covered_until}" if report.covered_from else "nothing"
    out.append(f"window: {report.window}; rows cover {covered}\n", style="dim")
    out.append(f"judged against: {report.scope}; transient period {report.transient_minutes} min\n", style="dim")
    share = f"{100 * t['encrypted_rows'] / t['flow_rows']:.1f}%" if t["flow_rows"] else "-"
    out.append(
        f"{t['pairs']} pair(s), {t['flows']} flow(s), {data_size(t['bytes'])}, encrypted {share} of flow rows, "
        f"{t['denied_rows']} denied row(s) (not traffic)\n"
    )
    failing = report.failing
    if failing:
        out.append(f"{len(failing)} migrated VM(s) still unencrypted after the transient period: verify fails\n",
                   style="bold red")
    else:
        out.append("no migrated VM shows unencrypted traffic after its transient period\n", style="green")
    for flag in report.flags:
        label = "MIGRATED, STILL UNENCRYPTED" if flag.kind == "migrated" else "candidate (outside the plan)"
        out.append(f"  {printable(flag.name)}: ", style="bold")
        out.append(label + "\n", style="red" if flag.kind == "migrated" else "yellow")
        for reason in flag.reasons:
            out.append(f"      {printable(reason)}\n")
    if report.codes:
        out.append("codes seen: ", style="bold")
        out.append(printable("; ".join(f"{c} {n} ({report.meanings[c]})" for c, n in report.codes.items())) + "\n")
    for line in (*notes, *report.warnings):
        out.append(f"note: {printable(line)}\n", style="yellow")
    return out


def pair_cells(row: PairRow) -> tuple[Cell, ...]:
    share = row.encrypted_share
    unencrypted = printable(", ".join(f"{c} {n}" for c, n in sorted(row.codes.items()) if c != ENCRYPTED)) or "-"
    tone = "blocked" if row.late_rows else ("needs-changes" if unencrypted != "-" else "compliant")
    return (
        (printable(row.a.name), "name"),
        (printable(row.b.name), "name"),
        (str(row.flows), "text"),
        (data_size(row.bytes), "text"),
        ("-" if share is None else f"{100 * share:.0f}%", tone),
        (unencrypted, tone if unencrypted != "-" else "dim"),
        (printable(", ".join(row.blamed)) or "-", "blocked" if row.blamed else "dim"),
    )


def pair_detail(row: PairRow, report: FlowReport) -> Text:
    out = Text()
    out.append(f"{printable(row.a.name)} ↔ {printable(row.b.name)}", style="bold")
    out.append(f"  ({row.a.kind} / {row.b.kind})\n")
    out.append(f"{row.flows} flow(s) begun, {row.rows} flow row(s), {data_size(row.bytes)}, {row.denied} denied\n")
    for code, n in sorted(row.codes.items()):
        out.append(f"  {printable(code):<20} {n:>7}  {printable(report.meanings.get(code, ''))}\n")
    if row.late_rows:
        out.append(
            f"{row.late_rows} unencrypted row(s) after the transient period, blamed on {printable(', '.join(row.blamed))}\n",
            style="red",
        )
    return out


class FlowsRead(Message):
    def __init__(self, report: FlowReport | None, notes: list[str], error: str | None = None) -> None:
        super().__init__()
        self.report = report
        self.notes = notes
        self.error = error


class FlowLogView(ModalScreen[None]):
    DEFAULT_CSS = """
    FlowLogView { align: center middle; }
    FlowLogView > Vertical { width: 96%; height: 94%; border: round $accent; background: $surface; }
    FlowLogView #flow-summary-box { height: auto; max-height: 45%; padding: 0 1; }
    FlowLogView #flow-pair { height: auto; max-height: 8; padding: 0 1; border-top: solid $panel; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Close", id="flowlogs.close")]

    def __init__(self, inputs: FlowInputs) -> None:
        super().__init__()
        self.inputs = inputs
        self.report: FlowReport | None = None
        self.error: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll(id="flow-summary-box"):
                yield Static(f"reading flow logs: {printable(', '.join(self.inputs.sources))} ...", id="flow-summary")
            yield VirtualTable(PAIR_COLUMNS, self._cells, id="flow-pairs")
            yield Static(id="flow-pair")
        yield Footer()

    def on_mount(self) -> None:
        inputs = self.inputs

        def work() -> None:
            try:
                report, notes = build(inputs)
            except PlannerError as exc:
                self.post_message(FlowsRead(None, [], str(exc)))
            except Exception as exc:  # the worker always ends on the screen
                self.post_message(FlowsRead(None, [], f"{type(exc).__name__}: {exc}"))
            else:
                self.post_message(FlowsRead(report, notes))

        self.run_worker(work, thread=True, group="flowlogs", exit_on_error=False)

    def on_flows_read(self, message: FlowsRead) -> None:
        summary = self.query_one("#flow-summary", Static)
        if message.report is None:
            self.error = message.error
            summary.update(Text(f"cannot read the flow logs: {printable(message.error or '')}", style="bold red"))
            return
        self.report = message.report
        summary.update(summary_text(message.report, message.notes))
        table = self.query_one("#flow-pairs", VirtualTable)
        table.set_keys([str(i) for i in range(len(message.report.pairs))])
        table.focus()
        self._show(table.cursor_key)

    def _cells(self, row_key: str) -> tuple[Cell, ...]:
        assert self.report is not None
        return pair_cells(self.report.pairs[int(row_key)])

    def on_virtual_table_highlighted(self, event: VirtualTable.Highlighted) -> None:
        self._show(event.key)

    def _show(self, row_key: str | None) -> None:
        if self.report is None or row_key is None:
            return
        self.query_one("#flow-pair", Static).update(pair_detail(self.report.pairs[int(row_key)], self.report))
