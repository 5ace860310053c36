"""The Splink side of the matching benchmark: a probabilistic (Fellegi-Sunter) model on DuckDB, built the way its
documentation recommends, on the same mentions as our matcher.

Splink is a benchmark-only dependency (never imported by the pipeline). Its input gets the same text folding as our
matcher (``transforms.org_names.fold``: case, accents, scripts, umlaut digraphs) and a generic legal-form strip, but
none of our organisation knowledge (no translated institution words, no legal-form reading per country, no acronym
rules beyond initials): what is compared is the matching method, not the vocabularies.

The model: name compared exactly, then its uncommon words (learnt from token frequencies, so "universita degli
studi di" does not make Padova and Palermo alike) by exact / Jaro-Winkler / Levenshtein levels, and by shared tokens;
acronyms (an acronym-only record spelling the other's initials, or equal initials of three words or more); country
exact; city exact or close. Candidate pairs come from blocking on country plus the first *uncommon* token of
the name (tokens in more than 0.5 % of records, like "university" or "institute", are skipped, learnt from the data
rather than listed), country plus the rarest token, country plus initials, and the exact name. u is trained by random
sampling, m by expectation-maximisation on two blocking rules, then pairs are predicted and clustered (connected
components) at a match-probability threshold.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from transforms.org_matching import OrgMention
from transforms.org_names import fold

# Legal forms a Splink user would strip from company names before comparing them (folded; abbreviations with their
# letters joined, "s a" -> "sa", and the commonest written-out forms).
LEGAL_TOKENS = frozenset(
    [
        "gmbh",
        "mbh",
        "ag",
        "se",
        "kg",
        "kgaa",
        "co",
        "ev",
        "sa",
        "sas",
        "sasu",
        "sarl",
        "srl",
        "spa",
        "scarl",
        "sl",
        "slu",
        "bv",
        "nv",
        "vzw",
        "ltd",
        "limited",
        "plc",
        "inc",
        "llc",
        "corp",
        "oy",
        "oyj",
        "ab",
        "aps",
        "asa",
        "as",
        "ehf",
        "hf",
        "spzoo",
        "sro",
        "kft",
        "zrt",
        "doo",
        "dd",
        "ood",
        "eood",
        "ad",
        "ou",
        "sia",
        "uab",
        "lda",
        "ae",
        "ike",
        "dac",
        "publ",
        "aktiengesellschaft",
        "aktiebolag",
        "aktiebolaget",
        "aktieselskab",
        "osakeyhtio",
    ]
)
LEGAL_PHRASES = tuple(
    phrase.split()
    for phrase in (
        "gesellschaft mit beschrankter haftung",
        "eingetragener verein",
        "societe par actions simplifiee",
        "societe anonyme",
        "societe a responsabilite limitee",
        "sociedad anonima",
        "sociedad limitada",
        "societa per azioni",
        "societa a responsabilita limitata",
        "besloten vennootschap",
        "naamloze vennootschap",
        "public limited company",
        "spolka z ograniczona odpowiedzialnoscia",
        "spolka akcyjna",
    )
)
SHORT_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "de",
        "der",
        "des",
        "di",
        "da",
        "do",
        "du",
        "la",
        "le",
        "y",
        "e",
        "et",
        "i",
        "u",
        "v",
        "w",
        "z",
        "a",
    ]
)
# A token in more than this share of the records does not pick out an organisation ("university", "gmbh").
COMMON_TOKEN_SHARE = 0.005
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999)
U_SAMPLE_PAIRS = 5_000_000
RETAIN = False


@dataclass
class SplinkRun:
    threshold_scores: dict[float, Any] = field(default_factory=dict)  # threshold -> Scores (filled by the caller)
    seconds: dict[str, float] = field(default_factory=dict)
    comparisons: int = 0
    predicted_pairs: int = 0
    model: dict[str, Any] | None = None


def _tokens(name: str) -> list[str]:
    words = _join_letters(fold(name).split())
    for phrase in LEGAL_PHRASES:
        size = len(phrase)
        for start in range(len(words) - size + 1):
            if words[start : start + size] == phrase:
                words = words[:start] + words[start + size :]
                break
    kept = [w for w in words if w not in LEGAL_TOKENS]
    return kept or words


def _join_letters(words: list[str]) -> list[str]:
    """Runs of single letters as one word: "s a" -> "sa", "c n r s" -> "cnrs"."""
    joined: list[str] = []
    run = ""
    for word in words:
        if len(word) == 1:
            run += word
            continue
        if run:
            joined.append(run)
            run = ""
        joined.append(word)
    return [*joined, run] if run else joined


def prepare(mentions: Sequence[OrgMention]) -> list[dict[str, Any]]:
    """One flat record per mention: folded name without legal form, country, folded city, blocking keys."""
    names = [_tokens(m.name) for m in mentions]
    frequency = Counter(token for tokens in names for token in set(tokens))
    common = max(20, int(len(mentions) * COMMON_TOKEN_SHARE))
    return [record(m, tokens, frequency, common) for m, tokens in zip(mentions, names, strict=True)]


def record(mention: OrgMention, tokens: list[str], frequency: Mapping[str, int], common: int) -> dict[str, Any]:
    significant = [t for t in tokens if t not in SHORT_WORDS]
    uncommon = [t for t in significant if frequency.get(t, 0) <= common]
    first = uncommon[0] if uncommon else (significant[0] if significant else None)
    rarest = min(significant, key=lambda t: (frequency.get(t, 0), t)) if significant else None
    if len(significant) >= 3:
        acronym: str | None = "".join(t[0] for t in significant)
    elif len(significant) == 1 and 2 <= len(significant[0]) <= 6:
        acronym = significant[0]  # a lone short word is most likely an acronym ("tum", "cnrs")
    else:
        acronym = None  # two initials say nothing
    return {
        "unique_id": mention.key,
        "name": " ".join(tokens) or None,
        # The name without its common words ("universita degli studi di" is shared by every Italian university).
        "distinctive_name": " ".join(uncommon) or " ".join(significant) or None,
        "name_tokens": tokens,
        "first_token": first,
        "rarest_token": rarest,
        "acronym": acronym,
        "country": mention.country,
        "city": fold(mention.city) if mention.city else None,
    }


def settings() -> Any:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    shared_tokens = (
        "len(list_intersect(name_tokens_l, name_tokens_r)) * 2.0 / (len(name_tokens_l) + len(name_tokens_r)) >= 0.6"
    )
    name = cl.CustomComparison(
        output_column_name="name",
        comparison_levels=[
            cll.NullLevel("name"),
            cll.ExactMatchLevel("name"),
            cll.ExactMatchLevel("distinctive_name"),
            cll.JaroWinklerLevel("distinctive_name", 0.95),
            cll.LevenshteinLevel("distinctive_name", 2),
            cll.CustomLevel(shared_tokens, label_for_charts="most tokens shared"),
            cll.JaroWinklerLevel("distinctive_name", 0.88),
            cll.ElseLevel(),
        ],
    )
    # An acronym-only record ("tum") against a full name whose initials it spells.
    acronym = cl.CustomComparison(
        output_column_name="acronym",
        comparison_levels=[
            cll.NullLevel("acronym"),
            cll.CustomLevel("name_l = acronym_r or name_r = acronym_l", label_for_charts="one spells the other"),
            cll.ExactMatchLevel("acronym"),
            cll.ElseLevel(),
        ],
    )
    city = cl.CustomComparison(
        output_column_name="city",
        comparison_levels=[
            cll.NullLevel("city"),
            cll.ExactMatchLevel("city"),
            cll.JaroWinklerLevel("city", 0.9),
            cll.ElseLevel(),
        ],
    )
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        blocking_rules_to_generate_predictions=[
            block_on("country", "first_token"),
            block_on("country", "rarest_token"),
            block_on("country", "acronym"),
            block_on("name"),
        ],
        comparisons=[name, acronym, cl.ExactMatch("country"), city],
        retain_intermediate_calculation_columns=RETAIN,
        retain_matching_columns=False,
    )


def _pyarrow(records: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    schema = pa.schema(
        [
            ("unique_id", pa.string()),
            ("name", pa.string()),
            ("distinctive_name", pa.string()),
            ("name_tokens", pa.list_(pa.string())),
            ("first_token", pa.string()),
            ("rarest_token", pa.string()),
            ("acronym", pa.string()),
            ("country", pa.string()),
            ("city", pa.string()),
        ]
    )
    return pa.Table.from_pylist(records, schema=schema)


def train_and_predict(
    mentions: Sequence[OrgMention], thresholds: Sequence[float], progress: Callable[[str, dict[str, Any]], None]
) -> tuple[Any, dict[float, dict[str, str]], SplinkRun]:
    """Train, predict at the lowest threshold, cluster at each threshold. Returns the linker (for scoring further
    pairs), mention key -> cluster id per threshold, and timings."""
    import duckdb
    from splink import DuckDBAPI, Linker, block_on

    run = SplinkRun()
    started = time.perf_counter()
    table = _pyarrow(prepare(mentions))
    run.seconds["prepare"] = time.perf_counter() - started
    progress("prepared", {"seconds": run.seconds["prepare"]})

    step = time.perf_counter()
    con = duckdb.connect()
    db_api = DuckDBAPI(connection=con)
    data = db_api.register(table, dataset_display_name="mentions")
    linker = Linker(data, settings(), log_level=None)
    # Exact counts (not the default 5 % sample estimate): the figure is reported next to our matcher's.
    counts = linker.blocking_analysis.count_comparisons_from_blocking_rules(record_sample_proportion=1.0)
    run.comparisons = int(counts[-1]["cumulative_comparison_count"]) if counts else 0
    progress("blocked", {"comparisons": run.comparisons})
    linker.training.estimate_probability_two_random_records_match([block_on("country", "name")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=U_SAMPLE_PAIRS, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("country", "first_token"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("name"))
    run.seconds["train"] = time.perf_counter() - step
    progress("trained", {"seconds": run.seconds["train"]})

    step = time.perf_counter()
    predictions = linker.inference.predict(threshold_match_probability=min(thresholds))
    run.predicted_pairs = int(con.execute(f"select count(*) from {predictions.physical_name}").fetchone()[0])  # type: ignore[index]
    run.seconds["predict"] = time.perf_counter() - step
    progress("predicted", {"seconds": run.seconds["predict"], "pairs": run.predicted_pairs})

    step = time.perf_counter()
    clusters: dict[float, dict[str, str]] = {}
    for threshold in thresholds:
        clustered = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, threshold)
        rows = con.execute(f"select unique_id, cluster_id from {clustered.physical_name}").fetchall()
        clusters[threshold] = {str(uid): str(cid) for uid, cid in rows}
    run.seconds["cluster"] = (time.perf_counter() - step) / len(thresholds)  # per threshold
    progress("clustered", {"seconds_per_threshold": run.seconds["cluster"]})
    run.model = linker.misc.save_model_to_json()
    return linker, clusters, run


def score_pairs(linker: Any, left: Sequence[OrgMention], right: Sequence[OrgMention]) -> list[float]:
    """Match probability of each (left[i], right[i]) under a trained model."""
    # Blocking keys play no part when the pairs are given.
    records_left = [record(m, _tokens(m.name), {}, 0) for m in left]
    records_right = [record(m, _tokens(m.name), {}, 0) for m in right]
    scored = linker.inference.score_pairs(records_left, records_right)
    rows = linker._db_api.duckdb_con.execute(
        f"select unique_id_l, unique_id_r, match_probability from {scored.physical_name}"
    ).fetchall()
    probability = {(a, b): p for a, b, p in rows}
    return [
        probability.get((a.key, b.key), probability.get((b.key, a.key), 0.0)) for a, b in zip(left, right, strict=True)
    ]
