"""The synthetic CORDIS zips: real layout and dialect, determinism, releases, and an exact truth file."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import time
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from landscape.snapshot.cordis import (
    BAD_KINDS,
    HEADERS,
    LAYOUTS,
    ORGANIZATION_HEADER,
    PROJECT_HEADER,
    generate_cordis,
)

# Above ~200 projects per zip the minimum of 3 bad project rows per kind stays under 5 % of the file.
SIZES = {"HORIZON": 220, "H2020": 240, "FP7": 200}
HORIZON_ZIP = "cordis-HORIZONprojects-csv.zip"
H2020_ZIP = "cordis-h2020projects-csv.zip"
FP7_ZIP = "cordis-fp7projects-csv.zip"

csv.field_size_limit(10_000_000)


@pytest.fixture(scope="module")
def release_1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cordis-r1")
    generate_cordis(out, projects=SIZES)
    return out


@pytest.fixture(scope="module")
def release_2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cordis-r2")
    generate_cordis(out, projects=SIZES, release=2)
    return out


@pytest.fixture(scope="module")
def truth_1(release_1: Path) -> dict[str, Any]:
    return json.loads((release_1 / "truth.json").read_text(encoding="utf-8"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def member_bytes(zip_path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(zip_path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def text_of(data: bytes) -> str:
    return data.decode("utf-8-sig")


def records_with_lines(text: str) -> Iterator[tuple[int, list[str]]]:
    """(physical start line, fields) of every data record, read by Python's csv module."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"')
    next(reader)
    previous_end = reader.line_num
    for row in reader:
        yield previous_end + 1, row
        previous_end = reader.line_num


def unquoted_lines(text: str) -> list[int]:
    """Lines of records breaking 'every field quoted, inner quotes doubled'; resyncs at the next LF."""
    bad: list[int] = []
    i, line, n = 0, 1, len(text)
    record_line, at_field_start = 1, True
    while i < n:
        if at_field_start:
            if text[i] != '"':
                bad.append(record_line)
                i = text.index("\n", i) + 1
                line += 1
                record_line = line
                continue
            i += 1
            while True:
                quote = text.index('"', i)
                line += text.count("\n", i, quote)
                if text.startswith('""', quote):
                    i = quote + 2
                    continue
                i = quote + 1
                break
            if i < n and text[i] == ";":
                i += 1
            elif i < n and text[i] == "\n":
                i += 1
                line += 1
                record_line = line
            elif i < n:
                bad.append(record_line)
                i = text.index("\n", i) + 1
                line += 1
                record_line = line
    return bad


def bad_entries(truth: dict[str, Any], zip_name: str, member: str) -> list[dict[str, Any]]:
    return truth["zips"][zip_name]["members"][member]["bad"]


