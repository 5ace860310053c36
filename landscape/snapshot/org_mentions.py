"""Deterministic generator of organisation mentions with their answer key, for the matching benchmark.

Entity resolution is measured on data whose truth is known: ``generate_mentions(n)`` invents about ``n / 3``
European organisations (companies, universities, research institutes and societies, university hospitals,
municipalities, cluster associations) and writes ``n`` records of them the way our sources do, each with the id of
the organisation it denotes. One record per source key, as in ``core.organisation_mentions``:

* **CORDIS** (one per PIC): the legal name in upper case without accents (umlauts as a plain vowel or as ``ue``),
  the legal form glued on, abbreviated or written out; the short name as an alias; the city the same way; the PIC,
  usually a VAT number, often the website and the NUTS-3 region. Some organisations registered twice: two PICs,
  one VAT number.
* **PatentsView** (one per disambiguated assignee id): mixed case with the legal form, accents mostly kept, some
  universities in English; the city as written in the address. Large organisations are split over several ids.
* **EPO** (one per name and country): epodoc's standardised form (``UNIV MUENCHEN TECH``: ASCII upper case,
  particles dropped, common words abbreviated, four words at most, sometimes the institution word or a founder's
  given name moved to the end), or the name as filed, typos included; no city.
* **ROR** (one per ROR id): the name in the national language and script or in English, the other one, acronyms and
  other languages' names as aliases; companies as ``Brand (Country)``.
* **Cluster registries** (one per name and country): informal short names and acronyms, English translations,
  legal forms dropped, and now and then the cluster's country instead of the member's own.

Hard negatives are made on purpose and listed in :attr:`Population.relations`: a group's subsidiaries and national
companies (``Korvalix AG`` / ``Korvalix Healthcare AG`` / ``Korvalix España S.A.``), the same name in another
country (homonym), names one meaningful word apart (``Universität X`` / ``Technische Universität X``, two lines of
business of one brand), sister institutes of a network of legally independent institutes, and university
hospitals beside their university (affiliated). Institutes of a research *society* that is one legal entity are
mentions of the society, as the evaluation set's label policy says (evaluation/README.md).

Mentions per organisation are heavy-tailed (most have one or two, universities and big groups hundreds), and
:attr:`Population.variants` tags each mention with the variations it carries, so a benchmark can say which kinds
fail. Identifiers never lie: a PIC, ROR id or assignee id belongs to one organisation (one organisation may hold
several). The same ``n`` and ``seed`` always give the same mentions.
"""

from __future__ import annotations

import bisect
import itertools
import random
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from landscape.snapshot import org_mention_vocab as ov
from landscape.snapshot import vocab
from landscape.snapshot.ops_data import epodoc_name
from transforms.org_matching import OrgMention

DEFAULT_SEED = 20261129
SOURCES = ("cordis", "patentsview", "epo", "ror", "registry")
HARD_NEGATIVES = ("subsidiary", "homonym", "similar_name", "sister_institute", "affiliated")
KINDS = ("company", "university", "institute", "society", "hospital", "public", "association")

# Share of organisations per kind (companies take the rest of the mention budget).
_UNIVERSITY_SHARE = 0.03
_INSTITUTE_SHARE = 0.10
_NETWORK_SHARE = 0.3  # of institutes, members of a network of independent institutes
_PUBLIC_SHARE = 0.03
_ASSOCIATION_SHARE = 0.05
_HOSPITAL_SHARE = 0.2  # of universities, that have a university hospital beside them
# Companies that head a group, have a namesake abroad, or share their brand with another line of business.
_GROUP_SHARE = 0.05
_HOMONYM_SHARE = 0.03
_SIMILAR_SHARE = 0.03
# Records a CORDIS organisation registered twice (two PICs, one VAT number).
_SECOND_PIC_SHARE = 0.04
# Registry members listed under the cluster's country, not their own.
_FOREIGN_MEMBER_SHARE = 0.03

# Where an organisation of each kind is recorded: (chance of a CORDIS record, chance of a ROR record, weights of
# the sources its further records come from).
_SOURCE_PLAN: Mapping[str, tuple[float, float, Mapping[str, float]]] = {
    "company": (0.35, 0.03, {"patentsview": 0.35, "epo": 0.40, "registry": 0.25}),
    "university": (0.95, 0.97, {"patentsview": 0.10, "epo": 0.45, "registry": 0.45}),
    "institute": (0.75, 0.80, {"patentsview": 0.10, "epo": 0.40, "registry": 0.50}),
    "society": (1.0, 1.0, {"patentsview": 0.15, "epo": 0.30, "registry": 0.50, "ror": 0.05}),
    "hospital": (0.60, 0.90, {"patentsview": 0.10, "epo": 0.30, "registry": 0.60}),
    "public": (0.70, 0.20, {"patentsview": 0.02, "epo": 0.03, "registry": 0.95}),
    "association": (0.50, 0.05, {"epo": 0.02, "registry": 0.98}),
}
# Mentions per organisation: Pareto tail exponent (smaller = heavier) and a cap, by kind.
_SIZE_TAIL: Mapping[str, tuple[float, int]] = {
    "company": (1.1, 400),
    "university": (0.7, 800),
    "institute": (1.2, 150),
    "society": (0.6, 1500),
    "hospital": (1.1, 60),
    "public": (1.6, 30),
    "association": (1.8, 20),
}
_SMALLEST = {"university": 3, "society": 20, "hospital": 1}

