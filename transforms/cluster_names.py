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
# Written with their dots removed and initials joined ("S.A." -> "sa", "sp. z o.o." -> "sp zoo").
LEGAL_FORMS = frozenset(
    {
        "ev",
        "gmbh",
        "ggmbh",
        "gmbh co kg",
        "co kg",
        "ag",
        "ug",
        "kg",
        "mbh",
        "eg",
        "verein",
        "asbl",
        "vzw",
        "vereniging",
        "association",
        "assoc",
        "asociacion",
        "asociatia",
        "associazione",
        "sa",
        "sas",
        "sarl",
        "sl",
        "slu",
        "srl",
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
        "os",
        "sp zoo",
        "zoo",
        "doo",
        "kft",
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
    words = join_initials(_NON_WORD.sub(" ", text).split())
    # Drop legal forms at the end (where they are written), one or two tokens long.
    changed = True
    while changed and words:
        changed = False
        for size in (4, 3, 2, 1):
            if len(words) > size and " ".join(words[-size:]) in LEGAL_FORMS:
                words = words[:-size]
                changed = True
                break
    return " ".join(words) or None


def join_initials(words: list[str]) -> list[str]:
    """'s a' -> 'sa', 'z o o' -> 'zoo': legal forms written with dots ("S.A.", "B.V.", "z o.o.")."""
    out: list[str] = []
    run = ""
    for word in words:
        if len(word) == 1:
            run += word
            continue
        if run:
            out.append(run)
            run = ""
        out.append(word)
    if run:
        out.append(run)
    return out


def bracketed_acronym(name: str | None) -> str | None:
    """'Silicon Saxony (SiSax)' -> 'SISAX'."""
    if not name:
        return None
    found = re.search(r"\(([A-Za-z0-9&\-]{2,15})\)", name)
    return found.group(1).upper() if found else None


# Hosts that many organisations share (social networks, site builders, regional agencies hosting
# several clusters): the host says nothing about identity there, the path might.
SHARED_HOSTS = frozenset(
    {
        "facebook.com",
        "linkedin.com",
        "twitter.com",
        "x.com",
        "instagram.com",
        "youtube.com",
        "xing.com",
        "sites.google.com",
        "google.com",
        "wordpress.com",
        "blogspot.com",
        "wixsite.com",
        "jimdo.com",
        "biz-up.at",
        "bayern-innovativ.de",
        "ecoplus.at",
        "clustercollaboration.eu",
    }
)


def website_key(url: str | None) -> str | None:
    """The part of a website that identifies an organisation: its domain, or domain and path on a
    shared host; None when there is nothing usable."""
    domain = website_domain(url)
    if domain is None or domain not in SHARED_HOSTS:
        return domain
    text = url.strip().lower() if url else ""
    path = urlsplit(text if "://" in text else "http://" + text).path.strip("/")
    return f"{domain}/{path}" if path else None


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
