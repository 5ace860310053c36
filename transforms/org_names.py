# ruff: noqa: RUF001, RUF003 - Greek and Cyrillic letters are what this module transliterates.
"""Organisation names reduced to comparable parts, so the matcher can tell when two sources name one organisation.

Every source writes the same organisation its own way:

* CORDIS: upper case, accents dropped, German umlauts written as plain vowels or as digraphs, legal form glued on
  ("TECHNISCHE UNIVERSITAET MUENCHEN", "FORSCHUNGSZENTRUM JULICH GMBH", "COMET GLOBAL INNOVATION, SL"), Greek
  names romanised ("ETHNIKO KAI KAPODISTRIAKO PANEPISTIMIO ATHINON").
* EPO epodoc applicant names: ASCII upper case, particles dropped, common words abbreviated, words reordered,
  at most four words and the country in brackets ("UNIV MUENCHEN TECH [DE]", "FRAUNHOFER GES FORSCHUNG [DE]").
* PatentsView assignees, ROR and cluster registries: mixed case, native spelling, often in English
  ("Technical University of Munich", "Centre national de la recherche scientifique (CNRS)").

:func:`fold` makes spellings comparable (case, accents, scripts, umlaut digraphs, punctuation).
:func:`normalise` then takes a name apart: its legal form (read per country, since "AS" or "SA" mean different
things in different countries and nothing at all inside a word), its acronym, the types of institution it names,
and a ``core`` in which institution words of every language become one English token, so translations meet.
:func:`name_similarity` turns two normalised names into a few features for the matcher to weigh.

Vocabularies are data in ``transforms/data/``:

* ``legal_forms.csv`` (``code,form,family,countries,position``): each spelling of a legal form, the canonical code
  it stands for, the family it belongs to (stock, limited, partnership, cooperative, nonprofit, public), the ISO
  countries where a bare abbreviation is read as that form (``*`` anywhere), and whether it is written at the
  ``end`` of a name, at the ``start``, or both.
* ``institution_words.csv`` (``phrase,tokens,kind,role``): words and phrases naming institutions, the canonical
  tokens that replace them, the institution types (``kind``) they reveal, and their ``role``: ``kind`` and
  ``descriptor`` words are generic (they do not identify an organisation), ``distinctive`` ones are translated but
  still identifying ("Freie" -> "free", "Katholieke" -> "catholic").
* ``city_exonyms.csv`` (``canonical,variants``): major European cities whose names differ between languages,
  so "München", "MUENCHEN" and "Munich" become one token.

Every entry is folded with :func:`fold` when loaded, so the files are written in natural spelling.
Decisions worth knowing:

* Hochschule, Fachhochschule, Haute école, Hogeschool, högskola and their kin are universities of applied sciences,
  not universities: they get the token ``applied_sciences`` and the kind ``university_of_applied_sciences``, which
  conflicts with ``university``. "Technische Hochschule" is read as a technical university (ETH, RWTH), although
  several German "TH"s today are universities of applied sciences.
* "Technical", "Technology" and the epodoc "TECH" all become ``tech``: epodoc abbreviates both words the same way.
* The German digraphs ue/oe/ae (and the Nordic aa) are folded to a single vowel inside every word (a two-letter
  word is left alone), so "MUENCHEN", "München" and "Munchen" agree, and so do "Aalborg" and "Ålborg"; other
  words with these letters change as well ("Queen" -> "qun", "æ" -> "ae" -> "a"), but identically in every
  source, which is what matching needs.
* Cyrillic is romanised the way the country itself writes Latin names: Serbian/Macedonian letters select Gaj's
  alphabet (folded: ч -> c), Ukrainian letters the Ukrainian system, ы/э/ё the Russian one, anything else the
  Bulgarian one. A Serbian name without a Serbian-only letter is therefore read as Bulgarian ("Ниш" -> "nish").
* City exonyms map to one English token; "Louvain" is Leuven, as the brief for the table asks, so KU Leuven and
  UCLouvain ("Université catholique de Louvain") share it and must be told apart by other evidence.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Literal

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from transforms.cluster_names import join_initials
from transforms.countries import to_iso
from transforms.country_names import NAME_TO_ISO

DATA = Path(__file__).parent / "data"
LEGAL_FORMS_CSV = DATA / "legal_forms.csv"
INSTITUTION_WORDS_CSV = DATA / "institution_words.csv"
CITY_EXONYMS_CSV = DATA / "city_exonyms.csv"
COUNTRY_WORDS_CSV = DATA / "country_words.csv"

# Latin letters that Unicode does not decompose into a base letter and a mark.
_LATIN_LETTERS = str.maketrans(
    {"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "þ": "th", "ð": "d", "œ": "oe", "ı": "i", "ħ": "h"}
    | {"ŧ": "t", "ŋ": "ng", "ĳ": "ij", "ſ": "s"}
)

# Cyrillic: one table per language, because each country romanises with its own system and its organisations
# write their names in Latin letters by that system ("Tehnicheski universitet" in Bulgaria, "Univerzitet u Nišu"
# in Serbia). The language is guessed from letters only it uses; plain Russian/Bulgarian text is read as
# Bulgarian, the EU language. Precomposed letters (й, ё, ї, ў) are listed because decomposing them first
# would lose the difference (й -> и).
_CYRILLIC_COMMON = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "є": "ye",
    "і": "i",
    "ї": "yi",
    "ґ": "g",
    "ў": "u",
    "ђ": "dj",
    "ј": "j",
    "љ": "lj",
    "њ": "nj",
    "ћ": "c",
    "џ": "dz",
    "ѓ": "gj",
    "ќ": "kj",
    "ѕ": "dz",
}
_CYRILLIC_BY_LANGUAGE = {
    # Bulgarian official system (2009): х -> h, щ -> sht, ъ -> a.
    "bg": str.maketrans(_CYRILLIC_COMMON | {"х": "h", "щ": "sht", "ъ": "a", "ь": "y"}),
    # BGN/PCGN-like.
    "ru": str.maketrans(_CYRILLIC_COMMON),
    # Ukrainian national system (2010): г -> h, и -> y; є ї й ю я inside a word are ie i i iu ia.
    "uk": str.maketrans(_CYRILLIC_COMMON | {"г": "h", "и": "y"}),
    # Serbian and Macedonian: their own Latin alphabet (Gaj), whose č, š, ž fold to c, s, z.
    "sr": str.maketrans(
        _CYRILLIC_COMMON
        | {"ж": "z", "х": "h", "ц": "c", "ч": "c", "ш": "s", "ђ": "d", "ћ": "c", "й": "j", "ю": "ju", "я": "ja"}
        | {"ѓ": "g", "ќ": "k", "щ": "sc"}
    ),
}
# The blocks of combining marks that decomposition leaves after Latin letters (accents, cedillas, ogoneks...).
_COMBINING_MARKS = dict.fromkeys(
    mark
    for first, last in ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))
    for mark in range(first, last + 1)
    if unicodedata.combining(chr(mark))
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_SERBIAN_LETTERS = frozenset("ђјљњћџѓќѕ")
_UKRAINIAN_LETTERS = frozenset("єіїґ")
_RUSSIAN_LETTERS = frozenset("ыэё")
# Bulgarian writes a final -ия as -ia (София -> Sofia).
_BULGARIAN_FINAL_IA = re.compile(r"ия\b")
_UKRAINIAN_INNER_IOTATED = re.compile(r"(?<=\w)[єїйюя]")
_UKRAINIAN_INNER_SOUNDS = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}

# Greek after ELOT 743 / ISO 843, as Greek organisations romanise their names ("PANEPISTIMIO", "EREVNAS").
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_LETTERS = str.maketrans(
    {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k"}
    | {"λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t"}
    | {"υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ϊ": "i", "ϋ": "y"}
)
# Pairs read as one sound: αυ/ευ/ηυ (av/ev/iv, or af/ef/if before a voiceless consonant or at the end of a
# word), ου (ou), γγ/γξ/γχ (ng/nx/nch). A diaeresis (ϋ) keeps the letters apart, so only plain υ pairs.
_GREEK_PAIRS = re.compile("[αεη]υ|ου|γ[γξχ]")
_GREEK_VOICELESS = frozenset("θκξπστφχψς")
_GREEK_PAIR_SOUNDS = {"αυ": "av", "ευ": "ev", "ηυ": "iv", "ου": "ou", "γγ": "ng", "γξ": "nx", "γχ": "nch"}
_DIAERESIS = "\u0308"

_POSSESSIVE = re.compile(r"(\w)['’ʼ`´]s\b")
_SEPARATORS = re.compile(r"[\W_]+")
# ue/oe/ae/aa inside a word (not standing alone: "ae" is the Greek legal form A.E.) become their first letter.
_DIGRAPHS = re.compile(r"\B([uoa])e|([uoa])e\B|\B(a)a|(a)a\B")
_DIGRAPH_LETTER = r"\1\2\3\4"
_SINGLE_LETTER = re.compile(r"(?<!\S)\S(?!\S)")


def fold(text: str, digraphs: bool = True) -> str:
    """Lower case ASCII-like words separated by single spaces: accents and marks removed, ß/æ/ø/ł/đ/þ spelled
    out, Greek and Cyrillic transliterated, German ue/oe/ae (and Nordic aa) reduced to one vowel (unless not
    ``digraphs``), "&" read as "and", other punctuation a separator. Letters of other scripts (Chinese,
    Arabic...) are kept as they are."""
    text = text.lower()
    if not text.isascii():
        text = _to_latin(text)
    if "'" in text or "’" in text or "ʼ" in text or "`" in text or "´" in text:
        text = _POSSESSIVE.sub(r"\1s", text)  # Queen's -> queens, but L'Université -> l universite
    if "&" in text:
        text = text.replace("&", " and ")
    text = _SEPARATORS.sub(" ", text)
    replaced = int(digraphs and ("ue" in text or "oe" in text or "ae" in text or "aa" in text))
    while replaced:  # "auee" -> "aue" -> "au": repeat so that folding twice changes nothing
        text, replaced = _DIGRAPHS.subn(_DIGRAPH_LETTER, text)
    return text.strip()


def _to_latin(text: str) -> str:
    if _GREEK.search(text):
        text = _greek_to_latin(text)
    if _CYRILLIC.search(text):
        text = _cyrillic_to_latin(text)
    return unicodedata.normalize("NFKD", text.translate(_LATIN_LETTERS)).translate(_COMBINING_MARKS)


def _greek_to_latin(text: str) -> str:
    # Drop accents (tonos, polytonic breathings) but keep the diaeresis, which decides whether υ pairs.
    decomposed = unicodedata.normalize("NFD", text)
    text = unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if c == _DIAERESIS or not unicodedata.combining(c))
    )

    def sound(match: re.Match[str]) -> str:
        pair = match.group()
        latin = _GREEK_PAIR_SOUNDS[pair]
        if pair[1] == "υ" and pair[0] != "ο":
            following = text[match.end()] if match.end() < len(text) else ""
            if not following.isalpha() or following in _GREEK_VOICELESS:
                latin = latin[0] + "f"
        return latin

    return _GREEK_PAIRS.sub(sound, text).translate(_GREEK_LETTERS)


def _cyrillic_to_latin(text: str) -> str:
    letters = set(text)
    if letters & _SERBIAN_LETTERS:
        language = "sr"
    elif letters & _UKRAINIAN_LETTERS:
        language = "uk"
        text = _UKRAINIAN_INNER_IOTATED.sub(lambda match: _UKRAINIAN_INNER_SOUNDS[match.group()], text)
    elif letters & _RUSSIAN_LETTERS:
        language = "ru"
    else:
        language = "bg"
        text = _BULGARIAN_FINAL_IA.sub("ia", text)
    return text.translate(_CYRILLIC_BY_LANGUAGE[language])


def literal_words(text: str) -> list[str]:
    """The words as written, but for case, accents, script and punctuation: "AAU" stays apart from "AU" and
    "IDAEA" from "IDAE", which reading digraphs as umlauts would join."""
    return _join_single_letters(fold(text, digraphs=False))


def _words(text: str) -> list[str]:
    """Folded words, with runs of single letters joined: "S.A." -> "sa", "C.N.R.S." -> "cnrs"."""
    return _join_single_letters(fold(text))


def _join_single_letters(folded: str) -> list[str]:
    words = folded.split()
    if not _SINGLE_LETTER.search(folded):
        return words
    return join_initials(words)


# -- vocabularies --------------------------------------------------------------------------------------------

# Particles of many languages; dropped from the core, never from phrases ("Den Haag", "Hochschule für ...").
STOP_WORDS = frozenset(
    fold(
        "of the a an at on in for with and de der den des du di da do dos das del della delle dello dei degli "
        "la le les el los las il lo gli l d van von vom voor zu zum zur fur für und et e y i u en och og ja "
        "es és si și din pentru kai tis tou ton im am bei het w v ve z ze na pri ta per para por pour sur "
        "al au aux"
    ).split()
)
# Institution types a name can reveal (``NormalisedName.kind_tokens``).
KINDS = frozenset(
    {
        "university",
        "technical_university",
        "university_of_applied_sciences",
        "school",
        "academy",
        "institute",
        "centre",
        "laboratory",
        "hospital",
        "foundation",
        "society",
        "association",
        "consortium",
        "cluster",
        "network",
        "chamber",
        "agency",
        "council",
        "ministry",
        "government",
        "municipality",
        "region",
        "company",
    }
)
# What a legal form says about the organisation's type; public-law bodies say nothing more.
_LEGAL_FAMILY_KINDS = {
    "stock": "company",
    "limited": "company",
    "partnership": "company",
    "cooperative": "company",
    "nonprofit": "association",
    "public": None,
}
_INSTITUTION_ROLES = frozenset({"kind", "descriptor", "distinctive"})
_NO_KINDS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class LegalForm:
    """One reading of a legal-form spelling: ``countries`` None means anywhere."""

    code: str
    family: str
    countries: frozenset[str] | None
    at_start: bool
    at_end: bool

    def applies_in(self, country: str | None) -> bool:
        return country is None or self.countries is None or country in self.countries


@dataclass(frozen=True, slots=True)
class _Unit:
    """A word or phrase of a name: the tokens it is read as, the kinds it reveals, which of its tokens identify
    the organisation, and the initials of its words (particles left out)."""

    words: tuple[str, ...]
    tokens: tuple[str, ...]
    kinds: frozenset[str]
    distinctive: tuple[str, ...]
    initials: str
    may_be_acronym: bool = False  # a word of its own that no vocabulary knows and that could be an acronym
    part_initials: str = ""  # of a compound, the initials of its parts ("Forschungszentrum" -> "fz")

    @classmethod
    def plain(cls, word: str) -> _Unit:
        """A word no vocabulary knows: itself, and identifying."""
        return cls((word,), (word,), _NO_KINDS, (word,), word[0], _looks_like_acronym(word))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _load_legal_forms(path: Path) -> dict[str, tuple[LegalForm, ...]]:
    """Spellings joined without spaces ("sp z o o" -> "spzoo") to their readings, in file order."""
    forms: dict[str, list[LegalForm]] = {}
    for line, row in enumerate(_read_csv(path), start=2):
        family, position = row["family"], set(row["position"].split())
        if family not in _LEGAL_FAMILY_KINDS or not position or position - {"start", "end"}:
            raise ValueError(f"{path.name}:{line}: unknown family or position in {row}")
        countries = None if row["countries"] == "*" else frozenset(row["countries"].split())
        form = LegalForm(row["code"], family, countries, "start" in position, "end" in position)
        readings = forms.setdefault("".join(_words(row["form"])), [])
        if form not in readings:
            readings.append(form)
    return {key: tuple(readings) for key, readings in forms.items()}


def _load_phrases(institution_path: Path, *canonical_paths: Path) -> dict[tuple[str, ...], _Unit]:
    """Folded phrases to what they mean; a phrase that folds like another with a different meaning is an error."""
    phrases: dict[tuple[str, ...], _Unit] = {}

    def add(phrase: str, tokens: tuple[str, ...], kinds: frozenset[str], distinctive: bool, where: str) -> None:
        words = tuple(_words(phrase))
        if not words or not tokens:
            raise ValueError(f"{where}: empty phrase or tokens")
        initials = "".join(word[0] for word in words if word not in STOP_WORDS)
        unit = _Unit(words, tokens, kinds, tokens if distinctive else (), initials)
        known = phrases.setdefault(words, unit)
        if known != unit:
            raise ValueError(f"{where}: {phrase!r} already means {known.tokens} {sorted(known.kinds)}")

    for line, row in enumerate(_read_csv(institution_path), start=2):
        where = f"{institution_path.name}:{line}"
        kinds = frozenset(row["kind"].split())
        if row["role"] not in _INSTITUTION_ROLES or (row["role"] == "kind") != bool(kinds):
            raise ValueError(f"{where}: a 'kind' row names its kinds, other roles none: {row}")
        if kinds - KINDS:
            raise ValueError(f"{where}: unknown kinds {sorted(kinds - KINDS)}")
        add(row["phrase"], tuple(row["tokens"].split()), kinds, row["role"] == "distinctive", where)
    for path in canonical_paths:
        for line, row in enumerate(_read_csv(path), start=2):
            for variant in [row["canonical"], *row["variants"].split("|")]:
                add(variant, (row["canonical"],), _NO_KINDS, True, f"{path.name}:{line}")
    return phrases


LEGAL_FORMS = _load_legal_forms(LEGAL_FORMS_CSV)
_LEGAL_FORM_WORDS = max(len(_words(row["form"])) for row in _read_csv(LEGAL_FORMS_CSV))
# A name's last word can only end a legal form if it ends one of the joined spellings (its first word likewise);
# checked first, this spares most names the search.
_LEGAL_KEY_ENDINGS = frozenset(key[cut:] for key in LEGAL_FORMS for cut in range(len(key)))
_LEGAL_KEY_BEGINNINGS = frozenset(
    key[:cut] for key, forms in LEGAL_FORMS.items() if any(f.at_start for f in forms) for cut in range(1, len(key) + 1)
)

PHRASES = _load_phrases(INSTITUTION_WORDS_CSV, CITY_EXONYMS_CSV, COUNTRY_WORDS_CSV)
# Countries a name names ("Danmarks", "Swiss", "Nederland"): in a company's name they mark a national subsidiary.
COUNTRY_TOKENS = frozenset(row["canonical"] for row in _read_csv(COUNTRY_WORDS_CSV))
COUNTRY_TOKEN_BY_ISO = {row["iso"]: row["canonical"] for row in _read_csv(COUNTRY_WORDS_CSV)}
# Phrases by first word, longest first, so the longest phrase wins ("technische hochschule" over "hochschule").
_PHRASES_BY_FIRST_WORD: dict[str, list[_Unit]] = {}
for _unit in sorted(PHRASES.values(), key=lambda unit: -len(unit.words)):
    _PHRASES_BY_FIRST_WORD.setdefault(_unit.words[0], []).append(_unit)
# Tokens that say what an organisation is, not which one it is.
INSTITUTION_TOKENS = frozenset(token for unit in PHRASES.values() if not unit.distinctive for token in unit.tokens)
_KNOWN_WORDS = frozenset(words[0] for words in PHRASES if len(words) == 1) | INSTITUTION_TOKENS

# German, Dutch and Nordic glue words together ("Forschungszentrum", "Krebsforschung", "Tehnikaülikool").
# The last part names the institution type; the first keeps its meaning but not its kind
# ("Universitätsklinikum" is a hospital).
_COMPOUND_ENDINGS = tuple(
    sorted(
        set(
            fold(
                "zentrum zentren centrum center institut instituut institutet gesellschaft stiftung verein verband "
                "akademie hochschule fachhochschule universität universiteit universitet ülikool yliopisto "
                "korkeakoulu klinikum klinik krankenhaus ziekenhuis laboratorium labor kammer amt ministerium "
                "agentur anstalt forschung onderzoek forskning tutkimus keskus schule skola skole sjukhus sykehus "
                "sygehus sairaala selskab selskap forening foreningen forbund vereniging genootschap cluster "
                "netzwerk konsortium"
            ).split()
        ),
        key=len,
        reverse=True,
    )
)
_MIN_COMPOUND = 7
_MIN_COMPOUND_HEAD = 3
if _missing := [ending for ending in _COMPOUND_ENDINGS if (ending,) not in PHRASES]:
    raise ValueError(f"compound endings missing from {INSTITUTION_WORDS_CSV.name}: {_missing}")
if _shadowed := sorted(STOP_WORDS & {words[0] for words in PHRASES if len(words) == 1}):
    raise ValueError(f"stop words that are also vocabulary entries: {_shadowed}")

# -- normalising ---------------------------------------------------------------------------------------------

AcronymSource = Literal["bracket", "token", "initials"]


@dataclass(frozen=True, slots=True)
class NormalisedName:
    """A name taken apart for matching.

    ``folded`` is :func:`fold` of the whole name; ``core`` the name without legal form, bracketed parts and
    particles, institution words replaced by canonical English tokens (``tokens`` are its words).
    ``legal_form`` is a canonical code ("gmbh", "spzoo") and ``legal_form_family`` its family. ``acronym`` is
    upper case; ``acronym_source`` says where it came from: "bracket" ("(CNRS)"), "token" (a word of the name
    that reads as an acronym) or "initials" (made from three or more core tokens). ``kind_tokens`` are the
    institution types found (see ``KINDS``), ``distinctive_tokens`` the core tokens that identify the organisation
    rather than its type, ``initials`` the first letters of the core tokens and of the name's own words."""

    original: str
    folded: str
    core: str
    tokens: tuple[str, ...]
    legal_form: str | None
    legal_form_family: str | None
    acronym: str | None
    acronym_source: AcronymSource | None
    kind_tokens: frozenset[str]
    distinctive_tokens: frozenset[str]
    initials: tuple[str, ...]
    token_set: frozenset[str] = frozenset()  # ``tokens`` as a set, made once: compared with millions of others
    # Words a vocabulary read as other tokens ("ciencias" -> "science"), so that a misspelling of the word in another
    # name ("CSENCIAS"), which no vocabulary reads, still meets them.
    spellings: tuple[tuple[str, tuple[str, ...]], ...] = ()


