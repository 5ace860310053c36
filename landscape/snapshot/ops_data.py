"""Deterministic synthetic EPO OPS publications: what an applicant search of Open Patent Services finds.

OPS (the European Patent Office's web service over its DOCDB data, research/sources.md §3.3) answers
``published-data/search/biblio?q=pa="…"`` with the bibliographic data of every matching publication.
This module invents such publications, EP and WO only, for a list of applicants (the demo passes the
CORDIS organisations that also patent), and writes them to ``publications.json``, which the loopback
stand-in (:mod:`landscape.snapshot.ops_api`) serves as OPS XML. Every publication, number, family and
person is made up; only vocabulary is real (CPC/IPC symbols, country codes). The same applicants and
seed give byte-identical files.

Quirks reproduced, because the pipeline meets them in real answers:

* EP publications come out on Wednesdays, WO (PCT) publications on Thursdays. EP numbers have seven
  digits and rise with the publication date; WO numbers are the year and a six-digit serial.
* An EP application is published as A1 (with search report) or A2 (without); its grant, B1, keeps the
  number. A Euro-PCT application is never published as EP A (the WO publication stands in for it), so
  its grant is an EP B1 whose family holds a WO A but no EP A.
* Titles: EP documents carry German, English and French; WO documents English, often also French. A
  few carry only the language of the proceedings (German or French): no English title at all.
* Applicant names come twice: ``epodoc`` (upper case, ASCII, abbreviated, country in brackets:
  ``UNIV BARCELONA [ES]``) and ``original``, as filed, so the same applicant is spelt differently on
  different documents (upper or mixed case, a trailing comma left over from the list of applicants).
  Co-applicants share documents, so one publication is found by several applicants' searches.
* IPC codes in PATSTAT's fixed-width text (``H01L  21/67        20060101AFI20240105BHEP        ``),
  coarser than CPC (IPC stops at three subgroup digits). CPC codes in parts; a WO document may list the
  same CPC code from two offices, or none yet (CPC is allocated after publication).

Counts are heavy-tailed: most applicants hold a handful of publications, the first applicant of the
list holds more than 100 (several pages of OPS's at most 100 results per request), a few hold none.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from landscape.snapshot import patent_vocab as pv
from landscape.snapshot import vocab

DEFAULT_SEED = 20261129
PUBLICATIONS_FILE = "publications.json"
FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2026, 11, 26)
# The first applicant's share: more than one page of 100 results, well below OPS's 2000 limit.
BIG_APPLICANT_RANGE = (120, 190)
TYPICAL_MAX = 40
# Co-applicant documents may lift an ordinary applicant above TYPICAL_MAX, but never near the big one.
ORDINARY_CEILING = 60

_WEDNESDAY, _THURSDAY = 2, 3
_MAX_FAMILY_DOCUMENTS = 2  # EP A + EP B, or WO A + EP B
_EARLIEST_PRIORITY = date(2011, 6, 1)
_LATEST_PRIORITY = date(2025, 4, 1)
# First EP publication number of some days; numbers in between are interpolated.
_EP_NUMBER_ANCHORS: tuple[tuple[date, int], ...] = (
    (date(2010, 1, 1), 2_140_000),
    (date(2013, 1, 1), 2_540_000),
    (date(2016, 1, 1), 2_990_000),
    (date(2019, 1, 1), 3_430_000),
    (date(2022, 1, 1), 3_940_000),
    (date(2024, 1, 1), 4_290_000),
    (date(2027, 1, 1), 4_800_000),
)
# The language of the proceedings follows the applicant's country; English elsewhere.
_PROCEEDINGS_LANGUAGE: dict[str, str] = {
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "LI": "de",
    "FR": "fr",
    "BE": "fr",
    "LU": "fr",
    "MC": "fr",
}
# Title shapes in the three EPO languages; the English object comes from the field's vocabulary, the
# German and French ones from _TOPICS (a looser translation, as machine-made titles often are).
_TITLE_FORMS: tuple[tuple[str, str, str], ...] = (
    ("METHOD AND APPARATUS FOR {en}", "VERFAHREN UND VORRICHTUNG FÜR {de}", "PROCÉDÉ ET APPAREIL POUR {fr}"),
    ("SYSTEM AND METHOD FOR {en}", "SYSTEM UND VERFAHREN FÜR {de}", "SYSTÈME ET PROCÉDÉ POUR {fr}"),
    ("DEVICE FOR {en}", "VORRICHTUNG FÜR {de}", "DISPOSITIF POUR {fr}"),
    ("METHOD OF {en}", "VERFAHREN FÜR {de}", "PROCÉDÉ POUR {fr}"),
    ("{adj} ARRANGEMENT FOR {en}", "ANORDNUNG FÜR {de}", "AGENCEMENT POUR {fr}"),
)
_TOPICS: dict[str, tuple[str, str]] = {
    "G06F": ("die Verwaltung von Datenspeichern", "la gestion du stockage de données"),
    "G06N": ("maschinelles Lernen", "l'apprentissage automatique"),
    "H04L": ("die sichere Datenübertragung", "la transmission sécurisée de données"),
    "H04W": ("drahtlose Kommunikationsnetze", "les réseaux de communication sans fil"),
    "H01L": ("Halbleiterbauelemente", "les dispositifs à semi-conducteurs"),
    "H01M": ("Lithium-Ionen-Batteriezellen", "les cellules de batterie lithium-ion"),
    "A61K": ("pharmazeutische Zusammensetzungen", "les compositions pharmaceutiques"),
    "A61B": ("die Patientenüberwachung", "la surveillance des patients"),
    "C07D": ("heterocyclische Verbindungen", "les composés hétérocycliques"),
    "C12N": ("die Geneditierung", "l'édition génique"),
    "B60L": ("das Laden von Elektrofahrzeugen", "la recharge de véhicules électriques"),
    "B60W": ("die Fahrerassistenz", "l'aide à la conduite"),
    "F03D": ("Windenergieanlagen", "les éoliennes"),
    "H02J": ("den Ausgleich von Stromnetzen", "l'équilibrage des réseaux électriques"),
    "G01N": ("die optische Erfassung", "la détection optique"),
    "G02B": ("photonische Wellenleiter", "les guides d'ondes photoniques"),
    "B29C": ("die additive Fertigung", "la fabrication additive"),
    "C08L": ("Polymermischungen", "les mélanges de polymères"),
    "F16H": ("Zahnradgetriebe", "les transmissions à engrenages"),
    "E21B": ("Bohrlochwerkzeuge", "les outils de fond de puits"),
    "A01B": ("die Präzisionslandwirtschaft", "l'agriculture de précision"),
}
# IPC versions a group may carry: most groups date from the 2006 reform.
_IPC_VERSIONS = ("20060101",) * 6 + ("20130101", "20190101", "20230101")

# Particles a filer writes in lower case inside a mixed-case name; epodoc drops them.
_PARTICLES = frozenset(
    {"de", "del", "della", "der", "des", "di", "du", "en", "et", "for", "la", "le", "les", "of", "the", "und"}
    | {"van", "voor", "von", "y", "zu", "zum", "zur"}
)
# epodoc standardisation: words dropped and words abbreviated (after transliteration to ASCII).
_EPODOC_DROPPED = frozenset(
    {p.upper() for p in _PARTICLES} | {"A", "AND", "AU", "AUX", "D", "DEGLI", "DO", "EV", "I", "L"}
)
_EPODOC_ABBREVIATIONS: dict[str, str] = {
    "ASSOCIATION": "ASS",
    "CORPORATION": "CORP",
    "COMPANY": "CO",
    "DEVELOPMENT": "DEV",
    "ENGINEERING": "ENG",
    "FOUNDATION": "FOUND",
    "FONDATION": "FOND",
    "FUNDACION": "FUND",
    "GESELLSCHAFT": "GES",
    "INSTITUTE": "INST",
    "INSTITUT": "INST",
    "INSTITUUT": "INST",
    "INSTITUTO": "INST",
    "ISTITUTO": "IST",
    "INTERNATIONAL": "INT",
    "LABORATORY": "LAB",
    "LABORATOIRE": "LAB",
    "LABORATORIUM": "LAB",
    "NATIONAL": "NAT",
    "NATIONALE": "NAT",
    "NAZIONALE": "NAZ",
    "NACIONAL": "NAC",
    "ORGANISATIE": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "RECHERCHE": "RECH",
    "RESEARCH": "RES",
    "SCIENTIFIQUE": "SCIENT",
    "TECHNICAL": "TECH",
    "TECHNISCHE": "TECH",
    "TECHNOLOGY": "TECH",
    "TECHNOLOGICAL": "TECH",
}
_EPODOC_WORDS = 4
_TRANSLITERATION = str.maketrans({"Ä": "AE", "Ö": "OE", "Ü": "UE", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "SS"})


@dataclass(frozen=True)
class _Applicant:
    index: int
    name: str
    country: str
    epodoc: str
    language: str  # of the proceedings: de, fr or en
    surnames: tuple[str, ...]
    given_names: tuple[str, ...]


@dataclass(frozen=True)
class _Family:
    """What the publications of one invention share."""

    family_id: str
    priority: dict[str, str]
    first_filing: dict[str, str] | None  # the EP application, when the EPO had the first filing
    applicants: tuple[_Applicant, ...]
    inventors: tuple[dict[str, str], ...]
    titles: dict[str, str]  # lang -> title, in the three EPO languages
    cpc: tuple[tuple[str, str], ...]  # (symbol, classification value)
    ipc_versions: dict[str, str]  # IPC symbol -> version date


def generate_ops_publications(
    out_dir: Path, applicants: Sequence[tuple[str, str]], *, seed: int = DEFAULT_SEED
) -> dict[str, Any]:
    """Write ``out_dir/publications.json``: EP and WO publications of ``applicants``.

    ``applicants`` are (name as the organisation writes it, ISO country code) pairs; the CORDIS codes
    ``EL`` and ``UK`` are accepted for Greece and the United Kingdom, and a name listed again (in any
    case) is the same applicant, with the first one's country. The first applicant gets more
    than 100 publications, a few others none. Returns the truth: publications per applicant (every
    document listing it, co-applicant documents included), the total, and the file's sha256.
    """
    missing = [f.subclass for f in pv.FIELDS if f.subclass not in _TOPICS]
    if missing:
        raise ValueError(f"no German/French title topic for CPC subclasses {missing}; add them to _TOPICS")
    people = _applicants(applicants)
    targets = _targets(random.Random(f"{seed}/ops/targets"), len(people))
    book = _NumberBook()
    held: Counter[int] = Counter()  # documents listing the applicant
    joined: Counter[int] = Counter()  # of those, documents where it is another's co-applicant
    publications: list[dict[str, Any]] = []
    for person, target in zip(people, targets, strict=True):
        rng = random.Random(f"{seed}/ops/applicant/{person.index}")
        fields = _focus(rng)
        own = 0
        while own < target:
            partner = _co_applicant(rng, person, people, targets, joined)
            family = _family(rng, book, person, partner, fields)
            documents = _publications(rng, book, family)[: target - own]
            own += len(documents)
            for applicant in family.applicants:
                held[applicant.index] += len(documents)
            if partner is not None:
                joined[partner.index] += len(documents)
            publications.extend(documents)
    publications.sort(key=lambda p: (p["date"], p["country"], p["doc_number"], p["kind"]))
    document = {
        "generator": "landscape.snapshot.ops_data",
        "seed": seed,
        "licence": "synthetic data in the layout of EPO Open Patent Services (DOCDB bibliographic data)",
        "window": {"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()},
        "applicants": [
            {"name": p.name, "country": p.country, "epodoc": p.epodoc, "publications": held[p.index]} for p in people
        ],
        "publications": publications,
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / PUBLICATIONS_FILE
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    per_applicant = {p.name: held[p.index] for p in people}
    return {
        "generator": "landscape.snapshot.ops_data",
        "seed": seed,
        "file": PUBLICATIONS_FILE,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "total": len(publications),
        "per_applicant": per_applicant,
        "most_published": max(per_applicant, key=lambda name: per_applicant[name]) if people else None,
        "without_publications": [name for name, count in per_applicant.items() if count == 0],
        "kinds": dict(sorted(Counter(f"{p['country']} {p['kind']}" for p in publications).items())),
    }


# -- names -------------------------------------------------------------------------------------------


def epodoc_name(name: str, country: str) -> str:
    """The EPO's standardised applicant name: ASCII upper case, particles and legal dots dropped, common
    words abbreviated, at most four words, the country in brackets (``FRAUNHOFER GES FORSCHUNG [DE]``)."""
    words = re.findall(r"[A-Z0-9]+", _ascii_upper(name).replace(".", ""))
    kept = [_epodoc_word(word) for word in words if word not in _EPODOC_DROPPED]
    return f"{' '.join((kept or words)[:_EPODOC_WORDS])} [{country}]"


def _epodoc_word(word: str) -> str:
    # Universities in any language (UNIVERSITAET, UNIVERSIDAD, UNIWERSYTET) become UNIV.
    if word.startswith(("UNIVERSI", "UNIWERS")):
        return "UNIV"
    return _EPODOC_ABBREVIATIONS.get(word, word)


def _ascii_upper(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def _filed_spelling(rng: random.Random, name: str, last: bool) -> str:
    """The applicant's name as one filing writes it. Only case and a trailing comma vary, so a search
    for the organisation's own words still finds every document (as on the real service)."""
    spelled = name if rng.random() < 0.65 else _mixed_case(name)
    # Lists of applicants keep their separator after every name but the last.
    return spelled + "," if not last and rng.random() < 0.6 else spelled


