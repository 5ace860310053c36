-- One row per canonical organisation: its mentions across sources merged by entity resolution.
create or replace table core.canonical_organisations as
with mapped as (
    select m.*, x.org_id, x.attached_by
    from core.organisation_mentions m
    join core.organisation_mention_map x using (mention_key)
),
-- The name to show: ROR's display name (curated, in the national language), else the CORDIS legal
-- name of the most active record, else the name most records use.
named as (
    select org_id,
           arg_max(name, (case source when 'ror' then 3 when 'cordis' then 2 else 1 end, records)) as name
    from mapped group by org_id
),
final as (
    select
        m.org_id,
        n.name,
        mode(m.country) filter (where m.source <> 'cluster_members') as country,
        mode(m.city) as city,
        mode(m.nuts3) as nuts3,
        left(mode(m.nuts3), 4) as nuts2,
        min(m.ror_id) as ror_id,
        list(distinct m.pic order by m.pic) filter (where m.pic is not null) as pics,
        list(distinct m.source order by m.source) as sources,
        count(*) as mentions,
        sum(m.records) as records,
        min(m.first_seen) as first_seen,
        max(m.last_seen) as last_seen
    from mapped m
    join named n using (org_id)
    group by m.org_id, n.name
)
select * from final;

comment on table core.canonical_organisations is 'Canonical organisations: every source''s records of one organisation merged (entity resolution), with a stable id.';
comment on column core.canonical_organisations.org_id is 'Stable canonical id (corg_…): kept across refreshes, merges and splits recorded in core.organisation_id_history.';
comment on column core.canonical_organisations.name is 'Display name: ROR''s, else the CORDIS legal name, else the most used.';
comment on column core.canonical_organisations.country is 'ISO 3166-1 alpha-2, as most of its records say (registry member lists do not count).';
comment on column core.canonical_organisations.city is 'City as most of its records write it.';
comment on column core.canonical_organisations.nuts3 is 'NUTS-3 (2024) where its records are placed.';
comment on column core.canonical_organisations.nuts2 is 'NUTS-2 (2024).';
comment on column core.canonical_organisations.ror_id is 'ROR id, when ROR knows it.';
comment on column core.canonical_organisations.pics is 'CORDIS PICs (more than one when the EU registered the entity twice).';
comment on column core.canonical_organisations.sources is 'Sources that mention it.';
comment on column core.canonical_organisations.mentions is 'Records merged into it.';
comment on column core.canonical_organisations.records is 'Source rows behind those records (participations, patents, memberships).';
