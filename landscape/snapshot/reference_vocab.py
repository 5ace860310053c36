# ruff: noqa: RUF001 - national names in Cyrillic and Turkish, and typographic apostrophes, are meant
"""Word lists and region tables for the synthetic reference snapshot (NUTS, TERCET, ROR).

Data only, no logic. Real public reference vocabulary where known: NUTS codes and names (national
script in ``native``, Latin transliteration in ``latn``), the changes between NUTS versions, postcode
formats, ISO 3166 subdivision codes, English exonyms. Everything else is invented: the coordinates
are those of each region's main town (the seeds the generated polygons grow from), the postcode of
a region is one plausible postcode of that town, geonames ids and organisation identifiers are made
up. Only a subset of each country's real NUTS regions is listed (the regions of vocab.py's cities
and enough neighbours to cover the country).

Where :mod:`landscape.snapshot.vocab` gives a city a code that differs from the real classification
its code wins, so that the other generators' organisations can be placed. Those deviations:

* ``DE423`` Potsdam belongs to a ``DE42`` Brandenburg-Südwest kept in every version (the real
  classification merged Brandenburg into ``DE40`` and Potsdam is ``DE404``).
* ``DEA2B`` (vocab's older code of Aachen) is an "Aachen, Kreis" merged into ``DEA2D`` in 2021 (the
  real merger into the Städteregion happened in NUTS 2013, under other codes).
* ``DK012`` → ``DK013`` for Kongens Lyngby is an invented 2021 boundary shift.
* ``NL310``, ``NL333``, ``NL337`` and ``PT170`` keep their 2021 codes in NUTS 2024 (the real 2024
  revision redrew Utrecht, Zuid-Holland and Lisbon).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

VERSIONS: Final = (2013, 2016, 2021, 2024)


@dataclass(frozen=True)
class Area:
    """A NUTS-3 region under its code in the newest version that has it (2024; 2021 for the UK).

    ``lat``/``lon`` is the region's main town, the seed its polygon grows from; ``reach`` is how far
    (degrees) its land reaches from there, ``seeds`` more land as (lat, lon, reach): islands, long
    coasts. ``postcode`` is a postcode of the town in TERCET's spelling; the region's other postcodes
    share its first characters. ``urban`` and ``mountain`` are GISCO's URBN_TYPE (1 predominantly
    urban, 2 intermediate, 3 rural) and MOUNT_TYPE (1-3 mountain types, 4 not mountainous).
    """

    code: str
    latn: str
    native: str
    lat: float
    lon: float
    postcode: str
    urban: int = 2
    mountain: int = 4
    reach: float = 1.0
    seeds: tuple[tuple[float, float, float], ...] = ()


@dataclass(frozen=True)
class NutsCountry:
    """One country's NUTS regions. ``names``: NUTS 0-2 code -> (Latin name, national name or "")."""

    code: str
    names: dict[str, tuple[str, str]]
    areas: tuple[Area, ...]
    last_version: int = 2024


@dataclass(frozen=True)
class Change:
    """One row of a correspondence table: ``old`` (code in the previous version, "" for a new region)
    became ``new`` (code in ``version``, "" when discontinued)."""

    version: int
    old: str
    new: str
    kind: str
    comment: str = ""


# Wording of the correspondence tables' change column. The real tables are not consistent across
# revisions ("recoded", "code change", "recoded and relabelled", "boundary change", ...); these are
# the words this snapshot uses, always the same.
CHANGE_KINDS: Final = (
    "recoded",
    "recoded and relabelled",
    "relabelled",
    "boundary shift",
    "split",
    "merged",
    "new region",
    "discontinued",
)

