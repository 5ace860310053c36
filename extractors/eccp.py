"""European Cluster Collaboration Platform (ECCP): the EU's registry of cluster organisations.

Run for the European Commission (EISMEA / DG GROW) at clustercollaboration.eu; content is reused under
the Commission's reuse policy (CC BY 4.0 unless stated, to be confirmed on the live site) with
attribution to the ECCP. There is no API or bulk export, so profiles are scraped: the paginated listing
``/cluster-organisations?page=N`` and one profile page per cluster organisation.

Quirks (shared/research/sources.md §2.1):
- Drupal: theme-debug HTML comments everywhere (stripped before parsing), field wrappers named
  ``field--name-field-<machine name>``, node ids in ``data-history-node-id``.
- Links use both ``clustercollaboration.eu`` and ``www.`` hosts; profile URLs are normalised to the
  configured base URL so one profile is one record.
- Counts are free text ("approx. 150", "120+"); labels come with a validity date (dd/mm/yyyy).
- Optional fields are often missing; a profile without a country is quarantined with its URL.

Politeness: robots.txt is obeyed (a disallowed profile is skipped, never fetched), requests are paced
per host (``LANDSCAPE_REQUESTS_PER_SECOND``, default 1/s). Listing pages are always re-fetched;
a profile is re-fetched only when the listing says it changed after our copy, or when our copy is
older than ``LANDSCAPE_ECCP_PROFILE_MAX_AGE_DAYS`` (default 30).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from extractors import eccp_selectors as sel
from extractors import html
from extractors.archive import RawDocument
from extractors.base import Dataset, EntitySpec, SourceMeta
from extractors.errors import HttpNotFound, LayoutChanged, RetriesExhausted, RobotsDisallowed
from transforms.parse_sql import Field
from transforms.sqltext import literal

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.eccp")

SOURCE = SourceMeta(
    name="eccp",
    title="European Cluster Collaboration Platform: cluster organisation profiles",
    publisher="European Commission (EISMEA / DG GROW), European Cluster Collaboration Platform",
    homepage="https://www.clustercollaboration.eu",
    default_base_url="https://www.clustercollaboration.eu",
    licence="CC-BY-4.0",
    attribution="© European Union, European Cluster Collaboration Platform (clustercollaboration.eu)",
    datasets=(Dataset("profiles", "cluster-organisations", "Cluster organisation profiles"),),
    # Live: about 1,100-1,400 profiles. A scrape that lost most of them must not pass.
    expected_rows={"cluster": (100, 10_000), "membership": (0, 500_000)},
    # Share of profiles that may lack a required field before the layout is presumed changed.
    max_quarantine_share=0.2,
    schedule="@weekly",
    tags=("clusters", "scraped"),
    scraped=True,
    stage_as_whole=True,
)

LISTING_PATH = "/cluster-organisations"
PROFILE_PREFIX = "/cluster-organisations/"
# A runaway pager (a page linking to itself) must end; the live site has fewer than 100 pages.
MAX_PAGES = 1000
DEFAULT_MAX_AGE_DAYS = 30.0

CLUSTER = EntitySpec(
    entity="cluster",
    table="stg_eccp__clusters",
    member="profiles",
    key=("profile_url",),
    schema="schemas.cluster:ClusterSchema",
    fields=(
        Field("profile_url", "profile_url"),
        Field("node_id", "node_id", "digits"),
        Field("name", "name"),
        Field("acronym", "acronym"),
        Field("country", "country", "country_name"),
        Field("country_as_published", "country"),
        Field("region", "region"),
        Field("city", "city"),
        Field("address", "address"),
        Field("website", "website"),
        Field("description", "description"),
        Field("sectors", "sectors"),
        Field("industrial_ecosystems", "industrial_ecosystems"),
        Field("s3_areas", "s3_areas"),
        Field("members_count", "number_of_members", "count_text"),
        Field("members_as_published", "number_of_members"),
        Field("smes_count", "number_of_smes", "count_text"),
        Field("research_organisations_count", "number_of_research_organisations", "count_text"),
        Field("universities_count", "number_of_universities", "count_text"),
        Field("year_founded", "year_founded", "int"),
        Field("label", "cluster_label", "label_level"),
        Field("label_as_published", "cluster_label"),
        Field("label_valid_until", "label_valid_until", "date_dmy"),
        Field("contact_organisation", "contact_organisation"),
        Field("profile_updated_at", "changed", "timestamp_iso"),
    ),
)

MEMBERSHIP = EntitySpec(
    entity="membership",
    table="stg_eccp__memberships",
    member="profiles",
    key=("profile_url", "member_name"),
    schema="schemas.membership:MembershipSchema",
    fields=(
        Field("profile_url", "profile_url"),
        Field("member_name", "member_name"),
        Field("position", "position", "int"),
    ),
)

ENTITIES: tuple[EntitySpec, ...] = (CLUSTER, MEMBERSHIP)
MULTI_SEPARATOR = " | "


@dataclass(frozen=True)
class Teaser:
    url: str
    changed: datetime | None


# ---------------------------------------------------------------------------------------------------
# Pure parsers


def canonical_url(base_url: str, href: str) -> str:
    """Profile links come relative or absolute with either host form; map them onto the base URL."""
    path = urlsplit(urljoin(base_url + "/", href)).path
    return base_url + path


def parse_listing(body: bytes, base_url: str, where: str) -> tuple[list[Teaser], str | None]:
    """Teasers of one listing page and the href of the next page (None on the last page)."""
    soup = html.parse(body)
    teasers = []
    for node in html.many(soup, sel.TEASER, where=where):
        link = html.one(node, sel.TEASER_LINK, where=where)
        changed = html.optional(node, sel.TEASER_CHANGED, where=where)
        teasers.append(Teaser(canonical_url(base_url, str(link["href"])), _datetime(changed)))
    next_link = html.optional(soup, sel.PAGER_NEXT, where=where)
    return teasers, (str(next_link["href"]) if next_link is not None else None)


def parse_profile(body: bytes, url: str) -> tuple[dict[str, str | None], list[str]]:
    record, members, _ = parse_profile_fields(body, url)
    return record, members


def parse_profile_fields(body: bytes, url: str) -> tuple[dict[str, str | None], list[str], set[str]]:
    """One profile as text fields (source column names of CLUSTER) and its member names.

    A missing optional field is None. A missing *required* field (name, country) is None too: the
    record is quarantined with its URL, and many such records stop the source as a layout change. A field
    the page repeats (an editor's slip: which of two countries is right?) is left empty and the record
    quarantined with that reason (``_problem``); many such pages stop the source the same way.
    """
    soup = html.parse(body)
    article = html.optional(soup, sel.PROFILE, where=url)
    record: dict[str, str | None] = {"profile_url": url}
    if article is None:
        return record, [], set()
    fields = html.index_by_class(article, sel.FIELD_CLASS_PREFIX)
    unknown = {cls for cls in fields if cls not in sel.KNOWN_FIELD_CLASSES}

    problems: list[str] = []

    def wrapper(machine: str) -> html.Tag | None:
        found = fields.get(sel.field_class(machine), [])
        if len(found) > 1:
            problems.append(f"field {machine!r} appears {len(found)} times, expected at most once")
            return None
        return found[0] if found else None

    def items(machine: str) -> list[str]:
        node = wrapper(machine)
        return [t for item in node.find_all(class_=sel.FIELD_ITEM_CLASS) if (t := html.text(item))] if node else []

    record["node_id"] = article.get("data-history-node-id")  # type: ignore[assignment]
    record["name"] = html.text(html.optional(soup, sel.TITLE, where=url))
    for column, machine in sel.SINGLE_FIELDS.items():
        node = wrapper(machine)
        item = node.find(class_=sel.FIELD_ITEM_CLASS) if node is not None else None
        record[column] = html.text(item or node)
    for column, machine in sel.MULTI_FIELDS.items():
        values = items(machine)
        record[column] = MULTI_SEPARATOR.join(values) if values else None
    website_field = wrapper(sel.WEBSITE)
    link = website_field.find("a", href=True) if website_field is not None else None
    record["website"] = str(link["href"]).strip() if link is not None else None
    record["description"] = html.text(fields.get(sel.BODY_CLASS, [None])[0])
    changed_field = fields.get(sel.CHANGED_CLASS, [])
    changed = changed_field[-1].find("time") if changed_field else None
    record["changed"] = str(changed["datetime"]) if changed is not None and changed.get("datetime") else None
    members = items(sel.MEMBERS)
    if problems:
        record["_problem"] = "; ".join(dict.fromkeys(problems))
    return record, members, unknown


def _datetime(node: html.Tag | None) -> datetime | None:
    if node is None or not node.get("datetime"):
        return None
    try:
        value = datetime.fromisoformat(str(node["datetime"]).replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# ---------------------------------------------------------------------------------------------------
# I/O


def _needs_refetch(previous: RawDocument | None, teaser: Teaser, max_age: timedelta, now: datetime) -> bool:
    if previous is None or not previous.path.exists():
        return True
    fetched = datetime.fromisoformat(previous.fetched_at.replace("Z", "+00:00"))
    if teaser.changed is not None and teaser.changed > fetched:
        return True
    return now - fetched > max_age


def fetch(
    client: HttpClient,
    base_url: str,
    progress: Callable[[str], Callable[[int, int | None], None] | None] | None = None,
) -> dict[str, RawDocument]:
    """Walk the listing to its last page, then fetch the profiles that changed or aged."""
    docs: dict[str, RawDocument] = {}
    teasers: list[Teaser] = []
    url: str | None = base_url + LISTING_PATH + "?page=0"
    page = 0
    seen: set[str] = set()
    while url is not None:
        if url in seen:
            # A pager pointing back (or a site clamping ?page=N to its last page) would loop forever.
            raise LayoutChanged(f"eccp: listing page {url} came round again; pager selector {sel.PAGER_NEXT!r}?")
        seen.add(url)
        if page >= MAX_PAGES:
            raise LayoutChanged(
                f"eccp: listing did not end after {MAX_PAGES} pages; pager selector {sel.PAGER_NEXT!r}?"
            )
        # Listings are always re-fetched: they are how we learn what changed.
        doc = client.fetch(url, conditional=False)
        docs[f"listing:{page:04d}"] = doc
        found, next_href = parse_listing(doc.path.read_bytes(), base_url, where=url)
        teasers.extend(found)
        url = urljoin(base_url + LISTING_PATH, next_href) if next_href else None
        page += 1
    log.info("eccp: %d listing pages, %d profiles listed", page, len(teasers))
    max_age = timedelta(days=_max_age_days(client))
    now = datetime.now(UTC)
    skipped = 0
    gone: list[str] = []
    for teaser in dict.fromkeys(teasers):
        key = "profile:" + urlsplit(teaser.url).path.removeprefix(PROFILE_PREFIX)
        previous = client.archive.latest(teaser.url)
        if previous is not None and not _needs_refetch(previous, teaser, max_age, now):
            docs[key] = previous
            continue
        try:
            docs[key] = client.fetch(teaser.url)
        except RobotsDisallowed as exc:
            skipped += 1
            log.warning("eccp: %s", exc)
        except (HttpNotFound, RetriesExhausted) as exc:
            # Deleted between the listing and the request (404), or one page the server keeps failing
            # on: skipped, reported; the next run tries again. Many of them stop the source below.
            gone.append(teaser.url)
            log.warning("eccp: profile skipped: %s", exc)
    if len(gone) > SOURCE.max_quarantine_share * max(len(teasers), 1):
        raise LayoutChanged(
            f"eccp: {len(gone)} of {len(teasers)} listed profiles could not be fetched; profile URLs changed?"
        )
    if gone:
        log.warning("eccp: %d listed profile(s) no longer exist: %s", len(gone), ", ".join(gone[:5]))
    if skipped:
        log.warning("eccp: %d profile(s) disallowed by robots.txt were not fetched", skipped)
    return docs


def _max_age_days(client: HttpClient) -> float:
    raw = (client.settings.env or {}).get("LANDSCAPE_ECCP_PROFILE_MAX_AGE_DAYS")
    return float(raw) if raw else DEFAULT_MAX_AGE_DAYS


# ---------------------------------------------------------------------------------------------------
# Staging

REQUIRED = {"name": sel.TITLE, "country": sel.field(sel.SINGLE_FIELDS["country"])}


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    from warehouse.stage import Provenance, stage_records

    listing = docs["listing:0000"]
    prov = Provenance(run_id, SOURCE.name, "profiles", listing.sha256, listing.url, listing.fetched_at)
    clusters: list[dict[str, str | None]] = []
    members: list[dict[str, str | None]] = []
    unknown: set[str] = set()
    for key in sorted(k for k in docs if k.startswith("profile:")):
        doc = docs[key]
        record, names, new_fields = parse_profile_fields(doc.path.read_bytes(), doc.url)
        unknown |= new_fields
        provenance = {"_url": doc.url, "_sha256": doc.sha256, "_fetched_at": doc.fetched_at}
        clusters.append({**record, **provenance})
        members.extend(
            {"profile_url": doc.url, "member_name": name, "position": str(i), **provenance}
            for i, name in enumerate(names, start=1)
        )
    _check_required_fields(clusters, settings)
    if unknown:
        log.warning("eccp: profile fields we do not read yet: %s", ", ".join(sorted(unknown)))
    cluster_ledger = stage_records(con, clusters, CLUSTER, prov, new_columns=tuple(sorted(unknown)))
    # A member list is only as good as its profile: members of a quarantined profile go with it.
    parent_quarantined = (
        "case when profile_url in (select source_ref from quarantine "
        f"where run_id = {literal(run_id)} and entity = 'cluster') then 'profile quarantined' end"
    )
    member_ledger = stage_records(con, members, MEMBERSHIP, prov, extra_problems=[parent_quarantined])
    ledgers = [cluster_ledger, member_ledger]
    for ledger in ledgers:
        log.info("eccp %s: %s", ledger.entity, ledger.counts)
    return ledgers


def _check_required_fields(records: list[dict[str, str | None]], settings: Settings | None) -> None:
    """Many profiles missing the same required field means the markup changed, not the data."""
    if not records:
        raise LayoutChanged(f"eccp: no profiles found; teaser selector {sel.TEASER!r}?")
    from landscape.settings import Settings

    # The same limit, from the run's settings, that the pipeline applies to the quarantine afterwards.
    limit = (settings or Settings.from_env()).max_quarantine_share(SOURCE.name, SOURCE.max_quarantine_share)
    missing = Counter(column for r in records for column in REQUIRED if not r.get(column))
    for column, count in missing.items():
        if count / len(records) > limit:
            raise LayoutChanged(
                f"eccp: {count} of {len(records)} profiles have no {column} (selector {REQUIRED[column]!r}); "
                "layout changed? The last good data stays published."
            )
    repeated = [r for r in records if r.get("_problem")]
    if len(repeated) / len(records) > limit:
        raise LayoutChanged(
            f"eccp: {len(repeated)} of {len(records)} profiles repeat a field ({repeated[0]['_problem']}, "
            f"e.g. {repeated[0]['profile_url']}); layout changed? The last good data stays published."
        )
