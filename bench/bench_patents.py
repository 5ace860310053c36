"""PatentsView benchmark: each bulk table parsed, validated and staged, next to the DuckDB floor.

Generates the four bulk tables at --patents (default 1,000,000: about 1.5M assignee rows and 6M CPC
rows), then for each table, in its own process (so peak memory is its own): the pipeline's
parse + validate + stage, and the floor — DuckDB alone reading the same extracted TSV into a table.

    .venv/bin/python bench/bench_patents.py [--patents 1000000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
TABLES = ("g_patent", "g_assignee_disambiguated", "g_location_disambiguated", "g_cpc_current")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_pipeline(zip_path: Path, table: str, work: Path) -> dict:
    import duckdb

    from extractors.archive import RawDocument
    from extractors.patentsview import stage

    doc = RawDocument(
        source="patentsview",
        url=f"file://{zip_path}",
        final_url=f"file://{zip_path}",
        status=200,
        etag=None,
        last_modified=None,
        content_type="application/zip",
        bytes=zip_path.stat().st_size,
        sha256="0" * 64,
        fetched_at="2026-11-29T00:00:00Z",
        path=zip_path,
        changed=True,
    )
    from landscape.settings import Settings

    con = duckdb.connect(str(work / "staging.duckdb"))
    con.execute("set memory_limit = ?", [Settings.from_env().duckdb_memory_limit])
    started = time.perf_counter()
    ledgers = stage(con, {table: doc}, "bench")
    con.execute("checkpoint")
    seconds = time.perf_counter() - started
    return {
        "rows": ledgers[0].rows_in,
        "quarantined": ledgers[0].rows_quarantined,
        "seconds": seconds,
        "peak_mb": _peak_mb(),
    }


def measure_floor(zip_path: Path, table: str, work: Path) -> dict:
    import duckdb

    from extractors.patentsview import TSV
    from extractors.tabular import read_header

    with zipfile.ZipFile(zip_path) as archive:
        archive.extract(f"{table}.tsv", work)
    path = work / f"{table}.tsv"
    columns = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in read_header(path, TSV)) + "}"
    con = duckdb.connect(str(work / "floor.duckdb"))
    started = time.perf_counter()
    con.execute(
        f"create table t as select * from read_csv('{path}', delim='\\t', quote='\"', escape='\"', "
        f"header=true, auto_detect=false, columns={columns})"
    )
    rows = con.execute("select count(*) from t").fetchall()[0][0]
    con.execute("checkpoint")
    return {"rows": rows, "seconds": time.perf_counter() - started, "peak_mb": _peak_mb()}


def run_child(kind: str, zip_path: Path, table: str) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-") as work:
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--zip", str(zip_path), "--table", table, "--work", work],
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patents", type=int, default=1_000_000)
    parser.add_argument("--tables", nargs="*", default=list(TABLES), help="only these tables")
    parser.add_argument("--child", choices=("pipeline", "floor"))
    parser.add_argument("--zip", type=Path)
    parser.add_argument("--table")
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    if args.child:
        fn = measure_pipeline if args.child == "pipeline" else measure_floor
        print(json.dumps(fn(args.zip, args.table, args.work)))
        return

    from landscape.snapshot.patents import generate_patents

    with tempfile.TemporaryDirectory(prefix="bench-patents-") as tmp:
        started = time.perf_counter()
        generate_patents(Path(tmp), patents=args.patents)
        print(f"generated {args.patents:,} patents in {time.perf_counter() - started:.1f} s")
        print(f"{'table':<28}{'step':<10}{'rows':>12}{'seconds':>10}{'rows/s':>12}{'peak MB':>10}{'ratio':>8}")
        for table in args.tables:
            zip_path = Path(tmp) / "patentsview" / f"{table}.tsv.zip"
            pipeline = run_child("pipeline", zip_path, table)
            floor = run_child("floor", zip_path, table)
            for step, m in (("pipeline", pipeline), ("floor", floor)):
                ratio = f"{pipeline['seconds'] / floor['seconds']:.2f}x" if step == "pipeline" else ""
                print(
                    f"{table:<28}{step:<10}{m['rows']:>12,}{m['seconds']:>10.2f}{m['rows'] / m['seconds']:>12,.0f}"
                    f"{m['peak_mb']:>10.0f}{ratio:>8}"
                )


if __name__ == "__main__":
    main()
