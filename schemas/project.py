"""A research or innovation project (one grant agreement), whatever programme database it came from."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from schemas.checks import PROJECT_ID, col, matches, not_blank, one_of

FRAMEWORK_PROGRAMMES = frozenset({"FP7", "H2020", "HORIZON"})
STATUSES = frozenset({"SIGNED", "CLOSED", "TERMINATED"})


def _ends_after_start(df: pd.DataFrame) -> pd.Series:
    return df["end_date"].isna() | df["start_date"].isna() | (df["end_date"] >= df["start_date"])


ProjectSchema = pa.DataFrameSchema(
    name="project",
    columns={
        "project_id": col(matches(PROJECT_ID), nullable=False),
        "acronym": col(),
        "status": col(one_of(STATUSES), nullable=False),
        "title": col(not_blank(), nullable=False),
        "start_date": col(),
        "end_date": col(),
        "total_cost": col(pa.Check.ge(0)),
        "ec_max_contribution": col(pa.Check.ge(0)),
        "legal_basis": col(),
        "topics": col(),
        "ec_signature_date": col(),
        "framework_programme": col(one_of(FRAMEWORK_PROGRAMMES), nullable=False),
        "master_call": col(),
        "sub_call": col(),
        "funding_scheme": col(),
        "objective": col(),
        "content_updated_at": col(),
        "rcn": col(matches(r"^[0-9]+$")),
        "grant_doi": col(matches(r"^10\.[0-9]+/.+$")),
    },
    metadata={"frame_check_columns": ["start_date", "end_date"]},
    checks=[pa.Check(_ends_after_start, name="end_date_not_before_start_date")],
)
