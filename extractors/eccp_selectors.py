"""Every CSS selector the ECCP scraper uses, in one place.

When clustercollaboration.eu changes its Drupal theme, this is the one file to fix. The selectors
follow Drupal 9/10 conventions (``field--name-field-<machine name>``, ``views-row``, ``pager__item``)
as seen in stored copies of the site; TO CHECK against the live site when online: the machine names
of the member-count fields, the label field and the members list (see docs/sources/eccp.md).
"""

from __future__ import annotations

# Listing page /cluster-organisations?page=N
TEASER = "div.view-content div.views-row article.node--type-cluster-organisation"
TEASER_LINK = "h2.node__title a"
TEASER_CHANGED = "div.field--name-changed time"
PAGER_NEXT = "nav.pager li.pager__item--next a"
PAGER_LAST = "nav.pager li.pager__item--last a"

# Profile page /cluster-organisations/<slug>
PROFILE = "article.node--type-cluster-organisation.node--view-mode-full"
TITLE = "h1.page-title .field--name-title"
CHANGED = "div.field--name-changed time"


FIELD_CLASS_PREFIX = "field--name-"
FIELD_ITEM = "div.field__item"
FIELD_ITEM_CLASS = "field__item"
BODY_CLASS = "field--name-body"
CHANGED_CLASS = "field--name-changed"


def field_class(machine_name: str) -> str:
    """The class of a Drupal field wrapper, e.g. field--name-field-country."""
    return f"field--name-field-{machine_name}"


def field(machine_name: str) -> str:
    """CSS for the wrapper of a Drupal field."""
    return f"div.{field_class(machine_name)}"


# Single-valued fields: staging column (source column name) -> Drupal machine name.
SINGLE_FIELDS: dict[str, str] = {
    "acronym": "acronym",
    "country": "country",
    "region": "region",
    "city": "city",
    "address": "address",
    "number_of_members": "number-of-members",
    "number_of_smes": "number-of-smes",
    "number_of_research_organisations": "number-of-research-organisations",
    "number_of_universities": "number-of-universities",
    "year_founded": "year-founded",
    "cluster_label": "cluster-label",
    "label_valid_until": "label-valid-until",
    "contact_organisation": "contact-organisation",
}
# Multi-valued fields (joined with " | " in staging, split again in core).
MULTI_FIELDS: dict[str, str] = {
    "sectors": "sectors",
    "industrial_ecosystems": "industrial-ecosystems",
    "s3_areas": "s3-areas",
}
WEBSITE = "website"
MEMBERS = "members"

# Every field wrapper class the parser reads (or knowingly ignores); any other is reported as new.
IGNORED_FIELD_CLASSES = frozenset({"field--name-title", "field--name-field-logo", "field--name-og-audience"})
KNOWN_FIELD_CLASSES = frozenset(
    {field_class(m) for m in (*SINGLE_FIELDS.values(), *MULTI_FIELDS.values(), WEBSITE, MEMBERS)}
    | {BODY_CLASS, CHANGED_CLASS}
    | IGNORED_FIELD_CLASSES
)
