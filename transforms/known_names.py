"""Known names: which organisation a name is, from a curated register and from ROR, before any string similarity.

No string measure can tell that "TNO" is the Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk
Onderzoek, that "Finmeccanica" is now Leonardo or that "Universitat de Barcelona" and "UB" are one university.
Registers of names know: ROR keeps labels in several languages, acronyms and aliases for each research
organisation, and ``transforms/data/known_organisations.csv`` (curated, see ``transforms/data/README.md``) adds
former names, companies and the organisations ROR lacks.

A name is looked up twice, within its country (acronyms and city universities repeat across Europe: UCL is in
London and in Louvain-la-Neuve). First by its words as written (:func:`literal_key`: case, accents, script,
punctuation and word order aside), which tells "Renault SA" from "Renault s.a.s." and "Vrije Universiteit Brussel"
from "Université libre de Bruxelles"; then by its normalised words (:func:`name_key`: legal form, particles and
the institution words' language aside too), so that "Universität Wien" meets "University of Vienna". A key that
two organisations of one country share says nothing at that level and is dropped: "Free University of Brussels"
is either Brussels university, and stays unknown.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from transforms.countries import to_iso
from transforms.org_names import LEGAL_FORMS, NormalisedName, literal_words, normalise

REGISTER = Path(__file__).parent / "data" / "known_organisations.csv"
REGISTER_COLUMNS = ("org", "country", "city", "kind", "name_type", "lang", "name", "note")
NAME_TYPES = frozenset({"display", "label", "acronym", "alias", "unit", "former", "predecessor"})
# The organisation is one legal entity, as in the EU Participant Register: a unit without legal personality (a
# Fraunhofer institute, a CNR institute, a faculty) is the body it belongs to, and a former name (renamed,
# converted to another legal form) is still its name; a predecessor (an organisation that merged into it, or into
# a new entity, and ceased) is another organisation. Predecessors are kept as knowledge, never looked up.
NOT_ITS_NAME = frozenset({"predecessor"})
KINDS = frozenset({"university", "research", "company", "government", "hospital", "other"})
# Without a country a name is looked up across Europe only when its key has this many words and something
# distinctive: acronyms, short names ("UCL", "Technion") and generic ones repeat between countries too often.
MIN_WORDS_WITHOUT_COUNTRY = 3
# Words that only say what kind of body a name is ("centre national research science" is the CNRS) identify one
# from this many on.
MIN_GENERIC_WORDS = 3


@dataclass(frozen=True)
class KnownName:
    org: str
    country: str
    city: str
    kind: str
    name_type: str
    lang: str
    name: str
    note: str


@dataclass(frozen=True)
class Entry:
    """One key of an organisation: ``country`` "" when unknown; ``everywhere``: also looked up for records without a
    country; ``unit``: the name of a part of it without legal personality (a Fraunhofer institute)."""

    org: str
    country: str
    key: str
    everywhere: bool = False
    unit: bool = False


def name_key(name: NormalisedName) -> str | None:
    """The words of the name's core as a sorted set, without words that read as legal forms wherever they stand
    ("European Aeronautic Defence and Space Company" ends in a legal form, "... SPACE COMPANY EADS N.V." holds the
    same word inside); None for a name with no words at all."""
    return _key(name.token_set)


def _key(words: frozenset[str]) -> str | None:
    kept = words - _LEGAL_FORM_WORDS or words  # an acronym may spell a legal form: UAB, SLU, OU
    return " ".join(sorted(kept)) or None


_LEGAL_FORM_WORDS = frozenset(LEGAL_FORMS)
# A dash with spaces around it, or a comma, joins two names ("Faculty of Electrical Engineering, Czech Technical
# University in Prague"); a dash without spaces is part of a word (Paris-Saclay).
_JOINED = re.compile("\\s+[-\u2013\u2014]\\s+|\\s*,\\s*")  # hyphen, en dash, em dash; comma
# Words naming a part of a body without legal personality: written before the body, they leave it the same body.
_UNIT_WORDS = frozenset(
    {
        *("faculty", "faculte", "facultad", "faculdade", "facolta", "fakultet", "fakulta", "fakultat", "wydzial"),
        *("department", "departement", "departamento", "dipartimento", "division", "school", "laboratory"),
        *("chair", "lehrstuhl", "katedra"),
    }
)
# Literal keys are kept apart from normalised ones in one index by this mark.
_LITERAL = "="


def literal_key(name: NormalisedName) -> str | None:
    """The words as written, as a sorted set (legal form and particles included)."""
    words = sorted(set(literal_words(name.original)))
    return _LITERAL + " ".join(words) if words else None


def _without_site(name: NormalisedName, site: frozenset[str]) -> str | None:
    """The name's key without the words of its site, if it had some and what is left still identifies (not only
    "university")."""
    if not site or name.legal_form or not site & name.token_set:
        return None
    left = name.token_set - site
    if not left & name.distinctive_tokens:
        return None
    return _key(left)


def _without_acronym(name: NormalisedName) -> str | None:
    """The name's key without the acronym it states as a word of its own: sources write a name and its acronym
    together ("EUROPEAN AERONAUTIC DEFENCE AND SPACE COMPANY EADS", "... ONDERZOEK TNO"), registers them apart."""
    if name.acronym_source != "token" or not name.acronym:
        return None
    acronym = name.acronym.lower()
    left = name.token_set - {acronym}
    if acronym not in name.token_set or len(name.token_set) < 3 or not _identifies(name, left):
        return None
    return _key(left)


def name_keys(name: NormalisedName) -> tuple[str, ...]:
    """The keys a name is looked up by, the more literal first. The normalised key is left out where normalising
    loses what tells names apart:
    - a name of one or two words that only say what kind of body it is ("IST" reads as "institute", "Technion" and
      "TU/e" as "tech university", "Hospital Clínic" as "hospital"): it would be every such body's key;
    - a short word that reading digraphs as umlauts changes ("AAU" would be "AU", "UEK" "UK"), or one of one or
      two letters."""
    normalised = name_key(name) if _identifies(name, name.token_set) and _survives_folding(name) else None
    return tuple(key for key in (literal_key(name), normalised) if key)


def _identifies(name: NormalisedName, words: frozenset[str]) -> bool:
    return bool(words & name.distinctive_tokens) or len(words) >= MIN_GENERIC_WORDS


def _survives_folding(name: NormalisedName) -> bool:
    if len(name.token_set) != 1:
        return True
    (word,) = name.token_set
    return len(word) >= _MIN_ALONE and (len(word) > _SHORT or word in literal_words(name.original))


_MIN_ALONE, _SHORT = 3, 5


class KnownNames:
    """An index of names to organisation ids, within a country and (for long names) across Europe."""

    def __init__(self, entries: Iterable[Entry], kinds: Mapping[str, str] | None = None) -> None:
        """``kinds``: organisation id → kind (company, university...), where known."""
        self._entries = list(entries)
        self.kinds = dict(kinds or {})
        orgs: dict[tuple[str, str], set[str]] = defaultdict(set)
        whole: dict[tuple[str, str], set[str]] = defaultdict(set)  # not counting units
        for entry in self._entries:
            places = [(entry.country, entry.key)] if entry.country else []
            if entry.everywhere:
                places.append(("", entry.key))
            for place in places:
                orgs[place].add(entry.org)
                if not entry.unit:
                    whole[place].add(entry.org)
        self.ambiguous = frozenset(place for place, found in orgs.items() if len(found) > 1)
        self._org = {place: next(iter(found)) for place, found in orgs.items() if len(found) == 1}
        self._whole = {place: next(iter(found)) for place, found in whole.items() if len(found) == 1}

    def find(self, key: str | None, country: str | None, units: bool = True) -> str | None:
        """The organisation of ``key``; ``units``: also by the names of its parts."""
        if key is None:
            return None
        place = (to_iso(country) or "", key)
        return self._org.get(place) if units else self._whole.get(place)

    def organisation_of(
        self,
        names: Iterable[NormalisedName],
        country: str | None,
        site: frozenset[str] = frozenset(),
        strict: bool = False,
    ) -> str | None:
        """The one organisation the names lead to; None when none does, or when they lead to two (a record whose
        names the register gives to two organisations is not for the register to settle). ``site``: the words of
        the record's city, which a name may add ("CEA GRENOBLE", "UCL London") and which are then dropped.
        ``strict``: only as the names are, never by the names of units, nor with a site or an acronym dropped, nor
        in parts."""
        found = set()
        for name in names:
            org = self._organisation_named(name, country, site, strict)
            if org is None and not strict and _JOINED.search(name.original):
                org = self._organisation_in_parts(name, country, site)
            if org:
                found.add(org)
        return found.pop() if len(found) == 1 else None

    def _organisation_named(
        self, name: NormalisedName, country: str | None, site: frozenset[str], strict: bool = False
    ) -> str | None:
        for key in name_keys(name):
            org = self.find(key, country, units=not strict)
            if org:
                return org
        if strict:
            return None
        org = self.find(_without_site(name, site), country)
        # A place in a company's name is often a subsidiary's ("Bosch Hamburg"), never a site.
        if org and self.kinds.get(org) != "company":
            return org
        return self.find(_without_acronym(name), country)

    def _organisation_in_parts(self, name: NormalisedName, country: str | None, site: frozenset[str]) -> str | None:
        """ "UNIVERSITETET I TROMSOE - NORGES ARKTISKE UNIVERSITET": two names of one body; "Faculty of Electrical
        Engineering, Czech Technical University in Prague": a unit of a body. Known when every part that identifies
        anything is known as the one body, or names a unit ("Faculty of ...", "Department of ..."). "Acme AG, Zug"
        is not Zug's company, and "Institute of X, Polish Academy of Sciences" not the academy: institutes there
        are bodies of their own."""
        orgs = set()
        for text in _JOINED.split(name.original):
            part = normalise(text, country)
            if not part.distinctive_tokens - site:
                continue  # a place, a legal form, nothing that identifies
            org = self._organisation_named(part, country, site)
            if org:
                orgs.add(org)
            elif part.legal_form or not part.token_set & _UNIT_WORDS:
                return None
        return orgs.pop() if len(orgs) == 1 else None

    def extended(self, entries: Iterable[Entry]) -> KnownNames:
        """This index with more entries; a key the new entries give to another organisation becomes ambiguous."""
        return KnownNames([*self._entries, *entries], self.kinds)


def read_register(path: Path = REGISTER) -> list[KnownName]:
    """The curated register; a malformed row is an error naming its line, never skipped."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != REGISTER_COLUMNS:
            raise ValueError(f"{path.name}: header must be {','.join(REGISTER_COLUMNS)}")
        rows = []
        for line, row in enumerate(reader, start=2):
            if None in row or any(row[c] is None for c in REGISTER_COLUMNS):
                raise ValueError(f"{path.name}:{line}: expected {len(REGISTER_COLUMNS)} fields")
            entry = KnownName(**{c: row[c].strip() for c in REGISTER_COLUMNS})
            problem = _problem(entry)
            if problem:
                raise ValueError(f"{path.name}:{line}: {problem}")
            rows.append(entry)
    return rows


