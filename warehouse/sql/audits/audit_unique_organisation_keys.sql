-- An organisation appears once in core.
select organisation_key, count(*) as n from core.organisations group by organisation_key having count(*) > 1
