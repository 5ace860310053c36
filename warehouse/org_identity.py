"""Entity resolution in the build: core.organisation_mentions in, canonical ids and their evidence out.

Reads the mentions (an SQL model), the curation file of human judgements and the previous published
warehouse (for id stability), runs transforms.org_matching and transforms.org_ids, and writes:
core.organisation_mention_map, core.match_evidence, core.match_judgements, core.organisation_id_history,
core.known_organisation_names (the curated register of names the matcher looks names up in).
"""

from __future__ import annotations

import csv
import logging
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from landscape.settings import Settings
from transforms.cluster_names import website_key
from transforms.known_names import REGISTER_COLUMNS, literal_key, name_key, register, register_rows
from transforms.org_ids import assign_ids
from transforms.org_matching import SAME, Judgement, OrgMention, match
from warehouse.column_docs import comment_table

log = logging.getLogger("landscape.build")

JUDGEMENT_COLUMNS = ("mention_a", "mention_b", "judgement", "who", "why", "judged_at")
VERDICTS = frozenset({"same", "not_same", "unsure"})
NAMES_ALONE = "_names_alone"

READS = ("core.organisation_mentions", "core.ror_organisations")
CREATES = (
    "ops.match_quality",
    "core.organisation_mention_map",
    "core.match_evidence",
    "core.match_judgements",
    "core.organisation_id_history",
    "core.known_organisation_names",
)


def judgements_path(settings: Settings) -> Path:
    return settings.home / "curation" / "organisation_judgements.csv"