def _mixed_case(name: str) -> str:
    words = []
    for position, word in enumerate(name.split(" ")):
        legal_form = pv.MIXED_CASE_WORDS.get(word.upper())
        if position and word.lower() in _PARTICLES:
            words.append(word.lower())
        elif legal_form is not None and _tokens(legal_form) == _tokens(word):
            words.append(legal_form)  # GmbH, AB; not e.V. for EV, which would change the words
        elif len(word) <= 3 and word.isalpha() and word.isupper():
            words.append(word)  # acronyms: TNO, SRL
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _applicants(pairs: Sequence[tuple[str, str]]) -> list[_Applicant]:
    styles = {pv.ISO_FROM_EU.get(c.code, c.code): vocab.LANGUAGES[c.lang] for c in vocab.COUNTRIES}
    seen: set[str] = set()
    people: list[_Applicant] = []
    for index, (raw_name, raw_country) in enumerate(pairs):
        name = " ".join(raw_name.split())
        country = pv.ISO_FROM_EU.get(raw_country.strip().upper(), raw_country.strip().upper())
        if not name or not re.fullmatch(r"[A-Z]{2}", country):
            raise ValueError(
                f"applicant {index} needs a name and a two-letter country code, got {raw_name!r}, {raw_country!r}"
            )
        if name.casefold() in seen:
            # Namesakes (two organisations, one name) are one applicant to a search by name.
            continue
        seen.add(name.casefold())
        style = styles.get(country)
        surnames = style.surnames if style else pv.SURNAMES["us"]
        given_names = style.given_names if style else pv.GIVEN_NAMES["us"]
        language = _PROCEEDINGS_LANGUAGE.get(country, "en")
        applicant = _Applicant(len(people), name, country, epodoc_name(name, country), language, surnames, given_names)
        people.append(applicant)
    return people


