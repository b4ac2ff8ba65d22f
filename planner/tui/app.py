"""`planner tui`: the operator's workbench. VMs, VNets, waves and the plan, with decisions taken in place.

The app composes the screens and turns keys into requests; every call on the Session runs on the session thread
(`planner.tui.worker`) and comes back as a message (`planner.tui.messages`), so the screen never freezes. What a
row, a detail pane or a wave shows is worked out in `rows`, `tables` and `details` from the Session's results.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar

from rich.syntax import Syntax
from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, VerticalScroll
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widgets import Footer, Input, Label, Static, TabbedContent, TabPane

from planner.analysis.decisions import Decisions
from planner.analysis.results import Analysis, Candidates
from planner.inventory import load_inventory
from planner.model import Inventory, key
from planner.plan.policy import Policy
from planner.sequencing.schedule import Schedule
from planner.session import (
    AllowSmaller,
    Change,
    Exclude,
    Include,
    Pin,
    Session,
    Unpin,
    UseSeries,
)
from planner.text import duration, printable, short_name
from planner.topology import Topology
from planner.tui import messages as m
from planner.tui.commands import Command, PlannerCommands, domain_commands
from planner.tui.details import vm_detail, vnet_detail, wave_detail
from planner.tui.keymap import KeymapError, keymap_path, load_keymap
from planner.tui.rows import VM_COLUMNS, SearchIndex, VmRows, narrows, verdict_counts
from planner.tui.screens.budgets import EditBudgets
from planner.tui.screens.failed import LoadFailedScreen
from planner.tui.screens.flows import FLOW_PROMPT, FlowInputs, FlowLogView, flow_access
from planner.tui.screens.help import Help
from planner.tui.screens.rehearse import RehearseScreen, Sources
from planner.tui.screens.save import AskPath, Confirm
from planner.tui.screens.target import PROPOSAL, ChooseTarget
from planner.tui.tables import VNET_COLUMNS, WAVE_COLUMNS, vnet_cells, wave_cells
from planner.tui.widgets.filter import FilterInput
from planner.tui.widgets.table import VirtualTable
from planner.tui.workbench import PlanPreview, Workbench
from planner.tui.worker import SessionThread
from planner.vocabulary import Verdict

if TYPE_CHECKING:
    from planner.execute.rehearse import LiveTarget
    from planner.sim.store import ArmStore

TABS = ("vms", "vnets", "waves", "plan")

_Handler = TypeVar("_Handler", bound=Callable[..., None])


def while_shown(handler: _Handler) -> _Handler:
    """For the session thread's messages: one that arrives while the app is closing finds its widgets gone, and
    is dropped rather than raising."""

    @functools.wraps(handler)
    def run(self: PlannerApp, *event: object) -> None:
        try:
            handler(self, *event)
        except NoMatches:
            if self.is_running and not self._exit_requested:
                raise

    return run  # type: ignore[return-value]
DETAIL_DELAY = 0.08  # seconds the cursor rests before the detail pane follows it
TYPING_DELAY = 0.4  # the same while a filter is being typed: each keystroke moves the cursor
FRAME = 1 / 40  # seconds the session thread steps aside after new results, so that the screen shows them


class PlannerApp(App[int]):
    CSS_PATH = "planner.tcss"
    TITLE = "planner"
    COMMANDS = App.COMMANDS | {PlannerCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (150, "-wide")]  # noqa: RUF012 - Textual reads it as declared

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("escape", "clear", "Clear filter", show=False, id="clear"),
        Binding("1", "tab('vms')", "VMs", show=False, id="tab.vms"),
        Binding("2", "tab('vnets')", "VNets", show=False, id="tab.vnets"),
        Binding("3", "tab('waves')", "Waves", show=False, id="tab.waves"),
        Binding("4", "tab('plan')", "Plan", show=False, id="tab.plan"),
        Binding("t", "target", "Target", id="decide.target"),
        Binding("space", "toggle_exclude", "Exclude", id="decide.exclude"),
        Binding("n", "toggle_vnet", "Exclude VNet", show=False, id="decide.exclude-vnet"),
        Binding("a", "allow_smaller", "Smaller sizes", show=False, id="decide.allow-smaller"),
        Binding("s", "series", "Series list", show=False, id="decide.series"),
        Binding("u", "undo", "Undo", id="decide.undo"),
        Binding("ctrl+r", "redo", "Redo", show=False, id="decide.redo"),
        Binding("d", "save_decisions", "Save decisions", show=False, id="decisions.save"),
        Binding("b", "budgets", "Budgets", id="waves.budgets"),
        Binding("ctrl+s", "write_plan", "Write plan", id="plan.write"),
        Binding("r", "rehearse", "Rehearse", id="rehearse"),
        Binding("f", "flow_logs", "Flow logs", show=False, id="flowlogs"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(
        self,
        *,
        inventory: Path | None = None,
        loaded: Inventory | None = None,
        session: Session | None = None,
        decisions: Decisions | None = None,
        policy: Policy | None = None,
        decisions_file: Path | None = None,
        policy_file: Path | None = None,
        out: Path | None = None,
        usage_location: str | None = None,
        allow_incomplete: bool = False,
        origin: str | None = None,
        live: Callable[[], LiveTarget] | None = None,
        flow_sources: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.inventory_path = inventory
        self._loaded = loaded
        self._given = session
        self.start_decisions = decisions
        self.start_policy = policy
        self.decisions_file = decisions_file
        self.policy_file = policy_file
        self.out = out
        self.usage_location = usage_location
        self.allow_incomplete = allow_incomplete
        self.origin = origin or (str(inventory) if inventory else "the inventory")
        self.live = live  # Azure for the rehearse screen (None: `planner tui` was given no Azure target)
        self.written: dict[str, Path] = {}  # digest -> the plan file last written with it
        self.flow_sources = list(flow_sources)  # `--flow-logs`, or what `f` asked for
        self.sim_speed = (0.02, 0.25)  # the rehearsal simulator's time scale and poll interval (tests go faster)
        self.session_thread = SessionThread(self.post_message)
        self.inventory: Inventory | None = None
        self.workbench: Workbench | None = None
        self.topology: Topology | None = None
        self.rows: VmRows | None = None
        self.analysis: Analysis | None = None
        self.schedule: Schedule | None = None
        self.index: SearchIndex | None = None
        self.counts: dict[str, int] = {}
        self.candidates: dict[str, Candidates | None] = {}
        self.preview: PlanPreview | None = None
        self.state = "loading"
        self.scope: str | None = None  # a VNet key the VM table is limited to
        self._filter: tuple[str, list[int]] | None = None  # (query, matching rows) of the last filter
        self._want_target: str | None = None
        self._group_names: dict[str, str] = {}
        self.timings: dict[str, float] = {}  # perf_counter marks, read by the bench and tests
        self.keymap_problem: str | None = None
        self.user_keymap: dict[str, str] = {}
        self._exit_requested = False
        self._detail_timer: Timer | None = None

    # --- layout ---------------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with TabbedContent(initial="vms", id="tabs"):
            with TabPane("VMs [1]", id="vms"):
                with Horizontal(id="filter-bar"):
                    yield Label("", id="scope")
                    yield FilterInput(
                        lambda _: self._apply_filter(),
                        placeholder="filter: words, or name: rg: vnet: size: verdict: code: action: wave:",
                        id="filter",
                    )
                with Container(classes="pane"):
                    yield VirtualTable(VM_COLUMNS, self._vm_cells, id="vm-table")
                    with VerticalScroll(classes="detail"):
                        yield Static(id="vm-detail")
            with TabPane("VNets [2]", id="vnets"), Container(classes="pane"):
                yield VirtualTable(VNET_COLUMNS, self._vnet_cells, id="vnet-table")
                with VerticalScroll(classes="detail"):
                    yield Static(id="vnet-detail")
            with TabPane("Waves [3]", id="waves"):
                yield Static(id="waves-summary")
                with Container(classes="pane"):
                    yield VirtualTable(WAVE_COLUMNS, self._wave_cells, id="wave-table")
                    with VerticalScroll(classes="detail"):
                        yield Static(id="wave-detail")
            with TabPane("Plan [4]", id="plan"):
                yield Static(id="plan-status")
                with VerticalScroll(id="plan-scroll"):
                    yield Static(id="plan-text")
        yield Footer()

    def on_mount(self) -> None:
        self._load_keymap()
        self.query_one("#filter-bar").display = False
        self._status()
        if self._given is not None:
            self._start_with(self._given)
        elif self._loaded is not None:
            inv = self._loaded
            self.post_message(m.InventoryLoaded(inv, time.perf_counter()))
            self.session_thread.submit("session", lambda: self._open(inv))
        else:
            self.session_thread.submit("load", self._load)

    def on_unmount(self) -> None:
        self._exit_requested = True
        self.session_thread.stop()

    def _load_keymap(self) -> None:
        known = {b.id for b in self._all_bindings() if b.id}
        try:
            self.user_keymap = load_keymap(keymap_path(), known)
            self.set_keymap(self.user_keymap)
        except KeymapError as exc:
            self.keymap_problem = str(exc)
            self.notify(f"{exc}; using the default keys", severity="warning", timeout=10)

    # --- the session thread's work --------------------------------------------------------------------------

    def _load(self) -> None:
        assert self.inventory_path is not None
        post = self.post_message

        def progress(what: str, count: int) -> None:
            post(m.Progress(what, count))

        inv = load_inventory(
            self.inventory_path,
            usage_location=self.usage_location,
            progress=progress,
            allow_incomplete=self.allow_incomplete,
        )
        if inv.errors():
            post(
                m.LoadFailed(
                    f"{self.inventory_path}: input has errors; nothing can be planned from it", inv.problems
                )
            )
            return
        post(m.InventoryLoaded(inv, time.perf_counter()))
        self._open(inv)

    def _open(self, inv: Inventory) -> None:
        """(session thread) Rows can show; index them, build the Session and analyse."""
        self.post_message(m.IndexReady(SearchIndex.build(inv, None, None, None)))
        session = Session(
            inv, source=self.inventory_path, decisions=self.start_decisions, policy=self.start_policy
        )
        self._analyse(session)

    def _start_with(self, session: Session) -> None:
        self.post_message(m.InventoryLoaded(session.inventory, time.perf_counter()))
        self.session_thread.submit("analysis", lambda: self._analyse(session))

    def _analyse(self, session: Session) -> None:
        """(session thread) Session built: topology, then analysis, then waves, then the search index."""
        wb = Workbench(
            session, decisions_file=self.decisions_file, policy_file=self.policy_file, out=self.out
        )
        self.post_message(m.SessionReady(wb, session.topology))
        self._after_decision(wb, session.analysis, None)

    def _after_decision(self, wb: Workbench, analysis: Analysis, note: str | None) -> None:
        """(session thread) Post the analysis, then the waves, then the search index."""
        post = self.post_message
        post(m.AnalysisReady(analysis, note))
        # Let the UI thread paint the new rows before the waves take the interpreter for tens of milliseconds
        # (both run Python: the GIL goes to one at a time).
        time.sleep(FRAME)
        post(m.CountsReady(verdict_counts(analysis)))
        schedule = wb.session.waves()
        post(m.WavesReady(schedule))
        post(
            m.IndexReady(
                SearchIndex.build(wb.session.inventory, wb.session.topology, analysis, schedule, self.index)
            )
        )

    def _submit_decision(self, what: str, run: Callable[[Workbench], Analysis | None], note: str) -> None:
        wb = self.workbench
        if wb is None:
            self.notify("the analysis is not ready yet", severity="warning")
            return
        self.timings["decision_asked"] = time.perf_counter()

        def job() -> None:
            analysis = run(wb)
            if analysis is None:
                self.post_message(m.JobFailed(what, "nothing to " + what))
                return
            self._after_decision(wb, analysis, note)

        self._set_state("re-analysing")
        self.session_thread.submit(what, job)

    def decide(self, change: Change, note: str) -> None:
        self._submit_decision("decide", lambda wb: wb.decide(change), note)

    # --- messages from the session thread -------------------------------------------------------------------

    @while_shown
    def on_progress(self, event: m.Progress) -> None:
        self._set_state(f"loading: {event.what} {event.count}")

    @while_shown
    def on_load_failed(self, event: m.LoadFailed) -> None:
        self.push_screen(LoadFailedScreen(event.message, event.problems))

    @while_shown
    def on_inventory_loaded(self, event: m.InventoryLoaded) -> None:
        self.timings["inventory"] = event.started
        self.inventory = event.inventory
        self.rows = VmRows(event.inventory)
        self.query_one("#vm-table", VirtualTable).set_keys(self.rows.keys)
        self.query_one("#vnet-table", VirtualTable).set_keys(sorted(event.inventory.vnets))
        self._set_state("analysing")

    @while_shown
    def on_session_ready(self, event: m.SessionReady) -> None:
        self.workbench = event.workbench
        self.topology = event.topology
        if self.rows is not None:
            self.rows.set_topology(event.topology)
        self.query_one("#vm-table", VirtualTable).refresh_rows()

    @while_shown
    def on_analysis_ready(self, event: m.AnalysisReady) -> None:
        self.timings["analysis_shown"] = time.perf_counter()
        self.analysis = event.analysis
        if self.rows is not None:
            self.rows.analysis = event.analysis
        table = self.query_one("#vm-table", VirtualTable)
        table.refresh_rows()
        self.timings["analysis_version"] = table.version
        self.query_one("#vnet-table", VirtualTable).refresh_rows()
        self._set_state("sequencing")
        # The rows first; the detail panes in the next frame (they cost more to paint than the table).
        self.call_after_refresh(self._show_vm_detail)
        self.call_after_refresh(self._show_vnet_detail)
        if event.note:
            self.notify(event.note, timeout=3)

    @while_shown
    def on_counts_ready(self, event: m.CountsReady) -> None:
        self.counts = event.counts
        self._status()

    @while_shown
    def on_waves_ready(self, event: m.WavesReady) -> None:
        self.timings["waves_shown"] = time.perf_counter()
        self.schedule = event.schedule
        if self.rows is not None:
            self.rows.schedule = event.schedule
        if self.workbench is not None:
            groups = self.workbench.session.planner.groups.groups
            self._group_names = {gk: g.name for gk, g in groups.items()}
        self.query_one("#vm-table", VirtualTable).refresh_rows()
        self.query_one("#wave-table", VirtualTable).set_keys([str(w.index) for w in event.schedule.waves])
        self._show_waves_summary()
        self._show_vm_detail()
        self.preview = None
        if self._tab() == "plan":
            self._request_preview()
        self._set_state("ready")

    @while_shown
    def on_index_ready(self, event: m.IndexReady) -> None:
        self.index = event.index
        self._filter = None
        self._apply_filter()

    @while_shown
    def on_candidates_ready(self, event: m.CandidatesReady) -> None:
        self.candidates[event.key] = event.candidates
        if event.key == self._want_target:
            self._want_target = None
            self._choose_target(event.key)
        if event.key == self._vm_key():
            self._show_vm_detail()

    @while_shown
    def on_preview_ready(self, event: m.PreviewReady) -> None:
        self.preview = event.preview
        self._show_preview()

    @while_shown
    def on_plan_written(self, event: m.PlanWritten) -> None:
        self.written[event.plan.digest] = event.path
        steps = sum(len(w.steps) for w in event.plan.waves)
        self.notify(
            f"wrote {event.path}: {len(event.plan.waves)} wave(s), {steps} step(s), digest {event.plan.digest}",
            timeout=10,
        )
        self.query_one("#plan-status", Static).update(
            Text(f"Written to {event.path.resolve()}\ndigest {event.plan.digest}", style="bold green")
        )
        self._set_state("ready")

    @while_shown
    def on_decisions_saved(self, event: m.DecisionsSaved) -> None:
        self.notify(f"decisions saved to {event.path}", timeout=5)

    @while_shown
    def on_job_failed(self, event: m.JobFailed) -> None:
        self.notify(printable(event.message), title=f"{event.what} failed", severity="error", timeout=10)
        self._set_state("ready" if self.schedule is not None else self.state)

    # --- status and panes -----------------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        self._status()

    def _status(self) -> None:
        text = Text()
        text.append("planner ", style="bold")
        if self.state != "ready":
            text.append(f"[{self.state}…] ", style="bold cyan")
        if self.inventory is not None:
            text.append(f"{len(self.inventory.vms):,} VMs │ ")
        if self.counts:
            for word, style in (
                (Verdict.COMPLIANT, "green"),
                (Verdict.NEEDS_CHANGES, "yellow"),
                (Verdict.BLOCKED, "red"),
                (Verdict.EXCLUDED, "dim"),
            ):
                text.append(f"{self.counts.get(word, 0):,} {word.value.replace('-', ' ')}  ", style=style)
        if self.schedule is not None:
            text.append(f"│ {len(self.schedule.waves)} waves (bound {self.schedule.lower_bound}) ")
        if self.analysis is not None:
            d = self.analysis.decisions
            text.append(f"│ {d.series}")
            if d.pins or d.exclude_vms or d.exclude_vnets:
                text.append(f", {len(d.pins)} pinned, {len(d.exclude_vms) + len(d.exclude_vnets)} excluded")
            if d.allow_smaller:
                text.append(", smaller allowed")
        text.append(f" │ {printable(self.origin)}", style="dim")
        self.query_one("#status", Static).update(text)

    def _vm_cells(self, k: str) -> tuple[tuple[str, str], ...]:
        assert self.rows is not None
        return self.rows.cells(k)

    def _vnet_cells(self, k: str) -> tuple[tuple[str, str], ...]:
        assert self.inventory is not None
        return vnet_cells(self.inventory, self.analysis, k)

    def _wave_cells(self, k: str) -> tuple[tuple[str, str], ...]:
        return wave_cells(self.schedule, self._group_names, k)

    def _vm_key(self) -> str | None:
        return self.query_one("#vm-table", VirtualTable).cursor_key

    @while_shown
    def _show_vm_detail(self) -> None:
        k = self._vm_key()
        pane = self.query_one("#vm-detail", Static)
        if k is None or self.inventory is None or self.rows is None:
            pane.update("")
            return
        r = self.rows.result(k)
        if r is not None and k not in self.candidates and self.workbench is not None:
            self._request_candidates(k)
        pane.update(
            vm_detail(
                self.inventory, self.topology, self.analysis, self.schedule, k, r, self.candidates.get(k)
            )
        )

    def _show_vnet_detail(self) -> None:
        k = self.query_one("#vnet-table", VirtualTable).cursor_key
        pane = self.query_one("#vnet-detail", Static)
        if k is None or self.analysis is None or k not in self.analysis.vnets:
            pane.update("")
            return
        pane.update(vnet_detail(self.analysis, self.analysis.vnets[k]))

    def _show_wave_detail(self) -> None:
        k = self.query_one("#wave-table", VirtualTable).cursor_key
        pane = self.query_one("#wave-detail", Static)
        if k is None or self.schedule is None or self.inventory is None:
            pane.update("")
            return
        pane.update(
            wave_detail(self.inventory, self.schedule, self.schedule.waves[int(k) - 1], self._group_names)
        )

    def _show_waves_summary(self) -> None:
        s = self.schedule
        if s is None or self.workbench is None:
            return
        p = self.workbench.session.policy
        total = sum(w.estimated_seconds for w in s.waves)
        budget = f"{p.max_unavailable}" if p.max_unavailable is not None else "1, or 20% of larger groups"
        text = Text()
        text.append(f"{len(s.waves)} waves", style="bold")
        text.append(f" (lower bound {s.lower_bound}), estimated {duration(total)} in all.  ")
        text.append(
            f"Budgets (b): {p.max_parallel} VMs per wave, {budget} down per group, whole-set outages "
            f"{'allowed' if p.allow_set_outage else 'refused'}"
        )
        if s.unscheduled:
            text.append(
                f"\nWaves {s.unscheduled[0]}..{s.unscheduled[-1]} fit no maintenance window", style="red"
            )
        self.query_one("#waves-summary", Static).update(text)

    def _show_preview(self) -> None:
        p = self.preview
        status = self.query_one("#plan-status", Static)
        if p is None:
            status.update(Text("Preparing the plan preview…", style="bold cyan"))
            self.query_one("#plan-text", Static).update("")
            return
        text = Text()
        if p.problems:
            text.append(f"INVALID: {len(p.problems)} problem(s)\n", style="bold red")
            for problem in p.problems[:10]:
                text.append(f"  {printable(str(problem))}\n", style="red")
        else:
            text.append("valid", style="bold green")
            text.append(f": {len(p.plan.waves)} wave(s), {p.steps} step(s)")
        text.append(f"\ndigest {p.plan.digest}\n")
        where = self.out or Path("plan.toml")
        text.append(
            f"Ctrl+S writes it{' to ' + str(where) if self.out else ' (asks where; default plan.toml)'}."
        )
        status.update(text)
        more = "\n# ... the file goes on" if p.lines > p.text.count("\n") + 1 else ""
        self.query_one("#plan-text", Static).update(
            Syntax(p.text + more, "toml", line_numbers=True, word_wrap=False)
        )

    # --- requests to the session thread ---------------------------------------------------------------------

    def _request_candidates(self, k: str) -> None:
        wb = self.workbench
        if wb is None:
            return
        resource_id = self.inventory.vms[k].id if self.inventory and k in self.inventory.vms else k

        def job() -> None:
            self.post_message(m.CandidatesReady(k, wb.session.candidates(resource_id)))

        self.session_thread.submit("candidates", job, latest="candidates")

    def _request_preview(self) -> None:
        wb = self.workbench
        if wb is None:
            return
        self._show_preview()
        self.session_thread.submit(
            "preview", lambda: self.post_message(m.PreviewReady(wb.preview())), latest="preview"
        )

    # --- events ---------------------------------------------------------------------------------------------

    @on(VirtualTable.Highlighted, "#vm-table")
    def _vm_highlighted(self) -> None:
        # The detail pane follows the cursor once it rests: painting it for every row passed while scrolling or
        # typing a filter would cost more than the table itself.
        if self._detail_timer is not None:
            self._detail_timer.stop()
        typing = isinstance(self.focused, Input)
        self._detail_timer = self.set_timer(TYPING_DELAY if typing else DETAIL_DELAY, self._show_vm_detail)

    @on(VirtualTable.Highlighted, "#vnet-table")
    def _vnet_highlighted(self) -> None:
        self._show_vnet_detail()

    @on(VirtualTable.Highlighted, "#wave-table")
    def _wave_highlighted(self) -> None:
        self._show_wave_detail()

    @on(VirtualTable.Selected, "#vnet-table")
    def _vnet_selected(self, event: VirtualTable.Selected) -> None:
        self.open_vnet(event.key)

    @on(VirtualTable.Selected, "#vm-table")
    def _vm_selected(self) -> None:
        self.query_one(".detail").focus()

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id
        if pane == "plan" and self.preview is None:
            self._request_preview()
        # Focus follows the tab: a widget left focused in a hidden pane would bring its tab back.
        target = {"vms": "#vm-table", "vnets": "#vnet-table", "waves": "#wave-table", "plan": "#plan-scroll"}
        if pane in target:
            self.query_one(target[pane]).focus()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one("#vm-table", VirtualTable).focus()

    def _tab(self) -> str:
        return self.query_one(TabbedContent).active

    # --- the VM table's view: scope (a VNet) and filter -----------------------------------------------------

    def open_vnet(self, vnet_key: str) -> None:
        """Show the VMs of one VNet in the VM table."""
        self.scope = vnet_key
        bar = self.query_one("#filter-bar")
        bar.display = True
        name = (
            self.inventory.vnets[vnet_key].name
            if self.inventory and vnet_key in self.inventory.vnets
            else vnet_key
        )
        self.query_one("#scope", Label).update(f" VNet {printable(name)} × ")
        self._filter = None
        self._apply_filter()
        self.query_one(TabbedContent).active = "vms"
        self.query_one("#vm-table", VirtualTable).focus()

    def _apply_filter(self) -> None:
        table = self.query_one("#vm-table", VirtualTable)
        if self.rows is None:
            return
        query = self.query_one("#filter", Input).value.strip()
        scoped: list[int] | None = None
        if self.scope is not None and self.topology is not None:
            members = set(self.topology.vnet_vms.get(self.scope, [])) | set(
                self.topology.vnet_sets.get(self.scope, [])
            )
            scoped = [i for i, k in enumerate(self.rows.keys) if k in members]
        if not query or self.index is None:
            table.set_view(range(len(self.rows.keys)) if scoped is None else scoped)
            self._filter = None
            return
        started = time.perf_counter()
        among: list[int] | None = scoped
        if self._filter is not None and narrows(self._filter[0], query):
            among = self._filter[1]  # typing on: only what still matched can match
        found = self.index.matching(query, among)
        self._filter = (query, found)
        table.set_view(found)
        self.timings["filter_ms"] = (time.perf_counter() - started) * 1000

    # --- actions --------------------------------------------------------------------------------------------

    async def action_quit(self) -> None:
        self._exit_requested = True
        await super().action_quit()

    def action_help(self) -> None:
        rows = []
        for b in self._all_bindings():
            if b.id:
                rows.append((self.user_keymap.get(b.id, b.key), b.description, b.id))
        self.push_screen(Help(rows))

    def _all_bindings(self) -> list[Binding]:
        out = [b for b in self.BINDINGS if isinstance(b, Binding)]
        out += [b for b in VirtualTable.BINDINGS if isinstance(b, Binding)]
        out += [b for b in RehearseScreen.BINDINGS if isinstance(b, Binding)]
        return out

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    def action_filter(self) -> None:
        self.query_one(TabbedContent).active = "vms"
        self.query_one("#filter-bar").display = True
        self.query_one("#filter", Input).focus()

    def action_clear(self) -> None:
        field = self.query_one("#filter", Input)
        if field.value or self.scope is not None:
            field.value = ""
            self.scope = None
            self.query_one("#scope", Label).update("")
            self._filter = None
            self._apply_filter()
        self.query_one("#filter-bar").display = False
        self.query_one("#vm-table", VirtualTable).focus()

    def _selected_resource(self) -> tuple[str, str] | None:
        """(key, id) of the VM or scale set under the cursor in the VM table."""
        k = self._vm_key()
        if k is None or self.inventory is None:
            return None
        res = self.inventory.vms.get(k) or self.inventory.scale_sets.get(k)
        return (k, res.id) if res is not None else None

    def action_target(self) -> None:
        picked = self._selected_resource()
        if picked is None or self.rows is None or self.rows.result(picked[0]) is None:
            self.notify("select an analysed VM or scale set first", severity="warning")
            return
        if picked[0] in self.candidates:
            self._choose_target(picked[0])
        else:
            self._want_target = picked[0]
            self._request_candidates(picked[0])

    def _choose_target(self, k: str) -> None:
        c = self.candidates.get(k)
        r = self.rows.result(k) if self.rows else None
        if c is None or r is None or self.inventory is None:
            self.notify("its size is unknown: no candidates", severity="warning")
            return
        res = self.inventory.vms.get(k) or self.inventory.scale_sets[k]

        def chosen(size: str | None) -> None:
            if size is None:
                return
            if size == PROPOSAL:
                if r.pinned:
                    self.decide(Unpin(res.id), f"{res.name}: back to the proposal")
            else:
                self.decide(Pin(res.id, size), f"{res.name}: pinned to {size}")

        self.push_screen(ChooseTarget(res.name, c, r.target_size, r.pinned), chosen)

    def action_toggle_exclude(self) -> None:
        if self._tab() == "vnets":
            self.action_toggle_vnet()
            return
        picked = self._selected_resource()
        if picked is None or self.analysis is None:
            return
        k, rid = picked
        name = short_name(rid)
        if k in self.analysis.decisions.exclude_vms:
            self.decide(Include(rid), f"{name} included again")
        else:
            self.decide(Exclude(rid), f"{name} excluded")

    def action_toggle_vnet(self) -> None:
        if self.analysis is None or self.inventory is None:
            return
        if self._tab() == "vnets":
            vk = self.query_one("#vnet-table", VirtualTable).cursor_key
        else:
            k = self._vm_key()
            ids = self.topology.vnet_ids(k) if k is not None and self.topology is not None else ()
            vk = key(ids[0]) if ids else None
        if vk is None or vk not in self.inventory.vnets:
            self.notify("no VNet selected", severity="warning")
            return
        vnet = self.inventory.vnets[vk]
        if vk in self.analysis.decisions.exclude_vnets:
            self.decide(Include(vnet.id), f"VNet {vnet.name} included again")
        else:
            self.decide(Exclude(vnet.id), f"VNet {vnet.name} excluded")

    def action_allow_smaller(self) -> None:
        if self.analysis is not None:
            allowed = not self.analysis.decisions.allow_smaller
            self.decide(
                AllowSmaller(allowed), "smaller sizes allowed" if allowed else "smaller sizes not allowed"
            )

    def action_series(self) -> None:
        if self.analysis is not None:
            series = "baseline" if self.analysis.decisions.series == "extended" else "extended"
            self.decide(UseSeries(series), f"supported-series list: {series}")

    def action_undo(self) -> None:
        self._submit_decision("undo", lambda wb: wb.undo(), "undone")

    def action_redo(self) -> None:
        self._submit_decision("redo", lambda wb: wb.redo(), "redone")

    def action_save_decisions(self) -> None:
        wb = self.workbench
        if wb is None:
            return
        self.session_thread.submit(
            "save decisions", lambda: self.post_message(m.DecisionsSaved(wb.save_decisions()))
        )

    def action_budgets(self) -> None:
        wb = self.workbench
        if wb is None:
            return

        def apply(policy: Policy | None) -> None:
            if policy is None:
                return

            def job() -> None:
                wb.set_policy(policy)
                self.post_message(m.WavesReady(wb.session.waves()))

            self._set_state("sequencing")
            self.session_thread.submit("budgets", job)

        self.push_screen(EditBudgets(wb.session.policy), apply)

    def action_write_plan(self) -> None:
        wb = self.workbench
        if wb is None or self.schedule is None:
            self.notify("the plan is not ready yet", severity="warning")
            return
        if self.out is not None:
            self._write_plan(wb, self.out)
            return

        def asked(path: Path | None) -> None:
            if path is None:
                return
            if path.exists():
                self.push_screen(
                    Confirm(f"{path} exists. Replace it?"),
                    lambda yes: self._write_plan(wb, path) if yes else None,
                )
            else:
                self._write_plan(wb, path)

        self.push_screen(AskPath("Write the plan to:", Path("plan.toml")), asked)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The workbench's keys act on the workbench only: over the rehearse screen (or a dialog), only help and
        quit stay."""
        return not (isinstance(self.screen, RehearseScreen) and action not in ("help", "quit", "command_palette"))

    def action_rehearse(self) -> None:
        wb = self.workbench
        if wb is None or self.schedule is None:
            self.notify("the plan is not ready yet", severity="warning")
            return
        self._set_state("making the plan to rehearse")
        self.session_thread.submit("rehearse", lambda: self.post_message(m.RehearsalPlan(wb.session.plan())))

    def on_rehearsal_plan(self, event: m.RehearsalPlan) -> None:
        self._set_state("ready")
        inv = self.inventory
        assert inv is not None

        def store() -> ArmStore:
            from planner.sim.from_model import store_from_inventory

            return store_from_inventory(inv)

        scale, poll = self.sim_speed
        self.push_screen(RehearseScreen(event.plan, Sources(store, self.live, self.written.get, scale, poll)))

    def action_flow_logs(self) -> None:
        wb = self.workbench
        if wb is None or self.schedule is None:
            self.notify("the plan is not ready yet", severity="warning")
            return
        if not self.flow_sources:
            self.push_screen(AskPath(FLOW_PROMPT, Path("."), verb="reads"), self._flow_source_given)
            return
        self._set_state("making the plan the flow logs are judged against")
        self.session_thread.submit("flow logs", lambda: self.post_message(m.FlowPlan(wb.session.plan())))

    def _flow_source_given(self, path: Path | None) -> None:
        if path is not None:
            self.flow_sources = [str(path)]
            self.action_flow_logs()

    def on_flow_plan(self, event: m.FlowPlan) -> None:
        self._set_state("ready")
        assert self.inventory is not None
        make = self.live
        live = (lambda: flow_access(make())) if make is not None else None
        inputs = FlowInputs(self.flow_sources, self.inventory, event.plan, self.written.get(event.plan.digest), live)
        self.push_screen(FlowLogView(inputs))

    def _write_plan(self, wb: Workbench, path: Path) -> None:
        self._set_state(f"writing {path}")
        self.session_thread.submit(
            "write the plan", lambda: self.post_message(m.PlanWritten(path, wb.write_plan(path)))
        )

    # --- the command palette --------------------------------------------------------------------------------

    def palette_commands(self) -> list[Command]:
        return domain_commands(self)
