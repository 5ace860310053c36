"""Research Organization Registry (ROR): open identifiers of research organisations, with their names.

ROR (ror.org; run by the California Digital Library, Crossref and DataCite) publishes its whole
registry as a data dump on Zenodo, in the ``ror-data`` community (concept DOI 10.5281/zenodo.6347574),
one Zenodo record per release, every release kept. The data is CC0 1.0; we attribute it anyway.
The newest release is found through Zenodo's records API
(``/api/records/?communities=ror-data&sort=mostrecent``): the newest record's file
``vX.YY-YYYY-MM-DD-ror-data.zip`` comes with its size and an ``md5:`` checksum, which we verify.
A new release is a new Zenodo record with a new URL, so one ``dump`` dataset whose rows are replaced
as a whole: organisations dropped from ROR leave staging with it.

Quirks (shared/research/sources.md §5.1):
- Zenodo writes absolute links to itself (``https://zenodo.org/api/records/<id>/files/<key>/content``);
  the path is kept and the configured base URL put in front, so a mirror or the loopback snapshot is
  asked, never the live site behind the configuration's back.
- Releases 1.45 to 1.74 hold both schema v1 and ``_schema_v2`` files (JSON and CSV); later ones only
  v2. We read the ``*_schema_v2.json`` and refuse a zip without one: v1 has another shape entirely.
- The JSON is one array of about 120,000 records (about 250 MB). DuckDB reads and flattens it in SQL;
  it is never loaded whole into Python, only the flattened rows of one entity at a time are.
- A name has several types: the display name is also a label (``["ror_display", "label"]``), so it is
  staged once per type. Acronyms and aliases often have no language (null).
- External ids: ``preferred`` may be null while ``all`` has values (ISNI often); ISNIs are written with
  spaces. Multi-valued fields are sorted by Unicode value, not by importance.
- Inactive and withdrawn records stay in the dump, with successor/predecessor relationships; parent
  and child relationships are written on both sides.
- Country codes are ISO 3166-1 (GB, GR), from GeoNames. A record may hold several locations (nearly
  all have one); the first is staged.

``source_line`` of every staged row is the position of its organisation in the dump's JSON array
(1-based), the same for the organisation and its names, ids and relationships.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from extractors.archive import RawDocument
from extractors.base import Dataset, EntitySpec, ProgressFactory, SourceMeta
from extractors.errors import DownloadIncomplete, LayoutChanged
from extractors.zipped import extract_one
from transforms.parse_sql import Field
from transforms.sqltext import literal

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.ror")

DUMP = "dump"
LISTING_PATH = "/api/records/"
# Zenodo answers the same records for any parameter order; this order is the one the snapshot keeps.
LISTING_QUERY = "communities=ror-data&sort=mostrecent"
DUMP_SUFFIX = "-ror-data.zip"
JSON_V2_SUFFIX = "_schema_v2.json"

SOURCE = SourceMeta(
    name="ror",
    title="Research Organization Registry (ROR): organisations, their names, external ids and relationships",
    publisher="Research Organization Registry (California Digital Library, Crossref, DataCite), via Zenodo",
    homepage="https://ror.org",
    default_base_url="https://zenodo.org",
    licence="CC0-1.0",
    attribution="Research Organization Registry (ror.org)",
    datasets=(
        Dataset(
            DUMP,
            "vX.YY-YYYY-MM-DD" + DUMP_SUFFIX,
            "ROR data dump: the newest record of the Zenodo ror-data community, found through the records API",
        ),
    ),
    # Live: about 120,000 organisations with 400,000 names (some 520,000 rows, one per name type); ids
    # and relationships estimated at a few hundred thousand and under a hundred thousand. The offline
    # snapshot: about 630 organisations, 2,000 name rows, 1,100 ids, 200 relationships.
    expected_rows={
        "ror_organisation": (300, 250_000),
        "ror_name": (600, 1_500_000),
        "ror_external_id": (100, 1_000_000),
        "ror_relationship": (10, 1_000_000),
    },
    schedule="@monthly",
    tags=("reference", "identity"),
)

ORGANISATION = EntitySpec(
    entity="ror_organisation",
    table="stg_ror__organisations",
    member="*" + JSON_V2_SUFFIX,
    key=("ror_id",),
    schema="schemas.ror:RorOrganisationSchema",
    # Source columns are named as in ROR's own CSV dump; ror_id and the preferred-or-first ids are ours.
    fields=(
        Field("ror_id", "ror_id"),
        Field("ror_url", "id"),
        Field("name", "names.types.ror_display"),
        Field("status", "status"),
        Field("types", "types"),
        Field("established", "established", "int"),
        Field("country", "locations.geonames_details.country_code"),
        Field("country_subdivision_code", "locations.geonames_details.country_subdivision_code"),
        Field("city", "locations.geonames_details.name"),
        Field("latitude", "locations.geonames_details.lat", "float"),
        Field("longitude", "locations.geonames_details.lng", "float"),
        Field("geonames_id", "locations.geonames_id", "digits"),
        Field("website", "links.type.website"),
        Field("domains", "domains"),
        Field("wikidata", "external_ids.type.wikidata.preferred_or_first"),
        Field("isni", "external_ids.type.isni.preferred_or_first"),
        Field("fundref", "external_ids.type.fundref.preferred_or_first"),
        Field("grid", "external_ids.type.grid.preferred_or_first"),
        Field("last_modified", "admin.last_modified.date", "date"),
    ),
)
NAME = EntitySpec(
    entity="ror_name",
    table="stg_ror__names",
    member="*" + JSON_V2_SUFFIX,
    key=("ror_id", "kind", "name", "lang"),
    schema="schemas.ror:RorNameSchema",
    fields=(
        Field("ror_id", "ror_id"),
        Field("name", "names.value"),
        Field("kind", "names.types"),
        Field("lang", "names.lang"),
    ),
)
EXTERNAL_ID = EntitySpec(
    entity="ror_external_id",
    table="stg_ror__external_ids",
    member="*" + JSON_V2_SUFFIX,
    key=("ror_id", "id_type", "id_value"),
    schema="schemas.ror:RorExternalIdSchema",
    fields=(
        Field("ror_id", "ror_id"),
        Field("id_type", "external_ids.type"),
        Field("id_value", "external_ids.all"),
        Field("preferred", "external_ids.is_preferred", "bool"),
    ),
)
RELATIONSHIP = EntitySpec(
    entity="ror_relationship",
    table="stg_ror__relationships",
    member="*" + JSON_V2_SUFFIX,
    key=("ror_id", "relationship", "related_ror_id"),
    schema="schemas.ror:RorRelationshipSchema",
    fields=(
        Field("ror_id", "ror_id"),
        Field("related_ror_id", "related_ror_id"),
        Field("relationship", "relationships.type"),
        Field("related_label", "relationships.label"),
    ),
)
ENTITIES: tuple[EntitySpec, ...] = (ORGANISATION, NAME, EXTERNAL_ID, RELATIONSHIP)

# Schema 2.1 of a record, as DuckDB's JSON functions write a structure. Every leaf is read as text and
# typed by the fields above, so a value of an unexpected type is quarantined, not silently lost. Keys
# listed here are known (read or deliberately left: continent, country and subdivision names, the
# Wikipedia link, the creation stamp); any other key in the dump is reported as a new field.
_TEXT = "VARCHAR"
RECORD_STRUCTURE: dict[str, Any] = {
    "id": _TEXT,
    "names": [{"value": _TEXT, "types": [_TEXT], "lang": _TEXT}],
    "types": [_TEXT],
    "status": _TEXT,
    "established": _TEXT,
    "locations": [
        {
            "geonames_id": _TEXT,
            "geonames_details": {
                "continent_code": _TEXT,
                "continent_name": _TEXT,
                "country_code": _TEXT,
                "country_name": _TEXT,
                "country_subdivision_code": _TEXT,
                "country_subdivision_name": _TEXT,
                "lat": _TEXT,
                "lng": _TEXT,
                "name": _TEXT,
            },
        }
    ],
    "links": [{"type": _TEXT, "value": _TEXT}],
    "domains": [_TEXT],
    "external_ids": [{"type": _TEXT, "all": [_TEXT], "preferred": _TEXT}],
    "relationships": [{"id": _TEXT, "label": _TEXT, "type": _TEXT}],
    "admin": {
        "created": {"date": _TEXT, "schema_version": _TEXT},
        "last_modified": {"date": _TEXT, "schema_version": _TEXT},
    },
}
# Without these a file is not a schema v2 dump at all (v1 has "name", "labels", "country" instead).
REQUIRED_KEYS = ("id", "names", "status", "locations")


# ---------------------------------------------------------------------------------------------------
# Zenodo: which file is the newest dump


@dataclass(frozen=True)
class DumpFile:
    """The zip of one ROR release as the Zenodo records API describes it."""

    record_id: str
    version: str | None
    key: str
    size: int | None
    checksum: str  # "<algorithm>:<hex digest>", Zenodo writes md5
    link: str  # absolute, on Zenodo's own host


def newest_dump(body: bytes, where: str) -> DumpFile:
    """The ROR data zip of the newest record in a records API answer.

    The newest record (by creation time, whatever order the API chose) must carry the zip: falling back
    to an older record would pass a stale release off as current when ROR renames its files.
    """
    try:
        answer = json.loads(body)
        hits = answer["hits"]["hits"]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise LayoutChanged(f"{where}: not a Zenodo records API answer ({exc})") from exc
    if not isinstance(hits, list) or not hits:
        raise LayoutChanged(f"{where}: the ror-data community lists no records")
    newest = max(hits, key=_created)
    files = newest.get("files") or []
    zips = [f for f in files if str(f.get("key", "")).endswith(DUMP_SUFFIX)]
    if len(zips) != 1:
        keys = ", ".join(str(f.get("key")) for f in files) or "none"
        raise LayoutChanged(
            f"{where}: newest record {newest.get('id')} has {len(zips)} file(s) named *{DUMP_SUFFIX} "
            f"(files: {keys}); ROR may have renamed its dump"
        )
    file = zips[0]
    link = (file.get("links") or {}).get("self")
    checksum = file.get("checksum")
    if not link or not checksum or ":" not in str(checksum):
        raise LayoutChanged(f"{where}: file {file['key']} lacks links.self or an '<algorithm>:<digest>' checksum")
    size = file.get("size")
    return DumpFile(
        record_id=str(newest.get("id")),
        version=(newest.get("metadata") or {}).get("version"),
        key=str(file["key"]),
        size=int(size) if isinstance(size, int) else None,
        checksum=str(checksum),
        link=urljoin(where, str(link)),
    )


def _created(hit: dict[str, Any]) -> datetime:
    try:
        return datetime.fromisoformat(str(hit["created"]))
    except (KeyError, ValueError) as exc:
        raise LayoutChanged(f"Zenodo record {hit.get('id')} has no readable creation time") from exc


def rebased(link: str, base_url: str) -> str:
    """``link``'s path (and query) on the configured host instead of the one Zenodo wrote."""
    parts = urlsplit(link)
    return base_url.rstrip("/") + parts.path + (f"?{parts.query}" if parts.query else "")


