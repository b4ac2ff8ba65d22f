"""The demo estate generator: deterministic bytes, every DOMAIN.md feature present, valid and consistent shapes."""

from __future__ import annotations

import csv
import json
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from planner.demo.estate import (
    LOCATION_RESTRICTED,
    REGIONS,
    SUBSCRIPTIONS,
    TIGHT_FAMILY,
    ZONE_RESTRICTED,
    Estate,
    generate_estate,
    vnet_count,
    write_estate,
    write_estate_streaming,
)

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def estate() -> Estate:
    return generate_estate()


@pytest.fixture(scope="module")
def csv_sizes() -> dict[str, dict[str, str]]:
    text = resources.files("sku_catalog").joinpath("vm-sizes.csv").read_text(encoding="utf-8")
    return {row["name"]: row for row in csv.DictReader(text.splitlines())}


def _props(doc: Doc) -> Doc:
    props: Doc = doc["properties"]
    return props


def _size(vm: Doc) -> str:
    size: str = _props(vm)["hardwareProfile"]["vmSize"]
    return size


def _view(vm: Doc) -> Doc:
    view: Doc = _props(vm)["instanceView"]
    return view


def _power(vm: Doc) -> str:
    code: str = next(s["code"] for s in _view(vm)["statuses"] if s["code"].startswith("PowerState/"))
    return code.split("/", 1)[1]


def _nics_by_key(estate: Estate) -> dict[str, Doc]:
    return {n["id"].lower(): n for n in estate.nics}


def _vm_nics(estate: Estate, vm: Doc) -> list[Doc]:
    by_key = _nics_by_key(estate)
    return [by_key[ref["id"].lower()] for ref in _props(vm)["networkProfile"]["networkInterfaces"]]


def _ipconfig_ids(estate: Estate) -> dict[str, Doc]:
    out: dict[str, Doc] = {}
    for nic in estate.nics + estate.of_type(
        "Microsoft.Compute/virtualMachineScaleSets/virtualMachines/networkInterfaces"
    ):
        for ipc in _props(nic)["ipConfigurations"]:
            out[ipc["id"].lower()] = ipc
    return out


# --- determinism and files -------------------------------------------------------------------------------


def _read_all(paths: list[Path]) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in paths}


def test_same_seed_writes_byte_identical_files(tmp_path: Path) -> None:
    first = _read_all(write_estate(generate_estate(), tmp_path / "a"))
    second = _read_all(write_estate(generate_estate(), tmp_path / "b"))
    assert first == second


def test_streaming_writer_matches_in_memory_writer_byte_for_byte(tmp_path: Path) -> None:
    in_memory = write_estate(generate_estate(700, seed=3), tmp_path / "a", page_size=64)
    streamed = write_estate_streaming(tmp_path / "b", vms=700, seed=3, page_size=64)
    assert [p.name for p in in_memory] == [p.name for p in streamed]
    assert _read_all(in_memory) == _read_all(streamed)


def test_another_seed_gives_another_estate() -> None:
    assert generate_estate(seed=7).vms != generate_estate(seed=8).vms


def test_written_files_are_value_pages_named_by_kind_and_region(tmp_path: Path) -> None:
    paths = write_estate(generate_estate(), tmp_path, page_size=100)
    names = [p.name for p in paths]
    assert names[:3] == [
        "virtualMachines-0001.json",
        "virtualMachines-0002.json",
        "virtualMachines-0003.json",
    ]
    assert "networkInterfaces-0001.json" in names and "resources-0001.json" in names
    for region in REGIONS:
        assert f"usages-{region}.json" in names and f"skus-{region}.json" in names
    for path in paths:
        doc = json.loads(path.read_bytes())
        assert list(doc) == ["value"], path.name  # no nextLink: the export is complete
        if path.name.startswith("virtualMachines-"):
            assert len(doc["value"]) == 100
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_rewriting_a_smaller_estate_leaves_no_stale_pages(tmp_path: Path) -> None:
    write_estate(generate_estate(2000), tmp_path, page_size=100)
    paths = write_estate(generate_estate(300), tmp_path, page_size=100)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        generate_estate(0)
    with pytest.raises(ValueError):
        write_estate(generate_estate(1), tmp_path, page_size=0)


