"""The command palette's domain commands (Ctrl+P): export the plan, filter by verdict, jump to a wave, exclude
the selected VM, open a VNet, and every other action of the app by its words."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.widgets import Input, TabbedContent

from planner.text import printable
from planner.tui.widgets.table import VirtualTable
from planner.vocabulary import Verdict

if TYPE_CHECKING:
    from planner.tui.app import PlannerApp

Command = tuple[str, str, Callable[[], object]]  # (title, help, what it does)

DISCOVERY_SHOWN = 30


class HasCommands(Protocol):
    def palette_commands(self) -> list[Command]: ...


class PlannerCommands(Provider):
    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app: HasCommands = self.app  # type: ignore[assignment]
        for title, help_text, run in app.palette_commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), run, text=title, help=help_text)

    async def discover(self) -> Hits:
        app: HasCommands = self.app  # type: ignore[assignment]
        for title, help_text, run in app.palette_commands()[:DISCOVERY_SHOWN]:
            yield DiscoveryHit(title, run, text=title, help=help_text)


def domain_commands(app: PlannerApp) -> list[Command]:
    """The app's own commands: its actions by their words, a filter per verdict, every wave and VNet."""
    out: list[Command] = [
        ("Write the plan (export)", "ctrl+s: the executable TOML plan", app.action_write_plan),
        (
            "Save decisions",
            "to the --decisions file (default decisions.toml)",
            app.action_save_decisions,
        ),
        ("Exclude or include the selected VM", "space", app.action_toggle_exclude),
        ("Exclude or include the selected VM's VNet", "n", app.action_toggle_vnet),
        ("Choose the selected VM's target size", "t", app.action_target),
        ("Edit budgets", "b: max parallel, max unavailable, whole-set outages", app.action_budgets),
        ("Proof from flow logs", "f: per VM pair, encrypted or not and why", app.action_flow_logs),
        ("Undo the last decision", "u", app.action_undo),
        ("Redo", "ctrl+r", app.action_redo),
        ("Allow smaller sizes (toggle)", "a", app.action_allow_smaller),
        ("Switch the supported-series list", "s: baseline / extended", app.action_series),
        ("Clear the filter", "escape", app.action_clear),
    ]
    for verdict in Verdict:
        out.append(
            (
                f"Filter: {verdict.value}",
                f"VMs whose verdict is {verdict.value}",
                _filter_by(app, verdict),
            )
        )
    if app.schedule is not None:
        for w in app.schedule.waves:
            out.append((f"Go to wave {w.index}", w.title, _go_to_wave(app, w.index)))
    if app.inventory is not None:
        for vk, vnet in sorted(app.inventory.vnets.items(), key=lambda kv: kv[1].name.lower()):
            out.append(
                (f"Open VNet {printable(vnet.name)}", f"{vnet.location}: its VMs", _opener(app, vk))
            )
    return out


def _filter_by(app: PlannerApp, verdict: Verdict) -> Callable[[], None]:
    def run() -> None:
        app.action_filter()
        app.query_one("#filter", Input).value = f"verdict:{verdict.value}"
        app.query_one("#vm-table", VirtualTable).focus()

    return run


def _go_to_wave(app: PlannerApp, index: int) -> Callable[[], None]:
    def run() -> None:
        app.query_one(TabbedContent).active = "waves"
        app.query_one("#wave-table", VirtualTable).move_to(str(index))

    return run


def _opener(app: PlannerApp, vnet_key: str) -> Callable[[], None]:
    return lambda: app.open_vnet(vnet_key)
