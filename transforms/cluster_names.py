"""Normalising cluster names and websites so the same cluster is recognised across registries.

Registries write one cluster as "Silicon Saxony e.V.", "Silicon Saxony", "SILICON SAXONY (SiSax)" or
"Pôle Véhicule du Futur" / "Pole Vehicule du Futur"; and its website as "http://www.x.de/",
"https://x.de" or "x.de". These pure functions reduce both to comparable keys.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

# Legal forms and association words that registries add or drop at will. Lower case, accents removed.
LEGAL_FORMS = frozenset(
    {
        "ev",
        "e v",
        "gmbh",
        "ggmbh",
        "ag",
        "ug",
        "kg",
        "mbh",
        "asbl",
        "vzw",
        "vereniging",
        "association",
        "assoc",
        "sa",
        "sas",
        "sarl",
        "sl",
        "slu",
        "srl",
        "s r l",
        "spa",
        "scrl",
        "oy",
        "ry",
        "ab",
        "as",
        "aps",
        "ltd",
        "limited",
        "plc",
        "cic",
        "bv",
        "nv",
        "zs",
        "z s",
        "o s",
        "sp z o o",
        "z o o",
        "doo",
        "d o o",
        "kft",
        "ev.",
        "eg",
        "verein",
        "asociacion",
        "asociatia",
        "associazione",
        "stowarzyszenie",
        "zdruzenje",
    }
)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def normalise_name(name: str | None) -> str | None:
    """Lower case, no accents, no bracketed acronym, no legal form, single spaces."""
    if not name:
        return None
    text = _BRACKETS.sub(" ", strip_accents(name).lower())
    words = _NON_WORD.sub(" ", text).split()
    # Drop legal forms at the end (where they are written), one or two tokens long.
    changed = True
    while changed and words:
        changed = False
        for size in (3, 2, 1):
            if len(words) > size and " ".join(words[-size:]) in LEGAL_FORMS:
                words = words[:-size]
                changed = True
                break
    return " ".join(words) or None


def bracketed_acronym(name: str | None) -> str | None:
    """'Silicon Saxony (SiSax)' -> 'SISAX'."""
    if not name:
        return None
    found = re.search(r"\(([A-Za-z0-9&\-]{2,15})\)", name)
    return found.group(1).upper() if found else None


def website_domain(url: str | None) -> str | None:
    """'http://www.x.de/en/' -> 'x.de'. None when there is no plausible host."""
    if not url or not url.strip():
        return None
    text = url.strip().lower()
    if "://" not in text:
        text = "http://" + text
    host = (urlsplit(text).hostname or "").strip(".")
    host = host.removeprefix("www.")
    return host if "." in host else None
