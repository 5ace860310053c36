"""Generated region polygons: a raster of owned grid cells, traced into GeoJSON rings.

The snapshot needs polygons that behave like real administrative boundaries without shipping real
ones: regions of one country tile it without gaps or overlaps, neighbours share borders vertex for
vertex, the sea lies between coasts, islands are separate rings. A raster gives all of that by
construction. Every cell of a :data:`STEP`-degree grid belongs to the nearest *seed* that reaches it
(a region's town, a spot of its land, or open sea); a region is the union of its cells; tracing the
cells' outlines gives its rings, and both sides of a border are traced from the same grid lines.
The grid's origin is offset from round degrees by a quarter cell, so a town whose coordinates have
four decimals never lies on a border.

Pure Python, no geometry library: the helpers :func:`point_in_rings` and :func:`on_boundary` are
enough to check points against the result.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

STEP = 0.125
# Vertices sit at ORIGIN + k * STEP: .03125, .15625, ... degrees. Binary fractions, so every vertex is
# an exact float that both neighbours of a border print identically; five decimals, so no coordinate
# given to four decimals (vocab.py's towns) is ever on a border.
ORIGIN_LON = -31.96875
ORIGIN_LAT = 27.03125
# How far sea claims water from its seed; beyond every land seed's reach nothing is land anyway.
SEA_REACH = 3.0

Cell = tuple[int, int]  # (column, row): the cell east of ORIGIN_LON + col * STEP, north of ORIGIN_LAT + row * STEP
Vertex = tuple[int, int]
Ring = list[tuple[float, float]]  # closed, (lon, lat)
Polygon = list[Ring]  # outer ring (counter-clockwise) then holes (clockwise), as GeoJSON wants


@dataclass(frozen=True)
class Seed:
    """A point that claims the cells nearest to it within ``reach`` degrees; ``owner`` None is sea."""

    lat: float
    lon: float
    reach: float
    owner: str | None


def cell_of(lat: float, lon: float) -> Cell:
    return math.floor((lon - ORIGIN_LON) / STEP), math.floor((lat - ORIGIN_LAT) / STEP)


def on_grid_line(lat: float, lon: float) -> bool:
    """Whether a point lies on a cell border (it would then be on the border of two regions)."""
    return ((lon - ORIGIN_LON) / STEP).is_integer() or ((lat - ORIGIN_LAT) / STEP).is_integer()


def vertex_position(vertex: Vertex) -> tuple[float, float]:
    """(lon, lat) of a grid vertex."""
    return ORIGIN_LON + vertex[0] * STEP, ORIGIN_LAT + vertex[1] * STEP


def rasterise(
    seeds: Sequence[Seed], pins: Iterable[tuple[float, float, str]] = ()
) -> tuple[dict[Cell, str], frozenset[Cell]]:
    """The land cells with their owners, and the cells of open sea.

    A cell goes to the nearest seed whose reach covers its centre (distances in degrees, longitude
    scaled by the cosine of latitude); it is land when that seed has an owner. ``pins`` (lat, lon,
    owner) then force the cell under each point to its owner, so a town is always in its region even
    where two regions' towns are closer together than a cell.
    """
    best: dict[Cell, tuple[float, int]] = {}
    for index, seed in enumerate(seeds):
        reach = SEA_REACH if seed.owner is None else seed.reach
        rows = math.ceil(reach / STEP) + 1
        centre_col, centre_row = cell_of(seed.lat, seed.lon)
        for row in range(centre_row - rows, centre_row + rows + 1):
            lat = ORIGIN_LAT + (row + 0.5) * STEP
            scale = math.cos(math.radians(lat))
            dlat2 = (lat - seed.lat) ** 2
            if dlat2 > reach * reach:
                continue
            cols = math.ceil(reach / (STEP * max(scale, 0.05))) + 1
            for col in range(centre_col - cols, centre_col + cols + 1):
                lon = ORIGIN_LON + (col + 0.5) * STEP
                distance = dlat2 + ((lon - seed.lon) * scale) ** 2
                if distance > reach * reach:
                    continue
                cell = (col, row)
                current = best.get(cell)
                # Ties go to the earlier seed, so the result does not depend on dict order.
                if current is None or distance < current[0]:
                    best[cell] = (distance, index)
    cells: dict[Cell, str] = {}
    sea: set[Cell] = set()
    for cell, (_, index) in best.items():
        owner = seeds[index].owner
        if owner is None:
            sea.add(cell)
        else:
            cells[cell] = owner
    for lat, lon, owner in pins:
        cells[cell_of(lat, lon)] = owner
        sea.discard(cell_of(lat, lon))
    return cells, frozenset(sea)


_DIRECTIONS: tuple[Vertex, ...] = ((1, 0), (0, 1), (-1, 0), (0, -1))


def outlines(cells: Mapping[Cell, str], key: Callable[[str], str | None]) -> dict[str, list[Polygon]]:
    """Polygons of each ``key(owner)`` (cells whose key is None are left out), in lon/lat.

    Rings run counter-clockwise around their region (holes clockwise). Where two cells of a region
    touch only at a corner they are separate rings, and a vertex on a straight stretch of border is
    dropped unless three or more areas meet there, which neighbours do alike.
    """
    keyed = {cell: key(owner) for cell, owner in cells.items()}
    edges: dict[str, dict[Vertex, list[Vertex]]] = {}
    for (col, row), region in keyed.items():
        if region is None:
            continue
        out = edges.setdefault(region, {})
        # Each side whose neighbour is another area is an edge with the region on its left.
        if keyed.get((col, row - 1)) != region:
            out.setdefault((col, row), []).append((col + 1, row))
        if keyed.get((col + 1, row)) != region:
            out.setdefault((col + 1, row), []).append((col + 1, row + 1))
        if keyed.get((col, row + 1)) != region:
            out.setdefault((col + 1, row + 1), []).append((col, row + 1))
        if keyed.get((col - 1, row)) != region:
            out.setdefault((col, row + 1), []).append((col, row))

    def is_node(vertex: Vertex) -> bool:
        col, row = vertex
        around = {
            keyed.get((col - 1, row - 1)),
            keyed.get((col, row - 1)),
            keyed.get((col - 1, row)),
            keyed.get(vertex),
        }
        return len(around) >= 3

    result: dict[str, list[Polygon]] = {}
    for region in sorted(edges):
        rings = _rings(edges[region])
        rings = [_simplified(ring, is_node) for ring in rings]
        result[region] = _polygons(rings)
    return result


def _rings(out: dict[Vertex, list[Vertex]]) -> list[list[Vertex]]:
    """Closed vertex loops; at a vertex with two ways out, the left turn keeps corner-touching cells apart."""
    unused = {(start, end) for start, ends in out.items() for end in ends}
    rings: list[list[Vertex]] = []
    for first in sorted(unused):
        if first not in unused:
            continue
        ring = [first[0]]
        edge = first
        while True:
            unused.discard(edge)
            start, end = edge
            direction = (end[0] - start[0], end[1] - start[1])
            nxt = _next_edge(out, end, direction)
            if nxt == first:
                break
            ring.append(end)
            edge = nxt
        rings.append(ring)
    return rings


def _next_edge(out: dict[Vertex, list[Vertex]], at: Vertex, direction: Vertex) -> tuple[Vertex, Vertex]:
    dx, dy = direction
    for turn in ((-dy, dx), (dx, dy), (dy, -dx)):  # left, straight, right
        target = (at[0] + turn[0], at[1] + turn[1])
        if target in out.get(at, ()):
            return at, target
    raise ValueError(f"ring broken at vertex {at}")


def _simplified(ring: list[Vertex], is_node: Callable[[Vertex], bool]) -> list[Vertex]:
    kept: list[Vertex] = []
    count = len(ring)
    for index, vertex in enumerate(ring):
        before, after = ring[index - 1], ring[(index + 1) % count]
        straight = (vertex[0] - before[0], vertex[1] - before[1]) == (after[0] - vertex[0], after[1] - vertex[1])
        if not straight or is_node(vertex):
            kept.append(vertex)
    # Start every ring at its lowest-then-leftmost vertex, so the output does not depend on tracing order.
    low = min(range(len(kept)), key=lambda i: (kept[i][1], kept[i][0]))
    return kept[low:] + kept[:low]


def _signed_area(ring: Sequence[Vertex]) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)) / 2


def _polygons(rings: list[list[Vertex]]) -> list[Polygon]:
    outers = [ring for ring in rings if _signed_area(ring) > 0]
    holes = [ring for ring in rings if _signed_area(ring) < 0]
    members: dict[int, list[list[Vertex]]] = {index: [] for index in range(len(outers))}
    for hole in holes:
        # A point a quarter cell to the left of the hole's first edge lies in a cell of the region.
        (x0, y0), (x1, y1) = hole[0], hole[1]
        dx, dy = x1 - x0, y1 - y0
        length = abs(dx) + abs(dy)
        probe = ((x0 + x1) / 2 - dy / length * 0.25, (y0 + y1) / 2 + dx / length * 0.25)
        around = [i for i, outer in enumerate(outers) if _inside(probe, outer)]
        if not around:
            raise ValueError("a hole outside every ring")
        members[min(around, key=lambda i: _signed_area(outers[i]))].append(hole)
    order = sorted(range(len(outers)), key=lambda i: (-_signed_area(outers[i]), outers[i][0]))
    return [[_closed(outers[i]), *(_closed(h) for h in sorted(members[i]))] for i in order]


def _closed(ring: list[Vertex]) -> Ring:
    points = [vertex_position(vertex) for vertex in ring]
    return [*points, points[0]]


def _inside(point: tuple[float, float], ring: Sequence[tuple[float, float]]) -> bool:
    x, y = point
    inside = False
    count = len(ring)
    for index in range(count):
        (x0, y0), (x1, y1) = ring[index], ring[(index + 1) % count]
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def point_in_rings(lon: float, lat: float, polygon: Sequence[Sequence[Sequence[float]]]) -> bool:
    """Whether (lon, lat) is strictly inside a GeoJSON polygon (outer ring minus holes), by ray casting."""
    point = (lon, lat)
    if not _inside(point, [(p[0], p[1]) for p in polygon[0]]):
        return False
    return not any(_inside(point, [(p[0], p[1]) for p in hole]) for hole in polygon[1:])


def on_boundary(lon: float, lat: float, polygon: Sequence[Sequence[Sequence[float]]]) -> bool:
    """Whether (lon, lat) lies exactly on an edge of any ring of a GeoJSON polygon."""
    for ring in polygon:
        for (x0, y0, *_), (x1, y1, *_) in itertools.pairwise(ring):
            if (x1 - x0) * (lat - y0) != (y1 - y0) * (lon - x0):
                continue
            if min(x0, x1) <= lon <= max(x0, x1) and min(y0, y1) <= lat <= max(y0, y1):
                return True
    return False
