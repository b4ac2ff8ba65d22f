"""Proof from VNet flow logs (`planner verify --flow-logs`): read flow-log blobs, sum their tuples per NIC and
address pair, and report per VM pair whether traffic is encrypted, flagging migrated VMs that still are not.

Core: never prints, never imports Textual or the Azure SDK; bad input raises `FlowLogError` (an InputError) naming
the file or blob and the record, line or tuple.

- `source`: `Blob(name, data)` and `read_folder(path)` (a live storage reader yields the same blobs);
- `documents`: a blob's bytes -> its records (blob, single record, array, NDJSON) or a refusal (NSG v2, ...);
- `parse`: `parse_blobs(blobs, window=...) -> FlowSet` (de-duplicated, cut to the window, summed per cell);
- `flows`: `FlowSet`, `Traffic`, `Window`;
- `addresses`, `migration`: who an address is, who was migrated and when, who is compliant;
- `report`: `build_report(flows, inventory, plan, journal, window, transient) -> FlowReport`;
- `report_json`: `report_to_json(report)`; `codes`: the encryption codes in words.
"""
