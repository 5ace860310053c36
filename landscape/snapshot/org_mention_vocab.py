# ruff: noqa: RUF001 - names in Greek and Cyrillic, the Turkish dotless i and the dash of Bulgarian names are meant
"""Word lists for the synthetic organisation mentions of the matching benchmark: places, name patterns, legal forms.

Data only, no logic. Real reference vocabulary: ISO country codes, city names and their exonyms and grammatical
forms (genitives, locatives, adjectives), the national legal forms with their written-out names, and the way each
country names its universities, institutes, hospitals and municipalities. Organisation names are built from these
patterns with invented brands and surnames; a generated name may coincide with a real organisation only by chance.

Kept apart from the matcher's own vocabularies (``transforms/data``) on purpose: a benchmark whose variants are
drawn from the matcher's lists would only measure that the lists agree with themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final


@dataclass(frozen=True)
class CityNames:
    """A city: ``native`` as locals write it; ``latin`` its romanisation where the script is not Latin; ``english``
    its English name where it differs; ``exonyms`` names in other languages (``de``/``fr``/``it``/``es``...);
    ``forms`` grammatical forms the national name patterns need (``gen``, ``gen_latin``, ``loc``, ``loc_latin``,
    ``adj_m``, ``adj_f``, ``adj``); ``lang`` overrides the country's language (Belgium, Switzerland)."""

    native: str
    english: str = ""
    latin: str = ""
    exonyms: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    forms: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    lang: str = ""


def _city(
    native: str, english: str = "", latin: str = "", lang: str = "", exonyms: str = "", **forms: str
) -> CityNames:
    """``exonyms``: ``"de:Mailand fr:Milan"``, an underscore standing for a space."""
    pairs = dict(item.replace("_", " ").split(":", 1) for item in exonyms.split())
    return CityNames(native, english, latin, MappingProxyType(pairs), MappingProxyType(forms), lang)


# Language of a country's organisation names (ISO code -> language code of the patterns below).
COUNTRY_LANGUAGE: Final = MappingProxyType(
    {
        "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "LU": "fr", "BE": "nl", "NL": "nl", "IT": "it",
        "ES": "es", "PT": "pt", "GB": "en", "IE": "en", "MT": "en", "GR": "el", "CY": "el", "SE": "sv",
        "FI": "fi", "DK": "da", "NO": "no", "IS": "is", "PL": "pl", "CZ": "cs", "SK": "sk", "HU": "hu",
        "RO": "ro", "SI": "sl", "HR": "hr", "BG": "bg", "RS": "sr", "EE": "et", "LV": "lv", "LT": "lt",
        "TR": "tr",
    }
)  # fmt: skip

# Share of organisations per country, roughly as in CORDIS and European patent holders (percent).
COUNTRY_WEIGHTS: Final = MappingProxyType(
    {
        "DE": 17, "FR": 11, "ES": 10, "IT": 10, "GB": 7, "NL": 6, "BE": 4, "AT": 3, "CH": 3, "SE": 3,
        "DK": 2.5, "FI": 2.5, "PL": 3, "PT": 3, "GR": 3, "IE": 1.5, "NO": 2, "CZ": 2, "HU": 1.5, "RO": 1.5,
        "SI": 1, "HR": 0.8, "BG": 0.8, "SK": 0.8, "EE": 0.6, "LV": 0.5, "LT": 0.6, "CY": 0.5, "LU": 0.5,
        "MT": 0.3, "IS": 0.3, "TR": 1.2, "RS": 0.6,
    }
)  # fmt: skip

