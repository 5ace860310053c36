-- Money is never negative.
select project_key, pic, ec_contribution from core.participations where ec_contribution < 0
union all
select project_key, null, total_cost from core.projects where total_cost < 0 or ec_max_contribution < 0
