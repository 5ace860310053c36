from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import duckdb
import pytest

from transforms.countries import to_iso
from transforms.parse_sql import Field, select_typed_sql

PROVENANCE = "_record bigint, _line bigint, _url varchar, _sha256 varchar, _fetched_at varchar"


def parse(kind: str, *values: str | None) -> list[tuple]:
    con = duckdb.connect()
    con.execute(f"create table raw ({PROVENANCE}, v varchar)")
    con.executemany("insert into raw values (?, ?, null, null, null, ?)", [(i, i + 1, v) for i, v in enumerate(values)])
    sql = select_typed_sql([Field("x", "v", kind)], "raw")  # type: ignore[arg-type]
    return [(r[5], r[6]) for r in con.execute(sql + " order by _record").fetchall()]


def test_decimal_comma_money_is_read_and_point_refused() -> None:
    rows = parse("decimal_comma", "22512219,96", "1499998", "", "1.234,56", "7.5")
    assert rows[0] == (Decimal("22512219.96"), [])
    assert rows[1] == (Decimal("1499998"), [])
    assert rows[2] == (None, [])
    assert rows[3][0] is None and "decimal comma" in rows[3][1][0]
    assert rows[4][1], "a decimal point in a decimal-comma column must not pass as 75"


def test_decimal_point_money() -> None:
    rows = parse("decimal_point", "528340.97", "0", "960619,95")
    assert rows[0] == (Decimal("528340.97"), [])
    assert rows[1] == (Decimal("0"), [])
    assert rows[2][1] == ["v: not an amount with a decimal point: 960619,95"]


def test_dates_timestamps_and_impossible_dates() -> None:
    assert parse("date", "2024-02-01")[0] == (date(2024, 2, 1), [])
    bad = parse("date", "2023-13-45")[0]
    assert bad[0] is None and "YYYY-MM-DD" in bad[1][0]
    assert parse("timestamp", "2023-12-26 14:40:12")[0] == (datetime(2023, 12, 26, 14, 40, 12), [])


def test_booleans_identifiers_and_integers() -> None:
    assert [r[0] for r in parse("bool", "true", "false", "FALSE", "")] == [True, False, False, None]
    assert parse("bool", "yes")[0][1] == ["v: not true/false: yes"]
    assert parse("digits", "999981634")[0] == ("999981634", [])
    assert parse("digits", "99998163A")[0][1], "letters in a PIC are a problem"
    assert parse("int", "12x")[0][1] == ["v: not an integer: 12x"]


def test_geolocation_pair_split() -> None:
    con = duckdb.connect()
    con.execute(f"create table raw ({PROVENANCE}, g varchar)")
    con.execute(
        "insert into raw values (1, 2, null, null, null, '39.591621450000005,2.6'), "
        "(2, 3, null, null, null, 'north'), (3, 4, null, null, null, null)"
    )
    sql = select_typed_sql([Field("lat", "g", "latitude_of_pair"), Field("lon", "g", "longitude_of_pair")], "raw")
    rows = con.execute(sql + " order by _record").fetchall()
    assert rows[0][5:] == (pytest.approx(39.591621450000005), pytest.approx(2.6), [])
    assert rows[1][5] is None and rows[1][7] == ["g: not a 'lat,lon' pair: north"]
    assert rows[2][5:] == (None, None, [])


def test_country_codes_eu_convention_to_iso() -> None:
    assert [r[0] for r in parse("country_iso", "EL", "UK", "XK", "de")] == ["GR", "GB", "XK", "DE"]
    assert to_iso("EL") == "GR" and to_iso(" uk ") == "GB" and to_iso(None) is None


def test_nuts_code_that_is_only_a_country_is_not_a_region() -> None:
    assert [r[0] for r in parse("nuts_code", "EL303", "GH", "", "ukI31")] == ["EL303", None, None, "UKI31"]


def test_registry_kinds_counts_dates_and_country_names() -> None:
    counts = parse("count_text", "approx. 150", "120+", "over 1,200 members", "85", "many")
    assert [r[0] for r in counts[:4]] == [150, 120, 1200, 85]
    assert counts[4][1] == ["v: no number in it: many"]
    assert parse("date_dmy", "31/05/2027")[0] == (date(2027, 5, 31), [])
    assert parse("date_ymd_slash", "2027/05/31")[0] == (date(2027, 5, 31), [])
    assert parse("date_dmy", "2027-05-31")[0][1], "a date in another format is a problem, not a NULL"
    names = parse("country_name", "Germany", "Czech Republic", "Türkiye", "Atlantis")
    assert [r[0] for r in names[:3]] == ["DE", "CZ", "TR"]
    assert names[3][0] is None and "not a country we know" in names[3][1][0]


def test_label_wordings_go_through_an_explicit_table() -> None:
    rows = parse("label_level", "Gold", "SILVER", "Bronze Label", "ESCA Gold Label", "Platinum")
    assert [r[0] for r in rows[:4]] == ["GOLD", "SILVER", "BRONZE", "GOLD"]
    assert rows[4][0] is None and "not a label wording we know" in rows[4][1][0]


def test_patentsview_kinds_none_flags_and_floats() -> None:
    assert [r[0] for r in parse("text_none", "None", "Berlin", "")] == [None, "Berlin", None]
    assert [r[0] for r in parse("flag", "0", "1", "FALSE", "False", "true")] == [False, True, False, False, True]
    assert parse("flag", "maybe")[0][1] == ["v: not 0/1/true/false: maybe"]
    assert parse("float", "52.5200066")[0][0] == pytest.approx(52.5200066)
    assert parse("float", "north")[0][1], "a word in a number column is a problem"
