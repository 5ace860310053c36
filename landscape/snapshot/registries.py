"""Deterministic generator of the four cluster-registry sources, in their real formats.

The pipeline reads European cluster organisations from overlapping registries (research/sources.md §2).
This module invents one population of cluster organisations (``cl-0001`` …) and publishes overlapping,
differently spelled subsets of it the way each registry does, so scraping, parsing, validation and
entity resolution can be developed and tested offline, with an exact answer key in ``truth.json``.

Sources written under ``out_dir``:

``eccp/`` — the European Cluster Collaboration Platform (clustercollaboration.eu), an EU initiative run
    for EISMEA / DG GROW by a consortium led by IMP³ROVE. A Drupal site without API or export: the
    pipeline scrapes the listing ``/cluster-organisations?page=N`` and one profile page per cluster.
    Content is reused under the Commission's reuse policy (CC BY 4.0 unless stated; unverified);
    contact persons are personal data and are not reproduced. Files are named like the URLs our
    loopback server maps them to: ``cluster-organisations?page=2``, ``cluster-organisations/<slug>``,
    and ``cluster-organisations/index.html`` for the bare listing URL (the name is a folder too).
``esca/`` — the "benchmarked clusters" database of the European Secretariat for Cluster Analysis
    (cluster-analysis.org, VDI/VDE-IT, Berlin): one page per country ``benchmarked-clusters?country=
    <uuid>`` with a table of labelled clusters. No licence is stated on the site; treat it as
    "all rights reserved, facts only".
``landing/clusterplattform/clusterplattform-deutschland-2026-10.csv`` — the German national list
    (Clusterplattform Deutschland, BMWK + BMBF), as an observatory drops it into the landing folder.
    The site offers no export; the file stands for a list compiled from it. Terms of use: German
    federal government site, no open licence stated.
``landing/poles/poles-de-competitivite-2026.xlsx`` — the French pôles de compétitivité (DGE), as a
    government spreadsheet. Licence Ouverte / Etalab 2.0 when published on data.gouv.fr (unverified).

Every name, acronym, web address, count and member organisation is invented; only vocabulary is real
(countries, regions, industrial ecosystems, sectors, label levels, technology fields). Output is
byte-identical for the same arguments: no clock, no set or hash order, string-seeded ``random.Random``.

Quirks reproduced, because the real sources have them and the pipeline must survive them:

* ECCP (Drupal 10): theme-debug HTML comments (with emoji markers) all over the pages and *before the
  ``<?xml`` declaration* of ``sitemap.xml``; sitemap ``<loc>`` with the broken host ``http://default``
  (Drupal's base URL was never configured for cron); teaser links mostly relative, some absolute on
  the ``www`` host; a listing sorted by title, so new profiles shift later pages; Drupal's "-0" suffix
  on duplicate path aliases; optional fields simply missing; about 1 % of profiles without a country;
  member counts as free text ("approx. 150", "120+"); HTML and entities in descriptions
  (``&amp;``, ``&#039;``); taxonomy fields as links; robots.txt with a crawl delay and a disallowed
  ``/cluster-organisations/private-`` prefix that two listed profiles do live under.
* ESCA: label levels in capitals, "valid until" as ``YYYY/MM/DD`` (expired labels still listed), web
  addresses typed by hand (no scheme, ``http``, trailing slash, sometimes empty), names without legal
  form, with the acronym in brackets, ASCII-only or in capitals; non-EU countries.
* Clusterplattform: ``;`` separator, UTF-8 *with* BOM and CRLF line ends (an Excel export), German
  spellings with umlauts and "e.V.", technology fields joined with ``", "``.
* Pôles: a title row above the header (French government spreadsheets do that), merged over the
  table width.

Hard cases for entity resolution, listed in ``truth.json["hard_non_matches"]``: two different clusters
with the same name in two countries, and two clusters in one country whose names differ only by
"Sachsen" / "Sachsen-Anhalt".

``release=2`` (3, …) is the ECCP one month later: a few profiles re-saved (new ``changed`` time and
sitemap ``lastmod``; one with a new paragraph in its description), two profiles removed, three added.
ESCA, the CSV and the XLSX do not change, and neither does any other profile page.

Unverified details (no saved page was at hand): ECCP field machine names and labels, the listing's sort
order, ESCA's markup around the table, the Clusterplattform column names.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import math
import random
import re
import shutil
import unicodedata
import uuid
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from landscape.snapshot import registry_vocab as rv
from landscape.snapshot import vocab
from landscape.snapshot.registry_vocab import Nation, Place, Theme

DEFAULT_CLUSTERS = 1500
DEFAULT_SEED = 20261129
MIN_CLUSTERS = 100  # below this not every ESCA country and hard case can be populated
MAX_CLUSTERS = 6000  # the name patterns run out of distinct names beyond this
PAGE_SIZE = 20
# The ECCP snapshot of release 1 was taken at this moment; release n is n-1 months later.
SNAPSHOT = datetime(2026, 10, 12, 9, 31, tzinfo=UTC)
_OLDEST_CHANGE = datetime(2019, 3, 1, tzinfo=UTC)
ECCP_HOST = "https://www.clustercollaboration.eu"
SITEMAP_HOST = "http://default"
LISTING = "cluster-organisations"
ESCA_PAGE = "benchmarked-clusters"
CLUSTERPLATTFORM_PATH = "landing/clusterplattform/clusterplattform-deutschland-2026-10.csv"
POLES_PATH = "landing/poles/poles-de-competitivite-2026.xlsx"
CLUSTERPLATTFORM_HEADER: tuple[str, ...] = (
    "Clustername",
    "Bundesland",
    "Ort",
    "Website",
    "Technologiefelder",
    "Anzahl Mitglieder",
    "Förderprogramm",
)
POLES_HEADER: tuple[str, ...] = (
    "Nom du pôle",
    "Région",
    "Ville",
    "Site internet",
    "Domaines d'activité",
    "Nombre de membres",
    "Phase",
)
POLES_SHEET = "Pôles"
POLES_TITLE = "Liste des pôles de compétitivité labellisés pour la phase V (2023-2026)"
ESCA_HEADER: tuple[str, ...] = ("Name", "Comparative portfolio", "www", "Label", "Label valid until")
# The real list of pôles in phase V has 55 entries; smaller populations get proportionally fewer.
POLES_PER_1500 = 55
_XLSX_TIME = datetime(2026, 1, 15, 9, 0, 0)

_T = TypeVar("_T")


# ---------------------------------------------------------------------------------------------------
# Small helpers


def _weighted(rng: random.Random, pairs: Sequence[tuple[_T, float]]) -> _T:
    """One item of ``(item, weight)`` pairs, with one ``random()`` draw."""
    target = rng.random() * sum(weight for _, weight in pairs)
    for item, weight in pairs:
        target -= weight
        if target < 0:
            return item
    return pairs[-1][0]


def fold(text: str) -> str:
    """ASCII transliteration: accents dropped, ß → ss, ł → l, … (how ASCII-only databases write names)."""
    text = "".join(rv.ASCII_FOLD.get(char, char) for char in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def german_fold(text: str) -> str:
    """German ASCII spelling: ä → ae, ü → ue, ß → ss, then any other accent dropped."""
    return fold("".join(rv.GERMAN_FOLD.get(char, char) for char in text))


def _tokens(text: str) -> list[str]:
    return [token for token in re.split(r"[^a-z0-9]+", fold(text).lower()) if token]


def _name_key(name: str) -> frozenset[str]:
    """What makes a name distinct: its words without stop words, legal forms and one-letter bits."""
    return frozenset(t for t in _tokens(name) if len(t) > 1 and t not in rv.NAME_STOP_WORDS)


def pathauto_slug(title: str) -> str:
    """The path alias Drupal's pathauto makes of a title: ASCII, lower case, ignore words removed."""
    words = [w for w in _tokens(title) if w not in rv.PATHAUTO_IGNORE_WORDS]
    return "-".join(words)[:100].strip("-")


