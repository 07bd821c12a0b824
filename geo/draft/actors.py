"""Find the actors a sentence names: forces, groups, governments, and pronouns for them.

An actor is a phrase such as "Syrian government forces", "the Rapid Support Forces (RSF)",
"Israeli tanks", "rebels", "Hamas", "Moscow" (a capital that says or does something) or a
pronoun ("they", "its troops"). Each gets ``identity`` words (what tells one side from
another: "israeli", "rsf", "government"), the words of :data:`FORCE_NOUNS` left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


def _word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


#: Nouns that name armed forces (or a government acting as one) but no side by themselves.
FORCE_NOUNS = _word_set(
    "forces force troops troop army armies military militaries soldiers soldier fighters "
    "fighter units unit tanks tank jets warplanes aircraft drones navy police guards guard "
    "battalion battalions brigade brigades division divisions command contingent contingents "
    "group groups alliance ministry administration personnel servicemen marines commandos "
    "minister president spokesman spokeswoman spokesperson official officials commander "
    "commanders envoy leader leaders chief general deputy foreign prime interior "
    "militia militias armed defence defense security special regular ground air naval elite "
    "allied allies its and of the operations operation campaign campaigns offensive offensives "
    "raids sweeps defences defenses defence drone")
#: Lower-case nouns that are actors on their own ("rebels said"), by the side they name.
GENERIC_ACTORS = {
    "rebels": "rebels", "rebel": "rebels", "insurgents": "rebels", "opposition": "rebels",
    "militants": "militants", "jihadists": "militants", "extremists": "militants",
    "gunmen": "militants", "assailants": "militants", "attackers": "attackers",
    "terrorists": "militants", "separatists": "rebels", "resistance": "rebels",
    "government": "government", "regime": "government", "junta": "government",
    "army": "government", "military": "government", "authorities": "government",
    "coalition": "coalition", "paramilitaries": "paramilitaries", "loyalists": "government",
    "pro-government": "government", "anti-government": "rebels", "armed men": "militants",
    "jihadist": "militants", "insurgent": "rebels", "militant": "militants",
    "separatist": "rebels", "islamist": "militants", "terrorist": "militants",
    # "anti-jihadist operations", "anti-junta fighters": the side that fights the one named
    "anti-jihadist": "government", "anti-terrorist": "government", "anti-terror": "government",
    "anti-insurgent": "government", "anti-militant": "government", "anti-rebel": "government",
    "anti-extremist": "government", "anti-junta": "rebels", "anti-regime": "rebels",
    "counter-terrorism": "government", "counter-insurgency": "government",
}
#: Well-known armed groups named without a force noun (general knowledge, any war).
GROUP_NAMES = (
    "ISIS|ISIL|IS|Daesh|Islamic State|al-Qaeda|al-Qaida|Al-Qaeda|Al-Qaida|al Qaeda|Hamas|"
    "Hezbollah|Hizbollah|Houthis|Houthi|Taliban|al-Shabaab|Al-Shabaab|Boko Haram|Wagner|M23|"
    "al Shabaab|Al Shabaab|al-Shabab|al Shabab|Al-Shabab|"
    "Peshmerga|Nusra|al-Nusra|HTS|SDF|YPG|YPJ|PKK|FSA|SAA|NDF|RSF|SAF|TPLF|TDF|MNDAA|FARDC|"
    "LNA|GNA|IDF|PMF|PMU|JNIM|AQIM|ISWAP|ADF|Fano|Ansarul Islam|Ansar al-Sharia|Ahrar al-Sham|"
    "Jaish al-Fatah|Kataib Hezbollah|Hashd|Hashid|Tatmadaw|Pentagon|Kremlin|CentCom|CENTCOM|"
    "ELN|FARC|KNU|KNLA|KIA|NUG|PDF|CDF|TNLA|AMISOM|ATMIS|ENDF|Wazalendo|Los Chapitos|"
    "U\\.S\\.|United States")
#: Capitals that stand for their government when they say or do something, and the country
#: whose side they name ("Ankara wants to capture" is Turkey's side).
CAPITAL_COUNTRIES = {
    "moscow": "russia", "kremlin": "russia", "kyiv": "ukraine", "kiev": "ukraine",
    "washington": "us", "ankara": "turkey", "damascus": "syria", "tehran": "iran",
    "beijing": "china", "riyadh": "saudi", "kinshasa": "congo", "kigali": "rwanda",
    "khartoum": "sudan", "tripoli": "libya", "baghdad": "iraq", "jerusalem": "israel",
    "addis ababa": "ethiopia", "naypyidaw": "myanmar", "bamako": "mali",
    "mogadishu": "somalia"}
CAPITALS = "|".join(sorted((c.title() for c in CAPITAL_COUNTRIES if c != "kremlin"),
                           key=len, reverse=True))
_ORG_HEADS = (r"(?:Forces|Force|Army|Front|Alliance|Movement|Brigades?|Council|Command|Group|"
              r"Cartel|Gang|Faction|"
              r"Guards?|Units?|Militias?|Party|Coalition|Organi[sz]ation|Corps|Division|"
              r"Battalions?|Regiment|Committee|Ministry|Military|Government|Service)")
#: A capitalised word: "U.S." keeps its full stops, any other word ends before one.
_CAPWORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'`-]*|al-[A-Z][\w-]*)"
_CAP = rf"(?:{_CAPWORD}|of|the|for|al)"
#: Capitalised words before an act that are no one's name ("Drone strikes hit", "Heavy
#: shelling"): a sentence's first word, not an actor.
_NOT_WEAPON = (r"(?!(?:Drone|Air|Missile|Rocket|Artillery|Mortar|Aerial|Ground|Heavy|Fierce|"
               r"Renewed|New|Recent|Overnight|Fresh|Deadly|Further|More|Several|Many|Such|"
               r"Ballistic|Suicide|Cross-border|Tank|Naval|With|As|After|Before|During|Amid|"
               r"Amidst|In|On|At|By|From|And|But|While|When|Since|Despite|Following|Meanwhile|"
               r"Later|Earlier|One|Two|Three|Four|Five|Some|Other|This|That|These|Those)\b)")
_DETERMINER = r"(?:(?:the|a|an|some|several|many|its|their|his|her|our|thin|local)\s+)?"
#: Lower-case words that may stand between a name and a force noun ("Turkish proxy forces").
_LOWER_MOD = (r"(?:(?:pro-|anti-)?(?:proxy|government|special|armed|military|regime|security|"
              r"allied|regular|ground|air|naval|elite|rebel|opposition|border|paramilitary|"
              r"militia|islamist|jihadist|defen[cs]e|federal|national|regional|state|local|"
              r"tribal|backed|led|reserve|frontline|assault|army|coalition|government-backed|deputy|"
              r"foreign|prime|interior)"
              r" +){0,2}")
_FORCE = ("forces|force|troops|army|military|soldiers|fighters|militants|militias|militia|allies|"
          "rebels|units|tanks|jets|warplanes|aircraft|drones|drone|navy|government|regime|junta|"
          "authorities|coalition|police|guards|battalions?|brigades?|contingent|group|"
          "alliance|ministry|administration|proxies|paramilitaries|insurgents|jihadists|"
          "extremists|gunmen|personnel|servicemen|commandos|loyalists|fighter jets|"
          "minister|ministry|president|spokesman|spokeswoman|spokesperson|officials?|"
          "commanders?|envoy|leaders?|chief|general|defen[cs]e ministry|"
          # "Russian air defences", "the army's air defense units"
          "air defen[cs]es?(?: units| systems| forces)?")
_PRONOUN = (r"(?:[Tt]he\s+country(?=\s+(?:has|had|is|was|will|would|said|says)\b)|"
            r"[Tt]hey|[Ii]t|[Ww]e|(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:own\s+)?"
            r"(?:armed\s+|security\s+|ground\s+|special\s+|military\s+)?(?:troops|forces|"
            r"fighters|units|soldiers|army|military)|[Tt]he\s+(?:troops|forces|fighters|"
            r"attackers|militants|soldiers)|[Tt]hey\s+fighters)")
#: Verbs after which a capital or a country is the government acting ("Ankara wants").
_STATE_VERBS = ("has|had|have|is|was|says|said|claims|claimed|announced|would|will|wants|wanted|"
                "plans|planned|controls|controlled|took|takes|denied|denies|accused|launched|"
                "sent|sends|struck|insists|insisted|warned|hopes|hoped|seeks|sought|aims|"
                "agreed|refused|vowed|rejected|responded|retaliated|ordered|blamed|confirmed|"
                "believes|must|can|could|may|might|did|does|halted|resumed|deployed|began|"
                "started|tried|threatened|promised|intends|considers|regards|carried|conducted|"
                "fired|attacked|bombed|shelled|hit|targeted|captured|seized|killed|intercepted|"
                "repelled")
_NUMBER_WORDS = _word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred hundreds "
    "thousand thousands dozens dozen scores")
_STOP_CAPS = _word_set(
    "there other others some several many most all few each every such what which who where "
    "how why major multiple only even also just not no more less two three four five these "
    "those here if so then thus however although though because once now new old large "
    "small huge big top senior"
    " the a an this that these those it its they their he she we our on in at by for and but "
    "yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "last earlier later meanwhile since after before when while as both around about "
    "deadly fierce heavy renewed intense massive latest suspected alleged presumed fresh") | \
    _NUMBER_WORDS


@dataclass(frozen=True)
class Actor:
    """An actor phrase: offsets, words, the side-telling words, and how it was found."""

    start: int
    end: int
    text: str
    identity: tuple[str, ...]
    acronym: str = ""
    pronoun: bool = False
    generic: str = ""  # the generic side a lower-case phrase names ("rebels", "government")


#: Words of an actor phrase that make it a civilian body, which takes no side in a claim
#: ("the Gaza health ministry", "Palestinian medics", "the Palestinian Red Crescent").
_CIVILIAN = re.compile(r"\b(?:health|medical|medics?|hospitals?|red\s+crescent|red\s+cross|"
                       r"civil\s+defen[cs]e|humanitarian|relief|aid|rescue|residents|witnesses|"
                       r"journalists?|media|information|human\s+rights|observatory)\b", re.I)


@lru_cache(maxsize=1)
def _actor_pattern() -> re.Pattern[str]:
    org = (rf"(?:{_CAPWORD} +(?:{_CAP} +){{0,5}})?{_ORG_HEADS}"
           rf"(?: +\((?P<acr1>[A-Z][A-Za-z0-9]{{1,7}})\))?")
    named_force = (rf"(?:(?:{_CAPWORD}(?:/{_CAPWORD})?|{GROUP_NAMES})"
                   rf"(?:[ -]+{_CAPWORD})*(?:-(?:led|backed|allied|aligned|linked))? +)"
                   rf"{_LOWER_MOD}(?:{_FORCE})\b")
    anti = "|".join(w for w in GENERIC_ACTORS if w.startswith(("anti-", "counter-")))
    generic = (rf"(?i:(?:{anti})\s+(?:[\w-]+\s+){{0,2}}?(?:operations?|campaigns?|offensives?|"
               r"forces|troops|fighters|units|soldiers|militias?|groups?|raids?|sweeps?)|"
               r"(?:pro-government|anti-government|government|regime|rebel|opposition|"
               r"resistance|security|armed|junta|army|military)\s+(?:forces|troops|fighters|groups?|"
               r"militias?|men|units|soldiers|drones|aircraft|warplanes|jets|artillery|tanks)|"
               r"(?:jihadist|militant|extremist|islamist|terrorist|insurgent|armed)\s+"
               r"(?:groups?|organi[sz]ations?|factions?)|"
               r"(?:rebels|insurgents|militants|jihadists|"
               r"extremists|gunmen|assailants|attackers|terrorists|separatists|paramilitaries|"
               r"the\s+(?:army|military|regime|junta|government|coalition|opposition|"
               r"authorities)))")
    # "the Government of National Accord", "the Army of Islam": a body named by what follows
    # its "of" is that name, not the generic government or army of the story
    named_body = (r"(?:Government|Army|Military|Authorities|Coalition|Council)"
                  r"(?:\s+of(?:\s+(?:the\s+)?[A-Z][\w’'-]*)+)")
    groups = rf"(?:{GROUP_NAMES})(?:\s+\((?P<acr2>[A-Z][A-Za-z0-9]{{1,7}})\))?"
    capitals = rf"(?:{CAPITALS})(?=\s+(?:{_STATE_VERBS})\b)"
    # "Russian air attacks", "Israeli strikes": the name before an act is its actor.
    before_act = (rf"{_NOT_WEAPON}{_CAPWORD}(?:[ -]{_CAPWORD})*(?= +(?:air +|drone +|missile +)?"
                  r"(?:attacks?|missiles?|drones?|rockets?|shells?|jets|warplanes|artillery|"
                  r"(?:glide\s+|cluster\s+|barrel\s+|guided\s+)?bombs?|"
                  r"strikes?|raids?|offensive|assaults?|advances?|bombardments?|shelling|"
                  r"airstrikes?|capture|seizure|takeover|taking|withdrawal|retreat|incursions?|"
                  r"push|siege|blockade|pressure|attempts?|bids?|efforts?|control)\b)")
    # "rebel-held", "opposition-controlled": the word before the participle is the holder.
    holder = (r"(?i:rebel|opposition|jihadist|insurgent|militant|islamist|government|regime|"
              r"army|junta|separatist|terrorist)(?=[-\u2010](?:held|controlled|occupied|"
              r"dominated|run)\b|\s+(?:strongholds?|bastions?)\b)|"
              # "Russian-occupied Melitopol", "the Houthi-run port"
              r"(?<![\w-])[A-Z][\w’']+(?=[-\u2010](?:held|controlled|occupied|dominated|run)\b)")
    body = (rf"(?P<pronoun>\b{_PRONOUN})\b|{_DETERMINER}(?:{named_body}|{named_force}|{org}|"
            rf"{groups}|{capitals}|{generic}|{before_act})|{holder}")
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])")


_WORD = re.compile(r"[A-Za-z0-9][\w’'`.~-]*")


_PATRON = re.compile(r"([A-Za-z.]+)(?:-backed|-sponsored|-supported| proxy| proxies)\b")
#: Weapon and aircraft designations ("F-16 jets", "Mi-35"): they name no side.
_EQUIPMENT = re.compile(r"^[a-z]{1,3}-\d+[a-z]?$")


def _identity(text: str) -> tuple[str, ...]:
    """The side-telling words of an actor phrase, lower case ("U.S." as "us").

    A patron is kept as one word ("Turkish proxy forces", "Turkish-backed" -> "turkish-backed")
    so that a proxy is not taken for its patron; "-led" and "-linked" words are dropped.
    """
    text = _PATRON.sub(lambda m: m.group(1).replace(".", "") + "~backed", text)
    words = []
    for word in _WORD.findall(text.replace("/", " ")):
        key = word.lower().replace(".", "").replace("’", "'").rstrip("'")
        key = key[:-2] if key.endswith("'s") else key
        # "anti-Houthi": the Houthis' opponents, no part of the Houthis
        parts = key.split("-") if "-" in key and not key.startswith(("al-", "anti-")) else [key]
        if _EQUIPMENT.match(key):
            continue
        for part in parts:
            part = part.replace("~", "-")
            part = CAPITAL_COUNTRIES.get(part, part)
            if part and part not in FORCE_NOUNS and part not in _STOP_CAPS and \
                    part not in ("led", "linked", "aligned"):
                words.append(part)
    return tuple(words)


def _generic(text: str) -> str:
    """The generic side a phrase names; a word inside a hyphened one ("government" in
    "anti-government") is not that word."""
    lowered = text.lower()
    for word, side in GENERIC_ACTORS.items():
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lowered):
            return side
    return ""


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[Actor]:
    """The actor phrases in ``text[start:end]``, in order."""
    actors = []
    for match in _actor_pattern().finditer(text, start, len(text) if end is None else end):
        phrase = match.group()
        if match.group("pronoun"):
            actors.append(Actor(match.start(), match.end(), phrase, (), pronoun=True))
            continue
        first = phrase.split()[0].lower()
        if first in _STOP_CAPS and (len(phrase.split()) == 1 or first in _NUMBER_WORDS):
            continue
        if _CIVILIAN.search(phrase):
            continue
        acronym = match.group("acr1") or match.group("acr2") or ""
        # "The coalition said" opens a sentence: its capital names nothing
        core = re.sub(r"^(?:The|A|An|Its|Their|Some|Several|Many|Local)\s+", "", phrase)
        has_capital = any(c.isupper() for c in core)
        identity = _identity(phrase) if has_capital else ()
        if identity and all(w.startswith("anti-") and w in GENERIC_ACTORS for w in identity):
            identity = ()  # "Anti-government fighters": generic (the capital a sentence's)
        generic = "" if identity else _generic(phrase)
        if not identity and not generic:
            continue
        partner = _SHARED_NOUN.search(text, max(0, match.start() - 30), match.start())
        if partner is not None and identity and \
                _identity(partner.group("word")) and \
                partner.group("word").lower() not in _STOP_CAPS:
            # "Congolese and Burundian troops": two sides' forces sharing one noun
            actors.append(Actor(partner.start("word"), partner.end("word"),
                                partner.group("word"), _identity(partner.group("word"))))
        actors.append(Actor(match.start(), match.end(), phrase, identity, acronym.lower(),
                            generic=generic))
    return actors


#: A people's or a group's word coordinated before a named force ("Congolese and" before
#: "Burundian troops", "the Syrian and" before "Russian air forces"): the noun is shared.
_SHARED_NOUN = re.compile(r"(?<![\w’'-])(?<!(?-i:[A-Z])[\w’'-] )"
                          r"(?P<word>(?-i:[A-Z])[a-z]+(?:an|ese|ish|i|ic)|(?-i:[A-Z]{2,6}))"
                          r"\s+and\s+$")
