"""Word lists for the synthetic PatentsView and OECD REGPAT files: places, names, technology fields.

Data only, no logic. Everything here is invented except public reference vocabulary: ISO country codes,
US state and county FIPS codes, city coordinates, NUTS 2013 region codes, CPC/IPC class symbols and
legal-form abbreviations. No real organisation, person or patent is listed; research bodies are
modelled on the *kind* of names Fraunhofer, CNRS or TNO carry, but are made up.

European cities come from :mod:`landscape.snapshot.vocab` (the CORDIS vocabulary), so the same places
appear in both snapshots; this module only adds what CORDIS does not need.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A non-CORDIS location. ``state`` is ``None`` where PatentsView has no state for the country.

    ``state_fips``/``county_fips`` are the US FIPS codes as integers (PatentsView writes them as bare
    numbers, so leading zeros are lost); ``reg_code`` is the region code REGPAT uses for the place.
    """

    city: str
    lat: float
    lon: float
    postcode: str
    reg_code: str
    state: str | None = None
    county: str | None = None
    state_fips: int | None = None
    county_fips: int | None = None


@dataclass(frozen=True)
class Nation:
    """A country outside the CORDIS vocabulary; ``style`` selects the company-name patterns."""

    code: str
    weight: float
    style: str
    places: tuple[Place, ...]


# CORDIS writes Greece and the United Kingdom in the EU convention; PatentsView and REGPAT use ISO.
ISO_FROM_EU: dict[str, str] = {"EL": "GR", "UK": "GB"}

# Share of assignees resident in each European country (ISO codes), in percent; they add up to about
# 35, the European share of assignee rows in recent US grants.
EUROPEAN_WEIGHTS: dict[str, float] = {
    "DE": 10.0,
    "FR": 4.2,
    "GB": 3.4,
    "CH": 2.6,
    "NL": 2.4,
    "SE": 1.9,
    "IT": 1.8,
    "BE": 0.9,
    "AT": 0.9,
    "DK": 0.9,
    "FI": 0.8,
    "ES": 0.8,
    "IE": 0.5,
    "NO": 0.4,
    "PL": 0.3,
    "CZ": 0.2,
    "LU": 0.2,
    "HU": 0.15,
    "PT": 0.15,
    "GR": 0.1,
    "SI": 0.08,
    "TR": 0.15,
    "RO": 0.06,
    "EE": 0.06,
    "SK": 0.05,
    "HR": 0.04,
    "BG": 0.04,
    "LT": 0.04,
    "LV": 0.03,
    "CY": 0.03,
    "MT": 0.03,
    "IS": 0.03,
    "LI": 0.08,
    "RS": 0.03,
    "UA": 0.06,
    "XK": 0.01,
    "AL": 0.01,
    "BA": 0.01,
    "GE": 0.01,
    "MD": 0.01,
    "ME": 0.01,
    "MK": 0.01,
}

# European countries CORDIS has no cities for. Where the country had no NUTS-3 region in the 2013
# version REGPAT uses, the region code is the bare country code (an unregionalised row).
EXTRA_EUROPEAN: tuple[Nation, ...] = (
    Nation(
        "LI",
        0,
        "de",
        (Place("Vaduz", 47.141, 9.5209, "9490", "LI000"), Place("Schaan", 47.1651, 9.5097, "9494", "LI000")),
    ),
    Nation("AL", 0, "central", (Place("Tirana", 41.3275, 19.8187, "1001", "AL"),)),
    Nation("BA", 0, "central", (Place("Sarajevo", 43.8563, 18.4131, "71000", "BA"),)),
    Nation("GE", 0, "central", (Place("Tbilisi", 41.7151, 44.8271, "0108", "GE"),)),
    Nation("MD", 0, "central", (Place("Chisinau", 47.0105, 28.8638, "MD-2001", "MD"),)),
    Nation("ME", 0, "central", (Place("Podgorica", 42.4304, 19.2594, "81000", "ME000"),)),
    Nation("MK", 0, "central", (Place("Skopje", 41.9981, 21.4254, "1000", "MK"),)),
    Nation(
        "UA",
        0,
        "central",
        (Place("Kyiv", 50.4501, 30.5234, "01001", "UA"), Place("Kharkiv", 49.9935, 36.2304, "61000", "UA")),
    ),
)

