-- How well each source's organisations and clusters are placed: rows per method and level, per source.
create or replace table marts.placement_coverage as
with organisations as (
    select 'cordis' as source, 'organisation' as entity, method, placed_level, len(conflicts) > 0 as has_conflicts
    from core.organisation_places
),
clusters as (
    select s.source, 'cluster' as entity, p.method, p.placed_level, len(p.conflicts) > 0
    from core.cluster_places p
    join (select distinct cluster_id, source from core.cluster_mentions) s using (cluster_id)
),
rows as (
    select * from organisations union all select * from clusters
),
final as (
    select
        source,
        entity,
        method,
        placed_level,
        count(*) as rows,
        count(*) filter (where has_conflicts) as rows_with_conflicts,
        round(count(*) / sum(count(*)) over (partition by source, entity), 4) as share
    from rows
    group by source, entity, method, placed_level
)
select * from final order by source, entity, placed_level desc nulls last, method;

comment on table marts.placement_coverage is 'Per source and entity: how many rows each placement method placed, at which NUTS level, and how many could not be placed.';
comment on column marts.placement_coverage.source is 'cordis for organisations; eccp, esca, registry:<name> for the clusters each registry lists (a cluster in two registries counts in both).';
comment on column marts.placement_coverage.entity is 'organisation or cluster.';
comment on column marts.placement_coverage.method is 'Placement method, or not_placed / outside_nuts.';
comment on column marts.placement_coverage.placed_level is 'Finest NUTS level reached (3, 2, 1; empty when not placed).';
comment on column marts.placement_coverage.rows is 'Rows placed this way.';
comment on column marts.placement_coverage.rows_with_conflicts is 'Of those, rows with at least one conflict in their evidence.';
comment on column marts.placement_coverage.share is 'Share of the source''s rows of that entity.';