# --- scale ----------------------------------------------------------------------------------------------


def test_scaling_gives_the_asked_vm_count_and_proportional_vnets_and_nics() -> None:
    big = generate_estate(2000)
    assert len(big.vms) == 2000
    assert len(big.of_type("Microsoft.Network/virtualNetworks")) == 40 == vnet_count(2000)
    assert vnet_count(100_000) == 2000
    attached = [n for n in big.nics if "virtualMachine" in _props(n)]
    assert 1.1 <= len(attached) / len(big.vms) <= 1.3


@pytest.mark.parametrize("vms", [1, 5, 13])
def test_tiny_estates_are_still_consistent(vms: int) -> None:
    small = generate_estate(vms)
    assert len(small.vms) == vms
    _assert_references_resolve(small)


# --- the default estate: shape -------------------------------------------------------------------------


def test_default_estate_spans_two_subscriptions_and_three_regions(estate: Estate) -> None:
    assert len(estate.vms) == 300
    assert {vm["id"].split("/")[2] for vm in estate.vms} == set(SUBSCRIPTIONS)
    assert {vm["location"] for vm in estate.vms} == set(REGIONS)
    groups = {vm["id"].split("/")[4] for vm in estate.vms}
    assert len(groups) == 12 and all(g.startswith("rg-") for g in groups)


def _assert_references_resolve(estate: Estate) -> None:
    vms = {vm["id"].lower() for vm in estate.vms}
    nics = _nics_by_key(estate)
    subnets = {
        s["id"].lower()
        for v in estate.of_type("Microsoft.Network/virtualNetworks")
        for s in _props(v)["subnets"]
    }
    for vm in estate.vms:
        for ref in _props(vm)["networkProfile"]["networkInterfaces"]:
            assert ref["id"].lower() in nics, vm["id"]
    for nic in estate.nics:
        vm_ref = _props(nic).get("virtualMachine")
        if vm_ref is not None:
            assert vm_ref["id"].lower() in vms, nic["id"]
        for ipc in _props(nic)["ipConfigurations"]:
            assert _props(ipc)["subnet"]["id"].lower() in subnets, ipc["id"]
    ipconfigs = _ipconfig_ids(estate)
    for lb in estate.of_type("Microsoft.Network/loadBalancers"):
        for pool in _props(lb)["backendAddressPools"]:
            for member in _props(pool).get("backendIPConfigurations", []):
                assert member["id"].lower() in ipconfigs, pool["id"]
    for avset in estate.of_type("Microsoft.Compute/availabilitySets"):
        for member in _props(avset)["virtualMachines"]:
            assert member["id"].lower() in vms, avset["id"]
    vnets = {v["id"].lower() for v in estate.of_type("Microsoft.Network/virtualNetworks")}
    for vnet in estate.of_type("Microsoft.Network/virtualNetworks"):
        for peering in _props(vnet)["virtualNetworkPeerings"]:
            assert _props(peering)["remoteVirtualNetwork"]["id"].lower() in vnets


def test_every_reference_resolves_case_insensitively(estate: Estate) -> None:
    _assert_references_resolve(estate)


def test_every_size_used_is_in_the_catalog_csv(estate: Estate, csv_sizes: dict[str, dict[str, str]]) -> None:
    used = {_size(vm) for vm in estate.vms}
    used |= {s["sku"]["name"] for s in estate.of_type("Microsoft.Compute/virtualMachineScaleSets")}
    for cluster in estate.of_type("Microsoft.ContainerService/managedClusters"):
        used |= {p["vmSize"] for p in _props(cluster)["agentPoolProfiles"]}
    assert used <= set(csv_sizes)
    assert {row["name"] for row in estate.skus["eastus2"]} == set(csv_sizes)


