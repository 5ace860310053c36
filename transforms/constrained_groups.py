"""Union-find whose groups refuse to join when what must be unique per group would disagree.

Transitive merging is where entity resolution goes wrong: A~B by name and B~C by name must not put A
and C together when A and C carry different registry ids (two ROR ids, two websites) or a person said
they are different. Each item brings its exclusive values per kind; a group keeps the union of its
members' values, and two groups join only if, for every kind, one of them has no value or they share
one. Cannot-links (judged "not the same") are checked group against group the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class ConstrainedGroups:
    def __init__(self, exclusive: Mapping[str, Mapping[str, str | None]]) -> None:
        """``exclusive[item][kind]`` is the item's value of that kind (None when it has none)."""
        self.parent = {item: item for item in exclusive}
        self.values: dict[str, dict[str, set[str]]] = {
            item: {kind: {value} for kind, value in kinds.items() if value} for item, kinds in exclusive.items()
        }
        self.members: dict[str, set[str]] = {item: {item} for item in exclusive}
        self.cannot: dict[str, set[str]] = {}

    def forbid(self, a: str, b: str) -> None:
        """``a`` and ``b`` must never end in one group (a human said so)."""
        self.cannot.setdefault(a, set()).add(b)
        self.cannot.setdefault(b, set()).add(a)

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def conflict(self, a: str, b: str, kinds: Iterable[str] | None = None) -> str | None:
        """Why the groups of ``a`` and ``b`` cannot join (a kind, or "judged_not_same"), else None."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        va, vb = self.values[ra], self.values[rb]
        for kind in kinds if kinds is not None else set(va) & set(vb):
            if va.get(kind) and vb.get(kind) and not va[kind] & vb[kind]:
                return kind
        small, large = sorted((ra, rb), key=lambda r: len(self.members[r]))
        if any(self.cannot.get(m, set()) & self.members[large] for m in self.members[small]):
            return "judged_not_same"
        return None

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        for kind, values in self.values.pop(drop).items():
            self.values[keep].setdefault(kind, set()).update(values)
        self.members[keep] |= self.members.pop(drop)

    def groups(self) -> dict[str, list[str]]:
        """Root → sorted members."""
        result: dict[str, list[str]] = {}
        for item in self.parent:
            result.setdefault(self.find(item), []).append(item)
        return {root: sorted(items) for root, items in result.items()}