def verify_download(doc: RawDocument, dump: DumpFile) -> None:
    """The archived body has the size and checksum Zenodo published for the file."""
    if dump.size is not None and doc.bytes != dump.size:
        raise DownloadIncomplete(f"{dump.key}: {doc.bytes} bytes received, Zenodo lists {dump.size}")
    algorithm, _, expected = dump.checksum.partition(":")
    try:
        digest = hashlib.new(algorithm.lower())
    except ValueError as exc:
        raise LayoutChanged(f"{dump.key}: unknown checksum algorithm {algorithm!r}") from exc
    with doc.path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != expected.lower():
        raise DownloadIncomplete(
            f"{dump.key}: {algorithm} of the download is {digest.hexdigest()}, Zenodo publishes {expected}; "
            f"corrupted download (archived as {doc.sha256[:12]}), the last good staging stays"
        )


def fetch(client: HttpClient, base_url: str, progress: ProgressFactory | None = None) -> dict[str, RawDocument]:
    """The records API answer (archived, not staged), then the newest release's zip, verified."""
    listing_url = f"{base_url}{LISTING_PATH}?{LISTING_QUERY}"
    listing = client.fetch(listing_url)
    dump = newest_dump(listing.path.read_bytes(), where=listing_url)
    url = rebased(dump.link, base_url)
    log.info("ror: newest release %s (Zenodo record %s): %s", dump.version, dump.record_id, dump.key)
    doc = client.fetch(url, progress=progress(dump.key) if progress else None)
    try:
        verify_download(doc, dump)
    except DownloadIncomplete:
        if doc.changed:
            raise
        # The archived copy was revalidated (304), so it is the copy that is bad: a corrupt body that
        # came with the server's validators would otherwise be confirmed again on every run.
        doc = client.fetch(url, conditional=False, progress=progress(dump.key) if progress else None)
        verify_download(doc, dump)
    return {DUMP: doc}


