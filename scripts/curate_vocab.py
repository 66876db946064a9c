#!/usr/bin/env python3
"""Curate reliefdex's compiled-in vocabularies from the raw gazetteer.

Usage: python3 scripts/curate_vocab.py [GAZETTEER_DIR] [SCHEMA_DIR]
       (defaults: ../shared/gazetteer and schema, relative to the worktree)

Reads  GAZETTEER_DIR/{locations,actors,claim_lexicon,claim_types}.tsv and
scripts/curated/*.tsv, writes SCHEMA_DIR/{locations,actors,claim_triggers,
claim_types}.tsv. Python 3 standard library only; the output is deterministic
(rows are sorted), so re-running it on the same input gives the same files.

Output columns (UTF-8 TSV, header row, no quoting, `|` separates list items):

  locations.tsv       name kind iso3 facet aliases demonyms short lat lon population
      kind  country | region | admin1 | place
      facet /<Country>/<region or admin1>/<place> (gazetteer region_path, else
            path; `/` inside a segment replaced by `-`)
      demonyms (countries only) adjectives used to build state actors
      short (countries only) short English name used in actor facets
            (/government/Russia rather than /government/Russian Federation)
  actors.tsv          name acronym kind country facet aliases
      kind  humanitarian | government | military | police | authority |
            armed-group | civilians | other
      facet /<kind>/<acronym or short name>
      State actors (government, military, police) are generated for every
      country from its names and demonyms ("Azerbaijani army", "Government
      of Armenia", "Russian peacekeepers").
  claim_triggers.tsv  type language trigger context
      context optional `|` list: one of these words (prefix match) must also
            occur in the sentence for the trigger to count.
  claim_types.tsv     type definition acled gdelt
"""

import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

csv.field_size_limit(1 << 30)

# --------------------------------------------------------------------------
# Common words: a place or actor alias equal to one of these (case-folded) is
# dropped, because in running text it is far more often the word than the
# name (sentence-initial capitals would otherwise match).
COMMON_WORDS = set(
    """
a about above across act action after again against age agency aid air all also
am among an and any are area areas arm army around art as at attack back bad
bank bar base basin bath be beach bear bed been before being bell belt best
better between big bird black blue boa body bold bolt bone border born both
bottom box boy branch bread break bridge bright bring broad brown buy by call
camp can cap capital car care case cash castle cause center central centre
chance change charity cheap chief child church city civil clean clear close
coast cold come common concord congo corner cost could council country county
court cover cross crown cup cut dam dark date day de dead deal dear deep del
delta des desert die district do dog dollar door down draw dry du due each
early earth east easy eat edge el en end english enterprise error even ever
every face fact fair faith fall far farm fast fat father field fine fire first
fish five flat flood flower fly food for force forest fork fort four free
french fresh friend from front full gap garden gate general girl give glory
go god gold golden good grand grass gray great green grey ground group grove
guard gulf had half hall hand harbor harbour has have he health heart heaven
help her here high hill his holly home hope horse hospital hot house how
humble if in independence industry is island it its joy just justice key kind
king la labor lake land large las last law le lead leaf left les liberty life
light like line lion little live long lord los lost love low lucky made main
major make male man many march mark market mars may me mercy middle might
mile mill mine miss mission mobile money moon more most mount mountain much
must my name nation national natural near need never new news nice night
nine no none north not nothing now of office oil old on once one only open
or order other our out over pace page palm paradise park part pass patience
peace people pine place plain plant pleasant plenty point police pool poor
port post power price progress prospect province queen rain range reading
red relief republic rest rich ridge right ring rio river road rock rose round
royal rule run safe said saint salt san sand santa say school sea second see
service seven shell short side silver six small snow so social south split
spring square star state station still stone street strong such sugar summer
sun sunny sunrise support sur sure table take tan temple ten than that the
their them then there these they this three through time to today top town
trade transport tree trinity troy true two union unity university up upper
us valley victory view village vista wall war was water way we well west
what when where which white who whole why wide will win wind winter with wood
work world would year yes you young zone
june july august april october
monday tuesday wednesday thursday friday saturday sunday
africa asia europe america americas oceania antarctica arctic pacific atlantic
caribbean sahara balkans levant maghreb
avant bon bonne ce cette comme dans entre est et ils leur mais mer mont
notre nous par paix pas pour quand que qui sans ses sont sous sud tout une
vers ville
al con das dos el la las los mar mas muy nada para paz por pueblo que sin
sobre todo una uno
""".split()
)

# Curated demonyms the gazetteer lacks or splits oddly; first country wins
# when a demonym is shared (French -> France, not Martinique).
EXTRA_DEMONYMS = {
    "AZE": ["Azeri", "Azerbaijani", "Azerbaijanian"],
    "ARM": ["Armenian"],
    "RUS": ["Russian"],
    "FRA": ["French"],
    "IND": ["Indian"],
    "NOR": ["Norwegian"],
    "DOM": ["Dominican"],
    "GBR": ["British"],
    "USA": ["American", "US", "U.S."],
    "SAU": ["Saudi"],
    "COD": ["Congolese"],
    "SSD": ["South Sudanese"],
    "MMR": ["Myanmar", "Burmese"],
    "TUR": ["Turkish"],
    "SYR": ["Syrian"],
    "IRN": ["Iranian"],
    "UKR": ["Ukrainian"],
    "PSE": ["Palestinian"],
    "ISR": ["Israeli"],
    "CAF": ["Central African"],
    "KOR": ["South Korean"],
    "PRK": ["North Korean"],
    "VNM": ["Vietnamese"],
    "PHL": ["Filipino", "Philippine"],
    "TJK": ["Tajik"],
    "KGZ": ["Kyrgyz"],
    "BIH": ["Bosnian"],
    "NLD": ["Dutch"],
    "CHE": ["Swiss"],
    "MDA": ["Moldovan"],
    "GEO": ["Georgian"],
    "NER": ["Nigerien"],
    "NGA": ["Nigerian"],
    "SOM": ["Somali"],
    "YEM": ["Yemeni"],
    "AFG": ["Afghan"],
    "LBY": ["Libyan"],
}
# Demonyms that must not generate actors (too ambiguous).
BAD_DEMONYMS = {"Channel Islander", "Christmas Island", "Gibraltar", "Djibouti",
                "Heard and McDonald Islander", "Thai Thai", "Togolese Togolese"}

# Short English names for actor facets and extra country aliases.
SHORT_NAMES = {
    "BOL": "Bolivia", "BRN": "Brunei", "COD": "DR Congo", "GBR": "United Kingdom",
    "HKG": "Hong Kong", "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos",
    "MAC": "Macao", "MDA": "Moldova", "FSM": "Micronesia", "NLD": "Netherlands",
    "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia", "SYR": "Syria",
    "TWN": "Taiwan", "TZA": "Tanzania", "USA": "United States", "VEN": "Venezuela",
    "VNM": "Vietnam", "TUR": "Türkiye", "CIV": "Côte d'Ivoire", "NRU": "Nauru",
    "FLK": "Falkland Islands", "MAF": "Saint Martin", "SXM": "Sint Maarten",
    "VAT": "Holy See",
}
EXTRA_COUNTRY_ALIASES = {
    "TUR": ["Turkey"], "PSE": ["Palestine", "Occupied Palestinian Territory"],
    "COD": ["DRC", "Congo-Kinshasa", "RDC", "Democratic Republic of Congo",
            "Congo Democratic Republic of the", "Congo (Kinshasa)", "DR of the Congo",
            "DR of Congo", "D.R. Congo", "D.R. of the Congo", "Dem. Rep. Congo", "Congo, DR",
            "Congo DR", "RD Congo", "R.D. Congo", "RD du Congo"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "Cote d’Ivoire"],
    "CZE": ["Czech Republic"], "MKD": ["Macedonia"], "GBR": ["Britain", "Great Britain"],
    "KOR": ["South Korea"], "PRK": ["North Korea"], "SYR": ["Syrie", "Siria"],
    "USA": ["U.S.", "United States"], "RUS": ["Russie", "Rusia"],
    "MMR": ["Burma", "Birmanie"], "VNM": ["Vietnam"], "BOL": ["Bolivia"],
    "IRN": ["Iran"], "TZA": ["Tanzania"], "VEN": ["Venezuela"], "LAO": ["Laos"],
    "ESP": ["España"], "HTI": ["Haïti", "Haití"],
    # French and Spanish names the raw gazetteer lacks.
    "IRQ": ["Irak"], "CAF": ["Centrafrique", "République centrafricaine", "RCA",
                            "República Centroafricana"],
    "ERI": ["Erythrée", "Érythrée"], "USA_": [],
}
EXTRA_COUNTRY_ALIASES.pop("USA_")
EXTRA_COUNTRY_ALIASES["USA"] += ["Estados Unidos", "EE.UU.", "EEUU", "États-Unis", "Etats-Unis"]
EXTRA_COUNTRY_ALIASES["GBR"] += ["Reino Unido", "Royaume-Uni"]
EXTRA_COUNTRY_ALIASES["TUR"] += ["Turquie", "Turquía"]
EXTRA_COUNTRY_ALIASES["KOR"] += ["Corée du Sud", "Corea del Sur"]
EXTRA_COUNTRY_ALIASES.update({
    "TCD": ["Tchad"], "SSD": ["Soudan du Sud", "Sudán del Sur"], "SDN": ["Soudan", "Sudán"],
    "LBY": ["Libye", "Libia"], "ETH": ["Éthiopie", "Ethiopie", "Etiopía"],
    "SOM": ["Somalie"], "CMR": ["Cameroun", "Camerún"], "NGA": ["Nigéria"],
    "LBN": ["Liban", "Líbano"], "JOR": ["Jordanie", "Jordania"], "AFG": ["Afganistán"],
    "MEX": ["Mexique", "México"], "PER": ["Pérou", "Perú"], "COL": ["Colombie"],
    "BRA": ["Brésil", "Brasil"], "DOM": ["République dominicaine", "República Dominicana"],
    # (and the area PAGASA forecasts for, named in every Philippine storm
    # bulletin: "exited Philippine Area of Responsibility (PAR)")
    "PHL": ["Philippines", "Filipinas", "Philippine Area of Responsibility"], "DEU": ["Allemagne", "Alemania"],
    "CHE": ["Suisse", "Suiza"], "BEL": ["Belgique", "Bélgica"], "GRC": ["Grèce", "Grecia"],
    "ITA": ["Italie"], "MRT": ["Mauritanie"], "UGA": ["Ouganda"], "KEN": ["Kenya"],
    "NER": ["Niger"], "MLI": ["Mali"], "BFA": ["Burkina"], "BDI": ["Burundi"],
})
# More French and Spanish names, added to the lists above.
for _iso, _names in {
    "QAT": ["Catar"], "NLD": ["Holanda", "Países Bajos", "Pays-Bas"],
    "SAU": ["Arabia Saudí"], "NZL": ["Nueva Zelanda"], "RWA": ["Ruanda"],
    "TZA": ["Tanzanie"], "ZWE": ["Zimbabue"], "BGD": ["Bangladés"], "IRN": ["Irán"],
    "CIV": ["Costa de Marfil"], "BEN": ["Benín"], "VNM": ["Viêt Nam"],
    "TCA": ["Turks and Caicos"],
    "BOL": ["Bolivie"], "KEN": ["Kenia"], "MMR": ["Birmania"],
    "TTO": ["Trinidad y Tobago", "Trinité-et-Tobago"], "SUR": ["Surinam"],
    "KAZ": ["Kazajistán"], "USA": ["EE UU", "EE. UU."],
    "GUF": ["Guyane française", "Guyana Francesa"],
}.items():
    EXTRA_COUNTRY_ALIASES.setdefault(_iso, []).extend(_names)
# Country aliases that collide with common words or other names.
DROP_COUNTRY_ALIASES = {"Island", "Maurice", "Prathet", "Thai", "Togolese", "Guiana",
                        "Mann", "Viti", "Sarnam", "Argentine", "Portuguesa",
                        "Congo (the)", "Montenegrin", "Mexicanos", "Granada",
                        "Santa Lucía", "Santa Elena", "Zhonghua", "Dominique", "Niger (the)"}

# Names of well-known cities (the gazetteer keeps only their first aliases).
PLACE_ALIASES = {
    "/United States of America/New York/New York City": ["New York", "NYC", "Nueva York"],
    "/Belgium/Brussels Capital/Brussels": ["Bruxelles", "Bruselas"],
    "/Switzerland/Geneva/Geneva": ["Genève", "Ginebra"],
    "/Netherlands (Kingdom of the)/South Holland/The Hague": ["La Haye", "La Haya", "Den Haag"],
    "/Italy/Lazio/Rome": ["Rome", "Roma"],
    "/Austria/Vienna/Vienna": ["Vienne", "Viena", "Wien"],
    # OCHA Chad's spelling
    "/Chad/Barh el Gazel": ["Barh-El-Gazal", "Barh El Gazal"],
}

# Curated location rows: name kind iso3 facet aliases lat lon
# First-level divisions kept although a country has their name in another
# language: DR Congo's Équateur province is Ecuador's French name, and
# outbreak reports name the province far more often than French ones name
# Ecuador (the extractor reads the name by the report's other places).
DIVISIONS_NAMED_LIKE_COUNTRIES = {("COD", "Équateur")}

EXTRA_LOCATIONS = [
    ("Nagorno-Karabakh", "region", "AZE", "/Azerbaijan/Nagorno-Karabakh", ["Artsaj", "Arstaj"], "", ""),
    # island groups and humanitarian zones that reports use as regions
    ("Mindanao", "region", "PHL", "/Philippines/Mindanao", ["Mindanao island", "Mindanao Island"], "7.5", "125"),
    ("Visayas", "region", "PHL", "/Philippines/Visayas", ["the Visayas", "Visayas islands"], "11", "123.5"),
    ("Luzon", "region", "PHL", "/Philippines/Luzon", ["Luzon island", "Luzon Island"], "16", "121"),
    ("Grand Sud", "region", "HTI", "/Haiti/Grand Sud", ["Grand-Sud"], "18.3", "-73.8"),
    ("Grand Kasaï", "region", "COD", "/Democratic Republic of the Congo/Grand Kasaï",
     ["Grand Kasai", "Grand-Kasaï", "Grand-Kasai", "Kasai region", "région du Kasaï", "Greater Kasai"], "-5.5", "22.5"),
    ("North-East Nigeria", "region", "NGA", "/Nigeria/North-East Nigeria",
     ["Northeast Nigeria", "north-east Nigeria", "northeast Nigeria", "North East Nigeria",
      "north-eastern Nigeria", "northeastern Nigeria", "BAY states"], "11.5", "13"),
    ("South Ethiopia", "admin1", "ETH", "/Ethiopia/South Ethiopia",
     ["South Ethiopia Region", "South Ethiopia Regional State", "Southern Ethiopia Region"], "6.5", "37.5"),
    ("Central Ethiopia", "admin1", "ETH", "/Ethiopia/Central Ethiopia",
     ["Central Ethiopia Region", "Central Ethiopia Regional State"], "7.8", "38"),
]

# Actor kinds in the raw gazetteer -> reliefdex actor kinds.
KIND_MAP = {
    "un_agency": "humanitarian", "un_body": "humanitarian", "un_fund": "humanitarian",
    "un_mission": "humanitarian", "red_cross": "humanitarian", "ngo": "humanitarian",
    "human_rights_org": "humanitarian", "civil_defence": "humanitarian",
    "local_network": "humanitarian", "network": "humanitarian", "programme": "humanitarian",
    "initiative": "humanitarian", "donor": "other", "igo": "other", "igo_mission": "military",
    "ifi": "other", "court": "other", "research": "other", "think_tank": "other",
    "government": "government", "armed_forces": "military", "police": "police",
    "de_facto_authority": "authority", "armed_group": "armed-group",
    "political_party": "other", "peacekeepers": "military",
}

