"""Deterministic generator of the EU CORDIS bulk project zips, byte-for-byte in their real format.

CORDIS (Community Research and Development Information Service) is the European Commission's public
record of the research and innovation projects funded by the EU framework programmes. Every month the
Publications Office republishes one zip per programme, e.g.
https://cordis.europa.eu/data/cordis-HORIZONprojects-csv.zip, ``cordis-h2020projects-csv.zip`` and
``cordis-fp7projects-csv.zip``. The real data is © European Union and reused under CC BY 4.0
(attribution required, changes indicated).

This module writes *synthetic* zips with the same layout, so the pipeline can be developed, tested and
demonstrated offline and at any size. Every project, organisation, person, PIC, VAT number and amount is
invented; only vocabulary is real (programme and legal-basis codes, EU-convention country codes, NUTS
codes, city coordinates). The output is deterministic: the same arguments give byte-identical zips, so
change detection by sha256 can be tested.

Quirks reproduced, because the pipeline must survive them in the real files (research/sources.md §1, §7):

* ``;`` delimiter and *every* field double-quoted, header and empty fields (``""``) included; embedded
  quotes doubled; LF line endings; UTF-8. Objectives contain newlines inside quotes, so physical lines
  and records differ.
* Zip layout drifts between releases and programmes: HORIZON members at the root, H2020 members under
  ``csv/``, FP7 at the root but each CSV starting with a UTF-8 BOM.
* Money with a decimal *comma* in project ``totalCost``/``ecMaxContribution`` and organisation
  ``totalCost``, but a decimal *point* in ``ecContribution``/``netEcContribution`` of the same row;
  round amounts as plain integers; ``ecContribution`` empty for ``partner`` rows and ``0`` for
  ``thirdParty`` rows whose ``netEcContribution`` carries the money; FP7 leaves net and total empty.
* EU country convention (``EL`` Greece, ``UK`` United Kingdom, ``XK`` Kosovo); ``nutsCode`` is the bare
  country code outside Europe, a NUTS-3 code of mixed NUTS versions inside it, sometimes empty.
* One PIC appears in many projects and programmes (Zipf-like reuse) with drifting spellings of city and
  street, re-geocoded ``"lat,lon"`` pairs with float artefacts, and the organisation's own ``rcn``.
* IDs and postcodes are text (leading zeros, spaces); VAT numbers carry country prefixes; names are
  mostly upper case and some are natural persons.
* With ``bad_rows=True``: records the real exports also contain and a strict reader must quarantine,
  namely unescaped quotes, a stray ``;`` shifting columns, values that cannot be typed. Each one is
  listed in ``truth.json`` with its physical line.

Unverified details (no real file was at hand): the column order of ``webLink.csv`` and the values of
its ``source``/``represents`` columns, and the member order inside the zips.

``release=2`` (3, ...) gives the next monthly release: the same projects, a few new HORIZON projects
appended, a few changed ``contentUpdateDate`` values, one organisation respelled. The FP7 export is
frozen (the programme is closed), so its zip stays byte-identical across releases.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import math
import os
import random
import shutil
import tempfile
import zipfile
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

from landscape.snapshot import vocab
from landscape.snapshot.vocab import City, Country, Instrument

PROGRAMMES: tuple[str, ...] = ("HORIZON", "H2020", "FP7")
# Big enough that the minimum of 3 injected bad records per kind stays under the pipeline's 5 %
# quarantine limit per file and orphaned participations under 1 %.
DEFAULT_PROJECTS: Mapping[str, int] = MappingProxyType({"HORIZON": 400, "H2020": 500, "FP7": 300})
DEFAULT_SEED = 20261129
# Publication time of release 1; release n is published n-1 months later.
FIRST_RELEASE = datetime(2026, 11, 28, 4, 12, 37)

PROJECT_HEADER: tuple[str, ...] = (
    "id",
    "acronym",
    "status",
    "title",
    "startDate",
    "endDate",
    "totalCost",
    "ecMaxContribution",
    "legalBasis",
    "topics",
    "ecSignatureDate",
    "frameworkProgramme",
    "masterCall",
    "subCall",
    "fundingScheme",
    "nature",
    "objective",
    "contentUpdateDate",
    "rcn",
    "grantDoi",
)
ORGANIZATION_HEADER: tuple[str, ...] = (
    "projectID",
    "projectAcronym",
    "organisationID",
    "vatNumber",
    "name",
    "shortName",
    "SME",
    "activityType",
    "street",
    "postCode",
    "city",
    "country",
    "nutsCode",
    "geolocation",
    "organizationURL",
    "contactForm",
    "contentUpdateDate",
    "rcn",
    "order",
    "role",
    "ecContribution",
    "netEcContribution",
    "totalCost",
    "endOfParticipation",
    "active",
)
EUROSCIVOC_HEADER: tuple[str, ...] = (
    "projectID",
    "euroSciVocCode",
    "euroSciVocPath",
    "euroSciVocTitle",
    "euroSciVocDescription",
)
LEGAL_BASIS_HEADER: tuple[str, ...] = ("projectID", "legalBasis", "title", "uniqueProgrammePart")
TOPICS_HEADER: tuple[str, ...] = ("projectID", "topic", "title")
WEBLINK_HEADER: tuple[str, ...] = (
    "physUrl",
    "id",
    "availableLanguages",
    "status",
    "archivedDate",
    "type",
    "source",
    "represents",
    "projectID",
)
HEADERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "project.csv": PROJECT_HEADER,
        "organization.csv": ORGANIZATION_HEADER,
        "legalBasis.csv": LEGAL_BASIS_HEADER,
        "topics.csv": TOPICS_HEADER,
        "webLink.csv": WEBLINK_HEADER,
        "euroSciVoc.csv": EUROSCIVOC_HEADER,
    }
)

BAD_KINDS: tuple[str, ...] = ("broken_quoting", "extra_column", "bad_value")
CONTACT_FORM = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project"

_TIMESTAMP = "%Y-%m-%d %H:%M:%S"
_AVERAGE_ORGS_PER_PROJECT = 5.5
# Zipf-like reuse of organisations: weight 1 / (rank + offset) ** exponent. The offset keeps the
# biggest organisation at about 1 % of all participations, as the largest research bodies are.
_ZIPF_OFFSET = 15
_ZIPF_EXPONENT = 1.0


@dataclass(frozen=True)
class ZipLayout:
    """How one programme's zip is laid out; ``live`` programmes still change from month to month."""

    programme: str
    filename: str
    prefix: str
    bom: bool
    members: tuple[str, ...]
    live: bool


_COMMON_MEMBERS = ("project.csv", "organization.csv", "legalBasis.csv", "topics.csv")
LAYOUTS: Mapping[str, ZipLayout] = MappingProxyType(
    {
        "HORIZON": ZipLayout(
            "HORIZON",
            "cordis-HORIZONprojects-csv.zip",
            "",
            False,
            (*_COMMON_MEMBERS, "webLink.csv", "euroSciVoc.csv"),
            live=True,
        ),
        "H2020": ZipLayout(
            "H2020", "cordis-h2020projects-csv.zip", "csv/", False, (*_COMMON_MEMBERS, "euroSciVoc.csv"), live=True
        ),
        "FP7": ZipLayout(
            "FP7", "cordis-fp7projects-csv.zip", "", True, (*_COMMON_MEMBERS, "euroSciVoc.csv"), live=False
        ),
    }
)

