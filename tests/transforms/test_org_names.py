# ruff: noqa: RUF003 - names in Greek and Cyrillic letters are test inputs.
"""Organisation-name normalisation: folding, legal forms, institution words across languages, acronyms, features."""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

import pytest

from transforms.org_names import (
    INSTITUTION_TOKENS,
    KINDS,
    LEGAL_FORMS,
    fold,
    kinds_conflict,
    name_similarity,
    normalise,
    tokens_agree,
)

DATA = Path(__file__).resolve().parents[2] / "transforms" / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# -- fold ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("München", "munchen"),
        ("MUENCHEN", "munchen"),
        ("Muenchen", "munchen"),
        ("MUNCHEN", "munchen"),
        ("Köln", "koln"),
        ("KOLN", "koln"),
        ("KOELN", "koln"),
        ("Łódź", "lodz"),
        ("Ελλάδα", "ellada"),
        ("ΑΘΗΝΑ", "athina"),
        ("Θεσσαλονίκη", "thessaloniki"),
        ("Πανεπιστήμιο", "panepistimio"),
        ("Πολυτεχνείο", "polytechneio"),
        ("Ευρώπη", "evropi"),  # ευ before a voiced sound
        ("Αυτοκίνητο", "aftokinito"),  # αυ before a voiceless one
        ("Ταΰγετος", "taygetos"),  # the diaeresis keeps α and υ apart
        ("Београд", "beograd"),
        ("Ћуприја", "cuprija"),  # Serbian Cyrillic meets Serbian Latin "Ćuprija"
        ("Ćuprija", "cuprija"),
        ("София", "sofia"),  # Bulgarian final -ия
        ("Київ", "kyiv"),  # Ukrainian letters, Ukrainian system
        ("Ørsted", "orsted"),
        ("Þingvellir", "thingvellir"),
        ("Þ", "th"),
        ("Straße", "strasse"),
        ("Æ", "ae"),
        ("Đakovo", "dakovo"),
        ("Universitat Politècnica de València", "universitat politecnica de valencia"),
        ("  Silicon   Saxony,  e.V. ", "silicon saxony e v"),
        ("Fraunhofer-Gesellschaft", "fraunhofer gesellschaft"),
        ("Research & Development", "research and development"),
        ("Queen's University", fold("Queens University")),
        ("L'Université d'Aix", "l universite d aix"),
        ("ﬁnance", "finance"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_makes_umlauts_and_their_digraphs_agree() -> None:
    assert fold("Düsseldorf") == fold("DUESSELDORF") == fold("Dusseldorf")
    assert fold("Göteborg") == fold("GOETEBORG") == fold("Goteborg")
    assert fold("Zürich") == fold("Zuerich")
    assert fold("Ålborg") == fold("Aalborg")  # the Nordic aa as well
    assert fold("Nyköping") != fold("Nykping")  # a vowel is never simply lost


def test_fold_is_idempotent() -> None:
    for text in ("Technische Universität München", "AUEE", "aaee", "Ελλάδα", "Zaporizhzhia", "Łódź", "Citroën"):
        once = fold(text)
        assert fold(once) == once


def test_fold_keeps_letters_of_other_scripts() -> None:
    assert fold("北京大学") == "北京大学"


# -- legal forms ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "code", "core"),
    [
        ("Robert Bosch GmbH", "DE", "gmbh", "robert bosch"),
        ("ROBERT BOSCH GMBH", None, "gmbh", "robert bosch"),
        ("Bosch Rexroth Gesellschaft mit beschränkter Haftung", "DE", "gmbh", "bosch rexroth"),
        ("SIEMENS AG", "DE", "ag", "siemens"),
        ("Siemens Aktiengesellschaft", "DE", "ag", "siemens"),
        ("Roche Holding AG", "CH", "ag", "roche holding"),
        ("Foo Bar GmbH & Co. KG", "DE", "gmbhcokg", "foo bar"),
        ("FOO BAR GMBH & CO KG", "DE", "gmbhcokg", "foo bar"),
        ("Merck KGaA", "DE", "kgaa", "merck"),
        ("SAP SE", "DE", "se", "sap"),
        ("Silicon Saxony e.V.", "DE", "ev", "silicon saxony"),
        ("SILICON SAXONY EV", "DE", "ev", "silicon saxony"),
        ("Silicon Saxony eingetragener Verein", "DE", "ev", "silicon saxony"),
        ("Wohnen gGmbH", "DE", "ggmbh", "wohnen"),
        ("Airbus SAS", "FR", "sas", "airbus"),
        ("Foo SASU", "FR", "sasu", "foo"),
        ("Foo S.à r.l.", "LU", "sarl", "foo"),
        ("FOO SARL", "FR", "sarl", "foo"),
        ("Danone S.A.", "FR", "sa", "danone"),
        ("Danone Société anonyme", "FR", "sa", "danone"),
        ("COMET GLOBAL INNOVATION, SL", "ES", "sl", "comet global innovation"),
        ("Foo S.L.", "ES", "sl", "foo"),
        ("Foo Sociedad Limitada", "ES", "sl", "foo"),
        ("Foo S.L.U.", "ES", "slu", "foo"),
        ("Foo S.A.U.", "ES", "sau", "foo"),
        ("Foo Lda", "PT", "lda", "foo"),
        ("Foo, S.A.", "PT", "sa", "foo"),
        ("Eni S.p.A.", "IT", "spa", "eni"),
        ("ENI SPA", "IT", "spa", "eni"),
        ("Foo S.r.l.", "IT", "srl", "foo"),
        ("CENTRO RICERCHE FOO SCARL", "IT", "scarl", "centre research foo"),
        ("Foo S.c.a r.l.", "IT", "scarl", "foo"),
        ("Foo S.c.a.r.l.", "IT", "scarl", "foo"),
        ("Foo S.a.r.l.", "FR", "sarl", "foo"),
        ("Philips N.V.", "NL", "nv", "philips"),
        ("Philips Naamloze Vennootschap", "NL", "nv", "philips"),
        ("Foo B.V.", "NL", "bv", "foo"),
        ("FOO BV", "NL", "bv", "foo"),
        ("Foo Besloten Vennootschap", "NL", "bv", "foo"),
        ("IMEC VZW", "BE", "vzw", "imec"),
        ("Foo ASBL", "BE", "asbl", "foo"),
        ("Foo SCRL", "BE", "scrl", "foo"),
        ("Foo SRL", "BE", "srl", "foo"),
        ("Foo Ltd", "GB", "ltd", "foo"),
        ("Foo Ltd.", "UK", "ltd", "foo"),  # the EU's code for the United Kingdom
        ("THE WELLCOME TRUST LIMITED", "UK", "ltd", "wellcome trust"),
        ("Foo PLC", "GB", "plc", "foo"),
        ("Foo LLP", "GB", "llp", "foo"),
        ("Foo CLG", "IE", "clg", "foo"),
        ("Kone Oy", "FI", "oy", "kone"),
        ("Kone Osakeyhtiö", "FI", "oy", "kone"),
        ("Nokia Oyj", "FI", "oyj", "nokia"),
        ("Wärtsilä Oyj Abp", "FI", "oyj", "wartsila"),
        ("Foo AB", "SE", "ab", "foo"),
        ("Foo Aktiebolag", "SE", "ab", "foo"),
        ("AB Volvo", "SE", "ab", "volvo"),
        ("Equinor ASA", "NO", "asa", "equinor"),
        ("Aker Solutions AS", "NO", "as", "aker solutions"),
        ("Novo Nordisk A/S", "DK", "as", "novo nordisk"),
        ("Foo ApS", "DK", "aps", "foo"),
        ("Skoda Auto a.s.", "CZ", "as", "skoda auto"),
        ("Foo s.r.o.", "CZ", "sro", "foo"),
        ("FOO SRO", "SK", "sro", "foo"),
        ("Foo spol. s r.o.", "CZ", "sro", "foo"),
        ("Foo Sp. z o.o.", "PL", "spzoo", "foo"),
        ("Foo Sp.z o.o.", "PL", "spzoo", "foo"),
        ("FOO SP ZOO", "PL", "spzoo", "foo"),
        ("Foo Spółka z ograniczoną odpowiedzialnością", "PL", "spzoo", "foo"),
        ("FOO SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA", "PL", "spzoo", "foo"),
        ("Orlen S.A.", "PL", "sa", "orlen"),
        ("Foo Kft.", "HU", "kft", "foo"),
        ("Foo Zrt.", "HU", "zrt", "foo"),
        ("Richter Gedeon Nyrt.", "HU", "nyrt", "richter gedeon"),
        ("Foo d.o.o.", "SI", "doo", "foo"),
        ("FOO DOO", "HR", "doo", "foo"),
        ("Foo d.o.o.", "RS", "doo", "foo"),
        ("Krka d.d.", "SI", "dd", "krka"),
        ("Foo OÜ", "EE", "ou", "foo"),
        ("AS Tallinna Vesi", "EE", "as", "tallinn vesi"),
        ("UAB Foo", "LT", "uab", "foo"),
        ("SIA Foo", "LV", "sia", "foo"),
        ("Foo EOOD", "BG", "eood", "foo"),
        ("Foo OOD", "BG", "ood", "foo"),
        ("Foo AD", "BG", "ad", "foo"),
        ("Foo EAD", "BG", "ead", "foo"),
        ("SC Foo S.R.L.", "RO", "srl", "foo"),
        ("Foo S.A.", "RO", "sa", "foo"),
        ("FOO AE", "EL", "ae", "foo"),
        ("Foo Ανώνυμη Εταιρεία", "GR", "ae", "foo"),
    ],
)
def test_legal_forms_are_read_and_removed(name: str, country: str | None, code: str, core: str) -> None:
    result = normalise(name, country)
    assert (result.legal_form, result.core) == (code, core)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Gasag", "DE"),  # "ag" inside a word
        ("Sabic", "SA"),
        ("Kasa", "PL"),
        ("Agfa", "BE"),
        ("Spa Thermal", "IT"),
        ("Thermal Spa", "ES"),  # S.p.A. is Italian: in Spain a spa is a spa
        ("Foo AS", "FR"),
        ("Foo Oy", "SE"),
        ("AB Volvo", None),  # at the start only where the country writes it there
        ("Evonik", "DE"),
    ],
)
def test_legal_forms_are_not_read_inside_words_or_outside_their_countries(name: str, country: str | None) -> None:
    result = normalise(name, country)
    assert result.legal_form is None
    assert result.core == fold(name)