# Curated actor rows (override / add): name acronym kind country facet aliases
EXTRA_ACTORS = [
    ("Civilians", "", "civilians", "", "/civilians",
     ["civilians", "civilian population", "population civile", "civils", "civiles",
      "población civil"]),
    ("Government of the Republic of Artsakh", "", "authority", "AZE", "/authority/Nagorno-Karabakh",
     ["Artsakh authorities", "Nagorno-Karabakh authorities", "Nagorno Karabakh authorities",
      "Karabakh authorities", "de facto authorities of Nagorno-Karabakh", "NKR authorities",
      "Karabakh Armenian authorities"]),
    ("Secretary-General of the United Nations", "UNSG", "humanitarian", "", "/humanitarian/UNSG",
     # Not the bare "Secretary-General": "Under-Secretary-General", "the
     # Secretary General of the OAS".
     ["UN Secretary-General", "UN Secretary General", "UN chief",
      "United Nations Secretary-General", "Secretary-General of the United Nations",
      "Secretary-General of the UN", "Secrétaire général des Nations Unies",
      "Secrétaire général de l'ONU", "Secrétaire général de l’ONU",
      "Secretario General de las Naciones Unidas", "Secretario General de la ONU",
      "chef de l'ONU", "chef de l’ONU", "jefe de la ONU"]),
    # The UN's senior humanitarian official in a country, who speaks for the
    # humanitarian community there ("The Humanitarian Coordinator for South
    # Sudan, Alain Noudéhou, condemned...").
    ("Humanitarian Coordinator", "", "humanitarian", "", "/humanitarian/Humanitarian Coordinator",
     ["Humanitarian Coordinator", "UN Humanitarian Coordinator",
      "United Nations Humanitarian Coordinator", "Coordonnateur humanitaire",
      "Coordonnatrice humanitaire", "Coordinador Humanitario", "Coordinadora Humanitaria"]),
    ("Artsakh Defence Army", "", "armed-group", "AZE", "/armed-group/Artsakh Defence Army",
     ["Artsakh Defense Army", "Nagorno-Karabakh Defence Army", "NKR Defence Army",
      "Karabakh Defence Army", "Karabakh armed formations"]),
]
# National disaster-management, weather and health agencies that humanitarian
# reports cite as sources, by country: names of the government actor.
# Offices and sections that are names of their organisation.
PARTS_OF = {
    "WHO Regional Office": "/humanitarian/WHO",
    "OCHA Regional Office": "/humanitarian/OCHA",
    "Médecins Sans Frontières ": "/humanitarian/MSF",
    "MSF ": "/humanitarian/MSF",
}
# Curated international rows left out: frameworks, not actors.
DROP_INTERNATIONAL = {"Cadre Harmonisé"}
# Long-named rows of the OECD channel list -> (facet, acronym, more aliases).
RENAMED_ACTORS = {
    "/humanitarian/Joint United Nations Programme on HIV-AIDS":
        ("/humanitarian/UNAIDS", "UNAIDS", ["ONUSIDA", "Joint United Nations Programme on HIV and AIDS"]),
    "/other/Pan-American Health Organisation":
        ("/humanitarian/PAHO", "PAHO", ["Pan American Health Organization", "OPS",
                                        "Organización Panamericana de la Salud",
                                        "Organisation panaméricaine de la santé"]),
    "/other/Organisation of American States":
        ("/other/OAS", "OAS", ["Organization of American States", "OEA",
                               "Organización de los Estados Americanos",
                               "Organisation des États américains"]),
    "/other/Organisation for Economic Co-operation and Development":
        ("/other/OECD", "OECD", ["Organization for Economic Cooperation and Development", "OCDE",
                                 "Organización para la Cooperación y el Desarrollo Económicos",
                                 "Organización para la Cooperación y el Desarrollo Económico",
                                 "Organisation de coopération et de développement économiques"]),
    "/other/Organization for Security and Co-operation in Europe":
        ("/other/OSCE", "OSCE", ["Organisation for Security and Co-operation in Europe",
                                 "Organisation pour la sécurité et la coopération en Europe",
                                 "Organización para la Seguridad y la Cooperación en Europa"]),
    "/humanitarian/United Nations Industrial Development Organisation":
        ("/humanitarian/UNIDO", "UNIDO", ["United Nations Industrial Development Organization", "ONUDI"]),
    "/humanitarian/United Nations Volunteers": ("/humanitarian/UNV", "UNV", ["VNU"]),
    "/humanitarian/United Nations Office for Disaster Risk Reduction":
        ("/humanitarian/UNDRR", "UNDRR", ["UNISDR"]),
    "/humanitarian/International Fund for Agricultural Development":
        ("/humanitarian/IFAD", "IFAD", ["FIDA"]),
    "/humanitarian/International Atomic Energy Agency": ("/humanitarian/IAEA", "IAEA", ["AIEA", "OIEA"]),
    "/humanitarian/World Meteorological Organisation":
        ("/humanitarian/WMO", "WMO", ["World Meteorological Organization", "OMM"]),
    "/humanitarian/Coalition for Epidemic Preparedness Innovations": ("/humanitarian/CEPI", "CEPI", []),
    "/humanitarian/Green Climate Fund": ("/humanitarian/GCF", "GCF", []),
    "/other/Global Fund to Fight AIDS, Tuberculosis and Malaria":
        ("/humanitarian/Global Fund", "", ["Global Fund", "the Global Fund", "Fonds mondial",
                                           "Fondo Mundial"]),
    "/other/African Development Bank": ("/other/AfDB", "AfDB", ["Banque africaine de développement"]),
    "/other/Asian Development Bank": ("/other/ADB", "ADB", []),
    "/other/Islamic Development Bank": ("/other/IsDB", "IsDB", []),
    "/other/Southern African Development Community": ("/other/SADC", "SADC", []),
    "/humanitarian/United Nations Department of Peace Operations": ("/humanitarian/DPO", "DPO", []),
    "/humanitarian/International drug purchase facility": ("/humanitarian/Unitaid", "", ["Unitaid", "UNITAID"]),
    "/other/World Organisation for Animal Health":
        ("/other/WOAH", "WOAH", ["OIE", "World Organization for Animal Health",
                                 "Organización Mundial de Sanidad Animal"]),
    # spellings of known acronyms that reports use ("UNICEF, OMS, FNUAP et
    # ONUFEMMES"), and the Spanish and French names the lists lack
    "/humanitarian/UNFPA": ("/humanitarian/UNFPA", "UNFPA",
                            ["FNUAP", "Fondo de Población de las Naciones Unidas"]),
    "/other/EU": ("/other/EU", "EU", ["Unión Europea"]),
    "/other/AU": ("/other/AU", "AU", ["Unión Africana"]),
    "/other/European Commission": ("/other/European Commission", "", ["Comisión Europea"]),
    "/other/World Bank": ("/other/World Bank", "", ["Banco Mundial", "Grupo Banco Mundial"]),
    "/humanitarian/WHO": ("/humanitarian/WHO", "WHO", ["Organización Mundial de la Salud"]),
    "/humanitarian/IOM": ("/humanitarian/IOM", "IOM",
                          ["Organización Internacional para las Migraciones"]),
    "/humanitarian/UNICEF": ("/humanitarian/UNICEF", "UNICEF",
                             ["Fondo de las Naciones Unidas para la Infancia",
                              "Fondo de Naciones Unidas para la Infancia"]),
    "/humanitarian/IFRC": ("/humanitarian/IFRC", "IFRC",
                           ["Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja",
                            "Federación Internacional de la Cruz Roja"]),
    "/humanitarian/UNHCR": ("/humanitarian/UNHCR", "UNHCR",
                            ["Alto Comisionado de las Naciones Unidas para los Refugiados",
                             "Haut-Commissariat des Nations Unies pour les réfugiés",
                             "Agencia de la ONU para los Refugiados"]),
    "/humanitarian/UNDP": ("/humanitarian/UNDP", "UNDP",
                           ["Programa de las Naciones Unidas para el Desarrollo"]),
    "/humanitarian/FAO": ("/humanitarian/FAO", "FAO",
                          ["Organización de las Naciones Unidas para la Alimentación y la Agricultura",
                           "Organisation des Nations Unies pour l'alimentation et l'agriculture"]),
    "/humanitarian/UNEP": ("/humanitarian/UNEP", "UNEP",
                           ["Programa de las Naciones Unidas para el Medio Ambiente"]),
    "/humanitarian/OCHA": ("/humanitarian/OCHA", "OCHA",
                           ["Oficina de las Naciones Unidas para la Coordinación de Asuntos Humanitarios"]),
    "/humanitarian/UN Women": ("/humanitarian/UN Women", "UN Women",
                               ["UNWOMEN", "ONUFEMMES", "ONU Mujeres"]),
    "/humanitarian/Red Crescent Society of the United Arab Emirates":
        ("/humanitarian/Emirates Red Crescent", "", ["Emirates Red Crescent"]),
}

NATIONAL_AGENCIES = {
    "PHL": ["Department of Social Welfare and Development", "DSWD",
            "National Disaster Risk Reduction and Management Council", "NDRRMC",
            "Philippine Atmospheric, Geophysical and Astronomical Services Administration",
            "PAGASA", "PAGASA-DOST", "Office of Civil Defense", "PHIVOLCS",
            "Philippine Institute of Volcanology and Seismology"],
    "CHL": ["Oficina Nacional de Emergencia", "ONEMI", "Servicio Nacional de Geología y Minería",
            "Sernageomin", "SERNAGEOMIN", "Corporación Nacional Forestal", "CONAF", "Conaf",
            "Dirección Meteorológica de Chile"],
    "GTM": ["Coordinadora Nacional para la Reducción de Desastres", "CONRED", "Conred",
            "INSIVUMEH", "Insivumeh"],
    "NIC": ["Sistema Nacional para la Prevención, Mitigación y Atención de Desastres",
            "SINAPRED", "Sinapred", "INETER"],
    "HND": ["Comisión Permanente de Contingencias", "COPECO"],
    "MEX": ["CENAPRED", "Centro Nacional de Prevención de Desastres",
            "Comisión Nacional del Agua", "CONAGUA", "Conagua"],
    "COL": ["Unidad Nacional para la Gestión del Riesgo de Desastres", "UNGRD",
            "Unidad para las Víctimas", "Unidad para la Atención y Reparación Integral a las Víctimas",
            "IDEAM"],
    "PER": ["Instituto Nacional de Defensa Civil", "INDECI", "Indeci", "SENAMHI", "Senamhi"],
    "ECU": ["Secretaría de Gestión de Riesgos", "Servicio Nacional de Gestión de Riesgos y Emergencias"],
    "BOL": ["Viceministerio de Defensa Civil", "VIDECI"],
    "HTI": ["Direction de la Protection Civile", "Direction Générale de la Protection Civile",
            "Directorate of Civil Protection", "DGPC"],
    "USA": ["Federal Emergency Management Agency", "FEMA",
            "National Oceanic and Atmospheric Administration", "NOAA",
            "US Centers for Disease Control and Prevention",
            "U.S. Centers for Disease Control and Prevention", "US CDC", "U.S. CDC",
            "National Hurricane Center"],
    "VNM": ["Central Steering Committee for Natural Disaster Prevention and Control",
            "Central Steering Committee for Disaster Prevention and Control",
            "National Centre for Hydro-Meteorological Forecasting"],
    "BGD": ["Refugee Relief and Repatriation Commissioner", "RRRC",
            "Department of Disaster Management"],
    "IDN": ["Badan Nasional Penanggulangan Bencana", "BNPB", "BMKG"],
    "NGA": ["National Emergency Management Agency", "NEMA", "Nigeria Centre for Disease Control",
            "NCDC"],
    "ETH": ["National Disaster Risk Management Commission", "NDRMC"],
    "SOM": ["Somali Disaster Management Agency", "SoDMA"],
    "MOZ": ["Instituto Nacional de Gestão de Calamidades", "INGC"],
    "MDG": ["Bureau National de Gestion des Risques et des Catastrophes", "BNGRC"],
    "RWA": ["Ministry of Disaster Management and Refugees", "MIDIMAR"],
    "TCD": ["Commission Nationale d'Accueil et de Réinsertion des Réfugiés et des Rapatriés",
            "CNARR"],
}
# Raw actor aliases that are ambiguous without context.
DROP_ACTOR_ALIASES = {"de facto authorities", "Russian peacekeepers", "Islamic Jihad", "DEC",
                      "Security Council", "Emergency Rooms", "Concern", "Emergency NGO",
                      "Presidency", "Parliament", "Civil Protection", "Civil Defence",
                      "Civil Defense", "AFC", "SAC", "ECF", "IS", "WB", "AI", "HI", "SI",
                      "RI", "PM", "Amnesty", "Nasrallah"}

GOV_T = ["Government of {c}", "{c} Government", "{c}'s government", "{c}’s government",
         "Government of the {c}", "{d} Government", "{d} authorities", "{c} authorities",
         "authorities of {c}", "Ministry of Foreign Affairs of {c}", "{d} Foreign Ministry",
         "{d} Ministry of Foreign Affairs", "{c} Ministry of Foreign Affairs",
         "{d} Ministry of Defence", "{d} Ministry of Defense", "{d} Defence Ministry",
         "{d} Defense Ministry", "{d} Ministry of Health", "{c} Ministry of Health",
         # any ministry named after the adjective: "Spanish Ministry of Public Health"
         "{d} Ministry", "{c} Ministry",
         "{d} Interior Ministry", "{d} President", "President of {c}", "{d} Prime Minister",
         "Prime Minister of {c}", "{d} presidency", "gouvernement de {c}",
         "gouvernement du {c}", "gobierno de {c}", "{d} officials",
         # "the Syrian regime", "the Iranian regime": the state, as its
         # opponents name it
         "{d} regime",
         # embassies and consulates speak and give for their state
         "Embassy of {c}", "Embassy of the {c}", "{c} Embassy", "{d} Embassy",
         "{d} embassy", "Consulate of {c}", "{d} Consulate", "{d} consulate",
         "Ambassade de {c}", "ambassade de {c}", "Ambassade du {c}", "ambassade du {c}",
         "Embajada de {c}", "embajada de {c}"]
MIL_T = ["{d} armed forces", "{d} army", "{d} soldiers", "{d} troops", "{d} military",
         "{d} forces", "{d} peacekeepers", "{d} air force", "{d} navy",
         "{d} peacekeeping forces", "{d} peacekeeping contingent", "armed forces of {c}",
         "Armed Forces of the {c}", "{c} armed forces", "army of {c}", "{c}'s army",
         "{c}’s army", "{c}'s armed forces", "{c}’s armed forces"]
POL_T = ["{d} police", "{d} police force", "{c} police", "National Police of {c}",
         "police of {c}"]

# French and Spanish demonyms (masculine singular), for "gouvernement
# britannique", "autorités nigériennes", "gobierno haitiano", "ejército
# colombiano". The other forms are derived by fr_forms / es_forms.
ROMANCE_DEMONYMS = {
    "GBR": ("britannique", "británico"), "USA": ("américain", "estadounidense"),
    "FRA": ("français", "francés"), "DEU": ("allemand", "alemán"),
    "NLD": ("néerlandais", "neerlandés"), "BEL": ("belge", "belga"),
    "CHE": ("suisse", "suizo"), "CAN": ("canadien", "canadiense"),
    "JPN": ("japonais", "japonés"), "NOR": ("norvégien", "noruego"),
    "SWE": ("suédois", "sueco"), "DNK": ("danois", "danés"), "ITA": ("italien", "italiano"),
    "ESP": ("espagnol", "español"), "AUS": ("australien", "australiano"),
    "QAT": ("qatari", "catarí"), "SAU": ("saoudien", "saudí"), "TUR": ("turc", "turco"),
    "CHN": ("chinois", "chino"), "RUS": ("russe", "ruso"), "NER": ("nigérien", "nigerino"),
    "NGA": ("nigérian", "nigeriano"), "MLI": ("malien", "maliense"),
    "TCD": ("tchadien", "chadiano"), "CMR": ("camerounais", "camerunés"),
    "CAF": ("centrafricain", "centroafricano"), "BFA": ("burkinabè", "burkinés"),
    "SEN": ("sénégalais", "senegalés"), "GIN": ("guinéen", "guineano"),
    "HTI": ("haïtien", "haitiano"), "COL": ("colombien", "colombiano"),
    "VEN": ("vénézuélien", "venezolano"), "SYR": ("syrien", "sirio"),
    "IRQ": ("irakien", "iraquí"), "YEM": ("yéménite", "yemení"), "AFG": ("afghan", "afgano"),
    "SOM": ("somalien", "somalí"), "SSD": ("sud-soudanais", "sursudanés"),
    "SDN": ("soudanais", "sudanés"), "ETH": ("éthiopien", "etíope"),
    "MAR": ("marocain", "marroquí"), "DZA": ("algérien", "argelino"),
    "TUN": ("tunisien", "tunecino"), "LBY": ("libyen", "libio"), "EGY": ("égyptien", "egipcio"),
    "LBN": ("libanais", "libanés"), "JOR": ("jordanien", "jordano"),
    "ISR": ("israélien", "israelí"), "UKR": ("ukrainien", "ucraniano"),
    "MMR": ("birman", "birmano"), "BGD": ("bangladais", "bangladesí"),
    "PHL": ("philippin", "filipino"), "MEX": ("mexicain", "mexicano"),
    "PER": ("péruvien", "peruano"), "BRA": ("brésilien", "brasileño"),
    "ARG": ("argentin", "argentino"), "CHL": ("chilien", "chileno"),
    "BOL": ("bolivien", "boliviano"), "ECU": ("équatorien", "ecuatoriano"),
    "GTM": ("guatémaltèque", "guatemalteco"), "HND": ("hondurien", "hondureño"),
    "SLV": ("salvadorien", "salvadoreño"), "NIC": ("nicaraguayen", "nicaragüense"),
    "CUB": ("cubain", "cubano"), "DOM": ("dominicain", "dominicano"),
    "BDI": ("burundais", "burundés"), "RWA": ("rwandais", "ruandés"),
    "UGA": ("ougandais", "ugandés"), "KEN": ("kényan", "keniano"),
    "MOZ": ("mozambicain", "mozambiqueño"), "MDG": ("malgache", "malgache"),
    "CIV": ("ivoirien", "marfileño"), "MRT": ("mauritanien", "mauritano"),
    "PAK": ("pakistanais", "pakistaní"), "IND": ("indien", "indio"),
    "IRN": ("iranien", "iraní"),
    "GHA": ("ghanéen", "ghanés"), "TGO": ("togolais", "togolés"), "BEN": ("béninois", "beninés"),
    "GAB": ("gabonais", "gabonés"), "ZWE": ("zimbabwéen", "zimbabuense"),
    "ZMB": ("zambien", "zambiano"), "MWI": ("malawite", "malauí"), "AGO": ("angolais", "angoleño"),
    "NAM": ("namibien", "namibio"), "ZAF": ("sud-africain", "sudafricano"),
    "TZA": ("tanzanien", "tanzano"), "SLE": ("sierra-léonais", "sierraleonés"),
    "LBR": ("libérien", "liberiano"), "GMB": ("gambien", "gambiano"),
    "CPV": ("cap-verdien", "caboverdiano"), "DJI": ("djiboutien", "yibutiano"),
    "ERI": ("érythréen", "eritreo"), "KHM": ("cambodgien", "camboyano"),
    "VNM": ("vietnamien", "vietnamita"), "THA": ("thaïlandais", "tailandés"),
    "IDN": ("indonésien", "indonesio"), "MYS": ("malaisien", "malasio"),
    "NPL": ("népalais", "nepalí"), "KOR": ("sud-coréen", "surcoreano"),
    "PRK": ("nord-coréen", "norcoreano"), "AUT": ("autrichien", "austriaco"),
    "PRT": ("portugais", "portugués"), "POL": ("polonais", "polaco"),
    "IRL": ("irlandais", "irlandés"), "FIN": ("finlandais", "finlandés"),
    "LUX": ("luxembourgeois", "luxemburgués"), "NZL": ("néo-zélandais", "neozelandés"),
    "KWT": ("koweïtien", "kuwaití"), "ARE": ("émirien", "emiratí"),
    "ARM": ("arménien", "armenio"), "AZE": ("azerbaïdjanais", "azerbaiyano"),
    "GEO": ("géorgien", "georgiano"), "PAN": ("panaméen", "panameño"),
    "CRI": ("costaricien", "costarricense"), "PRY": ("paraguayen", "paraguayo"),
    "URY": ("uruguayen", "uruguayo"), "JAM": ("jamaïcain", "jamaicano"),
}
# Generated with the gender and number of the noun they follow.
FR_GOV_T = ["gouvernement {ms}", "Gouvernement {ms}", "autorités {fp}", "Autorités {fp}",
            "président {ms}", "ministre {ms}", "ministère {ms}", "ambassade {fs}",
            "Ambassade {fs}", "régime {ms}"]
