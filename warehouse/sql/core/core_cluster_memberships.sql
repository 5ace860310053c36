-- Member organisations of clusters, as the registry names them (linked to core.organisations later).
create or replace table core.cluster_memberships as
with members as (
    select * from staging.stg_eccp__memberships
),
mentions as (
    select cluster_id, source_key from core.cluster_mentions where source = 'eccp'
),
final as (
    select
        m.cluster_id,
        members.member_name,
        members.position,
        'eccp' as source,
        members.profile_url,
        members.raw_sha256,
        members.first_seen,
        members.last_seen
    from members
    join mentions m on m.source_key = members.profile_url
)
select * from final;

comment on table core.cluster_memberships is 'Cluster members as named by the registry; registries that publish no member list contribute no rows (not guessed).';
comment on column core.cluster_memberships.member_name is 'Member organisation name exactly as the registry lists it.';
comment on column core.cluster_memberships.position is 'Position of the member in the registry''s list.';
comment on column core.cluster_memberships.profile_url is 'Profile page the member list was read from.';
