-- Any NUTS code of any staged version, mapped to the target version (2024) through Eurostat's
-- correspondence tables, revision by revision. A code split between several new regions maps to all of
-- them; its NUTS-2 or NUTS-1 is still known when every new region shares it.
create or replace table core.nuts_code_map as
with recursive target as (
    select max(version) as version from core.nuts_regions
),
current_codes as (
    select nuts_id, level from core.nuts_regions where version = (select version from target)
),
steps as (
    -- One revision: the old code, the new code (empty when discontinued) and what changed.
    select from_version, to_version, code_from, code_to, change
    from staging.stg_nuts_changes__correspondence
    where code_from is not null
),
known as (
    select distinct nuts_id as code, version from core.nuts_regions
    union
    select distinct code_from, from_version from steps
),
-- Walk forward one revision at a time until the target version (at most three revisions here).
walk as (
    select k.code, k.version as from_version, k.code as reached, k.version as at_version, [] :: varchar[] as changes
    from known k
    union all
    select w.code, w.from_version, s.code_to, s.to_version,
           case when s.change is not null then list_append(w.changes, s.change) else w.changes end
    from walk w
    join steps s on s.code_from = w.reached and s.from_version = w.at_version
    where w.at_version < (select version from target) and w.reached is not null
),
-- Arrived: at the target version, or at a code the target version still has (a revision table
-- without a line for an unchanged code).
arrived as (
    select code, from_version, reached, changes
    from walk
    where at_version = (select version from target) or (reached is not null and reached in (select nuts_id from current_codes))
),
grouped as (
    select
        code,
        from_version,
        list(distinct reached order by reached) filter (where reached is not null) as codes_2024,
        list(distinct c order by c) filter (where c is not null) as changes
    from (select code, from_version, reached, unnest(case when len(changes) = 0 then [null] else changes end) as c
          from arrived)
    group by all
),
-- Per code, the newest version it exists in decides (codes were reused for other regions over time).
newest as (
    select k.code, max(k.version) as version from known k group by k.code
),
final as (
    select
        g.code,
        g.from_version as version,
        length(g.code) - 2 as level,
        g.codes_2024,
        case when len(g.codes_2024) = 1 then g.codes_2024[1] end as code_2024,
        case when len(list_distinct(list_transform(g.codes_2024, x -> left(x, 4)))) = 1 and length(g.code) >= 4
             then left(g.codes_2024[1], 4) end as nuts2_2024,
        case when len(list_distinct(list_transform(g.codes_2024, x -> left(x, 3)))) = 1 and length(g.code) >= 3
             then left(g.codes_2024[1], 3) end as nuts1_2024,
        case
            when g.from_version = (select version from target) then 'current'
            when coalesce(len(g.codes_2024), 0) = 0 then 'discontinued'
            when len(g.codes_2024) > 1 then 'split'
            when g.codes_2024[1] = g.code then 'unchanged'
            else 'recoded'
        end as mapping,
        coalesce(g.changes, []) as changes,
        g.from_version = n.version as is_newest_version
    from grouped g
    join newest n on n.code = g.code
)
select * from final;

comment on table core.nuts_code_map is 'Every NUTS code of every staged version mapped to the target version (2024) through the Eurostat correspondence tables.';
comment on column core.nuts_code_map.code is 'A NUTS code as some source may write it.';
comment on column core.nuts_code_map.version is 'The NUTS version this row reads the code in.';
comment on column core.nuts_code_map.level is 'NUTS level of the code (0 to 3).';
comment on column core.nuts_code_map.codes_2024 is 'Every 2024 region the code leads to (several when the region was split).';
comment on column core.nuts_code_map.code_2024 is 'The one 2024 code it maps to; empty when split or discontinued.';
comment on column core.nuts_code_map.nuts2_2024 is 'Its 2024 NUTS-2 region, when every region it leads to shares one.';
comment on column core.nuts_code_map.nuts1_2024 is 'Its 2024 NUTS-1 region, when every region it leads to shares one.';
comment on column core.nuts_code_map.mapping is 'current, unchanged, recoded, split or discontinued.';
comment on column core.nuts_code_map.changes is 'Changes along the way as Eurostat words them (boundary shift, split, ...).';
comment on column core.nuts_code_map.is_newest_version is 'This is the newest version the code exists in: use this row when a source does not say its version.';
