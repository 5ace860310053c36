"""Assets that connect the Cluster Landscape DAGs (one staging asset per source, then warehouse and release)."""

from __future__ import annotations

from airflow.sdk import Asset

from extractors.registry import names

STAGING: dict[str, Asset] = {
    name: Asset(name=f"staging_{name}", uri=f"landscape://staging/{name}", group="staging") for name in names()
}
WAREHOUSE = Asset(name="warehouse", uri="landscape://warehouse/landscape", group="warehouse")
RELEASE = Asset(name="release", uri="landscape://releases/latest", group="release")