def all_members(truth: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    for zip_name, info in truth["zips"].items():
        for member in info["members"]:
            yield zip_name, member, member.rsplit("/", 1)[-1]


# --- determinism and releases ------------------------------------------------------------------------


def test_same_arguments_give_byte_identical_output(release_1: Path, tmp_path: Path) -> None:
    generate_cordis(tmp_path, projects=SIZES)
    for layout in LAYOUTS.values():
        assert sha256(tmp_path / layout.filename) == sha256(release_1 / layout.filename)
    assert (tmp_path / "truth.json").read_bytes() == (release_1 / "truth.json").read_bytes()


def test_another_seed_gives_other_data(release_1: Path, tmp_path: Path) -> None:
    generate_cordis(tmp_path, projects=SIZES, seed=7)
    assert sha256(tmp_path / HORIZON_ZIP) != sha256(release_1 / HORIZON_ZIP)


def test_release_2_is_a_plausible_next_month(release_1: Path, release_2: Path, truth_1: dict[str, Any]) -> None:
    truth_2 = json.loads((release_2 / "truth.json").read_text(encoding="utf-8"))
    assert sha256(release_2 / HORIZON_ZIP) != sha256(release_1 / HORIZON_ZIP)
    assert sha256(release_2 / H2020_ZIP) != sha256(release_1 / H2020_ZIP)
    # FP7 is closed: its export no longer changes, so change detection must see the same bytes.
    assert sha256(release_2 / FP7_ZIP) == sha256(release_1 / FP7_ZIP)

    old = {row[0]: row for _, row in records_with_lines(text_of(member_bytes(release_1 / HORIZON_ZIP)["project.csv"]))}
    new = {row[0]: row for _, row in records_with_lines(text_of(member_bytes(release_2 / HORIZON_ZIP)["project.csv"]))}
    changes = truth_2["changes_since_release_1"]
    added = set(changes["new_projects"]["HORIZON"])
    assert len(added) >= 3
    assert set(new) == set(old) | added and not added & set(old)
    updated = set(changes["content_updated"]["HORIZON"])
    assert len(updated) >= 3
    updated_at = PROJECT_HEADER.index("contentUpdateDate")
    for project_id in old:
        if project_id in updated:
            assert new[project_id][updated_at] > old[project_id][updated_at]
        else:
            assert new[project_id] == old[project_id]

    renamed = changes["renamed_organisation"]
    assert renamed["from"] != renamed["to"]
    names_1 = text_of(member_bytes(release_1 / HORIZON_ZIP)["organization.csv"])
    names_2 = text_of(member_bytes(release_2 / HORIZON_ZIP)["organization.csv"])
    assert f'"{renamed["organisationID"]}"' in names_2
    assert '"' + renamed["to"].replace('"', '""') + '"' in names_2
    assert '"' + renamed["to"].replace('"', '""') + '"' not in names_1

    # Existing records keep their line numbers: the quarantine of release 1 stays valid.
    for zip_name in (HORIZON_ZIP, H2020_ZIP, FP7_ZIP):
        for member in truth_1["zips"][zip_name]["members"]:
            assert bad_entries(truth_2, zip_name, member) == bad_entries(truth_1, zip_name, member)


# --- layout and dialect ------------------------------------------------------------------------------


def test_zip_layouts_differ_like_the_real_ones(release_1: Path) -> None:
    names = {layout.filename: sorted(member_bytes(release_1 / layout.filename)) for layout in LAYOUTS.values()}
    assert all(not name.startswith("csv/") for name in names[HORIZON_ZIP] + names[FP7_ZIP])
    assert all(name.startswith("csv/") for name in names[H2020_ZIP])
    assert "webLink.csv" in names[HORIZON_ZIP]
    for members in names.values():
        assert {"project.csv", "organization.csv", "euroSciVoc.csv", "legalBasis.csv", "topics.csv"} <= {
            name.rsplit("/", 1)[-1] for name in members
        }


def test_headers_are_the_real_ones_and_bom_only_in_fp7(release_1: Path) -> None:
    for layout in LAYOUTS.values():
        for name, data in member_bytes(release_1 / layout.filename).items():
            assert data.startswith(b"\xef\xbb\xbf") == (layout.programme == "FP7"), name
            header = data.removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode()
            expected = HEADERS[name.rsplit("/", 1)[-1]]
            assert header == ";".join(f'"{column}"' for column in expected)
    assert len(PROJECT_HEADER) == 20 and len(ORGANIZATION_HEADER) == 25


def test_every_field_is_quoted_except_in_the_broken_records(release_1: Path, truth_1: dict[str, Any]) -> None:
    for zip_name, member, _ in all_members(truth_1):
        data = member_bytes(release_1 / zip_name)[member]
        assert b"\r" not in data, "LF line endings only"
        broken = sorted(b["line"] for b in bad_entries(truth_1, zip_name, member) if b["kind"] == "broken_quoting")
        assert unquoted_lines(text_of(data)) == broken, member
    project = text_of(member_bytes(release_1 / HORIZON_ZIP)["project.csv"])
    assert '""' in project  # empty fields and doubled inner quotes both occur


def test_money_uses_a_comma_or_a_point_depending_on_the_column(release_1: Path, truth_1: dict[str, Any]) -> None:
    for zip_name, member, base in all_members(truth_1):
        if base not in ("project.csv", "organization.csv"):
            continue
        rows = good_rows(release_1, truth_1, zip_name, member)
        header = HEADERS[base]
        comma = ["totalCost", "ecMaxContribution"] if base == "project.csv" else ["totalCost"]
        point = [] if base == "project.csv" else ["ecContribution", "netEcContribution"]
        for column in comma:
            values = [row[header.index(column)] for row in rows]
            assert all(re.fullmatch(r"([0-9]+(,[0-9]{1,2})?)?", v) for v in values), column
            if zip_name != FP7_ZIP or base == "project.csv":
                assert any("," in v for v in values), (zip_name, member, column)
        for column in point:
            values = [row[header.index(column)] for row in rows]
            assert all(re.fullmatch(r"([0-9]+(\.[0-9]{1,2})?)?", v) for v in values), column
            if zip_name != FP7_ZIP or column == "ecContribution":
                assert any("." in v for v in values), (zip_name, column)


# --- truth -------------------------------------------------------------------------------------------


def good_rows(root: Path, truth: dict[str, Any], zip_name: str, member: str) -> list[list[str]]:
    bad_lines = {b["line"] for b in bad_entries(truth, zip_name, member)}
    text = text_of(member_bytes(root / zip_name)[member])
    return [row for line, row in records_with_lines(text) if line not in bad_lines]


def test_truth_lines_point_at_the_injected_records(release_1: Path, truth_1: dict[str, Any]) -> None:
    for zip_name, member, base in all_members(truth_1):
        header = HEADERS[base]
        text = text_of(member_bytes(release_1 / zip_name)[member])
        by_line = dict(records_with_lines(text))
        physical = text.split("\n")
        for bad in bad_entries(truth_1, zip_name, member):
            row = by_line[bad["line"]]
            for column, value in bad["key"].items():
                assert row[header.index(column)] == value, (member, bad)
            if bad["kind"] == "broken_quoting":
                strict = csv.reader([physical[bad["line"] - 1]], delimiter=";", quotechar='"', strict=True)
                with pytest.raises(csv.Error):
                    next(strict)
            elif bad["kind"] == "extra_column":
                assert len(row) == len(header) + 1
                assert ";".join(row[header.index(bad["column"]) : header.index(bad["column"]) + 2]) == bad["value"]
            else:
                assert len(row) == len(header)
                assert row[header.index(bad["column"])] == bad["value"]


def test_each_kind_of_bad_record_is_injected_at_least_three_times(truth_1: dict[str, Any]) -> None:
    for zip_name, member, base in all_members(truth_1):
        kinds = [b["kind"] for b in bad_entries(truth_1, zip_name, member)]
        if base in ("project.csv", "organization.csv"):
            assert all(kinds.count(kind) >= 3 for kind in BAD_KINDS), (zip_name, member, kinds)
        else:
            assert kinds == []


def test_no_bad_records_when_disabled(tmp_path: Path) -> None:
    truth = generate_cordis(tmp_path, projects={"FP7": 30}, bad_rows=False)
    assert all(not m["bad"] for m in truth["zips"][FP7_ZIP]["members"].values())


def test_good_record_counts_match_and_good_records_are_valid(release_1: Path, truth_1: dict[str, Any]) -> None:
    for zip_name, member, base in all_members(truth_1):
        info = truth_1["zips"][zip_name]["members"][member]
        text = text_of(member_bytes(release_1 / zip_name)[member])
        assert sum(1 for _ in records_with_lines(text)) == info["records"]
        rows = good_rows(release_1, truth_1, zip_name, member)
        assert len(rows) == info["good"] == info["records"] - len(info["bad"])
        assert all(len(row) == len(HEADERS[base]) for row in rows)
        check = {"project.csv": check_project, "organization.csv": check_organisation}.get(base)
        if check is None:
            continue
        for row in rows:
            check(dict(zip(HEADERS[base], row, strict=True)), truth_1["zips"][zip_name]["programme"])


def is_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def check_project(row: dict[str, str], programme: str) -> None:
    assert re.fullmatch(r"101[0-9]{6}" if programme == "HORIZON" else r"[2-9][0-9]{5}", row["id"]), row["id"]
    assert row["status"] in ("SIGNED", "CLOSED", "TERMINATED")
    assert row["frameworkProgramme"] == programme
    assert row["title"].strip()
    for column in ("startDate", "endDate", "ecSignatureDate"):
        assert row[column] == "" or is_date(row[column]), (column, row[column])
    assert row["startDate"] == "" or row["endDate"] >= row["startDate"]
    datetime.strptime(row["contentUpdateDate"], "%Y-%m-%d %H:%M:%S")
    assert row["rcn"].isdigit()
    if programme == "FP7":
        assert row["ecSignatureDate"] == row["masterCall"] == row["grantDoi"] == ""
    else:
        assert row["grantDoi"] in ("", f"10.3030/{row['id']}")


def check_organisation(row: dict[str, str], programme: str) -> None:
    assert row["projectID"].isdigit() and re.fullmatch(r"[0-9]{9}", row["organisationID"])
    assert row["order"].isdigit() and int(row["order"]) >= 1
    assert row["role"] in ("coordinator", "participant", "thirdParty", "partner", "associatedPartner")
    assert (row["role"] == "coordinator") == (row["order"] == "1")
    assert row["activityType"] in ("", "HES", "PRC", "REC", "PUB", "OTH")
    assert row["SME"] in ("", "true", "false") and row["endOfParticipation"] in ("true", "false")
    assert row["country"] not in ("GR", "GB") and re.fullmatch(r"[A-Z]{2}", row["country"])
    assert row["nutsCode"] == "" or row["nutsCode"].startswith(row["country"])
    assert re.fullmatch(r"([A-Z]{2}[A-Z0-9]{2,14})?", row["vatNumber"])
    assert row["contactForm"].endswith(f"/{row['organisationID']}/{row['projectID']}")
    assert row["rcn"].isdigit()
    if row["role"] == "partner":
        assert row["ecContribution"] == ""
    if row["role"] == "thirdParty":
        assert row["ecContribution"] == "0"
    if programme == "FP7":
        assert row["netEcContribution"] == row["totalCost"] == ""


# --- realism the pipeline relies on ------------------------------------------------------------------


def test_organisations_are_reused_with_one_pic_and_one_rcn(release_1: Path, truth_1: dict[str, Any]) -> None:
    rcn_of: dict[str, set[str]] = {}
    programmes_of: dict[str, set[str]] = {}
    countries: set[str] = set()
    for zip_name, member, base in all_members(truth_1):
        if base != "organization.csv":
            continue
        for row in good_rows(release_1, truth_1, zip_name, member):
            rcn_of.setdefault(row[2], set()).add(row[17])
            programmes_of.setdefault(row[2], set()).add(zip_name)
            countries.add(row[11])
            if row[11] in ("US", "XK", "GH", "CN", "HK"):
                assert row[12] == row[11]
    assert all(len(rcns) == 1 for rcns in rcn_of.values())
    assert sum(len(p) == 3 for p in programmes_of.values()) >= 10
    assert {"EL", "UK", "DE"} <= countries


def test_organisation_contributions_add_up_to_the_project_maximum(release_1: Path, truth_1: dict[str, Any]) -> None:
    rows = good_rows(release_1, truth_1, H2020_ZIP, "csv/project.csv")
    projects = {row[0]: float(row[7].replace(",", ".")) for row in rows}
    sums: dict[str, float] = {}
    for row in good_rows(release_1, truth_1, H2020_ZIP, "csv/organization.csv"):
        sums[row[0]] = sums.get(row[0], 0.0) + float(row[20] or 0)
    close = [abs(sums[pid] - ec) <= 0.01 * ec for pid, ec in projects.items() if pid in sums]
    assert len(close) > 0.95 * len(projects) and sum(close) > 0.95 * len(close)


def test_medium_generation_is_fast_and_about_five_organisations_per_project(tmp_path: Path) -> None:
    started = time.perf_counter()
    truth = generate_cordis(tmp_path, projects={"HORIZON": 2000, "H2020": 2000})
    elapsed = time.perf_counter() - started
    organisations = sum(
        info["members"][m]["records"]
        for info in truth["zips"].values()
        for m in info["members"]
        if m.endswith("organization.csv")
    )
    assert 4.0 * 4000 < organisations < 6.5 * 4000
    assert not (tmp_path / FP7_ZIP).exists()
    assert elapsed < 20, f"generation took {elapsed:.1f}s"


def test_rejects_unknown_programmes_and_releases(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="FP6"):
        generate_cordis(tmp_path, projects={"FP6": 10})
    with pytest.raises(ValueError, match="release"):
        generate_cordis(tmp_path, release=0)