# Id ranges per programme: HORIZON grant numbers are 101xxxxxx, H2020 and FP7 six digits.
_ID_RANGES: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "HORIZON": (101_000_000, 101_999_999),
        "H2020": (630_000, 999_999),
        "FP7": (200_000, 629_999),
    }
)
_RCN_BASE: Mapping[str, int] = MappingProxyType({"HORIZON": 400_000, "H2020": 190_000, "FP7": 80_000})
# Window in which grant agreements of the release-1 projects were signed.
_SIGNATURE_WINDOWS: Mapping[str, tuple[date, date]] = MappingProxyType(
    {
        "HORIZON": (date(2021, 9, 1), FIRST_RELEASE.date() - timedelta(days=10)),
        "H2020": (date(2014, 10, 1), date(2021, 9, 30)),
        "FP7": (date(2007, 10, 1), date(2014, 6, 30)),
    }
)
# CORDIS started stamping contentUpdateDate in bulk refreshes long after FP7 and early H2020 signatures.
_UPDATE_FLOORS: Mapping[str, date] = MappingProxyType(
    {
        "HORIZON": date(2021, 9, 1),
        "H2020": date(2017, 1, 1),
        "FP7": date(2016, 6, 1),
    }
)
_FP7_LAST_UPDATE = date(2024, 6, 30)


# ---------------------------------------------------------------------------------------------------
# Small helpers


class _Raw(str):
    """A field written between quotes as is: its inner quotes are *not* doubled (a broken record)."""

    __slots__ = ()


def _record(fields: Sequence[str]) -> str:
    joined = '";"'.join(fields)
    if joined.count('"') != 2 * (len(fields) - 1):  # some field holds a quote
        joined = '";"'.join(f if type(f) is _Raw else f.replace('"', '""') for f in fields)
    return '"' + joined + '"\n'


def money(cents: int | None, separator: str) -> str:
    """CORDIS amount text: integers bare, otherwise one or two decimals after ``separator``."""
    if cents is None:
        return ""
    euros, rest = divmod(cents, 100)
    if rest == 0:
        return str(euros)
    if rest % 10 == 0:
        return f"{euros}{separator}{rest // 10}"
    return f"{euros}{separator}{rest:02d}"


def _both_separators(cents: int | None) -> str:
    """An amount written with a thousands dot *and* a decimal comma, which no CORDIS column uses."""
    euros, rest = divmod(max(cents or 0, 123_456), 100)
    return f"{euros:,}".replace(",", ".") + f",{rest:02d}"


def _letter_in_digits(text: str) -> str:
    """An identifier with one digit replaced by a look-alike letter (OCR-style typing error)."""
    look_alike = {"0": "O", "1": "l", "5": "S", "8": "B"}
    for position in range(len(text) // 2, len(text)):
        if text[position] in look_alike:
            return text[:position] + look_alike[text[position]] + text[position + 1 :]
    return text[:-1] + "X"


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, 28))


def release_time(release: int) -> datetime:
    """Publication time of a release: monthly after :data:`FIRST_RELEASE`."""
    return datetime.combine(_add_months(FIRST_RELEASE.date(), release - 1), FIRST_RELEASE.time())


def _random_time(rng: random.Random, low: datetime, high: datetime) -> datetime:
    span = max(int((high - low).total_seconds()), 1)
    return low + timedelta(seconds=rng.randrange(span))


def _random_day(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randrange(max((high - low).days, 1)))


class _Choice:
    """A fixed weighted choice, drawn with one ``random()`` call (hot paths use it)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Any:
        index = bisect.bisect_right(self.cumulative, rng.random() * self.total)
        return self.items[min(index, len(self.items) - 1)]


def _coprime_step(rng: random.Random, modulus: int) -> int:
    step = rng.randrange(modulus // 7, modulus // 3)
    while math.gcd(step, modulus) != 1:
        step += 1
    return step


def _fill_pattern(rng: random.Random, pattern: str) -> str:
    digits = iter(f"{rng.getrandbits(64):020d}{rng.getrandbits(64):020d}")
    return "".join(
        next(digits) if char == "#" else chr(65 + rng.randrange(26)) if char == "@" else char for char in pattern
    )


# ---------------------------------------------------------------------------------------------------
# Organisations


@dataclass(frozen=True, slots=True)
class Organisation:
    """One legal entity (one PIC) as the participant register knows it."""

    rank: int
    pic: str
    rcn: str
    vat: str
    name: str
    short_name: str
    activity: str
    sme: bool
    person: bool
    country: Country
    city: City
    street: str
    post_code: str
    url: str
    programmes: frozenset[str]
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Listing:
    """How one programme's export writes an organisation; spellings drift between programmes."""

    vat: str
    name: str
    short_name: str
    activity: str
    street: str
    post_code: str
    city: str
    nuts: str
    geolocation: str
    url: str


# Which programmes an organisation takes part in (beyond the most popular ones, which are in all).
_PROGRAMME_SETS = _Choice(
    (
        frozenset({"FP7"}),
        frozenset({"H2020"}),
        frozenset({"HORIZON"}),
        frozenset({"FP7", "H2020"}),
        frozenset({"H2020", "HORIZON"}),
        frozenset(PROGRAMMES),
    ),
    (15, 15, 20, 15, 25, 10),
)
# (rank quantile up to which the mix applies, activity mix): big players are universities and research
# bodies, the long tail is companies.
_ACTIVITY_MIX: tuple[tuple[float, _Choice], ...] = (
    (0.03, _Choice(("HES", "REC", "PRC", "PUB", "OTH"), (45, 35, 10, 5, 5))),
    (0.15, _Choice(("HES", "REC", "PRC", "PUB", "OTH"), (15, 20, 45, 10, 10))),
    (1.01, _Choice(("PRC", "OTH", "PUB", "REC", "HES"), (65, 13, 10, 7, 5))),
)
_URL_SCHEMES = _Choice(("http://", "https://", ""), (55, 37, 8))
_CITY_CHOICES: Mapping[str, _Choice] = MappingProxyType(
    {
        country.code: _Choice(country.cities, [1.0 / (i + 1) for i in range(len(country.cities))])
        for country in vocab.COUNTRIES
    }
)
_STOP_WORDS = frozenset({"DE", "DI", "DA", "DO", "DEGLI", "OF", "THE", "FUR", "DER", "LA", "DEL", "AND", "KAI"})
_PIC_MODULUS = 100_000_000
_ORG_RCN_MODULUS = 700_000


