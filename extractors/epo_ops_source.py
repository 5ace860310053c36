"""EPO Open Patent Services as a source: the patent publications of organisations already in the landscape.

OPS is for look-ups, not bulk harvesting, so each run searches a slice of the landscape's organisations
by applicant (``pa=``) and stages what comes back; over the weeks the slices cover every organisation.
The protocol (token, throttling colours, weekly quota, safe XML) is in extractors/epo_ops.py.

How a run proceeds:

* Applicants are the organisations of the *published* warehouse (``core.organisations``), in a stable
  order, starting at an offset that moves on each ISO week: ``LANDSCAPE_EPO_OPS_MAX_APPLICANTS`` (100)
  per run. Before the first build there is nothing to search, and the run says so.
* Each search covers publications since ``LANDSCAPE_EPO_OPS_SINCE`` (ten years back by default). OPS
  reaches only the first 2000 results of a query: a broader one is split into halves of its date window
  until each half fits.
* Throttling black or a quota refusal stops the run's searching: what was fetched is staged (nothing is
  thrown away) and the rest waits for the next run; a refusal before anything was fetched fails the run.
* Every answer page is its own dataset (named after its query and range), so each run's pages add to
  the earlier ones; ``--restage`` and ``--offline`` replay every archived page.

Quirks of the answers: applicant names come twice per applicant (``epodoc``: upper case, abbreviated,
country in brackets; ``original``: as filed), the country is only in the epodoc form; IPC codes are in
PATSTAT's fixed-width text, CPC codes in parts; a publication can be found by several applicants'
searches (co-applicants), so core keeps one row per publication number.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from extractors import epo_ops as ops
from extractors.base import EntitySpec, ProgressFactory, SourceMeta
from extractors.secrets import missing_credentials
from transforms.parse_sql import Field

if TYPE_CHECKING:
    import duckdb

    from extractors.archive import RawArchive, RawDocument
    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.epo_ops")

MAX_APPLICANTS_ENV = "LANDSCAPE_EPO_OPS_MAX_APPLICANTS"
SINCE_ENV = "LANDSCAPE_EPO_OPS_SINCE"
DEFAULT_MAX_APPLICANTS = 100
DEFAULT_LOOKBACK_YEARS = 10
RANGE_SIZE = 100  # the most OPS returns per request: fewer requests for the same quota

SOURCE = SourceMeta(
    name="epo_ops",
    title="EPO Open Patent Services: publications of the landscape's organisations, by applicant",
    publisher="European Patent Office",
    homepage="https://www.epo.org/en/searching-for-patents/data/web-services/ops",
    default_base_url=ops.DEFAULT_BASE_URL,
    licence="EPO OPS terms of use",
    attribution="Source: European Patent Office (EPO), Open Patent Services",
    datasets=(),
    expected_rows={
        "publication": (0, 20_000_000),
        "publication_applicant": (0, 40_000_000),
        "publication_class": (0, 200_000_000),
    },
    schedule="@weekly",
    tags=("patents", "api"),
    incremental=True,
    reads_landscape=True,
)

PUBLICATION = EntitySpec(
    entity="publication",
    table="stg_epo_ops__publications",
    member="exchange-document",
    key=("publication_number",),
    schema="schemas.ops:OpsPublicationSchema",
    fields=(
        Field("publication_number", "publication_number"),
        Field("country", "country"),
        Field("doc_number", "doc_number"),
        Field("kind", "kind"),
        Field("publication_date", "publication_date", "date"),
        Field("family_id", "family_id", "text_none"),
        Field("title", "title", "text_none"),
        Field("title_lang", "title_lang", "text_none"),
        Field("searched_applicant", "searched_applicant"),
    ),
)
APPLICANT = EntitySpec(
    entity="publication_applicant",
    table="stg_epo_ops__applicants",
    member="exchange-document.applicants",
    key=("publication_number", "applicant_sequence"),
    schema="schemas.ops:OpsApplicantSchema",
    fields=(
        Field("publication_number", "publication_number"),
        Field("applicant_sequence", "applicant_sequence", "int"),
        Field("name_epodoc", "name_epodoc", "text_none"),
        Field("name_original", "name_original", "text_none"),
        Field("country", "country", "text_none"),
    ),
)
CLASS = EntitySpec(
    entity="publication_class",
    table="stg_epo_ops__classes",
    member="exchange-document.classifications",
    key=("publication_number", "scheme", "class_sequence"),
    schema="schemas.ops:OpsClassSchema",
    fields=(
        Field("publication_number", "publication_number"),
        Field("scheme", "scheme"),
        Field("class_sequence", "class_sequence", "int"),
        Field("symbol", "symbol"),
    ),
)
ENTITIES: tuple[EntitySpec, ...] = (PUBLICATION, APPLICANT, CLASS)


def credentials_missing(settings: Settings) -> str | None:
    """Why this source cannot run here (no OPS key and secret), or None. Lets `landscape refresh` skip it."""
    return missing_credentials(ops.read_credentials, settings.env)


# -- fetch -----------------------------------------------------------------------------------------


def fetch(client: HttpClient, base_url: str, progress: ProgressFactory | None = None) -> dict[str, RawDocument]:
    """Search this week's slice of the landscape's organisations; offline, every archived page."""
    if client.offline:
        return archived_documents(client.archive)
    settings = client.settings
    env = settings.env or {}
    applicants = weekly_slice(landscape_applicants(settings), _max_applicants(env), datetime.now(UTC).date())
    if not applicants:
        log.warning("EPO OPS: no organisations in the published landscape yet; build the warehouse first")
        return {}
    credentials = ops.read_credentials({**os.environ, **env})
    opsc = ops.OpsClient(client, credentials=credentials)
    # The window ends with the year, not today: the same query (and page) from one run to the next in a
    # year, so an unchanged answer is recognised and each page's rows replace that page's earlier rows.
    today = datetime.now(UTC).date()
    window = (_since(env), date(today.year, 12, 31))
    docs: dict[str, RawDocument] = {}
    searched = 0
    try:
        for name in applicants:
            for url in _search_pages(opsc, name, window):
                doc = client.archive.latest(url)
                if doc is not None:
                    docs[page_key(url)] = doc
            searched += 1
    except ops.OpsQuotaExhausted as exc:
        if not docs:
            raise
        log.warning(
            "EPO OPS stopped after %d of %d applicants, the rest waits for the next run: %s",
            searched,
            len(applicants),
            exc,
        )
    log.info(
        "EPO OPS: %d applicants searched, %d result pages; weekly quota used %s bytes",
        searched,
        len(docs),
        f"{opsc.weekly_quota_used:,}" if opsc.weekly_quota_used is not None else "unknown",
    )
    return docs


def _search_pages(opsc: ops.OpsClient, name: str, window: tuple[date, date]) -> Iterator[str]:
    """URLs of the answer pages of one applicant's search; windows too broad for OPS are halved."""
    try:
        urls = list(
            dict.fromkeys(
                d.source_url
                for d in ops.search_biblio(opsc, name, range_size=RANGE_SIZE, published_within=window)
                if d.source_url
            )
        )
    except ops.OpsSearchTooBroad:
        first, last = window
        if first >= last:
            # One day with more than 2000 publications: take what OPS lets us reach.
            urls = [
                d.source_url
                for d in ops.search_biblio(
                    opsc, name, range_size=RANGE_SIZE, published_within=window, allow_truncated=True
                )
                if d.source_url
            ]
            yield from dict.fromkeys(urls)
            return
        middle = first + (last - first) // 2
        yield from _search_pages(opsc, name, (first, middle))
        yield from _search_pages(opsc, name, (middle + timedelta(days=1), last))
        return
    yield from urls


