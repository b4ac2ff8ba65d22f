"""Exported JSON files -> Inventory: file discovery, reading (with line numbers for errors), shape detection.

Owns everything between the bytes on disk and the normalisers: which files of a folder are read and in which order
(sorted by relative path, so any discovery order gives the same Inventory), decoding, JSON and JSON Lines parsing,
recognising the top-level shape (a resource, a list, an ARM page, a Resource Graph envelope, SKU and usage lists,
and the things that are not inventory: flow logs, test recordings, bare instance views) and dispatching each
resource to `normalise` by its type (or its id when the type is missing). Nothing here raises for bad input:
problems go into `Inventory.problems`, and input files are only ever opened for reading.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.inventory import normalise
from planner.inventory.builder import InventoryBuilder
from planner.model import Inventory, ResourceId, Severity, Usage

JSON_SUFFIXES = (".json",)
LINE_SUFFIXES = (".jsonl", ".ndjson")

Obj = dict[str, Any]

# Resource type (lower case) -> (normaliser, Inventory table).
_TABLES: dict[str, tuple[Callable[[Obj], Any], str]] = {
    "microsoft.compute/virtualmachines": (normalise.virtual_machine, "vms"),
    "microsoft.network/networkinterfaces": (normalise.network_interface, "nics"),
    "microsoft.compute/virtualmachinescalesets/virtualmachines/networkinterfaces": (
        normalise.network_interface,
        "nics",
    ),
    "microsoft.network/virtualnetworks": (normalise.virtual_network, "vnets"),
    "microsoft.network/loadbalancers": (normalise.load_balancer, "load_balancers"),
    "microsoft.compute/availabilitysets": (normalise.availability_set, "availability_sets"),
    "microsoft.compute/virtualmachinescalesets": (normalise.scale_set, "scale_sets"),
    "microsoft.network/privatelinkservices": (normalise.private_link_service, "private_link_services"),
    "microsoft.network/dnsresolvers": (normalise.dns_resolver, "dns_resolvers"),
    "microsoft.compute/disks": (normalise.managed_disk, "disks"),
    "microsoft.containerservice/managedclusters": (normalise.aks_cluster, "aks_clusters"),
}
# The same types as written by ARM and az, so the hot loop finds most records without lower-casing their type.
_TABLES.update(
    {
        t: _TABLES[t.lower()]
        for t in (
            "Microsoft.Compute/virtualMachines",
            "Microsoft.Network/networkInterfaces",
            "Microsoft.Network/virtualNetworks",
            "Microsoft.Network/loadBalancers",
            "Microsoft.Compute/availabilitySets",
            "Microsoft.Compute/virtualMachineScaleSets",
            "Microsoft.Compute/disks",
        )
    }
)
# Sub-resources exported on their own, attached to their parent when the inventory is finished.
_CHILDREN: dict[str, Callable[[InventoryBuilder, Obj, str], None]] = {
    "microsoft.network/virtualnetworks/subnets": lambda b, r, src: b.add_subnet(normalise.subnet(r), src),
    "microsoft.network/virtualnetworks/virtualnetworkpeerings": lambda b, r, src: b.add_peering(
        normalise.peering(r), src
    ),
    "microsoft.network/loadbalancers/backendaddresspools": lambda b, r, src: b.add_backend_pool(
        normalise.backend_pool(r), src
    ),
}
_GRAPH_KEYS = ("count", "total_records", "totalRecords")
_SKIP_TOKEN_KEYS = ("skip_token", "skipToken", "$skipToken")
_WS = re.compile(r"[ \t\n\r]*")
_BLANK = frozenset(" \t\n\r")


@dataclass(slots=True)
class _FileReport:
    """What one file (or document) held besides resources; turned into at most one problem per kind."""

    source: str
    where: str = ""
    # lower-cased type -> [the type as written, count]
    skipped: dict[str, list[Any]] = field(default_factory=dict)
    # (type, reason) -> [first resource id, count]
    unreadable: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    unknown_objects: int = 0
    size_rows: int = 0
    usages: list[Usage] = field(default_factory=list)
    bad_usage_rows: int = 0
    seen: int = 0  # elements handed to `items`
    notes: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.where = self.where or self.source


# (what, how many so far): the same shape as the live fetcher's progress callback.
Progress = Callable[[str, int], None]


class _Loader:
    def __init__(self, builder: InventoryBuilder, progress: Progress | None = None) -> None:
        self.b = builder
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
        for dirpath, _dirs, names in os.walk(root, onerror=unreadable):
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
                    json.loads(line)
        except json.JSONDecodeError:
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
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                self.json_error(exc, label, line=number, last_line=index == last)
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
        decoder = json.JSONDecoder()
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
                self.document(report, json.loads(text))
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data" and not report.seen and self._is_json_lines(text):
                self._lines(report, text)  # NDJSON saved as .json
            else:
                self.json_error(exc, label)
        self.flush(report)

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

    # --- documents ------------------------------------------------------------------------------------------

    def documents(self, docs: Iterable[tuple[str, Any]]) -> None:
        for label, doc in docs:
            self.b.add_source(label)
            report = _FileReport(label)
            self.document(report, doc)
            self.flush(report)

    def document(self, report: _FileReport, doc: Any) -> None:
        if isinstance(doc, list):
            self.items(report, doc)
            return
        if not isinstance(doc, dict):
            self.b.problem(
                "unknown-shape",
                f"{report.where}: the top level is {_describe(doc)}, not a resource, a list of resources or a page",
                Severity.ERROR,
                report.where,
            )
            return
        value = doc.get("value")
        if isinstance(value, list):
            self.items(report, value)
            self.page_tail(report, doc)
            return
        data = doc.get("data")
        if isinstance(data, list) and any(k in doc for k in _GRAPH_KEYS):
            self.items(report, data)
            self.page_tail(report, doc)
            return
        not_inventory = _not_inventory(doc)
        if not_inventory is not None:
            code, message = not_inventory
            if code not in report.notes:
                report.notes.add(code)
                self.b.problem(code, f"{report.source} is {message}", Severity.WARNING, report.where)
            return
        if not self.item(report, doc):
            keys = ", ".join(sorted(str(k) for k in doc)[:6]) or "none"
            self.b.problem(
                "unknown-shape",
                f"{report.where}: not a resource, a list of resources or a page (an object with keys: {keys})",
                Severity.ERROR,
                report.where,
            )

    def page_tail(self, report: _FileReport, envelope: Obj) -> None:
        """A continuation token left in a page means later pages were not exported."""
        token = None
        if isinstance(envelope.get("nextLink"), str) and envelope["nextLink"]:
            token = "nextLink"
        else:
            token = next((k for k in _SKIP_TOKEN_KEYS if envelope.get(k)), None)
            if token is None and str(envelope.get("resultTruncated", "")).lower() == "true":
                token = "resultTruncated"
        if token is not None and "incomplete-page" not in report.notes:
            report.notes.add("incomplete-page")
            self.b.problem(
                "incomplete-page",
                f"{report.source}: page has {token}: export may be incomplete (fetch every page, or use "
                "`planner fetch`)",
                Severity.WARNING,
                report.where,
            )

    def items(self, report: _FileReport, items: Iterable[Any]) -> None:
        # The hot loop: one dict lookup by type, then the normaliser. Everything unusual goes to `item`.
        add = self.b.add
        source = report.source
        tables = _TABLES
        report.seen += 1  # at least one element may follow: a later JSON error must not re-read the file
        for obj in items:
            if obj.__class__ is dict:
                rtype = obj.get("type")
                if rtype.__class__ is str:
                    entry = tables.get(rtype) or tables.get(rtype.lower())
                    if entry is not None:
                        try:
                            resource = entry[0](obj)
                        except Exception as exc:
                            self.unreadable(report, obj, rtype, exc)
                            continue
                        add(entry[1], resource, source)
                        continue
            if not self.item(report, obj):
                report.unknown_objects += 1

    def item(self, report: _FileReport, obj: Any) -> bool:
        """One object of any kind; False when it is recognisable as nothing at all."""
        if not isinstance(obj, dict):
            return False
        rtype = obj.get("type")
        rid = obj.get("id")
        if not isinstance(rtype, str) or "/" not in rtype:
            parsed = ResourceId.parse(rid) if isinstance(rid, str) else None
            if parsed is not None and parsed.namespace:
                rtype = parsed.type
            elif (sku_type := normalise.resource_type_of_sku(obj)) is not None:
                if sku_type.lower() == "virtualmachines":
                    self.call(report, obj, "SKU", lambda: self.b.add_skus(normalise.resource_skus(obj)))
                return True  # other SKU rows (disks, hostGroups...) are fine and not counted
            elif normalise.is_usage_row(obj):
                row = normalise.usage(obj)
                if row is None:
                    report.bad_usage_rows += 1
                else:
                    report.usages.append(row)
                return True
            elif normalise.is_size_row(obj):
                report.size_rows += 1
                return True
            elif _bare_instance_view(obj):
                if "instance-view" not in report.notes:
                    report.notes.add("instance-view")
                    self.b.problem(
                        "instance-view-without-id",
                        f"{report.where}: instance view without a VM id; export it with `az vm get-instance-view` "
                        "(which includes the id)",
                        Severity.WARNING,
                        report.where,
                    )
                return True
            else:
                return False
        lower = rtype.lower()
        entry = _TABLES.get(lower)
        if entry is not None:
            fn, table = entry
            self.call(report, obj, rtype, lambda: self.b.add(table, fn(obj), report.source))
            return True
        add_child = _CHILDREN.get(lower)
        if add_child is not None:
            self.call(report, obj, rtype, lambda: add_child(self.b, obj, report.source))
            return True
        slot = report.skipped.get(lower)
        if slot is None:
            report.skipped[lower] = [rtype, 1]
        else:
            slot[1] += 1
        return True

    def call(self, report: _FileReport, obj: Obj, what: str, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:
            self.unreadable(report, obj, what, exc)

    @staticmethod
    def unreadable(report: _FileReport, obj: Any, what: str, exc: Exception) -> None:
        reason = str(exc) if isinstance(exc, normalise.ShapeError) else f"{type(exc).__name__}: {exc}"
        rid = obj.get("id") if isinstance(obj, dict) else None
        slot = report.unreadable.get((what, reason))
        if slot is None:
            report.unreadable[(what, reason)] = [rid if isinstance(rid, str) else None, 1]
        else:
            slot[1] += 1

    def flush(self, report: _FileReport) -> None:
        src = report.source
        for rtype, count in report.skipped.values():
            self.b.problem(
                "skipped-type",
                f"{src}: skipped {count} resource{'s' if count != 1 else ''} of type {rtype} (not used by the planner)",
                Severity.WARNING,
                src,
            )
        for (what, reason), (rid, count) in report.unreadable.items():
            first = f"; first: {rid}" if rid else ""
            self.b.problem(
                "unreadable-resource",
                f"{src}: skipped {count} {what} record{'s' if count != 1 else ''} that could not be read: {reason}{first}",
                Severity.WARNING,
                src,
                rid,
            )
        if report.unknown_objects:
            n = report.unknown_objects
            self.b.problem(
                "unknown-object",
                f"{src}: skipped {n} object{'s' if n != 1 else ''} of unknown shape (no resource type or id)",
                Severity.WARNING,
                src,
            )
        if report.size_rows:
            self.b.problem(
                "sizes-list",
                f"{src}: list of sizes available for resize without the VM it belongs to; skipped",
                Severity.WARNING,
                src,
            )
        if report.bad_usage_rows:
            self.b.problem(
                "unreadable-resource",
                f"{src}: skipped {report.bad_usage_rows} usage row(s) without a name, currentValue or limit",
                Severity.WARNING,
                src,
            )
        if report.usages:
            self.b.add_usages(src, report.usages)


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


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return f"a {type(value).__name__}"


def _bare_instance_view(obj: Obj) -> bool:
    statuses = obj.get("statuses")
    if "id" in obj or not isinstance(statuses, list):
        return False
    return any(isinstance(s, dict) and str(s.get("code", "")).startswith("PowerState/") for s in statuses)


def _flow_log(record: Obj) -> str | None:
    version = record.get("flowLogVersion")
    if version is not None:
        return f"a VNet flow log (version {version})"
    category = record.get("category")
    if category == "FlowLogFlowEvent":
        return f"a VNet flow log (version {record.get('version', 4)})"
    if category == "NetworkSecurityGroupFlowEvent":
        props = record.get("properties")
        version = props.get("Version") if isinstance(props, dict) else None
        return f"an NSG flow log (version {version if version is not None else 2})"
    return None


def _not_inventory(doc: Obj) -> tuple[str, str] | None:
    """Recognisable documents that are not inventory exports: (problem code, what it is)."""
    if "networkCallRecords" in doc:
        return (
            "unknown-shape",
            "a test recording (networkCallRecords), not an inventory export; skipped (the REST bodies are strings "
            "inside it: export the resources themselves)",
        )
    records = doc.get("records")
    if isinstance(records, list):
        first = records[0] if records and isinstance(records[0], dict) else {}
        flow = _flow_log(first)
        if flow is None:
            return "unknown-shape", "a diagnostic log export (records), not an inventory export; skipped"
        return "flow-log", f"{flow}, not an inventory export; skipped"
    flow = _flow_log(doc)
    if flow is not None:
        return "flow-log", f"{flow}, not an inventory export; skipped"
    if "responses" in doc and "parameters" in doc:
        return (
            "unknown-shape",
            "a REST API specification example (parameters/responses), not an export; skipped (the resource is "
            "under responses.200.body)",
        )
    if doc.get("format") == "planner-snapshot":
        return "unknown-shape", "a planner snapshot; load it on its own, not inside a folder of exports"
    return None


# --- public API ----------------------------------------------------------------------------------------------


def load_path(
    path: Path, *, usage_location: str | None = None, progress: Progress | None = None
) -> Inventory:
    """A file or a folder (recursive, *.json and *.jsonl/*.ndjson, sorted for determinism). Never raises for bad
    input: problems go into inventory.problems. The input files are never modified. `progress` is told
    (what, files read so far) after each file of a folder."""
    builder = InventoryBuilder(usage_location=usage_location)
    _Loader(builder, progress).path(Path(path))
    return builder.finish()


def load_documents(docs: Iterable[tuple[str, Any]], *, usage_location: str | None = None) -> Inventory:
    """Already-parsed JSON values, each with a source label (file name, or e.g. 'live:<sub>/virtualMachines').
    The live fetcher uses this on SDK `serialize(keep_readonly=True)` dicts (REST shape)."""
    builder = InventoryBuilder(usage_location=usage_location)
    _Loader(builder).documents(docs)
    return builder.finish()
