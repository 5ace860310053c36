-- Projects and EU funding per country and NUTS region (2024), by where each organisation is placed
-- (core.organisation_places): a level is filled only where the placement reaches it.
create or replace table marts.region_funding as
with participations as (
    select * from core.participations
),
placed as (
    select
        p.country,
        o.nuts1,
        o.nuts2,
        o.nuts3,
        p.organisation_key,
        p.project_key,
        p.ec_contribution
    from participations p
    left join core.organisation_places o using (organisation_key)
),
grouped as (
    select
        case grouping(nuts1, nuts2, nuts3) when 7 then 'country' when 3 then 'nuts1' when 1 then 'nuts2'
             else 'nuts3' end as level,
        country, nuts1, nuts2, nuts3,
        count(distinct organisation_key) as organisations,
        count(*) as participations,
        count(distinct project_key) as projects,
        coalesce(sum(ec_contribution), 0) as ec_contribution_eur
    from placed
    group by grouping sets ((country), (country, nuts1), (country, nuts1, nuts2), (country, nuts1, nuts2, nuts3))
),
final as (
    -- participations without a region count in their country total only
    select * from grouped
    where level = 'country'
       or (level = 'nuts1' and nuts1 is not null)
       or (level = 'nuts2' and nuts2 is not null)
       or (level = 'nuts3' and nuts3 is not null)
)
select * from final;

comment on table marts.region_funding is 'Per country and NUTS-1/2/3 region: organisations, participations, projects and EU funding. A country total also counts partners without a region.';
comment on column marts.region_funding.level is 'country, nuts1, nuts2 or nuts3: the grouping this row totals.';
comment on column marts.region_funding.country is 'ISO 3166-1 alpha-2.';
comment on column marts.region_funding.nuts1 is 'NUTS-1 region (2024) the organisations are placed in.';
comment on column marts.region_funding.nuts2 is 'NUTS-2 region (2024) the organisations are placed in.';
comment on column marts.region_funding.nuts3 is 'NUTS-3 region (2024) the organisations are placed in.';
comment on column marts.region_funding.organisations is 'Distinct organisations with a participation in this area.';
comment on column marts.region_funding.participations is 'Participations (project, organisation, role) in this area.';
comment on column marts.region_funding.projects is 'Distinct projects with at least one participant in this area.';
comment on column marts.region_funding.ec_contribution_eur is 'EU contribution to participants in this area, EUR.';