def test_a_bare_abbreviation_is_read_as_the_country_writes_it() -> None:
    norway, czechia = normalise("Foo AS", "NO"), normalise("Foo AS", "CZ")
    assert norway.legal_form == czechia.legal_form == "as"
    assert (norway.legal_form_family, czechia.legal_form_family) == ("limited", "stock")
    assert normalise("Thermal Spa", "IT").legal_form == "spa"


def test_a_name_is_never_reduced_to_its_legal_form() -> None:
    assert normalise("AG", "DE").core == "ag"
    assert normalise("S.A.", "FR").core == "sa"
    assert normalise("GASAG AG", "DE").core == "gasag"
    assert normalise("Sp. z o.o.", "PL").core == "sp zoo"  # a legal form of two words is not stripped whole


def test_legal_forms_file_is_consistent() -> None:
    rows = _rows("legal_forms.csv")
    assert list(rows[0]) == ["code", "form", "family", "countries", "position"]
    for row in rows:
        assert row["code"] == row["code"].lower() and row["code"].isalnum(), row
        assert row["countries"] == "*" or all(len(c) == 2 and c.isupper() for c in row["countries"].split()), row
    codes = {row["code"] for row in rows}
    wanted = "gmbh ag sa ev oy ab ltd spa bv nv spzoo as srl sas plc kg se oyj aps asa sro kft zrt nyrt doo ou uab sia"
    assert set(wanted.split()) <= codes
    assert {"eood", "ood", "ad", "ead", "lda", "sl", "slu", "sau", "sarl", "sasu", "gmbhcokg", "ggmbh", "kgaa"} <= codes
    assert {"vzw", "asbl", "scrl", "llp", "clg", "scarl"} <= codes
    assert {"sa", "gmbh", "spzoo", "as"} <= {form.code for forms in LEGAL_FORMS.values() for form in forms}


