"""EPO Open Patent Services (OPS) v3.2: bibliographic data of patent publications worldwide, by query.

OPS is the European Patent Office's REST interface to its DOCDB/INPADOC data (``https://ops.epo.org``).
Registration at developers.epo.org gives a consumer key and secret; the free tier is a fair-use
allowance of about 4 GB of responses a week (resetting Monday 00:00 UTC) and per-minute limits per
service. OPS is meant for look-ups, not bulk harvesting (use PATSTAT/REGPAT for bulk). Data: EPO terms
of use for OPS; cite the EPO as the source.

This module is a client library; a source module wires it into fetch/stage:

* ``OpsClient`` wraps an HttpClient with the OAuth token, OPS's throttling and the weekly quota;
* ``search_biblio`` pages through an applicant search with bibliographic data;
* ``parse_biblio_search``, ``parse_throttling_control``, ``parse_token_response`` and ``parse_xml``
  are pure.

Quirks (shared/research/sources.md §3.3):
- OAuth2 client credentials: POST ``/auth/accesstoken`` with Basic auth gives a bearer token for about
  20 minutes, with ``expires_in`` sent as a *string*. An expired token is not always a 401: OPS answers
  400 (or 403) with a fault whose message is ``invalid_access_token``.
- Every response carries ``X-Throttling-Control: busy (images=green:100, …, search=green:15)``: the
  system state and, per service, a colour and the requests per minute it currently allows. Black means
  the quota is used up: further requests are refused until ``Retry-After``. Quota use comes back in
  ``X-IndividualQuotaPerHour-Used`` and ``X-RegisteredQuotaPerWeek-Used`` (bytes).
- Search pages are requested with ``Range=begin-end``, at most 100 per request, and only the first
  2000 results of a query can be reached at all: narrow big queries by publication date.
- A search without results is HTTP 404 with ``SERVER.EntityNotFound``, not an empty list.
- XML with the exchange namespace as default and ``ops:`` for the envelope. Applicant names come twice,
  as ``epodoc`` (upper case, country in brackets: ``SIEMENS AG [DE]``) and ``original``; titles in
  several languages. Responses are parsed with any DOCTYPE refused, so entity bombs cannot expand.

Not thread-safe: use one OpsClient per task.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit
from xml.parsers import expat

from extractors.errors import HttpAuthError, HttpNotFound, LayoutChanged, SourceUnusable
from extractors.http import parse_retry_after
from extractors.secrets import airflow_connection

if TYPE_CHECKING:
    from extractors.archive import RawDocument
    from extractors.http import HttpClient, ResponseInfo

log = logging.getLogger("landscape.epo_ops")

SOURCE_NAME = "epo_ops"
DEFAULT_BASE_URL = "https://ops.epo.org/3.2"
KEY_ENV = "LANDSCAPE_EPO_OPS_KEY"
SECRET_ENV = "LANDSCAPE_EPO_OPS_SECRET"
AIRFLOW_CONN_ID = "epo_ops"
WEEKLY_QUOTA_ENV = "LANDSCAPE_EPO_OPS_WEEKLY_QUOTA_BYTES"
# The fair-use allowance is "4 GB"; counted in decimal bytes we stay under it whichever unit is meant.
DEFAULT_WEEKLY_QUOTA_BYTES = 4_000_000_000
NS = {"ops": "http://ops.epo.org", "ex": "http://www.epo.org/exchange"}
MAX_RANGE = 100
MAX_SEARCH_RESULTS = 2000
DEFAULT_TOKEN_MARGIN = 60.0
# How long to hold off a service in red, or after black without a Retry-After.
DEFAULT_RED_WAIT = 60.0
COLOURS = ("green", "yellow", "red", "black")

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class OpsQuotaExhausted(SourceUnusable):
    """OPS refuses further requests for now (throttling black, quota rejection) or our weekly limit is
    near. ``retry_after`` says when trying again makes sense, in seconds, when known."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class OpsEntityNotFound(HttpNotFound):
    """404 ``SERVER.EntityNotFound``: no such publication, or a search without results."""


class OpsSearchTooBroad(SourceUnusable):
    """A search matches more results than OPS lets us reach (2000)."""


class UnsafeXml(SourceUnusable):
    """The response declares a DOCTYPE or entities: refused unparsed (entity expansion bombs, XXE)."""


class _TokenRejected(Exception):
    """OPS said the access token is invalid or expired (internal: triggers one refresh)."""