_STOP_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "de",
        "des",
        "du",
        "la",
        "le",
        "di",
        "degli",
        "della",
        "del",
        "y",
        "e",
        "et",
        "i",
        "u",
        "v",
        "w",
        "an",
        "am",
        "in",
        "im",
        "zur",
        "zum",
        "der",
        "für",
        "und",
        "da",
        "do",
        "dos",
        "das",
        "voor",
        "van",
        "von",
        "à",
        "a",
    ]
)
_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# Latin letters that Unicode does not decompose into a letter and a mark.
_PLAIN_LETTERS = str.maketrans(
    {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D"}
    | {"\u0131": "i", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "\u2013": "-"}
)  # dotless i (Turkish); en dash (Bulgarian names)
_TYPO_LETTERS = "aeioulnrst"
_ROR_LETTERS = "0123456789abcdefghjkmnpqrstvwxyz"


@dataclass(frozen=True)
class Place:
    country: str  # ISO 3166-1 alpha-2
    native: str  # in the national language and script
    latin: str  # in Latin letters
    english: str
    exonyms: Mapping[str, str]
    forms: Mapping[str, str]
    lang: str
    nuts3: str | None


@dataclass
class Entity:
    """One organisation and the names it goes by. ``native`` is its name in the national language and script,
    without legal form; ``latin`` the same in Latin letters; ``legal`` (abbreviation, written out, before the name)."""

    entity_id: str
    kind: str
    country: str
    lang: str
    place: Place
    native: str
    latin: str
    english: str | None = None
    foreign: tuple[str, ...] = ()
    acronym: str | None = None
    informal: tuple[str, ...] = ()
    legal: tuple[str, str, bool] | None = None
    founder: bool = False  # the name starts with a person's given name
    domain: str | None = None
    site: Place | None = None  # an operating site in another city than the seat
    institutes: tuple[tuple[str, str, str], ...] = ()  # a society's institutes: (national, English, acronym)
    size: int = 1


@dataclass(frozen=True)
class Population:
    mentions: list[OrgMention]
    truth: dict[str, str]  # mention key -> entity id
    variants: dict[str, tuple[str, ...]]  # mention key -> variations it carries (source:cordis, typo, ...)
    relations: list[tuple[str, str, str]]  # (hard negative kind, entity id, entity id)
    kinds: dict[str, str]  # entity id -> kind


def generate_mentions(n: int, seed: int = DEFAULT_SEED) -> tuple[list[OrgMention], dict[str, str]]:
    """``n`` organisation mentions and the answer key: mention key -> true entity id."""
    population = generate_population(n, seed)
    return population.mentions, population.truth


def generate_population(n: int, seed: int = DEFAULT_SEED) -> Population:
    """The mentions with everything a benchmark needs to explain its figures."""
    if n < 1:
        raise ValueError("need at least one mention")
    return _Generator(n, seed).run()


# -- text helpers ------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def ascii_name(text: str, digraphs: bool = False) -> str:
    """Accents dropped as ASCII-only exports drop them; German umlauts as ``ue`` when ``digraphs``."""
    if digraphs:
        text = text.translate(_DIGRAPHS)
    text = text.translate(_PLAIN_LETTERS)
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def _epodoc_words(name: str, country: str) -> list[str]:
    return epodoc_name(name.translate(_PLAIN_LETTERS).replace("-", " "), country).split()


def _typo(rng: random.Random, text: str) -> str:
    """One edit in one longer word: a letter dropped, doubled, swapped with the next, or replaced."""
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if len(word) >= 5 and word.isalpha()]
    if not candidates:
        return text
    index = rng.choice(candidates)
    word = words[index]
    p = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0:
        word = word[:p] + word[p + 1 :]
    elif op == 1:
        word = word[:p] + word[p + 1] + word[p] + word[p + 2 :]
    elif op == 2:
        letter = rng.choice(_TYPO_LETTERS.replace(word[p].lower(), ""))
        word = word[:p] + (letter.upper() if word[p].isupper() else letter) + word[p + 1 :]
    else:
        word = word[:p] + word[p] + word[p:]
    words[index] = word
    return " ".join(words)


def _initials(text: str) -> str:
    letters = [
        w[0] for w in ascii_name(text).replace("-", " ").split() if w.lower() not in _STOP_WORDS and w[0].isalpha()
    ]
    return "".join(letters).upper()


def _fill(pattern: str, place: Place, **extra: str) -> str | None:
    """A pattern with the place's names and forms; None when the place lacks a form the pattern needs."""
    values = {"city": place.native, "city_en": place.english, "latin": place.latin, **place.forms, **extra}
    try:
        return pattern.format(**values)
    except KeyError:
        return None


# -- the generator -----------------------------------------------------------------------------------------------


