"""Exports found in the wild (issue 15): Resource Graph answers in the table format, two usage lists for one
region that disagree, and Resource SKU lists whose rows carry no capabilities.

Fixtures: tests/fixtures/shapes (graph/*-table*.json, rest/compute-usages-list-eastus-2023.json,
rest/resource-skus-without-capabilities.json; where each comes from is in its SOURCES.md) and
tests/fixtures/realdata. Edits a test needs beyond the fixture are made here, in the test, and said.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.analysis.quota import QuotaLedger
from planner.inventory.arm_json import load_documents, load_path
from planner.model import Inventory, Problem, Severity
from sku_catalog import load_catalog

FIXTURES = Path(__file__).parent / "fixtures"
REAL = FIXTURES / "realdata"
SHAPES = FIXTURES / "shapes"
USAGES_2020 = REAL / "java-recordings/compute-usages-list-eastus.json"
USAGES_2023 = SHAPES / "rest/compute-usages-list-eastus-2023.json"
CAPABILITY_LESS_SKUS = SHAPES / "rest/resource-skus-without-capabilities.json"


def read(path: Path) -> Any:
    return json.loads(path.read_text())


def write(path: Path, value: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=2))
    return path


def only(inv: Inventory, code: str) -> Problem:
    found = [p for p in inv.problems if p.code == code]
    assert len(found) == 1, [str(p) for p in inv.problems]
    return found[0]


def codes(inv: Inventory) -> list[str]:
    return [p.code for p in inv.problems]


# --- Resource Graph answers in the table format -------------------------------------------------------------


def test_the_table_answer_of_the_rest_example_loads_its_rows_as_resources() -> None:
    path = SHAPES / "graph/resources-basic-query-table.json"
    inv = load_path(path)
    assert inv.errors() == [], [str(p) for p in inv.problems]
    [nic] = inv.nics.values()
    [vnet] = inv.vnets.values()
    [pip] = inv.public_ips.values()
    assert (nic.name, nic.location) == ("myNetworkInterface", "centralus")
    assert (vnet.name, vnet.location) == ("myVnet", "westus")
    assert pip.id.endswith("/publicIPAddresses/myPublicIp")
    assert inv.sources == [str(path)]


def test_a_vm_in_the_table_format_is_the_same_vm_as_in_the_object_list_format() -> None:
    as_table = load_path(SHAPES / "graph/vm-query-table.json")
    as_objects = load_path(SHAPES / "graph/vm-query.json")
    assert as_table.errors() == []
    assert list(as_table.vms.values()) == list(as_objects.vms.values())
    [vm] = as_table.vms.values()
    assert vm.size == "Standard_D2a_v4" and vm.location == "westus"


def test_already_parsed_table_answers_load_like_files() -> None:
    table = read(SHAPES / "graph/vm-query-table.json")
    inv = load_documents([("graph-table.json", table)])
    assert len(inv.vms) == 1 and inv.errors() == []
    assert list(inv.vms.values()) == list(load_path(SHAPES / "graph/vm-query-table.json").vms.values())


def test_a_table_without_a_type_column_takes_each_type_from_the_row_id() -> None:
    # A recorded answer of `project id, tags, properties`: a storage account and a Traffic Manager profile.
    path = SHAPES / "graph/sdk-recording-table-no-type-column.json"
    inv = load_path(path)
    assert "unknown-shape" not in codes(inv) and "unknown-object" not in codes(inv)
    skipped = sorted(p.message for p in inv.problems if p.code == "skipped-type")
    assert skipped == [
        f"{path}: skipped 1 resource of type Microsoft.Network/trafficmanagerprofiles (not used by the planner)",
        f"{path}: skipped 1 resource of type Microsoft.Storage/storageAccounts (not used by the planner)",
    ]


def test_a_truncated_table_answer_is_an_incomplete_export_unless_allowed() -> None:
    path = SHAPES / "graph/work-with-data-table-truncated.json"
    inv = load_path(path)
    error = only(inv, "incomplete-page")
    assert error.severity is Severity.ERROR and error.source == str(path)
    assert f"{path}: page has resultTruncated" in error.message and "--allow-incomplete" in error.message
    assert "unknown-shape" not in codes(inv)
    allowed = load_path(path, allow_incomplete=True)
    warning = only(allowed, "incomplete-page")
    assert warning.severity is Severity.WARNING
    assert "skipped 1 resource of type microsoft.network/networksecuritygroups" in only(allowed, "skipped-type").message


def test_a_truncated_object_list_answer_is_an_incomplete_export_too(tmp_path: Path) -> None:
    envelope = read(SHAPES / "graph/nic-query.json")
    envelope["resultTruncated"] = "true"  # the object-list format carries the same flag
    inv = load_path(write(tmp_path / "graph.json", envelope))
    assert len(inv.nics) == 2 and "resultTruncated" in only(inv, "incomplete-page").message


def test_table_rows_that_do_not_match_the_columns_are_skipped_and_counted(tmp_path: Path) -> None:
    table = read(SHAPES / "graph/resources-basic-query-table.json")
    table["data"]["rows"][1] = table["data"]["rows"][1][:3]  # edited: a row short of two values
    table["data"]["rows"].append("not a row")  # edited: a row that is not a list
    path = write(tmp_path / "graph.json", table)
    inv = load_path(path)
    assert len(inv.nics) == 1 and len(inv.public_ips) == 1 and not inv.vnets
    warning = only(inv, "unreadable-resource")
    assert warning.severity is Severity.WARNING
    assert warning.message == (
        f"{path}: skipped 2 Resource Graph table rows that do not hold one value per column (5 columns)"
    )


@pytest.mark.parametrize(
    "data",
    [
        {"columns": "id", "rows": []},
        {"columns": [{"type": "string"}], "rows": []},
        {"columns": [{"name": "id", "type": "string"}], "rows": {"0": []}},
    ],
)
def test_a_table_whose_columns_or_rows_are_unusable_is_an_error_naming_the_file(
    tmp_path: Path, data: dict[str, Any]
) -> None:
    path = write(tmp_path / "graph.json", {"totalRecords": 1, "count": 1, "data": data, "facets": []})
    problem = only(load_path(path), "unknown-shape")
    assert problem.severity is Severity.ERROR and problem.source == str(path)
    assert "Resource Graph table" in problem.message


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)
TABLE_PLACES = [
    ("data",),
    ("data", "columns"),
    ("data", "columns", 0),
    ("data", "columns", 0, "name"),
    ("data", "rows"),
    ("data", "rows", 0),
    ("data", "rows", 0, 0),
    ("data", "rows", 0, 5),
    ("resultTruncated",),
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(TABLE_PLACES), JSON_VALUES)
def test_any_value_in_a_table_answer_gives_problems_not_exceptions(where: tuple[Any, ...], value: Any) -> None:
    table = read(SHAPES / "graph/vm-query-table.json")
    parent = table
    for step in where[:-1]:
        parent = parent[step]
    parent[where[-1]] = value
    inv = load_documents([("table.json", table)])
    assert all(isinstance(p, Problem) for p in inv.problems)


# --- two usage lists for one region and scope ---------------------------------------------------------------


def two_unscoped_usage_lists(tmp_path: Path, first: Path, second: Path) -> tuple[Path, Path]:
    """Two subscriptions' lists for eastus, neither in a folder named by a subscription id."""
    a = tmp_path / "team-a" / "usages-eastus.json"
    b = tmp_path / "team-b" / "usages-eastus.json"
    a.parent.mkdir()
    b.parent.mkdir()
    shutil.copy(first, a)
    shutil.copy(second, b)
    return a, b


