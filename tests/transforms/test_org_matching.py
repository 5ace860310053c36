"""The matcher's rules one by one: deterministic keys, names with location, constraints, judgements."""

from __future__ import annotations

import pytest

from transforms.known_names import KnownNames
from transforms.org_matching import Judgement, OrgMention, match


def groups(mentions: list[OrgMention], judgements: list[Judgement] | None = None) -> list[set[str]]:
    result = match(mentions, judgements or [])
    found: dict[str, set[str]] = {}
    for key, root in result.group_of.items():
        found.setdefault(root, set()).add(key)
    return sorted(found.values(), key=lambda g: sorted(g))


def test_identifiers_link_records_whatever_their_names() -> None:
    mentions = [
        OrgMention("cordis:1", "cordis", "ACME RESEARCH GMBH", "DE", ids=(("pic", "999000001"), ("vat", "DE123"))),
        OrgMention("cordis:2", "cordis", "Acme Forschung", "DE", ids=(("pic", "999000002"), ("vat", "DE123"))),
        OrgMention("patentsview:a", "patentsview", "Brightline Optics Inc", "US", ids=(("assignee", "a-1"),)),
        OrgMention("patentsview:b", "patentsview", "BRIGHTLINE OPTICS CORP", "US", ids=(("assignee", "a-1"),)),
        OrgMention("ror:x", "ror", "Zeta Institut", "FR", ids=(("ror", "0abc"),)),
        OrgMention("other:x", "other", "Institut Zeta de Paris", "FR", ids=(("ror", "0abc"),)),
    ]
    found = groups(mentions)
    # One legal entity registered twice shares its VAT number: the two PICs join.
    assert {"cordis:1", "cordis:2"} in found
    assert {"patentsview:a", "patentsview:b"} in found
    assert {"ror:x", "other:x"} in found


def test_names_with_legal_forms_case_and_accents_meet_in_the_same_country() -> None:
    found = groups(
        [
            OrgMention("a", "cordis", "TECHNISCHE UNIVERSITAET MUENCHEN", "DE", "MUENCHEN"),
            OrgMention("b", "ror", "Technische Universität München", "DE", "München"),
            OrgMention("c", "patentsview", "Robert Bosch GmbH", "DE"),
            OrgMention("d", "epo_ops", "ROBERT BOSCH", "DE"),
            OrgMention("e", "ror", "Technische Universität München", "AT", "Wien"),  # not in Germany
        ]
    )
    assert {"a", "b"} in found and {"c", "d"} in found and {"e"} in found


def test_a_university_is_not_its_technical_university_nor_two_ror_ids_one_organisation() -> None:
    found = groups(
        [
            OrgMention("a", "cordis", "UNIVERSITAET HAMBURG", "DE", "HAMBURG"),
            OrgMention("b", "cordis", "TECHNISCHE UNIVERSITAT HAMBURG", "DE", "HAMBURG"),
            OrgMention("r1", "ror", "Institut Pasteur", "FR", ids=(("ror", "01"),)),
            OrgMention("r2", "ror", "Institut Pasteur", "FR", ids=(("ror", "02"),)),
        ]
    )
    assert {"a"} in found and {"b"} in found
    assert {"r1"} in found and {"r2"} in found
    evidence = {
        (link.a, link.b): link
        for link in match(
            [
                OrgMention("r1", "ror", "Institut Pasteur", "FR", ids=(("ror", "01"),)),
                OrgMention("r2", "ror", "Institut Pasteur", "FR", ids=(("ror", "02"),)),
            ]
        ).links
    }
    assert evidence[("r1", "r2")].decision == "refused:ror"


def test_a_lone_acronym_meets_its_full_name() -> None:
    found = groups(
        [
            OrgMention("a", "member", "CNRS", "FR"),
            OrgMention("b", "cordis", "CENTRE NATIONAL DE LA RECHERCHE SCIENTIFIQUE", "FR", "PARIS"),
        ]
    )
    assert {"a", "b"} in found


def test_judgements_override_every_automatic_decision() -> None:
    twins = [
        OrgMention("a", "cordis", "ACME SA", "FR", "PARIS"),
        OrgMention("b", "cordis", "ACME SA", "FR", "PARIS"),
        OrgMention("c", "cordis", "Zephyr Labs", "FR", "LYON"),
    ]
    assert {"a", "b"} in groups(twins)
    judged = [
        Judgement("a", "b", "not_same", "curator", "two companies of that name"),
        Judgement("a", "c", "same", "curator", "renamed in 2024"),
    ]
    found = groups(twins, judged)
    assert {"a", "c"} in found and {"b"} in found
    decisions = {(link.a, link.b): link.decision for link in match(twins, judged).links}
    assert decisions[("a", "b")] == "judged_not_same" and decisions[("a", "c")] == "judged_same"