CITIES: Final = MappingProxyType(
    {
        "DE": (
            _city("Berlin", exonyms="it:Berlino es:Berlín pl:Berlin"),
            _city("München", "Munich", exonyms="it:Monaco_di_Baviera es:Múnich fr:Munich pl:Monachium"),
            _city("Hamburg", exonyms="fr:Hambourg it:Amburgo es:Hamburgo"),
            _city("Köln", "Cologne", exonyms="it:Colonia es:Colonia fr:Cologne"),
            _city("Stuttgart", exonyms="it:Stoccarda"),
            _city("Dresden", exonyms="fr:Dresde it:Dresda es:Dresde"),
            _city("Aachen", exonyms="fr:Aix-la-Chapelle it:Aquisgrana es:Aquisgrán"),
            _city("Karlsruhe"),
            _city("Potsdam"),
            _city("Jena"),
            _city("Leipzig", exonyms="fr:Leipzig it:Lipsia"),
            _city("Nürnberg", "Nuremberg", exonyms="it:Norimberga es:Núremberg"),
            _city("Frankfurt am Main", "Frankfurt", exonyms="fr:Francfort-sur-le-Main it:Francoforte"),
            _city("Hannover", "Hanover", exonyms="fr:Hanovre it:Hannover"),
            _city("Braunschweig", "Brunswick"),
            _city("Bremen", exonyms="fr:Brême it:Brema"),
            _city("Darmstadt"),
            _city("Freiburg im Breisgau", "Freiburg", exonyms="fr:Fribourg-en-Brisgau"),
            _city("Düsseldorf"),
            _city("Münster"),
            _city("Kiel"),
            _city("Rostock"),
            _city("Magdeburg"),
            _city("Saarbrücken"),
            _city("Chemnitz"),
            _city("Ulm"),
            _city("Regensburg", exonyms="fr:Ratisbonne"),
            _city("Würzburg"),
            _city("Kaiserslautern"),
            _city("Mainz", exonyms="fr:Mayence it:Magonza"),
        ),
        "AT": (
            _city("Wien", "Vienna", exonyms="fr:Vienne it:Vienna es:Viena pl:Wiedeń cs:Vídeň"),
            _city("Graz"),
            _city("Innsbruck"),
            _city("Linz"),
            _city("Salzburg", exonyms="it:Salisburgo es:Salzburgo"),
            _city("Leoben"),
        ),
        "CH": (
            _city("Zürich", "Zurich", exonyms="it:Zurigo fr:Zurich"),
            _city("Basel", exonyms="fr:Bâle it:Basilea"),
            _city("Bern", "Bern", exonyms="fr:Berne it:Berna"),
            _city("Lausanne", lang="fr"),
            _city("Genève", "Geneva", lang="fr", exonyms="de:Genf it:Ginevra es:Ginebra"),
            _city("Lugano", lang="it"),
        ),
        "FR": (
            _city("Paris", exonyms="it:Parigi es:París"),
            _city("Lyon", "Lyon", exonyms="it:Lione es:Lyon"),
            _city("Grenoble"),
            _city("Toulouse", exonyms="it:Tolosa es:Toulouse"),
            _city("Marseille", "Marseille", exonyms="it:Marsiglia es:Marsella"),
            _city("Strasbourg", exonyms="de:Straßburg it:Strasburgo es:Estrasburgo"),
            _city("Nantes"),
            _city("Bordeaux", exonyms="it:Bordeaux es:Burdeos"),
            _city("Lille", exonyms="de:Lille nl:Rijsel"),
            _city("Rennes"),
            _city("Montpellier"),
            _city("Nancy"),
            _city("Compiègne"),
            _city("Troyes"),
            _city("Clermont-Ferrand"),
            _city("Rouen"),
            _city("Dijon"),
            _city("Besançon"),
            _city("Nice", exonyms="it:Nizza es:Niza"),
            _city("Saint-Étienne"),
        ),
        "LU": (_city("Luxembourg", exonyms="de:Luxemburg lb:Lëtzebuerg"), _city("Esch-sur-Alzette")),
        "BE": (
            _city("Bruxelles", "Brussels", lang="fr", exonyms="nl:Brussel de:Brüssel it:Bruxelles es:Bruselas"),
            _city("Leuven", "Leuven", exonyms="fr:Louvain de:Löwen es:Lovaina"),
            _city("Gent", "Ghent", exonyms="fr:Gand es:Gante"),
            _city("Antwerpen", "Antwerp", exonyms="fr:Anvers es:Amberes it:Anversa"),
            _city("Liège", "Liège", lang="fr", exonyms="nl:Luik de:Lüttich"),
            _city("Louvain-la-Neuve", lang="fr"),
            _city("Namur", lang="fr", exonyms="nl:Namen"),
            _city("Mons", lang="fr", exonyms="nl:Bergen"),
            _city("Hasselt"),
            _city("Kortrijk", exonyms="fr:Courtrai"),
        ),
        "NL": (
            _city("Amsterdam"),
            _city("Delft"),
            _city("Wageningen"),
            _city("Eindhoven"),
            _city("Utrecht"),
            _city("Leiden", exonyms="fr:Leyde"),
            _city("Groningen", exonyms="fr:Groningue"),
            _city("Rotterdam"),
            _city("Enschede"),
            _city("Maastricht", exonyms="fr:Maastricht"),
            _city("Nijmegen", exonyms="de:Nimwegen fr:Nimègue"),
            _city("Tilburg"),
        ),
        "IT": (
            _city("Roma", "Rome", exonyms="de:Rom fr:Rome es:Roma"),
            _city("Milano", "Milan", exonyms="de:Mailand fr:Milan es:Milán"),
            _city("Torino", "Turin", exonyms="de:Turin fr:Turin es:Turín"),
            _city("Bologna", exonyms="fr:Bologne es:Bolonia"),
            _city("Napoli", "Naples", exonyms="de:Neapel fr:Naples es:Nápoles"),
            _city("Padova", "Padua", exonyms="fr:Padoue es:Padua"),
            _city("Pisa", exonyms="fr:Pise"),
            _city("Trento", exonyms="de:Trient fr:Trente"),
            _city("Firenze", "Florence", exonyms="de:Florenz fr:Florence es:Florencia"),
            _city("Genova", "Genoa", exonyms="de:Genua fr:Gênes es:Génova"),
            _city("Bari"),
            _city("Palermo", exonyms="fr:Palerme"),
            _city("Cagliari"),
            _city("Perugia", exonyms="fr:Pérouse"),
            _city("Pavia", exonyms="fr:Pavie"),
            _city("Parma", exonyms="fr:Parme"),
            _city("Brescia"),
            _city("Ancona", exonyms="fr:Ancône"),
            _city("Udine"),
            _city("Catania", exonyms="fr:Catane"),
        ),
        "ES": (
            _city("Madrid"),
            _city("Barcelona", lang="ca", exonyms="fr:Barcelone it:Barcellona"),
            _city("València", "Valencia", lang="ca", exonyms="es:Valencia fr:Valence"),
            _city("Sevilla", "Seville", exonyms="fr:Séville it:Siviglia"),
            _city("Bilbao"),
            _city("Zaragoza", "Zaragoza", exonyms="fr:Saragosse it:Saragozza"),
            _city("Granada", exonyms="fr:Grenade"),
            _city("Salamanca", exonyms="fr:Salamanque"),
            _city("Valladolid"),
            _city("Oviedo"),
            _city("Santander"),
            _city("Málaga", "Malaga"),
            _city("Murcia", exonyms="fr:Murcie"),
            _city("Vigo"),
            _city("Santiago de Compostela", exonyms="fr:Saint-Jacques-de-Compostelle"),
            _city("Cartagena"),
            _city("Alicante", exonyms="ca:Alacant"),
            _city("Córdoba", "Cordoba", exonyms="fr:Cordoue"),
        ),
        "PT": (
            _city("Lisboa", "Lisbon", exonyms="fr:Lisbonne de:Lissabon it:Lisbona"),
            _city("Porto", "Porto", exonyms="fr:Porto es:Oporto"),
            _city("Coimbra"),
            _city("Braga"),
            _city("Aveiro"),
            _city("Faro"),
            _city("Évora", "Evora"),
            _city("Leiria"),
        ),
        "GB": (
            _city("London", exonyms="fr:Londres es:Londres it:Londra de:London"),
            _city("Cambridge"),
            _city("Oxford"),
            _city("Manchester"),
            _city("Edinburgh", exonyms="fr:Édimbourg es:Edimburgo it:Edimburgo"),
            _city("Glasgow"),
            _city("Birmingham"),
            _city("Cardiff"),
            _city("Belfast"),
            _city("Newcastle upon Tyne", "Newcastle"),
            _city("Bristol"),
            _city("Leeds"),
            _city("Sheffield"),
            _city("Nottingham"),
            _city("Southampton"),
            _city("Liverpool"),
            _city("Essex"),
            _city("Sussex"),
        ),
        "IE": (_city("Dublin", exonyms="ga:Baile_Átha_Cliath"), _city("Cork"), _city("Galway"), _city("Limerick")),
        "MT": (_city("Msida"), _city("Valletta")),
        "GR": (
            _city(
                "Αθήνα",
                "Athens",
                "Athina",
                exonyms="de:Athen fr:Athènes it:Atene es:Atenas",
                gen="Αθηνών",
                gen_latin="Athinon",
            ),
            _city(
                "Θεσσαλονίκη",
                "Thessaloniki",
                "Thessaloniki",
                exonyms="fr:Thessalonique it:Salonicco",
                gen="Θεσσαλονίκης",
                gen_latin="Thessalonikis",
            ),
            _city("Πάτρα", "Patras", "Patra", gen="Πατρών", gen_latin="Patron"),
            _city("Ηράκλειο", "Heraklion", "Irakleio", gen="Ηρακλείου", gen_latin="Irakleiou"),
            _city("Ιωάννινα", "Ioannina", "Ioannina", gen="Ιωαννίνων", gen_latin="Ioanninon"),
            _city("Λάρισα", "Larissa", "Larisa", gen="Λάρισας", gen_latin="Larisas"),
            _city("Χανιά", "Chania", "Chania", gen="Χανίων", gen_latin="Chanion"),
        ),
        "CY": (
            _city("Λευκωσία", "Nicosia", "Lefkosia", gen="Λευκωσίας", gen_latin="Lefkosias"),
            _city("Λεμεσός", "Limassol", "Lemesos", gen="Λεμεσού", gen_latin="Lemesou"),
        ),
        "SE": (
            _city("Stockholm", exonyms="it:Stoccolma es:Estocolmo", gen="Stockholms"),
            _city("Göteborg", "Gothenburg", exonyms="de:Göteborg fr:Göteborg", gen="Göteborgs"),
            _city("Lund", gen="Lunds"),
            _city("Uppsala", gen="Uppsala"),
            _city("Linköping", gen="Linköpings"),
            _city("Umeå", gen="Umeå"),
            _city("Luleå", gen="Luleå"),
            _city("Örebro", gen="Örebro"),
        ),
        "FI": (
            _city("Helsinki", exonyms="sv:Helsingfors", gen="Helsingin"),
            _city("Espoo", exonyms="sv:Esbo", gen="Espoon"),
            _city("Tampere", exonyms="sv:Tammerfors", gen="Tampereen"),
            _city("Oulu", exonyms="sv:Uleåborg", gen="Oulun"),
            _city("Turku", exonyms="sv:Åbo", gen="Turun"),
            _city("Jyväskylä", gen="Jyväskylän"),
            _city("Lappeenranta", exonyms="sv:Villmanstrand", gen="Lappeenrannan"),
        ),
        "DK": (
            _city("København", "Copenhagen", exonyms="de:Kopenhagen fr:Copenhague", gen="Københavns"),
            _city("Aarhus", exonyms="de:Aarhus", gen="Aarhus"),
            _city("Kongens Lyngby", "Lyngby", gen="Lyngby"),
            _city("Odense", gen="Odense"),
            _city("Aalborg", gen="Aalborg"),
        ),
        "NO": (
            _city("Oslo"),
            _city("Trondheim", exonyms="de:Drontheim"),
            _city("Bergen"),
            _city("Stavanger"),
            _city("Tromsø", "Tromso"),
        ),
        "IS": (_city("Reykjavík", "Reykjavik"), _city("Akureyri")),
        "PL": (
            _city(
                "Warszawa",
                "Warsaw",
                exonyms="de:Warschau fr:Varsovie it:Varsavia es:Varsovia",
                adj_m="Warszawski",
                adj_f="Warszawska",
                loc="Warszawie",
            ),
            _city(
                "Kraków",
                "Krakow",
                exonyms="de:Krakau fr:Cracovie it:Cracovia",
                adj_m="Krakowski",
                adj_f="Krakowska",
                loc="Krakowie",
            ),
            _city(
                "Wrocław",
                "Wroclaw",
                exonyms="de:Breslau fr:Wrocław",
                adj_m="Wrocławski",
                adj_f="Wrocławska",
                loc="Wrocławiu",
            ),
            _city("Gdańsk", "Gdansk", exonyms="de:Danzig fr:Gdańsk", adj_m="Gdański", adj_f="Gdańska", loc="Gdańsku"),
            _city("Poznań", "Poznan", exonyms="de:Posen", adj_m="Poznański", adj_f="Poznańska", loc="Poznaniu"),
            _city("Łódź", "Lodz", adj_m="Łódzki", adj_f="Łódzka", loc="Łodzi"),
            _city("Lublin", adj_m="Lubelski", adj_f="Lubelska", loc="Lublinie"),
            _city("Rzeszów", "Rzeszow", adj_m="Rzeszowski", adj_f="Rzeszowska", loc="Rzeszowie"),
            _city("Szczecin", exonyms="de:Stettin", adj_m="Szczeciński", adj_f="Szczecińska", loc="Szczecinie"),
            _city("Białystok", "Bialystok", adj_m="Białostocki", adj_f="Białostocka", loc="Białymstoku"),
            _city("Opole", exonyms="de:Oppeln", adj_m="Opolski", adj_f="Opolska", loc="Opolu"),
            _city("Gliwice", exonyms="de:Gleiwitz", loc="Gliwicach"),
        ),
        "CZ": (
            _city("Praha", "Prague", exonyms="de:Prag fr:Prague it:Praga es:Praga", loc="Praze", adj_f="Pražská"),
            _city("Brno", exonyms="de:Brünn", loc="Brně", adj_f="Brněnská"),
            _city("Ostrava", exonyms="de:Ostrau", loc="Ostravě", adj_f="Ostravská"),
            _city("Plzeň", "Pilsen", exonyms="de:Pilsen", loc="Plzni", adj_f="Plzeňská"),
            _city("Liberec", exonyms="de:Reichenberg", loc="Liberci", adj_f="Liberecká"),
            _city("Zlín", "Zlin", loc="Zlíně", adj_f="Zlínská"),
            _city("Olomouc", exonyms="de:Olmütz", loc="Olomouci", adj_f="Olomoucká"),
        ),
        "SK": (
            _city("Bratislava", exonyms="de:Pressburg hu:Pozsony", loc="Bratislave", adj_f="Bratislavská"),
            _city("Košice", "Kosice", exonyms="de:Kaschau hu:Kassa", loc="Košiciach", adj_f="Košická"),
            _city("Žilina", "Zilina", loc="Žiline", adj_f="Žilinská"),
            _city("Nitra", loc="Nitre", adj_f="Nitrianska"),
        ),
        "HU": (
            _city("Budapest", exonyms="de:Budapest", adj="Budapesti"),
            _city("Szeged", adj="Szegedi"),
            _city("Debrecen", adj="Debreceni"),
            _city("Pécs", "Pecs", exonyms="de:Fünfkirchen", adj="Pécsi"),
            _city("Győr", "Gyor", exonyms="de:Raab", adj="Győri"),
            _city("Miskolc", adj="Miskolci"),
        ),
        "RO": (
            _city("București", "Bucharest", exonyms="de:Bukarest fr:Bucarest it:Bucarest"),
            _city("Cluj-Napoca", exonyms="de:Klausenburg hu:Kolozsvár"),
            _city("Timișoara", "Timisoara", exonyms="de:Temeswar hu:Temesvár"),
            _city("Iași", "Iasi", exonyms="de:Jassy"),
            _city("Brașov", "Brasov", exonyms="de:Kronstadt hu:Brassó"),
            _city("Craiova"),
        ),
        "SI": (
            _city("Ljubljana", exonyms="de:Laibach it:Lubiana", loc="Ljubljani"),
            _city("Maribor", exonyms="de:Marburg", loc="Mariboru"),
            _city("Celje", exonyms="de:Cilli", loc="Celju"),
            _city("Koper", exonyms="it:Capodistria", loc="Kopru"),
        ),
        "HR": (
            _city("Zagreb", exonyms="de:Agram it:Zagabria", loc="Zagrebu"),
            _city("Split", exonyms="it:Spalato", loc="Splitu"),
            _city("Rijeka", exonyms="it:Fiume", loc="Rijeci"),
            _city("Osijek", exonyms="de:Esseg", loc="Osijeku"),
        ),
        "BG": (
            _city("София", "Sofia", "Sofia"),
            _city("Пловдив", "Plovdiv", "Plovdiv"),
            _city("Варна", "Varna", "Varna"),
            _city("Русе", "Ruse", "Ruse"),
        ),
        "RS": (
            _city(
                "Београд", "Belgrade", "Beograd", exonyms="de:Belgrad fr:Belgrade", loc="Београду", loc_latin="Beogradu"
            ),
            _city("Нови Сад", "Novi Sad", "Novi Sad", loc="Новом Саду", loc_latin="Novom Sadu"),
            _city("Ниш", "Nis", "Niš", loc="Нишу", loc_latin="Nišu"),
            _city("Крагујевац", "Kragujevac", "Kragujevac", loc="Крагујевцу", loc_latin="Kragujevcu"),
        ),
        "EE": (
            _city("Tallinn", exonyms="de:Reval", gen="Tallinna"),
            _city("Tartu", exonyms="de:Dorpat", gen="Tartu"),
        ),
        "LV": (
            _city("Rīga", "Riga", gen="Rīgas"),
            _city("Jelgava", gen="Jelgavas"),
            _city("Liepāja", "Liepaja", gen="Liepājas"),
        ),
        "LT": (
            _city("Vilnius", exonyms="pl:Wilno", gen="Vilniaus"),
            _city("Kaunas", exonyms="pl:Kowno", gen="Kauno"),
            _city("Klaipėda", "Klaipeda", exonyms="de:Memel", gen="Klaipėdos"),
        ),
        "TR": (
            _city("İstanbul", "Istanbul", exonyms="de:Istanbul"),
            _city("Ankara"),
            _city("İzmir", "Izmir", exonyms="it:Smirne"),
            _city("Bursa"),
            _city("Eskişehir", "Eskisehir"),
        ),
    }
)

