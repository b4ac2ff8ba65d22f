"""Incremental decoding of a JSON text: the elements of a top-level array one at a time, and JSON whitespace.

Owns the scanner the file loader (`arm_json`) streams big files with, so that each raw resource is decoded,
normalised and dropped before the next is read. `_ArrayReader.__next__` runs once per resource: it calls the C
scanner directly and avoids regexes for the common separators.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

_WS = re.compile(r"[ \t\n\r]*")
_BLANK = frozenset(" \t\n\r")


class _ArrayReader(Iterator[Any]):
    """The elements of the JSON array starting at `text[start] == '['`, decoded one by one; `end` after it."""

    def __init__(self, text: str, start: int, decoder: json.JSONDecoder) -> None:
        self.text = text
        # raw_decode without its Python wrapper: this runs once per resource.
        self.scan: Callable[[str, int], tuple[Any, int]] = decoder.scan_once  # type: ignore[attr-defined]
        self.end = _skip_blank(text, start + 1)
        self.done = text[self.end : self.end + 1] == "]"
        if self.done:
            self.end += 1

    def __next__(self) -> Any:
        if self.done:
            raise StopIteration
        text = self.text
        try:
            value, i = self.scan(text, self.end)
        except StopIteration as stop:
            raise json.JSONDecodeError("Expecting value", text, stop.value) from None
        sep = text[i : i + 1]
        if sep in _BLANK:
            i = _skip_blank(text, i)
            sep = text[i : i + 1]
        if sep == ",":
            i += 1
            after = text[i : i + 1]
            if after == " ":  # json.dumps' default ", " separator: no regex needed
                i += 1
                after = text[i : i + 1]
            if after in _BLANK:
                i = _skip_blank(text, i)
            self.end = i
        elif sep == "]":
            self.end = i + 1
            self.done = True
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", text, i)
        return value


def _skip_blank(text: str, i: int) -> int:
    """The index of the first non-whitespace character at or after `i` (JSON whitespace only)."""
    return _WS.match(text, i).end()  # type: ignore[union-attr]  # `*` always matches


def _expect_end(text: str, i: int) -> None:
    j = _skip_blank(text, i)
    if j != len(text):
        raise json.JSONDecodeError("Extra data", text, j)