FR_MIL_T = ["armée {fs}", "forces armées {fp}", "soldats {mp}", "militaires {mp}",
            "troupes {fp}"]
FR_POL_T = ["police {fs}", "policiers {mp}"]
ES_GOV_T = ["gobierno {ms}", "Gobierno {ms}", "autoridades {fp}", "Autoridades {fp}",
            "presidente {ms}", "ministerio {ms}", "cancillería {fs}", "embajada {fs}",
            "Embajada {fs}", "régimen {ms}"]
ES_MIL_T = ["ejército {ms}", "Ejército {ms}", "fuerzas armadas {fp}", "soldados {mp}",
            "militares {mp}", "tropas {fp}"]
ES_POL_T = ["policía {fs}", "Policía {fs}"]


def fr_forms(m):
    """(ms, fs, mp, fp) of a regular French adjective."""
    if m == "turc":
        return m, "turque", "turcs", "turques"
    if m.endswith("e") or m.endswith("è"):
        return m, m, m + "s", m + "s"
    # "-ien", "-éen", "-yen" double the n: "ghanéenne", "nicaraguayenne"
    if m.endswith("en"):
        return m, m + "ne", m + "s", m + "nes"
    if m.endswith("s"):
        return m, m + "e", m, m + "es"
    return m, m + "e", m + "s", m + "es"


def es_forms(m):
    """(ms, fs, mp, fp) of a regular Spanish adjective."""
    if m.endswith("o"):
        return m, m[:-1] + "a", m + "s", m[:-1] + "as"
    if m.endswith("e") or m.endswith("a"):
        return m, m, m + "s", m + "s"
    if m.endswith("í"):
        return m, m, m + "es", m + "es"
    if m.endswith("és"):
        return m, m[:-2] + "esa", m[:-2] + "eses", m[:-2] + "esas"
    if m.endswith("án"):
        return m, m[:-2] + "ana", m[:-2] + "anes", m[:-2] + "anas"
    return m, m + "a", m + "es", m + "as"


def romance_aliases(iso, templates_fr, templates_es):
    if iso not in ROMANCE_DEMONYMS:
        return []
    fr, es = ROMANCE_DEMONYMS[iso]
    out = []
    for forms, tpls in ((fr_forms(fr), templates_fr), (es_forms(es), templates_es)):
        keys = dict(zip(("ms", "fs", "mp", "fp"), forms))
        out += [t.format(**keys) for t in tpls]
    return out


def society_aliases(name, iso, country, dem_owners):
    """The names reports give a national Red Cross or Red Crescent society
    besides its own: by its country's demonym or short name ("Iranian Red
    Crescent Society", "Uganda Red Cross"), in French and Spanish by the
    adjective ("Croix-Rouge malienne", "Cruz Roja Colombiana"). A demonym of
    two countries ("Congolese") names neither."""
    crescent = "Crescent" in name
    emblem = "Red Crescent" if crescent else "Red Cross"
    dems = [d for d in country[5] if d not in BAD_DEMONYMS and len(dem_owners.get(d, ())) == 1]
    out = []
    for n in dems + [country[6]]:
        out += ["%s %s" % (n, emblem), "%s %s Society" % (n, emblem)]
    if iso in ROMANCE_DEMONYMS and not any(
            o != iso and ROMANCE_DEMONYMS.get(o) == ROMANCE_DEMONYMS[iso] for o in ROMANCE_DEMONYMS):
        fr, es = ROMANCE_DEMONYMS[iso]
        fr_ms, fr_fs = fr_forms(fr)[:2]
        es_fs = es_forms(es)[1]
        if crescent:
            out += ["Croissant-Rouge %s" % fr_ms, "Media Luna Roja %s" % es_fs,
                    "Media Luna Roja %s" % es_fs.capitalize()]
        else:
            out += ["Croix-Rouge %s" % fr_fs, "Cruz Roja %s" % es_fs,
                    "Cruz Roja %s" % es_fs.capitalize()]
    return [a for a in out if a != name]


def clean(s):
    return unicodedata.normalize("NFC", s.strip())


def seg(s):
    return clean(s).replace("/", "-")


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if "LATIN" not in name:
                return False
    return True


# English words in lower case (Debian's wamerican word list): a place's
# alias that is one of them and that does not resemble the place's name is
# an old or other-language name that reads as a word ("Basic" for
# Henderson, "Google" for Topeka, "Human" for Uman, "Drug" for Durg).
DICTIONARY = "/usr/share/dict/american-english"
# English exonyms and usual spellings that are also words, kept ("Raga" is
# how reports spell Raja, South Sudan).
WORD_EXONYMS = {"Cologne", "Canton", "Archangel", "Raga"}


def english_words():
    try:
        with open(DICTIONARY, encoding="utf-8") as f:
            return {w.strip() for w in f if w.strip() and w.strip() == w.strip().lower()}
    except OSError:
        sys.exit("curate_vocab.py needs the English word list %s "
                 "(Debian package wamerican)" % DICTIONARY)


def word_alias(a, name, words):
    """A place alias that is an English word unlike the place's name."""
    if a in WORD_EXONYMS or a.lower() not in words:
        return False
    name_words = {fold(w) for w in re.split(r"[\s\-]+", name)}
    return fold(a) not in name_words and fold(a)[:3] != fold(name)[:3]


def written_variants(name):
    """How reports also write a country's name: "&" for "and" ("Turks &
    Caicos Islands"), "St"/"St." for "Saint" ("St Kitts and Nevis"), and
    both ("St Kitts & Nevis")."""
    forms = {name}
    if " and " in name:
        forms |= {f.replace(" and ", " & ") for f in forms}
    if name.startswith("Saint "):
        forms |= {p + f[len("Saint "):] for f in forms for p in ("St ", "St. ", "Saint-")}
    forms.discard(name)
    return sorted(forms)


def alias_ok(a, name, allow_acronym=False):
    a = clean(a)
    if not a or a == name or "(" in a or "[" in a or ";" in a:
        return False
    if not is_latin(a):
        return False
    if a.lower() in COMMON_WORDS:
        return False
    letters = [c for c in a if c.isalpha()]
    if len(letters) <= 3:
        return allow_acronym and a.isupper() and len(letters) >= 2
    return True


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(r)
        for row in r:
            row = row + [""] * (len(header) - len(row))
            yield dict(zip(header, row))


def read_curated(name):
    path = os.path.join(HERE, "curated", name)
    if not os.path.exists(path):
        return []
    return [r for r in read_tsv(path)]


def facet_of(row):
    # a place in two humanitarian regions ("Kordofan|Nuba Mountains") is
    # filed under the first
    p = row["region_path"].split("|")[0] or row["path"]
    parts = [seg(x) for x in p.split("/") if x.strip()]
    return "/" + "/".join(parts) if parts else ""


def fmt_num(x):
    if not x:
        return ""
    try:
        return ("%.4f" % float(x)).rstrip("0").rstrip(".")
    except ValueError:
        return ""


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in r) + "\n")



# --------------------------------------------------------------------------
# First-level divisions: the raw gazetteer merges GeoNames, ISO 3166-2 and
# OCHA p-code rows by loose name matching and leaves one division under two
# or three names ("Sud-Est" / "South-East", "Davao" / "Davao (Region XI)" /
# "Region XI (Davao Region)", "Tigrai" / "Tigray"). Rows of one country whose
# names agree once spelling, language and generic words are set aside are
# one division; the name its towns are filed under is kept, the others
# become aliases, and the towns of every spelling move under it.
COMPASS_WORDS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west",
                 "norte": "north", "sur": "south", "este": "east", "oeste": "west",
                 "centre": "center", "centro": "center", "noroeste": "north west",
                 "noreste": "north east", "sudeste": "south east", "sudoeste": "south west",
                 "suroeste": "south west", "sureste": "south east"}
DIVISION_WORDS = {"province", "provincia", "region", "department", "departamento", "departement",
                  "state", "estado", "governorate", "gouvernorat", "prefecture", "peoples", "people",
                  "wilaya"}
LINK_WORDS = {"of", "de", "du", "del", "la", "d", "des"}


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[’ʼ'`]", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


FRENCH_COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West"}


def english_compass_name(name):
    """The English name of a division whose French name holds compass words
    ("Nord Kivu" -> "North Kivu", "Nord-Ubangi" -> "North Ubangi", "Ennedi-Est"
    -> "Ennedi East"); None when it has none, or nothing but them ("Nord",
    "Nord-Ouest", "Centre-Nord": alone, "North" or "North-West" would name
    places all over the world)."""
    words = re.split(r"[ -]", name)
    if words[0].lower() in ("extrême", "extreme") and len(words) > 1 and words[1].lower() == "nord":
        words = ["Far", "North"] + words[2:]
    lowered = [w.lower() for w in words]
    # (a name with a word of another language's compass, "Nord-Vest", or
    # "Grand Sud", a region's own name, has no such English form)
    if (not any(w in FRENCH_COMPASS for w in lowered)
            or all(w in FRENCH_COMPASS or w in ("centre", "far") for w in lowered)
            or any(w in ("vest", "grand") for w in lowered)):
        return None
    # (in the French word order, as English writes these names)
    return " ".join(FRENCH_COMPASS.get(w.lower(), w) for w in words)


def division_key(name):
    # "Grande’Anse" / "GrandʼAnse": an elided e is no difference
    name = re.sub(r"e([’ʼ'])", r"\1", name)
    words = [COMPASS_WORDS.get(w, w) for w in fold(name).split()]
    # "Distrito Federal" / "Federal District" (Brazil: the generic words in
    # their Romance order) and "Extrême-Nord" / "Far North" (Cameroon)
    words = (" ".join(words).replace("distrito federal", "federal district")
             .replace("extreme north", "far north").split())
    while len(words) > 1 and words[-1] in DIVISION_WORDS:
        words.pop()
    while len(words) > 2 and words[0] in DIVISION_WORDS and words[1] in LINK_WORDS:
        words = words[2:]
    return " ".join(words)


ROMAN_REGION = re.compile(r"^Region [IVXL]+(-[AB])?$")


def division_names(name):
    """A division's name and, for "Davao (Region XI)" or "Region XI (Davao
    Region)", both halves; other brackets ("Bishkek (city)", "Shan (East)",
    "(EH-partial)") qualify the name and are dropped."""
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    if not m:
        return [name]
    outer, inner = m.group(1).strip(), m.group(2).strip()
    if ROMAN_REGION.match(outer) or ROMAN_REGION.match(inner):
        return [outer, inner]
    return [outer]


# One letter apart in these ways is one name transliterated twice ("Tigrai"
# / "Tigray", "Oromia" / "Oromiya", "Amara" / "Amhara", "Wardak" /
# "Vardak"); other one-letter differences are other divisions ("Paktia" /
# "Paktika", "Hebei" / "Hubei", "Omsk" / "Tomsk").
SPELLING_PAIRS = {frozenset(p) for p in ("iy", "wv", "ck", "gj", "kq")}


def spelling_variant(a, b):
    if min(len(a), len(b)) < 5 or " " in a + b or a == b:
        return False
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        return len(diff) == 1 and frozenset(diff[0]) in SPELLING_PAIRS
    if abs(len(a) - len(b)) != 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if a == b[:i] + b[i + 1:]:
            extra = b[i]
            doubled = (i > 0 and b[i - 1] == extra) or (i + 1 < len(b) and b[i + 1] == extra)
            return extra in "hyw" or (doubled and extra not in "aeiou")
    return False


# Countries whose division names reach the gazetteer transliterated from
# Arabic script by several sources ("Al-Hasakah" / "Al-Hasakeh", "Dayr az
# Zawr" / "Deir ez-Zor", "Al Hodeidah" / "Al Hudaydah"): there the vowels
# and the article are the transliteration's, not the name's.
TRANSLITERATED = set("""AFG ARE BHR DZA EGY IRN IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN
SOM SYR TCD TUN YEM""".split())
# same consonants, other divisions
DISTINCT_DIVISIONS = {frozenset(p) for p in [("al jafarah", "al jufrah")]}
COMPASS_KEEP = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                "northeast", "northwest", "southeast", "southwest", "central", "center",
                "upper", "lower", "middle", "nord", "sud", "est", "ouest", "new"}
ARTICLES = {"al", "el", "ar", "as", "ad", "ash", "az", "at", "an", "es", "ez", "ed", "en", "er",
            "et", "ech", "ul"}


def consonants(name):
    """The consonants of a transliterated division name, article dropped:
    "Deir ez-Zor" and "Dayr az Zawr" are both "dr zr"."""
    words = []
    for w in division_key(name).split():
        if w in ARTICLES:
            continue
        if w in COMPASS_KEEP:
            # "Western" / "Southern" Darfur, "Ennedi-Est" / "Ennedi-Ouest"
            words.append(w.upper())
            continue
        for a, b in (("q", "k"), ("c", "k"), ("ph", "f"), ("dh", "d"), ("th", "t"), ("kh", "k"),
                     ("sh", "s"), ("gh", "g"), ("ou", "u")):
            w = w.replace(a, b)
        w = re.sub(r"h$", "", re.sub(r"[aeiouyw]", "", w))
        words.append(re.sub(r"(.)\1+", r"\1", w))
    return " ".join(w for w in words if w)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def transliterated_same(a, b):
    """Whether two division names of a TRANSLITERATED country are one name:
    the same consonants, three or more of them ("Tartous" / "Tartus"), or
    two and close spellings with the same first letter ("Aden" / "‘Adan";
    not "Amman" / "Ma’an")."""
    ka, kb = consonants(a), consonants(b)
    if ka != kb or frozenset((fold(a), fold(b))) in DISTINCT_DIVISIONS:
        return False
    n = len(ka.replace(" ", ""))
    if n >= 3:
        return True
    fa = " ".join(w for w in division_key(a).split() if w not in ARTICLES)
    fb = " ".join(w for w in division_key(b).split() if w not in ARTICLES)
    return (n == 2 and fa[:1] == fb[:1]
            and edit_distance(fa, fb) <= 0.4 * min(len(fa), len(fb)))


def merge_divisions(rows):
    """Facet of every first-level division row -> the facet of the division
    it is one with (only rows that move are listed)."""
    towns, districts = {}, {}
    for r in rows:
        if r["kind"] in ("city", "admin2"):
            parts = [x for x in r["path"].split("/") if x]
            if len(parts) >= 3:
                k = (r["country_iso3"].split("|")[0], parts[1])
                d = towns if r["kind"] == "city" else districts
                d[k] = d.get(k, 0) + 1
    by_country = {}
    for r in rows:
        if r["kind"] == "admin1":
            by_country.setdefault(r["country_iso3"].split("|")[0], []).append(r)
    remap = {}
    for iso, divs in by_country.items():
        keys = []
        for r in divs:
            ks = set()
            # the row's own name only: the raw aliases carry the loose
            # merge's mistakes ("Paraíba" has the aliases "Pará", "Paraná")
            for n in [clean(r["name"])]:
                for part in division_names(n):
                    k = division_key(part)
                    if k:
                        ks.add(k)
            keys.append(ks)
        parent = list(range(len(divs)))

        def find(i):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        names = [division_names(clean(r["name"]))[0] for r in divs]
        for i in range(len(divs)):
            for j in range(i + 1, len(divs)):
                same = keys[i] & keys[j] or any(
                    spelling_variant(a, b) for a in keys[i] for b in keys[j]) or (
                    iso in TRANSLITERATED and transliterated_same(names[i], names[j]))
                if same:
                    parent[find(i)] = find(j)
        groups = {}
        for i in range(len(divs)):
            groups.setdefault(find(i), []).append(i)
        for members in groups.values():
            if len(members) < 2:
                continue

            def rank(i):
                r = divs[i]
                parts = [x for x in r["path"].split("/") if x]
                k = (iso, parts[1] if len(parts) > 1 else "")
                # (a division filed under its humanitarian region keeps it:
                # "/Iraq/Kurdistan Region/Erbil", not "/Iraq/Arbīl")
                return (not r["region_path"], -towns.get(k, 0), -districts.get(k, 0),
                        "(" in r["name"],
                        -len(r["source"].split(";")), r["name"])

            members.sort(key=rank)
            keep = facet_of(divs[members[0]])
            for i in members[1:]:
                r = divs[i]
                for f in {facet_of(r), "/" + "/".join(seg(x) for x in r["path"].split("/") if x.strip())}:
                    if f != keep:
                        remap[f] = keep
    return remap


def remap_facet(facet, remap):
    parts = facet.split("/")
    for k in range(len(parts), 1, -1):
        head = "/".join(parts[:k])
        if head in remap:
            return remap[head] + facet[len(head):]
    return facet

# --------------------------------------------------------------------------
def misaligned_countries(rows):
    """Countries whose populated places carry the wrong first-level division:
    the raw merge joined some countries' division codes to their neighbours'
    names ("Hanoi" filed under An Giang). A country is misaligned when both
    checks fail: places named after a division lie in another one, and
    places named after a second-level division (OCHA p-codes, reliable) lie
    outside that district's division. Returns {iso3: (division by district
    name, division by division name)} for re-filing."""
    by_admin2, by_admin1 = {}, {}
    for r in rows:
        iso = r["country_iso3"].split("|")[0]
        parts = [x for x in r["path"].split("/") if x]
        if r["kind"] == "admin2" and len(parts) >= 3:
            by_admin2.setdefault(iso, {}).setdefault(fold(r["name"]), set()).add(parts[1])
        elif r["kind"] == "admin1" and len(parts) >= 2:
            by_admin1.setdefault(iso, {})[fold(r["name"])] = parts[1]
    tally = {}  # iso -> [same admin1 name ok, bad, admin2 ok, bad]
    for r in rows:
        if r["kind"] != "city" or r["region_path"]:
            continue
        iso = r["country_iso3"].split("|")[0]
        parts = [x for x in r["path"].split("/") if x]
        if len(parts) < 3:
            continue
        n = fold(r["name"])
        t = tally.setdefault(iso, [0, 0, 0, 0])
        if n in by_admin1.get(iso, {}):
            t[0 if by_admin1[iso][n] == parts[1] else 1] += 1
        districts = by_admin2.get(iso, {}).get(n)
        if districts and len(districts) == 1:
            t[2 if parts[1] in districts else 3] += 1
    out = {}
    for iso, (a_ok, a_bad, d_ok, d_bad) in tally.items():
        if a_ok + a_bad >= 5 and d_ok + d_bad >= 5 and a_ok * 10 <= a_ok + a_bad \
                and d_ok * 10 <= d_ok + d_bad:
            districts = {n: next(iter(v)) for n, v in by_admin2.get(iso, {}).items() if len(v) == 1}
            out[iso] = (districts, by_admin1.get(iso, {}))
    return out


