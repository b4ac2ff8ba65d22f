"""From a blob's bytes to its flow-log records, or a refusal that says what the file is instead.

Accepted: a blob as Azure writes it (`{"records": [...]}`), a single record object (how the docs show one block), a
JSON array of records, and NDJSON (one record, or one `{"records": [...]}`, per line, as Elastic's samples are).
Refused with a message naming the file (and line or record): NSG flow logs (version 2: no encryption field), flow
logs of another version, flattened per-tuple events (Sumo Logic's shape: one tuple per object, not a blob), JSON that
is not a flow log, and text that is not JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import orjson

from planner.errors import InputError

Record = dict[str, Any]


class FlowLogError(InputError):
    """A flow-log file that cannot be used; the message names the file and the record, line or tuple."""


def records_of(name: str, data: bytes) -> Iterator[tuple[str, Record]]:
    """(where, record) for every record of the blob; `where` is `record N` or `line N` (1-based).

    orjson reads the blob (twice as fast as the stdlib); what it refuses is read again by the stdlib, which accepts
    what it accepts today (NaN, Infinity, integers past 64 bits) and words the refusals (line and column)."""
    try:
        doc: Any = orjson.loads(data)
    except orjson.JSONDecodeError:
        try:
            doc = json.loads(data)
        except ValueError as whole_error:  # UnicodeDecodeError and JSONDecodeError alike
            yield from _lines(name, data, whole_error)
            return
    yield from _document(name, doc, "")


def _document(name: str, doc: Any, line: str) -> Iterator[tuple[str, Record]]:
    if isinstance(doc, dict):
        records = doc.get("records")
        if isinstance(records, list):
            for i, rec in enumerate(records, 1):
                yield f"{line}record {i}", _checked(name, f"{line}record {i}", rec)
            return
        if records is not None:
            raise FlowLogError(f"{name}: {line}`records` is {_kind(records)}, not a list of flow-log records")
        yield (line.rstrip(", ") or "record 1"), _checked(name, line.rstrip(", ") or "record 1", doc)
        return
    if isinstance(doc, list):
        for i, rec in enumerate(doc, 1):
            yield f"{line}record {i}", _checked(name, f"{line}record {i}", rec)
        return
    raise FlowLogError(f"{name}: {line.rstrip(', ') or 'the file'} is {_kind(doc)}, not a flow-log blob")


def _lines(name: str, data: bytes, whole_error: ValueError) -> Iterator[tuple[str, Record]]:
    lines = data.split(b"\n")
    docs: list[tuple[int, Any]] = []
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            docs.append((number, _loads(raw)))
        except ValueError as exc:
            if not docs:  # the first line is not JSON either: the file is not JSON, say where the whole failed
                raise FlowLogError(f"{name}: not JSON ({_why(whole_error)})") from whole_error
            raise FlowLogError(f"{name}: line {number}: not JSON ({_why(exc)})") from exc
    if len(docs) < 2:
        raise FlowLogError(f"{name}: not JSON ({_why(whole_error)})") from whole_error
    for number, doc in docs:
        yield from _document(name, doc, f"line {number}, ")


def _loads(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)


def _why(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    return str(exc)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(type(value), "a number")


def _checked(name: str, where: str, rec: Any) -> Record:
    """The record itself when it is a VNet flow log record of version 4, else the refusal."""
    if not isinstance(rec, dict):
        raise FlowLogError(f"{name}: {where} is {_kind(rec)}, not a flow-log record")
    if "flowRecords" in rec and rec.get("flowLogVersion", 4) == 4:
        return rec
    props = rec.get("properties")
    if rec.get("category") == "NetworkSecurityGroupFlowEvent" or (isinstance(props, dict) and "Version" in props):
        version = props.get("Version", 2) if isinstance(props, dict) else 2
        raise FlowLogError(
            f"{name}: {where} is an NSG flow log (version {version}), which carries no encryption field: "
            "VNet encryption can only be proven from VNet flow logs (version 4, container "
            "insights-logs-flowlogflowevent)"
        )
    version = rec.get("flowLogVersion", rec.get("version"))
    if "flow_encryption_status" in rec or "src_ip" in rec:
        raise FlowLogError(
            f"{name}: {where} is a flattened per-tuple event (one tuple per object, as Sumo Logic stores them), "
            "not a flow-log blob: download the PT1H.json blobs from the storage account"
        )
    if version is not None and version != 4:
        raise FlowLogError(f"{name}: {where} is a flow log of version {version}; only version 4 is read")
    raise FlowLogError(f"{name}: {where} is not a VNet flow-log record (no flowRecords)")
