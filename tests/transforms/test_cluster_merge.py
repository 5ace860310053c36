from __future__ import annotations

from transforms.cluster_merge import Mention, merge, stable_cluster_id
from transforms.cluster_names import bracketed_acronym, normalise_name, website_domain, website_key


def test_names_lose_accents_legal_forms_and_bracketed_acronyms() -> None:
    assert normalise_name("Silicon Saxony e.V.") == normalise_name("SILICON SAXONY") == "silicon saxony"
    assert normalise_name("Pôle Véhicule du Futur") == "pole vehicule du futur"
    assert normalise_name("Automotive Cluster Slovenia (ACS) d.o.o.") == "automotive cluster slovenia"
    assert normalise_name("Food Valley GmbH") == "food valley"
    assert normalise_name("Straße der Innovation") == "strasse der innovation"
    assert bracketed_acronym("Silicon Saxony (SiSax)") == "SISAX"


def test_websites_reduce_to_their_domain() -> None:
    assert website_domain("http://www.silicon-saxony.de/en/") == "silicon-saxony.de"
    assert website_domain("silicon-saxony.de") == "silicon-saxony.de"
    assert website_domain("HTTPS://WWW.Silicon-Saxony.DE") == "silicon-saxony.de"
    assert website_domain("n/a") is None and website_domain("") is None


def test_three_registries_one_cluster_and_the_hard_non_matches_stay_apart() -> None:
    decisions = {
        d.mention_id: d
        for d in merge(
            [
                Mention("eccp:1", "Silicon Saxony e.V.", "DE", "https://www.silicon-saxony.de/"),
                Mention("esca:1", "Silicon Saxony (SiSax)", "DE", "silicon-saxony.de"),
                Mention("de:1", "Silicon Saxony", "DE", None),
                # Same name, other country: a different cluster.
                Mention("eccp:2", "Food Valley", "NL", "foodvalley.nl"),
                Mention("eccp:3", "Food Valley", "DK", None),
                # Same country, same name, different websites: two clusters.
                Mention("eccp:4", "Smart Materials Cluster", "IT", "smartmat.it"),
                Mention("esca:4", "Smart Materials Cluster", "IT", "smart-materials.eu"),
            ]
        )
    }
    saxony = {decisions[m].cluster_id for m in ("eccp:1", "esca:1", "de:1")}
    assert len(saxony) == 1
    assert decisions["eccp:1"].cluster_id == stable_cluster_id("domain|silicon-saxony.de")
    assert decisions["de:1"].matched_on == "name+country"
    assert "domain" in decisions["esca:1"].matched_on
    assert decisions["eccp:2"].cluster_id != decisions["eccp:3"].cluster_id
    assert decisions["eccp:4"].cluster_id != decisions["esca:4"].cluster_id
    assert decisions["eccp:3"].matched_on == "alone"


def test_ids_do_not_depend_on_the_order_of_mentions() -> None:
    mentions = [
        Mention("a", "Cluster Nord", "DE", None),
        Mention("b", "Cluster Nord e.V.", "DE", "cluster-nord.de"),
        Mention("c", "Other", "FR", None),
    ]
    forward = {d.mention_id: d.cluster_id for d in merge(mentions)}
    backward = {d.mention_id: d.cluster_id for d in merge(list(reversed(mentions)))}
    assert forward == backward


def test_dotted_legal_forms_are_removed() -> None:
    assert normalise_name("Clúster Andaluz S.A.") == "cluster andaluz"
    assert normalise_name("Polo Meccatronica S.p.A.") == "polo meccatronica"
    assert normalise_name("Brainport B.V.") == "brainport"
    assert normalise_name("Klaster Lodz sp. z o.o.") == "klaster lodz"
    assert normalise_name("Moravian Cluster a.s.") == "moravian cluster"
    assert normalise_name("Auto Cluster GmbH & Co. KG") == "auto cluster"


def test_a_mention_without_website_cannot_bridge_two_websites() -> None:
    decisions = {
        d.mention_id: d
        for d in merge(
            [
                Mention("a", "Cluster Mobility", "DE", "a-cluster.de"),
                Mention("b", "Cluster Mobility", "DE", None),
                Mention("c", "Cluster Mobility", "DE", "c-cluster.de"),
            ]
        )
    }
    assert decisions["a"].cluster_id != decisions["c"].cluster_id
    assert decisions["b"].cluster_id in {decisions["a"].cluster_id, decisions["c"].cluster_id}


def test_shared_hosts_and_cross_country_websites_do_not_merge() -> None:
    decisions = {
        d.mention_id: d
        for d in merge(
            [
                Mention("fr", "Cluster Bois", "FR", "https://www.facebook.com/clusterbois"),
                Mention("pl", "Klaster Drewna", "PL", "https://facebook.com/klasterdrewna"),
                Mention("at1", "Automobil-Cluster", "AT", "https://www.biz-up.at/cluster/automobil"),
                Mention("at2", "Kunststoff-Cluster", "AT", "https://www.biz-up.at/cluster/kunststoff"),
                Mention("x1", "Portal Cluster", "ES", "portal.eu"),
                Mention("x2", "Portal Cluster Italia", "IT", "portal.eu"),
            ]
        )
    }
    assert decisions["fr"].cluster_id != decisions["pl"].cluster_id
    assert decisions["x1"].cluster_id != decisions["x2"].cluster_id
    assert website_key("https://www.facebook.com/clusterbois/") == "facebook.com/clusterbois"
    # A regional agency hosting several clusters: the path tells them apart.
    assert decisions["at1"].domain == "biz-up.at/cluster/automobil"
    assert decisions["at1"].cluster_id != decisions["at2"].cluster_id


def test_adding_a_website_to_a_name_only_cluster_is_tracked_by_mention() -> None:
    before = {d.mention_id: d.cluster_id for d in merge([Mention("de:1", "Cluster Nord", "DE", None)])}
    after = {
        d.mention_id: d.cluster_id
        for d in merge(
            [
                Mention("de:1", "Cluster Nord", "DE", None),
                Mention("eccp:1", "Cluster Nord e.V.", "DE", "cluster-nord.de"),
            ]
        )
    }
    # The id follows the strongest key, so it can change; history is carried by mention_id (build).
    assert after["de:1"] == after["eccp:1"] != before["de:1"]
