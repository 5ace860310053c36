"""A cluster's member organisation, as named by the registry (linked to organisations later)."""

from __future__ import annotations

import pandera.pandas as pa

from schemas.checks import col, not_blank

MembershipSchema = pa.DataFrameSchema(
    name="membership",
    columns={
        "member_name": col(not_blank(), nullable=False),
        "position": col(pa.Check.ge(1)),
    },
)
