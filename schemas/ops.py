"""EPO OPS publications: numbers, applicants and classification symbols as the search answers give them."""

from __future__ import annotations

import pandera.pandas as pa

from schemas.checks import ISO2, col, matches, not_blank

# DOCDB publication number: office, number, kind (EP3456789A1, WO2023156789A1).
PUBLICATION_NUMBER = r"^[A-Z]{2}[0-9A-Z]{1,15}[A-Z][0-9]?$"
KIND = r"^[A-Z][0-9]?$"
# Compact IPC/CPC symbol (B25J9/1697); a symbol OPS sent in another form is kept and reported here.
SYMBOL = r"^[A-HY][0-9]{2}[A-Z][0-9]{1,4}/[0-9]{1,6}$"

OpsPublicationSchema = pa.DataFrameSchema(
    name="publication",
    columns={
        "publication_number": col(matches(PUBLICATION_NUMBER), nullable=False),
        "country": col(matches(ISO2), nullable=False),
        "kind": col(matches(KIND), nullable=False),
        "searched_applicant": col(not_blank(), nullable=False),
    },
)

OpsApplicantSchema = pa.DataFrameSchema(
    name="publication_applicant",
    columns={
        "publication_number": col(matches(PUBLICATION_NUMBER), nullable=False),
        "applicant_sequence": col(pa.Check.ge(1), nullable=False),
        "country": col(matches(ISO2)),
    },
)

OpsClassSchema = pa.DataFrameSchema(
    name="publication_class",
    columns={
        "publication_number": col(matches(PUBLICATION_NUMBER), nullable=False),
        "scheme": col(pa.Check.isin(["cpc", "ipc"]), nullable=False),
        "symbol": col(matches(SYMBOL), nullable=False),
    },
)