# fmt: off
NUTS: tuple[NutsCountry, ...] = (
    NutsCountry("DE", {
        "DE": ("Deutschland", ""), "DE1": ("Baden-Württemberg", ""), "DE11": ("Stuttgart", ""),
        "DE12": ("Karlsruhe", ""), "DE13": ("Freiburg", ""), "DE2": ("Bayern", ""), "DE21": ("Oberbayern", ""),
        "DE23": ("Oberpfalz", ""), "DE25": ("Mittelfranken", ""), "DE3": ("Berlin", ""), "DE30": ("Berlin", ""),
        "DE4": ("Brandenburg", ""), "DE41": ("Brandenburg-Nordost", ""), "DE42": ("Brandenburg-Südwest", ""),
        "DE5": ("Bremen", ""), "DE50": ("Bremen", ""), "DE6": ("Hamburg", ""), "DE60": ("Hamburg", ""),
        "DE7": ("Hessen", ""), "DE71": ("Darmstadt", ""), "DE73": ("Kassel", ""),
        "DE8": ("Mecklenburg-Vorpommern", ""), "DE80": ("Mecklenburg-Vorpommern", ""),
        "DE9": ("Niedersachsen", ""), "DE92": ("Hannover", ""), "DE94": ("Weser-Ems", ""),
        "DEA": ("Nordrhein-Westfalen", ""), "DEA2": ("Köln", ""), "DEA3": ("Münster", ""),
        "DEB": ("Rheinland-Pfalz", ""), "DEB3": ("Rheinhessen-Pfalz", ""), "DEC": ("Saarland", ""),
        "DEC0": ("Saarland", ""), "DED": ("Sachsen", ""), "DED2": ("Dresden", ""), "DED5": ("Leipzig", ""),
        "DEE": ("Sachsen-Anhalt", ""), "DEE0": ("Sachsen-Anhalt", ""), "DEF": ("Schleswig-Holstein", ""),
        "DEF0": ("Schleswig-Holstein", ""), "DEG": ("Thüringen", ""), "DEG0": ("Thüringen", ""),
    }, (
        Area("DE111", "Stuttgart, Stadtkreis", "", 48.7758, 9.1829, "70174", urban=1),
        Area("DE122", "Karlsruhe, Stadtkreis", "", 49.0069, 8.4037, "76131", urban=1),
        Area("DE131", "Freiburg im Breisgau, Stadtkreis", "", 47.999, 7.842, "79098", mountain=2),
        Area("DE212", "München, Kreisfreie Stadt", "", 48.1374, 11.5755, "80539", urban=1, seeds=((47.6, 12.2, 0.8),)),
        Area("DE232", "Regensburg, Kreisfreie Stadt", "", 49.0134, 12.1016, "93047", seeds=((48.57, 13.43, 0.7),)),
        Area("DE254", "Nürnberg, Kreisfreie Stadt", "", 49.4521, 11.0767, "90402", urban=1),
        Area("DE300", "Berlin", "", 52.52, 13.405, "10115", urban=1),
        Area("DE411", "Frankfurt (Oder), Kreisfreie Stadt", "", 52.3471, 14.5506, "15230", urban=3),
        Area("DE422", "Cottbus, Kreisfreie Stadt", "", 51.7563, 14.3329, "03046", urban=3),
        Area("DE423", "Potsdam, Kreisfreie Stadt", "", 52.3906, 13.0645, "14469"),
        Area("DE501", "Bremen, Kreisfreie Stadt", "", 53.0793, 8.8017, "28195", urban=1),
        Area("DE600", "Hamburg", "", 53.5511, 9.9937, "20095", urban=1),
        Area("DE712", "Frankfurt am Main, Kreisfreie Stadt", "", 50.1109, 8.6821, "60311", urban=1),
        Area("DE731", "Kassel, Kreisfreie Stadt", "", 51.3127, 9.4797, "34117"),
        Area("DE803", "Rostock, Kreisfreie Stadt", "", 54.0924, 12.0991, "18055", seeds=((53.6, 13.4, 0.8),)),
        Area("DE929", "Region Hannover", "", 52.3759, 9.732, "30159", urban=1),
        Area("DE947", "Emsland", "", 52.6927, 7.2967, "49716", urban=3),
        Area("DEA23", "Köln, Kreisfreie Stadt", "", 50.9375, 6.9603, "50667", urban=1),
        Area("DEA2D", "Städteregion Aachen", "", 50.7753, 6.0839, "52062", urban=1),
        Area("DEA33", "Münster, Kreisfreie Stadt", "", 51.9607, 7.6261, "48143"),
        Area("DEB35", "Mainz, Kreisfreie Stadt", "", 49.9929, 8.2473, "55116"),
        Area("DEC01", "Regionalverband Saarbrücken", "", 49.2402, 6.9969, "66111"),
        Area("DED21", "Dresden, Kreisfreie Stadt", "", 51.0504, 13.7373, "01069", urban=1),
        Area("DED51", "Leipzig, Kreisfreie Stadt", "", 51.3397, 12.3731, "04109", urban=1),
        Area("DEE03", "Magdeburg, Kreisfreie Stadt", "", 52.1205, 11.6276, "39104"),
        Area("DEF02", "Kiel, Kreisfreie Stadt", "", 54.3233, 10.1228, "24103", seeds=((54.75, 9.3, 0.6),)),
        Area("DEG01", "Erfurt, Kreisfreie Stadt", "", 50.9848, 11.0299, "99084"),
        Area("DEG03", "Jena, Kreisfreie Stadt", "", 50.9271, 11.5892, "07743"),
    )),
    NutsCountry("ES", {
        "ES": ("España", ""), "ES1": ("Noroeste", ""), "ES11": ("Galicia", ""), "ES2": ("Noreste", ""),
        "ES21": ("País Vasco", ""), "ES24": ("Aragón", ""), "ES3": ("Comunidad de Madrid", ""),
        "ES30": ("Comunidad de Madrid", ""), "ES4": ("Centro (ES)", ""), "ES41": ("Castilla y León", ""),
        "ES42": ("Castilla-La Mancha", ""), "ES43": ("Extremadura", ""), "ES5": ("Este", ""),
        "ES51": ("Cataluña", ""), "ES52": ("Comunitat Valenciana", ""), "ES53": ("Illes Balears", ""),
        "ES6": ("Sur", ""), "ES61": ("Andalucía", ""), "ES62": ("Región de Murcia", ""),
    }, (
        Area("ES111", "A Coruña", "", 42.8782, -8.5448, "15782", seeds=((43.3, -8.3, 0.5),)),
        Area("ES114", "Pontevedra", "", 42.4336, -8.6475, "36001"),
        Area("ES212", "Gipuzkoa", "", 43.3183, -1.9812, "20018", reach=0.5),
        Area("ES213", "Bizkaia", "", 43.263, -2.935, "48009", reach=0.6),
        Area("ES243", "Zaragoza", "", 41.6488, -0.8891, "50018", reach=1.2),
        Area("ES300", "Madrid", "", 40.4168, -3.7038, "28040", urban=1),
        Area("ES413", "León", "", 42.5987, -5.5671, "24001", urban=3, mountain=3, reach=1.2),
        Area("ES418", "Valladolid", "", 41.6523, -4.7245, "47001", reach=1.2),
        Area("ES425", "Toledo", "", 39.8628, -4.0273, "45001", urban=3, reach=1.3),
        Area("ES431", "Badajoz", "", 38.8794, -6.9707, "06001", urban=3, reach=1.3),
        Area("ES511", "Barcelona", "", 41.3851, 2.1734, "08012", urban=1),
        Area("ES513", "Lleida", "", 41.6176, 0.62, "25001", urban=3, mountain=2, seeds=((42.4, 1.0, 0.5),)),
        Area("ES523", "Valencia/València", "", 39.4699, -0.3763, "46022", urban=1),
        Area("ES531", "Eivissa y Formentera", "", 38.9067, 1.4206, "07800", reach=0.25, seeds=((38.69, 1.45, 0.1),)),
        Area("ES532", "Mallorca", "", 39.5696, 2.6502, "07122", reach=0.45),
        Area("ES533", "Menorca", "", 39.8885, 4.2658, "07701", reach=0.3),
        Area("ES612", "Cádiz", "", 36.5271, -6.2886, "11001"),
        Area("ES614", "Granada", "", 37.1773, -3.5986, "18001", mountain=2),
        Area("ES618", "Sevilla", "", 37.3891, -5.9845, "41092", urban=1),
        Area("ES620", "Murcia", "", 37.9922, -1.1307, "30001"),
    )),
    NutsCountry("IT", {
        "IT": ("Italia", ""), "ITC": ("Nord-Ovest", ""), "ITC1": ("Piemonte", ""), "ITC3": ("Liguria", ""),
        "ITC4": ("Lombardia", ""), "ITF": ("Sud", ""), "ITF1": ("Abruzzo", ""), "ITF3": ("Campania", ""),
        "ITF4": ("Puglia", ""), "ITF6": ("Calabria", ""), "ITG": ("Isole", ""), "ITG1": ("Sicilia", ""),
        "ITG2": ("Sardegna", ""), "ITH": ("Nord-Est", ""), "ITH2": ("Provincia Autonoma di Trento", ""),
        "ITH3": ("Veneto", ""), "ITH5": ("Emilia-Romagna", ""), "ITI": ("Centro (IT)", ""),
        "ITI1": ("Toscana", ""), "ITI3": ("Marche", ""), "ITI4": ("Lazio", ""),
    }, (
        Area("ITC11", "Torino", "", 45.0703, 7.6869, "10129", mountain=2),
        Area("ITC33", "Genova", "", 44.4056, 8.9463, "16121", reach=0.6),
        Area("ITC4C", "Milano", "", 45.4642, 9.19, "20133", urban=1),
        Area("ITF11", "L'Aquila", "", 42.3498, 13.3995, "67100", urban=3, mountain=1, seeds=((42.1, 14.2, 0.6),)),
        Area("ITF33", "Napoli", "", 40.8518, 14.2681, "80138", urban=1, reach=0.8,
             seeds=((41.1, 14.9, 0.6), (40.5, 15.4, 0.6))),
        Area("ITF47", "Bari", "", 41.1171, 16.8719, "70121",
             seeds=((40.5, 17.6, 0.6), (41.4, 15.7, 0.6), (40.7, 16.3, 0.6), (40.2, 18.2, 0.35))),
        Area("ITF65", "Reggio di Calabria", "", 38.4, 16.2, "89121", reach=0.7,
             seeds=((39.2, 16.4, 0.5), (39.8, 16.2, 0.5))),
        Area("ITG12", "Palermo", "", 38.1157, 13.3615, "90133", reach=0.8, seeds=((37.6, 13.3, 0.6),)),
        Area("ITG17", "Catania", "", 37.5079, 15.083, "95121", reach=0.7, seeds=((37.3, 14.4, 0.5),)),
        Area("ITG2F", "Cagliari", "", 39.2238, 9.1217, "09124", reach=0.6, seeds=((40.2, 9.0, 0.6), (40.8, 9.2, 0.4))),
        Area("ITH20", "Trento", "", 46.0748, 11.1217, "38122", urban=3, mountain=1, reach=0.7),
        Area("ITH35", "Venezia", "", 45.4408, 12.3155, "30121", reach=0.6),
        Area("ITH36", "Padova", "", 45.4064, 11.8768, "35122", reach=0.7),
        Area("ITH55", "Bologna", "", 44.4949, 11.3426, "40126"),
        Area("ITH59", "Rimini", "", 44.0678, 12.5695, "47921", reach=0.5),
        Area("ITI14", "Firenze", "", 43.7696, 11.2558, "50121", seeds=((43.2, 11.6, 0.6),)),
        Area("ITI17", "Pisa", "", 43.7228, 10.4017, "56126", reach=0.7, seeds=((43.0, 11.0, 0.5),)),
        Area("ITI31", "Pesaro e Urbino", "", 43.8, 12.7, "61121", reach=0.5),
        Area("ITI32", "Ancona", "", 43.6158, 13.5189, "60121", reach=0.6, seeds=((43.1, 13.3, 0.5),)),
        Area("ITI43", "Roma", "", 41.9028, 12.4964, "00185", urban=1,
             seeds=((42.3, 12.2, 0.6), (41.5, 13.3, 0.5))),
    )),
    NutsCountry("FR", {
        "FR": ("France", ""), "FR1": ("Ile-de-France", ""), "FR10": ("Ile-de-France", ""),
        "FRB": ("Centre — Val de Loire", ""), "FRB0": ("Centre — Val de Loire", ""),
        "FRC": ("Bourgogne-Franche-Comté", ""), "FRC1": ("Bourgogne", ""), "FRD": ("Normandie", ""),
        "FRD2": ("Haute-Normandie", ""), "FRE": ("Hauts-de-France", ""), "FRE1": ("Nord-Pas de Calais", ""),
        "FRF": ("Grand Est", ""), "FRF1": ("Alsace", ""), "FRF3": ("Lorraine", ""),
        "FRG": ("Pays de la Loire", ""), "FRG0": ("Pays de la Loire", ""), "FRH": ("Bretagne", ""),
        "FRH0": ("Bretagne", ""), "FRI": ("Nouvelle-Aquitaine", ""), "FRI1": ("Aquitaine", ""),
        "FRJ": ("Occitanie", ""), "FRJ1": ("Languedoc-Roussillon", ""), "FRJ2": ("Midi-Pyrénées", ""),
        "FRK": ("Auvergne-Rhône-Alpes", ""), "FRK1": ("Auvergne", ""), "FRK2": ("Rhône-Alpes", ""),
        "FRL": ("Provence-Alpes-Côte d’Azur", ""), "FRL0": ("Provence-Alpes-Côte d’Azur", ""),
        "FRM": ("Corse", ""), "FRM0": ("Corse", ""),
    }, (
        Area("FR101", "Paris", "", 48.8566, 2.3522, "75016", urban=1, reach=0.6),
        Area("FR104", "Essonne", "", 48.6, 2.3, "91190", urban=1, reach=0.6, seeds=((48.7016, 2.1339, 0.3),)),
        Area("FRB04", "Indre-et-Loire", "", 47.3941, 0.6848, "37000", reach=1.3),
        Area("FRC11", "Côte-d’Or", "", 47.322, 5.0415, "21000", reach=1.2),
        Area("FRD22", "Seine-Maritime", "", 49.4432, 1.0999, "76000", reach=1.1),
        Area("FRE11", "Nord", "", 50.6292, 3.0573, "59000", urban=1),
        Area("FRF11", "Bas-Rhin", "", 48.5734, 7.7521, "67000", reach=0.8),
        Area("FRF33", "Moselle", "", 49.1193, 6.1757, "57000"),
        Area("FRG01", "Loire-Atlantique", "", 47.2184, -1.5536, "44300"),
        Area("FRH03", "Ille-et-Vilaine", "", 48.1173, -1.6778, "35000", seeds=((48.3, -3.6, 0.9),)),
        Area("FRI12", "Gironde", "", 44.8378, -0.5792, "33000", reach=1.3, seeds=((43.4, -0.8, 0.8),)),
        Area("FRJ13", "Hérault", "", 43.6108, 3.8767, "34000"),
        Area("FRJ23", "Haute-Garonne", "", 43.6047, 1.4442, "31400", reach=1.2),
        Area("FRK14", "Puy-de-Dôme", "", 45.7772, 3.087, "63000", mountain=2, reach=1.2),
        Area("FRK24", "Isère", "", 45.1885, 5.7245, "38000", mountain=2),
        Area("FRK26", "Rhône", "", 45.764, 4.8357, "69007", urban=1),
        Area("FRL03", "Alpes-Maritimes", "", 43.7102, 7.262, "06000", mountain=2, reach=0.7),
        Area("FRL04", "Bouches-du-Rhône", "", 43.2965, 5.3698, "13005", urban=1),
        Area("FRM01", "Corse-du-Sud", "", 41.9192, 8.7386, "20000", urban=3, mountain=1, reach=0.35,
             seeds=((42.4, 9.1, 0.35),)),
    )),
    NutsCountry("NL", {
        "NL": ("Nederland", ""), "NL1": ("Noord-Nederland", ""), "NL11": ("Groningen", ""),
        "NL2": ("Oost-Nederland", ""), "NL21": ("Overijssel", ""), "NL22": ("Gelderland", ""),
        "NL23": ("Flevoland", ""), "NL3": ("West-Nederland", ""), "NL31": ("Utrecht", ""),
        "NL32": ("Noord-Holland", ""), "NL33": ("Zuid-Holland", ""), "NL34": ("Zeeland", ""),
        "NL4": ("Zuid-Nederland", ""), "NL41": ("Noord-Brabant", ""), "NL42": ("Limburg (NL)", ""),
    }, (
        Area("NL113", "Overig Groningen", "", 53.2194, 6.5665, "9711 AB", reach=0.7),
        Area("NL213", "Twente", "", 52.2215, 6.8937, "7511 AB", reach=0.6),
        Area("NL226", "Veluwe", "", 52.1, 5.75, "6708 PB", reach=0.6, seeds=((51.9692, 5.6654, 0.4),)),
        Area("NL230", "Flevoland", "", 52.5185, 5.4714, "8232 AB", reach=0.45),
        Area("NL310", "Utrecht", "", 52.0907, 5.1214, "3584 CS", urban=1, reach=0.5),
        Area("NL329", "Groot-Amsterdam", "", 52.3676, 4.9041, "1012 WX", urban=1, reach=0.5,
             seeds=((52.75, 4.8, 0.35),)),
        Area("NL332", "Agglomeratie 's-Gravenhage", "", 52.0705, 4.3007, "2511 AB", urban=1, reach=0.3),
        Area("NL333", "Delft en Westland", "", 52.0116, 4.3571, "2628 CN", urban=1, reach=0.3),
        Area("NL337", "Agglomeratie Leiden en Bollenstreek", "", 52.1601, 4.497, "2333 ZA", urban=1, reach=0.3),
        Area("NL33C", "Groot-Rijnmond", "", 51.9244, 4.4777, "3011 AB", urban=1, reach=0.4),
        Area("NL342", "Overig Zeeland", "", 51.4988, 3.611, "4331 AB", reach=0.4),
        Area("NL414", "Zuidoost-Noord-Brabant", "", 51.4416, 5.4697, "5612 AZ", urban=1, reach=0.6),
        Area("NL423", "Zuid-Limburg", "", 50.8514, 5.691, "6211 AB", urban=1, reach=0.5),
    )),
    NutsCountry("BE", {
        "BE": ("Belgique/België", ""),
        "BE1": ("Région de Bruxelles-Capitale/Brussels Hoofdstedelijk Gewest", ""),
        "BE10": ("Région de Bruxelles-Capitale/Brussels Hoofdstedelijk Gewest", ""),
        "BE2": ("Vlaams Gewest", ""), "BE21": ("Prov. Antwerpen", ""), "BE23": ("Prov. Oost-Vlaanderen", ""),
        "BE24": ("Prov. Vlaams-Brabant", ""), "BE25": ("Prov. West-Vlaanderen", ""),
        "BE3": ("Région wallonne", ""), "BE31": ("Prov. Brabant wallon", ""), "BE32": ("Prov. Hainaut", ""),
        "BE33": ("Prov. Liège", ""), "BE34": ("Prov. Luxembourg (BE)", ""), "BE35": ("Prov. Namur", ""),
    }, (
        Area("BE100", "Arr. de Bruxelles-Capitale/Arr. Brussel-Hoofdstad", "", 50.8503, 4.3517, "1000", urban=1,
             reach=0.3),
        Area("BE211", "Arr. Antwerpen", "", 51.2194, 4.4025, "2000", urban=1, reach=0.6),
        Area("BE234", "Arr. Gent", "", 51.0543, 3.7174, "9000", reach=0.5),
        Area("BE242", "Arr. Leuven", "", 50.8798, 4.7005, "3000", reach=0.4),
        Area("BE251", "Arr. Brugge", "", 51.2093, 3.2247, "8000", reach=0.5),
        Area("BE310", "Arr. Nivelles", "", 50.6683, 4.6118, "1348", reach=0.35),
        Area("BE323", "Arr. Mons", "", 50.4542, 3.9567, "7000", reach=0.5),
        Area("BE332", "Arr. Liège", "", 50.6326, 5.5797, "4000", reach=0.6),
        Area("BE343", "Arr. Neufchâteau", "", 49.8413, 5.4353, "6840", urban=3, reach=0.6),
        Area("BE352", "Arr. Namur", "", 50.4674, 4.872, "5000", reach=0.5),
    )),
    NutsCountry("UK", {
        "UK": ("United Kingdom", ""), "UKC": ("North East (England)", ""),
        "UKC2": ("Northumberland and Tyne and Wear", ""), "UKD": ("North West (England)", ""),
        "UKD3": ("Greater Manchester", ""), "UKF": ("East Midlands (England)", ""),
        "UKF2": ("Leicestershire, Rutland and Northamptonshire", ""), "UKH": ("East of England", ""),
        "UKH1": ("East Anglia", ""), "UKI": ("London", ""), "UKI3": ("Inner London — West", ""),
        "UKJ": ("South East (England)", ""), "UKJ1": ("Berkshire, Buckinghamshire and Oxfordshire", ""),
        "UKK": ("South West (England)", ""), "UKK1": ("Gloucestershire, Wiltshire and Bristol/Bath area", ""),
        "UKL": ("Wales", ""), "UKL2": ("East Wales", ""), "UKM": ("Scotland", ""),
        "UKM6": ("Highlands and Islands", ""), "UKM7": ("Eastern Scotland", ""),
        "UKM8": ("West Central Scotland", ""), "UKN": ("Northern Ireland", ""), "UKN0": ("Northern Ireland", ""),
    }, (
        Area("UKC22", "Tyneside", "", 54.9783, -1.6178, "NE1 4LP", urban=1),
        Area("UKD33", "Manchester", "", 53.4808, -2.2426, "M13 9PL", urban=1),
        Area("UKF24", "West Northamptonshire", "", 52.2405, -0.9027, "NN1 2BG"),
        Area("UKH12", "Cambridgeshire CC", "", 52.2053, 0.1218, "CB2 1TN", seeds=((52.6, 1.2, 0.6),)),
        Area("UKI31", "Camden and City of London", "", 51.5074, -0.1278, "NW1 2BE", urban=1, reach=0.7),
        Area("UKJ14", "Oxfordshire", "", 51.752, -1.2577, "OX1 2JD", seeds=((51.0, -1.0, 0.6),)),
        Area("UKK11", "Bristol, City of", "", 51.4545, -2.5879, "BS1 4DJ", urban=1, seeds=((50.6, -3.8, 0.8),)),
        Area("UKL22", "Cardiff and Vale of Glamorgan", "", 51.4816, -3.1791, "CF10 1AA", seeds=((52.4, -3.7, 0.7),)),
        Area("UKM62", "Inverness, Nairn, Moray, and Badenoch and Strathspey", "", 57.4778, -4.2247, "IV1 1AA",
             urban=3, mountain=1),
        Area("UKM75", "Edinburgh, City of", "", 55.9533, -3.1883, "EH8 9YL", urban=1),
        Area("UKM82", "Glasgow City", "", 55.8642, -4.2518, "G12 8QQ", urban=1),
        Area("UKN06", "Belfast", "", 54.5973, -5.9301, "BT1 1AA", urban=1),
    ), last_version=2021),
    NutsCountry("EL", {
        "EL": ("Elláda", "Ελλάδα"), "EL3": ("Attiki", "Αττική"), "EL30": ("Attiki", "Αττική"),
        "EL4": ("Nisia Aigaiou, Kriti", "Νησιά Αιγαίου, Κρήτη"), "EL41": ("Voreio Aigaio", "Βόρειο Αιγαίο"),
        "EL43": ("Kriti", "Κρήτη"), "EL5": ("Voreia Ellada", "Βόρεια Ελλάδα"),
        "EL51": ("Anatoliki Makedonia, Thraki", "Ανατολική Μακεδονία, Θράκη"),
        "EL52": ("Kentriki Makedonia", "Κεντρική Μακεδονία"), "EL54": ("Ipeiros", "Ήπειρος"),
        "EL6": ("Kentriki Ellada", "Κεντρική Ελλάδα"), "EL61": ("Thessalia", "Θεσσαλία"),
        "EL63": ("Dytiki Ellada", "Δυτική Ελλάδα"), "EL64": ("Sterea Ellada", "Στερεά Ελλάδα"),
        "EL65": ("Peloponnisos", "Πελοπόννησος"),
    }, (
        Area("EL303", "Kentrikos Tomeas Athinon", "Κεντρικός Τομέας Αθηνών", 37.9838, 23.7275, "10682", urban=1,
             reach=0.25),
        Area("EL305", "Anatoliki Attiki", "Ανατολική Αττική", 38.05, 23.95, "15351", reach=0.3),
        Area("EL306", "Dytiki Attiki", "Δυτική Αττική", 38.05, 23.45, "19200", reach=0.3),
        Area("EL411", "Lesvos, Limnos", "Λέσβος, Λήμνος", 39.2, 26.3, "81100", urban=3, reach=0.3,
             seeds=((39.9, 25.25, 0.18),)),
        Area("EL431", "Irakleio", "Ηράκλειο", 35.3387, 25.1442, "70013", reach=0.5, seeds=((35.1, 25.8, 0.35),)),
        Area("EL434", "Chania", "Χανιά", 35.5138, 24.018, "73100", urban=3, mountain=2, reach=0.45),
        Area("EL511", "Evros", "Έβρος", 41.2, 26.1, "68100", urban=3, seeds=((41.1, 25.1, 0.5),)),
        Area("EL522", "Thessaloniki", "Θεσσαλονίκη", 40.6401, 22.9444, "54636", urban=1, reach=0.8,
             seeds=((40.95, 23.6, 0.5), (40.35, 23.35, 0.3))),
        Area("EL543", "Ioannina", "Ιωάννινα", 39.665, 20.8537, "45110", urban=3, mountain=1,
             seeds=((40.1, 21.2, 0.5), (39.25, 20.7, 0.35))),
        Area("EL612", "Larisa", "Λάρισα", 39.639, 22.4191, "41222", seeds=((39.3, 22.6, 0.5),)),
        Area("EL644", "Fthiotida", "Φθιώτιδα", 38.9, 22.43, "35100", urban=3, reach=0.5,
             seeds=((38.5, 22.6, 0.35),)),
        Area("EL632", "Achaia", "Αχαΐα", 38.2466, 21.7346, "26504", reach=0.6, seeds=((38.6, 21.4, 0.4),)),
        Area("EL642", "Evvoia", "Εύβοια", 38.6, 23.6, "34100", urban=3, reach=0.3,
             seeds=((38.85, 23.2, 0.25), (38.3, 24.0, 0.25))),
        Area("EL651", "Argolida, Arkadia", "Αργολίδα, Αρκαδία", 37.4, 22.4, "22100", urban=3, mountain=2,
             reach=0.8, seeds=((37.75, 21.8, 0.4), (36.9, 22.2, 0.4), (37.0, 22.9, 0.3))),
    )),
    NutsCountry("PT", {
        "PT": ("Portugal", ""), "PT1": ("Continente", ""), "PT11": ("Norte", ""), "PT15": ("Algarve", ""),
        "PT16": ("Centro (PT)", ""), "PT17": ("Área Metropolitana de Lisboa", ""), "PT1C": ("Alentejo", ""),
        "PT1D": ("Oeste e Vale do Tejo", ""), "PT3": ("Região Autónoma da Madeira", ""),
        "PT30": ("Região Autónoma da Madeira", ""),
    }, (
        Area("PT112", "Cávado", "", 41.5454, -8.4265, "4710-057", reach=0.5),
        Area("PT11A", "Área Metropolitana do Porto", "", 41.1579, -8.6291, "4200-465", urban=1, reach=0.6),
        Area("PT11E", "Terras de Trás-os-Montes", "", 41.8061, -6.7567, "5300-001", urban=3, mountain=2),
        Area("PT150", "Algarve", "", 37.0194, -7.9322, "8000-001", reach=0.8),
        Area("PT16D", "Região de Aveiro", "", 40.6405, -8.6538, "3810-193", reach=0.5),
        Area("PT16E", "Região de Coimbra", "", 40.2033, -8.4103, "3004-531", reach=0.6),
        Area("PT16J", "Beiras e Serra da Estrela", "", 40.5373, -7.2676, "6300-001", urban=3, mountain=2),
        Area("PT170", "Área Metropolitana de Lisboa", "", 38.7223, -9.1393, "1049-001", urban=1, reach=0.5),
        Area("PT1C2", "Baixo Alentejo", "", 38.0151, -7.8632, "7800-001", urban=3),
        Area("PT1C4", "Alentejo Central", "", 38.5714, -7.9135, "7000-001", urban=3),
        Area("PT1D1", "Oeste", "", 39.25, -9.2, "2560-001", reach=0.45),
        Area("PT1D2", "Médio Tejo", "", 39.6011, -8.4093, "2300-001", urban=3, reach=0.6),
        Area("PT1D3", "Lezíria do Tejo", "", 39.2362, -8.6859, "2000-001", reach=0.5),
        Area("PT300", "Região Autónoma da Madeira", "", 32.6669, -16.9241, "9000-001", reach=0.3),
    )),
    NutsCountry("AT", {
        "AT": ("Österreich", ""), "AT1": ("Ostösterreich", ""), "AT12": ("Niederösterreich", ""),
        "AT13": ("Wien", ""), "AT2": ("Südösterreich", ""), "AT21": ("Kärnten", ""), "AT22": ("Steiermark", ""),
        "AT3": ("Westösterreich", ""), "AT31": ("Oberösterreich", ""), "AT32": ("Salzburg", ""),
        "AT33": ("Tirol", ""), "AT34": ("Vorarlberg", ""),
    }, (
        Area("AT124", "Waldviertel", "", 48.6036, 15.1687, "3910", urban=3, reach=0.7),
        Area("AT130", "Wien", "", 48.2082, 16.3738, "1010", urban=1, reach=0.7),
        Area("AT211", "Klagenfurt-Villach", "", 46.6247, 14.3053, "9020", mountain=1, reach=0.8),
        Area("AT221", "Graz", "", 47.0707, 15.4395, "8010", mountain=2, reach=0.8),
        Area("AT312", "Linz-Wels", "", 48.3069, 14.2858, "4020", reach=0.7),
        Area("AT323", "Salzburg und Umgebung", "", 47.8095, 13.055, "5020", mountain=1, reach=0.7),
        Area("AT332", "Innsbruck", "", 47.2692, 11.4041, "6020", mountain=1, reach=0.8),
        Area("AT342", "Rheintal-Bodenseegebiet", "", 47.5031, 9.7471, "6900", mountain=1, reach=0.4),
    )),
    NutsCountry("DK", {
        "DK": ("Danmark", ""), "DK0": ("Danmark", ""), "DK01": ("Hovedstaden", ""), "DK02": ("Sjælland", ""),
        "DK03": ("Syddanmark", ""), "DK04": ("Midtjylland", ""), "DK05": ("Nordjylland", ""),
    }, (
        Area("DK011", "Byen København", "", 55.6761, 12.5683, "1165", urban=1, reach=0.15),
        Area("DK012", "Københavns omegn", "", 55.66, 12.38, "2600", urban=1, reach=0.15),
        Area("DK013", "Nordsjælland", "", 55.95, 12.3, "2800", reach=0.3, seeds=((55.7704, 12.5038, 0.12),)),
        Area("DK014", "Bornholm", "", 55.1, 14.9, "3700", urban=3, reach=0.22),
        Area("DK021", "Østsjælland", "", 55.55, 12.05, "4000", reach=0.3),
        Area("DK022", "Vest- og Sydsjælland", "", 55.35, 11.55, "4700", urban=3, reach=0.45),
        Area("DK031", "Fyn", "", 55.4038, 10.4024, "5230", reach=0.4, seeds=((54.9, 10.75, 0.15),)),
        Area("DK032", "Sydjylland", "", 55.4, 9.1, "6700", urban=3, reach=0.7),
        Area("DK041", "Vestjylland", "", 56.2, 8.6, "7400", urban=3, reach=0.6),
        Area("DK042", "Østjylland", "", 56.1629, 10.2039, "8000", reach=0.5),
        Area("DK050", "Nordjylland", "", 57.1, 9.9, "9000", urban=3, reach=0.6),
    )),
    NutsCountry("SE", {
        "SE": ("Sverige", ""), "SE1": ("Östra Sverige", ""), "SE11": ("Stockholm", ""),
        "SE12": ("Östra Mellansverige", ""), "SE2": ("Södra Sverige", ""), "SE21": ("Småland med öarna", ""),
        "SE22": ("Sydsverige", ""), "SE23": ("Västsverige", ""), "SE3": ("Norra Sverige", ""),
        "SE31": ("Norra Mellansverige", ""), "SE32": ("Mellersta Norrland", ""), "SE33": ("Övre Norrland", ""),
    }, (
        Area("SE110", "Stockholms län", "", 59.3293, 18.0686, "114 28", urban=1, reach=0.8),
        Area("SE121", "Uppsala län", "", 59.8586, 17.6389, "751 05", reach=0.8),
        Area("SE123", "Östergötlands län", "", 58.4108, 15.6214, "582 22", reach=1.0),
        Area("SE211", "Jönköpings län", "", 57.7826, 14.1618, "553 20", reach=0.8),
        Area("SE212", "Kronobergs län", "", 56.8777, 14.8091, "352 30", urban=3, reach=0.7),
        Area("SE213", "Kalmar län", "", 57.2, 16.2, "392 31", urban=3, reach=0.6),
        Area("SE214", "Gotlands län", "", 57.5, 18.5, "621 55", urban=3, reach=0.45),
        Area("SE224", "Skåne län", "", 55.75, 13.5, "221 00", urban=1, reach=0.6, seeds=((55.7047, 13.191, 0.3),)),
        Area("SE232", "Västra Götalands län", "", 57.7089, 11.9746, "412 96", reach=1.2),
        Area("SE313", "Gävleborgs län", "", 61.2, 16.5, "802 50", urban=3, reach=1.4),
        Area("SE322", "Jämtlands län", "", 63.1792, 14.6357, "831 30", urban=3, mountain=1, reach=2.0),
        Area("SE331", "Västerbottens län", "", 64.5, 18.5, "903 25", urban=3, reach=1.8),
        Area("SE332", "Norrbottens län", "", 66.6, 20.8, "972 31", urban=3, mountain=2, reach=2.2),
    )),
    NutsCountry("FI", {
        "FI": ("Suomi/Finland", ""), "FI1": ("Manner-Suomi", ""), "FI19": ("Länsi-Suomi", ""),
        "FI1B": ("Helsinki-Uusimaa", ""), "FI1C": ("Etelä-Suomi", ""), "FI1D": ("Pohjois- ja Itä-Suomi", ""),
        "FI2": ("Åland", ""), "FI20": ("Åland", ""),
    }, (
        Area("FI193", "Keski-Suomi", "", 62.2426, 25.7473, "40100", urban=3, reach=1.4),
        Area("FI197", "Pirkanmaa", "", 61.4978, 23.761, "33100", reach=1.0),
        Area("FI1B1", "Helsinki-Uusimaa", "", 60.1699, 24.9384, "00014", urban=1, reach=0.6),
        Area("FI1C1", "Varsinais-Suomi", "", 60.4518, 22.2666, "20100", reach=0.8),
        Area("FI1D3", "Pohjois-Savo", "", 62.8924, 27.677, "70100", urban=3, reach=1.6),
        Area("FI1D7", "Lappi", "", 67.5, 26.0, "96100", urban=3, mountain=2, reach=2.6),
        Area("FI1D9", "Pohjois-Pohjanmaa", "", 65.0121, 25.4651, "90014", urban=3, reach=1.5),
        Area("FI200", "Åland", "", 60.1973, 19.9348, "22100", urban=3, reach=0.25),
    )),
    NutsCountry("IE", {
        "IE": ("Ireland", ""), "IE0": ("Ireland", ""), "IE04": ("Northern and Western", ""),
        "IE05": ("Southern", ""), "IE06": ("Eastern and Midland", ""),
    }, (
        Area("IE041", "Border", "", 54.2766, -8.4761, "F91 X2E6", urban=3, reach=1.0),
        Area("IE042", "West", "", 53.2707, -9.0568, "H91 TK33", urban=3, reach=0.9),
        Area("IE051", "Mid-West", "", 52.6638, -8.6267, "V94 T9PX", reach=0.8),
        Area("IE052", "South-East", "", 52.3, -7.0, "X91 K2N4", reach=0.8),
        Area("IE053", "South-West", "", 51.8985, -8.4756, "T12 YN60", reach=0.9),
        Area("IE061", "Dublin", "", 53.3498, -6.2603, "D02 PN40", urban=1, reach=0.3),
        Area("IE062", "Mid-East", "", 53.1, -6.55, "W91 C2R6", reach=0.5),
        Area("IE063", "Midland", "", 53.4239, -7.9407, "N37 A0K4", urban=3, reach=0.8),
    )),
    NutsCountry("PL", {
        "PL": ("Polska", ""), "PL2": ("Makroregion południowy", ""), "PL21": ("Małopolskie", ""),
        "PL22": ("Śląskie", ""), "PL4": ("Makroregion północno-zachodni", ""), "PL41": ("Wielkopolskie", ""),
        "PL42": ("Zachodniopomorskie", ""), "PL5": ("Makroregion południowo-zachodni", ""),
        "PL51": ("Dolnośląskie", ""), "PL6": ("Makroregion północny", ""), "PL63": ("Pomorskie", ""),
        "PL7": ("Makroregion centralny", ""), "PL71": ("Łódzkie", ""), "PL8": ("Makroregion wschodni", ""),
        "PL81": ("Lubelskie", ""), "PL84": ("Podlaskie", ""), "PL9": ("Makroregion województwo mazowieckie", ""),
        "PL91": ("Warszawski stołeczny", ""), "PL92": ("Mazowiecki regionalny", ""),
    }, (
        Area("PL213", "Miasto Kraków", "", 50.0647, 19.945, "31-007", urban=1),
        Area("PL22A", "Katowicki", "", 50.2649, 19.0238, "40-001", urban=1, reach=0.8),
        Area("PL415", "Miasto Poznań", "", 52.4064, 16.9252, "61-001", urban=1, reach=1.3),
        Area("PL424", "Miasto Szczecin", "", 53.4285, 14.5528, "70-001", urban=1, reach=1.1),
        Area("PL514", "Miasto Wrocław", "", 51.1079, 17.0385, "50-370", urban=1, reach=1.2),
        Area("PL634", "Gdański", "", 54.352, 18.6466, "80-233", reach=1.2),
        Area("PL711", "Miasto Łódź", "", 51.7592, 19.456, "90-001", urban=1),
        Area("PL814", "Lubelski", "", 51.2465, 22.5684, "20-001", reach=1.2),
        Area("PL841", "Białostocki", "", 53.1325, 23.1688, "15-001", urban=3, reach=1.2),
        Area("PL911", "Miasto Warszawa", "", 52.2297, 21.0122, "00-927", urban=1, reach=0.6),
        Area("PL921", "Radomski", "", 51.4027, 21.1471, "26-600", urban=3, seeds=((52.9, 20.6, 0.7),)),
    )),
    NutsCountry("CZ", {
        "CZ": ("Česko", ""), "CZ0": ("Česko", ""), "CZ01": ("Praha", ""), "CZ02": ("Střední Čechy", ""),
        "CZ03": ("Jihozápad", ""), "CZ04": ("Severozápad", ""), "CZ05": ("Severovýchod", ""),
        "CZ06": ("Jihovýchod", ""), "CZ07": ("Střední Morava", ""), "CZ08": ("Moravskoslezsko", ""),
    }, (
        Area("CZ010", "Hlavní město Praha", "", 50.0755, 14.4378, "160 00", urban=1, reach=0.25),
        Area("CZ020", "Středočeský kraj", "", 50.0, 14.95, "280 02", reach=0.6),
        Area("CZ031", "Jihočeský kraj", "", 48.9745, 14.4743, "370 01", urban=3, reach=0.8),
        Area("CZ032", "Plzeňský kraj", "", 49.7384, 13.3736, "301 00", reach=0.7),
        Area("CZ042", "Ústecký kraj", "", 50.6607, 14.0323, "400 01", reach=0.6),
        Area("CZ052", "Královéhradecký kraj", "", 50.2092, 15.8328, "500 02", reach=0.6),
        Area("CZ064", "Jihomoravský kraj", "", 49.1951, 16.6068, "601 77", reach=0.8),
        Area("CZ071", "Olomoucký kraj", "", 49.5938, 17.2509, "779 00", reach=0.6),
        Area("CZ080", "Moravskoslezský kraj", "", 49.8209, 18.2625, "702 00", urban=1, reach=0.6),
    )),
    NutsCountry("HU", {
        "HU": ("Magyarország", ""), "HU1": ("Közép-Magyarország", ""), "HU11": ("Budapest", ""),
        "HU12": ("Pest", ""), "HU2": ("Dunántúl", ""), "HU21": ("Közép-Dunántúl", ""),
        "HU22": ("Nyugat-Dunántúl", ""), "HU23": ("Dél-Dunántúl", ""), "HU3": ("Alföld és Észak", ""),
        "HU31": ("Észak-Magyarország", ""), "HU32": ("Észak-Alföld", ""), "HU33": ("Dél-Alföld", ""),
    }, (
        Area("HU110", "Budapest", "", 47.4979, 19.0402, "1111", urban=1, reach=0.2),
        Area("HU120", "Pest", "", 47.45, 19.55, "2100", reach=0.6),
        Area("HU211", "Fejér", "", 47.186, 18.4221, "8000", reach=0.7),
        Area("HU221", "Győr-Moson-Sopron", "", 47.6875, 17.6504, "9021", reach=0.8),
        Area("HU231", "Baranya", "", 46.0727, 18.2323, "7621", urban=3, reach=0.9),
        Area("HU311", "Borsod-Abaúj-Zemplén", "", 48.1035, 20.7784, "3525", reach=0.8),
        Area("HU322", "Hajdú-Bihar", "", 47.5316, 21.6273, "4024", reach=0.8),
        Area("HU333", "Csongrád-Csanád", "", 46.253, 20.1414, "6720", reach=0.8),
    )),
    NutsCountry("RO", {
        "RO": ("România", ""), "RO1": ("Macroregiunea Unu", ""), "RO11": ("Nord-Vest", ""),
        "RO12": ("Centru", ""), "RO2": ("Macroregiunea Doi", ""), "RO21": ("Nord-Est", ""),
        "RO22": ("Sud-Est", ""), "RO3": ("Macroregiunea Trei", ""), "RO32": ("Bucureşti-Ilfov", ""),
        "RO4": ("Macroregiunea Patru", ""), "RO41": ("Sud-Vest Oltenia", ""), "RO42": ("Vest", ""),
    }, (
        Area("RO113", "Cluj", "", 46.7712, 23.6236, "400084", mountain=2, reach=1.2),
        Area("RO122", "Braşov", "", 45.6427, 25.5887, "500001", mountain=1, reach=1.0),
        Area("RO213", "Iaşi", "", 47.1585, 27.6014, "700001", reach=1.2),
        Area("RO223", "Constanţa", "", 44.1598, 28.6348, "900001", reach=1.0),
        Area("RO321", "Bucureşti", "", 44.4268, 26.1025, "060042", urban=1, reach=1.1),
        Area("RO411", "Dolj", "", 44.3302, 23.7949, "200001", reach=1.1),
        Area("RO424", "Timiş", "", 45.7489, 21.2087, "300001", reach=1.1),
    )),
    NutsCountry("SI", {
        "SI": ("Slovenija", ""), "SI0": ("Slovenija", ""), "SI03": ("Vzhodna Slovenija", ""),
        "SI04": ("Zahodna Slovenija", ""),
    }, (
        Area("SI032", "Podravska", "", 46.5547, 15.6459, "2000", reach=0.5),
        Area("SI041", "Osrednjeslovenska", "", 46.0569, 14.5058, "1000", urban=1, reach=0.5),
        Area("SI043", "Goriška", "", 46.0, 13.65, "5000", urban=3, mountain=1, reach=0.4),
        Area("SI044", "Obalno-kraška", "", 45.55, 13.85, "6000", reach=0.25),
    )),
    NutsCountry("HR", {
        "HR": ("Hrvatska", ""), "HR0": ("Hrvatska", ""), "HR02": ("Panonska Hrvatska", ""),
        "HR03": ("Jadranska Hrvatska", ""), "HR05": ("Grad Zagreb", ""), "HR06": ("Sjeverna Hrvatska", ""),
    }, (
        Area("HR025", "Osječko-baranjska županija", "", 45.555, 18.6955, "31000", reach=0.8),
        Area("HR031", "Primorsko-goranska županija", "", 45.3271, 14.4422, "51000", reach=0.45,
             seeds=((45.1, 15.0, 0.4),)),
        Area("HR033", "Zadarska županija", "", 44.1194, 15.2314, "23000", urban=3, reach=0.4,
             seeds=((44.4, 15.6, 0.4),)),
        Area("HR035", "Splitsko-dalmatinska županija", "", 43.5081, 16.4402, "21000", reach=0.55,
             seeds=((43.75, 16.6, 0.4),)),
        Area("HR037", "Dubrovačko-neretvanska županija", "", 42.75, 17.8, "20000", reach=0.35),
        Area("HR050", "Grad Zagreb", "", 45.815, 15.9819, "10000", urban=1, reach=0.5),
        Area("HR061", "Međimurska županija", "", 46.3897, 16.4338, "40000", reach=0.35),
    )),
    NutsCountry("BG", {
        "BG": ("Bulgaria", "България"),
        "BG3": ("Severna i Yugoiztochna Bulgaria", "Северна и Югоизточна България"),
        "BG31": ("Severozapaden", "Северозападен"), "BG32": ("Severen tsentralen", "Северен централен"),
        "BG33": ("Severoiztochen", "Североизточен"), "BG34": ("Yugoiztochen", "Югоизточен"),
        "BG4": ("Yugozapadna i Yuzhna tsentralna Bulgaria", "Югозападна и Южна централна България"),
        "BG41": ("Yugozapaden", "Югозападен"), "BG42": ("Yuzhen tsentralen", "Южен централен"),
    }, (
        Area("BG311", "Vidin", "Видин", 43.99, 22.8725, "3700", urban=3, reach=0.8),
        Area("BG321", "Veliko Tarnovo", "Велико Търново", 43.0757, 25.6172, "5000", reach=1.0),
        Area("BG331", "Varna", "Варна", 43.2141, 27.9147, "9000", reach=0.8),
        Area("BG341", "Burgas", "Бургас", 42.5048, 27.4626, "8000", reach=0.8),
        Area("BG411", "Sofia (stolitsa)", "София (столица)", 42.6977, 23.3219, "1113", urban=1, reach=0.9),
        Area("BG421", "Plovdiv", "Пловдив", 42.1354, 24.7453, "4000", mountain=2, reach=0.9),
    )),
    NutsCountry("CY", {
        "CY": ("Kýpros", "Κύπρος"), "CY0": ("Kýpros", "Κύπρος"), "CY00": ("Kýpros", "Κύπρος"),
    }, (
        Area("CY000", "Kýpros", "Κύπρος", 35.1856, 33.3823, "1678", reach=0.55, seeds=((35.25, 34.2, 0.3),)),
    )),
    NutsCountry("EE", {
        "EE": ("Eesti", ""), "EE0": ("Eesti", ""), "EE00": ("Eesti", ""),
    }, (
        Area("EE001", "Põhja-Eesti", "", 59.437, 24.7536, "12618", urban=1, reach=0.5),
        Area("EE004", "Lääne-Eesti", "", 58.3859, 24.4971, "80010", urban=3, reach=0.6, seeds=((58.35, 22.6, 0.35),)),
        Area("EE008", "Lõuna-Eesti", "", 58.0, 26.73, "50090", urban=3, reach=0.8, seeds=((58.3776, 26.729, 0.3),)),
        Area("EE009", "Kesk-Eesti", "", 58.88, 25.56, "72711", urban=3, reach=0.5),
        Area("EE00A", "Kirde-Eesti", "", 59.3, 27.6, "20308", urban=3, reach=0.5),
    )),
    NutsCountry("LT", {
        "LT": ("Lietuva", ""), "LT0": ("Lietuva", ""), "LT01": ("Sostinės regionas", ""),
        "LT02": ("Vidurio ir vakarų Lietuvos regionas", ""),
    }, (
        Area("LT011", "Vilniaus apskritis", "", 54.6872, 25.2797, "01513", urban=1, reach=0.8),
        Area("LT022", "Kauno apskritis", "", 54.8985, 23.9036, "44249", reach=0.7),
        Area("LT023", "Klaipėdos apskritis", "", 55.7033, 21.4, "91001", reach=0.6),
        Area("LT025", "Panevėžio apskritis", "", 55.9, 24.9, "35001", urban=3, reach=0.7),
        Area("LT026", "Šiaulių apskritis", "", 56.0, 23.3, "76001", urban=3, reach=0.6),
    )),
    NutsCountry("LV", {
        "LV": ("Latvija", ""), "LV0": ("Latvija", ""), "LV00": ("Latvija", ""),
    }, (
        Area("LV005", "Latgale", "", 56.2, 27.0, "5401", urban=3, reach=0.9),
        Area("LV006", "Rīga", "", 56.9496, 24.1052, "1050", urban=1, reach=0.2),
        Area("LV007", "Pierīga", "", 57.15, 24.55, "2150", reach=0.45),
        Area("LV008", "Vidzeme", "", 57.4, 25.8, "4201", urban=3, reach=0.8),
        Area("LV009", "Kurzeme", "", 56.8, 21.6, "3401", urban=3, reach=0.8),
        Area("LV00A", "Zemgale", "", 56.55, 23.7, "3001", urban=3, reach=0.6),
    )),
    NutsCountry("LU", {
        "LU": ("Luxembourg", ""), "LU0": ("Luxembourg", ""), "LU00": ("Luxembourg", ""),
    }, (
        Area("LU000", "Luxembourg", "", 49.6116, 6.1319, "1359", urban=1, reach=0.3, seeds=((49.95, 6.0, 0.25),)),
    )),
    NutsCountry("MT", {
        "MT": ("Malta", ""), "MT0": ("Malta", ""), "MT00": ("Malta", ""),
    }, (
        Area("MT001", "Malta", "", 35.8989, 14.4894, "MSD 2080", urban=1, reach=0.14),
        Area("MT002", "Gozo and Comino/Għawdex u Kemmuna", "", 36.0443, 14.2512, "VCT 1000", urban=3, reach=0.09),
    )),
    NutsCountry("SK", {
        "SK": ("Slovensko", ""), "SK0": ("Slovensko", ""), "SK01": ("Bratislavský kraj", ""),
        "SK02": ("Západné Slovensko", ""), "SK03": ("Stredné Slovensko", ""), "SK04": ("Východné Slovensko", ""),
    }, (
        Area("SK010", "Bratislavský kraj", "", 48.1486, 17.1077, "812 43", urban=1, reach=0.35),
        Area("SK021", "Trnavský kraj", "", 48.3774, 17.5883, "917 01", reach=0.55),
        Area("SK031", "Žilinský kraj", "", 49.2231, 18.7394, "010 01", mountain=1, reach=0.6),
        Area("SK032", "Banskobystrický kraj", "", 48.7363, 19.1462, "974 01", mountain=1, reach=0.7),
        Area("SK041", "Prešovský kraj", "", 49.0, 21.2339, "080 01", mountain=2, reach=0.6),
        Area("SK042", "Košický kraj", "", 48.7164, 21.2611, "040 01", reach=0.5),
    )),
    NutsCountry("NO", {
        "NO": ("Norge", ""), "NO0": ("Norge", ""), "NO02": ("Innlandet", ""), "NO06": ("Trøndelag", ""),
        "NO07": ("Nord-Norge", ""), "NO08": ("Oslo og Viken", ""), "NO09": ("Agder og Sør-Østlandet", ""),
        "NO0A": ("Vestlandet", ""),
    }, (
        Area("NO020", "Innlandet", "", 61.2, 10.6, "2317", urban=3, mountain=1, reach=1.4),
        Area("NO060", "Trøndelag", "", 63.4305, 10.3951, "7491", urban=3, mountain=2, reach=1.2),
        Area("NO071", "Nordland", "", 66.6, 14.4, "8006", urban=3, mountain=1, reach=1.5),
        Area("NO074", "Troms og Finnmark", "", 69.65, 20.5, "9008", urban=3, mountain=1, reach=2.0,
             seeds=((70.2, 25.5, 1.3),)),
        Area("NO081", "Oslo", "", 59.9139, 10.7522, "0316", urban=1, reach=0.2),
        Area("NO083", "Østfold", "", 59.3, 11.15, "1706", reach=0.4),
        Area("NO084", "Akershus", "", 60.1, 11.1, "2000", reach=0.4),
        Area("NO085", "Buskerud", "", 60.0, 9.6, "3015", urban=3, mountain=2, reach=0.7),
        Area("NO091", "Vestfold og Telemark", "", 59.3, 9.5, "3110", urban=3, reach=0.6),
        Area("NO092", "Agder", "", 58.5, 7.8, "4608", urban=3, reach=0.8),
        Area("NO0A1", "Vestland", "", 60.3913, 5.3221, "5020", mountain=1, reach=0.9, seeds=((61.4, 6.2, 0.7),)),
        Area("NO0A2", "Rogaland", "", 58.97, 5.95, "4006", reach=0.6),
        Area("NO0A3", "Møre og Romsdal", "", 62.55, 7.2, "6002", urban=3, mountain=1, reach=0.7),
    )),
    NutsCountry("CH", {
        "CH": ("Schweiz/Suisse/Svizzera", ""), "CH0": ("Schweiz/Suisse/Svizzera", ""),
        "CH01": ("Région lémanique", ""), "CH02": ("Espace Mittelland", ""), "CH03": ("Nordwestschweiz", ""),
        "CH04": ("Zürich", ""), "CH05": ("Ostschweiz", ""), "CH06": ("Zentralschweiz", ""),
        "CH07": ("Ticino", ""),
    }, (
        Area("CH011", "Vaud", "", 46.5197, 6.6323, "1015", reach=0.45),
        Area("CH012", "Valais/Wallis", "", 46.2331, 7.3606, "1950", mountain=1, reach=0.5),
        Area("CH013", "Genève", "", 46.2044, 6.1432, "1211", urban=1, reach=0.2),
        Area("CH021", "Bern/Berne", "", 46.948, 7.4474, "3011", mountain=2, reach=0.5),
        Area("CH031", "Basel-Stadt", "", 47.5596, 7.5886, "4056", urban=1, reach=0.3),
        Area("CH040", "Zürich", "", 47.3769, 8.5417, "8001", urban=1, reach=0.35),
        Area("CH055", "St. Gallen", "", 47.4245, 9.3767, "9000", mountain=2, reach=0.35),
        Area("CH056", "Graubünden/Grigioni/Grischun", "", 46.75, 9.7, "7000", urban=3, mountain=1, reach=0.6),
        Area("CH061", "Luzern", "", 47.0502, 8.3093, "6003", reach=0.4),
        Area("CH070", "Ticino", "", 46.2, 8.9, "6900", mountain=1, reach=0.35),
    )),
    NutsCountry("IS", {
        "IS": ("Ísland", ""), "IS0": ("Ísland", ""), "IS00": ("Ísland", ""),
    }, (
        Area("IS001", "Höfuðborgarsvæði", "", 64.1466, -21.9426, "101", urban=1, reach=0.3),
        Area("IS002", "Landsbyggð", "", 64.9, -18.5, "600", urban=3, mountain=1, reach=1.1,
             seeds=((64.2, -15.5, 0.9), (65.6, -22.5, 0.6), (63.9, -20.5, 0.5))),
    )),
    NutsCountry("TR", {
        "TR": ("Türkiye", ""), "TR1": ("İstanbul", ""), "TR10": ("İstanbul", ""), "TR2": ("Batı Marmara", ""),
        "TR21": ("Tekirdağ, Edirne, Kırklareli", ""), "TR3": ("Ege", ""), "TR31": ("İzmir", ""),
        "TR4": ("Doğu Marmara", ""), "TR41": ("Bursa, Eskişehir, Bilecik", ""), "TR5": ("Batı Anadolu", ""),
        "TR51": ("Ankara", ""), "TR6": ("Akdeniz", ""), "TR61": ("Antalya, Isparta, Burdur", ""),
        "TR7": ("Orta Anadolu", ""), "TR72": ("Kayseri, Sivas, Yozgat", ""), "TR8": ("Batı Karadeniz", ""),
        "TR83": ("Samsun, Tokat, Çorum, Amasya", ""), "TR9": ("Doğu Karadeniz", ""),
        "TR90": ("Trabzon, Ordu, Giresun, Rize, Artvin, Gümüşhane", ""), "TRA": ("Kuzeydoğu Anadolu", ""),
        "TRA1": ("Erzurum, Erzincan, Bayburt", ""), "TRC": ("Güneydoğu Anadolu", ""),
        "TRC1": ("Gaziantep, Adıyaman, Kilis", ""),
    }, (
        Area("TR100", "İstanbul", "", 41.0082, 28.9784, "34450", urban=1, reach=0.6),
        Area("TR211", "Tekirdağ", "", 41.1, 27.3, "59030", reach=0.7),
        Area("TR310", "İzmir", "", 38.4237, 27.1428, "35210", urban=1, reach=1.0),
        Area("TR411", "Bursa", "", 40.1885, 29.061, "16010", reach=1.0),
        Area("TR510", "Ankara", "", 39.9334, 32.8597, "06800", urban=1, reach=1.6),
        Area("TR611", "Antalya", "", 36.9969, 30.7133, "07100", mountain=2, reach=1.4),
        Area("TR721", "Kayseri", "", 38.7312, 35.4787, "38010", reach=1.5),
        Area("TR831", "Samsun", "", 41.1, 36.0, "55030", reach=1.4),
        Area("TR901", "Trabzon", "", 40.9, 39.7, "61030", mountain=1, reach=1.2),
        Area("TRA11", "Erzurum", "", 39.9043, 41.2679, "25010", urban=3, mountain=1, reach=1.6),
        Area("TRC11", "Gaziantep", "", 37.0662, 37.3833, "27010", reach=1.5),
    )),
    NutsCountry("RS", {
        "RS": ("Srbija", "Србија"), "RS1": ("Srbija - sever", "Србија - север"),
        "RS11": ("Beogradski region", "Београдски регион"), "RS12": ("Region Vojvodine", "Регион Војводине"),
        "RS2": ("Srbija - jug", "Србија - југ"),
        "RS21": ("Region Šumadije i Zapadne Srbije", "Регион Шумадије и Западне Србије"),
        "RS22": ("Region Južne i Istočne Srbije", "Регион Јужне и Источне Србије"),
    }, (
        Area("RS110", "Beogradska oblast", "Београдска област", 44.7866, 20.4489, "11000", urban=1, reach=0.5),
        Area("RS122", "Južnobačka oblast", "Јужнобачка област", 45.2671, 19.8335, "21000", reach=0.6),
        Area("RS123", "Severnobačka oblast", "Севернобачка област", 45.95, 19.9, "24000", urban=3, reach=0.5),
        Area("RS211", "Zlatiborska oblast", "Златиборска област", 43.7, 19.8, "31000", urban=3, mountain=1,
             reach=0.7),
        Area("RS216", "Šumadijska oblast", "Шумадијска област", 44.0128, 20.9114, "34000", reach=0.6),
        Area("RS224", "Nišavska oblast", "Нишавска област", 43.3209, 21.8958, "18000", mountain=2, reach=0.8),
    )),
)
# fmt: on