def _h(text: str) -> str:
    """Escape like Twig's autoescape (PHP htmlspecialchars with ENT_QUOTES): ``'`` becomes ``&#039;``."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#039;")
    )


def _add_months(moment: datetime, months: int) -> datetime:
    month = moment.month - 1 + months
    return moment.replace(year=moment.year + month // 12, month=month % 12 + 1)


def release_time(release: int) -> datetime:
    """When the ECCP snapshot of ``release`` was taken."""
    return _add_months(SNAPSHOT, release - 1)


def _random_moment(rng: random.Random, low: datetime, high: datetime, recent_bias: float = 1.0) -> datetime:
    """A second between ``low`` and ``high``; ``recent_bias`` > 1 favours recent moments."""
    span = int((high - low).total_seconds())
    return low + timedelta(seconds=int(span * (1 - rng.random() ** recent_bias)))


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _stable_uuid(key: str) -> str:
    return str(uuid.UUID(bytes=hashlib.sha256(key.encode()).digest()[:16], version=4))


# ---------------------------------------------------------------------------------------------------
# The population


@dataclass(frozen=True)
class Label:
    """A cluster-management excellence label as ESCA lists it."""

    level: str  # BRONZE / SILVER / GOLD
    valid_until: date


@dataclass
class Cluster:
    """One real-world cluster organisation: the truth the sources are published from."""

    number: int
    nation: Nation
    place: Place
    theme: Theme
    language: str
    base: str  # name without legal form
    legal_form: str
    acronym: str
    host: str  # canonical web host, with "www." if the cluster uses it
    members: int
    smes: int
    research: int
    universities: int
    founded: int
    pole: bool = False
    label: Label | None = None
    on_eccp: bool = False
    on_esca: bool = False
    on_clusterplattform: bool = False

    @property
    def id(self) -> str:
        return f"cl-{self.number:04d}"

    @property
    def name(self) -> str:
        return f"{self.base} {self.legal_form}" if self.legal_form else self.base

    @property
    def website(self) -> str:
        return f"https://{self.host}"

    @property
    def topic(self) -> str:
        """The theme word in the cluster's own language."""
        return self.theme.words[self.language][0]


@dataclass(frozen=True)
class _Plan:
    """A cluster whose identity is fixed in advance (hard cases, pôles)."""

    language: str | None = None
    theme: Theme | None = None
    place: Place | None = None
    base: str | None = None
    legal_form: str | None = None
    pole: bool = False
    duplicate_name: bool = False  # the same name as an earlier cluster, on purpose


def _places(nation: Nation) -> tuple[Place, ...]:
    """The towns of a country: the CORDIS word lists' cities first (capital first), then extra towns."""
    places: list[Place] = []
    country = _VOCAB_COUNTRIES.get(nation.vocab_code)
    if country is not None:
        for city in country.cities:
            region = rv.CITY_REGIONS[(nation.vocab_code, city.name)]
            # vocab.py writes Greek cities the CORDIS way, in capitals; display them as the ECCP does.
            display = city.native or (city.name.title() if city.name.isupper() else city.name)
            places.append(Place(display, region, city.postcode, rv.REGION_ADJECTIVES.get(region, "")))
    places.extend(
        replace(p, adjective=rv.REGION_ADJECTIVES.get(p.region, "")) for p in rv.EXTRA_PLACES.get(nation.iso, ())
    )
    if not places:
        raise ValueError(f"no places for {nation.iso}")
    return tuple(places)


_VOCAB_COUNTRIES: Mapping[str, vocab.Country] = {country.code: country for country in vocab.COUNTRIES}
_PLACES: Mapping[str, tuple[Place, ...]] = {nation.iso: _places(nation) for nation in rv.NATIONS}
_NATIONS: Mapping[str, Nation] = {nation.iso: nation for nation in rv.NATIONS}
_THEME_WEIGHTS: tuple[tuple[Theme, float], ...] = tuple((theme, theme.weight) for theme in rv.THEMES)
# Associations carry their legal form as the first word of the name, not as a suffix.
_ASSOCIATION_WORDS = ("Asociación", "Stowarzyszenie", "Stichting", "Associação", "Consorzio", "Agrupación")


def _allocate(count: int) -> list[Nation]:
    """How many clusters each country has: one at least (ESCA lists all 48), the rest by weight."""
    nations = rv.NATIONS
    rest = count - len(nations)
    total = sum(n.weight for n in nations)
    quotas = [rest * n.weight / total for n in nations]
    counts = [1 + int(q) for q in quotas]
    # Largest remainder; ties broken by list order so the result does not depend on float noise.
    by_remainder = sorted(range(len(nations)), key=lambda i: (-(quotas[i] - int(quotas[i])), i))
    for i in by_remainder[: count - sum(counts)]:
        counts[i] += 1
    return [nation for nation, n in zip(nations, counts, strict=True) for _ in range(n)]


