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
from collections.abc import Iterable, Mapping
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
# Without a country a name is looked up across Europe only when it has this many words: acronyms and short
# names ("UCL", "University of Porto" is fine, "Technion" is not) repeat between countries too often.
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
# Literal keys are kept apart from normalised ones in one index by this mark.
_LITERAL = "="


def literal_key(name: NormalisedName) -> str | None:
    """The words as written, as a sorted set (legal form and particles included)."""
    words = sorted(set(literal_words(name.original)))
    return _LITERAL + " ".join(words) if words else None


def _without_site(name: NormalisedName, site: frozenset[str]) -> str | None:
    """The name's key without the words of its site, if it had some and what is left still identifies (not only
    "university"). Companies keep theirs: a place in a company name is often a subsidiary's ("Bosch Hamburg")."""
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
    """The keys a name is looked up by, the more literal first. A name made of one or two words that only say what
    kind of body it is ("IST" reads as "institute", "Technion" and "TU/e" as "tech university", "Hospital Clínic" as
    "hospital") is looked up only as written: normalised, it would be the key of every such body of its country."""
    normalised = name_key(name) if _identifies(name, name.token_set) else None
    return tuple(key for key in (literal_key(name), normalised) if key)


def _identifies(name: NormalisedName, words: frozenset[str]) -> bool:
    return bool(words & name.distinctive_tokens) or len(words) >= MIN_GENERIC_WORDS


class KnownNames:
    """An index of names to organisation ids, within a country and (for long names) across Europe."""

    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """``entries``: (organisation id, ISO country or "" when unknown, key)."""
        self._entries = list(entries)
        orgs: dict[tuple[str, str], set[str]] = defaultdict(set)
        for org, country, key in self._entries:
            if country:
                orgs[(country, key)].add(org)
            if len(key.split()) >= MIN_WORDS_WITHOUT_COUNTRY:
                orgs[("", key)].add(org)
        self.ambiguous = frozenset(place for place, found in orgs.items() if len(found) > 1)
        self._org = {place: next(iter(found)) for place, found in orgs.items() if len(found) == 1}

    def __len__(self) -> int:
        return len(self._org)

    def find(self, key: str | None, country: str | None) -> str | None:
        if key is None:
            return None
        iso = to_iso(country) or ""
        if not iso and len(key.split()) < MIN_WORDS_WITHOUT_COUNTRY:
            return None
        return self._org.get((iso, key))

    def organisation_of(
        self, names: Iterable[NormalisedName], country: str | None, site: frozenset[str] = frozenset()
    ) -> str | None:
        """The one organisation the names lead to; None when none does, or when they lead to two (a record whose
        names the register gives to two organisations is not for the register to settle). ``site``: the words of
        the record's city, which a name may add ("CEA GRENOBLE", "UCL London") and which are then dropped."""
        found = set()
        for name in names:
            org = self._organisation_named(name, country, site)
            if org is None and _JOINED.search(name.original):
                # "UNIVERSITETET I TROMSOE - NORGES ARKTISKE UNIVERSITET": two names of one body, or a body and
                # its unit ("Faculty of Electrical Engineering, Czech Technical University in Prague"); known when
                # the parts known agree.
                parts = {
                    self._organisation_named(normalise(part, country), country, site)
                    for part in _JOINED.split(name.original)
                }
                parts.discard(None)
                org = parts.pop() if len(parts) == 1 else None
            if org:
                found.add(org)
        return found.pop() if len(found) == 1 else None

    def _organisation_named(self, name: NormalisedName, country: str | None, site: frozenset[str]) -> str | None:
        for key in (*name_keys(name), _without_site(name, site), _without_acronym(name)):
            org = self.find(key, country)
            if org:
                return org
        return None

    def extended(self, entries: Iterable[tuple[str, str, str]]) -> KnownNames:
        """This index with more entries; a key the new entries give to another organisation becomes ambiguous."""
        return KnownNames([*self._entries, *entries])


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


def register_entries(rows: Iterable[KnownName]) -> list[tuple[str, str, str]]:
    entries: list[tuple[str, str, str]] = []
    for row in rows:
        if row.name_type in NOT_ITS_NAME:
            continue
        entries.extend((row.org, row.country, key) for key in name_keys(normalise(row.name, row.country)))
    return entries


@cache
def register() -> KnownNames:
    """The shipped register, read once per process."""
    return KnownNames(register_entries(read_register()))


def ror_entries(
    names_by_record: Mapping[str, tuple[str | None, Iterable[NormalisedName]]], known: KnownNames
) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """ROR records as known organisations: a record the register already names is that organisation; any other
    is one of its own (its id). Every name of a record is a key of its organisation. Returns record → organisation
    id, and the new keys."""
    organisation: dict[str, str] = {}
    entries: list[tuple[str, str, str]] = []
    for record, (country, names) in names_by_record.items():
        names = list(names)
        org = known.organisation_of(names, country) or record
        iso = to_iso(country) or ""
        entries.extend((org, iso, key) for name in names for key in name_keys(name))
        organisation[record] = org
    return organisation, entries
