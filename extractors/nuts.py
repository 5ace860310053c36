"""Eurostat GISCO NUTS: the code lists of several NUTS versions and the 2024 boundaries.

GISCO (Eurostat's geographic information system) distributes the NUTS classification at
https://gisco-services.ec.europa.eu/distribution/v2/nuts/: per version a code list
``csv/NUTS_AT_{year}.csv`` and boundaries ``geojson/NUTS_RG_{scale}_{year}_4326_LEVL_{level}.geojson``.
The landscape's target version is 2024; the older lists (2013, 2016, 2021) are staged so codes that
sources still carry (CORDIS, REGPAT, ECCP mix versions) can be recognised and mapped
(extractors/nuts_changes.py has the correspondence between versions).

Licences differ by file: code lists are © European Union, reusable with attribution (CC BY 4.0); the
boundaries are "© EuroGeographics for the administrative boundaries", for non-commercial use only.
Both are said in the docs and in every release's datapackage.json.

Quirks (research/sources.md §4.1):
- Code lists are comma-separated with every field double-quoted, LF line ends; ``NUTS_NAME`` is in the
  national script (Greek, Cyrillic), ``NAME_LATN`` its Latin transliteration.
- Country codes are the EU's: ``EL`` Greece, ``UK`` United Kingdom (in lists up to 2021 only).
- GeoJSON coordinates are lon/lat (EPSG:4326); a region is a Polygon or a MultiPolygon (islands).
- Low resolution (1:60 million by default, ``LANDSCAPE_NUTS_SCALE``) is coarse near borders: placement
  by coordinates says when a point lies on or near a boundary rather than trusting it blindly.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from extractors.archive import RawDocument
from extractors.base import Dataset, EntitySpec, ProgressFactory, SourceMeta
from extractors.dialects import CsvDialect
from extractors.errors import LayoutChanged
from transforms.parse_sql import Field

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.nuts")

VERSIONS = (2013, 2016, 2021, 2024)
TARGET_VERSION = 2024
SCALE_ENV = "LANDSCAPE_NUTS_SCALE"
DEFAULT_SCALE = "60M"
SCALES = ("01M", "03M", "10M", "20M", "60M")
GISCO_CSV = CsvDialect(delimiter=",", quote='"', escape='"', all_quoted=True)


def boundaries_file(scale: str = DEFAULT_SCALE, version: int = TARGET_VERSION, level: int = 3) -> str:
    return f"geojson/NUTS_RG_{scale}_{version}_4326_LEVL_{level}.geojson"


SOURCE = SourceMeta(
    name="nuts",
    title="Eurostat GISCO NUTS classification: code lists 2013-2024 and 2024 boundaries",
    publisher="Eurostat, GISCO",
    homepage="https://ec.europa.eu/eurostat/web/gisco/geodata/statistical-units/territorial-units-statistics",
    default_base_url="https://gisco-services.ec.europa.eu/distribution/v2/nuts",
    licence="Code lists: CC-BY-4.0 (© European Union); boundaries: non-commercial use only",
    attribution="© European Union, Eurostat GISCO; © EuroGeographics for the administrative boundaries",
    datasets=(
        *(Dataset(str(v), f"csv/NUTS_AT_{v}.csv", f"NUTS {v} code list") for v in VERSIONS),
        Dataset("boundaries", boundaries_file(), "NUTS 2024 level-3 regions, boundaries (GeoJSON, EPSG:4326)"),
    ),
    expected_rows={"nuts_region": (500, 20_000), "nuts_boundary": (100, 3_000)},
    schedule="@monthly",
    tags=("reference", "regions"),
)

REGION = EntitySpec(
    entity="nuts_region",
    table="stg_nuts__regions",
    member="NUTS_AT.csv",
    key=("nuts_id",),
    schema="schemas.nuts:NutsRegionSchema",
    fields=(
        Field("nuts_id", "NUTS_ID"),
        Field("level", "LEVL_CODE", "int"),
        Field("country_code", "CNTR_CODE"),
        Field("name_latn", "NAME_LATN"),
        Field("name", "NUTS_NAME"),
        Field("mount_type", "MOUNT_TYPE", "int"),
        Field("urbn_type", "URBN_TYPE", "int"),
        Field("coast_type", "COAST_TYPE", "int"),
    ),
    ignored_columns=("FID",),
)
BOUNDARY = EntitySpec(
    entity="nuts_boundary",
    table="stg_nuts__boundaries",
    member="NUTS_RG.geojson",
    key=("nuts_id",),
    schema="schemas.nuts:NutsBoundarySchema",
    fields=(
        Field("nuts_id", "NUTS_ID"),
        Field("level", "LEVL_CODE", "int"),
        Field("country_code", "CNTR_CODE"),
        Field("geometry", "geometry"),
    ),
)
ENTITIES: tuple[EntitySpec, ...] = (REGION, BOUNDARY)


def scale(settings: Settings) -> str:
    chosen = ((settings.env or {}).get(SCALE_ENV) or DEFAULT_SCALE).strip().upper()
    if chosen not in SCALES:
        raise ValueError(f"{SCALE_ENV} must be one of {', '.join(SCALES)}, got {chosen!r}")
    return chosen


def fetch(client: HttpClient, base_url: str, progress: ProgressFactory | None = None) -> dict[str, RawDocument]:
    """Each version's code list and the boundaries at the configured scale (conditional GETs)."""
    files = {str(v): f"csv/NUTS_AT_{v}.csv" for v in VERSIONS}
    files["boundaries"] = boundaries_file(scale(client.settings))
    return {
        key: client.fetch(f"{base_url}/{name}", progress=progress(name) if progress else None)
        for key, name in files.items()
    }


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    """Code lists staged with their version as the dataset; the boundaries as one row per region."""
    from warehouse.stage import Provenance, stage_file, stage_records

    ledgers = []
    for key in sorted(docs):
        doc = docs[key]
        prov = Provenance.of(run_id, SOURCE.name, key, doc)
        if key == "boundaries":
            ledger = stage_records(con, boundary_records(doc.path.read_bytes()), BOUNDARY, prov)
        else:
            ledger = stage_file(con, doc.path, REGION, prov, dialect=GISCO_CSV)
        log.info("nuts %s: %s", key, ledger.counts)
        ledgers.append(ledger)
    return ledgers


def boundary_records(body: bytes) -> list[dict[str, str | None]]:
    """One record per feature: its code, level, country and geometry (GeoJSON text, lon/lat)."""
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LayoutChanged(f"NUTS boundaries are not JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise LayoutChanged("NUTS boundaries are not a GeoJSON FeatureCollection")
    crs = ((document.get("crs") or {}).get("properties") or {}).get("name", "")
    if crs and not crs.endswith(("4326", "CRS84")):
        # Other GISCO projections (3035, 3857) are in metres: coordinates would be nonsense as lon/lat.
        raise LayoutChanged(f"NUTS boundaries in {crs}; the pipeline reads EPSG:4326 files only")
    records = []
    for number, feature in enumerate(document.get("features") or (), start=1):
        properties: dict[str, Any] = feature.get("properties") or {}
        geometry = feature.get("geometry")
        records.append(
            {
                "NUTS_ID": _text(properties.get("NUTS_ID") or feature.get("id")),
                "LEVL_CODE": _text(properties.get("LEVL_CODE")),
                "CNTR_CODE": _text(properties.get("CNTR_CODE")),
                "geometry": json.dumps(geometry, separators=(",", ":")) if geometry else None,
                "_line": str(number),
            }
        )
    if not records:
        raise LayoutChanged("NUTS boundaries hold no features")
    return records


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
