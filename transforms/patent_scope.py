"""Which patents the landscape keeps: by default those with at least one holder located in Europe.

Europe here is what European cluster policy looks at: the EU-27, the EEA/EFTA countries, the United
Kingdom, Switzerland and the candidate and potential candidate countries. ``LANDSCAPE_PATENT_SCOPE=all``
keeps every patent.
"""

from __future__ import annotations

EU27 = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
EEA_EFTA_UK_CH = frozenset(["IS", "LI", "NO", "CH", "GB"])
CANDIDATES = frozenset(["AL", "BA", "GE", "MD", "ME", "MK", "RS", "TR", "UA", "XK"])
EUROPE = EU27 | EEA_EFTA_UK_CH | CANDIDATES

SCOPES = ("europe", "all")


def scope_countries(scope: str) -> frozenset[str] | None:
    """Countries kept, or None for every country."""
    if scope not in SCOPES:
        raise ValueError(f"LANDSCAPE_PATENT_SCOPE must be one of {SCOPES}, got {scope!r}")
    return EUROPE if scope == "europe" else None
