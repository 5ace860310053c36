-- A gazetteer: which NUTS-3 region (2024) a place name of a country stands for, from two kinds of
-- evidence: organisations of that city placed by code, postcode or coordinates, and NUTS-3 regions
-- named after their city (Wien, Bologna, Berlin). A name counts only when its evidence agrees on one
-- region (two votes in three at least): 'Frankfurt' of two regions places nothing.
create or replace table core.place_names as
with organisation_votes as (
    select country, place_key(city) as city_key, strong_nuts3 as nuts3, count(*) as votes
    from core.organisation_place_evidence
    where strong_nuts3 is not null and place_key(city) is not null
    group by all
),
region_name_votes as (
    -- Weighted like a few organisations: a region named after a city is good evidence for it.
    select country, place_key(name_latn) as city_key, nuts_id as nuts3, 3 as votes
    from core.nuts_regions
    where is_target_version and level = 3 and place_key(name_latn) is not null
),
votes as (
    select country, city_key, nuts3, sum(votes) as votes
    from (select * from organisation_votes union all select * from region_name_votes)
    group by all
),
final as (
    select country, city_key, arg_max(nuts3, votes) as nuts3, max(votes) as votes, sum(votes) as total_votes
    from votes
    group by all
    having max(votes) * 3 >= sum(votes) * 2
)
select * from final;

comment on table core.place_names is 'Gazetteer of place names to NUTS-3 regions (2024) built from placed organisations and NUTS-3 names; used by the city method.';
comment on column core.place_names.country is 'ISO 3166-1 alpha-2.';
comment on column core.place_names.city_key is 'The place name as compared (macro place_key: no case, accents or punctuation).';
comment on column core.place_names.nuts3 is 'The NUTS-3 region (2024) the name stands for.';
comment on column core.place_names.votes is 'Evidence for that region (organisations; a NUTS-3 region of that name counts 3).';
comment on column core.place_names.total_votes is 'All evidence for the name, whatever region.';