def refiled_path(r, fix):
    """The path of a place of a misaligned country: under the division its
    name or its district's name gives, else under the country alone."""
    districts, divisions = fix
    parts = [x for x in r["path"].split("/") if x]
    n = fold(r["name"])
    division = divisions.get(n) or districts.get(n)
    return "/" + "/".join([parts[0]] + ([division] if division else []) + [parts[-1]])


def curate_locations(gaz):
    words = english_words()
    rows = list(read_tsv(os.path.join(gaz, "locations.tsv")))
    countries = {}
    demonym_owner = {}
    for iso, ds in EXTRA_DEMONYMS.items():
        for d in ds:
            demonym_owner.setdefault(d, iso)
    for r in rows:
        if r["kind"] != "country":
            continue
        for d in r["demonyms"].split(","):
            d = clean(d)
            if d and d not in BAD_DEMONYMS:
                demonym_owner.setdefault(d, r["country_iso3"])
    country_names = set()
    out = {}  # facet -> row list
    kind_rank = {"country": 0, "region": 1, "admin1": 2, "admin2": 3, "place": 4}
    remap = merge_divisions(rows)
    misaligned = misaligned_countries(rows)
    print("locations: places re-filed in %s (divisions misaligned in the raw merge)"
          % ", ".join(sorted(misaligned)), file=sys.stderr)
    for r in rows:
        iso = r["country_iso3"].split("|")[0]
        if r["kind"] == "city" and iso in misaligned and not r["region_path"]:
            r["path"] = refiled_path(r, misaligned[iso])

    def add(name, kind, iso3, facet, aliases, demonyms, short, lat, lon, pop, minor=False):
        if not facet or not iso3:
            return
        prev = out.get(facet)
        if prev is None:
            out[facet] = [name, kind, iso3, facet, list(aliases), list(demonyms), short,
                          lat, lon, pop, minor]
            return
        # Same facet: merge aliases; prefer the row with coordinates / a place.
        merged = prev[4] + [a for a in aliases if a not in prev[4]]
        if name != prev[0] and name not in merged:
            merged.append(name)
        prev[4] = merged
        if (not prev[7] and lat) or (kind == "place" and prev[1] in ("admin1", "admin2") and lat):
            prev[1], prev[7], prev[8], prev[9] = kind, lat, lon, pop or prev[9]
        # one well-known reading makes the name well known
        prev[10] = prev[10] and minor

    for r in rows:
        if r["kind"] != "country":
            continue
        iso = r["country_iso3"]
        name = clean(r["name"])
        short = SHORT_NAMES.get(iso, name)
        aliases = [a for a in r["aliases"].split("|")
                   if alias_ok(a, name, allow_acronym=True) and clean(a) not in DROP_COUNTRY_ALIASES]
        aliases += [a for a in EXTRA_COUNTRY_ALIASES.get(iso, []) if a not in aliases]
        if short != name and short not in aliases:
            aliases.append(short)
        for form in [name] + aliases:
            aliases += [v for v in written_variants(form) if v not in aliases and v != name]
        dems = sorted({d for d, o in demonym_owner.items() if o == iso})
        country_names.add(name.lower())
        for a in aliases:
            country_names.add(a.lower())
        add(name, "country", iso, "/" + seg(name), aliases, dems, short,
            fmt_num(r["lat"]), fmt_num(r["lon"]), r["population"])
    admin1_names = {}  # iso3 -> folded division name -> its facet
    for r in rows:
        if r["kind"] == "admin1":
            parts = [x for x in r["path"].split("/") if x]
            admin1_names.setdefault(r["country_iso3"].split("|")[0], {})[fold(parts[-1])] = \
                remap_facet(facet_of(r), remap)
    for r in rows:
        kind = r["kind"]
        name = clean(r["name"])
        if kind == "country":
            continue
        src = r["source"]
        pop = int(float(r["population"])) if r["population"] else 0
        iso = r["country_iso3"].split("|")[0]
        # Well-known places match wherever their country or region is
        # named; minor ones (small towns, second-level divisions) only where
        # the report names their country, standing alone as a proper noun
        # (the extractor's rule, src/extract/engine.rs).
        minor = False
        if kind == "city":
            keep = ("curated" in src or pop >= 25000 or (r["region_path"] and pop >= 0)
                    or ("gnc500" in src and pop >= 10000))
            minor = not keep
            kind = "place"
        elif kind == "admin2":
            minor = True
            # a district named after its province adds nothing ("Puno, Puno")
            if fold(name) in admin1_names.get(iso, ()):
                continue
        if kind == "admin1" and name.lower() in COMMON_WORDS:
            # "Sud", "Centre", "Ouest" (Haiti): divisions whose names are
            # words count only in reports on their country
            minor = True
        elif name.lower() in COMMON_WORDS or len(name) < 3 or (minor and len(name) < 4):
            continue
        if kind != "region" and name.lower() in country_names \
                and (iso, name) not in DIVISIONS_NAMED_LIKE_COUNTRIES:
            continue
        raw_aliases = [a for a in r["aliases"].split("|") if a]
        if kind == "admin1":
            raw_aliases += [p for p in division_names(name) if p != name]
            english = english_compass_name(name)
            if english and fold(english) not in admin1_names.get(iso, {}):
                raw_aliases.append(english)
        if kind in ("place", "admin2") and "curated" not in src and not r["region_path"]:
            raw_aliases = raw_aliases[:2 if minor else 6 if pop >= 100000 else 3]
        aliases = []
        for a in raw_aliases:
            if not alias_ok(a, name, allow_acronym=(kind == "region")):
                continue
            if kind != "region" and a.lower() in country_names:
                continue
            if minor and a.lower() in COMMON_WORDS:
                continue
            # the loose merge gave some divisions their neighbours' names
            # ("Paraíba" has the aliases "Pará" and "Paraná")
            other = admin1_names.get(iso, {}).get(fold(a))
            if kind == "admin1" and other and other != remap_facet(facet_of(r), remap):
                continue
            aliases.append(clean(a))
        if kind == "admin1" and "(" in name:
            # "Region XI (Davao Region)": its halves are its names
            aliases = [a for a in division_names(name) if alias_ok(a, name, True)] + aliases
        add(name, kind, iso, remap_facet(facet_of(r), remap), aliases, [], "",
            fmt_num(r["lat"]), fmt_num(r["lon"]), str(pop) if pop else "", minor)
    for name, kind, iso, facet, aliases, lat, lon in EXTRA_LOCATIONS:
        add(name, kind, iso, facet, aliases, [], "", lat, lon, "")
    for r in read_curated("locations.tsv"):
        add(r["name"], r["kind"], r["iso3"], r["facet"], r["aliases"].split("|"), [], "",
            r.get("lat", ""), r.get("lon", ""), "")
    # names of well-known cities that their first aliases miss
    for facet, names in PLACE_ALIASES.items():
        if facet in out:
            out[facet][4] += [n for n in names if n not in out[facet][4]]
    # refugee and IDP camps, settlements and protection sites
    # (scripts/curated/camps.tsv), filed under their divisions
    for r in read_curated("camps.tsv"):
        aliases = [a for a in r["aliases"].split("|") if a and a.lower() not in COMMON_WORDS]
        add(r["name"], r["kind"], r["iso3"], remap_facet(r["facet"], remap), aliases, [], "",
            r.get("lat", ""), r.get("lon", ""), "")
    for x in out.values():
        # the name is the facet's own ("Soccsksargen", not "Region XII
        # (Soccsksargen)"), each alias once
        leaf = x[3].rsplit("/", 1)[-1]
        if x[1] != "country" and leaf != x[0] and leaf in x[4]:
            x[4].append(x[0])
            x[0] = leaf
        seen = {x[0]}
        x[4] = [a for a in x[4] if not (a in seen or seen.add(a))]
        if x[1] != "country":
            x[4] = [a for a in x[4] if a.lower() not in COMMON_WORDS
                    and not word_alias(a, x[0], words)]
    res = sorted(out.values(), key=lambda x: (kind_rank[x[1]], x[3]))
    print("locations: %d division spellings merged" % len(remap), file=sys.stderr)
    countries = {x[2]: x for x in res if x[1] == "country"}
    return res, countries


UN_FORMS = [("UN ", "United Nations "), (" de la ONU", " de las Naciones Unidas"),
            (" de l'ONU", " des Nations Unies"), (" de l’ONU", " des Nations Unies")]


def un_variants(name):
    """The name with its "UN" written out, or the other way round."""
    out = []
    for short, long in UN_FORMS:
        for a, b in ((short, long), (long, short)):
            if short == "UN " and name.startswith(a):
                out.append(b + name[len(a):])
            elif short != "UN " and a in name:
                out.append(name.replace(a, b, 1))
    return [o for o in out if o != name]


def curate_actors(gaz, countries):
    rows = list(read_tsv(os.path.join(gaz, "actors.tsv")))
    out = {}

    def add(name, acronym, kind, country, facet, aliases):
        aliases = [clean(a) for a in aliases if a]
        prev = out.get(facet)
        if prev is None:
            out[facet] = [name, acronym, kind, country, facet, []]
            prev = out[facet]
        for a in aliases:
            if a not in prev[5] and a != prev[0] and a != prev[1]:
                prev[5].append(a)
        if not prev[1] and acronym:
            prev[1] = acronym

    for iso, c in countries.items():
        short = c[6]
        # (an area is no state: "Philippine Area of Responsibility" names no government)
        names = list(dict.fromkeys([short, c[0]] + [a for a in EXTRA_COUNTRY_ALIASES.get(iso, [])
                                                     if "Area of" not in a]))
        dems = [d for d in c[5] if d not in BAD_DEMONYMS]

        def gen(tpls):
            res = []
            for t in tpls:
                if "{d}" in t:
                    res += [t.format(d=d) for d in dems]
                else:
                    res += [t.format(c=n) for n in names]
            return res

        add("Government of " + short, "", "government", iso, "/government/" + seg(short),
            gen(GOV_T) + romance_aliases(iso, FR_GOV_T, ES_GOV_T))
        add("Armed forces of " + short, "", "military", iso, "/military/" + seg(short),
            gen(MIL_T) + romance_aliases(iso, FR_MIL_T, ES_MIL_T))
        add("Police of " + short, "", "police", iso, "/police/" + seg(short),
            gen(POL_T) + romance_aliases(iso, FR_POL_T, ES_POL_T))

    dem_owners = {}
    for iso, c in countries.items():
        for d in c[5]:
            dem_owners.setdefault(d, set()).add(iso)
    for r in rows:
        src = r["source"]
        kind = KIND_MAP.get(r["kind"])
        if kind is None:
            continue
        if "curated" not in src and src not in ("rcrc-ns", "crs", "crs;phoenix-intl", "generated"):
            continue
        name = clean(r["name"])
        acr = clean(r["acronym"])
        if acr and (len(acr) < 2 or acr in DROP_ACTOR_ALIASES):
            acr = ""
        iso = r["country"].split("|")[0]
        aliases = [a for a in r["aliases"].split("|") if alias_ok(a, name, allow_acronym=True)
                   and clean(a) not in DROP_ACTOR_ALIASES]
        if src == "rcrc-ns" and iso in countries:
            aliases += [a for a in society_aliases(name, iso, countries[iso], dem_owners)
                        if a not in aliases]
        if kind in ("government", "military", "police") and iso in countries:
            facet = "/%s/%s" % (kind, seg(countries[iso][6]))
            # Keep generated names as aliases of the per-country actor.
            add(name, acr, kind, iso, facet, [name] + aliases)
            continue
        if r["kind"] == "peacekeepers":
            continue  # regenerated per country ("Russian peacekeepers")
        if name.lower() in COMMON_WORDS:
            continue
        short = acr if acr else name
        facet = "/%s/%s" % (kind, seg(short))
        add(name, acr, kind, iso if kind in ("authority", "armed-group") else iso, facet, aliases)
    for name, acr, kind, iso, facet, aliases in EXTRA_ACTORS:
        # Curated rows replace generated/raw rows of the same name.
        for f in [f for f, v in out.items() if v[0] == name and f != facet]:
            del out[f]
        add(name, acr, kind, iso, facet, aliases)
        out[facet][0] = name
    for r in read_curated("actors.tsv"):
        add(r["name"], r["acronym"], r["kind"], r["country"], r["facet"], r["aliases"].split("|"))
    # Actors of the international system the raw vocabularies lack
    # (scripts/curated/actors_international.tsv). Offices and sections of
    # one organisation are its names, not actors of their own.
    for r in read_curated("actors_international.tsv"):
        name, acr = r["name"], r["acronym"]
        parent = next((f for prefix, f in PARTS_OF.items() if name.startswith(prefix)), None)
        if parent:
            if parent in out:
                out[parent][5] += [x for x in [name, acr] if x and x not in out[parent][5]]
            continue
        if name in DROP_INTERNATIONAL:
            continue
        if acr in DROP_ACTOR_ALIASES:
            acr = ""
        add(name, acr, r["kind"], r["country"], r["facet"], r["aliases"].split("|"))
    # Rows of the OECD channel list (no acronyms, long facets) under the
    # names reports use.
    for old, (facet, acr, aliases) in RENAMED_ACTORS.items():
        row = out.pop(old, None)
        if row is None:
            continue
        row[1] = acr
        row[2] = facet.split("/")[1]
        row[4] = facet
        row[5] += [a for a in aliases if a not in row[5]]
        if facet in out:
            out[facet][5] += [a for a in [row[0]] + row[5] if a not in out[facet][5]]
            if not out[facet][1]:
                out[facet][1] = acr
        else:
            out[facet] = row
    # National disaster, weather and health agencies speak for their state.
    for iso, forms in NATIONAL_AGENCIES.items():
        if iso in countries:
            facet = "/government/" + seg(countries[iso][6])
            if facet in out:
                out[facet][5] += [clean(f) for f in forms if clean(f) not in out[facet][5]]
    # Reports write the UN's own bodies with "UN" and "United Nations"
    # alike ("United Nations Central Emergency Response Fund", "UN Central
    # Emergency Response Fund"; "Misión de Verificación de la ONU", "... de
    # las Naciones Unidas"): each form of a name is also a name in the other.
    for f, v in out.items():
        for a in [v[0]] + list(v[5]):
            for other in un_variants(a):
                if other not in v[5] and other != v[0] and other != v[1]:
                    v[5].append(other)
    # An alias that names two different actors is ambiguous: drop it from both.
    seen = {}
    for f, v in out.items():
        for a in set([v[0], v[1]] + v[5]):
            if a:
                seen.setdefault(a.lower() if not a.isupper() else a, set()).add(f)
    for f, v in out.items():
        v[5] = [a for a in v[5] if len(seen.get(a.lower() if not a.isupper() else a, ())) <= 1]
    kind_order = ["humanitarian", "government", "military", "police", "authority",
                  "armed-group", "civilians", "other"]
    return sorted(out.values(), key=lambda x: (kind_order.index(x[2]), x[4]))


# --------------------------------------------------------------------------
# Raw claim types -> the design's taxonomy (None: not mapped).
TYPE_MAP = {
    "KILL": "casualties/killed", "WOUND": "casualties/injured", "MISSING": "casualties/missing",
    "DISPLACEMENT": "displacement/displaced", "EVACUATION": "displacement/evacuated",
    "RETURN": "displacement/returned", "ARREST": "violence/arrest", "KIDNAP": "violence/abduction",
    "DESTRUCTION": "violence/property-destruction", "ARMED_CLASH": "violence/armed-clash",
    "SHELLING": "violence/shelling-missile", "AIRSTRIKE": "violence/airstrike",
    "BOMBING": "violence/explosive-landmine", "ATTACK": "violence/attack-on-civilians",
    "SEXUAL_VIOLENCE": "violence/sexual-violence", "CEASEFIRE": "political/agreement",
    "CEASEFIRE_VIOLATION": "political/ceasefire-violation", "AID_DELIVERY": "response/assistance",
    "AID_ACCESS": "appeal/humanitarian-access", "AID_APPEAL": "appeal/funding",
    "PROTEST": "protest/peaceful", "RIOT": "protest/violent", "ACCUSE": "political/accusation",
    "AGREEMENT": "political/agreement", "NEGOTIATION": "political/negotiation",
    "SEIZE": "political/territory-change", "STATEMENT": "political/announcement",
}
# Raw triggers too ambiguous as plain strings.
DROP_TRIGGERS = {"shot", "raid", "mine", "rockets", "blast", "convoy", "reached", "provided",
                 "supplies", "assisted", "requested", "requires", "HRP", "appeal", "urged",
                 "called for", "isolated", "checkpoint", "checkpoints", "cut off", "hurt",
                 "casualties", "arrivals", "new arrivals", "released", "freed", "abuse",
                 "occupied", "captured", "fell to", "artillery", "offensive", "battle",
                 "burned", "bodies", "assault", "distribution", "delivered", "distributed",
                 "returns", "wounds", "death", "dead", "UAV", "MLRS", "deaths"}

# What aid hands out, for the distribution verbs' participles.
ES_GOODS = "ayuda|kits|alimentos|agua|asistencia|víveres|insumos|bienes|raciones|leche|semillas|frazadas|colchonetas"
FR_GOODS = "vivres|kits|articles|nourriture|eau|aide|semences|cash|espèces|rations|bâches|couvertures"

