"""Audits a freshly built warehouse must pass before it is published.

Three kinds, each able to stop a publish:
- SQL audits (``sql/audits/*.sql``): each selects offending rows; any row is a failure.
- Row-count expectations declared by each source (``SourceMeta.expected_rows``).
- Pandera on core entities and Great Expectations on the marts (pandas batches; GX's SQL path on
  DuckDB silently fails every expectation, so it is not used).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from extractors import registry
from warehouse.sql_files import audit_files


@dataclass(frozen=True)
class AuditResult:
    name: str
    kind: str
    passed: bool
    detail: str


def sql_audits(con: duckdb.DuckDBPyConnection) -> list[AuditResult]:
    results = []
    for path in audit_files():
        rows = con.execute(path.read_text(encoding="utf-8")).fetchmany(5)
        detail = "ok" if not rows else f"offending rows (first 5): {rows}"
        results.append(AuditResult(path.stem, "sql", not rows, detail))
    return results


def row_expectations(con: duckdb.DuckDBPyConnection, sources: list[str]) -> list[AuditResult]:
    results = []
    for name in sources:
        module = registry.module(name)
        meta = registry.meta(name)
        for spec in module.ENTITIES:
            low, high = meta.expected_rows.get(spec.entity, (0, 10**12))
            n = con.execute(f"select count(*) from staging.{spec.table}").fetchall()[0][0]
            ok = low <= n <= high
            results.append(
                AuditResult(
                    f"{name}.{spec.entity}.rows",
                    "expectation",
                    ok,
                    f"{n} rows staged, expected between {low} and {high}",
                )
            )
    return results


def pandera_core(con: duckdb.DuckDBPyConnection) -> list[AuditResult]:
    """Core projects still satisfy the shared project schema after the merge."""
    import pandera.errors

    from schemas.project import ProjectSchema

    frame = con.execute("select * exclude (objective) , '' as objective from core.projects").df()
    try:
        ProjectSchema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases.head(5).to_dict("records")
        return [AuditResult("core.projects.schema", "pandera", False, f"{len(exc.failure_cases)} failures: {cases}")]
    return [AuditResult("core.projects.schema", "pandera", True, f"{len(frame)} rows valid")]


def great_expectations_marts(con: duckdb.DuckDBPyConnection) -> list[AuditResult]:
    """Expectations on the analyst-facing marts, run by Great Expectations on pandas batches."""
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas(name="marts")
    suites = {
        "organisation_funding": [
            gxe.ExpectColumnValuesToNotBeNull(column="organisation_key"),
            gxe.ExpectColumnValuesToBeUnique(column="organisation_key"),
            gxe.ExpectColumnValuesToBeBetween(column="ec_contribution_eur", min_value=0),
            gxe.ExpectColumnValuesToBeBetween(column="projects", min_value=1),
            gxe.ExpectColumnValuesToMatchRegex(column="country", regex=r"^[A-Z]{2}$", mostly=0.99),
        ],
        "region_funding": [
            gxe.ExpectColumnValuesToBeInSet(column="level", value_set=["country", "nuts1", "nuts2", "nuts3"]),
            gxe.ExpectColumnValuesToBeBetween(column="ec_contribution_eur", min_value=0),
            gxe.ExpectColumnValuesToBeBetween(column="participations", min_value=1),
        ],
    }
    results = []
    for table, expectations in suites.items():
        frame = con.execute(f"select * from marts.{table}").df()
        batch_def = source.add_dataframe_asset(name=table).add_batch_definition_whole_dataframe("all")
        suite = context.suites.add(gx.ExpectationSuite(name=f"{table}_suite"))
        for expectation in expectations:
            suite.add_expectation(expectation)
        outcome = batch_def.get_batch(batch_parameters={"dataframe": frame}).validate(suite)
        failed = [
            str(r.expectation_config.type if r.expectation_config else r) for r in outcome.results if not r.success
        ]
        results.append(
            AuditResult(
                f"marts.{table}.expectations",
                "great_expectations",
                not failed,
                "ok" if not failed else f"failed: {failed}",
            )
        )
    return results


def run_all(con: duckdb.DuckDBPyConnection, sources: list[str], *, with_gx: bool = True) -> list[AuditResult]:
    results = sql_audits(con) + row_expectations(con, sources) + pandera_core(con)
    if with_gx:
        results += great_expectations_marts(con)
    return results
