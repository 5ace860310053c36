"""OECD REGPAT: patent applications (EPO) regionalised by the applicants' and inventors' addresses.

The OECD distributes REGPAT free of charge on request (derived from EPO PATSTAT; the European part
regionalised by KU Leuven/ECOOM for Eurostat); attribution to the OECD REGPAT database is required.
There is no download URL to poll: an edition's files are dropped into
``$LANDSCAPE_HOME/landing/regpat/`` (``YYYYMM_EPO_App_reg.txt``, ``YYYYMM_EPO_IPC.txt``).

Quirks: pipe-delimited text; ``reg_code`` is a NUTS-3 code of an OLDER NUTS version in Europe (the
edition's own) and an OECD TL3 code elsewhere, so it is kept as published with the edition beside it
(NUTS versions are harmonised by the regions step); shares (``reg_share``, ``app_share``) split one
application over its regions and applicants — counts are fractional.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.archive import RawDocument
from extractors.base import EntitySpec, SourceMeta
from extractors.dialects import CsvDialect
from extractors.errors import LayoutChanged
from extractors.landing import archive_dropped_file
from transforms.parse_sql import Field

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

log = logging.getLogger("landscape.progress.regpat")

PIPE = CsvDialect(delimiter="|", quote='"', escape='"')
EDITION = re.compile(r"^(\d{6})_EPO_(App_reg|IPC)\.txt$")

SOURCE = SourceMeta(
    name="regpat",
    title="OECD REGPAT: EPO patent applications by region",
    publisher="OECD, Directorate for Science, Technology and Innovation",
    homepage="https://www.oecd.org/sti/intellectual-property-statistics-and-analysis.htm",
    default_base_url="",
    licence="OECD terms: free on request, attribution required",
    attribution="OECD, REGPAT database",
    datasets=(),
    expected_rows={"regpat_applicant_region": (0, 50_000_000), "regpat_ipc": (0, 50_000_000)},
    schedule="0 4 * * *",
    tags=("patents", "regions", "landing"),
)

APPLICANT_REGION = EntitySpec(
    entity="regpat_applicant_region",
    table="stg_regpat__applicant_regions",
    member="EPO_App_reg.txt",
    key=("appln_id", "app_name", "reg_code"),
    schema="schemas.regpat:RegpatApplicantRegionSchema",
    fields=(
        Field("appln_id", "appln_id", "digits"),
        Field("app_name", "app_name"),
        Field("address", "address"),
        Field("city", "city"),
        Field("postal_code", "postal_code"),
        Field("reg_code", "reg_code"),
        Field("ctry_code", "ctry_code"),
        Field("reg_share", "reg_share", "float"),
        Field("app_share", "app_share", "float"),
    ),
)
IPC = EntitySpec(
    entity="regpat_ipc",
    table="stg_regpat__ipc",
    member="EPO_IPC.txt",
    key=("appln_id", "ipc"),
    schema="schemas.regpat:RegpatIpcSchema",
    fields=(
        Field("appln_id", "appln_id", "digits"),
        Field("prio_year", "prio_year", "int"),
        Field("app_year", "app_year", "int"),
        Field("ipc", "IPC"),
    ),
)
ENTITIES: tuple[EntitySpec, ...] = (APPLICANT_REGION, IPC)
_BY_KIND = {"App_reg": APPLICANT_REGION, "IPC": IPC}


def current_edition(folder: Path) -> dict[str, Path]:
    """The newest edition whose App_reg and IPC files are both there."""
    editions: dict[str, dict[str, Path]] = {}
    if folder.exists():
        for path in folder.iterdir():
            if match := EDITION.match(path.name):
                editions.setdefault(match.group(1), {})[match.group(2)] = path
    complete = sorted(e for e, files in editions.items() if set(files) == set(_BY_KIND))
    return editions[complete[-1]] if complete else {}


def fetch(
    client: HttpClient,
    base_url: str,
    progress: Callable[[str], Callable[[int, int | None], None] | None] | None = None,
) -> dict[str, RawDocument]:
    """Archive the current edition's files by sha256 (like downloads); no network involved."""
    docs: dict[str, RawDocument] = {}
    for kind, path in sorted(current_edition(client.settings.landing_dir / "regpat").items()):
        docs[kind] = archive_dropped_file(client, path, "text/plain")
    return docs


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    from warehouse.stage import Provenance, stage_file

    ledgers = []
    for kind in sorted(docs):
        doc = docs[kind]
        spec = _BY_KIND.get(kind)
        if spec is None:
            raise LayoutChanged(f"regpat: unexpected file kind {kind!r}")
        edition = EDITION.match(Path(doc.url).name)
        dataset = f"{edition.group(1) if edition else 'unknown'}_{kind}"
        prov = Provenance.of(run_id, SOURCE.name, dataset, doc)
        ledger = stage_file(con, doc.path, spec, prov, dialect=PIPE)
        log.info("regpat %s: %s", dataset, ledger.counts)
        ledgers.append(ledger)
    return ledgers