# Curated triggers: (type, language, trigger, context)
CURATED_TRIGGERS = [
    # casualties
    ("casualties/killed", "en", "died", ""), ("casualties/killed", "en", "have died", ""),
    ("casualties/killed", "en", "dead", "people|civilians|soldiers|killed|toll|least|bodies|were|are|reported|confirmed|left|leaving"),
    ("casualties/killed", "en", "death", "of|toll|caused|reported|confirmed"),
    ("casualties/killed", "en", "deaths", ""), ("casualties/killed", "en", "death toll", ""),
    ("casualties/killed", "en", "fatalities", ""), ("casualties/killed", "en", "lost their lives", ""),
    ("casualties/killed", "en", "killed", ""), ("casualties/killed", "en", "killing", ""),
    ("casualties/killed", "en", "casualties", "killed|dead|death|fatal"),
    ("casualties/injured", "en", "injured", ""), ("casualties/injured", "en", "wounded", ""),
    ("casualties/injured", "en", "injuries", ""), ("casualties/injured", "en", "hurt", "people|were|seriously|injured"),
    ("casualties/injured", "en", "casualties", "injur|wound"),
    ("casualties/missing", "en", "missing", ""), ("casualties/missing", "en", "unaccounted for", ""),
    ("casualties/killed", "fr", "tués", ""), ("casualties/killed", "fr", "tué", ""),
    ("casualties/killed", "fr", "tuées", ""), ("casualties/killed", "fr", "tuée", ""),
    ("casualties/killed", "fr", "ont été tués", ""), ("casualties/killed", "fr", "ont été tuées", ""),
    ("casualties/killed", "fr", "sont mortes", ""), ("casualties/killed", "fr", "sont morts", ""),
    ("casualties/killed", "fr", "ont trouvé la mort", ""),
    ("casualties/killed", "fr", "morts", ""), ("casualties/killed", "fr", "mort", "personnes|sont|ont|été|civils|soldats"),
    ("casualties/killed", "fr", "décès", ""), ("casualties/killed", "fr", "décédés", ""),
    ("casualties/killed", "fr", "décédées", ""), ("casualties/killed", "fr", "ont péri", ""),
    ("casualties/killed", "fr", "ont perdu la vie", ""), ("casualties/killed", "fr", "victimes", "mort|tué|décès|bilan"),
    ("casualties/killed", "fr", "bilan", "mort|tué|décès"),
    ("casualties/injured", "fr", "blessés", ""), ("casualties/injured", "fr", "blessées", ""),
    ("casualties/injured", "fr", "blessé", ""),
    ("casualties/missing", "fr", "disparus", ""), ("casualties/missing", "fr", "disparues", ""),
    ("casualties/killed", "es", "muertos", ""), ("casualties/killed", "es", "muertas", ""),
    ("casualties/killed", "es", "fallecidos", ""), ("casualties/killed", "es", "fallecidas", ""),
    ("casualties/killed", "es", "murieron", ""), ("casualties/killed", "es", "muertas", ""),
    ("casualties/killed", "es", "perdieron la vida", ""), ("casualties/killed", "es", "fallecieron", ""), ("casualties/killed", "es", "han muerto", ""),
    ("casualties/killed", "es", "han fallecido", ""), ("casualties/killed", "es", "muertes", ""),
    ("casualties/killed", "es", "asesinados", ""), ("casualties/killed", "es", "perdieron la vida", ""),
    ("casualties/killed", "es", "muerte", "de|personas|civiles"),
    ("casualties/injured", "es", "heridos", ""), ("casualties/injured", "es", "heridas", ""),
    ("casualties/injured", "es", "lesionados", ""),
    ("casualties/missing", "es", "desaparecidos", ""), ("casualties/missing", "es", "desaparecidas", ""),
    # displacement
    ("displacement/displaced", "en", "displaced", ""), ("displacement/displaced", "en", "IDPs", ""),
    ("displacement/displaced", "en", "fled", ""), ("displacement/displaced", "en", "forced to flee", ""),
    ("displacement/displaced", "en", "displacement", ""),
    ("displacement/evacuated", "en", "evacuated", ""), ("displacement/evacuated", "en", "evacuate", ""),
    ("displacement/evacuated", "en", "evacuation", ""), ("displacement/evacuated", "en", "relocated", ""),
    ("displacement/refugees", "en", "refugees", ""), ("displacement/refugees", "en", "asylum seekers", ""),
    ("displacement/refugees", "en", "refugee", ""),
    ("displacement/returned", "en", "returnees", ""), ("displacement/returned", "en", "returned", "home|village|displaced|refugee|area|their|origin"),
    ("displacement/displaced", "fr", "déplacés", ""), ("displacement/displaced", "fr", "déplacées", ""),
    ("displacement/displaced", "fr", "ont fui", ""), ("displacement/displaced", "fr", "déplacement", ""),
    ("displacement/evacuated", "fr", "évacués", ""), ("displacement/evacuated", "fr", "évacuées", ""),
    ("displacement/evacuated", "fr", "évacuation", ""),
    ("displacement/refugees", "fr", "réfugiés", ""), ("displacement/refugees", "fr", "réfugiées", ""),
    ("displacement/refugees", "fr", "demandeurs d'asile", ""),
    ("displacement/returned", "fr", "rapatriés", ""), ("displacement/returned", "fr", "retournés", ""),
    ("displacement/returned", "fr", "rentrés", ""),
    ("displacement/displaced", "es", "desplazados", ""), ("displacement/displaced", "es", "desplazadas", ""),
    ("displacement/displaced", "es", "huyeron", ""), ("displacement/displaced", "es", "desplazamiento", ""),
    ("displacement/evacuated", "es", "evacuados", ""), ("displacement/evacuated", "es", "evacuadas", ""),
    ("displacement/evacuated", "es", "evacuación", ""),
    ("displacement/refugees", "es", "refugiados", ""), ("displacement/refugees", "es", "refugiadas", ""),
    ("displacement/returned", "es", "retornados", ""), ("displacement/returned", "es", "retornadas", ""),
    ("displacement/returned", "es", "repatriados", ""),
    # violence
    ("violence/explosive-landmine", "en", "anti-personnel mines", ""),
    ("violence/explosive-landmine", "en", "anti-personnel mine", ""),
    ("violence/explosive-landmine", "en", "explosion", ""), ("violence/explosive-landmine", "en", "exploded", ""),
    ("violence/explosive-landmine", "en", "mine", "explosion|exploded|blast|anti-personnel|landmine|stepped|detonat"),
    ("violence/explosive-landmine", "en", "mines", "explosion|exploded|blast|anti-personnel|landmine|stepped|detonat"),
    ("violence/explosive-landmine", "fr", "mines antipersonnel", ""), ("violence/explosive-landmine", "fr", "explosion", ""),
    ("violence/explosive-landmine", "fr", "engins explosifs", ""),
    ("violence/explosive-landmine", "es", "minas antipersonales", ""), ("violence/explosive-landmine", "es", "minas antipersona", ""),
    ("violence/explosive-landmine", "es", "explosión", ""),
    ("violence/property-destruction", "en", "destroyed", ""), ("violence/property-destruction", "en", "damaged", "houses|homes|school|hospital|buildings|infrastructure|shelters|attack|shelling|bridge"),
    ("violence/property-destruction", "fr", "détruit", ""), ("violence/property-destruction", "fr", "détruites", ""),
    ("violence/property-destruction", "fr", "détruits", ""), ("violence/property-destruction", "es", "destruido", ""),
    ("violence/property-destruction", "es", "destruidas", ""), ("violence/property-destruction", "es", "destruidos", ""),
    ("violence/attack-on-civilians", "en", "attacks", "civilian|village|people|population|school|hospital"),
    ("violence/attack-on-civilians", "en", "attacked", "civilian|village|people|population|school|hospital|infrastructure|assets"),
    ("violence/attack-on-civilians", "en", "attack", "civilian|village|people|population|school|hospital"),
    ("violence/attack-on-civilians", "fr", "attaque", "civil|village|population"),
    ("violence/attack-on-civilians", "fr", "attaques", "civil|village|population"),
    ("violence/attack-on-civilians", "es", "ataque", "civil|población|aldea"),
    ("violence/attack-on-civilians", "es", "ataques", "civil|población|aldea"),
    ("violence/armed-clash", "en", "offensive", "military|army|forces|against|launched|criminal"),
    ("violence/armed-clash", "en", "clashes", ""), ("violence/armed-clash", "en", "fighting", "between|forces|armed|heavy|army|groups"),
    ("violence/armed-clash", "fr", "affrontements", ""), ("violence/armed-clash", "fr", "combats", ""),
    ("violence/armed-clash", "es", "enfrentamientos", ""), ("violence/armed-clash", "es", "combates", ""),
    ("violence/shelling-missile", "en", "artillery", "fire|shell|attack|strike|with"),
    ("violence/shelling-missile", "fr", "bombardements", ""), ("violence/shelling-missile", "es", "bombardeos", ""),
    ("violence/airstrike", "fr", "frappes aériennes", ""), ("violence/airstrike", "es", "ataques aéreos", ""),
    ("violence/arrest", "fr", "arrêtés", ""), ("violence/arrest", "es", "detenidos", ""),
    ("violence/abduction", "fr", "enlevés", ""), ("violence/abduction", "es", "secuestrados", ""),
    ("violence/sexual-violence", "fr", "violences sexuelles", ""), ("violence/sexual-violence", "es", "violencia sexual", ""),
    # protest
    ("protest/peaceful", "en", "protesters", ""), ("protest/peaceful", "en", "demonstrators", ""),
    ("protest/peaceful", "en", "demonstration", ""), ("protest/peaceful", "en", "protests", ""),
    ("protest/violent", "en", "riots", ""), ("protest/violent", "en", "rioters", ""),
    ("protest/peaceful", "fr", "manifestants", ""), ("protest/peaceful", "fr", "manifestation", ""),
    ("protest/peaceful", "es", "manifestantes", ""), ("protest/peaceful", "es", "protestas", ""),
    # political
    ("political/accusation", "en", "accused", ""), ("political/accusation", "en", "accusations", ""),
    ("political/accusation", "en", "accuses", ""), ("political/accusation", "en", "condemned", ""),
    ("political/accusation", "en", "denounced", ""), ("political/accusation", "en", "blamed", ""),
    ("political/accusation", "fr", "accusé", ""), ("political/accusation", "fr", "accuse", ""),
    ("political/accusation", "fr", "dénoncé", ""), ("political/accusation", "fr", "condamné", ""),
    ("political/accusation", "es", "acusó", ""), ("political/accusation", "es", "acusaciones", ""),
    ("political/accusation", "es", "denunció", ""), ("political/accusation", "es", "ha acusado", ""),
    ("political/ceasefire-violation", "en", "violating", "ceasefire|cease-fire|truce|agreement"),
    ("political/ceasefire-violation", "en", "violated", "ceasefire|cease-fire|truce"),
    ("political/ceasefire-violation", "en", "violations", "ceasefire|cease-fire|truce"),
    ("political/ceasefire-violation", "en", "ceasefire violations", ""), ("political/ceasefire-violation", "en", "breach", "ceasefire|cease-fire|truce"),
    ("political/ceasefire-violation", "fr", "violation", "cessez-le-feu|trêve"),
    ("political/ceasefire-violation", "fr", "violations", "cessez-le-feu|trêve"),
    ("political/ceasefire-violation", "es", "violación", "alto el fuego|tregua"),
    ("political/ceasefire-violation", "es", "violar", "alto el fuego|tregua"),
    ("political/agreement", "en", "peace agreement", ""), ("political/agreement", "en", "ceasefire agreement", ""),
    ("political/agreement", "en", "signed", "agreement|accord|deal|memorandum|treaty"),
    ("political/agreement", "fr", "accord de paix", ""), ("political/agreement", "es", "acuerdo de paz", ""),
    ("political/negotiation", "en", "talks", "peace|negotiat|ceasefire|parties|sides|agreement|conflict"),
    ("political/negotiation", "en", "peace talks", ""), ("political/negotiation", "en", "negotiations", ""),
    ("political/negotiation", "en", "mediation", ""), ("political/negotiation", "en", "to sign", "peace|agreement"),
    ("political/negotiation", "fr", "négociations", ""), ("political/negotiation", "fr", "pourparlers", ""),
    ("political/negotiation", "es", "negociaciones", ""), ("political/negotiation", "es", "conversaciones de paz", ""),
    ("political/territory-change", "en", "recovered territories", ""), ("political/territory-change", "en", "took control", ""),
    ("political/territory-change", "en", "captured", "town|city|village|territory|control|area"),
    ("political/territory-change", "en", "seized control", ""),
    ("political/announcement", "en", "announced", ""), ("political/announcement", "fr", "a annoncé", ""),
    ("political/announcement", "es", "anunció", ""),
    # appeals
    ("appeal/protection-of-civilians", "en", "called on", "civilian|civilians|protect|safety|humanitarian law|IHL"),
    ("appeal/protection-of-civilians", "en", "calls on", "civilian|civilians|protect|safety|humanitarian law|IHL"),
    ("appeal/protection-of-civilians", "en", "urged", "civilian|civilians|protect|safety|humanitarian law"),
    ("appeal/protection-of-civilians", "en", "urges", "civilian|civilians|protect|safety|humanitarian law"),
    ("appeal/protection-of-civilians", "en", "called for", "protection of civilians|civilian|safety"),
    ("appeal/humanitarian-access", "en", "called on", "access|corridor|safe passage|unimpeded"),
    ("appeal/humanitarian-access", "en", "called for", "access|corridor|safe passage|unimpeded"),
    ("appeal/humanitarian-access", "en", "humanitarian access", ""),
    ("appeal/ceasefire", "en", "called for", "ceasefire|cease-fire|truce|cessation of hostilities|de-escalat|restraint"),
    ("appeal/ceasefire", "en", "called on", "ceasefire|cease-fire|truce|cessation of hostilities|de-escalat|restraint"),
    ("appeal/funding", "en", "appeal", "fund|US\\$|USD|CHF|million|launch|flash|emergency"),
    ("appeal/funding", "en", "funding gap", ""), ("appeal/funding", "en", "flash appeal", ""),
    ("appeal/funding", "en", "emergency appeal", ""), ("appeal/funding", "en", "underfunded", ""),
    ("appeal/protection-of-civilians", "fr", "appelle", "civil|protection|sécurité"),
    ("appeal/protection-of-civilians", "fr", "a appelé", "civil|protection|sécurité"),
    ("appeal/protection-of-civilians", "es", "pidió", "civil|protección|seguridad"),
    ("appeal/protection-of-civilians", "es", "ha pedido", "civil|protección|seguridad"),
    ("appeal/protection-of-civilians", "es", "hace un llamado", "civil|protección|seguridad"),
    ("appeal/funding", "fr", "appel d'urgence", ""), ("appeal/funding", "fr", "appel de fonds", ""),
    ("appeal/funding", "es", "llamamiento", "fondos|emergencia|millones"),
    # response
    ("response/readiness", "en", "prepared to respond", ""), ("response/readiness", "en", "ready to respond", ""),
    ("response/readiness", "en", "stand ready", ""), ("response/readiness", "en", "stands ready", ""),
    ("response/readiness", "en", "prepositioned", ""), ("response/readiness", "en", "pre-positioned", ""),
    ("response/readiness", "en", "contingency plan", ""), ("response/readiness", "en", "preparedness", ""),
    ("response/readiness", "fr", "prêts à répondre", ""), ("response/readiness", "fr", "pré-positionné", ""),
    ("response/readiness", "es", "preparados para responder", ""), ("response/readiness", "es", "preposicionado", ""),
    ("response/assistance", "en", "distributed", "food|kits|items|cash|water|assistance|tents|relief"),
    ("response/assistance", "en", "delivered", "food|kits|items|cash|water|assistance|aid|supplies|relief"),
    ("response/assistance", "en", "provided", "food|kits|items|cash|water|assistance|aid|supplies|relief|shelter"),
    ("response/assistance", "en", "food assistance", ""), ("response/assistance", "en", "cash assistance", ""),
    ("response/assistance", "en", "relief items", ""),
    ("response/assistance", "fr", "distribué", ""), ("response/assistance", "fr", "assistance alimentaire", ""),
    ("response/assistance", "es", "distribuyó", ""), ("response/assistance", "es", "asistencia alimentaria", ""),
    # the other forms of the distribution verbs above; participles also
    # say where things lie ("albergues distribuidos en todo el país"), so
    # they need what was handed out nearby
    ("response/assistance", "fr", "distribués", FR_GOODS), ("response/assistance", "fr", "distribuée", FR_GOODS),
    ("response/assistance", "fr", "distribuées", FR_GOODS),
    ("response/assistance", "es", "distribuido", ES_GOODS), ("response/assistance", "es", "distribuidos", ES_GOODS),
    ("response/assistance", "es", "distribuidas", ES_GOODS), ("response/assistance", "es", "distribuyeron", ES_GOODS),
    ("response/assistance", "es", "entregado", ES_GOODS), ("response/assistance", "es", "entregados", ES_GOODS),
    ("response/assistance", "es", "entregadas", ES_GOODS),
    ("response/assistance", "es", "repartió", ES_GOODS), ("response/assistance", "es", "repartieron", ES_GOODS),
    ("response/assistance", "en", "cash transfer", ""),
    ("response/assistance", "en", "benefited from", "assistance|aid|cash|transfer|distribution|food|kits|support"),
    ("response/assistance", "en", "benefitted from", "assistance|aid|cash|transfer|distribution|food|kits|support"),
    ("response/medical", "en", "medical care", ""), ("response/medical", "en", "treated", "patients|hospital|clinic|injured|cases"),
    ("response/medical", "en", "vaccinated", ""), ("response/medical", "en", "vaccination campaign", ""),
    ("response/medical", "fr", "soins médicaux", ""), ("response/medical", "fr", "vaccinés", ""),
    ("response/medical", "es", "atención médica", ""), ("response/medical", "es", "vacunados", ""),
    ("response/funding", "en", "allocated", "fund|US\\$|USD|million|CERF"), ("response/funding", "en", "pledged", ""),
    ("response/funding", "en", "contributed", "US\\$|USD|million|fund"),
    ("response/funding", "fr", "alloué", ""), ("response/funding", "es", "asignó", "fondos|millones"),
    # needs
    ("needs/food", "en", "food insecurity", ""), ("needs/food", "en", "food insecure", ""),
    ("needs/food", "en", "malnutrition", ""), ("needs/food", "en", "famine", ""), ("needs/food", "en", "hunger", ""),
    ("needs/food", "en", "need food", ""), ("needs/food", "en", "food shortages", ""),
    ("needs/health", "en", "medical needs", ""), ("needs/health", "en", "health needs", ""),
    ("needs/health", "en", "need medical", ""), ("needs/health", "en", "medicines", "need|shortage|lack"),
    ("needs/shelter", "en", "shelter", "need|lack|without|homeless|emergency"), ("needs/shelter", "en", "homeless", ""),
    ("needs/water-sanitation", "en", "drinking water", ""), ("needs/water-sanitation", "en", "clean water", ""),
    ("needs/water-sanitation", "en", "sanitation", ""),
    ("needs/education", "en", "out of school", ""), ("needs/education", "en", "schools closed", ""),
    ("needs/protection", "en", "protection needs", ""), ("needs/protection", "en", "protection risks", ""),
    ("needs/food", "fr", "insécurité alimentaire", ""), ("needs/food", "fr", "malnutrition", ""),
    ("needs/food", "es", "inseguridad alimentaria", ""), ("needs/food", "es", "desnutrición", ""),
    ("needs/shelter", "fr", "abris", "besoin|manque|sans"), ("needs/shelter", "es", "albergue", "necesidad|falta|sin"),
    ("needs/water-sanitation", "fr", "eau potable", ""), ("needs/water-sanitation", "es", "agua potable", ""),
    ("needs/health", "fr", "besoins sanitaires", ""), ("needs/health", "es", "necesidades de salud", ""),
    ("needs/education", "fr", "déscolarisés", ""), ("needs/education", "es", "escuelas cerradas", ""),
    ("needs/protection", "fr", "besoins de protection", ""), ("needs/protection", "es", "necesidades de protección", ""),
    ("needs/health", "en", "humanitarian needs", ""),
    # hazards
    ("hazard/flood", "en", "floods", ""), ("hazard/flood", "en", "flooding", ""), ("hazard/flood", "en", "flash floods", ""),
    ("hazard/flood", "en", "flood", ""),
    ("hazard/earthquake", "en", "earthquake", ""), ("hazard/earthquake", "en", "aftershocks", ""),
    ("hazard/storm", "en", "cyclone", ""), ("hazard/storm", "en", "hurricane", ""), ("hazard/storm", "en", "typhoon", ""),
    ("hazard/storm", "en", "tropical storm", ""), ("hazard/storm", "en", "tornado", ""),
    ("hazard/drought", "en", "drought", ""), ("hazard/drought", "en", "dry spell", ""),
    ("hazard/epidemic", "en", "outbreak", ""), ("hazard/epidemic", "en", "epidemic", ""),
    ("hazard/epidemic", "en", "cholera", ""), ("hazard/epidemic", "en", "cases", "confirmed|suspected|outbreak|disease|virus|infection"),
    ("hazard/epidemic", "en", "confirmed cases", ""), ("hazard/epidemic", "en", "suspected cases", ""),
    ("hazard/fire", "en", "wildfire", ""), ("hazard/fire", "en", "wildfires", ""), ("hazard/fire", "en", "forest fires", ""),
    ("hazard/landslide", "en", "landslide", ""), ("hazard/landslide", "en", "landslides", ""),
    ("hazard/landslide", "en", "mudslide", ""), ("hazard/volcano", "en", "volcano", ""),
    ("hazard/volcano", "en", "eruption", ""), ("hazard/volcano", "en", "volcanic", ""),
    ("hazard/flood", "fr", "inondations", ""), ("hazard/flood", "fr", "crues", ""),
    ("hazard/earthquake", "fr", "séisme", ""), ("hazard/earthquake", "fr", "tremblement de terre", ""),
    ("hazard/storm", "fr", "cyclone", ""), ("hazard/storm", "fr", "ouragan", ""), ("hazard/storm", "fr", "tempête", ""),
    ("hazard/drought", "fr", "sécheresse", ""), ("hazard/epidemic", "fr", "épidémie", ""),
    ("hazard/epidemic", "fr", "choléra", ""), ("hazard/epidemic", "fr", "cas confirmés", ""),
    ("hazard/epidemic", "fr", "cas suspects", ""), ("hazard/fire", "fr", "incendies", ""),
    ("hazard/landslide", "fr", "glissements de terrain", ""), ("hazard/volcano", "fr", "éruption", ""),
    ("hazard/flood", "es", "inundaciones", ""), ("hazard/flood", "es", "crecidas", ""),
    ("hazard/earthquake", "es", "terremoto", ""), ("hazard/earthquake", "es", "sismo", ""),
    ("hazard/storm", "es", "huracán", ""), ("hazard/storm", "es", "tormenta tropical", ""),
    ("hazard/storm", "es", "ciclón", ""), ("hazard/drought", "es", "sequía", ""),
    ("hazard/epidemic", "es", "epidemia", ""), ("hazard/epidemic", "es", "brote", ""),
    ("hazard/epidemic", "es", "cólera", ""), ("hazard/epidemic", "es", "casos confirmados", ""),
    ("hazard/fire", "es", "incendios", ""), ("hazard/landslide", "es", "deslizamientos", ""),
    ("hazard/landslide", "es", "derrumbes", ""), ("hazard/volcano", "es", "erupción", ""),
]

