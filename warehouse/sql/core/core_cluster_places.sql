-- Every cluster placed in a NUTS region (2024). Registries give a city and a region name, no codes,
-- postcodes or coordinates, so clusters are placed by:
--   city         the gazetteer (core.place_names): the region organisations of that city are placed in
--   region_name  the region name matching a NUTS region's name in that country (level 3, 2 or 1)
create or replace table core.cluster_places as
with clusters as (
    select cluster_id, country, region, city from core.clusters
),
nuts_countries as (
    select distinct country from core.nuts_regions where is_target_version
),
region_names as (
    -- A name used by one region only, per country and level (NAME_LATN and the national name).
    select country, level, key, min(nuts_id) as nuts_id
    from (
        select country, level, nuts_id, place_key(name_latn) as key from core.nuts_regions where is_target_version
        union
        select country, level, nuts_id, place_key(name) from core.nuts_regions where is_target_version
    )
    where level between 1 and 3 and key is not null
    group by all
    having count(distinct nuts_id) = 1
),
by_region as (
    -- The finest level the region name matches.
    select c.cluster_id, r.level, r.nuts_id
    from clusters c
    join region_names r on r.country = c.country and r.key = place_key(c.region)
    qualify row_number() over (partition by c.cluster_id order by r.level desc) = 1
),
placed as (
    select
        c.*,
        c.country in (select country from nuts_countries) as in_nuts_country,
        g.nuts3 as nuts3_by_city,
        r.nuts_id as region_by_name,
        r.level as region_level,
        coalesce(g.nuts3, case when r.level = 3 then r.nuts_id end) as nuts3
    from clusters c
    left join core.place_names g on g.country = c.country and g.city_key = place_key(c.city)
    left join by_region r using (cluster_id)
),
final as (
    select
        cluster_id,
        country,
        in_nuts_country,
        nuts3,
        coalesce(left(nuts3, 4), case when region_level = 2 then region_by_name end) as nuts2,
        coalesce(left(nuts3, 3), left(region_by_name, 3)) as nuts1,
        case when nuts3 is not null then 3 when region_level is not null then region_level end as placed_level,
        case
            when nuts3_by_city is not null then 'city'
            when region_by_name is not null then 'region_name'
            when in_nuts_country then 'not_placed'
            else 'outside_nuts'
        end as method,
        nuts3_by_city,
        region_by_name,
        list_filter([
            case when nuts3_by_city is not null and region_by_name is not null
                  and left(nuts3_by_city, length(region_by_name)) <> region_by_name
                 then 'city_outside_named_region' end
        ], x -> x is not null) as conflicts
    from placed
)
select * from final;

comment on table core.cluster_places is 'Where each cluster is: NUTS-3/2/1 regions of the 2024 version from its city and region name, with the method and conflicts.';
comment on column core.cluster_places.country is 'ISO 3166-1 alpha-2.';
comment on column core.cluster_places.in_nuts_country is 'The country has NUTS regions in the 2024 version.';
comment on column core.cluster_places.nuts3 is 'NUTS-3 region (2024), when the city (or a NUTS-3 region name) places it.';
comment on column core.cluster_places.nuts2 is 'NUTS-2 region (2024): join marts and statistics here.';
comment on column core.cluster_places.nuts1 is 'NUTS-1 region (2024).';
comment on column core.cluster_places.placed_level is 'Finest NUTS level placed (3, 2, 1), empty when not placed.';
comment on column core.cluster_places.method is 'city, region_name; not_placed, or outside_nuts for countries without NUTS regions.';
comment on column core.cluster_places.nuts3_by_city is 'NUTS-3 (2024) the gazetteer gives for the cluster''s city.';
comment on column core.cluster_places.region_by_name is 'NUTS region (2024, level 1-3) whose name matches the cluster''s region.';
comment on column core.cluster_places.conflicts is 'city_outside_named_region: the city lies outside the region the registry names.';
