"""TERCET: postal codes → NUTS-3 regions, per country, from Eurostat GISCO.

Eurostat's GISCO team publishes the TERCET correspondence between national postal codes and NUTS-3
regions as flat files, one zip per country and NUTS version, listed on
https://gisco-services.ec.europa.eu/tercet/flat-files and stored under
``…/tercet/NUTS-2024/pc2024_AT_NUTS-2024_v1.0.zip`` (older versions under ``NUTS-2021/`` etc.). Each
zip holds one CSV with two columns, ``NUTS3`` and ``CODE`` (the postcode). The landscape uses it to
place organisations whose source gives a postcode but no (or an outdated) NUTS code.

Licence: unclear, and recorded as such. The flat files page allows use "for statistical and other
non-commercial purposes"; the postcode point data they are derived from is cited elsewhere as
CC BY-SA 4.0 ("© European Union - GISCO, postal code point dataset"). Until GISCO says otherwise,
treat releases containing these rows as non-commercial and attribute GISCO and the share-alike source.

Quirks this module handles (shared/research/sources.md §4.2):

- File names cannot be built from a pattern: GISCO republishes countries one by one, so the postcode
  year (``pc2024``/``pc2025``) and the file version (``v1.0``…``v1.2``) differ by country. They are read
  from the index page (links relative to it), never constructed. When a page lists two files for one
  country (``pc2024`` and ``pc2025``), the newest postcode year wins, then the highest version.
- The page lists several NUTS versions (and an all-countries zip of zips): only the per-country files
  of ``LANDSCAPE_TERCET_NUTS_VERSION`` (default 2024) are read. ``LANDSCAPE_TERCET_COUNTRIES`` (e.g.
  ``AT,DE,EL``) limits the run to some countries. One dataset per country (the code as in the file
  name, ``EL`` for Greece): a republished country file replaces exactly that country's rows.
- The zip's one CSV may sit in a sub-folder: it is found by extension, not by name.
- The CSV starts with a UTF-8 BOM (kept out of the first column's name by the header reader), has an
  unquoted ``NUTS3;CODE`` header and wraps every value in *single* quotes (``'DE300';'10115'``).
- Windows line ends (CRLF): the shared CSV loader strips the line feed DuckDB puts in front of a
  rejected CRLF record, so line numbers and quarantined text stay exact.
- Postcodes are text (``'01069'``, ``'1012 WX'``, ``'1049-001'``, ``'00-927'``): read as text, never as a
  number, and kept as published. TERCET writes them without country prefixes (``01513`` where CORDIS
  writes ``LT-01513``, ``1359`` for ``L-1359``) and Greek ones without the space (``10682`` for
  ``106 82``); matching other sources is a transform's job, not staging's.
- Greece is ``EL`` (the EU convention) in file names and NUTS codes: ``country`` carries the ISO code
  (``GR``), ``country_source`` the file's code, which is also what NUTS-3 codes start with.
- A postcode that straddles a border is listed once per NUTS-3 region: the key is
  (country, postcode, nuts3), so both rows stay. Rows repeated verbatim (seen in the Greek file) are
  quarantined as duplicate keys.
- A record with a stray third field (a place name leaked into the export) is quarantined as
  malformed with its raw text; the rest of its file stages.
"""

from __future__ import annotations

import logging
import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit

from extractors import html
from extractors.archive import RawDocument
from extractors.base import EntitySpec, ProgressFactory, SourceMeta
from extractors.dialects import CsvDialect
from extractors.errors import LayoutChanged
from extractors.zipped import extract_one
from transforms.countries import to_iso
from transforms.parse_sql import Field
from transforms.sqltext import ident, literal

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger, Provenance

log = logging.getLogger("landscape.progress.tercet")

INDEX_PAGE = "flat-files"
NUTS_VERSION_ENV = "LANDSCAPE_TERCET_NUTS_VERSION"
COUNTRIES_ENV = "LANDSCAPE_TERCET_COUNTRIES"
DEFAULT_NUTS_VERSION = 2024

# ';' between fields, single quotes around every value, no quote ever doubled inside a postcode.
TERCET_CSV = CsvDialect(delimiter=";", quote="'", escape="'")
CSV_COLUMNS = ("NUTS3", "CODE")
# What the file name says about every row of the file, added to the CSV's own columns before parsing.
COUNTRY_IN_FILE_NAME = "country in file name"
NUTS_VERSION_IN_FILE_NAME = "NUTS version in file name"

