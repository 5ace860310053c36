-- Research organisations as the Research Organization Registry (ROR) knows them, from its latest dump:
-- active, inactive and withdrawn alike (status says which), so an identifier found anywhere resolves.
-- Their names (display name, labels in other languages, aliases, acronyms) are the handle for matching
-- other sources' organisations to ROR.
create or replace table core.ror_organisations as
with organisations as (
    select * from staging.stg_ror__organisations
),
final as (
    select
        ror_id,
        ror_url,
        name,
        status,
        types,
        established,
        country,
        country_subdivision_code,
        city,
        latitude,
        longitude,
        geonames_id,
        website,
        domains,
        wikidata,
        isni,
        fundref,
        grid,
        last_modified,
        source,
        raw_sha256,
        source_url,
        run_id,
        first_seen,
        last_seen
    from organisations
)
select * from final;

create or replace table core.ror_names as
with names as (
    select * from staging.stg_ror__names
),
organisations as (
    select ror_id from core.ror_organisations
),
final as (
    select
        n.ror_id,
        n.name,
        n.kind,
        n.lang
    from names n
    semi join organisations o on o.ror_id = n.ror_id
)
select * from final;

comment on table core.ror_organisations is 'Research organisations in the Research Organization Registry (ROR, CC0), one row per ROR id, from the latest data dump; inactive and withdrawn records included.';
comment on column core.ror_organisations.ror_id is 'ROR identifier without its URL prefix, e.g. 00pjdza24 (0, six base32 characters, two check digits).';
comment on column core.ror_organisations.ror_url is 'ROR identifier as ROR writes it: https://ror.org/<ror_id>.';
comment on column core.ror_organisations.name is 'Display name (ROR''s ror_display name), in the organisation''s own language or English.';
comment on column core.ror_organisations.status is 'ROR record status: active, inactive (closed or merged, see its successor) or withdrawn (a duplicate or an error).';
comment on column core.ror_organisations.types is 'Organisation types, ;-separated: education, funder, healthcare, company, archive, nonprofit, government, facility, other.';
comment on column core.ror_organisations.established is 'Year the organisation was established, where ROR knows it.';
comment on column core.ror_organisations.country is 'ISO 3166-1 alpha-2 code of the main location (GeoNames country; GB and GR, never the EU''s UK and EL).';
comment on column core.ror_organisations.country_subdivision_code is 'Code of the main location''s first-level subdivision as GeoNames gives it (ISO 3166-2 suffix, e.g. CA, BY); empty where unknown.';
comment on column core.ror_organisations.city is 'Main location''s place name (GeoNames, in English).';
comment on column core.ror_organisations.latitude is 'Latitude of the main location''s GeoNames place (WGS84), not of the building.';
comment on column core.ror_organisations.longitude is 'Longitude of the main location''s GeoNames place (WGS84).';
comment on column core.ror_organisations.geonames_id is 'GeoNames id of the main location''s place.';
comment on column core.ror_organisations.website is 'Website (ROR link of type website).';
comment on column core.ror_organisations.domains is 'Internet domains of the organisation, ;-separated; empty for many.';
comment on column core.ror_organisations.wikidata is 'Wikidata item (Q...): the preferred one, else the first listed.';
comment on column core.ror_organisations.isni is 'ISNI, written in four groups with spaces: the preferred one, else the first listed.';
comment on column core.ror_organisations.fundref is 'Crossref Funder Registry id: the preferred one, else the first listed.';
comment on column core.ror_organisations.grid is 'GRID id (grid.NNNN.N; GRID itself is retired): the preferred one, else the first listed.';
comment on column core.ror_organisations.last_modified is 'Date ROR last changed the record.';
comment on column core.ror_organisations.source is 'Source name in the registry (extractors/registry.py): ror.';
comment on column core.ror_organisations.raw_sha256 is 'sha256 of the archived dump zip (raw/ror/manifest.jsonl).';
comment on column core.ror_organisations.source_url is 'URL the dump zip was downloaded from (its Zenodo record).';
comment on column core.ror_organisations.run_id is 'Ingest run that staged the row (see ops.runs).';
comment on column core.ror_organisations.first_seen is 'Fetch time of the first dump that contained this ROR id.';
comment on column core.ror_organisations.last_seen is 'Fetch time of the latest dump that contained this ROR id.';

comment on table core.ror_names is 'Every name of every organisation in core.ror_organisations, one row per name and kind: the display name appears twice (ror_display and label).';
comment on column core.ror_names.ror_id is 'ROR identifier of the organisation (core.ror_organisations.ror_id).';
comment on column core.ror_names.name is 'The name exactly as ROR writes it.';
comment on column core.ror_names.kind is 'ror_display (the display name), label (official name, one per language), alias (other name, former name after a renaming) or acronym.';
comment on column core.ror_names.lang is 'ISO 639-1 language of the name; empty for most acronyms and for transliterations.';
