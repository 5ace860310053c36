"""Deterministic generator of PatentsView bulk tables and OECD REGPAT files, in their real formats.

**PatentsView** is the US Patent and Trademark Office's research database of granted US patents
(Office of the Chief Economist, with American Institutes for Research). Its bulk tables are published
quarterly as one zip per table on https://s3.amazonaws.com/data.patentsview.org/download/
(``g_patent.tsv.zip``, ``g_assignee_disambiguated.tsv.zip``, ...), each holding a single
``{table}.tsv``. Reuse requires attribution to PatentsView ("Attribution should be given to PatentsView
for use, distribution, or derivative works"); formally CC BY 4.0.

**REGPAT** is the OECD's regionalised patent database: applicants and inventors of EPO and PCT
applications (from the EPO's PATSTAT) linked to regions, NUTS-3 in Europe and OECD TL3 elsewhere. The
OECD hands it out free of charge *on request*, as pipe-delimited text files per edition
(``202401_EPO_App_reg.txt``, ``202401_EPO_IPC.txt``, ...); reuse with attribution to the OECD.

This module writes *synthetic* files with the same layout, so the pipeline can be developed, tested and
demonstrated offline and at any size (``patents=1_000_000`` streams in a few minutes with bounded
memory). Every patent, organisation, person and application is invented; only vocabulary is real
(CPC/IPC symbols, country, NUTS and FIPS codes, city coordinates). European organisations are partly
the very organisations of the CORDIS snapshot (:mod:`landscape.snapshot.cordis`, same seed), spelled
the PatentsView way, so cross-source linking can be tested; ``patents_truth.json`` lists those links.
The same arguments give byte-identical files.

Quirks reproduced, because the pipeline must survive them in the real files (research/sources.md §3.1,
§3.4, §7):

* PatentsView TSVs: tab-separated, UTF-8, LF, a header row, written the way Python's
  ``csv.QUOTE_NONNUMERIC`` writes: every *string* value double-quoted (header and empty values
  included, inner quotes doubled), numbers bare. What counts as a number is the type the exporter had
  in hand, not what the text looks like: ``patent_id`` and ``assignee_type`` are strings (quoted),
  FIPS codes are integers (bare, leading zeros lost: ``6`` for California).
* ``patent_id`` is text and alphanumeric: 8-digit utility numbers, ``D`` design, ``PP`` plant and
  ``RE`` reissue numbers; a reader that casts it to an integer loses rows.
* ``withdrawn`` spells *false* three ways in one column, depending on which loader wrote the weekly
  file: ``0`` (an integer, bare), ``"FALSE"`` (a string, quoted) and ``False`` (a Python bool, which
  QUOTE_NONNUMERIC writes bare). Withdrawn patents are always ``1``.
* The literal string ``"None"`` stands for a missing value in ``g_location_disambiguated``: state,
  county and FIPS codes outside the US, county (and county FIPS) of a US place without county.
* ``assignee_type`` is a numeric code as text: 2 US company, 3 foreign company, 4 US individual,
  5 foreign individual, 6 US government, 7 foreign government, and a few part-interest variants 12/13.
  Individuals have first and last name and an empty organisation, organisations the reverse.
* ``location_id`` values are time-based (version 1) UUIDs minted in one batch: they share the clock
  sequence and node suffix. A few assignee rows have no location at all (``""``). County names keep
  the Census forms ("East Baton Rouge Parish", "Alexandria (city)").
* Patents have 0 to several assignees (about 1.5 rows per patent, about 12 % without assignee) and
  about 6 CPC rows each (design patents none); ``cpc_group`` carries the full symbol (``G06F16/2455``),
  ``cpc_class`` and ``cpc_subclass`` its prefixes; the first row is ``inventional``.
* REGPAT: ``|`` delimiter, no quoting at all (a name may contain ``"``), a header row; region codes of
  an older NUTS version (2013: ``UKI11``, ``FR716``) while ``ctry_code`` is ISO (``GR``, ``GB``, though
  the NUTS codes keep ``EL``/``UK``); unregionalised rows carry the bare country code; IPC symbols in
  PATSTAT's padded form (``G06F  16/245``). ``app_share`` is the applicant's fractional count and
  ``reg_share`` the region's; both add up to 1 per application. An applicant whose address straddles
  two regions gets two rows: ``reg_share`` split between them, ``app_share`` on the first row only
  (0 on the second) so that neither sum counts the applicant twice.

Unverified details (no real file was at hand): the raw quoting of the live TSVs (PatentsView's own
read-in scripts use ``QUOTE_NONNUMERIC``; the bytes were not seen), whether the header is quoted, the
``county_fips`` form, the REGPAT column order, share semantics and line endings.

``release=2`` (3, ...) is the next quarterly release: the patents granted in the following quarter are
appended to ``g_patent``, ``g_assignee_disambiguated`` and ``g_cpc_current``; every existing row and
``g_location_disambiguated`` (new patents use known places) and the REGPAT files stay byte-identical.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import heapq
import io
import itertools
import json
import os
import random
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from landscape.snapshot import cordis, vocab
from landscape.snapshot import patent_vocab as pv
from landscape.snapshot.ops_data import generate_ops_publications

DEFAULT_PATENTS = 3000
DEFAULT_SEED = 20261129
# The utility number range of release 1 (10,000,000 to 12,739,999) holds at most this many grants.
MAX_PATENTS = 2_500_000
# Publication of release 1; release n follows quarterly. Grants of release 1 end on LAST_GRANT.
FIRST_RELEASE = datetime(2026, 10, 6, 3, 41, 12)
FIRST_GRANT = date(2018, 6, 19)  # a Tuesday, like every US grant date
LAST_GRANT = date(2026, 9, 29)
REGPAT_EDITION = "202401"

# EU27, EFTA, the United Kingdom and the candidate countries, as ISO codes (Greece GR, UK GB).
EUROPEAN_COUNTRIES: tuple[str, ...] = tuple(
    sorted(
        {
            *("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE"),
            *("IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"),
            *("IS", "LI", "NO", "CH", "GB"),
            *("AL", "BA", "GE", "MD", "ME", "MK", "RS", "TR", "UA", "XK"),
        }
    )
)
_EUROPEAN = frozenset(EUROPEAN_COUNTRIES)

PATENT_HEADER: tuple[str, ...] = (
    "patent_id",
    "patent_type",
    "patent_date",
    "patent_title",
    "wipo_kind",
    "num_claims",
    "withdrawn",
    "filename",
)
ASSIGNEE_HEADER: tuple[str, ...] = (
    "patent_id",
    "assignee_sequence",
    "assignee_id",
    "disambig_assignee_individual_name_first",
    "disambig_assignee_individual_name_last",
    "disambig_assignee_organization",
    "assignee_type",
    "location_id",
)
LOCATION_HEADER: tuple[str, ...] = (
    "location_id",
    "disambig_city",
    "disambig_state",
    "disambig_country",
    "latitude",
    "longitude",
    "county",
    "state_fips",
    "county_fips",
)
CPC_HEADER: tuple[str, ...] = (
    "patent_id",
    "cpc_sequence",
    "cpc_section",
    "cpc_class",
    "cpc_subclass",
    "cpc_group",
    "cpc_type",
)
HEADERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "g_patent": PATENT_HEADER,
        "g_assignee_disambiguated": ASSIGNEE_HEADER,
        "g_location_disambiguated": LOCATION_HEADER,
        "g_cpc_current": CPC_HEADER,
    }
)
TABLES: tuple[str, ...] = tuple(HEADERS)
APP_REG_HEADER: tuple[str, ...] = (
    "appln_id",
    "app_name",
    "address",
    "city",
    "postal_code",
    "reg_code",
    "ctry_code",
    "reg_share",
    "app_share",
)
IPC_HEADER: tuple[str, ...] = ("appln_id", "prio_year", "app_year", "IPC")
APP_REG_FILE = f"{REGPAT_EDITION}_EPO_App_reg.txt"
IPC_FILE = f"{REGPAT_EDITION}_EPO_IPC.txt"

NONE = "None"  # PatentsView's spelling of a missing value in some text columns
_TIMESTAMP = "%Y-%m-%d %H:%M:%S"
_UUID_SUFFIX = "-11ed-a57e-6c4f2e9d1b80"  # clock sequence and node of the batch that minted location ids

T = TypeVar("T")


class _Weighted(Generic[T]):
    """A fixed weighted choice, drawn with one ``random()`` call (hot paths use it)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        return self.at(rng.random())

    def at(self, quantile: float) -> T:
        index = bisect.bisect_right(self.cumulative, quantile * self.total)
        return self.items[min(index, len(self.items) - 1)]