# Land that is in no NUTS 2024 polygon but keeps its neighbours' polygons from growing over it:
# Kosovo (not in NUTS; vocab.py places one city there) and the United Kingdom's regions (left NUTS
# after 2021; drawn from their own seeds above, but not written).
FOREIGN_LAND: tuple[tuple[str, float, float, float], ...] = (
    ("XK", 42.6629, 21.1655, 0.55),
    ("XK", 42.3, 20.7, 0.35),
    ("AL", 41.3275, 19.8187, 0.9),
    ("ME", 42.4304, 19.2594, 0.5),
    ("BA", 43.8563, 18.4131, 1.0),
    ("MK", 41.9981, 21.4254, 0.6),
    ("UA", 49.8397, 24.0297, 1.6),
    ("BY", 53.9006, 27.559, 1.8),
    ("RU", 54.7104, 20.4522, 0.6),
)

# Water between coasts the land seeds would otherwise join: (lat, lon). Each claims the cells
# closer to it than to any land seed, so a point near one of these is in no polygon.
# fmt: off
SEA: tuple[tuple[float, float], ...] = (
    # North Sea, Channel, Atlantic
    (54.8, 3.0), (56.8, 5.0), (53.7, 4.3), (52.6, 3.7), (51.85, 3.2), (51.2, 1.8), (50.3, -0.6), (50.0, -2.8),
    (49.5, -5.0), (50.2, 1.0), (58.5, 3.0), (61.5, 3.4), (57.8, 7.6), (58.6, 9.8), (57.2, 11.2), (56.4, 11.6),
    (55.65, 12.85), (55.3, 12.8), (55.45, 12.35), (54.75, 10.9), (54.5, 11.8), (54.7, 13.5), (55.0, 15.5),
    (55.35, 10.97), (55.3, 9.85), (54.6, 8.2), (56.5, 7.4), (57.8, 10.9),
    # Baltic
    (55.6, 18.0), (56.7, 19.6), (57.2, 17.0), (58.4, 19.8), (59.2, 19.3), (59.8, 22.0), (59.75, 24.8), (59.95, 26.5),
    (57.6, 23.6), (55.1, 19.5), (54.6, 19.4), (54.3, 16.3), (56.2, 20.5), (57.3, 20.3), (60.7, 19.0), (61.6, 20.0),
    (60.1, 20.9), (62.8, 19.8), (64.2, 22.3), (65.2, 23.5), (63.5, 21.2),
    # Atlantic coasts of France, Spain, Portugal and the Bay of Biscay
    (47.0, -3.8), (46.0, -2.4), (45.0, -1.9), (44.0, -2.6), (44.0, -4.5), (43.9, -6.8), (43.6, -9.6), (42.3, -9.6),
    (41.0, -9.5), (39.8, -9.9), (38.6, -9.9), (37.6, -9.4), (36.6, -8.5), (36.3, -6.9), (48.6, -5.6), (49.4, -3.0),
    (49.7, -0.8),
    # Mediterranean
    (36.2, -4.0), (36.4, -2.2), (38.8, 1.43), (37.4, 0.3), (38.7, 0.8), (39.3, 1.5), (39.9, 1.6), (40.7, 1.9),
    (39.1, 2.9), (39.95, 3.7), (39.4, 3.9), (40.4, 3.4), (41.4, 3.9), (42.6, 3.9), (43.0, 5.3), (42.6, 6.6),
    (43.2, 7.7), (43.9, 9.3), (42.8, 8.3), (41.5, 9.7), (41.35, 8.9), (42.3, 10.3), (39.5, 8.2), (40.0, 10.4),
    (38.6, 8.7), (41.2, 11.8), (40.3, 12.8), (39.3, 14.0), (39.8, 15.0), (38.7, 11.8), (36.8, 13.3), (36.3, 14.0),
    (35.6, 14.9), (35.9, 14.35), (36.4, 15.4), (37.3, 16.2), (38.25, 15.55), (38.9, 16.7), (39.5, 17.7), (40.1, 18.9),
    (41.0, 18.4), (42.0, 16.5), (43.0, 15.0), (43.9, 13.9), (44.6, 13.0), (45.3, 13.1), (42.6, 14.9), (41.6, 17.5),
    (43.2, 16.6),
    # Ionian and Aegean
    (38.5, 19.9), (37.2, 20.8), (36.4, 21.9), (36.3, 23.2), (37.4, 23.1), (37.65, 23.4), (38.05, 22.5), (38.35, 23.2),
    (37.4, 24.6), (36.6, 25.3), (35.9, 23.9), (36.2, 26.2), (34.5, 24.8), (34.6, 26.2), (38.7, 24.8), (39.5, 24.0),
    (40.2, 23.8), (40.3, 22.9), (39.3, 23.5), (40.8, 24.6), (40.3, 25.7), (38.8, 26.0), (39.5, 26.6), (38.6, 26.9),
    # Marmara, Black Sea, eastern Mediterranean
    (40.75, 28.3), (40.65, 27.5), (42.0, 29.3), (42.6, 28.6), (43.0, 30.5), (44.3, 30.0), (42.4, 33.0), (42.1, 36.0),
    (41.7, 38.5), (41.4, 41.0), (36.1, 29.0), (36.0, 31.8), (36.4, 34.4), (35.9, 36.0), (34.3, 32.7), (34.6, 34.2),
    (35.8, 33.5), (35.6, 35.3), (36.9, 27.3), (37.6, 26.5),
    # Irish Sea and west of Ireland and Scotland
    (53.7, -5.0), (54.6, -4.7), (52.3, -5.6), (51.3, -6.8), (51.3, -9.7), (52.6, -10.3), (53.7, -10.4), (55.0, -9.3),
    (55.6, -7.0), (56.4, -6.4), (57.6, -6.8), (58.9, -5.3), (59.0, -2.5), (57.6, -1.3), (56.3, -1.9), (55.1, -0.9),
    (53.8, 0.6), (52.9, 2.3), (55.5, -5.3),
    # Norwegian Sea and around Iceland
    (62.8, 4.2), (64.4, 9.0), (66.8, 11.6), (68.6, 13.6), (70.0, 17.2), (71.3, 22.5), (70.9, 29.0), (63.1, -19.0),
    (63.6, -22.8), (64.3, -24.6), (65.5, -24.6), (66.6, -21.0), (66.6, -16.0), (65.6, -12.8), (64.2, -13.2),
    (63.4, -15.8), (64.6, -22.7),
)
# fmt: on