class Population:
    """Builds clusters one by one, keeping names and web hosts distinct (except planned duplicates)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.name_keys: set[frozenset[str]] = set()
        self.hosts: set[str] = set()

    def build(self, number: int, nation: Nation, plan: _Plan) -> Cluster:
        rng = random.Random(f"{self.seed}/cluster/{number}")
        places = _PLACES[nation.iso]
        place = plan.place or _weighted(rng, [(p, 1 / (i + 1) ** 0.6) for i, p in enumerate(places)])
        theme = plan.theme or _weighted(rng, _THEME_WEIGHTS)
        language = plan.language or _weighted(rng, nation.languages)
        if plan.base is not None:
            base = plan.base  # claimed by build_population before any random name
        elif plan.pole:
            base = self._pole_name(rng, theme, place)
        else:
            base, language = self._name(rng, nation, place, theme, language)
        legal_form = plan.legal_form if plan.legal_form is not None else _weighted(rng, nation.legal_forms)
        if base.startswith(_ASSOCIATION_WORDS) or plan.pole:
            legal_form = ""
        acronym = self._acronym(rng, base, plan.pole)
        members = min(1200, max(15, round(math.exp(rng.gauss(4.3, 0.55)))))
        return Cluster(
            number=number,
            nation=nation,
            place=place,
            theme=theme,
            language=language,
            base=base,
            legal_form=legal_form,
            acronym=acronym,
            host=self._host(rng, nation, place, theme, base, acronym),
            members=members,
            smes=round(members * rng.uniform(0.45, 0.8)),
            research=rng.randint(1, 15),
            universities=rng.randint(1, 8),
            founded=rng.randint(1992, 2022),
            pole=plan.pole,
        )

    # -- names ---------------------------------------------------------------------------------------

    def claim_name(self, name: str) -> bool:
        key = _name_key(name)
        if key in self.name_keys:
            return False
        self.name_keys.add(key)
        return True

    def _name(self, rng: random.Random, nation: Nation, place: Place, theme: Theme, language: str) -> tuple[str, str]:
        for attempt in range(60):
            # After many clashes fall back to English, which has the most patterns.
            lang = language if attempt < 30 else "en"
            pattern = rng.choice(rv.NAME_PATTERNS[lang])
            topic = rng.choice(theme.words[lang])
            if pattern in rv.ONE_WORD_ONLY and " " in topic:
                continue
            if "{adj}" in pattern and not place.adjective:
                continue
            name = pattern.format(
                topic=topic,
                region=place.region,
                city=place.city,
                adj=place.adjective,
                nationality=nation.adjective,
            )
            if self.claim_name(name):
                return name, lang
        for word in vocab.NAME_WORDS:
            name = f"{word.title()} {theme.words['en'][0]} Cluster {place.city}"
            if self.claim_name(name):
                return name, "en"
        raise ValueError(f"ran out of distinct cluster names in {nation.iso}; generate fewer clusters")

    def _pole_name(self, rng: random.Random, theme: Theme, place: Place) -> str:
        phrase, coin = theme.pole
        for _ in range(40):
            pattern = rng.choice(rv.POLE_PATTERNS)
            name = pattern.format(phrase=phrase, coin=coin, region=place.region)
            if self.claim_name(name):
                return name
        for word in vocab.NAME_WORDS:
            name = f"Pôle {phrase} {word.title()}"
            if self.claim_name(name):
                return name
        raise ValueError("ran out of distinct pôle names; generate fewer clusters")

    @staticmethod
    def _acronym(rng: random.Random, base: str, pole: bool) -> str:
        if rng.random() > (0.35 if pole else 0.65):
            return ""
        words = [w for w in re.split(r"[\s\-]+", base) if w[:1].isupper()]
        acronym = "".join(w if w.isupper() and len(w) <= 4 else w[0] for w in words)
        acronym = fold(acronym).upper()
        return acronym if 2 <= len(acronym) <= 6 else ""

    # -- web hosts -----------------------------------------------------------------------------------

    def _host(self, rng: random.Random, nation: Nation, place: Place, theme: Theme, base: str, acronym: str) -> str:
        folder = german_fold if nation.iso in ("DE", "AT", "CH") else fold
        # A host made of place words alone would look like a regional government's ("bayern.de"), so
        # name-based hosts take the name's other words and at most two words of the region.
        region = [t for t in _tokens(folder(place.region)) if len(t) > 1 and t not in rv.NAME_STOP_WORDS][:2]
        region_label = "-".join(region) or nation.tld.split(".")[-1]
        local = {
            *_tokens(folder(place.region)),
            *_tokens(folder(place.city)),
            *_tokens(folder(place.adjective)),
            *_tokens(nation.adjective),
        }
        words = [t for t in _tokens(folder(base)) if len(t) > 1 and t not in rv.NAME_STOP_WORDS and t not in local]
        for _ in range(30):
            tld = _weighted(rng, ((nation.tld, 0.85), ("eu", 0.08), ("org", 0.04), ("com", 0.03)))
            kind = rng.random()
            if acronym and kind < 0.35:
                label = rng.choice((acronym.lower(), f"{acronym.lower()}-cluster", f"cluster-{acronym.lower()}"))
            elif kind < 0.8 and words:
                taken = rng.randint(1, 2)
                label = "-".join(words[:taken])
                # One generic word alone ("automotive.de") would be somebody else's domain.
                if taken == 1 or len(words) == 1 or rng.random() < 0.5:
                    label = f"{label}-{region_label}"
                if rng.random() < 0.2:
                    label = f"cluster-{label}"
            else:
                # The second domain word is German ("werkstoffe"); only German-speaking clusters use it.
                domains = theme.domains if nation.iso in ("DE", "AT", "CH") else theme.domains[:1]
                label = f"{rng.choice(domains)}-{region_label}"
            host = f"{label[:50].strip('-')}.{tld}"
            if host not in self.hosts:
                self.hosts.add(host)
                return f"www.{host}" if rng.random() < 0.75 else host
        for n in itertools.count(2):
            host = f"{label[:45].strip('-')}{n}.{nation.tld}"
            if host not in self.hosts:
                self.hosts.add(host)
                return f"www.{host}"
        raise AssertionError("unreachable")


def _plans(seed: int, nations: Sequence[Nation], pole_count: int) -> tuple[dict[int, _Plan], list[dict[str, Any]]]:
    """Fix the hard non-matches and the pôles before the population is drawn."""
    rng = random.Random(f"{seed}/plans")
    numbers_by_country: dict[str, list[int]] = {}
    for number, nation in enumerate(nations, start=1):
        numbers_by_country.setdefault(nation.iso, []).append(number)
    plans: dict[int, _Plan] = {}

    # Two different clusters, same English name, two countries.
    candidates = sorted(iso for iso in ("IE", "SI", "SE", "DK", "FI", "HR", "LT", "EE", "SK", "GB", "NO", "HU"))
    first_iso, second_iso = rng.sample(candidates, 2)
    theme = rng.choice(rv.THEMES)
    same_name = f"{theme.words['en'][0]} Innovation Cluster"
    twin_a, twin_b = numbers_by_country[first_iso][0], numbers_by_country[second_iso][0]
    plans[twin_a] = _Plan(language="en", theme=theme, base=same_name, legal_form="")
    plans[twin_b] = _Plan(language="en", theme=theme, base=same_name, legal_form="", duplicate_name=True)

    # Two German clusters whose names differ only by Sachsen / Sachsen-Anhalt.
    german = numbers_by_country["DE"]
    theme = rng.choice([t for t in rv.THEMES if " " not in t.words["de"][0]])
    saxony = next(p for p in _PLACES["DE"] if p.region == "Sachsen")
    anhalt = next(p for p in _PLACES["DE"] if p.region == "Sachsen-Anhalt")
    similar_a, similar_b = german[0], german[1]
    word = theme.words["de"][0]
    plans[similar_a] = _Plan("de", theme, saxony, f"Cluster {word} Sachsen", "e.V.")
    plans[similar_b] = _Plan("de", theme, anhalt, f"Cluster {word} Sachsen-Anhalt", "e.V.")

    french = [n for n in numbers_by_country["FR"] if n not in plans]
    for number in sorted(rng.sample(french, min(pole_count, len(french)))):
        plans[number] = _Plan(language="fr", pole=True)
    hard = [
        {"kind": "same_name_other_country", "ids": [f"cl-{twin_a:04d}", f"cl-{twin_b:04d}"]},
        {"kind": "similar_name_same_country", "ids": [f"cl-{similar_a:04d}", f"cl-{similar_b:04d}"]},
    ]
    return plans, hard


def _label(rng: random.Random, pole: bool) -> Label:
    levels = (("BRONZE", 0.35), ("SILVER", 0.35), ("GOLD", 0.3)) if pole else rv.ESCA_LEVELS
    # Labels run to the end of a month, two to three years after the benchmarking interview; the
    # database keeps expired ones, so some "valid until" dates lie before the snapshot.
    months = rng.randrange(36)
    return Label(_weighted(rng, levels), _month_end(2026 + (5 + months) // 12, (5 + months) % 12 + 1))


def _assign_sources(seed: int, clusters: Sequence[Cluster], plans: Mapping[int, _Plan]) -> None:
    countries_seen: set[str] = set()
    for cluster in clusters:
        rng = random.Random(f"{seed}/sources/{cluster.number}")
        plan = plans.get(cluster.number)
        forced = plan is not None and not plan.pole  # the hard cases are in every source they can be
        # ESCA covers all 48 countries: the first cluster of each country is always labelled.
        first_of_country = cluster.nation.iso not in countries_seen
        countries_seen.add(cluster.nation.iso)
        eccp_share, esca_share = (0.96, 0.9) if cluster.pole else (0.935, 0.855)
        cluster.on_eccp = cluster.nation.eccp and (forced or rng.random() < eccp_share)
        # ESCA lists non-European clusters the ECCP does not cover.
        cluster.on_esca = not cluster.nation.eccp or forced or first_of_country or rng.random() < esca_share
        if cluster.nation.iso == "DE":
            cluster.on_clusterplattform = forced or rng.random() < (0.85 if cluster.on_eccp else 0.95)
        if not (cluster.on_eccp or cluster.on_esca or cluster.on_clusterplattform or cluster.pole):
            cluster.on_eccp = True
        if cluster.on_esca:
            cluster.label = _label(rng, cluster.pole)


def build_population(seed: int, count: int) -> tuple[list[Cluster], list[dict[str, Any]], Population]:
    """The release-1 population (independent of the release), the hard cases, and the builder."""
    nations = _allocate(count)
    random.Random(f"{seed}/countries").shuffle(nations)
    pole_count = round(count * POLES_PER_1500 / 1500)
    plans, hard = _plans(seed, nations, pole_count)
    population = Population(seed)
    # Planned names first, so random names cannot take them.
    for number in sorted(plans):
        base = plans[number].base
        if base is not None and not plans[number].duplicate_name:
            population.claim_name(base)
    clusters = [
        population.build(number, nation, plans.get(number, _Plan())) for number, nation in enumerate(nations, 1)
    ]
    _assign_sources(seed, clusters, plans)
    return clusters, hard, population


# ---------------------------------------------------------------------------------------------------
# How each source writes a cluster


def _website(
    rng: random.Random,
    host: str,
    schemes: Sequence[tuple[str, float]],
    *,
    www_flip: float,
    slash: float,
    path: float = 0.0,
) -> str:
    """A web address as someone typed it into a registry: scheme, ``www.`` and trailing slash vary."""
    bare = host.removeprefix("www.")
    www = host.startswith("www.") != (rng.random() < www_flip)
    url = _weighted(rng, schemes) + ("www." if www else "") + bare
    if rng.random() < path:
        return url + rng.choice(("/en", "/en/", "/index.php", "/home"))
    return url + "/" if rng.random() < slash else url


def _english_name(cluster: Cluster) -> str:
    """How a German, French, … cluster introduces itself on the English-language ECCP."""
    region = rv.BUNDESLAENDER.get(cluster.place.region, cluster.place.region)
    return f"{cluster.theme.words['en'][0]} Cluster {region}"


def _eccp_title(rng: random.Random, cluster: Cluster, exact: bool) -> str:
    title = cluster.name
    if exact:
        return title
    if cluster.legal_form and rng.random() < 0.3:
        title = cluster.base
    if cluster.pole and rng.random() < 0.35:
        title = fold(title)  # typed on an English keyboard
    elif cluster.nation.iso in ("DE", "AT") and title != german_fold(title) and rng.random() < 0.3:
        title = german_fold(title)
    elif cluster.language != "en" and not cluster.pole and rng.random() < 0.08:
        title = _english_name(cluster)
    if rng.random() < 0.08:
        # Profiles are typed by the clusters themselves: "Automotive cluster Bayern".
        title = re.sub(r"(?<=\S) Cluster\b", " cluster", title)
    if cluster.acronym and rng.random() < 0.06:
        title = f"{cluster.acronym} - {title}"
    return title


def _esca_name(rng: random.Random, cluster: Cluster) -> str:
    name = cluster.base if cluster.legal_form and rng.random() < 0.7 else cluster.name
    if cluster.acronym and rng.random() < 0.25:
        name = f"{name} ({cluster.acronym})"
    if rng.random() < 0.06:
        name = name.replace("-", " ")  # "Baden Württemberg", "Sachsen Anhalt"
    if rng.random() < 0.5:
        name = name.replace(" and ", " & ")
    if rng.random() < 0.1:
        name = fold(name)  # entered into an ASCII-only database
    elif rng.random() < 0.03:
        name = name.upper()
    return name


def _members_text(rng: random.Random, members: int) -> str:
    """The ECCP's "number of members" is free text."""
    rounded = max(10, round(members, -1))
    return rng.choice(
        (
            str(members),
            str(members),
            f"approx. {rounded}",
            f"{rounded}+",
            f"over {max(10, members // 50 * 50 or members // 10 * 10)} members",
            f"{members} members",
            f"ca. {rounded}",
        )
    )


