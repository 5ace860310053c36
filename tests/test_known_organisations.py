"""The shipped register of known names (transforms/data/known_organisations.csv): its shape, which the matcher
relies on, since a wrong or ambiguous row would merge two organisations in every build."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from transforms.known_names import REGISTER, KnownName, literal_key, name_key, read_register, register
from transforms.org_names import normalise


@pytest.fixture(scope="module")
def rows() -> list[KnownName]:
    return read_register(REGISTER)


def test_every_organisation_has_one_display_name_and_one_seat_and_kind(rows: list[KnownName]) -> None:
    displays = Counter(r.org for r in rows if r.name_type == "display")
    orgs = {r.org for r in rows}
    assert {org for org in orgs if displays[org] != 1} == set()
    seats: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for r in rows:
        seats[r.org].add((r.country, r.city, r.kind))
    assert {org: seat for org, seat in seats.items() if len(seat) > 1} == {}


def test_organisation_ids_start_with_their_country(rows: list[KnownName]) -> None:
    assert [r.org for r in rows if not r.org.startswith(r.country.lower() + "-")] == []


def test_no_name_is_listed_twice_for_one_organisation(rows: list[KnownName]) -> None:
    repeated = Counter((r.org, r.name) for r in rows)
    assert [name for name, count in repeated.items() if count > 1] == []


def test_no_name_as_written_is_shared_by_two_organisations_of_one_country(rows: list[KnownName]) -> None:
    # Normalised keys may collide ("Vrije Universiteit Brussel" and "Université libre de Bruxelles" are both "free
    # university brussels"): then the names count only as written, and those must tell the organisations apart.
    ambiguous = sorted(place for place in register().ambiguous if place[0] and place[1].startswith("="))
    if ambiguous:
        owners = defaultdict(set)
        for r in rows:
            owners[(r.country, literal_key(normalise(r.name, r.country)))].add(f"{r.org}: {r.name}")
        pytest.fail("; ".join(f"{place}: {sorted(owners[place])}" for place in ambiguous[:20]))


def test_names_the_normalised_key_confuses_are_still_told_apart_as_written() -> None:
    known = register()
    vub, ulb = normalise("Vrije Universiteit Brussel", "BE"), normalise("Université libre de Bruxelles", "BE")
    assert name_key(vub) == name_key(ulb)
    assert ("BE", name_key(vub)) in known.ambiguous
    assert known.organisation_of([vub], "BE") != known.organisation_of([ulb], "BE")
    assert None not in (known.organisation_of([vub], "BE"), known.organisation_of([ulb], "BE"))
    assert known.organisation_of([normalise("Free University of Brussels", "BE")], "BE") is None


def test_every_name_leaves_words_to_look_up(rows: list[KnownName]) -> None:
    # A name that is only a legal form or institution word ("GmbH", "University") would know nothing.
    assert [r.name for r in rows if not name_key(normalise(r.name, r.country))] == []
