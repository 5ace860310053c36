-- Every record of an organisation in any source, in one shape, for entity resolution: CORDIS
-- participants (one per PIC), patent holders (PatentsView assignees by their disambiguated id, EPO
-- applicants by name and country), ROR organisations, and the members that cluster registries list.
create or replace table core.organisation_mentions as
with cordis as (
    select
        'cordis:' || coalesce(o.pic, o.organisation_key) as mention_key,
        'cordis' as source,
        o.organisation_key as source_key,
        o.name,
        list_filter([o.short_name], x -> x is not null) as aliases,
        o.country,
        o.city,
        p.nuts3,
        o.organisation_url as website,
        o.pic,
        o.vat_number as vat,
        null::varchar as ror_id,
        null::varchar as assignee_id,
        o.participations as records,
        o.first_seen,
        o.last_seen
    from core.organisations o
    left join core.organisation_places p using (organisation_key)
),
assignees as (
    -- PatentsView disambiguates assignees: one mention per id, named as most of its rows name it.
    select
        'patentsview:' || assignee_id as mention_key,
        'patentsview' as source,
        assignee_id as source_key,
        mode(name) as name,
        list_distinct(list(name)) as aliases,
        mode(country) as country,
        mode(city) as city,
        null::varchar as nuts3,
        null::varchar as website,
        null::varchar as pic,
        null::varchar as vat,
        null::varchar as ror_id,
        assignee_id,
        count(*) as records,
        min(first_seen) as first_seen,
        max(last_seen) as last_seen
    from core.patent_holders
    where source in ('patentsview', 'patentsearch') and not coalesce(is_individual, false) and assignee_id is not null
    group by assignee_id
),
applicants as (
    select
        'epo:' || upper(name) || '|' || coalesce(country, '') as mention_key,
        'epo_ops' as source,
        upper(name) || '|' || coalesce(country, '') as source_key,
        min(name) as name,
        [] :: varchar[] as aliases,
        country,
        null::varchar as city,
        null::varchar as nuts3,
        null::varchar as website,
        null::varchar as pic,
        null::varchar as vat,
        null::varchar as ror_id,
        null::varchar as assignee_id,
        count(*) as records,
        min(first_seen) as first_seen,
        max(last_seen) as last_seen
    from core.patent_holders
    where source = 'epo_ops' and name is not null
    group by upper(name), country
),
ror_aliases as (
    select ror_id, list(distinct name order by name) as aliases
    from core.ror_names where kind <> 'ror_display' group by ror_id
),
ror as (
    select
        'ror:' || r.ror_id as mention_key,
        'ror' as source,
        r.ror_id as source_key,
        r.name,
        coalesce(a.aliases, []) as aliases,
        r.country,
        r.city,
        pr.nuts3,
        r.website,
        null::varchar as pic,
        null::varchar as vat,
        r.ror_id,
        null::varchar as assignee_id,
        1 as records,
        r.first_seen,
        r.last_seen
    from core.ror_organisations r
    left join ror_aliases a using (ror_id)
    left join core.point_regions pr on pr.latitude = r.latitude and pr.longitude = r.longitude
),
members as (
    -- Registries name members without a country: the cluster's country stands in (most members of a
    -- regional cluster are local; a foreign member may then stay unmatched, never wrongly matched by it).
    select
        'member:' || upper(m.member_name) || '|' || coalesce(c.country, '') as mention_key,
        'cluster_members' as source,
        upper(m.member_name) || '|' || coalesce(c.country, '') as source_key,
        min(m.member_name) as name,
        [] :: varchar[] as aliases,
        c.country,
        null::varchar as city,
        null::varchar as nuts3,
        null::varchar as website,
        null::varchar as pic,
        null::varchar as vat,
        null::varchar as ror_id,
        null::varchar as assignee_id,
        count(*) as records,
        min(m.first_seen) as first_seen,
        max(m.last_seen) as last_seen
    from core.cluster_memberships m
    join core.clusters c using (cluster_id)
    where m.member_name is not null
    group by upper(m.member_name), c.country
),
final as (
    select * from cordis
    union all select * from assignees
    union all select * from applicants
    union all select * from ror
    union all select * from members
)
select * from final where name is not null;

comment on table core.organisation_mentions is 'Every record of an organisation in any source (CORDIS participant, patent assignee or applicant, ROR organisation, cluster member), the input of entity resolution.';
comment on column core.organisation_mentions.mention_key is 'Unique key of the record across sources (source prefix and the source''s own key).';
comment on column core.organisation_mentions.source is 'cordis, patentsview (bulk and PatentSearch), epo_ops, ror or cluster_members.';
comment on column core.organisation_mentions.source_key is 'The record''s key in its source (organisation key, assignee id, name and country, ROR id).';
comment on column core.organisation_mentions.name is 'Name as the source writes it.';
comment on column core.organisation_mentions.aliases is 'Other names the same record gives (short name, ROR labels, aliases, acronyms, assignee spellings).';
comment on column core.organisation_mentions.country is 'ISO 3166-1 alpha-2; for cluster members the cluster''s country.';
comment on column core.organisation_mentions.city is 'City as published.';
comment on column core.organisation_mentions.nuts3 is 'NUTS-3 (2024) where placed (CORDIS placement, ROR coordinates).';
comment on column core.organisation_mentions.website is 'Website as published.';
comment on column core.organisation_mentions.pic is 'CORDIS participant identification code.';
comment on column core.organisation_mentions.vat is 'VAT number as published (CORDIS).';
comment on column core.organisation_mentions.ror_id is 'ROR id (ROR records).';
comment on column core.organisation_mentions.assignee_id is 'PatentsView disambiguated assignee id.';
comment on column core.organisation_mentions.records is 'Source rows behind the record (participations, patents, memberships).';
