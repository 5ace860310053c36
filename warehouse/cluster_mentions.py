"""core.cluster_mentions: every registry's record of a cluster, with the cluster it was merged into.

The union of the registry staging tables is read from DuckDB, merged in Python
(transforms.cluster_merge: union-find over website domains and names within a country), and written
back with the evidence of each decision. The SQL models of core.clusters and friends build on it.
"""

from __future__ import annotations

import duckdb

from transforms.cluster_merge import Mention, merge
from warehouse.column_docs import comment_table

# One select per registry staging table, in the columns every mention has.
MENTIONS_SQL = """
select 'eccp' as source, profile_url as source_key, name, acronym, country, website, region, city,
       members_count, year_founded, description, label, label_valid_until, sectors, industrial_ecosystems,
       s3_areas, raw_sha256, source_url, run_id, first_seen, last_seen
from staging.stg_eccp__clusters
union all
select 'esca', page_url || '#' || "row", name, null, country, website, null, null,
       null, null, null, label, label_valid_until, sector, null, null, raw_sha256, source_url, run_id,
       first_seen, last_seen
from staging.stg_esca__labels
union all
select 'registry:' || registry, registry || ':' || name, name, null, country, website, region, city,
       members_count, null, null, null, null, sectors, null, null, raw_sha256, source_url, run_id,
       first_seen, last_seen
from staging.stg_registry__clusters
"""

COMMENTS = {
    "": "Every registry record of a cluster (ECCP profile, ESCA label row, national list row) and the cluster "
    "it was merged into, with the evidence.",
    "mention_id": "source + '|' + the source's own key of the record (profile URL, page and row, registry and name).",
    "cluster_id": "Stable cluster id: cl_ + sha256 of the group's website domain, else country and normalised name.",
    "domain": "Website domain after normalisation (scheme, www. and path removed).",
    "name_key": "Name after normalisation (accents, legal forms, bracketed acronyms and punctuation removed).",
    "matched_on": "Which rule tied this record to others: domain, name+country, both, or alone.",
    "evidence": "The shared values behind the decision.",
    "source_key": "The source's own key of the record.",
    "members_count": "Number of members as the registry gives it.",
    "year_founded": "Year the cluster organisation was founded.",
    "description": "Description from the registry (text of its HTML).",
    "label": "Cluster management excellence label: GOLD, SILVER or BRONZE.",
    "label_valid_until": "Date the label expires.",
    "sectors": "Sectors as the registry lists them, separated by ' | '.",
    "industrial_ecosystems": "EU industrial ecosystems (ECCP), separated by ' | '.",
    "s3_areas": "Smart-specialisation areas (ECCP), separated by ' | '.",
    "acronym": "Acronym as published.",
    "website": "Website as published.",
    "region": "Region as published.",
}


def build_cluster_mentions(con: duckdb.DuckDBPyConnection) -> int:
    import pyarrow as pa

    rows = con.execute(f"select source || '|' || source_key, name, country, website from ({MENTIONS_SQL})").fetchall()
    decisions = merge([Mention(mention_id, name, country, website) for mention_id, name, country, website in rows])
    columns = ["mention_id", "cluster_id", "domain", "name_key", "matched_on", "evidence"]
    table = pa.Table.from_pydict(
        {c: [getattr(d, c) for d in decisions] for c in columns}, schema=pa.schema([(c, pa.string()) for c in columns])
    )
    con.register("decision_frame", table)
    try:
        # The mentions are read again in SQL (not through pandas) so every column keeps its type.
        con.execute(
            f"""
            create or replace table core.cluster_mentions as
            select d.cluster_id, d.mention_id, m.*, d.domain, d.name_key, d.matched_on, d.evidence
            from ({MENTIONS_SQL}) m
            join decision_frame d on d.mention_id = m.source || '|' || m.source_key
            order by d.cluster_id, d.mention_id
            """
        )
    finally:
        con.unregister("decision_frame")
    comment_table(con, "core.cluster_mentions", COMMENTS)
    return len(rows)
