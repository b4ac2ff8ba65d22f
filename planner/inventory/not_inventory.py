"""Recognising JSON documents that are not inventory exports (flow logs, diagnostic logs, test recordings, REST
specification examples, planner snapshots, bare instance views), and describing an unusable top-level value.

Owns the wording of those findings; `arm_documents` turns them into problems, each kind once per file.
"""

from __future__ import annotations

from typing import Any

Obj = dict[str, Any]


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
        return "snapshot-in-folder", "a planner snapshot; load it on its own, not inside a folder of exports"
    return None
