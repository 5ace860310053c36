"""core.point_regions: the NUTS-3 (2024) region each coordinate pair of the sources falls in.

Point-in-polygon is the one placement step SQL cannot do here (DuckDB's spatial extension needs a
download), so the build does it in Python with shapely before the SQL models run; the models then
join on (latitude, longitude). Every distinct pair is placed once.

What a point can be, and why each case is kept rather than guessed away:
- inside exactly one region: placed; ``distance_to_border`` (degrees) says how close to the edge it
  is, because the boundaries are low resolution (1:60 million by default) and a point a few hundred
  metres from an edge may really lie on the other side;
- on a border shared by two regions (``covers`` both): not placed at NUTS-3, the candidates kept;
- in no region: at sea, outside the NUTS area, or swapped latitude/longitude (``region_count`` 0).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

import duckdb

from warehouse.column_docs import comment_table

log = logging.getLogger("landscape.build")

# Coordinates the sources publish, one select per source, as (latitude, longitude).
POINTS_SQL = """
select latitude, longitude from staging.stg_cordis__participations
where latitude is not null and longitude is not null
union
select latitude, longitude from staging.stg_ror__organisations
where latitude is not null and longitude is not null
"""

COMMENTS = {
    "": "NUTS-3 (2024) region of every coordinate pair the sources publish (point in polygon on the GISCO "
    "boundaries); a point on a shared border or outside every region is kept unplaced.",
    "latitude": "Latitude as published (WGS84).",
    "longitude": "Longitude as published (WGS84).",
    "nuts3": "The NUTS-3 (2024) region containing the point; empty on a border or outside every region.",
    "country_code": "NUTS country code (EU convention: EL, UK) of the region(s) at the point.",
    "region_count": "How many regions cover the point: 1 inside, 2 or more on a shared border, 0 outside.",
    "candidates": "Every region covering the point (two or more on a border).",
    "distance_to_border": "Distance from the point to its region's boundary, in degrees (~111 km per degree "
    "of latitude): small values are uncertain at this boundary resolution.",
}


@dataclass(frozen=True)
class Region:
    nuts_id: str
    country_code: str
    shape: object  # shapely geometry


def place_points(con: duckdb.DuckDBPyConnection) -> int:
    """Write core.point_regions; returns the number of distinct points placed or not."""
    import pyarrow as pa
    import shapely
    from shapely.geometry import shape

    regions = [
        Region(nuts_id, country, shape(json.loads(geometry)))
        for nuts_id, country, geometry in con.execute(
            "select nuts_id, country_code, geometry from staging.stg_nuts__boundaries where level = 3 order by nuts_id"
        ).fetchall()
    ]
    points = con.execute(f"select distinct latitude, longitude from ({POINTS_SQL})").fetchall()
    columns: dict[str, list[object]] = {name: [] for name in COMMENTS if name}
    tree = shapely.STRtree([r.shape for r in regions]) if regions else None
    geometries = shapely.points([(lon, lat) for lat, lon in points]) if points else []
    for (lat, lon), point in zip(points, geometries, strict=True):
        covering = [regions[i] for i in tree.query(point, predicate="covered_by")] if tree is not None else []
        covering.sort(key=lambda r: r.nuts_id)
        only = covering[0] if len(covering) == 1 else None
        columns["latitude"].append(lat)
        columns["longitude"].append(lon)
        columns["nuts3"].append(only.nuts_id if only else None)
        columns["country_code"].append(covering[0].country_code if covering else None)
        columns["region_count"].append(len(covering))
        columns["candidates"].append([r.nuts_id for r in covering])
        columns["distance_to_border"].append(
            float(shapely.distance(point, shapely.boundary(only.shape))) if only else None  # type: ignore[arg-type]
        )
    table = pa.table(
        columns,
        schema=pa.schema(
            [
                ("latitude", pa.float64()),
                ("longitude", pa.float64()),
                ("nuts3", pa.string()),
                ("country_code", pa.string()),
                ("region_count", pa.int32()),
                ("candidates", pa.list_(pa.string())),
                ("distance_to_border", pa.float64()),
            ]
        ),
    )
    con.register("point_frame", table)
    try:
        con.execute("create or replace table core.point_regions as select * from point_frame")
    finally:
        con.unregister("point_frame")
    comment_table(con, "core.point_regions", COMMENTS)
    log.info("placed %d distinct points on %d NUTS-3 regions", len(points), len(regions))
    return len(points)