# University-like institutions per language: (type, national pattern, English pattern). Placeholders: {city}
# (national name), {city_en}, the ``forms`` of :class:`CityNames` ({gen}, {loc}, {adj_m}, {adj_f}, {adj}); a
# pattern whose form the city lacks is skipped. Types that cannot be one organisation give the one-word-apart
# hard negatives (Universität X / Technische Universität X / Hochschule X).
UNIVERSITY_PATTERNS: Final = MappingProxyType(
    {
        "de": (
            ("university", "Universität {city}", "University of {city_en}"),
            ("technical", "Technische Universität {city}", "Technical University of {city_en}"),
            ("applied", "Hochschule {city}", "{city_en} University of Applied Sciences"),
            (
                "applied_tech",
                "Hochschule für Technik und Wirtschaft {city}",
                "University of Applied Sciences for Engineering and Economics {city_en}",
            ),
            ("medical", "Medizinische Universität {city}", "Medical University of {city_en}"),
        ),
        "fr": (
            ("university", "Université de {city}", "University of {city_en}"),
            (
                "applied_sci",
                "Institut national des sciences appliquées de {city}",
                "National Institute of Applied Sciences of {city_en}",
            ),
            ("polytechnic", "Institut national polytechnique de {city}", "National Polytechnic Institute of {city_en}"),
            ("technical", "Université de technologie de {city}", "University of Technology of {city_en}"),
            ("catholic", "Université catholique de {city}", "Catholic University of {city_en}"),
            ("applied", "Haute école de {city}", "{city_en} University College"),
        ),
        "nl": (
            ("university", "Universiteit {city}", "{city_en} University"),
            ("technical", "Technische Universiteit {city}", "{city_en} University of Technology"),
            ("applied", "Hogeschool {city}", "{city_en} University of Applied Sciences"),
            ("catholic", "Katholieke Universiteit {city}", "Catholic University of {city_en}"),
            ("free", "Vrije Universiteit {city}", "Free University of {city_en}"),
        ),
        "it": (
            ("university", "Università degli Studi di {city}", "University of {city_en}"),
            ("polytechnic", "Politecnico di {city}", "Polytechnic University of {city_en}"),
            ("second", "Seconda Università degli Studi di {city}", "Second University of {city_en}"),
            ("catholic", "Università Cattolica di {city}", "Catholic University of {city_en}"),
        ),
        "es": (
            ("university", "Universidad de {city}", "University of {city_en}"),
            ("technical", "Universidad Politécnica de {city}", "Technical University of {city_en}"),
            ("autonomous", "Universidad Autónoma de {city}", "Autonomous University of {city_en}"),
            ("catholic", "Universidad Católica de {city}", "Catholic University of {city_en}"),
        ),
        "ca": (
            ("university", "Universitat de {city}", "University of {city_en}"),
            ("technical", "Universitat Politècnica de {city}", "Technical University of {city_en}"),
            ("autonomous", "Universitat Autònoma de {city}", "Autonomous University of {city_en}"),
        ),
        "pt": (
            ("university", "Universidade de {city}", "University of {city_en}"),
            ("new", "Universidade Nova de {city}", "NOVA University {city_en}"),
            ("applied", "Instituto Politécnico de {city}", "Polytechnic Institute of {city_en}"),
            ("catholic", "Universidade Católica de {city}", "Catholic University of {city_en}"),
        ),
        "en": (
            ("university", "University of {city}", "University of {city}"),
            ("city", "{city} City University", "{city} City University"),
            ("metropolitan", "{city} Metropolitan University", "{city} Metropolitan University"),
            ("applied", "{city} Institute of Technology", "{city} Institute of Technology"),
            ("college", "University College {city}", "University College {city}"),
        ),
        "el": (
            ("university", "Πανεπιστήμιο {gen}", "University of {city_en}"),
            ("technical", "Πολυτεχνείο {gen}", "Technical University of {city_en}"),
            ("national", "Εθνικό Πανεπιστήμιο {gen}", "National University of {city_en}"),
        ),
        "sv": (
            ("university", "{gen} universitet", "{city_en} University"),
            ("technical", "{gen} tekniska universitet", "{city_en} University of Technology"),
            ("applied", "Högskolan i {city}", "University College of {city_en}"),
        ),
        "fi": (
            ("university", "{gen} yliopisto", "University of {city_en}"),
            ("technical", "{gen} teknillinen yliopisto", "{city_en} University of Technology"),
            ("applied", "{gen} ammattikorkeakoulu", "{city_en} University of Applied Sciences"),
        ),
        "da": (
            ("university", "{gen} Universitet", "{city_en} University"),
            ("applied", "Professionshøjskolen {city}", "{city_en} University College"),
        ),
        "no": (
            ("university", "Universitetet i {city}", "University of {city_en}"),
            ("applied", "Høgskolen i {city}", "{city_en} University College"),
        ),
        "is": (("university", "Háskólinn á {city}", "University of {city_en}"),),
        "pl": (
            ("university", "Uniwersytet {adj_m}", "University of {city_en}"),
            ("technical", "Politechnika {adj_f}", "{city_en} University of Technology"),
            ("medical", "Uniwersytet Medyczny w {loc}", "Medical University of {city_en}"),
            ("economics", "Uniwersytet Ekonomiczny w {loc}", "{city_en} University of Economics"),
        ),
        "cs": (
            ("university", "{adj_f} univerzita", "University of {city_en}"),
            ("technical", "Technická univerzita v {loc}", "Technical University of {city_en}"),
            ("technical2", "Vysoké učení technické v {loc}", "{city_en} University of Technology"),
        ),
        "sk": (
            ("university", "{adj_f} univerzita v {loc}", "University of {city_en}"),
            ("technical", "Technická univerzita v {loc}", "Technical University of {city_en}"),
        ),
        "hu": (
            ("university", "{adj} Tudományegyetem", "University of {city_en}"),
            ("technical", "{adj} Műszaki Egyetem", "{city_en} University of Technology"),
            ("medical", "{adj} Orvostudományi Egyetem", "{city_en} Medical University"),
        ),
        "ro": (
            ("university", "Universitatea din {city}", "University of {city_en}"),
            ("technical", "Universitatea Tehnică din {city}", "Technical University of {city_en}"),
            ("polytechnic", "Universitatea Politehnica din {city}", "Politehnica University of {city_en}"),
            (
                "medical",
                "Universitatea de Medicină și Farmacie din {city}",
                "University of Medicine and Pharmacy of {city_en}",
            ),
        ),
        "sl": (("university", "Univerza v {loc}", "University of {city_en}"),),
        "hr": (("university", "Sveučilište u {loc}", "University of {city_en}"),),
        "bg": (
            ("technical", "Технически университет – {city}", "Technical University of {city_en}"),
            ("medical", "Медицински университет – {city}", "Medical University of {city_en}"),
            ("economics", "Икономически университет – {city}", "University of Economics – {city_en}"),
        ),
        "sr": (
            ("university", "Универзитет у {loc}", "University of {city_en}"),
            ("technical", "Технички факултет у {loc}", "Technical Faculty in {city_en}"),
        ),
        "et": (
            ("university", "{gen} Ülikool", "University of {city_en}"),
            ("technical", "{gen} Tehnikaülikool", "{city_en} University of Technology"),
        ),
        "lv": (
            ("university", "{gen} Universitāte", "University of {city_en}"),
            ("technical", "{gen} Tehniskā universitāte", "{city_en} Technical University"),
        ),
        "lt": (
            ("university", "{gen} universitetas", "{city_en} University"),
            ("technical", "{gen} technologijos universitetas", "{city_en} University of Technology"),
        ),
        "tr": (
            ("university", "{city} Üniversitesi", "{city_en} University"),
            ("technical", "{city} Teknik Üniversitesi", "{city_en} Technical University"),
        ),
    }
)
# The romanised (Latin-letter) form of patterns in another script, as CORDIS and epodoc write them.
LATIN_PATTERNS: Final = MappingProxyType(
    {
        "Πανεπιστήμιο {gen}": "Panepistimio {gen_latin}",
        "Πολυτεχνείο {gen}": "Polytechneio {gen_latin}",
        "Εθνικό Πανεπιστήμιο {gen}": "Ethniko Panepistimio {gen_latin}",
        "Технически университет – {city}": "Tehnicheski universitet - {latin}",
        "Медицински университет – {city}": "Meditsinski universitet - {latin}",
        "Икономически университет – {city}": "Ikonomicheski universitet - {latin}",
        "Универзитет у {loc}": "Univerzitet u {loc_latin}",
        "Технички факултет у {loc}": "Tehnički fakultet u {loc_latin}",
    }
)
# Short names a university goes by in registries ({city} national, {city_en} English), by type.
UNIVERSITY_SHORT: Final = MappingProxyType(
    {
        "technical": ("TU {city}", "TU {city_en}"),
        "applied": ("HS {city}",),
        "applied_sci": ("INSA {city}", "INSA {city_en}"),
        "polytechnic": ("Polito {city}", "INP {city}"),
        "university": ("Uni {city}",),
        "catholic": ("UC {city}",),
    }
)
# The institution type in other languages, for names a foreign registry or an alias list gives.
UNIVERSITY_FOREIGN: Final = MappingProxyType(
    {
        "university": (
            ("de", "Universität {city}"),
            ("fr", "Université de {city}"),
            ("it", "Università di {city}"),
            ("es", "Universidad de {city}"),
            ("nl", "Universiteit {city}"),
        ),
        "technical": (
            ("de", "Technische Universität {city}"),
            ("fr", "Université technique de {city}"),
            ("it", "Università tecnica di {city}"),
            ("es", "Universidad Técnica de {city}"),
        ),
        "medical": (("de", "Medizinische Universität {city}"), ("fr", "Université de médecine de {city}")),
    }
)