DEFINITIONS = {
    "casualties/killed": ("People killed, dead or fatalities reported", "", "KILL"),
    "casualties/injured": ("People injured or wounded", "", "WOUND"),
    "casualties/missing": ("People missing or unaccounted for", "", ""),
    "displacement/displaced": ("People displaced from their homes or who fled", "", "CRISISLEX_T09_DISPLACED"),
    "displacement/evacuated": ("People evacuated or relocated for their safety", "", ""),
    "displacement/refugees": ("Refugees or asylum seekers who crossed a border", "", "CRISISLEX_T09_DISPLACED"),
    "displacement/returned": ("Displaced people or refugees returning home", "", ""),
    "violence/armed-clash": ("Fighting between armed actors", "Battles/Armed clash", ""),
    "violence/shelling-missile": ("Artillery, rocket or missile fire", "Explosions/Remote violence/Shelling/artillery/missile attack", ""),
    "violence/airstrike": ("Air or drone strike", "Explosions/Remote violence/Air/drone strike", ""),
    "violence/explosive-landmine": ("Landmine, IED or other explosive device", "Explosions/Remote violence/Remote explosive/landmine/IED", ""),
    "violence/attack-on-civilians": ("Attack on civilians or civilian objects", "Violence against civilians/Attack", ""),
    "violence/sexual-violence": ("Sexual or gender-based violence", "Violence against civilians/Sexual violence", ""),
    "violence/abduction": ("Abduction, hostage taking or forced disappearance", "Violence against civilians/Abduction/forced disappearance", "KIDNAP"),
    "violence/arrest": ("Arrest or detention", "Strategic developments/Arrests", "ARREST"),
    "violence/property-destruction": ("Destruction, damage or looting of property or infrastructure", "Strategic developments/Looting/property destruction", ""),
    "protest/peaceful": ("Peaceful demonstration, strike or protest", "Protests/Peaceful protest", "PROTEST"),
    "protest/violent": ("Violent protest or riot", "Riots/Violent demonstration", ""),
    "political/accusation": ("Accusation, condemnation or criticism of another actor", "", ""),
    "political/ceasefire-violation": ("Ceasefire or truce violated or alleged to be", "", ""),
    "political/agreement": ("Agreement, ceasefire or settlement signed or in force", "Strategic developments/Agreement", "CEASEFIRE"),
    "political/negotiation": ("Talks, negotiation or mediation between parties", "", ""),
    "political/territory-change": ("Territory seized, recaptured or handed over", "Battles/Non-state actor overtakes territory", "SEIZE"),
    "political/announcement": ("Official announcement or public statement", "", ""),
    "appeal/protection-of-civilians": ("Call on parties to protect civilians and respect IHL", "", ""),
    "appeal/humanitarian-access": ("Call for or report of humanitarian access, corridors, safe passage", "", ""),
    "appeal/funding": ("Appeal for humanitarian funding", "", ""),
    "appeal/ceasefire": ("Call for a ceasefire, truce or de-escalation", "", ""),
    "response/assistance": ("Aid delivered or distributed", "", ""),
    "response/readiness": ("Preparedness: ready to respond, stocks prepositioned", "", ""),
    "response/medical": ("Medical care, treatment or vaccination provided", "", ""),
    "response/funding": ("Funds allocated, pledged or contributed", "", ""),
    "needs/food": ("Food insecurity, malnutrition or hunger", "", ""),
    "needs/health": ("Health or humanitarian needs", "", ""),
    "needs/shelter": ("Shelter needs, homelessness", "", ""),
    "needs/water-sanitation": ("Water, sanitation and hygiene needs", "", ""),
    "needs/education": ("Education needs, schools closed, children out of school", "", ""),
    "needs/protection": ("Protection needs and risks", "", ""),
    "hazard/flood": ("Flood or flash flood", "", ""),
    "hazard/earthquake": ("Earthquake", "", ""),
    "hazard/storm": ("Storm, cyclone, hurricane, typhoon or tornado", "", ""),
    "hazard/drought": ("Drought or dry spell", "", ""),
    "hazard/epidemic": ("Disease outbreak or epidemic", "", ""),
    "hazard/fire": ("Wildfire or large fire", "", ""),
    "hazard/landslide": ("Landslide or mudslide", "", ""),
    "hazard/volcano": ("Volcanic activity or eruption", "", ""),
}


