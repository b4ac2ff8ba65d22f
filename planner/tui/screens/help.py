"""Help (`?`): every key, with the binding id a keymap can remap, and how the filter reads."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from planner.tui.keymap import keymap_path

FILTER_HELP = (
    "Filter (/): every word must match. A bare word matches name, resource group, VNet, sizes, verdict, codes and "
    "actions; name:, rg:, vnet:, size:, verdict:, code:, action: look in one field; wave:12 is wave 12 exactly "
    "(wave:manual, wave:'left out' too). Escape clears."
)


class Help(ModalScreen[None]):
    DEFAULT_CSS = """
    Help { align: center middle; }
    Help > VerticalScroll { width: 96; max-width: 100%; height: 90%; border: round $accent; background: $surface;
        padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        """rows: (keys, what it does, binding id)."""
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        text = Text()
        text.append("Keys\n\n", style="bold")
        for keys, what, binding_id in self.rows:
            text.append(f"  {keys:<16}", style="bold")
            text.append(f"{what:<46}")
            text.append(f"{binding_id}\n", style="dim")
        text.append(f"\n{FILTER_HELP}\n", style="")
        text.append(f'\nRemap any key in {keymap_path()}:\n  [keys]\n  "decide.exclude" = "x"\n', style="dim")
        text.append(
            "\nCtrl+P opens the command palette: export, filter by verdict, jump to a wave, open a VNet.\n"
        )
        with VerticalScroll():
            yield Static(text)
