"""The matcher's rules one by one: deterministic keys, names with location, constraints, judgements."""

from __future__ import annotations

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
        ]
    )
    assert result.group_of["a"] == result.group_of["b"]
    link = next(link for link in result.links if {link.a, link.b} == {"a", "b"})
    assert link.decision == "linked" and link.rule in ("same_name", "name_location")
