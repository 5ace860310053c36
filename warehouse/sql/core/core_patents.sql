-- Granted patents in scope (core.patent_scope): by default those with at least one holder in Europe.
create or replace table core.patents as
with bulk as (
    select * from staging.stg_patentsview__patents
),
-- Grants since the last bulk release, from the API; once a bulk release has a patent, the bulk row wins.
updates as (
    select *
    from staging.stg_patentsearch__patents
    where patent_id not in (select patent_id from bulk)
),
patents as (
    select * exclude (filename) from bulk
    union all by name
    select * from updates
),
holders as (
    select a.patent_id, l.country
    from staging.stg_patentsview__assignees a
    left join staging.stg_patentsview__locations l using (location_id)
    union all
    select patent_id, country
    from staging.stg_patentsearch__assignees
    where patent_id in (select patent_id from updates)
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
        'US' as office,
        p.patent_type,
        p.patent_date,
        p.title,
        p.wipo_kind,
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

comment on table core.patents is 'Granted US patents in the landscape''s scope: PatentsView bulk releases, and the PatentSearch API for grants since the last release.';
comment on column core.patents.patent_id is 'Patent number as text (10000000, D1006496, RE49012, PP33456).';
comment on column core.patents.office is 'Granting office (US for PatentsView).';
comment on column core.patents.patent_type is 'utility, design, plant, reissue, ...';
comment on column core.patents.patent_date is 'Grant date.';
comment on column core.patents.wipo_kind is 'WIPO kind code (B1, B2, S1, ...); empty for API updates.';
comment on column core.patents.num_claims is 'Number of claims.';
comment on column core.patents.withdrawn is 'Withdrawn after grant (source writes 0/1/FALSE/False); empty for API updates.';