# Country codes written in brackets after a name ("[DE]" in epodoc, "(UK)") are not acronyms.
_COUNTRY_CODES = frozenset(code.lower() for code in NAME_TO_ISO.values()) | {"uk", "el", "eu"}
_BRACKETS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_ROMAN_NUMERAL = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")
_VOWELS = frozenset("aeiouy")


def normalise(name: str, country: str | None = None) -> NormalisedName:
    """Take an organisation name apart. ``country`` (ISO alpha-2; the EU's EL and UK are accepted) decides how
    bare legal-form abbreviations are read: without it, any country's reading is accepted at the end of a name
    and none at its start."""
    iso = to_iso(country) if country else None
    folded = fold(name)
    body, bracketed = _split_brackets(name)
    words = _join_single_letters(folded) if body is name else _words(body)
    if not words and bracketed:  # the whole name was in brackets
        body, bracketed = " ".join(bracketed), []
        words = _words(body)
    words, legal = _strip_legal_forms(words, iso)
    units = _read_units(words)
    acronym, source, repeated = _find_acronym(body, bracketed, units)
    if repeated is not None:
        del units[repeated]

    tokens = list(dict.fromkeys([token for unit in units for token in unit.tokens]))
    distinctive = {token for unit in units for token in unit.distinctive}
    kinds = set().union(*[unit.kinds for unit in units])
    if not tokens and acronym:
        tokens.append(acronym.lower())
        distinctive.add(acronym.lower())
    if "university" in kinds and "tech" in tokens:
        kinds.add("technical_university")
    legal_kind = _LEGAL_FAMILY_KINDS[legal.family] if legal else None
    if legal_kind:
        kinds.add(legal_kind)
    token_initials = "".join([token[0] for token in tokens])
    word_initials = "".join([unit.initials for unit in units])
    part_initials = "".join([unit.part_initials or unit.initials for unit in units])
    if acronym is None and len(tokens) >= 3:
        acronym, source = token_initials.upper(), "initials"
    return NormalisedName(
        original=name,
        folded=folded,
        core=" ".join(tokens),
        tokens=tuple(tokens),
        legal_form=legal.code if legal else None,
        legal_form_family=legal.family if legal else None,
        acronym=acronym,
        acronym_source=source,
        kind_tokens=frozenset(kinds) if kinds else _NO_KINDS,
        distinctive_tokens=frozenset(distinctive),
        initials=tuple(dict.fromkeys(i for i in (token_initials, word_initials, part_initials) if len(i) >= 2)),
        token_set=frozenset(tokens),
        spellings=tuple(
            (unit.words[0], unit.tokens)
            for unit in units
            if len(unit.words) == 1 and len(unit.words[0]) >= _MIN_SPELLING and unit.tokens != unit.words
        ),
    )