# -- how many, with whom -----------------------------------------------------------------------------


def _targets(rng: random.Random, count: int) -> list[int]:
    """Publications each applicant files itself: the first over 100, a few none, the rest heavy-tailed."""
    if count == 0:
        return []
    targets = [rng.randint(*BIG_APPLICANT_RANGE)]
    targets += [max(1, min(TYPICAL_MAX, round(rng.lognormvariate(1.7, 1.0)))) for _ in range(count - 1)]
    if count >= 3:
        for index in rng.sample(range(1, count), max(1, round((count - 1) / 5))):
            targets[index] = 0
    return targets


def _co_applicant(
    rng: random.Random, person: _Applicant, people: Sequence[_Applicant], targets: Sequence[int], joined: Counter[int]
) -> _Applicant | None:
    """Now and then a partner from the same list. Never the big applicant (it must stay the only one
    above 100) nor one meant to have no publications; nobody is pushed above ORDINARY_CEILING."""
    if rng.random() >= 0.12:
        return None
    room = ORDINARY_CEILING - TYPICAL_MAX - _MAX_FAMILY_DOCUMENTS
    candidates = [p for p in people[1:] if p.index != person.index and targets[p.index] > 0 and joined[p.index] <= room]
    return rng.choice(candidates) if candidates else None


