"""Choosing a VM's (or scale set's) target size from its valid candidates, or going back to the proposal."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from planner.analysis.results import Candidates
from planner.text import printable

PROPOSAL = "\0proposal"  # the option that unpins


class ChooseTarget(ModalScreen[str | None]):
    """Dismissed with a size, PROPOSAL (unpin), or None (cancelled)."""

    DEFAULT_CSS = """
    ChooseTarget { align: center middle; }
    ChooseTarget > Vertical { width: 72; max-height: 80%; height: auto; border: round $accent; background: $surface;
        padding: 0 1; }
    ChooseTarget OptionList { height: auto; max-height: 20; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel", id="target.cancel")]

    def __init__(self, name: str, candidates: Candidates, current: str | None, pinned: bool) -> None:
        super().__init__()
        self.vm_name = name
        self.candidates = candidates
        self.current = current
        self.pinned = pinned

    def compose(self) -> ComposeResult:
        options: list[Option] = [
            Option(
                "Back to planner's proposal" + ("" if self.pinned else "  (current)"),
                id=PROPOSAL,
            )
        ]
        for s in self.candidates.valid:
            mark = "  ← current" if self.current and s.name.lower() == self.current.lower() else ""
            options.append(
                Option(f"{s.name:<26}{s.vcpus:>4} vCPU {s.memory_gib:>7g} GiB  {s.series}{mark}", id=s.name)
            )
        with Vertical():
            yield Label(f"Target size for [b]{printable(self.vm_name)}[/b] (valid candidates, best first)")
            yield OptionList(*options, id="target-options")
            yield Label("[dim]Enter picks, Escape cancels. Quota is checked when the analysis runs.[/dim]")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        if self.pinned and self.current:
            for i, s in enumerate(self.candidates.valid, 1):
                if s.name.lower() == self.current.lower():
                    options.highlighted = i

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