def test_every_vm_is_deployable_on_its_size(estate: Estate, csv_sizes: dict[str, dict[str, str]]) -> None:
    for vm in estate.vms:
        facts = csv_sizes[_size(vm)]
        storage = _props(vm)["storageProfile"]
        nics = _vm_nics(estate, vm)
        assert len(nics) <= int(facts["max_nics"]), vm["id"]
        assert len(storage["dataDisks"]) <= int(facts["max_data_disks"]), vm["id"]
        disks = [storage["osDisk"], *storage["dataDisks"]]
        if facts["premium_io"] == "false":
            assert all(d["managedDisk"]["storageAccountType"] != "Premium_LRS" for d in disks), vm["id"]
        if facts["accelerated_networking"] == "false":
            assert not any(_props(n)["enableAcceleratedNetworking"] for n in nics), vm["id"]
        assert _view(vm)["hyperVGeneration"] in facts["hyperv_generations"].split(","), vm["id"]
        if facts["disk_controllers"] == "NVMe":
            assert storage["diskControllerType"] == "NVMe", vm["id"]
        security = _props(vm).get("securityProfile", {}).get("securityType")
        assert (security == "ConfidentialVM") == (facts["confidential"] != "none"), vm["id"]
        if facts["cpu_arch"] == "Arm64":
            assert storage["imageReference"]["sku"].endswith("arm64"), vm["id"]
        refs = _props(vm)["networkProfile"]["networkInterfaces"]
        if len(refs) > 1:
            assert [r["properties"]["primary"] for r in refs].count(True) == 1, vm["id"]


# --- the default estate: each DOMAIN.md feature ----------------------------------------------------------


def test_supported_and_unsupported_sizes_with_and_without_temp_disk(
    estate: Estate, csv_sizes: dict[str, dict[str, str]]
) -> None:
    sizes = Counter(_size(vm) for vm in estate.vms)
    for name in (
        "Standard_D4s_v5",
        "Standard_D8ds_v5",
        "Standard_E4ds_v5",
        "Standard_D4as_v4",
        "Standard_D2d_v4",
    ):
        assert sizes[name] > 0, name  # seed-document series
    for name in (
        "Standard_D2s_v3",
        "Standard_D4s_v3",
        "Standard_E8s_v3",
        "Standard_F4s_v2",
        "Standard_DS2_v2",
    ):
        assert sizes[name] > 0, name  # not in any supported list
    assert sizes["Standard_B2ms"] > 0  # not even AN-capable
    temp = {float(csv_sizes[s]["temp_disk_gib"]) > 0 for s in sizes}
    assert temp == {True, False}


def test_gen1_and_gen2_vms_from_the_instance_view(estate: Estate) -> None:
    assert {_view(vm)["hyperVGeneration"] for vm in estate.vms} == {"V1", "V2"}


def test_scsi_and_nvme_disk_controllers(estate: Estate) -> None:
    controllers = {_props(vm)["storageProfile"].get("diskControllerType") for vm in estate.vms}
    assert {"SCSI", "NVMe", None} <= controllers


def test_arm64_confidential_and_trusted_launch_vms(
    estate: Estate, csv_sizes: dict[str, dict[str, str]]
) -> None:
    assert any(csv_sizes[_size(vm)]["cpu_arch"] == "Arm64" for vm in estate.vms)
    security = Counter(_props(vm).get("securityProfile", {}).get("securityType") for vm in estate.vms)
    assert security["ConfidentialVM"] >= 3 and security["TrustedLaunch"] > 0
    confidential = {_size(vm) for vm in estate.vms if csv_sizes[_size(vm)]["confidential"] != "none"}
    assert confidential == {"Standard_DC4as_v5", "Standard_EC4as_v5"}


def test_running_deallocated_and_stopped_vms(estate: Estate) -> None:
    assert {_power(vm) for vm in estate.vms} == {"running", "deallocated", "stopped"}