def _split_brackets(name: str) -> tuple[str, list[str]]:
    """The name without bracketed parts, and those parts. epodoc's country ("[DE]") goes with them."""
    if "(" not in name and "[" not in name:
        return name, []
    parts = [round_ or square for round_, square in _BRACKETS.findall(name)]
    return _BRACKETS.sub(" ", name), [part for part in parts if part.strip()]


def _strip_legal_forms(words: list[str], country: str | None) -> tuple[list[str], LegalForm | None]:
    """Remove legal forms at the end (repeatedly: "Oyj Abp") and, where the country writes them there, at the
    start ("AB Volvo", "SIA ..."). Whole words only: the words are joined to compare ("s a" and "sa" are both
    S.A.), so "Gasag" never loses its "ag". A name is never reduced to nothing."""
    found: LegalForm | None = None
    if len(words) > 1 and words[-1] not in _LEGAL_KEY_ENDINGS:
        words = [*words[:-1], _misspelt_legal_form(words[-1])]
    end = len(words)
    while end > 1 and words[end - 1] in _LEGAL_KEY_ENDINGS:
        for size in range(min(_LEGAL_FORM_WORDS, end - 1), 0, -1):
            form = _legal_form("".join(words[end - size : end]), country, at_start=False)
            if form is not None:
                found, end = form, end - size
                break
        else:
            break
    start = 0
    if country is not None and end > 1 and words[0] in _LEGAL_KEY_BEGINNINGS:
        for size in range(min(_LEGAL_FORM_WORDS, end - 1), 0, -1):
            form = _legal_form("".join(words[:size]), country, at_start=True)
            if form is not None:
                start = size
                found = found or form
                break
    if found is None and start == 0 and end > 1 and _unmistakable_form(words[0]):
        # Where a name is reordered (epodoc, some registries) the legal form can lead even where the country never
        # writes it first ("GMBH ACME", "SRL ACME").
        form = _legal_form(words[0], country, at_start=False)
        if form is not None:
            return words[1:end], form
    if found is None and end - start >= 3:
        # epodoc moves a person's first name behind the legal form ("BOSCH GMBH ROBERT").
        for position in range(start + 1, end - 1):
            if _unmistakable_form(words[position]):
                form = _legal_form(words[position], country, at_start=False)
                if form is not None:
                    return words[start:position] + words[position + 1 : end], form
    return words[start:end], found