class OrganisationPool:
    """All organisations that may take part, drawn with Zipf-like popularity; built lazily by rank."""

    def __init__(self, seed: int, size: int) -> None:
        if not 0 < size <= _ORG_RCN_MODULUS:
            raise ValueError(f"organisation pool size must be in 1..{_ORG_RCN_MODULUS}, got {size}")
        self.seed = seed
        self.size = size
        weights = (1.0 / (rank + _ZIPF_OFFSET) ** _ZIPF_EXPONENT for rank in range(size))
        self._cumulative = list(itertools.accumulate(weights))
        self._country_cumulative = list(itertools.accumulate(c.weight for c in vocab.COUNTRIES))
        rng = random.Random(f"{seed}/organisation-ids")
        # PIC and organisation rcn are bijections of the rank, so they are unique without bookkeeping.
        self._pic_step, self._pic_offset = _coprime_step(rng, _PIC_MODULUS), rng.randrange(_PIC_MODULUS)
        self._rcn_step, self._rcn_offset = _coprime_step(rng, _ORG_RCN_MODULUS), rng.randrange(_ORG_RCN_MODULUS)
        self._all_programmes_below = max(20, int(size * 0.03))
        self._organisations: dict[int, Organisation] = {}
        self._listings: dict[tuple[int, str], Listing] = {}

    def get(self, rank: int) -> Organisation:
        org = self._organisations.get(rank)
        if org is None:
            org = self._organisations[rank] = self._build(rank)
        return org

    def draw(
        self,
        rng: random.Random,
        programme: str,
        taken: set[int],
        accept: Callable[[Organisation], bool] | None = None,
    ) -> Organisation:
        """A popular-biased organisation active in ``programme``, not in ``taken``, passing ``accept``."""
        total = self._cumulative[-1]
        for attempt in range(400):
            rank = min(bisect.bisect_right(self._cumulative, rng.random() * total), self.size - 1)
            if rank in taken:
                continue
            org = self.get(rank)
            if programme not in org.programmes and attempt < 300:
                continue
            if accept is not None and attempt < 200 and not accept(org):
                continue
            return org
        return self.get(next(rank for rank in range(self.size) if rank not in taken))

    def listing(self, org: Organisation, programme: str) -> Listing:
        key = (org.rank, programme)
        found = self._listings.get(key)
        if found is None:
            rng = random.Random(f"{self.seed}/org/{org.rank}/{programme}")
            found = self._listings[key] = _listing(org, programme, rng)
        return found

    def _build(self, rank: int) -> Organisation:
        rng = random.Random(f"{self.seed}/org/{rank}")
        country_index = bisect.bisect_right(self._country_cumulative, rng.random() * self._country_cumulative[-1])
        country = vocab.COUNTRIES[min(country_index, len(vocab.COUNTRIES) - 1)]
        city = _CITY_CHOICES[country.code].pick(rng)
        activity = _activity(rng, rank / self.size)
        person = activity == "PRC" and rng.random() < 0.04
        name = _person_name(rng, country) if person else _org_name(rng, activity, country, city)
        short_name = "" if person else _short_name(rng, name, activity)
        popular = rank < self._all_programmes_below
        programmes = frozenset(PROGRAMMES) if popular else _PROGRAMME_SETS.pick(rng)
        return Organisation(
            rank=rank,
            pic=str(900_000_000 + (self._pic_step * rank + self._pic_offset) % _PIC_MODULUS),
            rcn=str(1_900_000 + (self._rcn_step * rank + self._rcn_offset) % _ORG_RCN_MODULUS),
            vat=_vat(rng, country, person),
            name=name,
            short_name=short_name,
            activity=activity,
            sme=activity == "PRC" and rng.random() < 0.7,
            person=person,
            country=country,
            city=city,
            street=_street(rng, country),
            post_code=_post_code(rng, city.postcode),
            url="" if person else _url(rng, name, short_name, country),
            programmes=programmes,
            lat=city.lat + rng.uniform(-0.03, 0.03),
            lon=city.lon + rng.uniform(-0.03, 0.03),
        )


def _activity(rng: random.Random, quantile: float) -> str:
    return next(mix for limit, mix in _ACTIVITY_MIX if quantile < limit).pick(rng)


def _org_name(rng: random.Random, activity: str, country: Country, city: City) -> str:
    lang = vocab.LANGUAGES[country.lang]
    if activity == "PRC":
        return _company_name(rng, country)
    templates = {"HES": lang.hes, "REC": lang.rec, "PUB": lang.pub, "OTH": lang.oth}[activity]
    return rng.choice(templates).format(
        city=city.name.upper(), field=rng.choice(lang.fields), word=rng.choice(vocab.NAME_WORDS)
    )


def _company_name(rng: random.Random, country: Country) -> str:
    legal = rng.choice(country.legal_forms)
    stem = rng.choice(vocab.COMPANY_STEMS) + rng.choice(vocab.COMPANY_ENDINGS)
    shape = rng.random()
    if shape < 0.4:
        return stem + legal
    if shape < 0.8:
        return f"{stem} {rng.choice(vocab.COMPANY_WORDS)}{legal}"
    return f"{rng.choice(vocab.NAME_WORDS)} {rng.choice(vocab.COMPANY_WORDS)}{legal}"


def _person_name(rng: random.Random, country: Country) -> str:
    # Sole traders register under their own name, written "SURNAME Given" like in the real exports.
    lang = vocab.LANGUAGES[country.lang]
    return f"{rng.choice(lang.surnames)} {rng.choice(lang.given_names)}"


def _short_name(rng: random.Random, name: str, activity: str) -> str:
    shape = rng.random()
    if shape < 0.25:
        return ""
    words = [w.strip(",.") for w in name.split() if w.strip(",.")]
    if shape < 0.8:
        if activity == "PRC":
            return words[0]
        initials = "".join(w[0] for w in words if w not in _STOP_WORDS and w[0].isalpha())
        return initials if len(initials) >= 2 else words[0]
    return " ".join(vocab.MIXED_CASE.get(w, w.capitalize()) for w in words)


def _vat(rng: random.Random, country: Country, person: bool) -> str:
    if not country.vat or rng.random() < (0.6 if person else 0.15):
        return ""
    return _fill_pattern(rng, rng.choice(country.vat))


def _street(rng: random.Random, country: Country) -> str:
    lang = vocab.LANGUAGES[country.lang]
    street = rng.choice(lang.streets).format(word=rng.choice(lang.street_words), n=rng.randint(1, 250))
    if rng.random() < 0.04:
        # Double spaces survive from the registration form ("AM NEUEN PALAIS  10").
        head, _, tail = street.rpartition(" ")
        street = f"{head}  {tail}" if head else street
    return street


def _post_code(rng: random.Random, sample: str) -> str:
    digits = [i for i, char in enumerate(sample) if char.isdigit()]
    if not digits or rng.random() < 0.3:
        return sample
    position = digits[-1]
    return sample[:position] + str(rng.randrange(10)) + sample[position + 1 :]


def _url(rng: random.Random, name: str, short_name: str, country: Country) -> str:
    if rng.random() < 0.39:
        return ""
    base = short_name if short_name and " " not in short_name else name.split()[0]
    slug = "".join(char for char in base.lower() if char.isascii() and char.isalnum()) or "org"
    scheme = _URL_SCHEMES.pick(rng)
    return f"{scheme}www.{slug}.{country.tld}"


def _coordinate(rng: random.Random, base: float) -> str:
    # Geocoders return sums of rounded floats, so some coordinates carry binary artefacts
    # (39.591621450000005); a few were stored at one decimal only.
    value = round(base, 4) + round(rng.uniform(-0.004, 0.004), rng.choice((5, 6, 7, 7, 8, 9)))
    if rng.random() < 0.02:
        value = round(value, 1)
    return repr(value)


def _listing(org: Organisation, programme: str, rng: random.Random) -> Listing:
    city = org.city.name
    roll = rng.random()
    if roll < 0.10:
        city = city.upper()
    elif roll < 0.15 and org.city.native:
        city = org.city.native
    elif roll < 0.20:
        city = city.title()
    elif roll < 0.2026:
        city = ""
    street = org.street
    roll = rng.random()
    if roll < 0.06:
        street = street.title()
    elif roll < 0.09:
        street = street.replace(" ", "  ", 1)
    elif roll < 0.093:
        street = ""
    post_code = org.post_code
    roll = rng.random()
    if roll < 0.04:
        post_code = post_code.replace(" ", "")
    elif roll < 0.048:
        post_code = ""
    # Older programmes were coded against older NUTS versions.
    old_share = {"FP7": 0.8, "H2020": 0.4, "HORIZON": 0.05}[programme]
    nuts = org.city.nuts_old if org.city.nuts_old and rng.random() < old_share else org.city.nuts
    if rng.random() < 0.003:
        nuts = ""
    lat, lon = org.lat, org.lon
    if programme == "FP7" and rng.random() < 0.5:
        # The same PIC and address geocoded again, to a different point (can be plainly wrong).
        lat, lon = org.city.lat + rng.uniform(-0.2, 0.2), org.city.lon + rng.uniform(-0.2, 0.2)
    geolocation = "" if rng.random() < 0.006 else f"{_coordinate(rng, lat)},{_coordinate(rng, lon)}"
    url = org.url
    if url.startswith("http://") and programme == "HORIZON" and rng.random() < 0.3:
        url = "https://" + url[len("http://") :]
    elif rng.random() < 0.04:
        url = ""
    name = org.name
    if rng.random() < 0.04 and ("." in name or "," in name):
        name = name.replace(".", "").replace(",", "")
    return Listing(
        vat="" if programme == "FP7" and rng.random() < 0.1 else org.vat,
        name=name,
        short_name="" if programme == "FP7" and rng.random() < 0.1 else org.short_name,
        activity="" if rng.random() < 0.002 else org.activity,
        street=street,
        post_code=post_code,
        city=city,
        nuts=nuts,
        geolocation=geolocation,
        url=url,
    )


