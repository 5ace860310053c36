"""A cluster organisation as a registry lists it (ECCP profile, ESCA label list, national registry).

Registries publish different subsets of fields: the name and the country are required everywhere;
the rest is checked where a registry provides it (``required=False``).
"""

from __future__ import annotations

import pandera.pandas as pa

from schemas.checks import ISO2, col, matches, not_blank, one_of

LABELS = frozenset({"GOLD", "SILVER", "BRONZE"})


def optional(*checks: pa.Check) -> pa.Column:
    return col(*checks, required=False)


ClusterSchema = pa.DataFrameSchema(
    name="cluster",
    columns={
        "name": col(not_blank(), nullable=False),
        "country": col(matches(ISO2), nullable=False),
        "website": optional(matches(r"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]+$")),
        "members_count": optional(pa.Check.in_range(0, 100_000)),
        "smes_count": optional(pa.Check.in_range(0, 100_000)),
        "research_organisations_count": optional(pa.Check.in_range(0, 100_000)),
        "universities_count": optional(pa.Check.in_range(0, 100_000)),
        "year_founded": optional(pa.Check.in_range(1800, 2100)),
        "label": optional(one_of(LABELS)),
    },
)