# Legal forms read away from their usual place only when they cannot be a word of a name: abbreviations of four
# letters or more (GMBH, SARL) and these; "AG", "SA", "AS", "SPA" or "SAS" are words or brands too ("Spa Thermal"),
# and so are the English words ("Corporation of London").
_UNMISTAKABLE_SHORT_FORMS = frozenset({"ltd", "plc", "srl", "inc", "llc", "ike", "oyj", "kft", "zrt", "sro", "uab"})
_WORD_FORMS = frozenset({"company", "corporation", "corp", "limited", "incorporated", "limitada"})


def _unmistakable_form(word: str) -> bool:
    return (len(word) >= 4 and word not in _WORD_FORMS) or word in _UNMISTAKABLE_SHORT_FORMS


_SPELLING_LEGAL_FORMS = tuple(sorted(key for key in LEGAL_FORMS if len(key) >= 10))


@lru_cache(maxsize=1 << 14)
def _misspelt_legal_form(word: str) -> str:
    """A long legal form written with a slip ("AKTIENGESELLSHAFT") as its spelling; any other word unchanged."""
    if len(word) < 10:
        return word
    found = process.extractOne(
        word, _SPELLING_LEGAL_FORMS, scorer=DamerauLevenshtein.normalized_similarity, score_cutoff=0.9
    )
    return found[0] if found is not None and found[0][0] == word[0] else word


