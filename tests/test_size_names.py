"""Tests for sku_catalog.names: the size-name parser and the derived quota family names."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sku_catalog.names import parse_size_name, quota_family_name

FIXTURES = Path(__file__).parent / "fixtures" / "catalog"

# Names whose reconstructed series differs from vm-sizes.csv, with the reason. Keep short.
SERIES_EXCEPTIONS = {
    # The DCsv2 page lists DC8_v2 without the `s` its siblings carry; the name alone can't say it is DCsv2.
    "Standard_DC8_v2": "DCsv2",
}
# Names the parser does not read (a digit after the feature letters); their series is taken from the page.
UNPARSED = {"Standard_ND128isrG5_GB300_v6"}


def csv_rows() -> list[dict[str, str]]:
    text = resources.files("sku_catalog").joinpath("vm-sizes.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def eastus2_rows() -> list[dict[str, Any]]:
    data = json.loads((FIXTURES / "resourceskus-eastus2-vms.json").read_text(encoding="utf-8"))
    rows: list[dict[str, Any]] = data["value"]
    return rows


def test_every_csv_name_parses_with_the_csv_vcpus() -> None:
    rows = csv_rows()
    assert len(rows) == 754
    wrong = []
    for row in rows:
        if row["name"] in UNPARSED:
            assert parse_size_name(row["name"]) is None
            continue
        parsed = parse_size_name(row["name"])
        if parsed is None or parsed.vcpus != int(row["vcpus"]):
            wrong.append((row["name"], row["vcpus"], parsed and parsed.vcpus))
    assert wrong == []


def test_gpu_model_segments_are_accelerators_not_versions() -> None:
    parsed = parse_size_name("Standard_NG32ads_V620_v1")
    assert parsed is not None
    assert (parsed.accelerator, parsed.version, parsed.series) == ("V620", 1, "NGadsV620v1")


def test_every_csv_name_reconstructs_the_csv_series_except_the_listed_ones() -> None:
    mismatches = {}
    for row in csv_rows():
        if row["name"] in UNPARSED:
            continue
        parsed = parse_size_name(row["name"])
        assert parsed is not None
        if parsed.series != row["series"]:
            mismatches[row["name"]] = row["series"]
    assert mismatches == SERIES_EXCEPTIONS


def test_parsed_vcpus_match_the_vcpus_capability_of_every_recorded_sku() -> None:
    # Covers the old numbered names (D11_v2, DS14, A0..A7, G1..G5) the CSV does not hold.
    wrong = []
    for row in eastus2_rows():
        caps = {c["name"]: c["value"] for c in row["capabilities"]}
        parsed = parse_size_name(row["name"])
        if parsed is None or parsed.vcpus != int(caps["vCPUs"]):
            wrong.append(row["name"])
    assert wrong == []


def test_derived_quota_family_matches_every_recorded_sku_family() -> None:
    rows = eastus2_rows()
    misses = [(r["name"], r["family"], quota_family_name(r["name"])) for r in rows]
    misses = [m for m in misses if m[1] != m[2]]
    hit_rate = 1 - len(misses) / len(rows)
    assert len(rows) == 243
    assert misses == [], f"hit rate {hit_rate:.1%}"


# Series -> quota family pairs from openshift/installer docs/user/azure/tested_instance_types_x86_64.md
# and tested_instance_types_aarch64.md (tables taken from Resource SKUs), each shown with one real size of
# its series.
NEWER_FAMILIES = {
    "Standard_B2as_v2": "standardBasv2Family",
    "Standard_B2s_v2": "standardBsv2Family",
    "Standard_B2ps_v2": "standardBpsv2Family",
    "Standard_D2ads_v5": "standardDADSv5Family",
    "Standard_D2ads_v6": "standardDadv6Family",
    "Standard_D2alds_v6": "standardDaldv6Family",
    "Standard_D2als_v6": "standardDalv6Family",
    "Standard_D2as_v6": "standardDav6Family",
    "Standard_D2ds_v6": "StandardDdsv6Family",
    "Standard_D2lds_v6": "StandardDldsv6Family",
    "Standard_D2ls_v6": "StandardDlsv6Family",
    "Standard_D2s_v6": "StandardDsv6Family",
    "Standard_D2ls_v5": "standardDLSv5Family",
    "Standard_DC1ds_v3": "standardDDCSv3Family",
    "Standard_DC2es_v5": "standardDCEV5Family",
    "Standard_DC2eds_v5": "standardDCEDV5Family",
    "Standard_EC2as_v5": "standardECASv5Family",
    "Standard_E2ads_v6": "standardEadv6Family",
    "Standard_E2as_v6": "standardEav6Family",
    "Standard_E2bds_v5": "standardEBDSv5Family",
    "Standard_E104ids_v5": "standardEIDSv5Family",
    "Standard_E112iads_v5": "standardEIADSv5Family",
    "Standard_E2ds_v6": "StandardEdsv6Family",
    "Standard_E2s_v6": "StandardEsv6Family",
    "Standard_M12s_v3": "standardMSMediumMemoryv3Family",
    "Standard_M12ds_v3": "standardMDSMediumMemoryv3Family",
    "Standard_M416s_6_v3": "standardMSHighMemoryv3Family",
    "Standard_M832ids_16_v3": "standardMIDSHighMemoryv3Family",
    "Standard_M32ms_v2": "standardMSMediumMemoryv2Family",
    "Standard_M192idms_v2": "standardMIDSMediumMemoryv2Family",
    "Standard_F2als_v6": "StandardFalsv6Family",
    "Standard_F2ams_v6": "StandardFamsv6Family",
    "Standard_F2as_v6": "StandardFasv6Family",
    "Standard_L8s_v3": "standardLSv3Family",
    "Standard_NC24ads_A100_v4": "StandardNCADSA100v4Family",
    "Standard_NC40ads_H100_v5": "StandardNCadsH100v5Family",
    "Standard_D2pds_v5": "standardDPDSv5Family",
    "Standard_D2plds_v6": "StandardDpldsv6Family",
    "Standard_E2ps_v6": "StandardEpsv6Family",
    "Standard_E2pds_v5": "standardEPDSv5Family",
}


@pytest.mark.parametrize(("name", "family"), sorted(NEWER_FAMILIES.items()))
def test_derived_quota_family_matches_newer_published_families(name: str, family: str) -> None:
    derived = quota_family_name(name)
    assert derived is not None
    assert derived.casefold() == family.casefold()


def test_quota_family_is_none_for_a_name_that_does_not_parse() -> None:
    assert quota_family_name("not a size") is None


def test_constrained_name_keeps_full_vcpus_and_records_the_constraint() -> None:
    parsed = parse_size_name("Standard_M8-2ms")
    assert parsed is not None
    assert (parsed.family, parsed.vcpus, parsed.constrained_vcpus, parsed.series) == ("M", 8, 2, "M")
    assert parsed.features == frozenset("ms")


def test_gpu_name_yields_accelerator_and_series_spelled_from_the_name() -> None:
    h100 = parse_size_name("Standard_NC80adis_H100_v5")
    gb200 = parse_size_name("Standard_ND128isr_NDR_GB200_v6")
    assert h100 is not None and gb200 is not None
    assert (h100.family, h100.vcpus, h100.accelerator, h100.version, h100.series) == (
        "NC",
        80,
        "H100",
        5,
        "NCadsH100v5",
    )
    assert (gb200.accelerator, gb200.extras, gb200.series) == ("GB200", ("NDR",), "NDsrGB200v6")


def test_legacy_ds_prefix_is_family_d_with_premium_letter() -> None:
    parsed = parse_size_name("Standard_DS2_v2")
    assert parsed is not None
    assert (parsed.family, parsed.vcpus, parsed.series, parsed.legacy_prefix) == ("D", 2, "DSv2", True)
    assert "s" in parsed.features


def test_confidential_families_carry_the_c_feature() -> None:
    for name in ("Standard_DC4as_v5", "Standard_EC8es_v5", "Standard_DC2s_v2"):
        parsed = parse_size_name(name)
        assert parsed is not None and "C" in parsed.features
    plain = parse_size_name("Standard_D4as_v5")
    assert plain is not None and "C" not in plain.features


def test_m_series_memory_segment_and_mv2_rule() -> None:
    big = parse_size_name("Standard_M416s_8_v2")
    medium = parse_size_name("Standard_M128s_v2")
    assert big is not None and medium is not None
    assert (big.vcpus, big.memory_tib, big.series) == (416, 8, "Mv2")
    assert (medium.memory_tib, medium.series) == (None, "Msv2")


def test_tier_promo_and_missing_version() -> None:
    basic = parse_size_name("Basic_A0")
    promo = parse_size_name("Standard_D2_v2_Promo")
    b1 = parse_size_name("Standard_B1ls")
    assert basic is not None and promo is not None and b1 is not None
    assert (basic.tier, basic.vcpus, basic.version, basic.explicit_version) == ("Basic", 1, 1, False)
    assert promo.promo and promo.series == "Dv2"
    assert (b1.series, b1.version) == ("Bv1", 1)


def test_parsing_ignores_case_and_the_tier_prefix() -> None:
    canonical = parse_size_name("Standard_E4-2ads_v5")
    assert canonical is not None
    for variant in ("standard_e4-2ADS_V5", "E4-2ads_v5", "  STANDARD_E4-2ads_v5 "):
        parsed = parse_size_name(variant)
        assert parsed is not None
        assert (parsed.family, parsed.vcpus, parsed.constrained_vcpus, parsed.series) == (
            canonical.family,
            canonical.vcpus,
            canonical.constrained_vcpus,
            canonical.series,
        )


@pytest.mark.parametrize(
    "text", ["", "Standard_", "_", "Standard_4s_v5", "Standard_D4s_v5_!", "D4s v5", "Basic"]
)
def test_non_size_names_give_none(text: str) -> None:
    assert parse_size_name(text) is None


@given(st.text(max_size=40))
def test_parser_never_raises(text: str) -> None:
    parsed = parse_size_name(text)
    assert parsed is None or parsed.vcpus >= 0


_FAMILIES = st.sampled_from(["D", "E", "F", "L", "DC", "EC", "NC", "ND"])
_LETTERS = st.lists(st.sampled_from("abdlpst"), unique=True, max_size=4).map("".join)


@given(_FAMILIES, st.integers(min_value=2, max_value=999), _LETTERS, st.integers(min_value=3, max_value=9))
def test_composed_names_round_trip(family: str, vcpus: int, letters: str, version: int) -> None:
    parsed = parse_size_name(f"Standard_{family}{vcpus}{letters}_v{version}")
    assert parsed is not None
    assert (parsed.family, parsed.vcpus, parsed.letters, parsed.version) == (family, vcpus, letters, version)
    assert parsed.series == f"{family}{letters}v{version}"
    assert set(letters) <= parsed.features
