from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from extractors.dialects import CsvDialect
from extractors.errors import LayoutChanged
from extractors.tabular import load_csv

HEADER = '"id";"title";"cost";"fp"\n'


def write(tmp_path: Path, body: str, *, bom: bool = False) -> Path:
    path = tmp_path / "f.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + (HEADER + body).encode())
    return path


def test_physical_lines_survive_multiline_fields_and_broken_records(tmp_path: Path) -> None:
    body = (
        '"1";"ok\ntitle";"12,5";"H2020"\n'  # lines 2-3
        '"2";"bad "quoted"\n title";"3,1";"H2020"\n'  # lines 4-5: broken quoting, read as two pieces
        '"3";"multi\nline";"4";"H2020"\n'  # lines 6-7
        '"4";"x";"5";"H2020";"extra"\n'  # line 8: one column too many
        '"5";"y";"6";"H2020"\n'  # line 9
        '"6";"z";"6"\n'  # line 10: one column short
        '"7";"z";"6";"H2020"\n'  # line 11
    )
    con = duckdb.connect()
    loaded = load_csv(con, write(tmp_path, body, bom=True), expected_columns=("id", "title", "cost", "fp"), table="raw")
    good = con.execute("select id, _line from raw order by _record").fetchall()
    assert good == [("1", 2), ("3", 6), ("5", 9), ("7", 11)]
    bad = con.execute("select _line, error_types from raw_rejects order by _record").fetchall()
    assert [line for line, _ in bad] == [4, 5, 8, 10]
    assert "UNQUOTED VALUE" in bad[0][1] and "TOO MANY COLUMNS" in bad[2][1]
    assert loaded.records_in == loaded.records_accepted + loaded.records_rejected == 8


def test_bom_does_not_leak_into_the_first_column_name(tmp_path: Path) -> None:
    con = duckdb.connect()
    loaded = load_csv(
        con,
        write(tmp_path, '"1";"t";"1";"FP7"\n', bom=True),
        expected_columns=("id", "title", "cost", "fp"),
        table="raw",
    )
    assert loaded.columns[0] == "id"
    assert con.execute("select id from raw").fetchall() == [("1",)]


def test_missing_column_is_a_layout_change(tmp_path: Path) -> None:
    with pytest.raises(LayoutChanged, match="lacks column"):
        load_csv(
            duckdb.connect(), write(tmp_path, ""), expected_columns=("id", "title", "cost", "fp", "rcn"), table="raw"
        )


def test_new_column_is_reported_not_dropped_silently(tmp_path: Path) -> None:
    loaded = load_csv(
        duckdb.connect(), write(tmp_path, '"1";"t";"1";"FP7"\n'), expected_columns=("id", "title", "cost"), table="raw"
    )
    assert loaded.unexpected_columns == ("fp",)
    assert "new column 'fp'" in loaded.warnings[0]


def test_all_quoted_files_reject_a_trailing_empty_extra_field(tmp_path: Path) -> None:
    # A ';' inside a name shifts every later field by one; when the last field was empty, DuckDB's
    # strict mode alone accepts the record with shifted values.
    from extractors.tabular import SEMICOLON_QUOTED

    body = '"1";"ACME";" SA";"H2020";""\n"2";"ok";"3";"FP7"\n"3";"short";"4"\n'
    con = duckdb.connect()
    loaded = load_csv(
        con,
        write(tmp_path, body),
        expected_columns=("id", "title", "cost", "fp"),
        table="raw",
        dialect=SEMICOLON_QUOTED,
    )
    assert con.execute("select id, _line from raw").fetchall() == [("2", 3)]
    rejects = con.execute("select _line, error_types, csv_line from raw_rejects order by _line").fetchall()
    assert [(line, kind) for line, kind, _ in rejects] == [(2, "TOO MANY COLUMNS"), (4, "MISSING COLUMNS")]
    assert rejects[0][2] == '"1";"ACME";" SA";"H2020";""'
    assert loaded.records_in == 3 and loaded.columns == ("id", "title", "cost", "fp")


def test_crlf_line_endings_are_read_and_lines_still_count(tmp_path: Path) -> None:
    from extractors.tabular import SEMICOLON_QUOTED

    path = tmp_path / "crlf.csv"
    path.write_bytes(b'"id";"title";"cost";"fp"\r\n"1";"a\r\nb";"1";"FP7"\r\n"2";"c";"2";"FP7"\r\n')
    con = duckdb.connect()
    loaded = load_csv(con, path, expected_columns=("id", "title", "cost", "fp"), table="raw", dialect=SEMICOLON_QUOTED)
    assert loaded.records_rejected == 0
    assert con.execute("select id, _line from raw order by _record").fetchall() == [("1", 2), ("2", 4)]


def test_crlf_rejects_keep_exact_text_and_line_numbers(tmp_path: Path) -> None:
    # DuckDB hands a rejected CRLF record over with the previous line feed in front of it (TERCET's
    # dialect: unquoted header, single-quoted values, CRLF).
    path = tmp_path / "crlf.csv"
    lines = ["\ufeffNUTS3;CODE", "'SI041';'1000'", "'SI041';'1231';'x'", "'SI041';'1232'"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    con = duckdb.connect()
    dialect = CsvDialect(delimiter=";", quote="'", escape="'")
    load_csv(con, path, expected_columns=("NUTS3", "CODE"), table="raw", dialect=dialect)
    assert con.execute("select CODE, _line from raw order by _record").fetchall() == [("1000", 2), ("1232", 4)]
    rejected = con.execute("select _line, csv_line from raw_rejects").fetchall()
    assert rejected == [(3, lines[2])]