def _legal_form(key: str, country: str | None, at_start: bool) -> LegalForm | None:
    for form in LEGAL_FORMS.get(key, ()):
        if form.applies_in(country) and (form.at_start if at_start else form.at_end):
            return form
    return None


def _read_units(words: list[str]) -> list[_Unit]:
    units: list[_Unit] = []
    position = 0
    while position < len(words):
        word = words[position]
        for unit in _PHRASES_BY_FIRST_WORD.get(word, ()):
            size = len(unit.words)
            if size == 1 or tuple(words[position : position + size]) == unit.words:
                units.append(unit)
                position += size
                break
        else:
            position += 1
            if word not in STOP_WORDS:
                units.append(_compound(word))
    if not units:  # only particles: keep them rather than lose the name
        units = [_Unit.plain(word) for word in words]
    return units


@lru_cache(maxsize=1 << 16)
def _compound(word: str) -> _Unit:
    """A word not in the vocabularies: split off an institution ending ("krebsforschung" -> "krebs research")."""
    if len(word) >= _MIN_COMPOUND and word.endswith(_COMPOUND_ENDINGS):
        for ending in _COMPOUND_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_COMPOUND_HEAD:
                last = PHRASES[(ending,)]
                head = _compound_head(word[: -len(ending)])
                parts = word[0] + ending[0]
                return _Unit((word,), head.tokens + last.tokens, last.kinds, head.distinctive, word[0], False, parts)
    return _misspelt_vocabulary(word) or _Unit.plain(word)


