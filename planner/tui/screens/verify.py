"""The verify view: per VNet and per VM (and scale set) whether encryption is in effect, with what is still
missing for each, from `planner verify`'s logic (`planner.execute.verify`)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from planner.execute.verify import VerifyReport
from planner.tui.board import verify_text


class VerifyView(ModalScreen[None]):
    DEFAULT_CSS = """
    VerifyView { align: center middle; }
    VerifyView > VerticalScroll { width: 90%; height: 90%; border: round $accent; background: $surface; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Close", id="verify.close")]

    def __init__(self, report: VerifyReport) -> None:
        super().__init__()
        self.report = report

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(verify_text(self.report), id="verify-text")
        yield Footer()
