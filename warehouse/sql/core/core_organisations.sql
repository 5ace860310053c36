-- One row per organisation as identified by its CORDIS PIC; attributes from its latest participation.
-- Organisations without a PIC (a few FP7 rows) are keyed by name and country until entity resolution.
create or replace table core.organisations as
with participations as (
    select * from staging.stg_cordis__participations
),
keyed as (
    select
        cordis_organisation_key(organisation_id, name, country) as organisation_key,
        *
    from participations
),
final as (
    select
        organisation_key,
        any_value(organisation_id) as pic,
        arg_max(name, content_updated_at) as name,
        arg_max(short_name, content_updated_at) as short_name,
        arg_max(vat_number, content_updated_at) as vat_number,
        arg_max(activity_type, content_updated_at) as activity_type,
        arg_max(is_sme, content_updated_at) as is_sme,
        arg_max(country, content_updated_at) as country,
        arg_max(country_code, content_updated_at) as country_code_source,
        arg_max(city, content_updated_at) as city,
        arg_max(post_code, content_updated_at) as post_code,
        arg_max(nuts_code, content_updated_at) as nuts_code,
        arg_max(organisation_url, content_updated_at) as organisation_url,
        count(*) as participations,
        count(distinct name) as name_variants,
        min(first_seen) as first_seen,
        max(last_seen) as last_seen
    from keyed
    group by organisation_key
)
select * from final;

comment on table core.organisations is 'Organisations taking part in EU projects, one row per PIC (CORDIS participant identification code).';
comment on column core.organisations.organisation_key is 'Stable id: org_ + sha256 of the PIC (or of name and country when the PIC is missing).';
comment on column core.organisations.pic is 'CORDIS participant identification code (9 digits); empty for a few FP7 rows.';
comment on column core.organisations.country is 'ISO 3166-1 alpha-2 (GR, GB; XK for Kosovo).';
comment on column core.organisations.country_code_source is 'Country code as CORDIS writes it (EL, UK).';
comment on column core.organisations.nuts_code is 'NUTS-3 code from the source (version not stated by CORDIS); empty outside Europe.';
comment on column core.organisations.name_variants is 'How many different spellings of the name the source used.';
