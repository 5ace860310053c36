"""A loopback stand-in for EPO Open Patent Services (OPS) v3.2, for the offline demo and the tests.

It implements what the pipeline's OPS client uses, the way the live service behaves
(research/sources.md §3.3):

* ``POST /3.2/auth/accesstoken``: OAuth2 client credentials, Basic auth with the consumer key and
  secret and the form ``grant_type=client_credentials``; a wrong key or secret is 401 ``invalid_client``
  (JSON). The token answer sends ``expires_in`` as a *string*; tokens expire on an injectable clock.
* ``GET /3.2/rest-services/published-data/search/biblio?q=<CQL>&Range=<begin>-<end>``: an unknown or
  expired bearer token is 400 with an ``invalid_access_token`` fault (OPS does not say 401). The CQL is
  the applicant search the client builds, ``pa="…"`` (``\\"`` escapes) optionally ``and pd within
  "YYYYMMDD,YYYYMMDD"``; like OPS's word index, ``pa`` matches every document with an applicant name
  (as filed or epodoc) holding all the query's words, in any case and order. ``Range`` (also the
  ``X-OPS-Range`` header; default 1-25) asks for at most 100 results and none past the 2000th: beyond
  that OPS answers 400 ``CLIENT.InvalidQuery``. No results is 404 ``SERVER.EntityNotFound``, not an
  empty list. Answers are OPS XML in the exchange namespace, as the recorded fixtures show them.
* Every ``rest-services`` answer, faults included, carries ``X-Throttling-Control`` (configurable; by
  default an idle system that allows 6000 searches a minute, so the demo is not slowed down) and
  ``X-IndividualQuotaPerHour-Used`` / ``X-RegisteredQuotaPerWeek-Used``, counting the bytes sent so
  far, this answer included.

Its data is ``publications.json`` of the snapshot (:mod:`landscape.snapshot.ops_data`). Only the
search is served: any other OPS resource is a plain 404, so a missing feature of the stand-in cannot
pass for an empty search.
"""

from __future__ import annotations

import base64
import hmac
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from landscape.snapshot.loopback import LoopbackApiServer

API_ROOT = "/3.2"
TOKEN_PATH = f"{API_ROOT}/auth/accesstoken"
REST_PREFIX = f"{API_ROOT}/rest-services/"
SEARCH_PATH = f"{REST_PREFIX}published-data/search/biblio"
# The consumer key and secret the demo's settings carry; the stand-in accepts only them (or a test's).
DEMO_KEY = "demo-offline-ops-consumer-key"
DEMO_SECRET = "demo-offline-ops-consumer-secret"
DEFAULT_EXPIRES_IN = "1199"
FAST_THROTTLING = "idle (images=green:200, inpadoc=green:60, other=green:1000, retrieval=green:200, search=green:6000)"
DEFAULT_RANGE = "1-25"
MAX_RANGE = 100
MAX_REACHABLE = 2000
EXCHANGE_NS = "http://www.epo.org/exchange"
OPS_NS = "http://ops.epo.org"
XLINK_NS = "http://www.w3.org/1999/xlink"

_CQL = re.compile(
    r'^\s*pa\s*=\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<bare>[^\s"]+))'
    r'(?:\s+and\s+pd\s+within\s+"(?P<first>\d{8})\s*,\s*(?P<last>\d{8})")?\s*$',
    re.IGNORECASE,
)
_RANGE = re.compile(r"^\s*(\d+)\s*-\s*(\d+)\s*$")
_EPODOC_COUNTRY = re.compile(r"\s*\[[A-Z]{2}\]\s*$")
_CPC = re.compile(r"^([A-HY])(\d{2})([A-Z])(\d{1,4})/(\d{1,6})$")


