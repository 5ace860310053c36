"""Stable canonical organisation ids across refreshes, and the merges and splits between them.

Matching is recomputed on every build, so groups can change: a new spelling links two organisations
(a merge), a curator separates two (a split). Ids must not be renumbered by that. Each group inherits
the previous id most of its mentions had; an id claimed by several groups stays with the group holding
most of its former mentions (the rest were split off); a group that inherits several ids keeps the one
with most mentions (the others were merged into it). Only a group with no history gets a new id, made
from its smallest mention key, so the same first build always gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

PREFIX = "corg"

MERGED, SPLIT, RETIRED, CREATED = "merged", "split", "retired", "created"


@dataclass(frozen=True)
class IdEvent:
    event: str  # created | merged | split | retired
    org_id: str  # the id the event is about (created, split off, retired; for merged: the id that lives on)
    other_org_id: str | None  # merged: the id merged away; split: the id it was split from
    mentions: int  # mentions concerned


def new_id(smallest_key: str) -> str:
    return f"{PREFIX}_{hashlib.sha256(smallest_key.encode()).hexdigest()[:16]}"


def assign_ids(groups: Mapping[str, list[str]], previous: Mapping[str, str]) -> tuple[dict[str, str], list[IdEvent]]:
    """``groups``: root → member mention keys; ``previous``: mention key → its id in the last build.
    Returns mention key → id, and what happened to ids since."""
    claims: dict[str, Counter[str]] = {}  # previous id → group root → members it had
    for root, members in groups.items():
        for key in members:
            old = previous.get(key)
            if old is not None:
                claims.setdefault(old, Counter())[root] += 1
    owner = {old: min(c.items(), key=lambda rc: (-rc[1], rc[0]))[0] for old, c in claims.items()}
    won: dict[str, list[str]] = {}
    for old, root in owner.items():
        won.setdefault(root, []).append(old)

    ids: dict[str, str] = {}
    group_id: dict[str, str] = {}
    events: list[IdEvent] = []
    taken = set(owner)
    for root in sorted(groups):
        members = groups[root]
        inherited = sorted(won.get(root, []), key=lambda old: (-claims[old][root], old))
        if inherited:
            chosen = inherited[0]
            for other in inherited[1:]:
                events.append(IdEvent(MERGED, chosen, other, claims[other][root]))
        else:
            chosen = new_id(min(members))
            while chosen in taken:  # an id of the past that now belongs to someone else
                chosen = new_id(chosen)
            taken.add(chosen)
            origins = Counter(previous[k] for k in members if k in previous)
            if origins:
                source, count = min(origins.items(), key=lambda oc: (-oc[1], oc[0]))
                events.append(IdEvent(SPLIT, chosen, source, count))
            else:
                events.append(IdEvent(CREATED, chosen, None, len(members)))
        group_id[root] = chosen
        for key in members:
            ids[key] = chosen
    alive = set(group_id.values())
    for old in sorted(set(previous.values()) - alive - {e.other_org_id for e in events if e.event == MERGED}):
        events.append(IdEvent(RETIRED, old, None, sum(1 for v in previous.values() if v == old)))
    return ids, events
