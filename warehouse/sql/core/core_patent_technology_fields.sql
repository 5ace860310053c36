-- Each patent's technology fields, counted fractionally (a patent in two fields counts 0.5 in each).
create or replace table core.patent_technology_fields as
with fields as (
    select distinct patent_id, technology_field from core.patent_classes where technology_field is not null
),
final as (
    select
        f.patent_id,
        f.technology_field,
        t.field_name,
        t.sector,
        1.0 / count(*) over (partition by f.patent_id) as share
    from fields f
    left join core.technology_fields t on t.field_number = f.technology_field
)
select * from final;

comment on table core.patent_technology_fields is 'WIPO technology fields per patent in scope, with fractional shares summing to 1 per patent.';
comment on column core.patent_technology_fields.technology_field is 'WIPO technology field number.';
comment on column core.patent_technology_fields.field_name is 'WIPO technology field name.';
comment on column core.patent_technology_fields.sector is 'WIPO technology sector.';
comment on column core.patent_technology_fields.share is 'Fractional count: 1 / number of fields of the patent.';