def _focus(rng: random.Random) -> tuple[pv.Field, ...]:
    main = rng.choices(pv.FIELDS, weights=[f.weight for f in pv.FIELDS])[0]
    if rng.random() < 0.4:
        return main, rng.choice([f for f in pv.FIELDS if f is not main])
    return (main,)


# -- numbers -------------------------------------------------------------------------------------------


class _NumberBook:
    """Numbers already handed out, so no two inventions share a publication, application or family."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, rng: random.Random, make: Callable[[random.Random], str]) -> str:
        for _ in range(10_000):
            candidate = make(rng)
            if candidate not in self._used:
                self._used.add(candidate)
                return candidate
        raise RuntimeError("ran out of synthetic numbers; the applicant list is implausibly large")


def _ep_number(day: date) -> Callable[[random.Random], str]:
    for (start, first), (end, last) in itertools.pairwise(_EP_NUMBER_ANCHORS):
        if start <= day < end:
            base = first + (last - first) * (day - start).days // (end - start).days
            break
    else:
        raise ValueError(f"no EP number range for {day}")
    return lambda rng: f"EP{base + rng.randrange(-1500, 1500):07d}"


def _serial(day: date, per_year: int, rng: random.Random) -> int:
    return (day.timetuple().tm_yday - 1) * per_year // 366 + rng.randrange(0, 900)


def _family_id(day: date) -> Callable[[random.Random], str]:
    # DOCDB family ids grow with the time the family is formed, by roughly three million a year.
    return lambda rng: f"F{45_000_000 + (day - date(2010, 1, 1)).days * 8_000 + rng.randrange(8_000)}"


def _on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


# -- inventions and their publications ---------------------------------------------------------------


def _family(
    rng: random.Random, book: _NumberBook, person: _Applicant, partner: _Applicant | None, fields: Sequence[pv.Field]
) -> _Family:
    priority_day = _EARLIEST_PRIORITY + timedelta(days=rng.randrange((_LATEST_PRIORITY - _EARLIEST_PRIORITY).days))
    field = fields[0] if len(fields) == 1 or rng.random() < 0.75 else fields[1]
    form = rng.choice(_TITLE_FORMS)
    words = {"en": rng.choice(field.objects), "adj": rng.choice(pv.TITLE_ADJECTIVES)}
    german, french = _TOPICS[field.subclass]
    titles = {
        "de": form[1].format(de=german).upper(),
        "en": form[0].format(**words).upper(),
        "fr": form[2].format(fr=french).upper(),
    }
    applicants = (person,) if partner is None else ((person, partner) if rng.random() < 0.8 else (partner, person))
    inventors = tuple(
        {
            "epodoc": f"{_ascii_upper(surname)} {_ascii_upper(given)} [{person.country}]",
            "original": f"{surname}, {given}",
        }
        for surname, given in dict.fromkeys(
            (rng.choice(person.surnames), rng.choice(person.given_names)) for _ in range(rng.choice((1, 1, 2, 2, 3, 4)))
        )
    )
    cpc = _cpc_codes(rng, field, fields)
    if rng.random() < 0.6:
        first_filing = None
        priority_number = f"{person.country}{priority_day.year}{rng.randrange(1, 10_000_000):07d}"
    else:
        # The invention was first filed at the EPO: that application is the priority.
        first_filing = _ep_application(rng, book, priority_day)
        priority_number = f"EP{priority_day.year}0{first_filing['doc_number'][2:]}"
    return _Family(
        family_id=book.claim(rng, _family_id(priority_day))[1:],
        priority={"epodoc": priority_number, "date": priority_day.isoformat(), "kind": "national"},
        first_filing=first_filing,
        applicants=applicants,
        inventors=inventors,
        titles=titles,
        cpc=cpc,
        ipc_versions={_ipc_symbol(code): rng.choice(_IPC_VERSIONS) for code, _ in cpc if not code.startswith("Y")},
    )


def _cpc_codes(rng: random.Random, field: pv.Field, fields: Sequence[pv.Field]) -> tuple[tuple[str, str], ...]:
    """The first code is the invention's (value I); up to two more from its fields; maybe a Y02 tag."""
    codes: dict[str, str] = {}
    for position in range(rng.choice((1, 2, 2, 3))):
        source = field if position == 0 or rng.random() < 0.7 else rng.choice(fields)
        main, subgroups = rng.choice(source.groups)
        codes.setdefault(f"{source.subclass}{main}/{rng.choice(subgroups)}", "I" if position == 0 else rng.choice("IA"))
    if field.green and rng.random() < 0.35:
        codes[field.green] = "A"
    return tuple(codes.items())