# Research fields of institutes: English, then the national names by language.
FIELDS: Final = (
    MappingProxyType({"en": "Materials Research", "de": "Werkstoffforschung", "fr": "Recherche sur les matériaux",
                      "it": "Scienza dei Materiali", "es": "Ciencia de Materiales", "nl": "Materiaalkunde",
                      "pt": "Ciência dos Materiais", "sv": "Materialforskning"}),
    MappingProxyType({"en": "Laser Technology", "de": "Lasertechnik", "fr": "Technologies laser",
                      "it": "Tecnologie Laser", "es": "Tecnología Láser", "nl": "Lasertechnologie",
                      "pt": "Tecnologia Laser", "sv": "Laserteknik"}),
    MappingProxyType({"en": "Production Engineering", "de": "Produktionstechnik", "fr": "Génie de la production",
                      "it": "Ingegneria della Produzione", "es": "Ingeniería de Producción",
                      "nl": "Productietechniek", "pt": "Engenharia de Produção", "sv": "Produktionsteknik"}),
    MappingProxyType({"en": "Solar Energy Systems", "de": "Solare Energiesysteme", "fr": "Systèmes d'énergie solaire",
                      "it": "Sistemi a Energia Solare", "es": "Sistemas de Energía Solar",
                      "nl": "Zonne-energiesystemen", "pt": "Sistemas de Energia Solar", "sv": "Solenergisystem"}),
    MappingProxyType({"en": "Polymer Research", "de": "Polymerforschung", "fr": "Recherche sur les polymères",
                      "it": "Ricerca sui Polimeri", "es": "Investigación en Polímeros", "nl": "Polymeeronderzoek",
                      "pt": "Investigação em Polímeros", "sv": "Polymerforskning"}),
    MappingProxyType({"en": "Marine Sciences", "de": "Meereswissenschaften", "fr": "Sciences de la mer",
                      "it": "Scienze Marine", "es": "Ciencias Marinas", "nl": "Mariene Wetenschappen",
                      "pt": "Ciências do Mar", "sv": "Marina vetenskaper"}),
    MappingProxyType({"en": "Photonics", "de": "Photonik", "fr": "Photonique", "it": "Fotonica", "es": "Fotónica",
                      "nl": "Fotonica", "pt": "Fotónica", "sv": "Fotonik"}),
    MappingProxyType({"en": "Microelectronics", "de": "Mikroelektronik", "fr": "Microélectronique",
                      "it": "Microelettronica", "es": "Microelectrónica", "nl": "Micro-elektronica",
                      "pt": "Microeletrónica", "sv": "Mikroelektronik"}),
    MappingProxyType({"en": "Agricultural Engineering", "de": "Agrartechnik", "fr": "Génie agricole",
                      "it": "Ingegneria Agraria", "es": "Ingeniería Agrícola", "nl": "Landbouwtechniek",
                      "pt": "Engenharia Agrícola", "sv": "Lantbruksteknik"}),
    MappingProxyType({"en": "Biomedical Engineering", "de": "Biomedizinische Technik", "fr": "Génie biomédical",
                      "it": "Ingegneria Biomedica", "es": "Ingeniería Biomédica", "nl": "Biomedische Technologie",
                      "pt": "Engenharia Biomédica", "sv": "Medicinsk teknik"}),
    MappingProxyType({"en": "Environmental Research", "de": "Umweltforschung", "fr": "Recherche environnementale",
                      "it": "Ricerca Ambientale", "es": "Investigación Ambiental", "nl": "Milieuonderzoek",
                      "pt": "Investigação Ambiental", "sv": "Miljöforskning"}),
    MappingProxyType({"en": "Applied Mathematics", "de": "Angewandte Mathematik", "fr": "Mathématiques appliquées",
                      "it": "Matematica Applicata", "es": "Matemática Aplicada", "nl": "Toegepaste Wiskunde",
                      "pt": "Matemática Aplicada", "sv": "Tillämpad matematik"}),
    MappingProxyType({"en": "Robotics", "de": "Robotik", "fr": "Robotique", "it": "Robotica", "es": "Robótica",
                      "nl": "Robotica", "pt": "Robótica", "sv": "Robotik"}),
    MappingProxyType({"en": "Energy Research", "de": "Energieforschung", "fr": "Recherche énergétique",
                      "it": "Ricerca Energetica", "es": "Investigación Energética", "nl": "Energieonderzoek",
                      "pt": "Investigação Energética", "sv": "Energiforskning"}),
    MappingProxyType({"en": "Food Technology", "de": "Lebensmitteltechnologie", "fr": "Technologie alimentaire",
                      "it": "Tecnologie Alimentari", "es": "Tecnología de los Alimentos",
                      "nl": "Levensmiddelentechnologie", "pt": "Tecnologia Alimentar", "sv": "Livsmedelsteknik"}),
    MappingProxyType({"en": "Structural Biology", "de": "Strukturbiologie", "fr": "Biologie structurale",
                      "it": "Biologia Strutturale", "es": "Biología Estructural", "nl": "Structuurbiologie",
                      "pt": "Biologia Estrutural", "sv": "Strukturbiologi"}),
    MappingProxyType({"en": "Chemical Technology", "de": "Chemische Technologie", "fr": "Technologie chimique",
                      "it": "Tecnologia Chimica", "es": "Tecnología Química", "nl": "Chemische Technologie",
                      "pt": "Tecnologia Química", "sv": "Kemisk teknik"}),
    MappingProxyType({"en": "Transport Research", "de": "Verkehrsforschung", "fr": "Recherche sur les transports",
                      "it": "Ricerca sui Trasporti", "es": "Investigación del Transporte", "nl": "Verkeersonderzoek",
                      "pt": "Investigação em Transportes", "sv": "Transportforskning"}),
)  # fmt: skip

