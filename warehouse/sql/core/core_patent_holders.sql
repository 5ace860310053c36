-- Who holds the patents in scope (assignees as named by PatentsView), where they are located.
create or replace table core.patent_holders as
with assignees as (
    select * from staging.stg_patentsview__assignees
),
locations as (
    select * from staging.stg_patentsview__locations
),
assignee_types as (
    select * from (values
        ('2', 'US company'), ('3', 'foreign company'), ('4', 'US individual'), ('5', 'foreign individual'),
        ('6', 'US government'), ('7', 'foreign government'), ('8', 'county government'), ('9', 'state government'),
        ('12', 'US company (part interest)'), ('13', 'foreign company (part interest)'),
        ('14', 'US individual (part interest)'), ('15', 'foreign individual (part interest)'),
        ('16', 'US government (part interest)'), ('17', 'foreign government (part interest)'),
        ('1', 'unassigned')
    ) as t(code, label)
),
final as (
    select
        a.patent_id,
        a.assignee_sequence,
        a.assignee_id,
        coalesce(a.organisation, trim(concat_ws(' ', a.first_name, a.last_name))) as name,
        a.organisation is null as is_individual,
        a.assignee_type,
        t.label as assignee_type_label,
        a.location_id,
        l.city,
        l.state,
        l.country,
        l.latitude,
        l.longitude,
        l.country in (select country from core.patent_scope_countries) as in_scope_country,
        a.source,
        a.raw_sha256,
        a.run_id,
        a.first_seen,
        a.last_seen
    from assignees a
    left join locations l using (location_id)
    left join assignee_types t on t.code = a.assignee_type
    where a.patent_id in (select patent_id from core.patents where source = 'patentsview')
    union all
    -- API updates name the holder's city and country inline; there is no location table behind them.
    select
        a.patent_id,
        a.assignee_sequence,
        a.assignee_id,
        coalesce(a.organisation, trim(concat_ws(' ', a.first_name, a.last_name))),
        a.organisation is null,
        a.assignee_type,
        t.label,
        null,
        a.city,
        null,
        a.country,
        null,
        null,
        a.country in (select country from core.patent_scope_countries),
        a.source,
        a.raw_sha256,
        a.run_id,
        a.first_seen,
        a.last_seen
    from staging.stg_patentsearch__assignees a
    left join assignee_types t on t.code = a.assignee_type
    where a.patent_id in (select patent_id from core.patents where source = 'patentsearch')
    union all
    -- OPS names each applicant twice: as filed (original) and normalised (epodoc, which alone has the country).
    select
        a.publication_number,
        a.applicant_sequence,
        null,
        coalesce(a.name_original, a.name_epodoc),
        null,
        null,
        null,
        null,
        null,
        null,
        a.country,
        null,
        null,
        a.country in (select country from core.patent_scope_countries),
        a.source,
        a.raw_sha256,
        a.run_id,
        a.first_seen,
        a.last_seen
    from staging.stg_epo_ops__applicants a
    where a.publication_number in (select patent_id from core.patents where source = 'epo_ops')
    qualify row_number() over (partition by a.publication_number, a.applicant_sequence order by a.dataset) = 1
)
select * from final;

comment on table core.patent_holders is 'Holders of the patents in scope (US assignees, EPO/WIPO applicants), as named by the source, with their location as far as the source gives it.';
comment on column core.patent_holders.assignee_sequence is 'Order of the assignee on the patent (0 first).';
comment on column core.patent_holders.assignee_id is 'PatentsView disambiguated assignee id (not stable across releases).';
comment on column core.patent_holders.is_individual is 'A person rather than an organisation.';
comment on column core.patent_holders.assignee_type is 'PatentsView assignee type code as published.';
comment on column core.patent_holders.assignee_type_label is 'What the assignee type code means.';
comment on column core.patent_holders.location_id is 'PatentsView disambiguated location id.';
comment on column core.patent_holders.state is 'State or province as published (US states; mostly empty elsewhere).';
comment on column core.patent_holders.in_scope_country is 'The holder is located in a scope country (Europe by default).';
