-- EPO patent applications by applicant region (OECD REGPAT), per edition, priority year and technology field.
create or replace table core.regpat_regions as
with applicants as (
    select *, split_part(dataset, '_', 1) as edition from staging.stg_regpat__applicant_regions
),
ipc as (
    select
        appln_id,
        any_value(prio_year) as prio_year,
        -- IPC as in PATSTAT: 'G06F  16/245' -> main group G06F16, subclass G06F
        list(distinct left(ipc, 4)) as subclasses,
        list(distinct left(ipc, 4) || trim(split_part(substr(ipc, 5), '/', 1))) as main_groups
    from staging.stg_regpat__ipc
    group by appln_id
),
fields as (
    select i.appln_id, coalesce(g.field_number, s.field_number) as technology_field
    from (select appln_id, unnest(main_groups) as main_group, left(unnest(main_groups), 4) as subclass from ipc) i
    left join core.ipc_technology_concordance g on g.ipc_prefix = i.main_group
    left join core.ipc_technology_concordance s on s.ipc_prefix = i.subclass
),
field_shares as (
    select appln_id, technology_field, 1.0 / count(*) over (partition by appln_id) as field_share
    from (select distinct appln_id, technology_field from fields where technology_field is not null)
),
final as (
    select
        a.edition,
        a.reg_code,
        a.ctry_code as country,
        i.prio_year,
        fs.technology_field,
        count(distinct a.appln_id) as applications,
        sum(a.reg_share * coalesce(fs.field_share, 1)) as fractional_applications
    from applicants a
    left join ipc i using (appln_id)
    left join field_shares fs using (appln_id)
    group by all
)
select * from final;

comment on table core.regpat_regions is 'EPO patent applications per applicant region (REGPAT), edition, priority year and WIPO technology field.';
comment on column core.regpat_regions.edition is 'REGPAT edition (YYYYMM).';
comment on column core.regpat_regions.reg_code is 'Region as published: NUTS-3 of the edition''s NUTS version in Europe, OECD TL3 elsewhere.';
comment on column core.regpat_regions.prio_year is 'Priority year of the application.';
comment on column core.regpat_regions.technology_field is 'WIPO technology field (empty when the IPC has no concordance entry).';
comment on column core.regpat_regions.applications is 'Applications with at least one applicant in the region.';
comment on column core.regpat_regions.fractional_applications is 'Sum of reg_share (x the field''s share): REGPAT''s reg_share adds up to 1 per application, so each application counts 1 in total.';
