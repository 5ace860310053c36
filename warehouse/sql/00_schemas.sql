create schema if not exists staging;
create schema if not exists core;
create schema if not exists marts;
create schema if not exists ops;

-- Stable ids: a type prefix and a hash of raw, stable source keys, never row order. Defined once here
-- and kept in the published file, so analysts can compute the same ids.
create or replace macro stable_id(prefix, raw_key) as prefix || '_' || left(sha256(raw_key), 16);
create or replace macro cordis_project_key(project_id) as stable_id('proj', 'cordis|' || project_id);
-- A few FP7 participants have no PIC: until entity resolution links them they are keyed by name and country.
create or replace macro cordis_organisation_key(pic, name, country) as stable_id('org',
    case when pic is not null then 'cordis-pic|' || pic
         else 'cordis-name|' || upper(trim(name)) || '|' || coalesce(country, '') end);