# -- institution words and translations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "Universität",
        "Universitaet",
        "Université",
        "Universidad",
        "Università",
        "Universidade",
        "Universiteit",
        "Uniwersytet",
        "Univerzita",
        "Univerza",
        "Sveučilište",
        "Yliopisto",
        "Universitet",
        "Πανεπιστήμιο",
        "PANEPISTIMIO",
        "UNIV",
        "University",
    ],
)
def test_university_in_any_language(word: str) -> None:
    result = normalise(f"{word} Foobar")
    assert "university" in result.kind_tokens
    assert set(result.tokens) == {"university", "foobar"}


@pytest.mark.parametrize(
    "name",
    [
        "Technische Universität Berlin",
        "TECHNISCHE UNIVERSITAET BERLIN",
        "TU Berlin",
        "Technical University of Berlin",
        "Berlin University of Technology",
        "UNIV TECH BERLIN",
        "TECH UNIV BERLIN",
        "Politecnico di Milano",
        "Politechnika Warszawska",
        "Universidad Politécnica de Madrid",
        "Universitat Politècnica de Catalunya",
        "Kungliga Tekniska högskolan",
        "Ethniko Metsovio Polytechneio",
        "Danmarks Tekniske Universitet",
        "Eidgenössische Technische Hochschule Zürich",
    ],
)
def test_technical_universities(name: str) -> None:
    result = normalise(name)
    assert {"university", "technical_university"} <= result.kind_tokens
    assert "university_of_applied_sciences" not in result.kind_tokens
    assert "tech" in result.tokens