# Postcode formats in TERCET's spelling: '#' a digit, '@' a capital letter, '*' an Eircode character.
POSTCODE_FORMATS: MappingProxyType[str, str] = MappingProxyType(
    {
        "AT": "####",
        "BE": "####",
        "BG": "####",
        "CH": "####",
        "CY": "####",
        "CZ": "### ##",
        "DE": "#####",
        "DK": "####",
        "EE": "#####",
        "EL": "#####",
        "ES": "#####",
        "FI": "#####",
        "FR": "#####",
        "HR": "#####",
        "HU": "####",
        "IE": "@## ****",
        "IS": "###",
        "IT": "#####",
        "LT": "#####",
        "LU": "####",
        "LV": "####",
        "MT": "@@@ ####",
        "NL": "#### @@",
        "NO": "####",
        "PL": "##-###",
        "PT": "####-###",
        "RO": "######",
        "RS": "#####",
        "SE": "### ##",
        "SI": "####",
        "SK": "### ##",
        "TR": "#####",
    }
)
# Dutch postcodes never use F, I, O, Q, U or Y in their letters; Eircodes use this alphabet.
POSTCODE_LETTERS: MappingProxyType[str, str] = MappingProxyType(
    {"NL": "ABCDEGHJKLMNPRSTVWXZ", "*": "0123456789ACDEFHKNPRTVWXY"}
)
# How the national postcode written in CORDIS differs from TERCET's: country prefixes ("LT-01513",
# "L-1359") and the space Greek addresses put in ("106 82") are not in TERCET's codes.
TERCET_STRIP: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {"LT": ("LT-",), "LV": ("LV-",), "LU": ("L-",), "EL": (" ",)}
)

