"""A virtual table: 100,000 rows painted as fast as 40.

In the style of Textualize/toolong's `LogLines`: a `ScrollView` that paints only the lines on screen
(`render_line`), rows kept as keys with their cells made on demand by the owner, the view a list of row positions
(what a filter leaves), an LRU cache of painted `Strip`s keyed by row, and a cursor kept by row key so that it
survives a filter. The stock DataTable measures every cell of every row before its first paint, which freezes an app
for seconds at this size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from time import perf_counter
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from planner.tui.rows import Cell, Column

TONES = (
    "name",
    "text",
    "dim",
    "warning",
    "pinned",
    "compliant",
    "needs-changes",
    "blocked",
    "excluded",
    "ready",
)


def fit(text: str, width: int) -> str:
    """`text` padded or cut to exactly `width` cells, an ellipsis marking a cut."""
    if text.isascii():  # one cell a character: no need to measure (the common case, per cell painted)
        return text.ljust(width) if len(text) <= width else text[: max(width - 1, 0)] + "…"
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, max(width - 1, 0)) + "…"


class VirtualTable(ScrollView, can_focus=True):
    """Rows by key; `cells(key)` gives a row's cells, one per column."""

    DEFAULT_CSS = """
    VirtualTable {
        background: $surface;
        color: $foreground;
        height: 1fr;
    }
    VirtualTable > .vtable--header { text-style: bold; background: $panel; color: $foreground; }
    VirtualTable > .vtable--cursor { background: $block-cursor-blurred-background; }
    VirtualTable:focus > .vtable--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    VirtualTable > .vtable--name { text-style: bold; }
    VirtualTable > .vtable--text { }
    VirtualTable > .vtable--dim { color: $text-muted; }
    VirtualTable > .vtable--warning { color: $text-warning; }
    VirtualTable > .vtable--pinned { color: $text-accent; text-style: bold; }
    VirtualTable > .vtable--compliant { color: $text-success; }
    VirtualTable > .vtable--ready { color: $text-success; }
    VirtualTable > .vtable--needs-changes { color: $text-warning; }
    VirtualTable > .vtable--blocked { color: $text-error; text-style: bold; }
    VirtualTable > .vtable--excluded { color: $text-muted; text-style: italic; }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "vtable--header",
        "vtable--cursor",
        *(f"vtable--{t}" for t in TONES),
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", show=False, id="table.up"),
        Binding("down", "cursor(1)", "Down", show=False, id="table.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="table.page-up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="table.page-down"),
        Binding("home", "jump(0)", "First row", show=False, id="table.first"),
        Binding("end", "jump(-1)", "Last row", show=False, id="table.last"),
        Binding("enter", "select", "Open", show=False, id="table.select"),
    ]

    class Highlighted(Message):
        """The cursor moved to another row (or the rows changed under it)."""

        def __init__(self, table: VirtualTable, key: str | None) -> None:
            super().__init__()
            self.table = table
            self.key = key

        @property
        def control(self) -> VirtualTable:
            return self.table

    class Selected(Message):
        """Enter (or a double click) on a row."""

        def __init__(self, table: VirtualTable, key: str) -> None:
            super().__init__()
            self.table = table
            self.key = key

        @property
        def control(self) -> VirtualTable:
            return self.table

    def __init__(
        self,
        columns: Sequence[Column],
        cells: Callable[[str], tuple[Cell, ...]],
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.columns = list(columns)
        self.cells = cells
        self.keys: list[str] = []
        self._index: dict[str, int] = {}
        self.view: Sequence[int] = range(0)
        self.cursor = 0
        self._cache: LRUCache[str, Strip] = LRUCache(1024)
        self._styles: dict[str, Style] = {}
        self._width = sum(c.width + 1 for c in self.columns)
        self.first_paint: float | None = None  # perf_counter of the first paint with rows (bench)
        self.version = 0  # bumped when the view or the rows' content changes
        self.painted: tuple[int, float] = (-1, 0.0)  # (version, perf_counter) of the first paint of a version

    # --- content ---------------------------------------------------------------------------------------------

    def set_keys(self, keys: list[str]) -> None:
        """All rows; the view shows them all."""
        self.keys = keys
        self._index = {k: i for i, k in enumerate(keys)}
        self.cursor = 0
        self.set_view(range(len(keys)))

    def set_view(self, view: Sequence[int]) -> None:
        """Show these row positions (a filter's result), keeping the cursor on its row when it is still there."""
        current = self.cursor_key
        self.view = view
        self.cursor = self._position(current) if current is not None else 0
        self.virtual_size = Size(self._width, len(view) + 1)
        self.version += 1  # the painted rows stay cached: a row looks the same wherever the view puts it
        self.scroll_cursor_visible()
        self.refresh()
        self.post_message(self.Highlighted(self, self.cursor_key))

    def _position(self, key: str) -> int:
        """Where a row is in the view (0 when it is not there)."""
        i = self._index.get(key)
        if i is None:
            return 0
        if isinstance(self.view, range):
            return self.view.index(i) if i in self.view else 0
        try:
            return list(self.view).index(i)  # C speed, and only on a filter change
        except ValueError:
            return 0

    def refresh_rows(self) -> None:
        """The rows' content changed (a new analysis): paint again what is on screen."""
        self._cache.clear()
        self.version += 1
        self.refresh()

    @property
    def cursor_key(self) -> str | None:
        if not self.view or self.cursor >= len(self.view):
            return None
        return self.keys[self.view[self.cursor]]

    def move_to(self, key: str) -> bool:
        """Put the cursor on a row by key; False when the row is not in the view."""
        i = self._index.get(key)
        if i is None or (i not in self.view if isinstance(self.view, range) else i not in set(self.view)):
            return False
        self._set_cursor(self._position(key))
        return True

    # --- moving --------------------------------------------------------------------------------------------

    def _set_cursor(self, n: int) -> None:
        n = max(0, min(n, len(self.view) - 1))
        if n == self.cursor:
            return
        old = self.cursor
        self.cursor = n
        self._refresh_row(old)
        self._refresh_row(n)
        self.scroll_cursor_visible()
        self.post_message(self.Highlighted(self, self.cursor_key))

    def _refresh_row(self, n: int) -> None:
        y = n + 1 - int(self.scroll_offset.y)
        if 0 < y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def scroll_cursor_visible(self) -> None:
        rows = max(self.size.height - 1, 1)
        top = int(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + rows:
            self.scroll_to(y=self.cursor - rows + 1, animate=False)

    def action_cursor(self, delta: int) -> None:
        self._set_cursor(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self._set_cursor(self.cursor + direction * max(self.size.height - 2, 1))

    def action_jump(self, where: int) -> None:
        self._set_cursor(where if where >= 0 else len(self.view) - 1)

    def action_select(self) -> None:
        key = self.cursor_key
        if key is not None:
            self.post_message(self.Selected(self, key))

    def on_click(self, event: events.Click) -> None:
        if event.y < 1:
            return
        n = int(self.scroll_offset.y) + event.y - 1
        if n < len(self.view):
            self._set_cursor(n)
            if event.chain > 1:
                self.action_select()

    # --- painting -------------------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def _base(self) -> Style:
        """The widget's own style (worked out from its ancestors: costly, so kept until the styles change)."""
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def _style(self, tone: str) -> Style:
        style = self._styles.get(tone)
        if style is None:
            style = self._styles[tone] = self.get_component_rich_style(f"vtable--{tone}", partial=True)
        return style

    def _cell_style(self, tone: str, cursor: bool) -> Style:
        """The widget's style, the cursor's when on the cursor row, and the cell's tone, combined once."""
        k = f"{tone}+" if cursor else f"{tone}-"
        style = self._styles.get(k)
        if style is None:
            base = self._base() + self._style("cursor") if cursor else self._base()
            style = self._styles[k] = base + self._style(tone)
        return style

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        base = self._base()
        if self.painted[0] != self.version:
            self.painted = (self.version, perf_counter())
        if y == 0:
            strip = self._header()
        else:
            n = int(scroll_y) + y - 1
            if n >= len(self.view):
                return Strip.blank(width, base)
            if self.first_paint is None:
                self.first_paint = perf_counter()
            strip = self._row(n)
        return strip.crop_extend(int(scroll_x), int(scroll_x) + width, base)

    def _header(self) -> Strip:
        style = self._base() + self._style("header")
        text = "".join(fit(c.title, c.width) + " " for c in self.columns)
        return Strip([Segment(text, style)], cell_len(text))

    def _row(self, n: int) -> Strip:
        key = self.keys[self.view[n]]
        cursor = n == self.cursor
        if not cursor:
            hit = self._cache.get(key)
            if hit is not None:
                return hit
        segments = []
        for column, (text, tone) in zip(self.columns, self.cells(key), strict=False):
            segments.append(Segment(fit(text, column.width) + " ", self._cell_style(tone, cursor)))
        strip = Strip(segments, self._width)
        if not cursor:
            self._cache[key] = strip
        return strip
