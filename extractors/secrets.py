"""Where secrets come from: the environment first, then an Airflow connection. Nowhere else.

Read at the moment of use, passed to the HTTP client as ``secret_headers`` (never archived, never
logged), and never kept in settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping


def airflow_connection(conn_id: str) -> tuple[str | None, str | None] | None:
    """(login, password) of an Airflow connection, or None when Airflow or the connection is absent."""
    try:
        # Imported here: Airflow is heavy (seconds) and only needed when the environment has no secret.
        from airflow.sdk import BaseHook
        from airflow.sdk.exceptions import AirflowNotFoundException
    except ImportError:
        return None
    try:
        connection = BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        return None
    return connection.login, connection.password


def missing_credentials(
    read: Callable[[Mapping[str, str]], object], settings_env: Mapping[str, str] | None
) -> str | None:
    """Why ``read`` finds no credentials (its HttpAuthError message), or None when it finds them.
    The run's ``LANDSCAPE_*`` settings win over the process environment, as when the source runs."""
    from extractors.errors import HttpAuthError

    try:
        read({**os.environ, **(settings_env or {})})
    except HttpAuthError as exc:
        return str(exc)
    return None