# Institute names: (national pattern, English pattern) by language; other languages use English only.
INSTITUTE_PATTERNS: Final = MappingProxyType(
    {
        "de": (("Institut für {field}", "Institute for {field_en}"),
               ("Forschungszentrum für {field}", "Research Centre for {field_en}")),
        "fr": (("Institut de {field}", "Institute of {field_en}"),
               ("Centre de recherche en {field}", "Research Centre for {field_en}")),
        "it": (("Istituto di {field}", "Institute of {field_en}"),
               ("Centro di Ricerca in {field}", "Research Centre for {field_en}")),
        "es": (("Instituto de {field}", "Institute of {field_en}"),
               ("Centro de Investigación en {field}", "Research Centre for {field_en}")),
        "ca": (("Instituto de {field}", "Institute of {field_en}"),),
        "nl": (("Instituut voor {field}", "Institute for {field_en}"),
               ("Kenniscentrum {field}", "Knowledge Centre for {field_en}")),
        "pt": (("Instituto de {field}", "Institute of {field_en}"),
               ("Centro de Investigação em {field}", "Research Centre for {field_en}")),
        "sv": (("Institutet för {field}", "Institute for {field_en}"),),
        "en": (("Institute of {field_en}", "Institute of {field_en}"),
               ("{field_en} Research Centre", "{field_en} Research Centre")),
    }
)  # fmt: skip

