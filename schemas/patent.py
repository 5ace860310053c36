"""Patents and what hangs off them: holders (assignees/applicants), their locations, classes."""

from __future__ import annotations

import pandera.pandas as pa

from schemas.checks import col, matches, not_blank, one_of

# US patent numbers are text: utility numbers, D design, RE reissue, PP plant, H SIR, T defensive.
PATENT_ID = r"^(?:[0-9]{5,8}|D[0-9]{5,7}|RE[0-9]{4,6}|PP[0-9]{4,6}|H[0-9]{4,6}|T[0-9]{5,7})$"
PATENT_TYPES = frozenset(
    {"utility", "design", "plant", "reissue", "defensive publication", "statutory invention registration"}
)
# PatentsView assignee_type codes; 1x are part-interest variants of the same kinds.
ASSIGNEE_TYPES = frozenset({"1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "13", "14", "15", "16", "17"})

PatentSchema = pa.DataFrameSchema(
    name="patent",
    columns={
        "patent_id": col(matches(PATENT_ID), nullable=False),
        "patent_type": col(one_of(PATENT_TYPES), nullable=False),
        "patent_date": col(nullable=False),
        "title": col(not_blank()),
        "num_claims": col(pa.Check.in_range(0, 2000)),
    },
)

PatentAssigneeSchema = pa.DataFrameSchema(
    name="patent_assignee",
    columns={
        "patent_id": col(matches(PATENT_ID), nullable=False),
        "assignee_sequence": col(pa.Check.ge(0), nullable=False),
        "assignee_type": col(one_of(ASSIGNEE_TYPES)),
    },
)

PatentLocationSchema = pa.DataFrameSchema(
    name="patent_location",
    columns={
        "location_id": col(not_blank(), nullable=False),
        "country": col(matches(r"^[A-Z]{2}$")),
        "latitude": col(pa.Check.in_range(-90, 90)),
        "longitude": col(pa.Check.in_range(-180, 180)),
    },
)

PatentCpcSchema = pa.DataFrameSchema(
    name="patent_cpc",
    columns={
        "patent_id": col(matches(PATENT_ID), nullable=False),
        "cpc_sequence": col(pa.Check.ge(0), nullable=False),
        "cpc_section": col(matches(r"^[A-HY]$"), nullable=False),
        "cpc_subclass": col(matches(r"^[A-HY][0-9]{2}[A-Z]$"), nullable=False),
        "cpc_group": col(matches(r"^[A-HY][0-9]{2}[A-Z][0-9]{1,4}/[0-9]{2,6}$"), nullable=False),
        "cpc_type": col(one_of(frozenset({"inventional", "additional"}))),
    },
)