class _Generator:
    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.rng = random.Random(f"{seed}/org-mentions/{n}")
        self.places = _places()
        self.countries = sorted(self.places)
        self.country_cum = list(itertools.accumulate(ov.COUNTRY_WEIGHTS[c] for c in self.countries))
        self.entities: list[Entity] = []
        self.relations: list[tuple[str, str, str]] = []
        self.mentions: list[OrgMention] = []
        self.truth: dict[str, str] = {}
        self.variants: dict[str, tuple[str, ...]] = {}
        self.names_taken: dict[tuple[str, str], str] = {}  # (country, folded name) -> entity id
        self.brands: set[str] = set()
        self.domains: set[str] = set()
        self.ids_taken: set[str] = set()
        target = n / 3
        self.caps = {kind: min(cap, max(10, n // 150)) for kind, (_, cap) in _SIZE_TAIL.items()}
        self.plan = {
            "university": round(target * _UNIVERSITY_SHARE),
            "institute": round(target * _INSTITUTE_SHARE),
            "society": min(len(ov.SOCIETIES), max(2, round(target / 15000))),
            "public": round(target * _PUBLIC_SHARE),
            "association": round(target * _ASSOCIATION_SHARE),
        }

    # -- plan ---------------------------------------------------------------------------------------------------

    def run(self) -> Population:
        self._universities(self.plan["university"])
        self._societies(self.plan["society"])
        self._institutes(self.plan["institute"])
        self._publics(self.plan["public"])
        self._associations(self.plan["association"])
        for entity in list(self.entities):
            self._write(entity)
            if len(self.mentions) >= self.n:
                break
        while len(self.mentions) < self.n:
            for entity in self._companies():
                self._write(entity)
        del self.mentions[self.n :]
        kept = {m.key for m in self.mentions}
        truth = {key: entity for key, entity in self.truth.items() if key in kept}
        variants = {key: tags for key, tags in self.variants.items() if key in kept}
        self.rng.shuffle(self.mentions)
        present = set(truth.values())
        relations = [r for r in self.relations if r[1] in present and r[2] in present]
        kinds = {e.entity_id: e.kind for e in self.entities if e.entity_id in present}
        return Population(self.mentions, truth, variants, relations, kinds)

    def _new_entity(self, kind: str, place: Place, native: str, latin: str | None = None, **rest: object) -> Entity:
        entity = Entity(f"E{len(self.entities):07d}", kind, place.country, place.lang, place, native, latin or native)
        for name, value in rest.items():
            setattr(entity, name, value)
        entity.size = self._size(kind)
        self.entities.append(entity)
        self.names_taken[(place.country, ascii_name(native).casefold())] = entity.entity_id
        return entity

    def _size(self, kind: str) -> int:
        tail, _ = _SIZE_TAIL[kind]
        draw = int((1.0 - self.rng.random()) ** (-1.0 / tail))
        return max(_SMALLEST.get(kind, 1), min(draw, self.caps[kind]))

    def _country(self) -> str:
        return self.countries[bisect.bisect(self.country_cum, self.rng.random() * self.country_cum[-1])]

    def _place(self, country: str) -> Place:
        places = self.places[country]
        # Capitals and big cities (listed first) hold more organisations.
        return (
            places[min(int(self.rng.paretovariate(1.0)) - 1, len(places) - 1)]
            if self.rng.random() < 0.5
            else (self.rng.choice(places))
        )

    def _taken(self, country: str, name: str) -> bool:
        return (country, ascii_name(name).casefold()) in self.names_taken

    def _relate(self, kind: str, a: Entity, b: Entity) -> None:
        self.relations.append((kind, a.entity_id, b.entity_id))

    def _domain(self, stem: str, country: str) -> str:
        tld = "co.uk" if country == "GB" else country.lower()
        slug = "".join(c for c in ascii_name(stem).lower() if c.isalnum()) or "org"
        domain = f"{slug}.{tld}"
        number = 2
        while domain in self.domains:
            domain = f"{slug}{number}.{tld}"
            number += 1
        self.domains.add(domain)
        return domain

    # -- universities, hospitals ------------------------------------------------------------------------------------

    def _universities(self, count: int) -> None:
        candidates: list[tuple[float, Place, tuple[str, str, str]]] = []
        for country, places in self.places.items():
            for rank, place in enumerate(places):
                for pattern in ov.UNIVERSITY_PATTERNS.get(place.lang, ()):
                    weight = (
                        ov.COUNTRY_WEIGHTS[country] / (rank + 1) ** 0.5 * (3.0 if pattern[0] == "university" else 1.0)
                    )
                    candidates.append((self.rng.random() ** (1.0 / weight), place, pattern))
        candidates.sort(key=lambda c: -c[0])
        by_city: dict[tuple[str, str], list[tuple[Entity, str]]] = {}
        for _, place, (kind, national, english) in candidates:
            if len(self.entities) >= count:
                break
            native = _fill(national, place)
            english_name = _fill(english, place)
            if native is None or english_name is None or self._taken(place.country, native):
                continue
            latin = _fill(ov.LATIN_PATTERNS[national], place) if national in ov.LATIN_PATTERNS else None
            foreign = tuple(
                name
                for lang, pattern in ov.UNIVERSITY_FOREIGN.get(kind, ())
                if lang != place.lang
                for name in [pattern.format(city=place.exonyms.get(lang, place.english))]
            )
            short = tuple(
                name for pattern in ov.UNIVERSITY_SHORT.get(kind, ()) if (name := _fill(pattern, place)) is not None
            )
            acronym = _initials(latin or native)
            entity = self._new_entity(
                "university",
                place,
                native,
                latin,
                english=english_name,
                foreign=foreign,
                acronym=acronym if len(acronym) >= 2 else None,
                informal=short,
            )
            entity.domain = self._domain(acronym or place.latin, place.country)
            for other, other_kind in by_city.get((place.country, place.native), []):
                if other_kind != kind:
                    self._relate("similar_name", entity, other)
            by_city.setdefault((place.country, place.native), []).append((entity, kind))
            if kind in ("university", "medical") and self.rng.random() < _HOSPITAL_SHARE:
                self._hospital(entity)

    def _hospital(self, university: Entity) -> None:
        place = university.place
        patterns = ov.HOSPITAL_PATTERNS.get(place.lang) or ov.HOSPITAL_PATTERNS["en"]
        native = _fill(patterns[0], place) if place.lang in ov.HOSPITAL_PATTERNS else _fill(patterns[1], place)
        english = _fill(patterns[1], place)
        if native is None or self._taken(place.country, native):
            return
        hospital = self._new_entity(
            "hospital",
            place,
            native,
            ascii_name(native) if place.latin != place.native else None,
            english=english,
            acronym=None,
        )
        hospital.domain = self._domain("hospital-" + place.latin, place.country)
        self._relate("affiliated", hospital, university)

    # -- research --------------------------------------------------------------------------------------------------

    def _societies(self, count: int) -> None:
        for lang, legal, english, acronym, institute, institute_en in ov.SOCIETIES[:count]:
            country = ov.SOCIETY_COUNTRY[lang]
            place = self.places[country][0]
            body, form = (
                (legal[: -len(" e.V.")], ("e.V.", "eingetragener Verein", False))
                if legal.endswith(" e.V.")
                else (legal, None)
            )
            society = self._new_entity("society", place, body, english=english, acronym=acronym, legal=form)
            society.domain = self._domain(acronym, country)
            institutes = []
            for field_names in self.rng.sample(ov.FIELDS, k=min(len(ov.FIELDS), 6 + society.size // 25)):
                national = institute.format(field=field_names.get(lang, field_names["en"]))
                words = [
                    w
                    for w in ascii_name(field_names.get(lang, field_names["en"])).replace("-", " ").split()
                    if w.lower() not in _STOP_WORDS
                ]
                short = ("I" + "".join(w[0] for w in words) + words[0][1]).upper()[:4]
                institutes.append((national, institute_en.format(field_en=field_names["en"]), short))
            society.institutes = tuple(institutes)
            society.informal = tuple(f"{body.split('-')[0].split()[0]} {short}" for _, _, short in institutes)

    def _institutes(self, count: int) -> None:
        networks: dict[str, list[Entity]] = {}
        attempts = 0
        made = 0
        while made < count and attempts < count * 20:
            attempts += 1
            if self.rng.random() < _NETWORK_SHARE:
                lang, national, english = self.rng.choice(ov.INSTITUTE_NETWORKS)
                country = {"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "sv": "SE"}[lang]
                place = self._place(country)
                network = national.split()[0]
            else:
                country = self._country()
                place = self._place(country)
                lang = place.lang if place.lang in ov.INSTITUTE_PATTERNS else "en"
                national, english = self.rng.choice(ov.INSTITUTE_PATTERNS[lang])
                network = ""
                # Independent institutes carry a distinctive part: the city, or a founder's or place's name.
                city = place.latin if self.rng.random() < 0.7 else ""
                suffix = city or self.rng.choice(vocab.NAME_WORDS).title()
                national, english = f"{national} {suffix}", f"{english} {place.english if city else suffix}"
            field_names = self.rng.choice(ov.FIELDS)
            # Names in Latin-letter patterns take the romanised city (an English name never holds Greek letters).
            name_place = _romanised(place) if place.latin != place.native else place
            native = _fill(
                national, name_place, field=field_names.get(lang, field_names["en"]), field_en=field_names["en"]
            )
            english_name = _fill(english, name_place, field_en=field_names["en"])
            if native is None or english_name is None or self._taken(country, native):
                continue
            legal = (
                ("e.V.", "eingetragener Verein", False) if country in ("DE", "AT") and self.rng.random() < 0.5 else None
            )
            acronym = _initials(native)
            entity = self._new_entity(
                "institute",
                place,
                native,
                english=english_name,
                acronym=acronym if 2 <= len(acronym) <= 6 else None,
                legal=legal,
            )
            entity.domain = self._domain(acronym or native.split()[-1], country)
            made += 1
            if network:
                siblings = networks.setdefault(network, [])
                for sibling in self.rng.sample(siblings, k=min(2, len(siblings))):
                    self._relate("sister_institute", entity, sibling)
                siblings.append(entity)

    # -- public bodies and associations ----------------------------------------------------------------------------

    def _publics(self, count: int) -> None:
        made = attempts = 0
        while made < count and attempts < count * 20:
            attempts += 1
            place = self._place(self._country())
            patterns = ov.PUBLIC_PATTERNS.get(place.lang) or ov.PUBLIC_PATTERNS["en"]
            national, english = self.rng.choice(patterns)
            if place.lang not in ov.PUBLIC_PATTERNS:
                national = english
            native, english_name = _fill(national, place), _fill(english, place)
            if native is None or english_name is None or self._taken(place.country, native):
                continue
            latin = ascii_name(native) if place.latin != place.native and place.latin else None
            if latin is not None:
                native = latin = _fill(national, _romanised(place)) or latin
            entity = self._new_entity("public", place, native, latin, english=english_name)
            entity.domain = (
                self._domain(place.latin or place.native, place.country) if self.rng.random() < 0.5 else None
            )
            made += 1

    def _associations(self, count: int) -> None:
        made = attempts = 0
        while made < count and attempts < count * 20:
            attempts += 1
            place = self._place(self._country())
            lang = place.lang if place.lang in ov.ASSOCIATION_PATTERNS else "en"
            national, english = self.rng.choice(ov.ASSOCIATION_PATTERNS[lang])
            topic = self.rng.choice(ov.TOPICS)
            city_place = place if lang != "en" or place.latin == place.native else _romanised(place)
            native = _fill(national, city_place, topic=topic.get(lang, topic["en"]), topic_en=topic["en"])
            english_name = _fill(english, city_place, topic_en=topic["en"])
            if native is None or english_name is None or self._taken(place.country, native):
                continue
            legal = None
            if native.endswith(" e.V."):
                native, legal = native[: -len(" e.V.")], ("e.V.", "eingetragener Verein", False)
            acronym = _initials(native)
            self._new_entity(
                "association",
                place,
                native,
                english=english_name,
                acronym=acronym if 2 <= len(acronym) <= 6 else None,
                legal=legal,
            )
            made += 1

    # -- companies -------------------------------------------------------------------------------------------------

    def _companies(self) -> list[Entity]:
        """One company, or a group with its subsidiaries, or a pair of namesakes."""
        country = self._country()
        place = self._place(country)
        roll = self.rng.random()
        if roll < _GROUP_SHARE:
            return self._group(place)
        company = self._company(place)
        made = [company]
        if roll < _GROUP_SHARE + _HOMONYM_SHARE:
            other_country = self._country()
            if other_country != country:
                other = self._company(self._place(other_country), base=company.native, founder=company.founder)
                if other is not company:
                    self._relate("homonym", other, company)
                    made.append(other)
        elif roll < _GROUP_SHARE + _HOMONYM_SHARE + _SIMILAR_SHARE and " " in company.native and not company.founder:
            head = company.native.rsplit(" ", 1)[0]
            words = [w for w in ov.COMPANY_WORDS.get(place.lang, ov.COMPANY_WORDS["en"]) if w not in company.native]
            if words:
                other = self._company(self._place(country), base=f"{head} {self.rng.choice(words)}")
                if other is not company:
                    self._relate("similar_name", other, company)
                    made.append(other)
        return made

    def _group(self, place: Place) -> list[Entity]:
        parent = self._company(place, base=self._brand())
        parent.size = max(parent.size, self._size("company") * 3)
        made = [parent]
        for _ in range(self.rng.randint(1, 4)):
            if self.rng.random() < 0.5:
                country = self._country()
                if country == place.country:
                    continue
                base = f"{parent.native} {ov.COUNTRY_WORDS[country]}"
                sub_place = self._place(country)
            else:
                base = f"{parent.native} {self.rng.choice(ov.DIVISIONS)}"
                sub_place = self._place(place.country)
            if self._taken(sub_place.country, base):
                continue
            sub = self._company(sub_place, base=base)
            if self.rng.random() < 0.5 and parent.domain:
                sub.domain = parent.domain  # a group's website hosts its companies
            for sibling in made[1:]:
                if self.rng.random() < 0.5:
                    self._relate("subsidiary", sub, sibling)
            self._relate("subsidiary", sub, parent)
            made.append(sub)
        return made

    def _brand(self) -> str:
        while True:
            syllables = "".join(
                self.rng.choice(ov.BRAND_ONSETS) + self.rng.choice(ov.BRAND_VOWELS)
                for _ in range(1 if self.rng.random() < 0.35 else 2)
            )
            brand = (syllables + self.rng.choice(ov.BRAND_ENDINGS)).capitalize()
            if len(brand) >= 4 and brand not in self.brands:
                self.brands.add(brand)
                return brand

    def _company(self, place: Place, base: str | None = None, founder: bool = False) -> Entity:
        lang = place.lang
        words = ov.COMPANY_WORDS.get(lang, ov.COMPANY_WORDS["en"])
        surnames = ov.SURNAMES.get(lang, ov.SURNAMES["en"])
        stem = ""
        for _ in range(20):
            if base is not None:
                native = base
                break
            roll = self.rng.random()
            founder = False
            if roll < 0.40:
                native = stem = self._brand()
            elif roll < 0.65:
                stem = self._brand()
                native = f"{stem} {self.rng.choice(words)}"
            elif roll < 0.80:
                stem = self.rng.choice(surnames)
                native = f"{stem} {self.rng.choice(words)}"
            elif roll < 0.87 and lang in ov.GIVEN_NAMES:
                stem = self.rng.choice(surnames)
                native, founder = f"{self.rng.choice(ov.GIVEN_NAMES[lang])} {stem}", True
            elif roll < 0.93:
                first, second = self.rng.sample(surnames, 2)
                stem, native = first, f"{first} & {second}"
            else:
                stem = self._brand()
                native = f"{stem} {self.rng.choice(ov.COMPANY_WORDS['en'])}"
            if not self._taken(place.country, native):
                break
        else:
            native = stem = self._brand()
        if base is not None and self._taken(place.country, native):
            # The namesake would be the same record in a source keyed by name and country: keep the first.
            return self.entities[int(self.names_taken[(place.country, ascii_name(native).casefold())][1:])]
        legal = self.rng.choice(ov.LEGAL_FORMS.get(place.country, (("Ltd", "Limited", False),)))
        latin = ascii_name(native) if not native.isascii() and place.country in ("GR", "CY", "BG", "RS") else None
        acronym = _initials(native) if " " in native and self.rng.random() < 0.15 else None
        entity = self._new_entity("company", place, native, latin, legal=legal, founder=founder, acronym=acronym)
        entity.domain = self._domain(stem or native.split()[0], place.country) if self.rng.random() < 0.6 else None
        if self.rng.random() < 0.05:
            entity.site = self._place(place.country)
        return entity

    # -- mentions --------------------------------------------------------------------------------------------------

    def _write(self, entity: Entity) -> None:
        p_cordis, p_ror, rest = _SOURCE_PLAN[entity.kind]
        sources = []
        if self.rng.random() < p_cordis:
            sources.append("cordis")
        if self.rng.random() < p_ror:
            sources.append("ror")
        self.rng.shuffle(sources)
        names, weights = list(rest), list(rest.values())
        sources += self.rng.choices(names, weights, k=max(0, entity.size - len(sources)))
        sources = sources[: entity.size]
        # PatentsView splits a big assignee over a few ids, not over hundreds.
        assignee_ids = 2 + entity.size // 8
        sources = [s for i, s in enumerate(sources) if s != "patentsview" or sources[: i + 1].count(s) <= assignee_ids]
        pics = [self._id("pic")]
        if "cordis" in sources and len(sources) > 1 and self.rng.random() < _SECOND_PIC_SHARE:
            sources[sources.index("cordis") if sources[-1] == "cordis" else -1] = "cordis"
            sources.append("cordis")
            pics.append(self._id("pic"))
        vat = f"{'EL' if entity.country == 'GR' else entity.country}{self.rng.randrange(10**9):09d}"
        has_vat = self.rng.random() < (0.85 if entity.kind == "company" else 0.55)
        cordis_seen = 0
        for source in sources:
            mention: tuple[OrgMention, tuple[str, ...]] | None
            if source == "cordis":
                if cordis_seen >= len(pics):
                    continue
                mention = self._cordis(entity, pics[cordis_seen], vat if has_vat else None, second=cordis_seen > 0)
                cordis_seen += 1
            elif source == "ror":
                mention = self._ror(entity)
            elif source == "patentsview":
                mention = self._patentsview(entity)
            elif source == "epo":
                mention = self._epo(entity)
            else:
                mention = self._registry(entity)
            if mention is not None:
                self.mentions.append(mention[0])
                self.truth[mention[0].key] = entity.entity_id
                self.variants[mention[0].key] = mention[1]

    def _id(self, kind: str) -> str:
        while True:
            if kind == "pic":
                value = f"9{self.rng.randrange(10**8):08d}"
            elif kind == "ror":
                value = (
                    "0" + "".join(self.rng.choice(_ROR_LETTERS) for _ in range(6)) + f"{self.rng.randrange(100):02d}"
                )
            else:
                digits = f"{self.rng.getrandbits(128):032x}"
                value = f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{digits[16:20]}-{digits[20:]}"
            if value not in self.ids_taken:
                self.ids_taken.add(value)
                return value

    def _legal(self, entity: Entity, name: str, shares: tuple[float, float], tags: list[str]) -> str:
        """The name with the legal form abbreviated (``shares[0]``), written out (``shares[1]``) or left out."""
        if entity.legal is None:
            return name
        short, long, before = entity.legal
        roll = self.rng.random()
        if roll < shares[0]:
            form, tag = short, "legal:short"
        elif roll < shares[0] + shares[1]:
            form, tag = long, "legal:long"
        else:
            tags.append("legal:none")
            return name
        tags.append(tag)
        if before:
            return f"{form} {name}"
        if entity.country in ("ES", "PT", "IT") and self.rng.random() < 0.2:
            return f"{name}, {form}"
        return f"{name} {form}"

    def _city(self, place: Place, tags: list[str], english: float, missing: float) -> str | None:
        roll = self.rng.random()
        if roll < missing:
            tags.append("city:none")
            return None
        if roll < missing + english and place.english != place.native:
            tags.append("city:english")
            return place.english
        if roll > 0.98 and place.exonyms:
            tags.append("city:exonym")
            return self.rng.choice(list(place.exonyms.values()))
        return place.native

    def _typo_maybe(self, text: str, share: float, tags: list[str]) -> str:
        if self.rng.random() < share:
            typo = _typo(self.rng, text)
            if typo != text:
                tags.append("typo")
                return typo
        return text

    def _cordis(self, entity: Entity, pic: str, vat: str | None, second: bool) -> tuple[OrgMention, tuple[str, ...]]:
        tags = ["source:cordis"] + (["second_pic"] if second else [])
        name = entity.latin
        if (
            entity.english
            and entity.lang in ("el", "bg", "sr", "hu", "fi", "lt", "lv", "et", "pl", "cs", "sk")
            and (self.rng.random() < 0.3)
        ):
            name = entity.english
            tags.append("translated")
        digraphs = self.rng.random() < 0.4
        name = self._legal(entity, name, (0.7, 0.12), tags)
        name = ascii_name(name, digraphs)
        tags.append("accents:digraph" if digraphs and name != ascii_name(name) else "accents:dropped")
        if self.rng.random() < 0.92:
            name = name.upper()
            tags.append("case:upper")
        if self.rng.random() < 0.3:
            name = name.replace(".", "").replace(",", "")
        name = self._typo_maybe(name, 0.02, tags)
        aliases: tuple[str, ...] = ()
        roll = self.rng.random()
        if entity.acronym and roll < 0.6:
            aliases = (entity.acronym,)
        elif roll < 0.3:
            aliases = (ascii_name(entity.latin.split()[0]).upper(),)
        city = self._city(entity.place, tags, english=0.04, missing=0.03)
        if city is not None:
            city = ascii_name(entity.place.latin if city == entity.place.native else city, digraphs).upper()
        ids = (("pic", pic),) + ((("vat", vat),) if vat else ())
        domain = entity.domain if self.rng.random() < 0.55 else None
        nuts3 = entity.place.nuts3 if self.rng.random() < 0.9 else None
        mention = OrgMention(
            f"cordis:{pic}", "cordis", " ".join(name.split()), entity.country, city, nuts3, domain, ids, aliases
        )
        return mention, tuple(tags)

    def _patentsview(self, entity: Entity) -> tuple[OrgMention, tuple[str, ...]]:
        tags = ["source:patentsview"]
        name = entity.native if entity.latin == entity.native else entity.latin
        if entity.english and entity.kind != "company" and self.rng.random() < 0.4:
            name = entity.english
            tags.append("translated")
        name = self._legal(entity, name, (0.65, 0.15), tags)
        if self.rng.random() < 0.25 and not name.isascii():
            name = ascii_name(name)
            tags.append("accents:dropped")
        name = self._typo_maybe(name, 0.04, tags)
        aliases: tuple[str, ...] = ()
        if self.rng.random() < 0.3:
            aliases = (ascii_name(name).upper(),)
        place = entity.site if entity.site is not None and self.rng.random() < 0.5 else entity.place
        if place is not entity.place:
            tags.append("city:site")
        city = self._city(place, tags, english=0.3, missing=0.15)
        assignee = self._id("assignee")
        mention = OrgMention(
            f"patentsview:{assignee}",
            "patentsview",
            name,
            entity.country,
            city,
            None,
            None,
            (("assignee", assignee),),
            aliases,
        )
        return mention, tuple(tags)

    def _epo(self, entity: Entity) -> tuple[OrgMention, tuple[str, ...]] | None:
        # A source keyed by name holds each spelling once: an organisation has as many records as spellings.
        for _ in range(3):
            tags = ["source:epo", "city:none"]
            base = entity.latin
            if entity.kind == "society" and self.rng.random() < 0.1:
                base = self.rng.choice(entity.institutes)[0]
                tags.append("institute_name")
            elif entity.english and self.rng.random() < 0.15:
                base = entity.english
                tags.append("translated")
            if self.rng.random() < 0.7:
                name = self._epodoc(entity, base, tags)
            else:
                name = self._legal(entity, base, (0.7, 0.1), tags)
                if self.rng.random() < 0.6:
                    name = ascii_name(name, digraphs=self.rng.random() < 0.5).upper()
                    tags.append("case:upper")
                name = self._typo_maybe(name, 0.12, tags)
            key = f"epo:{name.upper()}|{entity.country}"
            if key not in self.truth:
                return OrgMention(key, "epo_ops", name, entity.country), tuple(tags)
        return None

    def _epodoc(self, entity: Entity, base: str, tags: list[str]) -> str:
        tags.append("epodoc")
        with_form = f"{base} {entity.legal[0]}" if entity.legal and not entity.legal[2] else base
        words = _epodoc_words(with_form, entity.country)
        country = words[-1]
        words = [ov.EPODOC_EXTRA.get(w, w) for w in words[:-1]]
        if len(words) >= 2 and (
            entity.founder
            or (words[0] in ("TECH", "NAT", "KATHOLIEKE", "ETHNIKO") and len(words) >= 3)
            or self.rng.random() < 0.1
        ):
            words = words[1:] + words[:1]
            tags.append("reordered")
        if self.rng.random() < 0.15:
            words.append(country)
        return " ".join(words)

    def _ror(self, entity: Entity) -> tuple[OrgMention, tuple[str, ...]] | None:
        tags = ["source:ror"]
        if entity.kind == "society" and self.rng.random() < 0.8 and entity.institutes:
            national, english, short = self.rng.choice(entity.institutes)
            names = [national, english, short]
            tags.append("institute_name")
        elif entity.kind == "company":
            names = [
                entity.native if self.rng.random() < 0.3 else f"{entity.native} ({ov.COUNTRY_NAMES_EN[entity.country]})"
            ]
            if names[0].endswith(")"):
                tags.append("country_suffix")
            if entity.acronym:
                names.append(entity.acronym)
        else:
            names = [entity.native]
            if entity.english:
                if self.rng.random() < 0.45:
                    names.insert(0, entity.english)
                    tags.append("translated")
                else:
                    names.append(entity.english)
            if entity.latin != entity.native and self.rng.random() < 0.5:
                names.append(entity.latin)
            if entity.acronym:
                names.append(entity.acronym)
            if entity.foreign and self.rng.random() < 0.5:
                names.append(self.rng.choice(entity.foreign))
        if names[0] == entity.native and entity.native != entity.latin:
            tags.append("script")
        ror = self._id("ror")
        city = self._city(entity.place, tags, english=0.6, missing=0.02)
        domain = entity.domain if self.rng.random() < 0.7 else None
        nuts3 = entity.place.nuts3 if self.rng.random() < 0.85 else None
        aliases = tuple(dict.fromkeys(n for n in names[1:] if n != names[0]))
        mention = OrgMention(
            f"ror:{ror}", "ror", names[0], entity.country, city, nuts3, domain, (("ror", ror),), aliases
        )
        return mention, tuple(tags)

    def _registry(self, entity: Entity) -> tuple[OrgMention, tuple[str, ...]] | None:
        # A source keyed by name holds each spelling once: an organisation has as many records as spellings.
        for _ in range(3):
            tags = ["source:registry", "city:none"]
            roll = self.rng.random()
            if entity.kind == "society" and entity.institutes and roll < 0.8:
                national, english, short = self.rng.choice(entity.institutes)
                name = self.rng.choice((national, english, f"{national} {short}", self.rng.choice(entity.informal)))
                tags.append("institute_name")
            elif entity.acronym and roll < 0.2:
                name = entity.acronym
                tags.append("acronym_only")
            elif entity.informal and roll < 0.4:
                name = self.rng.choice(entity.informal)
                tags.append("informal")
            elif entity.english and roll < 0.55:
                name = entity.english
                tags.append("translated")
            elif entity.foreign and roll < 0.6:
                name = self.rng.choice(entity.foreign)
                tags.append("translated")
            elif entity.kind == "company" and " " in entity.native and roll < 0.7 and not entity.founder:
                name = entity.native.split(" ")[0]
                tags.append("brand_only")
            else:
                name = self._legal(
                    entity, entity.native if entity.latin == entity.native else entity.latin, (0.3, 0.02), tags
                )
            case = self.rng.random()
            if case < 0.15:
                name = name.upper()
                tags.append("case:upper")
            elif case < 0.18:
                name = name.lower()
                tags.append("case:lower")
            name = self._typo_maybe(name, 0.05, tags)
            country = entity.country
            if self.rng.random() < _FOREIGN_MEMBER_SHARE:
                country = self._country()
                if country != entity.country:
                    tags.append("foreign_country")
            key = f"member:{name.upper()}|{country}"
            if key not in self.truth:
                return OrgMention(key, "cluster_members", name, country), tuple(tags)
        return None


# -- places ------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[Place, ...]]:
    """Cities by ISO country; NUTS-3 codes from the CORDIS vocabulary where it lists the city."""
    nuts: dict[tuple[str, str], str] = {}
    for listed in vocab.COUNTRIES:
        iso = {"EL": "GR", "UK": "GB"}.get(listed.code, listed.code)
        for known in listed.cities:
            for name in (known.name, known.native):
                if name:
                    nuts[(iso, ascii_name(name).casefold())] = known.nuts
    places: dict[str, tuple[Place, ...]] = {}
    for country, cities in ov.CITIES.items():
        lang = ov.COUNTRY_LANGUAGE[country]
        built = []
        for city in cities:
            latin = city.latin or city.native
            english = city.english or latin
            code = nuts.get((country, ascii_name(latin).casefold())) or nuts.get(
                (country, ascii_name(english).casefold())
            )
            built.append(Place(country, city.native, latin, english, city.exonyms, city.forms, city.lang or lang, code))
        places[country] = tuple(built)
    return places


def _romanised(place: Place) -> Place:
    """The place with its Latin-letter name and forms in place of the national script."""
    forms = {key.removesuffix("_latin"): value for key, value in place.forms.items() if key.endswith("_latin")}
    return Place(place.country, place.latin, place.latin, place.english, place.exonyms, forms, place.lang, place.nuts3)


def entity_sizes(truth: Mapping[str, str]) -> list[int]:
    """Mentions per entity, largest first."""
    counts: dict[str, int] = {}
    for entity in truth.values():
        counts[entity] = counts.get(entity, 0) + 1
    return sorted(counts.values(), reverse=True)


def mentions_by_source(mentions: Sequence[OrgMention]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.source] = counts.get(mention.source, 0) + 1
    return counts


__all__ = [
    "DEFAULT_SEED",
    "HARD_NEGATIVES",
    "KINDS",
    "SOURCES",
    "Entity",
    "Place",
    "Population",
    "ascii_name",
    "entity_sizes",
    "generate_mentions",
    "generate_population",
    "mentions_by_source",
]