def _respell(name: str) -> str:
    for old, new in vocab.RESPELLINGS:
        if old in name:
            return name.replace(old, new, 1)
    return name.title()


@dataclass(frozen=True)
class Rename:
    """The organisation whose registered name is spelled differently from release 2 on."""

    rank: int
    pic: str
    old: str
    new: str


def _pick_rename(pool: OrganisationPool, seed: int) -> Rename | None:
    rng = random.Random(f"{seed}/rename")
    ranks = list(range(min(pool.size, 40)))
    rng.shuffle(ranks)
    for rank in ranks:
        org = pool.get(rank)
        if org.person or not org.programmes & {"HORIZON", "H2020"}:
            continue
        new = _respell(org.name)
        if new != org.name:
            return Rename(rank, org.pic, org.name, new)
    return None


# ---------------------------------------------------------------------------------------------------
# Projects


@dataclass(slots=True)
class Participation:
    org: Organisation
    role: str
    ec: int | None = None
    net: int | None = None
    total: int | None = None
    ended: bool = False
    active: str = ""
    sme: str = ""
    updated: str | None = None  # own contentUpdateDate; None = the project's


@dataclass(slots=True)
class Project:
    index: int
    id: str
    acronym: str
    status: str
    title: str
    start: str
    end: str
    total: int
    ec_max: int
    legal_basis: str
    extra_legal_basis: str
    topic: str
    topic_title: str
    signature: str
    master_call: str
    sub_call: str
    scheme: str
    nature: str
    objective: str
    updated: str
    rcn: str
    doi: str
    participations: list[Participation] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)
    weblinks: list[tuple[str, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class _Dates:
    signature: date
    start: date
    end: date
    updated: datetime


class ProjectFactory:
    """Builds the projects of one programme; all randomness comes from the ``rng`` passed in."""

    def __init__(self, programme: str, seed: int, pool: OrganisationPool) -> None:
        self.programme = programme
        self.seed = seed
        self.pool = pool
        self._instruments = _Choice(vocab.INSTRUMENTS[programme], [i.weight for i in vocab.INSTRUMENTS[programme]])
        self._batches = [datetime.strptime(stamp, _TIMESTAMP) for stamp in vocab.BATCH_UPDATES[programme]]
        self._years = [y for y, _ in vocab.CALL_YEARS[programme]]
        self._legal_bases = [code for code in vocab.LEGAL_BASIS_TITLES if _legal_basis_programme(code) == programme]
        self._topic_titles: dict[str, str] = {}

    def build(
        self,
        rng: random.Random,
        index: int,
        project_id: str,
        rcn: str,
        window: tuple[date, date],
        update_window: tuple[datetime, datetime],
    ) -> Project:
        instrument: Instrument = self._instruments.pick(rng)
        dates = self._dates(rng, instrument, window, update_window)
        legal_basis = rng.choice(instrument.legal_bases)
        year = self._call_year(dates)
        topic, master_call, sub_call = self._call_codes(rng, instrument, legal_basis, year)
        participations = self._consortium(rng, instrument)
        ec_max = self._ec_max(rng, instrument)
        total = self._allocate(rng, instrument, participations, ec_max)
        acronym = _acronym(rng)
        countries = len({p.org.country.code for p in participations})
        project = Project(
            index=index,
            id=project_id,
            acronym=acronym,
            status=self._status(rng, dates.end),
            title=_title(rng),
            start=dates.start.isoformat(),
            end=dates.end.isoformat(),
            total=total,
            ec_max=ec_max,
            legal_basis=legal_basis,
            extra_legal_basis=self._extra_legal_basis(rng, legal_basis),
            topic=topic,
            topic_title=self._topic_title(instrument, topic, year),
            signature="" if self.programme == "FP7" or rng.random() < 0.02 else dates.signature.isoformat(),
            master_call=master_call,
            sub_call=sub_call,
            scheme=instrument.scheme,
            nature=self._nature(rng),
            objective=_objective(rng, acronym, len(participations), countries),
            updated=dates.updated.strftime(_TIMESTAMP),
            rcn=rcn,
            doi="" if self.programme == "FP7" or rng.random() < 0.004 else f"10.3030/{project_id}",
            participations=participations,
        )
        self._participation_flags(rng, project, dates)
        project.fields = _fields_of_science(rng)
        if self.programme == "HORIZON":
            project.weblinks = _weblinks(rng, project)
        return project

    # -- dates and codes ------------------------------------------------------------------------------

    def _dates(
        self,
        rng: random.Random,
        instrument: Instrument,
        window: tuple[date, date],
        update_window: tuple[datetime, datetime],
    ) -> _Dates:
        signature = _random_day(rng, *window)
        start = signature + timedelta(days=rng.randint(5, 150))
        if rng.random() < 0.85:
            start = _add_months(start.replace(day=1), 1)
        end = _add_months(start, rng.randint(*instrument.months)) - timedelta(days=1)
        updated = self._updated(rng, signature, update_window)
        return _Dates(signature, start, end, updated)

    def _updated(self, rng: random.Random, signature: date, update_window: tuple[datetime, datetime]) -> datetime:
        batches = [stamp for stamp in self._batches if stamp.date() > signature]
        if batches and rng.random() < 0.35:
            return rng.choice(batches)
        low = max(datetime.combine(signature + timedelta(days=1), datetime.min.time()), update_window[0])
        return _random_time(rng, min(low, update_window[1] - timedelta(days=1)), update_window[1])

    def _call_year(self, dates: _Dates) -> int:
        year = dates.signature.year - (1 if dates.signature.month <= 9 else 0)
        return min(max(year, self._years[0]), self._years[-1])

    def _call_codes(
        self, rng: random.Random, instrument: Instrument, legal_basis: str, year: int
    ) -> tuple[str, str, str]:
        cl, destinations = vocab.HORIZON_CALL_PARTS.get(legal_basis, ("", ("",)))
        theme, call = vocab.H2020_THEMES.get(legal_basis, ("", ""))
        values = {
            "y": year,
            "y1": year + 1,
            "cl": cl,
            "dest": rng.choice(destinations),
            "k": rng.randint(1, 12),
            "k2": rng.randint(1, 9),
            "panel": rng.choice(vocab.ERC_PANELS),
            "theme": vocab.FP7_THEMES.get(legal_basis, theme),
            "call": call,
        }
        if self.programme == "H2020":
            values["k"] = f"{rng.randint(1, 30):02d}"
        return (
            instrument.topic.format(**values),
            instrument.master_call.format(**values),
            instrument.sub_call.format(**values),
        )

    def _topic_title(self, instrument: Instrument, topic: str, year: int) -> str:
        if instrument.topic_title:
            return instrument.topic_title.format(y=year)
        title = self._topic_titles.get(topic)
        if title is None:
            # One topic code always has the same title, whichever project cites it.
            title = self._topic_titles[topic] = _title(random.Random(f"{self.seed}/topic/{topic}"))
        return title

    def _extra_legal_basis(self, rng: random.Random, legal_basis: str) -> str:
        if rng.random() >= 0.3:
            return ""
        others = [code for code in self._legal_bases if code != legal_basis]
        return rng.choice(others) if others else ""

    def _status(self, rng: random.Random, end: date) -> str:
        if rng.random() < 0.012:
            return "TERMINATED"
        # Status follows release 1 in every release, so later releases change only what they list.
        return "CLOSED" if end < FIRST_RELEASE.date() else "SIGNED"

    def _nature(self, rng: random.Random) -> str:
        share = {"HORIZON": 0.01, "H2020": 0.015, "FP7": 0.0}[self.programme]
        return rng.choice(vocab.NATURES) if rng.random() < share else ""

    # -- consortium and money -------------------------------------------------------------------------

    def _consortium(self, rng: random.Random, instrument: Instrument) -> list[Participation]:
        taken: set[int] = set()

        def add(role: str, accept: Callable[[Organisation], bool] | None = None) -> Participation:
            org = self.pool.draw(rng, self.programme, taken, accept)
            taken.add(org.rank)
            return Participation(org, role)

        if instrument.kind == "sme":
            rows = [add("coordinator", _is_sme)]
            rows += [add("participant", _is_company) for _ in range(rng.randint(*instrument.orgs) - 1)]
            return rows
        if instrument.kind in ("single", "fellowship"):
            rows = [add("coordinator", _is_host)]
            if self.programme != "FP7" and rng.random() < (0.35 if instrument.kind == "fellowship" else 0.06):
                rows.append(add("partner"))
            return rows
        size = rng.randint(*instrument.orgs)
        if instrument.kind == "collab" and rng.random() < 0.04:
            size = rng.randint(instrument.orgs[1], instrument.orgs[1] * 2)
        rows = [add("coordinator", _is_european_body)]
        for _ in range(size - 1):
            row = add("participant")
            row.role = self._role(rng, instrument, row.org)
            rows.append(row)
        return rows

    def _role(self, rng: random.Random, instrument: Instrument, org: Organisation) -> str:
        if self.programme == "FP7":
            return "participant"
        if instrument.kind == "network" and rng.random() < 0.35:
            return "partner"
        if not org.country.european and rng.random() < 0.5:
            return "partner"
        # UK and Swiss entities in Horizon Europe calls of 2021-2023 took part as associated partners.
        if self.programme == "HORIZON" and org.country.code in ("UK", "CH") and rng.random() < 0.6:
            return "associatedPartner"
        roll = rng.random()
        if roll < 0.06:
            return "thirdParty"
        if roll < 0.09 and self.programme == "HORIZON":
            return "associatedPartner"
        return "participant"

    def _ec_max(self, rng: random.Random, instrument: Instrument) -> int:
        cents = rng.randint(*instrument.ec)
        return cents - cents % 100 if rng.random() < instrument.round_share else cents

    def _allocate(self, rng: random.Random, instrument: Instrument, rows: list[Participation], ec_max: int) -> int:
        """Share ``ec_max`` among the funded rows; returns the project's total cost in cents."""
        candidates = [r for r in rows if r.role in ("coordinator", "participant")]
        # A few participants take part without EU funding: ec and net contribution 0.
        unfunded = {id(r) for r in candidates[1:] if rng.random() < 0.03}
        funded = [r for r in candidates if id(r) not in unfunded]
        for row in candidates:
            if id(row) in unfunded:
                row.ec = row.net = 0
        unit = 100 if ec_max % 100 == 0 else 1
        weights = [1.6 if r.role == "coordinator" else rng.uniform(0.4, 1.4) for r in funded]
        units = ec_max // unit
        shares = [int(units * w / sum(weights)) for w in weights]
        shares[0] += units - sum(shares)
        for row, share in zip(funded, shares, strict=True):
            row.ec = row.net = share * unit
        if rng.random() < 0.003 and funded and funded[-1].ec:
            # Σ ecContribution differs from ecMaxContribution by more than 1 % in a few real projects.
            funded[-1].ec = funded[-1].net = funded[-1].ec * 9 // 10
        for row in rows:
            self._row_money(rng, instrument, row, funded)
        if self.programme == "FP7":
            for row in rows:
                row.net = row.total = None
            return int(ec_max / instrument.rate) + rng.randrange(0, 100_000) // unit * unit
        return sum(r.total or 0 for r in rows)

    def _row_money(
        self, rng: random.Random, instrument: Instrument, row: Participation, funded: list[Participation]
    ) -> None:
        rate = instrument.rate if row.org.activity == "PRC" else 1.0
        if row.role == "thirdParty":
            # A linked third party: its money is transferred from a beneficiary, so the EU
            # contribution is 0 and only the net contribution shows the amount.
            parent = rng.choice(funded) if funded else None
            amount = int((parent.net or 0) * rng.uniform(0.1, 0.45)) if parent else 0
            if parent is not None:
                parent.net = (parent.net or 0) - amount
            row.ec, row.net = 0, amount
            row.total = int(amount / rate)
        elif row.role in ("partner", "associatedPartner"):
            row.ec, row.net = None, 0
            row.total = rng.choice((0, rng.randrange(2_000_000, 40_000_000)))
        elif row.ec == 0 and row.role == "participant":
            row.total = rng.randrange(1_000_000, 20_000_000)
        else:
            row.total = int((row.ec or 0) / rate)

    def _participation_flags(self, rng: random.Random, project: Project, dates: _Dates) -> None:
        for row in project.participations:
            # FP7 rarely recorded the SME flag; later programmes almost always do.
            missing = 0.85 if self.programme == "FP7" else 0.003
            row.sme = "" if rng.random() < missing else ("true" if row.org.sme else "false")
            row.ended = rng.random() < 0.02
            row.active = "false" if rng.random() < 0.008 else ""
            if rng.random() < 0.12:
                low = datetime.combine(dates.signature, datetime.min.time())
                row.updated = _random_time(rng, min(low, dates.updated), dates.updated).strftime(_TIMESTAMP)


def _legal_basis_programme(code: str) -> str:
    return code.split(".")[0].split("-")[0] if not code.startswith("H2020") else "H2020"


def _is_sme(org: Organisation) -> bool:
    return org.activity == "PRC" and org.sme


def _is_company(org: Organisation) -> bool:
    return org.activity == "PRC"


def _is_host(org: Organisation) -> bool:
    return org.activity in ("HES", "REC")


def _is_european_body(org: Organisation) -> bool:
    return org.country.european and not org.person


# ---------------------------------------------------------------------------------------------------
# Text


def _acronym(rng: random.Random) -> str:
    stem = rng.choice(vocab.ACRONYM_STEMS)
    base = stem + rng.choice(vocab.ACRONYM_ENDINGS) if rng.random() < 0.8 else stem
    shape = rng.random()
    if shape < 0.6:
        return base
    if shape < 0.8:
        return base[0] + base[1:].lower() if rng.random() < 0.5 else base.capitalize()[:-2] + base[-2:]
    if shape < 0.88:
        return f"{base.lower()}-{rng.choice(('atlas', 'hub', 'lab', 'eu'))}"
    if shape < 0.93:
        return base + "+"
    return f"{base}-{rng.randint(2, 5)}"


def _title(rng: random.Random) -> str:
    adjective = rng.choice(vocab.TITLE_ADJECTIVES)
    subject = rng.choice(vocab.TITLE_SUBJECTS)
    purpose = rng.choice(vocab.TITLE_PURPOSES)
    shape = rng.random()
    if shape < 0.45:
        title = f"{adjective} {subject} for {purpose}"
    elif shape < 0.75:
        title = f"{subject.capitalize()}: {adjective.lower()} approaches to {purpose}"
    elif shape < 0.97:
        title = f"Towards {adjective.lower()} {subject} in {purpose}"
    else:
        title = f'{adjective} {subject}: the "{rng.choice(vocab.QUOTED_TERMS)}" approach'
    return title.upper() if rng.random() < 0.08 else title


def _objective(rng: random.Random, acronym: str, partners: int, countries: int) -> str:
    values = {
        "acr": acronym,
        "adj": rng.choice(vocab.TITLE_ADJECTIVES).lower(),
        "subject": rng.choice(vocab.TITLE_SUBJECTS),
        "purpose": rng.choice(vocab.TITLE_PURPOSES),
        "adj2": rng.choice(vocab.TITLE_ADJECTIVES).lower(),
        "subject2": rng.choice(vocab.TITLE_SUBJECTS),
        "n": partners,
        "m": max(countries, 2),
        "pct": rng.randint(15, 60),
        "trl": rng.randint(4, 8),
        "users": f"{rng.randint(2, 90) * 1000:,}",
        "wp": rng.randint(5, 9),
        "bn": rng.randint(2, 40),
    }
    extra = vocab.CONSORTIUM_SENTENCES if partners > 1 else vocab.FELLOWSHIP_SENTENCES
    pool = vocab.OBJECTIVE_SENTENCES + extra
    sentences = [s.format(**values) for s in rng.sample(pool, rng.randint(5, 9))]
    if rng.random() < 0.05:
        sentences.insert(
            rng.randrange(len(sentences)), f'The "{rng.choice(vocab.QUOTED_TERMS)}" concept is central to this work.'
        )
    if rng.random() < 0.06:
        # Some abstracts keep the paragraph breaks of the proposal: newlines inside a quoted field.
        cut = rng.randrange(1, len(sentences))
        joiner = rng.choice(("\n", "\n\n"))
        return " ".join(sentences[:cut]) + joiner + " ".join(sentences[cut:])
    return " ".join(sentences)


def _fields_of_science(rng: random.Random) -> list[tuple[str, str]]:
    return rng.sample(vocab.EUROSCIVOC, rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5)))