def _publications(rng: random.Random, book: _NumberBook, family: _Family) -> list[dict[str, Any]]:
    """The family's EP and WO publications inside the snapshot window, oldest first."""
    priority_day = date.fromisoformat(family.priority["date"])
    filing_day = priority_day + timedelta(days=365 - rng.randrange(0, 20))
    first_publication = priority_day + timedelta(days=548 + rng.randrange(0, 14))
    documents: list[dict[str, Any]] = []
    if rng.random() < 0.45:
        # Straight to the EPO: A1 or A2 after 18 months, perhaps a B1 years later with the same number.
        day = _on_or_after(first_publication, _WEDNESDAY)
        number = book.claim(rng, _ep_number(day))[2:]
        application = family.first_filing or _ep_application(rng, book, filing_day)
        documents.append(_document(rng, family, "EP", number, "A1" if rng.random() < 0.88 else "A2", day, application))
        if rng.random() < 0.55:
            grant = _on_or_after(day + timedelta(days=rng.randrange(700, 1650)), _WEDNESDAY)
            documents.append(_document(rng, family, "EP", number, "B1", grant, application))
    else:
        day = _on_or_after(first_publication, _THURSDAY)
        wo_number = book.claim(rng, lambda r: f"WO{day.year}{_serial(day, 270_000, r):06d}")[2:]
        office = rng.choice(("EP", "EP", family.applicants[0].country))
        pct = book.claim(rng, lambda r: f"PCT{office}{filing_day.year}{_serial(filing_day, 60_000, r):06d}")[3:]
        pct_application = {
            "country": office,
            "doc_number": pct[2:],
            "kind": "W",
            "date": filing_day.isoformat(),
            "doc_id": book.claim(rng, _doc_id),
        }
        kind = "A1" if rng.random() < 0.85 else "A2"
        documents.append(_document(rng, family, "WO", wo_number, kind, day, pct_application))
        # About 70 % enter the European phase and 60 % of those are granted. The EP number is given on
        # regional entry, but the EP document appears only at grant (Euro-PCT).
        entry = priority_day + timedelta(days=943 + rng.randrange(0, 60))
        grant = _on_or_after(priority_day + timedelta(days=rng.randrange(1400, 2400)), _WEDNESDAY)
        if rng.random() < 0.42 and grant <= LAST_DAY:
            number = book.claim(rng, _ep_number(entry))[2:]
            application = _ep_application(rng, book, entry)
            application["date"] = filing_day.isoformat()
            documents.append(_document(rng, family, "EP", number, "B1", grant, application))
    return [d for d in documents if FIRST_DAY <= date.fromisoformat(d["date"]) <= LAST_DAY]