# ---------------------------------------------------------------------------------------------------
# Member organisations of ECCP profiles


def _member_language(nation: Nation) -> str:
    language = nation.languages[0][0]
    return language if language in rv.UNIVERSITY_PATTERNS else "en"


def _member_name(seed: int, nation: Nation, index: int) -> str:
    """Member ``index`` of a country's pool; low indices are drawn more often (big firms, universities)."""
    rng = random.Random(f"{seed}/member/{nation.iso}/{index}")
    language = _member_language(nation)
    city = rng.choice(_PLACES[nation.iso]).city
    kind = rng.random()
    if kind < 0.15:
        return rng.choice(rv.UNIVERSITY_PATTERNS[language]).format(city=city)
    if kind < 0.33:
        return rng.choice(rv.INSTITUTE_PATTERNS[language]).format(
            city=city, field=rng.choice(rv.INSTITUTE_FIELDS[language])
        )
    stem = (rng.choice(vocab.COMPANY_STEMS) + rng.choice(vocab.COMPANY_ENDINGS)).title()
    if rng.random() < 0.5:
        stem = f"{stem} {rng.choice(vocab.COMPANY_WORDS).title()}"
    return f"{stem} {rng.choice(nation.member_forms)}"


def _member_list(rng: random.Random, seed: int, cluster: Cluster, pool_sizes: Mapping[str, int]) -> list[str]:
    names: list[str] = []
    wanted = rng.randint(5, 40)
    european = [n for n in rv.NATIONS if n.eccp]
    while len(names) < wanted:
        nation = cluster.nation if rng.random() > 0.08 else rng.choice(european)
        size = pool_sizes.get(nation.iso, 20)
        name = _member_name(seed, nation, int(size * rng.random() ** 1.8))
        if name not in names:
            names.append(name)
    return names


# ---------------------------------------------------------------------------------------------------
# ECCP: Drupal markup

_THEME = "themes/custom/eccp"
_NODE_CLASSES = "node node--type-cluster-organisation"
# Drupal's pager arrows (escaped here because they look like < and >).
_PREVIOUS = "\u2039 Previous"
_NEXT = "Next \u203a"
_TAXONOMY_BASE = {"country": 100, "sectors": 400, "ecosystems": 700, "s3": 900}


def _debug(hook: str, suggestions: Sequence[str], chosen: int, template: str, inner: str) -> str:
    """Wrap output in Drupal's theme-debug comments (``twig.config: debug: true`` left on in production)."""
    lines = ["", "<!-- THEME DEBUG -->", f"<!-- THEME HOOK: '{hook}' -->"]
    if suggestions:
        lines.append("<!-- FILE NAME SUGGESTIONS:")
        lines.extend(f"   {'✅' if i == chosen else '▪️'} {s}" for i, s in enumerate(suggestions))
        lines.append("-->")
    lines.append(f"<!-- BEGIN OUTPUT from '{template}' -->")
    return "\n".join(lines) + "\n" + inner + f"\n<!-- END OUTPUT from '{template}' -->\n\n"


def _field_debug(name: str, ftype: str, inner: str) -> str:
    suggestions = (
        f"field--node--{name}--cluster-organisation.html.twig",
        f"field--node--{name}.html.twig",
        "field--node--cluster-organisation.html.twig",
        f"field--{name}.html.twig",
        f"field--{ftype}.html.twig",
        "field.html.twig",
    )
    return _debug("field", suggestions, 5, f"{_THEME}/templates/field/field.html.twig", inner)


def _term_link(vocabulary: str, values: Sequence[str], value: str) -> str:
    tid = _TAXONOMY_BASE[vocabulary] + values.index(value)
    return f'<a href="/taxonomy/term/{tid}" hreflang="en">{_h(value)}</a>'


_COUNTRY_NAMES: tuple[str, ...] = tuple(sorted(n.name for n in rv.NATIONS))


def _field(name: str, ftype: str, label: str, items: Sequence[str], *, multiple: bool = False) -> str:
    """One Drupal field; ``items`` are HTML already."""
    classes = f"field field--name-field-{name} field--type-{ftype} field--label-above"
    if multiple:
        inner = "\n".join(f'      <div class="field__item">{item}</div>' for item in items)
        body = f'    <div class="field__items">\n{inner}\n    </div>'
    else:
        body = f'    <div class="field__item">{items[0]}</div>'
    html = f'  <div class="{classes}">\n    <div class="field__label">{label}</div>\n{body}\n  </div>'
    return _field_debug(f"field-{name}", ftype, html)


def _time(moment: datetime) -> str:
    return f'<time datetime="{moment.strftime("%Y-%m-%dT%H:%M:%SZ")}">{moment.strftime("%d/%m/%Y")}</time>'


def _changed_field(moment: datetime) -> str:
    return f'<div class="field field--name-changed">{_time(moment)}</div>'


_MENU = (
    ("/", "Home"),
    ("/cluster-organisations", "Cluster organisations"),
    ("/partner-search", "Partner search"),
    ("/open-calls", "Calls"),
    ("/news", "News"),
    ("/events", "Events"),
    ("/about", "About"),
)
_FOOTER = (
    ("/legal-notice", "Legal notice"),
    ("/privacy-policy", "Privacy policy"),
    ("/cookie-policy", "Cookie policy"),
    ("/accessibility", "Accessibility"),
    ("/contact", "Contact"),
)