_WEBLINK_TYPES = _Choice([t for t, _ in vocab.WEBLINK_TYPES], [w for _, w in vocab.WEBLINK_TYPES])
_WEBLINK_STATUSES = _Choice(("valid", "legacy", "webArchive", "invalid"), (85, 5, 7, 3))


def _weblinks(rng: random.Random, project: Project) -> list[tuple[str, ...]]:
    links: list[tuple[str, ...]] = []
    slug = "".join(c for c in project.acronym.lower() if c.isalnum()) or "project"
    for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 3))):
        kind = _WEBLINK_TYPES.pick(rng)
        url = {
            "relatedWebsite": f"https://www.{slug}.eu/",
            "socialMedia": f"https://www.linkedin.com/company/{slug}-project",
            "relatedVideo": f"https://www.youtube.com/watch?v={rng.getrandbits(60):015x}"[:43],
            "projectDeliverable": "https://ec.europa.eu/research/participants/documents/downloadPublic"
            f"?documentIds={rng.getrandbits(64):016x}&appId=PPGMS",
            "relatedNews": f"https://cordis.europa.eu/article/id/{rng.randrange(400_000, 460_000)}",
            "publicationRepository": f"https://zenodo.org/communities/{slug}",
        }[kind]
        status = _WEBLINK_STATUSES.pick(rng)
        archived = project.updated[:10] if status == "webArchive" else ""
        links.append((url, str(rng.randrange(10**8, 10**9)), "en", status, archived, kind, "", "project", project.id))
    return links