# Institution words long enough that one slip of the keyboard still leaves them unmistakable ("UNIVERISTAET",
# "Insitutet", "Univesidade"): sources type names by hand, and a misspelt kind word would otherwise be read as a
# distinctive one and make the names look like two organisations.
_MIN_MISSPELT = 8
_MISSPELT_SIMILARITY = 0.88
# A slip rarely hits the first letter; requiring it keeps other words with a similar ending apart (and the search
# short: it runs for every long word no vocabulary knows).
_SPELLING_VOCABULARY: dict[str, list[str]] = {}
for _words_of_phrase, _unit in sorted(PHRASES.items()):
    if len(_words_of_phrase) == 1 and len(_words_of_phrase[0]) >= _MIN_MISSPELT and not _unit.distinctive:
        _SPELLING_VOCABULARY.setdefault(_words_of_phrase[0][0], []).append(_words_of_phrase[0])


def _misspelt_vocabulary(word: str) -> _Unit | None:
    if len(word) < _MIN_MISSPELT or word[0] not in _SPELLING_VOCABULARY:
        return None
    found = process.extractOne(
        word,
        _SPELLING_VOCABULARY[word[0]],
        scorer=DamerauLevenshtein.normalized_similarity,
        score_cutoff=_MISSPELT_SIMILARITY,
    )
    return None if found is None else PHRASES[(found[0],)]


def _compound_head(head: str) -> _Unit:
    # German links with -s- or -es- ("Forschungs-", "Landes-"), Finnish with a genitive -n.
    for candidate in (head, head.removesuffix("s"), head.removesuffix("es"), head.removesuffix("n")):
        unit = PHRASES.get((candidate,))
        if unit is not None:
            return unit
    return _Unit.plain(head)


def _find_acronym(
    body: str, bracketed: list[str], units: list[_Unit]
) -> tuple[str | None, AcronymSource | None, int | None]:
    """An acronym the name states: in brackets ("(CNRS)"), or as a word of its own ("Fraunhofer ISE"; in an
    all-capitals name only when it spells initials of the other words, has no vowel, or is the whole name).
    Also the position of the unit to drop from the core when the acronym only repeats the words around it."""
    for part in bracketed:
        for raw in reversed(part.split()):
            candidate = _bracketed_acronym(raw)
            if candidate:
                return candidate.upper(), "bracket", None
    candidates = [i for i, unit in enumerate(units) if unit.may_be_acronym]
    if not candidates:
        return None, None, None
    mixed_case = body != body.upper()
    if mixed_case and len(units) == 1 and len(units[0].words[0]) <= _MAX_LONE_ACRONYM:
        # A name of one short word is how acronyms that became brands are written: "Inria", "imec".
        return units[0].words[0].upper(), "token", None
    if mixed_case:
        capitals = {fold(raw) for raw in body.split() if raw.isupper()}
        candidates = [i for i in candidates if units[i].words[0] in capitals]
    for i in candidates:
        token = units[i].words[0]
        spelled = "".join([unit.initials for j, unit in enumerate(units) if j != i])
        if token == spelled or (len(token) >= 3 and token in spelled):
            return token.upper(), "token", i
        if mixed_case or (len(units) == 1 and len(token) <= 5) or (len(token) >= 3 and not set(token) & _VOWELS):
            return token.upper(), "token", None
    return None, None, None


_MAX_LONE_ACRONYM = 6


def _bracketed_acronym(raw: str) -> str | None:
    """A bracketed word that reads as an acronym: "CNRS", "SiSax", "C.N.R.S." (not "Pty", "Germany", "UK")."""
    if sum(1 for char in raw if char.isupper()) < 2:
        return None
    token = "".join(_words(raw))
    return token if _looks_like_acronym(token) else None


def _looks_like_acronym(token: str) -> bool:
    return (
        2 <= len(token) <= 10
        and token.isalnum()
        and not token.isdigit()
        and token not in _KNOWN_WORDS
        and token not in STOP_WORDS
        and token not in LEGAL_FORMS
        and token not in _COUNTRY_CODES
        and not _ROMAN_NUMERAL.match(token)
    )


# -- comparing -----------------------------------------------------------------------------------------------

# Institution types that cannot describe one organisation: a university is not a university of applied sciences,
# nor a company. Compared on what each name has and the other lacks, so that "Jacobs University Bremen gGmbH"
# (university and company) still matches "Jacobs University Bremen".
KIND_CONFLICTS = frozenset(
    frozenset(pair)
    for pair in (
        ("university", "university_of_applied_sciences"),
        ("technical_university", "university_of_applied_sciences"),
        ("university", "company"),
        ("technical_university", "company"),
        ("university_of_applied_sciences", "company"),
        ("association", "company"),
        ("municipality", "company"),
        ("municipality", "university"),
        ("ministry", "company"),
        ("ministry", "university"),
    )
)