# -- credentials and tokens ------------------------------------------------------------------------


@dataclass(frozen=True)
class OpsCredentials:
    key: str
    secret: str = field(repr=False)


def read_credentials(env: Mapping[str, str] | None = None) -> OpsCredentials:
    """Consumer key and secret from ``LANDSCAPE_EPO_OPS_KEY``/``_SECRET``, else the Airflow connection
    ``epo_ops`` (login/password). Read at the moment of use; raises HttpAuthError when absent."""
    environment = os.environ if env is None else env
    key, secret = (environment.get(KEY_ENV) or "").strip(), (environment.get(SECRET_ENV) or "").strip()
    if key and secret:
        return OpsCredentials(key, secret)
    connection = airflow_connection(AIRFLOW_CONN_ID)
    if connection is not None and connection[0] and connection[1]:
        return OpsCredentials(connection[0], connection[1])
    raise HttpAuthError(
        f"no EPO OPS credentials: set {KEY_ENV} and {SECRET_ENV}, "
        f"or login and password of the Airflow connection {AIRFLOW_CONN_ID!r}"
    )


@dataclass(frozen=True)
class AccessToken:
    value: str = field(repr=False)
    expires_at: float  # on the client's clock
    refresh_at: float  # a margin before expires_at

    def usable(self, now: float) -> bool:
        return now < self.refresh_at


