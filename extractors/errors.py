"""The two exception levels at a source boundary.

A *bad record* is quarantined and the run goes on; an *unusable source* stops that source, and the
last good staging and warehouse stay published. Nothing in between: no fallback data.
"""

from __future__ import annotations


class SourceUnusable(Exception):
    """The source cannot be ingested as a whole (auth refused, gone, layout changed, retries spent)."""


class HttpAuthError(SourceUnusable):
    """401/403: credentials missing or refused. Retrying will not help."""


class HttpNotFound(SourceUnusable):
    """404/410: the URL is gone, most likely the publisher moved the file."""


class RetriesExhausted(SourceUnusable):
    """Transient failures (connection errors, 429, 5xx) outlasted every retry."""


class DownloadIncomplete(SourceUnusable):
    """The body does not match its Content-Length, or exceeds the configured maximum size."""


class RobotsDisallowed(SourceUnusable):
    """robots.txt of the host forbids the path; we never fetch it."""


class LayoutChanged(SourceUnusable):
    """The file no longer has the columns or members we know how to read."""