# pc{postcode year}_{country}_NUTS-{NUTS version}_v{major}.{minor}.zip; the all-countries zip has no
# country part and is not matched.
FILE_NAME = re.compile(
    r"^pc(?P<postcode_year>\d{4})_(?P<country>[A-Z]{2})_NUTS-(?P<nuts_version>\d{4})"
    r"_v(?P<major>\d+)(?:\.(?P<minor>\d+))?\.zip$"
)

SOURCE = SourceMeta(
    name="tercet",
    title="TERCET: postal codes to NUTS-3 regions (Eurostat GISCO)",
    publisher="Eurostat, GISCO",
    homepage="https://gisco-services.ec.europa.eu/tercet/flat-files",
    default_base_url="https://gisco-services.ec.europa.eu/tercet",
    licence=(
        "unclear: the flat files page allows statistical and other non-commercial use; the postcode "
        "point data is cited as CC-BY-SA-4.0"
    ),
    attribution=(
        "© European Union - GISCO, TERCET postal code to NUTS correspondence "
        "(https://gisco-services.ec.europa.eu/tercet/flat-files); postal code point dataset © European Union - GISCO"
    ),
    # File names are read from the index page (they differ by country), so none is declared here.
    datasets=(),
    # Live (NUTS 2024): about 1.5 million postcode rows over some 35 countries; the offline demo
    # snapshot has about 23,500. A run that lost most countries does not pass.
    expected_rows={"tercet_postcode": (15_000, 3_000_000)},
    schedule="@monthly",
    tags=("reference", "regions"),
)

POSTCODE = EntitySpec(
    entity="tercet_postcode",
    table="stg_tercet__postcodes",
    # Replaced per file by the CSV's real name (it carries the postcode year and version).
    member="pc_NUTS.csv",
    # A postcode straddling a border has one row per region: the region is part of the key.
    key=("country", "postcode", "nuts3"),
    schema="schemas.tercet:TercetPostcodeSchema",
    fields=(
        Field("nuts3", "NUTS3"),
        Field("postcode", "CODE"),
        Field("country", COUNTRY_IN_FILE_NAME, "country_iso"),
        Field("country_source", COUNTRY_IN_FILE_NAME),
        Field("nuts_version", NUTS_VERSION_IN_FILE_NAME, "int"),
    ),
)
ENTITIES: tuple[EntitySpec, ...] = (POSTCODE,)


@dataclass(frozen=True)
class TercetFile:
    """One per-country zip as the index page links it."""

    url: str
    name: str
    country: str  # as in the file name: EL for Greece
    postcode_year: int
    nuts_version: int
    version: tuple[int, int]

    @property
    def recency(self) -> tuple[int, int, int]:
        """Newest postcode year first, then the highest file version."""
        return (self.postcode_year, *self.version)


def parse_file_url(url: str) -> TercetFile | None:
    """The file a zip URL names, or None when it is not a per-country TERCET zip."""
    name = unquote(PurePosixPath(urlsplit(url).path).name)
    match = FILE_NAME.match(name)
    if match is None:
        return None
    return TercetFile(
        url=url,
        name=name,
        country=match["country"],
        postcode_year=int(match["postcode_year"]),
        nuts_version=int(match["nuts_version"]),
        version=(int(match["major"]), int(match["minor"] or 0)),
    )


def listed_files(page: bytes, page_url: str) -> list[TercetFile]:
    """Every per-country zip the index page links, whatever its NUTS version, with absolute URLs."""
    soup = html.parse(page)
    found: dict[str, TercetFile] = {}
    for link in html.many(soup, "a[href]", where=page_url):
        file = parse_file_url(urljoin(page_url, str(link["href"]).strip()))
        if file is not None:
            # The same file may be linked twice (table and a "latest" list): one download.
            found.setdefault(file.url, file)
    return list(found.values())


def current_files(
    files: list[TercetFile], nuts_version: int, countries: frozenset[str] | None = None
) -> dict[str, TercetFile]:
    """The newest file per country for ``nuts_version``, optionally only for ``countries`` (ISO or EU codes)."""
    newest: dict[str, TercetFile] = {}
    for file in files:
        if file.nuts_version != nuts_version:
            continue
        if countries is not None and to_iso(file.country) not in countries:
            continue
        held = newest.get(file.country)
        if held is not None and held.recency == file.recency:
            raise LayoutChanged(
                f"tercet: the index lists two files of the same edition for {file.country}: {held.url} and {file.url}"
            )
        if held is None or file.recency > held.recency:
            newest[file.country] = file
    if not newest:
        versions = sorted({f.nuts_version for f in files})
        raise LayoutChanged(
            f"tercet: the flat files page lists no per-country postcode zips for NUTS-{nuts_version} "
            f"(NUTS versions with files: {', '.join(map(str, versions)) or 'none'}); "
            "the page layout or the file naming changed"
        )
    if countries is not None:
        missing = sorted(countries - {to_iso(c) for c in newest})
        if missing:
            raise LayoutChanged(
                f"tercet: {COUNTRIES_ENV} asks for {', '.join(missing)}, which the flat files page does not list "
                f"for NUTS-{nuts_version}"
            )
    return dict(sorted(newest.items()))