# ---------------------------------------------------------------------------------------------------
# The dump: zip member, structure, flattening


def extract_json(zip_path: Path, dest: Path) -> Path:
    """The zip's schema v2 JSON; a zip with only schema v1 files is refused."""
    return extract_one(
        zip_path, dest, lambda name: name.endswith(JSON_V2_SUFFIX), f"*{JSON_V2_SUFFIX} (schema v1 files are not read)"
    )


def unknown_paths(seen: Any, known: Any, prefix: str = "") -> list[str]:
    """Keys of a record's structure (as DuckDB's ``json_structure`` writes it) that ``known`` lacks."""
    if isinstance(seen, dict) and isinstance(known, dict):
        found: list[str] = []
        for key, value in seen.items():
            path = f"{prefix}.{key}" if prefix else key
            found += unknown_paths(value, known[key], path) if key in known else [path]
        return found
    if isinstance(seen, list) and isinstance(known, list) and seen:
        return unknown_paths(seen[0], known[0], prefix + "[]")
    return []


def _structures(con: duckdb.DuckDBPyConnection, path: Path) -> list[Any]:
    """The distinct shapes of the dump's records (a few dozen: null or missing values vary them).

    Per record and distinct, because DuckDB's aggregate of all structures holds far more memory.
    """
    import duckdb

    try:
        rows = con.execute(
            f"select distinct json_structure(json) from read_json_objects({literal(str(path))}, format = 'array')"
        ).fetchall()
    except duckdb.InvalidInputException as exc:
        raise LayoutChanged(f"{path.name} is not a JSON array of records: {exc}") from exc
    # A stray non-object element reads as a record without an id and is quarantined with the others.
    structures = [s for row in rows if row[0] is not None and isinstance(s := json.loads(row[0]), dict)]
    if not structures:
        raise LayoutChanged(f"{path.name}: no records (an empty array, or no JSON objects in it)")
    missing = [key for key in REQUIRED_KEYS if not any(key in s for s in structures)]
    if missing:
        raise LayoutChanged(f"{path.name}: no record has {', '.join(missing)}; not a schema v2 dump")
    return structures


