"""Headlines whose present-tense verb the tagger reads as a plural noun (issue 14, session 25, branch headline4;
docs/events.md rule 159).

A headline writes its act in the third person right after the actor's name ("Qatar funds Hamas", "Turkey snubs
Sweden", "Ethiopia breaches ceasefire with Eritrea"); for verbs whose plural noun is as common as the verb the
small model reads the word as a noun (the root, a compound of the object, the name's head), so no act was coded.
Rule 159 adds such verbs to ``headline_verbs`` (src/detente/data/events/parse_repair.yml), re-hung by the existing
rule 91c / 101a / 101b repairs, and lets rule 101b take an object the parser hung as a bare-noun adverbial
(``npadvmod``: "snubs(root) Sweden").

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The expected
{(source, target, code)} of each row were chosen from the CAMEO code descriptions before the coder ran; an expected
code matches the coded one as a prefix ("12" accepts any rejection), actors on their primary codes, asserted.
Before rule 159: 14 of the 39 rows; after: 16 ('breaches', the npadvmod object of 'snubs'); the rest are
``XFAIL``, each with why: most are code choices, not the parse this rule repairs.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, events_of

Expected = set[tuple[str, str, str]]

# (headline, {(source, target, CAMEO code or its prefix)} chosen beforehand)
HEADLINE4_SENTENCES: list[tuple[str, Expected]] = [
    ("Russia pounds Ukrainian cities with missiles", {("RUS", "UKR", "190")}),
    ("Ethiopia breaches ceasefire with Eritrea", {("ETH", "ERI", "196")}),
    ("Turkey shells Kurdish militia in Syria", {("TUR", "SYR", "194")}),
    ("Israel strikes Hamas targets in Gaza", {("ISR", "PSE", "190")}),
    ("Saudi Arabia bombs Houthi positions in Yemen", {("SAU", "YEM", "195")}),
    ("Israel raids West Bank town", {("ISR", "PSE", "190")}),
    ("Iran arms Houthi rebels", {("IRN", "YEM", "062")}),
    ("Qatar funds Hamas", {("QAT", "PSE", "071")}),
    ("Germany backs France on Mali", {("DEU", "FRA", "051")}),
    ("Japan pledges aid to Ukraine", {("JPN", "UKR", "051")}),
    # revised by rule 168 (written 138): a vow of revenge names no force, 130 as rule 118a's "vowed to retaliate"
    ("North Korea vows revenge on South Korea", {("PRK", "KOR", "130")}),
    ("China warns Japan over Taiwan", {("CHN", "JPN", "130")}),
    ("Russia slams NATO expansion", {("RUS", "NATO", "111")}),
    ("Iran blasts Saudi Arabia over executions", {("IRN", "SAU", "111")}),
    ("Venezuela rebuffs US demand", {("VEN", "USA", "123")}),
    ("Turkey snubs Sweden", {("TUR", "SWE", "12")}),
    ("India eyes arms deal with Russia", {("IND", "RUS", "014")}),
    ("Japan mulls sanctions on Russia", {("JPN", "RUS", "014")}),
    ("Britain weighs sanctions on Iran", {("GBR", "IRN", "014")}),
    ("Ukraine seeks weapons from Germany", {("UKR", "DEU", "0232")}),
    ("China curbs rare earth exports to Japan", {("CHN", "JPN", "163")}),
    ("Russia bans Polish meat imports", {("RUS", "POL", "163")}),
    ("Washington sanctions Chinese firms", {("USA", "CHN", "163")}),
    ("Israel targets Hezbollah commanders in Lebanon", {("ISR", "LBN", "190")}),
    ("Egypt hosts Israel and Hamas negotiators", {("EGY", "ISR", "042")}),
    ("Turkey courts Egypt", {("TUR", "EGY", "03")}),
    ("Ukraine sues Russia at the UN court", {("UKR", "RUS", "115")}),
    ("Iran jails French tourist", {("IRN", "FRA", "173")}),
    ("Iran frees British aid worker", {("IRN", "GBR", "0841")}),
    ("Russia expels German diplomats", {("RUS", "DEU", "166")}),
    ("Poland recalls ambassador from Israel", {("POL", "ISR", "161")}),
    ("Ireland summons Israeli ambassador", {("IRL", "ISR", "040")}),
    ("EU probes Chinese electric car subsidies", {("EU", "CHN", "090")}),
    ("Canada expels Indian diplomats", {("CAN", "IND", "166")}),
    ("Armenia shells Azerbaijani villages", {("ARM", "AZE", "194")}),
    ("Pakistan raids Afghan border posts", {("PAK", "AFG", "190")}),
    ("Greece slams Turkey over drilling", {("GRC", "TUR", "111")}),
    ("Australia bans Chinese app", {("AUS", "CHN", "163")}),
    ("Iraq summons Turkish envoy", {("IRQ", "TUR", "040")}),
]

_EXPEL = "coded 161 (reduce relations): rule 66 codes expelling diplomats as the diplomatic cut, not 166"
_SUMMON = "coded 114 (complain officially): the lexicon reads summoning an envoy as a protest, not 040"
_CONSIDER = "coded the considered sanctions (163, hypothetical), not 014: weighing an act codes the act (rule 101b)"

XFAIL: dict[str, str] = {
    "Russia pounds Ukrainian cities with missiles": "coded 194 (the verb dictionary's 'pound' is artillery "
    "fire); 190 was expected beforehand",
    "Iran arms Houthi rebels": "parse repaired (rule 164: 'arm' listed, gated on the armed party named right "
    "after it); coded 072 (provide military aid), the better code: the 062 chosen beforehand was a wrong pick",
    # "Qatar funds Hamas" is 071 since rule 322 (session 34, headline5x: a party funded is given economic aid)
    "Germany backs France on Mali": "coded 050 (diplomatic cooperation), not 051",
    "Japan pledges aid to Ukraine": "coded 033 (intent to provide material aid), the better code: the 051 "
    "chosen beforehand was a wrong pick",
    "Russia slams NATO expansion": "NATO's primary code is IGO, not NATO (the expected actor was a wrong pick)",
    "Venezuela rebuffs US demand": "coded 120 (reject), not 123 (reject a demand for political reform)",
    # "India eyes arms deal with Russia", "Armenia shells Azerbaijani villages", "Pakistan raids Afghan border posts"
    # pass since rule 295 (session 33, headline4x: a listed verb buried in the noun phrase after the opening name)
    "Japan mulls sanctions on Russia": _CONSIDER,
    "Britain weighs sanctions on Iran": _CONSIDER,
    # "Ukraine seeks weapons from Germany" is 0232 (appeal for military aid) since rule 254c (session 31, sanctions3)
    "Egypt hosts Israel and Hamas negotiators": "coded 043 (host a visit), not 042",
    "Turkey courts Egypt": "'court' names no act in the lexicon (no 03 trigger), whatever the parse",
    "Russia expels German diplomats": _EXPEL,
    "Canada expels Indian diplomats": _EXPEL,
    "Ireland summons Israeli ambassador": "parse repaired (rule 159, npadvmod object); " + _SUMMON,
    "Iraq summons Turkish envoy": _SUMMON,
    "EU probes Chinese electric car subsidies": "the EU's primary code is IGO, not EU (a wrong pick)",
    "Australia bans Chinese app": "coded 172 (ban, administrative sanction), not 163 (embargo)",
}

# (headline, its verb) whose verb the tagger read as a noun before rule 159: after it the verb is the root verb
REHUNG: list[tuple[str, str]] = [
    ("Ethiopia breaches ceasefire with Eritrea", "breaches"),
    ("Iran arms Houthi rebels", "arms"),
    ("Qatar funds Hamas", "funds"),
    ("Turkey snubs Sweden", "snubs"),
    ("Ireland summons Israeli ambassador", "summons"),
    ("Turkey courts Egypt", "courts"),
    ("Armenia shells Azerbaijani villages", "shells"),
    ("Pakistan raids Afghan border posts", "raids"),
    ("India eyes arms deal with Russia", "eyes"),
]
REHUNG_XFAIL: dict[str, str] = {
    "Turkey courts Egypt": "'courts' is itself an actor word (a judiciary), which no headline repair re-hangs; "
    "'court' is not listed",
}

# (line, its plural noun) that must stay a noun: a possessive name, another finite verb, an adjective, no name
CONTROLS: list[tuple[str, str]] = [
    ("China's arms sales to Pakistan rise", "arms"),
    ("Russia's shells hit Ukrainian grain silos", "shells"),
    ("Iran's pledges to the IAEA remain unmet", "pledges"),
    ("Brazil's courts rejected the appeal", "courts"),
    # a noun-phrase headline whose adjective of nationality is no name compound (rule 101b needs a name)
    ("Qatari funds for Gaza reconstruction", "funds"),
    ("Russian shells near Kharkiv", "shells"),
    ("Syrian breaches of the truce", "breaches"),
    ("Israeli raids on Gaza", "raids"),
    ("Chilean arms deliveries to Peru", "arms"),
]


def _matches(found: set[tuple[str, str, str, str]], expected: Expected) -> bool:
    return all(any((s, t, m) == (a, b, ASSERTED) and c.startswith(k) for s, t, c, m in found) for a, b, k in expected)


@pytest.mark.parametrize(("text", "expected"), table_cases(HEADLINE4_SENTENCES, XFAIL))
def test_headline4_codes_its_events(rules_nlp: Language, text: str, expected: Expected) -> None:
    assert _matches(events_of(rules_nlp, text), expected)


def _word(nlp: Language, text: str, word: str) -> tuple[str, str]:
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    token = next(t for t in doc if t.text == word)
    return token.dep_, token.pos_


@pytest.mark.parametrize(("text", "verb"), table_cases(REHUNG, REHUNG_XFAIL))
def test_headline_verb_is_the_root_verb(rules_nlp: Language, text: str, verb: str) -> None:
    assert _word(rules_nlp, text, verb) == ("ROOT", "VERB")


@pytest.mark.parametrize(("text", "noun"), CONTROLS)
def test_plural_noun_stays_a_noun(rules_nlp: Language, text: str, noun: str) -> None:
    assert _word(rules_nlp, text, noun)[1] == "NOUN"


def test_snub_codes_a_rejection_of_the_npadvmod_object(rules_nlp: Language) -> None:
    # rule 159: the object the parser hung as a bare-noun adverbial ("snubs(root) Sweden(npadvmod)") is the target
    assert any(
        (s, t, m) == ("TUR", "SWE", ASSERTED) and c.startswith("12")
        for s, t, c, m in events_of(rules_nlp, "Turkey snubs Sweden")
    )


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in HEADLINE4_SENTENCES}
    assert set(REHUNG_XFAIL) <= {row[0] for row in REHUNG}