@dataclass
class OpsRequest:
    """One request as received; ``headers`` keys are lower-cased. ``status`` is what it was answered."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    status: int = 0


@dataclass(frozen=True)
class ApplicantQuery:
    """An applicant search: the words every match must hold, and maybe a publication-date window."""

    words: frozenset[str]
    published_within: tuple[date, date] | None = None

    def matches(self, names: Sequence[frozenset[str]], published: date) -> bool:
        if self.published_within is not None and not (
            self.published_within[0] <= published <= self.published_within[1]
        ):
            return False
        return any(self.words <= name for name in names)


def search_words(text: str) -> frozenset[str]:
    """The words an OPS name index holds: letters and digits, case folded (``Cluj-Napoca`` is two)."""
    return frozenset(re.findall(r"\w+", text.casefold()))


def parse_applicant_cql(cql: str) -> ApplicantQuery:
    """``pa="…"`` with an optional ``and pd within "YYYYMMDD,YYYYMMDD"``; ValueError for anything else."""
    match = _CQL.match(cql)
    if match is None:
        raise ValueError(f'the stand-in understands pa="…" [and pd within "YYYYMMDD,YYYYMMDD"], not {cql!r}')
    term = match["bare"] if match["bare"] is not None else re.sub(r"\\(.)", r"\1", match["quoted"])
    words = search_words(term)
    if not words:
        raise ValueError(f"empty applicant term in {cql!r}")
    if match["first"] is None:
        return ApplicantQuery(words)
    try:
        first, last = (datetime.strptime(match[name], "%Y%m%d").date() for name in ("first", "last"))
    except ValueError as exc:
        raise ValueError(f"invalid date in {cql!r}: {exc}") from exc
    if last < first:
        raise ValueError(f"pd within ends before it starts in {cql!r}")
    return ApplicantQuery(words, (first, last))


def parse_range(value: str) -> tuple[int, int]:
    """``begin-end`` of a search page; ValueError when OPS would refuse it."""
    match = _RANGE.match(value)
    if match is None:
        raise ValueError(f"invalid Range {value!r}")
    begin, end = int(match[1]), int(match[2])
    if not 1 <= begin <= end:
        raise ValueError(f"invalid Range {value!r}")
    # Unverified which code OPS gives an oversize page; past the 2000th result it is CLIENT.InvalidQuery.
    if end - begin + 1 > MAX_RANGE:
        raise ValueError(f"Range {value!r} asks for more than {MAX_RANGE} results")
    if end > MAX_REACHABLE:
        raise ValueError(f"Range {value!r} reaches past the first {MAX_REACHABLE} results")
    return begin, end


@dataclass
class OpsStandIn:
    """The service: publications to search, credentials, token lifetime, throttling header, quota."""

    publications: list[dict[str, Any]]
    key: str = DEMO_KEY
    secret: str = field(default=DEMO_SECRET, repr=False)
    expires_in: str = DEFAULT_EXPIRES_IN
    throttling: str = FAST_THROTTLING
    clock: Callable[[], float] = time.monotonic
    hourly_used: int = 0  # bytes sent, as the quota headers report them
    weekly_used: int = 0
    tokens: dict[str, float] = field(default_factory=dict, repr=False)  # token -> expiry on ``clock``
    requests: list[OpsRequest] = field(default_factory=list, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _index: list[tuple[list[frozenset[str]], date]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._index = [
            (
                [
                    search_words(_EPODOC_COUNTRY.sub("", applicant[name_format]))
                    for applicant in publication["applicants"]
                    for name_format in ("original", "epodoc")
                ],
                date.fromisoformat(publication["date"]),
            )
            for publication in self.publications
        ]

    def answer(self, request: OpsRequest, body: bytes) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.requests.append(request)
            if request.path == TOKEN_PATH:
                status, headers, payload = self._token(request, body)
            elif request.path.startswith(REST_PREFIX):
                status, headers, payload = self._rest(request)
                self.hourly_used += len(payload)
                self.weekly_used += len(payload)
                headers = {
                    **headers,
                    "X-Throttling-Control": self.throttling,
                    "X-IndividualQuotaPerHour-Used": str(self.hourly_used),
                    "X-RegisteredQuotaPerWeek-Used": str(self.weekly_used),
                }
            else:
                status, headers, payload = 404, {"Content-Type": "text/plain"}, b"Not Found"
            request.status = status
            return status, headers, payload

    def search(self, query: ApplicantQuery) -> list[dict[str, Any]]:
        """Every publication the query finds, in the order the stand-in serves them."""
        return [p for p, (names, day) in zip(self.publications, self._index, strict=True) if query.matches(names, day)]

    def _token(self, request: OpsRequest, body: bytes) -> tuple[int, dict[str, str], bytes]:
        if request.method != "POST":
            return 405, {"Allow": "POST", **_JSON}, _json({"error": "invalid_request"})
        expected = "Basic " + base64.b64encode(f"{self.key}:{self.secret}".encode()).decode("ascii")
        if not hmac.compare_digest(request.headers.get("authorization", "").encode(), expected.encode()):
            return 401, _JSON, _json({"error": "invalid_client", "error_description": "Client credentials are invalid"})
        form = parse_qs(body.decode("utf-8", errors="replace"))
        if form.get("grant_type") != ["client_credentials"]:
            return 400, _JSON, _json({"error": "unsupported_grant_type"})
        token = secrets.token_urlsafe(21)
        self.tokens[token] = self.clock() + float(self.expires_in)
        return (
            200,
            _JSON,
            _json(
                {
                    "refresh_token_expires_in": "0",
                    "api_product_list": "[ops-prod]",
                    "api_product_list_json": ["ops-prod"],
                    "organization_name": "ops",
                    "token_type": "BearerToken",
                    "issued_at": str(int(time.time() * 1000)),
                    "client_id": self.key,
                    "access_token": token,
                    "scope": "core",
                    "expires_in": self.expires_in,
                    "refresh_count": "0",
                    "status": "approved",
                }
            ),
        )

    def _rest(self, request: OpsRequest) -> tuple[int, dict[str, str], bytes]:
        token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        expiry = self.tokens.get(token)
        if expiry is None or self.clock() >= expiry:
            return 400, _XML, render_fault("CLIENT.InvalidAccessToken", "invalid_access_token")
        if request.path != SEARCH_PATH or request.method != "GET":
            return 404, _XML, render_fault("CLIENT.NotServed", f"the stand-in serves only GET {SEARCH_PATH}")
        cql = request.query.get("q", "")
        try:
            query = parse_applicant_cql(cql)
            begin, end = parse_range(request.query.get("Range") or request.headers.get("x-ops-range") or DEFAULT_RANGE)
        except ValueError as exc:
            return 400, _XML, render_fault("CLIENT.InvalidQuery", str(exc))
        hits = self.search(query)
        if begin > len(hits):
            return 404, _XML, render_fault("SERVER.EntityNotFound", "No results found")
        end = min(end, len(hits))
        return 200, _XML, render_search_page(cql, len(hits), begin, end, hits[begin - 1 : end])


_JSON = {"Content-Type": "application/json"}
_XML = {"Content-Type": "application/xml"}


def _json(document: dict[str, Any]) -> bytes:
    return json.dumps(document, indent=2).encode()


# -- XML ---------------------------------------------------------------------------------------------


class _Lines:
    """Indented XML, four spaces a level, as OPS pretty-prints its answers."""

    def __init__(self, depth: int = 0) -> None:
        self.lines: list[str] = []
        self.depth = depth

    def open(self, tag: str, *attrs: tuple[str, str]) -> None:
        self._add(f"<{tag}{_attrs(attrs)}>")
        self.depth += 1

    def close(self, tag: str) -> None:
        self.depth -= 1
        self._add(f"</{tag}>")

    def leaf(self, tag: str, text: str, *attrs: tuple[str, str]) -> None:
        self._add(f"<{tag}{_attrs(attrs)}>{escape(text)}</{tag}>")

    def empty(self, tag: str, *attrs: tuple[str, str]) -> None:
        self._add(f"<{tag}{_attrs(attrs)}/>")

    def _add(self, line: str) -> None:
        self.lines.append("    " * self.depth + line)


def _attrs(attrs: Sequence[tuple[str, str]]) -> str:
    return "".join(f" {name}={quoteattr(value)}" for name, value in attrs)


def render_fault(code: str, message: str) -> bytes:
    """An OPS fault document (``<fault xmlns="http://ops.epo.org">``)."""
    out = _Lines()
    out.open("fault", ("xmlns", OPS_NS))
    out.leaf("code", code)
    out.leaf("message", message)
    out.close("fault")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(out.lines) + "\n").encode()


def render_search_page(cql: str, total: int, begin: int, end: int, publications: Sequence[dict[str, Any]]) -> bytes:
    """A ``published-data/search/biblio`` answer: results ``begin``..``end`` of ``total``."""
    out = _Lines()
    out.open("ops:world-patent-data", ("xmlns", EXCHANGE_NS), ("xmlns:ops", OPS_NS), ("xmlns:xlink", XLINK_NS))
    out.open("ops:biblio-search", ("total-result-count", str(total)))
    out.leaf("ops:query", cql, ("syntax", "CQL"))
    out.empty("ops:range", ("begin", str(begin)), ("end", str(end)))
    out.open("ops:search-result")
    for publication in publications:
        # One exchange-documents wrapper per document, as OPS sends them.
        out.open("exchange-documents")
        _exchange_document(out, publication)
        out.close("exchange-documents")
    out.close("ops:search-result")
    out.close("ops:biblio-search")
    out.close("ops:world-patent-data")
    header = '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/3.2/style/exchange.xsl"?>'
    return (header + "\n" + "\n".join(out.lines) + "\n").encode()


def _exchange_document(out: _Lines, p: dict[str, Any]) -> None:
    country, number, kind, day = p["country"], p["doc_number"], p["kind"], _yyyymmdd(p["date"])
    out.open(
        "exchange-document",
        ("system", "ops.epo.org"),
        ("family-id", p["family_id"]),
        ("country", country),
        ("doc-number", number),
        ("kind", kind),
    )
    out.open("bibliographic-data")
    out.open("publication-reference")
    out.open("document-id", ("document-id-type", "docdb"))
    for tag, value in (("country", country), ("doc-number", number), ("kind", kind), ("date", day)):
        out.leaf(tag, value)
    out.close("document-id")
    out.open("document-id", ("document-id-type", "epodoc"))
    out.leaf("doc-number", f"{country}{number}")
    out.leaf("date", day)
    out.close("document-id")
    out.close("publication-reference")
    if p["ipc"]:
        out.open("classifications-ipcr")
        for sequence, ipc in enumerate(p["ipc"], start=1):
            out.open("classification-ipcr", ("sequence", str(sequence)))
            out.leaf("text", ipc["text"])
            out.close("classification-ipcr")
        out.close("classifications-ipcr")
    if p["cpc"]:
        out.open("patent-classifications")
        for sequence, cpc in enumerate(p["cpc"], start=1):
            _cpc(out, sequence, cpc)
        out.close("patent-classifications")
    _application(out, p["application"])
    priority = p["priority"]
    out.open("priority-claims")
    out.open("priority-claim", ("sequence", "1"), ("kind", priority["kind"]))
    out.open("document-id", ("document-id-type", "epodoc"))
    out.leaf("doc-number", priority["epodoc"])
    out.leaf("date", _yyyymmdd(priority["date"]))
    out.close("document-id")
    out.leaf("priority-active-indicator", "YES")
    out.close("priority-claim")
    out.close("priority-claims")
    out.open("parties")
    _names(out, "applicant", p["applicants"])
    _names(out, "inventor", p["inventors"])
    out.close("parties")
    for title in p["titles"]:
        out.leaf("invention-title", title["text"], ("lang", title["lang"]))
    out.close("bibliographic-data")
    out.close("exchange-document")


def _cpc(out: _Lines, sequence: int, cpc: dict[str, str]) -> None:
    match = _CPC.match(cpc["symbol"])
    if match is None:
        raise ValueError(f"publications.json holds a CPC symbol the stand-in cannot split: {cpc['symbol']!r}")
    out.open("patent-classification", ("sequence", str(sequence)))
    out.empty("classification-scheme", ("office", "EP"), ("scheme", "CPCI"))
    for tag, value in zip(("section", "class", "subclass", "main-group", "subgroup"), match.groups(), strict=True):
        out.leaf(tag, value)
    out.leaf("classification-value", cpc["value"])
    out.leaf("generating-office", cpc["office"])
    out.close("patent-classification")


def _application(out: _Lines, application: dict[str, str]) -> None:
    country, number = application["country"], application["doc_number"]
    out.open("application-reference", ("doc-id", application["doc_id"]))
    out.open("document-id", ("document-id-type", "docdb"))
    out.leaf("country", country)
    out.leaf("doc-number", number)
    out.leaf("kind", application["kind"])
    out.close("document-id")
    if application["kind"] == "A":
        # EP application numbers in epodoc carry the full year: 22190012 is EP20220190012.
        out.open("document-id", ("document-id-type", "epodoc"))
        out.leaf("doc-number", f"{country}20{number[:2]}0{number[2:]}")
        out.leaf("date", _yyyymmdd(application["date"]))
        out.close("document-id")
        out.open("document-id", ("document-id-type", "original"))
        out.leaf("doc-number", number)
        out.close("document-id")
    out.close("application-reference")


def _names(out: _Lines, role: str, people: Sequence[dict[str, str]]) -> None:
    """Applicants or inventors: all epodoc names first, then all original ones, as OPS lists them."""
    out.open(f"{role}s")
    for name_format in ("epodoc", "original"):
        for sequence, person in enumerate(people, start=1):
            out.open(role, ("sequence", str(sequence)), ("data-format", name_format))
            out.open(f"{role}-name")
            out.leaf("name", person[name_format])
            out.close(f"{role}-name")
            out.close(role)
    out.close(f"{role}s")


def _yyyymmdd(iso: str) -> str:
    return iso.replace("-", "")


# -- server ------------------------------------------------------------------------------------------


class OpsRequestHandler(BaseHTTPRequestHandler):
    """Hands each request to ``server.api.answer(OpsRequest, body)`` (the stand-in, or a test's own double)."""

    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, the body waits for a delayed ACK (40 ms a request).
    disable_nagle_algorithm = True
    server: Any

    def do_GET(self) -> None:
        self._answer(b"")

    def do_POST(self) -> None:
        self._answer(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def _answer(self, body: bytes) -> None:
        parts = urlsplit(self.path)
        request = OpsRequest(
            self.command,
            parts.path,
            {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()},
            {k.lower(): v for k, v in self.headers.items()},
        )
        status, headers, payload = self.server.api.answer(request, body)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class OpsServer(LoopbackApiServer):
    """Serves an OpsStandIn on 127.0.0.1; ``url`` is the base URL (``…/3.2``)."""

    api_root = API_ROOT
    api: OpsStandIn

    def __init__(self, api: OpsStandIn) -> None:
        super().__init__(api, OpsRequestHandler)

    @classmethod
    def from_file(
        cls,
        path: Path,
        *,
        key: str = DEMO_KEY,
        secret: str = DEMO_SECRET,
        clock: Callable[[], float] = time.monotonic,
    ) -> OpsServer:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(OpsStandIn(document["publications"], key=key, secret=secret, clock=clock))
