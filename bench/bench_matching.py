"""Organisation matching benchmark: our matcher (rapidfuzz, transforms/org_matching.py) next to Splink on DuckDB.

1. The hand-written pairs (evaluation/organisation_pairs.csv): each pair is matched on its own, as two mentions
   with the row's country and city; "same group" counts as a predicted match. Precision, recall and F1 overall and
   per kind; and again with an empty register of known names (transforms/known_names.py), to show what the names
   and places alone are worth.
2. Generated mentions with known truth (landscape/snapshot/org_mentions.py) at --quick (20,000) and --mentions
   (300,000): pairwise precision, recall and F1 of the clusters, wall time and peak RSS of the matching alone
   (generation excluded), and where it fails: the share of mentions joined to their organisation per variation,
   and the share of hard-negative pairs wrongly merged per kind.
3. Splink (benchmark-only dependency) on the same data: trained without labels, its clustering threshold chosen for
   the best F1 at --quick and then held fixed; also scored on the hand-written pairs at that threshold.

Each measurement runs in its own process, so peak memory is its own (sampled with psutil every 20 ms).

    .venv/bin/python bench/bench_matching.py [--mentions 300000] [--quick 20000] [--skip-splink] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
# The development set (weights are fitted on it) and the held-out sets (written blind, only ever scored: their wrong
# decisions are not listed, so nobody tunes on them).
PAIR_SETS = {
    "development": REPO / "evaluation" / "organisation_pairs.csv",
    "held_out": REPO / "evaluation" / "organisation_pairs_holdout.csv",
    "held_out_2": REPO / "evaluation" / "organisation_pairs_holdout2.csv",
}
RESULT, PROGRESS = "RESULT ", "PROGRESS "


class PeakRss:
    """Highest resident memory of this process while the block runs, sampled in a thread."""

    def __init__(self, interval: float = 0.02) -> None:
        import psutil

        self.process = psutil.Process()
        self.interval = interval
        self.baseline = self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    def as_dict(self) -> dict[str, float]:
        return {"peak_rss_mb": round(self.peak / 2**20, 1), "baseline_rss_mb": round(self.baseline / 2**20, 1)}


def _emit(prefix: str, payload: dict[str, Any]) -> None:
    print(prefix + json.dumps(payload), flush=True)


# -- the hand-written pairs ---------------------------------------------------------------------------------------


def _pair_mentions(pairs: list[Any]) -> tuple[list[Any], list[Any]]:
    from transforms.org_matching import OrgMention

    left = [OrgMention("a", "evaluation", p.name_a, p.country_a or None, p.city_a or None) for p in pairs]
    right = [OrgMention("b", "evaluation", p.name_b, p.country_b or None, p.city_b or None) for p in pairs]
    return left, right


def handwritten_ours(name: str, names_alone: bool = False) -> dict[str, Any]:
    """Our matcher on a hand-written set; ``names_alone``: with an empty register of known names, so the figures
    say what the names and places alone are worth."""
    from transforms.known_names import KnownNames
    from transforms.match_quality import matched_alone, pair_decision_scores, read_pairs

    pairs = read_pairs(PAIR_SETS[name])
    known = KnownNames([]) if names_alone else None
    started = time.perf_counter()
    decided = {pair.pair_id: matched_alone(pair, known) for pair in pairs}
    seconds = time.perf_counter() - started
    return _pair_report(name, pairs, lambda p: decided[p.pair_id], seconds, pair_decision_scores)


def _pair_report(name: str, pairs: list[Any], decide: Any, seconds: float, score: Any) -> dict[str, Any]:
    from transforms.match_quality import bootstrap_f1_interval

    overall, per_kind, errors = score(pairs, decide)
    report: dict[str, Any] = {"pairs": len(pairs), "seconds": round(seconds, 3), "all": overall.as_dict()}
    low, high = bootstrap_f1_interval([(bool(decide(p)), p.is_match) for p in pairs])
    report["all"]["f1_95_interval"] = [round(low, 3), round(high, 3)]
    report["per_kind"] = {kind: s.as_dict() for kind, s in per_kind.items()}
    for kind in [*per_kind, "all"]:
        figures = report["all"] if kind == "all" else report["per_kind"][kind]
        figures["pairs"] = sum(1 for p in pairs if kind in ("all", p.kind))
        figures["false_matches"] = figures["predicted"] - figures["true_positives"]
        figures["missed_matches"] = figures["actual"] - figures["true_positives"]
    if name != "development":
        return report
    report["errors"] = [
        {
            "pair_id": p.pair_id,
            "kind": p.kind,
            "label": "match" if p.is_match else "non_match",
            "a": f"{p.name_a} ({p.country_a}{', ' + p.city_a if p.city_a else ''})",
            "b": f"{p.name_b} ({p.country_b}{', ' + p.city_b if p.city_b else ''})",
        }
        for p, _ in errors
    ]
    return report


# -- children: one measurement each -------------------------------------------------------------------------------


def child_ours(n: int, seed: int) -> dict[str, Any]:
    from landscape.snapshot.org_mentions import generate_population
    from transforms.match_quality import false_merge_share_by_relation, joined_share_by_variant, pairwise_cluster_scores
    from transforms.org_matching import match

    started = time.perf_counter()
    population = generate_population(n, seed)
    generation = time.perf_counter() - started
    _emit(PROGRESS, {"stage": "generated", "seconds": round(generation, 2)})
    with PeakRss() as rss:
        started = time.perf_counter()
        result = match(population.mentions)
        seconds = time.perf_counter() - started
    predicted = result.group_of
    return {
        "matcher": "ours",
        "mentions": n,
        "entities": len(set(population.truth.values())),
        "generation_seconds": round(generation, 2),
        "seconds": round(seconds, 2),
        **rss.as_dict(),
        "groups": len(set(predicted.values())),
        "links": sum(1 for link in result.links if link.decision == "linked"),
        "scores": pairwise_cluster_scores(predicted, population.truth).as_dict(),
        "joined_by_variant": _rounded(joined_share_by_variant(predicted, population.truth, population.variants)),
        "merged_by_relation": _rounded(
            false_merge_share_by_relation(predicted, population.truth, population.relations)
        ),
    }


def child_splink(n: int, seed: int, threshold: float | None, with_pairs: bool) -> dict[str, Any]:
    from splink_matching import THRESHOLDS, score_pairs, train_and_predict

    from landscape.snapshot.org_mentions import generate_population
    from transforms.match_quality import (
        false_merge_share_by_relation,
        joined_share_by_variant,
        pair_decision_scores,
        pairwise_cluster_scores,
        read_pairs,
    )

    started = time.perf_counter()
    population = generate_population(n, seed)
    generation = time.perf_counter() - started
    _emit(PROGRESS, {"stage": "generated", "seconds": round(generation, 2)})
    # Every threshold is clustered (cheap next to training and prediction): at --quick to choose one, at full scale
    # to show how the fixed one compares with the best one there.
    thresholds = THRESHOLDS
    with PeakRss() as rss:
        started = time.perf_counter()
        linker, clusters, run = train_and_predict(
            population.mentions, thresholds, lambda stage, data: _emit(PROGRESS, {"stage": stage, **data})
        )
        # One clustering is part of the pipeline; the other thresholds are only for choosing.
        seconds = time.perf_counter() - started - run.seconds["cluster"] * (len(thresholds) - 1)
    by_threshold = {t: pairwise_cluster_scores(c, population.truth) for t, c in clusters.items()}
    chosen = max(by_threshold, key=lambda t: by_threshold[t].f1) if threshold is None else threshold
    predicted = clusters[chosen]
    report: dict[str, Any] = {
        "matcher": "splink",
        "splink_version": metadata.version("splink"),
        "mentions": n,
        "entities": len(set(population.truth.values())),
        "generation_seconds": round(generation, 2),
        "seconds": round(seconds, 2),
        "stage_seconds": {k: round(v, 2) for k, v in run.seconds.items()},
        **rss.as_dict(),
        "comparisons": run.comparisons,
        "predicted_pairs": run.predicted_pairs,
        "threshold": chosen,
        "threshold_chosen_here": threshold is None,
        "f1_by_threshold": {str(t): round(s.f1, 4) for t, s in by_threshold.items()},
        "best_threshold_here": max(by_threshold, key=lambda t: by_threshold[t].f1),
        "groups": len(set(predicted.values())),
        "scores": by_threshold[chosen].as_dict(),
        "joined_by_variant": _rounded(joined_share_by_variant(predicted, population.truth, population.variants)),
        "merged_by_relation": _rounded(
            false_merge_share_by_relation(predicted, population.truth, population.relations)
        ),
    }
    if with_pairs:
        report["handwritten"] = {}
        for name, path in PAIR_SETS.items():
            pairs = read_pairs(path)
            left, right = _pair_mentions(pairs)
            # Unique keys per side, so all pairs are scored in one call.
            left = [m.__class__(f"a{i}", *_rest(m)) for i, m in enumerate(left)]
            right = [m.__class__(f"b{i}", *_rest(m)) for i, m in enumerate(right)]
            started = time.perf_counter()
            probabilities = score_pairs(linker, left, right)
            decided = {p.pair_id: prob >= chosen for p, prob in zip(pairs, probabilities, strict=True)}
            report["handwritten"][name] = _pair_report(
                name, pairs, lambda p, d=decided: d[p.pair_id], time.perf_counter() - started, pair_decision_scores
            )
    return report


def _rest(mention: Any) -> tuple[Any, ...]:
    return (mention.source, mention.name, mention.country, mention.city)


def _rounded(shares: dict[str, tuple[float, int]]) -> dict[str, list[float | int]]:
    return {key: [round(share, 4), count] for key, (share, count) in shares.items()}


def run_child(args: list[str], timeout: float | None) -> tuple[dict[str, Any] | None, list[dict[str, Any]], str]:
    """The child's result (None if it did not finish), the progress it reported, and why it stopped."""
    command = [sys.executable, __file__, *args]
    progress: list[dict[str, Any]] = []
    result: dict[str, Any] | None = None
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        deadline = None if timeout is None else time.monotonic() + timeout
        timer = None
        if deadline is not None:
            timer = threading.Timer(timeout, child.kill)  # type: ignore[arg-type]
            timer.start()
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(PROGRESS):
                progress.append(json.loads(line[len(PROGRESS) :]))
            elif line.startswith(RESULT):
                result = json.loads(line[len(RESULT) :])
        child.wait()
        if timer is not None:
            timer.cancel()
        if result is not None:
            return result, progress, "finished"
        timed_out = deadline is not None and time.monotonic() >= deadline
        return None, progress, f"stopped after {timeout:.0f} s" if timed_out else f"failed (exit {child.returncode})"


