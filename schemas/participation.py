"""An organisation's participation in a project (one row per project, organisation and role)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from schemas.checks import ISO2, NUTS, PIC, PROJECT_ID, col, matches, not_blank, one_of

ROLES = frozenset({"coordinator", "participant", "thirdParty", "partner", "associatedPartner", "internationalPartner"})
# HES higher/secondary education, PRC private for-profit, REC research organisation, PUB public body,
# OTH other.
ACTIVITY_TYPES = frozenset({"HES", "PRC", "REC", "PUB", "OTH"})


def _nuts_in_country(df: pd.DataFrame) -> pd.Series:
    # NUTS codes start with the EU-convention country code (EL..., UK...), so compare with the
    # source's code, not the ISO one.
    prefix = df["nuts_code"].str.slice(0, 2)
    return df["nuts_code"].isna() | df["country_code"].isna() | (prefix == df["country_code"])


ParticipationSchema = pa.DataFrameSchema(
    name="participation",
    columns={
        "project_id": col(matches(PROJECT_ID), nullable=False),
        "organisation_id": col(matches(PIC)),
        "vat_number": col(matches(r"^[A-Z]{2}[A-Z0-9]{2,14}$")),
        "name": col(not_blank(), nullable=False),
        "short_name": col(),
        "is_sme": col(),
        "activity_type": col(one_of(ACTIVITY_TYPES)),
        "street": col(),
        "post_code": col(),
        "city": col(),
        "country_code": col(matches(ISO2)),
        "country": col(matches(ISO2)),
        "nuts_code": col(matches(NUTS)),
        "latitude": col(pa.Check.in_range(-90, 90)),
        "longitude": col(pa.Check.in_range(-180, 180)),
        "organisation_url": col(),
        "content_updated_at": col(),
        "organisation_rcn": col(matches(r"^[0-9]+$")),
        "participant_order": col(pa.Check.ge(1)),
        "role": col(one_of(ROLES), nullable=False),
        "ec_contribution": col(pa.Check.ge(0)),
        "net_ec_contribution": col(pa.Check.ge(0)),
        "total_cost": col(pa.Check.ge(0)),
        "end_of_participation": col(),
        "active": col(),
    },
    metadata={"frame_check_columns": ["nuts_code", "country_code"]},
    checks=[pa.Check(_nuts_in_country, name="nuts_code_in_country")],
)
