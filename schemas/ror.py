"""ROR organisations and what hangs off them: names, external ids, relationships (schema v2.1)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from schemas.checks import ISO2, col, matches, not_blank, one_of

# "0", six Crockford base32 characters (no i, l, o, u), two ISO 7064 check digits: 00pjdza24.
ROR_ID = r"^0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$"
ROR_URL = r"^https://ror\.org/0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$"
STATUSES = frozenset({"active", "inactive", "withdrawn"})
TYPES = frozenset(
    {"education", "funder", "healthcare", "company", "archive", "nonprofit", "government", "facility", "other"}
)
NAME_KINDS = frozenset({"ror_display", "label", "alias", "acronym"})
RELATIONSHIPS = frozenset({"parent", "child", "related", "predecessor", "successor"})
# What each external id looks like; ISNIs are written in four groups with spaces, as ROR does.
ID_FORMATS: dict[str, str] = {
    "fundref": r"^[0-9]+$",
    "grid": r"^grid\.[0-9]+\.[0-9a-z]+$",
    "isni": r"^[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{3}[0-9X]$",
    "wikidata": r"^Q[1-9][0-9]*$",
}
# The EU writes Greece EL and the United Kingdom UK; ROR uses ISO (GR, GB), so either is a wrong code.
EU_ONLY_CODES = frozenset({"EL", "UK"})


def _all_known_types(types: pd.Series) -> pd.Series:
    return types.map(lambda joined: all(t in TYPES for t in str(joined).split(";")))


def _value_fits_its_type(df: pd.DataFrame) -> pd.Series:
    fits = pd.Series(True, index=df.index)
    for kind, pattern in ID_FORMATS.items():
        of_kind = df["id_type"] == kind
        fits &= ~of_kind | df["id_value"].astype("string").str.fullmatch(pattern).fillna(False).astype(bool)
    return fits


RorOrganisationSchema = pa.DataFrameSchema(
    name="ror_organisation",
    columns={
        "ror_id": col(matches(ROR_ID), nullable=False),
        "ror_url": col(matches(ROR_URL), nullable=False),
        "name": col(not_blank(), nullable=False),
        "status": col(one_of(STATUSES), nullable=False),
        "types": col(pa.Check(_all_known_types, element_wise=False, name="known_types")),
        "established": col(pa.Check.in_range(1, 2100)),
        # ROR's schema requires a location; the country is what identity matching leans on.
        "country": col(matches(ISO2), pa.Check.notin(sorted(EU_ONLY_CODES)), nullable=False),
        "latitude": col(pa.Check.in_range(-90, 90)),
        "longitude": col(pa.Check.in_range(-180, 180)),
        "wikidata": col(matches(ID_FORMATS["wikidata"])),
        "isni": col(matches(ID_FORMATS["isni"])),
        "fundref": col(matches(ID_FORMATS["fundref"])),
        "grid": col(matches(ID_FORMATS["grid"])),
        "last_modified": col(nullable=False),
    },
)

RorNameSchema = pa.DataFrameSchema(
    name="ror_name",
    columns={
        "ror_id": col(matches(ROR_ID), nullable=False),
        "name": col(not_blank(), nullable=False),
        "kind": col(one_of(NAME_KINDS), nullable=False),
        # ISO 639-1 codes; empty for most acronyms and for transliterations.
        "lang": col(matches(r"^[a-z]{2,3}$")),
    },
)

RorExternalIdSchema = pa.DataFrameSchema(
    name="ror_external_id",
    columns={
        "ror_id": col(matches(ROR_ID), nullable=False),
        "id_type": col(one_of(frozenset(ID_FORMATS)), nullable=False),
        "id_value": col(not_blank(), nullable=False),
        "preferred": col(nullable=False),
    },
    metadata={"frame_check_columns": ["id_type", "id_value"]},
    checks=[pa.Check(_value_fits_its_type, name="id_value_fits_id_type")],
)

RorRelationshipSchema = pa.DataFrameSchema(
    name="ror_relationship",
    columns={
        "ror_id": col(matches(ROR_ID), nullable=False),
        "related_ror_id": col(matches(ROR_ID), nullable=False),
        "relationship": col(one_of(RELATIONSHIPS), nullable=False),
        "related_label": col(),
    },
)