def nuts_version(settings: Settings) -> int:
    raw = ((settings.env or {}).get(NUTS_VERSION_ENV) or str(DEFAULT_NUTS_VERSION)).strip()
    if not re.fullmatch(r"\d{4}", raw):
        raise ValueError(f"{NUTS_VERSION_ENV} must be a NUTS version year such as 2024, got {raw!r}")
    return int(raw)


def country_filter(settings: Settings) -> frozenset[str] | None:
    """ISO codes of the countries to fetch (``EL`` and ``GR`` both mean Greece); None for all."""
    raw = ((settings.env or {}).get(COUNTRIES_ENV) or "").strip()
    if not raw:
        return None
    codes = [part.strip().upper() for part in raw.split(",") if part.strip()]
    bad = [code for code in codes if not re.fullmatch(r"[A-Z]{2}", code)]
    if bad:
        raise ValueError(f"{COUNTRIES_ENV} must list two-letter country codes, got {', '.join(bad)}")
    return frozenset(code for code in (to_iso(c) for c in codes) if code)


def fetch(client: HttpClient, base_url: str, progress: ProgressFactory | None = None) -> dict[str, RawDocument]:
    """Read the index page, then download (or revalidate) the current zip of each country."""
    index = client.fetch(f"{base_url}/{INDEX_PAGE}")
    # Links are relative to the page as finally served (after any redirect).
    files = listed_files(index.path.read_bytes(), index.final_url or index.url)
    chosen = current_files(files, nuts_version(client.settings), country_filter(client.settings))
    return {
        country: client.fetch(file.url, progress=progress(file.name) if progress else None)
        for country, file in chosen.items()
    }


def extract_csv(zip_path: Path, dest: Path) -> Path:
    """The zip's one CSV; it may sit in a sub-folder."""
    return extract_one(zip_path, dest, lambda name: name.lower().endswith(".csv"), "CSV file")


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    """Stage each country's file as its own dataset, replacing that country's earlier rows."""
    from warehouse.stage import Provenance

    ledgers = []
    for country in sorted(docs):
        doc = docs[country]
        file = parse_file_url(doc.url)
        if file is None or file.country != country:
            raise LayoutChanged(f"tercet: {doc.url} is not the postcode file of {country}")
        prov = Provenance.of(run_id, SOURCE.name, country, doc)
        with tempfile.TemporaryDirectory(prefix="tercet-") as tmp:
            csv_path = extract_csv(doc.path, Path(tmp))
            ledger = _stage_csv(con, csv_path, file, prov)
        log.info("tercet %s (%s): %s", country, file.name, ledger.counts)
        ledgers.append(ledger)
    return ledgers


def _stage_csv(con: duckdb.DuckDBPyConnection, path: Path, file: TercetFile, prov: Provenance) -> FileLedger:
    """Read the CSV, add what its file name says to every record, then parse, validate and stage.

    ``stage_file`` reads a CSV and stages it in one call; the country and NUTS version come from the
    file name, not from a column, so the same two steps are taken here with a view in between.
    """
    from extractors.tabular import load_csv
    from warehouse.stage import QUARANTINE_DDL, stage_loaded

    con.execute(QUARANTINE_DDL)
    loaded = load_csv(
        con,
        path,
        expected_columns=CSV_COLUMNS,
        table="raw_rows",
        dialect=TERCET_CSV,
        context=f"{prov.source}/{prov.dataset}",
    )
    con.execute("alter view raw_rows rename to tercet_csv_rows")
    try:
        con.execute(
            f"""
            create temp view raw_rows as
            select *, {literal(file.country)} as {ident(COUNTRY_IN_FILE_NAME)},
                   {literal(str(file.nuts_version))} as {ident(NUTS_VERSION_IN_FILE_NAME)}
            from tercet_csv_rows
            """
        )
        spec = replace(POSTCODE, member=path.name)
        return stage_loaded(
            con, spec, prov, loaded.columns, loaded.records_in, loaded.unexpected_columns, extra_problems=None
        )
    finally:
        con.execute("drop view if exists tercet_csv_rows")
