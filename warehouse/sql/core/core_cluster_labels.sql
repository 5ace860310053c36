-- Cluster management excellence labels (ESCA Bronze, Silver, Gold), from the ESCA list and ECCP profiles.
create or replace table core.cluster_labels as
with mentions as (
    select * from core.cluster_mentions where label is not null
),
final as (
    select
        cluster_id,
        label,
        label_valid_until as valid_until,
        source,
        mention_id,
        label_valid_until is not null and label_valid_until < current_date as expired,
        first_seen,
        last_seen
    from mentions
)
select * from final;

comment on table core.cluster_labels is 'Cluster management excellence labels per cluster and registry that reports them (history kept by first/last seen).';
comment on column core.cluster_labels.valid_until is 'Last day the label is valid.';
comment on column core.cluster_labels.expired is 'The label''s validity ended before the build date.';
