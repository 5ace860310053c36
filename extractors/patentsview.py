"""USPTO PatentsView bulk tables: granted US patents, their assignees, locations and CPC classes.

PatentsView (USPTO Office of the Chief Economist) publishes quarterly bulk downloads at
s3.amazonaws.com/data.patentsview.org/download/<table>.tsv.zip, one TSV per zip. Attribution to
PatentsView is required (CC BY 4.0). Tables staged: g_patent, g_assignee_disambiguated,
g_location_disambiguated, g_cpc_current (several GB each in reality: read by DuckDB, streaming, never
whole into pandas).

Quirks (shared/research/sources.md §3.1, §7):
- Tab-separated; text fields double-quoted, numbers bare (Python's QUOTE_NONNUMERIC).
- ``patent_id`` is text: ``10000000``, ``D1006496``, ``RE49012``, ``PP33456`` — never cast to a number.
- Flag columns mix ``0``/``1``/``FALSE``/``False`` in one column; the literal string ``None`` means null.
- ``assignee_type`` is a numeric code written as text (2 US company, 3 foreign company, …).
- Disambiguated ids (assignee_id, location_id) can change between releases: key on (release, id).

Scope: staging keeps every row read; core keeps the patents in scope (default: at least one assignee
located in Europe, ``LANDSCAPE_PATENT_SCOPE``) and ops.patent_scope says how many were read and kept.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.archive import RawDocument
from extractors.base import Dataset, EntitySpec, ProgressFactory, SourceMeta, fetch_datasets
from extractors.dialects import CsvDialect
from extractors.zipped import extract_one
from transforms.parse_sql import Field

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.patentsview")

TSV = CsvDialect(delimiter="\t", quote='"', escape='"')

SOURCE = SourceMeta(
    name="patentsview",
    title="USPTO PatentsView bulk data: granted patents, assignees, locations, CPC classes",
    publisher="USPTO Office of the Chief Economist, PatentsView",
    homepage="https://patentsview.org/download/data-download-tables",
    default_base_url="https://s3.amazonaws.com/data.patentsview.org/download",
    licence="CC-BY-4.0",
    attribution="Data from PatentsView (patentsview.org), USPTO",
    datasets=(
        Dataset("g_patent", "g_patent.tsv.zip", "Granted patents"),
        Dataset("g_assignee_disambiguated", "g_assignee_disambiguated.tsv.zip", "Assignees (disambiguated)"),
        Dataset("g_location_disambiguated", "g_location_disambiguated.tsv.zip", "Locations (disambiguated)"),
        Dataset("g_cpc_current", "g_cpc_current.tsv.zip", "Current CPC classification"),
    ),
    expected_rows={
        "patent": (100, 20_000_000),
        "patent_assignee": (100, 20_000_000),
        "patent_location": (10, 5_000_000),
        "patent_cpc": (100, 100_000_000),
    },
    schedule="@weekly",
    tags=("patents",),
)

PATENT = EntitySpec(
    entity="patent",
    table="stg_patentsview__patents",
    member="g_patent.tsv",
    key=("patent_id",),
    schema="schemas.patent:PatentSchema",
    fields=(
        Field("patent_id", "patent_id"),
        Field("patent_type", "patent_type"),
        Field("patent_date", "patent_date", "date"),
        Field("title", "patent_title"),
        Field("wipo_kind", "wipo_kind", "text_none"),
        Field("num_claims", "num_claims", "int"),
        Field("withdrawn", "withdrawn", "flag"),
        Field("filename", "filename", "text_none"),
    ),
)
ASSIGNEE = EntitySpec(
    entity="patent_assignee",
    table="stg_patentsview__assignees",
    member="g_assignee_disambiguated.tsv",
    key=("patent_id", "assignee_sequence"),
    schema="schemas.patent:PatentAssigneeSchema",
    fields=(
        Field("patent_id", "patent_id"),
        Field("assignee_sequence", "assignee_sequence", "int"),
        Field("assignee_id", "assignee_id", "text_none"),
        Field("first_name", "disambig_assignee_individual_name_first", "text_none"),
        Field("last_name", "disambig_assignee_individual_name_last", "text_none"),
        Field("organisation", "disambig_assignee_organization", "text_none"),
        Field("assignee_type", "assignee_type", "text_none"),
        Field("location_id", "location_id", "text_none"),
    ),
)
LOCATION = EntitySpec(
    entity="patent_location",
    table="stg_patentsview__locations",
    member="g_location_disambiguated.tsv",
    key=("location_id",),
    schema="schemas.patent:PatentLocationSchema",
    fields=(
        Field("location_id", "location_id"),
        Field("city", "disambig_city", "text_none"),
        Field("state", "disambig_state", "text_none"),
        Field("country", "disambig_country", "text_none"),
        Field("latitude", "latitude", "float"),
        Field("longitude", "longitude", "float"),
        Field("county", "county", "text_none"),
        Field("state_fips", "state_fips", "text_none"),
        Field("county_fips", "county_fips", "text_none"),
    ),
)
CPC = EntitySpec(
    entity="patent_cpc",
    table="stg_patentsview__cpc",
    member="g_cpc_current.tsv",
    key=("patent_id", "cpc_sequence"),
    schema="schemas.patent:PatentCpcSchema",
    fields=(
        Field("patent_id", "patent_id"),
        Field("cpc_sequence", "cpc_sequence", "int"),
        Field("cpc_section", "cpc_section"),
        Field("cpc_class", "cpc_class"),
        Field("cpc_subclass", "cpc_subclass"),
        Field("cpc_group", "cpc_group"),
        Field("cpc_type", "cpc_type", "text_none"),
    ),
)
ENTITIES: tuple[EntitySpec, ...] = (PATENT, ASSIGNEE, LOCATION, CPC)
_BY_DATASET = {spec.member.removesuffix(".tsv"): spec for spec in ENTITIES}


def fetch(client: HttpClient, base_url: str, progress: ProgressFactory | None = None) -> dict[str, RawDocument]:
    """Download (or revalidate) every dataset file; the only function here that does I/O."""
    return fetch_datasets(client, base_url, SOURCE, progress)


def extract_member(zip_path: Path, member: str, dest: Path) -> Path:
    """The one TSV of a PatentsView zip (matched by name wherever it sits)."""
    return extract_one(zip_path, dest, lambda name: name == member, member)


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    from warehouse.stage import Provenance, stage_file

    ledgers = []
    for key in sorted(docs):
        spec = _BY_DATASET[key]
        doc = docs[key]
        prov = Provenance.of(run_id, SOURCE.name, key, doc)
        with tempfile.TemporaryDirectory(prefix="patentsview-") as tmp:
            path = extract_member(doc.path, spec.member, Path(tmp))
            ledger = stage_file(con, path, spec, prov, dialect=TSV)
        log.info("%s: %s", spec.member, ledger.counts)
        ledgers.append(ledger)
    return ledgers