@pytest.mark.parametrize("order", ["2020 first", "2023 first"])
def test_two_usage_lists_of_one_scope_that_differ_are_a_conflict_and_the_tighter_quota_is_used(
    tmp_path: Path, order: str
) -> None:
    first, second = (USAGES_2020, USAGES_2023) if order == "2020 first" else (USAGES_2023, USAGES_2020)
    a, b = two_unscoped_usage_lists(tmp_path, first, second)
    inv = load_path(tmp_path)
    conflict = only(inv, "conflict")
    assert conflict.severity is Severity.WARNING and conflict.source == str(b)
    limits = {USAGES_2020: 50, USAGES_2023: 100}
    assert conflict.message == (
        f"usage lists {a} and {b} give different quotas for eastus (no subscription folder: each applies to "
        "every subscription in the region): "
        f"standardDAv4Family (limit {limits[first]}, current 0 in {a}; limit {limits[second]}, current 0 in {b}), "
        f"standardEAv4Family (limit {limits[first]}, current 0 in {a}; limit {limits[second]}, current 0 in {b}); "
        "the smaller headroom (limit - current) of each quota is used; put each subscription's list in a folder "
        "named by its subscription id to give each its own"
    )
    rows = {u.name: u for u in inv.usages}
    assert len(rows) == len(inv.usages)  # one row per quota, never both
    assert (rows["standardDAv4Family"].limit, rows["standardEAv4Family"].limit) == (50, 50)
    assert rows["standardDASv4Family"].limit == 50 and rows["cores"].limit == 100
    assert "cloudServices" in rows  # only the 2023 list has it: kept
    ledger = QuotaLedger(inv.usages)
    assert ledger.left[ledger.scope("any-subscription", "eastus")]["standarddav4family"] == 50


