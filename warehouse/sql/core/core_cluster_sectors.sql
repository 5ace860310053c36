-- Sectors, EU industrial ecosystems and smart-specialisation areas per cluster, one row per value.
create or replace table core.cluster_sectors as
with mentions as (
    select * from core.cluster_mentions
),
split as (
    select cluster_id, source, 'sector' as kind, unnest(string_split(sectors, ' | ')) as value from mentions
    union all
    select cluster_id, source, 'industrial_ecosystem', unnest(string_split(industrial_ecosystems, ' | '))
    from mentions
    union all
    select cluster_id, source, 's3_area', unnest(string_split(s3_areas, ' | ')) from mentions
),
final as (
    select distinct cluster_id, kind, trim(value) as value, source
    from split
    where value is not null and trim(value) <> ''
)
select * from final;

comment on table core.cluster_sectors is 'What each cluster works on, as each registry classifies it (sector, industrial ecosystem, S3 area).';
comment on column core.cluster_sectors.kind is 'sector, industrial_ecosystem or s3_area.';
comment on column core.cluster_sectors.value is 'The registry''s own term (not yet mapped to a common classification).';