def test_every_decision_keeps_its_evidence() -> None:
    result = match(
        [
            OrgMention("a", "cordis", "KATHOLIEKE UNIVERSITEIT LEUVEN", "BE", "LEUVEN"),
            OrgMention("b", "ror", "KU Leuven", "BE", "Leuven", aliases=("Katholieke Universiteit Leuven",)),
        ],
        known_names=KnownNames([]),  # the names themselves, not the register's knowledge of them
    )
    assert result.group_of["a"] == result.group_of["b"]
    link = next(link for link in result.links if {link.a, link.b} == {"a", "b"})
    assert link.decision == "linked" and link.rule in ("same_name", "name_location")


def test_misspellings_truncations_and_inner_legal_forms_still_meet() -> None:
    found = groups(
        [
            # A slip in the institution word and in the distinctive one, as hand-typed registry entries have them.
            OrgMention("a", "cordis", "UNIVERISTAET GRAVENSTEIN", "DE", "GRAVENSTEIN"),
            OrgMention("b", "ror", "Universität Gravenstien", "DE", "Gravenstein"),
            # epodoc truncates words ("SYS", "ASSIST") and moves the founder's first name behind the legal form.
            OrgMention("c", "epo_ops", "HALVARD WIND SYS AS", "DK"),
            OrgMention("d", "patentsview", "Halvard Wind Systems A/S", "DK", "Aarhus"),
            OrgMention("e", "epo_ops", "KESSLER GMBH JOHANN", "DE"),
            OrgMention("f", "patentsview", "Johann Kessler GmbH", "DE", "Ulm"),
            # A long legal form with a slip is still a legal form, not a second name word.
            OrgMention("g", "cordis", "MOLTRAX AKTIENGESELLSHAFT", "DE", "KIEL"),
            OrgMention("h", "patentsview", "Moltrax AG", "DE", "Kiel"),
        ]
    )
    for pair in ({"a", "b"}, {"c", "d"}, {"e", "f"}, {"g", "h"}):
        assert pair in found, found


def test_a_shared_brand_is_not_an_acronym_and_a_national_company_is_not_its_group() -> None:
    from transforms.org_matching import pair_score

    group = OrgMention("group", "patentsview", "KLM Ltd", "CH", "Zürich")
    swiss = OrgMention("swiss", "patentsview", "KLM Schweiz AG", "CH", "Baden")
    parent = OrgMention("parent", "patentsview", "Veltra Holding N.V.", "NL", "Eindhoven")
    national = OrgMention("national", "patentsview", "Veltra Nederland B.V.", "NL", "Eindhoven")
    found = groups([group, swiss, parent, national])
    assert {"group"} in found and {"swiss"} in found
    assert {"parent"} in found and {"national"} in found
    # ...and for the reasons named, not merely for lack of a candidate pair.
    brand = pair_score(group, swiss)[1]
    assert brand["acronym"] == 1.0 and brand["acronym_initials"] == brand["lone_acronym"] == 0.0
    assert pair_score(parent, national)[1]["country_word_conflict"] == 1.0


def test_an_acronym_written_as_a_brand_meets_its_full_name() -> None:
    found = groups(
        [
            OrgMention("brand", "registry", "Ivrea", "FR", "Grenoble"),
            OrgMention("full", "cordis", "INSTITUT VOLTAIQUE DE RECHERCHE EN ENERGIE ALPINE", "FR", "GRENOBLE"),
            # German compounds are abbreviated by their parts: Forschungs-Zentrum -> FZ.
            OrgMention("fz", "registry", "FZW", "DE", "Wendstadt"),
            OrgMention("fz-full", "ror", "Forschungszentrum Wendstadt GmbH", "DE", "Wendstadt"),
        ]
    )
    assert {"brand", "full"} in found
    assert {"fz", "fz-full"} in found


