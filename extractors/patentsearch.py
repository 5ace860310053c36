"""PatentsView PatentSearch API: granted US patents by query, for incremental updates between bulk releases.

The PatentSearch API (``https://search.patentsview.org/api/v1/{endpoint}/``) is run by PatentsView for
the USPTO Office of the Chief Economist; it replaced the retired ``api.patentsview.org`` query API. It
needs a free API key (PatentsView support portal), sent as the ``X-Api-Key`` header. Data: attribution
to PatentsView is required (CC BY 4.0), the same terms as the bulk tables (extractors/patentsview.py).

This module is a client library; a source module wires it into fetch/stage:

* ``iter_patents`` pages through ``patent/`` for a grant-date window with a cursor;
* ``resume_patents`` continues an incremental load from a watermark (the last loaded
  ``patent_date``) and drops patents already loaded;
* ``parse_page`` and ``build_query_url`` are pure.

Quirks (shared/research/sources.md §3.2):
- Parameters are JSON inside the URL: ``q`` (query), ``f`` (fields), ``s`` (sort), ``o`` (options).
  ``o.size`` is at most 1000. Deep paging uses a cursor: ``o.after`` holds the sort values of the last
  row of the previous page (here ``[patent_date, patent_id]``), so the sort must be total: patent_date
  alone has thousands of ties per weekly issue date, hence the patent_id tie-breaker.
- 45 requests per minute per key; beyond that HTTP 429 with ``Retry-After`` in seconds. We pace
  ourselves to 0.75 requests per second for the API host and let HttpClient honour Retry-After.
- ``patent_id`` is alphanumeric (``10000000``, ``D1006496``, ``RE49012``, ``PP33456``): always text.
- Some fields are HATEOAS links (``https://search.patentsview.org/api/v1/assignee/<id>/``) rather than
  bare ids; records are passed on as the API sent them, and the mapping step decides.
- Errors explain themselves in the ``X-Status-Reason`` response header, not in the body.

We use GET, not the API's POST form: the query is then part of the URL, so the raw archive says which
query each page answers and offline replay can tell the pages apart.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit

from extractors.errors import HttpAuthError, LayoutChanged, SourceUnusable
from extractors.secrets import airflow_connection

if TYPE_CHECKING:
    from extractors.http import HttpClient, ResponseInfo

log = logging.getLogger("landscape.patentsearch")

SOURCE_NAME = "patentsearch"
DEFAULT_BASE_URL = "https://search.patentsview.org/api/v1"
API_KEY_ENV = "LANDSCAPE_PATENTSEARCH_API_KEY"
AIRFLOW_CONN_ID = "patentsearch"
# 45 requests/minute per key, published by PatentsView: 0.75 per second is exactly that.
REQUESTS_PER_SECOND = 0.75
MAX_PAGE_SIZE = 1000
# The cursor needs both; they are added to any field list that lacks them.
KEY_FIELDS = ("patent_id", "patent_date")
SORT: list[dict[str, str]] = [{"patent_date": "asc"}, {"patent_id": "asc"}]
DEFAULT_FIELDS: tuple[str, ...] = (
    "patent_id",
    "patent_date",
    "patent_title",
    "patent_type",
    "patent_num_claims",
    "assignees.assignee_id",
    "assignees.assignee_organization",
    "assignees.assignee_country",
    "assignees.assignee_city",
    "assignees.assignee_type",
    "cpc_current.cpc_group_id",
    "cpc_current.cpc_type",
)


@dataclass(frozen=True)
class PatentPage:
    """One page of ``patent/`` results.

    ``count`` and ``total_hits`` are what the API reported (rows in this page, rows matching the
    query); ``patents`` may be shorter than ``count`` after ``resume_patents`` dropped patents that
    were already loaded. ``url`` and ``sha256`` point at the archived raw response (provenance).
    """

    patents: list[dict[str, Any]]
    count: int
    total_hits: int
    url: str | None = None
    sha256: str | None = None
    # Sort key of the last row the API sent, i.e. the cursor for the next page.
    cursor: tuple[str, str] | None = field(default=None)

    @property
    def last_date(self) -> date | None:
        """Grant date of the last row the API sent (a watermark candidate)."""
        return date.fromisoformat(self.cursor[0]) if self.cursor else None


# -- credentials -----------------------------------------------------------------------------------


def read_api_key(env: Mapping[str, str] | None = None) -> str:
    """The API key from ``LANDSCAPE_PATENTSEARCH_API_KEY``, else the Airflow connection ``patentsearch``
    (its password). Read at the moment of use, never stored in Settings; raises HttpAuthError if unset."""
    environment = os.environ if env is None else env
    key = (environment.get(API_KEY_ENV) or "").strip()
    if key:
        return key
    login_password = airflow_connection(AIRFLOW_CONN_ID)
    if login_password is not None and login_password[1]:
        return login_password[1]
    raise HttpAuthError(
        f"no PatentSearch API key: set {API_KEY_ENV} or the password of the Airflow connection {AIRFLOW_CONN_ID!r}"
    )


# -- pure parts ------------------------------------------------------------------------------------


def build_query(since: date, until: date | None = None) -> dict[str, Any]:
    """The ``q`` parameter: patents granted on or after ``since`` (and on or before ``until``)."""
    lower = {"_gte": {"patent_date": since.isoformat()}}
    if until is None:
        return lower
    if until < since:
        raise ValueError(f"until ({until}) is before since ({since})")
    return {"_and": [lower, {"_lte": {"patent_date": until.isoformat()}}]}


def build_query_url(
    base_url: str,
    *,
    since: date,
    until: date | None = None,
    fields: Sequence[str] = DEFAULT_FIELDS,
    size: int = MAX_PAGE_SIZE,
    after: tuple[str, str] | None = None,
) -> str:
    """The GET URL for one page. Deterministic (compact JSON, fixed parameter order), so the same page
    always has the same URL in the raw archive."""
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ValueError(f"page size must be 1..{MAX_PAGE_SIZE}, got {size}")
    options: dict[str, Any] = {"size": size}
    if after is not None:
        options["after"] = list(after)
    wanted = list(dict.fromkeys([*KEY_FIELDS, *fields]))
    params = {
        "q": _compact(build_query(since, until)),
        "f": _compact(wanted),
        "s": _compact(SORT),
        "o": _compact(options),
    }
    return f"{base_url.rstrip('/')}/patent/?{urlencode(params, quote_via=quote)}"


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def parse_page(body: bytes) -> PatentPage:
    """Parse one ``patent/`` response body. Raises SourceUnusable for an API error document and
    LayoutChanged when the body is not the JSON shape we know."""
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LayoutChanged(f"PatentSearch response is not JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise LayoutChanged(f"PatentSearch response is a {type(document).__name__}, expected an object")
    if document.get("error") is True:
        raise SourceUnusable(f"PatentSearch answered with an error: {document.get('reason') or document}")
    patents = document.get("patents", ())
    if patents is None and document.get("count") == 0:
        patents = []  # an empty result may come as null rather than []
    if not isinstance(patents, list) or not all(isinstance(p, dict) for p in patents):
        raise LayoutChanged("PatentSearch response has no 'patents' array of objects")
    count, total_hits = document.get("count"), document.get("total_hits")
    if not isinstance(count, int) or not isinstance(total_hits, int):
        raise LayoutChanged("PatentSearch response lacks integer 'count' and 'total_hits'")
    if count != len(patents):
        raise LayoutChanged(f"PatentSearch page says count={count} but holds {len(patents)} patents")
    cursor: tuple[str, str] | None = None
    for patent in patents:
        patent_id, patent_date = patent.get("patent_id"), patent.get("patent_date")
        # Both were requested (KEY_FIELDS); without them there is no key and no cursor.
        if not isinstance(patent_id, str) or not patent_id or not isinstance(patent_date, str):
            raise LayoutChanged(f"PatentSearch patent without text patent_id/patent_date: {patent!r:.200}")
        try:
            date.fromisoformat(patent_date)
        except ValueError as exc:
            raise LayoutChanged(f"PatentSearch patent {patent_id}: patent_date {patent_date!r} is not ISO") from exc
        cursor = (patent_date, patent_id)
    return PatentPage(patents=patents, count=count, total_hits=total_hits, cursor=cursor)


def advance_watermark(watermark: date | None, page: PatentPage) -> date | None:
    """The watermark after loading ``page``: the latest grant date seen so far (empty pages keep it)."""
    last = page.last_date
    if last is None:
        return watermark
    return last if watermark is None else max(watermark, last)


# -- I/O -------------------------------------------------------------------------------------------


def iter_patents(
    client: HttpClient,
    *,
    since: date,
    until: date | None = None,
    fields: Sequence[str] = DEFAULT_FIELDS,
    page_size: int = MAX_PAGE_SIZE,
    api_key: str | None = None,
) -> Iterator[PatentPage]:
    """Every patent granted from ``since`` (to ``until``), page by page in (patent_date, patent_id) order.

    Pages are archived by ``client`` as they arrive. The API key is read when the first page is
    requested (``api_key`` overrides ``read_api_key()``); an offline client replays the archive and
    needs no key. Stops after the first page with fewer than ``page_size`` rows.
    """
    base_url = client.settings.base_url(SOURCE_NAME, DEFAULT_BASE_URL)
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be 1..{MAX_PAGE_SIZE}, got {page_size}")
    client.set_host_rate(urlsplit(base_url).hostname or "", REQUESTS_PER_SECOND)
    # The run's settings may carry the key (LANDSCAPE_* variables); the process environment is the fallback.
    environment = {**os.environ, **(client.settings.env or {})}
    secret_headers = None if client.offline else {"X-Api-Key": api_key or read_api_key(environment)}
    after: tuple[str, str] | None = None
    pages = 0
    while True:
        url = build_query_url(base_url, since=since, until=until, fields=fields, size=page_size, after=after)
        doc = client.fetch(
            url,
            secret_headers=secret_headers,
            headers={"Accept": "application/json"},
            on_response=_explain_refusal,
        )
        page = replace(parse_page(doc.path.read_bytes()), url=url, sha256=doc.sha256)
        pages += 1
        log.info("PatentSearch page %d: %d patents (of %d) after %s", pages, page.count, page.total_hits, after)
        yield page
        if page.count < page_size or page.cursor is None:
            return
        if page.cursor == after:
            # A cursor that does not move would loop forever on the same page.
            raise LayoutChanged(f"PatentSearch cursor did not advance past {after} ({url})")
        after = page.cursor


def resume_patents(
    client: HttpClient,
    *,
    watermark: date | None,
    start: date,
    until: date | None = None,
    known_ids: Container[str] = frozenset(),
    fields: Sequence[str] = DEFAULT_FIELDS,
    page_size: int = MAX_PAGE_SIZE,
    api_key: str | None = None,
) -> Iterator[PatentPage]:
    """Continue an incremental load: from the ``watermark`` date (the last loaded ``patent_date``)
    inclusive, or from ``start`` on the first run.

    The watermark date is requested again on purpose: a previous run may have stopped in the middle of
    that date's patents. Patents already loaded on it (pass their ids as ``known_ids``) and any
    repeated within this run are dropped by ``patent_id``, so a resumed load is idempotent; the
    warehouse should still merge on ``patent_id``. Fold the pages with ``advance_watermark`` to get
    the next watermark (store it only after the pages are safely loaded).
    """
    since = watermark if watermark is not None else start
    loaded: set[str] = set()
    for page in iter_patents(client, since=since, until=until, fields=fields, page_size=page_size, api_key=api_key):
        fresh = [p for p in page.patents if p["patent_id"] not in known_ids and p["patent_id"] not in loaded]
        if len(fresh) < len(page.patents):
            log.info("PatentSearch: %d already-loaded patents dropped", len(page.patents) - len(fresh))
            page = replace(page, patents=fresh)
        loaded.update(p["patent_id"] for p in fresh)
        yield page


def _explain_refusal(info: ResponseInfo) -> None:
    """PatentSearch explains a refused request in ``X-Status-Reason``; surface it in the error."""
    reason = info.headers.get("X-Status-Reason")
    if not reason or info.status < 400 or info.status == 429 or info.status >= 500:
        return
    reason = reason[:300]
    if info.status in (401, 403):
        raise HttpAuthError(f"{info.url}: HTTP {info.status}: {reason} (check the PatentSearch API key)")
    raise SourceUnusable(f"{info.url}: HTTP {info.status}: {reason}")
