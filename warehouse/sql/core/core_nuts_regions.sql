-- Every NUTS region of every staged version (2013, 2016, 2021, 2024), with its parents.
create or replace table core.nuts_regions as
with regions as (
    select *, dataset::integer as version
    from staging.stg_nuts__regions
    where dataset similar to '[0-9]{4}'
),
final as (
    select
        nuts_id,
        version,
        level,
        country_code,
        case country_code when 'EL' then 'GR' when 'UK' then 'GB' else country_code end as country,
        name_latn,
        name,
        case when level >= 1 then left(nuts_id, 3) end as nuts1_id,
        case when level >= 2 then left(nuts_id, 4) end as nuts2_id,
        case when level >= 1 then left(nuts_id, level + 1) end as parent_id,
        mount_type,
        urbn_type,
        coast_type,
        version = (select max(dataset::integer) from staging.stg_nuts__regions where dataset similar to '[0-9]{4}')
            as is_target_version,
        source,
        raw_sha256,
        first_seen,
        last_seen
    from regions
)
select * from final;

comment on table core.nuts_regions is 'NUTS regions of every staged version (Eurostat GISCO code lists); the landscape places everything in the newest (2024).';
comment on column core.nuts_regions.nuts_id is 'NUTS code (country code in the EU convention: EL, UK).';
comment on column core.nuts_regions.version is 'NUTS version (2013, 2016, 2021, 2024).';
comment on column core.nuts_regions.level is '0 country, 1, 2 or 3.';
comment on column core.nuts_regions.country_code is 'Country code as NUTS writes it (EL, UK).';
comment on column core.nuts_regions.country is 'ISO 3166-1 alpha-2 (GR, GB).';
comment on column core.nuts_regions.name_latn is 'Name in Latin script.';
comment on column core.nuts_regions.name is 'Name in the national language and script.';
comment on column core.nuts_regions.nuts1_id is 'Its NUTS-1 region (level 1 and below).';
comment on column core.nuts_regions.nuts2_id is 'Its NUTS-2 region (level 2 and below).';
comment on column core.nuts_regions.parent_id is 'The region one level up (the country for NUTS-1).';
comment on column core.nuts_regions.mount_type is 'Mountain typology (NUTS-3; 0 above).';
comment on column core.nuts_regions.urbn_type is 'Urban-rural typology (NUTS-3; 0 above).';
comment on column core.nuts_regions.coast_type is 'Coastal typology (NUTS-3; 0 above).';
comment on column core.nuts_regions.is_target_version is 'The newest staged version, the one core places everything in.';