def read_judgements(path: Path) -> list[dict[str, str]]:
    """The curation file: one judgement per row; a malformed row is an error, never skipped silently."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in JUDGEMENT_COLUMNS[:3] if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing columns {missing}; expected {', '.join(JUDGEMENT_COLUMNS)}")
        rows = []
        for line, row in enumerate(reader, start=2):
            verdict = (row.get("judgement") or "").strip().lower().replace(" ", "_")
            if verdict not in VERDICTS or not row.get("mention_a") or not row.get("mention_b"):
                raise ValueError(f"{path}:{line}: need mention_a, mention_b and judgement in {sorted(VERDICTS)}")
            rows.append({c: (row.get(c) or "").strip() for c in JUDGEMENT_COLUMNS} | {"judgement": verdict})
    # The latest judgement of a pair wins: curators revise their minds.
    latest: dict[frozenset[str], dict[str, str]] = {}
    for row in rows:
        latest[frozenset((row["mention_a"], row["mention_b"]))] = row
    return list(latest.values())


def build_identity(con: duckdb.DuckDBPyConnection, settings: Settings, build_id: str) -> int:
    started = time.perf_counter()
    found = con.execute(
        "select m.mention_key, m.source, m.name, m.aliases, m.country, m.city, m.nuts3, m.website, m.pic, m.vat, "
        "m.ror_id, m.assignee_id, coalesce(r.status = 'withdrawn', false) "
        "from core.organisation_mentions m left join core.ror_organisations r "
        "on m.source = 'ror' and r.ror_id = m.ror_id order by m.mention_key"
    ).fetchall()
    mentions = [
        OrgMention(
            key=key,
            source=source,
            name=name,
            country=country,
            city=city,
            nuts3=nuts3,
            domain=website_key(website) if website else None,
            ids=tuple(
                (kind, value)
                for kind, value in (("pic", pic), ("vat", vat), ("ror", ror), ("assignee", assignee))
                if value
            ),
            aliases=tuple(a for a in aliases or () if a and a != name),
            withdrawn=bool(withdrawn),
        )
        for key, source, name, aliases, country, city, nuts3, website, pic, vat, ror, assignee, withdrawn in found
    ]
    judgement_rows = read_judgements(judgements_path(settings))
    judgements = [Judgement(r["mention_a"], r["mention_b"], r["judgement"], r["who"], r["why"]) for r in judgement_rows]
    known = {m.key for m in mentions}
    for row in judgement_rows:
        if not _names_known(row, known):
            # A typo in a key must not pass for a decision taken: say so in the log and in the table.
            log.warning(
                "judgement %s ~ %s names a mention that is not in the landscape; not applied",
                row["mention_a"],
                row["mention_b"],
            )
    result = match(mentions, judgements)
    groups: dict[str, list[str]] = {}
    for key, root in result.group_of.items():
        groups.setdefault(root, []).append(key)
    previous, history = _previous(settings.warehouse_path)
    ids, events = assign_ids(groups, previous)
    attached = _attaching_rule(result.links)
    now = datetime.now(UTC).replace(tzinfo=None)

    _write(
        con,
        "core.organisation_mention_map",
        ["mention_key", "org_id", "attached_by", "known_as"],
        [(key, ids[key], attached.get(key, "alone"), result.known_as.get(key)) for key in sorted(ids)],
    )
    _write_register(con)
    _write(
        con,
        "core.match_evidence",
        ["mention_a", "mention_b", "rule", "score", "decision", "features"],
        [
            (link.a, link.b, link.rule, link.score, link.decision, _features_json(link.features))
            for link in result.links
        ],
    )
    _write(
        con,
        "core.match_judgements",
        [*JUDGEMENT_COLUMNS, "applied"],
        [(*(r[c] for c in JUDGEMENT_COLUMNS), _names_known(r, known)) for r in judgement_rows],
    )
    _write(
        con,
        "core.organisation_id_history",
        ["build_id", "recorded_at", "event", "org_id", "other_org_id", "mentions"],
        history + [(build_id, now, e.event, e.org_id, e.other_org_id, e.mentions) for e in events],
    )
    con.execute("alter table core.match_evidence alter score type double")
    con.execute("alter table core.organisation_id_history alter recorded_at type timestamp")
    _record_quality(con)
    for table, comments in COMMENTS.items():
        comment_table(con, table, comments)
    log.info(
        "entity resolution: %d mentions → %d organisations in %.1f s (%d judgements, %d id events)",
        len(mentions),
        len(set(ids.values())),
        time.perf_counter() - started,
        len(judgements),
        len(events),
    )
    return len(mentions)


def _write_register(con: duckdb.DuckDBPyConnection) -> None:
    columns = [*REGISTER_COLUMNS, "literal_key", "name_key", "ambiguous"]
    known = register()
    rows = []
    for entry, name in register_rows():
        literal, key = literal_key(name), name_key(name)
        rows.append(
            (*(getattr(entry, c) for c in REGISTER_COLUMNS), literal, key, (entry.country, key) in known.ambiguous)
        )
    _write(con, "core.known_organisation_names", columns, rows)


def _names_known(row: dict[str, str], known: set[str]) -> bool:
    return row["mention_a"] in known and row["mention_b"] in known


def _record_quality(con: duckdb.DuckDBPyConnection) -> None:
    """ops.match_quality: the matcher scored on the hand-written sets, stored with every build and release."""
    from transforms.known_names import KnownNames
    from transforms.match_quality import HANDWRITTEN_SETS, handwritten_scores

    rows = []
    # The matcher as it runs, and with an empty register of known names: what the names and places alone decide.
    variants = [(evaluation, path, None) for evaluation, path in HANDWRITTEN_SETS.items()] + [
        (f"{evaluation}{NAMES_ALONE}", path, KnownNames([])) for evaluation, path in HANDWRITTEN_SETS.items()
    ]
    for evaluation, path, known_names in variants:
        measured = handwritten_scores(path, known_names)
        if measured is None:
            log.warning("no hand-written evaluation set %s here: ops.match_quality goes without it", path.name)
            continue
        overall, per_kind = measured
        for kind, figures in [("all", overall), *per_kind.items()]:
            rows.append(
                (
                    evaluation,
                    kind,
                    figures.precision,
                    figures.recall,
                    figures.f1,
                    figures.true_positives,
                    figures.predicted,
                    figures.actual,
                )
            )
    con.execute(
        "create or replace table ops.match_quality (evaluation varchar, kind varchar, precision double, "
        "recall double, f1 double, true_positives integer, predicted integer, actual integer)"
    )
    if rows:
        con.executemany("insert into ops.match_quality values (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _attaching_rule(links: list) -> dict[str, str]:
    """Per mention, the strongest rule that linked it to another (what put it in its group)."""
    rank = {
        "judgement": 0,
        "same_pic": 1,
        "same_vat": 1,
        "same_ror": 1,
        "same_assignee": 1,
        "same_known_name": 2,
        "same_name": 2,
        "same_domain": 3,
        "name_location": 4,
    }
    best: dict[str, tuple[int, str]] = {}
    for link in links:
        if link.decision not in ("linked", f"judged_{SAME}"):
            continue
        order = (rank.get(link.rule, 9), link.rule)
        for key in (link.a, link.b):
            if key not in best or order < best[key]:
                best[key] = order
    return {key: rule for key, (_, rule) in best.items()}


def _features_json(features: dict[str, float]) -> str:
    import json

    return json.dumps({k: round(v, 4) for k, v in sorted(features.items())}, separators=(",", ":"))


def _previous(warehouse: Path) -> tuple[dict[str, str], list[tuple]]:
    """Mention → id and the id history of the published warehouse, if it has them."""
    if not warehouse.exists():
        return {}, []
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = {
            r[0] for r in con.execute("select table_name from duckdb_tables() where schema_name = 'core'").fetchall()
        }
        if "organisation_mention_map" not in tables:
            return {}, []
        mapping = dict(con.execute("select mention_key, org_id from core.organisation_mention_map").fetchall())
        history = (
            con.execute(
                "select build_id, recorded_at, event, org_id, other_org_id, mentions from core.organisation_id_history"
            ).fetchall()
            if "organisation_id_history" in tables
            else []
        )
        return mapping, history
    finally:
        con.close()


def _write(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], rows: list[tuple]) -> None:
    import pyarrow as pa

    data = {c: [r[i] for r in rows] for i, c in enumerate(columns)}
    frame = pa.table(data) if rows else pa.table({c: pa.array([], pa.string()) for c in columns})
    con.register("identity_frame", frame)
    try:
        con.execute(f"create or replace table {table} as select * from identity_frame")
    finally:
        con.unregister("identity_frame")


COMMENTS: dict[str, dict[str, str]] = {
    "ops.match_quality": {
        "": "Matching quality measured by this build on the hand-written pairs (evaluation/), each pair matched on "
        "its own.",
        "evaluation": "Which labelled set: hand_written_development (organisation_pairs.csv, which the weights are "
        "fitted on), hand_written_held_out (organisation_pairs_holdout.csv, never used in building the matcher) or "
        "hand_written_held_out_2 (organisation_pairs_holdout2.csv, written blind after the matcher was finished); "
        "with the suffix _names_alone, the same set matched without the register of known names.",
        "kind": "all, or one kind of hard case (acronym, translation, subsidiary, ...).",
        "precision": "Share of predicted matches that are matches.",
        "recall": "Share of matches found.",
        "f1": "Harmonic mean of precision and recall.",
        "true_positives": "Matches found.",
        "predicted": "Pairs predicted to match.",
        "actual": "Pairs that match.",
    },
    "core.organisation_mention_map": {
        "": "Which canonical organisation each mention belongs to (entity resolution).",
        "mention_key": "The mention (core.organisation_mentions).",
        "org_id": "Canonical organisation id: stable across refreshes (see core.organisation_id_history).",
        "attached_by": "Strongest rule that linked the mention into its organisation (alone: no link).",
        "known_as": "The organisation a register of names says the mention is, by one of its names: an org of "
        "core.known_organisation_names, or the mention key of a ROR record (whose every name is known); empty when "
        "no register knows the name. Mentions known as one organisation are linked (same_known_name), mentions "
        "known as two never by a name score.",
    },
    "core.known_organisation_names": {
        "": "The curated register of organisations' names (transforms/data/known_organisations.csv): current, "
        "translated, acronym and former names, looked up within a country before any string similarity.",
        "org": "Register id of the organisation (country code and a short name).",
        "country": "ISO 3166-1 alpha-2 of its seat.",
        "city": "City of its seat.",
        "kind": "university, research, company, government, hospital or other.",
        "name_type": "display (current official name), label (another language), acronym, alias, unit (a part "
        "without legal personality), former (before a rename of the same legal entity) or predecessor (another "
        "legal entity that merged into it; never looked up).",
        "lang": "ISO 639-1 of the name, empty when neutral.",
        "name": "The name as written.",
        "note": "When and how a former name changed; what a unit or predecessor is.",
        "literal_key": "What is looked up first: the name's words as written, as a sorted set (case, accents, "
        "script and punctuation aside), after a '=' mark.",
        "name_key": "What is looked up next, unless the name is only one or two kind words or a short word that "
        "folding changes: the name's normalised words as a sorted set (legal forms, particles, case, accents and "
        "the institution words' language aside).",
        "ambiguous": "Another organisation of the register in the country has the same name_key, so the name counts "
        "only as written (ROR's names in a build can make more keys ambiguous).",
    },
    "core.match_evidence": {
        "": "Every matching decision with its evidence: deterministic keys, scored name pairs (above a floor), "
        "judgements.",
        "mention_a": "First mention of the pair.",
        "mention_b": "Second mention of the pair.",
        "rule": "judgement, same_pic, same_vat, same_ror, same_assignee, same_known_name (one organisation by a "
        "register of names, see core.organisation_mention_map.known_as), same_name, same_domain or name_location.",
        "score": "1 for deterministic rules; the name-and-location score (0-1) otherwise.",
        "decision": "linked, below_threshold, refused:<constraint> (two ROR ids, two PICs, two known organisations, "
        "judged not same), "
        "judged_same, judged_not_same, judged_unsure.",
        "features": "The features behind the score (JSON): name similarities, acronym, location agreement, conflicts.",
    },
    "core.match_judgements": {
        "": "Human judgements from the curation file; they override automatic decisions.",
        "mention_a": "First mention.",
        "mention_b": "Second mention.",
        "judgement": "same, not_same or unsure.",
        "who": "Who judged.",
        "why": "Why.",
        "judged_at": "When (as written in the file).",
        "applied": "Both mentions exist in this build, so the judgement took effect (false: a mistyped or gone key).",
    },
    "core.organisation_id_history": {
        "": "What happened to canonical ids build after build: created, merged (other id merged into org_id), "
        "split (org_id split off other id), retired.",
        "build_id": "The build that recorded the event.",
        "recorded_at": "When the build ran (UTC).",
        "event": "created, merged, split or retired.",
        "org_id": "The id the event is about (for merged: the id that lives on).",
        "other_org_id": "merged: the id merged away; split: the id it was split from.",
        "mentions": "Mentions concerned.",
    },
}