def name_similarity(
    a: NormalisedName, b: NormalisedName, places_a: frozenset[str] = frozenset(), places_b: frozenset[str] = frozenset()
) -> dict[str, float]:
    """Features for the matcher, each in [0, 1]:

    * ``trigram``: cosine of the character-trigram counts of the core tokens (order-free, typo-tolerant).
    * ``distinctive_jaccard``: shared distinctive tokens (not institution words) over all of them.
    * ``acronym``: 1 when a stated acronym of one equals the other's acronym, a core token, or its initials (or,
      from three letters, part of them: "Fraunhofer ISE").
    * ``acronym_initials``: 1 when the agreement is a stated acronym spelling the other's initials (or acronym), not a
      word both names share: "ABB" in "ABB Schweiz AG" is a shared brand, not an expansion.
    * ``acronym_conflict``: 1 when both state acronyms and neither agrees with the other.
    * ``aligned``: the share of core tokens of both names that have a counterpart in the other, where a token also
      meets its truncation (epodoc's "SYS" for "SYSTEMS", from three letters) or a spelling one slip away
      ("Infenion"); ``distinctive_aligned``: the same over the smaller set of distinctive tokens, so a name
      truncated by epodoc (four words at most) still scores 1.
    * ``extra_distinctive``: distinctive tokens without a counterpart, 0.5 for one and 1 for two or more: the word
      that makes "Universidade Nova de Lisboa" or "BASF Coatings" another organisation. A word naming the record's
      own place (``places_a``/``places_b``: its city's and country's tokens) is not counted when only one side has
      such a word left over: English names add the place ("National Research Council of Italy", "Imperial College
      London"), while "Universität Bremen" against "Universität Hamburg" leaves a place word on both sides.
    * ``extra_code``: 1 when a leftover word is the name's own code ("IPA" in "Fraunhofer IPA"), not counted above.
    * ``extra_tail``: leftover words (0.5 for one, 1 for more) that only trail the longer name after everything the
      shorter one says, when the shorter has no leftover of its own (a truncation), not counted above.
    * ``country_word_conflict``: 1 when exactly one name names a country ("ABB Schweiz", "SAP Deutschland").
    * ``kind_conflict``: 1 when one is of a type the other cannot be (university vs university of applied
      sciences, university vs company...).
    * ``legal_form_conflict``: 1 when both have legal forms of different families (limited vs nonprofit), 0.5 for
      different forms of one family (AG vs SA: a Swiss firm's two names, or a conversion), else 0.
    """
    stated_a = a.acronym_source in ("bracket", "token")
    stated_b = b.acronym_source in ("bracket", "token")
    agrees = _acronym_agrees(a, b) or _acronym_agrees(b, a)
    # An acronym that spells the other name stands for its words, and for the kind of body they name.
    a_spells_b, b_spells_a = _acronym_agrees(a, b, by_initials=True), _acronym_agrees(b, a, by_initials=True)
    by_initials = a_spells_b or b_spells_a
    kinds_a = a.kind_tokens | b.kind_tokens if a_spells_b else a.kind_tokens
    kinds_b = b.kind_tokens | a.kind_tokens if b_spells_a else b.kind_tokens
    return {
        "trigram": _cosine(_trigram_profile(a.tokens), _trigram_profile(b.tokens)),
        "distinctive_jaccard": _jaccard(a.distinctive_tokens, b.distinctive_tokens),
        "acronym": 1.0 if agrees else 0.0,
        "acronym_initials": 1.0 if by_initials else 0.0,
        "acronym_conflict": 1.0 if stated_a and stated_b and not agrees else 0.0,
        "kind_conflict": 1.0 if kinds_conflict(kinds_a, kinds_b) else 0.0,
        "legal_form_conflict": _legal_form_conflict(a, b),
        **_alignment(a, b, places_a, places_b, a_spells_b, b_spells_a),
        "country_word_conflict": float(_country_word_conflict(a, b)),
    }


def _country_word_conflict(a: NormalisedName, b: NormalisedName) -> bool:
    """Two companies of which one names a country: a national subsidiary (English and native names of one body
    differ in this all the time: "VTT Technical Research Centre of Finland", so only companies count)."""
    if "company" not in a.kind_tokens or "company" not in b.kind_tokens:
        return False
    return bool(a.distinctive_tokens & COUNTRY_TOKENS) != bool(b.distinctive_tokens & COUNTRY_TOKENS)


@lru_cache(maxsize=1 << 18)
def tokens_agree(x: str, y: str) -> bool:
    """One word written two ways: equal, one a truncation of the other (from three letters), or one slip apart."""
    if x == y:
        return True
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) >= 3 and long.startswith(short):
        return True
    if len(short) == 4 and len(long) == 5:
        # A dropped letter in a short word ("BOSH" for "Bosch"); a changed one is another word (Parma/Pavia).
        return any(long[:i] + long[i + 1 :] == short for i in range(1, 5))
    return len(short) >= 5 and DamerauLevenshtein.normalized_similarity(x, y) >= (0.75 if len(long) >= 8 else 0.8)


def _alignment(
    a: NormalisedName,
    b: NormalisedName,
    places_a: frozenset[str],
    places_b: frozenset[str],
    a_spells_b: bool = False,
    b_spells_a: bool = False,
) -> dict[str, float]:
    met_a, met_b = _met(a.tokens, b.tokens, a.token_set & b.token_set)
    if b.spellings and len(met_a) < len(a.token_set):
        met_a, met_b = _met_by_spelling(a, b, met_a, met_b)
    if a.spellings and len(met_b) < len(b.token_set):
        met_b, met_a = _met_by_spelling(b, a, met_b, met_a)
    # An acronym that spells the other name meets all of its words ("CEA" and the words of "Commissariat à
    # l'énergie atomique et aux énergies alternatives"), and is met by them.
    if a_spells_b:
        met_a, met_b = met_a | _code(a), b.token_set
    if b_spells_a:
        met_a, met_b = a.token_set, met_b | _code(b)
    lone_a = a.distinctive_tokens - met_a
    lone_b = b.distinctive_tokens - met_b
    codes: frozenset[str] | set[str] = frozenset()
    tail = 0
    if lone_a or lone_b:
        place_left_a, place_left_b = lone_a & places_a, lone_b & places_b
        if place_left_a and not place_left_b:
            lone_a -= place_left_a
        elif place_left_b and not place_left_a:
            lone_b -= place_left_b
        # Two kinds of leftover words say less than others: an institute's code beside its society's name
        # ("Fraunhofer IPA", "CNR-IMM": the institutes of one legal entity), and words cut off the end of a name that
        # the other one spells in full ("COMMISSARIAT ENERGIE ATOMIQUE": epodoc keeps four words).
        codes = (_code(a) & lone_a) | (_code(b) & lone_b)
        tail = _tail(a.tokens, lone_a - codes, met_a, b.tokens, met_b) + _tail(
            b.tokens, lone_b - codes, met_b, a.tokens, met_a
        )
    extra = len(lone_a) + len(lone_b) - len(codes) - tail
    smaller = min(len(a.distinctive_tokens), len(b.distinctive_tokens))
    shared_distinctive = min(len(a.distinctive_tokens & met_a), len(b.distinctive_tokens & met_b))
    total = len(a.tokens) + len(b.tokens)
    return {
        "aligned": (len(met_a) + len(met_b)) / total if total else 0.0,
        "distinctive_aligned": shared_distinctive / smaller if smaller else 0.0,
        "extra_distinctive": min(2, extra) / 2,
        "extra_code": 1.0 if codes else 0.0,
        "extra_tail": min(2, tail) / 2,
    }


