-- Every identifier a canonical organisation is known by, in any source.
create or replace table core.organisation_identifiers as
with mapped as (
    select m.*, x.org_id
    from core.organisation_mentions m
    join core.organisation_mention_map x using (mention_key)
),
ids as (
    select org_id, 'pic' as id_type, pic as value, source from mapped where pic is not null
    union all select org_id, 'vat', vat, source from mapped where vat is not null
    union all select org_id, 'ror', ror_id, source from mapped where ror_id is not null
    union all select org_id, 'patentsview_assignee', assignee_id, source from mapped where assignee_id is not null
    union all select org_id, 'website', website, source from mapped where website is not null
    union all
    select x.org_id, t.id_type, t.value, 'ror'
    from core.ror_organisations r
    join core.organisation_mention_map x on x.mention_key = 'ror:' || r.ror_id
    cross join lateral (values ('wikidata', r.wikidata), ('isni', r.isni), ('fundref', r.fundref), ('grid', r.grid)) t(id_type, value)
    where t.value is not null
)
select distinct * from ids;

comment on table core.organisation_identifiers is 'Identifiers of canonical organisations: PIC, VAT, ROR, PatentsView assignee id, website, and ROR''s Wikidata, ISNI, FundRef and GRID ids.';
comment on column core.organisation_identifiers.id_type is 'pic, vat, ror, patentsview_assignee, website, wikidata, isni, fundref or grid.';
comment on column core.organisation_identifiers.value is 'The identifier as the source gives it.';
comment on column core.organisation_identifiers.source is 'The source that gives it.';