@pytest.mark.parametrize(
    ("words", "token", "kind"),
    [
        (
            ("Institut", "Instituto", "Istituto", "Instytut", "Institutet", "Instituut", "INST", "Institute"),
            "institute",
            "institute",
        ),
        (("Zentrum", "Centre", "Center", "Centro", "Centrum", "CENTR", "CT"), "centre", "centre"),
        (
            ("Stiftung", "Fondation", "Fondazione", "Fundación", "Stichting", "STIFT", "Foundation"),
            "foundation",
            "foundation",
        ),
        (("Gesellschaft", "Société", "GES", "Society"), "society", "society"),
        (("Verein", "Associazione", "Asociación", "Vereniging", "ASS", "Association"), "association", "association"),
        (("Krankenhaus", "Hôpital", "Ospedale", "Ziekenhuis", "Szpital", "Hospital"), "hospital", "hospital"),
        (("Akademie", "Académie", "Accademia", "Akademia", "Academy"), "academy", "academy"),
        (("Laboratoire", "Laboratorium", "Laboratorio", "LAB", "Laboratory"), "laboratory", "laboratory"),
        (("Consiglio", "Consejo", "Conseil", "Raad", "Council"), "council", "council"),
        (("Agentur", "Agence", "Agenzia", "Agencia", "Agentschap", "Agency"), "agency", "agency"),
        (
            ("Hochschule", "Fachhochschule", "Hogeschool", "Haute École", "University of Applied Sciences"),
            "applied_sciences",
            "university_of_applied_sciences",
        ),
    ],
)
def test_institution_words_meet_across_languages(words: tuple[str, ...], token: str, kind: str) -> None:
    for word in words:
        result = normalise(f"Foobar {word}")
        assert (result.tokens, kind in result.kind_tokens) == (("foobar", token), True), word


@pytest.mark.parametrize(
    ("words", "token"),
    [
        (
            ("Forschung", "Recherche", "Ricerca", "Investigación", "Onderzoek", "Badań", "FORSCHUNG", "RECH", "RES"),
            "research",
        ),
        (("National", "Nationale", "Nazionale", "Nacional", "Narodowy", "NAT"), "national"),
        (("Technische", "Technical", "Technology", "TECH", "Tekniska", "Politécnica"), "tech"),
    ],
)
def test_descriptors_meet_across_languages_and_are_not_distinctive(words: tuple[str, ...], token: str) -> None:
    for word in words:
        result = normalise(f"Foobar {word}")
        assert result.tokens == ("foobar", token), word
        assert result.distinctive_tokens == {"foobar"}, word
    assert token in INSTITUTION_TOKENS


def test_compound_words_are_split_at_an_institution_ending() -> None:
    julich = normalise("Forschungszentrum Jülich GmbH", "DE")
    assert julich.tokens == ("research", "centre", "julich")
    assert julich.core == normalise("Research Centre Juelich").core
    krebs = normalise("LUDWIG INSTITUT FUR KREBSFORSCHUNG AG", "CH")
    assert krebs.tokens == ("ludwig", "institute", "krebs", "research")
    assert krebs.distinctive_tokens == {"ludwig", "krebs"}
    # The last part names the type: a university hospital is a hospital, not a university.
    clinic = normalise("Universitätsklinikum Heidelberg")
    assert clinic.kind_tokens == {"hospital"}
    assert "university" in clinic.tokens


def test_stop_words_are_dropped_from_the_core() -> None:
    assert normalise("The University of the Arts").tokens == ("university", "arts")
    assert normalise("Institut für Physik und Chemie").tokens == ("institute", "physik", "chemie")
    assert normalise("Universidad de la Rioja y de Navarra").tokens == ("university", "rioja", "navarra")
    assert normalise("The Of").core == "the of"  # nothing but stop words: kept rather than lost


# -- translations meeting ------------------------------------------------------------------------------------


def test_munich_technical_university_in_four_spellings() -> None:
    names = [
        normalise("Technische Universität München", "DE"),
        normalise("TECHNISCHE UNIVERSITAET MUENCHEN", "DE"),
        normalise("Technical University of Munich"),
        normalise("UNIV MUENCHEN TECH [DE]"),  # epodoc: abbreviated and reordered
    ]
    assert {name.kind_tokens for name in names} == {frozenset({"university", "technical_university"})}
    assert {frozenset(name.tokens) for name in names} == {frozenset({"tech", "university", "munich"})}
    assert names[0].core == names[1].core == names[2].core == "tech university munich"
    for other in names[1:]:
        features = name_similarity(names[0], other)
        assert features["aligned"] == 1.0
        assert features["trigram"] == pytest.approx(1.0)
        assert features["kind_conflict"] == 0.0


