-- One row per organisation's role in a project.
create or replace table core.participations as
with participations as (
    select * from staging.stg_cordis__participations
),
final as (
    select
        cordis_project_key(project_id) as project_key,
        cordis_organisation_key(organisation_id, name, country) as organisation_key,
        project_id,
        organisation_id as pic,
        name as name_as_published,
        role,
        participant_order,
        country,
        country_code as country_code_source,
        nuts_code,
        nuts_code_source,
        latitude,
        longitude,
        ec_contribution,
        net_ec_contribution,
        total_cost,
        end_of_participation,
        dataset as framework_programme,
        source,
        source_url,
        source_file,
        source_line,
        raw_sha256,
        run_id,
        first_seen,
        last_seen
    from participations
)
select * from final;

comment on table core.participations is 'Organisations in projects: role, order and EU contribution, one row per project, organisation and role.';
comment on column core.participations.ec_contribution is 'EU contribution to this participant in EUR (source writes a decimal point); empty for unfunded partners.';
comment on column core.participations.net_ec_contribution is 'EU contribution net of transfers to linked third parties (not given for FP7).';
comment on column core.participations.nuts_code_source is 'nutsCode exactly as published: a bare country code for partners outside Europe.';
comment on column core.participations.role is 'coordinator, participant, thirdParty, partner, associatedPartner or internationalPartner.';