def _weighted(pairs: Iterable[tuple[T, float]]) -> _Weighted[T]:
    items = list(pairs)
    return _Weighted([item for item, _ in items], [weight for _, weight in items])


# ---------------------------------------------------------------------------------------------------
# Patent types and grant calendar


@dataclass(frozen=True)
class PatentType:
    """One kind of US patent: its number prefix and the number range granted from 2018-06 to 2026-09."""

    name: str
    prefix: str
    low: int
    high: int
    share: float
    kinds: _Weighted[str]

    @property
    def span(self) -> int:
        return self.high - self.low + 1


PATENT_TYPES: tuple[PatentType, ...] = (
    PatentType("utility", "", 10_000_000, 12_739_999, 0.0, _weighted([("B2", 62), ("B1", 38)])),
    PatentType("design", "D", 819_000, 1_139_999, 0.08, _weighted([("S1", 1)])),
    PatentType("plant", "PP", 29_400, 36_999, 0.002, _weighted([("P3", 70), ("P2", 30)])),
    PatentType("reissue", "RE", 46_900, 50_399, 0.0015, _weighted([("E1", 1)])),
)
_TYPE_ORDER = {ptype.name: order for order, ptype in enumerate(PATENT_TYPES)}
_SPECIAL = ("design", "plant", "reissue")


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1, day=min(day.day, 28))


def release_time(release: int) -> datetime:
    """Publication time of a release: quarterly after :data:`FIRST_RELEASE`."""
    return datetime.combine(_add_months(FIRST_RELEASE.date(), 3 * (release - 1)), FIRST_RELEASE.time())


