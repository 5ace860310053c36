-- One row per cluster organisation, merged across registries (see core.cluster_mentions for how).
-- Attributes come from the most detailed registry that has them: ECCP profile, then national
-- registry, then the ESCA label list.
create or replace table core.clusters as
with mentions as (
    select *,
           case when source = 'eccp' then 1 when source like 'registry:%' then 2 else 3 end as source_rank
    from core.cluster_mentions
),
final as (
    select
        cluster_id,
        first(name order by source_rank, mention_id) filter (where name is not null) as name,
        first(acronym order by source_rank, mention_id) filter (where acronym is not null) as acronym,
        first(country order by source_rank, mention_id) filter (where country is not null) as country,
        first(region order by source_rank, mention_id) filter (where region is not null) as region,
        first(city order by source_rank, mention_id) filter (where city is not null) as city,
        first(website order by source_rank, mention_id) filter (where website is not null) as website,
        min(domain) as domain,
        first(members_count order by source_rank, mention_id) filter (where members_count is not null)
            as members_count,
        first(year_founded order by source_rank, mention_id) filter (where year_founded is not null)
            as year_founded,
        first(description order by source_rank, mention_id) filter (where description is not null)
            as description,
        list(distinct source order by source) as sources,
        count(distinct source) as source_count,
        count(*) as mentions,
        list(distinct name order by name) as names_as_published,
        min(first_seen) as first_seen,
        max(last_seen) as last_seen,
        true as still_listed
    from mentions
    group by cluster_id
)
select * from final;

comment on table core.clusters is 'Cluster organisations, one row per cluster merged across ECCP, the ESCA label list and national registries.';
comment on column core.clusters.cluster_id is 'Stable id: cl_ + sha256 of the website domain, else of country and normalised name.';
comment on column core.clusters.domain is 'Website domain the clusters registries agree on (normalised).';
comment on column core.clusters.members_count is 'Number of members as the most detailed registry gives it (free text turned into a number).';
comment on column core.clusters.sources is 'Registries that list this cluster.';
comment on column core.clusters.source_count is 'How many registries list this cluster.';
comment on column core.clusters.mentions is 'How many registry records were merged into this cluster.';
comment on column core.clusters.names_as_published is 'Every spelling of the name the registries use.';
comment on column core.clusters.first_seen is 'First fetch of any registry that listed this cluster.';
comment on column core.clusters.last_seen is 'Latest fetch of a registry that listed this cluster.';
comment on column core.clusters.still_listed is 'Listed by a registry in the latest data; false for clusters kept from earlier releases that no registry lists any more.';
