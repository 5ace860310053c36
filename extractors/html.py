"""Strict BeautifulSoup helpers: a selector that finds nothing, or more than it should, fails loudly.

Scraped sites change their markup without notice. A scraper that quietly returns empty fields after a
redesign produces a half-empty landscape; these helpers turn a surprise into an error that names the
selector, so a layout change is found on the first run and fixed in one place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractors.errors import LayoutChanged

if TYPE_CHECKING:
    # bs4 is imported when a page is parsed, not when DAG files import the source registry.
    from bs4 import BeautifulSoup, Tag

_SPACES = re.compile(r"[ \t\r\f\v]+")


def parse(html: bytes | str) -> BeautifulSoup:
    from bs4 import BeautifulSoup

    # lxml: about twice as fast as html.parser on Drupal pages. Drupal's theme-debug comments need
    # no stripping: text extraction (get_text) skips comments.
    return BeautifulSoup(html, "lxml")


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


def index_by_class(node: Tag, prefix: str) -> dict[str, list[Tag]]:
    """Every element under ``node`` with a class starting with ``prefix``, by that class, in one pass.

    Looking up twenty fields with twenty CSS selections walks the page twenty times; a page of a
    scraped site is read once this way."""
    found: dict[str, list[Tag]] = {}
    for element in node.find_all(class_=lambda c: c is not None and c.startswith(prefix)):
        for cls in element.get_attribute_list("class"):
            if cls and cls.startswith(prefix):
                found.setdefault(cls, []).append(element)
    return found


def text(node: Tag | None) -> str | None:
    """Visible text with runs of spaces squashed and <br> kept as a newline; None when empty."""
    if node is None:
        return None
    for br in node.find_all("br"):
        br.replace_with("\n")
    lines = [_SPACES.sub(" ", line).strip() for line in node.get_text().split("\n")]
    joined = "\n".join(line for line in lines if line)
    return joined or None