# The last path part of a ROR id URL (https://ror.org/00pjdza24 -> 00pjdza24).
_SHORT_ID = "regexp_extract({url}, '[^/]+$')"
_ROR_ID = _SHORT_ID.format(url="r.id")


def _preferred_or_first(kind: str) -> str:
    entry = f"list_filter(r.external_ids, lambda e: e.type = {literal(kind)})[1]"
    return f'coalesce({entry}.preferred, {entry}."all"[1])'


ORGANISATIONS_SQL = f"""
select
    position::varchar as _line,
    {_ROR_ID} as ror_id,
    r.id as "id",
    list_filter(r.names, lambda n: list_contains(n.types, 'ror_display'))[1].value as "names.types.ror_display",
    r.status as status,
    array_to_string(r.types, ';') as types,
    r.established as established,
    r.locations[1].geonames_details.country_code as "locations.geonames_details.country_code",
    r.locations[1].geonames_details.country_subdivision_code
        as "locations.geonames_details.country_subdivision_code",
    r.locations[1].geonames_details.name as "locations.geonames_details.name",
    r.locations[1].geonames_details.lat as "locations.geonames_details.lat",
    r.locations[1].geonames_details.lng as "locations.geonames_details.lng",
    r.locations[1].geonames_id as "locations.geonames_id",
    list_filter(r.links, lambda l: l.type = 'website')[1].value as "links.type.website",
    array_to_string(r.domains, ';') as domains,
    {_preferred_or_first("wikidata")} as "external_ids.type.wikidata.preferred_or_first",
    {_preferred_or_first("isni")} as "external_ids.type.isni.preferred_or_first",
    {_preferred_or_first("fundref")} as "external_ids.type.fundref.preferred_or_first",
    {_preferred_or_first("grid")} as "external_ids.type.grid.preferred_or_first",
    r.admin.last_modified.date as "admin.last_modified.date"
from ror_dump
order by position
"""


def _each(items: str) -> str:
    """Unnest a list with each item's 1-based index (``item``, ``i``): DuckDB's unnest keeps no order
    of its own, and indexing a list of structs element by element is many times slower."""
    return f"unnest(list_transform({items}, lambda item, i: {{'item': item, 'i': i}}), max_depth := 2)"


# One row per (name, type); a name without any type still gets a row (kind empty) so it is quarantined
# rather than silently dropped.
NAMES_SQL = f"""
with names as (
    select position, {_ROR_ID} as ror_id, {_each("r.names")} from ror_dump
)
select
    position::varchar as _line,
    ror_id,
    item.value as "names.value",
    kind as "names.types",
    item.lang as "names.lang"
from names, unnest(case when len(item.types) > 0 then item.types else [null] end) as k(kind)
order by position, i, kind
"""

