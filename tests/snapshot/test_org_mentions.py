"""The generated organisation mentions of the matching benchmark: determinism, a complete answer key, the hard
negatives and variations the benchmark relies on, a realistic size distribution, and speed."""

from __future__ import annotations

import time
from collections import Counter, defaultdict

import pytest

from landscape.snapshot.org_mentions import (
    DEFAULT_SEED,
    HARD_NEGATIVES,
    KINDS,
    Population,
    ascii_name,
    entity_sizes,
    generate_mentions,
    generate_population,
)

N = 20_000


@pytest.fixture(scope="module")
def population() -> Population:
    return generate_population(N)


def test_same_seed_same_mentions_other_seed_others() -> None:
    first, truth = generate_mentions(3000)
    again, truth_again = generate_mentions(3000, seed=DEFAULT_SEED)
    assert first == again
    assert truth == truth_again
    other, _ = generate_mentions(3000, seed=DEFAULT_SEED + 1)
    assert {m.name for m in other} != {m.name for m in first}


def test_exactly_n_mentions_each_with_a_unique_key_and_a_true_entity(population: Population) -> None:
    keys = [m.key for m in population.mentions]
    assert len(keys) == N
    assert len(set(keys)) == N
    assert population.truth.keys() == set(keys)
    assert set(population.truth.values()) == set(population.kinds)
    assert set(population.kinds.values()) == set(KINDS)


def test_about_a_third_as_many_entities_as_mentions_with_a_heavy_tail(population: Population) -> None:
    sizes = entity_sizes(population.truth)
    assert 0.25 <= len(sizes) / N <= 0.42
    singletons = sum(1 for s in sizes if s == 1) / len(sizes)
    assert 0.35 <= singletons <= 0.75
    # Heavy-tailed: a few organisations with dozens of records, none with a large share of all of them.
    assert sizes[0] >= 30
    assert sizes[0] <= 0.02 * N
    assert sum(1 for s in sizes if s >= 10) >= 50


def test_every_source_style_and_its_identifiers(population: Population) -> None:
    by_source: dict[str, list] = defaultdict(list)
    for mention in population.mentions:
        by_source[mention.source].append(mention)
    assert set(by_source) == {"cordis", "patentsview", "epo_ops", "ror", "cluster_members"}
    assert all(dict(m.ids).get("pic") for m in by_source["cordis"])
    assert all(dict(m.ids).get("ror") for m in by_source["ror"])
    assert all(dict(m.ids).get("assignee") for m in by_source["patentsview"])
    assert not any(m.ids for m in by_source["epo_ops"] + by_source["cluster_members"])
    # CORDIS writes upper case without accents; epodoc names carry no city.
    upper = sum(1 for m in by_source["cordis"] if m.name == m.name.upper() and m.name.isascii())
    assert upper / len(by_source["cordis"]) > 0.85
    assert all(m.city is None for m in by_source["epo_ops"])


def test_identifiers_belong_to_one_entity_which_may_hold_several(population: Population) -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for mention in population.mentions:
        for kind, value in mention.ids:
            owners[(kind, value)].add(population.truth[mention.key])
    assert all(len(entities) == 1 for entities in owners.values())
    pics = Counter(e for (kind, _), es in owners.items() if kind == "pic" for e in es)
    assert any(count >= 2 for count in pics.values()), "an organisation registered twice in CORDIS"
    vat_records = Counter(value for m in population.mentions for kind, value in m.ids if kind == "vat")
    twice = [value for value, count in vat_records.items() if count >= 2]
    assert twice, "two PICs of one organisation share its VAT number"
    assignees = Counter(e for (kind, _), es in owners.items() if kind == "assignee" for e in es)
    assert sum(1 for count in assignees.values() if count >= 2) >= 20, "PatentsView duplicates across ids"


def test_the_variations_the_benchmark_reports_on_all_occur(population: Population) -> None:
    tags = Counter(tag for variants in population.variants.values() for tag in variants)
    for tag in (
        "typo",
        "epodoc",
        "reordered",
        "acronym_only",
        "translated",
        "legal:long",
        "legal:none",
        "accents:dropped",
        "case:upper",
        "city:none",
        "city:english",
        "city:exonym",
        "brand_only",
        "foreign_country",
        "second_pic",
        "institute_name",
    ):
        assert tags[tag] >= 5, tag
    assert 0.02 <= tags["typo"] / N <= 0.12


def test_hard_negatives_are_there_and_look_like_their_kind(population: Population) -> None:
    names: dict[str, list[str]] = defaultdict(list)
    countries: dict[str, Counter[str | None]] = defaultdict(Counter)
    for mention in population.mentions:
        names[population.truth[mention.key]].append(mention.name)
        countries[population.truth[mention.key]][mention.country] += 1
    relations = Counter(kind for kind, _, _ in population.relations)
    assert set(relations) == set(HARD_NEGATIVES)
    assert relations["subsidiary"] >= 100
    assert relations["homonym"] >= 30
    assert relations["similar_name"] >= 30
    assert relations["sister_institute"] >= 30

    def words(entity: str) -> set[str]:
        return {w for name in names[entity] for w in ascii_name(name).casefold().replace("-", " ").split()}

    alike: Counter[str] = Counter()
    for kind, a, b in population.relations:
        assert a != b
        assert names[a] and names[b]
        alike[kind] += bool(words(a) & words(b))
    # Hard negatives look alike: they share a word (the brand, the network, the name), unless their few records
    # happen to be in two languages ("Institut Méridien de ..." / "Meridian Institute of ...").
    for kind in ("subsidiary", "homonym", "similar_name", "sister_institute"):
        assert alike[kind] >= 0.9 * relations[kind], kind
    homonyms = [(a, b) for kind, a, b in population.relations if kind == "homonym"]
    assert all(population.kinds[a] == population.kinds[b] == "company" for a, b in homonyms)
    # Namesakes live in different countries (a registry may still list one under another country).
    abroad = sum(1 for a, b in homonyms if countries[a].most_common(1)[0][0] != countries[b].most_common(1)[0][0])
    assert abroad >= 0.9 * len(homonyms)
    # Universität X / Technische Universität X: one-word-apart names of different universities of one city.
    universities = [(a, b) for kind, a, b in population.relations if kind == "similar_name"]
    assert any(population.kinds[a] == "university" for a, _ in universities)


def test_institutes_of_a_society_are_the_society(population: Population) -> None:
    societies = [e for e, kind in population.kinds.items() if kind == "society"]
    assert societies
    institute_mentions = [key for key, tags in population.variants.items() if "institute_name" in tags]
    assert {population.truth[key] for key in institute_mentions} <= set(societies)


def test_generation_is_fast_enough_for_300k_in_a_minute() -> None:
    started = time.perf_counter()
    generate_mentions(N, seed=7)
    elapsed = time.perf_counter() - started
    # Generation grows linearly with n; 15 times the 20k time must stay well inside the minute.
    assert elapsed * 15 < 60, f"{elapsed:.1f} s for {N:,} mentions"
