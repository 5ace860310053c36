"""Organisation entity resolution: which mentions in which sources are one organisation, and why.

Order of evidence, strongest first; each decision keeps its rule, score and features:

1. **Judgements** (the curation file): "same" links whatever the evidence says, "not same" forbids the
   pair ever ending in one group, "unsure" only keeps the pair out of the review list.
2. **Deterministic keys**: the same CORDIS PIC, VAT number, ROR id, PatentsView assignee id, or (with
   compatible names) website domain; the same normalised name in the same country; a name that a register
   of names (ROR's names, the curated register: transforms/known_names.py) knows as one organisation.
3. **Probabilistic** on names with location as evidence: candidate pairs come from blocks (country and
   a rare distinctive name token, or country and acronym), so cost grows with the mentions, not their
   square; rapidfuzz scores each block in C first and only promising pairs get the full features. The
   score is a weighted sum of name features (token set ratio, trigram similarity, distinctive-token
   overlap, acronym agreement) and location (same NUTS-3 or city, different city), with penalties for
   conflicting institution kinds (university vs university of applied sciences) and legal forms.

Groups are formed greedily from the strongest link down with ConstrainedGroups: two ROR ids, two PICs
joined by a name alone, two organisations the registers of names tell apart, or a judged "not same" pair never
end in one organisation.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from transforms.constrained_groups import ConstrainedGroups
from transforms.countries import to_iso
from transforms.known_names import KnownNames, register, ror_entries
from transforms.org_names import (
    COUNTRY_TOKEN_BY_ISO,
    NormalisedName,
    acronym_spelling,
    name_similarity,
    normalise,
    tokens_agree,
)
from transforms.parallel import cycle_collector_paused, default_workers, map_chunks

# Above this a fuzzy pair is linked; the review list shows the pairs closest to it.
THRESHOLD = 0.75
# From this many mentions on, the scoring of candidate pairs is shared between worker processes.
PARALLEL_FROM = 20_000
# Pairs scoring below this are not kept as evidence (there would be millions).
EVIDENCE_FLOOR = 0.45
# Cheap first pass inside a block: rapidfuzz's token_set_ratio of the core names (0-100), which scores a name
# against one it is part of as highly as against itself, so truncations ("MAX PLANCK GESELLSCHAFT") and names with
# a word added ("University of Galway" / "National University of Ireland, Galway") pass, and the score decides.
# At 60 with token_sort_ratio a third more pairs were scored at 300,000 mentions, for a lower F1.
PREFILTER = 75
# A token shared by more mentions than this in one country is not distinctive enough to block on.
MAX_BLOCK = 400
# Identifier kinds of which one organisation has one value: never joined by a name alone. "known" is the
# organisation a register of names says a mention is (transforms/known_names.py).
KNOWN = "known"
EXCLUSIVE_KINDS = ("ror", "pic", KNOWN)
DETERMINISTIC_KINDS = ("pic", "vat", "ror", "assignee")
# What a deterministic link may not join: identifiers may join two PICs (one legal entity registered twice shares its
# VAT), never two ROR ids; a known name is a name, so never two PICs either.
_DETERMINISTIC_CONFLICTS = {
    **{f"same_{kind}": ("ror",) for kind in DETERMINISTIC_KINDS},
    "same_known_name": ("ror", "pic", KNOWN),
}
# Registries list members without a country; the cluster's country stands in for theirs.
GUESSED_COUNTRY_SOURCE = "cluster_members"
SAME, NOT_SAME, UNSURE = "same", "not_same", "unsure"
# Names of one record compared (its name first, then two aliases): ROR lists a dozen for big universities, and
# every extra name multiplies the comparisons of each pair (four names: 67 s at 300k mentions, three: 60 s).
MAX_NAMES = 3


@dataclass(frozen=True)
class OrgMention:
    key: str  # unique across sources, e.g. "cordis:999999999", "ror:00pjdza24"
    source: str
    name: str
    country: str | None = None
    city: str | None = None
    nuts3: str | None = None
    domain: str | None = None
    ids: tuple[tuple[str, str], ...] = ()  # (kind, value): pic, vat, ror, assignee
    aliases: tuple[str, ...] = ()  # other names of the same record (ROR labels, aliases, acronyms)
    withdrawn: bool = False  # a ROR record ROR withdrew (a duplicate or an error): its names are no one's


@dataclass(frozen=True)
class Judgement:
    a: str
    b: str
    verdict: str  # same | not_same | unsure
    who: str = ""
    why: str = ""


@dataclass(frozen=True)
class Link:
    a: str
    b: str
    rule: str
    score: float
    features: dict[str, float] = field(default_factory=dict)
    decision: str = ""  # linked | below_threshold | refused:<why> | judged_same | judged_not_same | judged_unsure


@dataclass
class MatchResult:
    group_of: dict[str, str]  # mention key → group root (a mention key)
    links: list[Link]
    known_as: dict[str, str] = field(default_factory=dict)  # mention key → organisation a register names it


@dataclass(frozen=True)
class _Prepared:
    mention: OrgMention
    names: tuple[NormalisedName, ...]  # the name first, then aliases
    city: str | None
    places: frozenset[str]  # tokens naming its city and country, which a name may add or leave out
    known: str | None = None  # the organisation a register of names says it is (transforms/known_names.py)


def match(
    mentions: Sequence[OrgMention],
    judgements: Iterable[Judgement] = (),
    workers: int | None = None,
    known_names: KnownNames | None = None,
) -> MatchResult:
    """Group ``mentions``; ``workers`` processes share the scoring of candidate pairs of large inputs (default
    :func:`transforms.parallel.default_workers` from PARALLEL_FROM mentions on; the result does not depend on it).
    ``known_names``: the register names are looked up in (default: the shipped one)."""
    if workers is None:
        workers = default_workers() if len(mentions) >= PARALLEL_FROM else 1
    with cycle_collector_paused():
        return _match(mentions, judgements, workers, register() if known_names is None else known_names)


def _match(
    mentions: Sequence[OrgMention], judgements: Iterable[Judgement], workers: int, known_names: KnownNames
) -> MatchResult:
    prepared = _with_known_organisations(_prepare_all(mentions), known_names)
    groups = ConstrainedGroups(
        {
            key: {kind: value for kind, value in (*p.mention.ids, (KNOWN, p.known)) if kind in EXCLUSIVE_KINDS}
            for key, p in prepared.items()
        }
    )
    links: list[Link] = []
    judged: dict[frozenset[str], Judgement] = {}
    for judgement in judgements:
        if judgement.a in prepared and judgement.b in prepared:
            judged[frozenset((judgement.a, judgement.b))] = judgement
    for judgement in judged.values():
        if judgement.verdict == NOT_SAME:
            groups.forbid(judgement.a, judgement.b)
    for judgement in judged.values():
        if judgement.verdict == SAME:
            groups.union(judgement.a, judgement.b)
        links.append(
            Link(
                judgement.a,
                judgement.b,
                "judgement",
                1.0 if judgement.verdict == SAME else 0.0,
                {},
                f"judged_{judgement.verdict}",
            )
        )

    for link in _deterministic(prepared):
        if frozenset((link.a, link.b)) in judged:
            continue
        # A shared website or normalised name never joins two organisations a register tells apart ("Catholic
        # University of Louvain" and "Katholieke Universiteit Leuven" normalise alike); judged "not same" always wins.
        why = groups.conflict(link.a, link.b, kinds=_DETERMINISTIC_CONFLICTS.get(link.rule, ("ror", KNOWN)))
        if why is None:
            groups.union(link.a, link.b)
        links.append(_decided(link, why))

    fuzzy = sorted(_scored_pairs(prepared, groups, workers), key=lambda link: -link.score)
    for link in fuzzy:
        if frozenset((link.a, link.b)) in judged:
            continue
        if link.score < THRESHOLD:
            links.append(_with(link, "below_threshold"))
            continue
        why = groups.conflict(link.a, link.b, kinds=EXCLUSIVE_KINDS)
        if why is None:
            groups.union(link.a, link.b)
        links.append(_decided(link, why))
    group_of = {key: root for root, members in groups.groups().items() for key in members}
    return MatchResult(group_of, links, {key: p.known for key, p in prepared.items() if p.known})


def _decided(link: Link, why: str | None) -> Link:
    return _with(link, "linked" if why is None else f"refused:{why}")


def _with(link: Link, decision: str) -> Link:
    return Link(link.a, link.b, link.rule, link.score, link.features, decision)


def _prepare_all(mentions: Sequence[OrgMention]) -> dict[str, _Prepared]:
    # Not shared with workers: sending the taken-apart names back costs more than taking them apart. Sources repeat
    # names (one assignee, many patents' worth of EPO spellings), so each is taken apart once.
    cache: dict[tuple[str, str | None], NormalisedName] = {}
    return {m.key: _prepare(m, cache) for m in mentions}


def _with_known_organisations(prepared: dict[str, _Prepared], known: KnownNames) -> dict[str, _Prepared]:
    """Each mention with the organisation its name is known as: ROR records' every name (not only the first
    MAX_NAMES the scores compare) and the register's. A ROR record is its own organisation unless the register
    names it. Other records are known by their name, not by a short name beside it (CORDIS gives "UCL TECHNOLOGIES
    LTD" the short name "UCL"); a cluster member, whose country is the cluster's guess, only by a name of two words
    or more."""
    # A withdrawn record mostly repeats a live one's names, which would make them all ambiguous.
    records = {
        record: (p.mention.country, p.names)
        for p in prepared.values()
        if (record := _ror_record(p.mention)) and not p.mention.withdrawn
    }
    if records:
        organisation_of_record, entries = ror_entries(records, known)
        known = known.extended(entries)
    else:
        organisation_of_record = {}
    for key, p in prepared.items():
        record = _ror_record(p.mention)
        site = frozenset(p.city.split()) if p.city else frozenset()
        if record:
            org = organisation_of_record.get(record)
        elif p.mention.source == GUESSED_COUNTRY_SOURCE and (not p.names or len(p.names[0].token_set) < 2):
            org = None
        else:
            org = known.organisation_of(p.names[:1], p.mention.country, site)
        if org:
            prepared[key] = replace(p, known=org)
    return prepared


def _ror_record(m: OrgMention) -> str | None:
    return next((f"ror:{value}" for kind, value in m.ids if kind == "ror" and value), None)


def _prepare(m: OrgMention, cache: dict[tuple[str, str | None], NormalisedName] | None = None) -> _Prepared:
    cache = {} if cache is None else cache
    names = []
    for name in (m.name, *m.aliases):
        if name and name.strip():
            key = (name, m.country)
            if key not in cache:
                cache[key] = normalise(name, m.country)
            names.append(cache[key])
    # Cities compared as names are: accents, case and exonyms (Turin/Torino, Göteborg/Gothenburg) aside.
    city = normalise(m.city) if m.city else None
    places = set(city.tokens) if city else set()
    country = COUNTRY_TOKEN_BY_ISO.get(to_iso(m.country) or "") if m.country else None
    if country:
        places.add(country)
    return _Prepared(m, tuple(names), city.core if city else None, frozenset(places))


# -- deterministic -----------------------------------------------------------------------------------


def _deterministic(prepared: dict[str, _Prepared]) -> Iterator[Link]:
    by_value: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, p in prepared.items():
        for kind, value in p.mention.ids:
            if kind in DETERMINISTIC_KINDS and value:
                by_value[(kind, value.strip().upper())].append(key)
        if p.names and p.names[0].core:
            by_value[("name", f"{p.mention.country or ''}|{p.names[0].core}")].append(key)
        if p.known:
            by_value[("known_name", p.known)].append(key)
        if p.mention.domain:
            by_value[("domain", p.mention.domain.lower())].append(key)
    for (kind, _), keys in by_value.items():
        first = keys[0]
        for other in keys[1:]:
            if kind == "domain":
                # A shared website is strong only for names that are compatible (a group's sites
                # host many legal entities: subsidiaries, sister institutes).
                features = _features(prepared[first], prepared[other])
                if features["name"] < 0.6 or features["kind_conflict"]:
                    continue
                yield Link(first, other, "same_domain", 1.0, features)
            else:
                yield Link(first, other, f"same_{kind}", 1.0)


# -- probabilistic -----------------------------------------------------------------------------------


def _blocks(prepared: dict[str, _Prepared]) -> Iterator[tuple[bool, list[str]]]:
    """Keys sharing a country (or both without one) and a rare distinctive token, its first letters, its consonants,
    or an acronym. Without the country in the key, common names of all Europe would meet in blocks too big to use."""
    distinctive = {key: _distinctive(p) for key, p in prepared.items()}
    token_counts: dict[tuple[str, str], int] = defaultdict(int)
    for key, p in prepared.items():
        for token in distinctive[key]:
            token_counts[(p.mention.country or "", token)] += 1
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)

    def add(block: tuple[str, str], key: str) -> None:
        members = blocks[block]
        # A mention's keys are added one after the other, so a repeat (two tokens with one prefix) is the last.
        if not members or members[-1] != key:
            members.append(key)

    for key, p in prepared.items():
        country = p.mention.country or ""
        # Ties broken by the token itself: set order changes from one process to the next, the blocks must not.
        counted = sorted((token_counts[(country, t)], t) for t in distinctive[key])
        for token in [t for count, t in counted if count <= MAX_BLOCK][:2]:
            add((country, "t:" + token), key)
            # A typo rarely hits the first letters: "Stutgart" still meets "Stuttgart"; and when it does, it rarely
            # changes the consonants: "Infenion" meets "Infineon", "Upsala" "Uppsala".
            add((country, "p:" + token[:4]), key)
            add((country, "k:" + _skeleton(token)), key)
        # A lone acronym meets its full name through the initials of the full name's words, in the
        # original language as well as translated ("CSIC": Consejo Superior de Investigaciones Científicas).
        acronyms = set()
        for name in p.names:
            if name.acronym:
                acronyms.add(name.acronym)
            for initials in name.initials:
                if len(initials) >= 3:
                    acronyms.add(initials.upper())
            # "KU Leuven" meets "Katholieke Universiteit Leuven" through "KUL": the acronym and the next initial only,
            # as every pair in an acronym block is scored.
            spelled = acronym_spelling(name)
            if name.acronym and len(spelled) > len(name.acronym) >= 2:
                acronyms.add(spelled[: len(name.acronym) + 1].upper())
        for acronym in sorted(acronyms):
            add((country, "a:" + acronym), key)
    for (_, block), members in blocks.items():
        if 1 < len(members) <= MAX_BLOCK:
            yield block.startswith("a:"), members


def _skeleton(token: str) -> str:
    """First letter, then the consonants with doubles written once."""
    consonants = [token[0], *(char for char in token[1:] if char not in "aeiouy")]
    return "".join(char for i, char in enumerate(consonants) if i == 0 or char != consonants[i - 1])


def _distinctive(p: _Prepared) -> set[str]:
    tokens: set[str] = set()
    for name in p.names:
        tokens.update(t for t in name.distinctive_tokens if len(t) > 2)
    return tokens


def _scored_pairs(prepared: dict[str, _Prepared], groups: ConstrainedGroups, workers: int = 1) -> list[Link]:
    """Scored candidate pairs, except those the deterministic keys already joined (nothing to decide). Workers take
    contiguous runs of blocks; a pair two runs both meet is kept once, as the serial order would keep it."""
    blocks = list(_blocks(prepared))
    shared = (prepared, groups, blocks)
    links, kept = [], set()
    for a, b, score, names, values in map_chunks(
        _score_blocks, range(len(blocks)), shared, workers, _block_costs(blocks)
    ):
        if (a, b) not in kept:
            kept.add((a, b))
            links.append(Link(a, b, "name_location", score, dict(zip(names, values, strict=True))))
    return links


def _block_costs(blocks: list[tuple[bool, list[str]]]) -> list[int]:
    return [len(members) ** 2 for _, members in blocks]


def _score_blocks(
    shared: tuple[dict[str, _Prepared], ConstrainedGroups, list[tuple[bool, list[str]]]], indices: Sequence[int]
) -> list[tuple[str, str, float, tuple[str, ...], tuple[float, ...]]]:
    # Plain tuples cross between processes many times faster than Links with their dicts.
    prepared, groups, blocks = shared
    kept = []
    for a, b in _candidates(prepared, groups, [blocks[i] for i in indices]):
        features, score = _evaluate(prepared[a], prepared[b])
        if score >= EVIDENCE_FLOOR:
            kept.append((a, b, round(score, 4), tuple(features), tuple(features.values())))
    return kept


def candidate_features(mentions: Sequence[OrgMention]) -> Iterator[tuple[str, str, dict[str, float]]]:
    """Every pair the blocks and the prefilter let through, with its features (to fit the weights on)."""
    prepared = _prepare_all(mentions)
    groups = ConstrainedGroups({m.key: {} for m in mentions})
    for a, b in _candidates(prepared, groups, _blocks(prepared)):
        yield a, b, _features(prepared[a], prepared[b])


def _candidates(
    prepared: dict[str, _Prepared], groups: ConstrainedGroups, blocks: Iterable[tuple[bool, list[str]]]
) -> Iterator[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    for by_acronym, block in blocks:
        # Records already in one group with the same normalised name would all score alike against any
        # other: one of them stands for the rest (most of the cost at scale was these repeats).
        stand_ins: dict[tuple[str, str], str] = {}
        for key in block:
            core = prepared[key].names[0].core if prepared[key].names else key
            stand_ins.setdefault((groups.find(key), core), key)
        members = list(stand_ins.values())
        if len(members) < 2:
            continue
        if by_acronym:
            # An acronym and its full name look nothing alike to a string measure: score every pair.
            candidates = [(i, j) for i in range(len(members)) for j in range(i + 1, len(members))]
        else:
            cores = [prepared[k].names[0].core if prepared[k].names else "" for k in members]
            # One C call per block: the cheap similarity of every pair, then features for the promising.
            matrix = process.cdist(cores, cores, scorer=fuzz.token_set_ratio, score_cutoff=PREFILTER, workers=1)
            candidates = list(zip(*matrix.nonzero(), strict=True))
        for i, j in candidates:
            if i >= j:
                continue
            a, b = sorted((members[i], members[j]))
            if (a, b) in seen or groups.find(a) == groups.find(b):
                continue
            seen.add((a, b))
            yield a, b


def _features(a: _Prepared, b: _Prepared) -> dict[str, float]:
    return _evaluate(a, b)[0]


def _evaluate(a: _Prepared, b: _Prepared) -> tuple[dict[str, float], float]:
    """Features and score: name similarity of the best-matching pair of names (aliases included) and location
    agreement. Location is the same for every pair of names, so names are compared by their own part of the score."""
    location = _location(a, b)
    best: dict[str, float] = {"name": 0.0}
    best_z = -math.inf
    for na in a.names[:MAX_NAMES]:
        for nb in b.names[:MAX_NAMES]:
            f = name_similarity(na, nb, a.places, b.places)
            # Sort, not set, ratio: a name inside a longer one ("Universität Hamburg" in "Technische
            # Universität Hamburg") is usually another organisation, not the same one.
            f["token_sort"] = fuzz.token_sort_ratio(na.core, nb.core) / 100.0
            f["name"] = max(f["token_sort"], f["trigram"])
            f["lone_acronym"] = float(bool(f["acronym_initials"]) and (_lone_acronym(na) or _lone_acronym(nb)))
            # An acronym spelling the other name names its kind too ("TUM School of Management").
            f["speciality_conflict"] = float(not f["acronym_initials"] and _speciality_conflict(na, nb))
            f["kind_conflict"] = float(bool(f["kind_conflict"]))
            f["legal_form_conflict"] = float(bool(f["legal_form_conflict"]))
            z = _linear(f)
            if z > best_z:
                best, best_z = f, z
    if best_z == -math.inf:
        best_z = _linear(best)
    best.update(location)
    return best, _sigmoid(_ACTIVE_WEIGHTS[0] + best_z + _linear(location))


def _location(a: _Prepared, b: _Prepared) -> dict[str, float]:
    ma, mb = a.mention, b.mention
    same_region = bool(ma.nuts3 and ma.nuts3 == mb.nuts3)
    same_city = _same_city(a.city, b.city)
    return {
        "same_country": float(bool(ma.country and ma.country == mb.country)),
        "same_region": float(same_region),
        "same_city": float(same_city),
        "other_city": float(bool(a.city and b.city and not same_city and not same_region)),
    }


# Kinds that make a university another one: a technical university or one of applied sciences is not
# "the" university of the same city (Universität Hamburg vs Technische Universität Hamburg).
_SPECIALITIES = ("technical_university", "applied_sciences", "medical")


def _speciality_conflict(a: NormalisedName, b: NormalisedName) -> bool:
    return any((kind in a.kind_tokens) != (kind in b.kind_tokens) for kind in _SPECIALITIES) and bool(
        a.kind_tokens and b.kind_tokens
    )


def _same_city(a: str | None, b: str | None) -> bool:
    """Cities as sources write them: "PARIS 15" and "Paris", "Kgs. Lyngby" and "KONGENS LYNGBY", "Upsala" and
    "Uppsala" are one place; two places share no word of four letters or more."""
    if not a or not b:
        return False
    if a == b:
        return True
    return any(len(x) >= 4 and len(y) >= 4 and tokens_agree(x, y) for x in a.split() for y in b.split())


def _lone_acronym(name: NormalisedName) -> bool:
    """The whole name is an acronym (CNRS, TNO): then agreeing with the other's initials is the evidence."""
    return name.acronym_source == "token" and len(name.tokens) <= 2


# Weights of the score's logistic model, fitted by bench/fit_match_weights.py (which says on what) and kept as data.
WEIGHTS_JSON = Path(__file__).parent / "data" / "match_weights.json"
WEIGHTS: dict[str, float] = json.loads(WEIGHTS_JSON.read_text(encoding="utf-8"))["weights"]
FEATURES = tuple(feature for feature in WEIGHTS if feature != "bias")
_ACTIVE_WEIGHTS: tuple[float, tuple[tuple[str, float], ...]] = (0.0, ())


def use_weights(weights: dict[str, float]) -> None:
    """Score with ``weights`` from now on (the fitting script tries several)."""
    global _ACTIVE_WEIGHTS
    WEIGHTS.clear()
    WEIGHTS.update(weights)
    # The score runs millions of times: only the features that weigh anything, in a flat tuple.
    _ACTIVE_WEIGHTS = (weights["bias"], tuple((f, w) for f, w in weights.items() if w and f != "bias"))


use_weights(dict(WEIGHTS))


def _score(f: dict[str, float]) -> float:
    return _sigmoid(_ACTIVE_WEIGHTS[0] + _linear(f))


def _linear(f: dict[str, float]) -> float:
    """The weighted sum of the features ``f`` has, intercept left out."""
    z = 0.0
    for feature, weight in _ACTIVE_WEIGHTS[1]:
        if feature in f:
            z += weight * f[feature]
    return z


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def pair_score(a: OrgMention, b: OrgMention) -> tuple[float, dict[str, float]]:
    """Score and features of one pair, as the matcher would compute them (for evaluation and review)."""
    features = _features(_prepare(a), _prepare(b))
    return _score(features), features