def _doc_id(rng: random.Random) -> str:
    return str(rng.randrange(400_000_000, 700_000_000))


def _ep_application(rng: random.Random, book: _NumberBook, day: date) -> dict[str, str]:
    number = book.claim(rng, lambda r: f"EPA{day.year % 100:02d}{_serial(day, 190_000, r):06d}")[3:]
    return {
        "country": "EP",
        "doc_number": number,
        "kind": "A",
        "date": day.isoformat(),
        "doc_id": book.claim(rng, _doc_id),
    }


def _document(
    rng: random.Random,
    family: _Family,
    country: str,
    number: str,
    kind: str,
    day: date,
    application: dict[str, str],
) -> dict[str, Any]:
    return {
        "country": country,
        "doc_number": number,
        "kind": kind,
        "date": day.isoformat(),
        "family_id": family.family_id,
        "application": dict(application),
        "priority": dict(family.priority),
        "titles": _titles(rng, family, country, kind),
        "applicants": [
            {"epodoc": a.epodoc, "original": _filed_spelling(rng, a.name, last=position == len(family.applicants) - 1)}
            for position, a in enumerate(family.applicants)
        ],
        "inventors": [dict(i) for i in family.inventors],
        "ipc": _ipc(rng, family, day),
        "cpc": _cpc(rng, family, country),
    }