# Rows per country file (TERCET's real files hold a few thousand to tens of thousands).
TERCET_ROWS: MappingProxyType[str, int] = MappingProxyType(
    {
        "AT": 600,
        "BE": 600,
        "BG": 400,
        "CH": 700,
        "CY": 200,
        "CZ": 600,
        "DE": 2400,
        "DK": 500,
        "EE": 300,
        "EL": 700,
        "ES": 1500,
        "FI": 500,
        "FR": 2000,
        "HR": 400,
        "HU": 500,
        "IE": 700,
        "IS": 100,
        "IT": 1800,
        "LT": 300,
        "LU": 200,
        "LV": 250,
        "MT": 150,
        "NL": 900,
        "NO": 600,
        "PL": 1100,
        "PT": 900,
        "RO": 700,
        "RS": 400,
        "SE": 700,
        "SI": 300,
        "SK": 400,
        "TR": 900,
    }
)
# (postcode year, file version) where a country's file is not the default pc2024 ... v1.0: GISCO
# republishes countries one by one, so names cannot be built from a pattern, only read from the index.
TERCET_FILES: MappingProxyType[str, tuple[int, str]] = MappingProxyType(
    {"DE": (2025, "v1.0"), "EL": (2025, "v1.0"), "HU": (2025, "v1.0"), "IT": (2024, "v1.1"), "NL": (2024, "v1.2")}
)
# Postcodes TERCET gives to two NUTS-3 regions (postcode areas that straddle a border).
SHARED_POSTCODES: tuple[tuple[str, str, tuple[str, str]], ...] = (
    ("DE", "14513", ("DE423", "DE300")),
    ("FR", "91300", ("FR104", "FR101")),
    ("NL", "2611 AB", ("NL333", "NL332")),
    ("BE", "1300", ("BE310", "BE242")),
    ("ES", "28050", ("ES300", "ES425")),
    ("PT", "1000-201", ("PT170", "PT1D1")),
)

