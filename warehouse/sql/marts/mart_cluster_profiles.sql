-- Each cluster with what its members do: projects and EU funding, partners, countries, patents and
-- technology fields. Clusters without a member list say so instead of showing zeros.
create or replace table marts.cluster_profiles as
with members as (
    select cluster_id, org_id from core.cluster_member_organisations where org_id is not null
),
availability as (
    select cluster_id, bool_or(members_available) as members_available,
           count(member_name) as members_listed,
           count(*) filter (where match_status = 'matched') as members_matched
    from core.cluster_member_organisations group by cluster_id
),
projects as (
    select m.cluster_id,
           count(distinct p.project_key) as member_projects,
           sum(p.ec_contribution) as member_ec_contribution_eur
    from members m join core.organisation_participations p using (org_id)
    group by m.cluster_id
),
partners as (
    -- Organisations in the same projects as the members, not members themselves.
    select m.cluster_id,
           count(distinct q.org_id) as partner_organisations,
           count(distinct o.country) as partner_countries
    from members m
    join core.organisation_participations p using (org_id)
    join core.organisation_participations q on q.project_key = p.project_key and q.org_id <> m.org_id
    left join core.canonical_organisations o on o.org_id = q.org_id
    group by m.cluster_id
),
patents as (
    select m.cluster_id, count(distinct op.patent_id) as member_patents
    from members m join core.organisation_patents op using (org_id)
    group by m.cluster_id
),
fields as (
    select cluster_id, list(field_name order by share desc, field_name)[1:3] as top_technology_fields
    from (
        select m.cluster_id, t.field_name, sum(t.share) as share
        from members m
        join core.organisation_patents op using (org_id)
        join core.patent_technology_fields t using (patent_id)
        group by all
    )
    group by cluster_id
),
final as (
    select
        c.cluster_id, c.name, c.country,
        pl.nuts2,
        a.members_available,
        a.members_listed,
        a.members_matched,
        case when a.members_available then coalesce(pr.member_projects, 0) end as member_projects,
        case when a.members_available then coalesce(pr.member_ec_contribution_eur, 0) end as member_ec_contribution_eur,
        case when a.members_available then coalesce(pa.partner_organisations, 0) end as partner_organisations,
        case when a.members_available then coalesce(pa.partner_countries, 0) end as partner_countries,
        case when a.members_available then coalesce(pt.member_patents, 0) end as member_patents,
        f.top_technology_fields
    from core.clusters c
    left join core.cluster_places pl using (cluster_id)
    left join availability a using (cluster_id)
    left join projects pr using (cluster_id)
    left join partners pa using (cluster_id)
    left join patents pt using (cluster_id)
    left join fields f using (cluster_id)
)
select * from final;

comment on table marts.cluster_profiles is 'Per cluster: its members'' EU projects and funding, their project partners and countries, patents and top technology fields; empty (not zero) where the registry lists no members.';
comment on column marts.cluster_profiles.nuts2 is 'NUTS-2 region (2024) where the cluster is placed.';
comment on column marts.cluster_profiles.members_available is 'The registry publishes the cluster''s members.';
comment on column marts.cluster_profiles.members_listed is 'Members listed.';
comment on column marts.cluster_profiles.members_matched is 'Members linked to records in other sources.';
comment on column marts.cluster_profiles.member_projects is 'Distinct EU projects with a member taking part.';
comment on column marts.cluster_profiles.member_ec_contribution_eur is 'EU contribution to the members, EUR.';
comment on column marts.cluster_profiles.partner_organisations is 'Other organisations in the members'' projects.';
comment on column marts.cluster_profiles.partner_countries is 'Countries of those partners.';
comment on column marts.cluster_profiles.member_patents is 'Patents held by members (in scope).';
comment on column marts.cluster_profiles.top_technology_fields is 'Up to three WIPO technology fields with the most member patents (fractional counts).';