def test_identical_usage_lists_for_one_scope_are_not_a_conflict(tmp_path: Path) -> None:
    two_unscoped_usage_lists(tmp_path, USAGES_2023, USAGES_2023)
    inv = load_path(tmp_path)
    assert "conflict" not in codes(inv)
    assert len(inv.usages) == len(read(USAGES_2023)["value"])


def test_usage_lists_of_one_subscription_folder_that_differ_are_a_conflict_naming_it(tmp_path: Path) -> None:
    sub = "11111111-2222-3333-4444-555555555555"
    a = tmp_path / sub / "usages-eastus.json"
    b = tmp_path / sub / "usage_eastus.json"
    write(a, read(USAGES_2020))
    tighter = read(USAGES_2020)
    for row in tighter["value"]:
        if row["name"]["value"] == "cores":
            row["currentValue"] = 60  # edited: 60 of the 100 cores in use when the second list was taken
    write(b, tighter)
    inv = load_path(tmp_path)
    message = only(inv, "conflict").message
    assert message.startswith(f"usage lists {b} and {a} give different quotas for subscription {sub} in eastus: ")
    assert f"cores (limit 100, current 60 in {b}; limit 100, current 0 in {a})" in message
    [cores] = [u for u in inv.usages if u.name == "cores"]
    assert (cores.current, cores.subscription) == (60, sub)


def test_usage_lists_of_two_subscription_folders_keep_their_own_headroom_without_a_conflict(tmp_path: Path) -> None:
    write(tmp_path / "00000000-0000-0000-0000-000000000000" / "usages-eastus.json", read(USAGES_2020))
    write(tmp_path / "11111111-2222-3333-4444-555555555555" / "usages-eastus.json", read(USAGES_2023))
    inv = load_path(tmp_path)
    assert "conflict" not in codes(inv)
    dav4 = {u.subscription: u.limit for u in inv.usages if u.name == "standardDAv4Family"}
    assert dav4 == {"00000000-0000-0000-0000-000000000000": 50, "11111111-2222-3333-4444-555555555555": 100}


# --- Resource SKU rows without capabilities -----------------------------------------------------------------


def test_sku_rows_without_capabilities_are_one_warning_per_file() -> None:
    inv = load_path(CAPABILITY_LESS_SKUS)
    warning = only(inv, "sku-without-capabilities")
    assert warning.severity is Severity.WARNING and warning.source == str(CAPABILITY_LESS_SKUS)
    assert warning.message == (
        f"{CAPABILITY_LESS_SKUS}: 2 of 2 virtualMachines SKU rows carry no capabilities (an old Resource SKUs API "
        "version?): the facts of their sizes (vCPUs, memory, Accelerated Networking...) come from the size "
        "catalog; their locations, zones and restrictions are used"
    )
    assert [(s.name, s.location) for s in inv.skus] == [("Standard_A0", "eastus"), ("Standard_A1", "eastus")]


