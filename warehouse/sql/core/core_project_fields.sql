-- Fields of science per project (EuroSciVoc).
create or replace table core.project_fields as
with fields as (
    select * from staging.stg_cordis__fields_of_science
),
final as (
    select
        cordis_project_key(project_id) as project_key,
        project_id,
        code,
        path,
        title,
        split_part(path, '/', 2) as top_field,
        source,
        raw_sha256,
        first_seen,
        last_seen
    from fields
)
select * from final;

comment on table core.project_fields is 'EuroSciVoc fields of science per project.';
comment on column core.project_fields.code is 'EuroSciVoc code path, e.g. /29/97/543.';
comment on column core.project_fields.top_field is 'First level of the EuroSciVoc path (natural sciences, engineering and technology, ...).';
