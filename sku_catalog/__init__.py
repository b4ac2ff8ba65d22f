"""sku_catalog: VM size facts, the series VNet encryption supports, and per-location SKU availability.

Re-exports the public API; the data files beside this module ship in the wheel.
"""

from .catalog import (
    SERIES_LISTS,
    Catalog,
    CatalogDataError,
    SeriesEntry,
    SeriesRule,
    SizeInfo,
    estimate_size,
    load_catalog,
)
from .names import ParsedName, parse_size_name, quota_family_name

__all__ = [
    "SERIES_LISTS",
    "Catalog",
    "CatalogDataError",
    "ParsedName",
    "SeriesEntry",
    "SeriesRule",
    "SizeInfo",
    "estimate_size",
    "load_catalog",
    "parse_size_name",
    "quota_family_name",
]