def code_version() -> dict[str, Any]:
    """What was measured: the commit, and a hash of each matcher file (they may differ from the commit)."""
    import hashlib

    files = [
        "transforms/org_matching.py",
        "transforms/org_names.py",
        "transforms/constrained_groups.py",
        "landscape/snapshot/org_mentions.py",
        "landscape/snapshot/org_mention_vocab.py",
        *sorted(str(p.relative_to(REPO)) for p in (REPO / "transforms" / "data").glob("*.csv")),
    ]
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--", *files], cwd=REPO, capture_output=True, text=True
    ).stdout.split("\n")
    return {
        "commit": commit or None,
        "uncommitted": sorted(line[3:] for line in changed if line.strip()),
        "sha256": {f: hashlib.sha256((REPO / f).read_bytes()).hexdigest()[:16] for f in files if (REPO / f).exists()},
    }


# -- printing -----------------------------------------------------------------------------------------------------


def _f(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def print_handwritten(
    name: str, ours: dict[str, Any], splink: dict[str, Any] | None, names_alone: dict[str, Any]
) -> None:
    path = PAIR_SETS[name].relative_to(REPO)
    title = f"Hand-written pairs, {name.replace('_', '-')} set ({ours['pairs']} pairs, {path})"
    print(f"\n{title}; each pair matched alone")
    print("FP: non-matches merged; FN: matches missed; recall and F1 are undefined (-) where a kind has no matches")
    header = f"{'P':>7}{'R':>7}{'F1':>7}{'FP':>4}{'FN':>4}"
    print(f"{'':<18}{'':>6}{'':>8}  {'ours':<29}  {'splink' if splink else ''}")
    print(f"{'kind':<18}{'pairs':>6}{'matches':>8}  {header}  {header if splink else ''}")
    for kind in [*ours["per_kind"], "all"]:
        mine = ours["all"] if kind == "all" else ours["per_kind"][kind]
        line = f"{kind:<18}{mine['pairs']:>6}{mine['actual']:>8}  {_pair_cells(mine)}"
        if splink is not None:
            line += f"  {_pair_cells(splink['all'] if kind == 'all' else splink['per_kind'][kind])}"
        print(line)
    intervals = [(label, r["all"].get("f1_95_interval")) for label, r in (("ours", ours), ("splink", splink)) if r]
    print(
        "F1, 95 % bootstrap interval over the pairs: "
        + "; ".join(f"{label} {i[0]:.3f}-{i[1]:.3f}" for label, i in intervals if i)
    )
    alone = names_alone["all"]
    low, high = alone["f1_95_interval"]
    print(
        f"ours without the register of known names (names and places alone): P {_f(alone['precision'])} "
        f"R {_f(alone['recall'])} F1 {_f(alone['f1'])} (95 % interval {low:.3f}-{high:.3f})"
    )


def _pair_cells(figures: dict[str, Any]) -> str:
    has_matches = figures["actual"] > 0
    precision = figures["precision"] if figures["predicted"] else None
    recall = figures["recall"] if has_matches else None
    f1 = figures["f1"] if has_matches else None
    return f"{_f(precision):>7}{_f(recall):>7}{_f(f1):>7}{figures['false_matches']:>4}{figures['missed_matches']:>4}"


def print_generated(rows: list[dict[str, Any]]) -> None:
    print("\nGenerated mentions (pairwise cluster precision/recall/F1; time and memory of matching only)")
    columns = f"{'P':>7}{'R':>7}{'F1':>7}{'seconds':>9}{'peak MB':>9}{'groups':>9}{'entities':>9}"
    print(f"{'mentions':>9} {'matcher':<22}{columns}")
    for row in rows:
        if row.get("result") is None:
            print(f"{row['mentions']:>9,} {row['matcher']:<22}  {row['status']}; last stage: {row.get('last_stage')}")
            continue
        r = row["result"]
        name = r["matcher"] + (f" (t={r['threshold']})" if r["matcher"] == "splink" else "")
        s = r["scores"]
        print(
            f"{r['mentions']:>9,} {name:<22}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}{r['seconds']:9.1f}"
            f"{r['peak_rss_mb']:9.0f}{r['groups']:9,}{r['entities']:9,}"
        )


def print_diagnostics(ours: dict[str, Any], splink: dict[str, Any] | None) -> None:
    print(f"\nWhere matching fails at {ours['mentions']:,} mentions")
    print(f"{'variation (mentions whose organisation has others)':<52}{'count':>8}{'ours joined':>13}{'splink':>9}")
    for tag, (share, count) in ours["joined_by_variant"].items():
        theirs = splink["joined_by_variant"].get(tag, [None])[0] if splink else None
        print(f"{tag:<52}{count:>8,}{share:13.3f}{_f(theirs):>9}")
    print(f"{'hard negative (organisation pairs)':<52}{'count':>8}{'ours merged':>13}{'splink':>9}")
    for kind, (share, count) in ours["merged_by_relation"].items():
        theirs = splink["merged_by_relation"].get(kind, [None])[0] if splink else None
        print(f"{kind:<52}{count:>8,}{share:13.3f}{_f(theirs):>9}")


# -- main ---------------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentions", type=int, default=300_000, help="size of the full-scale run")
    parser.add_argument(
        "--quick", type=int, default=20_000, help="size of the quality run (Splink threshold chosen here)"
    )
    parser.add_argument("--seed", type=int, default=None, help="generator seed (default: the generator's)")
    parser.add_argument("--skip-splink", action="store_true")
    parser.add_argument("--splink-timeout", type=float, default=1800.0, help="seconds before a Splink run is stopped")
    parser.add_argument("--json", type=Path, help="write all figures here")
    parser.add_argument("--child", choices=("ours", "splink"), help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--threshold", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--pairs", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    from landscape.snapshot.org_mentions import DEFAULT_SEED

    seed = DEFAULT_SEED if args.seed is None else args.seed
    if args.child == "ours":
        _emit(RESULT, child_ours(args.n, seed))
        return
    if args.child == "splink":
        _emit(RESULT, child_splink(args.n, seed, args.threshold, args.pairs))
        return

    figures: dict[str, Any] = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "duckdb": metadata.version("duckdb"),
            "rapidfuzz": metadata.version("rapidfuzz"),
        },
        "seed": seed,
        "command": " ".join(["bench/bench_matching.py", *sys.argv[1:]]),
        "code": code_version(),
    }
    figures["handwritten"] = {
        name: {"ours": handwritten_ours(name), "ours_names_alone": handwritten_ours(name, names_alone=True)}
        for name in PAIR_SETS
    }

    sizes = sorted({args.quick, args.mentions})
    rows: list[dict[str, Any]] = []
    results: dict[int, dict[str, Any]] = {}
    splink_threshold: float | None = None
    for n in sizes:
        result, progress, status = run_child(["--child", "ours", "--n", str(n), "--seed", str(seed)], None)
        rows.append({"mentions": n, "matcher": "ours", "result": result, "status": status})
        results.setdefault(n, {})["ours"] = result or {"status": status, "progress": progress}
        print(f"ours at {n:,}: {status}", file=sys.stderr, flush=True)
        if args.skip_splink:
            continue
        child_args = ["--child", "splink", "--n", str(n), "--seed", str(seed)]
        if n == args.quick:
            child_args.append("--pairs")
        elif splink_threshold is not None:
            child_args += ["--threshold", str(splink_threshold)]
        result, progress, status = run_child(child_args, args.splink_timeout)
        if result is not None and n == args.quick:
            splink_threshold = result["threshold"]
            figures["splink_version"] = result["splink_version"]
            for name, report in result.pop("handwritten").items():
                figures["handwritten"][name]["splink"] = report
        last = progress[-1]["stage"] if progress else None
        rows.append({"mentions": n, "matcher": "splink", "result": result, "status": status, "last_stage": last})
        results[n]["splink"] = result or {"status": status, "progress": progress}
        print(f"splink at {n:,}: {status}", file=sys.stderr, flush=True)
    figures["generated"] = {str(n): r for n, r in results.items()}

    for name, reports in figures["handwritten"].items():
        print_handwritten(name, reports["ours"], reports.get("splink"), reports["ours_names_alone"])
    print_generated(rows)
    quick = results.get(args.quick, {})
    if quick.get("ours", {}).get("scores"):
        splink_quick = quick.get("splink")
        print_diagnostics(quick["ours"], splink_quick if splink_quick and splink_quick.get("scores") else None)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")


if __name__ == "__main__":
    main()