def parse_token_response(body: bytes, *, now: float, margin: float = DEFAULT_TOKEN_MARGIN) -> AccessToken:
    """The token from an ``/auth/accesstoken`` answer. The refresh margin is capped at half the lifetime,
    so a short-lived token is still used rather than refreshed on every request."""
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LayoutChanged(f"OPS token response is not JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise LayoutChanged("OPS token response is not a JSON object")
    value = document.get("access_token")
    try:
        lifetime = float(document.get("expires_in", ""))  # OPS sends it as a string
    except (TypeError, ValueError) as exc:
        raise LayoutChanged("OPS token response has no numeric expires_in") from exc
    if not isinstance(value, str) or not value or lifetime <= 0:
        raise LayoutChanged("OPS token response lacks access_token or a positive expires_in")
    return AccessToken(value, now + lifetime, now + lifetime - min(margin, lifetime / 2))


# -- throttling ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceThrottle:
    colour: str  # green | yellow | red | black
    per_minute: int  # requests per minute the service currently allows


@dataclass(frozen=True)
class ThrottleState:
    system: str  # idle | busy | overloaded
    services: Mapping[str, ServiceThrottle]


_THROTTLE = re.compile(r"^\s*(?P<system>[a-z]+)\s*\((?P<services>[^)]*)\)\s*$", re.IGNORECASE)
_SERVICE = re.compile(r"^\s*(?P<name>[a-z-]+)\s*=\s*(?P<colour>[a-z]+)\s*:\s*(?P<rate>\d+)\s*$", re.IGNORECASE)


def parse_throttling_control(value: str) -> ThrottleState:
    """Parse ``X-Throttling-Control``; ValueError when it is not the documented shape."""
    match = _THROTTLE.match(value)
    if match is None:
        raise ValueError(f"unrecognised X-Throttling-Control {value!r}")
    services: dict[str, ServiceThrottle] = {}
    for part in match["services"].split(","):
        service = _SERVICE.match(part)
        if service is None or service["colour"].lower() not in COLOURS:
            raise ValueError(f"unrecognised service entry {part!r} in X-Throttling-Control")
        services[service["name"].lower()] = ServiceThrottle(service["colour"].lower(), int(service["rate"]))
    return ThrottleState(match["system"].lower(), services)


# Most specific first: search and images live under published-data too.
_SERVICE_PATHS = (
    ("published-data/search", "search"),
    ("published-data/images", "images"),
    ("classification/cpc/media", "images"),
    ("published-data", "retrieval"),
    ("family", "inpadoc"),
    ("legal", "inpadoc"),
)


def service_for_url(url: str) -> str:
    """The OPS throttling bucket a request URL counts against."""
    path = urlsplit(url).path
    _, found, rest = path.partition("/rest-services/")
    if found:
        for prefix, service in _SERVICE_PATHS:
            if rest == prefix or rest.startswith(prefix + "/"):
                return service
    return "other"


def seconds_until_weekly_reset(now: datetime) -> float:
    """Seconds until the weekly quota resets (Monday 00:00 UTC)."""
    now = now.astimezone(UTC)
    monday = (now - timedelta(days=now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    return (monday + timedelta(days=7) - now).total_seconds()


# -- safe XML --------------------------------------------------------------------------------------


def parse_xml(data: bytes) -> ET.Element:
    """Parse an OPS response, refusing any DOCTYPE or entity declaration (UnsafeXml).

    OPS never sends a DTD, so one in a response is hostile or broken. A first expat pass stops at the
    DOCTYPE, before any entity is declared, let alone expanded; only then is the tree built.
    """

    def refuse(what: str) -> Callable[..., None]:
        def handler(*_args: Any) -> None:
            raise UnsafeXml(f"OPS response declares {what}; refused unparsed (entity expansion/XXE risk)")

        return handler

    scanner = expat.ParserCreate()
    scanner.StartDoctypeDeclHandler = refuse("a DOCTYPE")
    scanner.EntityDeclHandler = refuse("an entity")
    scanner.UnparsedEntityDeclHandler = refuse("an unparsed entity")
    scanner.ExternalEntityRefHandler = _refuse_external_entity
    try:
        scanner.Parse(data, True)
        return ET.fromstring(data)
    except (expat.ExpatError, ET.ParseError) as exc:
        raise LayoutChanged(f"OPS response is not well-formed XML: {exc}") from exc


def _refuse_external_entity(context: str, base: str | None, system_id: str | None, public_id: str | None) -> int:
    raise UnsafeXml(f"OPS response references an external entity ({system_id}); refused (XXE risk)")


# -- bibliographic search --------------------------------------------------------------------------


@dataclass(frozen=True)
class OpsDocument:
    """One publication from a biblio search. Classification codes are compact (``B25J9/1697``), like
    PatentsView's CPC groups, so the two sources join on them."""

    country: str
    doc_number: str
    kind: str
    date: date | None  # publication date
    family_id: str | None  # DOCDB simple family
    title: str | None  # English if there is one, else the first given
    title_lang: str | None
    applicants_epodoc: tuple[str, ...]
    applicants_original: tuple[str, ...]
    ipcr: tuple[str, ...]
    cpc: tuple[str, ...]
    # Provenance, set by search_biblio: the archived response this came from.
    source_url: str | None = None
    sha256: str | None = None

    @property
    def publication_number(self) -> str:
        return f"{self.country}{self.doc_number}{self.kind}"


def parse_biblio_search(xml_bytes: bytes) -> tuple[int, list[OpsDocument]]:
    """(total-result-count, documents of this page) from a ``published-data/search/biblio`` answer."""
    total, documents, _ = _parse_search_page(xml_bytes)
    return total, documents


def _parse_search_page(xml_bytes: bytes) -> tuple[int, list[OpsDocument], int]:
    root = parse_xml(xml_bytes)
    if root.tag != f"{{{NS['ops']}}}world-patent-data":
        raise LayoutChanged(f"OPS search answer has root {root.tag}, expected ops:world-patent-data")
    search = root.find("ops:biblio-search", NS)
    if search is None:
        raise LayoutChanged("OPS search answer has no ops:biblio-search")
    try:
        total = int(search.get("total-result-count", ""))
    except ValueError as exc:
        raise LayoutChanged("ops:biblio-search has no numeric total-result-count") from exc
    results = search.findall("ops:search-result/ex:exchange-documents/ex:exchange-document", NS)
    documents: list[OpsDocument] = []
    for element in results:
        if element.get("status") == "not found":
            # Listed by the index but without data in DOCDB; nothing to map.
            log.warning("OPS search result %s%s not found in DOCDB", element.get("country"), element.get("doc-number"))
            continue
        documents.append(_document(element))
    return total, documents, len(results)


def _document(element: ET.Element) -> OpsDocument:
    country, number, kind = element.get("country"), element.get("doc-number"), element.get("kind")
    if not (country and number and kind):
        raise LayoutChanged("OPS exchange-document without country/doc-number/kind attributes")
    biblio = element.find("ex:bibliographic-data", NS)
    if biblio is None:
        raise LayoutChanged(f"OPS exchange-document {country}{number}{kind} has no bibliographic-data")
    title, title_lang = _title(biblio)
    return OpsDocument(
        country=country,
        doc_number=number,
        kind=kind,
        date=_yyyymmdd(
            biblio.findtext("ex:publication-reference/ex:document-id[@document-id-type='docdb']/ex:date", None, NS)
        ),
        family_id=element.get("family-id"),
        title=title,
        title_lang=title_lang,
        applicants_epodoc=_applicants(biblio, "epodoc"),
        applicants_original=_applicants(biblio, "original"),
        ipcr=_unique(
            _ipcr_code(text)
            for text in (e.text for e in biblio.findall("ex:classifications-ipcr/ex:classification-ipcr/ex:text", NS))
            if text and text.strip()
        ),
        cpc=_unique(
            code
            for code in (_cpc_code(e) for e in biblio.findall("ex:patent-classifications/ex:patent-classification", NS))
            if code
        ),
    )


def _title(biblio: ET.Element) -> tuple[str | None, str | None]:
    titles = [(e.get("lang"), _clean(e.text)) for e in biblio.findall("ex:invention-title", NS)]
    titles = [(lang, text) for lang, text in titles if text]
    for lang, text in titles:
        if (lang or "").lower() == "en":
            return text, lang
    return (titles[0][1], titles[0][0]) if titles else (None, None)


def _applicants(biblio: ET.Element, data_format: str) -> tuple[str, ...]:
    applicants = biblio.findall(f"ex:parties/ex:applicants/ex:applicant[@data-format='{data_format}']", NS)
    applicants.sort(key=lambda e: int(e.get("sequence") or 0) if (e.get("sequence") or "0").isdigit() else 0)
    # Original-format names often keep the list separator of the source document ("SIEMENS AG,").
    names = (_clean(e.findtext("ex:applicant-name/ex:name", None, NS)).rstrip(",").strip() for e in applicants)
    return _unique(name for name in names if name)


_IPCR = re.compile(r"^\s*([A-H]\d{2}[A-Z])\s*(\d{1,4})\s*/\s*(\d{1,6})")


def _ipcr_code(text: str) -> str:
    """``B25J   9/16       20060101AFI20051220BHEP`` (fixed width, with version and flags) → ``B25J9/16``."""
    match = _IPCR.match(text)
    if match is None:
        return _clean(text)  # kept as sent rather than dropped; the mapping step reports it
    return f"{match[1]}{match[2]}/{match[3]}"


def _cpc_code(element: ET.Element) -> str | None:
    scheme = element.find("ex:classification-scheme", NS)
    if scheme is None or scheme.get("scheme") not in ("CPC", "CPCI"):
        return None
    parts = [_clean(element.findtext(f"ex:{name}", None, NS)) for name in ("section", "class", "subclass")]
    main, sub = _clean(element.findtext("ex:main-group", None, NS)), _clean(element.findtext("ex:subgroup", None, NS))
    if not all(parts) or not main or not sub:
        return None
    return f"{''.join(parts)}{main}/{sub}"


def _yyyymmdd(text: str | None) -> date | None:
    text = (text or "").strip()
    try:
        return datetime.strptime(text, "%Y%m%d").date() if text else None
    except ValueError:
        return None  # e.g. "20230000": a partial date is no date


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def applicant_query(applicant: str, published_within: tuple[date, date] | None = None) -> str:
    """CQL for an applicant (``pa`` index), optionally limited to a publication-date window."""
    escaped = applicant.replace("\\", "\\\\").replace('"', '\\"')
    cql = f'pa="{escaped}"'
    if published_within is not None:
        first, last = published_within
        if last < first:
            raise ValueError(f"published_within ends ({last}) before it starts ({first})")
        cql += f' and pd within "{first:%Y%m%d},{last:%Y%m%d}"'
    return cql


def build_search_url(base_url: str, cql: str, begin: int, end: int) -> str:
    if not 1 <= begin <= end or end - begin + 1 > MAX_RANGE:
        raise ValueError(f"invalid OPS range {begin}-{end} (at most {MAX_RANGE} per request)")
    query = urlencode({"q": cql, "Range": f"{begin}-{end}"}, quote_via=quote)
    return f"{base_url.rstrip('/')}/rest-services/published-data/search/biblio?{query}"


# -- the client ------------------------------------------------------------------------------------


class OpsClient:
    """OPS requests through one HttpClient: bearer token, per-service pacing, quota stops.

    ``clock`` and ``sleep`` drive the token lifetime and the pacing (inject them in tests). An offline
    HttpClient replays the archive: no token, no pacing.
    """

    def __init__(
        self,
        http: HttpClient,
        *,
        credentials: OpsCredentials | None = None,
        weekly_quota_bytes: int | None = None,
        token_margin: float = DEFAULT_TOKEN_MARGIN,
        red_wait: float = DEFAULT_RED_WAIT,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
        wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.http = http
        self.base_url = http.settings.base_url(SOURCE_NAME, DEFAULT_BASE_URL)
        self._credentials = credentials  # read lazily, at the first token request
        self.weekly_quota_bytes = (
            weekly_quota_bytes if weekly_quota_bytes is not None else _weekly_quota(http.settings.env or {})
        )
        self.token_margin = token_margin
        self.red_wait = red_wait
        self._clock = clock
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._token: AccessToken | None = None
        self.throttle: ThrottleState | None = None
        self.weekly_quota_used: int | None = None
        self.hourly_quota_used: int | None = None
        self._last_response_bytes = 0
        self._last_request: dict[str, float] = {}
        self._blocked_until: float | None = None
        self._blocked_reason = ""

    def get(self, url: str, *, accept: str = "application/xml") -> RawDocument:
        """GET an OPS resource into the archive. Raises OpsQuotaExhausted, OpsEntityNotFound and the
        HttpClient's errors; an invalid/expired token is refreshed once and the request repeated."""
        headers = {"Accept": accept}
        if self.http.offline:
            return self.http.fetch(url, headers=headers)
        service = service_for_url(url)

        def observe(info: ResponseInfo) -> None:
            self._observe(service, info)

        for attempt in (1, 2):
            token = self._access_token()
            self._pace(service)
            try:
                doc = self.http.fetch(
                    url,
                    headers=headers,
                    secret_headers={"Authorization": f"Bearer {token.value}"},
                    on_response=observe,
                )
            except _TokenRejected:
                if attempt == 2:
                    raise HttpAuthError(f"{url}: OPS rejected a freshly issued access token") from None
                log.info("OPS rejected the access token for %s; requesting a new one", url)
                self._token = None
                continue
            self._last_response_bytes = doc.bytes
            return doc
        raise AssertionError("unreachable: the loop returns or raises")

    # -- token -------------------------------------------------------------------------------------

    def _access_token(self) -> AccessToken:
        now = self._clock()
        if self._token is not None and self._token.usable(now):
            return self._token
        credentials = self._credentials or read_credentials()
        self._credentials = credentials
        basic = base64.b64encode(f"{credentials.key}:{credentials.secret}".encode()).decode("ascii")
        body = self.http.request_secret(
            f"{self.base_url}/auth/accesstoken",
            data={"grant_type": "client_credentials"},
            secret_headers={"Authorization": f"Basic {basic}"},
            headers={"Accept": "application/json"},
        )
        self._token = parse_token_response(body, now=now, margin=self.token_margin)
        log.info("OPS access token issued, valid %.0fs", self._token.expires_at - now)
        return self._token

    # -- throttling and quota ------------------------------------------------------------------------

    def _pace(self, service: str) -> None:
        """Wait as the last throttling state asks, or refuse while blocked or near the weekly quota."""
        now = self._clock()
        if self._blocked_until is not None:
            if now < self._blocked_until:
                raise OpsQuotaExhausted(
                    f"OPS {self._blocked_reason}; not retrying for another {self._blocked_until - now:.0f}s",
                    self._blocked_until - now,
                )
            self._blocked_until = None
        # Stop *before* the limit: the next answer is assumed to be as big as the last one.
        used = self.weekly_quota_used
        if used is not None and used + self._last_response_bytes >= self.weekly_quota_bytes:
            raise OpsQuotaExhausted(
                f"OPS weekly quota nearly used: {used:,} bytes this week, our limit is "
                f"{self.weekly_quota_bytes:,} ({WEEKLY_QUOTA_ENV}); stopping until the Monday reset",
                seconds_until_weekly_reset(self._wall_clock()),
            )
        interval = self._interval(service)
        last = self._last_request.get(service)
        if interval and last is not None and last + interval > now:
            wait = last + interval - now
            log.info("OPS %s pacing: waiting %.1fs", service, wait)
            self._sleep(wait)
        self._last_request[service] = self._clock()

    def _interval(self, service: str) -> float:
        if self.throttle is None:
            return 0.0
        state = self.throttle.services.get(service)
        if state is None:
            return 0.0
        interval = 60.0 / state.per_minute if state.per_minute > 0 else self.red_wait
        if state.colour == "yellow" or self.throttle.system == "overloaded":
            interval *= 2  # half the pace
        if state.colour in ("red", "black"):
            interval = max(interval, self.red_wait)
        return interval

    def _observe(self, service: str, info: ResponseInfo) -> None:
        """Read throttling and quota headers of every answer, then classify OPS-specific failures."""
        header = info.headers.get("X-Throttling-Control")
        if header:
            try:
                self.throttle = parse_throttling_control(header)
            except ValueError as exc:
                log.warning("%s; keeping the previous throttling state", exc)
        weekly = _int_or_none(info.headers.get("X-RegisteredQuotaPerWeek-Used"))
        if weekly is not None:
            self.weekly_quota_used = weekly
        hourly = _int_or_none(info.headers.get("X-IndividualQuotaPerHour-Used"))
        if hourly is not None:
            self.hourly_quota_used = hourly
        state = self.throttle.services.get(service) if self.throttle and header else None
        rejection = info.headers.get("X-Rejection-Reason") if info.status == 403 else None
        if (state is not None and state.colour == "black") or rejection:
            retry_after = parse_retry_after(info.headers.get("Retry-After"))
            wait = retry_after if retry_after is not None else self.red_wait
            self._blocked_until = self._clock() + wait
            self._blocked_reason = (
                f"quota exhausted: service {service!r} is black" if not rejection else f"quota exhausted ({rejection})"
            )
            raise OpsQuotaExhausted(f"{info.url}: OPS {self._blocked_reason}; retry after {wait:.0f}s", wait)
        body = (info.body or b"").lower()
        if info.status in (400, 401, 403) and (
            b"invalid_access_token" in body or b"invalidaccesstoken" in body or b"access token has expired" in body
        ):
            raise _TokenRejected()
        if info.status == 404 and b"entitynotfound" in body:
            raise OpsEntityNotFound(f"{info.url}: OPS has no such entity (SERVER.EntityNotFound)")


def _weekly_quota(env: Mapping[str, str]) -> int:
    raw = (env.get(WEEKLY_QUOTA_ENV) or "").strip()
    if not raw:
        return DEFAULT_WEEKLY_QUOTA_BYTES
    if not raw.isdigit() or int(raw) <= 0:
        raise ValueError(f"{WEEKLY_QUOTA_ENV} must be a positive number of bytes, got {raw!r}")
    return int(raw)


def _int_or_none(value: str | None) -> int | None:
    return int(value.strip()) if value is not None and value.strip().isdigit() else None


def search_biblio(
    client: OpsClient,
    applicant: str,
    *,
    range_size: int = 25,
    published_within: tuple[date, date] | None = None,
    allow_truncated: bool = False,
) -> Iterator[OpsDocument]:
    """Every publication whose applicant matches ``applicant``, with bibliographic data, in OPS order.

    OPS reaches only the first 2000 results of a query: beyond that this raises OpsSearchTooBroad
    before yielding anything (split the query with ``published_within``), unless ``allow_truncated``,
    which yields the first 2000 and logs a warning. No results (OPS answers 404) yields nothing.
    """
    if not 1 <= range_size <= MAX_RANGE:
        raise ValueError(f"range_size must be 1..{MAX_RANGE}, got {range_size}")
    cql = applicant_query(applicant, published_within)
    begin, reachable = 1, MAX_SEARCH_RESULTS
    while begin <= reachable:
        url = build_search_url(client.base_url, cql, begin, min(begin + range_size - 1, reachable))
        try:
            doc = client.get(url)
        except OpsEntityNotFound:
            if begin == 1:
                log.info("OPS: no publications for %s", cql)
                return
            raise
        total, documents, listed = _parse_search_page(doc.path.read_bytes())
        if begin == 1:
            if total > MAX_SEARCH_RESULTS and not allow_truncated:
                raise OpsSearchTooBroad(
                    f"OPS search {cql} has {total} results, only the first {MAX_SEARCH_RESULTS} are reachable: "
                    "narrow it with published_within"
                )
            if total > MAX_SEARCH_RESULTS:
                log.warning("OPS search %s: %d results, only the first %d fetched", cql, total, MAX_SEARCH_RESULTS)
            reachable = min(total, MAX_SEARCH_RESULTS)
        if listed == 0 and begin <= reachable:
            raise LayoutChanged(f"{url}: empty page inside the {reachable} results OPS announced")
        for document in documents:
            yield replace(document, source_url=url, sha256=doc.sha256)
        begin += listed
