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
from dataclasses import dataclass

from transforms.cluster_names import normalise_name, website_key
from transforms.constrained_groups import ConstrainedGroups


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


def stable_cluster_id(key: str) -> str:
    return "cl_" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _group_key(members: list[Mention], domains: dict[str, str | None], names: dict[str, str | None]) -> str:
    group_domains = sorted(d for m in members if (d := domains[m.mention_id]))
    if group_domains:
        return "domain|" + group_domains[0]
    country, name, mention_id = sorted((m.country or "", names[m.mention_id] or "", m.mention_id) for m in members)[0]
    return f"name|{country}|{name}" if name else f"mention|{mention_id}"


def merge(mentions: list[Mention]) -> list[Decision]:
    domains = {m.mention_id: website_key(m.website) for m in mentions}
    names = {m.mention_id: normalise_name(m.name) for m in mentions}
    countries = {m.mention_id: m.country for m in mentions}
    # A group refuses to join one whose websites all differ from its own.
    uf = ConstrainedGroups({mention: {"domain": domain} for mention, domain in domains.items()})
    reasons: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, list[str]] = defaultdict(list)

    by_domain: dict[str, list[str]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.mention_id):
        if domain := domains[m.mention_id]:
            by_domain[domain].append(m.mention_id)
    for domain, ids in by_domain.items():
        known = {countries[i] for i in ids if countries[i]}
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                # One website, two countries: a shared portal or a group of clusters; not one cluster.
                if len(known) > 1 and countries[a] != countries[b]:
                    continue
                uf.union(a, b)
                for mid in (a, b):
                    reasons[mid].add("domain")
                    evidence[mid].append(f"website {domain}")

    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.mention_id):
        if m.country and (name_key := names[m.mention_id]):
            by_name[(m.country, name_key)].append(m.mention_id)
    for (country, name), ids in sorted(by_name.items()):
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if uf.conflict(a, b, kinds=("domain",)) is not None:
                    continue  # same name, different websites: two clusters
                uf.union(a, b)
                for mid in (a, b):
                    reasons[mid].add("name+country")
                    evidence[mid].append(f"name '{name}' in {country}")

    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[uf.find(m.mention_id)].append(m)
    keyed_groups = sorted(
        ((_group_key(members, domains, names), members) for members in groups.values()),
        key=lambda pair: (pair[0], min(m.mention_id for m in pair[1])),
    )
    decisions = []
    seen: set[str] = set()
    for key, members in keyed_groups:
        if key in seen:
            # Two groups with the same strongest key (one website, two countries): the smallest
            # source key tells them apart, still without depending on row order.
            key = f"{key}|{min(m.mention_id for m in members)}"
        seen.add(key)
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
