"""`landscape`: run, inspect and query the pipeline without Airflow (the DAGs call the same functions)."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence

from extractors import registry
from extractors.errors import SourceUnusable
from landscape import output
from landscape.settings import Settings


def _progress(label: str) -> Callable[[int, int | None], None] | None:
    if not sys.stderr.isatty():
        return None
    started = time.monotonic()

    def report(done: int, total: int | None) -> None:
        rate = done / max(time.monotonic() - started, 1e-6) / 1e6
        share = f"{done / total:6.1%}" if total else f"{done / 1e6:8.1f} MB"
        sys.stderr.write(f"\r  {label}: {share}  {rate:6.1f} MB/s")
        if total and done >= total:
            sys.stderr.write("\n")

    return report


def _refresh(settings: Settings, sources: Sequence[str], *, restage: bool, offline: bool) -> int:
    from landscape.pipeline import ingest

    failed = 0
    for name in sources:
        try:
            result = ingest(name, settings, restage=restage, offline=offline, progress=_progress)
        except SourceUnusable as exc:
            print(f"{name}: FAILED, last good data kept: {exc}", file=sys.stderr)
            failed += 1
            continue
        except Exception as exc:  # recorded in the ledger by the pipeline; the other sources go on
            print(f"{name}: FAILED ({type(exc).__name__}), last good data kept: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(
            f"{name}: {result.status}; rows in {result.rows_in}, staged {result.rows_staged}, "
            f"quarantined {result.rows_quarantined}"
        )
    return failed


def _build_and_release(settings: Settings) -> int:
    from landscape.release import make_release
    from warehouse.build import AuditFailed, build

    try:
        result = build(settings)
    except AuditFailed as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    print(f"warehouse: {result.warehouse} ({result.seconds:.1f} s, {len(result.audits)} audits passed)")
    release = make_release(settings)
    state = "new" if release.created else "unchanged, kept"
    print(f"release: {release.release_id} ({state}) at {release.path}")
    return 0


def runnable_sources(settings: Settings) -> list[str]:
    """Every source, less those that need credentials this machine does not have (said on stderr).
    Asked for by name (``--source``), such a source runs anyway and fails with the reason."""
    sources = []
    for name in registry.names():
        check = getattr(registry.module(name), "credentials_missing", None)
        reason = check(settings) if check else None
        if reason:
            print(f"{name}: skipped, {reason}", file=sys.stderr)
        else:
            sources.append(name)
    return sources


def cmd_refresh(args: argparse.Namespace, settings: Settings) -> int:
    sources = args.source or runnable_sources(settings)
    failed = _refresh(settings, sources, restage=args.restage, offline=args.offline)
    if args.no_build:
        return 1 if failed else 0
    from warehouse.build import NothingToBuild

    try:
        built = _build_and_release(settings)
    except NothingToBuild as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 1 if failed or built else 0


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from landscape.demo import drop_landing_files, ensure_snapshot, served, snapshot_root

    started = time.monotonic()
    root = ensure_snapshot(snapshot_root(settings))
    print(f"snapshot: {root}")
    dropped = drop_landing_files(root, settings)
    print(f"landing: {len(dropped)} file(s) dropped into {settings.landing_dir}")
    with served(root) as demo_settings:
        sources = runnable_sources(demo_settings)
        first = [name for name in sources if not registry.meta(name).reads_landscape]
        failed = _refresh(demo_settings, first, restage=False, offline=False)
        code = _build_and_release(settings)
        # Sources that search for the landscape's organisations need it published first.
        later = [name for name in sources if registry.meta(name).reads_landscape]
        if later and code == 0:
            failed += _refresh(demo_settings, later, restage=False, offline=False)
            code = _build_and_release(settings)
    if code == 0:
        _print_summary(settings)
    print(
        f"demo finished in {time.monotonic() - started:.1f} s. Query it with:\n"
        f"  .venv/bin/landscape sql \"select * from marts.region_funding where level = 'country' "
        f'order by ec_contribution_eur desc limit 10"'
    )
    return 1 if failed or code else 0


def _print_summary(settings: Settings) -> None:
    import duckdb

    from warehouse.build import table_counts

    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        counts = table_counts(con, ("core", "marts"))
    finally:
        con.close()
    output.write(("table", "rows"), list(counts.items()), "table")


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    return _build_and_release(settings)


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from landscape.release import latest
    from landscape.status import COLUMNS, source_rows

    output.write(COLUMNS, source_rows(settings), args.format)
    if args.format == "table":
        where = settings.warehouse_path if settings.warehouse_path.exists() else "not built yet"
        print(f"warehouse: {where}\nlatest release: {latest(settings) or 'none'}")
    return 0


def cmd_sql(args: argparse.Namespace, settings: Settings) -> int:
    import duckdb

    if not _warehouse_published(settings):
        return 1
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        cursor = con.execute(args.query)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    except duckdb.Error as exc:
        print(f"sql: {exc}", file=sys.stderr)
        return 2
    finally:
        con.close()
    output.write(columns, rows, args.format)
    return 0


def _warehouse_published(settings: Settings) -> bool:
    if settings.warehouse_path.exists():
        return True
    print(f"no warehouse at {settings.warehouse_path}; run `landscape demo` or `landscape refresh`", file=sys.stderr)
    return False


def cmd_match_review(args: argparse.Namespace, settings: Settings) -> int:
    """The pairs the matcher was least sure about, with their evidence, for a person to judge."""
    import duckdb

    if not settings.warehouse_path.exists():
        print(
            f"no warehouse at {settings.warehouse_path}; run `landscape demo` or `landscape refresh`", file=sys.stderr
        )
        return 1
    from transforms.org_matching import THRESHOLD

    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        cursor = con.execute(
            """
            select e.mention_a, a.name as name_a, a.country as country_a, a.city as city_a,
                   e.mention_b, b.name as name_b, b.country as country_b, b.city as city_b,
                   round(e.score, 3) as score, e.decision, e.features
            from core.match_evidence e
            join core.organisation_mentions a on a.mention_key = e.mention_a
            join core.organisation_mentions b on b.mention_key = e.mention_b
            where e.rule = 'name_location'
              and not exists (
                  select 1 from core.match_judgements j
                  where (j.mention_a, j.mention_b) in ((e.mention_a, e.mention_b), (e.mention_b, e.mention_a)))
            order by abs(e.score - ?), e.mention_a, e.mention_b
            limit ?
            """,
            [THRESHOLD, args.limit],
        )
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    finally:
        con.close()
    output.write(columns, rows, args.format)
    if args.format == "table":
        print("judge a pair: landscape match judge MENTION_A MENTION_B same|not_same|unsure --who NAME --why TEXT")
    return 0


def cmd_match_judge(args: argparse.Namespace, settings: Settings) -> int:
    """Append a judgement to the curation file; it overrides the matcher from the next build on."""
    import csv
    from datetime import UTC, datetime

    from warehouse.org_identity import JUDGEMENT_COLUMNS, judgements_path

    path = judgements_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists()
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(JUDGEMENT_COLUMNS)
        writer.writerow(
            [
                args.mention_a,
                args.mention_b,
                args.judgement,
                args.who,
                args.why,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ]
        )
    print(f"judgement recorded in {path}; it applies from the next build (`landscape build`)")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="landscape", description=__doc__)
    p.add_argument("-v", "--verbose", action="store_true", help="log each step")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="run the whole pipeline on the bundled offline snapshot").set_defaults(func=cmd_demo)
    r = sub.add_parser("refresh", help="fetch sources, stage what changed, build, publish and release")
    r.add_argument("--source", action="append", choices=registry.names(), help="only this source (repeatable)")
    r.add_argument("--restage", action="store_true", help="re-parse every file even if unchanged")
    r.add_argument("--offline", action="store_true", help="replay from the raw archive, no network")
    r.add_argument("--no-build", action="store_true", help="stage only; do not build or publish")
    r.set_defaults(func=cmd_refresh)
    sub.add_parser("build", help="build, audit and publish the warehouse from staging, then release").set_defaults(
        func=cmd_build
    )
    s = sub.add_parser("status", help="per source: last run, row counts, changed or not, data age")
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")
    s.set_defaults(func=cmd_status)
    m = sub.add_parser("match", help="review and judge organisation matches").add_subparsers(
        dest="match", required=True
    )
    mr = m.add_parser("review", help="the most uncertain organisation pairs, with their evidence")
    mr.add_argument("--limit", type=int, default=20)
    mr.add_argument("--format", choices=("table", "csv", "json"), default="table")
    mr.set_defaults(func=cmd_match_review)
    mj = m.add_parser("judge", help="record that two mentions are (not) the same organisation")
    mj.add_argument("mention_a")
    mj.add_argument("mention_b")
    mj.add_argument("judgement", choices=("same", "not_same", "unsure"))
    mj.add_argument("--who", required=True)
    mj.add_argument("--why", required=True)
    mj.set_defaults(func=cmd_match_judge)
    q = sub.add_parser("sql", help="run a read-only query on the published warehouse")
    q.add_argument("query")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.set_defaults(func=cmd_sql)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # Loads of large files take a while: always say which file is done and what it counted.
    logging.getLogger("landscape.progress").setLevel(logging.INFO)
    if not args.verbose:
        logging.getLogger("great_expectations").setLevel(logging.WARNING)
    return int(args.func(args, Settings.from_env()))


if __name__ == "__main__":
    sys.exit(main())