# Networks of legally independent institutes (the Leibniz or Helmholtz kind, invented): institutes of one
# network are different organisations, so two of them are the sister-institute hard negative.
INSTITUTE_NETWORKS: Final = (
    ("de", "Aurora-Institut für {field}", "Aurora Institute for {field_en}"),
    ("de", "Helix-Zentrum für {field} {city}", "Helix Centre for {field_en} {city_en}"),
    ("fr", "Institut Méridien de {field}", "Meridian Institute of {field_en}"),
    ("it", "Istituto Orione di {field}", "Orion Institute of {field_en}"),
    ("es", "Fundación Vector de {field}", "Vector Foundation for {field_en}"),
    ("nl", "Pioneer Instituut voor {field}", "Pioneer Institute for {field_en}"),
    ("sv", "Nordlys institutet för {field}", "Nordlys Institute for {field_en}"),
)

# Research societies (the Fraunhofer or CNR kind, invented) that are ONE legal entity whose institutes have no
# legal personality: every institute mention is a mention of the society. (language, legal name, English name,
# acronym, institute pattern, its English pattern)
SOCIETIES: Final = (
    ("de", "Corona-Gesellschaft zur Förderung der angewandten Forschung e.V.",
     "Corona Society for the Advancement of Applied Research", "CGF",
     "Corona-Institut für {field}", "Corona Institute for {field_en}"),
    ("de", "Silva-Gesellschaft zur Förderung der Wissenschaften e.V.",
     "Silva Society for the Advancement of Science", "SGW",
     "Silva-Institut für {field}", "Silva Institute for {field_en}"),
    ("it", "Consiglio Nazionale per la Ricerca Atlantica", "National Council for Atlantic Research", "CNRA",
     "Istituto CNRA di {field}", "CNRA Institute of {field_en}"),
    ("fr", "Centre national de la recherche alpine", "National Centre for Alpine Research", "CNRA",
     "Laboratoire alpin de {field}", "Alpine Laboratory of {field_en}"),
    ("es", "Consejo Superior de Investigaciones Ibéricas", "Higher Council for Iberian Research", "CSII",
     "Instituto Ibérico de {field}", "Iberian Institute of {field_en}"),
    ("nl", "Nederlandse Organisatie voor Baltisch Onderzoek", "Netherlands Organisation for Baltic Research",
     "NOBO", "NOBO {field}", "NOBO {field_en}"),
)  # fmt: skip
SOCIETY_COUNTRY: Final = MappingProxyType({"de": "DE", "it": "IT", "fr": "FR", "es": "ES", "nl": "NL"})

# University hospitals (separate legal entities hosted by or affiliated to the university): (national, English).
HOSPITAL_PATTERNS: Final = MappingProxyType(
    {
        "de": ("Universitätsklinikum {city}", "{city_en} University Hospital"),
        "fr": ("Centre hospitalier universitaire de {city}", "{city_en} University Hospital"),
        "it": ("Azienda Ospedaliero-Universitaria di {city}", "{city_en} University Hospital"),
        "es": ("Hospital Universitario de {city}", "{city_en} University Hospital"),
        "nl": ("Universitair Medisch Centrum {city}", "{city_en} University Medical Centre"),
        "pt": ("Centro Hospitalar Universitário de {city}", "{city_en} University Hospital Centre"),
        "sv": ("{city} universitetssjukhus", "{city_en} University Hospital"),
        "en": ("{city} University Hospital", "{city} University Hospital"),
    }
)
# Municipalities: (national, English).
PUBLIC_PATTERNS: Final = MappingProxyType(
    {
        "de": (("Stadt {city}", "City of {city_en}"), ("Landkreis {city}", "District of {city_en}")),
        "fr": (("Ville de {city}", "City of {city_en}"), ("Métropole de {city}", "{city_en} Metropolis")),
        "it": (("Comune di {city}", "Municipality of {city_en}"), ("Città Metropolitana di {city}",
                                                                    "Metropolitan City of {city_en}")),
        "es": (("Ayuntamiento de {city}", "City Council of {city_en}"), ("Diputación Provincial de {city}",
                                                                         "Provincial Council of {city_en}")),
        "ca": (("Ajuntament de {city}", "City Council of {city_en}"),),
        "nl": (("Gemeente {city}", "Municipality of {city_en}"), ("Provincie {city}", "Province of {city_en}")),
        "pt": (("Câmara Municipal de {city}", "Municipality of {city_en}"),),
        "en": (("{city} City Council", "{city} City Council"), ("{city} County Council", "{city} County Council")),
        "sv": (("{city} kommun", "{city_en} Municipality"),),
        "da": (("{city} Kommune", "{city_en} Municipality"),),
        "no": (("{city} kommune", "{city_en} Municipality"),),
        "fi": (("{gen} kaupunki", "City of {city_en}"),),
        "pl": (("Urząd Miasta {city}", "City of {city_en}"),),
        "cs": (("Statutární město {city}", "City of {city_en}"),),
        "ro": (("Primăria {city}", "City Hall of {city_en}"),),
        "hu": (("{city} Megyei Jogú Város Önkormányzata", "Municipality of {city_en}"),),
    }
)  # fmt: skip
# Cluster organisations and associations: (national pattern, English pattern); {topic} national, {topic_en}.
ASSOCIATION_PATTERNS: Final = MappingProxyType(
    {
        "de": (("Cluster {topic} {city} e.V.", "{topic_en} Cluster {city_en}"),
               ("Netzwerk {topic} {city}", "{topic_en} Network {city_en}")),
        "fr": (("Pôle {topic} {city}", "{topic_en} Cluster {city_en}"),
               ("Association {topic} {city}", "{topic_en} Association {city_en}")),
        "it": (("Distretto Tecnologico {topic} {city}", "{topic_en} Technology District {city_en}"),),
        "es": (("Clúster de {topic} de {city}", "{topic_en} Cluster of {city_en}"),),
        "nl": (("Stichting {topic} {city}", "{topic_en} Foundation {city_en}"),),
        "en": (("{city} {topic_en} Cluster", "{city} {topic_en} Cluster"),
               ("{topic_en} Network {city}", "{topic_en} Network {city}")),
    }
)  # fmt: skip
TOPICS: Final = (
    MappingProxyType({"en": "Photonics", "de": "Photonik", "fr": "Photonique", "it": "Fotonica", "es": "Fotónica",
                      "nl": "Fotonica"}),
    MappingProxyType({"en": "Plastics", "de": "Kunststoff", "fr": "Plasturgie", "it": "Materie Plastiche",
                      "es": "Plásticos", "nl": "Kunststoffen"}),
    MappingProxyType({"en": "Medical Technology", "de": "Medizintechnik", "fr": "Technologies médicales",
                      "it": "Tecnologie Mediche", "es": "Tecnología Médica", "nl": "Medische Technologie"}),
    MappingProxyType({"en": "Aerospace", "de": "Luft- und Raumfahrt", "fr": "Aéronautique et Espace",
                      "it": "Aerospazio", "es": "Aeroespacial", "nl": "Lucht- en Ruimtevaart"}),
    MappingProxyType({"en": "Automotive", "de": "Automotive", "fr": "Automobile", "it": "Automotive",
                      "es": "Automoción", "nl": "Automotive"}),
    MappingProxyType({"en": "Food", "de": "Ernährung", "fr": "Agroalimentaire", "it": "Agroalimentare",
                      "es": "Alimentación", "nl": "Voeding"}),
    MappingProxyType({"en": "Energy", "de": "Energie", "fr": "Énergie", "it": "Energia", "es": "Energía",
                      "nl": "Energie"}),
    MappingProxyType({"en": "Logistics", "de": "Logistik", "fr": "Logistique", "it": "Logistica",
                      "es": "Logística", "nl": "Logistiek"}),
)  # fmt: skip

