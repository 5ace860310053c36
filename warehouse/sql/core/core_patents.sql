-- Patents in scope (core.patent_scope): by default those with at least one holder in Europe.
-- US grants come from the PatentsView bulk release, or from the PatentSearch API until a bulk release
-- has them; publications at the EPO and WIPO come from OPS searches for the landscape's organisations.
create or replace table core.patents as
with bulk as (
    select * exclude (filename), 'US' as office, null::varchar as family_id
    from staging.stg_patentsview__patents
),
updates as (
    select *, 'US' as office, null::varchar as family_id
    from staging.stg_patentsearch__patents
    where patent_id not in (select patent_id from bulk)
),
-- A publication turns up once per co-applicant searched: keep one row, the first page that had it.
publications as (
    select
        publication_number as patent_id,
        country as office,
        case left(kind, 1)
            when 'A' then 'application'
            when 'B' then 'grant'
            when 'U' then 'utility model'
            when 'Y' then 'utility model'
            else 'other'
        end as patent_type,
        publication_date as patent_date,
        title,
        kind as wipo_kind,
        family_id,
        * exclude (publication_number, country, kind, publication_date, title, family_id, title_lang,
                   doc_number, searched_applicant)
    from staging.stg_epo_ops__publications
    qualify row_number() over (partition by publication_number order by dataset, source_line) = 1
),
patents as (
    select * from bulk
    union all by name
    select * from updates
    union all by name
    select * from publications
),
holders as (
    select a.patent_id, l.country
    from staging.stg_patentsview__assignees a
    left join staging.stg_patentsview__locations l using (location_id)
    union all
    select patent_id, country
    from staging.stg_patentsearch__assignees
    where patent_id in (select patent_id from updates)
    union all
    select publication_number, country
    from staging.stg_epo_ops__applicants
),
in_scope as (
    select distinct patent_id
    from holders
    where (select scope from core.patent_scope) = 'all'
       or country in (select country from core.patent_scope_countries)
),
final as (
    select
        p.patent_id,
        p.office,
        p.patent_type,
        p.patent_date,
        p.title,
        p.wipo_kind,
        p.family_id,
        p.num_claims,
        p.withdrawn,
        p.source,
        p.dataset,
        p.raw_sha256,
        p.source_url,
        p.source_line,
        p.run_id,
        p.first_seen,
        p.last_seen
    from patents p
    where (select scope from core.patent_scope) = 'all' or p.patent_id in (select patent_id from in_scope)
)
select * from final;

comment on table core.patents is 'Patents in the landscape''s scope: US grants (PatentsView bulk releases, the PatentSearch API since the last release) and EPO/WIPO publications of the landscape''s organisations (EPO OPS).';
comment on column core.patents.patent_id is 'Patent or publication number as text (10000000, D1006496, RE49012, PP33456; EP3456789A1, WO2023156789A1).';
comment on column core.patents.office is 'Office: US for PatentsView, the publishing office (EP, WO, ...) for OPS.';
comment on column core.patents.patent_type is 'US: utility, design, plant, reissue, ...; OPS: application, grant, utility model (from the kind code).';
comment on column core.patents.patent_date is 'Grant date (US) or publication date (OPS).';
comment on column core.patents.wipo_kind is 'WIPO kind code (B1, B2, S1, A1, ...); empty for PatentSearch updates.';
comment on column core.patents.family_id is 'DOCDB simple family id (OPS); empty for US grants.';
comment on column core.patents.num_claims is 'Number of claims (US grants).';
comment on column core.patents.withdrawn is 'Withdrawn after grant (source writes 0/1/FALSE/False); empty for PatentSearch updates and OPS.';
