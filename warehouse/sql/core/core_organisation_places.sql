-- Every organisation placed in a NUTS-3/2/1 region (2024), by the most reliable evidence it has:
--   nuts_code         the source's NUTS code, already a 2024 code
--   nuts_code_mapped  the source's code of an older NUTS version, mapped through the correspondence
--   postcode          the postcode, through TERCET (longest matching prefix)
--   coordinates       the source's coordinates, inside a 2024 NUTS-3 boundary of the same country
--   city              the city, where organisations placed by the methods above agree on its region
-- Each method's own answer is kept beside the choice, and disagreements become conflicts. A code that
-- postcode and coordinates both contradict is outvoted (an older version's boundary).
create or replace table core.organisation_places as
with strong as (
    select * from core.organisation_place_evidence
),
outvoted as (
    -- A code that is still valid can name the wrong region: the source coded against an older version
    -- whose boundary moved since. When postcode and coordinates agree with each other against the
    -- code, two independent pieces of evidence win over one.
    select *,
           nuts3_by_code is not null and nuts3_by_postcode = nuts3_by_coordinates
               and nuts3_by_code <> nuts3_by_postcode as code_outvoted
    from strong
),
placed as (
    select
        s.*,
        g.nuts3 as nuts3_by_city,
        case
            when s.code_outvoted then 'postcode'
            when s.nuts3_by_code is not null and s.code_mapping = 'current' then 'nuts_code'
            when s.nuts3_by_code is not null then 'nuts_code_mapped'
            when s.nuts3_by_postcode is not null then 'postcode'
            when s.nuts3_by_coordinates is not null then 'coordinates'
            when g.nuts3 is not null then 'city'
            when s.nuts2_by_code is not null then case when s.code_mapping = 'current' then 'nuts_code' else 'nuts_code_mapped' end
            when s.nuts2_by_postcode is not null then 'postcode'
            when s.nuts1_by_code is not null then case when s.code_mapping = 'current' then 'nuts_code' else 'nuts_code_mapped' end
        end as method,
        case when s.code_outvoted then s.nuts3_by_postcode else coalesce(s.strong_nuts3, g.nuts3) end as nuts3
    from outvoted s
    left join core.place_names g on g.country = s.country and g.city_key = place_key(s.city)
),
final as (
    select
        organisation_key,
        country,
        country_code_source as country_source,
        in_nuts_country,
        nuts3,
        coalesce(left(nuts3, 4), nuts2_by_code, nuts2_by_postcode) as nuts2,
        coalesce(left(nuts3, 3), nuts1_by_code, left(nuts2_by_postcode, 3)) as nuts1,
        case when nuts3 is not null then 3
             when coalesce(nuts2_by_code, nuts2_by_postcode) is not null then 2
             when nuts1_by_code is not null then 1 end as placed_level,
        case when method is null and in_nuts_country then 'not_placed'
             when method is null then 'outside_nuts' else method end as method,
        code_read as source_nuts_code,
        code_version as source_nuts_version,
        code_mapping as source_nuts_mapping,
        nuts3_by_code,
        nuts3_by_postcode,
        nuts3_by_coordinates,
        nuts3_by_city,
        list_filter([
            case when code_other_country then 'nuts_code_in_other_country' end,
            case when code_outvoted then 'nuts_code_outvoted' end,
            case when nuts_code is not null and code_read is null and in_nuts_country then 'nuts_code_unknown' end,
            case when code_mapping in ('split', 'discontinued') then 'nuts_code_' || code_mapping end,
            case when nuts3_by_postcode is not null and nuts3 is not null and nuts3_by_postcode <> nuts3
                 then 'postcode_in_other_region' end,
            case when nuts3_by_coordinates is not null and nuts3 is not null and nuts3_by_coordinates <> nuts3
                 then 'coordinates_outside_claimed_region' end,
            case when point_regions = 0 and in_nuts_country then 'coordinates_in_sea_or_outside_nuts' end,
            case when point_regions >= 1 and point_country <> country then 'coordinates_in_other_country' end,
            case when point_regions > 1 then 'coordinates_on_border' end
        ], x -> x is not null) as conflicts
    from placed
)
select * from final;

comment on table core.organisation_places is 'Where each organisation is: NUTS-3/2/1 regions of the 2024 version, the method that placed it, what every method said and the conflicts found.';
comment on column core.organisation_places.country is 'ISO 3166-1 alpha-2 (GR, GB; XK kept).';
comment on column core.organisation_places.country_source is 'Country code as the source writes it (EL, UK).';
comment on column core.organisation_places.in_nuts_country is 'The country has NUTS regions in the 2024 version (EU, EFTA, candidates).';
comment on column core.organisation_places.nuts3 is 'NUTS-3 region (2024); empty when the evidence reaches only a coarser level.';
comment on column core.organisation_places.nuts2 is 'NUTS-2 region (2024): join marts and statistics here.';
comment on column core.organisation_places.nuts1 is 'NUTS-1 region (2024).';
comment on column core.organisation_places.placed_level is 'Finest NUTS level placed (3, 2, 1), empty when not placed.';
comment on column core.organisation_places.method is 'nuts_code, nuts_code_mapped, postcode, coordinates, city; not_placed, or outside_nuts for countries without NUTS regions.';
comment on column core.organisation_places.source_nuts_code is 'The NUTS code the source gave, as recognised.';
comment on column core.organisation_places.source_nuts_version is 'Newest NUTS version that has the source''s code.';
comment on column core.organisation_places.source_nuts_mapping is 'How that code maps to 2024: current, unchanged, recoded, split, discontinued.';
comment on column core.organisation_places.nuts3_by_code is 'NUTS-3 (2024) the source''s NUTS code gives, if it is a NUTS-3 code of the organisation''s country.';
comment on column core.organisation_places.nuts3_by_postcode is 'NUTS-3 (2024) the postcode gives through TERCET, if unambiguous.';
comment on column core.organisation_places.nuts3_by_coordinates is 'NUTS-3 (2024) containing the coordinates, if inside one region of the same country.';
comment on column core.organisation_places.nuts3_by_city is 'NUTS-3 (2024) that organisations of the same city agree on.';
comment on column core.organisation_places.conflicts is 'Disagreements and untrusted evidence: nuts_code_in_other_country, nuts_code_outvoted (postcode and coordinates agree on another region and win), nuts_code_unknown, nuts_code_split, nuts_code_discontinued, postcode_in_other_region, coordinates_outside_claimed_region, coordinates_in_sea_or_outside_nuts, coordinates_in_other_country, coordinates_on_border.';
