-- The linked landscape: canonical organisations joined to what they do.

-- Project participations of each canonical organisation (through its CORDIS record).
create or replace table core.organisation_participations as
select x.org_id, p.project_key, p.organisation_key, p.role, p.participant_order, p.ec_contribution,
       p.net_ec_contribution, p.total_cost, p.framework_programme
from core.participations p
join core.organisations o using (organisation_key)
join core.organisation_mention_map x on x.mention_key = 'cordis:' || coalesce(o.pic, o.organisation_key);

comment on table core.organisation_participations is 'Project participations of each canonical organisation (core.participations with org_id).';
comment on column core.organisation_participations.org_id is 'Canonical organisation.';
comment on column core.organisation_participations.role is 'Role in the project (coordinator, participant, ...), as in core.participations.';
comment on column core.organisation_participations.participant_order is 'Order of the participant in the project.';
comment on column core.organisation_participations.ec_contribution is 'EU contribution to this participant, EUR.';
comment on column core.organisation_participations.net_ec_contribution is 'Net EU contribution, EUR.';
comment on column core.organisation_participations.total_cost is 'Total eligible cost of this participant, EUR.';

-- Patents held by each canonical organisation (PatentsView assignees by id, EPO applicants by name).
create or replace table core.organisation_patents as
select distinct x.org_id, h.patent_id, h.source, h.name as holder_name
from core.patent_holders h
join core.organisation_mention_map x
  on x.mention_key = case
        when h.source in ('patentsview', 'patentsearch') then 'patentsview:' || h.assignee_id
        when h.source = 'epo_ops' then 'epo:' || upper(h.name) || '|' || coalesce(h.country, '')
     end;

comment on table core.organisation_patents is 'Patents held by each canonical organisation (US assignees, EPO/WIPO applicants).';
comment on column core.organisation_patents.org_id is 'Canonical organisation.';
comment on column core.organisation_patents.patent_id is 'Patent or publication number (core.patents).';
comment on column core.organisation_patents.holder_name is 'The holder''s name as the patent gives it.';

-- Cluster members as canonical organisations. A cluster whose registry publishes no member list is
-- marked so (members_available = false), never guessed.
create or replace table core.cluster_member_organisations as
with listed as (
    select m.cluster_id, m.member_name, c.country,
           x.org_id
    from core.cluster_memberships m
    join core.clusters c using (cluster_id)
    left join core.organisation_mention_map x
      on x.mention_key = 'member:' || upper(m.member_name) || '|' || coalesce(c.country, '')
),
final as (
    select
        c.cluster_id,
        l.member_name,
        l.org_id,
        l.cluster_id is not null as members_available,
        case
            when l.cluster_id is null then 'not_available'
            when om.mentions > 1 then 'matched'
            else 'unmatched'
        end as match_status
    from core.clusters c
    left join listed l using (cluster_id)
    left join core.canonical_organisations om on om.org_id = l.org_id
)
select * from final;

comment on table core.cluster_member_organisations is 'Members of each cluster as canonical organisations; clusters without a published member list have one row with members_available = false.';
comment on column core.cluster_member_organisations.member_name is 'Member as the registry names it.';
comment on column core.cluster_member_organisations.org_id is 'Canonical organisation of the member.';
comment on column core.cluster_member_organisations.members_available is 'The registry publishes this cluster''s members.';
comment on column core.cluster_member_organisations.match_status is 'matched (linked to records in other sources), unmatched (known only from the member list), not_available.';