# Legal forms of companies by country: (abbreviation as companies write it, the form written out, written before
# the name). CORDIS writes either; PatentsView mostly the abbreviation; registries often none.
LEGAL_FORMS: Final = MappingProxyType(
    {
        "DE": (("GmbH", "Gesellschaft mit beschränkter Haftung", False), ("AG", "Aktiengesellschaft", False),
               ("GmbH & Co. KG", "GmbH & Co. Kommanditgesellschaft", False), ("SE", "Societas Europaea", False)),
        "AT": (("GmbH", "Gesellschaft mit beschränkter Haftung", False), ("AG", "Aktiengesellschaft", False)),
        "CH": (("AG", "Aktiengesellschaft", False), ("SA", "Société anonyme", False),
               ("GmbH", "Gesellschaft mit beschränkter Haftung", False)),
        "FR": (("SAS", "Société par actions simplifiée", False), ("SA", "Société anonyme", False),
               ("SARL", "Société à responsabilité limitée", False)),
        "LU": (("S.A.", "Société anonyme", False), ("S.à r.l.", "Société à responsabilité limitée", False)),
        "BE": (("NV", "Naamloze Vennootschap", False), ("SA", "Société anonyme", False),
               ("BV", "Besloten Vennootschap", False), ("SRL", "Société à responsabilité limitée", False)),
        "NL": (("B.V.", "Besloten Vennootschap", False), ("N.V.", "Naamloze Vennootschap", False)),
        "IT": (("S.p.A.", "Società per Azioni", False), ("S.r.l.", "Società a Responsabilità Limitata", False)),
        "ES": (("S.A.", "Sociedad Anónima", False), ("S.L.", "Sociedad Limitada", False)),
        "PT": (("S.A.", "Sociedade Anónima", False), ("Lda.", "Limitada", False)),
        "GB": (("Ltd", "Limited", False), ("plc", "Public Limited Company", False)),
        "IE": (("Ltd", "Limited", False), ("DAC", "Designated Activity Company", False)),
        "MT": (("Ltd", "Limited", False),),
        "GR": (("A.E.", "Anonymi Etaireia", False), ("IKE", "Idiotiki Kefalaiouchiki Etaireia", False)),
        "CY": (("Ltd", "Limited", False),),
        "SE": (("AB", "Aktiebolag", False), ("AB", "Aktiebolaget", True)),
        "FI": (("Oy", "Osakeyhtiö", False), ("Oyj", "Julkinen osakeyhtiö", False)),
        "DK": (("A/S", "Aktieselskab", False), ("ApS", "Anpartsselskab", False)),
        "NO": (("AS", "Aksjeselskap", False), ("ASA", "Allmennaksjeselskap", False)),
        "IS": (("ehf.", "einkahlutafélag", False), ("hf.", "hlutafélag", False)),
        "PL": (("Sp. z o.o.", "Spółka z ograniczoną odpowiedzialnością", False), ("S.A.", "Spółka Akcyjna", False)),
        "CZ": (("s.r.o.", "společnost s ručením omezeným", False), ("a.s.", "akciová společnost", False)),
        "SK": (("s.r.o.", "spoločnosť s ručením obmedzeným", False), ("a.s.", "akciová spoločnosť", False)),
        "HU": (("Kft.", "Korlátolt Felelősségű Társaság", False), ("Zrt.", "Zártkörűen Működő Részvénytársaság",
                                                                    False)),
        "RO": (("S.R.L.", "Societate cu Răspundere Limitată", False), ("S.A.", "Societate pe Acțiuni", False)),
        "SI": (("d.o.o.", "družba z omejeno odgovornostjo", False), ("d.d.", "delniška družba", False)),
        "HR": (("d.o.o.", "društvo s ograničenom odgovornošću", False), ("d.d.", "dioničko društvo", False)),
        "BG": (("EOOD", "Ednolichno druzhestvo s ogranichena otgovornost", False),
               ("AD", "Aktsionerno druzhestvo", False)),
        "RS": (("d.o.o.", "društvo sa ograničenom odgovornošću", False),),
        "EE": (("OÜ", "osaühing", False), ("AS", "aktsiaselts", False)),
        "LV": (("SIA", "Sabiedrība ar ierobežotu atbildību", True),),
        "LT": (("UAB", "Uždaroji akcinė bendrovė", True),),
        "TR": (("A.Ş.", "Anonim Şirketi", False), ("Ltd. Şti.", "Limited Şirketi", False)),
    }
)  # fmt: skip
# Words of company names by language; a company is a brand, a brand with a line of business, a founder's name, or
# two partners' names.
COMPANY_WORDS: Final = MappingProxyType(
    {
        "de": ("Maschinenbau", "Medizintechnik", "Anlagenbau", "Elektronik", "Systemtechnik", "Werkzeugbau",
               "Automation", "Software", "Energietechnik", "Präzisionstechnik", "Kunststofftechnik", "Optik"),
        "fr": ("Technologies", "Systèmes", "Ingénierie", "Industrie", "Électronique", "Énergies", "Solutions",
               "Aéronautique", "Matériaux"),
        "it": ("Tecnologie", "Sistemi", "Impianti", "Ingegneria", "Elettronica", "Meccanica", "Automazione",
               "Energia"),
        "es": ("Tecnologías", "Sistemas", "Ingeniería", "Soluciones", "Energía", "Electrónica", "Automatización"),
        "ca": ("Tecnologies", "Sistemes", "Enginyeria", "Solucions"),
        "nl": ("Techniek", "Systemen", "Installaties", "Engineering", "Elektronica", "Automatisering"),
        "pt": ("Tecnologias", "Sistemas", "Engenharia", "Soluções", "Energia", "Automação"),
        "en": ("Technologies", "Systems", "Engineering", "Solutions", "Electronics", "Instruments", "Energy",
               "Analytics", "Therapeutics", "Diagnostics"),
        "sv": ("Teknik", "System", "Industri", "Elektronik", "Energi"),
        "da": ("Teknik", "Systemer", "Industri", "Energi"),
        "no": ("Teknikk", "Systemer", "Industri", "Energi"),
        "fi": ("Tekniikka", "Järjestelmät", "Teollisuus", "Energia"),
        "is": ("Tækni", "Kerfi"),
        "pl": ("Technologie", "Systemy", "Inżynieria", "Elektronika", "Energia", "Automatyka"),
        "cs": ("Technologie", "Systémy", "Strojírny", "Elektronika", "Energetika"),
        "sk": ("Technológie", "Systémy", "Strojárne", "Elektronika"),
        "hu": ("Technológia", "Rendszerek", "Mérnöki", "Elektronika", "Energia"),
        "ro": ("Tehnologii", "Sisteme", "Inginerie", "Electronică", "Energie"),
        "sl": ("Tehnologije", "Sistemi", "Inženiring", "Elektronika"),
        "hr": ("Tehnologije", "Sustavi", "Inženjering", "Elektronika"),
        "bg": ("Technologies", "Systems", "Engineering"),
        "sr": ("Tehnologije", "Sistemi", "Inženjering"),
        "el": ("Technologies", "Systems", "Engineering", "Energy"),
        "et": ("Tehnoloogia", "Süsteemid", "Inseneeria"),
        "lv": ("Tehnoloģijas", "Sistēmas", "Inženierija"),
        "lt": ("Technologijos", "Sistemos", "Inžinerija"),
        "tr": ("Teknoloji", "Sistemleri", "Mühendislik", "Enerji", "Elektronik"),
    }
)  # fmt: skip
# Divisions that become subsidiaries of a group ("Siemens Healthineers" beside "Siemens").
DIVISIONS: Final = (
    "Healthcare",
    "Mobility",
    "Energy",
    "Digital Industries",
    "Financial Services",
    "Real Estate",
    "Logistics",
    "Automotive",
    "Software",
    "Medical",
    "Industrial Solutions",
    "Semiconductors",
)
# A group's national companies: the country word in the local language.
COUNTRY_WORDS: Final = MappingProxyType(
    {
        "DE": "Deutschland", "AT": "Austria", "CH": "Schweiz", "FR": "France", "BE": "Belgium", "NL": "Nederland",
        "IT": "Italia", "ES": "España", "PT": "Portugal", "GB": "UK", "IE": "Ireland", "SE": "Sverige",
        "FI": "Finland", "DK": "Danmark", "NO": "Norge", "PL": "Polska", "CZ": "Czech", "SK": "Slovakia",
        "HU": "Magyarország", "RO": "România", "GR": "Hellas", "LU": "Luxembourg", "SI": "Slovenija",
        "HR": "Hrvatska", "BG": "Bulgaria", "EE": "Eesti", "LV": "Latvija", "LT": "Lietuva", "TR": "Türkiye",
        "RS": "Srbija", "IS": "Ísland", "CY": "Cyprus", "MT": "Malta",
    }
)  # fmt: skip
# English country names, as ROR adds them to company names ("Siemens (Germany)").
COUNTRY_NAMES_EN: Final = MappingProxyType(
    {
        "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France", "BE": "Belgium",
        "NL": "Netherlands", "IT": "Italy", "ES": "Spain", "PT": "Portugal", "GB": "United Kingdom",
        "IE": "Ireland", "SE": "Sweden", "FI": "Finland", "DK": "Denmark", "NO": "Norway", "PL": "Poland",
        "CZ": "Czechia", "SK": "Slovakia", "HU": "Hungary", "RO": "Romania", "GR": "Greece", "LU": "Luxembourg",
        "SI": "Slovenia", "HR": "Croatia", "BG": "Bulgaria", "EE": "Estonia", "LV": "Latvia", "LT": "Lithuania",
        "TR": "Türkiye", "RS": "Serbia", "IS": "Iceland", "CY": "Cyprus", "MT": "Malta",
    }
)  # fmt: skip