def landscape_applicants(settings: Settings) -> list[str]:
    """Organisation names of the published warehouse, in a stable order (empty before the first build)."""
    import duckdb

    if not settings.warehouse_path.exists():
        return []
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        rows = con.execute(
            "select distinct name from core.organisations where name is not null and length(trim(name)) > 2 "
            "order by name"
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


def weekly_slice(names: list[str], size: int, today: date) -> list[str]:
    """``size`` names starting at an offset that moves by ``size`` each ISO week, wrapping around: over
    ``len(names) / size`` weeks every organisation is searched once, within the weekly quota."""
    if size <= 0 or not names:
        return []
    if size >= len(names):
        return list(names)
    year, week, _ = today.isocalendar()
    start = ((year * 53 + week) * size) % len(names)
    return [names[(start + i) % len(names)] for i in range(size)]


def _max_applicants(env: Mapping[str, str]) -> int:
    raw = (env.get(MAX_APPLICANTS_ENV) or "").strip()
    if not raw:
        return DEFAULT_MAX_APPLICANTS
    if not raw.isdigit():
        raise ValueError(f"{MAX_APPLICANTS_ENV} must be a whole number, got {raw!r}")
    return int(raw)


def _since(env: Mapping[str, str], today: date | None = None) -> date:
    raw = (env.get(SINCE_ENV) or "").strip()
    if raw:
        try:
            return date.fromisoformat(raw)
        except ValueError as exc:
            raise ValueError(f"{SINCE_ENV} must be an ISO date, got {raw!r}") from exc
    today = today or datetime.now(UTC).date()
    return today.replace(year=today.year - DEFAULT_LOOKBACK_YEARS, day=min(today.day, 28))


def page_key(url: str) -> str:
    """A page's dataset name: its CQL query and range (``pa="SIEMENS AG" and pd within "…"|1-100``)."""
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    if "q" not in query or "Range" not in query:
        raise ValueError(f"not an OPS search page URL: {url}")
    return f"{query['q']}|{query['Range']}"


def archived_documents(archive: RawArchive) -> dict[str, RawDocument]:
    """Every OPS search page in the raw archive, the latest copy of each URL, keyed by ``page_key``."""
    latest = archive.latest_answers(lambda url: "/published-data/search/biblio" in urlsplit(url).path)
    return {page_key(url): doc for url, doc in latest.items()}


# -- stage -----------------------------------------------------------------------------------------


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    from warehouse.stage import Provenance, stage_records

    ledgers: list[FileLedger] = []
    for key in sorted(docs):
        doc = docs[key]
        _, documents = ops.parse_biblio_search(doc.path.read_bytes())
        searched = searched_applicant(key)
        prov = Provenance.of(run_id, SOURCE.name, key, doc)
        for spec, records in (
            (PUBLICATION, publication_records(documents, searched)),
            (APPLICANT, applicant_records(documents)),
            (CLASS, class_records(documents)),
        ):
            ledgers.append(stage_records(con, records, spec, prov))
    return ledgers


_PA = re.compile(r'pa="((?:[^"\\]|\\.)*)"')


def searched_applicant(key: str) -> str:
    """The applicant name a page's query searched for (unescaped)."""
    match = _PA.search(key)
    return re.sub(r"\\(.)", r"\1", match[1]) if match else key.partition("|")[0]


def publication_records(documents: Iterable[ops.OpsDocument], searched: str) -> list[dict[str, str | None]]:
    return [
        {
            "publication_number": d.publication_number,
            "country": d.country,
            "doc_number": d.doc_number,
            "kind": d.kind,
            "publication_date": d.date.isoformat() if d.date else None,
            "family_id": d.family_id,
            "title": d.title,
            "title_lang": d.title_lang,
            "searched_applicant": searched,
        }
        for d in documents
    ]


_EPODOC_COUNTRY = re.compile(r"\s*\[([A-Z]{2})\]\s*$")


def applicant_records(documents: Iterable[ops.OpsDocument]) -> list[dict[str, str | None]]:
    """One row per applicant. The epodoc and original lists describe the same applicants in the same
    order when they are equally long; otherwise they cannot be paired and each name stands alone."""
    records = []
    for d in documents:
        epodoc, original = list(d.applicants_epodoc), list(d.applicants_original)
        pairs: list[tuple[str | None, str | None]]
        if len(epodoc) != len(original):
            pairs = [(e, None) for e in epodoc] + [(None, o) for o in original]
        else:
            pairs = list(zip(epodoc, original, strict=True))
        for sequence, (short, full) in enumerate(pairs, start=1):
            match = _EPODOC_COUNTRY.search(short or "")
            records.append(
                {
                    "publication_number": d.publication_number,
                    "applicant_sequence": str(sequence),
                    "name_epodoc": _EPODOC_COUNTRY.sub("", short) if short else None,
                    "name_original": full,
                    "country": match[1] if match else None,
                }
            )
    return records


def class_records(documents: Iterable[ops.OpsDocument]) -> list[dict[str, str | None]]:
    records: list[dict[str, str | None]] = []
    for d in documents:
        for scheme, symbols in (("cpc", d.cpc), ("ipc", d.ipcr)):
            for sequence, symbol in enumerate(symbols, start=1):
                records.append(
                    {
                        "publication_number": d.publication_number,
                        "scheme": scheme,
                        "class_sequence": str(sequence),
                        "symbol": symbol,
                    }
                )
    return records
