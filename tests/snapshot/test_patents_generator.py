"""The synthetic PatentsView and REGPAT files: real layout and dialect, determinism, releases, exact truth."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from landscape.snapshot.patents import (
    APP_REG_FILE,
    APP_REG_HEADER,
    DEFAULT_SEED,
    EUROPEAN_COUNTRIES,
    HEADERS,
    IPC_FILE,
    IPC_HEADER,
    TABLES,
    AssigneePool,
    Places,
    generate_patents,
    ipc_symbol,
    mixed_case,
    release_time,
)

PATENTS = 2000
STREAMED = ("g_patent", "g_assignee_disambiguated", "g_cpc_current")
# Columns the exporter held as numbers (bare in the file); every other value is a quoted string.
BARE_COLUMNS = {
    "g_patent": {"num_claims", "withdrawn"},
    "g_assignee_disambiguated": {"assignee_sequence"},
    "g_location_disambiguated": {"latitude", "longitude", "state_fips", "county_fips"},
    "g_cpc_current": {"cpc_sequence"},
}
QUOTED = re.compile(r'"(?:[^"]|"")*"')
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
LEGAL_FORMS = (" GmbH", " AG", " S.A.", " SAS", " Oy", " AB", " B.V.", " S.p.A.", " Ltd")
CPC_GROUP = re.compile(r"[A-HY]\d\d[A-Z]\d{1,4}/\d{2,6}")


@pytest.fixture(scope="module")
def release_1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("patents-r1")
    generate_patents(out, patents=PATENTS)
    return out


@pytest.fixture(scope="module")
def release_2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("patents-r2")
    generate_patents(out, patents=PATENTS, release=2)
    return out


@pytest.fixture(scope="module")
def truth(release_1: Path) -> dict[str, Any]:
    return json.loads((release_1 / "patents_truth.json").read_text(encoding="utf-8"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def all_files(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): sha256(p) for p in sorted(root.rglob("*")) if p.is_file()}


def member(root: Path, table: str) -> bytes:
    with zipfile.ZipFile(root / "patentsview" / f"{table}.tsv.zip") as archive:
        return archive.read(f"{table}.tsv")


def raw_lines(root: Path, table: str) -> list[str]:
    return member(root, table).decode("utf-8").split("\n")[:-1]


def records(root: Path, table: str) -> list[dict[str, str]]:
    # The default dialect unquotes quoted fields and keeps bare ones as they are (0, False, 52.5).
    reader = csv.DictReader(io.StringIO(member(root, table).decode("utf-8"), newline=""), delimiter="\t")
    return list(reader)


def regpat_rows(root: Path, name: str) -> list[list[str]]:
    return [line.split("|") for line in (root / "regpat" / name).read_text(encoding="utf-8").split("\n")[:-1]]


# ---------------------------------------------------------------------------------------------------
# Layout and dialect


def test_same_arguments_give_byte_identical_files(release_1: Path, tmp_path: Path) -> None:
    generate_patents(tmp_path, patents=PATENTS)
    first, again = all_files(release_1), all_files(tmp_path)
    assert set(first) == {
        *(f"patentsview/{table}.tsv.zip" for table in TABLES),
        f"regpat/{APP_REG_FILE}",
        f"regpat/{IPC_FILE}",
        "patentsearch/patents.json",
        "epo_ops/publications.json",
        "patents_truth.json",
    }
    assert first == again


def test_another_seed_gives_other_files(release_1: Path, tmp_path: Path) -> None:
    generate_patents(tmp_path, patents=PATENTS, seed=7)
    assert sha256(tmp_path / "patentsview/g_patent.tsv.zip") != sha256(release_1 / "patentsview/g_patent.tsv.zip")


@pytest.mark.parametrize("table", TABLES)
def test_each_zip_holds_one_tsv_named_after_its_table(release_1: Path, table: str) -> None:
    with zipfile.ZipFile(release_1 / "patentsview" / f"{table}.tsv.zip") as archive:
        infos = archive.infolist()
    assert [info.filename for info in infos] == [f"{table}.tsv"]
    assert infos[0].compress_type == zipfile.ZIP_DEFLATED
    assert infos[0].date_time == release_time(1).timetuple()[:6]


@pytest.mark.parametrize("table", TABLES)
def test_exact_quoted_header_lf_and_utf8(release_1: Path, table: str) -> None:
    data = member(release_1, table)
    assert b"\r" not in data
    assert data.endswith(b"\n")
    assert not data.startswith(b"\xef\xbb\xbf")
    header = data.split(b"\n", 1)[0].decode("utf-8")
    assert header == "\t".join(f'"{column}"' for column in HEADERS[table])
    assert tuple(records(release_1, table)[0]) == HEADERS[table]


@pytest.mark.parametrize("table", TABLES)
def test_text_is_quoted_and_numbers_are_bare(release_1: Path, table: str) -> None:
    header = HEADERS[table]
    bare_seen: set[str] = set()
    for line in raw_lines(release_1, table)[1:]:
        values = line.split("\t")
        assert len(values) == len(header), line
        for column, value in zip(header, values, strict=True):
            if QUOTED.fullmatch(value):
                continue
            assert column in BARE_COLUMNS[table], (column, value)
            assert NUMBER.fullmatch(value) or value == "False", (column, value)
            bare_seen.add(column)
    assert bare_seen == BARE_COLUMNS[table]


def test_one_raw_line_per_table_byte_by_byte(release_1: Path) -> None:
    patent = raw_lines(release_1, "g_patent")[1].split("\t")
    assert re.fullmatch(r'"1\d{7}"', patent[0])
    assert patent[1] == '"utility"'
    assert re.fullmatch(r'"\d{4}-\d\d-\d\d"', patent[2])
    assert re.fullmatch(r"\d+", patent[5])
    assert re.fullmatch(r'"ipg\d{6}\.xml"', patent[7])
    assignee = raw_lines(release_1, "g_assignee_disambiguated")[1].split("\t")
    assert re.fullmatch(r"\d", assignee[1])
    assert re.fullmatch(r'"\d{1,2}"', assignee[6])  # a numeric code, but written as text
    location = raw_lines(release_1, "g_location_disambiguated")[1].split("\t")
    assert re.fullmatch(r"-?\d+\.\d+", location[4]) and re.fullmatch(r"-?\d+\.\d+", location[5])
    cpc = raw_lines(release_1, "g_cpc_current")[1].split("\t")
    assert cpc[1] == "0" and cpc[6] == '"inventional"'


def test_inner_quotes_are_doubled(release_1: Path, truth: dict[str, Any]) -> None:
    quoted = [line for line in raw_lines(release_1, "g_patent") if '""' in line]
    assert len(quoted) == truth["patentsview"]["titles_with_quotes"] > 0
    titles = [row["patent_title"] for row in records(release_1, "g_patent") if '"' in row["patent_title"]]
    assert len(titles) == len(quoted)
    assert all(re.search(r' "[^"]+" ', title) for title in titles)


# ---------------------------------------------------------------------------------------------------
# Values


def test_patent_ids_are_text_with_design_reissue_and_plant_forms(release_1: Path, truth: dict[str, Any]) -> None:
    rows = records(release_1, "g_patent")
    ids = [row["patent_id"] for row in rows]
    assert len(set(ids)) == len(ids) == PATENTS
    forms = {"utility": r"1\d{7}", "design": r"D\d{6,7}", "plant": r"PP\d{5}", "reissue": r"RE\d{5}"}
    by_type: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        assert re.fullmatch(forms[row["patent_type"]], row["patent_id"]), row
        by_type[row["patent_type"]].append(row["patent_id"])
    assert all(by_type[kind] for kind in forms)
    for kind in ("design", "plant", "reissue"):
        assert truth["patentsview"]["special_patents"][kind] == by_type[kind]
    # Grant dates are Tuesdays and never go back in file order.
    dates = [row["patent_date"] for row in rows]
    assert dates == sorted(dates)
    assert {row["filename"] for row in rows} == {f"ipg{d[2:4]}{d[5:7]}{d[8:10]}.xml" for d in dates}


def test_withdrawn_mixes_spellings_and_none_stands_for_missing(release_1: Path, truth: dict[str, Any]) -> None:
    raw = Counter(line.split("\t")[6] for line in raw_lines(release_1, "g_patent")[1:])
    assert {"0", "1", '"FALSE"', "False"} <= set(raw)
    assert set(raw) <= {"0", "1", '"FALSE"', "False"}
    spellings = truth["patentsview"]["withdrawn"]["spellings"]
    assert spellings == {value.strip('"'): count for value, count in raw.items()}
    assert len(truth["patentsview"]["withdrawn"]["withdrawn_patents"]) == raw["1"]
    locations = raw_lines(release_1, "g_location_disambiguated")[1:]
    for position in (2, 6, 7, 8):  # disambig_state, county, state_fips, county_fips
        assert any(line.split("\t")[position] == '"None"' for line in locations)
    us = [row for row in records(release_1, "g_location_disambiguated") if row["disambig_country"] == "US"]
    assert all(row["state_fips"].isdigit() and row["disambig_state"] != "None" for row in us)
    assert any(row["state_fips"] == "6" for row in us)  # bare integer: the leading zero is gone


def test_assignees_are_people_or_organisations_at_known_places(release_1: Path) -> None:
    locations = {row["location_id"]: row for row in records(release_1, "g_location_disambiguated")}
    assert all(UUID.fullmatch(location_id) for location_id in locations)
    assert len({location_id[8:] for location_id in locations}) < len(locations) / 10  # one minting batch
    rows = records(release_1, "g_assignee_disambiguated")
    types = Counter(row["assignee_type"] for row in rows)
    assert set(types) <= {"2", "3", "4", "5", "6", "7", "12", "13"}
    assert {"2", "3", "4", "5"} <= set(types)
    assert types.keys() & {"12", "13"}
    for row in rows:
        person = row["assignee_type"] in ("4", "5")
        names = (row["disambig_assignee_individual_name_first"], row["disambig_assignee_individual_name_last"])
        assert all(names) if person else not any(names), row
        assert bool(row["disambig_assignee_organization"]) != person, row
        assert row["location_id"] == "" or row["location_id"] in locations
        assert UUID.fullmatch(row["assignee_id"])
    organisations = {row["disambig_assignee_organization"] for row in rows}
    assert sum(any(name.endswith(form) for name in organisations) for form in LEGAL_FORMS) >= 6


def test_european_names_carry_legal_forms_and_research_bodies() -> None:
    pool = AssigneePool(DEFAULT_SEED, 3000, Places(DEFAULT_SEED))
    assignees = [pool.get(rank) for rank in range(pool.size)]
    european = [a.organization for a in assignees if a.organization and a.home.country in EUROPEAN_COUNTRIES]
    for form in LEGAL_FORMS:
        assert any(name.endswith(form) for name in european), form
    assert any(name.startswith(("Universität", "Université", "Technische Universität")) for name in european)
    assert any("Gesellschaft zur Förderung" in name for name in european)


def test_per_patent_shape_and_european_share(release_1: Path) -> None:
    patents = [row["patent_id"] for row in records(release_1, "g_patent")]
    assignees = records(release_1, "g_assignee_disambiguated")
    locations = {row["location_id"]: row["disambig_country"] for row in records(release_1, "g_location_disambiguated")}
    per_patent = Counter(row["patent_id"] for row in assignees)
    assert set(per_patent) <= set(patents)
    assert 1.3 <= len(assignees) / len(patents) <= 1.7
    assert 0.05 <= 1 - len(per_patent) / len(patents) <= 0.2
    assert max(per_patent.values()) >= 4
    located = [locations[row["location_id"]] for row in assignees if row["location_id"]]
    european = sum(country in EUROPEAN_COUNTRIES for country in located) / len(located)
    assert 0.30 <= european <= 0.40
    assert not {"EL", "UK"} & set(locations.values())  # PatentsView writes ISO codes: GR, GB


def test_cpc_rows(release_1: Path) -> None:
    rows = records(release_1, "g_cpc_current")
    kinds = {row["patent_id"]: row["patent_type"] for row in records(release_1, "g_patent")}
    by_patent: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        group = row["cpc_group"]
        assert CPC_GROUP.fullmatch(group), group
        assert (row["cpc_section"], row["cpc_class"], row["cpc_subclass"]) == (group[0], group[:3], group[:4])
        assert row["cpc_type"] in ("inventional", "additional")
        by_patent[row["patent_id"]].append(row)
    assert 5.0 <= len(rows) / len(kinds) <= 7.0
    assert not {pid for pid, kind in kinds.items() if kind == "design"} & set(by_patent)
    for patent_rows in by_patent.values():
        assert [int(r["cpc_sequence"]) for r in patent_rows] == list(range(len(patent_rows)))
        assert patent_rows[0]["cpc_type"] == "inventional"
        assert len({r["cpc_group"] for r in patent_rows}) == len(patent_rows)
    assert any(row["cpc_group"] == "G06F16/2455" for row in rows)


# ---------------------------------------------------------------------------------------------------
# REGPAT


def test_regpat_is_pipe_delimited_with_headers_and_padded_ipc(release_1: Path) -> None:
    app_reg = regpat_rows(release_1, APP_REG_FILE)
    ipc = regpat_rows(release_1, IPC_FILE)
    assert tuple(app_reg[0]) == APP_REG_HEADER and tuple(ipc[0]) == IPC_HEADER
    assert all(len(row) == len(APP_REG_HEADER) for row in app_reg)
    assert all(len(row) == len(IPC_HEADER) for row in ipc)
    assert b"\t" not in (release_1 / "regpat" / APP_REG_FILE).read_bytes()
    for _, prio, app, symbol in ipc[1:]:
        assert int(prio) <= int(app) <= int(prio) + 1
        assert re.fullmatch(r"[A-H]\d\d[A-Z][ \d]{4}/\d{2,3}", symbol), symbol
    assert ipc_symbol("G06F", "16", "245") == "G06F  16/245"
    assert {row[0] for row in ipc[1:]} == {row[0] for row in app_reg[1:]}


def test_regpat_shares_sum_to_one_per_application(release_1: Path) -> None:
    reg: dict[str, Decimal] = defaultdict(Decimal)
    app: dict[str, Decimal] = defaultdict(Decimal)
    for row in regpat_rows(release_1, APP_REG_FILE)[1:]:
        record = dict(zip(APP_REG_HEADER, row, strict=True))
        for column, sums in (("reg_share", reg), ("app_share", app)):
            value = Decimal(record[column])
            assert 0 <= value <= 1
            sums[record["appln_id"]] += value
    assert set(reg.values()) == {Decimal(1)} and set(app.values()) == {Decimal(1)}


def test_regpat_regions_are_old_nuts_in_europe_and_iso_countries(release_1: Path) -> None:
    rows = [dict(zip(APP_REG_HEADER, row, strict=True)) for row in regpat_rows(release_1, APP_REG_FILE)[1:]]
    countries = {row["ctry_code"] for row in rows}
    assert not countries & {"EL", "UK"}
    nuts_prefix = {"GR": "EL", "GB": "UK"}
    for row in rows:
        country, region = row["ctry_code"], row["reg_code"]
        if country in EUROPEAN_COUNTRIES:
            assert region == country or re.fullmatch(nuts_prefix.get(country, country) + r"[0-9A-Z]{3}", region)
        else:
            assert region.startswith(country)
    london = {row["reg_code"] for row in rows if row["city"] == "London"}
    assert london <= {"UKI11"}
    assert any(re.fullmatch(r"US\d{5}", row["reg_code"]) for row in rows)


# ---------------------------------------------------------------------------------------------------
# Truth and releases


def test_truth_matches_a_re_read_of_the_files(release_1: Path, truth: dict[str, Any]) -> None:
    pv = truth["patentsview"]
    for table in TABLES:
        entry = pv["tables"][table]
        assert entry["rows"] == len(records(release_1, table))
        assert entry["sha256"] == sha256(release_1 / entry["file"])
    patents = records(release_1, "g_patent")
    assert pv["patents"] == len(patents) == truth["patents_argument"]
    types = Counter(row["patent_type"] for row in patents)
    assert pv["patents_by_type"] == {kind: types[kind] for kind in ("utility", "design", "plant", "reissue")}
    countries = {row["location_id"]: row["disambig_country"] for row in records(release_1, "g_location_disambiguated")}
    assignees = records(release_1, "g_assignee_disambiguated")
    european = {row["patent_id"] for row in assignees if countries.get(row["location_id"]) in EUROPEAN_COUNTRIES}
    assert pv["patents_with_european_assignee"] == len(european)
    assert pv["patents_without_assignee"] == len(patents) - len({row["patent_id"] for row in assignees})
    assert pv["assignee_types"] == dict(Counter(row["assignee_type"] for row in assignees))
    assert sorted(truth["european_countries"]) == sorted(EUROPEAN_COUNTRIES)
    assert len(EUROPEAN_COUNTRIES) == 27 + 5 + 10
    none_counts = Counter(
        column
        for row in records(release_1, "g_location_disambiguated")
        for column, value in row.items()
        if value == "None"
    )
    assert pv["none_literal"] == dict(none_counts)
    regpat = truth["regpat"]
    app_reg = regpat_rows(release_1, APP_REG_FILE)[1:]
    assert regpat["app_reg_rows"] == len(app_reg) == regpat["files"][APP_REG_FILE]["rows"]
    assert regpat["ipc_rows"] == len(regpat_rows(release_1, IPC_FILE)) - 1
    assert regpat["applications"] == len({row[0] for row in app_reg})
    assert 100 <= len(app_reg) <= 5000


def test_cordis_organisations_reappear_spelled_the_patentsview_way(release_1: Path, truth: dict[str, Any]) -> None:
    linked = truth["patentsview"]["cordis_linked_assignees"]
    assert len(linked) >= 5
    rows = Counter(
        (row["assignee_id"], row["disambig_assignee_organization"])
        for row in records(release_1, "g_assignee_disambiguated")
    )
    for entry in linked:
        assert entry["organization"] == mixed_case(entry["cordis_name"])
        assert rows[(entry["assignee_id"], entry["organization"])] == entry["assignee_rows"] > 0
        assert re.fullmatch(r"9\d{8}", entry["cordis_organisation_id"])
    assert mixed_case("NANOTECH SOLUTIONS GMBH") == "Nanotech Solutions GmbH"


def test_release_2_only_appends_new_patents(release_1: Path, release_2: Path) -> None:
    truth_2 = json.loads((release_2 / "patents_truth.json").read_text(encoding="utf-8"))
    new_ids = truth_2["patentsview"]["new_patents_by_release"]["2"]
    assert 100 <= len(new_ids) <= 500
    last_date = max(row["patent_date"] for row in records(release_1, "g_patent"))
    for table in STREAMED:
        before, after = member(release_1, table), member(release_2, table)
        assert after.startswith(before) and len(after) > len(before)
        added = list(csv.reader(io.StringIO(after[len(before) :].decode("utf-8"), newline=""), delimiter="\t"))
        assert {row[0] for row in added} <= set(new_ids)
        if table == "g_patent":
            assert [row[0] for row in added] == new_ids
            assert all(row[2] > last_date for row in added)
    for unchanged in ("patentsview/g_location_disambiguated.tsv.zip", f"regpat/{APP_REG_FILE}", f"regpat/{IPC_FILE}"):
        assert sha256(release_1 / unchanged) == sha256(release_2 / unchanged)
    with zipfile.ZipFile(release_2 / "patentsview/g_patent.tsv.zip") as archive:
        assert archive.infolist()[0].date_time == release_time(2).timetuple()[:6]
    assert {"D", "R", "P"} & {pid[0] for pid in new_ids}


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="release"):
        generate_patents(tmp_path, patents=10, release=0)
    with pytest.raises(ValueError, match="patents"):
        generate_patents(tmp_path, patents=-1)


def test_patentsearch_data_is_the_next_release_in_the_api_shape(release_1: Path, release_2: Path) -> None:
    api = json.loads((release_1 / "patentsearch" / "patents.json").read_text(encoding="utf-8"))["patents"]
    truth_1 = json.loads((release_1 / "patents_truth.json").read_text(encoding="utf-8"))
    truth_2 = json.loads((release_2 / "patents_truth.json").read_text(encoding="utf-8"))
    # The API already has exactly the grants the next bulk release will append, with the same ids.
    assert [p["patent_id"] for p in api] == truth_2["patentsview"]["new_patents_by_release"]["2"]
    assert truth_1["patentsearch"]["patents"] == len(api) > 0
    bulk_last = max(r["patent_date"] for r in records(release_1, "g_patent"))
    assert min(p["patent_date"] for p in api) > bulk_last
    # Same content as the bulk rows of release 2: title, assignees (names, order), CPC groups.
    bulk = {r["patent_id"]: r for r in records(release_2, "g_patent")}
    cpc = [r for r in records(release_2, "g_cpc_current") if r["patent_id"] in bulk]
    for patent in api:
        assert patent["patent_title"] == bulk[patent["patent_id"]]["patent_title"]
        groups = [r["cpc_group"] for r in cpc if r["patent_id"] == patent["patent_id"]]
        api_groups = [
            c["cpc_group_id"].rsplit("/cpc_group/", 1)[1].rstrip("/").replace(":", "/") for c in patent["cpc_current"]
        ]
        assert api_groups == groups
        for assignee in patent["assignees"]:
            assert assignee["assignee_id"].startswith("https://search.patentsview.org/api/v1/assignee/")
            assert assignee["assignee_country"] is None or re.fullmatch(r"[A-Z]{2}", assignee["assignee_country"])
    assert any(a["assignee_country"] in EUROPEAN_COUNTRIES for p in api for a in p["assignees"])
    # This release does not pretend to have them.
    assert not {p["patent_id"] for p in api} & {r["patent_id"] for r in records(release_1, "g_patent")}
