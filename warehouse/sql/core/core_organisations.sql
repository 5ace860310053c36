-- One row per organisation as identified by its CORDIS PIC. Its attributes all come from one
-- representative participation (the most recently updated one), so name, city and region agree.
create or replace table core.organisations as
with participations as (
    select * from staging.stg_cordis__participations
),
keyed as (
    select cordis_organisation_key(organisation_id, name, country) as organisation_key, *
    from participations
),
history as (
    select
        organisation_key,
        count(*) as participations,
        count(distinct name) as name_variants,
        min(first_seen) as first_seen,
        max(last_seen) as last_seen
    from keyed
    group by organisation_key
),
representative as (
    select *
    from keyed
    qualify row_number() over (
        partition by organisation_key
        order by content_updated_at desc nulls last, dataset, project_id, participant_order
    ) = 1
),
final as (
    select
        r.organisation_key,
        r.organisation_id as pic,
        r.name,
        r.short_name,
        r.vat_number,
        r.activity_type,
        r.is_sme,
        r.country,
        r.country_code as country_code_source,
        r.city,
        r.post_code,
        r.nuts_code,
        r.latitude,
        r.longitude,
        r.organisation_url,
        h.participations,
        h.name_variants,
        h.first_seen,
        h.last_seen
    from representative r
    join history h using (organisation_key)
)
select * from final;

comment on table core.organisations is 'Organisations taking part in EU projects, one row per PIC (CORDIS participant identification code).';
comment on column core.organisations.organisation_key is 'Stable id: org_ + sha256 of the PIC (or of name and country when the PIC is missing).';
comment on column core.organisations.pic is 'CORDIS participant identification code (9 digits); empty for a few FP7 rows.';
comment on column core.organisations.name is 'Legal name as in the most recently updated participation (CORDIS writes most names in upper case).';
comment on column core.organisations.short_name is 'Short name or acronym, as published.';
comment on column core.organisations.vat_number is 'VAT number with country prefix, as published.';
comment on column core.organisations.activity_type is 'HES higher/secondary education, PRC private for-profit, REC research organisation, PUB public body, OTH other.';
comment on column core.organisations.is_sme is 'Declared small or medium-sized enterprise (empty in most FP7 rows).';
comment on column core.organisations.country is 'ISO 3166-1 alpha-2 (GR, GB; XK for Kosovo).';
comment on column core.organisations.country_code_source is 'Country code as CORDIS writes it (EL, UK).';
comment on column core.organisations.city is 'City as published (case and language vary).';
comment on column core.organisations.post_code is 'Postcode as text (leading zeros and spaces kept).';
comment on column core.organisations.nuts_code is 'NUTS code from the source (version not stated by CORDIS); empty outside Europe.';
comment on column core.organisations.latitude is 'Latitude as CORDIS geocoded the address (WGS84); not always trustworthy: placement checks them against the region they fall in.';
comment on column core.organisations.longitude is 'Longitude as CORDIS geocoded the address (WGS84).';
comment on column core.organisations.organisation_url is 'Website as published (scheme sometimes missing).';
comment on column core.organisations.participations is 'Number of project participations of this organisation.';
comment on column core.organisations.name_variants is 'How many different spellings of the name the source used.';
comment on column core.organisations.first_seen is 'First fetch that contained any participation of this organisation.';
comment on column core.organisations.last_seen is 'Latest fetch that contained a participation of this organisation.';
