"""stage_file on hand-written CORDIS rows: each way a record can fail gets its own reason."""

from __future__ import annotations

from pathlib import Path

import duckdb

from extractors.cordis import PROJECT, SOURCE, extra_problems
from warehouse.stage import Provenance, stage_file

HEADER = [f.column for f in PROJECT.fields if f.name != "nature"] + ["nature"]


def row(project_id: str, *, status: str = "SIGNED", start: str = "2024-02-01", fp: str = "H2020") -> str:
    values = {c: "" for c in HEADER}
    values.update(
        {
            "id": project_id,
            "acronym": "ACR",
            "status": status,
            "title": "A title",
            "startDate": start,
            "endDate": "2026-01-31",
            "totalCost": "1499998,50",
            "ecMaxContribution": "1499998",
            "frameworkProgramme": fp,
            "contentUpdateDate": "2023-12-26 14:40:12",
            "rcn": "259247",
        }
    )
    return ";".join(f'"{values[c]}"' for c in HEADER) + "\n"


def write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "project.csv"
    path.write_text(";".join(f'"{c}"' for c in HEADER) + "\n" + "".join(rows), encoding="utf-8")
    return path


def prov(run_id: str, fetched_at: str) -> Provenance:
    return Provenance(run_id, "cordis", "H2020", "a" * 64, "http://x/cordis-h2020projects-csv.zip", fetched_at)


def test_each_failure_gets_its_reason_and_the_counts_add_up(tmp_path: Path) -> None:
    h2020 = next(d for d in SOURCE.datasets if d.key == "H2020")
    path = write(
        tmp_path,
        [
            row("800001"),  # line 2: good
            row("800001"),  # line 3: duplicate key
            row("800002", start="2024-13-45"),  # line 4: impossible date
            row("800003", status="PAUSED"),  # line 5: unknown status (schema)
            row("800004", fp="FP7"),  # line 6: programme contradicts the file
            row("800005"),  # line 7: good
        ],
    )
    con = duckdb.connect()
    ledger = stage_file(
        con, path, PROJECT, prov("r1", "2026-01-01T00:00:00Z"), extra_problems=extra_problems(PROJECT, h2020)
    )
    assert (ledger.rows_in, ledger.rows_staged, ledger.rows_quarantined) == (6, 2, 4)
    reasons = dict(con.execute("select line, reason_code from quarantine order by line").fetchall())
    assert reasons == {3: "duplicate_key", 4: "unparseable_value", 5: "schema_violation", 6: "unparseable_value"}
    details = dict(con.execute("select line, detail from quarantine").fetchall())
    assert "first at line 2" in details[3]
    assert "PAUSED" in details[5]
    assert "FP7 in the H2020 file" in details[6]
    staged = con.execute("select project_id, source_line from stg_cordis__projects order by 1").fetchall()
    assert staged == [("800001", 2), ("800005", 7)]


def test_restaging_carries_first_seen_and_drops_vanished_rows(tmp_path: Path) -> None:
    con = duckdb.connect()
    stage_file(con, write(tmp_path, [row("800001"), row("800002")]), PROJECT, prov("r1", "2026-01-01T00:00:00Z"))
    stage_file(con, write(tmp_path, [row("800001"), row("800003")]), PROJECT, prov("r2", "2026-02-01T00:00:00Z"))
    rows = con.execute(
        "select project_id, first_seen::varchar, last_seen::varchar, run_id from stg_cordis__projects order by 1"
    ).fetchall()
    assert rows == [
        ("800001", "2026-01-01 00:00:00", "2026-02-01 00:00:00", "r2"),
        ("800003", "2026-02-01 00:00:00", "2026-02-01 00:00:00", "r2"),
    ]


def test_an_invalid_first_copy_does_not_take_the_valid_one_down(tmp_path: Path) -> None:
    con = duckdb.connect()
    path = write(tmp_path, [row("800001", status="PAUSED"), row("800001"), row("800001")])
    ledger = stage_file(con, path, PROJECT, prov("r1", "2026-01-01T00:00:00Z"))
    assert (ledger.rows_staged, ledger.rows_quarantined) == (1, 2)
    assert con.execute("select source_line from stg_cordis__projects").fetchall() == [(3,)]
    reasons = dict(con.execute("select line, reason_code from quarantine").fetchall())
    assert reasons == {2: "schema_violation", 4: "duplicate_key"}
    assert "first at line 3" in con.execute("select detail from quarantine where line = 4").fetchall()[0][0]