@pytest.mark.parametrize(
    ("native", "exonym"),
    [
        ("München", "Munich"),
        ("Wien", "Vienna"),
        ("Praha", "Prague"),
        ("Warszawa", "Warsaw"),
        ("Lisboa", "Lisbon"),
        ("Roma", "Rome"),
        ("Milano", "Milan"),
        ("Torino", "Turin"),
        ("Firenze", "Florence"),
        ("Napoli", "Naples"),
        ("Venezia", "Venice"),
        ("Köln", "Cologne"),
        ("KOLN", "Cologne"),
        ("Bruxelles", "Brussels"),
        ("Brussel", "Brussels"),
        ("Antwerpen", "Antwerp"),
        ("Gent", "Ghent"),
        ("Louvain", "Leuven"),
        ("København", "Copenhagen"),
        ("KOBENHAVN", "Copenhagen"),
        ("Göteborg", "Gothenburg"),
        ("Αθήνα", "Athens"),
        ("ATHINA", "Athens"),
        ("ATHINON", "Athens"),
        ("Θεσσαλονίκη", "Thessaloniki"),
        ("București", "Bucharest"),
        ("Beograd", "Belgrade"),
        ("Београд", "Belgrade"),
        ("Den Haag", "The Hague"),
        ("'s-Gravenhage", "The Hague"),
        ("Lyon", "Lyons"),
        ("Marseille", "Marseilles"),
        ("Sevilla", "Seville"),
        ("Zaragoza", "Saragossa"),
        ("Basel", "Basle"),
        ("Genève", "Geneva"),
        ("Genf", "Geneva"),
        ("Zürich", "Zurich"),
        ("Kraków", "Krakow"),
        ("Vilniaus", "Vilnius"),
        ("Rīga", "Riga"),
        ("Tallinna", "Tallinn"),
        ("Helsingfors", "Helsinki"),
        ("Nürnberg", "Nuremberg"),
        ("Hannover", "Hanover"),
        ("Braunschweig", "Brunswick"),
        ("Aix-la-Chapelle", "Aachen"),
        ("Ljubljani", "Ljubljana"),
        ("Zagrebu", "Zagreb"),
        ("Pressburg", "Bratislava"),
        ("Budapesti", "Budapest"),
        ("София", "Sofia"),
    ],
)
def test_city_exonyms_become_one_token(native: str, exonym: str) -> None:
    assert normalise(f"Universität {native}").tokens == normalise(f"University of {exonym}").tokens
    assert len(normalise(f"Universität {native}").tokens) == 2


def test_exonyms_inside_longer_names() -> None:
    assert normalise("UNIVERSITA DEGLI STUDI DI MILANO").tokens == ("university", "studies", "milan")
    assert normalise("Univerzita Karlova v Praze").tokens == ("university", "karlova", "prague")
    assert normalise("Uniwersytet Warszawski").tokens == normalise("University of Warsaw").tokens
    assert normalise("Helsingin yliopisto").tokens == ("helsinki", "university")
    assert normalise("Louvain-la-Neuve Science Park").tokens[0] != "leuven"  # the new town is not Leuven


def test_greek_names_in_greek_and_in_latin_letters_meet() -> None:
    greek = normalise("Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών", "EL")
    latin = normalise("ETHNIKO KAI KAPODISTRIAKO PANEPISTIMIO ATHINON", "EL")
    assert greek.tokens == latin.tokens == ("national", "kapodistriako", "university", "athens")


def test_cordis_name_meets_its_english_short_name() -> None:
    greek = normalise("EREVNITIKO PANEPISTIMIAKO INSTITOUTO SYSTIMATON EPIKOINONION KAI YPOLOGISTON", "EL")
    english = normalise("RESEARCH UNIVERSITY INSTITUTE OF COMMUNICATION AND COMPUTER SYSTEMS", "EL")
    assert greek.tokens[:3] == english.tokens[:3] == ("research", "university", "institute")
    assert "institute" in greek.kind_tokens and "institute" in english.kind_tokens


# -- epodoc --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("epodoc", "filed"),
    [
        ("UNIV MUENCHEN TECH [DE]", "TECHNISCHE UNIVERSITAET MUENCHEN"),
        ("UNIV BARCELONA [ES]", "Universitat de Barcelona"),
        ("FRAUNHOFER GES FORSCHUNG [DE]", "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V."),
        ("MAX PLANCK GES [DE]", "Max-Planck-Gesellschaft zur Förderung der Wissenschaften e.V."),
        ("CONSEJO SUPERIOR INVESTIGACION [ES]", "Consejo Superior de Investigaciones Científicas"),
        ("CT NAT RECH SCIENT [FR]", "Centre national de la recherche scientifique"),
        ("INST NAT SANTE RECH MED [FR]", "Institut national de la santé et de la recherche médicale"),
    ],
)
def test_epodoc_abbreviations_meet_the_filed_name(epodoc: str, filed: str) -> None:
    short, full = normalise(epodoc), normalise(filed)
    assert set(short.tokens) <= set(full.tokens), (short.tokens, full.tokens)
    assert short.distinctive_tokens <= full.distinctive_tokens
    features = name_similarity(short, full)
    assert features["distinctive_aligned"] == 1.0 or not short.distinctive_tokens
    assert features["kind_conflict"] == 0.0


