"""National cluster registries and observatory drops: CSV or XLSX files placed in a landing folder.

Many registries have no API: a ministry publishes a spreadsheet, an observatory sends a file. Drop it
into ``$LANDSCAPE_HOME/landing/registries/<registry>/`` and describe its layout once in
``extractors/registry_mappings/<registry>.json`` (which column is the name, the region, the website,
the sectors, the member count; constants such as the country; list separators). Shipped mappings:
Clusterplattform Deutschland (CSV, ``;``, UTF-8 with BOM) and the French pôles de compétitivité
(XLSX with a title row above the header).

Each registry's newest file (by name: publishers date their file names) is its current list. A file
is staged once: it is archived by sha256 like any download, and the same bytes are never parsed
twice. A mapping that names a column the file lacks stops the registry with a message naming the
file, the mapping and the column; new columns in a file are reported, never silently dropped.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractors.archive import RawDocument
from extractors.base import EntitySpec, SourceMeta
from extractors.errors import LayoutChanged
from extractors.landing import archive_dropped_file
from transforms.parse_sql import Field

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.registry_drops")

MAPPINGS_DIR = Path(__file__).parent / "registry_mappings"
SUFFIXES = {".csv": "csv", ".xlsx": "xlsx"}
LIST_SEPARATOR = " | "

SOURCE = SourceMeta(
    name="registry_drops",
    title="National cluster registries and observatory drops (landing folder)",
    publisher="per registry: see extractors/registry_mappings/*.json",
    homepage="https://github.com/cluster-landscape/cluster-landscape/blob/main/extractors/registry_mappings",
    default_base_url="",
    licence="per registry (see mapping)",
    attribution="Clusterplattform Deutschland (BMWK/BMBF); Pôles de compétitivité (DGE, Licence Ouverte 2.0)",
    datasets=(),
    expected_rows={"cluster": (0, 100_000)},
    max_quarantine_share=0.2,
    # Cheap: a folder scan. Runs often so a drop is picked up soon after it lands.
    schedule="*/15 * * * *",
    tags=("clusters", "landing"),
)

CLUSTER = EntitySpec(
    entity="cluster",
    table="stg_registry__clusters",
    member="landing file",
    key=("registry", "name"),
    schema="schemas.cluster:ClusterSchema",
    fields=(
        Field("registry", "registry"),
        Field("file_name", "file_name"),
        Field("name", "name"),
        Field("country", "country", "country_iso"),
        Field("region", "region"),
        Field("city", "city"),
        Field("website", "website"),
        Field("sectors", "sectors"),
        Field("members_count", "members", "count_text"),
        Field("members_as_published", "members"),
        Field("programme", "programme"),
    ),
)
ENTITIES: tuple[EntitySpec, ...] = (CLUSTER,)


@dataclass(frozen=True)
class Mapping:
    registry: str
    title: str
    format: str
    columns: dict[str, str]
    header_row: int = 1
    delimiter: str = ","
    encoding: str = "utf-8"
    sheet: str | None = None
    constants: dict[str, str] = field(default_factory=dict)
    list_separators: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


MAPPED_FIELDS = ("name", "country", "region", "city", "website", "sectors", "members", "programme")


def load_mapping(path: Path) -> Mapping:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LayoutChanged(f"mapping {path.name} cannot be read: {exc}") from exc
    known = {f for f in Mapping.__dataclass_fields__ if f != "extra"}
    try:
        mapping = Mapping(
            **{k: v for k, v in raw.items() if k in known}, extra={k: v for k, v in raw.items() if k not in known}
        )
    except TypeError as exc:
        raise LayoutChanged(f"mapping {path.name} is incomplete: {exc}") from exc
    unknown = sorted(set(mapping.columns) - set(MAPPED_FIELDS))
    if unknown:
        raise LayoutChanged(f"mapping {path.name} maps unknown field(s) {unknown}; known: {MAPPED_FIELDS}")
    if "name" not in mapping.columns:
        raise LayoutChanged(f"mapping {path.name} does not say which column is the cluster name")
    if mapping.format not in SUFFIXES.values():
        raise LayoutChanged(f"mapping {path.name}: format {mapping.format!r} is not csv or xlsx")
    return mapping


def mappings(folder: Path = MAPPINGS_DIR) -> dict[str, Mapping]:
    return {path.stem: load_mapping(path) for path in sorted(folder.glob("*.json"))}


def read_table(
    path: Path, mapping: Mapping, file_name: str | None = None
) -> tuple[list[str], list[tuple[int, list[str | None]]]]:
    """Header and (row number, cells) of a dropped file, as text. ``file_name``: the name it was
    dropped under (archived bodies are named by their hash), for messages."""
    name = file_name or path.name
    if mapping.format == "csv":
        try:
            text = path.read_bytes().decode(mapping.encoding)
            rows = list(csv.reader(io.StringIO(text), delimiter=mapping.delimiter))
        except (UnicodeDecodeError, LookupError, csv.Error) as exc:
            raise LayoutChanged(
                f"{name}: cannot be read as {mapping.encoding} CSV (mapping {mapping.registry}.json): {exc}"
            ) from exc
        numbered: list[tuple[int, list[str | None]]] = [(i, list(r)) for i, r in enumerate(rows, start=1)]
    else:
        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            # From bytes: archived bodies are named by their hash, and openpyxl judges files by extension.
            book = load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError) as exc:
            raise LayoutChanged(
                f"{path.name}: not a readable XLSX workbook (mapping {mapping.registry}.json): {exc}"
            ) from exc
        try:
            sheet = book[mapping.sheet] if mapping.sheet else book.worksheets[0]
        except KeyError:
            raise LayoutChanged(f"{name}: no sheet {mapping.sheet!r} (mapping {mapping.registry}.json)") from None
        numbered = [
            (i, [None if v is None else str(v) for v in row])
            for i, row in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
        book.close()
    header_index = mapping.header_row - 1
    if len(numbered) <= header_index:
        raise LayoutChanged(f"{name}: no header at row {mapping.header_row} (mapping {mapping.registry}.json)")
    header = [(h or "").strip() for h in numbered[header_index][1]]
    body = [(n, cells) for n, cells in numbered[header_index + 1 :] if any((c or "").strip() for c in cells)]
    return header, body


def map_rows(
    path: Path, mapping: Mapping, file_name: str | None = None
) -> tuple[list[dict[str, str | None]], tuple[str, ...]]:
    """Records in staging's source columns, and the file's columns no mapping uses."""
    name = file_name or path.name
    header, body = read_table(path, mapping, name)
    for target, column in mapping.columns.items():
        if column not in header:
            raise LayoutChanged(
                f"{name}: column {column!r} (the {target} in mapping {mapping.registry}.json) is not in the "
                f"file; its columns are {header}"
            )
    position = {name: i for i, name in enumerate(header)}
    records = []
    for line, cells in body:
        record: dict[str, str | None] = {"registry": mapping.registry, "file_name": name, "_line": str(line)}
        for target, column in mapping.columns.items():
            i = position[column]
            value = cells[i] if i < len(cells) else None
            separator = mapping.list_separators.get(target)
            if value and separator:
                value = LIST_SEPARATOR.join(part.strip() for part in value.split(separator) if part.strip())
            record[target] = value
        record.update(mapping.constants)
        records.append(record)
    unused = tuple(h for h in header if h and h not in mapping.columns.values())
    return records, unused


def current_drops(landing: Path, known: dict[str, Mapping]) -> dict[str, Path]:
    """The newest file of each registry folder; a folder without a mapping is an error, loudly."""
    drops: dict[str, Path] = {}
    root = landing / "registries"
    if not root.exists():
        return drops
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
        if not files:
            continue
        if folder.name not in known:
            raise LayoutChanged(f"landing folder {folder.name!r} has files but no mapping {folder.name}.json")
        drops[folder.name] = files[-1]
    return drops


def fetch(
    client: HttpClient,
    base_url: str,
    progress: Callable[[str], Callable[[int, int | None], None] | None] | None = None,
) -> dict[str, RawDocument]:
    """Archive each registry's current file (by sha256, like a download); no network involved."""
    docs: dict[str, RawDocument] = {}
    for registry, path in current_drops(client.settings.landing_dir, mappings()).items():
        docs[registry] = archive_dropped_file(client, path, _content_type(path))
    return docs


def _content_type(path: Path) -> str:
    if path.suffix.lower() == ".xlsx":
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return "text/csv"


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    from warehouse.stage import Provenance, stage_records

    known = mappings()
    ledgers = []
    for registry in sorted(docs):
        doc = docs[registry]
        mapping = known[registry]
        # The archived body is named by its hash; the mapping format says how to read it.
        name = Path(doc.url).name
        records, unused = map_rows(doc.path, mapping, name)
        prov = Provenance.of(run_id, SOURCE.name, registry, doc)
        ledger = stage_records(con, records, CLUSTER, prov, new_columns=unused)
        log.info("%s %s: %s", registry, name, ledger.counts)
        ledgers.append(ledger)
    return ledgers
