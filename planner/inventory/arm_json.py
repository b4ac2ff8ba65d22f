"""Exported JSON files -> Inventory: file discovery, reading (with line numbers for errors), JSON parsing.

Owns everything between the bytes on disk and the parsed documents: which files of a folder are read and in which
order (sorted by relative path, so any discovery order gives the same Inventory), decoding, JSON and JSON Lines
parsing, streaming the elements of a big file's top-level list (with `json_stream`), and the public API
(`load_path`, `load_documents`). What each document is and which normaliser reads each resource is
`arm_documents`' job; `_Loader` extends its `_DocumentLoader` with files. Nothing here raises for bad input:
problems go into `Inventory.problems`, and input files are only ever opened for reading.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from planner.inventory import strict_json
from planner.inventory.arm_documents import _GRAPH_KEYS, _DocumentLoader, _FileReport
from planner.inventory.builder import InventoryBuilder
from planner.inventory.json_stream import _ArrayReader, _expect_end, _skip_blank
from planner.model import Inventory, Severity

JSON_SUFFIXES = (".json",)
LINE_SUFFIXES = (".jsonl", ".ndjson")

Obj = dict[str, Any]

# (what, how many so far): the same shape as the live fetcher's progress callback.
Progress = Callable[[str, int], None]


class _Loader(_DocumentLoader):
    def __init__(
        self, builder: InventoryBuilder, progress: Progress | None = None, *, allow_incomplete: bool = False
    ) -> None:
        super().__init__(builder, allow_incomplete=allow_incomplete)
        self.progress = progress

    # --- files ----------------------------------------------------------------------------------------------

    def path(self, path: Path) -> None:
        try:
            exists = path.exists()
            is_dir = exists and path.is_dir()
        except OSError as exc:
            self.b.problem(
                "unreadable", f"cannot read {path}: {exc.strerror or exc}", Severity.ERROR, str(path)
            )
            return
        if not exists:
            self.b.problem("missing-input", f"{path} does not exist", Severity.ERROR, str(path))
            return
        if not is_dir:
            self.file(path, str(path))
            return
        files = self.discover(path)
        if not files:
            self.b.problem(
                "empty-input",
                f"{path} holds no .json, .jsonl or .ndjson files",
                Severity.ERROR,
                str(path),
            )
        for i, rel in enumerate(files, 1):
            self.file(path / rel, str(path / rel))
            if self.progress is not None:
                self.progress(f"files read of {len(files)} in {path}", i)

    def discover(self, root: Path) -> list[str]:
        """Relative paths of the JSON files under `root`, sorted so that the result never depends on the disk."""

        def unreadable(exc: OSError) -> None:
            where = exc.filename or str(root)
            self.b.problem(
                "unreadable", f"cannot read folder {where}: {exc.strerror or exc}", Severity.ERROR, where
            )

        found = []
        seen: set[str] = set()
        # Symlinked folders are followed; a folder reached again (a link loop, or two links to one folder) is read
        # once.
        for dirpath, dirs, names in os.walk(root, onerror=unreadable, followlinks=True):
            real = os.path.realpath(dirpath)
            if real in seen:
                dirs[:] = []
                continue
            seen.add(real)
            dirs[:] = [d for d in dirs if os.path.realpath(os.path.join(dirpath, d)) not in seen]
            for name in names:
                if name.lower().endswith(JSON_SUFFIXES + LINE_SUFFIXES):
                    found.append(Path(dirpath, name).relative_to(root).as_posix())
        return sorted(found)

    def file(self, path: Path, label: str) -> None:
        text = self.read_text(path, label)
        if text is None:
            return
        if not text or text.isspace():
            self.b.problem("empty-file", f"{label} is empty", Severity.ERROR, label)
            return
        if label.lower().endswith(LINE_SUFFIXES):
            self.lines(text, label)
        else:
            self.stream(text, label)

    def read_text(self, path: Path, label: str) -> str | None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.b.problem("unreadable", f"cannot read {label}: {exc.strerror or exc}", Severity.ERROR, label)
            return None
        try:
            if data.startswith(codecs.BOM_UTF8):
                return data.decode("utf-8-sig")
            if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return data.decode("utf-16")  # Windows PowerShell 5 redirection writes UTF-16 with a BOM
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            self.b.problem(
                "not-utf8",
                f"{label}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "export JSON as UTF-8",
                Severity.ERROR,
                f"{label}:{line}",
            )
            return None

    @staticmethod
    def _is_json_lines(text: str) -> bool:
        """A `.json` file that holds one JSON value per line (NDJSON saved under the wrong name)."""
        try:
            for line in text.splitlines():
                if line.strip():
                    strict_json.loads(line)
        except ValueError:
            return False
        return True

    def lines(self, text: str, label: str) -> None:
        """A JSON Lines file: one JSON value per line; a bad line is an error naming its line, the others load."""
        self.b.add_source(label)
        report = _FileReport(label)
        self._lines(report, text)
        self.flush(report)

    def _lines(self, report: _FileReport, text: str) -> None:
        label = report.source
        all_lines = text.splitlines()
        last = max((i for i, line in enumerate(all_lines) if line.strip()), default=-1)
        for index, line in enumerate(all_lines):
            if not line.strip():
                continue
            number = index + 1
            try:
                doc = strict_json.loads(line)
            except json.JSONDecodeError as exc:
                self.json_error(exc, label, line=number, last_line=index == last)
                continue
            except ValueError as exc:
                self.number_error(exc, line, f"{label}:{number}")
                continue
            report.where = f"{label}:{number}"
            self.document(report, doc)
        report.where = label

    def stream(self, text: str, label: str) -> None:
        """A JSON file. The elements of its top-level list, or of its page's `value`, are decoded and normalised
        one at a time, each raw resource dropped while still in the CPU cache: loading costs a fifth less than
        parsing the whole file first, and a single 100,000-VM file never holds its whole parsed document."""
        self.b.add_source(label)
        report = _FileReport(label)
        decoder = strict_json.DECODER
        try:
            start = _skip_blank(text, 0)
            opener = text[start : start + 1]
            if opener == "[":
                reader = _ArrayReader(text, start, decoder)
                self.items(report, reader)
                _expect_end(text, reader.end)
            elif opener == "{":
                self._stream_object(report, text, start, decoder)
            else:
                self.document(report, decoder.decode(text))
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data" and not report.seen and self._is_json_lines(text):
                self._lines(report, text)  # NDJSON saved as .json
            elif exc.msg == "Extra data":
                self._more_documents(report, text, exc)
            else:
                self.json_error(exc, label)
        except ValueError as exc:  # a number JSON should not hold (strict_json)
            self.number_error(exc, text, label)
        self.flush(report)

    def _more_documents(self, report: _FileReport, text: str, exc: json.JSONDecodeError) -> None:
        """Several JSON documents one after the other in one file (`xargs -n 50 az vm get-instance-view` writes
        one array per batch): each is loaded. Anything else after the first document is an error that says so."""
        decoder = strict_json.DECODER
        i = exc.pos
        while True:
            i = _skip_blank(text, i)
            if i >= len(text):
                return
            try:
                doc, i = decoder.raw_decode(text, i)
            except json.JSONDecodeError as inner:
                line = text.count("\n", 0, inner.pos) + 1
                where = f"{report.source}:{line}"
                self.b.problem(
                    "extra-data",
                    f"{where}: after its first JSON document the file holds text that is not JSON ({inner.msg}); "
                    "keep one JSON document per file, or one per line in a .jsonl file",
                    Severity.ERROR,
                    where,
                )
                return
            report.where = f"{report.source}:{text.count(chr(10), 0, i) + 1}"
            self.document(report, doc)
            report.where = report.source

    def number_error(self, exc: ValueError, text: str, label: str) -> None:
        line, field, what = strict_json.locate(text, exc)
        where = f"{label}:{line}"
        named = f"field {field!r}: " if field else ""
        self.b.problem(
            "bad-number",
            f"{where}: {named}{what}; the export is corrupt or was edited by hand: export it again",
            Severity.ERROR,
            where,
        )

    def _stream_object(self, report: _FileReport, text: str, start: int, decoder: json.JSONDecoder) -> None:
        envelope: Obj = {}
        streamed = False
        i = _skip_blank(text, start + 1)
        if text[i : i + 1] == "}":
            self.document(report, envelope)
            _expect_end(text, i + 1)
            return
        while True:
            name, i = decoder.raw_decode(text, i)
            if not isinstance(name, str):
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, i)
            i = _skip_blank(text, i)
            if text[i : i + 1] != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", text, i)
            i = _skip_blank(text, i + 1)
            is_page_list = name == "value" or (name == "data" and any(k in envelope for k in _GRAPH_KEYS))
            if is_page_list and text[i : i + 1] == "[":
                reader = _ArrayReader(text, i, decoder)
                self.items(report, reader)
                i = reader.end
                streamed = True
            else:
                envelope[name], i = decoder.raw_decode(text, i)
            i = _skip_blank(text, i)
            sep = text[i : i + 1]
            if sep == ",":
                i = _skip_blank(text, i + 1)
                continue
            if sep == "}":
                _expect_end(text, i + 1)
                break
            raise json.JSONDecodeError("Expecting ',' delimiter", text, i)
        if streamed:
            self.page_tail(report, envelope)
        else:
            self.document(report, envelope)

    def json_error(
        self, exc: json.JSONDecodeError, label: str, *, line: int | None = None, last_line: bool = True
    ) -> None:
        lineno = line if line is not None else exc.lineno
        doc = exc.doc
        tail = len(doc) - exc.pos
        at_end = tail < 4096 and not doc[exc.pos :].strip()
        where = f"{label}:{lineno}"
        if last_line and (at_end or exc.msg.startswith("Unterminated string")):
            self.b.problem(
                "truncated",
                f"{where}:{exc.colno}: the JSON ends unexpectedly ({exc.msg}): the file looks truncated; "
                "export it again",
                Severity.ERROR,
                where,
            )
        else:
            self.b.problem(
                "invalid-json", f"{where}:{exc.colno}: invalid JSON: {exc.msg}", Severity.ERROR, where
            )


# --- public API ----------------------------------------------------------------------------------------------


def load_path(
    path: Path,
    *,
    usage_location: str | None = None,
    progress: Progress | None = None,
    allow_incomplete: bool = False,
) -> Inventory:
    """A file or a folder (recursive, *.json and *.jsonl/*.ndjson, sorted for determinism, symlinked folders
    followed). Never raises for bad input: problems go into inventory.problems. The input files are never
    modified. `progress` is told (what, files read so far) after each file of a folder. A page that says more
    pages follow is an error unless `allow_incomplete`."""
    builder = InventoryBuilder(usage_location=usage_location)
    _Loader(builder, progress, allow_incomplete=allow_incomplete).path(Path(path))
    return builder.finish()


def load_documents(docs: Iterable[tuple[str, Any]], *, usage_location: str | None = None) -> Inventory:
    """Already-parsed JSON values, each with a source label (file name, or e.g. 'live:<sub>/virtualMachines').
    The live fetcher uses this on SDK `serialize(keep_readonly=True)` dicts (REST shape)."""
    builder = InventoryBuilder(usage_location=usage_location)
    _Loader(builder).documents(docs)
    return builder.finish()