def _titles(rng: random.Random, family: _Family, country: str, kind: str) -> list[dict[str, str]]:
    language = family.applicants[0].language
    languages: tuple[str, ...]
    if country == "EP":
        # A grant always has all three; an application in German or French may have only its own.
        only_own = kind != "B1" and language != "en" and rng.random() < 0.15
        languages = (language,) if only_own else ("de", "en", "fr")
    elif language != "en" and rng.random() < 0.08:
        languages = (language,)
    else:
        languages = ("en", "fr") if rng.random() < 0.65 else ("en",)
    return [{"lang": lang, "text": family.titles[lang]} for lang in languages]


def _ipc_symbol(cpc: str) -> str:
    subclass, rest = cpc[:4], cpc[4:]
    main, subgroup = rest.split("/")
    # IPC stops where CPC refines: G06F16/2455 in CPC is G06F16/245 in IPC.
    short = subgroup[:3]
    return f"{subclass}{main}/{short if short.strip('0') else '00'}"


def _ipc(rng: random.Random, family: _Family, day: date) -> list[dict[str, str]]:
    action = (day - timedelta(days=rng.randrange(20, 90))).strftime("%Y%m%d")
    entries = []
    for position, symbol in enumerate(family.ipc_versions):
        subclass, (main, subgroup) = symbol[:4], symbol[4:].split("/")
        text = (
            f"{subclass}{main:>4}/{subgroup}".ljust(19)
            + f"{family.ipc_versions[symbol]}A{'F' if position == 0 else 'L'}I{action}BHEP"
            + " " * 8
        )
        entries.append({"symbol": symbol, "text": text})
    return entries


def _cpc(rng: random.Random, family: _Family, country: str) -> list[dict[str, str]]:
    if country == "WO" and rng.random() < 0.1:
        return []
    codes = [{"symbol": code, "value": value, "office": "EP"} for code, value in family.cpc]
    if country == "WO" and rng.random() < 0.15:
        codes.insert(1, {**codes[0], "office": "US"})
    return codes
