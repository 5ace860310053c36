"""EU CORDIS: research and innovation projects funded by FP7, Horizon 2020 and Horizon Europe.

Published monthly by the Publications Office of the European Union on behalf of the European
Commission as bulk zips (``cordis-{HORIZON,h2020,fp7}projects-csv.zip``), © European Union, reused under
CC BY 4.0 (attribution required, changes indicated). Each zip holds ``project.csv`` (one row per grant),
``organization.csv`` (one row per project, organisation and role) and ``euroSciVoc.csv`` (fields of
science), among others we do not stage yet.

Quirks this module handles (shared/research/sources.md §1, verified on real rows):
- ``;`` delimiter, every field double-quoted, header included; UTF-8, FP7 files with a BOM.
- Members sit at the zip root in some releases and under ``csv/`` in others: match by basename.
- Money uses a decimal *comma* in project ``totalCost``/``ecMaxContribution`` and organisation
  ``totalCost``, but a decimal *point* in ``ecContribution``/``netEcContribution`` of the same row.
- Countries in the EU convention (``EL`` Greece, ``UK`` United Kingdom, ``XK`` Kosovo).
- ``nutsCode`` holds only the country code for partners outside Europe.
- ``geolocation`` is ``"lat,lon"`` in one field.
- Embedded quotes are not always escaped, which shifts columns: such records are rejected by the
  strict CSV reader and quarantined, never staged with shifted values.
- ``rcn`` in ``organization.csv`` is the organisation's record number, not the project's.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.archive import RawDocument
from extractors.base import Dataset, EntitySpec, ProgressFactory, SourceMeta, fetch_datasets
from extractors.errors import LayoutChanged
from transforms.parse_sql import Field

if TYPE_CHECKING:
    import duckdb

    from extractors.http import HttpClient
    from landscape.settings import Settings
    from warehouse.stage import FileLedger

# Per-file counts go to the progress logger, which the CLI shows while a long load runs.
log = logging.getLogger("landscape.progress.cordis")

SOURCE = SourceMeta(
    name="cordis",
    title="CORDIS: EU research projects (FP7, Horizon 2020, Horizon Europe)",
    publisher="Publications Office of the European Union / European Commission",
    homepage="https://cordis.europa.eu/projects",
    default_base_url="https://cordis.europa.eu/data",
    licence="CC-BY-4.0",
    attribution="© European Union, CORDIS (https://cordis.europa.eu), reused under CC BY 4.0",
    datasets=(
        Dataset("HORIZON", "cordis-HORIZONprojects-csv.zip", "Horizon Europe projects (2021-2027)"),
        Dataset("H2020", "cordis-h2020projects-csv.zip", "Horizon 2020 projects (2014-2020)"),
        Dataset("FP7", "cordis-fp7projects-csv.zip", "FP7 projects (2007-2013)"),
    ),
    # Live (2026): about 80,000 projects and 400,000 participations over the three programmes.
    # The lower bounds admit the offline demo snapshot; a download that lost most rows does not pass.
    expected_rows={
        "project": (100, 200_000),
        "participation": (400, 1_200_000),
        "field_of_science": (100, 600_000),
    },
    schedule="@weekly",
    tags=("projects", "eu"),
)

PROJECT = EntitySpec(
    entity="project",
    table="stg_cordis__projects",
    member="project.csv",
    key=("project_id",),
    schema="schemas.project:ProjectSchema",
    fields=(
        Field("project_id", "id", "digits"),
        Field("acronym", "acronym"),
        Field("status", "status"),
        Field("title", "title"),
        Field("start_date", "startDate", "date"),
        Field("end_date", "endDate", "date"),
        Field("total_cost", "totalCost", "decimal_comma"),
        Field("ec_max_contribution", "ecMaxContribution", "decimal_comma"),
        Field("legal_basis", "legalBasis"),
        Field("topics", "topics"),
        Field("ec_signature_date", "ecSignatureDate", "date"),
        Field("framework_programme", "frameworkProgramme"),
        Field("master_call", "masterCall"),
        Field("sub_call", "subCall"),
        Field("funding_scheme", "fundingScheme"),
        Field("objective", "objective"),
        Field("content_updated_at", "contentUpdateDate", "timestamp"),
        Field("rcn", "rcn", "digits"),
        Field("grant_doi", "grantDoi"),
    ),
    # `nature` is almost always empty (crisis flags) and not used by any model yet.
    ignored_columns=("nature",),
)

PARTICIPATION = EntitySpec(
    entity="participation",
    table="stg_cordis__participations",
    member="organization.csv",
    key=("project_id", "organisation_id", "role", "participant_order"),
    schema="schemas.participation:ParticipationSchema",
    fields=(
        Field("project_id", "projectID", "digits"),
        Field("organisation_id", "organisationID", "digits"),
        Field("vat_number", "vatNumber"),
        Field("name", "name"),
        Field("short_name", "shortName"),
        Field("is_sme", "SME", "bool"),
        Field("activity_type", "activityType"),
        Field("street", "street"),
        Field("post_code", "postCode"),
        Field("city", "city"),
        Field("country_code", "country"),
        Field("country", "country", "country_iso"),
        Field("nuts_code", "nutsCode", "nuts_code"),
        Field("nuts_code_source", "nutsCode"),
        Field("latitude", "geolocation", "latitude_of_pair"),
        Field("longitude", "geolocation", "longitude_of_pair"),
        Field("organisation_url", "organizationURL"),
        Field("content_updated_at", "contentUpdateDate", "timestamp"),
        Field("organisation_rcn", "rcn", "digits"),
        Field("participant_order", "order", "int"),
        Field("role", "role"),
        Field("ec_contribution", "ecContribution", "decimal_point"),
        Field("net_ec_contribution", "netEcContribution", "decimal_point"),
        Field("total_cost", "totalCost", "decimal_comma"),
        Field("end_of_participation", "endOfParticipation", "bool"),
        Field("active", "active", "bool"),
    ),
    # projectAcronym repeats project.csv; contactForm is a portal link derived from PIC and project.
    ignored_columns=("projectAcronym", "contactForm"),
)

FIELD_OF_SCIENCE = EntitySpec(
    entity="field_of_science",
    table="stg_cordis__fields_of_science",
    member="euroSciVoc.csv",
    key=("project_id", "code"),
    schema="schemas.field_of_science:FieldOfScienceSchema",
    fields=(
        Field("project_id", "projectID", "digits"),
        Field("code", "euroSciVocCode"),
        Field("path", "euroSciVocPath"),
        Field("title", "euroSciVocTitle"),
        Field("description", "euroSciVocDescription"),
    ),
)

ENTITIES: tuple[EntitySpec, ...] = (PROJECT, PARTICIPATION, FIELD_OF_SCIENCE)


def fetch(client: HttpClient, base_url: str, progress: ProgressFactory | None = None) -> dict[str, RawDocument]:
    """Download (or revalidate) every dataset file; the only function here that does I/O."""
    return fetch_datasets(client, base_url, SOURCE, progress)


def extract_members(zip_path: Path, dest: Path) -> dict[str, Path]:
    """Extract the members we stage, wherever they sit in the zip (root or ``csv/``)."""
    wanted = {spec.member for spec in ENTITIES}
    found: dict[str, Path] = {}
    try:
        with zipfile.ZipFile(zip_path) as archive:
            for info in archive.infolist():
                base = Path(info.filename).name
                if base not in wanted or info.is_dir():
                    continue
                if base in found:
                    raise LayoutChanged(f"{zip_path.name}: {base} appears twice in the zip")
                target = dest / base
                with archive.open(info) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out, 1 << 20)
                found[base] = target
    except zipfile.BadZipFile as exc:
        raise LayoutChanged(f"{zip_path.name} is not a readable zip: {exc}") from exc
    missing = sorted(wanted - found.keys())
    if missing:
        raise LayoutChanged(f"{zip_path.name} lacks {', '.join(missing)}")
    return found


def programme_problem(dataset: Dataset) -> str:
    """SQL flagging rows whose programme contradicts the file they came from (a shifted row)."""
    return (
        f"case when framework_programme is distinct from '{dataset.key}' then "
        f"'frameworkProgramme: ' || coalesce(framework_programme, 'empty') || ' in the {dataset.key} file' end"
    )


def extra_problems(spec: EntitySpec, dataset: Dataset) -> list[str]:
    return [programme_problem(dataset)] if spec is PROJECT else []


def stage(
    con: duckdb.DuckDBPyConnection, docs: dict[str, RawDocument], run_id: str, settings: Settings | None = None
) -> list[FileLedger]:
    """Parse, validate and stage every member of the given dataset zips into ``con``."""
    from warehouse.stage import Provenance, stage_file

    ledgers: list[FileLedger] = []
    datasets = {d.key: d for d in SOURCE.datasets}
    for key, doc in docs.items():
        dataset = datasets[key]
        prov = Provenance(
            run_id=run_id,
            source=SOURCE.name,
            dataset=key,
            raw_sha256=doc.sha256,
            source_url=doc.url,
            fetched_at=doc.fetched_at,
        )
        with tempfile.TemporaryDirectory(prefix="cordis-") as tmp:
            members = extract_members(doc.path, Path(tmp))
            for spec in ENTITIES:
                ledger = stage_file(con, members[spec.member], spec, prov, extra_problems=extra_problems(spec, dataset))
                log.info("%s %s: %s", key, spec.member, ledger.counts)
                ledgers.append(ledger)
    return ledgers
