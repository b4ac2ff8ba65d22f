"""Azure VM size names: what `Standard_D4s_v5` says by itself.

Owns the naming convention (MicrosoftDocs/azure-compute-docs
`articles/virtual-machines/vm-naming-conventions.md`: family + sub-family + vCPUs + -constrained vCPUs +
feature letters + accelerator + _vN) as code: `parse_size_name` splits a name into its parts and rebuilds the
series the way `vm-sizes.csv` spells it; `quota_family_name` derives the Compute quota family (the Resource
SKUs `family`, e.g. `standardDSv5Family`) when no SKU data names it. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TIERS = ("standard", "basic")
_CORE = re.compile(r"^([a-z]+)(\d+)(?:-(\d+))?([a-z]*)$")
_VERSION = re.compile(r"^v(\d{1,2})$")  # V620, V710: accelerators, not versions
_ACCELERATOR = re.compile(r"^[a-z]+\d+[a-z]*$")

# Families whose name prefix marks confidential computing (DCasv5, ECesv5, NCCads_H100_v5).
_CONFIDENTIAL_PREFIXES = frozenset({"DC", "EC", "NCC"})

# Old names number sizes instead of counting vCPUs (D1..D5, D11..D15 for D/DS v1 and v2; A0..A7; G1..G5).
# Values checked against the vCPUs capability of every such row in the eastus2 Resource SKUs recording.
_LEGACY_VCPUS: dict[str, dict[int, int]] = {
    "D": {1: 1, 2: 2, 3: 4, 4: 8, 5: 16, 11: 2, 12: 4, 13: 8, 14: 16, 15: 20},
    "A": {0: 1, 1: 1, 2: 2, 3: 4, 4: 8, 5: 2, 6: 4, 7: 8},
    "G": {1: 2, 2: 4, 3: 8, 4: 16, 5: 32},
}

# Quota families that no rule predicts, keyed by case-folded series. Sources: openshift/installer
# docs/user/azure/tested_instance_types_x86_64.md (series -> family tables, taken from Resource SKUs) for the
# DC/EC rows and NCads H100 v5; the aspire.dev rendering of microsoft/aspire AksNodeVmSizes.cs (generated from
# Resource SKUs) for the ND GB200/GB300 v6 rows.
_FAMILY_BY_SERIES: dict[str, str] = {
    "dcdsv3": "standardDDCSv3Family",
    "dcesv5": "standardDCEV5Family",
    "dcedsv5": "standardDCEDV5Family",
    "ecesv5": "standardECEV5Family",
    "ecedsv5": "standardECEDV5Family",
    "ncadsh100v5": "StandardNCadsH100v5Family",
    "ndsrgb200v6": "standardNDISRGB200V6NDRFamily",
    "ndsrgb300v6": "standardNDISRGB300V6Family",
}


@dataclass(frozen=True, slots=True)
class ParsedName:
    """The parts of one size name. `letters` keeps the feature letters as written, in name order."""

    name: str
    tier: str  # Standard / Basic
    family: str  # D, E, F, M, L, B, A, DC, EC, NC, ND, NCC, HB ... (DS/GS are family D/G with `s`)
    vcpus: int
    constrained_vcpus: int | None  # M8-2ms -> 2
    letters: str  # "ads" for D4ads_v5, lower case
    features: frozenset[str]  # letters plus "s" for DS/GS names and "C" for confidential families
    accelerator: str | None  # H100, A100, GB200 ...
    version: int  # 1 when the name has no _vN
    explicit_version: bool
    memory_tib: int | None  # the memory segment of M-series names: M416s_8_v2 -> 8
    extras: tuple[str, ...]  # other name segments kept for completeness: NDR, cc
    promo: bool
    legacy_prefix: bool  # DS2_v2 / GS4: the S is part of the family prefix, not a feature letter
    series: str  # the series as vm-sizes.csv spells it: Ddsv5, DCasv5, Mv2, DSv2, Av2, Bv1, M, NCadsH100v5


def parse_size_name(name: str) -> ParsedName | None:
    """Split an ARM size name (`Standard_E4-2ads_v5`, any casing, tier prefix optional); None if not one."""
    text = name.strip()
    segments = [s for s in text.split("_") if s]
    if not segments:
        return None
    tier = "Standard"
    if segments[0].lower() in _TIERS:
        tier = segments[0].capitalize()
        segments = segments[1:]
    if not segments:
        return None
    core = _CORE.match(segments[0].lower())
    if core is None:
        return None
    prefix, number_text, constrained_text, letters = core.groups()
    family = prefix.upper()
    features = set(letters)
    legacy_prefix = False
    if family in ("DS", "GS"):
        family, legacy_prefix = family[0], True
        features.add("s")
    if family in _CONFIDENTIAL_PREFIXES:
        features.add("C")

    version: int | None = None
    accelerator: str | None = None
    memory_tib: int | None = None
    extras: list[str] = []
    promo = False
    for segment in segments[1:]:
        low = segment.lower()
        found = _VERSION.match(low)
        if found and version is None:
            version = int(found.group(1))
        elif low == "promo":
            promo = True
        elif low.isdigit():
            memory_tib = int(low)
        elif _ACCELERATOR.match(low) and accelerator is None:
            accelerator = segment.upper()
        elif low.isalpha():
            extras.append(segment.upper() if segment.isupper() else low)
        else:
            return None

    number = int(number_text)
    explicit = version is not None
    resolved_version = version if version is not None else 1
    vcpus = _vcpus(family, number, resolved_version, explicit)
    return ParsedName(
        name=text,
        tier=tier,
        family=family,
        vcpus=vcpus,
        constrained_vcpus=int(constrained_text) if constrained_text else None,
        letters=letters,
        features=frozenset(features),
        accelerator=accelerator,
        version=resolved_version,
        explicit_version=explicit,
        memory_tib=memory_tib,
        extras=tuple(extras),
        promo=promo,
        legacy_prefix=legacy_prefix,
        series=_series(
            family, letters, legacy_prefix, accelerator, resolved_version if explicit else None, vcpus
        ),
    )


def _vcpus(family: str, number: int, version: int, explicit: bool) -> int:
    table = _LEGACY_VCPUS.get(family)
    if table is None:
        return number
    legacy = (family == "D" and version <= 2) or (family in ("A", "G") and not explicit)
    return table.get(number, number) if legacy else number


def _series_letters(family: str, letters: str) -> str:
    # vm-sizes.csv files isolated (i) and extra-memory (x) sizes under their base series: E104is_v5 is Esv5.
    kept = [c for c in letters if c not in "ix"]
    if family == "A":
        kept = [c for c in kept if c != "m"]
    elif family == "B":
        kept = [c for c in kept if c in "aps"]
    elif family == "M":
        kept = [c for c in kept if c not in "mlt"]
    return "".join(kept)


def _series(
    family: str, letters: str, legacy_prefix: bool, accelerator: str | None, version: int | None, vcpus: int
) -> str:
    if family == "B" and version is None:
        return "Bv1"
    if family == "M":
        if version is None:
            return "M"
        # The v2 high-memory sizes (M208, M416) form Mv2; smaller v2 sizes are the Msv2/Mdsv2 medium lines.
        if version == 2 and vcpus >= 208:
            return "Mv2"
    prefix = family + "S" if legacy_prefix else family
    suffix = f"v{version}" if version is not None else ""
    return f"{prefix}{_series_letters(family, letters)}{accelerator or ''}{suffix}"


def quota_family_name(name: str) -> str | None:
    """Best-effort Compute quota family of a size (the Resource SKUs `family`); None if the name won't parse.

    Rules read off real Resource SKUs data (tests check them against every row of a recorded eastus2 list):
    `standard` + family + feature letters upper-cased (r and the A-series m dropped) + vN + `Family`, with the
    M-series, B v1, A0-A7, Basic and Promo spellings, and the newer lower-case style (`StandardDsv6Family`,
    `standardBsv2Family`, `standardDav6Family`) for v6+, B v2+ and L v4+. Compare case-insensitively: Azure's
    own spellings differ in case between generations.
    """
    parsed = parse_size_name(name)
    if parsed is None:
        return None
    override = _FAMILY_BY_SERIES.get(parsed.series.casefold())
    if override is not None:
        return override
    if parsed.tier == "Basic":
        return f"basic{parsed.family}Family"
    promo = "Promo" if parsed.promo else ""
    family = parsed.family
    version = f"v{parsed.version}" if parsed.explicit_version else ""
    if family == "A" and not parsed.explicit_version and parsed.vcpus <= 8:
        return f"standardA0_A7{promo}Family"
    if family == "B" and not parsed.explicit_version:
        return "standardBSFamily"
    if family == "M":
        return _m_family(parsed)
    if _lower_case_style(parsed):
        return _lower_case_family(parsed)
    letters = [c for c in parsed.letters if c != "r" and not (family == "A" and c == "m")]
    prefix = family + "S" if parsed.legacy_prefix else family
    upper = "".join(letters).upper()
    return f"standard{prefix}{upper}{parsed.accelerator or ''}{version}{promo}Family"


def _m_family(parsed: ParsedName) -> str:
    if not parsed.explicit_version:
        return "standardMSFamily"
    if parsed.version == 2 and parsed.vcpus >= 208:
        return "standardMSv2Family"
    letters = "".join(c for c in parsed.letters if c not in "mxlt").upper()
    memory = "HighMemory" if parsed.vcpus >= 416 else "MediumMemory"
    return f"standardM{letters}{memory}v{parsed.version}Family"


def _lower_case_style(parsed: ParsedName) -> bool:
    if not parsed.explicit_version:
        return False
    if parsed.family == "B":
        return parsed.version >= 2
    if parsed.family == "L":
        return parsed.version >= 4
    return parsed.version >= 6


def _lower_case_family(parsed: ParsedName) -> str:
    letters = _series_letters(parsed.family, parsed.letters)
    if parsed.family in ("D", "E") and "a" in letters:
        # AMD D/E v6 quota families drop the s: Dasv6 -> standardDav6Family, Daldsv6 -> standardDaldv6Family.
        return f"standard{parsed.family}{letters.replace('s', '')}v{parsed.version}Family"
    word = "standard" if parsed.family in ("B", "L") else "Standard"
    return f"{word}{parsed.family}{letters}{parsed.accelerator or ''}v{parsed.version}Family"
