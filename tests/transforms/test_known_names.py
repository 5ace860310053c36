"""Known names: the curated register and ROR's names, looked up within a country, decide before string similarity."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.known_names import (
    REGISTER_COLUMNS,
    KnownName,
    KnownNames,
    _without_site,
    name_key,
    read_register,
    register_entries,
)
from transforms.org_matching import OrgMention, match
from transforms.org_names import normalise


def register_of(*rows: KnownName) -> KnownNames:
    return KnownNames(register_entries(rows), {row.org: row.kind for row in rows})


def row(
    org: str, country: str, name: str, name_type: str = "alias", kind: str = "research", city: str = ""
) -> KnownName:
    return KnownName(org, country, city, kind, name_type, "", name, "")


def known(*rows: tuple[str, str, str]) -> KnownNames:
    """A register of (org, country, name) rows."""
    return register_of(*(row(org, country, name) for org, country, name in rows))


def known_as(names: KnownNames, name: str, country: str) -> str | None:
    return names.organisation_of([normalise(name, country)], country)


def key(name: str, country: str | None = None) -> str | None:
    return name_key(normalise(name, country))


def test_a_name_is_looked_up_by_its_words_whatever_their_language_order_case_and_legal_form() -> None:
    assert key("Universität Wien", "AT") == key("University of Vienna", "AT") == key("UNIVERSITAET WIEN", "AT")
    assert key("Nokia Oyj", "FI") == key("NOKIA CORP", "FI")
    assert key("Universität Hamburg", "DE") != key("Technische Universität Hamburg", "DE")


def test_names_are_found_within_their_country_and_long_ones_without_a_country() -> None:
    names = known(
        ("nl-tno", "NL", "TNO"),
        ("nl-tno", "NL", "Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk Onderzoek"),
    )
    assert names.find(key("TNO", "NL"), "NL") == "nl-tno"
    assert names.find(key("TNO", "BE"), "BE") is None  # another country's TNO is not this one
    assert names.find(key("TNO"), None) is None  # a bare acronym without a country could be anyone's
    long = key("Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk Onderzoek")
    assert names.find(long, None) == "nl-tno"
    assert names.find(long, "EL") is None


def test_a_key_two_organisations_of_one_country_share_is_dropped_for_both() -> None:
    names = known(
        ("es-upm", "ES", "UPM"),
        ("es-upm", "ES", "Universidad Politécnica de Madrid"),
        ("es-other", "ES", "UPM"),
        ("fi-upm", "FI", "UPM"),
    )
    assert names.find(key("UPM", "ES"), "ES") is None
    assert ("ES", key("UPM", "ES")) in names.ambiguous
    assert names.find(key("UPM", "FI"), "FI") == "fi-upm"
    assert names.find(key("Universidad Politécnica de Madrid", "ES"), "ES") == "es-upm"


def test_a_predecessor_is_another_organisation_and_never_looked_up() -> None:
    city = ("fr-upc", "FR", "Paris", "university")
    rows = [
        KnownName(*city, "display", "fr", "Université Paris Cité", ""),
        KnownName(*city, "former", "fr", "Université de Paris", "renamed 2022"),
        KnownName(*city, "predecessor", "fr", "Université Paris Descartes", "merged 2019 into Université de Paris"),
    ]
    names = KnownNames(register_entries(rows))
    assert names.find(key("Université de Paris", "FR"), "FR") == "fr-upc"
    assert names.find(key("UNIVERSITE PARIS DESCARTES", "FR"), "FR") is None


def test_names_leading_to_two_organisations_lead_to_none() -> None:
    names = known(("a", "DE", "Alpha Forschung"), ("b", "DE", "Beta Forschung"))
    both = [normalise("Alpha Forschung", "DE"), normalise("Beta Forschung", "DE")]
    assert names.organisation_of(both, "DE") is None
    assert names.organisation_of(both[:1], "DE") == "a"


def test_an_acronym_meets_its_full_name_and_a_former_name_its_successor_through_the_register() -> None:
    names = known(
        ("nl-tno", "NL", "TNO"),
        ("nl-tno", "NL", "Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk Onderzoek"),
        ("it-leonardo", "IT", "Leonardo S.p.A."),
        ("it-leonardo", "IT", "Finmeccanica"),
    )
    result = match(
        [
            OrgMention(
                "cordis:1",
                "cordis",
                "NEDERLANDSE ORGANISATIE VOOR TOEGEPAST NATUURWETENSCHAPPELIJK ONDERZOEK TNO",
                "NL",
            ),
            OrgMention("epo:1", "epo", "TNO", "NL"),
            OrgMention("epo:2", "epo", "FINMECCANICA SPA", "IT"),
            OrgMention("cordis:2", "cordis", "LEONARDO - SOCIETA PER AZIONI", "IT", "Roma"),
            OrgMention("epo:3", "epo", "TNO", "BE"),
        ],
        known_names=names,
    )
    assert result.group_of["cordis:1"] == result.group_of["epo:1"]
    assert result.group_of["epo:2"] == result.group_of["cordis:2"]
    assert result.group_of["epo:3"] not in {result.group_of["epo:1"], result.group_of["cordis:2"]}
    rules = {frozenset((link.a, link.b)): (link.rule, link.decision) for link in result.links}
    assert rules[frozenset(("epo:2", "cordis:2"))] == ("same_known_name", "linked")
    tno, leonardo = "nl-tno", "it-leonardo"
    assert result.known_as == {"cordis:1": tno, "epo:1": tno, "epo:2": leonardo, "cordis:2": leonardo}


def test_two_organisations_the_register_tells_apart_are_never_joined_by_a_name_score() -> None:
    typo = [
        OrgMention("a", "cordis", "Institut für Angewandte Materialforschung Bremen", "DE", "Bremen"),
        OrgMention("c", "epo", "INSTITUT FUR ANGEWANDTE MATERIALFORSHUNG BREMEN", "DE", "Bremen"),
    ]
    unknown = match(typo, known_names=known())
    assert unknown.group_of["c"] == "a"  # the name score alone joins them
    assert [link.rule for link in unknown.links if link.decision == "linked"] == ["name_location"]
    told_apart = known(
        ("de-iam", "DE", "Institut für Angewandte Materialforschung Bremen"),
        ("de-other", "DE", "Institut für Angewandte Materialforshung Bremen"),
    )
    result = match(typo, known_names=told_apart)
    assert result.group_of["c"] == "c"
    assert [link.decision for link in result.links if link.rule == "name_location"] == ["refused:known"]


def test_every_name_of_a_ror_record_is_known_and_a_record_the_register_names_is_that_organisation() -> None:
    ror = OrgMention(
        "ror:05f950310",
        "ror",
        "KU Leuven",
        "BE",
        "Leuven",
        ids=(("ror", "05f950310"),),
        aliases=(
            "Katholieke Universiteit Leuven",
            "Catholic University of Leuven",
            "Université catholique de Louvain néerlandophone",
            "KUL",
        ),
    )
    fourth_alias = OrgMention("epo:1", "epo", "KUL", "BE")
    result = match([ror, fourth_alias], known_names=known())
    assert result.group_of["epo:1"] == result.group_of["ror:05f950310"]
    assert result.known_as == {"ror:05f950310": "ror:05f950310", "epo:1": "ror:05f950310"}
    named = known(("be-kuleuven", "BE", "Katholieke Universiteit Leuven"))
    known_as = match([ror, fourth_alias], known_names=named).known_as
    assert known_as == {"ror:05f950310": "be-kuleuven", "epo:1": "be-kuleuven"}


def test_an_alias_two_ror_records_share_makes_nobody_known_as_either() -> None:
    first = OrgMention("ror:1", "ror", "Alpha Institute of Science", "PT", ids=(("ror", "1"),), aliases=("AIS",))
    second = OrgMention("ror:2", "ror", "Atlantic Institute of Studies", "PT", ids=(("ror", "2"),), aliases=("AIS",))
    acronym = OrgMention("epo:1", "epo", "AIS", "PT")
    result = match([first, second, acronym], known_names=known())
    assert result.known_as == {"ror:1": "ror:1", "ror:2": "ror:2"}
    assert result.group_of["ror:1"] != result.group_of["ror:2"]


def write_register(path: Path, *lines: str) -> Path:
    path.write_text("\n".join([",".join(REGISTER_COLUMNS), *lines]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("x,DE,Berlin,research,nickname,,X,", "name_type 'nickname'"),
        ("x,DE,Berlin,lab,display,,X,", "kind 'lab'"),
        ("x,UK,London,research,display,,X,", "country 'UK'"),
        ("x,DE,Berlin,research,former,de,Alt X,", "a former name needs a note"),
        ("x,DE,Berlin,research,predecessor,de,Alt X,", "a predecessor name needs a note"),
        ("x,DE,Berlin,research,display,,X", "expected 8 fields"),
        ("x,DE,Berlin,research,display,,,", "org and name are required"),
    ],
)
def test_a_malformed_register_row_is_an_error_naming_its_line(tmp_path: Path, line: str, problem: str) -> None:
    path = write_register(tmp_path / "register.csv", "x,DE,Berlin,research,acronym,,XY,", line)
    with pytest.raises(ValueError, match=f"register.csv:3: {problem}"):
        read_register(path)


def test_a_register_with_another_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("org,country,name\nx,DE,X\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header must be"):
        read_register(path)


def test_one_normalised_name_does_not_join_two_organisations_the_register_tells_apart() -> None:
    # "Catholic University of Louvain" (UCLouvain) and "Katholieke Universiteit Leuven" normalise alike.
    names = known(
        ("be-uclouvain", "BE", "Catholic University of Louvain"),
        ("be-kuleuven", "BE", "Katholieke Universiteit Leuven"),
    )
    mentions = [
        OrgMention("a", "cordis", "Catholic University of Louvain", "BE"),
        OrgMention("b", "cordis", "KATHOLIEKE UNIVERSITEIT LEUVEN", "BE"),
    ]
    assert name_key(normalise(mentions[0].name, "BE")) == name_key(normalise(mentions[1].name, "BE"))
    assert match(mentions, known_names=known()).group_of["b"] == "a"
    result = match(mentions, known_names=names)
    assert result.group_of["b"] == "b"
    assert {(link.rule, link.decision) for link in result.links} == {
        ("same_name", "refused:known"),
        ("name_location", "refused:known"),
    }


def test_a_name_that_adds_its_site_is_known_without_it_unless_it_is_a_company_or_only_a_kind_is_left() -> None:
    names = known(
        ("fr-cea", "FR", "CEA"),
        ("fr-cea", "FR", "Commissariat à l'énergie atomique et aux énergies alternatives"),
        ("de-bosch", "DE", "Robert Bosch GmbH"),
    )
    site = frozenset({"grenoble"})
    assert names.organisation_of([normalise("CEA GRENOBLE", "FR")], "FR", site) == "fr-cea"
    assert names.organisation_of([normalise("CEA GRENOBLE", "FR")], "FR") is None  # the record's city must say so
    hamburg = frozenset({"hamburg"})
    assert names.organisation_of([normalise("Robert Bosch Hamburg GmbH", "DE")], "DE", hamburg) is None
    # Without its city, "Universität Hamburg" is only a kind of body: no key.
    assert _without_site(normalise("Universität Hamburg", "DE"), hamburg) is None
    assert _without_site(normalise("CEA GRENOBLE", "FR"), site) == "cea"


def test_a_name_written_with_its_acronym_a_moved_legal_form_or_two_names_joined_is_known() -> None:
    names = known(
        ("nl-airbus", "NL", "Airbus SE"),
        ("nl-airbus", "NL", "European Aeronautic Defence and Space Company"),  # "Company" read as a legal form here
        ("no-uit", "NO", "UiT Norges arktiske universitet"),
        ("no-uit", "NO", "Universitetet i Tromsø"),
        ("no-uit", "NO", "Norges arktiske universitet"),
        ("no-ntnu", "NO", "Norges teknisk-naturvitenskapelige universitet"),
        ("es-uab", "ES", "UAB"),
        ("cz-cvut", "CZ", "České vysoké učení technické v Praze"),
        ("cz-cvut", "CZ", "Czech Technical University in Prague"),
    )

    assert known_as(names, "EUROPEAN AERONAUTIC DEFENCE AND SPACE COMPANY EADS N.V.", "NL") == "nl-airbus"
    assert known_as(names, "UNIVERSITETET I TROMSOE - NORGES ARKTISKE UNIVERSITET", "NO") == "no-uit"
    # A faculty written before its university is the university (it has no legal personality of its own).
    assert known_as(names, "Faculty of Electrical Engineering, Czech Technical University in Prague", "CZ") == "cz-cvut"
    # Any other unknown part makes the whole unknown: an institute, a company, a hospital may be a body of its own.
    assert known_as(names, "Institute of Foo Studies, Czech Technical University in Prague", "CZ") is None
    assert known_as(names, "Acme s.r.o., Czech Technical University in Prague", "CZ") is None
    # A part that identifies nothing but the record's own place is no obstacle.
    faculty = normalise("Faculty of Electrical Engineering, Czech Technical University in Prague, Dejvice", "CZ")
    assert names.organisation_of([faculty], "CZ", frozenset({"dejvice"})) == "cz-cvut"
    assert names.organisation_of([faculty], "CZ") is None
    # A dash joining two known organisations names neither.
    assert known_as(names, "Universitetet i Tromsø - Norges teknisk-naturvitenskapelige universitet", "NO") is None
    # An acronym that spells a legal form is still a name.
    assert known_as(names, "UAB", "ES") == "es-uab"


def test_a_name_of_only_one_or_two_kind_words_is_known_only_as_written() -> None:
    # "IST" reads as "institute" and "Hospital Clínic" as "hospital": normalised, they would be every such body's key.
    names = known(
        ("pt-ist", "PT", "IST"),
        ("es-clinic", "ES", "Hospital Clínic"),
        ("fr-cnrs", "FR", "Centre national de la recherche scientifique"),
    )

    assert known_as(names, "IST", "PT") == "pt-ist"
    assert known_as(names, "Instituto", "PT") is None
    assert known_as(names, "HOSPITAL CLINIC", "ES") == "es-clinic"
    assert known_as(names, "Hospital", "ES") is None
    # Three kind words or more say which body they are, in any order and language.
    assert known_as(names, "National Centre for Scientific Research", "FR") == "fr-cnrs"


def test_a_ror_record_is_a_register_organisation_only_by_a_full_name_never_by_an_acronym_or_a_unit() -> None:
    names = register_of(
        row("es-uab", "ES", "Universitat Autònoma de Barcelona", "display"),
        row("es-uab", "ES", "UAB", "acronym"),
        row("de-fhg", "DE", "Fraunhofer-Gesellschaft", "display"),
        row("de-fhg", "DE", "Fraunhofer-Institut für Integrierte Systeme und Bauelementetechnologie IISB", "unit"),
    )
    bilbao = OrgMention("ror:b", "ror", "Universidad Autónoma de Bilbao", "ES", ids=(("ror", "b"),), aliases=("UAB",))
    barcelona = OrgMention("ror:c", "ror", "Universitat Autònoma de Barcelona", "ES", ids=(("ror", "c"),))
    cordis = OrgMention("cordis:1", "cordis", "UNIVERSIDAD AUTONOMA DE BILBAO", "ES")
    result = match([bilbao, barcelona, cordis], known_names=names)
    assert result.known_as["ror:b"] == "ror:b" and result.known_as["ror:c"] == "es-uab"
    assert result.group_of["cordis:1"] == result.group_of["ror:b"] != result.group_of["ror:c"]
    # "UAB" is now both Barcelona's and the Bilbao record's: it says nothing.
    assert "epo:1" not in match([bilbao, OrgMention("epo:1", "epo", "UAB", "ES")], known_names=names).known_as
    # ROR lists institutes apart from their society; a record known only by a unit's name stays its own.
    iisb = OrgMention(
        "ror:i",
        "ror",
        "Fraunhofer-Institut für Integrierte Systeme und Bauelementetechnologie IISB",
        "DE",
        ids=(("ror", "i"),),
    )
    assert match([iisb], known_names=names).known_as == {"ror:i": "ror:i"}


def test_short_words_that_folding_changes_and_keys_that_are_only_the_city_know_nothing() -> None:
    names = register_of(
        row("dk-aau", "DK", "AAU", "acronym"),
        row("pt-up", "PT", "U.Porto", "alias", "university", "Porto"),
        row("ch-vzug", "CH", "V-ZUG AG", "display", "company", "Zug"),
    )

    assert known_as(names, "AAU", "DK") == "dk-aau"
    assert known_as(names, "AU", "DK") is None  # "AAU" read with a Nordic aa would be "AU"
    assert known_as(names, "Porto", "PT") is None
    assert known_as(names, "Acme AG, Zug", "CH") is None
    assert known_as(names, "V-ZUG AG", "CH") == "ch-vzug"


def test_a_company_name_with_a_city_is_not_the_company_and_generic_names_need_a_country() -> None:
    names = register_of(
        row("de-bosch", "DE", "Robert Bosch GmbH", "display", "company", "Gerlingen"),
        row("de-bosch", "DE", "Bosch", "alias", "company", "Gerlingen"),
        row("it-cnr", "IT", "National Research Council", "label", "research", "Roma"),
        row("nl-tno", "NL", "Netherlands Organisation for Applied Scientific Research TNO", "label"),
    )
    hamburg = frozenset({"hamburg"})
    assert names.organisation_of([normalise("Bosch Hamburg", "DE")], "DE", hamburg) is None
    assert names.organisation_of([normalise("National Research Council", None)], None) is None
    assert names.organisation_of([normalise("National Research Council", "IT")], "IT") == "it-cnr"
    tno = normalise("Netherlands Organisation for Applied Scientific Research TNO", None)
    assert names.organisation_of([tno], None) == "nl-tno"


def test_a_record_is_known_by_its_name_not_its_short_name_and_a_known_name_never_joins_two_pics() -> None:
    names = register_of(
        row("gb-ucl", "GB", "University College London", "display", "university"),
        row("gb-ucl", "GB", "UCL", "acronym", "university"),
    )
    company = OrgMention("cordis:1", "cordis", "UCL TECHNOLOGIES LTD", "GB", ids=(("pic", "1"),), aliases=("UCL",))
    college = OrgMention("cordis:2", "cordis", "UNIVERSITY COLLEGE LONDON", "GB", ids=(("pic", "2"),))
    again = OrgMention("cordis:3", "cordis", "UCL", "GB", ids=(("pic", "3"),))
    result = match([company, college, again], known_names=names)
    assert "cordis:1" not in result.known_as
    assert result.known_as["cordis:2"] == result.known_as["cordis:3"] == "gb-ucl"
    assert result.group_of["cordis:2"] != result.group_of["cordis:3"]
    assert ("same_known_name", "refused:pic") in {(link.rule, link.decision) for link in result.links}


def test_a_cluster_member_whose_country_is_the_clusters_guess_is_known_only_by_a_longer_name() -> None:
    names = register_of(
        row("be-uclouvain", "BE", "UCL", "acronym", "university"),
        row("be-uclouvain", "BE", "Université catholique de Louvain", "display", "university"),
    )
    members = [
        OrgMention("cluster_members:UCL|BE", "cluster_members", "UCL", "BE"),
        OrgMention("cluster_members:UCLOUVAIN|BE", "cluster_members", "Université catholique de Louvain", "BE"),
    ]
    assert match(members, known_names=names).known_as == {"cluster_members:UCLOUVAIN|BE": "be-uclouvain"}


def test_a_withdrawn_ror_record_does_not_make_its_live_twins_names_ambiguous() -> None:
    live = OrgMention("ror:1", "ror", "Instituto de Estudos Atlânticos", "PT", ids=(("ror", "1"),), aliases=("IEAT",))
    twin = OrgMention("ror:2", "ror", "Instituto de Estudos Atlânticos", "PT", ids=(("ror", "2"),), aliases=("IEAT",))
    cordis = OrgMention("cordis:1", "cordis", "IEAT", "PT")
    assert "cordis:1" not in match([live, twin, cordis], known_names=known()).known_as
    withdrawn = OrgMention(**{**twin.__dict__, "withdrawn": True})
    result = match([live, withdrawn, cordis], known_names=known())
    assert result.known_as == {"ror:1": "ror:1", "cordis:1": "ror:1"}
    assert result.group_of["cordis:1"] == result.group_of["ror:1"]
