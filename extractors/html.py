"""Strict BeautifulSoup helpers: a selector that finds nothing, or more than it should, fails loudly.

Scraped sites change their markup without notice. A scraper that quietly returns empty fields after a
redesign produces a half-empty landscape; these helpers turn a surprise into an error that names the
selector, so a layout change is found on the first run and fixed in one place.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Tag

from extractors.errors import LayoutChanged

_SPACES = re.compile(r"[ \t\r\f\v]+")


def parse(html: bytes | str) -> BeautifulSoup:
    soup = BeautifulSoup(html, "html.parser")
    # Drupal theme-debug comments wrap every template; they are noise, never content.
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    return soup


def one(node: Tag, css: str, *, where: str) -> Tag:
    """Exactly one match, else LayoutChanged naming the selector and the page."""
    found = node.select(css)
    if len(found) != 1:
        raise LayoutChanged(f"{where}: selector {css!r} matched {len(found)} elements, expected exactly one")
    return found[0]


def optional(node: Tag, css: str, *, where: str) -> Tag | None:
    """At most one match (a field a page may leave out)."""
    found = node.select(css)
    if len(found) > 1:
        raise LayoutChanged(f"{where}: selector {css!r} matched {len(found)} elements, expected at most one")
    return found[0] if found else None


def many(node: Tag, css: str, *, where: str, at_least: int = 1) -> list[Tag]:
    found = node.select(css)
    if len(found) < at_least:
        raise LayoutChanged(f"{where}: selector {css!r} matched {len(found)} elements, expected {at_least} or more")
    return list(found)


def text(node: Tag | None) -> str | None:
    """Visible text with runs of spaces squashed and <br> kept as a newline; None when empty."""
    if node is None:
        return None
    for br in node.find_all("br"):
        br.replace_with("\n")
    lines = [_SPACES.sub(" ", line).strip() for line in node.get_text().split("\n")]
    joined = "\n".join(line for line in lines if line)
    return joined or None
