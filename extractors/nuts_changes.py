"""Eurostat's correspondence tables between NUTS versions: which code became which, and how.

Eurostat publishes one workbook per revision (https://ec.europa.eu/eurostat/documents/345175/629341/
``NUTS2013-NUTS2016.xlsx``, ``NUTS2016-NUTS2021.xlsx``, ``NUTS2021-NUTS2024.xlsx``), © European Union,
CC BY 4.0. Sources carry codes of every version (CORDIS mixes them by programme, REGPAT editions use
NUTS 2013, TERCET and the landscape use 2024); core.nuts_code_map chains these tables to map any code
to 2024.

Quirks (research/sources.md §4.1; layouts seen in readers of the real workbooks):
- Each workbook has several sheets (an introduction, the new classification, per-level change lists,
  and one detailed table); sheet names and column positions differ from revision to revision
  (``Changes detailed NUTS 2016-2021``; ``NUTS2021- NUTS2024`` with a stray space), and some sheets start
  with a title row above the header. The detailed table is found by its header instead: the sheet with
  a ``Code <year>`` column for each of the two versions and a ``Change`` column, the longest such.
- A code of the old version with no new code was discontinued; a new code with no old one is new.
  Splits and boundary shifts list one old code several times. Unchanged codes have no change text.
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractors.archive import RawDocument
from extractors.base import Dataset, EntitySpec, ProgressFactory, SourceMeta, fetch_datasets
from extractors.errors import LayoutChanged
from transforms.parse_sql import Field

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.nuts_changes")

REVISIONS = ((2013, 2016), (2016, 2021), (2021, 2024))

SOURCE = SourceMeta(
    name="nuts_changes",
    title="Eurostat NUTS correspondence tables 2013-2016, 2016-2021, 2021-2024",
    publisher="Eurostat",
    homepage="https://ec.europa.eu/eurostat/web/nuts/history",
    default_base_url="https://ec.europa.eu/eurostat/documents/345175/629341",
    licence="CC-BY-4.0",
    attribution="© European Union, Eurostat",
    datasets=tuple(
        Dataset(f"{old}-{new}", f"NUTS{old}-NUTS{new}.xlsx", f"NUTS {old} to {new} correspondence")
        for old, new in REVISIONS
    ),
    expected_rows={"nuts_change": (100, 20_000)},
    schedule="@monthly",
    tags=("reference", "regions"),
)

CHANGE = EntitySpec(
    entity="nuts_change",
    table="stg_nuts_changes__correspondence",
    member="correspondence.xlsx",
    key=("from_version", "code_from", "code_to"),
    schema="schemas.nuts:NutsChangeSchema",
    fields=(
        Field("from_version", "from_version", "int"),
        Field("to_version", "to_version", "int"),
        Field("code_from", "code_from", "text_none"),
        Field("code_to", "code_to", "text_none"),
        Field("change", "change", "text_none"),
        Field("sheet", "sheet"),
    ),
)
ENTITIES: tuple[EntitySpec, ...] = (CHANGE,)

_CODE_HEADER = re.compile(r"^\s*code\s+(\d{4})\s*$", re.IGNORECASE)
_HEADER_ROWS = 5  # a title row or two may sit above the header


def fetch(client: HttpClient, base_url: str, progress: ProgressFactory | None = None) -> dict[str, RawDocument]:
    return fetch_datasets(client, base_url, SOURCE, progress)


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    from warehouse.stage import Provenance, stage_records

    ledgers = []
    for key in sorted(docs):
        doc = docs[key]
        old, new = (int(v) for v in key.split("-"))
        prov = Provenance.of(run_id, SOURCE.name, key, doc)
        ledger = stage_records(con, change_records(doc.path, old, new), CHANGE, prov)
        log.info("nuts changes %s: %s", key, ledger.counts)
        ledgers.append(ledger)
    return ledgers


def change_records(path: Path, old: int, new: int) -> list[dict[str, str | None]]:
    """The rows of the workbook's detailed correspondence between ``old`` and ``new``."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    best: tuple[int, str, int, dict[str, int], list[tuple[Any, ...]]] | None = None
    # Opened as a stream: archived files have no extension, which openpyxl would refuse by name.
    with Path(path).open("rb") as stream:
        try:
            workbook = load_workbook(stream, read_only=True, data_only=True)
        except (InvalidFileException, KeyError, OSError, ValueError, zipfile.BadZipFile) as exc:
            raise LayoutChanged(f"NUTS {old}-{new} correspondence is not a readable workbook: {exc}") from exc
        try:
            for sheet in workbook.worksheets:
                rows = list(sheet.iter_rows(values_only=True))
                found = _header(rows, old, new)
                if found is not None and (best is None or len(rows) > best[0]):
                    best = (len(rows), sheet.title, found[0], found[1], rows)
        finally:
            workbook.close()
    if best is None:
        raise LayoutChanged(
            f"NUTS {old}-{new} workbook has no sheet with columns 'Code {old}', 'Code {new}' and 'Change'"
        )
    _, title, header_row, columns, rows = best
    records = []
    for number, row in enumerate(rows[header_row + 1 :], start=header_row + 2):
        code_from, code_to = _cell(row, columns["from"]), _cell(row, columns["to"])
        if code_from is None and code_to is None:
            continue  # blank separator rows and footnotes
        records.append(
            {
                "from_version": str(old),
                "to_version": str(new),
                "code_from": code_from,
                "code_to": code_to,
                "change": _cell(row, columns["change"]),
                "sheet": title,
                "_line": str(number),
            }
        )
    return records


def _header(rows: list[tuple[Any, ...]], old: int, new: int) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:_HEADER_ROWS]):
        columns: dict[str, int] = {}
        for position, cell in enumerate(row):
            text = str(cell).strip() if cell is not None else ""
            code = _CODE_HEADER.match(text)
            if code and int(code[1]) == old:
                columns["from"] = position
            elif code and int(code[1]) == new:
                columns["to"] = position
            elif text.lower() == "change":
                columns["change"] = position
        if len(columns) == 3:
            return index, columns
    return None


def _cell(row: tuple[Any, ...], position: int) -> str | None:
    if position >= len(row) or row[position] is None:
        return None
    text = str(row[position]).strip()
    return text or None
