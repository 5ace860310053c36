-- Postcode → NUTS-3 (2024) from the TERCET files, keyed the way postcodes are compared (postcode_key).
create or replace table core.postcode_regions as
with postcodes as (
    select * from staging.stg_tercet__postcodes
),
target as (
    select max(version) as version from core.nuts_regions
),
mapped as (
    -- Files of an older NUTS version are mapped to the target version.
    select
        p.country,
        p.country_source,
        p.postcode,
        postcode_key(p.country, p.postcode) as postcode_key,
        case when p.nuts_version = t.version or m.code is null then p.nuts3 else m.code_2024 end as nuts3,
        p.nuts3 as nuts3_as_published,
        p.nuts_version,
        p.source,
        p.raw_sha256,
        p.first_seen,
        p.last_seen
    from postcodes p
    left join core.nuts_code_map m
        on m.code = p.nuts3 and m.version = p.nuts_version
    cross join target t
),
final as (
    select *, count(distinct nuts3) over (partition by country, postcode_key) as regions
    from mapped
    where postcode_key is not null
    qualify row_number() over (partition by country, postcode_key, nuts3 order by postcode) = 1
)
select * from final;

comment on table core.postcode_regions is 'Postcodes and the NUTS-3 (2024) region(s) they lie in (Eurostat GISCO TERCET), one row per postcode and region.';
comment on column core.postcode_regions.country is 'ISO 3166-1 alpha-2 (GR, not EL).';
comment on column core.postcode_regions.country_source is 'Country code of the TERCET file (EL for Greece).';
comment on column core.postcode_regions.postcode is 'Postcode as published (text: leading zeros and spaces kept).';
comment on column core.postcode_regions.postcode_key is 'The postcode as compared: upper case, letters and digits only, no country prefix (macro postcode_key).';
comment on column core.postcode_regions.nuts3 is 'NUTS-3 region, 2024 version.';
comment on column core.postcode_regions.nuts3_as_published is 'NUTS-3 code as the TERCET file gives it.';
comment on column core.postcode_regions.nuts_version is 'NUTS version of the TERCET file.';
comment on column core.postcode_regions.regions is 'How many regions share this postcode (more than one: the postcode alone cannot place).';