# NUTS 2013 codes of the CORDIS cities, which is what REGPAT editions of the early 2020s still carry
# (research/sources.md §3.4). Cities missing here kept the same code from 2013 to 2024.
NUTS_2013: dict[str, str] = {
    "London": "UKI11",
    "Edinburgh": "UKM25",
    "Glasgow": "UKM34",
    "Aachen": "DEA2D",
    "Lyon": "FR716",
    "Grenoble": "FR714",
    "Toulouse": "FR623",
    "Marseille": "FR824",
    "Strasbourg": "FR421",
    "Nantes": "FR511",
    "Amsterdam": "NL326",
    "Dublin": "IE021",
    "Cork": "IE025",
    "Galway": "IE013",
    "Warszawa": "PL127",
    "Budapest": "HU101",
    "Zagreb": "HR041",
    "Oslo": "NO011",
    "Trondheim": "NO061",
    "Bergen": "NO051",
    "Kongens Lyngby": "DK012",
    "Palma": "ES532",
}

# Countries outside Europe, with the share of assignees resident there (percent, see above).
NON_EUROPEAN: tuple[Nation, ...] = (
    Nation(
        "US",
        34.0,
        "us",
        (
            Place("San Jose", 37.3382, -121.8863, "95134", "US06085", "CA", "Santa Clara", 6, 85),
            Place("Mountain View", 37.3861, -122.0839, "94043", "US06085", "CA", "Santa Clara", 6, 85),
            Place("San Francisco", 37.7749, -122.4194, "94105", "US06075", "CA", "San Francisco", 6, 75),
            Place("San Diego", 32.7157, -117.1611, "92121", "US06073", "CA", "San Diego", 6, 73),
            Place("Seattle", 47.6062, -122.3321, "98109", "US53033", "WA", "King", 53, 33),
            Place("Redmond", 47.674, -122.1215, "98052", "US53033", "WA", "King", 53, 33),
            Place("Austin", 30.2672, -97.7431, "78701", "US48453", "TX", "Travis", 48, 453),
            Place("Houston", 29.7604, -95.3698, "77002", "US48201", "TX", "Harris", 48, 201),
            Place("Boston", 42.3601, -71.0589, "02115", "US25025", "MA", "Suffolk", 25, 25),
            Place("Cambridge", 42.3736, -71.1097, "02139", "US25017", "MA", "Middlesex", 25, 17),
            Place("New York", 40.7128, -74.006, "10001", "US36061", "NY", "New York", 36, 61),
            Place("Armonk", 41.1265, -73.714, "10504", "US36119", "NY", "Westchester", 36, 119),
            Place("Chicago", 41.8781, -87.6298, "60601", "US17031", "IL", "Cook", 17, 31),
            Place("Detroit", 42.3314, -83.0458, "48226", "US26163", "MI", "Wayne", 26, 163),
            Place("Minneapolis", 44.9778, -93.265, "55401", "US27053", "MN", "Hennepin", 27, 53),
            Place("Raleigh", 35.7796, -78.6382, "27601", "US37183", "NC", "Wake", 37, 183),
            Place("Boise", 43.615, -116.2023, "83702", "US16001", "ID", "Ada", 16, 1),
            Place("Phoenix", 33.4484, -112.074, "85004", "US04013", "AZ", "Maricopa", 4, 13),
            # County names as the Census writes them: Louisiana has parishes, Virginia independent
            # cities carry "(city)"; analysts strip both before joining county statistics.
            Place("Baton Rouge", 30.4515, -91.1871, "70801", "US22033", "LA", "East Baton Rouge Parish", 22, 33),
            Place("Alexandria", 38.8048, -77.0469, "22314", "US51510", "VA", "Alexandria (city)", 51, 510),
            # A location the geocoder placed in a state but in no county.
            Place("Wilmington", 39.7391, -75.5398, "19801", "US10003", "DE", None, 10, None),
        ),
    ),
    Nation(
        "JP",
        13.0,
        "jp",
        (
            Place("Tokyo", 35.6762, 139.6503, "100-0005", "JP13"),
            Place("Osaka", 34.6937, 135.5023, "530-0001", "JP27"),
            Place("Kawasaki", 35.5308, 139.7029, "210-0007", "JP14"),
            Place("Nagoya", 35.1815, 136.9066, "450-0002", "JP23"),
            Place("Kyoto", 35.0116, 135.7681, "600-8216", "JP26"),
            Place("Toyota", 35.0825, 137.1563, "471-0826", "JP23"),
        ),
    ),
    Nation(
        "KR",
        6.0,
        "kr",
        (
            Place("Seoul", 37.5665, 126.978, "04524", "KR011"),
            Place("Suwon", 37.2636, 127.0286, "16677", "KR021"),
            Place("Daejeon", 36.3504, 127.3845, "34141", "KR025"),
        ),
    ),
    Nation(
        "CN",
        6.0,
        "cn",
        (
            Place("Shenzhen", 22.5431, 114.0579, "518057", "CN44"),
            Place("Beijing", 39.9042, 116.4074, "100084", "CN11"),
            Place("Shanghai", 31.2304, 121.4737, "200120", "CN31"),
            Place("Hangzhou", 30.2741, 120.1551, "310052", "CN33"),
        ),
    ),
    Nation(
        "TW",
        2.5,
        "tw",
        (
            Place("Hsinchu", 24.8138, 120.9675, "300", "TW"),
            Place("Taipei", 25.033, 121.5654, "100", "TW"),
        ),
    ),
    Nation(
        "CA",
        1.2,
        "us",
        (
            Place("Toronto", 43.6532, -79.3832, "M5S 1A1", "CA3520", "ON"),
            Place("Waterloo", 43.4643, -80.5204, "N2L 3G1", "CA3530", "ON"),
            Place("Montreal", 45.5019, -73.5674, "H3A 0G4", "CA2466", "QC"),
            Place("Vancouver", 49.2827, -123.1207, "V6B 1A1", "CA5915", "BC"),
        ),
    ),
    Nation(
        "IL",
        0.8,
        "us",
        (
            Place("Haifa", 32.794, 34.9896, "3200003", "IL003"),
            Place("Tel Aviv", 32.0853, 34.7818, "6100000", "IL005"),
        ),
    ),
    Nation("IN", 0.5, "us", (Place("Bengaluru", 12.9716, 77.5946, "560001", "IN29"),)),
    Nation(
        "AU",
        0.5,
        "us",
        (
            Place("Sydney", -33.8688, 151.2093, "2000", "AU105", "NSW"),
            Place("Melbourne", -37.8136, 144.9631, "3000", "AU205", "VIC"),
        ),
    ),
    Nation("SG", 0.3, "us", (Place("Singapore", 1.3521, 103.8198, "138632", "SG"),)),
    Nation("BR", 0.2, "us", (Place("Sao Paulo", -23.5505, -46.6333, "05508-900", "BR35"),)),
)