def test_rows_with_capabilities_in_the_same_file_are_not_counted(tmp_path: Path) -> None:
    rows = read(CAPABILITY_LESS_SKUS)["value"] + read(SHAPES / "az/vm-list-skus-eastus2.json")
    inv = load_path(write(tmp_path / "skus.json", rows))
    # Two capability-less rows of the docs' list, three with capabilities and a disks row (not counted).
    assert "2 of 5 virtualMachines SKU rows carry no capabilities" in only(inv, "sku-without-capabilities").message


def test_files_with_capabilities_give_no_warning() -> None:
    assert "sku-without-capabilities" not in codes(load_path(SHAPES / "az/vm-list-skus-eastus2.json"))


def test_sizes_of_capability_less_rows_keep_the_catalog_facts() -> None:
    skus = load_path(CAPABILITY_LESS_SKUS).skus
    catalog, bare = load_catalog(skus=skus), load_catalog()
    for name in ("Standard_A0", "Standard_A1"):
        assert catalog.size(name) == bare.size(name), name
    a1 = catalog.size("Standard_A1")
    assert a1.vcpus == 1 and a1.premium_io is False and a1.hyperv_generations == ("V1",)


def test_a_catalog_size_whose_row_lost_its_capabilities_keeps_the_size_pages_facts() -> None:
    rows = read(REAL / "java-recordings/resourceskus-list-eastus2-2019-04-01.json")["value"]
    [row] = [r for r in rows if r["name"] == "Standard_D2s_v3"]
    stripped = {k: v for k, v in row.items() if k != "capabilities"}  # edited: the row as an old API returns it
    catalog = load_catalog(skus=load_documents([("skus.json", [stripped])]).skus)
    assert catalog.size("Standard_D2s_v3") == load_catalog().size("Standard_D2s_v3")
    info = catalog.size("Standard_D2s_v3")
    assert (info.vcpus, info.accelerated_networking, info.premium_io) == (2, True, True)
    with_caps = load_catalog(skus=load_documents([("skus.json", [row])]).skus).size("Standard_D2s_v3")
    assert "resource-skus:eastus2" in with_caps.source and "resource-skus" not in info.source


def test_restrictions_and_availability_of_capability_less_rows_still_apply() -> None:
    doc = read(CAPABILITY_LESS_SKUS)
    restricted = copy.deepcopy(doc)
    # edited: Standard_A0 given the restriction the same page's PowerShell output shows it with
    # (NotAvailableForSubscription; there in centralus, here in the list's own region)
    restricted["value"][0]["restrictions"] = [
        {"type": "Location", "values": ["eastus"], "reasonCode": "NotAvailableForSubscription"}
    ]
    catalog = load_catalog(skus=load_documents([("skus.json", restricted)]).skus)
    assert catalog.has_sku_data("eastus")
    assert catalog.restriction("Standard_A0", "eastus") == "Location restriction (NotAvailableForSubscription)"
    assert catalog.restriction("Standard_A1", "eastus") is None
    assert catalog.restriction("Standard_D2s_v3", "eastus") == "not offered in eastus"
    assert catalog.ultra_ssd("Standard_A1", "eastus") is None  # unknown, not "no Ultra support"


def test_a_capability_less_row_does_not_undo_an_estimate() -> None:
    # A size neither the size pages nor the row describe keeps what its name says (H: InfiniBand).
    row = {"resourceType": "virtualMachines", "name": "Standard_H16r", "locations": ["eastus"], "restrictions": []}
    catalog = load_catalog(skus=load_documents([("skus.json", [row])]).skus)
    assert catalog.size("Standard_H16r") == load_catalog().size("Standard_H16r")
    assert catalog.size("Standard_H16r").infiniband is True


def test_a_capability_less_row_that_names_a_family_gives_only_its_family() -> None:
    row = {"resourceType": "virtualMachines", "name": "Standard_D2s_v3", "family": "standardDSv3PromoFamily",
           "locations": ["eastus"]}  # a made-up family: the row's only fact besides where it is offered
    info = load_catalog(skus=load_documents([("skus.json", [row])]).skus).size("Standard_D2s_v3")
    bare = load_catalog().size("Standard_D2s_v3")
    assert info.family_quota_name == "standardDSv3PromoFamily"
    assert info.source.endswith("; family from resource-skus:eastus")
    assert dataclasses.replace(info, family_quota_name=bare.family_quota_name, source=bare.source) == bare