def _problem(entry: KnownName) -> str | None:
    if not entry.org or not entry.name:
        return "org and name are required"
    if entry.name_type not in NAME_TYPES:
        return f"name_type {entry.name_type!r} is not one of {sorted(NAME_TYPES)}"
    if entry.kind not in KINDS:
        return f"kind {entry.kind!r} is not one of {sorted(KINDS)}"
    if to_iso(entry.country) != entry.country or len(entry.country) != 2:
        return f"country {entry.country!r} is not an ISO 3166-1 alpha-2 code"
    if entry.name_type in ("former", "predecessor") and not entry.note:
        return f"a {entry.name_type} name needs a note saying when and how it changed"
    return None


def register_entries(rows: Iterable[KnownName]) -> list[Entry]:
    return [entry for row in rows for entry in _entries_of(row, normalise(row.name, row.country))]


def _entries_of(row: KnownName, name: NormalisedName) -> list[Entry]:
    if row.name_type in NOT_ITS_NAME:
        return []
    # A key that is only the city's name ("U.Porto" is "porto", "V-ZUG" "zug") would make the city the body.
    city = normalise(row.city, row.country).token_set | set(literal_words(row.city)) if row.city else frozenset()
    return [
        Entry(row.org, row.country, key, _everywhere(name, key), row.name_type == "unit")
        for key in name_keys(name)
        if not set(key.lstrip(_LITERAL).split()) <= city
    ]


