"""PatentsView PatentSearch API as an incremental source: US patents granted since the last bulk release.

The bulk tables (extractors/patentsview.py) come out quarterly; the API has each weekly grant day within
days. This source asks the API only for what is new, resuming from the last grant date it staged
(the watermark), and stages the answers into tables shaped like the bulk ones, so core can take a patent
from the bulk release once the bulk has it and from the API until then.

How a run proceeds:

* The watermark is the latest ``patent_date`` in this source's staging; the patents already staged on
  that date are the known ones. On the first run the start is ``LANDSCAPE_PATENTSEARCH_START`` (an ISO
  date) or else the day after the last grant date of the staged bulk release, or else 90 days ago.
* Pages are requested from the watermark date inclusive (a previous run may have stopped in the middle
  of that day); only pages holding at least one patent not yet staged are handed to staging, so a
  refresh with nothing new stages nothing and reports the source unchanged.
* Each page is its own dataset, named after its query window and cursor (``page_key``), so new pages
  add rows and never replace the rows of earlier increments. Restaging (``--restage``) and offline
  replay take every page in the raw archive.

Quirks of the answers (see extractors/patentsearch.py for the protocol): ``assignee_id`` and
``cpc_group_id`` are HATEOAS links (``…/assignee/<uuid>/``, ``…/cpc_group/G01S7:4811/`` with ``:`` in
place of the ``/`` of the CPC symbol); assignee location is given inline (city, country) rather than as a
location id.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

from extractors import patentsearch as api
from extractors import patentsview
from extractors.base import EntitySpec, ProgressFactory, SourceMeta
from extractors.secrets import missing_credentials
from transforms.parse_sql import Field

if TYPE_CHECKING:
    import duckdb

    from extractors.archive import RawArchive, RawDocument
    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.patentsearch")

START_ENV = "LANDSCAPE_PATENTSEARCH_START"
FIRST_RUN_LOOKBACK = timedelta(days=90)

SOURCE = SourceMeta(
    name="patentsearch",
    title="USPTO PatentsView PatentSearch API: patents granted since the last bulk release",
    publisher="USPTO Office of the Chief Economist, PatentsView",
    homepage="https://search.patentsview.org/docs/",
    default_base_url=api.DEFAULT_BASE_URL,
    licence="CC-BY-4.0",
    attribution="Data from PatentsView (patentsview.org), USPTO",
    datasets=(),
    # Right after a bulk release there may be nothing new at all: an empty increment is healthy.
    expected_rows={
        "patent": (0, 2_000_000),
        "patent_assignee": (0, 4_000_000),
        "patent_cpc": (0, 20_000_000),
    },
    schedule="@daily",
    tags=("patents", "api"),
    incremental=True,
)

PATENT = EntitySpec(
    entity="patent",
    table="stg_patentsearch__patents",
    member="patent",
    key=("patent_id",),
    schema="schemas.patent:PatentSchema",
    fields=(
        Field("patent_id", "patent_id"),
        Field("patent_type", "patent_type"),
        Field("patent_date", "patent_date", "date"),
        Field("title", "patent_title"),
        Field("num_claims", "patent_num_claims", "int"),
    ),
)
ASSIGNEE = EntitySpec(
    entity="patent_assignee",
    table="stg_patentsearch__assignees",
    member="patent.assignees",
    key=("patent_id", "assignee_sequence"),
    schema="schemas.patent:PatentAssigneeSchema",
    fields=(
        Field("patent_id", "patent_id"),
        Field("assignee_sequence", "assignee_sequence", "int"),
        Field("assignee_id", "assignee_id", "text_none"),
        Field("first_name", "assignee_individual_name_first", "text_none"),
        Field("last_name", "assignee_individual_name_last", "text_none"),
        Field("organisation", "assignee_organization", "text_none"),
        Field("assignee_type", "assignee_type", "text_none"),
        Field("city", "assignee_city", "text_none"),
        Field("country", "assignee_country", "text_none"),
    ),
)
# The API's CPC rows are turned into the bulk table's columns (cpc_records), so the bulk spec fits.
CPC = replace(patentsview.CPC, table="stg_patentsearch__cpc", member="patent.cpc_current")
ENTITIES: tuple[EntitySpec, ...] = (PATENT, ASSIGNEE, CPC)

FIELDS: tuple[str, ...] = (
    *api.DEFAULT_FIELDS,
    "assignees.assignee_sequence",
    "assignees.assignee_individual_name_first",
    "assignees.assignee_individual_name_last",
    "cpc_current.cpc_sequence",
)


def credentials_missing(settings: Settings) -> str | None:
    """Why this source cannot run here (no API key), or None. Lets `landscape refresh` skip it."""
    return missing_credentials(api.read_api_key, settings.env)


# -- fetch -----------------------------------------------------------------------------------------


def fetch(client: HttpClient, base_url: str, progress: ProgressFactory | None = None) -> dict[str, RawDocument]:
    """The pages with patents not staged yet, keyed by ``page_key``; offline, every archived page."""
    if client.offline:
        return archived_documents(client.archive)
    staged = _staged_state(client.settings)
    watermark = staged.watermark
    start = watermark or first_start(client.settings, staged.bulk_last_grant)
    log.info("PatentSearch: resuming from %s (%s)", start, "watermark" if watermark else "first run")
    docs: dict[str, RawDocument] = {}
    fresh_total = 0
    for page in api.resume_patents(client, watermark=watermark, start=start, known_ids=staged.known_ids, fields=FIELDS):
        doc = client.archive.latest(page.url) if page.patents and page.url else None
        if doc is not None:
            docs[page_key(doc.url)] = doc
            fresh_total += len(page.patents)
    log.info("PatentSearch: %d new patents in %d pages", fresh_total, len(docs))
    return docs


def first_start(settings: Settings, bulk_last_grant: date | None, today: date | None = None) -> date:
    """Where the first run starts: the configured date, else right after the bulk release, else 90 days back."""
    configured = (settings.env or {}).get(START_ENV, "").strip()
    if configured:
        try:
            return date.fromisoformat(configured)
        except ValueError as exc:
            raise ValueError(f"{START_ENV} must be an ISO date (2026-10-06), got {configured!r}") from exc
    if bulk_last_grant is not None:
        return bulk_last_grant + timedelta(days=1)
    return (today or datetime.now(UTC).date()) - FIRST_RUN_LOOKBACK


class _StagedState:
    def __init__(self, watermark: date | None, known_ids: frozenset[str], bulk_last_grant: date | None) -> None:
        self.watermark = watermark
        self.known_ids = known_ids
        self.bulk_last_grant = bulk_last_grant


def _staged_state(settings: Settings) -> _StagedState:
    """Watermark and patents known on it (this source's staging); the last bulk grant date (PatentsView's)."""
    from warehouse.staging_store import read_only

    watermark, known = None, frozenset[str]()
    with read_only(settings.staging_dir, SOURCE.name) as con:
        if con is not None and _has_table(con, PATENT.table):
            watermark = con.execute(f"select max(patent_date) from {PATENT.table}").fetchall()[0][0]
            if watermark is not None:
                rows = con.execute(f"select patent_id from {PATENT.table} where patent_date = ?", [watermark])
                known = frozenset(r[0] for r in rows.fetchall())
    bulk_last = None
    with read_only(settings.staging_dir, "patentsview") as con:
        if con is not None and _has_table(con, "stg_patentsview__patents"):
            bulk_last = con.execute("select max(patent_date) from stg_patentsview__patents").fetchall()[0][0]
    return _StagedState(watermark, known, bulk_last)


def _has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute("select count(*) from duckdb_tables() where table_name = ?", [table]).fetchall()[0][0])


def page_key(url: str) -> str:
    """A page's dataset name, from its query: ``<since>[..<until>]@<cursor>`` (``start`` for the first page)."""
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    try:
        q, options = json.loads(query["q"]), json.loads(query["o"])
    except (KeyError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a PatentSearch page URL: {url}") from exc
    conditions = q.get("_and", [q])
    bounds = {op: operand["patent_date"] for c in conditions for op, operand in c.items()}
    window = bounds["_gte"] + (f"..{bounds['_lte']}" if "_lte" in bounds else "")
    after = options.get("after")
    return f"{window}@{'/'.join(after) if after else 'start'}"


def archived_documents(archive: RawArchive) -> dict[str, RawDocument]:
    """Every PatentSearch page in the raw archive, the latest copy of each URL, keyed by ``page_key``."""
    latest = archive.latest_answers(lambda url: urlsplit(url).path.rstrip("/").endswith("/patent"))
    return {page_key(url): doc for url, doc in latest.items()}


# -- stage -----------------------------------------------------------------------------------------


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    """Stage each page as its own dataset; patents staged before under another page are left out."""
    from warehouse.stage import Provenance, stage_records

    ledgers: list[FileLedger] = []
    for key in sorted(docs, key=_page_order):
        doc = docs[key]
        page = api.parse_page(doc.path.read_bytes())
        already = _staged_elsewhere(con, key, [p["patent_id"] for p in page.patents])
        patents = [p for p in page.patents if p["patent_id"] not in already]
        if already:
            log.info("%s: %d patents already staged from an earlier page, left out", key, len(already))
        prov = Provenance.of(run_id, SOURCE.name, key, doc)
        for spec, records in (
            (PATENT, patent_records(patents)),
            (ASSIGNEE, assignee_records(patents)),
            (CPC, cpc_records(patents)),
        ):
            ledgers.append(stage_records(con, records, spec, prov))
        log.info("%s: %d patents staged", key, ledgers[-3].rows_staged)
    return ledgers


def _page_order(key: str) -> tuple[str, int, str]:
    # Oldest window first, its first page first: later pages never shadow earlier ones.
    window, _, cursor = key.partition("@")
    return window, 0 if cursor == "start" else 1, cursor


def _staged_elsewhere(con: duckdb.DuckDBPyConnection, key: str, patent_ids: list[str]) -> set[str]:
    if not patent_ids or not _has_table(con, PATENT.table):
        return set()
    rows = con.execute(
        f"select patent_id from {PATENT.table} where dataset <> ? and list_contains(?, patent_id)",
        [key, patent_ids],
    ).fetchall()
    return {r[0] for r in rows}


def patent_records(patents: Iterable[dict[str, Any]]) -> list[dict[str, str | None]]:
    return [
        {
            "patent_id": p["patent_id"],
            "patent_type": _text(p.get("patent_type")),
            "patent_date": p["patent_date"],
            "patent_title": _text(p.get("patent_title")),
            "patent_num_claims": _text(p.get("patent_num_claims")),
        }
        for p in patents
    ]


def assignee_records(patents: Iterable[dict[str, Any]]) -> list[dict[str, str | None]]:
    records = []
    for p in patents:
        for position, a in enumerate(p.get("assignees") or ()):
            records.append(
                {
                    "patent_id": p["patent_id"],
                    "assignee_sequence": _text(a.get("assignee_sequence", position)),
                    "assignee_id": link_id(a.get("assignee_id")),
                    "assignee_individual_name_first": _text(a.get("assignee_individual_name_first")),
                    "assignee_individual_name_last": _text(a.get("assignee_individual_name_last")),
                    "assignee_organization": _text(a.get("assignee_organization")),
                    "assignee_type": _text(a.get("assignee_type")),
                    "assignee_city": _text(a.get("assignee_city")),
                    "assignee_country": _text(a.get("assignee_country")),
                }
            )
    return records


def cpc_records(patents: Iterable[dict[str, Any]]) -> list[dict[str, str | None]]:
    records = []
    for p in patents:
        for position, c in enumerate(p.get("cpc_current") or ()):
            group = cpc_symbol(c.get("cpc_group_id"))
            records.append(
                {
                    "patent_id": p["patent_id"],
                    "cpc_sequence": _text(c.get("cpc_sequence", position)),
                    "cpc_section": group[:1] if group else None,
                    "cpc_class": group[:3] if group else None,
                    "cpc_subclass": group[:4] if group else None,
                    "cpc_group": group,
                    "cpc_type": _text(c.get("cpc_type")),
                }
            )
    return records


def link_id(value: Any) -> str | None:
    """The id at the end of a HATEOAS link (``…/assignee/<id>/``), or the value itself when it is bare."""
    text = _text(value)
    if text is None or "://" not in text:
        return text
    return unquote(text.rstrip("/").rsplit("/", 1)[-1]) or None


def cpc_symbol(value: Any) -> str | None:
    """``G06F16/2455`` from ``…/cpc_group/G06F16:2455/`` (the API writes the group's slash as a colon)."""
    ident = link_id(value)
    return ident.replace(":", "/") if ident else None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
