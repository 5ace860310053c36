-- Projects and EU funding per country and NUTS region (NUTS-3 as published, with NUTS-2 and -1 prefixes).
create or replace table marts.region_funding as
with participations as (
    select * from core.participations
),
placed as (
    select
        country,
        nuts_code as nuts3,
        left(nuts_code, 4) as nuts2,
        left(nuts_code, 3) as nuts1,
        organisation_key,
        project_key,
        ec_contribution
    from participations
),
final as (
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
)
select * from final;

comment on table marts.region_funding is 'Per country and NUTS-1/2/3 region: organisations, participations, projects and EU funding. level says which grouping a row is: a country total (also counting partners without a region) or a NUTS-1/2/3 region.';
comment on column marts.region_funding.nuts3 is 'NUTS-3 code as published by the source (version not harmonised yet).';
comment on column marts.region_funding.level is 'country, nuts1, nuts2 or nuts3: the grouping this row totals.';
