"""Column descriptions shared by many tables (ids, provenance, places), applied to every column of
core, marts and ops that its model file did not describe itself. Model files describe what is
particular to them; the audit test requires every column to end up documented."""

from __future__ import annotations

import duckdb

from transforms.sqltext import ident, literal

SHARED: dict[str, str] = {
    # ids
    "project_key": "Stable project id: proj_ + sha256 of source and grant number.",
    "org_id": "Canonical organisation id (corg_…), stable across refreshes: core.canonical_organisations.",
    "organisation_key": "Stable organisation id: org_ + sha256 of the PIC (or of name and country without one).",
    "project_id": "Grant agreement number as published by CORDIS.",
    "pic": "CORDIS participant identification code (9 digits).",
    # provenance
    "source": "Source name in the registry (extractors/registry.py).",
    "dataset": "File of the source the row came from (e.g. the programme zip).",
    "run_id": "Ingest run that staged the row (see ops.runs).",
    "raw_sha256": "sha256 of the archived raw download (raw/<source>/manifest.jsonl).",
    "source_url": "URL the raw file was downloaded from.",
    "source_file": "Member file inside the download.",
    "source_line": "Line in the source file where the record starts.",
    "first_seen": "Fetch time of the first download that contained this record.",
    "last_seen": "Fetch time of the latest download that contained this record.",
    # descriptive
    "name": "Name as published by the source.",
    "short_name": "Short name or acronym, as published.",
    "name_as_published": "Organisation name exactly as this participation row gives it.",
    "vat_number": "VAT number with country prefix, as published.",
    "activity_type": "HES education, PRC private for-profit, REC research, PUB public body, OTH other.",
    "is_sme": "Declared small or medium-sized enterprise (empty in most FP7 rows).",
    "city": "City as published (case and language vary).",
    "post_code": "Postcode as text (leading zeros and spaces kept).",
    "organisation_url": "Website as published (scheme sometimes missing).",
    "country": "ISO 3166-1 alpha-2 country code (GR, GB; XK for Kosovo).",
    "country_code_source": "Country code as the source writes it (EU convention: EL, UK).",
    "nuts_code": "NUTS code from the source (version not stated); empty outside Europe.",
    "nuts1": "NUTS-1 region code.",
    "nuts2": "NUTS-2 region code.",
    "latitude": "Latitude from the source's geolocation (not trusted over NUTS or postcode).",
    "longitude": "Longitude from the source's geolocation.",
    "participant_order": "Position in the consortium; the coordinator is 1.",
    "total_cost": "Total eligible cost in EUR.",
    "end_of_participation": "The organisation left the project before its end.",
    "framework_programme": "FP7, H2020 or HORIZON.",
    "participations": "Number of project participations.",
    "organisations": "Distinct organisations.",
    "projects": "Distinct projects.",
    "projects_coordinated": "Projects in which the organisation is the coordinator.",
    "first_project_start": "Start date of its earliest project.",
    "last_project_end": "End date of its latest project.",
    "ec_contribution_eur": "EU contribution, EUR.",
    "acronym": "Project acronym.",
    "title": "Title as published.",
    "path": "EuroSciVoc path, e.g. /social sciences/political sciences/government systems.",
    "legal_basis": "Main programme part (legal basis) code, e.g. HORIZON.1.1.",
    "funding_scheme": "Type of action, e.g. HORIZON-RIA, MSCA-IF.",
    "topics": "Call topic code.",
    "master_call": "Master call identifier.",
    "sub_call": "Sub-call identifier.",
    "start_date": "Project start date.",
    "end_date": "Project end date.",
    "ec_signature_date": "Date the Commission signed the grant (empty for FP7).",
    "objective": "Project abstract as published.",
    "rcn": "CORDIS record control number of the project.",
    "grant_doi": "Grant DOI (10.3030/<grant number>); empty for FP7.",
    # patents
    "patent_id": "Patent number as text (10000000, D1006496, RE49012, PP33456).",
    "patent_type": "utility, design, plant, reissue, ...",
    "patent_date": "Grant date.",
    "withdrawn": "Withdrawn after grant.",
    "country_code": "Country code as the source writes it.",
    "applications": "Patent applications.",
    # clusters
    "cluster_id": "Stable cluster id: cl_ + sha256 of the website domain, else of country and normalised name.",
    "mention_id": "source + '|' + the registry's own key of the record.",
    "member_name": "Member organisation name exactly as the registry lists it.",
    "profile_url": "ECCP profile page URL.",
    "description": "Description from the registry.",
    "year_founded": "Year the cluster organisation was founded.",
    "domain": "Normalised website domain.",
    "website": "Website as published.",
    "region": "Region as published.",
    "label": "Cluster management excellence label: GOLD, SILVER or BRONZE.",
    "expired": "The label's validity ended before the build date.",
    # ops
    "build_id": "Build that produced this warehouse file.",
    "started_at": "When the run or build started (UTC).",
    "finished_at": "When the run finished (UTC).",
    "published_at": "When the build was published.",
    "sources": "Sources staged into this build.",
    "entity": "Entity type of the staging table (project, participation, ...).",
    "rows_in": "Records read from the file.",
    "rows_staged": "Records that passed every check and were staged.",
    "rows_quarantined": "Records sent to quarantine; rows_in = rows_staged + rows_quarantined.",
    "new_columns": "Columns of the file no mapping knows yet (reported, never silently dropped).",
    "record_no": "Record number in the file (header excluded).",
    "line": "Physical line where the record starts (empty for records that are not lines of a file).",
    "source_ref": "Where a record without a line comes from (the URL of a scraped page).",
    "reason_code": "malformed_csv, unparseable_value, schema_violation or duplicate_key.",
    "detail": "What exactly was wrong, readable.",
    "record_key": "The record's key columns as JSON, where they could be read.",
    "raw_record": "The record as it was in the source (CSV text or JSON of its fields).",
    "quarantined_at": "When the record was quarantined.",
    "status": "Run status: staged, unchanged or failed; for projects SIGNED, CLOSED or TERMINATED.",
    "changed": "Whether any file of the source changed since the last staged run.",
    "error": "Why the run failed.",
    "datasets": "Per file: URL, sha256, bytes, ETag, Last-Modified, fetch time, changed, staged.",
    "warnings": "Warnings of the run (e.g. new columns).",
    "kind": "sql, expectation, pandera or great_expectations.",
    "passed": "Whether the audit passed.",
}


def document_columns(con: duckdb.DuckDBPyConnection, schemas: tuple[str, ...] = ("core", "marts", "ops")) -> None:
    missing = con.execute(
        "select schema_name, table_name, column_name from duckdb_columns() "
        "where list_contains(?, schema_name) and comment is null",
        [list(schemas)],
    ).fetchall()
    for schema, table, column in missing:
        doc = SHARED.get(column)
        if doc:
            con.execute(f"comment on column {ident(schema)}.{ident(table)}.{ident(column)} is {literal(doc)}")


def comment_table(con: duckdb.DuckDBPyConnection, table: str, comments: dict[str, str]) -> None:
    """COMMENT ON a table built in Python: ``comments[""]`` for the table, the other keys for columns."""
    for column, text in comments.items():
        target = f"table {table}" if not column else f"column {table}.{ident(column)}"
        con.execute(f"comment on {target} is {literal(text)}")