def _grant_dates(release: int) -> list[date]:
    """Tuesdays whose grants a release adds: release 1 from FIRST_GRANT, later ones the quarter since."""
    if release == 1:
        first, last = FIRST_GRANT, LAST_GRANT
    else:
        first = max(release_time(release - 1).date(), LAST_GRANT + timedelta(days=1))
        last = release_time(release).date() - timedelta(days=1)
    first += timedelta(days=(1 - first.weekday()) % 7)
    return [first + timedelta(days=7 * week) for week in range((last - first).days // 7 + 1)]


def _type_counts(total: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ptype in PATENT_TYPES[1:]:
        wanted = round(total * ptype.share)
        if total >= 20:
            wanted = max(wanted, 1)  # every release of any size shows each odd id form
        counts[ptype.name] = min(wanted, ptype.span)
    counts["utility"] = min(total - sum(counts.values()), PATENT_TYPES[0].span)
    return counts


@dataclass(frozen=True, slots=True)
class Grant:
    day: date
    ptype: PatentType
    number: int

    @property
    def patent_id(self) -> str:
        return f"{self.ptype.prefix}{self.number}"


def _base_grants(seed: int, counts: Mapping[str, int], days: Sequence[date]) -> Iterator[Grant]:
    """All grants of release 1 in date order, streamed: numbers and dates both rise with the index."""

    def one_type(ptype: PatentType) -> Iterator[tuple[date, int, int, PatentType]]:
        n = counts[ptype.name]
        rng = random.Random(f"{seed}/numbers/{ptype.name}")
        step = ptype.span // n if n else 1
        for k in range(n):
            # Evenly spread numbers with a jitter below the step keep them strictly increasing.
            number = ptype.low + k * ptype.span // n + (rng.randrange(step) if step > 1 else 0)
            yield days[k * len(days) // n], _TYPE_ORDER[ptype.name], number, ptype

    for day, _, number, ptype in heapq.merge(*(one_type(t) for t in PATENT_TYPES)):
        yield Grant(day, ptype, number)


def _new_grants(
    seed: int, release: int, count: int, last_numbers: dict[str, int], steps: Mapping[str, int]
) -> list[Grant]:
    """The grants a later release appends, numbered on from the last number of each type."""
    rng = random.Random(f"{seed}/numbers/release/{release}")
    days = _grant_dates(release)
    grants: list[Grant] = []
    counts = _type_counts(count)
    for ptype in PATENT_TYPES:
        n = counts[ptype.name]
        for k in range(n):
            last = last_numbers.get(ptype.name, ptype.low - 1)
            last_numbers[ptype.name] = last + 1 + rng.randrange(max(1, steps[ptype.name]))
            grants.append(Grant(days[k * len(days) // n], ptype, last_numbers[ptype.name]))
    grants.sort(key=lambda g: (g.day, _TYPE_ORDER[g.ptype.name], g.number))
    return grants


def _new_patents_per_release(patents: int) -> int:
    return max(20, min(300, patents // 10))


# ---------------------------------------------------------------------------------------------------
# Places


@dataclass(frozen=True, slots=True)
class Location:
    """One row of ``g_location_disambiguated`` plus what REGPAT needs (postcode, region, language)."""

    location_id: str
    city: str
    state: str | None
    country: str
    latitude: float
    longitude: float
    county: str | None
    state_fips: int | None
    county_fips: int | None
    postcode: str
    reg_code: str
    style: str  # a CORDIS language key for European places, a patent_vocab style elsewhere
    key: str  # the CORDIS city name, to find a CORDIS organisation's place

    def row(self) -> list[Any]:
        return [
            self.location_id,
            self.city,
            NONE if self.state is None else self.state,
            self.country,
            self.latitude,
            self.longitude,
            NONE if self.county is None else self.county,
            NONE if self.state_fips is None else self.state_fips,
            NONE if self.county_fips is None else self.county_fips,
        ]


def _location_id(rng: random.Random) -> str:
    time_low, time_mid = rng.getrandbits(32), 0x16C0 + rng.randrange(12)
    return f"{time_low:08x}-{time_mid:04x}{_UUID_SUFFIX}"


def _coordinate(rng: random.Random, base: float) -> float:
    # Geocoder output: a few metres off the city centre, with 4 to 7 decimals.
    return round(base + rng.uniform(-0.002, 0.002), rng.choice((4, 5, 6, 7)))


class Places:
    """Every place of the location table, by country; independent of the patent count and release."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"{seed}/locations")
        self.locations: list[Location] = []
        self.by_country: dict[str, list[Location]] = {}
        self.by_key: dict[tuple[str, str], Location] = {}
        for country in vocab.COUNTRIES:
            iso = pv.ISO_FROM_EU.get(country.code, country.code)
            if iso not in _EUROPEAN:
                continue
            for city in country.cities:
                display = city.native or (city.name.title() if city.name.isupper() else city.name)
                reg = pv.NUTS_2013.get(city.name, city.nuts)
                self._add(rng, iso, city.name, display, None, city.lat, city.lon, city.postcode, reg, country.lang)
        for nation in (*pv.EXTRA_EUROPEAN, *pv.NON_EUROPEAN):
            for place in nation.places:
                self._add(
                    rng,
                    nation.code,
                    place.city,
                    place.city,
                    place,
                    place.lat,
                    place.lon,
                    place.postcode,
                    place.reg_code,
                    nation.style,
                )

    def _add(
        self,
        rng: random.Random,
        iso: str,
        key: str,
        display: str,
        place: pv.Place | None,
        lat: float,
        lon: float,
        postcode: str,
        reg_code: str,
        style: str,
    ) -> None:
        location = Location(
            location_id=_location_id(rng),
            city=display,
            state=place.state if place else None,
            country=iso,
            latitude=_coordinate(rng, lat),
            longitude=_coordinate(rng, lon),
            county=place.county if place else None,
            state_fips=place.state_fips if place else None,
            county_fips=place.county_fips if place else None,
            postcode=postcode,
            reg_code=reg_code,
            style=style,
            key=key,
        )
        self.locations.append(location)
        self.by_country.setdefault(iso, []).append(location)
        self.by_key[(iso, key)] = location


# ---------------------------------------------------------------------------------------------------
# Assignees


@dataclass(frozen=True, slots=True)
class Assignee:
    """One disambiguated assignee; ``branches`` are other places its patents sometimes list."""

    rank: int
    assignee_id: str
    first: str
    last: str
    organization: str
    type_code: str
    home: Location
    branches: tuple[Location, ...]
    cordis_pic: str = ""
    cordis_name: str = ""


def mixed_case(name: str) -> str:
    """A CORDIS UPPER CASE legal name the way PatentsView's disambiguated names write it."""
    words = []
    for position, word in enumerate(name.split(" ")):
        core, tail = (word[:-1], ",") if word.endswith(",") else (word, "")
        mapped = pv.MIXED_CASE_WORDS.get(core)
        if mapped is None or (position == 0 and mapped.islower()):
            mapped = "-".join(part.capitalize() for part in core.split("-"))
        words.append(mapped + tail)
    return " ".join(words)


def _cordis_pool() -> cordis.OrganisationPool:
    # The CORDIS generator sizes its organisation pool from the project counts, and an organisation's
    # name depends on the pool size; using its default sizing gives the names of its default snapshot.
    return cordis.OrganisationPool(DEFAULT_SEED, cordis._pool_size(cordis.DEFAULT_PROJECTS))


_ZIPF_OFFSET = 8
_GOLDEN = 0.6180339887498949
# About 35 % of assignee rows of recent US grants are located in Europe (EU/EEA, GB, CH, candidates).
_EUROPEAN_SHARE = 0.35
_RESEARCH_RANK_STEP = 4
_COUNTRY_WEIGHTS: tuple[tuple[str, float], ...] = (
    *pv.EUROPEAN_WEIGHTS.items(),
    *((nation.code, nation.weight) for nation in pv.NON_EUROPEAN),
)


class AssigneePool:
    """All assignees that may appear, drawn with Zipf-like popularity and built lazily by rank."""

    def __init__(self, seed: int, size: int, places: Places) -> None:
        self.seed = seed
        self.size = size
        self.places = places
        self._cumulative = list(itertools.accumulate(1.0 / (rank + _ZIPF_OFFSET) for rank in range(size)))
        self._assignees: dict[int, Assignee] = {}
        self.research: dict[int, tuple[str, str, str]] = {
            2 + _RESEARCH_RANK_STEP * i: body
            for i, body in enumerate(pv.RESEARCH_BODIES)
            if 2 + _RESEARCH_RANK_STEP * i < size
        }
        self.linked = self._link_cordis(seed)
        self._countries = self._country_choice()
        self._country_offset = random.Random(f"{seed}/assignees/countries").random()

    def _country_choice(self) -> _Weighted[str]:
        """Country weights for the ordinary ranks, such that about 35 % of all draws are European.

        Research bodies and CORDIS organisations are European and sit at popular ranks; without this
        correction they would push the European share of assignee rows far above the real one.
        """
        reserved = {*self.research, *self.linked}
        mass = sum(self._cumulative[r] - (self._cumulative[r - 1] if r else 0.0) for r in reserved)
        reserved_share = mass / self._cumulative[-1]
        wanted = max(0.02, (_EUROPEAN_SHARE - reserved_share) / (1.0 - reserved_share))
        european = sum(w for code, w in _COUNTRY_WEIGHTS if code in _EUROPEAN)
        other = sum(w for code, w in _COUNTRY_WEIGHTS if code not in _EUROPEAN)
        scale = wanted * other / ((1.0 - wanted) * european)
        return _weighted((code, w * scale if code in _EUROPEAN else w) for code, w in _COUNTRY_WEIGHTS)

    def _link_cordis(self, seed: int) -> dict[int, cordis.Organisation]:
        """Popular CORDIS organisations that also patent, placed at moderately popular ranks."""
        pool = _cordis_pool()
        candidates = [
            org
            for org in (pool.get(rank) for rank in range(min(pool.size, 800)))
            if org.country.european and not org.person and org.activity in ("PRC", "HES", "REC")
        ]
        count = min(len(candidates), max(8, self.size // 25))
        free = [rank for rank in range(min(self.size, max(40, 5 * count))) if rank not in self.research]
        rng = random.Random(f"{seed}/assignees/cordis")
        ranks = sorted(rng.sample(free, min(count, len(free))))
        return dict(zip(ranks, candidates, strict=False))

    def get(self, rank: int) -> Assignee:
        assignee = self._assignees.get(rank)
        if assignee is None:
            assignee = self._assignees[rank] = self._build(rank)
        return assignee

    def draw(self, rng: random.Random, taken: Sequence[Assignee]) -> Assignee:
        total = self._cumulative[-1]
        for _ in range(50):
            rank = min(bisect.bisect_right(self._cumulative, rng.random() * total), self.size - 1)
            if all(a.rank != rank for a in taken):
                return self.get(rank)
        ranks = {a.rank for a in taken}
        return self.get(next(rank for rank in range(self.size) if rank not in ranks))

    def _build(self, rank: int) -> Assignee:
        rng = random.Random(f"{self.seed}/assignee/{rank}")
        assignee_id = _uuid4(rng)
        if rank in self.linked:
            return self._from_cordis(rng, rank, assignee_id, self.linked[rank])
        if rank in self.research:
            iso, city, name = self.research[rank]
            home = self.places.by_key[(iso, city)]
            return Assignee(rank, assignee_id, "", "", name, "3", home, self._branches(rng, home))
        # Countries follow the golden-ratio sequence over the ranks rather than a random draw: the few
        # most popular assignees carry many rows, and random countries for them would swing the
        # European share of rows by several points from one seed to the next.
        iso = self._countries.at((rank * _GOLDEN + self._country_offset) % 1.0)
        cities = self.places.by_country[iso]
        home = cities[min(int(len(cities) * rng.random() ** 2), len(cities) - 1)]  # capitals first
        us = iso == "US"
        roll = rng.random()
        first = last = organization = ""
        if roll < 0.05:
            first, last = _person(rng, home)
            type_code = "4" if us else "5"
        elif roll < 0.062 and iso in pv.GOVERNMENTS:
            organization = rng.choice(pv.GOVERNMENTS[iso])
            type_code = "6" if us else "7"
        else:
            organization = _university(rng, home) if roll < 0.11 else _company(rng, home)
            type_code = "2" if us else "3"
            if rng.random() < 0.006:
                type_code = "1" + type_code  # part interest
        return Assignee(rank, assignee_id, first, last, organization, type_code, home, self._branches(rng, home))

    def _from_cordis(self, rng: random.Random, rank: int, assignee_id: str, org: cordis.Organisation) -> Assignee:
        iso = pv.ISO_FROM_EU.get(org.country.code, org.country.code)
        home = self.places.by_key[(iso, org.city.name)]
        return Assignee(
            rank,
            assignee_id,
            "",
            "",
            mixed_case(org.name),
            "3",
            home,
            self._branches(rng, home),
            cordis_pic=org.pic,
            cordis_name=org.name,
        )

    def _branches(self, rng: random.Random, home: Location) -> tuple[Location, ...]:
        others = [loc for loc in self.places.by_country[home.country] if loc is not home]
        return tuple(rng.sample(others, min(len(others), rng.choice((0, 1, 1, 2)))))


def _uuid4(rng: random.Random) -> str:
    bits = rng.getrandbits(128)
    bits = (bits & ~(0xF000 << 64)) | (0x4000 << 64)  # version 4
    bits = (bits & ~(0xC000 << 48)) | (0x8000 << 48)  # RFC 4122 variant
    text = f"{bits:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _person(rng: random.Random, home: Location) -> tuple[str, str]:
    if home.style in vocab.LANGUAGES:
        lang = vocab.LANGUAGES[home.style]
        return rng.choice(lang.given_names), rng.choice(lang.surnames).title()
    style = home.style if home.style in pv.GIVEN_NAMES else "us"
    return rng.choice(pv.GIVEN_NAMES[style]), rng.choice(pv.SURNAMES[style])


def _university(rng: random.Random, home: Location) -> str:
    patterns = pv.UNIVERSITY_PATTERNS.get(home.style, pv.UNIVERSITY_PATTERNS["us"])
    return rng.choice(patterns).format(city=home.city)


def _company(rng: random.Random, home: Location) -> str:
    legal = rng.choice(pv.LEGAL_FORMS[home.country])
    if home.style in vocab.LANGUAGES:
        # The same stems as the CORDIS company names, so European names look alike across sources.
        stem = (rng.choice(vocab.COMPANY_STEMS) + rng.choice(vocab.COMPANY_ENDINGS)).capitalize()
        shape = rng.random()
        if shape < 0.4:
            base = stem
        elif shape < 0.8:
            base = f"{stem} {rng.choice(vocab.COMPANY_WORDS).title()}"
        else:
            base = f"{rng.choice(vocab.NAME_WORDS).title()} {rng.choice(vocab.COMPANY_WORDS).title()}"
        return base + legal
    style = home.style if home.style in pv.COMPANY_PREFIXES else "us"
    if rng.random() < 0.3:
        base = (rng.choice(vocab.COMPANY_STEMS) + rng.choice(vocab.COMPANY_ENDINGS)).capitalize()
    else:
        base = f"{rng.choice(pv.COMPANY_PREFIXES[style])} {rng.choice(pv.COMPANY_SUFFIXES[style])}"
    if style == "cn" and rng.random() < 0.5:
        base = f"{home.city} {base}"
    if legal == " Kabushiki Kaisha":
        return f"Kabushiki Kaisha {base}"
    return base + legal


def _pool_size(patents: int) -> int:
    return min(500_000, max(150, patents // 10))


# ---------------------------------------------------------------------------------------------------
# Patent rows

_FIELDS = _Weighted(pv.FIELDS, [f.weight for f in pv.FIELDS])
_ASSIGNEE_COUNTS = _weighted([(0, 12), (1, 53), (2, 20), (3, 9), (4, 4), (5, 1.5), (6, 0.5)])
# About 6.5 rows per utility patent, so about 6 over all patents (design patents have none).
_CPC_COUNTS = _weighted(
    [
        *((1, 5), (2, 9), (3, 11), (4, 11), (5, 11), (6, 10), (7, 9), (8, 8)),
        *((9, 6), (10, 5), (12, 5), (14, 3), (17, 2), (22, 1.5), (30, 0.5)),
    ]
)
# "G06F16/" and the subgroups CPC lists under it, per subclass; other subgroups are even two-digit ones.
_GROUP_PREFIXES: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] = MappingProxyType(
    {f.subclass: tuple((f"{f.subclass}{main}/", subs) for main, subs in f.groups) for f in pv.FIELDS}
)
_EXTRA_SUBGROUPS: tuple[str, ...] = tuple(f"{n:02d}" for n in range(2, 100, 2))
# Which loader wrote a weekly file decides how it spells "not withdrawn" (see the module docstring).
_FALSE_SPELLINGS: _Weighted[int | str | bool] = _weighted([(0, 70), ("FALSE", 20), (False, 10)])


@dataclass
class Stats:
    """Everything ``patents_truth.json`` reports about the PatentsView tables, counted while writing."""

    rows: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    special: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in _SPECIAL})
    withdrawn: Counter[str] = field(default_factory=Counter)
    withdrawn_ids: list[str] = field(default_factory=list)
    european_patents: int = 0
    patents_without_assignee: int = 0
    european_assignee_rows: int = 0
    assignee_rows_without_location: int = 0
    assignee_types: Counter[str] = field(default_factory=Counter)
    linked_rows: Counter[int] = field(default_factory=Counter)
    quoted_titles: int = 0


class PatentFactory:
    """Writes the rows of one patent to the three patent-level tables; randomness from ``rng``."""

    def __init__(self, pool: AssigneePool, writers: Mapping[str, Any], stats: Stats, seed: int) -> None:
        self.pool = pool
        self.writers = writers
        self.stats = stats
        self.seed = seed
        self._spellings: dict[date, int | str | bool] = {}

    def write(self, rng: random.Random, grant: Grant, withdrawn: bool) -> None:
        patent_id = grant.patent_id
        kind = grant.ptype.name
        field_ = _FIELDS.pick(rng)
        stats = self.stats
        flag: int | str | bool = 1 if withdrawn else self._false_spelling(grant.day)
        self.writers["g_patent"].writerow(
            [
                patent_id,
                kind,
                grant.day.isoformat(),
                self._title(rng, kind, field_),
                grant.ptype.kinds.pick(rng),
                self._claims(rng, kind),
                flag,
                f"ipg{grant.day:%y%m%d}.xml",
            ]
        )
        stats.rows["g_patent"] += 1
        stats.types[kind] += 1
        stats.withdrawn[str(flag)] += 1
        if withdrawn:
            stats.withdrawn_ids.append(patent_id)
        if kind in stats.special:
            stats.special[kind].append(patent_id)
        self._assignees(rng, patent_id)
        self._cpc(rng, patent_id, kind, field_)

    def _false_spelling(self, day: date) -> int | str | bool:
        spelling = self._spellings.get(day)
        if spelling is None:
            spelling = self._spellings[day] = _FALSE_SPELLINGS.pick(random.Random(f"{self.seed}/loader/{day}"))
        return spelling

    def _title(self, rng: random.Random, kind: str, field_: pv.Field) -> str:
        if kind == "design":
            return rng.choice(pv.DESIGN_TITLES)
        if kind == "plant":
            # Variety denominations are quoted with single quotes inside the title.
            return f"{rng.choice(pv.PLANT_SPECIES)} named '{rng.choice(vocab.NAME_WORDS).title()}'"
        obj = rng.choice(field_.objects)
        adj = rng.choice(pv.TITLE_ADJECTIVES)
        if rng.random() < 0.004:
            self.stats.quoted_titles += 1
            return f'{obj.capitalize()} with "{rng.choice(pv.QUOTED_TERMS)}" support'
        pattern = rng.choice(pv.TITLE_PATTERNS)
        return pattern.format(
            obj=obj, Obj=obj.capitalize(), adj=adj, Adj=adj.capitalize(), obj2=rng.choice(_FIELDS.pick(rng).objects)
        )

    @staticmethod
    def _claims(rng: random.Random, kind: str) -> int:
        if kind in ("design", "plant"):
            return 1
        return min(90, max(1, int(rng.gauss(17, 7))))

    def _assignees(self, rng: random.Random, patent_id: str) -> None:
        stats = self.stats
        count = _ASSIGNEE_COUNTS.pick(rng)
        if count == 0:
            stats.patents_without_assignee += 1
            return
        taken: list[Assignee] = []
        european = False
        writer = self.writers["g_assignee_disambiguated"]
        for sequence in range(count):
            assignee = self.pool.draw(rng, taken)
            taken.append(assignee)
            roll = rng.random()
            if roll < 0.005:
                location: Location | None = None
            elif roll < 0.05 and assignee.branches:
                location = rng.choice(assignee.branches)
            else:
                location = assignee.home
            writer.writerow(
                [
                    patent_id,
                    sequence,
                    assignee.assignee_id,
                    assignee.first,
                    assignee.last,
                    assignee.organization,
                    assignee.type_code,
                    location.location_id if location else "",
                ]
            )
            stats.assignee_types[assignee.type_code] += 1
            if location is None:
                stats.assignee_rows_without_location += 1
            elif location.country in _EUROPEAN:
                stats.european_assignee_rows += 1
                european = True
            if assignee.cordis_pic:
                stats.linked_rows[assignee.rank] += 1
        stats.rows["g_assignee_disambiguated"] += count
        stats.european_patents += european

    def _cpc(self, rng: random.Random, patent_id: str, kind: str, field_: pv.Field) -> None:
        if kind == "design":
            return  # design patents are classified in the Locarno/USPC design classes, not in CPC
        if kind == "plant":
            groups = [f"A01H{g}" for g in rng.sample(pv.PLANT_GROUPS, rng.choice((1, 1, 2)))]
        else:
            groups = self._utility_groups(rng, field_)
        writer = self.writers["g_cpc_current"]
        for sequence, group in enumerate(groups):
            if group[0] == "Y":
                cpc_type = "additional"  # Y tags never classify the invention itself
            elif sequence == 0 or rng.random() < 0.35:
                cpc_type = "inventional"
            else:
                cpc_type = "additional"
            writer.writerow([patent_id, sequence, group[0], group[:3], group[:4], group, cpc_type])
        self.stats.rows["g_cpc_current"] += len(groups)

    @staticmethod
    def _utility_groups(rng: random.Random, field_: pv.Field) -> list[str]:
        # The hot loop of the generator (6M rows at full size): plain random() and indexing only.
        random_ = rng.random
        count = _CPC_COUNTS.pick(rng)
        own = _GROUP_PREFIXES[field_.subclass]
        related = _GROUP_PREFIXES[_FIELDS.pick(rng).subclass]
        groups: list[str] = []
        for index in range(count * 2):
            if len(groups) == count:
                break
            roll = random_()
            if index == 0 or roll < 0.6:
                prefixes = own
            elif roll < 0.85:
                prefixes = related
            else:
                prefixes = _GROUP_PREFIXES[_FIELDS.pick(rng).subclass]
            prefix, subs = prefixes[int(random_() * len(prefixes))]
            if random_() < 0.7:
                group = prefix + subs[int(random_() * len(subs))]
            else:
                group = prefix + _EXTRA_SUBGROUPS[int(random_() * len(_EXTRA_SUBGROUPS))]
            if group not in groups:
                groups.append(group)
        if field_.green and rng.random() < 0.15:
            groups.append(field_.green)
        elif rng.random() < 0.01:
            groups.append(rng.choice(pv.EXTRA_TAGS))
        return groups


# ---------------------------------------------------------------------------------------------------
# Writing


class TsvZip:
    """Streams one ``{table}.tsv`` into its own zip, written like Python's ``csv.QUOTE_NONNUMERIC``."""

    def __init__(self, path: Path, table: str, when: datetime) -> None:
        self.path = path
        self._partial = path.with_name(path.name + ".part")
        self._archive = zipfile.ZipFile(self._partial, "w", compression=zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo(f"{table}.tsv", date_time=when.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        # Fixed rather than taken from the machine, so the bytes are the same everywhere.
        info.create_system = 3
        info.external_attr = 0o644 << 16
        # At MAX_PATENTS the CPC member stays near 1 GB, below the 2 GiB that would need zip64 headers.
        raw = self._archive.open(info, "w")
        self._text = io.TextIOWrapper(
            io.BufferedWriter(raw, buffer_size=1 << 20),  # type: ignore[arg-type]
            encoding="utf-8",
            newline="",
        )
        self.writer = csv.writer(self._text, delimiter="\t", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        self.writer.writerow(HEADERS[table])
        self.writerow: Callable[[Iterable[Any]], Any] = self.writer.writerow

    def close(self) -> None:
        self._text.close()
        self._archive.close()
        os.replace(self._partial, self.path)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_patentsview(
    out_dir: Path, patents: int, seed: int, release: int, places: Places, pool: AssigneePool
) -> dict[str, Any]:
    directory = out_dir / "patentsview"
    directory.mkdir(parents=True, exist_ok=True)
    when = release_time(release)
    # The location table does not change between releases, so it keeps release 1's bytes.
    locations = TsvZip(directory / "g_location_disambiguated.tsv.zip", "g_location_disambiguated", FIRST_RELEASE)
    try:
        for location in places.locations:
            locations.writerow(location.row())
    finally:
        locations.close()
    stats = Stats()
    stats.rows["g_location_disambiguated"] = len(places.locations)
    writers = {table: TsvZip(directory / f"{table}.tsv.zip", table, when) for table in _STREAMED}
    new_patents: dict[str, list[str]] = {}
    try:
        factory = PatentFactory(pool, writers, stats, seed)
        counts = _type_counts(patents)
        days = _grant_dates(1)
        withdrawn = _withdrawn_indices(seed, patents)
        rng = random.Random(f"{seed}/patents")
        last_numbers: dict[str, int] = {}
        for index, grant in enumerate(_base_grants(seed, counts, days)):
            factory.write(rng, grant, index in withdrawn)
            last_numbers[grant.ptype.name] = grant.number
        steps = {t.name: t.span // counts[t.name] if counts[t.name] else 1 for t in PATENT_TYPES}
        for later in range(2, release + 1):
            rng = random.Random(f"{seed}/patents/release/{later}")
            grants = _new_grants(seed, later, _new_patents_per_release(patents), last_numbers, steps)
            for grant in grants:
                factory.write(rng, grant, rng.random() < 0.0025)
            new_patents[str(later)] = [grant.patent_id for grant in grants]
        # What the PatentSearch API already has and this release lacks: the next release's grants,
        # drawn from the same random streams, so the next bulk release holds the very same patents.
        upcoming = release + 1
        captured = {table: _CapturedRows() for table in _STREAMED}
        api_factory = PatentFactory(pool, captured, Stats(), seed)
        rng = random.Random(f"{seed}/patents/release/{upcoming}")
        for grant in _new_grants(seed, upcoming, _new_patents_per_release(patents), last_numbers, steps):
            api_factory.write(rng, grant, rng.random() < 0.0025)
    finally:
        for writer in writers.values():
            writer.close()
    truth = _patentsview_truth(directory, stats, pool, new_patents)
    truth["patentsearch"] = _write_patentsearch(out_dir / "patentsearch", captured, places)
    return truth


class _CapturedRows:
    """Collects the rows a PatentFactory writes, for the API's JSON rather than a TSV."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []

    def writerow(self, row: list[Any]) -> None:
        self.rows.append(row)


API_LINK = "https://search.patentsview.org/api/v1"


def _write_patentsearch(directory: Path, captured: Mapping[str, _CapturedRows], places: Places) -> dict[str, Any]:
    """``patents.json``: the next release's grants as the PatentSearch API returns them (``patents`` of
    its ``patent/`` answer), for the loopback stand-in of the API to serve. Ids are HATEOAS links; a
    CPC group's ``/`` is a ``:`` in its link; the holder's city and country are inline."""
    where = {location.location_id: location for location in places.locations}
    patents: dict[str, dict[str, Any]] = {}
    for patent_id, kind, day, title, _wipo, claims, *_ in captured["g_patent"].rows:
        patents[patent_id] = {
            "patent_id": patent_id,
            "patent_date": day,
            "patent_title": title,
            "patent_type": kind,
            "patent_num_claims": claims,
            "assignees": [],
            "cpc_current": [],
        }
    for patent_id, sequence, assignee_id, first, last, organisation, type_code, location_id in captured[
        "g_assignee_disambiguated"
    ].rows:
        place = where.get(location_id)
        patents[patent_id]["assignees"].append(
            {
                "assignee_sequence": sequence,
                "assignee_id": f"{API_LINK}/assignee/{assignee_id}/",
                "assignee_individual_name_first": first or None,
                "assignee_individual_name_last": last or None,
                "assignee_organization": organisation or None,
                "assignee_type": type_code,
                "assignee_city": place.city if place else None,
                "assignee_country": place.country if place else None,
            }
        )
    for patent_id, sequence, _section, _class, _subclass, group, cpc_type in captured["g_cpc_current"].rows:
        patents[patent_id]["cpc_current"].append(
            {
                "cpc_sequence": sequence,
                "cpc_group_id": f"{API_LINK}/cpc_group/{group.replace('/', ':')}/",
                "cpc_type": cpc_type,
            }
        )
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "patents.json"
    path.write_text(json.dumps({"patents": list(patents.values())}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    dates = sorted(p["patent_date"] for p in patents.values())
    return {
        "file": "patentsearch/patents.json",
        "patents": len(patents),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "patent_ids": sorted(patents),
        "sha256": _sha256(path),
    }


_STREAMED: tuple[str, ...] = ("g_patent", "g_assignee_disambiguated", "g_cpc_current")


def _withdrawn_indices(seed: int, patents: int) -> set[int]:
    if patents == 0:
        return set()
    rng = random.Random(f"{seed}/withdrawn")
    return set(rng.sample(range(patents), min(patents, max(1, patents // 400))))


def _patentsview_truth(
    directory: Path, stats: Stats, pool: AssigneePool, new_patents: dict[str, list[str]]
) -> dict[str, Any]:
    tables = {
        table: {
            "file": f"patentsview/{table}.tsv.zip",
            "member": f"{table}.tsv",
            "rows": stats.rows[table],
            "sha256": _sha256(directory / f"{table}.tsv.zip"),
        }
        for table in TABLES
    }
    linked = [
        {
            "assignee_id": assignee.assignee_id,
            "organization": assignee.organization,
            "country": assignee.home.country,
            "location_id": assignee.home.location_id,
            "cordis_organisation_id": assignee.cordis_pic,
            "cordis_name": assignee.cordis_name,
            "assignee_rows": stats.linked_rows[rank],
        }
        for rank in sorted(pool.linked)
        if stats.linked_rows[rank]
        for assignee in (pool.get(rank),)
    ]
    return {
        "tables": tables,
        "patents": stats.rows["g_patent"],
        "patents_by_type": {ptype.name: stats.types[ptype.name] for ptype in PATENT_TYPES},
        "patents_with_european_assignee": stats.european_patents,
        "patents_without_assignee": stats.patents_without_assignee,
        "assignee_rows_european": stats.european_assignee_rows,
        "assignee_rows_without_location": stats.assignee_rows_without_location,
        "assignee_types": dict(sorted(stats.assignee_types.items(), key=lambda kv: int(kv[0]))),
        "special_patents": stats.special,
        "withdrawn": {
            "spellings": dict(sorted(stats.withdrawn.items())),
            "quoted_spellings": ["FALSE"],
            "withdrawn_patents": stats.withdrawn_ids,
        },
        "none_literal": _none_counts(pool.places),
        "titles_with_quotes": stats.quoted_titles,
        "new_patents_by_release": new_patents,
        "cordis_linked_assignees": linked,
    }


def _none_counts(places: Places) -> dict[str, int]:
    counts = Counter[str]()
    for location in places.locations:
        for column, value in zip(LOCATION_HEADER, location.row(), strict=True):
            if value == NONE:
                counts[column] += 1
    return {column: counts[column] for column in LOCATION_HEADER if counts[column]}


# ---------------------------------------------------------------------------------------------------
# REGPAT

_APPLICANT_COUNTS = _weighted([(1, 70), (2, 20), (3, 7), (4, 3)])
_IPC_COUNTS = _weighted([(1, 25), (2, 30), (3, 22), (4, 13), (5, 10)])
_MILLION = 1_000_000


def _share(millionths: int) -> str:
    if millionths == _MILLION:
        return "1"
    return f"0.{millionths:06d}".rstrip("0").rstrip(".") if millionths else "0"


def _split_shares(total: int, parts: int) -> list[int]:
    base, rest = divmod(total, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]


def ipc_symbol(subclass: str, main: str, sub: str) -> str:
    """An IPC symbol as PATSTAT stores it: main group right-aligned in four characters."""
    return f"{subclass}{main:>4}/{sub}"


def _ipc_subgroup(cpc_subgroup: str) -> str:
    # IPC stops where CPC refines: G06F16/2455 in CPC is G06F 16/245 in IPC (at most three digits).
    short = cpc_subgroup[:3]
    return short if short.strip("0") else "00"


def _regpat_applications(patents: int) -> int:
    return min(2500, max(100, patents // 10))


def _applicant_text(rng: random.Random, assignee: Assignee) -> tuple[str, str]:
    """(app_name, address) as PATSTAT has them: names upper case, persons ``SURNAME, Given``."""
    name = f"{assignee.last.upper()}, {assignee.first}" if assignee.last else assignee.organization.upper()
    home = assignee.home
    number = rng.randint(1, 250)
    if home.style in vocab.LANGUAGES:
        lang = vocab.LANGUAGES[home.style]
        street = rng.choice(lang.streets).format(word=rng.choice(lang.street_words), n=number)
    else:
        street = f"{number} {rng.choice(pv.STREET_WORDS)} Street"
    return name, f"{street}, {home.postcode} {home.city}".replace("|", "/")


def _write_regpat(out_dir: Path, patents: int, seed: int, pool: AssigneePool) -> dict[str, Any]:
    directory = out_dir / "regpat"
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{seed}/regpat")
    applications = _regpat_applications(patents)
    appln_id = 412_000_000 + rng.randrange(1_000_000)
    app_rows: list[str] = ["|".join(APP_REG_HEADER)]
    ipc_rows: list[str] = ["|".join(IPC_HEADER)]
    split_applicants = unregionalised = 0
    for _ in range(applications):
        appln_id += rng.randint(1, 40_000)
        applicants: list[Assignee] = []
        for _ in range(_APPLICANT_COUNTS.pick(rng)):
            applicant = pool.draw(rng, applicants)
            if applicant.home.country not in _EUROPEAN and rng.random() < 0.4:
                # EPO applicants are more often European than USPTO assignees.
                applicant = pool.draw(rng, applicants)
            applicants.append(applicant)
        for applicant, share in zip(applicants, _split_shares(_MILLION, len(applicants)), strict=True):
            name, address = _applicant_text(random.Random(f"{seed}/regpat/address/{applicant.rank}"), applicant)
            home = applicant.home
            regions = [(home.reg_code, share, share)]
            others = [
                loc.reg_code for loc in pool.places.by_country[home.country] if loc.reg_code not in (home.reg_code,)
            ]
            if home.country in _EUROPEAN and others and len(home.reg_code) == 5 and rng.random() < 0.06:
                # A postcode straddling two NUTS-3 regions: the region share is split, the applicant
                # share stays on the first row so the applicant is counted once.
                first = share * rng.choice((50, 60, 70, 75)) // 100
                regions = [(home.reg_code, first, share), (rng.choice(others), share - first, 0)]
                split_applicants += 1
            for reg_code, reg_share, app_share in regions:
                unregionalised += reg_code == home.country
                fields = [
                    str(appln_id),
                    name,
                    address,
                    home.city,
                    home.postcode,
                    reg_code,
                    home.country,
                    _share(reg_share),
                    _share(app_share),
                ]
                app_rows.append("|".join(fields))
        prio_year = rng.randint(2012, 2021)
        app_year = prio_year + (rng.random() < 0.7)
        field_ = _FIELDS.pick(rng)
        symbols: list[str] = []
        for _ in range(_IPC_COUNTS.pick(rng)):
            source = field_ if rng.random() < 0.7 else _FIELDS.pick(rng)
            main, subs = rng.choice(source.groups)
            symbol = ipc_symbol(source.subclass, main, _ipc_subgroup(rng.choice(subs)))
            if symbol not in symbols:
                symbols.append(symbol)
        ipc_rows.extend(f"{appln_id}|{prio_year}|{app_year}|{symbol}" for symbol in symbols)
    files = {}
    for name, rows in ((APP_REG_FILE, app_rows), (IPC_FILE, ipc_rows)):
        path = directory / name
        path.write_text("\n".join(rows) + "\n", encoding="utf-8", newline="")
        files[name] = {"file": f"regpat/{name}", "rows": len(rows) - 1, "sha256": _sha256(path)}
    return {
        "edition": REGPAT_EDITION,
        "nuts_version": "2013",
        "files": files,
        "applications": applications,
        "app_reg_rows": len(app_rows) - 1,
        "ipc_rows": len(ipc_rows) - 1,
        "split_applicants": split_applicants,
        "unregionalised_rows": unregionalised,
    }


# ---------------------------------------------------------------------------------------------------
# Entry point


def generate_patents(
    out_dir: Path, *, patents: int = DEFAULT_PATENTS, seed: int = DEFAULT_SEED, release: int = 1
) -> dict[str, Any]:
    """Write the PatentsView zips, the REGPAT files and ``patents_truth.json`` under ``out_dir``.

    ``patents`` is the number of release-1 grants; each later ``release`` appends the next quarter's
    grants. The returned dict is the content of ``patents_truth.json``: row counts and sha256 per file,
    the European-assignee count, the odd patent ids, the ``withdrawn`` spellings, the ``None`` literals,
    the assignees that are also CORDIS organisations, and the REGPAT counts.
    """
    if not 0 <= patents <= MAX_PATENTS:
        raise ValueError(f"patents must be in 0..{MAX_PATENTS}, got {patents}")
    if release < 1:
        raise ValueError(f"release must be 1 or more, got {release}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    places = Places(seed)
    pool = AssigneePool(seed, _pool_size(patents), places)
    truth: dict[str, Any] = {
        "generator": "landscape.snapshot.patents",
        "seed": seed,
        "release": release,
        "patents_argument": patents,
        "published": release_time(release).strftime(_TIMESTAMP),
        "licence": {
            "patentsview": "synthetic data in the layout of PatentsView (USPTO; attribution required, CC BY 4.0)",
            "regpat": "synthetic data in the layout of OECD REGPAT (free on request; attribution to the OECD)",
        },
        "european_countries": list(EUROPEAN_COUNTRIES),
        "patentsview": (patentsview := _write_patentsview(out_dir, patents, seed, release, places, pool)),
        "patentsearch": patentsview.pop("patentsearch"),
        # The publications EPO OPS has for the CORDIS organisations that also patent.
        "epo_ops": generate_ops_publications(
            out_dir / "epo_ops", [(org.name, org.country.code) for org in pool.linked.values()], seed=seed
        ),
        "regpat": _write_regpat(out_dir, patents, seed, pool),
    }
    (out_dir / "patents_truth.json").write_text(
        json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return truth