# -- universities of applied sciences ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("applied", "university"),
    [
        ("Hochschule München", "Universität München"),
        ("HOCHSCHULE MUENCHEN", "Technische Universität München"),
        ("Fachhochschule Aachen", "Rheinisch-Westfälische Technische Hochschule Aachen"),
        ("Hogeschool Utrecht", "Universiteit Utrecht"),
        ("Haute école de Genève", "Université de Genève"),
        ("Zürcher Hochschule für Angewandte Wissenschaften", "Universität Zürich"),
    ],
)
def test_universities_of_applied_sciences_conflict_with_universities(applied: str, university: str) -> None:
    a, b = normalise(applied), normalise(university)
    assert "university_of_applied_sciences" in a.kind_tokens
    assert "university" not in a.kind_tokens and "university" not in a.tokens
    assert "university" in b.kind_tokens
    assert name_similarity(a, b)["kind_conflict"] == 1.0
    assert name_similarity(b, a)["kind_conflict"] == 1.0


def test_applied_sciences_in_two_languages_meet() -> None:
    german = normalise("Hochschule für angewandte Wissenschaften München")
    english = normalise("Munich University of Applied Sciences")
    assert set(german.tokens) == set(english.tokens) == {"applied_sciences", "munich"}
    assert name_similarity(german, english)["kind_conflict"] == 0.0


def test_kind_conflicts_look_at_what_each_side_lacks() -> None:
    # A private university run as a gGmbH is both; it still matches the plain university name.
    assert not kinds_conflict(
        normalise("Jacobs University Bremen gGmbH", "DE").kind_tokens, normalise("Jacobs University Bremen").kind_tokens
    )
    assert kinds_conflict(normalise("Universität Stuttgart").kind_tokens, normalise("Stuttgart GmbH", "DE").kind_tokens)
    assert set().union(*(normalise(n).kind_tokens for n in ("TU Delft", "Stadt Köln", "Hogeschool Gent"))) <= KINDS


# -- acronyms ------------------------------------------------------------------------------------------------


def test_acronym_in_brackets_or_as_a_trailing_word() -> None:
    bracket = normalise("Centre national de la recherche scientifique (CNRS)", "FR")
    trailing = normalise("CENTRE NATIONAL DE LA RECHERCHE SCIENTIFIQUE CNRS", "FR")
    assert (bracket.acronym, bracket.acronym_source) == ("CNRS", "bracket")
    assert (trailing.acronym, trailing.acronym_source) == ("CNRS", "token")
    assert bracket.core == trailing.core == "centre national research science"  # the repeated acronym is dropped
    assert name_similarity(bracket, trailing)["acronym"] == 1.0


def test_acronym_as_an_upper_case_word_in_a_mixed_case_name() -> None:
    short = normalise("Fraunhofer ISE")
    assert (short.acronym, short.acronym_source) == ("ISE", "token")
    assert short.tokens == ("fraunhofer", "ise")  # it tells Fraunhofer institutes apart: kept in the core
    full = normalise("Fraunhofer-Institut für Solare Energiesysteme ISE")
    assert (full.acronym, full.acronym_source) == ("ISE", "token")
    assert "ise" not in full.tokens  # here it only repeats the words before it
    assert name_similarity(short, full)["acronym"] == 1.0
    without = normalise("Fraunhofer-Institut für Solare Energiesysteme")
    assert name_similarity(short, without)["acronym"] == 1.0  # part of the other's initials


def test_acronym_spelling_part_of_the_initials() -> None:
    tno = normalise("NEDERLANDSE ORGANISATIE VOOR TOEGEPAST NATUURWETENSCHAPPELIJK ONDERZOEK TNO", "NL")
    assert (tno.acronym, tno.acronym_source) == ("TNO", "token")
    assert "tno" not in tno.tokens


def test_acronym_from_initials_of_three_or_more_core_tokens() -> None:
    tum = normalise("Technische Universität München")
    assert (tum.acronym, tum.acronym_source) == ("TUM", "initials")
    assert normalise("Universität Wien").acronym is None
    # A stated acronym agrees with the other name's initials.
    assert name_similarity(normalise("TUM"), tum)["acronym"] == 1.0
    assert name_similarity(normalise("Max-Planck-Gesellschaft (MPG)"), normalise("MAX PLANCK GES"))["acronym"] == 1.0


def test_bracketed_acronyms_and_what_is_not_one() -> None:
    assert normalise("Silicon Saxony (SiSax)").acronym == "SISAX"
    assert normalise("Centre de recherche (C.N.R.S.)").acronym == "CNRS"
    assert normalise("Foo Research (UK)").acronym_source != "bracket"
    assert normalise("Siemens UK Ltd", "GB").acronym is None  # a country code, not an acronym
    assert normalise("Foo Bar (Pty) Ltd", "ZA").acronym is None
    assert normalise("Foo Bar (Deutschland) GmbH", "DE").acronym is None
    assert normalise("UNIVERSITY OF FOO").acronym is None  # "FOO" spells nothing and has vowels
    assert normalise("(CNRS)").core == "cnrs"


def test_different_stated_acronyms_conflict() -> None:
    features = name_similarity(
        normalise("Institut national de la recherche (INRAE)"), normalise("Institut national de la recherche (INRIA)")
    )
    assert (features["acronym"], features["acronym_conflict"]) == (0.0, 1.0)