def _everywhere(name: NormalisedName, key: str) -> bool:
    """Long names that identify are looked up for records without a country too; generic ones ("National Research
    Council" is Italy's and others') and short ones are not."""
    return len(key.split()) >= MIN_WORDS_WITHOUT_COUNTRY and bool(name.distinctive_tokens)


@cache
def register_rows() -> tuple[tuple[KnownName, NormalisedName], ...]:
    """The shipped register's rows, each with its name taken apart: read and normalised once per process."""
    return tuple((row, normalise(row.name, row.country)) for row in read_register())


@cache
def register() -> KnownNames:
    """The shipped register as an index, made once per process."""
    rows = register_rows()
    entries = [entry for row, name in rows for entry in _entries_of(row, name)]
    return KnownNames(entries, {row.org: row.kind for row, _ in rows})


def ror_entries(
    names_by_record: Mapping[str, tuple[str | None, Sequence[NormalisedName]]], known: KnownNames
) -> tuple[dict[str, str], list[Entry]]:
    """ROR records as known organisations: a record is a register organisation when its names of two words or more
    lead there as they are (never through an acronym alone: "UAB" is Barcelona's, not every UAB's; never through a
    unit's name: ROR lists many institutes apart from their society, and two ROR records never join); any other is
    one of its own (its id). Every name of a record is a key of its organisation. Returns record → organisation id,
    and the new keys."""
    organisation: dict[str, str] = {}
    entries: list[Entry] = []
    for record, (country, names) in names_by_record.items():
        identifying = [name for name in names if len(name.token_set) >= 2]
        org = known.organisation_of(identifying, country, strict=True) or record
        iso = to_iso(country) or ""
        entries.extend(Entry(org, iso, key, _everywhere(name, key)) for name in names for key in name_keys(name))
        organisation[record] = org
    return organisation, entries
