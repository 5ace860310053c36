-- Projects and EU funding per organisation.
create or replace table marts.organisation_funding as
with organisations as (
    select * from core.organisations
),
participations as (
    select * from core.participations
),
projects as (
    select project_key, start_date, end_date from core.projects
),
per_organisation as (
    select
        p.organisation_key,
        count(distinct p.project_key) as projects,
        count(distinct p.project_key) filter (where p.role = 'coordinator') as projects_coordinated,
        coalesce(sum(p.ec_contribution), 0) as ec_contribution_eur,
        list(distinct p.framework_programme order by p.framework_programme) as programmes,
        min(pr.start_date) as first_project_start,
        max(pr.end_date) as last_project_end
    from participations p
    left join projects pr using (project_key)
    group by p.organisation_key
),
final as (
    select
        o.organisation_key, o.pic, o.name, o.activity_type, o.is_sme, o.country, o.nuts_code,
        f.projects, f.projects_coordinated, f.ec_contribution_eur, f.programmes,
        f.first_project_start, f.last_project_end
    from organisations o
    join per_organisation f using (organisation_key)
)
select * from final;

comment on table marts.organisation_funding is 'Per organisation: number of EU projects, how many it coordinated, and EU funding received (EUR).';
comment on column marts.organisation_funding.ec_contribution_eur is 'Sum of EU contributions over all participations (unfunded partners count 0).';
comment on column marts.organisation_funding.programmes is 'Framework programmes the organisation took part in.';
