"""Country codes: the EU's own convention versus ISO 3166-1 alpha-2.

EU institutions (CORDIS, Eurostat, TERCET) write Greece as ``EL`` and the United Kingdom as ``UK``;
ISO and everyone else write ``GR`` and ``GB``. Kosovo has no ISO code; ``XK`` is the user-assigned
code used by the EU and kept as is. Core tables carry ISO codes and keep the source's code beside them.
"""

from __future__ import annotations

EU_TO_ISO: dict[str, str] = {"EL": "GR", "UK": "GB"}


def to_iso(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip().upper()
    return EU_TO_ISO.get(code, code) or None


def to_iso_sql(expr: str) -> str:
    """The same mapping as a SQL expression, generated from the one table above."""
    cases = " ".join(f"when '{eu}' then '{iso}'" for eu, iso in EU_TO_ISO.items())
    return f"(case upper({expr}) {cases} else upper({expr}) end)"