# ---------------------------------------------------------------------------------------------------
# Writing


class MemberWriter:
    """Streams one CSV member to disk, counting physical lines so each record's start line is known."""

    def __init__(self, path: Path, header: Sequence[str], bom: bool) -> None:
        self.path = path
        self._handle = path.open("w", encoding="utf-8", newline="", buffering=1 << 20)
        if bom:
            self._handle.write("\ufeff")
        self._handle.write(_record(header))
        self.lines = 1
        self.records = 0
        self.bad: list[dict[str, Any]] = []

    def write(self, fields: Sequence[str]) -> int:
        """Write one record; returns the 1-based physical line it starts on (the header is line 1)."""
        text = _record(fields)
        start = self.lines + 1
        self.lines += text.count("\n")
        self.records += 1
        self._handle.write(text)
        return start

    def close(self) -> None:
        self._handle.close()

    def summary(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "good": self.records - len(self.bad),
            "bad": sorted(self.bad, key=lambda entry: entry["line"]),
        }


@dataclass(frozen=True)
class _Target:
    index: int
    kind: str
    variant: int
    salt: int


class BadRowPlan:
    """Which base projects get a broken project row or organisation row, decided before streaming.

    A target fires on the first suitable project at or after its index. Broken *project* rows go to
    single-organisation projects only: quarantining such a project orphans one participation, which
    keeps the pipeline's orphan audit (at most 1 %) meaningful.
    """

    def __init__(self, seed: int, programme: str, base_projects: int, enabled: bool) -> None:
        self.projects: deque[_Target] = deque()
        self.organisations: deque[_Target] = deque()
        if not enabled or base_projects == 0:
            return
        rng = random.Random(f"{seed}/{programme}/bad-rows")
        per_kind_projects = max(3, round(base_projects * 0.0005))
        per_kind_orgs = max(3, round(base_projects * _AVERAGE_ORGS_PER_PROJECT * 0.002 / len(BAD_KINDS)))
        self.projects = self._targets(rng, base_projects, per_kind_projects)
        self.organisations = self._targets(rng, base_projects, per_kind_orgs)

    @staticmethod
    def _targets(rng: random.Random, base_projects: int, per_kind: int) -> deque[_Target]:
        kinds = [kind for kind in BAD_KINDS for _ in range(per_kind)]
        rng.shuffle(kinds)
        span = max(1, base_projects - base_projects // 10)
        if len(kinds) <= span:
            positions = sorted(rng.sample(range(span), len(kinds)))
        else:
            positions = sorted(rng.choices(range(span), k=len(kinds)))
        seen: dict[str, int] = {}
        targets: deque[_Target] = deque()
        for position, kind in zip(positions, kinds, strict=True):
            seen[kind] = seen.get(kind, -1) + 1
            targets.append(_Target(position, kind, seen[kind], rng.randrange(1 << 30)))
        return targets

    def take_project(self, index: int, project: Project) -> _Target | None:
        if self.projects and self.projects[0].index <= index and len(project.participations) == 1:
            return self.projects.popleft()
        return None

    def take_organisation(self, index: int, project: Project) -> _Target | None:
        if self.organisations and self.organisations[0].index <= index and project.participations:
            return self.organisations.popleft()
        return None


_PROJECT_BAD_VALUES: tuple[str, ...] = ("id", "startDate", "totalCost", "ecMaxContribution")
_ORG_BAD_VALUES: tuple[str, ...] = (
    "organisationID",
    "order",
    "totalCost",
    "projectID",
    "ecContribution",
    "contentUpdateDate",
)


def _break_quoting(fields: list[str], column: int) -> str:
    """Quote a word inside a quoted field without doubling: ``"bad "quoted" title"``."""
    words = fields[column].split(" ")
    if len(words) >= 3:
        value = f'{words[0]} "{words[1]}" {" ".join(words[2:])}'
    elif len(words) == 2:
        value = f'{words[0]} "{words[1]}"'
    else:
        value = f'{words[0]} "EU"'
    fields[column] = _Raw(value)
    return value


def _split_field(fields: list[str], column: int) -> str:
    """A ``;`` the exporter did not protect: one value becomes two quoted fields, shifting the rest.

    Strict readers do not all refuse such a record: DuckDB 1.5 accepts it when the surplus last field
    is empty (``active`` usually is), so the shifted values must also be caught by typed checks.
    """
    text = fields[column]
    cut = text.rfind(" ")
    if cut <= 0:
        cut = max(1, len(text) // 2)
    head, tail = text[:cut].rstrip(","), text[cut:]
    fields[column : column + 1] = [head, tail]
    return f"{head};{tail}"


def _bad_project_value(fields: list[str], variant: int, project: Project) -> tuple[str, str]:
    column = _PROJECT_BAD_VALUES[variant % len(_PROJECT_BAD_VALUES)]
    if column == "id":
        value = _letter_in_digits(project.id)
    elif column == "startDate":
        value = f"{(project.start or '2023')[:4]}-13-45"
    elif column == "totalCost":
        value = _both_separators(project.total)
    else:
        value = _both_separators(project.ec_max)
    fields[PROJECT_HEADER.index(column)] = value
    return column, value


def _bad_org_value(fields: list[str], variant: int, row: Participation) -> tuple[str, str]:
    column = _ORG_BAD_VALUES[variant % len(_ORG_BAD_VALUES)]
    position = ORGANIZATION_HEADER.index(column)
    current = fields[position]
    if column in ("organisationID", "projectID"):
        value = _letter_in_digits(current)
    elif column == "order":
        value = f"{current}b"
    elif column == "totalCost":
        value = _both_separators(row.total or row.ec)
    elif column == "ecContribution":
        value = _both_separators(row.ec or row.net)
    else:
        value = f"{current[:4]}-13-45{current[10:]}"
    fields[position] = value
    return column, value


def _inject(
    fields: list[str],
    target: _Target,
    text_column: str,
    header: tuple[str, ...],
    bad_value: Callable[[list[str], int], tuple[str, str]],
) -> tuple[str, str]:
    if target.kind == "broken_quoting":
        return text_column, _break_quoting(fields, header.index(text_column))
    if target.kind == "extra_column":
        return text_column, _split_field(fields, header.index(text_column))
    return bad_value(fields, target.variant)


# ---------------------------------------------------------------------------------------------------
# One zip


@dataclass
class _ReleaseChanges:
    content_updates: dict[int, str] = field(default_factory=dict)
    updated_ids: list[str] = field(default_factory=list)
    new_project_ids: list[str] = field(default_factory=list)


class ZipBuilder:
    """Generates one programme's zip: base projects, then the projects added by later releases."""

    def __init__(
        self,
        layout: ZipLayout,
        base_projects: int,
        seed: int,
        release: int,
        pool: OrganisationPool,
        bad_rows: bool,
        rename: Rename | None,
    ) -> None:
        self.layout = layout
        self.programme = layout.programme
        self.base_projects = base_projects
        self.seed = seed
        self.release = release if layout.live else 1
        self.pool = pool
        self.rename = rename if layout.live else None
        self.factory = ProjectFactory(self.programme, seed, pool)
        self.plan = BadRowPlan(seed, self.programme, base_projects, bad_rows)
        self.changes = _ReleaseChanges(content_updates=self._content_updates())
        self.writers: dict[str, MemberWriter] = {}
        self.organisations: set[int] = set()
        self.projects_written = 0

    def build(self, out_dir: Path) -> dict[str, Any]:
        target = out_dir / self.layout.filename
        with tempfile.TemporaryDirectory(prefix=".cordis-", dir=out_dir) as tmp:
            self.writers = {
                member: MemberWriter(Path(tmp) / member, HEADERS[member], self.layout.bom)
                for member in self.layout.members
            }
            try:
                for project in self._projects():
                    self._write(project)
            finally:
                for writer in self.writers.values():
                    writer.close()
            _write_zip(
                target, [(self.layout.prefix + m, w.path) for m, w in self.writers.items()], release_time(self.release)
            )
        return {
            "programme": self.programme,
            "sha256": _sha256(target),
            "bytes": target.stat().st_size,
            "projects": self.projects_written,
            "organisations": len(self.organisations),
            "members": {self.layout.prefix + m: w.summary() for m, w in self.writers.items()},
        }

    # -- which projects -------------------------------------------------------------------------------

    def _projects(self) -> Iterator[Project]:
        ids = self._base_ids()
        rng = random.Random(f"{self.seed}/{self.programme}/projects")
        undated = self._undated()
        window = _SIGNATURE_WINDOWS[self.programme]
        update_window = self._update_window()
        base = _RCN_BASE[self.programme]
        for index, project_id in enumerate(ids):
            rcn = str(base + 2 * index + rng.randrange(2))
            project = self.factory.build(rng, index, str(project_id), rcn, window, update_window)
            if index in undated:
                project.start = project.end = ""
            yield project
        yield from self._new_projects(max(ids, default=_ID_RANGES[self.programme][0]), len(ids))

    def _base_ids(self) -> list[int]:
        rng = random.Random(f"{self.seed}/{self.programme}/ids")
        low, high = _ID_RANGES[self.programme]
        n = self.base_projects
        if self.programme != "HORIZON":
            return rng.sample(range(low, high + 1), n)
        # Horizon Europe grant numbers are allocated in sequence; the file lists them in no order.
        gap = max(1, min(40, 600_000 // max(n, 1)))
        offset = low + rng.randrange(40_000)
        ids = [offset + i for i in itertools.accumulate(rng.randint(1, gap) for _ in range(n))]
        rng.shuffle(ids)
        return ids

    def _undated(self) -> set[int]:
        if self.programme == "FP7" or self.base_projects == 0:
            return set()
        rng = random.Random(f"{self.seed}/{self.programme}/undated")
        return set(rng.sample(range(self.base_projects), min(self.base_projects, max(1, self.base_projects // 700))))

    def _update_window(self) -> tuple[datetime, datetime]:
        low = datetime.combine(_UPDATE_FLOORS[self.programme], datetime.min.time())
        if self.programme == "FP7":
            return low, datetime.combine(_FP7_LAST_UPDATE, datetime.min.time())
        return low, FIRST_RELEASE - timedelta(days=1)

    def _content_updates(self) -> dict[int, str]:
        updates: dict[int, str] = {}
        if self.base_projects == 0:
            return updates
        for release in range(2, self.release + 1):
            rng = random.Random(f"{self.seed}/{self.programme}/release/{release}")
            count = min(self.base_projects, max(3, self.base_projects // 100))
            low, high = release_time(release - 1), release_time(release) - timedelta(hours=6)
            for index in sorted(rng.sample(range(self.base_projects), count)):
                updates[index] = _random_time(rng, low, high).strftime(_TIMESTAMP)
        return updates

    def _new_projects(self, last_id: int, first_index: int) -> Iterator[Project]:
        # Only Horizon Europe still signs grants; H2020 and FP7 releases add no projects.
        if self.programme != "HORIZON" or self.base_projects == 0:
            return
        index = first_index
        for release in range(2, self.release + 1):
            rng = random.Random(f"{self.seed}/{self.programme}/new/{release}")
            published, previous = release_time(release), release_time(release - 1)
            window = (previous.date() - timedelta(days=25), published.date() - timedelta(days=5))
            update_window = (previous, published - timedelta(hours=6))
            for _ in range(max(3, self.base_projects // 100)):
                last_id += rng.randint(1, 40)
                rcn = str(_RCN_BASE[self.programme] + 2 * index + rng.randrange(2))
                project = self.factory.build(rng, index, str(last_id), rcn, window, update_window)
                project.status = "SIGNED"
                self.changes.new_project_ids.append(project.id)
                index += 1
                yield project

    # -- rows ---------------------------------------------------------------------------------------

    def _write(self, project: Project) -> None:
        base = project.index < self.base_projects
        updated = self.changes.content_updates.get(project.index) if base else None
        if updated is not None:
            self.changes.updated_ids.append(project.id)
            for row in project.participations:
                if row.updated is None:
                    row.updated = updated
            project.updated = updated
        self._write_project(project, self.plan.take_project(project.index, project) if base else None)
        self._write_organisations(project, self.plan.take_organisation(project.index, project) if base else None)
        self._write_secondary(project)
        self.projects_written += 1

    def _write_project(self, project: Project, target: _Target | None) -> None:
        fields = [
            project.id,
            project.acronym,
            project.status,
            project.title,
            project.start,
            project.end,
            money(project.total, ","),
            money(project.ec_max, ","),
            project.legal_basis,
            project.topic,
            project.signature,
            self.programme,
            project.master_call,
            project.sub_call,
            project.scheme,
            project.nature,
            project.objective,
            project.updated,
            project.rcn,
            project.doi,
        ]
        if target is None:
            self.writers["project.csv"].write(fields)
            return
        column, value = _inject(
            fields, target, "title", PROJECT_HEADER, functools.partial(_bad_project_value, project=project)
        )
        writer = self.writers["project.csv"]
        line = writer.write(fields)
        writer.bad.append(
            {"kind": target.kind, "line": line, "key": {"id": fields[0]}, "column": column, "value": value}
        )

    def _write_organisations(self, project: Project, target: _Target | None) -> None:
        writer = self.writers["organization.csv"]
        broken = target.salt % len(project.participations) if target else -1
        for order, row in enumerate(project.participations, start=1):
            fields = self._organisation_fields(project, row, order)
            self.organisations.add(row.org.rank)
            if order - 1 != broken or target is None:
                writer.write(fields)
                continue
            column, value = _inject(
                fields, target, "name", ORGANIZATION_HEADER, functools.partial(_bad_org_value, row=row)
            )
            line = writer.write(fields)
            writer.bad.append(
                {
                    "kind": target.kind,
                    "line": line,
                    "key": {"projectID": fields[0], "organisationID": fields[2]},
                    "column": column,
                    "value": value,
                }
            )

    def _organisation_fields(self, project: Project, row: Participation, order: int) -> list[str]:
        org = row.org
        listing = self.pool.listing(org, self.programme)
        name = self.rename.new if self.rename and self.rename.rank == org.rank else listing.name
        fp7 = self.programme == "FP7"
        return [
            project.id,
            project.acronym,
            org.pic,
            listing.vat,
            name,
            listing.short_name,
            row.sme,
            listing.activity,
            listing.street,
            listing.post_code,
            listing.city,
            org.country.code,
            listing.nuts if org.country.european else org.country.code,
            listing.geolocation,
            listing.url,
            f"{CONTACT_FORM}/{org.pic}/{project.id}",
            row.updated or project.updated,
            org.rcn,
            str(order),
            row.role,
            money(row.ec, "."),
            "" if fp7 else money(row.net, "."),
            "" if fp7 else money(row.total, ","),
            "true" if row.ended else "false",
            row.active,
        ]

    def _write_secondary(self, project: Project) -> None:
        writers = self.writers
        titles = vocab.LEGAL_BASIS_TITLES
        writers["legalBasis.csv"].write([project.id, project.legal_basis, titles[project.legal_basis], "true"])
        if project.extra_legal_basis:
            writers["legalBasis.csv"].write(
                [project.id, project.extra_legal_basis, titles[project.extra_legal_basis], ""]
            )
        writers["topics.csv"].write([project.id, project.topic, project.topic_title])
        for code, path in project.fields:
            writers["euroSciVoc.csv"].write([project.id, code, path, path.rsplit("/", 1)[1], ""])
        if "webLink.csv" in writers:
            for link in project.weblinks:
                writers["webLink.csv"].write(link)


def _write_zip(path: Path, members: list[tuple[str, Path]], when: datetime) -> None:
    partial = path.with_name(path.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, source in members:
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            # Fixed rather than taken from the machine, so the bytes are the same everywhere.
            info.create_system = 3
            info.external_attr = 0o644 << 16
            info.file_size = source.stat().st_size
            with source.open("rb") as src, archive.open(info, "w") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
    os.replace(partial, path)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------------
# Entry point


def _validated_counts(projects: Mapping[str, int] | None, release: int) -> dict[str, int]:
    if release < 1:
        raise ValueError(f"release must be 1 or more, got {release}")
    counts = dict(DEFAULT_PROJECTS if projects is None else projects)
    unknown = sorted(set(counts) - set(PROGRAMMES))
    if unknown:
        raise ValueError(f"unknown programme(s) {', '.join(unknown)}; expected some of {', '.join(PROGRAMMES)}")
    for programme, count in counts.items():
        low, high = _ID_RANGES[programme]
        if not 0 <= count <= (high - low) // 2:
            raise ValueError(f"{programme}: project count must be in 0..{(high - low) // 2}, got {count}")
    return counts


def _pool_size(counts: Mapping[str, int]) -> int:
    rows = sum(counts.values()) * _AVERAGE_ORGS_PER_PROJECT
    return min(_ORG_RCN_MODULUS, max(300, int(rows * 0.45)))


def generate_cordis(
    out_dir: Path,
    *,
    projects: Mapping[str, int] | None = None,
    seed: int = DEFAULT_SEED,
    release: int = 1,
    bad_rows: bool = True,
) -> dict[str, Any]:
    """Write the CORDIS project zips of ``projects`` (programme → count) and ``truth.json`` to ``out_dir``.

    Programmes left out of ``projects`` get no zip; ``None`` means :data:`DEFAULT_PROJECTS`. The
    returned dict is the content of ``truth.json``: per zip and member the record counts, the sha256,
    and every injected bad record with its kind, physical start line, key, column and value; plus the
    changes a release > 1 made relative to release 1.
    """
    counts = _validated_counts(projects, release)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pool = OrganisationPool(seed, _pool_size(counts))
    rename = _pick_rename(pool, seed) if release >= 2 else None
    zips: dict[str, Any] = {}
    new_projects: dict[str, list[str]] = {}
    content_updated: dict[str, list[str]] = {}
    for programme in PROGRAMMES:
        if programme not in counts:
            continue
        builder = ZipBuilder(LAYOUTS[programme], counts[programme], seed, release, pool, bad_rows, rename)
        zips[builder.layout.filename] = builder.build(out_dir)
        if builder.changes.new_project_ids:
            new_projects[programme] = builder.changes.new_project_ids
        if builder.changes.updated_ids:
            content_updated[programme] = sorted(builder.changes.updated_ids)
    truth: dict[str, Any] = {
        "generator": "landscape.snapshot.cordis",
        "seed": seed,
        "release": release,
        "published": release_time(release).strftime(_TIMESTAMP),
        "licence": "synthetic data in the layout of CORDIS (© European Union, CC BY 4.0)",
        "zips": zips,
        "changes_since_release_1": {
            "new_projects": new_projects,
            "content_updated": content_updated,
            "renamed_organisation": _rename_truth(rename, counts),
        },
    }
    (out_dir / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return truth


def _rename_truth(rename: Rename | None, counts: Mapping[str, int]) -> dict[str, Any] | None:
    if rename is None:
        return None
    live = [p for p in PROGRAMMES if p in counts and LAYOUTS[p].live]
    return {"organisationID": rename.pic, "from": rename.old, "to": rename.new, "programmes": live}