# More triggers per language, by claim type: "phrase" or "phrase[ctx|ctx]"
# (the claim counts only when a context word starts a word within the
# window). Inflections are listed; a straight apostrophe also matches a
# curly one.
MORE_TRIGGERS = {
    "en": {
        "casualties/killed": ["lost their lives", "were killed", "was killed", "killing", "fatalities", "deceased", "bodies[recovered|found]"],
        "casualties/injured": ["wounded", "injuries", "were injured", "was injured"],
        "casualties/missing": ["missing[people|persons|person|fishermen|children|remain|reported|aid workers|workers|are|were|still]", "unaccounted for"],
        "displacement/displaced": ["internally displaced", "displaced persons", "displaced people", "IDP", "IDPs", "fled their homes", "fled their home", "flee their homes", "flee their home", "had to flee", "forced to flee", "evacuation centres", "evacuation centers"],
        "displacement/evacuated": ["pre-emptively evacuated", "preemptive evacuation", "evacuations", "relocated to safe[places|areas|locations|shelters]", "moved to safe[places|areas|locations|shelters]"],
        "displacement/returned": ["returnees", "returned home", "returning home", "voluntary return", "voluntary repatriation", "repatriation", "voluntarily return", "voluntarily returned", "return to their[homes|villages|areas|places|communities|country|origin]", "returned to their[homes|villages|areas|places|communities|country|origin]", "returning to their[homes|villages|areas|places|communities|country|origin]"],
        "hazard/epidemic": ["outbreak", "cases[confirmed|suspected|probable|cholera|deaths|reported|laboratory|number|total|new|increase|rise|fold|average|cumulative]", "confirmed case", "suspected case", "cholera", "measles", "Ebola", "Marburg", "yellow fever", "dengue", "Zika", "plague", "meningitis", "diphtheria", "avian influenza", "HIV", "HIV/AIDS"],
        "hazard/storm": ["tropical storm", "typhoon", "hurricane", "cyclone", "tropical depression", "storm surge",
                         "hurricanes", "typhoons", "cyclones", "tornadoes", "tropical storms", "super typhoon"],
        "hazard/flood": ["flooding", "floods", "flooded", "flash floods", "flash flood", "flashfloods", "floodwaters", "flood waters", "heavy rains", "torrential rains"],
        "hazard/landslide": ["landslide", "landslides", "mudslide", "mudslides"],
        "hazard/earthquake": ["earthquake", "earthquakes", "aftershocks", "tremor"],
        "hazard/fire": ["wildfire", "wildfires", "bushfire", "fire broke out"],
        "hazard/drought": ["drought", "droughts", "dry spell", "dry spells", "below normal rainfall",
                           "below-normal rainfall", "below-average rainfall", "below average rainfall", "rainfall deficit",
                           "rainfall deficits"],
        "needs/food": ["food insecurity", "food insecure", "malnutrition", "malnourished", "hunger", "famine", "food needs"],
        "needs/health": ["health needs", "medical needs", "shortage of medicines", "lack of medicines", "need medical", "in need of medical"],
        "needs/water-sanitation": ["safe water", "clean water", "drinking water", "sanitation", "latrines", "hygiene[water|sanitation|kits|promotion]", "WASH"],
        "needs/education": ["out of school", "schools closed", "school closures", "access to education", "education needs"],
        "needs/protection": ["protection needs", "protection risks", "child protection", "unaccompanied children", "unaccompanied minors", "separated children", "human trafficking", "trafficking in persons", "child recruitment", "recruitment of children", "protection concerns"],
        "needs/shelter": ["shelter needs", "emergency shelter", "homeless", "temporary shelters", "makeshift shelters", "in need of shelter"],
        "response/assistance": ["humanitarian assistance", "humanitarian aid", "relief supplies", "non-food items", "food distribution", "food distributions", "emergency assistance", "distribution[food|kits|items|cash|water|relief|non-food]", "assisted[people|families|households|persons]", "reached[people|beneficiaries|families|households]", "cash transfers", "hygiene kits"],
        "response/medical": ["vaccination", "vaccinations", "immunization", "immunisation", "contact tracing", "case management", "treatment centres", "treatment centers", "medical assistance", "medical supplies", "mobile clinics", "medical teams", "psychosocial support", "health services[provided|provide|support|restor|deliver]", "health consultations", "medical consultations"],
        "response/funding": ["allocated[million|US$|USD|fund|funding|CERF|$]", "allocation[million|US$|USD|fund|funding|CERF|$]", "contributed[million|US$|USD|funding|$]", "contribution[million|US$|USD|funding|$]", "donated", "pledged", "grant[million|US$|USD|$]", "funded by"],
        "response/readiness": ["prepositioned", "pre-positioned", "contingency plan", "preparedness", "on standby", "stand ready", "ready to respond"],
        "appeal/funding": ["flash appeal", "funding gap", "underfunded", "appeal[funding|million|US$|fund|launch|flash|emergency|$]", "urgently needed[funding|fund|million]"],
        "appeal/humanitarian-access": ["humanitarian access", "access constraints", "safe passage", "humanitarian corridor", "unimpeded access"],
        "appeal/protection-of-civilians": ["protect civilians", "protection of civilians", "international humanitarian law", "respect for human rights"],
        "political/announcement": ["announces", "announcement", "declared[emergency|outbreak|alert|state|disaster|over]", "state of emergency", "in a statement", "issued a statement", "joint statement", "welcomed", "welcomes"],
        "political/accusation": ["accused", "accuses", "condemned", "condemns", "denounced"],
        "political/agreement": ["agreement[signed|sign|peace|ceasefire|reached]", "peace deal", "memorandum of understanding"],
        "political/negotiation": ["negotiations", "peace talks", "dialogue[political|national|peace]", "mediation"],
        "violence/armed-clash": ["clashes", "fighting", "armed attack", "armed men[attack]", "gunmen", "hostilities"],
        "violence/attack-on-civilians": ["massacre", "attacks on civilians", "attack on civilians", "attacks against civilians"],
        "violence/arrest": ["arrested", "detained", "arrests", "detention", "apprehended"],
        "violence/abduction": ["abducted", "kidnapped", "abduction", "kidnapping", "hostages"],
        "violence/property-destruction": ["destroyed", "damaged[houses|homes|buildings|schools|infrastructure|roads|bridges|facilities|hospitals|clinics|ambulances]", "looted", "burned down"],
        "violence/sexual-violence": ["sexual violence", "gender-based violence", "rape", "sexual exploitation and abuse"],
        "violence/shelling-missile": ["shelling", "shelled", "rockets", "mortar", "artillery", "missile", "missiles"],
        "violence/airstrike": ["airstrike", "airstrikes", "air strike", "air strikes"],
        "violence/explosive-landmine": ["landmine", "landmines", "improvised explosive device", "IED", "explosive remnants"],
    },
    "fr": {
        "casualties/killed": ["décédé", "décédée", "a été tué", "a été tuée", "coûté la vie", "perdu la vie", "tuant", "morte", "corps sans vie", "victimes[mort|décès|tué]", "mortalité"],
        "casualties/injured": ["blessée", "blessant", "grièvement blessés"],
        "casualties/missing": ["disparu[personnes|enfants|pêcheurs|signal]", "disparue", "portés disparus"],
        "displacement/displaced": ["déplacée", "déplacé", "déplacés internes", "PDI", "fuir", "fuyant", "ont dû fuir"],
        "displacement/evacuated": ["évacué", "évacuée", "évacuer", "évacuations"],
        "displacement/refugees": ["réfugié", "réfugiée", "demandeurs d'asile", "demandeur d'asile"],
        "displacement/returned": ["retour[réfugiés|déplacés|volontaire|rapatri|chez eux|foyers|village]", "rapatriement", "rapatriées", "retournées", "retournés"],
        "hazard/epidemic": ["cas[choléra|confirmés|suspects|paludisme|rougeole|fièvre|Ebola|décès|dengue|probables]", "flambée", "épidémies", "rougeole", "paludisme", "fièvre jaune", "Ebola", "peste", "méningite", "dengue", "Zika", "grippe", "fièvre de Lassa", "maladie à virus"],
        "hazard/storm": ["tempête tropicale", "ouragans", "cyclones", "typhon", "typhons", "dépression tropicale", "tempêtes"],
        "hazard/flood": ["inondé", "inondées", "inondés", "pluies diluviennes", "fortes pluies", "inondation"],
        "hazard/landslide": ["glissement de terrain", "éboulement", "éboulements", "coulée de boue", "coulées de boue"],
        "hazard/earthquake": ["séismes", "secousse", "secousses"],
        "hazard/fire": ["incendie"],
        "needs/food": ["faim", "famine", "besoins alimentaires", "malnutris", "malnutrition aiguë", "sécurité alimentaire"],
        "needs/health": ["besoins en santé", "besoins de santé", "accès aux soins", "besoins sanitaires", "manque de médicaments"],
        "needs/water-sanitation": ["assainissement", "hygiène[eau|assainissement|kits|promotion]", "latrines", "approvisionnement en eau", "accès à l'eau", "EHA", "WASH"],
        "needs/education": ["scolarisation", "écoles fermées", "accès à l'éducation", "éducation[accès|enfants|besoins|scolar|école]", "déscolarisés", "déscolarisation"],
        "needs/protection": ["protection de l'enfance", "besoins de protection", "mineurs non accompagnés", "enfants non accompagnés", "enfants séparés", "risques de protection", "en termes de protection", "traite des êtres humains", "recrutement d'enfants", "recrutement et d'utilisation d'enfants"],
        "needs/shelter": ["abri", "abris d'urgence", "hébergement", "sans-abri", "sans abri", "logement[besoin|manque|urgence|décent]"],
        "response/assistance": ["assistance humanitaire", "aide humanitaire", "distribution[vivres|kits|articles|nourriture|eau|non alimentaires|aide|semences|cash|espèces]", "distributions", "vivres", "articles non alimentaires", "aide alimentaire", "a fourni", "ont reçu[aide|assistance|kits|vivres|soutien]", "assistance[apporter|fournir|fourni|apporté|bénéfici]", "venir en aide", "transferts monétaires"],
        "response/medical": ["vaccination", "campagne de vaccination", "prise en charge[médicale|cas|malades|patients|psycho]", "soins[fournir|prodigués|médicaux|santé|gratuits|reçu]", "cliniques mobiles", "traitement[cas|patients|malades]", "riposte[sanitaire|épidémie|choléra|Ebola|vaccin|rougeole]", "consultations", "soutien psychosocial", "pulvérisation", "lutte antivectorielle"],
        "response/funding": ["financement[millions|dollars|USD|CERF|fonds|euros|$]", "a alloué", "allocation[millions|dollars|USD|CERF|fonds|euros]", "contribution[millions|dollars|euros|USD|$]", "a financé", "financé par", "don de"],
        "response/readiness": ["préparation[riposte|urgence|plan|catastrophe]", "plan de contingence", "se tient prêt", "prêts à intervenir", "prépositionnement", "pré-positionnés"],
        "appeal/funding": ["appel[fonds|financement|millions|dollars|urgence|humanitaire|donateurs]", "lance un appel", "lancé un appel"],
        "appeal/protection-of-civilians": ["protéger les civils", "protection des civils", "droit international humanitaire", "droits de l'homme[respect|respecter|protéger]"],
        "appeal/humanitarian-access": ["accès humanitaire", "couloir humanitaire", "couloirs humanitaires"],
        "appeal/ceasefire": ["cessez-le-feu[appel|appelle|demande|exhorte|respect]"],
        "political/announcement": ["annonce", "annoncé", "communiqué", "déclaration[conjointe|officielle|publiée|commune]", "a décrété", "état d'urgence", "se félicite", "salue", "a déclaré[état|urgence|épidémie|fin|alerte]"],
        "political/accusation": ["accusent", "accusant", "accusés", "dénonce", "condamne", "condamnent", "a dénoncé", "a accusé", "ont condamné", "ont dénoncé", "ont accusé", "dénoncent"],
        "political/agreement": ["accord[signé|signature|paix|cessez-le-feu|conclu|entré en vigueur]", "protocole d'accord"],
        "political/negotiation": ["dialogue[politique|national|paix|inclusif]", "médiation", "négociation"],
        "violence/armed-clash": ["affrontement", "accrochages", "attaque armée", "hommes armés", "assaut", "attaques[casques bleus|soldats|militaires|positions|armée|base]", "attaque[casques bleus|soldats|militaires|positions|armée|base]"],
        "violence/attack-on-civilians": ["massacre", "massacres", "tuerie", "attaques contre[civils|population]"],
        "violence/arrest": ["arrêté", "arrestations", "arrestation", "rafles", "détenus", "interpellés", "détention"],
        "violence/abduction": ["enlèvement", "enlèvements", "enlevé", "enlevées", "kidnappé", "kidnappés", "otages"],
        "violence/property-destruction": ["détruite", "endommagées", "endommagés", "endommagé", "endommagée", "incendiées", "pillage", "pillées", "pillés"],
        "violence/sexual-violence": ["viol", "viols", "violence sexuelle", "violences basées sur le genre", "VBG", "exploitation et abus sexuels", "violences sexistes"],
        "violence/shelling-missile": ["obus", "roquettes", "tirs d'artillerie", "mortiers"],
        "violence/airstrike": ["frappe aérienne", "bombardement aérien", "bombardements aériens"],
        "violence/explosive-landmine": ["engin explosif", "engins explosifs improvisés", "mines terrestres", "restes explosifs"],
    },
    "es": {
        "casualties/killed": ["muerto", "muerta", "fallecido", "fallecida", "falleció", "murió", "perdió la vida", "víctimas mortales", "asesinado", "asesinada", "asesinato", "asesinatos", "homicidios", "cadáveres", "decesos", "defunciones"],
        "casualties/injured": ["herido", "herida", "lesionado", "lesionadas"],
        "casualties/missing": ["desaparecido", "desaparecida", "desaparición", "desapariciones"],
        "displacement/displaced": ["desplazado", "desplazada", "desplazamiento forzado", "desplazamientos", "huir", "huyendo", "población desplazada"],
        "displacement/evacuated": ["evacuado", "evacuada", "evacuar", "evacuaron", "evacuaciones"],
        "displacement/refugees": ["refugiado", "refugiada", "solicitantes de asilo", "solicitante de asilo"],
        "displacement/returned": ["retorno[refugiados|desplazados|voluntario|familias|hogares|comunidades]", "retornaron", "regresaron[hogares|casas|comunidades|viviendas]", "repatriación"],
        "hazard/epidemic": ["casos[confirmados|sospechosos|dengue|cólera|fiebre|sarampión|muertes|probables|zika]", "fiebre amarilla", "dengue", "zika", "chikungunya", "sarampión", "malaria", "paludismo", "influenza", "brotes", "epidemias", "ébola"],
        "hazard/storm": ["tormenta", "tormentas", "huracanes", "depresión tropical", "onda tropical", "ciclón tropical", "ciclones", "tifón", "tifones"],
        "hazard/flood": ["inundación", "inundadas", "inundados", "lluvias torrenciales", "lluvias intensas", "desborde", "desbordamiento"],
        "hazard/landslide": ["deslizamiento", "alud", "aluvión", "aluviones", "derrumbe", "remoción en masa", "remociones en masa", "deslave", "deslaves"],
        "hazard/earthquake": ["sismos", "temblor", "terremotos"],
        "hazard/fire": ["incendio", "incendios forestales"],
        "hazard/volcano": ["volcán[actividad|erupción|ceniza|alerta]", "actividad volcánica"],
        "needs/food": ["hambre", "necesidades alimentarias", "seguridad alimentaria", "malnutrición"],
        "needs/health": ["atención en salud[necesidad|acceso]", "acceso a salud", "acceso a servicios de salud", "falta de medicamentos"],
        "needs/water-sanitation": ["saneamiento", "agua y saneamiento", "higiene[agua|saneamiento|kits|promoción]", "acceso al agua", "letrinas"],
        "needs/education": ["educación[acceso|niños|necesidades|escolar|escuelas]", "escolarización", "desescolarizados", "desescolarización"],
        "needs/protection": ["protección de la niñez", "protección infantil", "menores no acompañados", "niños no acompañados", "riesgos de protección", "trata de personas", "reclutamiento de menores", "reclutamiento forzado", "reclutamiento de niños"],
        "needs/shelter": ["albergues", "albergados", "sin techo", "sin hogar", "refugio temporal", "alojamiento temporal"],
        "response/assistance": ["asistencia humanitaria", "ayuda humanitaria", "entrega[ayuda|kits|alimentos|agua|asistencia|víveres|insumos]", "entregó", "entregaron", "distribución[ayuda|kits|alimentos|agua|víveres|insumos]", "víveres", "asistencia[brindar|brindó|entrega|humanitaria|alimentaria]", "brindó[asistencia|apoyo|atención|ayuda]", "atención humanitaria", "ayuda alimentaria", "raciones"],
        "response/medical": ["vacunación", "campaña de vacunación", "vacunas[aplic|dosis|aplicaron]", "atención en salud", "brigadas médicas", "tratamiento[casos|pacientes]", "jornadas de salud", "atención psicosocial", "apoyo psicosocial", "fumigación"],
        "response/funding": ["financiamiento[millones|dólares|USD|fondos|$]", "financiación[millones|dólares|USD|fondos|$]", "aportó", "aporte[millones|dólares|$]", "contribución[millones|dólares|euros|$]", "donó", "donación", "financiado por"],
        "response/readiness": ["preparación[respuesta|emergencia|desastres|plan]", "simulacro", "plan de contingencia", "alerta temprana", "preparativos"],
        "appeal/funding": ["hace un llamado[comunidad internacional|fondos|financ|apoyo|donantes]", "pide[fondos|financ|recursos]", "llamamiento"],
        "appeal/protection-of-civilians": ["proteger a los civiles", "protección de civiles", "protección de la población civil", "derecho internacional humanitario"],
        "appeal/humanitarian-access": ["acceso humanitario", "corredor humanitario"],
        "political/announcement": ["anuncio", "anunciaron", "comunicado", "declaró[emergencia|alerta|estado|desastre]", "decretó", "estado de emergencia", "alerta roja", "alerta amarilla", "alerta naranja", "declaratoria", "zona de exclusión"],
        "political/accusation": ["acusa", "denuncia[ataque|violación|asesinato|amenaza]", "condenó", "condena[ataque|asesinato|violencia]", "condenaron", "denunciaron", "acusaron", "ha denunciado", "han denunciado", "ha condenado", "han condenado"],
        "political/agreement": ["acuerdo[paz|firm|alto el fuego|cese]", "firma del acuerdo", "firmaron", "pacto"],
        "political/negotiation": ["diálogo[paz|proceso|mesa|nacional]", "mesa de diálogo", "negociación", "proceso de paz"],
        "violence/armed-clash": ["enfrentamiento", "combate", "grupos armados[ataque|enfrent|combat]", "hostilidades"],
        "violence/attack-on-civilians": ["masacre", "masacres", "ataque contra[civiles|población|comunidad]"],
        "violence/arrest": ["detenido", "detenida", "capturados", "arrestados", "detención", "capturado"],
        "violence/abduction": ["secuestro", "secuestrado", "secuestrada", "secuestros"],
        "violence/property-destruction": ["destruida", "dañadas", "dañados", "dañada", "colapsadas", "colapsaron", "viviendas destruidas"],
        "violence/sexual-violence": ["violencia basada en género", "abuso sexual", "abusos sexuales", "violaciones sexuales"],
        "violence/shelling-missile": ["bombardeo", "proyectiles", "morteros"],
        "violence/airstrike": ["ataque aéreo", "bombardeo aéreo"],
        "violence/explosive-landmine": ["artefacto explosivo", "artefactos explosivos", "minas[antipersona|terrestres]"],
    },
}


def add_triggers(by_language):
    """Merges {language: {type: [trigger, ...]}} into MORE_TRIGGERS."""
    for lang, types in by_language.items():
        for kind, items in types.items():
            MORE_TRIGGERS[lang].setdefault(kind, []).extend(items)


# Needs as people state them in messages ('we need food', 'no shelter').
add_triggers({"en": {"needs/food": ["food[need|lack|without|shortage|hungry|starv|help|please|asking|request]", "hungry", "starving", "nothing to eat", "no food"], "needs/water-sanitation": ["water[need|lack|without|shortage|hungry|starv|help|please|asking|request|thirst|drink]", "thirsty", "no water"], "needs/shelter": ["shelter[need|lack|without|shortage|hungry|starv|help|please|asking|request]", "tents[need|lack|without|shortage|hungry|starv|help|please|asking|request]", "tent[need|lack|without|shortage|hungry|starv|help|please|asking|request]", "sleeping outside", "sleep outside", "no shelter"], "needs/health": ["medicine[need|lack|without|shortage|hungry|starv|help|please|asking|request]", "medicines[need|lack|without|shortage|hungry|starv|help|please|asking|request]", "medical help", "doctor[need|lack|without|shortage|hungry|starv|help|please|asking|request]", "doctors[need|lack|without|shortage|hungry|starv|help|please|asking|request]", "hospital[need|lack|without|shortage|hungry|starv|help|please|asking|request]", "sick people", "are sick", "no medicine"], "hazard/storm": ["storm", "storms", "strong winds", "high winds", "heavy winds"]}, "fr": {"needs/food": ["nourriture[besoin|manque|sans|faim|aide]", "vivres[besoin|manque|sans]"], "needs/water-sanitation": ["eau[besoin|manque|sans|soif]"], "needs/shelter": ["tentes[besoin|manque|sans]"], "needs/health": ["médicaments[besoin|manque|sans|pénurie]"]}, "es": {"needs/food": ["comida[necesit|falta|sin|hambre|ayuda]", "alimentos[necesit|falta|sin|escasez]"], "needs/water-sanitation": ["agua[necesit|falta|sin|escasez|sed]"], "needs/shelter": ["carpas[necesit|falta|sin]"], "needs/health": ["medicinas[necesit|falta|sin]", "medicamentos[necesit|falta|sin|escasez]"]}})

# Announcements, readiness, assistance and funding in their common phrasings.
add_triggers({"en": {"political/announcement": ["press release", "press conference", "confirmed[outbreak|virus|disease|epidemic]", "alert level", "alert levels", "red alert", "orange alert", "presented[report|plan|study|manual]", "launched[report|plan|campaign|study]", "expressed[concern|condolences|solidarity]"], "response/readiness": ["on alert", "on stand-by", "standby", "prepares for", "preparing for", "early warning", "anticipatory", "assessment mission", "contingency stocks"], "response/assistance": ["received[assistance|aid|items|food|kits|cash|support]", "non-food items", "nonfood items", "supported[families|people|households|refugees|returnees|victims]", "distribution of", "relief goods", "food packs", "family food packs"], "response/funding": ["funding for", "US$[million|billion|contribut|fund|donat]", "disbursed", "released[million|fund|US$|$]"], "appeal/funding": ["appealing for", "funding requirements", "requirements[funding|million|US$|USD]", "donation", "provide funding", "funding shortfall"], "needs/health": ["medical supplies are needed", "access to health", "health services[access|lack|need|without]", "mental health"]}, "fr": {"political/announcement": ["annoncer", "communiquée", "communiqué de presse", "conférence de presse", "a présenté", "ont présenté", "alerte rouge", "niveau d'alerte", "exprime[préoccupation|condoléances|solidarité]"], "response/readiness": ["se préparer", "en alerte", "alerte précoce", "mission d'évaluation"], "response/assistance": ["hébergés", "ont reçu", "appui[activités|ménages|familles|réfugiés|retour]", "kits"], "response/funding": ["financements", "a débloqué", "décaissé"], "needs/health": ["accès aux services de santé", "santé mentale"]}, "es": {"political/announcement": ["presentó", "presentan", "presentaron", "conferencia de prensa", "rueda de prensa", "alerta verde", "nivel de alerta"], "response/readiness": ["en apresto", "alerta temprana", "se preparan", "preparación", "prevención"], "response/assistance": ["brindando atención", "albergue habilitado", "kits", "insumos[entreg|distribu]", "recibieron[ayuda|asistencia|kits|alimentos]"], "response/funding": ["aportes por", "recursos por", "inversión de"]}})

# Displacement told as taking refuge or sheltering ("16,000 people had sought
# refuge in temporary shelters", "se sont réfugiés dans la brousse").
add_triggers({"en": {"displacement/displaced": ["sought refuge", "seeking refuge", "took refuge", "taken refuge", "taking refuge"], "displacement/evacuated": ["preventive sheltering", "pre-emptive evacuation", "preemptive evacuation", "preventive evacuation"]}, "fr": {"displacement/displaced": ["trouvé refuge", "se sont réfugiés", "se sont réfugiées", "ont fui leurs"]}, "es": {"displacement/displaced": ["se refugiaron", "buscaron refugio", "buscan refugio", "se han refugiado"]}})

# Treatment, health needs, protection needs, appeals to end violence and for
# access, in their common phrasings.
add_triggers({"en": {"response/medical": ["treatment[HIV|patients|access|received|receiving|free|hospital|medical|antiretroviral|cases|children]", "medical treatment", "medical treatments", "medical attention", "hospitalised", "hospitalized", "admitted to hospital", "oral rehydration", "infection prevention and control", "clinical samples", "vitamin A", "antiretroviral"], "needs/health": ["access the services", "access to treatment", "access to care", "health risks"], "appeal/ceasefire": ["end to the conflict", "end to the violence", "end the violence", "end the fighting", "stop the fighting", "cessation of hostilities", "cease hostilities", "lay down their arms"], "appeal/protection-of-civilians": ["humanitarian law[respect|enforce|uphold|comply|abide|violat]", "respect the neutrality"], "needs/protection": ["human trafficking", "trafficking in persons", "exploitation and abuse", "protection services", "vulnerable to violence", "vulnerable to exploitation"], "appeal/humanitarian-access": ["unhindered access", "difficult to access", "hard-to-reach", "access remains", "inaccessible", "access restrictions"]}, "fr": {"response/medical": ["sous traitement", "hospitalisé", "hospitalisés", "hospitalisée", "hospitalisées", "soins de santé[fourni|accès|gratuit|reçu|offert|assur]", "traitement antirétroviral", "vitamine A", "prévention et contrôle des infections"], "needs/health": ["accéder aux services", "accès aux traitements", "accès au traitement"], "appeal/ceasefire": ["mettre fin à la violence", "mettre un terme à la violence", "mettre fin aux violences", "cesser[violence|violences|hostilités|combats]", "cessation des hostilités", "déposer les armes"], "appeal/protection-of-civilians": ["protéger[populations|civils|groupes vulnérables|personnes|victimes]", "respecter le droit international"], "needs/protection": ["traite des êtres humains", "vulnérables aux violences", "exploitation et abus", "exploitation et les abus"], "appeal/humanitarian-access": ["accès difficile", "difficile d'accès", "difficile d’accès", "zones inaccessibles", "contraintes d'accès", "contraintes d’accès"]}, "es": {"response/medical": ["hospitalizados", "hospitalizado", "hospitalizadas", "tratamiento antirretroviral", "vitamina A", "control de infecciones"], "needs/health": ["acceder a servicios", "acceso a tratamiento", "acceso al tratamiento"], "appeal/ceasefire": ["poner fin a la violencia", "cese de hostilidades", "cese al fuego", "alto el fuego", "deponer las armas", "cesar[violencia|hostilidades|combates]"], "appeal/protection-of-civilians": ["proteger[población|civiles|migrantes|personas|víctimas]", "respetar el derecho internacional"], "needs/protection": ["trata de personas", "explotación y abuso", "explotaciones y abusos", "vulnerables a la violencia"], "appeal/humanitarian-access": ["difícil acceso", "acceso limitado", "zonas inaccesibles"]}})