# --- NUTS history -----------------------------------------------------------------------------------

# Names of codes that are not in a newer version, where they differ from their successor's name.
OLD_NAMES: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "DEA2B": ("Aachen, Kreis", ""),
        "ES530": ("Illes Balears", ""),
        "FR2": ("Bassin Parisien", ""),
        "FR3": ("Nord - Pas-de-Calais", ""),
        "FR4": ("Est", ""),
        "FR5": ("Ouest", ""),
        "FR6": ("Sud-Ouest", ""),
        "FR7": ("Centre-Est", ""),
        "FR8": ("Méditerranée", ""),
        "FR24": ("Centre", ""),
        "FR30": ("Nord - Pas-de-Calais", ""),
        "IE01": ("Border, Midland and Western", ""),
        "IE02": ("Southern and Eastern", ""),
        "IE011": ("Border", ""),
        "IE012": ("Midland", ""),
        "IE024": ("South-East (IE)", ""),
        "IE025": ("South-West (IE)", ""),
        "PL1": ("Region Centralny", ""),
        "PL3": ("Region Wschodni", ""),
        "PL11": ("Łódzkie", ""),
        "PL12": ("Mazowieckie", ""),
        "PL31": ("Lubelskie", ""),
        "PL34": ("Podlaskie", ""),
        "LT00": ("Lietuva", ""),
        "UKM2": ("Eastern Scotland", ""),
        "UKM3": ("South Western Scotland", ""),
        "UKI1": ("Inner London", ""),
        "UKI11": ("Inner London - West", ""),
        "NO01": ("Oslo og Akershus", ""),
        "NO03": ("Sør-Østlandet", ""),
        "NO04": ("Agder og Rogaland", ""),
        "NO05": ("Vestlandet", ""),
        "NO012": ("Akershus", ""),
        "NO021": ("Hedmark", ""),
        "NO022": ("Oppland", ""),
        "NO031": ("Østfold", ""),
        "NO032": ("Buskerud", ""),
        "NO033": ("Vestfold", ""),
        "NO034": ("Telemark", ""),
        "NO041": ("Aust-Agder", ""),
        "NO042": ("Vest-Agder", ""),
        "NO051": ("Hordaland", ""),
        "NO052": ("Sogn og Fjordane", ""),
        "NO061": ("Sør-Trøndelag", ""),
        "NO062": ("Nord-Trøndelag", ""),
        "NO072": ("Troms", ""),
        "NO073": ("Finnmark", ""),
        "NO082": ("Viken", ""),
        "HU10": ("Közép-Magyarország", ""),
        "HR04": ("Kontinentalna Hrvatska", ""),
        "PT18": ("Alentejo", ""),
    }
)
# A code's name up to and including a version, where it was relabelled later: (code, version) -> name.
RELABELLED: MappingProxyType[tuple[str, int], tuple[str, str]] = MappingProxyType(
    {
        ("CZ", 2016): ("Česká republika", ""),
        ("CZ0", 2016): ("Česká republika", ""),
        ("HU333", 2016): ("Csongrád", ""),
        ("NO02", 2016): ("Hedmark og Oppland", ""),
        ("UKF24", 2016): ("Northamptonshire", ""),
        ("DEA2D", 2016): ("Aachen, Kreisfreie Stadt", ""),
        ("PL2", 2013): ("Region Południowy", ""),
        ("PL4", 2013): ("Region Północno-Zachodni", ""),
        ("PL5", 2013): ("Region Południowo-Zachodni", ""),
        ("PL6", 2013): ("Region Północny", ""),
    }
)


def _recoded(version: int, pairs: str) -> tuple[Change, ...]:
    """Rows of one kind written compactly: "OLD>NEW OLD>NEW ..." with ``kind`` recoded."""
    return tuple(Change(version, old, new, "recoded") for old, new in (pair.split(">") for pair in pairs.split()))