# -- similarity features -------------------------------------------------------------------------------------


def test_similarity_features_are_bounded_and_symmetric() -> None:
    names = [
        "Universität Stuttgart",
        "UNIVERSITAET STUTTGART",
        "Universität Hohenheim",
        "Hochschule für Technik Stuttgart",
        "Robert Bosch GmbH",
        "Bosch",
        "",
        "北京大学",
    ]
    normalised = [normalise(name, "DE") for name in names]
    for a in normalised:
        for b in normalised:
            ab, ba = name_similarity(a, b), name_similarity(b, a)
            assert ab == pytest.approx(ba)
            assert all(0.0 <= value <= 1.0 for value in ab.values()), ab


def test_distinctive_tokens_separate_same_type_institutions() -> None:
    stuttgart, hohenheim = normalise("Universität Stuttgart"), normalise("Universität Hohenheim")
    features = name_similarity(stuttgart, hohenheim)
    assert features["aligned"] == pytest.approx(1 / 2)  # "university" on each side, not the city
    assert features["distinctive_jaccard"] == features["distinctive_aligned"] == 0.0
    assert features["extra_distinctive"] == 1.0


def test_trigram_cosine_tolerates_misspelling() -> None:
    features = name_similarity(normalise("Universität Heidelberg"), normalise("Universitat Heidelburg"))
    assert features["distinctive_jaccard"] == 0.0  # as written, the city words differ...
    assert features["trigram"] > 0.6
    assert features["distinctive_aligned"] == features["aligned"] == 1.0  # ...by one slip, which alignment forgives
    assert features["extra_distinctive"] == 0.0


def test_legal_form_conflict() -> None:
    def conflict(a: str, b: str, country: str) -> float:
        return name_similarity(normalise(a, country), normalise(b, country))["legal_form_conflict"]

    assert conflict("Silicon Saxony e.V.", "Silicon Saxony Management GmbH", "DE") == 1.0  # association vs company
    assert conflict("Foo AG", "Foo SA", "CH") == 0.5  # one Swiss firm's German and French names
    assert conflict("Foo AG", "Foo Aktiengesellschaft", "DE") == 0.0
    assert conflict("Foo AG", "Foo", "DE") == 0.0  # a missing form is no evidence


# -- robustness and speed ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "   ", "()", "[DE]", "&", "-", "北京大学", "A", "e.V.", "S.A. (S.A.)"])
def test_odd_input_does_not_fail(name: str) -> None:
    result = normalise(name, "DE")
    assert isinstance(result.core, str)
    assert result.core == " ".join(result.tokens)


def test_data_files_fold_without_collisions() -> None:
    # Loading the module already fails on a phrase with two meanings; check the files' shapes here.
    words = _rows("institution_words.csv")
    assert list(words[0]) == ["phrase", "tokens", "kind", "role"]
    assert {row["role"] for row in words} == {"kind", "descriptor", "distinctive"}
    assert {kind for row in words for kind in row["kind"].split()} <= KINDS
    exonyms = _rows("city_exonyms.csv")
    assert len(exonyms) >= 45
    # Canonical tokens are plain lower-case English names; every spelling, the canonical one included, maps to it.
    assert all(row["canonical"].replace("_", "").isalpha() and row["canonical"].islower() for row in exonyms)
    assert normalise("Aachen").tokens == normalise("Aix-la-Chapelle").tokens == ("aachen",)


_SYLLABLES = ("ka", "lo", "mi", "ter", "vos", "an", "dre", "quin", "sel", "bor", "ux", "fen", "rho", "ti", "nak")
_PATTERNS = (
    "Universität {city}",
    "TECHNISCHE UNIVERSITAET {CITY}",
    "Hochschule für angewandte Wissenschaften {city}",
    "Université de {city}",
    "UNIVERSIDAD POLITECNICA DE {CITY}",
    "Università degli Studi di {city}",
    "Uniwersytet {city}",
    "Πανεπιστήμιο {word}",
    "Институт {word}",
    "Institut für {word}forschung {city} e.V.",
    "FORSCHUNGSZENTRUM {CITY} GMBH",
    "Centre national de la recherche {word} ({ACRONYM})",
    "{Word} {Word2} GmbH & Co. KG",
    "{Word} {Word2} Sp. z o.o.",
    "{WORD} {WORD2} S.R.L.",
    "{Word} Technologies Ltd",
    "{Word} Oy",
    "AB {Word} {Word2}",
    "Stichting {Word} {city}",
    "UNIV {CITY} TECH",
    "{Word} {Word2} {Word3} SA",
    "Fondazione {Word} per la ricerca",
    "The {Word} Institute of {Word2}",
    "{Word}-{Word2} Klinikum {city}",
)
_CITIES = ("München", "Wien", "Praha", "Köln", "Gent", "Lyon", "Zaragoza", "Tartu", "Graz", "Porto", "Aarhus", "Brno")