def test_accelerated_networking_on_and_off_and_an_unattached_nic_with_it(estate: Estate) -> None:
    attached = [n for n in estate.nics if "virtualMachine" in _props(n)]
    assert {_props(n)["enableAcceleratedNetworking"] for n in attached} == {True, False}
    spare = [n for n in estate.nics if "virtualMachine" not in _props(n)]
    assert any(_props(n)["enableAcceleratedNetworking"] for n in spare)


def test_multi_nic_vms_with_primary_flags(estate: Estate) -> None:
    counts = Counter(len(_props(vm)["networkProfile"]["networkInterfaces"]) for vm in estate.vms)
    assert counts[2] > 0 and counts[3] > 0
    three = next(vm for vm in estate.vms if len(_props(vm)["networkProfile"]["networkInterfaces"]) == 3)
    assert [_props(n)["primary"] for n in _vm_nics(estate, three)] == [True, False, False]
    bare = [
        vm
        for vm in estate.vms
        if any("properties" not in r for r in _props(vm)["networkProfile"]["networkInterfaces"])
    ]
    assert bare and all(len(_props(vm)["networkProfile"]["networkInterfaces"]) == 1 for vm in bare)


def test_availability_sets_with_five_update_domains_and_two_or_three_fault_domains(estate: Estate) -> None:
    avsets = estate.of_type("Microsoft.Compute/availabilitySets")
    assert {_props(a)["platformUpdateDomainCount"] for a in avsets} == {5}
    assert {_props(a)["platformFaultDomainCount"] for a in avsets} == {2, 3}
    assert all(len(_props(a)["virtualMachines"]) >= 2 for a in avsets)
    members = [vm for vm in estate.vms if "availabilitySet" in _props(vm)]
    domains = {_view(vm).get("platformUpdateDomain") for vm in members if _power(vm) == "running"}
    assert len(domains) >= 3  # members spread over update domains


def test_internal_lb_pool_holds_a_secondary_ipconfig(estate: Estate) -> None:
    ipconfigs = _ipconfig_ids(estate)
    secondary_members = [
        lb["name"]
        for lb in estate.of_type("Microsoft.Network/loadBalancers")
        for pool in _props(lb)["backendAddressPools"]
        for m in _props(pool).get("backendIPConfigurations", [])
        if _props(ipconfigs[m["id"].lower()])["primary"] is False
    ]
    assert secondary_members == ["lbi-orders"]
    internal = next(
        lb for lb in estate.of_type("Microsoft.Network/loadBalancers") if lb["name"] == "lbi-orders"
    )
    frontend = _props(_props(internal)["frontendIPConfigurations"][0])
    assert "subnet" in frontend and "publicIPAddress" not in frontend


def test_public_lb_and_ip_address_backend_pool(estate: Estate) -> None:
    lbs = {lb["name"]: lb for lb in estate.of_type("Microsoft.Network/loadBalancers")}
    public = _props(_props(lbs["lbe-partner"])["frontendIPConfigurations"][0])
    assert "publicIPAddress" in public
    pool = _props(_props(lbs["lbi-partner"])["backendAddressPools"][0])
    addresses = pool["loadBalancerBackendAddresses"]
    assert len(addresses) == 2 and all(a["properties"]["ipAddress"].startswith("10.") for a in addresses)
    assert "backendIPConfigurations" not in pool


def test_uniform_manual_scale_set_without_an_behind_an_lb_by_instance_ipconfigs(estate: Estate) -> None:
    vmss = next(
        s for s in estate.of_type("Microsoft.Compute/virtualMachineScaleSets") if s["name"] == "vmss-batch"
    )
    props = _props(vmss)
    assert props["orchestrationMode"] == "Uniform" and props["upgradePolicy"]["mode"] == "Manual"
    assert vmss["sku"]["name"] == "Standard_F4s_v2"
    config = props["virtualMachineProfile"]["networkProfile"]["networkInterfaceConfigurations"][0]
    assert config["properties"]["enableAcceleratedNetworking"] is False
    lb = next(lb for lb in estate.of_type("Microsoft.Network/loadBalancers") if lb["name"] == "lbi-batch")
    members = _props(_props(lb)["backendAddressPools"][0])["backendIPConfigurations"]
    assert len(members) == vmss["sku"]["capacity"]
    assert all("/virtualMachineScaleSets/vmss-batch/virtualMachines/" in m["id"] for m in members)