CHANGES: tuple[Change, ...] = (
    # --- NUTS 2013 -> 2016 -------------------------------------------------------------------------
    # France's 2016 regions: the old NUTS-1 groupings end, each new region is a NUTS-1 of its own.
    *(Change(2016, code, "", "discontinued") for code in ("FR2", "FR3", "FR4", "FR5", "FR6", "FR7", "FR8")),
    *(
        Change(2016, "", code, "new region")
        for code in ("FRB", "FRC", "FRD", "FRE", "FRF", "FRG", "FRH", "FRI", "FRJ", "FRK", "FRL", "FRM")
    ),
    Change(2016, "FR24", "FRB0", "recoded and relabelled"),
    Change(2016, "FR30", "FRE1", "recoded and relabelled"),
    *_recoded(
        2016,
        "FR26>FRC1 FR23>FRD2 FR42>FRF1 FR41>FRF3 FR51>FRG0 FR52>FRH0 FR61>FRI1 FR81>FRJ1 FR62>FRJ2 FR72>FRK1 "
        "FR71>FRK2 FR82>FRL0 FR83>FRM0 FR244>FRB04 FR261>FRC11 FR232>FRD22 FR301>FRE11 FR421>FRF11 FR413>FRF33 "
        "FR511>FRG01 FR523>FRH03 FR612>FRI12 FR813>FRJ13 FR623>FRJ23 FR724>FRK14 FR714>FRK24 FR716>FRK26 "
        "FR823>FRL03 FR824>FRL04 FR831>FRM01",
    ),
    # Italy: Nord-Est and Centro recoded from ITD/ITE to ITH/ITI, with all their regions.
    *_recoded(
        2016,
        "ITD>ITH ITE>ITI ITD2>ITH2 ITD3>ITH3 ITD5>ITH5 ITE1>ITI1 ITE3>ITI3 ITE4>ITI4 ITD20>ITH20 ITD35>ITH35 "
        "ITD36>ITH36 ITD55>ITH55 ITD59>ITH59 ITE14>ITI14 ITE17>ITI17 ITE31>ITI31 ITE32>ITI32 ITE43>ITI43",
    ),
    # Ireland: two NUTS-2 regions become three.
    Change(2016, "IE01", "", "discontinued"),
    Change(2016, "IE02", "", "discontinued"),
    Change(2016, "", "IE04", "new region"),
    Change(2016, "", "IE05", "new region"),
    Change(2016, "", "IE06", "new region"),
    *_recoded(2016, "IE011>IE041 IE012>IE063 IE013>IE042 IE021>IE061 IE022>IE062 IE025>IE053"),
    Change(2016, "IE023", "IE051", "boundary shift", "North Tipperary moved from South-East to Mid-West"),
    Change(2016, "IE024", "IE052", "boundary shift", "North Tipperary moved from South-East to Mid-West"),
    # Poland: Warsaw becomes a NUTS-2 region of its own, the macro-regions are renamed and renumbered.
    Change(2016, "PL1", "", "discontinued"),
    Change(2016, "PL3", "", "discontinued"),
    *(Change(2016, "", code, "new region") for code in ("PL7", "PL8", "PL9")),
    *(Change(2016, code, code, "relabelled") for code in ("PL2", "PL4", "PL5", "PL6")),
    Change(2016, "PL12", "PL91", "split"),
    Change(2016, "PL12", "PL92", "split"),
    *_recoded(2016, "PL11>PL71 PL31>PL81 PL34>PL84 PL113>PL711 PL127>PL911 PL128>PL921 PL314>PL814 PL345>PL841"),
    # Spain: the Balearic Islands get one NUTS-3 region per island group.
    Change(2016, "ES530", "ES531", "split"),
    Change(2016, "ES530", "ES532", "split"),
    Change(2016, "ES530", "ES533", "split"),
    # Lithuania: the capital region is split off.
    Change(2016, "LT00", "LT01", "split"),
    Change(2016, "LT00", "LT02", "split"),
    *_recoded(2016, "LT00A>LT011 LT002>LT022 LT003>LT023 LT005>LT025 LT006>LT026"),
    # United Kingdom: London and Scotland redrawn, Northern Ireland's NUTS-3 regions renumbered.
    Change(2016, "UKI1", "UKI3", "boundary shift"),
    Change(2016, "UKI11", "UKI31", "split", "Inner London - West split into UKI31 to UKI34"),
    Change(2016, "UKM2", "UKM7", "boundary shift"),
    Change(2016, "UKM3", "UKM8", "boundary shift"),
    *_recoded(2016, "UKM25>UKM75 UKM34>UKM82 UKN01>UKN06"),
    # Norway: Trøndelag's two counties merged.
    Change(2016, "NO061", "NO060", "merged"),
    Change(2016, "NO062", "NO060", "merged"),
    # --- NUTS 2016 -> 2021 -------------------------------------------------------------------------
    Change(2021, "DEA2B", "DEA2D", "merged", "DEA2B and DEA2D merged into Städteregion Aachen"),
    Change(2021, "DEA2D", "DEA2D", "merged", "DEA2B and DEA2D merged into Städteregion Aachen"),
    Change(2021, "DK012", "DK012", "boundary shift"),
    Change(2021, "DK012", "DK013", "boundary shift", "Lyngby-Taarbæk moved from DK012 to DK013"),
    Change(2021, "DK013", "DK013", "boundary shift"),
    Change(2021, "NL326", "NL329", "boundary shift", "Zaanstad moved into Groot-Amsterdam"),
    Change(2021, "NL335", "NL33C", "boundary shift"),
    Change(2021, "HU10", "HU11", "split"),
    Change(2021, "HU10", "HU12", "split"),
    *_recoded(2021, "HU101>HU110 HU102>HU120"),
    Change(2021, "HU333", "HU333", "relabelled"),
    Change(2021, "HR04", "HR02", "split"),
    Change(2021, "HR04", "HR05", "split"),
    Change(2021, "HR04", "HR06", "split"),
    *_recoded(2021, "HR041>HR050 HR04B>HR025 HR046>HR061"),
    Change(2021, "NO01", "NO08", "merged"),
    Change(2021, "NO03", "NO08", "split"),
    Change(2021, "NO03", "NO09", "split"),
    Change(2021, "NO04", "NO09", "split"),
    Change(2021, "NO04", "NO0A", "split"),
    Change(2021, "NO05", "NO0A", "merged"),
    Change(2021, "NO02", "NO02", "relabelled"),
    *_recoded(2021, "NO011>NO081 NO043>NO0A2 NO053>NO0A3"),
    *(
        Change(2021, old, new, "merged")
        for old, new in (
            ("NO012", "NO082"),
            ("NO031", "NO082"),
            ("NO032", "NO082"),
            ("NO033", "NO091"),
            ("NO034", "NO091"),
            ("NO041", "NO092"),
            ("NO042", "NO092"),
            ("NO051", "NO0A1"),
            ("NO052", "NO0A1"),
            ("NO021", "NO020"),
            ("NO022", "NO020"),
            ("NO072", "NO074"),
            ("NO073", "NO074"),
        )
    ),
    Change(2021, "ITG27", "ITG2F", "boundary shift", "Città metropolitana di Cagliari"),
    Change(2021, "CZ", "CZ", "relabelled"),
    Change(2021, "CZ0", "CZ0", "relabelled"),
    Change(2021, "UKF24", "UKF24", "relabelled"),
    # --- NUTS 2021 -> 2024 -------------------------------------------------------------------------
    Change(2024, "PT16", "PT16", "boundary shift", "Oeste and Médio Tejo moved to PT1D"),
    Change(2024, "PT16", "PT1D", "split"),
    Change(2024, "PT18", "PT1C", "boundary shift", "Lezíria do Tejo moved to PT1D"),
    Change(2024, "PT18", "PT1D", "split"),
    *_recoded(2024, "PT184>PT1C2 PT187>PT1C4 PT16B>PT1D1 PT16I>PT1D2 PT185>PT1D3"),
    Change(2024, "NO082", "NO083", "split"),
    Change(2024, "NO082", "NO084", "split"),
    Change(2024, "NO082", "NO085", "split"),
    Change(2024, "ITH59", "ITH59", "boundary shift"),
    Change(2024, "ITI31", "ITH59", "boundary shift", "Montecopiolo and Sassofeltrio moved from ITI31 to ITH59"),
    Change(2024, "ITI31", "ITI31", "boundary shift"),
)

# ISO 3166-1 names in English (ROR's geonames_details.country_name) by EU-convention code.
COUNTRY_NAMES: MappingProxyType[str, str] = MappingProxyType(
    {
        "AT": "Austria",
        "BE": "Belgium",
        "BG": "Bulgaria",
        "BR": "Brazil",
        "CA": "Canada",
        "CH": "Switzerland",
        "CN": "China",
        "CY": "Cyprus",
        "CZ": "Czechia",
        "DE": "Germany",
        "DK": "Denmark",
        "EE": "Estonia",
        "EL": "Greece",
        "ES": "Spain",
        "FI": "Finland",
        "FR": "France",
        "GH": "Ghana",
        "HK": "Hong Kong",
        "HR": "Croatia",
        "HU": "Hungary",
        "IE": "Ireland",
        "IL": "Israel",
        "IS": "Iceland",
        "IT": "Italy",
        "KE": "Kenya",
        "LT": "Lithuania",
        "LU": "Luxembourg",
        "LV": "Latvia",
        "MT": "Malta",
        "NL": "The Netherlands",
        "NO": "Norway",
        "PL": "Poland",
        "PT": "Portugal",
        "RO": "Romania",
        "RS": "Serbia",
        "SE": "Sweden",
        "SI": "Slovenia",
        "SK": "Slovakia",
        "TR": "Türkiye",
        "UK": "United Kingdom",
        "US": "United States",
        "XK": "Kosovo",
        "ZA": "South Africa",
    }
)
# Continent of each non-European vocab country (everything else is Europe).
CONTINENTS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "US": ("NA", "North America"),
        "CA": ("NA", "North America"),
        "CN": ("AS", "Asia"),
        "HK": ("AS", "Asia"),
        "IL": ("AS", "Asia"),
        "TR": ("AS", "Asia"),
        "GH": ("AF", "Africa"),
        "KE": ("AF", "Africa"),
        "ZA": ("AF", "Africa"),
        "BR": ("SA", "South America"),
    }
)
# ROR's names carry the language of the country's organisations (ISO 639-1).
COUNTRY_LANGUAGES: MappingProxyType[str, str] = MappingProxyType(
    {
        "AT": "de",
        "BE": "fr",
        "BG": "bg",
        "BR": "pt",
        "CH": "de",
        "CY": "el",
        "CZ": "cs",
        "DE": "de",
        "DK": "da",
        "EE": "et",
        "EL": "el",
        "ES": "es",
        "FI": "fi",
        "FR": "fr",
        "HR": "hr",
        "HU": "hu",
        "IS": "is",
        "IT": "it",
        "LT": "lt",
        "LU": "fr",
        "LV": "lv",
        "NL": "nl",
        "NO": "nb",
        "PL": "pl",
        "PT": "pt",
        "RO": "ro",
        "RS": "sr",
        "SE": "sv",
        "SI": "sl",
        "SK": "sk",
        "TR": "tr",
        "XK": "sq",
    }
)