# --- Organisation names -------------------------------------------------------------------------------

# Legal forms as PatentsView's disambiguated (mixed case) names spell them, per ISO country.
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "DE": (" GmbH", " AG", " GmbH & Co. KG", " SE"),
    "AT": (" GmbH", " AG"),
    "CH": (" AG", " SA", " GmbH"),
    "LI": (" AG", " Anstalt"),
    "FR": (" SAS", " S.A.", " SA", " SARL"),
    "BE": (" NV", " S.A.", " BV"),
    "LU": (" S.A.", " S.à r.l."),
    "NL": (" B.V.", " N.V."),
    "IT": (" S.p.A.", " S.r.l."),
    "ES": (" S.A.", " S.L."),
    "PT": (", S.A.", ", Lda."),
    "GB": (" Ltd", " Limited", " PLC"),
    "IE": (" Limited", " DAC"),
    "SE": (" AB",),
    "FI": (" Oy", " Oyj"),
    "DK": (" A/S", " ApS"),
    "NO": (" AS", " ASA"),
    "IS": (" ehf.", " hf."),
    "PL": (" Sp. z o.o.", " S.A."),
    "CZ": (" s.r.o.", " a.s."),
    "SK": (" s.r.o.", " a.s."),
    "HU": (" Kft.", " Zrt."),
    "SI": (" d.o.o.",),
    "HR": (" d.o.o.",),
    "RO": (" S.R.L.", " S.A."),
    "BG": (" EOOD", " AD"),
    "GR": (" S.A.", " IKE"),
    "CY": (" Ltd",),
    "MT": (" Ltd",),
    "EE": (" OÜ", " AS"),
    "LV": (" SIA",),
    "LT": (" UAB",),
    "TR": (" A.S.", " Sanayi ve Ticaret A.S."),
    "RS": (" d.o.o.",),
    "XK": (" SH.P.K.",),
    "AL": (" SH.P.K.",),
    "BA": (" d.o.o.",),
    "GE": (" LLC",),
    "MD": (" S.R.L.",),
    "ME": (" d.o.o.",),
    "MK": (" DOOEL",),
    "UA": (" LLC", " PJSC"),
    "US": (", Inc.", " Inc.", " Corporation", " LLC", " Corp."),
    "JP": (" Corporation", " Co., Ltd.", " Kabushiki Kaisha"),
    "KR": (" Co., Ltd.", " Corporation"),
    "CN": (" Co., Ltd.", " Technology Co., Ltd."),
    "TW": (" Co., Ltd.", " Corporation"),
    "CA": (" Inc.", " Ltd."),
    "IL": (" Ltd.",),
    "IN": (" Private Limited", " Limited"),
    "AU": (" Pty Ltd", " Limited"),
    "SG": (" Pte. Ltd.",),
    "BR": (" Ltda.", " S.A."),
}

