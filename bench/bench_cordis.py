"""CORDIS throughput benchmark: parse + validate + stage at real size, next to the DuckDB floor.

Prints, for the same extracted CSV files:
- the pipeline (strict CSV read, typed parse, duplicate check, Pandera validation in batches,
  quarantine, staging with provenance): rows, seconds, rows/s, peak memory;
- the floor: DuckDB alone reading the same files into tables (no validation);
and then the time of a second refresh when nothing changed, and of `landscape demo` once the
environment exists. Each measurement runs in its own process so peak memory is its own.

    .venv/bin/python bench/bench_cordis.py [--horizon 20000] [--h2020 35000] [--skip-demo]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_pipeline(snapshot: Path, work: Path) -> dict:
    import duckdb

    from extractors.archive import RawDocument
    from extractors.cordis import SOURCE, stage

    docs = {}
    for d in SOURCE.datasets:
        path = snapshot / d.filename
        if path.exists():
            docs[d.key] = RawDocument(
                source="cordis",
                url=f"file://{path}",
                final_url=f"file://{path}",
                status=200,
                etag=None,
                last_modified=None,
                content_type="application/zip",
                bytes=path.stat().st_size,
                sha256=d.key.lower() * 4,
                fetched_at="2026-11-29T00:00:00Z",
                path=path,
                changed=True,
            )
    con = duckdb.connect(str(work / "staging.duckdb"))
    started = time.perf_counter()
    ledgers = stage(con, docs, "bench")
    con.execute("checkpoint")
    seconds = time.perf_counter() - started
    rows = sum(entry.rows_in for entry in ledgers)
    return {
        "rows": rows,
        "staged": sum(e.rows_staged for e in ledgers),
        "quarantined": sum(e.rows_quarantined for e in ledgers),
        "seconds": seconds,
        "peak_mb": _peak_mb(),
    }


def measure_floor(snapshot: Path, work: Path) -> dict:
    import duckdb

    from extractors.tabular import SEMICOLON_QUOTED, read_header

    csv_dir = work / "csv"
    files = []
    for zip_path in sorted(snapshot.glob("cordis-*projects-csv.zip")):
        with zipfile.ZipFile(zip_path) as archive:
            for info in archive.infolist():
                name = Path(info.filename).name
                if name in ("project.csv", "organization.csv", "euroSciVoc.csv"):
                    target = csv_dir / zip_path.stem / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(info))
                    files.append(target)
    con = duckdb.connect(str(work / "floor.duckdb"))
    started = time.perf_counter()
    rows = 0
    for i, path in enumerate(files):
        # The same text columns the pipeline reads, bad records skipped. Sequential: on these files
        # DuckDB's parallel reader with ignore_errors silently loses most records after a bad one.
        header = read_header(path, SEMICOLON_QUOTED)
        columns = "{" + ", ".join(f"'{name}': 'VARCHAR'" for name in header) + "}"
        con.execute(
            f"create table t{i} as select * from read_csv('{path}', delim=';', quote='\"', escape='\"', "
            f"header=true, auto_detect=false, columns={columns}, ignore_errors=true, max_line_size=20000000, "
            "parallel=false)"
        )
        rows += con.execute(f"select count(*) from t{i}").fetchall()[0][0]
    con.execute("checkpoint")
    seconds = time.perf_counter() - started
    return {"rows": rows, "seconds": seconds, "peak_mb": _peak_mb()}


def run_child(kind: str, snapshot: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-") as work:
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--snapshot", str(snapshot), "--work", work],
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_unchanged_refresh(snapshot_root: Path) -> dict:
    from landscape.demo import settings_for
    from landscape.pipeline import ingest
    from landscape.snapshot.server import SnapshotServer

    with tempfile.TemporaryDirectory(prefix="bench-home-") as home, SnapshotServer(snapshot_root / "cordis") as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
        env["LANDSCAPE_HOME"] = home
        settings = settings_for({"cordis": server.url}, env)
        started = time.perf_counter()
        first = ingest("cordis", settings)
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        second = ingest("cordis", settings)
        second_s = time.perf_counter() - started
    return {
        "first_status": first.status,
        "first_seconds": first_s,
        "second_status": second.status,
        "second_seconds": second_s,
    }


def measure_demo() -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as home:
        env = {**os.environ, "LANDSCAPE_HOME": home}
        started = time.perf_counter()
        subprocess.run([str(REPO / ".venv" / "bin" / "landscape"), "demo"], check=True, env=env, capture_output=True)
        return {"seconds": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--horizon", type=int, default=20000)
    parser.add_argument("--h2020", type=int, default=35000)
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--child", choices=("pipeline", "floor"))
    parser.add_argument("--snapshot", type=Path)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    if args.child:
        fn = measure_pipeline if args.child == "pipeline" else measure_floor
        print(json.dumps(fn(args.snapshot, args.work)))
        return

    from landscape.snapshot.cordis import generate_cordis

    with tempfile.TemporaryDirectory(prefix="bench-snapshot-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        generate_cordis(root / "cordis", projects={"HORIZON": args.horizon, "H2020": args.h2020, "FP7": 0})
        print(
            f"generated {args.horizon} HORIZON + {args.h2020} H2020 projects in {time.perf_counter() - started:.1f} s"
        )
        pipeline = run_child("pipeline", root / "cordis")
        floor = run_child("floor", root / "cordis")
        print(f"{'step':<34}{'rows':>10}{'seconds':>10}{'rows/s':>12}{'peak MB':>10}")
        for name, m in (("parse+validate+stage (pipeline)", pipeline), ("DuckDB floor (read_csv → table)", floor)):
            print(
                f"{name:<34}{m['rows']:>10,}{m['seconds']:>10.2f}{m['rows'] / m['seconds']:>12,.0f}"
                f"{m['peak_mb']:>10.0f}"
            )
        print(
            f"ratio pipeline / floor: {pipeline['seconds'] / floor['seconds']:.2f}x  "
            f"(staged {pipeline['staged']:,}, quarantined {pipeline['quarantined']:,})"
        )
        refresh = measure_unchanged_refresh(root)
        print(
            f"refresh over loopback: first {refresh['first_seconds']:.2f} s ({refresh['first_status']}), "
            f"second {refresh['second_seconds']:.2f} s ({refresh['second_status']})"
        )
    if not args.skip_demo:
        demo = measure_demo()
        print(f"landscape demo (environment present, fresh data folder): {demo['seconds']:.1f} s")


if __name__ == "__main__":
    main()