def _eccp_page(*, title: str, body_class: str, canonical: str, current_path: str, content: str, nid: int = 0) -> str:
    """A whole ECCP page around ``content``: head, header, menu, footer, settings, theme debug."""
    menu = "\n".join(
        f'        <li class="menu-item{" menu-item--active-trail" if href == "/cluster-organisations" else ""}">'
        f'<a href="{href}" data-drupal-link-system-path="{href.strip("/") or "<front>"}">{text}</a></li>'
        for href, text in _MENU
    )
    footer = "\n".join(f'        <li class="menu-item"><a href="{href}">{text}</a></li>' for href, text in _FOOTER)
    shortlink = f'\n<link rel="shortlink" href="{ECCP_HOST}/node/{nid}" />' if nid else ""
    settings = json.dumps(
        {
            "path": {
                "baseUrl": "/",
                "pathPrefix": "",
                "currentPath": current_path,
                "currentPathIsAdmin": False,
                "isFront": False,
                "currentLanguage": "en",
            },
            "pluralDelimiter": "\u0003",
            "ajaxPageState": {"libraries": "eccp/global-styling,views/views.module", "theme": "eccp"},
            "user": {"uid": 0, "permissionsHash": "9f1c4d0b7e2a5c3f8e6d1b0a9c7e5f3d"},
        },
        separators=(",", ":"),
    ).replace("/", "\\/")
    header = f"""<header role="banner" class="site-header">
  <div class="region region-header">
    <div id="block-eccp-branding" class="block block-system block-system-branding-block">
      <a href="/" rel="home" class="site-logo"><img src="/themes/custom/eccp/logo.svg" alt="Home" /></a>
      <div class="site-name"><a href="/" rel="home">European Cluster Collaboration Platform</a></div>
    </div>
  </div>
  <nav role="navigation" aria-labelledby="block-eccp-main-menu-menu" id="block-eccp-main-menu">
    <h2 class="visually-hidden" id="block-eccp-main-menu-menu">Main navigation</h2>
      <ul class="menu">
{menu}
      </ul>
  </nav>
</header>"""
    footer_html = f"""<footer role="contentinfo" class="site-footer">
  <div class="region region-footer">
    <nav role="navigation" id="block-eccp-footer">
      <ul class="menu">
{footer}
      </ul>
    </nav>
    <div class="block block-block-content">
      <p>The European Cluster Collaboration Platform is an initiative of the European Union, funded under
      the Single Market Programme and managed by the European Innovation Council and SMEs Executive Agency
      (EISMEA).</p>
    </div>
  </div>
</footer>"""
    html_page = f"""<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
  <div class="layout-container">
{header}
    <main role="main">
      <a id="main-content" tabindex="-1"></a>
      <div class="layout-content">
        <div class="region region-content">
          <div data-drupal-messages-fallback class="hidden"></div>
{content}
        </div>
      </div>
    </main>
{footer_html}
  </div>
</div>"""
    page = _debug(
        "page",
        ("page--node--cluster-organisation.html.twig", "page--node.html.twig", "page.html.twig"),
        2,
        f"{_THEME}/templates/layout/page.html.twig",
        html_page,
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/eccp/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="{canonical}" />{shortlink}

    <title>{_h(title)} | European Cluster Collaboration Platform</title>
    <link rel="stylesheet" media="all"
      href="/sites/default/files/css/css_Xq3dY8oWq1oJkB2c.css?delta=0&amp;language=en&amp;theme=eccp" />
  </head>
  <body class="{body_class}">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Skip to main content
    </a>
{page}
    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script
  src="/sites/default/files/js/js_Pq7cZ2aL0n9vB4e1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=eccp"></script>
  </body>
</html>
"""


@dataclass(frozen=True)
class Profile:
    """One ECCP profile page. ``head``/``tail``: rendered fields before/after the description."""

    cluster: Cluster
    nid: int
    slug: str
    title: str
    website: str
    changed: datetime
    absolute_link: bool
    has_country: bool
    head: str
    body: str
    tail: str
    added_in: int = 1

    @property
    def path(self) -> str:
        return f"/{LISTING}/{self.slug}"


def _profile_fields(
    rng: random.Random, seed: int, cluster: Cluster, has_country: bool, website: str, pools: Mapping[str, int]
) -> tuple[str, str, str]:
    """The profile's fields as HTML: before the description, the description, after it."""
    head: list[str] = []
    if cluster.acronym and rng.random() < 0.9:
        head.append(_field("acronym", "string", "Acronym", [_h(cluster.acronym)]))
    if has_country:
        country = _term_link("country", _COUNTRY_NAMES, cluster.nation.name)
        head.append(_field("country", "entity-reference", "Country", [country]))
    if rng.random() < 0.85:
        head.append(_field("region", "string", "Region", [_h(cluster.place.region)]))
    if rng.random() < 0.92:
        head.append(_field("city", "string", "City", [_h(cluster.place.city)]))
    if rng.random() < 0.75:
        language = _VOCAB_COUNTRIES.get(cluster.nation.vocab_code)
        streets = vocab.LANGUAGES[language.lang if language else cluster.nation.street_language]
        street = rng.choice(streets.streets).format(word=rng.choice(streets.street_words), n=rng.randint(1, 180))
        address = f"{_h(street.title())}<br>\n{_h(cluster.place.postcode)} {_h(cluster.place.city)}"
        head.append(_field("address", "string-long", "Address", [address]))
    if rng.random() < 0.97:
        head.append(_field("website", "link", "Website", [f'<a href="{_h(website)}">{_h(website)}</a>']))

    body = _description(rng, cluster)

    tail: list[str] = []
    theme = cluster.theme
    if rng.random() < 0.95:
        sectors = list(theme.sectors[: rng.randint(1, len(theme.sectors))])
        if rng.random() < 0.3:
            extra = rng.choice(rv.ECCP_SECTORS)
            sectors += [extra] if extra not in sectors else []
        links = [_term_link("sectors", rv.ECCP_SECTORS, s) for s in sectors]
        tail.append(_field("sectors", "entity-reference", "Sectors", links, multiple=True))
    if rng.random() < 0.8:
        ecosystems = list(theme.ecosystems)
        if rng.random() < 0.25:
            extra = rng.choice(rv.INDUSTRIAL_ECOSYSTEMS)
            ecosystems += [extra] if extra not in ecosystems else []
        links = [_term_link("ecosystems", rv.INDUSTRIAL_ECOSYSTEMS, e) for e in ecosystems]
        tail.append(_field("industrial-ecosystems", "entity-reference", "Industrial ecosystems", links, multiple=True))
    if rng.random() < 0.6:
        areas = list(theme.s3)
        areas += [a for a in rng.sample(rv.S3_AREAS, rng.randint(0, 2)) if a not in areas]
        links = [_term_link("s3", rv.S3_AREAS, a) for a in areas]
        tail.append(_field("s3-areas", "entity-reference", "S3 priority areas", links, multiple=True))
    if rng.random() < 0.9:
        text = _members_text(rng, cluster.members)
        tail.append(_field("number-of-members", "string", "Number of members", [_h(text)]))
    for name, caption, value, share in (
        ("number-of-smes", "Number of SMEs", cluster.smes, 0.6),
        ("number-of-research-organisations", "Number of research organisations", cluster.research, 0.55),
        ("number-of-universities", "Number of universities", cluster.universities, 0.55),
        ("year-founded", "Year of establishment", cluster.founded, 0.75),
    ):
        if rng.random() < share:
            tail.append(_field(name, "integer", caption, [str(value)]))
    if cluster.label is not None and rng.random() < 0.6:
        label = cluster.label
        if rng.random() < 0.1:
            # The profile still shows the previous, lower label: nobody updated it after the renewal.
            label = Label("BRONZE", _month_end(label.valid_until.year - 3, label.valid_until.month))
        tail.append(_field("cluster-label", "list-string", "Cluster label", [rv.ECCP_LABELS[label.level]]))
        tail.append(
            _field("label-valid-until", "datetime", "Label valid until", [label.valid_until.strftime("%d/%m/%Y")])
        )
    if rng.random() < 0.5:
        manager = rng.choice(
            (
                cluster.name,
                f"{cluster.base} Management GmbH" if cluster.nation.iso == "DE" else cluster.name,
                f"Regional Development Agency {cluster.place.region}",
                f"Chamber of Commerce {cluster.place.city}",
            )
        )
        tail.append(_field("contact-organisation", "string", "Contact organisation", [_h(manager)]))
    if rng.random() < 0.3:
        members = _member_list(rng, seed, cluster, pools)
        tail.append(_field("members", "string", "Members", [_h(m) for m in members], multiple=True))
    return "".join(head), body, "".join(tail)


def _description(rng: random.Random, cluster: Cluster) -> str:
    values = {
        "name": _h(cluster.name),
        "city": _h(cluster.place.city),
        "country": _h(cluster.nation.name),
        "members": str(cluster.members),
        "year": str(cluster.founded),
        "phrase": _h(cluster.theme.phrase),
        "topic": _h(cluster.theme.words["en"][0].lower()),
        "region": _h(cluster.place.region),
    }
    paragraphs = [rng.choice(rv.DESCRIPTION_OPENINGS).format(**values)]
    paragraphs += rng.sample(rv.DESCRIPTION_MIDDLES, rng.randint(1, 3))
    html = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    if rng.random() < 0.4:
        services = rng.sample(rv.DESCRIPTION_SERVICES, rng.randint(2, 5))
        html += "<p><strong>Our services:</strong></p>\n<ul>\n" + "".join(f"<li>{s}</li>\n" for s in services)
        html += "</ul>\n"
    if rng.random() < 0.5:
        # Pasted from a word processor: non-breaking spaces.
        html += f"<p>{rng.choice(rv.DESCRIPTION_CLOSINGS)}&nbsp;</p>\n"
    return html


def _body_field(html: str) -> str:
    classes = "clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden"
    return _field_debug("body", "text-with-summary", f'  <div class="{classes} field__item">{html}</div>')


def _profile_page(profile: Profile) -> str:
    opening = f'<article class="{_NODE_CLASSES} node--view-mode-full" data-history-node-id="{profile.nid}">'
    article = f"""{opening}
  <h1 class="page-title"><span class="field field--name-title">{_h(profile.title)}</span></h1>
  <div class="node__content">
{profile.head}{_body_field(profile.body)}{profile.tail}  {_changed_field(profile.changed)}
  </div>
</article>"""
    suggestions = (
        f"node--{profile.nid}--full.html.twig",
        f"node--{profile.nid}.html.twig",
        "node--cluster-organisation--full.html.twig",
        "node--cluster-organisation.html.twig",
        "node--full.html.twig",
        "node.html.twig",
    )
    content = _debug(
        "node", suggestions, 2, f"{_THEME}/templates/content/node--cluster-organisation--full.html.twig", article
    )
    return _eccp_page(
        title=profile.title,
        body_class="path-node page-node-type-cluster-organisation",
        canonical=f"{ECCP_HOST}/{LISTING}/{profile.slug}",
        current_path=f"node/{profile.nid}",
        content=content,
        nid=profile.nid,
    )


def _teaser(profile: Profile) -> str:
    href = f"{ECCP_HOST}{profile.path}" if profile.absolute_link else profile.path
    country = (
        f'\n    <div class="field field--name-field-country field--type-entity-reference">'
        f'<div class="field__item">{_h(profile.cluster.nation.name)}</div></div>'
        if profile.has_country
        else ""
    )
    opening = f'<article class="{_NODE_CLASSES} node--view-mode-teaser" data-history-node-id="{profile.nid}">'
    article = f"""{opening}
    <h2 class="node__title"><a href="{_h(href)}" rel="bookmark"><span>{_h(profile.title)}</span></a></h2>{country}
    <div class="field field--name-changed">{_time(profile.changed)}</div>
  </article>"""
    suggestions = ("node--cluster-organisation--teaser.html.twig", "node--teaser.html.twig", "node.html.twig")
    wrapped = _debug(
        "node", suggestions, 0, f"{_THEME}/templates/content/node--cluster-organisation--teaser.html.twig", article
    )
    return f'<div class="views-row">{wrapped}</div>'


def _pager(page: int, last: int) -> str:
    """Drupal's full pager: first/previous, a window of nine page numbers, next/last."""
    items: list[str] = []
    if page > 0:
        items.append(
            '<li class="pager__item pager__item--first"><a href="?page=0" title="Go to first page">« First</a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--previous"><a href="?page={page - 1}" title="Go to previous page" '
            f'rel="prev">{_PREVIOUS}</a></li>'
        )
    low = max(0, min(page - 4, last - 8))
    high = min(last, low + 8)
    if low > 0:
        items.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
    for number in range(low, high + 1):
        if number == page:
            items.append(
                f'<li class="pager__item is-active"><a href="?page={number}" title="Current page" aria-current="page">'
                f'<span class="visually-hidden">Current page</span>{number + 1}</a></li>'
            )
        else:
            items.append(
                f'<li class="pager__item"><a href="?page={number}" title="Go to page {number + 1}">'
                f'<span class="visually-hidden">Page</span>{number + 1}</a></li>'
            )
    if high < last:
        items.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
    if page < last:
        items.append(
            f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" title="Go to next page" '
            f'rel="next">{_NEXT}</a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--last"><a href="?page={last}" title="Go to last page">Last »</a></li>'
        )
    joined = "\n    ".join(items)
    return f"""<nav class="pager" role="navigation" aria-labelledby="pagination-heading">
  <h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
  <ul class="pager__items js-pager__items">
    {joined}
  </ul>
</nav>"""


def _listing_page(page: int, last: int, profiles: Sequence[Profile], total: int) -> str:
    rows = "\n".join(_teaser(p) for p in profiles)
    first = page * PAGE_SIZE + 1
    options = "\n".join(
        f'            <option value="{i + 1}">{_h(name)}</option>' for i, name in enumerate(_COUNTRY_NAMES)
    )
    dom_id = hashlib.sha256(f"listing/{page}".encode()).hexdigest()[:64]
    view_classes = (
        f"view view-cluster-organisations view-id-cluster_organisations view-display-id-page_1 js-view-dom-id-{dom_id}"
    )
    view = f"""<div class="{view_classes}">
  <div class="view-filters">
    <form class="views-exposed-form" data-drupal-selector="views-exposed-form-cluster-organisations-page-1"
      action="/cluster-organisations" method="get" id="views-exposed-form-cluster-organisations-page-1"
      accept-charset="UTF-8">
      <div class="js-form-item form-item js-form-type-select form-type-select">
        <label for="edit-field-country-target-id">Country</label>
        <select data-drupal-selector="edit-field-country-target-id" id="edit-field-country-target-id"
          name="field_country_target_id" class="form-select">
            <option value="All" selected="selected">- Any -</option>
{options}
        </select>
      </div>
      <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
        <input data-drupal-selector="edit-submit-cluster-organisations" type="submit"
          id="edit-submit-cluster-organisations" value="Apply" class="button js-form-submit form-submit" />
      </div>
    </form>
  </div>
  <div class="view-header">
    <p>Displaying {first} - {first + len(profiles) - 1} of {total} cluster organisations</p>
  </div>
  <div class="view-content">
{rows}
  </div>
{_pager(page, last)}
</div>"""
    suggestions = (
        "views-view--cluster-organisations--page-1.html.twig",
        "views-view--cluster-organisations.html.twig",
        "views-view.html.twig",
    )
    content = _debug("views_view", suggestions, 2, "core/modules/views/templates/views-view.html.twig", view)
    content = f'<h1 class="page-title">Cluster organisations</h1>\n{content}'
    return _eccp_page(
        title="Cluster organisations",
        body_class="path-cluster-organisations",
        canonical=f"{ECCP_HOST}/{LISTING}",
        current_path=LISTING,
        content=content,
    )


def _sitemap(profiles: Iterable[Profile]) -> str:
    template = "modules/contrib/simple_sitemap/templates/simple-sitemap.html.twig"
    urls = "".join(
        f"<url><loc>{SITEMAP_HOST}/{LISTING}/{p.slug}</loc>"
        f"<lastmod>{p.changed.strftime('%Y-%m-%dT%H:%M:%S+00:00')}</lastmod></url>"
        for p in sorted(profiles, key=lambda p: p.nid)
    )
    # simple_sitemap renders the XML through a Twig template, so theme debug lands before <?xml.
    return (
        "\n<!-- THEME DEBUG -->\n<!-- THEME HOOK: 'simple_sitemap' -->\n"
        f"<!-- BEGIN OUTPUT from '{template}' -->\n"
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
        f"{urls}</urlset>\n"
        f"<!-- END OUTPUT from '{template}' -->\n\n"
    )


ROBOTS_TXT = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
Crawl-delay: 1
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /themes/*.css
Allow: /themes/*.js
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /node/add/
Disallow: /user/
Disallow: /search/
Disallow: /cluster-organisations/private-
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/user/

Sitemap: http://default/sitemap.xml
"""


# ---------------------------------------------------------------------------------------------------
# ECCP: profiles, releases, files


@dataclass
class EccpState:
    """The profiles live at one release, and what changed since release 1."""

    profiles: dict[str, Profile]  # by slug
    missing_country: list[str]
    disallowed: list[str]
    changed: set[str] = field(default_factory=set)
    described: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    added: set[str] = field(default_factory=set)


class EccpBuilder:
    def __init__(self, seed: int, clusters: Sequence[Cluster], exact_titles: Iterable[int] = ()) -> None:
        self.seed = seed
        # Clusters whose profile shows the name exactly as registered (the same-name pair, so that
        # pathauto's "-0" alias suffix appears).
        self.exact_titles = frozenset(exact_titles)
        counts: dict[str, int] = {}
        for cluster in clusters:
            counts[cluster.nation.iso] = counts.get(cluster.nation.iso, 0) + 1
        self.pools = {iso: 20 + 6 * n for iso, n in counts.items()}
        self.slugs: set[str] = set()

    def _slug(self, title: str) -> str:
        # pathauto appends -0, -1, … when an alias is taken (the older node keeps the plain one).
        base = pathauto_slug(title) or "cluster"
        slug, n = base, 0
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self.slugs.add(slug)
        return slug

    def profile(
        self,
        cluster: Cluster,
        nid: int,
        changed: datetime,
        *,
        has_country: bool = True,
        private: bool = False,
        added_in: int = 1,
    ) -> Profile:
        rng = random.Random(f"{self.seed}/eccp/{cluster.number}")
        title = _eccp_title(rng, cluster, cluster.number in self.exact_titles)
        website = _website(rng, cluster.host, (("https://", 0.7), ("http://", 0.3)), www_flip=0.1, slash=0.5, path=0.06)
        slug = self._slug(title)
        if private:
            slug = f"private-{slug}"
        head, body, tail = _profile_fields(rng, self.seed, cluster, has_country, website, self.pools)
        return Profile(
            cluster=cluster,
            nid=nid,
            slug=slug,
            title=title,
            website=website,
            changed=changed,
            absolute_link=rng.random() < 0.07,
            has_country=has_country,
            head=head,
            body=body,
            tail=tail,
            added_in=added_in,
        )

    def release_1(self, clusters: Sequence[Cluster], protected: set[int]) -> EccpState:
        listed = [c for c in clusters if c.on_eccp]
        rng = random.Random(f"{self.seed}/eccp")
        nids = rng.sample(range(1_200, 60_000), len(listed))
        candidates = [c.number for c in listed if c.number not in protected]
        missing = set(rng.sample(candidates, max(1, round(len(listed) * 0.01))))
        private = set(rng.sample([n for n in candidates if n not in missing], 2))
        # Assign slugs in node order, as pathauto did when the nodes were created.
        profiles = []
        for nid, cluster in sorted(zip(nids, listed, strict=True), key=lambda pair: pair[0]):
            changed = _random_moment(
                random.Random(f"{self.seed}/changed/{cluster.number}"), _OLDEST_CHANGE, SNAPSHOT, recent_bias=2.0
            )
            profiles.append(
                self.profile(
                    cluster, nid, changed, has_country=cluster.number not in missing, private=cluster.number in private
                )
            )
        return EccpState(
            profiles={p.slug: p for p in profiles},
            missing_country=sorted(p.path for p in profiles if not p.has_country),
            disallowed=sorted(p.path for p in profiles if p.slug.startswith("private-")),
        )

    def next_release(self, state: EccpState, release: int, population: Population, next_number: int) -> list[Cluster]:
        """Turn ``state`` into the next month's site; returns the clusters that joined."""
        rng = random.Random(f"{self.seed}/eccp-release/{release}")
        low, high = release_time(release - 1), release_time(release)
        special = set(state.missing_country) | set(state.disallowed)
        eligible = [
            p for p in sorted(state.profiles.values(), key=lambda p: p.nid) if p.added_in == 1 and p.path not in special
        ]
        changed = rng.sample(eligible, 5)
        for index, profile in enumerate(changed):
            body = profile.body
            if index == 0:
                update = rv.DESCRIPTION_UPDATE.format(topic=_h(profile.cluster.theme.words["en"][0].lower()))
                body += f"<p>{update}</p>\n"
                state.described.add(profile.path)
            state.profiles[profile.slug] = replace(profile, body=body, changed=_random_moment(rng, low, high))
            state.changed.add(profile.path)
        # Only clusters that other registries still list are removed, so each stays in some source.
        removable = [
            p
            for p in eligible
            if p not in changed and (p.cluster.on_esca or p.cluster.on_clusterplattform or p.cluster.pole)
        ]
        for profile in rng.sample(removable, 2):
            del state.profiles[profile.slug]
            state.removed.add(profile.path)
            profile.cluster.on_eccp = False
        joined = []
        nid = max(p.nid for p in state.profiles.values())
        european = [(n, n.weight) for n in rv.NATIONS if n.eccp]
        for offset in range(3):
            nation = _weighted(rng, european)
            cluster = population.build(next_number + offset, nation, _Plan())
            cluster.on_eccp = True
            # Drupal's node ids grow; the gaps are nodes of other types created in between.
            nid += rng.randint(1, 7)
            profile = self.profile(cluster, nid, _random_moment(rng, low, high), added_in=release)
            state.profiles[profile.slug] = profile
            state.added.add(profile.path)
            joined.append(cluster)
        return joined


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def _write_eccp(root: Path, state: EccpState) -> dict[str, Any]:
    profiles = sorted(state.profiles.values(), key=lambda p: (fold(p.title).casefold(), p.nid))
    pages = max(1, math.ceil(len(profiles) / PAGE_SIZE))
    _write(root / "robots.txt", ROBOTS_TXT)
    _write(root / "sitemap.xml", _sitemap(profiles))
    for page in range(pages):
        html = _listing_page(page, pages - 1, profiles[page * PAGE_SIZE : (page + 1) * PAGE_SIZE], len(profiles))
        _write(root / f"{LISTING}?page={page}", html)
        if page == 0:
            # The bare URL is also the folder of the profiles, so it is stored as the folder's index.
            _write(root / LISTING / "index.html", html)
    for profile in profiles:
        _write(root / LISTING / profile.slug, _profile_page(profile))
    return {
        "profiles": len(profiles),
        "pages": pages,
        "page_size": PAGE_SIZE,
        "missing_country": state.missing_country,
        "disallowed": state.disallowed,
    }


# ---------------------------------------------------------------------------------------------------
# ESCA


def _esca_page(title: str, content: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{_h(title)} | ESCA - European Secretariat for Cluster Analysis</title>
<link type="text/css" rel="stylesheet"
  href="https://www.cluster-analysis.org/sites/default/files/css/css_a1B2c3.css" media="all" />
</head>
<body class="html not-front not-logged-in no-sidebars page-benchmarked-clusters">
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="Home" rel="home" id="logo"><img src="/sites/all/themes/esca/logo.png" alt="Home" /></a>
<ul class="menu"><li class="first leaf"><a href="/">Home</a></li>
<li class="leaf"><a href="/labels">Cluster labels</a></li>
<li class="leaf active-trail"><a href="/benchmarked-clusters" class="active">Benchmarked clusters</a></li>
<li class="last leaf"><a href="/contact">Contact</a></li></ul>
</div></div>
<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">
<h1 class="title" id="page-title">{_h(title)}</h1>
{content}
</div></div></div></div>
<div id="footer"><div class="section">
&copy; ESCA - European Secretariat for Cluster Analysis, VDI/VDE Innovation + Technik GmbH, Berlin
</div></div>
</div></div>
</body>
</html>
"""


def _write_esca(root: Path, seed: int, clusters: Sequence[Cluster]) -> tuple[dict[str, Any], dict[int, dict[str, Any]]]:
    by_country: dict[str, list[tuple[str, str, Cluster]]] = {}
    for cluster in clusters:
        if not cluster.on_esca:
            continue
        rng = random.Random(f"{seed}/esca/{cluster.number}")
        name = _esca_name(rng, cluster)
        website = (
            ""
            if rng.random() < 0.03
            else _website(rng, cluster.host, (("", 0.4), ("http://", 0.3), ("https://", 0.3)), www_flip=0.1, slash=0.3)
        )
        by_country.setdefault(cluster.nation.iso, []).append((name, website, cluster))
    positions: dict[int, dict[str, Any]] = {}
    index_items = []
    for iso in sorted(by_country, key=lambda iso: _NATIONS[iso].name):
        nation = _NATIONS[iso]
        key = _stable_uuid(f"esca-country/{iso}")
        rows = sorted(by_country[iso], key=lambda row: (fold(row[0]).casefold(), row[2].number))
        lines = []
        for i, (name, website, cluster) in enumerate(rows, start=1):
            assert cluster.label is not None
            positions[cluster.number] = {"country": key, "row": i}
            www = f'<a href="{_h(website)}">{_h(website)}</a>' if "://" in website else _h(website)
            parity = "odd" if i % 2 else "even"
            first_last = " views-row-first" if i == 1 else " views-row-last" if i == len(rows) else ""
            lines.append(
                f'<tr class="{parity}{first_last}">'
                f'<td class="views-field views-field-title">{_h(name)}</td>'
                f'<td class="views-field views-field-field-portfolio">{_h(cluster.theme.esca)}</td>'
                f'<td class="views-field views-field-field-www">{www}</td>'
                f'<td class="views-field views-field-field-label">{cluster.label.level}</td>'
                f'<td class="views-field views-field-field-valid-until"><span class="date-display-single">'
                f"{cluster.label.valid_until.strftime('%Y/%m/%d')}</span></td></tr>"
            )
        head = "".join(f'<th class="views-field">{h}</th>' for h in ESCA_HEADER)
        table = (
            f'<div class="view view-benchmarked-clusters view-display-id-page_1">\n<div class="view-content">\n'
            f'<table class="views-table">\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(lines)
            + "\n</tbody>\n</table>\n</div>\n</div>"
        )
        back = '<p><a href="/benchmarked-clusters">&laquo; All countries</a></p>'
        _write(
            root / f"{ESCA_PAGE}?country={key}", _esca_page(f"Benchmarked clusters: {nation.name}", back + "\n" + table)
        )
        index_items.append(
            f'<li class="views-row"><a href="/benchmarked-clusters?country={key}">{_h(nation.name)}</a> '
            f'<span class="count">({len(rows)})</span></li>'
        )
    total = len(positions)
    intro = (
        f"<p>The ESCA database lists {total:,} clusters from {len(index_items)} countries that have been "
        "benchmarked and labelled (BRONZE, SILVER, GOLD). Select a country:</p>"
    )
    listing = '<div class="item-list"><ul class="countries">\n' + "\n".join(index_items) + "\n</ul></div>"
    _write(root / ESCA_PAGE, _esca_page("Benchmarked clusters", intro + "\n" + listing))
    return {"rows": total, "countries": len(index_items)}, positions


# ---------------------------------------------------------------------------------------------------
# Clusterplattform Deutschland (CSV)


def _write_clusterplattform(path: Path, seed: int, clusters: Sequence[Cluster]) -> dict[int, int]:
    rows = []
    for cluster in clusters:
        if not cluster.on_clusterplattform:
            continue
        rng = random.Random(f"{seed}/clusterplattform/{cluster.number}")
        name = cluster.name
        if cluster.acronym and rng.random() < 0.05:
            name = f"{name} ({cluster.acronym})"
        fields = list(cluster.theme.technologiefelder)
        if rng.random() < 0.35:
            extra = rng.choice(rv.EXTRA_TECHNOLOGIEFELDER)
            fields += [extra] if extra not in fields else []
        programmes = rv.FOERDERPROGRAMME
        if cluster.label is not None:
            # go-cluster members must hold a label, so labelled clusters are more often in it.
            programmes = (("go-cluster", 1.0), *programmes)
        # The list's count is from another date than the ECCP's.
        members = max(15, round(cluster.members * rng.uniform(0.9, 1.1)))
        website = _website(rng, cluster.host, (("https://", 0.8), ("http://", 0.2)), www_flip=0.05, slash=0.7)
        rows.append(
            (
                name,
                cluster.place.region,
                cluster.place.city,
                website,
                ", ".join(fields),
                str(members),
                _weighted(rng, programmes),
                cluster.number,
            )
        )
    rows.sort(key=lambda row: (german_fold(row[0]).casefold(), row[-1]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CLUSTERPLATTFORM_HEADER)
    writer.writerows(row[:-1] for row in rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return {int(row[-1]): i for i, row in enumerate(rows, start=1)}


# ---------------------------------------------------------------------------------------------------
# Pôles de compétitivité (XLSX)


def _write_poles(path: Path, seed: int, clusters: Sequence[Cluster]) -> dict[int, int]:
    # openpyxl is only needed here; importing it lazily keeps the other generators importable without it.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.writer.excel import ExcelWriter

    rows = []
    for cluster in clusters:
        if not cluster.pole:
            continue
        rng = random.Random(f"{seed}/poles/{cluster.number}")
        website = _website(
            rng, cluster.host, (("", 0.6), ("https://", 0.3), ("http://", 0.1)), www_flip=0.05, slash=0.2
        )
        members = max(15, round(cluster.members * rng.uniform(0.9, 1.1)))
        domains = ", ".join(cluster.theme.domaines)
        rows.append(
            (
                cluster.name,
                cluster.place.region,
                cluster.place.city,
                website,
                domains,
                members,
                rv.POLE_PHASE,
                cluster.number,
            )
        )
    rows.sort(key=lambda row: (fold(str(row[0])).casefold(), row[-1]))

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = POLES_SHEET
    sheet.append([POLES_TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(POLES_HEADER))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(list(POLES_HEADER))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row[:-1]))
    for letter, width in zip("ABCDEFG", (42, 30, 22, 34, 40, 18, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A3"
    workbook.properties.creator = "Direction générale des Entreprises"
    workbook.properties.title = "Pôles de compétitivité"
    workbook.properties.created = _XLSX_TIME
    workbook.properties.modified = _XLSX_TIME
    buffer = io.BytesIO()
    # ExcelWriter directly: openpyxl's save() stamps the current time into docProps/core.xml.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).write_data()
    path.parent.mkdir(parents=True, exist_ok=True)
    _rezip_fixed_time(buffer.getvalue(), path)
    return {int(row[-1]): i for i, row in enumerate(rows, start=1)}


def _rezip_fixed_time(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed member times (zipfile stamps the wall clock), for identical bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_XLSX_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 3
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))


# ---------------------------------------------------------------------------------------------------
# Entry point


def _validate(clusters: int, release: int) -> None:
    if not MIN_CLUSTERS <= clusters <= MAX_CLUSTERS:
        raise ValueError(f"clusters must be in {MIN_CLUSTERS}..{MAX_CLUSTERS}, got {clusters}")
    if release < 1:
        raise ValueError(f"release must be 1 or more, got {release}")


def _clean(paths: Iterable[Path]) -> None:
    """Remove what an earlier run wrote, so profiles removed in this release do not linger."""
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def generate_registries(
    out_dir: Path, *, clusters: int = DEFAULT_CLUSTERS, seed: int = DEFAULT_SEED, release: int = 1
) -> dict[str, Any]:
    """Write the four registry sources and ``truth.json`` for ``clusters`` organisations to ``out_dir``.

    Returns the content of ``truth.json``: every cluster with its canonical name, ISO country, web
    address and where each source lists it (ECCP slug; ESCA country uuid and 1-based table row;
    1-based data-row numbers of the CSV and the XLSX, header and title rows not counted), plus per
    source counts, the ECCP profiles without country and under a robots-disallowed path, the hard
    non-matches, and the ECCP changes since release 1.
    """
    _validate(clusters, release)
    out_dir = Path(out_dir)
    population_list, hard, population = build_population(seed, clusters)
    protected = {int(i.removeprefix("cl-")) for case in hard for i in case["ids"]}
    same_name = [
        int(i.removeprefix("cl-")) for case in hard if case["kind"] == "same_name_other_country" for i in case["ids"]
    ]
    eccp = EccpBuilder(seed, population_list, same_name)
    state = eccp.release_1(population_list, protected)
    everyone = list(population_list)
    for number in range(2, release + 1):
        everyone += eccp.next_release(state, number, population, len(everyone) + 1)

    _clean([out_dir / "eccp", out_dir / "esca", out_dir / CLUSTERPLATTFORM_PATH, out_dir / POLES_PATH])
    eccp_truth = _write_eccp(out_dir / "eccp", state)
    esca_truth, esca_rows = _write_esca(out_dir / "esca", seed, population_list)
    cp_rows = _write_clusterplattform(out_dir / CLUSTERPLATTFORM_PATH, seed, population_list)
    pole_rows = _write_poles(out_dir / POLES_PATH, seed, population_list)

    slug_of = {p.cluster.number: p.slug for p in state.profiles.values()}
    truth: dict[str, Any] = {
        "generator": "landscape.snapshot.registries",
        "seed": seed,
        "release": release,
        "snapshot": release_time(release).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "licence": "synthetic data in the layouts of the ECCP, ESCA, Clusterplattform Deutschland and the DGE",
        "clusters": [
            {
                "id": c.id,
                "name": c.name,
                "country": c.nation.iso,
                "website": c.website,
                "acronym": c.acronym or None,
                "city": c.place.city,
                "label": {"level": c.label.level, "valid_until": c.label.valid_until.isoformat()} if c.label else None,
                "sources": {
                    "eccp": slug_of.get(c.number),
                    "esca": esca_rows.get(c.number),
                    "clusterplattform": cp_rows.get(c.number),
                    "poles": pole_rows.get(c.number),
                },
            }
            for c in everyone
        ],
        "eccp": eccp_truth,
        "esca": esca_truth,
        "clusterplattform": {"rows": len(cp_rows), "path": CLUSTERPLATTFORM_PATH},
        "poles": {"rows": len(pole_rows), "path": POLES_PATH, "sheet": POLES_SHEET},
        "hard_non_matches": hard,
        "changes_since_release_1": {
            "eccp": {
                "changed": sorted(state.changed - state.removed),
                "description_changed": sorted(state.described - state.removed),
                "removed": sorted(state.removed),
                "added": sorted(state.added - state.removed),
            }
        },
    }
    (out_dir / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return truth


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Write the synthetic cluster-registry sources.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--clusters", type=int, default=DEFAULT_CLUSTERS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--release", type=int, default=1)
    args = parser.parse_args(argv)
    truth = generate_registries(args.out_dir, clusters=args.clusters, seed=args.seed, release=args.release)
    print(
        json.dumps({k: truth[k] for k in ("eccp", "esca", "clusterplattform", "poles")}, indent=2, ensure_ascii=False)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