# How an UPPER CASE word of a CORDIS legal name is written in a PatentsView (mixed case) name.
MIXED_CASE_WORDS: dict[str, str] = {
    "GMBH": "GmbH",
    "AG": "AG",
    "KG": "KG",
    "EV": "e.V.",
    "SL": "S.L.",
    "SA": "S.A.",
    "S.A.": "S.A.",
    "SRL": "S.r.l.",
    "S.R.L.": "S.r.l.",
    "SPA": "S.p.A.",
    "SCARL": "S.c.a.r.l.",
    "SAS": "SAS",
    "SASU": "SASU",
    "SARL": "SARL",
    "BV": "B.V.",
    "B.V.": "B.V.",
    "NV": "N.V.",
    "AISBL": "AISBL",
    "LTD": "Ltd",
    "PLC": "PLC",
    "AE": "A.E.",
    "IKE": "IKE",
    "LDA": "Lda.",
    "APS": "ApS",
    "A/S": "A/S",
    "AB": "AB",
    "OY": "Oy",
    "OYJ": "Oyj",
    "DAC": "DAC",
    "CLG": "CLG",
    "SRO": "s.r.o.",
    "AS": "AS",
    "KFT": "Kft.",
    "ZRT": "Zrt.",
    "DOO": "d.o.o.",
    "D.O.O.": "d.o.o.",
    "OOD": "OOD",
    "EOOD": "EOOD",
    "AD": "AD",
    "OU": "OÜ",
    "UAB": "UAB",
    "SIA": "SIA",
    "ASA": "ASA",
    "EHF": "ehf.",
    "HF": "hf.",
    "SHPK": "SH.P.K.",
    "SHA": "SH.A.",
    "STI": "Sti.",
    "UNIVERSITAET": "Universität",
    "FUR": "für",
    "DER": "der",
    "DE": "de",
    "DI": "di",
    "DA": "da",
    "DO": "do",
    "DEL": "del",
    "LA": "la",
    "DEGLI": "degli",
    "OF": "of",
    "THE": "The",
    "AND": "and",
    "EN": "en",
    "KAI": "kai",
    "VOOR": "voor",
}