# (vocab country, vocab city) -> (ISO 3166-2 subdivision code without the country, English name).
# None where GeoNames gives no first-level division.
SUBDIVISIONS: MappingProxyType[tuple[str, str], tuple[str | None, str | None]] = MappingProxyType(
    {
        ("DE", "Berlin"): ("BE", "Berlin"),
        ("DE", "Munchen"): ("BY", "Bavaria"),
        ("DE", "Hamburg"): ("HH", "Hamburg"),
        ("DE", "Koln"): ("NW", "North Rhine-Westphalia"),
        ("DE", "Stuttgart"): ("BW", "Baden-Wurttemberg"),
        ("DE", "Dresden"): ("SN", "Saxony"),
        ("DE", "Aachen"): ("NW", "North Rhine-Westphalia"),
        ("DE", "Karlsruhe"): ("BW", "Baden-Wurttemberg"),
        ("DE", "Potsdam"): ("BB", "Brandenburg"),
        ("DE", "Jena"): ("TH", "Thuringia"),
        ("ES", "Madrid"): ("MD", "Madrid"),
        ("ES", "Barcelona"): ("CT", "Catalonia"),
        ("ES", "Valencia"): ("VC", "Valencia"),
        ("ES", "Sevilla"): ("AN", "Andalusia"),
        ("ES", "Bilbao"): ("PV", "Basque Country"),
        ("ES", "Zaragoza"): ("AR", "Aragon"),
        ("ES", "Palma"): ("IB", "Balearic Islands"),
        ("ES", "Santiago de Compostela"): ("GA", "Galicia"),
        ("ES", "Donostia"): ("PV", "Basque Country"),
        ("IT", "Roma"): ("62", "Lazio"),
        ("IT", "Milano"): ("25", "Lombardy"),
        ("IT", "Torino"): ("21", "Piedmont"),
        ("IT", "Bologna"): ("45", "Emilia-Romagna"),
        ("IT", "Napoli"): ("72", "Campania"),
        ("IT", "Padova"): ("34", "Veneto"),
        ("IT", "Pisa"): ("52", "Tuscany"),
        ("IT", "Trento"): ("32", "Trentino-Alto Adige"),
        ("FR", "Paris"): ("IDF", "Île-de-France"),
        ("FR", "Lyon"): ("ARA", "Auvergne-Rhône-Alpes"),
        ("FR", "Grenoble"): ("ARA", "Auvergne-Rhône-Alpes"),
        ("FR", "Toulouse"): ("OCC", "Occitanie"),
        ("FR", "Marseille"): ("PAC", "Provence-Alpes-Côte d'Azur"),
        ("FR", "Strasbourg"): ("GES", "Grand Est"),
        ("FR", "Gif-sur-Yvette"): ("IDF", "Île-de-France"),
        ("FR", "Nantes"): ("PDL", "Pays de la Loire"),
        ("NL", "Amsterdam"): ("NH", "North Holland"),
        ("NL", "Delft"): ("ZH", "South Holland"),
        ("NL", "Wageningen"): ("GE", "Gelderland"),
        ("NL", "Eindhoven"): ("NB", "North Brabant"),
        ("NL", "Utrecht"): ("UT", "Utrecht"),
        ("NL", "Leiden"): ("ZH", "South Holland"),
        ("BE", "Bruxelles"): ("BRU", "Brussels Capital"),
        ("BE", "Leuven"): ("VLG", "Flanders"),
        ("BE", "Gent"): ("VLG", "Flanders"),
        ("BE", "Antwerpen"): ("VLG", "Flanders"),
        ("BE", "Liege"): ("WAL", "Wallonia"),
        ("BE", "Louvain-la-Neuve"): ("WAL", "Wallonia"),
        ("UK", "London"): ("ENG", "England"),
        ("UK", "Cambridge"): ("ENG", "England"),
        ("UK", "Oxford"): ("ENG", "England"),
        ("UK", "Manchester"): ("ENG", "England"),
        ("UK", "Edinburgh"): ("SCT", "Scotland"),
        ("UK", "Northampton"): ("ENG", "England"),
        ("UK", "Glasgow"): ("SCT", "Scotland"),
        ("EL", "ATHINA"): ("I", "Attica"),
        ("EL", "THESSALONIKI"): ("B", "Central Macedonia"),
        ("EL", "PATRA"): ("G", "West Greece"),
        ("EL", "IRAKLEIO"): ("M", "Crete"),
        ("EL", "IOANNINA"): ("D", "Epirus"),
        ("PT", "Lisboa"): ("11", "Lisbon"),
        ("PT", "Porto"): ("13", "Porto"),
        ("PT", "Coimbra"): ("06", "Coimbra"),
        ("PT", "Braga"): ("03", "Braga"),
        ("PT", "Aveiro"): ("01", "Aveiro"),
        ("AT", "Wien"): ("9", "Vienna"),
        ("AT", "Graz"): ("6", "Styria"),
        ("AT", "Innsbruck"): ("7", "Tyrol"),
        ("AT", "Linz"): ("4", "Upper Austria"),
        ("DK", "Kobenhavn"): ("84", "Capital Region"),
        ("DK", "Aarhus C"): ("82", "Central Jutland"),
        ("DK", "Kongens Lyngby"): ("84", "Capital Region"),
        ("DK", "Odense M"): ("83", "South Denmark"),
        ("SE", "Stockholm"): ("AB", "Stockholm"),
        ("SE", "Goteborg"): ("O", "Västra Götaland"),
        ("SE", "Lund"): ("M", "Skåne"),
        ("SE", "Uppsala"): ("C", "Uppsala"),
        ("FI", "Helsinki"): ("18", "Uusimaa"),
        ("FI", "Espoo"): ("18", "Uusimaa"),
        ("FI", "Tampere"): ("11", "Pirkanmaa"),
        ("FI", "Oulu"): ("14", "North Ostrobothnia"),
        ("IE", "Dublin"): ("L", "Leinster"),
        ("IE", "Cork"): ("M", "Munster"),
        ("IE", "Galway"): ("C", "Connacht"),
        ("PL", "Warszawa"): ("14", "Mazovia"),
        ("PL", "Krakow"): ("12", "Lesser Poland"),
        ("PL", "Wroclaw"): ("02", "Lower Silesia"),
        ("PL", "Gdansk"): ("22", "Pomerania"),
        ("CZ", "Praha"): ("10", "Prague"),
        ("CZ", "Brno"): ("64", "South Moravian"),
        ("HU", "Budapest"): ("BU", "Budapest"),
        ("HU", "Szeged"): ("CS", "Csongrád-Csanád"),
        ("RO", "Bucuresti"): ("B", "Bucharest"),
        ("RO", "Cluj-Napoca"): ("CJ", "Cluj"),
        ("SI", "Ljubljana"): ("061", "Ljubljana"),
        ("SI", "Maribor"): ("070", "Maribor"),
        ("HR", "Zagreb"): ("21", "City of Zagreb"),
        ("HR", "Split"): ("17", "Split-Dalmatia"),
        ("BG", "Sofia"): ("22", "Sofia-Capital"),
        ("BG", "Plovdiv"): ("16", "Plovdiv"),
        ("CY", "Nicosia"): ("01", "Nicosia"),
        ("CY", "Limassol"): ("02", "Limassol"),
        ("EE", "Tallinn"): ("37", "Harju"),
        ("EE", "Tartu"): ("79", "Tartu"),
        ("LT", "Vilnius"): ("VL", "Vilnius County"),
        ("LT", "Kaunas"): ("KU", "Kaunas County"),
        ("LV", "Riga"): ("RIX", "Riga"),
        ("LU", "Luxembourg"): ("LU", "Luxembourg"),
        ("LU", "Esch-sur-Alzette"): ("ES", "Esch-sur-Alzette"),
        ("MT", "Msida"): ("24", "Msida"),
        ("SK", "Bratislava"): ("BL", "Bratislava Region"),
        ("SK", "Kosice"): ("KI", "Košice Region"),
        ("NO", "Oslo"): ("03", "Oslo"),
        ("NO", "Trondheim"): ("50", "Trøndelag"),
        ("NO", "Bergen"): ("46", "Vestland"),
        ("CH", "Zurich"): ("ZH", "Zurich"),
        ("CH", "Lausanne"): ("VD", "Vaud"),
        ("CH", "Geneve"): ("GE", "Geneva"),
        ("CH", "Basel"): ("BS", "Basel-City"),
        ("IS", "Reykjavik"): ("1", "Capital Region"),
        ("TR", "Istanbul"): ("34", "Istanbul"),
        ("TR", "Ankara"): ("06", "Ankara"),
        ("RS", "Beograd"): ("00", "Belgrade"),
        ("RS", "Novi Sad"): ("06", "South Bačka"),
        ("XK", "PRISTINA"): (None, None),
        ("US", "Boston"): ("MA", "Massachusetts"),
        ("US", "Stanford"): ("CA", "California"),
        ("CN", "Beijing"): ("BJ", "Beijing"),
        ("GH", "Accra"): ("AA", "Greater Accra"),
        ("HK", "Pokfulam"): (None, None),
        ("ZA", "Cape Town"): ("WC", "Western Cape"),
        ("BR", "Sao Paulo"): ("SP", "São Paulo"),
        ("CA", "Toronto"): ("ON", "Ontario"),
        ("KE", "Nairobi"): ("30", "Nairobi County"),
        ("IL", "Rehovot"): ("M", "Central District"),
        ("IL", "Haifa"): ("HA", "Haifa"),
    }
)

# English (GeoNames) names of vocab cities, where they differ from vocab.py's spelling.
CITY_ENGLISH: MappingProxyType[str, str] = MappingProxyType(
    {
        "ATHINA": "Athens",
        "THESSALONIKI": "Thessaloniki",
        "PATRA": "Patras",
        "IRAKLEIO": "Heraklion",
        "IOANNINA": "Ioannina",
        "PRISTINA": "Pristina",
        "Munchen": "Munich",
        "Koln": "Cologne",
        "Wien": "Vienna",
        "Kobenhavn": "Copenhagen",
        "Aarhus C": "Aarhus",
        "Odense M": "Odense",
        "Goteborg": "Gothenburg",
        "Lisboa": "Lisbon",
        "Roma": "Rome",
        "Milano": "Milan",
        "Torino": "Turin",
        "Napoli": "Naples",
        "Padova": "Padua",
        "Sevilla": "Seville",
        "Donostia": "San Sebastián",
        "Warszawa": "Warsaw",
        "Krakow": "Kraków",
        "Wroclaw": "Wrocław",
        "Gdansk": "Gdańsk",
        "Praha": "Prague",
        "Bucuresti": "Bucharest",
        "Bruxelles": "Brussels",
        "Antwerpen": "Antwerp",
        "Gent": "Ghent",
        "Liege": "Liège",
        "Geneve": "Geneva",
        "Beograd": "Belgrade",
        "Kosice": "Košice",
        "Riga": "Riga",
        "Reykjavik": "Reykjavík",
        "Sao Paulo": "São Paulo",
    }
)
# Greek city names in the genitive, as Greek university names use them.
CITY_GREEK_GENITIVE: MappingProxyType[str, str] = MappingProxyType(
    {
        "ATHINA": "Αθηνών",
        "THESSALONIKI": "Θεσσαλονίκης",
        "PATRA": "Πατρών",
        "IRAKLEIO": "Ηρακλείου",
        "IOANNINA": "Ιωαννίνων",
        "Nicosia": "Λευκωσίας",
        "Limassol": "Λεμεσού",
    }
)

# University name patterns of vocab.LANGUAGES (CORDIS' upper case ASCII) -> (name in the national
# language with its accents and case, English name). {city} is the local, {city_en} the English
# spelling, {city_gen} the Greek genitive.
UNIVERSITY_NAMES: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "UNIVERSITAET {city}": ("Universität {city}", "University of {city_en}"),
        "TECHNISCHE UNIVERSITAET {city}": ("Technische Universität {city}", "Technical University of {city_en}"),
        "HOCHSCHULE {city}": ("Hochschule {city}", "{city_en} University of Applied Sciences"),
        "{city}ER HOCHSCHULE FUR ANGEWANDTE WISSENSCHAFTEN": (
            "{city}er Hochschule für angewandte Wissenschaften",
            "{city_en} School of Applied Sciences",
        ),
        "UNIVERSIDAD DE {city}": ("Universidad de {city}", "University of {city_en}"),
        "UNIVERSIDAD POLITECNICA DE {city}": ("Universidad Politécnica de {city}", "Technical University of {city_en}"),
        "UNIVERSIDAD AUTONOMA DE {city}": ("Universidad Autónoma de {city}", "Autonomous University of {city_en}"),
        "UNIVERSITE DE {city}": ("Université de {city}", "University of {city_en}"),
        "UNIVERSITE {city} CITE": ("Université {city} Cité", "{city_en} City University"),
        "ECOLE NATIONALE SUPERIEURE DE {city}": (
            "École nationale supérieure de {city}",
            "National Graduate School of Engineering {city_en}",
        ),
        "UNIVERSITA DEGLI STUDI DI {city}": ("Università degli Studi di {city}", "University of {city_en}"),
        "POLITECNICO DI {city}": ("Politecnico di {city}", "Polytechnic University of {city_en}"),
        "UNIVERSITA DI {city}": ("Università di {city}", "{city_en} University"),
        "UNIVERSITEIT {city}": ("Universiteit {city}", "{city_en} University"),
        "TECHNISCHE UNIVERSITEIT {city}": ("Technische Universiteit {city}", "{city_en} University of Technology"),
        "HOGESCHOOL {city}": ("Hogeschool {city}", "{city_en} University of Applied Sciences"),
        "PANEPISTIMIO {city}": ("Πανεπιστήμιο {city_gen}", "University of {city_en}"),
        "POLYTECHNEIO {city}": ("Πολυτεχνείο {city_gen}", "{city_en} Polytechnic"),
        "ETHNIKO KAI KAPODISTRIAKO PANEPISTIMIO {city}": (
            "Εθνικό και Καποδιστριακό Πανεπιστήμιο {city_gen}",
            "National and Kapodistrian University of {city_en}",
        ),
        "UNIVERSIDADE DE {city}": ("Universidade de {city}", "University of {city_en}"),
        "UNIVERSIDADE NOVA DE {city}": ("Universidade Nova de {city}", "NOVA University {city_en}"),
        "INSTITUTO POLITECNICO DE {city}": ("Instituto Politécnico de {city}", "Polytechnic Institute of {city_en}"),
        "{city} UNIVERSITET": ("{city} universitet", "{city_en} University"),
        "{city} TEKNISKA HOGSKOLA": ("{city} tekniska högskola", "{city_en} Institute of Technology"),
    }
)

# How words of CORDIS' upper case ASCII names are written in the organisations' own spelling.
PROPER_WORDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "UNIVERSITAET": "Universität",
        "FUR": "für",
        "EV": "e.V.",
        "GMBH": "GmbH",
        "FORSCHUNGSZENTRUM": "Forschungszentrum",
        "WERKSTOFFFORSCHUNG": "Werkstoffforschung",
        "AGRARWISSENSCHAFTEN": "Agrarwissenschaften",
        "UMWELTFORSCHUNG": "Umweltforschung",
        "DE": "de",
        "DEL": "del",
        "LA": "la",
        "DI": "di",
        "DEGLI": "degli",
        "DELLA": "della",
        "DES": "des",
        "EN": "en",
        "PER": "per",
        "IN": "in",
        "OF": "of",
        "AND": "and",
        "THE": "the",
        "VOOR": "voor",
        "KAI": "kai",
        "DO": "do",
        "DA": "da",
        "INVESTIGACION": "Investigación",
        "FUNDACION": "Fundación",
        "ENERGIAS": "Energías",
        "AGRONOMIA": "Agronomía",
        "FOTONICA": "Fotónica",
        "ROBOTICA": "Robótica",
        "POLITECNICA": "Politécnica",
        "AUTONOMA": "Autónoma",
        "UNIVERSITE": "Université",
        "ECOLE": "École",
        "SUPERIEURE": "Supérieure",
        "MATERIAUX": "Matériaux",
        "ENERGETIQUE": "Énergétique",
        "BIOMEDECINE": "Biomédecine",
        "ETUDES": "Études",
        "CITE": "Cité",
        "UNIVERSITA": "Università",
        "SCARL": "Scarl",
        "INVESTIGACAO": "Investigação",
        "ENGENHARIA": "Engenharia",
        "OY": "Oy",
        "HOGSKOLA": "högskola",
        "UNIVERSITET": "universitet",
        "TEKNISKA": "tekniska",
        "FORSKNINGSINSTITUT": "forskningsinstitut",
    }
)

# University hospitals (children of a university in ROR) by vocab.LANGUAGES key: (national, English).
HOSPITAL_NAMES: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "de": ("Universitätsklinikum {city}", "{city_en} University Hospital"),
        "fr": ("Centre hospitalier universitaire de {city}", "{city_en} University Hospital"),
        "es": ("Hospital Universitario de {city}", "{city_en} University Hospital"),
        "it": ("Azienda Ospedaliero-Universitaria di {city}", "{city_en} University Hospital"),
        "nl": ("Universitair Medisch Centrum {city}", "{city_en} University Medical Center"),
        "pt": ("Centro Hospitalar Universitário de {city}", "{city_en} University Hospital"),
        "el": ("Πανεπιστημιακό Γενικό Νοσοκομείο {city_gen}", "University General Hospital of {city_en}"),
        "nordic": ("{city} universitetssjukhus", "{city_en} University Hospital"),
    }
)
# Words after which ROR-style acronyms do not take an initial.
ACRONYM_STOP_WORDS: Final = frozenset(
    {
        "of",
        "de",
        "di",
        "du",
        "des",
        "del",
        "la",
        "le",
        "the",
        "and",
        "für",
        "degli",
        "e.V.",
        "en",
        "in",
        "per",
        "do",
        "da",
        "kai",
        "voor",
        "und",
        "et",
        "y",
        "i",
        "GmbH",
        "Scarl",
        "Oy",
    }
)