# One row per value of "all"; a preferred value missing from "all" is kept as a row of its own.
EXTERNAL_IDS_SQL = f"""
with entries as (
    select position, {_ROR_ID} as ror_id, {_each("r.external_ids")} from ror_dump
),
ids as (
    select
        position,
        i as entry,
        ror_id,
        item.type as id_type,
        item.preferred as preferred,
        list_concat(
            coalesce(item."all", []),
            list_filter([item.preferred], lambda p: p is not null and not list_contains(coalesce(item."all", []), p))
        ) as id_values
    from entries
),
id_values as (
    select position, entry, ror_id, id_type, preferred, {_each("id_values")} from ids
)
select
    position::varchar as _line,
    ror_id,
    id_type as "external_ids.type",
    item as "external_ids.all",
    case when item = preferred then 'true' else 'false' end as "external_ids.is_preferred"
from id_values
order by position, entry, i
"""

RELATIONSHIPS_SQL = f"""
with relationships as (
    select position, {_ROR_ID} as ror_id, {_each("r.relationships")} from ror_dump
)
select
    position::varchar as _line,
    ror_id,
    {_SHORT_ID.format(url="item.id")} as related_ror_id,
    item.type as "relationships.type",
    item.label as "relationships.label"
from relationships
order by position, i
"""

_SQL_BY_ENTITY = {
    ORGANISATION.entity: ORGANISATIONS_SQL,
    NAME.entity: NAMES_SQL,
    EXTERNAL_ID.entity: EXTERNAL_IDS_SQL,
    RELATIONSHIP.entity: RELATIONSHIPS_SQL,
}


def load_dump(con: duckdb.DuckDBPyConnection, path: Path) -> list[str]:
    """Read the JSON array into the temp view ``ror_dump`` (position, record); return the dump's new
    fields (paths like ``names[].script``)."""
    import duckdb

    new_fields = sorted({p for s in _structures(con, path) for p in unknown_paths(s, RECORD_STRUCTURE)})
    if new_fields:
        log.warning("ror: fields in the dump we do not read yet: %s", ", ".join(new_fields))
    target = literal(json.dumps(RECORD_STRUCTURE))
    source = f"read_json_objects({literal(str(path))}, format = 'array')"
    try:
        con.execute(
            f"create or replace temp table ror_records as select json_transform(json, {target}) as r from {source}"
        )
    except duckdb.InvalidInputException as exc:
        raise LayoutChanged(f"{path.name} could not be read as ROR records: {exc}") from exc
    # Rows are inserted in file order, so the rowid is the record's position in the array.
    con.execute("create or replace temp view ror_dump as select rowid + 1 as position, r from ror_records")
    return new_fields


def records(con: duckdb.DuckDBPyConnection, spec: EntitySpec) -> list[dict[str, str | None]]:
    """The flattened rows of one entity, as text records for ``stage_records``."""
    rows: list[dict[str, str | None]] = con.execute(_SQL_BY_ENTITY[spec.entity]).to_arrow_table().to_pylist()
    return rows


# ---------------------------------------------------------------------------------------------------
# Staging


def _organisation_quarantined(run_id: str) -> str:
    """A name, id or relationship is only as good as its organisation: it follows it into quarantine."""
    return (
        "case when _line in (select line from quarantine where run_id = "
        f"{literal(run_id)} and source = {literal(SOURCE.name)} and entity = {literal(ORGANISATION.entity)}) "
        "then 'organisation quarantined' end"
    )


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    from warehouse.stage import Provenance, stage_records

    doc = docs[DUMP]
    prov = Provenance.of(run_id, SOURCE.name, DUMP, doc)
    ledgers = []
    try:
        with tempfile.TemporaryDirectory(prefix="ror-") as tmp:
            path = extract_json(doc.path, Path(tmp))
            member = path.name
            new_fields = load_dump(con, path)
        for spec in ENTITIES:
            is_organisation = spec is ORGANISATION
            ledger = stage_records(
                con,
                records(con, spec),
                # The member's real name (it carries the release) goes into source_file and the ledger.
                replace(spec, member=member),
                prov,
                extra_problems=None if is_organisation else [_organisation_quarantined(run_id)],
                new_columns=tuple(new_fields) if is_organisation else (),
            )
            log.info("ror %s: %s", spec.entity, ledger.counts)
            ledgers.append(ledger)
    finally:
        con.execute("drop view if exists ror_dump")
        con.execute("drop table if exists ror_records")
    return ledgers
