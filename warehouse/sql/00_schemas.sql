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

-- Postcodes as a join key: upper case, letters and digits only, and without the country prefix some
-- sources write (CORDIS: 'LT-01513', 'L-1359'; TERCET: '01513', '1359'). Where postcodes start with
-- letters by design (GB, IE, MT) nothing is stripped.
create or replace macro postcode_key(country, code) as
    case when upper(country) in ('GB', 'UK', 'IE', 'MT')
         then nullif(regexp_replace(upper(code), '[^A-Z0-9]', '', 'g'), '')
         else nullif(regexp_replace(regexp_replace(upper(code), '[^A-Z0-9]', '', 'g'), '^[A-Z]{1,3}([0-9])', '\1'), '')
    end;
-- Place names as a join key: accents, case, punctuation and German transliterations (CORDIS writes
-- 'MUENCHEN' and 'KOLN' for München and Köln) do not matter.
create or replace macro place_key(name) as
    nullif(trim(regexp_replace(
        replace(replace(replace(strip_accents(replace(lower(name), 'ß', 'ss')), 'ue', 'u'), 'oe', 'o'), 'ae', 'a'),
        '[^a-z0-9]+', ' ', 'g')), '');