# Repatriation, and displacement told as where people stay ("staying with
# families / friends", "temporarily housed", "remain in 10 shelters").
add_triggers({"en": {"displacement/returned": ["repatriated", "repatriation", "repatriations"], "displacement/displaced": ["staying with[families|friends|relatives|host]", "temporarily housed", "temporary shelters[people|persons|families|children|staying|remain|living|sought]", "remain in[shelters|evacuation|camps|sites]"]}, "fr": {"displacement/returned": ["rapatriés", "rapatriées", "rapatrié", "rapatriement", "rapatriements"], "displacement/displaced": ["familles d'accueil", "familles d’accueil", "abris temporaires[personnes|familles|enfants|hébergé]"]}, "es": {"displacement/returned": ["repatriados", "repatriadas", "repatriado", "repatriación", "repatriaciones"], "displacement/displaced": ["familias de acogida", "albergues temporales[personas|familias|niños|albergad]"]}})

# Damage, sieges, fighting, delivering aid, funding amounts, food and shelter
# needs, humanitarian need, in their common phrasings.
add_triggers({"en": {"violence/property-destruction": ["damaged[facilities|ambulances|grid|power|roads|vehicles|crops|health|clinic|water]", "devastated[homes|houses|grid|infrastructure|town|city|island|crops|power]", "lost all their belongings", "lost their homes"], "violence/attack-on-civilians": ["siege of", "besieged", "under siege"], "violence/armed-clash": ["the fighting", "fighting continues", "fighting is"], "response/assistance": ["deliver assistance", "delivering food", "deliver aid", "delivering aid", "dispatch[vaccine|supplies|aid|food|kits|teams|items]", "provided[doses|vaccine|syringes|medicines|drugs]", "interventions[food|nutrition|health|livelihoods|WASH|water]", "support to[IDPs|refugees|returnees|families|communities|people|survivors]"], "needs/food": ["acute malnutrition", "GAM", "lean season", "food stocks"], "political/announcement": ["declaration of", "pleased to announce", "pleased to inform", "reiterated its call", "reiterates its call"], "response/funding": ["funding of", "federal funds", "million[funding|grant|contribut|donat|provided|approved|allocat|disburs|Fund]", "funds have been provided", "funds has been provided"], "response/medical": ["medical personnel", "response plan[activated|cholera|outbreak|epidemic|health]", "health workers deployed"], "needs/health": ["in need of humanitarian assistance", "need for humanitarian assistance", "in need of assistance", "immunization coverage", "immunisation coverage", "needed vaccine"]}, "fr": {"violence/property-destruction": ["dégâts", "dommages[maisons|habitations|infrastructures|écoles|cultures|bâtiments]", "ont perdu tous leurs biens", "pillage", "pillé", "pillés", "vol de bétail", "vol de"], "needs/food": ["période de soudure", "soudure", "stocks alimentaires", "malnutrition aiguë globale"], "needs/shelter": ["abris précaires", "abri précaire", "à la rue"], "response/assistance": ["transfert monétaire", "transferts monétaires", "cash transfert"], "response/funding": ["investissement de", "a mobilisé[millions|euros|dollars|aide]", "millions d'euros", "millions d’euros", "millions de dollars"], "needs/health": ["besoin d'assistance humanitaire", "besoin d’assistance humanitaire", "besoin d'aide humanitaire", "besoin d’aide humanitaire"]}, "es": {"violence/property-destruction": ["daños[viviendas|casas|infraestructura|escuelas|cuantificar|materiales]", "afectaciones[viviendas|ventanas|techos|cubiertas|casas]", "devastó", "devastadas"], "response/assistance": ["entrega de[ayuda|víveres|kits|alimentos|insumos|bienes]", "se entregaron", "entregaron[kits|alimentos|ayuda|víveres|insumos|tablets|colchones|frazadas]", "reparación de[viviendas|escuelas|fachadas|cubiertas|techos|centros]", "rehabilitación de[viviendas|escuelas|centros|infraestructura]"], "response/funding": ["pagos[cuentas|millones|indemniz]", "indemnizar", "crédito[aprob|millones|BID|Banco]", "millones de dólares[aport|inversión|financ|donación|fondos]"], "needs/health": ["necesidad de asistencia humanitaria", "necesitan asistencia humanitaria"]}})


# Session 7: loss of life, damage, attacks on civilians and aid, access,
# care and protection needs, hygiene, dialogue, mitigation, in their
# common phrasings.
add_triggers({"en": {"casualties/killed": ["loss of life", "loss of lives", "lost lives", "civilian lives[loss|lost|claimed]", "death toll", "found dead"], "violence/property-destruction": ["damage[homes|houses|buildings|infrastructure|facilities|significant|extensive|widespread|severe|heavy|roads|crops]", "robbery", "robbed", "burned down", "set on fire"], "violence/attack-on-civilians": ["hit by[rockets|shells|missiles|airstrike|mortar|mortars]", "attack on[civilians|convoy|clinic|hospital|school|village|aid workers|staff|medical|facility|camp]", "attacks on[civilians|medical|health|schools|aid workers|humanitarian|facilities|hospitals]", "ambush on", "ambushed", "killing of[civilians|staff|aid worker|humanitarian|worker|member]"], "appeal/humanitarian-access": ["suspended[activities|operations|services|response|programmes]", "access and security constraints", "security constraints", "unimpeded", "safe and unhindered", "newly accessible", "humanitarian access"], "response/medical": ["vaccination campaigns", "health care assistance", "nutritional support", "health care[provide|provided|access|services|assistance|deliver]", "patients[treated|received|services|admitted]"], "response/readiness": ["have been trained", "were trained", "trained[teams|volunteers|staff|health workers|responders]", "mitigation measures", "mitigation works"], "needs/health": ["require specialized care", "require specialised care", "poor health", "health conditions[poor|deteriorat|difficult|dire]", "psychiatric"], "needs/water-sanitation": ["hygiene conditions", "essential hygiene", "lack of hygiene"], "needs/protection": ["risks to their safety", "safety and basic rights", "gender-based violence", "GBV"], "political/announcement": ["state of calamity", "declared a state", "I call for", "we call for"], "violence/armed-clash": ["brutal conflict", "armed conflict", "outbreak of war", "attacks against peacekeep"], "political/accusation": ["deplores", "strongly deplores", "deplored"], "appeal/funding": ["funding needs", "amount raised", "raise funds"]}, "fr": {"casualties/injured": ["a blessé", "en a blessé", "grièvement blessé"], "violence/attack-on-civilians": ["violences policières", "attaque contre[casques bleus|civils|convoi|village|patrouille|camp|population]", "attaques visant", "attaque mortelle", "embuscade"], "appeal/humanitarian-access": ["sans entrave", "acheminement de l'aide", "acheminement de l’aide", "accès humanitaire", "suspendu leurs activités", "suspendre leurs activités"], "needs/water-sanitation": ["conditions d'hygiène", "conditions d’hygiène"], "needs/protection": ["besoins spécifiques", "préoccupations sécuritaires", "violences basées sur le genre", "VBG"], "response/medical": ["vacciner", "campagne de vaccination", "campagnes de vaccination"], "political/negotiation": ["processus de dialogue", "dialogue politique", "pourparlers"], "political/agreement": ["accord tripartite", "un accord entre", "signé un accord", "protocole d'accord", "protocole d’accord"], "needs/education": ["salles de classe", "salles des classes"], "political/accusation": ["a condamné", "condamne fermement"]}, "es": {"casualties/killed": ["pérdida de vidas", "perdieron la vida", "pérdida de sus seres queridos"], "response/readiness": ["alertas tempranas", "obras de mitigación", "sacos terreros", "medidas de autoprotección", "planes de contingencia", "plan de contingencia"], "response/assistance": ["han sido atendidas", "han sido atendidos", "fueron atendidas", "fueron atendidos", "abastecimiento de agua"], "political/negotiation": ["pacto mundial", "proceso de diálogo", "mesa de diálogo", "negociaciones"], "violence/attack-on-civilians": ["ataque contra[civiles|población|comunidad|convoy|escuela|hospital]", "emboscada"], "needs/protection": ["violencia de género", "violencia basada en género"], "appeal/humanitarian-access": ["acceso humanitario", "sin obstáculos"]}})

# Leaving home as displacement ("12,000 people have left their homes").
add_triggers({"en": {"displacement/displaced": ["left their homes", "abandoned their homes", "forced from their homes", "forced out of their homes", "uprooted", "fled the violence", "fled the fighting", "fled to"]}, "fr": {"displacement/displaced": ["quitté leurs foyers", "quitté leurs domiciles", "abandonné leurs foyers", "fui les violences", "fui les combats", "ont fui vers"]}, "es": {"displacement/displaced": ["abandonaron sus hogares", "dejaron sus hogares", "huyeron de sus hogares", "huyeron de la violencia", "salieron de sus hogares"]}})

# Humanitarian need in general (the taxonomy files it under needs/health):
# people in need, in dire or desperate need, immediate or basic needs.
add_triggers({"en": {"needs/health": ["people in need", "in dire need", "in desperate need",
                                      "in urgent need", "immediate needs", "urgent needs",
                                      "basic needs", "humanitarian needs"]},
              "fr": {"needs/health": ["dans le besoin", "besoins urgents", "besoins humanitaires",
                                      "besoins immédiats", "besoins de base"]},
              "es": {"needs/health": ["personas necesitadas", "necesidades básicas",
                                      "necesidades urgentes", "necesidades humanitarias",
                                      "necesidades inmediatas"]}})

# Access denied or sought: blockades, hard-to-reach and inaccessible areas,
# crossing conflict lines, facilitating the delivery of aid.
add_triggers({"en": {"appeal/humanitarian-access": ["blockade", "blockades", "hard-to-reach",
                                                    "hard to reach areas", "inaccessible",
                                                    "across conflict lines", "cross-line",
                                                    "facilitate access", "facilitate the delivery",
                                                    "not possible to reach"]},
              "fr": {"appeal/humanitarian-access": ["blocus", "difficile d'accès", "difficile d’accès",
                                                    "difficilement accessibles", "inaccessibles",
                                                    "faciliter l'accès", "faciliter l’accès"]},
              "es": {"appeal/humanitarian-access": ["bloqueo", "difícil acceso", "inaccesibles",
                                                    "facilitar el acceso"]}})

# Deaths caused ("a causé la mort de 14 casques bleus", "causó la muerte").
add_triggers({"en": {"casualties/killed": ["caused the deaths", "caused the death"]},
              "fr": {"casualties/killed": ["causé la mort", "provoqué la mort", "entraîné la mort",
                                           "la mort de[personnes|civils|soldats|casques|enfants|femmes|militaires]"]},
              "es": {"casualties/killed": ["causó la muerte", "provocó la muerte"]}})

# New arrivals are refugees where the sentence speaks of refugees or a camp,
# displaced people where it speaks of IDPs or displacement.
add_triggers({"en": {"displacement/refugees": ["new arrivals[refugee|camp|asylum|crossed|border]"],
                     "displacement/displaced": ["new arrivals[IDP|displaced|displacement|LGA]"]},
              "fr": {"displacement/refugees": ["nouveaux arrivants[réfugié|camp|asile|frontière]",
                                               "nouvelles arrivées[réfugié|camp|asile|frontière]"],
                     "displacement/displaced": ["nouveaux arrivants[PDI|déplacé|déplacement]",
                                                "nouvelles arrivées[PDI|déplacé|déplacement]"]},
              "es": {"displacement/refugees": ["nuevos llegados[refugiad|campamento|asilo|frontera]",
                                               "recién llegados[refugiad|campamento|asilo|frontera]"],
                     "displacement/displaced": ["nuevos llegados[desplazad|desplazamiento]",
                                                "recién llegados[desplazad|desplazamiento]"]}})

# The bare verb of displacement is mostly a projection ("could displace up
# to 10,000", "threatens to displace"): the extractor marks it so.
add_triggers({"en": {"displacement/displaced": ["displace"]},
              "fr": {"displacement/displaced": ["déplacer[personnes|familles|populations|habitants|milliers]"]},
              "es": {"displacement/displaced": ["desplazar[personas|familias|poblaciones|habitantes|miles]"]}})

# Leaving home in the other forms of the verbs ("a forcé un million de
# personnes à quitter leurs foyers", "obligó a miles a huir de sus hogares").
add_triggers({"en": {"displacement/displaced": ["leave their homes", "fleeing their homes",
                                                "driven from their homes"]},
              "fr": {"displacement/displaced": ["quitter leurs foyers", "quitter leur foyer",
                                                "fuir leurs foyers", "fui leurs foyers",
                                                "fuyant leurs foyers", "quitter leurs domiciles",
                                                "chassés de leurs foyers", "chassées de leurs foyers"]},
              "es": {"displacement/displaced": ["abandonar sus hogares", "huir de sus hogares",
                                                "dejar sus hogares", "salir de sus hogares",
                                                "huyendo de sus hogares"]}})

# People staying inside evacuation centres were evacuated as well as
# displaced ("12,768 families or 50,362 persons are currently staying inside
# 211 evacuation centres"): both claims; people outside them are displaced.
EC = "[inside|staying|sheltered|sheltering|housed|accommodated|taking shelter|evacuated]"
add_triggers({"en": {"displacement/evacuated": ["evacuation centres" + EC, "evacuation centers" + EC]},
              "fr": {"displacement/evacuated": ["centres d'évacuation"]},
              "es": {"displacement/evacuated": ["centros de evacuación"]}})

def more_triggers():
    out = []
    for lang, types in MORE_TRIGGERS.items():
        for t, items in types.items():
            for item in items:
                trig, _, ctx = item.partition("[")
                ctx = ctx.rstrip("]")
                forms = [trig]
                if "'" in trig:
                    forms.append(trig.replace("'", "\u2019"))
                for f in forms:
                    out.append((t, lang, f, ctx))
    return out


def curate_triggers(gaz):
    rows = {}
    for t, lang, trig, ctx in CURATED_TRIGGERS + more_triggers():
        key = (lang, trig.lower(), t)
        if key not in rows:
            rows[key] = (t, lang, trig, ctx.replace("\\$", "$"))
    have = {(lang, trig) for (lang, trig, _t) in rows}
    for r in read_tsv(os.path.join(gaz, "claim_lexicon.tsv")):
        src, kind = r["source"], r["trigger_kind"]
        if not (src == "curated" or src.endswith("+lemma-rule")):
            continue
        t = TYPE_MAP.get(r["claim_type"])
        trig = clean(r["trigger"])
        if t is None or trig in DROP_TRIGGERS or len(trig) < 4:
            continue
        if src.endswith("+lemma-rule") and kind != "verb_form":
            continue
        if src.endswith("+lemma-rule") and not trig.endswith(("ed", "en", "ing", "ain")):
            continue  # bare verb forms ("kill", "shell") are too often nouns
        if ("en", trig.lower()) in have:
            continue
        have.add(("en", trig.lower()))
        rows[("en", trig.lower(), t)] = (t, "en", trig, "")
    return sorted(rows.values(), key=lambda x: (x[0], x[1], x[2].lower()))


def curate_types(gaz):
    raw = {r["claim_type"]: r for r in read_tsv(os.path.join(gaz, "claim_types.tsv"))}
    out = []
    inv = {}
    for k, v in TYPE_MAP.items():
        inv.setdefault(v, k)
    for t, (definition, acled, gdelt) in DEFINITIONS.items():
        r = raw.get(inv.get(t, ""), {})
        acled = acled or r.get("acled", "").replace(";", "|")
        gdelt = gdelt or r.get("gdelt", "").replace(";", "|")
        out.append((t, definition, acled, gdelt))
    return sorted(out)


def main():
    gaz = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "gazetteer")
    schema = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "schema")
    os.makedirs(schema, exist_ok=True)
    locs, countries = curate_locations(gaz)
    write_tsv(os.path.join(schema, "locations.tsv"),
              ["name", "kind", "iso3", "facet", "aliases", "demonyms", "short", "lat", "lon", "population",
               "minor"],
              [[r[0], r[1], r[2], r[3], "|".join(r[4]), "|".join(r[5]), r[6], r[7], r[8], r[9],
                "1" if r[10] else ""]
               for r in locs])
    actors = curate_actors(gaz, countries)
    write_tsv(os.path.join(schema, "actors.tsv"),
              ["name", "acronym", "kind", "country", "facet", "aliases"],
              [[a[0], a[1], a[2], a[3], a[4], "|".join(a[5])] for a in actors])
    trig = curate_triggers(gaz)
    write_tsv(os.path.join(schema, "claim_triggers.tsv"), ["type", "language", "trigger", "context"], trig)
    types = curate_types(gaz)
    write_tsv(os.path.join(schema, "claim_types.tsv"), ["type", "definition", "acled", "gdelt"], types)
    for name, n in (("locations", len(locs)), ("actors", len(actors)),
                    ("claim_triggers", len(trig)), ("claim_types", len(types))):
        size = os.path.getsize(os.path.join(schema, name + ".tsv"))
        print("%s.tsv: %d rows, %d bytes" % (name, n, size), file=sys.stderr)


if __name__ == "__main__":
    main()
