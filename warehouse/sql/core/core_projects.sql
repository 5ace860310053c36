-- One row per EU-funded project (grant agreement), from CORDIS.
create or replace table core.projects as
with cordis_projects as (
    select * from staging.stg_cordis__projects
),
final as (
    select
        cordis_project_key(project_id) as project_key,
        project_id,
        acronym,
        title,
        status,
        framework_programme,
        legal_basis,
        funding_scheme,
        topics,
        master_call,
        sub_call,
        start_date,
        end_date,
        ec_signature_date,
        total_cost,
        ec_max_contribution,
        objective,
        rcn,
        grant_doi,
        content_updated_at,
        source,
        dataset,
        source_url,
        source_file,
        source_line,
        raw_sha256,
        run_id,
        first_seen,
        last_seen
    from cordis_projects
)
select * from final;

comment on table core.projects is 'EU research and innovation projects (CORDIS FP7, H2020, Horizon Europe), one row per grant.';
comment on column core.projects.project_key is 'Stable id: proj_ + sha256 of source and grant number (never row order).';
comment on column core.projects.project_id is 'Grant agreement number as published by CORDIS.';
comment on column core.projects.framework_programme is 'FP7, H2020 or HORIZON.';
comment on column core.projects.status is 'SIGNED (ongoing), CLOSED or TERMINATED.';
comment on column core.projects.total_cost is 'Total eligible cost in EUR (source writes a decimal comma).';
comment on column core.projects.ec_max_contribution is 'Maximum EU contribution in EUR.';
comment on column core.projects.content_updated_at is 'When CORDIS last updated the record (no time zone given).';
comment on column core.projects.source_line is 'Line in the source file where the record starts.';
comment on column core.projects.raw_sha256 is 'sha256 of the archived download the row came from.';
comment on column core.projects.first_seen is 'Fetch time of the first download that contained this project.';
comment on column core.projects.last_seen is 'Fetch time of the latest download that contained this project.';
