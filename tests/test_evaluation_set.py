"""The hand-written organisation-matching evaluation sets are well formed, balanced and not padded with easy pairs.

evaluation/organisation_pairs.csv is the development set, evaluation/organisation_pairs_holdout.csv the first
held-out set and evaluation/organisation_pairs_holdout2.csv the second; the matcher's precision, recall and F1 are
measured on them (see evaluation/README.md). These tests guard their shape, not their labels: labels are human
judgements.
"""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
DEVELOPMENT = EVALUATION / "organisation_pairs.csv"
HOLDOUT = EVALUATION / "organisation_pairs_holdout.csv"
HOLDOUT_2 = EVALUATION / "organisation_pairs_holdout2.csv"
PREFIXES = {DEVELOPMENT: "op", HOLDOUT: "hp", HOLDOUT_2: "hq"}
HEADER = ["pair_id", "name_a", "country_a", "city_a", "name_b", "country_b", "city_b", "label", "kind", "note"]
LABELS = {"match", "non_match"}
KINDS = (
    "legal_form",
    "translation",
    "transliteration",
    "acronym",
    "abbreviation",
    "typo_variant",
    "sister_institute",
    "subsidiary",
    "homonym",
    "similar_name",
    "merger_rename",
)
# Kinds that are hard *non-matches* by definition. The others test recall but also hold a few non-matches
# (an acronym shared by two bodies, a legal form that marks a subsidiary, a merger that made a new entity).
NON_MATCH_KINDS = {"subsidiary", "homonym", "similar_name"}
# ISO 3166-1 alpha-2 codes of Europe and its neighbours. EU institutions write Greece as EL and the United
# Kingdom as UK; the set uses ISO (GR, GB), like the core tables (transforms/countries.py).
ISO_EUROPE = frozenset(
    "AD AL AM AT AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GI GR HR HU IE IL IM IS "  # noqa: SIM905
    "IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA VA".split()
)
MIN_ROWS = 200
MIN_NON_MATCH_SHARE = 0.40
MIN_PER_KIND = 8


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, strict=True)
        header = next(reader)
        assert header == HEADER
        body = list(reader)
    for number, cells in enumerate(body, start=2):
        assert len(cells) == len(HEADER), f"line {number}: {len(cells)} cells"
    return [dict(zip(HEADER, cells, strict=True)) for cells in body]


# All sets obey the same format and policy, so every shape test runs on each of them.
@pytest.fixture(scope="module", params=list(PREFIXES), ids=["development", "holdout", "holdout_2"])
def pairs_path(request: pytest.FixtureRequest) -> Path:
    return request.param


@pytest.fixture(scope="module")
def raw(pairs_path: Path) -> bytes:
    return pairs_path.read_bytes()


@pytest.fixture(scope="module")
def rows(pairs_path: Path) -> list[dict[str, str]]:
    return read_rows(pairs_path)


def test_file_is_utf8_without_bom(raw: bytes) -> None:
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")


def test_header_is_exact(raw: bytes) -> None:
    first_line = raw.decode("utf-8").splitlines()[0]
    assert first_line == ",".join(HEADER)


def test_pair_ids_are_unique(rows: list[dict[str, str]]) -> None:
    ids = Counter(r["pair_id"] for r in rows)
    assert all(ids), "empty pair_id"
    assert [i for i, n in ids.items() if n > 1] == []


def test_every_row_has_two_names_iso_countries_a_label_and_a_kind(rows: list[dict[str, str]]) -> None:
    for r in rows:
        where = r["pair_id"]
        for side in ("a", "b"):
            name, country, city = r[f"name_{side}"], r[f"country_{side}"], r[f"city_{side}"]
            assert name.strip(), f"{where}: empty name_{side}"
            assert name == name.strip() and city == city.strip(), f"{where}: stray outer whitespace on side {side}"
            # NFC so that 'ü' is one code point everywhere and two pairs cannot differ invisibly.
            assert unicodedata.is_normalized("NFC", name + city), f"{where}: side {side} not NFC"
            assert country not in {"EL", "UK"}, f"{where}: EU code {country}, use GR/GB"
            assert country in ISO_EUROPE, f"{where}: country_{side}={country!r} is not an ISO alpha-2 code"
        assert r["label"] in LABELS, f"{where}: label {r['label']!r}"
        assert r["kind"] in KINDS, f"{where}: kind {r['kind']!r}"


def test_no_pair_is_listed_twice_in_either_order(rows: list[dict[str, str]]) -> None:
    seen = Counter(frozenset({(r["name_a"], r["country_a"]), (r["name_b"], r["country_b"])}) for r in rows)
    assert [sorted(pair) for pair, n in seen.items() if n > 1] == []


def test_no_pair_is_byte_identical(rows: list[dict[str, str]]) -> None:
    same = [r["pair_id"] for r in rows if r["name_a"] == r["name_b"] and r["country_a"] == r["country_b"]]
    assert same == []


def test_size_and_balance(rows: list[dict[str, str]]) -> None:
    labels = Counter(r["label"] for r in rows)
    assert len(rows) >= MIN_ROWS
    assert labels["non_match"] / len(rows) >= MIN_NON_MATCH_SHARE, labels
    assert labels["match"] > 0


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_covered(rows: list[dict[str, str]], kind: str) -> None:
    assert sum(r["kind"] == kind for r in rows) >= MIN_PER_KIND


def test_non_match_kinds_hold_only_non_matches(rows: list[dict[str, str]]) -> None:
    wrong = [r["pair_id"] for r in rows if r["kind"] in NON_MATCH_KINDS and r["label"] != "non_match"]
    assert wrong == []


def test_sources_spread_over_many_countries(rows: list[dict[str, str]]) -> None:
    countries = {r["country_a"] for r in rows} | {r["country_b"] for r in rows}
    assert len(countries) >= 15, sorted(countries)


def test_file_uses_crlf_line_endings(raw: bytes) -> None:
    assert raw.endswith(b"\r\n")
    assert raw.count(b"\n") == raw.count(b"\r\n")


def test_pair_ids_follow_the_file_prefix(rows: list[dict[str, str]], pairs_path: Path) -> None:
    prefix = PREFIXES[pairs_path]
    assert [r["pair_id"] for r in rows if not r["pair_id"].startswith(prefix)] == []


def test_no_set_repeats_a_pair_of_an_earlier_one() -> None:
    # A pair scored in two sets would leak what the matcher was tuned on (or had its figures read on) into the
    # later set's figures. Case is folded because pairs that differ only in case were never meant to be distinct.
    def key(r: dict[str, str]) -> frozenset[str]:
        return frozenset({r["name_a"].casefold(), r["name_b"].casefold()})

    earlier: set[frozenset[str]] = set()
    for path in PREFIXES:
        rows = read_rows(path)
        assert [r["pair_id"] for r in rows if key(r) in earlier] == [], path.name
        earlier |= {key(r) for r in rows}