def test_aks_cluster_with_pod_subnet_and_managed_scale_sets(estate: Estate) -> None:
    (cluster,) = estate.of_type("Microsoft.ContainerService/managedClusters")
    props = _props(cluster)
    node_rg = props["nodeResourceGroup"]
    assert node_rg == "MC_rg-aks_aks-prod_eastus2"
    assert any("podSubnetID" in p for p in props["agentPoolProfiles"])
    managed = [
        s
        for s in estate.of_type("Microsoft.Compute/virtualMachineScaleSets")
        if s["id"].split("/")[4] == node_rg
    ]
    assert len(managed) == len(props["agentPoolProfiles"])
    assert all(any(t.startswith("aks-managed-") for t in s["tags"]) for s in managed)


def test_dns_resolver_points_at_a_generated_vnet(estate: Estate) -> None:
    vnets = {v["id"].lower(): v for v in estate.of_type("Microsoft.Network/virtualNetworks")}
    (resolver,) = estate.of_type("Microsoft.Network/dnsResolvers")
    ref = _props(resolver)["virtualNetwork"]["id"]
    assert ref.lower() in vnets
    assert ref not in {v["id"] for v in vnets.values()}  # same id in another casing, as real data has


def test_private_link_service_sits_in_a_generated_subnet(estate: Estate) -> None:
    subnets = {
        s["id"] for v in estate.of_type("Microsoft.Network/virtualNetworks") for s in _props(v)["subnets"]
    }
    (pls,) = estate.of_type("Microsoft.Network/privateLinkServices")
    assert {_props(c)["subnet"]["id"] for c in _props(pls)["ipConfigurations"]} <= subnets


def test_peerings_exist_in_both_directions_and_are_connected(estate: Estate) -> None:
    links = {
        (v["id"].lower(), _props(p)["remoteVirtualNetwork"]["id"].lower()): _props(p)["peeringState"]
        for v in estate.of_type("Microsoft.Network/virtualNetworks")
        for p in _props(v)["virtualNetworkPeerings"]
    }
    assert len(links) >= 4
    for (a, b), state in links.items():
        assert state == "Connected" and (b, a) in links


def test_one_vnet_already_encryption_enabled_allowing_unencrypted(estate: Estate) -> None:
    settings = [_props(v).get("encryption") for v in estate.of_type("Microsoft.Network/virtualNetworks")]
    assert settings.count({"enabled": True, "enforcement": "AllowUnencrypted"}) == 1
    encrypted = next(
        v for v in estate.of_type("Microsoft.Network/virtualNetworks") if _props(v).get("encryption")
    )
    nics = [
        n
        for n in estate.nics
        if encrypted["id"] in _props(n)["ipConfigurations"][0]["properties"]["subnet"]["id"]
    ]
    assert {_props(n)["vnetEncryptionSupported"] for n in nics} == {True, False}


def test_premium_disks_and_a_vm_with_more_data_disks_than_smaller_sizes_take(estate: Estate) -> None:
    types = {
        d["managedDisk"]["storageAccountType"]
        for vm in estate.vms
        for d in [_props(vm)["storageProfile"]["osDisk"], *_props(vm)["storageProfile"]["dataDisks"]]
    }
    assert "Premium_LRS" in types and len(types) >= 2
    assert max(len(_props(vm)["storageProfile"]["dataDisks"]) for vm in estate.vms) == 16


