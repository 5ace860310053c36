-- Participations whose project is missing from core. A few are expected (their project row was
-- quarantined); more than 1 % means projects and participations came from inconsistent files.
with orphans as (
    select count(*) filter (where pr.project_key is null) as orphaned, count(*) as total
    from core.participations p left join core.projects pr using (project_key)
)
select orphaned, total from orphans where orphaned > 0.01 * total
