"""OECD REGPAT rows: applicants' regions and IPC classes of EPO applications."""

from __future__ import annotations

import pandera.pandas as pa

from schemas.checks import col, matches

RegpatApplicantRegionSchema = pa.DataFrameSchema(
    name="regpat_applicant_region",
    columns={
        "appln_id": col(matches(r"^[0-9]+$"), nullable=False),
        # Applicants REGPAT could not place have no region; they still count for their country.
        "reg_code": col(matches(r"^[A-Z]{2}[A-Z0-9]{0,6}$")),
        "ctry_code": col(matches(r"^[A-Z]{2}$"), nullable=False),
        "reg_share": col(pa.Check.in_range(0, 1)),
        "app_share": col(pa.Check.in_range(0, 1)),
    },
)

RegpatIpcSchema = pa.DataFrameSchema(
    name="regpat_ipc",
    columns={
        "appln_id": col(matches(r"^[0-9]+$"), nullable=False),
        "ipc": col(matches(r"^[A-H][0-9]{2}[A-Z]"), nullable=False),
        "prio_year": col(pa.Check.in_range(1950, 2100)),
    },
)