# Research bodies (type 3 assignees) at fixed popular ranks: big public research organisations are
# among the most active European patent owners. (ISO country, city, name); all invented.
RESEARCH_BODIES: tuple[tuple[str, str, str], ...] = (
    ("DE", "Munchen", "Meridian-Gesellschaft zur Förderung der angewandten Forschung e.V."),
    ("FR", "Paris", "Centre National de la Recherche Technologique"),
    ("NL", "Delft", "Nederlandse Stichting voor Toegepast Technisch Onderzoek NSTO"),
    ("FR", "Gif-sur-Yvette", "Commissariat à l'Innovation et aux Technologies Avancées"),
    ("DE", "Karlsruhe", "Helix-Gesellschaft zur Förderung der Grundlagenforschung e.V."),
    ("FI", "Espoo", "Teknologian Tutkimuslaitos Aurora Oy"),
    ("BE", "Leuven", "Vlaams Instituut voor Nano-elektronica vzw"),
    ("ES", "Madrid", "Consejo Nacional de Investigación Tecnológica"),
    ("IT", "Roma", "Consiglio Nazionale per la Ricerca Applicata"),
    ("NO", "Trondheim", "Stiftelsen Nordisk Teknologisk Forskning"),
    ("CH", "Zurich", "Schweizerisches Zentrum für Angewandte Photonik"),
    ("SE", "Goteborg", "Svenska Forskningsinstitutet Aurora AB"),
    ("AT", "Wien", "Austrian Institute for Applied Technology GmbH"),
    ("DK", "Kongens Lyngby", "Danish Technological Research Institute"),
    ("DE", "Jena", 'Forschungsverbund "Orion" Photonik e.V.'),
)

# University names per CORDIS language group ({city} is filled in); mixed case as in PatentsView.
UNIVERSITY_PATTERNS: dict[str, tuple[str, ...]] = {
    "de": ("Technische Universität {city}", "Universität {city}", "Hochschule {city}"),
    "fr": ("Université de {city}", "Université {city} Cité", "Ecole Nationale Supérieure de {city}"),
    "it": ("Politecnico di {city}", "Università degli Studi di {city}"),
    "es": ("Universidad Politécnica de {city}", "Universidad de {city}"),
    "nl": ("Technische Universiteit {city}", "Universiteit {city}"),
    "en": ("University of {city}", "The University Court of the University of {city}", "{city} University"),
    "el": ("Panepistimio {city}", "Polytechneio {city}"),
    "pt": ("Universidade de {city}", "Instituto Politécnico de {city}"),
    "nordic": ("{city} University of Technology", "{city} Universitet"),
    "central": ("Technical University of {city}", "University of {city}"),
    "us": ("The Board of Trustees of {city} University", "{city} Institute of Technology", "{city} University"),
    "jp": ("National University Corporation {city} University",),
    "kr": ("{city} National University R&DB Foundation", "Industry-Academic Cooperation Foundation, {city} University"),
    "cn": ("{city} University", "{city} University of Science and Technology"),
    "tw": ("National {city} University",),
}

GOVERNMENTS: dict[str, tuple[str, ...]] = {
    "US": (
        "The United States of America as represented by the Secretary of the Navy",
        "The United States of America as represented by the Secretary of the Army",
        "The United States of America as represented by the Department of Energy",
        "The Government of the United States of America, as represented by the Secretary of Commerce",
    ),
    "DE": ("Bundesrepublik Deutschland, vertreten durch das Bundesministerium der Verteidigung",),
    "FR": ("Etat Français représenté par le Délégué Général pour l'Armement",),
    "GB": ("The Secretary of State for Defence",),
    "JP": ("Japan as represented by the Ministry of Defense",),
    "KR": ("Republic of Korea (Agency for Defense Development)",),
}

# Syllables of invented company names outside Europe; European companies use the CORDIS stems.
COMPANY_PREFIXES: dict[str, tuple[str, ...]] = {
    "us": ("Apex", "Quantum", "Summit", "Keystone", "Bluewater", "Ironclad", "Silverline", "Northstar", "Cobalt"),
    "jp": ("Nippon", "Toyo", "Kawa", "Sumi", "Hoku", "Asahi", "Shin", "Daiwa", "Mitsu"),
    "kr": ("Hanbit", "Daesung", "Seojin", "Hyeon", "Mirae", "Jinwoo", "Sambo"),
    "cn": ("Huaxin", "Zhongke", "Tianyu", "Jinghua", "Longsheng", "Xinyuan", "Haida"),
    "tw": ("Hon", "Wei", "Yuan", "Chang", "Tai", "Fu"),
}
COMPANY_SUFFIXES: dict[str, tuple[str, ...]] = {
    "us": ("Technologies", "Systems", "Labs", "Devices", "Networks", "Biosciences", "Dynamics", "Semiconductor"),
    "jp": ("Electric", "Seiki", "Kogyo", "Chemical", "Denki", "Optical", "Motor"),
    "kr": ("Electronics", "Display", "Chemical", "Energy Solution", "Telecom", "Heavy Industries"),
    "cn": ("Telecommunication", "Intelligent", "New Energy", "Semiconductor", "Display"),
    "tw": ("Precision Industry", "Semiconductor Manufacturing", "Optoelectronics", "Electronics"),
}

GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("James", "Mary", "Robert", "Jennifer", "Michael", "Linda", "David", "Susan", "Thomas A.", "Karen"),
    "jp": ("Hiroshi", "Yuki", "Takashi", "Naoko", "Kenji", "Aiko"),
    "kr": ("Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun"),
    "cn": ("Wei", "Jing", "Lei", "Xiaoming", "Yan"),
    "tw": ("Chih-Ming", "Mei-Ling", "Yu-Ting"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "us": ("Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "O'Brien", "Garcia", "McAllister"),
    "jp": ("Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto"),
    "kr": ("Kim", "Lee", "Park", "Choi", "Jung"),
    "cn": ("Wang", "Li", "Zhang", "Liu", "Chen"),
    "tw": ("Chen", "Lin", "Huang", "Chang"),
}

# --- Technology -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """A technology field: CPC subclass, popular main groups with subgroups, and title words."""

    subclass: str
    weight: float
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    objects: tuple[str, ...]
    green: str = ""  # a Y02 tag some of its patents carry


FIELDS: tuple[Field, ...] = (
    Field(
        "G06F",
        12,
        (("16", ("00", "245", "2455", "27", "901")), ("3", ("0482", "0484", "041", "14")), ("9", ("455", "50"))),
        ("data storage management", "query processing in distributed databases", "user interface navigation"),
    ),
    Field(
        "G06N",
        6,
        (("3", ("02", "04", "045", "08", "084")), ("20", ("00", "20")), ("5", ("04", "022"))),
        ("training neural networks", "machine learning model deployment", "probabilistic inference"),
        "Y02D10/00",
    ),
    Field(
        "H04L",
        8,
        (("9", ("40", "0861", "3239")), ("63", ("0428", "102")), ("67", ("10", "1001")), ("5", ("0053",))),
        ("secure key exchange", "network traffic routing", "encrypted messaging"),
    ),
    Field(
        "H04W",
        7,
        (("72", ("04", "23")), ("74", ("0833",)), ("24", ("02", "10")), ("56", ("001",))),
        ("beam management in wireless networks", "random access procedures", "handover between cells"),
    ),
    Field(
        "H01L",
        6,
        (("21", ("02", "0217", "67")), ("23", ("498", "00")), ("29", ("66", "78"))),
        ("semiconductor device packaging", "thin film transistor arrays", "wafer bonding"),
    ),
    Field(
        "H01M",
        5,
        (("10", ("0525", "052", "42", "44")), ("4", ("131", "505", "62")), ("50", ("20", "204"))),
        ("lithium-ion battery cells", "solid electrolytes", "battery module thermal management"),
        "Y02E60/10",
    ),
    Field(
        "A61K",
        6,
        (("31", ("00", "4745", "713")), ("39", ("00", "395")), ("9", ("0019", "127"))),
        ("pharmaceutical compositions", "antibody formulations", "sustained-release tablets"),
    ),
    Field(
        "A61B",
        5,
        (("5", ("00", "0002", "318")), ("34", ("20", "30")), ("17", ("00", "3207"))),
        ("patient monitoring", "surgical instruments", "imaging-guided interventions"),
    ),
    Field(
        "C07D",
        3,
        (("401", ("04", "14")), ("471", ("04",)), ("487", ("04",))),
        ("heterocyclic compounds", "kinase inhibitors"),
    ),
    Field(
        "C12N",
        3,
        (("15", ("113", "86", "90")), ("9", ("22", "16")), ("5", ("0636",))),
        ("gene editing", "recombinant enzymes", "cell culture media"),
    ),
    Field(
        "B60L",
        3,
        (("53", ("20", "80")), ("58", ("12",)), ("50", ("64",))),
        ("electric vehicle charging", "traction battery control"),
        "Y02T10/70",
    ),
    Field(
        "B60W",
        3,
        (("30", ("09", "18")), ("60", ("001",)), ("50", ("14",))),
        ("driver assistance", "autonomous vehicle path planning"),
    ),
    Field(
        "F03D",
        1.5,
        (("1", ("06",)), ("7", ("02", "0224")), ("80", ("50",))),
        ("wind turbine blades", "rotor pitch control"),
        "Y02E10/72",
    ),
    Field(
        "H02J",
        2.5,
        (("3", ("38", "32")), ("7", ("00", "35")), ("50", ("10",))),
        ("power grid balancing", "wireless power transfer"),
        "Y02E40/70",
    ),
    Field(
        "G01N",
        3,
        (("21", ("64", "77")), ("33", ("543", "6854")), ("27", ("327",))),
        ("optical sensing", "biomarker assays", "gas detection"),
    ),
    Field(
        "G02B",
        2.5,
        (("6", ("12", "122")), ("27", ("01", "0172")), ("1", ("11",))),
        ("photonic waveguides", "head-mounted displays", "sub-10 µm optical coatings"),
    ),
    Field(
        "B29C",
        2,
        (("64", ("118", "209")), ("45", ("14", "76")), ("48", ("92",))),
        ("additive manufacturing", "injection molding", "co-extruded films"),
    ),
    Field(
        "C08L",
        1.5,
        (("23", ("06", "12")), ("67", ("04",))),
        ("polymer blends", "bio-based plastics", "polymer curing below 80 °C"),
        "Y02P20/582",
    ),
    Field(
        "F16H",
        2,
        (("57", ("08",)), ("61", ("02",)), ("3", ("44",))),
        ("gear transmissions", "continuously variable transmissions"),
    ),
    Field(
        "E21B",
        1,
        (("43", ("26",)), ("47", ("12", "07"))),
        ("downhole drilling tools", "well completion"),
    ),
    Field(
        "A01B",
        0.8,
        (("69", ("008",)), ("79", ("005",))),
        ("precision farming implements", "soil tillage"),
    ),
)

TITLE_PATTERNS: tuple[str, ...] = (
    "System and method for {obj}",
    "Method and apparatus for {obj}",
    "Apparatus for {obj}",
    "Methods of {obj}",
    "Device and method for {obj}",
    "{Obj} using {adj} {obj2}",
    "{Adj} {obj}",
)
TITLE_ADJECTIVES: tuple[str, ...] = (
    "adaptive",
    "low-power",
    "high-throughput",
    "modular",
    "self-calibrating",
    "scalable",
    "compact",
    "multi-layer",
)
# Titles that quote a term; in the TSV the inner quotes are doubled.
QUOTED_TERMS: tuple[str, ...] = ("hot-swapping", "zero-trust", "digital twin", "plug and play", "lab-on-a-chip")

DESIGN_TITLES: tuple[str, ...] = (
    "Display screen or portion thereof with graphical user interface",
    "Portable storage device",
    "Vehicle wheel",
    "Electric toothbrush",
    "Wireless earphone",
    "Bottle",
    "Chair",
    "Lamp",
    "Charging station for electric vehicles",
)
PLANT_SPECIES: tuple[str, ...] = ("Apple tree", "Strawberry plant", "Rose plant", "Blueberry plant", "Grapevine")
PLANT_GROUPS: tuple[str, ...] = ("6/7418", "6/749", "6/20", "6/88", "5/02")
# Y02 groups added to patents of a field with a green tag; CPC also has Y10S for old US art collections.
EXTRA_TAGS: tuple[str, ...] = ("Y10S903/903", "Y10T29/49002")

# Street words for REGPAT addresses outside Europe (European ones come from the CORDIS vocabulary).
STREET_WORDS: tuple[str, ...] = ("Main", "Technology", "Innovation", "Park", "Science", "Harbor", "Lake", "Oak")
