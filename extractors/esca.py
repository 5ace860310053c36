"""ESCA benchmarked clusters: cluster-management excellence labels (Bronze, Silver, Gold).

The European Secretariat for Cluster Analysis (ESCA, run by VDI/VDE-IT in Berlin) publishes every
labelled cluster at cluster-analysis.org/benchmarked-clusters, one page per country, as a table with
the columns Name · Comparative portfolio · www · Label · Label valid until (YYYY/MM/DD). Since 2024
labels are approved by EUCLES; the ESCA list remains the consolidated register. Terms: public web
listing; attribution to ESCA (to be confirmed on the live site).

Quirks: the country is not a column but the page (linked from the index by a uuid); websites often
lack a scheme; names differ from ECCP's (legal form dropped, acronym in brackets).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from extractors import html
from extractors.archive import RawDocument
from extractors.base import Dataset, EntitySpec, SourceMeta
from extractors.errors import LayoutChanged
from transforms.parse_sql import Field

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.esca")

SOURCE = SourceMeta(
    name="esca",
    title="ESCA benchmarked clusters: cluster management excellence labels",
    publisher="European Secretariat for Cluster Analysis (ESCA), VDI/VDE-IT",
    homepage="https://www.cluster-analysis.org/benchmarked-clusters",
    default_base_url="https://www.cluster-analysis.org",
    licence="public listing, attribution required (terms to confirm)",
    attribution="Cluster labels: European Secretariat for Cluster Analysis (ESCA), cluster-analysis.org",
    datasets=(Dataset("labels", "benchmarked-clusters", "Labelled clusters, one page per country"),),
    expected_rows={"cluster_label": (100, 5_000)},
    max_quarantine_share=0.2,
    schedule="@weekly",
    tags=("clusters", "labels", "scraped"),
    scraped=True,
    stage_as_whole=True,
)

INDEX_PATH = "/benchmarked-clusters"
COUNTRY_LINK = "a[href*='benchmarked-clusters?country=']"
TABLE = "table.views-table"
EMPTY_VIEW = "div.view-empty"
HEADER = ("Name", "Comparative portfolio", "www", "Label", "Label valid until")

LABEL = EntitySpec(
    entity="cluster_label",
    table="stg_esca__labels",
    member="benchmarked-clusters",
    # Not the row number: a label added above shifts every row, which would reset first_seen.
    key=("page_url", "name"),
    schema="schemas.cluster:ClusterSchema",
    fields=(
        Field("page_url", "page_url"),
        Field("row", "row", "int"),
        Field("name", "name"),
        Field("country", "country", "country_name"),
        Field("country_as_published", "country"),
        Field("sector", "portfolio"),
        Field("website", "www"),
        Field("label", "label", "label_level"),
        Field("label_valid_until", "valid_until", "date_ymd_slash"),
    ),
)
ENTITIES: tuple[EntitySpec, ...] = (LABEL,)


def parse_index(body: bytes, base_url: str) -> list[tuple[str, str]]:
    """(country name, absolute page URL) for every country listed."""
    soup = html.parse(body)
    links = html.many(soup, COUNTRY_LINK, where=base_url + INDEX_PATH)
    return [(html.text(a) or "", urljoin(base_url + INDEX_PATH, str(a["href"]))) for a in links]


def parse_country_page(body: bytes, url: str) -> list[dict[str, str | None]]:
    soup = html.parse(body)
    table = html.optional(soup, TABLE, where=url)
    if table is None:
        # Drupal Views print their "empty" text instead of a table when a country has no label left.
        if html.optional(soup, EMPTY_VIEW, where=url) is not None:
            return []
        raise LayoutChanged(f"{url}: no label table ({TABLE!r}) and no empty-view text ({EMPTY_VIEW!r})")
    header = tuple(html.text(th) or "" for th in table.select("thead th"))
    if header != HEADER:
        raise LayoutChanged(f"{url}: label table columns are {header}, expected {HEADER}")
    rows = []
    for tr in table.select("tbody tr"):
        cells = tr.find_all("td")
        if len(cells) != len(HEADER):
            raise LayoutChanged(f"{url}: a row has {len(cells)} cells, expected {len(HEADER)}")
        link = cells[2].find("a")
        website = str(link["href"]) if link is not None and link.get("href") else html.text(cells[2])
        rows.append(
            {
                "name": html.text(cells[0]),
                "portfolio": html.text(cells[1]),
                "www": website,
                "label": html.text(cells[3]),
                "valid_until": html.text(cells[4]),
            }
        )
    return rows


def fetch(
    client: HttpClient,
    base_url: str,
    progress: Callable[[str], Callable[[int, int | None], None] | None] | None = None,
) -> dict[str, RawDocument]:
    index = client.fetch(base_url + INDEX_PATH, conditional=False)
    docs = {"index": index}
    for country, url in parse_index(index.path.read_bytes(), base_url):
        docs[f"country:{country}"] = client.fetch(url)
    return docs


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    from warehouse.stage import Provenance, stage_records

    index = docs["index"]
    prov = Provenance(run_id, SOURCE.name, "labels", index.sha256, index.url, index.fetched_at)
    records: list[dict[str, str | None]] = []
    for key in sorted(k for k in docs if k.startswith("country:")):
        doc = docs[key]
        country = key.removeprefix("country:")
        for i, row in enumerate(parse_country_page(doc.path.read_bytes(), doc.url), start=1):
            records.append(
                {
                    **row,
                    "page_url": doc.url,
                    "row": str(i),
                    "country": country,
                    "_url": doc.url,
                    "_sha256": doc.sha256,
                    "_fetched_at": doc.fetched_at,
                }
            )
    if not records:
        raise LayoutChanged(f"esca: no labelled clusters found; table selector {TABLE!r}?")
    ledger = stage_records(con, records, LABEL, prov)
    log.info("esca labels: %s", ledger.counts)
    return [ledger]