def test_zoned_vms_and_no_vm_on_a_restricted_size_where_restricted(estate: Estate) -> None:
    zoned = [vm for vm in estate.vms if vm.get("zones")]
    assert {z for vm in zoned for z in vm["zones"]} == {"1", "2", "3"}
    restricted_size, restricted_region = LOCATION_RESTRICTED
    assert not any(_size(vm) == restricted_size and vm["location"] == restricted_region for vm in estate.vms)
    zone_size, zone_region, _ = ZONE_RESTRICTED
    assert not any(_size(vm) == zone_size and vm["location"] == zone_region for vm in estate.vms)


def test_secondary_ipconfig_with_a_cidr_address(estate: Estate) -> None:
    addresses = [
        _props(ipc)["privateIPAddress"] for nic in estate.nics for ipc in _props(nic)["ipConfigurations"]
    ]
    assert any(a.endswith("/28") for a in addresses)


def test_mixed_id_casing_in_references(estate: Estate) -> None:
    vm_ids = {vm["id"] for vm in estate.vms}
    nic_refs = [_props(n)["virtualMachine"]["id"] for n in estate.nics if "virtualMachine" in _props(n)]
    assert any(r not in vm_ids and r.lower() in {i.lower() for i in vm_ids} for r in nic_refs)
    members = [
        m["id"]
        for a in estate.of_type("Microsoft.Compute/availabilitySets")
        for m in _props(a)["virtualMachines"]
    ]
    assert members and not (set(members) & vm_ids)


# --- the default estate: quota and SKU rows --------------------------------------------------------------


def test_usages_per_region_with_cores_and_one_nearly_exhausted_family(estate: Estate) -> None:
    assert set(estate.usages) == set(REGIONS)
    for region, rows in estate.usages.items():
        names = {r["name"]["value"]: r for r in rows}
        assert (
            names["cores"]["currentValue"] > 0 and names["cores"]["limit"] >= names["cores"]["currentValue"]
        )
        assert "standardDSv5Family" in names and all("location" not in r for r in rows)
        for row in rows:
            assert row["currentValue"] <= row["limit"], (region, row["name"]["value"])
    tight_region, tight_family, headroom = TIGHT_FAMILY
    tight = next(r for r in estate.usages[tight_region] if r["name"]["value"] == tight_family)
    assert tight["currentValue"] > 0 and tight["limit"] - tight["currentValue"] == headroom


def test_core_usage_counts_every_vm_and_scale_set_instance(
    estate: Estate, csv_sizes: dict[str, dict[str, str]]
) -> None:
    expected: Counter[str] = Counter()
    for vm in estate.vms:
        expected[vm["location"]] += int(csv_sizes[_size(vm)]["vcpus"])
    for vmss in estate.of_type("Microsoft.Compute/virtualMachineScaleSets"):
        expected[vmss["location"]] += int(csv_sizes[vmss["sku"]["name"]]["vcpus"]) * vmss["sku"]["capacity"]
    for region, rows in estate.usages.items():
        cores = next(r for r in rows if r["name"]["value"] == "cores")
        assert cores["currentValue"] == expected[region]


