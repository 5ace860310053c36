-- A project appears once in core.
select project_key, count(*) as n from core.projects group by project_key having count(*) > 1
