"""A pronoun or a description that opens the next sentence and names the previous sentence's subject (issue 14,
session 38, branch anaphora4; docs/events.md rule 408).

Wire copy names a state once and goes on with "It also expelled ...", "The kingdom pledged ...", "He also urged ...".
Rule 405b reads a subject pronoun of a coordinated clause ("..., and it expelled ..."); across a full stop the
conservative state anaphora (``actor_anaphora``, docs/actors.md) took the previous sentence's actor only when every
actor named there was of one code, so the usual two-party sentence ("Canada condemned India on Monday. It also
expelled two Indian diplomats.") left the second act without a source. The rows are two- or three-sentence texts:
"it", "they", "the kingdom", "the country", "the bloc" for a state or an organisation, "he"/"she" for a leader
named in the sentence before, and an object "them" for a state's nationals. Each sentence is our own construction,
none copied from an evaluation set, the seeds or the news excerpts; the expected events were written from the code
list (/work/shared/data/cameo-eventcodes.tsv) and the project's conventions (docs/events.md) before the coder ran:
expelled diplomats 166 (rule 186d's neighbours), a recalled ambassador 161, "urged ... to" an appeal 02, a pledge of
aid an intent 03, a host's visitor 043 from the host (rule 93), a signed deal 057 both ways, deported migrants 174,
freed nationals 084. The rows compare CAMEO roots and the whole set of asserted events, as tests/test_roots2_events.py
does: a spurious extra event fails a row as a missed one does.

The controls are the precision side: each names the false event that a wrong reading of the pronoun would make (the
previous sentence's subject taken across a paragraph break, past a new subject, for an "it" that is a thing or a
proposal, for a quotation's "we", for the object the reply is about), and fails if that event is coded. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]


ANAPHORA4_SENTENCES: list[tuple[str, Events]] = [
    # "it" opening the next sentence, a country subject and another country's object before it
    (
        "Canada condemned India on Monday. It also expelled two Indian diplomats.",
        {("CAN", "IND", "111"), ("CAN", "IND", "166")},
    ),
    (
        "Lithuania accused Belarus of orchestrating migrant crossings. It also recalled its ambassador from Minsk.",
        {("LTU", "BLR", "112"), ("LTU", "BLR", "161")},
    ),
    (
        "Japan protested to China over a coast guard incursion on Tuesday. It also urged Beijing to respect "
        "international law.",
        {("JPN", "CHN", "114"), ("JPN", "CHN", "020")},
    ),
    (
        "Germany praised Poland's handling of the border crisis. It pledged 200 million euros in aid to Warsaw.",
        {("DEU", "POL", "051"), ("DEU", "POL", "033")},
    ),
    (
        "Algeria recalled its ambassador to France on Wednesday. It accused Paris of interfering in its internal "
        "affairs.",
        {("DZA", "FRA", "161"), ("DZA", "FRA", "112")},
    ),
    (
        "Brazil condemned Israel on Thursday. It also withdrew its ambassador from Tel Aviv.",
        {("BRA", "ISR", "111"), ("BRA", "ISR", "161")},
    ),
    (
        "Morocco signed a fisheries agreement with Spain. It later hosted a Spanish trade delegation in Rabat.",
        both("MAR", "ESP", "057") | {("MAR", "ESP", "043")},
    ),
    (
        "Egypt hosted the Sudanese army chief in Cairo. It also pledged to send humanitarian aid to Sudan.",
        {("EGY", "SDN", "043"), ("EGY", "SDN", "033")},
    ),
    (
        "Vietnam accused China of ramming a fishing boat. It demanded compensation from Beijing.",
        {("VNM", "CHN", "112"), ("VNM", "CHN", "100")},
    ),
    (
        "Pakistan accused Afghanistan of sheltering militants. It also deported 5,000 Afghan migrants.",
        {("PAK", "AFG", "112"), ("PAK", "AFG", "174")},
    ),
    # "it" for an organisation
    (
        "NATO condemned Russia on Friday. It also warned Moscow against further provocations.",
        {("IGO", "RUS", "111"), ("IGO", "RUS", "130")},
    ),
    (
        "The European Union imposed new sanctions on Iran. It also urged Tehran to return to nuclear talks.",
        {("IGO", "IRN", "163"), ("IGO", "IRN", "020")},
    ),
    (
        "The African Union suspended Niger after the coup. It also called on the Nigerien junta to release the "
        "president.",
        {("IGO", "NER", "160"), ("IGO", "NER", "020")},
    ),
    # three sentences: the pronoun takes the subject of the sentence right before it
    (
        "Ghana accused Togo of harbouring coup plotters on Monday. Togo rejected the accusation. It also recalled its "
        "ambassador from Accra.",
        {("GHA", "TGO", "112"), ("TGO", "GHA", "161")},
    ),
    (
        "Kenya hosted Somali President Hassan Sheikh Mohamud in Nairobi. The two leaders discussed border security. "
        "Kenya later pledged military aid to Somalia, and it also sent 500 troops to Mogadishu.",
        both("KEN", "SOM", "040") | {("KEN", "SOM", "043"), ("KEN", "SOM", "033"), ("KEN", "SOM", "070")},
    ),
    # "they" for a plural force or group named as the previous subject
    (
        "Indian troops fired on Pakistani posts along the Line of Control. They also shelled Pakistani villages.",
        {("IND", "PAK", "190")},
    ),
    (
        "Houthi rebels fired missiles at Israel on Sunday. They also threatened Saudi Arabia.",
        {("YEM", "ISR", "190"), ("YEM", "SAU", "130")},
    ),
    # descriptions: the kingdom, the country, the bloc
    (
        "Saudi Arabia hosted Iranian Foreign Minister Abbas Araghchi in Riyadh. The kingdom also pledged to invest in "
        "Iran.",
        {("SAU", "IRN", "043"), ("SAU", "IRN", "031")},
    ),
    (
        "Hungary criticised Ukraine's language law on Monday. The country also accused Kyiv of discriminating against "
        "ethnic Hungarians.",
        {("HUN", "UKR", "111"), ("HUN", "UKR", "112")},
    ),
    (
        "The European Union imposed tariffs on Chinese electric vehicles. The bloc also accused Beijing of unfair "
        "subsidies.",
        {("IGO", "CHN", "163"), ("IGO", "CHN", "112")},
    ),
    (
        "Jordan condemned Israel's settlement expansion. The kingdom also recalled its ambassador from Israel.",
        {("JOR", "ISR", "111"), ("JOR", "ISR", "161")},
    ),
    # he / she for a leader named in the sentence before
    (
        "French President Emmanuel Macron condemned Russia on Tuesday. He also pledged more air defence systems to "
        "Ukraine.",
        {("FRA", "RUS", "111"), ("FRA", "UKR", "030")},
    ),
    (
        "Mexican President Claudia Sheinbaum criticised Washington on Wednesday. She also urged the United States to "
        "drop the tariffs.",
        {("MEX", "USA", "111"), ("MEX", "USA", "020")},
    ),
    (
        "Japanese Prime Minister Shigeru Ishiba visited Manila on Friday. He signed a defence pact with the "
        "Philippines.",
        both("JPN", "PHL", "057") | {("JPN", "PHL", "042")},
    ),
    (
        "Colombian President Gustavo Petro accused Ecuador of violating the border. He also recalled Colombia's "
        "ambassador from Quito.",
        {("COL", "ECU", "112"), ("COL", "ECU", "161")},
    ),
    # an object "them" for a state's nationals named before
    (
        "Iran detained two French nationals last year. It released them on Friday.",
        {("IRN", "FRA", "173"), ("IRN", "FRA", "084")},
    ),
    (
        "Venezuela arrested three Colombian soldiers near the border. It later freed them.",
        {("VEN", "COL", "173"), ("VEN", "COL", "084")},
    ),
    (
        "Greek police detained 40 Pakistani migrants on Crete. They deported them days later.",
        {("GRC", "PAK", "173"), ("GRC", "PAK", "174")},
    ),
    (
        "Libyan coast guards intercepted a boat carrying Sudanese refugees. They returned them to Tripoli.",
        {("LBY", "SDN", "171"), ("LBY", "SDN", "084")},
    ),
    (
        "Russia sentenced an American journalist to 16 years in prison. It later released him in a prisoner swap.",
        # written as 173; a sentence is a finding of guilt, 116 in the code list, so corrected after the first run
        {("RUS", "USA", "116"), ("RUS", "USA", "084")},
    ),
]

# on START 11 of 30 rows held (two of them only because both of their events share a root); rule 408a takes the
# next-sentence "it"/"they" group (0 -> 14 of 14) and 408b the object "them" for nationals (0 -> 2 of 2 it could
# reach); what is left, one reason each:
XFAIL: dict[str, str] = {
    "Kenya hosted Somali President Hassan Sheikh Mohamud in Nairobi. The two leaders discussed border security. "
    "Kenya later pledged military aid to Somalia, and it also sent 500 troops to Mogadishu.": (
        "no anaphora miss: the leaders' talks are coded one way, the pledge of military aid and the troops sent are "
        "coded as a show of force 15"
    ),
    "Libyan coast guards intercepted a boat carrying Sudanese refugees. They returned them to Tripoli.": (
        "the people are the boat's cargo, not the object of the first verb (rule 408b needs the object itself), and "
        "an interception at sea is not coded"
    ),
    "Russia sentenced an American journalist to 16 years in prison. It later released him in a prisoner swap.": (
        "an object 'him' for an unnamed national ('an American journalist') is left to the he/she anaphora, which "
        "takes named people only"
    ),
}


# (text, the events a wrong reading of the pronoun would make): none of them may be coded
ANAPHORA4_CONTROLS: list[tuple[str, Events]] = [
    # a paragraph break ends a pronoun's reach
    ("Canada condemned India on Monday.\n\nIt also expelled two Indian diplomats.", {("CAN", "IND", "166")}),
    # "it" a thing: an event noun, a proposal, a deal; the first row was written forbidding 04, which the first
    # sentence's own 043 (a host) holds, so corrected after the first run to the visit a wrong "it" would make
    (
        "Japan hosted the Indian prime minister in Tokyo. It was the first such visit in a decade.",
        {("JPN", "IND", "042")},
    ),
    (
        "Egypt proposed a ceasefire plan for Gaza on Monday. It would require Israel to withdraw from Rafah.",
        {("EGY", "ISR", "10")},
    ),
    (
        "Qatar signed a gas supply deal with Germany. It will also cover deliveries to Poland.",
        {("QAT", "POL", "05"), ("QAT", "POL", "06"), ("QAT", "POL", "07")},
    ),
    (
        "Hungary passed a new law on foreign funding. It targets groups backed by the United States.",
        {("HUN", "USA", "")},
    ),
    # a new subject in between: the pronoun takes it, never the first sentence's subject
    (
        "Canada condemned India on Monday. Pakistan welcomed the statement. It also urged India to end its campaign.",
        {("CAN", "IND", "02")},
    ),
    (
        "Poland accused Belarus of staging provocations. Lithuania made the same charge. It also closed two "
        "border crossings with Belarus.",
        {("POL", "BLR", "19"), ("POL", "BLR", "16")},
    ),
    # a quotation's "we" is its speaker's, not the previous subject's
    (
        'Australia condemned China on Tuesday. "We urge Japan to stay out of this," the Chinese embassy said.',
        {("AUS", "JPN", "02")},
    ),
    # a background sentence about the object: the present perfect "it" is the object's, not the subject's act
    (
        "Britain condemned Iran on Monday. It has supplied drones to Russia for years.",
        {("GBR", "RUS", "07")},
    ),
    # the reply belongs to the accused: the accuser is not its source
    (
        "Poland accused Belarus of staging provocations. It denied the charge and accused Lithuania of lying.",
        {("POL", "LTU", "112")},
    ),
    # a person's sentence before an "it": "it" is never a person
    (
        "Russian President Vladimir Putin warned Finland on Monday. It also tightened controls on its border with "
        "Russia.",
        {("RUS", "FIN", "19"), ("RUS", "FIN", "17"), ("RUS", "FIN", "16")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), table_cases(ANAPHORA4_SENTENCES, XFAIL))
def test_anaphora4_sentence_codes_its_roots(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


def _hits(found: Events, wrong: tuple[str, str, str]) -> bool:
    return any((s, t) == wrong[:2] and c.startswith(wrong[2]) for s, t, c in found)


@pytest.mark.parametrize(("text", "wrong"), ANAPHORA4_CONTROLS)
def test_anaphora4_control_codes_no_wrong_reading(rules_nlp: Language, text: str, wrong: Events) -> None:
    found = asserted(rules_nlp, text)
    assert not [w for w in wrong if _hits(found, w)], found
