-- A cluster appears once in core, and every registry record belongs to exactly one cluster.
select 'cluster' as what, cluster_id as id, count(*) as n from core.clusters group by cluster_id having count(*) > 1
union all
select 'mention', mention_id, count(*) from core.cluster_mentions group by mention_id having count(*) > 1