# Syllables of invented brand names ("Korvalis", "Zentrion"): onsets, vowels and endings.
BRAND_ONSETS: Final = tuple(
    [
        "b",
        "br",
        "c",
        "ch",
        "d",
        "dr",
        "f",
        "fl",
        "g",
        "gr",
        "h",
        "j",
        "k",
        "kr",
        "l",
        "m",
        "n",
        "p",
        "pr",
        "qu",
        "r",
        "s",
        "sk",
        "st",
        "t",
        "tr",
        "v",
        "w",
        "x",
        "z",
        "zen",
        "nor",
        "sol",
        "ter",
        "vel",
        "mar",
        "cor",
        "ar",
        "el",
        "al",
        "ev",
        "in",
        "om",
        "ul",
    ]
)
BRAND_VOWELS: Final = tuple(["a", "e", "i", "o", "u", "a", "e", "i", "o", "ea", "io"])
BRAND_ENDINGS: Final = tuple(
    [
        "x",
        "n",
        "s",
        "r",
        "l",
        "ris",
        "lis",
        "tix",
        "tron",
        "vex",
        "nova",
        "gen",
        "tec",
        "med",
        "sys",
        "lux",
        "com",
        "data",
        "dyn",
        "mat",
        "vis",
        "ix",
        "on",
        "ia",
        "an",
    ]
)

# People's names for founders and partnerships ("Müller Maschinenbau", "Robert Lindqvist AB").
SURNAMES: Final = MappingProxyType(
    {
        "de": ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
               "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
               "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Köhler",
               "Jäger", "Günther", "Vogel", "Frank", "Böhm", "Kühn", "Haas", "Pfeiffer", "Lorenz", "Sommer"),
        "fr": ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
               "Simon", "Laurent", "Lefèvre", "Michel", "Garnier", "Chevalier", "Mercier", "Lemaître", "Bélanger",
               "Fournier", "Girard", "Bonnet", "Rousseau", "Guérin", "Faure"),
        "it": ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
               "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi",
               "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani"),
        "es": ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
               "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres",
               "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Núñez"),
        "ca": ("Puig", "Vidal", "Soler", "Ferrer", "Font", "Pujol", "Roca", "Casals", "Vilà", "Bosch"),
        "nl": ("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
               "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
               "Dekker", "Brouwer", "Maes", "Claes", "Willems", "Wouters", "Goossens"),
        "pt": ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus",
               "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro"),
        "en": ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
               "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
               "Clarke", "Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne"),
        "sv": ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
               "Svensson", "Gustafsson", "Lindqvist", "Lindström", "Bergström", "Sjöberg", "Åberg"),
        "da": ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
               "Rasmussen", "Jørgensen", "Madsen", "Kristensen"),
        "no": ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Berg",
               "Haugen", "Hagen", "Bakken", "Sæther"),
        "fi": ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
               "Koskinen", "Järvinen", "Lehtonen", "Saarinen"),
        "is": ("Jónsson", "Sigurðsson", "Guðmundsson", "Gunnarsson", "Ólafsson"),
        "pl": ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
               "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk"),
        "cs": ("Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák",
               "Němec", "Pokorný", "Marek"),
        "sk": ("Horváth", "Kováč", "Varga", "Tóth", "Nagy", "Baláž", "Szabó", "Molnár", "Lukáč"),
        "hu": ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
               "Balogh", "Papp", "Takács", "Juhász"),
        "ro": ("Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu", "Munteanu",
               "Matei", "Constantin", "Șerban", "Ștefănescu"),
        "sl": ("Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar"),
        "hr": ("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković"),
        "bg": ("Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Hristov", "Stoyanov", "Todorov"),
        "sr": ("Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović"),
        "el": ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Oikonomou", "Vasileiou", "Dimitriou",
               "Konstantinidis", "Papadakis", "Athanasiou"),
        "et": ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves"),
        "lv": ("Bērziņš", "Kalniņš", "Ozoliņš", "Jansons", "Liepiņš", "Krūmiņš"),
        "lt": ("Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas"),
        "tr": ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir"),
    }
)  # fmt: skip
GIVEN_NAMES: Final = MappingProxyType(
    {
        "de": ("Robert", "Carl", "Heinrich", "Friedrich", "Ernst", "Walter", "Hans", "Wilhelm"),
        "fr": ("Louis", "Pierre", "Jean", "Henri", "Marcel", "André"),
        "it": ("Giovanni", "Giuseppe", "Luigi", "Carlo", "Enrico", "Mario"),
        "es": ("José", "Antonio", "Manuel", "Francisco", "Juan", "Ramón"),
        "nl": ("Jan", "Pieter", "Willem", "Hendrik", "Cornelis"),
        "en": ("James", "William", "John", "George", "Thomas"),
        "sv": ("Lars", "Anders", "Gustaf", "Nils", "Erik"),
        "da": ("Niels", "Jens", "Søren", "Peder"),
        "no": ("Ole", "Knut", "Arne", "Bjørn"),
        "fi": ("Matti", "Juho", "Eero", "Väinö"),
    }
)  # fmt: skip

# Words the EPO's epodoc standardisation abbreviates beyond the ones the OPS stand-in knows.
EPODOC_EXTRA: Final = MappingProxyType(
    {
        "SOCIETE": "SOC", "SOCIETA": "SOC", "SOCIEDAD": "SOC", "COMPAGNIE": "CIE", "GENERALE": "GEN",
        "INDUSTRIES": "IND", "INDUSTRIE": "IND", "KONINKLIJKE": "KONINKL", "AKTIENGESELLSCHAFT": "AG",
    }
)  # fmt: skip
