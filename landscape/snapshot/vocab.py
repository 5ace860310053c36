"""Word lists for the synthetic CORDIS snapshot: places, organisation names, programmes, science fields.

Data only, no logic. Everything here is invented except what is public reference vocabulary: country
codes in the EU convention (``EL`` Greece, ``UK`` United Kingdom), NUTS-3 region codes, city
coordinates, programme and legal-basis codes and titles, EuroSciVoc-style field paths. No real
organisation, person or project is listed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    """A place organisations sit in. ``nuts_old`` is the code of an earlier NUTS version, if it differs."""

    name: str
    nuts: str
    lat: float
    lon: float
    postcode: str
    native: str = ""
    nuts_old: str = ""


@dataclass(frozen=True)
class Country:
    code: str
    weight: float
    lang: str
    tld: str
    vat: tuple[str, ...]
    legal_forms: tuple[str, ...]
    cities: tuple[City, ...]
    european: bool = True


@dataclass(frozen=True)
class Language:
    """Name and address patterns; ``{city}``, ``{field}``, ``{word}``, ``{n}`` are filled in."""

    hes: tuple[str, ...]
    rec: tuple[str, ...]
    pub: tuple[str, ...]
    oth: tuple[str, ...]
    streets: tuple[str, ...]
    street_words: tuple[str, ...]
    fields: tuple[str, ...]
    surnames: tuple[str, ...]
    given_names: tuple[str, ...]


@dataclass(frozen=True)
class Instrument:
    """A type of action: how many partners, how much money, which codes its project rows carry.

    ``kind``: ``single`` (one beneficiary, e.g. ERC), ``fellowship`` (one host plus optional partner),
    ``network`` (beneficiaries plus unfunded partners), ``collab`` (consortium), ``sme`` (one SME).
    """

    scheme: str
    weight: float
    kind: str
    legal_bases: tuple[str, ...]
    topic: str
    master_call: str
    sub_call: str
    topic_title: str
    orgs: tuple[int, int]
    ec: tuple[int, int]
    rate: float
    months: tuple[int, int]
    round_share: float = 0.3


# Digits are '#', capital letters '@'. VAT shapes follow each member state's format; the United
# Kingdom uses the GB prefix even though CORDIS writes the country as UK.
_V = tuple

LANGUAGES: dict[str, Language] = {
    "de": Language(
        hes=("UNIVERSITAET {city}", "TECHNISCHE UNIVERSITAET {city}", "HOCHSCHULE {city}",
             "{city}ER HOCHSCHULE FUR ANGEWANDTE WISSENSCHAFTEN"),
        rec=("INSTITUT FUR {field} {city} EV", "FORSCHUNGSZENTRUM {city} GMBH", "{word} INSTITUT FUR {field}"),
        pub=("STADT {city}", "LANDKREIS {city}", "LANDESAMT FUR UMWELT {city}"),
        oth=("{word} CLUSTER {city} EV", "VERBAND DER {field} EV", "STIFTUNG {word}"),
        streets=("{word}STRASSE {n}", "AM {word} {n}", "{word}WEG {n}", "{word}PLATZ {n}"),
        street_words=("HAUPT", "BAHNHOF", "SCHILLER", "GOETHE", "LINDEN", "KAISER", "NEUEN PALAIS",
                      "HOFGARTEN", "MUEHLEN", "WALD"),
        fields=("WERKSTOFFFORSCHUNG", "ENERGIETECHNIK", "MEERESFORSCHUNG", "AGRARWISSENSCHAFTEN",
                "BIOMEDIZIN", "PHOTONIK", "ROBOTIK", "UMWELTFORSCHUNG"),
        surnames=("MUELLER", "SCHMIDT", "WEBER", "BECKER", "HOFFMANN"),
        given_names=("Stefan", "Anna", "Jonas", "Katrin", "Matthias"),
    ),
    "es": Language(
        hes=("UNIVERSIDAD DE {city}", "UNIVERSIDAD POLITECNICA DE {city}", "UNIVERSIDAD AUTONOMA DE {city}"),
        rec=("CENTRO DE INVESTIGACION EN {field}", "FUNDACION INSTITUTO DE {field} DE {city}",
             "AGENCIA ESTATAL CONSEJO SUPERIOR DE INVESTIGACIONES {word}"),
        pub=("AYUNTAMIENTO DE {city}", "DIPUTACION PROVINCIAL DE {city}"),
        oth=("CLUSTER {word} DE {city}", "ASOCIACION {word} DE {field}", "FUNDACION {word}"),
        streets=("CALLE {word} {n}", "AVENIDA DE {word} {n}", "PLAZA {word} {n}",
                 "C {word} NUM {n}, PLANTA 4, PUERTA 3"),
        street_words=("MAYOR", "SERRANO", "ALCALA", "GRAN DE GRACIA", "SENECA", "DEL PRADO",
                      "DE LA CIENCIA", "SAN JUAN"),
        fields=("CIENCIA DE MATERIALES", "ENERGIAS RENOVABLES", "CIENCIAS MARINAS", "INVESTIGACION AGRARIA",
                "BIOMEDICINA", "FOTONICA", "ROBOTICA", "ESTUDIOS AMBIENTALES"),
        surnames=("GARCIA LOPEZ", "MARTINEZ RUIZ", "FERNANDEZ GIL", "SANCHEZ MORA", "ROMERO DIAZ"),
        given_names=("Maria", "Javier", "Lucia", "Pablo", "Carmen"),
    ),
    "fr": Language(
        hes=("UNIVERSITE DE {city}", "UNIVERSITE {city} CITE", "ECOLE NATIONALE SUPERIEURE DE {city}"),
        rec=("CENTRE DE RECHERCHE EN {field}", "INSTITUT NATIONAL DE {field}", "{word} RECHERCHE {city}"),
        pub=("VILLE DE {city}", "METROPOLE DE {city}", "REGION {city}"),
        oth=("POLE DE COMPETITIVITE {word}", "ASSOCIATION {word} {city}", "CLUSTER {word} {city}"),
        streets=("{n} RUE {word}", "{n} AVENUE {word}", "{n} BOULEVARD {word}", "{n} PLACE {word}"),
        street_words=("DE LA REPUBLIQUE", "VICTOR HUGO", "PASTEUR", "JEAN JAURES", "DU GENERAL LECLERC",
                      "DES SCIENCES", "MICHELET", "PIERRE ET MARIE CURIE"),
        fields=("SCIENCE DES MATERIAUX", "RECHERCHE ENERGETIQUE", "SCIENCES MARINES", "RECHERCHE AGRONOMIQUE",
                "BIOMEDECINE", "PHOTONIQUE", "ROBOTIQUE", "ETUDES ENVIRONNEMENTALES"),
        surnames=("DUBOIS", "LEROY", "MOREAU", "FOURNIER", "GIRARD"),
        given_names=("Claire", "Julien", "Sophie", "Antoine", "Camille"),
    ),
    "it": Language(
        hes=("UNIVERSITA DEGLI STUDI DI {city}", "POLITECNICO DI {city}", "UNIVERSITA DI {city}"),
        rec=("CONSIGLIO PER LA RICERCA IN {field}", "ISTITUTO DI {field} DI {city}", "FONDAZIONE {word}"),
        pub=("COMUNE DI {city}", "REGIONE {city}", "AZIENDA SANITARIA LOCALE DI {city}"),
        oth=("DISTRETTO TECNOLOGICO {word}", "CONSORZIO {word} {city}", "ASSOCIAZIONE {word}"),
        streets=("VIA {word} {n}", "PIAZZA {word} {n}", "CORSO {word} {n}", "VIALE {word} {n}"),
        street_words=("ROMA", "GARIBALDI", "MAZZINI", "DANTE", "DELLA REPUBBLICA", "CAVOUR",
                      "GIUSEPPE VERDI", "DELLE SCIENZE"),
        fields=("SCIENZA DEI MATERIALI", "RICERCA ENERGETICA", "SCIENZE MARINE", "RICERCA AGRARIA",
                "BIOMEDICINA", "FOTONICA", "ROBOTICA", "STUDI AMBIENTALI"),
        surnames=("ROSSI", "BIANCHI", "ESPOSITO", "RICCI", "MARINO"),
        given_names=("Giulia", "Marco", "Francesca", "Luca", "Chiara"),
    ),
    "nl": Language(
        hes=("UNIVERSITEIT {city}", "TECHNISCHE UNIVERSITEIT {city}", "HOGESCHOOL {city}"),
        rec=("STICHTING {word} RESEARCH", "NEDERLANDSE ORGANISATIE VOOR {field}", "{word} INSTITUUT {city}"),
        pub=("GEMEENTE {city}", "PROVINCIE {city}", "RIJKSWATERSTAAT {city}"),
        oth=("STICHTING {word}", "{word} CLUSTER {city}", "VERENIGING {word}"),
        streets=("{word}STRAAT {n}", "{word}WEG {n}", "{word}LAAN {n}", "{word}PLEIN {n}"),
        street_words=("KERK", "DORP", "STATIONS", "MOLEN", "DROEVENDAALSESTEEG ", "HOOG", "NIEUWE", "BOSCH"),
        fields=("TOEGEPAST NATUURWETENSCHAPPELIJK ONDERZOEK", "ENERGIEONDERZOEK", "ZEEONDERZOEK",
                "LANDBOUWKUNDE", "BIOMEDISCHE WETENSCHAPPEN", "FOTONICA", "ROBOTICA", "MILIEUKUNDE"),
        surnames=("JANSEN", "DE VRIES", "VAN DIJK", "BAKKER", "VISSER"),
        given_names=("Pieter", "Sanne", "Daan", "Lotte", "Bram"),
    ),
    "en": Language(
        hes=("UNIVERSITY OF {city}", "{city} UNIVERSITY", "{city} INSTITUTE OF TECHNOLOGY",
             "THE UNIVERSITY COURT OF THE UNIVERSITY OF {city}"),
        rec=("{field} RESEARCH CENTRE {city}", "THE {word} INSTITUTE", "{city} {field} LABORATORY LIMITED"),
        pub=("{city} CITY COUNCIL", "DEPARTMENT FOR {field}", "{city} HEALTH AUTHORITY"),
        oth=("{word} ASSOCIATION", "{field} NETWORK {city}", "{word} CLUSTER LIMITED", "THE {word} TRUST"),
        streets=("{n} {word} ROAD", "{n} {word} STREET", "{word} HOUSE, {n} PARK LANE", "{n} {word} AVENUE"),
        street_words=("HIGH", "STATION", "CHURCH", "EUSTON", "PARK", "MILL", "QUEEN'S", "UNIVERSITY"),
        fields=("MATERIALS", "ENERGY", "MARINE", "AGRICULTURAL", "BIOMEDICAL", "PHOTONICS", "ROBOTICS",
                "ENVIRONMENTAL"),
        surnames=("SMITH", "JONES", "TAYLOR", "BROWN", "WILSON"),
        given_names=("Emma", "James", "Olivia", "Thomas", "Grace"),
    ),
    "el": Language(
        hes=("PANEPISTIMIO {city}", "POLYTECHNEIO {city}", "ETHNIKO KAI KAPODISTRIAKO PANEPISTIMIO {city}"),
        rec=("ETHNIKO KENTRO EREVNAS {word}", "IDRYMA TECHNOLOGIAS KAI EREVNAS {city}",
             "EREVNITIKO PANEPISTIMIAKO INSTITOUTO {word}"),
        pub=("DIMOS {city}", "PERIFEREIA {city}"),
        oth=("SYNDESMOS {word}", "ENOSI {word} {city}"),
        streets=("{word} {n}", "ODOS {word} {n}", "LEOFOROS {word} {n}", "{n} {word} STR"),
        street_words=("PATISION", "PANEPISTIMIOU", "ERMOU", "KIFISIAS", "EGNATIAS", "VASILISSIS SOFIAS",
                      "AKADIMIAS", "CHRISTOU LADA"),
        fields=("YLIKON", "ENERGEIAS", "THALASSION EREVNON", "GEORGIAS", "VIOIATRIKIS", "FOTONIKIS",
                "ROMPOTIKIS", "PERIVALLONTOS"),
        surnames=("PAPADOPOULOS", "GEORGIOU", "NIKOLAIDIS", "KARAGIANNIS", "OIKONOMOU"),
        given_names=("Georgios", "Eleni", "Dimitrios", "Maria", "Konstantinos"),
    ),
    "pt": Language(
        hes=("UNIVERSIDADE DE {city}", "UNIVERSIDADE NOVA DE {city}", "INSTITUTO POLITECNICO DE {city}"),
        rec=("INSTITUTO DE {field}", "CENTRO DE INVESTIGACAO {word}", "INESC {word}"),
        pub=("CAMARA MUNICIPAL DE {city}", "COMISSAO DE COORDENACAO REGIONAL DE {city}"),
        oth=("ASSOCIACAO {word}", "CLUSTER {word} PORTUGAL"),
        streets=("RUA {word} {n}", "AVENIDA {word} {n}", "PRACA {word} {n}"),
        street_words=("DO COMERCIO", "DA LIBERDADE", "DE SANTA CATARINA", "ROVISCO PAIS", "DOS ALIADOS"),
        fields=("ENGENHARIA DE SISTEMAS", "ENERGIA", "CIENCIAS DO MAR", "AGRONOMIA", "BIOMEDICINA",
                "FOTONICA", "ROBOTICA", "AMBIENTE"),
        surnames=("SILVA", "SANTOS", "FERREIRA", "PEREIRA", "OLIVEIRA"),
        given_names=("Joao", "Ana", "Miguel", "Ines", "Tiago"),
    ),
    "nordic": Language(
        hes=("{city} UNIVERSITET", "KUNGLIGA TEKNISKA HOGSKOLAN {city}", "{city}IN YLIOPISTO",
             "DANMARKS TEKNISKE UNIVERSITET {city}"),
        rec=("{word} FORSKNINGSINSTITUT", "TEKNOLOGIAN TUTKIMUSKESKUS {word} OY", "{field} INSTITUTE {city}"),
        pub=("{city} KOMMUN", "{city} KOMMUNE", "{city}IN KAUPUNKI"),
        oth=("{word} FORENINGEN", "{word} KLUSTER {city}"),
        streets=("{word}GATAN {n}", "{word}VEJ {n}", "{word}KATU {n}", "{word}VEIEN {n}"),
        street_words=("STORE", "NORDRE RINGGADE ", "DROTTNING", "KUNGS", "RAUTATIEN", "SKOGS", "HAVNE"),
        fields=("MATERIALS", "ENERGY", "MARINE", "AGRICULTURAL", "BIOMEDICAL", "PHOTONICS", "ROBOTICS",
                "ENVIRONMENTAL"),
        surnames=("NIELSEN", "ANDERSSON", "VIRTANEN", "HANSEN", "LINDQVIST"),
        given_names=("Mette", "Erik", "Mikko", "Ingrid", "Lars"),
    ),
    "central": Language(
        hes=("UNIVERSITY OF {city}", "TECHNICAL UNIVERSITY OF {city}", "UNIWERSYTET {city}",
             "UNIVERZITA {city}"),
        rec=("INSTITUTE OF {field} {city}", "{word} RESEARCH INSTITUTE", "CENTRUM BADAN {word}"),
        pub=("MUNICIPALITY OF {city}", "CITY OF {city}", "REGIONAL DEVELOPMENT AGENCY {city}"),
        oth=("{word} CLUSTER ASSOCIATION", "{word} FOUNDATION", "CHAMBER OF COMMERCE {city}"),
        streets=("{word} {n}", "UL. {word} {n}", "{word} UTCA {n}", "{word} CESTA {n}"),
        street_words=("TECHNICKA", "MARSZALKOWSKA", "EGYETEM", "SPLAIUL INDEPENDENTEI", "JAMOVA",
                      "KRALJA ALEKSANDRA", "VAZOVA", "GEDIMINO"),
        fields=("MATERIALS SCIENCE", "ENERGY", "MARINE SCIENCES", "AGRICULTURE", "BIOMEDICINE",
                "PHOTONICS", "ROBOTICS", "ENVIRONMENTAL PROTECTION"),
        surnames=("NOWAK", "NOVAK", "KOVACS", "POPESCU", "HORVAT"),
        given_names=("Anna", "Tomasz", "Petra", "Andrei", "Luka"),
    ),
}

COUNTRIES: tuple[Country, ...] = (
    Country("DE", 14, "de", "de", ("DE#########",), (" GMBH", " AG", " GMBH & CO KG", " EV"), (
        City("Berlin", "DE300", 52.52, 13.405, "10115"),
        City("Munchen", "DE212", 48.1374, 11.5755, "80539", native="München"),
        City("Hamburg", "DE600", 53.5511, 9.9937, "20095"),
        City("Koln", "DEA23", 50.9375, 6.9603, "50667", native="Köln"),
        City("Stuttgart", "DE111", 48.7758, 9.1829, "70174"),
        City("Dresden", "DED21", 51.0504, 13.7373, "01069"),
        City("Aachen", "DEA2D", 50.7753, 6.0839, "52062", nuts_old="DEA2B"),
        City("Karlsruhe", "DE122", 49.0069, 8.4037, "76131"),
        City("Potsdam", "DE423", 52.3906, 13.0645, "14469"),
        City("Jena", "DEG03", 50.9271, 11.5892, "07743"),
    )),
    Country("ES", 11, "es", "es", ("ES@#######@", "ES@########"), (", SL", " SL", " SA", ", S.A."), (
        City("Madrid", "ES300", 40.4168, -3.7038, "28040"),
        City("Barcelona", "ES511", 41.3851, 2.1734, "08012"),
        City("Valencia", "ES523", 39.4699, -0.3763, "46022", native="València"),
        City("Sevilla", "ES618", 37.3891, -5.9845, "41092"),
        City("Bilbao", "ES213", 43.263, -2.935, "48009"),
        City("Zaragoza", "ES243", 41.6488, -0.8891, "50018"),
        City("Palma", "ES532", 39.5696, 2.6502, "07122", nuts_old="ES530"),
        City("Santiago de Compostela", "ES111", 42.8782, -8.5448, "15782"),
        City("Donostia", "ES212", 43.3183, -1.9812, "20018", native="San Sebastián"),
    )),
    Country("IT", 10, "it", "it", ("IT###########",), (" SRL", " SPA", " SCARL", " S.R.L."), (
        City("Roma", "ITI43", 41.9028, 12.4964, "00185", nuts_old="ITE43"),
        City("Milano", "ITC4C", 45.4642, 9.19, "20133"),
        City("Torino", "ITC11", 45.0703, 7.6869, "10129"),
        City("Bologna", "ITH55", 44.4949, 11.3426, "40126", nuts_old="ITD55"),
        City("Napoli", "ITF33", 40.8518, 14.2681, "80138"),
        City("Padova", "ITH36", 45.4064, 11.8768, "35122", nuts_old="ITD36"),
        City("Pisa", "ITI17", 43.7228, 10.4017, "56126", nuts_old="ITE17"),
        City("Trento", "ITH20", 46.0748, 11.1217, "38122", nuts_old="ITD20"),
    )),
    Country("FR", 11, "fr", "fr", ("FR###########", "FR@@#########"), (" SAS", " SA", " SARL", " SASU"), (
        City("Paris", "FR101", 48.8566, 2.3522, "75016"),
        City("Lyon", "FRK26", 45.764, 4.8357, "69007", nuts_old="FR716"),
        City("Grenoble", "FRK24", 45.1885, 5.7245, "38000", nuts_old="FR714"),
        City("Toulouse", "FRJ23", 43.6047, 1.4442, "31400", nuts_old="FR623"),
        City("Marseille", "FRL04", 43.2965, 5.3698, "13005", nuts_old="FR824"),
        City("Strasbourg", "FRF11", 48.5734, 7.7521, "67000", nuts_old="FR421"),
        City("Gif-sur-Yvette", "FR104", 48.7016, 2.1339, "91190"),
        City("Nantes", "FRG01", 47.2184, -1.5536, "44300", nuts_old="FR511"),
    )),
    Country("NL", 8, "nl", "nl", ("NL#########B01", "NL#########B02"), (" BV", " B.V.", " NV"), (
        City("Amsterdam", "NL329", 52.3676, 4.9041, "1012 WX", nuts_old="NL326"),
        City("Delft", "NL333", 52.0116, 4.3571, "2628 CN"),
        City("Wageningen", "NL226", 51.9692, 5.6654, "6708 PB"),
        City("Eindhoven", "NL414", 51.4416, 5.4697, "5612 AZ"),
        City("Utrecht", "NL310", 52.0907, 5.1214, "3584 CS"),
        City("Leiden", "NL337", 52.1601, 4.497, "2333 ZA"),
    )),
    Country("BE", 6, "fr", "be", ("BE0#########",), (" NV", " SA", " SRL", " BV", " AISBL"), (
        City("Bruxelles", "BE100", 50.8503, 4.3517, "1000", native="Brussel"),
        City("Leuven", "BE242", 50.8798, 4.7005, "3000"),
        City("Gent", "BE234", 51.0543, 3.7174, "9000"),
        City("Antwerpen", "BE211", 51.2194, 4.4025, "2000"),
        City("Liege", "BE332", 50.6326, 5.5797, "4000", native="Liège"),
        City("Louvain-la-Neuve", "BE310", 50.6683, 4.6118, "1348"),
    )),
    Country("UK", 7, "en", "co.uk", ("GB#########",), (" LIMITED", " LTD", " PLC"), (
        City("London", "UKI31", 51.5074, -0.1278, "NW1 2BE"),
        City("Cambridge", "UKH12", 52.2053, 0.1218, "CB2 1TN"),
        City("Oxford", "UKJ14", 51.752, -1.2577, "OX1 2JD"),
        City("Manchester", "UKD33", 53.4808, -2.2426, "M13 9PL"),
        City("Edinburgh", "UKM75", 55.9533, -3.1883, "EH8 9YL", nuts_old="UKM25"),
        City("Northampton", "UKF24", 52.2405, -0.9027, "NN1 2BG"),
        City("Glasgow", "UKM82", 55.8642, -4.2518, "G12 8QQ", nuts_old="UKM34"),
    )),
    Country("EL", 4, "el", "gr", ("EL#########",), (" AE", " IKE", " ANONYMI ETAIREIA"), (
        City("ATHINA", "EL303", 37.9838, 23.7275, "106 82", native="Athens"),
        City("THESSALONIKI", "EL522", 40.6401, 22.9444, "546 36"),
        City("PATRA", "EL632", 38.2466, 21.7346, "265 04"),
        City("IRAKLEIO", "EL431", 35.3387, 25.1442, "700 13", native="Heraklion"),
        City("IOANNINA", "EL543", 39.665, 20.8537, "451 10"),
    )),
    Country("PT", 4, "pt", "pt", ("PT#########",), (" LDA", " SA", ", LDA"), (
        City("Lisboa", "PT170", 38.7223, -9.1393, "1049-001"),
        City("Porto", "PT11A", 41.1579, -8.6291, "4200-465"),
        City("Coimbra", "PT16E", 40.2033, -8.4103, "3004-531"),
        City("Braga", "PT112", 41.5454, -8.4265, "4710-057"),
        City("Aveiro", "PT16D", 40.6405, -8.6538, "3810-193"),
    )),
    Country("AT", 3, "de", "at", ("ATU########",), (" GMBH", " AG"), (
        City("Wien", "AT130", 48.2082, 16.3738, "1010", native="Vienna"),
        City("Graz", "AT221", 47.0707, 15.4395, "8010"),
        City("Innsbruck", "AT332", 47.2692, 11.4041, "6020"),
        City("Linz", "AT312", 48.3069, 14.2858, "4020"),
    )),
    Country("DK", 3, "nordic", "dk", ("DK########",), (" APS", " A/S"), (
        City("Kobenhavn", "DK011", 55.6761, 12.5683, "1165", native="København"),
        City("Aarhus C", "DK042", 56.1629, 10.2039, "8000"),
        City("Kongens Lyngby", "DK013", 55.7704, 12.5038, "2800", nuts_old="DK012"),
        City("Odense M", "DK031", 55.4038, 10.4024, "5230"),
    )),
    Country("SE", 3, "nordic", "se", ("SE##########01",), (" AB",), (
        City("Stockholm", "SE110", 59.3293, 18.0686, "114 28"),
        City("Goteborg", "SE232", 57.7089, 11.9746, "412 96", native="Göteborg"),
        City("Lund", "SE224", 55.7047, 13.191, "221 00"),
        City("Uppsala", "SE121", 59.8586, 17.6389, "751 05"),
    )),
    Country("FI", 3, "nordic", "fi", ("FI########",), (" OY", " OYJ"), (
        City("Helsinki", "FI1B1", 60.1699, 24.9384, "00014"),
        City("Espoo", "FI1B1", 60.2055, 24.6559, "02150"),
        City("Tampere", "FI197", 61.4978, 23.761, "33100"),
        City("Oulu", "FI1D9", 65.0121, 25.4651, "90014"),
    )),
    Country("IE", 2, "en", "ie", ("IE#######@",), (" LIMITED", " DAC", " CLG"), (
        City("Dublin", "IE061", 53.3498, -6.2603, "D02 PN40", nuts_old="IE021"),
        City("Cork", "IE053", 51.8985, -8.4756, "T12 YN60", nuts_old="IE025"),
        City("Galway", "IE042", 53.2707, -9.0568, "H91 TK33", nuts_old="IE013"),
    )),
    Country("PL", 3, "central", "pl", ("PL##########",), (" SP ZOO", " SA", " SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA"), (
        City("Warszawa", "PL911", 52.2297, 21.0122, "00-927", nuts_old="PL127"),
        City("Krakow", "PL213", 50.0647, 19.945, "31-007", native="Kraków"),
        City("Wroclaw", "PL514", 51.1079, 17.0385, "50-370", native="Wrocław"),
        City("Gdansk", "PL634", 54.352, 18.6466, "80-233"),
    )),
    Country("CZ", 2, "central", "cz", ("CZ########",), (" SRO", " AS"), (
        City("Praha", "CZ010", 50.0755, 14.4378, "160 00"),
        City("Brno", "CZ064", 49.1951, 16.6068, "601 77"),
    )),
    Country("HU", 2, "central", "hu", ("HU########",), (" KFT", " ZRT"), (
        City("Budapest", "HU110", 47.4979, 19.0402, "1111", nuts_old="HU101"),
        City("Szeged", "HU333", 46.253, 20.1414, "6720"),
    )),
    Country("RO", 2, "central", "ro", ("RO########",), (" SRL", " SA"), (
        City("Bucuresti", "RO321", 44.4268, 26.1025, "060042"),
        City("Cluj-Napoca", "RO113", 46.7712, 23.6236, "400084"),
    )),
    Country("SI", 1.5, "central", "si", ("SI########",), (" DOO", " D.O.O."), (
        City("Ljubljana", "SI041", 46.0569, 14.5058, "1000"),
        City("Maribor", "SI032", 46.5547, 15.6459, "2000"),
    )),
    Country("HR", 1, "central", "hr", ("HR###########",), (" DOO",), (
        City("Zagreb", "HR050", 45.815, 15.9819, "10000", nuts_old="HR041"),
        City("Split", "HR035", 43.5081, 16.4402, "21000"),
    )),
    Country("BG", 1, "central", "bg", ("BG#########",), (" OOD", " EOOD", " AD"), (
        City("Sofia", "BG411", 42.6977, 23.3219, "1113"),
        City("Plovdiv", "BG421", 42.1354, 24.7453, "4000"),
    )),
    Country("CY", 1, "el", "cy", ("CY########@",), (" LTD", " LIMITED"), (
        City("Nicosia", "CY000", 35.1856, 33.3823, "1678", native="Lefkosia"),
        City("Limassol", "CY000", 34.7071, 33.0226, "3036"),
    )),
    Country("EE", 1, "nordic", "ee", ("EE#########",), (" OU", " AS"), (
        City("Tallinn", "EE001", 59.437, 24.7536, "12618"),
        City("Tartu", "EE008", 58.3776, 26.729, "50090"),
    )),
    Country("LT", 1, "central", "lt", ("LT#########",), (" UAB",), (
        City("Vilnius", "LT011", 54.6872, 25.2797, "LT-01513"),
        City("Kaunas", "LT022", 54.8985, 23.9036, "LT-44249"),
    )),
    Country("LV", 0.8, "central", "lv", ("LV###########",), (" SIA",), (
        City("Riga", "LV006", 56.9496, 24.1052, "LV-1050", native="Rīga"),
    )),
    Country("LU", 0.8, "fr", "lu", ("LU########",), (" SARL", " SA"), (
        City("Luxembourg", "LU000", 49.6116, 6.1319, "L-1359"),
        City("Esch-sur-Alzette", "LU000", 49.4958, 5.9806, "4365"),
    )),
    Country("MT", 0.4, "en", "mt", ("MT########",), (" LTD", " LIMITED"), (
        City("Msida", "MT001", 35.8989, 14.4894, "MSD 2080"),
    )),
    Country("SK", 1, "central", "sk", ("SK##########",), (" SRO", " AS"), (
        City("Bratislava", "SK010", 48.1486, 17.1077, "812 43"),
        City("Kosice", "SK042", 48.7164, 21.2611, "040 01", native="Košice"),
    )),
    Country("NO", 2, "nordic", "no", ("NO#########MVA",), (" AS", " ASA"), (
        City("Oslo", "NO081", 59.9139, 10.7522, "0316", nuts_old="NO011"),
        City("Trondheim", "NO060", 63.4305, 10.3951, "7491"),
        City("Bergen", "NO0A1", 60.3913, 5.3221, "5020", nuts_old="NO051"),
    )),
    Country("CH", 3, "de", "ch", ("CHE#########MWST", "CHE#########TVA", "CHE#########IVA"),
            (" AG", " SA", " GMBH"), (
        City("Zurich", "CH040", 47.3769, 8.5417, "8001", native="Zürich"),
        City("Lausanne", "CH011", 46.5197, 6.6323, "1015"),
        City("Geneve", "CH013", 46.2044, 6.1432, "1211", native="Genève"),
        City("Basel", "CH031", 47.5596, 7.5886, "4056"),
    )),
    Country("IS", 0.3, "nordic", "is", ("IS#####",), (" EHF", " HF"), (
        City("Reykjavik", "IS001", 64.1466, -21.9426, "101", native="Reykjavík"),
    )),
    Country("TR", 1.2, "central", "com.tr", ("TR##########",), (" AS", " LTD STI"), (
        City("Istanbul", "TR100", 41.0082, 28.9784, "34450"),
        City("Ankara", "TR510", 39.9334, 32.8597, "06800"),
    )),
    Country("RS", 0.6, "central", "rs", ("RS#########",), (" DOO",), (
        City("Beograd", "RS110", 44.7866, 20.4489, "11000"),
        City("Novi Sad", "RS122", 45.2671, 19.8335, "21000"),
    )),
    # Kosovo is XK in CORDIS; its nutsCode is the bare country code like a non-European partner.
    Country("XK", 0.2, "central", "org", ("XK#########",), (" SHPK", " SHA"), (
        City("PRISTINA", "XK", 42.6629, 21.1655, "10070", native="Prishtinë"),
    ), european=False),
    Country("US", 1.2, "en", "edu", (), (" INC", " LLC", " CORPORATION"), (
        City("Boston", "US", 42.3601, -71.0589, "02115"),
        City("Stanford", "US", 37.4275, -122.1697, "94305"),
    ), european=False),
    Country("CN", 0.5, "en", "cn", (), (" CO LTD",), (
        City("Beijing", "CN", 39.9042, 116.4074, "100084"),
    ), european=False),
    Country("GH", 0.3, "en", "org", (), (" LIMITED",), (
        City("Accra", "GH", 5.6037, -0.187, "PMB CT173"),
    ), european=False),
    Country("HK", 0.2, "en", "hk", (), (" LIMITED",), (
        City("Pokfulam", "HK", 22.2605, 114.1361, ""),
    ), european=False),
    Country("ZA", 0.5, "en", "ac.za", (), (" PTY LTD",), (
        City("Cape Town", "ZA", -33.9249, 18.4241, "7700"),
    ), european=False),
    Country("BR", 0.4, "pt", "br", (), (" LTDA",), (
        City("Sao Paulo", "BR", -23.5505, -46.6333, "05508-900", native="São Paulo"),
    ), european=False),
    Country("CA", 0.4, "en", "ca", (), (" INC",), (
        City("Toronto", "CA", 43.6532, -79.3832, "M5S 1A1"),
    ), european=False),
    Country("KE", 0.3, "en", "ac.ke", (), (" LIMITED",), (
        City("Nairobi", "KE", -1.2921, 36.8219, "00100"),
    ), european=False),
    Country("IL", 1, "en", "ac.il", ("IL#########",), (" LTD",), (
        City("Rehovot", "IL", 31.8928, 34.8113, "7610001"),
        City("Haifa", "IL", 32.794, 34.9896, "3200003"),
    ), european=False),
)

COMPANY_STEMS: tuple[str, ...] = (
    "NANO", "BIO", "AGRI", "HYDRO", "QUANT", "ENER", "GEO", "AERO", "MEDI", "DATA", "ROBO", "SOLAR",
    "CIRCU", "TERRA", "AQUA", "POLY", "SYN", "VITA", "NEURO", "FLUX", "OPTO", "CARBO", "THERMO", "CYBER",
)
COMPANY_ENDINGS: tuple[str, ...] = (
    "TECH", "GEN", "LAB", "SYS", "TRONIC", "VIA", "NOVA", "WORKS", "LOGIC", "SENSE", "MATICS", "FLOW",
)
COMPANY_WORDS: tuple[str, ...] = (
    "SOLUTIONS", "INNOVATION", "SYSTEMS", "TECHNOLOGIES", "CONSULTING", "ENGINEERING", "ANALYTICS",
    "THERAPEUTICS", "MATERIALS", "ENERGY", "DIAGNOSTICS", "ROBOTICS", "GLOBAL INNOVATION", "SOFTWARE",
)
NAME_WORDS: tuple[str, ...] = (
    "ATLANTIC", "ALPINE", "BALTIC", "DANUBE", "MEDITERRANEAN", "NORDIC", "IBERIAN", "HELIX", "AURORA",
    "MERIDIAN", "HORIZON", "VECTOR", "PIONEER", "SILVA", "CORONA", "ORION",
)

# Respellings a registrant makes between two exports (the release-to-release name change).
RESPELLINGS: tuple[tuple[str, str], ...] = (
    ("UNIVERSITAET", "UNIVERSITÄT"), ("UNIVERSITE ", "UNIVERSITÉ "), ("UNIVERSITA ", "UNIVERSITÀ "),
    (" GMBH", " GmbH"), (", SL", " SL"), (" EV", " E.V."), (" SRL", " S.R.L."), (" BV", " B.V."),
    (" AND ", " & "), (" OF ", " of "), ("TECHNOLOGIES", "TECHNOLOGY"), (" LIMITED", " LTD"),
)

# How a word of an UPPER CASE legal name is written in a mixed-case short name.
MIXED_CASE: dict[str, str] = {
    "UNIVERSITAET": "Universität", "UNIVERSITE": "Université", "UNIVERSITA": "Università",
    "POLITECNICA": "Politécnica", "UNIVERSIDAD": "Universidad", "TECHNISCHE": "Technische",
    "FUR": "für", "DE": "de", "DI": "di", "OF": "of", "DEGLI": "degli", "STUDI": "Studi",
}

# --- Programmes --------------------------------------------------------------------------------------

LEGAL_BASIS_TITLES: dict[str, str] = {
    "HORIZON.1.1": "European Research Council (ERC)",
    "HORIZON.1.2": "Marie Skłodowska-Curie Actions (MSCA)",
    "HORIZON.1.3": "Research infrastructures",
    "HORIZON.2.1": "Health",
    "HORIZON.2.2": "Culture, creativity and inclusive society",
    "HORIZON.2.3": "Civil Security for Society",
    "HORIZON.2.4": "Digital, Industry and Space",
    "HORIZON.2.5": "Climate, Energy and Mobility",
    "HORIZON.2.6": "Food, Bioeconomy Natural Resources, Agriculture and Environment",
    "HORIZON.3.1": "The European Innovation Council (EIC)",
    "HORIZON.3.2": "European innovation ecosystems",
    "HORIZON.4.1": "Widening participation and spreading excellence",
    "H2020-EU.1.1.": "EXCELLENT SCIENCE - European Research Council (ERC)",
    "H2020-EU.1.3.1.": "Fostering new skills by means of excellent initial training of researchers",
    "H2020-EU.1.3.2.": "Nurturing excellence by means of cross-border and cross-sector mobility",
    "H2020-EU.2.1.1.": "INDUSTRIAL LEADERSHIP - Leadership in enabling and industrial technologies - "
                       "Information and Communication Technologies (ICT)",
    "H2020-EU.2.1.3.": "INDUSTRIAL LEADERSHIP - Leadership in enabling and industrial technologies - "
                       "Advanced materials",
    "H2020-EU.2.3.1.": "Mainstreaming SME support, especially through a dedicated instrument",
    "H2020-EU.3.1.": "SOCIETAL CHALLENGES - Health, demographic change and well-being",
    "H2020-EU.3.2.": "SOCIETAL CHALLENGES - Food security, sustainable agriculture and forestry, marine, "
                     "maritime and inland water research, and the Bioeconomy",
    "H2020-EU.3.3.": "SOCIETAL CHALLENGES - Secure, clean and efficient energy",
    "H2020-EU.3.5.": "SOCIETAL CHALLENGES - Climate action, Environment, Resource Efficiency and Raw Materials",
    # FP7 programme titles quote the specific programme's name: real quotes inside a field.
    "FP7-IDEAS-ERC": 'Specific programme: "Ideas" implementing the Seventh Framework Programme of the '
                     "European Community for research, technological development and demonstration activities",
    "FP7-PEOPLE": 'Specific programme "People" implementing the Seventh Framework Programme of the '
                  "European Community for research, technological development and demonstration activities",
    "FP7-HEALTH": 'Specific Programme "Cooperation": Health',
    "FP7-ICT": 'Specific Programme "Cooperation": Information and communication technologies',
    "FP7-KBBE": 'Specific Programme "Cooperation": Food, Agriculture and Biotechnology',
    "FP7-ENERGY": 'Specific Programme "Cooperation": Energy',
    "FP7-NMP": 'Specific Programme "Cooperation": Nanosciences, Nanotechnologies, Materials and new '
               "Production Technologies",
    "FP7-ENVIRONMENT": 'Specific Programme "Cooperation": Environment (including Climate Change)',
    "FP7-SME": 'Specific Programme "Capacities": Research for the benefit of SMEs',
    "FP7-GA": "General Activities",
}

# Cluster legal bases of Horizon Europe with their destination codes (used in topic identifiers).
HORIZON_CLUSTERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "HORIZON.2.1": ("CL1", ("STAYHLTH", "DISEASE", "TOOL", "CARE")),
    "HORIZON.2.2": ("CL2", ("DEMOCRACY", "HERITAGE", "TRANSFORMATIONS")),
    "HORIZON.2.3": ("CL3", ("BM", "FCT", "DRS")),
    "HORIZON.2.4": ("CL4", ("DIGITAL-EMERGING", "TWIN-TRANSITION", "HUMAN", "SPACE")),
    "HORIZON.2.5": ("CL5", ("D2", "D3", "D5", "D6")),
    "HORIZON.2.6": ("CL6", ("GOVERNANCE", "FARM2FORK", "BIODIV", "CIRCBIO", "ZEROPOLLUTION")),
}

# Topic code prefixes of the H2020 societal challenges / industrial leadership parts.
H2020_THEMES: dict[str, tuple[str, str]] = {
    "H2020-EU.2.1.1.": ("ICT", "H2020-ICT"),
    "H2020-EU.2.1.3.": ("NMBP", "H2020-NMBP"),
    "H2020-EU.3.1.": ("SC1-PM", "H2020-SC1"),
    "H2020-EU.3.2.": ("SFS", "H2020-SFS"),
    "H2020-EU.3.3.": ("LC-SC3", "H2020-LC-SC3"),
    "H2020-EU.3.5.": ("SC5", "H2020-SC5"),
}

FP7_THEMES: dict[str, str] = {
    "FP7-HEALTH": "HEALTH", "FP7-ICT": "ICT", "FP7-KBBE": "KBBE", "FP7-ENERGY": "ENERGY",
    "FP7-NMP": "NMP", "FP7-ENVIRONMENT": "ENV",
}

ERC_PANELS: tuple[str, ...] = (
    "LS1", "LS2", "LS3", "LS5", "LS7", "PE1", "PE2", "PE3", "PE5", "PE6", "PE8", "PE10", "SH1", "SH2", "SH6",
)

_CLUSTER_LB = tuple(HORIZON_CLUSTERS)
_H2020_LB = tuple(H2020_THEMES)
_FP7_LB = tuple(FP7_THEMES)

# Topic/call patterns: {y} call year, {y1} next year, {cl} cluster, {dest} destination, {k} number,
# {theme} programme theme, {panel} ERC panel.
INSTRUMENTS: dict[str, tuple[Instrument, ...]] = {
    "HORIZON": (
        Instrument("HORIZON-ERC", 10, "single", ("HORIZON.1.1",), "ERC-{y}-STG", "ERC-{y}-STG", "ERC-{y}-STG",
                   "ERC STARTING GRANTS", (1, 1), (120_000_000, 150_000_000), 1.0, (60, 60), 0.7),
        Instrument("HORIZON-ERC", 6, "single", ("HORIZON.1.1",), "ERC-{y}-COG", "ERC-{y}-COG", "ERC-{y}-COG",
                   "ERC CONSOLIDATOR GRANTS", (1, 1), (160_000_000, 200_000_000), 1.0, (60, 60), 0.7),
        Instrument("HORIZON-ERC-SYG", 1, "collab", ("HORIZON.1.1",), "ERC-{y}-SyG", "ERC-{y}-SyG",
                   "ERC-{y}-SyG", "ERC SYNERGY GRANTS", (2, 4), (600_000_000, 1_200_000_000), 1.0, (72, 72), 0.6),
        Instrument("HORIZON-TMA-MSCA-PF-EF", 14, "fellowship", ("HORIZON.1.2",), "HORIZON-MSCA-{y}-PF-01-01",
                   "HORIZON-MSCA-{y}-PF-01", "HORIZON-MSCA-{y}-PF-01", "MSCA Postdoctoral Fellowships {y}",
                   (1, 2), (15_000_000, 26_000_000), 1.0, (24, 24), 0.1),
        Instrument("HORIZON-TMA-MSCA-DN", 3, "network", ("HORIZON.1.2",), "HORIZON-MSCA-{y}-DN-01-01",
                   "HORIZON-MSCA-{y}-DN-01", "HORIZON-MSCA-{y}-DN-01", "MSCA Doctoral Networks {y}",
                   (6, 16), (200_000_000, 450_000_000), 1.0, (48, 48), 0.2),
        Instrument("HORIZON-RIA", 18, "collab", _CLUSTER_LB, "HORIZON-{cl}-{y}-{dest}-01-{k}",
                   "HORIZON-{cl}-{y}-{dest}-01", "HORIZON-{cl}-{y}-{dest}-01", "", (5, 16),
                   (250_000_000, 800_000_000), 1.0, (36, 48)),
        Instrument("HORIZON-IA", 9, "collab", _CLUSTER_LB, "HORIZON-{cl}-{y}-{dest}-02-{k}",
                   "HORIZON-{cl}-{y}-{dest}-02", "HORIZON-{cl}-{y}-{dest}-02", "", (6, 18),
                   (400_000_000, 1_500_000_000), 0.7, (36, 48)),
        Instrument("HORIZON-CSA", 7, "collab", _CLUSTER_LB + ("HORIZON.4.1", "HORIZON.3.2"),
                   "HORIZON-{cl}-{y}-{dest}-03-{k}", "HORIZON-{cl}-{y}-{dest}-03", "HORIZON-{cl}-{y}-{dest}-03",
                   "", (3, 12), (50_000_000, 300_000_000), 1.0, (24, 36), 0.5),
        Instrument("HORIZON-EIC-ACC", 5, "sme", ("HORIZON.3.1",), "HORIZON-EIC-{y}-ACCELERATOR-01",
                   "HORIZON-EIC-{y}-ACCELERATOR-01", "HORIZON-EIC-{y}-ACCELERATOR-01", "EIC Accelerator",
                   (1, 1), (50_000_000, 250_000_000), 0.7, (24, 36), 0.5),
    ),
    "H2020": (
        Instrument("ERC-STG", 8, "single", ("H2020-EU.1.1.",), "ERC-{y}-STG", "ERC-{y}-STG", "ERC-{y}-STG",
                   "ERC Starting Grant", (1, 1), (100_000_000, 150_000_000), 1.0, (60, 60), 0.5),
        Instrument("ERC-COG", 5, "single", ("H2020-EU.1.1.",), "ERC-{y}-COG", "ERC-{y}-COG", "ERC-{y}-COG",
                   "ERC Consolidator Grant", (1, 1), (150_000_000, 200_000_000), 1.0, (60, 60), 0.5),
        Instrument("ERC-ADG", 3, "single", ("H2020-EU.1.1.",), "ERC-{y}-ADG", "ERC-{y}-ADG", "ERC-{y}-ADG",
                   "ERC Advanced Grant", (1, 1), (200_000_000, 250_000_000), 1.0, (60, 60), 0.5),
        Instrument("MSCA-IF-EF-ST", 14, "fellowship", ("H2020-EU.1.3.2.",), "MSCA-IF-{y}", "H2020-MSCA-IF-{y}",
                   "H2020-MSCA-IF-{y}", "Individual Fellowships", (1, 2), (15_000_000, 27_000_000), 1.0,
                   (24, 24), 0.1),
        Instrument("MSCA-ITN-ETN", 3, "network", ("H2020-EU.1.3.1.",), "MSCA-ITN-{y}", "H2020-MSCA-ITN-{y}",
                   "H2020-MSCA-ITN-{y}", "Innovative Training Networks", (6, 16), (250_000_000, 420_000_000),
                   1.0, (48, 48), 0.2),
        Instrument("RIA", 16, "collab", _H2020_LB, "{theme}-{k}-{y}", "{call}-{y}-{y1}", "{call}-{y}-2",
                   "", (5, 16), (200_000_000, 800_000_000), 1.0, (36, 48)),
        Instrument("IA", 7, "collab", _H2020_LB, "{theme}-{k}-{y}", "{call}-{y}-{y1}", "{call}-{y}-1", "",
                   (6, 18), (300_000_000, 1_500_000_000), 0.7, (36, 48)),
        Instrument("CSA", 6, "collab", _H2020_LB, "{theme}-{k}-{y}", "{call}-{y}-{y1}", "{call}-{y}-1", "",
                   (3, 12), (50_000_000, 300_000_000), 1.0, (24, 36), 0.5),
        Instrument("SME-1", 6, "sme", ("H2020-EU.2.3.1.",), "SMEInst-{k}-{y}", "H2020-SMEInst-{y}-{y1}",
                   "H2020-SMEINST-1-{y}", "SME instrument phase 1", (1, 1), (5_000_000, 5_000_000), 0.7,
                   (6, 6), 1.0),
        Instrument("SME-2", 3, "sme", ("H2020-EU.2.3.1.",), "SMEInst-{k}-{y}", "H2020-SMEInst-{y}-{y1}",
                   "H2020-SMEINST-2-{y}", "SME instrument phase 2", (1, 3), (50_000_000, 250_000_000), 0.7,
                   (24, 24), 0.4),
    ),
    "FP7": (
        Instrument("ERC-SG", 8, "single", ("FP7-IDEAS-ERC",), "ERC-SG-{panel}", "", "ERC-{y}-StG", "",
                   (1, 1), (100_000_000, 200_000_000), 1.0, (60, 60), 0.6),
        Instrument("ERC-AG", 4, "single", ("FP7-IDEAS-ERC",), "ERC-AG-{panel}", "", "ERC-{y}-AdG", "",
                   (1, 1), (180_000_000, 250_000_000), 1.0, (60, 60), 0.6),
        Instrument("MC-IEF", 12, "fellowship", ("FP7-PEOPLE",), "FP7-PEOPLE-{y}-IEF", "", "FP7-PEOPLE-{y}-IEF",
                   "Marie-Curie Action: Intra-European fellowships for career development", (1, 1),
                   (15_000_000, 30_000_000), 1.0, (24, 24), 0.3),
        Instrument("MC-ITN", 3, "network", ("FP7-PEOPLE",), "FP7-PEOPLE-{y}-ITN", "", "FP7-PEOPLE-{y}-ITN",
                   "Marie-Curie Action: Initial Training Networks", (6, 14), (250_000_000, 450_000_000), 1.0,
                   (48, 48), 0.3),
        Instrument("CP-FP", 14, "collab", _FP7_LB, "{theme}.{y}.{k}.1-{k2}", "", "FP7-{theme}-{y}-{k2}", "",
                   (4, 12), (150_000_000, 600_000_000), 0.75, (36, 48), 0.2),
        Instrument("CP-IP", 4, "collab", _FP7_LB, "{theme}.{y}.{k}.2-{k2}", "", "FP7-{theme}-{y}-LARGE-{k2}",
                   "", (10, 24), (600_000_000, 1_400_000_000), 0.75, (48, 60), 0.2),
        Instrument("CSA-SA", 4, "collab", _FP7_LB, "{theme}.{y}.{k}.3-{k2}", "", "FP7-{theme}-{y}-{k2}", "",
                   (3, 8), (30_000_000, 150_000_000), 1.0, (24, 36), 0.4),
        Instrument("BSG-SME", 3, "collab", ("FP7-SME",), "SME-{y}-1", "", "FP7-SME-{y}", "", (4, 10),
                   (80_000_000, 150_000_000), 0.75, (24, 24), 0.3),
        Instrument("CSA-ERA-Plus", 1, "collab", ("FP7-GA",), "ERANET", "", "FP7-{y}-ERANET-4.2.2.2", "",
                   (3, 8), (500_000_000, 2_100_000_000), 0.35, (60, 60), 0.5),
    ),
}

# Years in which calls of each programme closed, with relative weights.
CALL_YEARS: dict[str, tuple[tuple[int, float], ...]] = {
    "HORIZON": ((2021, 2), (2022, 3), (2023, 3), (2024, 3), (2025, 2)),
    "H2020": ((2014, 2), (2015, 2), (2016, 2), (2017, 2), (2018, 2), (2019, 2), (2020, 2)),
    "FP7": ((2007, 1), (2008, 1), (2009, 1), (2010, 1), (2011, 1), (2012, 1), (2013, 1)),
}

# Bulk refreshes stamp many rows with the same contentUpdateDate; these are such batch times.
BATCH_UPDATES: dict[str, tuple[str, ...]] = {
    "HORIZON": (),
    "H2020": ("2022-08-16 00:44:17", "2023-03-10 21:03:33", "2024-01-15 10:01:52"),
    "FP7": ("2019-08-02 12:10:29", "2022-09-03 22:47:18", "2023-03-10 20:03:22"),
}

NATURES: tuple[str, ...] = ("crisisPreparedness", "crisisRecovery", "crisisResponse")

# --- Text ----------------------------------------------------------------------------------------------

ACRONYM_STEMS: tuple[str, ...] = (
    "AGRI", "BIO", "NANO", "QUANT", "HYDRO", "CIRC", "GEO", "MED", "NEURO", "ROBO", "SOL", "TERRA", "AQUA",
    "CLIM", "DIGI", "SMART", "PHOTO", "CELL", "GEN", "ECO", "URB", "MAR", "POLY", "SYN", "TWIN", "CARB",
    "BAT", "VAC", "IMMUN", "COG", "LUX", "VITA", "FLOW", "GRID", "WIND", "SEA", "SOIL", "FOOD", "SAFE",
)
ACRONYM_ENDINGS: tuple[str, ...] = (
    "TECH", "NET", "LAB", "HUB", "CARE", "PATH", "SENSE", "ACT", "CHAIN", "SHIELD", "FUTURE", "MAP", "WISE",
    "PRO", "X", "ON", "IA", "EU", "US", "ERA", "BOT",
)

TITLE_ADJECTIVES: tuple[str, ...] = (
    "Scalable", "Sustainable", "Multiscale", "Next-generation", "Integrated", "Resilient", "Low-cost",
    "Data-driven", "Circular", "Autonomous", "Bio-based", "Quantum-enhanced", "Inclusive", "Adaptive",
    "Trustworthy", "Decentralised", "High-resolution", "Open",
)
TITLE_SUBJECTS: tuple[str, ...] = (
    "sensing platforms", "battery materials", "soil microbiomes", "supply chains", "hydrogen storage",
    "photonic circuits", "governance models", "urban mobility", "digital twins", "immune profiling",
    "protein design", "wind turbine blades", "coastal ecosystems", "heritage archives", "edge computing",
    "neural interfaces", "catalytic converters", "water networks", "crop breeding", "cell therapies",
)
TITLE_PURPOSES: tuple[str, ...] = (
    "climate adaptation", "precision agriculture", "cancer diagnostics", "smart grids", "the circular economy",
    "rural communities", "zero-emission shipping", "healthy ageing", "disaster risk reduction",
    "European democracy", "clean industry", "biodiversity monitoring", "pandemic preparedness",
    "energy communities", "food safety",
)
QUOTED_TERMS: tuple[str, ...] = (
    "living lab", "smart village", "one health", "farm to fork", "digital product passport", "green deal",
    "lab-on-a-chip", "right to repair",
)
OBJECTIVE_SENTENCES: tuple[str, ...] = (
    "{acr} will develop {adj} {subject} for {purpose}.",
    "Current approaches to {purpose} remain fragmented, costly and difficult to scale.",
    "The project brings together {n} partners from {m} countries, combining academic excellence with "
    "industrial know-how.",
    "We will combine advanced modelling of {subject} with large-scale validation in {m} pilot sites.",
    "A key innovation is the use of {adj2} {subject2} to reduce costs by up to {pct}%.",
    "Results will be demonstrated at technology readiness level {trl} and shared as open data.",
    "{acr} addresses the needs of end users, regulators and citizens through a co-creation process.",
    "The consortium will assess environmental, social and economic impacts over the full life cycle.",
    "By the end of the project, {acr} expects to reach {users} users across Europe.",
    "Training activities will build the skills of early-career researchers in {purpose}.",
    "This fellowship will allow the researcher to acquire new competences in {subject}.",
    "The work plan is organised in {wp} work packages with clear milestones and deliverables.",
    "Our hypothesis is that {subject} can be controlled at the molecular level.",
    "Exploitation will follow a business plan targeting markets worth EUR {bn} billion by 2030.",
)

EUROSCIVOC: tuple[tuple[str, str], ...] = (
    ("/23/43/251/48354418", "/natural sciences/physical sciences/optics/microscopy"),
    ("/23/43/257/761", "/natural sciences/physical sciences/astronomy/astrochemistry"),
    ("/23/43/257/765", "/natural sciences/physical sciences/astronomy/astrophysics"),
    ("/23/43/253", "/natural sciences/physical sciences/quantum physics"),
    ("/23/39/203", "/natural sciences/biological sciences/ecology"),
    ("/23/39/197/213", "/natural sciences/biological sciences/microbiology/bacteriology"),
    ("/23/39/201", "/natural sciences/biological sciences/genetics"),
    ("/23/41/227", "/natural sciences/chemical sciences/organic chemistry"),
    ("/23/41/231/1503", "/natural sciences/chemical sciences/catalysis/photocatalysis"),
    ("/23/37/185", "/natural sciences/computer and information sciences/artificial intelligence"),
    ("/23/37/185/29571",
     "/natural sciences/computer and information sciences/artificial intelligence/machine learning"),
    ("/23/37/187", "/natural sciences/computer and information sciences/data science"),
    ("/23/37/191", "/natural sciences/computer and information sciences/software"),
    ("/23/45/271/1163", "/natural sciences/earth and related environmental sciences/atmospheric sciences/climatology"),
    ("/23/45/275", "/natural sciences/earth and related environmental sciences/oceanography"),
    ("/23/47/281", "/natural sciences/mathematics/applied mathematics"),
    ("/25/57/331/3291", "/engineering and technology/environmental engineering/energy and fuels/renewable energy"),
    ("/25/57/331/3297", "/engineering and technology/environmental engineering/energy and fuels/fuel cells"),
    ("/25/55/323/2237", "/engineering and technology/electrical engineering, electronic engineering, "
                        "information engineering/electronic engineering/sensors"),
    ("/25/59/347", "/engineering and technology/materials engineering/composites"),
    ("/25/65", "/engineering and technology/nanotechnology"),
    ("/25/61/353/2713", "/engineering and technology/mechanical engineering/vehicle engineering/aerospace engineering"),
    ("/25/53/309/1867", "/engineering and technology/civil engineering/architecture engineering/sustainable architecture"),
    ("/25/63/367", "/engineering and technology/industrial biotechnology/biomaterials"),
    ("/21/33/157", "/medical and health sciences/clinical medicine/oncology"),
    ("/21/33/155", "/medical and health sciences/clinical medicine/cardiology"),
    ("/21/35/173", "/medical and health sciences/health sciences/public health"),
    ("/21/35/177", "/medical and health sciences/health sciences/infectious diseases"),
    ("/21/31/139", "/medical and health sciences/basic medicine/neurology"),
    ("/21/31/143", "/medical and health sciences/basic medicine/pharmacology and pharmacy"),
    ("/27/81/30021/30833628",
     "/agricultural sciences/agriculture, forestry, and fisheries/agriculture/grains and oilseeds"),
    ("/27/81/303", "/agricultural sciences/agriculture, forestry, and fisheries/forestry"),
    ("/27/81/305", "/agricultural sciences/agriculture, forestry, and fisheries/fisheries"),
    ("/27/83/311", "/agricultural sciences/animal and dairy science/animal husbandry"),
    ("/27/85/317", "/agricultural sciences/agricultural biotechnology/biomass"),
    ("/29/97/543", "/social sciences/political sciences/government systems"),
    ("/29/89", "/social sciences/law"),
    ("/29/91/493", "/social sciences/economics and business/business and management"),
    ("/29/93/503", "/social sciences/sociology/demography"),
    ("/29/95/521", "/social sciences/media and communications/social media"),
    ("/29/99/551/30303", "/social sciences/social geography/transport/intelligent transportation systems"),
    ("/29/87", "/social sciences/educational sciences"),
    ("/31/101/585", "/humanities/history and archaeology/archaeology"),
    ("/31/103/593", "/humanities/languages and literature/linguistics"),
    ("/31/105/601", "/humanities/philosophy, ethics and religion/ethics"),
)

WEBLINK_TYPES: tuple[tuple[str, float], ...] = (
    ("relatedWebsite", 5), ("socialMedia", 2), ("relatedVideo", 1), ("projectDeliverable", 3),
    ("relatedNews", 1), ("publicationRepository", 1),
)