_MIN_TRUNCATED = 3
# Shorter words are too often another word one slip away.
_MIN_SPELLING = 5


def _met_by_spelling(
    x: NormalisedName, y: NormalisedName, met_x: frozenset[str], met_y: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """``x``'s unmet words that are a slip away from a word ``y`` wrote and a vocabulary read ("Stusi" / "studi"):
    met, with the tokens that word became."""
    found_x, found_y = set(met_x), set(met_y)
    for token in x.token_set - met_x:
        if len(token) < _MIN_SPELLING:
            continue
        for spelling, tokens in y.spellings:
            if tokens_agree(token, spelling):
                found_x.add(token)
                found_y.update(tokens)
                break
    return frozenset(found_x), frozenset(found_y)


def _code(name: NormalisedName) -> frozenset[str]:
    return frozenset((name.acronym.lower(),)) if name.acronym and name.acronym_source == "token" else frozenset()


def _tail(
    tokens: tuple[str, ...],
    lone: frozenset[str],
    met: frozenset[str],
    others: tuple[str, ...],
    others_met: frozenset[str],
) -> int:
    """How many ``lone`` words all come after the last word the other name has, when the other has nothing else and
    is long enough to have been cut (a brand and one more word is a subsidiary, not a truncation: "BASF Coatings")."""
    if not lone or not met or len(others) < _MIN_TRUNCATED or len(others_met) < len(others):
        return 0
    last_met = max(i for i, token in enumerate(tokens) if token in met)
    return len(lone) if all(tokens.index(token) > last_met for token in lone) else 0


def _met(tokens_a: tuple[str, ...], tokens_b: tuple[str, ...], shared: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The tokens of each name that have a counterpart in the other: the same word, the word written another way
    (:func:`tokens_agree`), or the word split in two where the other writes it as one ("SOUTH HAMPTON", "Data Port").
    Words met exactly are not compared again: that is most of them, and this runs for every candidate pair."""
    met_a, met_b = set(shared), set(shared)
    rest_b = [token for token in tokens_b if token not in shared]
    if rest_b:
        for x in tokens_a:
            if x in shared:
                continue
            for y in rest_b:
                if tokens_agree(x, y):
                    met_a.add(x)
                    met_b.add(y)
    for tokens, others, met, other_met in ((tokens_a, tokens_b, met_a, met_b), (tokens_b, tokens_a, met_b, met_a)):
        if len(tokens) > 1 and len(met) < len(tokens):
            for first, second in pairwise(tokens):
                if first in met and second in met:
                    continue
                joined = first + second
                # Joined, the halves may still differ by a slip: "SOUTH HAMPTON" and "Southampton".
                whole = joined if joined in others else _one_slip_from(joined, others)
                if whole:
                    met.update((first, second))
                    other_met.add(whole)
    return frozenset(met_a), frozenset(met_b)


def _one_slip_from(joined: str, others: Iterable[str]) -> str | None:
    """The long word of ``others`` that ``joined`` (two words run together) spells with one slip."""
    for other in others:
        if len(other) >= 8 and abs(len(other) - len(joined)) <= 1 and tokens_agree(joined, other):
            return other
    return None


def kinds_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    only_a, only_b = a - b, b - a
    return any(frozenset((x, y)) in KIND_CONFLICTS for x in only_a for y in only_b)


def _acronym_agrees(stated: NormalisedName, other: NormalisedName, by_initials: bool = False) -> bool:
    if stated.acronym is None or stated.acronym_source == "initials":
        return False
    acronym = stated.acronym.lower()
    if acronym in other.tokens:
        return not by_initials
    if other.acronym is not None and acronym == other.acronym.lower():
        return True
    # "Fraunhofer ISE" states the initials of part of "Fraunhofer-Institut für Solare Energiesysteme".
    if any(acronym == initials or (len(acronym) >= 3 and acronym in initials) for initials in other.initials):
        return True
    # An acronym and the words after it spell the other name: "KU Leuven" is "Katholieke Universiteit Leuven".
    spelled = acronym_spelling(stated)
    return bool(spelled) and any(
        len(initials) >= 3 and initials != acronym and spelled.startswith(initials) for initials in other.initials
    )


def acronym_spelling(name: NormalisedName) -> str:
    """A stated acronym followed by the initials of the words after it ("KU Leuven" -> "kul"), or ""."""
    acronym = name.acronym.lower() if name.acronym and name.acronym_source == "token" else ""
    if not acronym or acronym not in name.tokens:
        return ""
    return acronym + "".join(token[0] for token in name.tokens[name.tokens.index(acronym) + 1 :])


def _legal_form_conflict(a: NormalisedName, b: NormalisedName) -> float:
    if a.legal_form is None or b.legal_form is None or a.legal_form == b.legal_form:
        return 0.0
    return 0.5 if a.legal_form_family == b.legal_form_family else 1.0


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    left, right = set(a), set(b)
    union = len(left | right)
    return len(left & right) / union if union else 0.0


@lru_cache(maxsize=1 << 16)
def _trigram_profile(tokens: tuple[str, ...]) -> tuple[dict[str, int], float]:
    """Trigram counts of the padded tokens and their norm. Cached and shared: never modify the counts."""
    counts: dict[str, int] = {}
    for token in tokens:
        padded = f" {token} "
        for start in range(len(padded) - 2):
            gram = padded[start : start + 3]
            counts[gram] = counts.get(gram, 0) + 1
    return counts, math.sqrt(sum(n * n for n in counts.values()))


def _cosine(a: tuple[dict[str, int], float], b: tuple[dict[str, int], float]) -> float:
    (counts_a, norm_a), (counts_b, norm_b) = a, b
    if not norm_a or not norm_b:
        return 0.0
    dot = sum([counts_a[gram] * counts_b[gram] for gram in counts_a.keys() & counts_b.keys()])
    return min(1.0, dot / (norm_a * norm_b))  # rounding can land a hair above 1
