"""A project's classification in a field-of-science vocabulary (EuroSciVoc for CORDIS)."""

from __future__ import annotations

import pandera.pandas as pa

from schemas.checks import PROJECT_ID, col, matches, not_blank

FieldOfScienceSchema = pa.DataFrameSchema(
    name="field_of_science",
    columns={
        "project_id": col(matches(PROJECT_ID), nullable=False),
        "code": col(matches(r"^(/[0-9]+)+$"), nullable=False),
        "path": col(matches(r"^/.+"), nullable=False),
        "title": col(not_blank(), nullable=False),
        "description": col(),
    },
)
