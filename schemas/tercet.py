"""TERCET rows: one postcode in one NUTS-3 region of one country's file."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from schemas.checks import ISO2, col, matches, not_blank

NUTS3 = r"^[A-Z]{2}[A-Z0-9]{3}$"


def _nuts3_in_file_country(df: pd.DataFrame) -> pd.Series:
    # NUTS codes start with the EU-convention country code (EL for Greece), as the file name does;
    # a region of another country in a country's file is a wrong row, not a cross-border postcode.
    return df["nuts3"].str.slice(0, 2) == df["country_source"]


TercetPostcodeSchema = pa.DataFrameSchema(
    name="tercet_postcode",
    columns={
        "nuts3": col(matches(NUTS3), nullable=False),
        "postcode": col(not_blank(), nullable=False),
        "country": col(matches(ISO2), nullable=False),
        "country_source": col(matches(ISO2), nullable=False),
        "nuts_version": col(pa.Check.in_range(2003, 2100), nullable=False),
    },
    metadata={"frame_check_columns": ["nuts3", "country_source"]},
    checks=[pa.Check(_nuts3_in_file_country, name="nuts3_in_file_country")],
)