def test_sku_rows_carry_string_capabilities_families_and_restrictions(
    estate: Estate, csv_sizes: dict[str, dict[str, str]]
) -> None:
    rows = {r["name"]: r for r in estate.skus["eastus2"]}
    d2s = rows["Standard_D2s_v3"]
    caps = {c["name"]: c["value"] for c in d2s["capabilities"]}
    assert caps["vCPUs"] == "2" and caps["MaxResourceVolumeMB"] == "16384" and caps["PremiumIO"] == "True"
    assert all(isinstance(c["value"], str) for r in rows.values() for c in r["capabilities"])
    assert d2s["family"] == "standardDSv3Family" and d2s["resourceType"] == "virtualMachines"
    nvme = {c["name"]: c["value"] for c in rows["Standard_D4as_v6"]["capabilities"]}
    assert nvme["DiskControllerTypes"] == "NVMe" and nvme["HyperVGenerations"] == "V2"
    arm = {c["name"]: c["value"] for c in rows["Standard_D4ps_v5"]["capabilities"]}
    assert arm["CpuArchitectureType"] == "Arm64"
    assert {c["name"]: c["value"] for c in rows["Standard_DC4as_v5"]["capabilities"]}[
        "ConfidentialComputingType"
    ] == "SNP"
    assert any("Name" in z for r in rows.values() for info in r["locationInfo"] for z in info["zoneDetails"])
    restricted = {
        (r["name"], region, x["type"])
        for region, region_rows in estate.skus.items()
        for r in region_rows
        for x in r["restrictions"]
    }
    assert restricted == {
        (LOCATION_RESTRICTED[0], LOCATION_RESTRICTED[1], "Location"),
        (ZONE_RESTRICTED[0], ZONE_RESTRICTED[1], "Zone"),
    }
    zone_row = next(r for r in estate.skus[ZONE_RESTRICTED[1]] if r["name"] == ZONE_RESTRICTED[0])
    assert zone_row["restrictions"][0]["restrictionInfo"]["zones"] == list(ZONE_RESTRICTED[2])
    assert len(rows) == len(csv_sizes)


# --- the load benchmark (planner.bench) ------------------------------------------------------------------


def test_bench_measures_every_stage_in_a_subprocess_and_reports_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner import bench

    assert bench.main(["--vms", "40", "--out", str(tmp_path), "--skip", "apply", "--skip", "flowlogs"]) == 0
    out = capsys.readouterr().out
    assert "40 VMs" in out and "generated in" in out
    assert "load counts: virtual_machines=40 " in out and "errors=0" in out
    rows = {
        words[0]: line
        for line in out.splitlines()
        if (words := line.split())[:1] in (["parse"], ["load"]) and words[1] != "counts:"
    }
    assert "1.00x" in rows["parse"]
    assert "<=1.5x" in rows["load"] and ("PASS" in rows["load"] or "MISS" in rows["load"])
    assert (tmp_path / "virtualMachines-0001.json").exists()  # --out keeps the estate

    assert bench.main(["--vms", "40", "--out", str(tmp_path), "--skip", "apply", "--skip", "flowlogs"]) == 0
    assert "(reused)" in capsys.readouterr().out
    assert bench.main(["--vms", "41", "--out", str(tmp_path), "--skip", "apply", "--skip", "flowlogs"]) == 0
    assert "generated in" in capsys.readouterr().out  # another size: not reused


def test_bench_report_marks_missed_targets_and_stages_that_could_not_run(tmp_path: Path) -> None:
    from planner.bench import STAGES, Result, report

    write_estate(generate_estate(12), tmp_path)
    text = report(
        [
            Result(STAGES["parse"], seconds=1.0, peak_rss_mb=40.0, counts={"files": 1}),
            Result(STAGES["load"], seconds=2.0, peak_rss_mb=3000.0, counts={"virtual_machines": 12}),
        ],
        tmp_path,
        12,
        7,
        None,
    )
    load_row = next(line for line in text.splitlines() if line.startswith("load"))
    assert "2.00x" in load_row and "<=1.5x MISS" in load_row and "<2048 MB MISS" in load_row
    failed = report([Result(STAGES["load"], error="ImportError: boom")], tmp_path, 12, 7, None)
    assert "could not run: ImportError: boom" in failed


def test_bench_refuses_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from planner import bench

    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert bench.main(["--out", str(not_a_folder)]) == 2
    assert bench.main(["--vms", "0"]) == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_files_are_identical_across_interpreters_with_different_hash_seeds(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    script = (
        "import hashlib, sys; from pathlib import Path; from planner.demo.estate import write_estate_streaming; "
        "h = hashlib.sha256(); "
        "[h.update(p.name.encode() + p.read_bytes()) for p in write_estate_streaming(Path(sys.argv[1]), vms=400)]; "
        "print(h.hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / seed)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    (digest,) = digests
    assert len(digest.strip()) == 64