def _varied_names(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 5)))

    names = []
    for _ in range(count):
        city = rng.choice(_CITIES) if rng.random() < 0.2 else word().capitalize()
        words = [word() for _ in range(3)]
        names.append(
            rng.choice(_PATTERNS).format(
                city=city,
                CITY=city.upper(),
                word=words[0],
                Word=words[0].capitalize(),
                Word2=words[1].capitalize(),
                Word3=words[2].capitalize(),
                WORD=words[0].upper(),
                WORD2=words[1].upper(),
                ACRONYM=words[2][:4].upper(),
            )
        )
    return names


def test_normalising_100000_varied_names_is_fast() -> None:
    names = _varied_names(100_000)
    assert len(set(names)) > 85_000
    countries = ("DE", "FR", "PL", "RO", "FI", "SE", None)
    started = time.perf_counter()
    results = [normalise(name, countries[i % len(countries)]) for i, name in enumerate(names)]
    elapsed = time.perf_counter() - started
    print(f"normalised {len(names)} names in {elapsed:.2f} s ({elapsed / len(names) * 1e6:.1f} µs per name)")
    assert all(result.core for result in results)
    assert elapsed < 10.0


@pytest.mark.parametrize(
    ("name", "country", "core", "form"),
    [
        ("BOSCH GMBH ROBERT", "DE", "bosch robert", "gmbh"),  # epodoc: the given name moved behind the form
        ("WILLIAMS LTD WILLIAM", "GB", "williams william", "ltd"),
        ("SRL GRIVANO", "IT", "grivano", "srl"),  # a reordered name that leads with its form
        ("GMBH HALVARD", "CH", "halvard", "gmbh"),
        ("Spa Thermal Abano", "IT", "spa thermal abano", None),  # a word that is also a form stays a word
        ("Corporation of Lindham", "GB", "corporation lindham", None),
    ],
)
def test_legal_forms_away_from_their_place_only_when_unmistakable(
    name: str, country: str, core: str, form: str | None
) -> None:
    result = normalise(name, country)
    assert (result.core, result.legal_form) == (core, form)


def test_a_slip_in_a_long_word_is_still_the_word() -> None:
    assert normalise("TECHNISCHE UNIVERISTAET HALVERN", "DE").core == "tech university halvern"
    assert normalise("Karolinska Insitutet", "SE").kind_tokens == frozenset({"institute"})
    assert normalise("HALVERN AKTIENGESELLSHAFT", "DE").legal_form == "ag"
    # Not a slip: a different word that merely starts like an institution word keeps its meaning.
    assert normalise("Universal Instruments", "DE").kind_tokens == frozenset()


@pytest.mark.parametrize(
    ("x", "y", "agree"),
    [
        ("bosh", "bosch", True),  # a dropped letter in a short word
        ("gent", "ghent", True),
        ("parma", "pavia", False),  # a changed letter: another word
        ("essex", "sussex", False),
        ("bosh", "bush", False),
        ("lund", "lunds", True),  # and a truncation, as before
    ],
)
def test_short_words_agree_only_with_a_dropped_letter(x: str, y: str, agree: bool) -> None:
    assert tokens_agree(x, y) is agree and tokens_agree(y, x) is agree


def test_words_split_in_two_meet_the_whole_word_even_with_a_slip_but_never_a_longer_word() -> None:
    def aligned(a: str, b: str) -> float:
        return name_similarity(normalise(a, "GB"), normalise(b, "GB"))["aligned"]

    assert aligned("UNIVERSITY OF SOUTH HAMPTON", "University of Southampton") == 1.0
    # "University" + "Catholique" is not "University" truncated: the word is left over.
    assert aligned("Université de Lille", "Université Catholique de Lille") < 1.0


def test_a_misspelt_vocabulary_word_meets_the_word_the_other_name_wrote() -> None:
    def aligned(a: str, b: str, country: str) -> float:
        return name_similarity(normalise(a, country), normalise(b, country))["aligned"]

    # "CSENCIAS" is no word a vocabulary knows, but it is one slip from "CIENCIAS", which the other name wrote.
    assert (
        aligned("CENTRO DE INVESTIGACION EN CSENCIAS MARINAS", "Centro de Investigación en Ciencias Marinas", "ES")
        == 1.0
    )
    assert aligned("Università degli Stusi di Padova", "UNIV STUDI PADOVA", "IT") == 1.0
    # Only against a word the other name wrote: a slip away from a vocabulary word in general is not enough.
    assert aligned("Instituto de Csencias Marinas", "Instituto de Oceanografía Marina", "ES") < 1.0
    # Short vocabulary words are not kept for it: one slip from them is usually another word ("uni", "inst").
    assert [word for word, _ in normalise("Uni Bonn Hochschule", "DE").spellings] == ["hochschule"]
