"""JSON as exports must be: no NaN or Infinity, no number beyond what a float or a sane integer holds.

Python's `json` accepts `NaN`, `Infinity` and `1e400` (as inf) and stops with a ValueError on an integer of more than
4,300 digits; an inventory field holding any of them would be a silent nonsense value or a crash. The decoder here
refuses them with `BadNumber`, and `locate` finds the line and field to name in the message.
"""

from __future__ import annotations

import json
import math
import re


class BadNumber(ValueError):
    def __init__(self, literal: str, why: str) -> None:
        super().__init__(f"{literal[:40]}{'…' if len(literal) > 40 else ''} {why}")
        self.literal = literal


def _constant(literal: str) -> float:
    raise BadNumber(literal, "is not a number JSON allows")


def _float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):
        raise BadNumber(literal, "is beyond any float")
    return value


DECODER = json.JSONDecoder(parse_constant=_constant, parse_float=_float)


def loads(text: str) -> object:
    """`json.loads` that refuses NaN, Infinity and infinite floats (BadNumber); a ValueError for huge integers."""
    return DECODER.decode(text)


_HUGE = re.compile(r"\d{4300,}")


def locate(text: str, exc: ValueError) -> tuple[int, str | None, str]:
    """(line, field or None, what) of the number a decoding error is about, found in the text."""
    if isinstance(exc, BadNumber):
        literal = exc.literal
        pattern = re.compile(r'"([^"\\]{1,80})"\s*:\s*' + re.escape(literal) + r"(?![\w.])")
        hit = pattern.search(text) or re.compile(re.escape(literal)).search(text)
        what = str(exc)
    else:
        hit = _HUGE.search(text)
        what = "an integer of more than 4,300 digits"
        if hit is not None:
            before = text.rfind('"', 0, hit.start())
            opener = text.rfind('"', 0, before)
            key = text[opener + 1 : before] if 0 <= opener < before else None
            return text.count("\n", 0, hit.start()) + 1, key, what
    if hit is None:
        return 1, None, what
    field = hit.group(1) if hit.re.groups else None
    return text.count("\n", 0, hit.start()) + 1, field, what
