"""Cluster registry benchmark: profile-page parse rate, scrape over loopback, and the cluster merge.

Prints pages/s of ECCP profile parsing (pure parser, no I/O), the time of a full scrape of the
snapshot over loopback HTTP (listing + profiles + staging), and the time of merging every registry
mention into clusters, at the snapshot's size and at 100,000 mentions.

    .venv/bin/python bench/bench_registries.py [--clusters 1500]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clusters", type=int, default=1500)
    args = parser.parse_args()

    import duckdb

    from extractors.eccp import parse_profile
    from landscape.demo import settings_for
    from landscape.pipeline import ingest
    from landscape.snapshot.registries import generate_registries
    from landscape.snapshot.server import SnapshotServer
    from transforms.cluster_merge import Mention, merge
    from warehouse.build import build

    with tempfile.TemporaryDirectory(prefix="bench-registries-") as tmp:
        root = Path(tmp) / "registries"
        truth = generate_registries(root, clusters=args.clusters)
        pages = sorted(
            p for p in (root / "eccp" / "cluster-organisations").iterdir() if p.is_file() and p.name != "index.html"
        )
        bodies = [p.read_bytes() for p in pages]
        started = time.perf_counter()
        for page, body in zip(pages, bodies, strict=True):
            parse_profile(body, "https://www.clustercollaboration.eu/cluster-organisations/" + page.name)
        parse_s = time.perf_counter() - started
        print(f"ECCP profile parse: {len(pages):,} pages in {parse_s:.2f} s = {len(pages) / parse_s:,.0f} pages/s")

        home = Path(tmp) / "home"
        landing = home / "landing" / "registries"
        for folder in (root / "landing").iterdir():
            (landing / folder.name).mkdir(parents=True)
            for f in folder.iterdir():
                (landing / folder.name / f.name).write_bytes(f.read_bytes())
        env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
        env["LANDSCAPE_HOME"] = str(home)
        with SnapshotServer(root / "eccp") as eccp, SnapshotServer(root / "esca") as esca:
            settings = settings_for({"eccp": eccp.url, "esca": esca.url}, env)
            for source in ("eccp", "esca", "registry_drops"):
                started = time.perf_counter()
                result = ingest(source, settings)
                print(
                    f"{source:<15} scrape/read + stage: {time.perf_counter() - started:6.2f} s "
                    f"({result.rows_in:,} records, {result.rows_quarantined} quarantined)"
                )
            started = time.perf_counter()
            second = ingest("eccp", settings)
            print(f"eccp second refresh (listings only, {second.status}): {time.perf_counter() - started:.2f} s")
        built = build(settings, with_gx=False)
        con = duckdb.connect(str(built.warehouse), read_only=True)
        rows = con.execute("select mention_id, name, country, website from core.cluster_mentions").fetchall()
        clusters = con.execute("select count(*) from core.clusters").fetchall()[0][0]
        con.close()
        mentions = [Mention(*r) for r in rows]
        started = time.perf_counter()
        merge(mentions)
        print(
            f"merge: {len(mentions):,} mentions -> {clusters:,} clusters in {time.perf_counter() - started:.3f} s "
            f"(population {len(truth['clusters']):,})"
        )
        scaled = [
            Mention(
                f"{m.mention_id}#{i}",
                f"{m.name} {i}" if m.name else None,
                m.country,
                m.website.replace("://", f"://n{i}.") if m.website else None,
            )
            for i in range(100_000 // max(len(mentions), 1) + 1)
            for m in mentions
        ][:100_000]
        started = time.perf_counter()
        merge(scaled)
        print(f"merge: {len(scaled):,} mentions in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