def test_the_same_city_written_two_ways_is_not_another_city() -> None:
    from transforms.org_matching import pair_score

    def features(city_a: str, city_b: str) -> dict[str, float]:
        a = OrgMention("a", "cordis", "HALVARD INSTRUMENTS", "FR", city_a)
        b = OrgMention("b", "ror", "Halvard Instruments", "FR", city_b)
        return pair_score(a, b)[1]

    for city_a, city_b in (("PARIS 15", "Paris"), ("Kgs. Lyngby", "KONGENS LYNGBY"), ("Upsala", "Uppsala")):
        assert features(city_a, city_b)["same_city"] == 1.0, (city_a, city_b)
        assert features(city_a, city_b)["other_city"] == 0.0
    assert features("Lyon", "Lille")["other_city"] == 1.0


def test_two_worker_processes_decide_exactly_as_one() -> None:
    from landscape.snapshot.org_mentions import generate_population

    population = generate_population(4_000, seed=11)
    serial = match(population.mentions, workers=1)
    shared = match(population.mentions, workers=2)
    assert shared.group_of == serial.group_of
    assert [(link.a, link.b, link.score, link.decision) for link in shared.links] == [
        (link.a, link.b, link.score, link.decision) for link in serial.links
    ]
    # The two runs must actually have scored pairs, or the comparison says nothing.
    assert sum(1 for link in serial.links if link.rule == "name_location") > 100


def test_the_worker_count_comes_from_the_environment_and_a_bad_one_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from transforms.parallel import default_workers

    monkeypatch.setenv("LANDSCAPE_MATCH_WORKERS", "1")
    assert default_workers() == 1
    monkeypatch.setenv("LANDSCAPE_MATCH_WORKERS", "two")
    with pytest.raises(ValueError, match="LANDSCAPE_MATCH_WORKERS"):
        default_workers()
    monkeypatch.delenv("LANDSCAPE_MATCH_WORKERS")
    assert 1 <= default_workers() <= 2


def test_an_acronym_that_spells_the_other_name_stands_for_its_words_and_its_kind() -> None:
    from transforms.org_matching import pair_score

    def features(a: str, b: str, city_a: str = "Halvern", city_b: str = "Halvern") -> dict[str, float]:
        return pair_score(OrgMention("a", "registry", a, "DE", city_a), OrgMention("b", "cordis", b, "DE", city_b))[1]

    expanded = features("KEV", "KOMMISSION FUER ENERGIE UND VERKEHR")
    assert expanded["acronym_initials"] == 1.0
    assert expanded["aligned"] == 1.0 and expanded["extra_distinctive"] == 0.0  # its words are not left over
    school = features("TUH School of Management", "TECHNISCHE UNIVERSITAET HALVERN")
    assert school["acronym_initials"] == 1.0 and school["speciality_conflict"] == 0.0  # TUH is the university
    # The acronym and the words after it: "KU Halvern" is "Katholieke Universiteit Halvern".
    assert features("KU Halvern Research & Development", "KATHOLIEKE UNIVERSITEIT HALVERN")["acronym_initials"] == 1.0
    assert {"a", "b"} in groups(
        [
            OrgMention("a", "registry", "KU Halvern Research & Development", "BE", "Halvern"),
            OrgMention("b", "cordis", "KATHOLIEKE UNIVERSITEIT HALVERN", "BE", "HALVERN"),
        ]
    )
    # Two names that merely share a word are no expansion of each other.
    assert features("KU Halvern", "Halvern Kunststoff GmbH")["acronym_initials"] == 0.0


def test_a_failing_worker_makes_the_parent_raise_with_its_error() -> None:
    from transforms.parallel import map_chunks

    def boom(_: object, chunk: list[int]) -> list[int]:
        if 7 in chunk:
            raise ValueError("chunk with seven")
        return [x * 2 for x in chunk]

    assert map_chunks(boom, list(range(7)), None, workers=2) == [x * 2 for x in range(7)]
    with pytest.raises(RuntimeError, match="chunk with seven"):
        map_chunks(boom, list(range(20)), None, workers=2)


def test_workers_start_and_finish_while_other_threads_hold_locks() -> None:
    """The build forks while other threads run (DuckDB's, a server's): a worker must not inherit a held lock."""
    import threading

    from transforms.parallel import map_chunks

    held, release = threading.Lock(), threading.Event()

    def holder() -> None:
        with held:
            release.wait(10)

    thread = threading.Thread(target=holder)
    thread.start()
    try:
        result = map_chunks(lambda _, chunk: [x + 1 for x in chunk], list(range(1000)), None, workers=2)
    finally:
        release.set()
        thread.join()
    assert result == list(range(1, 1001))
