-- CPC classes of the patents in scope, each mapped to a WIPO technology field (longest IPC prefix).
create or replace table core.patent_classes as
with classes as (
    select *, cpc_subclass || split_part(split_part(cpc_group, '/', 1), cpc_subclass, 2) as main_group
    from (
        select * from staging.stg_patentsview__cpc
        where patent_id in (select patent_id from core.patents where source = 'patentsview')
        union all by name
        select * from staging.stg_patentsearch__cpc
        where patent_id in (select patent_id from core.patents where source = 'patentsearch')
        union all by name
        -- OPS: CPC where the publication has it, its IPC otherwise (IPC main groups map the same way).
        select
            publication_number as patent_id,
            class_sequence - 1 as cpc_sequence,
            left(symbol, 1) as cpc_section,
            left(symbol, 3) as cpc_class,
            left(symbol, 4) as cpc_subclass,
            symbol as cpc_group,
            null as cpc_type,
            source,
            raw_sha256,
            first_seen,
            last_seen
        from staging.stg_epo_ops__classes c
        where publication_number in (select patent_id from core.patents where source = 'epo_ops')
          and (scheme = 'cpc' or not exists (
              select 1 from staging.stg_epo_ops__classes o
              where o.publication_number = c.publication_number and o.scheme = 'cpc'))
        qualify row_number() over (partition by publication_number, scheme, class_sequence order by dataset) = 1
    )
),
concordance as (
    select * from core.ipc_technology_concordance
),
final as (
    select
        c.patent_id,
        c.cpc_sequence,
        c.cpc_section,
        c.cpc_class,
        c.cpc_subclass,
        c.main_group as cpc_main_group,
        c.cpc_group,
        c.cpc_type,
        coalesce(by_group.field_number, by_subclass.field_number) as technology_field,
        c.source,
        c.raw_sha256,
        c.first_seen,
        c.last_seen
    from classes c
    -- CPC main groups coincide with IPC ones at this level; the main-group rule beats the subclass rule.
    left join concordance by_group on by_group.ipc_prefix = c.main_group
    left join concordance by_subclass on by_subclass.ipc_prefix = c.cpc_subclass
)
select * from final;

comment on table core.patent_classes is 'CPC classes of the patents in scope with their WIPO technology field.';
comment on column core.patent_classes.cpc_sequence is 'Order of the class on the patent (0 first).';
comment on column core.patent_classes.cpc_section is 'CPC section letter (A-H, Y).';
comment on column core.patent_classes.cpc_class is 'CPC class, e.g. G06.';
comment on column core.patent_classes.cpc_subclass is 'CPC subclass, e.g. G06F.';
comment on column core.patent_classes.cpc_main_group is 'CPC main group, e.g. G06F16.';
comment on column core.patent_classes.cpc_group is 'CPC group, e.g. G06F16/2455.';
comment on column core.patent_classes.cpc_type is 'inventional or additional.';
comment on column core.patent_classes.technology_field is 'WIPO technology field number (core.technology_fields); empty when the concordance has no entry.';
