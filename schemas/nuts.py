"""NUTS regions, their boundaries and the correspondence between NUTS versions."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from schemas.checks import col, matches, not_blank

# NUTS codes: two letters of country (EU convention: EL, UK) and up to three characters of region.
NUTS_ID = r"^[A-Z]{2}[A-Z0-9]{0,3}$"
NUTS_COUNTRY = r"^[A-Z]{2}$"


def _level_matches_length(frame: pd.DataFrame) -> pd.Series:
    # NUTS-0 is the two-letter country, each level below adds one character.
    return frame["nuts_id"].str.len() == frame["level"] + 2


def _code_starts_with_country(frame: pd.DataFrame) -> pd.Series:
    return frame["nuts_id"].str[:2] == frame["country_code"]


NutsRegionSchema = pa.DataFrameSchema(
    name="nuts_region",
    columns={
        "nuts_id": col(matches(NUTS_ID), nullable=False),
        "level": col(pa.Check.isin([0, 1, 2, 3]), nullable=False),
        "country_code": col(matches(NUTS_COUNTRY), nullable=False),
        "name_latn": col(not_blank()),
    },
    metadata={"frame_check_columns": ["nuts_id", "level", "country_code"]},
    checks=[
        pa.Check(_level_matches_length, name="level_matches_code_length"),
        pa.Check(_code_starts_with_country, name="code_starts_with_country"),
    ],
)

NutsBoundarySchema = pa.DataFrameSchema(
    name="nuts_boundary",
    columns={
        "nuts_id": col(matches(NUTS_ID), nullable=False),
        "level": col(pa.Check.isin([0, 1, 2, 3]), nullable=False),
        "country_code": col(matches(NUTS_COUNTRY), nullable=False),
        "geometry": col(pa.Check.str_contains('"type":"(?:Multi)?Polygon"'), nullable=False),
    },
    metadata={"frame_check_columns": ["nuts_id", "level", "country_code"]},
    checks=[
        pa.Check(_level_matches_length, name="level_matches_code_length"),
        pa.Check(_code_starts_with_country, name="code_starts_with_country"),
    ],
)

NutsChangeSchema = pa.DataFrameSchema(
    name="nuts_change",
    columns={
        "from_version": col(pa.Check.isin([2003, 2006, 2010, 2013, 2016, 2021, 2024]), nullable=False),
        "to_version": col(pa.Check.isin([2006, 2010, 2013, 2016, 2021, 2024, 2027]), nullable=False),
        "code_from": col(matches(NUTS_ID)),
        "code_to": col(matches(NUTS_ID)),
    },
    metadata={"frame_check_columns": ["from_version", "to_version", "code_from", "code_to"]},
    checks=[
        pa.Check(lambda f: f["code_from"].notna() | f["code_to"].notna(), name="has_a_code"),
        pa.Check(lambda f: f["to_version"] > f["from_version"], name="versions_ascend"),
    ],
)
