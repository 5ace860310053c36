-- Every euro in core reaches the country totals of the region mart.
with core_total as (
    select coalesce(sum(ec_contribution), 0) as eur from core.participations
),
mart_total as (
    select coalesce(sum(ec_contribution_eur), 0) as eur from marts.region_funding where level = 'country'
)
select c.eur as core_eur, m.eur as mart_eur from core_total c, mart_total m where abs(c.eur - m.eur) > 0.01
