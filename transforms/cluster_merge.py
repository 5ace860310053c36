"""One cluster, one id: merge the mentions of clusters across registries.

Rules, in order of strength (the issue's "website domain first, then normalised name within the
same country"):
1. Same website domain -> same cluster.
2. Same country and same normalised name -> same cluster, unless both have a website and the
   domains differ (two clusters may share a generic name; their websites tell them apart).
Mentions are linked with union-find, so A~B by domain and B~C by name puts A, B and C together.

The stable id hashes the strongest key of the group (its smallest domain, else country and smallest
normalised name) with the prefix ``cl_``: it depends on source values, never on row order, and stays
the same across refreshes as long as the cluster keeps that website or name.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from transforms.cluster_names import normalise_name, website_domain


@dataclass(frozen=True)
class Mention:
    mention_id: str
    name: str | None
    country: str | None
    website: str | None


@dataclass(frozen=True)
class Decision:
    mention_id: str
    cluster_id: str
    domain: str | None
    name_key: str | None
    matched_on: str  # "domain", "name+country", "domain, name+country" or "alone"
    evidence: str


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def stable_cluster_id(key: str) -> str:
    return "cl_" + hashlib.sha256(key.encode()).hexdigest()[:16]


def merge(mentions: list[Mention]) -> list[Decision]:
    domains = {m.mention_id: website_domain(m.website) for m in mentions}
    names = {m.mention_id: normalise_name(m.name) for m in mentions}
    uf = _UnionFind(m.mention_id for m in mentions)
    reasons: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, list[str]] = defaultdict(list)

    by_domain: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if domain := domains[m.mention_id]:
            by_domain[domain].append(m.mention_id)
    for domain, ids in by_domain.items():
        for other in ids[1:]:
            uf.union(ids[0], other)
        if len(ids) > 1:
            for mid in ids:
                reasons[mid].add("domain")
                evidence[mid].append(f"website domain {domain}")

    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in mentions:
        if m.country and (name_key := names[m.mention_id]):
            by_name[(m.country, name_key)].append(m.mention_id)
    for (country, name), ids in by_name.items():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                da, db = domains[a], domains[b]
                if da and db and da != db:
                    continue  # same name, different websites: two clusters
                uf.union(a, b)
                for mid in (a, b):
                    reasons[mid].add("name+country")
                    evidence[mid].append(f"name '{name}' in {country}")

    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[uf.find(m.mention_id)].append(m)
    decisions = []
    for members in groups.values():
        group_domains = sorted(d for m in members if (d := domains[m.mention_id]))
        if group_domains:
            key = "domain|" + group_domains[0]
        else:
            keyed = sorted((m.country or "", names[m.mention_id] or "", m.mention_id) for m in members)
            country, name, mention_id = keyed[0]
            key = f"name|{country}|{name}" if name else f"mention|{mention_id}"
        cluster_id = stable_cluster_id(key)
        for m in members:
            matched = ", ".join(sorted(reasons[m.mention_id])) or "alone"
            decisions.append(
                Decision(
                    m.mention_id,
                    cluster_id,
                    domains[m.mention_id],
                    names[m.mention_id],
                    matched,
                    "; ".join(dict.fromkeys(evidence[m.mention_id])) or "no other registry lists it",
                )
            )
    return sorted(decisions, key=lambda d: d.mention_id)
