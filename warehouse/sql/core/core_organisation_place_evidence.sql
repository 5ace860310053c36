-- What each kind of evidence says about an organisation's NUTS-3 region (2024), before any choice:
-- its NUTS code (mapped from an older version when needed), its postcode (TERCET) and its coordinates.
create or replace table core.organisation_place_evidence as
with orgs as (
    select organisation_key, country, country_code_source, city, post_code, nuts_code, latitude, longitude
    from core.organisations
),
nuts_countries as (
    select distinct country from core.nuts_regions where is_target_version
),
by_code as (
    select o.organisation_key, m.code, m.version, m.level, m.mapping, m.code_2024, m.nuts2_2024, m.nuts1_2024,
           left(m.code, 2) <> o.country_code_source and o.country_code_source is not null as other_country
    from orgs o
    join core.nuts_code_map m on m.code = upper(trim(o.nuts_code)) and m.is_newest_version
),
postcode_prefixes as (
    select organisation_key, country, key, unnest(range(length(key), 2, -1)) as matched
    from (select organisation_key, country, postcode_key(country_code_source, post_code) as key from orgs)
    where key is not null
),
by_postcode as (
    -- The longest prefix of the postcode that TERCET knows; ambiguous when it lies in several regions.
    select organisation_key,
           case when count(distinct r.nuts3) = 1 then min(r.nuts3) end as nuts3,
           case when count(distinct left(r.nuts3, 4)) = 1 then min(left(r.nuts3, 4)) end as nuts2
    from postcode_prefixes p
    join core.postcode_regions r on r.country = p.country and r.postcode_key = left(p.key, p.matched)
    group by organisation_key, p.matched
    qualify row_number() over (partition by organisation_key order by p.matched desc) = 1
),
by_point as (
    select o.organisation_key, pr.nuts3, pr.region_count, pr.candidates,
           case pr.country_code when 'EL' then 'GR' when 'UK' then 'GB' else pr.country_code end as point_country
    from orgs o
    join core.point_regions pr on pr.latitude = o.latitude and pr.longitude = o.longitude
),
evidence as (
    select
        o.*,
        o.country in (select country from nuts_countries) as in_nuts_country,
        c.code as code_read, c.version as code_version, c.level as code_level, c.mapping as code_mapping,
        case when c.level = 3 and not c.other_country then c.code_2024 end as nuts3_by_code,
        case when not c.other_country then c.nuts2_2024 end as nuts2_by_code,
        case when not c.other_country then c.nuts1_2024 end as nuts1_by_code,
        c.other_country as code_other_country,
        pc.nuts3 as nuts3_by_postcode, pc.nuts2 as nuts2_by_postcode,
        case when pt.point_country = o.country and pt.region_count = 1 then pt.nuts3 end as nuts3_by_coordinates,
        pt.region_count as point_regions, pt.point_country
    from orgs o
    left join by_code c using (organisation_key)
    left join by_postcode pc using (organisation_key)
    left join by_point pt using (organisation_key)
)
select *, coalesce(nuts3_by_code, nuts3_by_postcode, nuts3_by_coordinates) as strong_nuts3 from evidence;

comment on table core.organisation_place_evidence is 'Per organisation, what its NUTS code, postcode and coordinates each say about its 2024 region (input of the placement and of the gazetteer).';
comment on column core.organisation_place_evidence.in_nuts_country is 'The country has NUTS regions in the 2024 version.';
comment on column core.organisation_place_evidence.code_read is 'The source''s NUTS code as found in core.nuts_code_map.';
comment on column core.organisation_place_evidence.code_version is 'Newest NUTS version that has the code.';
comment on column core.organisation_place_evidence.code_level is 'NUTS level of the code.';
comment on column core.organisation_place_evidence.code_mapping is 'current, unchanged, recoded, split or discontinued.';
comment on column core.organisation_place_evidence.nuts3_by_code is 'NUTS-3 (2024) from the source''s code, if a NUTS-3 code of the organisation''s country.';
comment on column core.organisation_place_evidence.nuts2_by_code is 'NUTS-2 (2024) from the source''s code.';
comment on column core.organisation_place_evidence.nuts1_by_code is 'NUTS-1 (2024) from the source''s code.';
comment on column core.organisation_place_evidence.code_other_country is 'The code belongs to another country than the organisation''s.';
comment on column core.organisation_place_evidence.nuts3_by_postcode is 'NUTS-3 (2024) from the postcode, if unambiguous.';
comment on column core.organisation_place_evidence.nuts2_by_postcode is 'NUTS-2 (2024) from the postcode, if unambiguous at that level.';
comment on column core.organisation_place_evidence.nuts3_by_coordinates is 'NUTS-3 (2024) containing the coordinates, if in one region of the organisation''s country.';
comment on column core.organisation_place_evidence.point_regions is 'How many NUTS-3 regions cover the coordinates (0 sea or outside, 2+ border).';
comment on column core.organisation_place_evidence.point_country is 'ISO country of the region(s) at the coordinates.';
comment on column core.organisation_place_evidence.strong_nuts3 is 'The first of code, postcode, coordinates that gives a NUTS-3 region.';
