"""Cluster management excellence labels as registries write them, mapped to GOLD, SILVER, BRONZE.

An explicit table: a wording that is not here is a parse problem (the record is quarantined and the
wording shows in its detail), never a guess.
"""

from __future__ import annotations

LABEL_WORDINGS: dict[str, str] = {level.lower(): level for level in ("GOLD", "SILVER", "BRONZE")} | {
    f"{prefix}{level.lower()}{suffix}": level
    for level in ("GOLD", "SILVER", "BRONZE")
    for prefix in ("", "esca ", "eucles ")
    for suffix in (" label", " label by esca", " cluster management excellence label")
}
