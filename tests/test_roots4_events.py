"""Seven more shapes of short wire sentences over the CAMEO roots (issue 14, session 39, branch roots4; docs/events.md
rule 419).

A peer coder's validation suite holds short real-news and constructed sentences and is scored on the (source, target,
root) triples; our dyad F1 there was 0.47 when issue 14 was filed. Rules 401 and 405 (tests/test_roots1_events.py,
tests/test_roots2_events.py) covered plain actives, headlines, nationality adjectives, titles, counterparts, compound
sentences, pronoun subjects, perfects and capitals, and nearly all held. This table holds the shapes they lacked,
spread over the roots: (1) two acts of one subject joined by "and" ("X met Y and signed a deal": the second verb's
target is the first verb's object when it names none, docs/events.md 113d / 120d); (2) a list of three parties that
met, signed or agreed (every pair in both directions, rule 293; a one-way act of a list is each party's toward its
target); (3) sub-state actors named by a country adjective ("Syrian rebels", "Kenyan police", "Nigerian students"):
the domestic codes of docs/actors.md, scored on the country part, so a domestic act is X -> X; (4) reported speech (a
neutral "X said Y had attacked Z" is Y -> Z, the speech discarded; "X accused Y of ..." is X -> Y 112 alone, rule
74); (5) a date or place phrase opening the sentence; (6) "X's foreign minister" / "the X foreign ministry" as the
party; (7) two-sentence texts whose second sentence names the first one's act by a definite noun ("The talks ended
...", "Turkey condemned the strikes"). Each sentence is our own construction, none copied from an evaluation set, the
seeds or the news excerpts; the expected events were written from the code list (/work/shared/data/cameo-eventcodes.tsv)
and the project's conventions (docs/events.md) before the coder ran. The rows compare CAMEO roots on primary codes, as
the scorer does, and the whole set of asserted events: a spurious extra event fails a row as a missed one does. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]


def every_pair(parties: tuple[str, ...], code: str) -> Events:
    """A reciprocal act of a list of parties: one event for every ordered pair (rule 293)."""
    return {(a, b, code) for a in parties for b in parties if a != b}


ROOTS4_SHAPES: dict[str, list[tuple[str, Events]]] = {
    "two acts, one subject": [
        (
            "Japan held talks with South Korea and signed a defence pact.",
            both("JPN", "KOR", "040") | both("JPN", "KOR", "057"),
        ),
        (
            "Iran expelled two British diplomats and summoned the British ambassador.",
            {("IRN", "GBR", "166"), ("IRN", "GBR", "114")},
        ),
        (
            "Israel shelled Lebanese villages and threatened Lebanon with a wider war.",
            {("ISR", "LBN", "194"), ("ISR", "LBN", "138")},
        ),
        (
            "China praised Pakistan and promised new loans to Islamabad.",
            {("CHN", "PAK", "051"), ("CHN", "PAK", "0331")},
        ),
        (
            "Ghana arrested three Togolese nationals and deported them to Togo.",
            {("GHA", "TGO", "173"), ("GHA", "TGO", "174")},
        ),
        (
            "Egypt hosted the Sudanese army chief and pledged humanitarian aid to Sudan.",
            {("EGY", "SDN", "043"), ("EGY", "SDN", "0333")},
        ),
    ],
    "a list of three parties": [
        ("Egypt, Jordan and Iraq signed a trade agreement.", every_pair(("EGY", "JOR", "IRQ"), "057")),
        ("Brazil, Argentina and Chile met in Montevideo.", every_pair(("BRA", "ARG", "CHL"), "044")),
        (
            "Kenya, Uganda and Tanzania agreed to cooperate on border security.",
            every_pair(("KEN", "UGA", "TZA"), "030"),
        ),
        (
            "The foreign ministers of Saudi Arabia, Qatar and Oman held talks in Riyadh.",
            every_pair(("SAU", "QAT", "OMN"), "040"),
        ),
        (
            "Vietnam, Laos and Cambodia signed a joint declaration on the Mekong.",
            every_pair(("VNM", "LAO", "KHM"), "057"),
        ),
        (
            "France, Germany and Italy condemned Russia's strikes on Kyiv.",
            {("FRA", "RUS", "111"), ("DEU", "RUS", "111"), ("ITA", "RUS", "111"), ("RUS", "UKR", "190")},
        ),
    ],
    "a country adjective on a sub-state actor": [
        ("Syrian rebels attacked government troops near Idlib.", {("SYR", "SYR", "190")}),
        ("Kenyan police arrested opposition supporters in Nairobi.", {("KEN", "KEN", "173")}),
        ("Iraqi militants kidnapped two Turkish engineers.", {("IRQ", "TUR", "181")}),
        ("Nigerian students protested against the government in Lagos.", {("NGA", "NGA", "141")}),
        ("Pakistani lawmakers criticised the army chief.", {("PAK", "PAK", "111")}),
        ("Colombian guerrillas released five soldiers.", {("COL", "COL", "084")}),
        ("Ugandan security forces fired tear gas at opposition protesters.", {("UGA", "UGA", "175")}),
    ],
    "reported speech": [
        ("Thailand said Cambodia had attacked its border posts.", {("KHM", "THA", "190")}),
        ("Ethiopia accused Eritrea of shelling its border towns.", {("ETH", "ERI", "112")}),
        ("Armenia said Azerbaijani troops had opened fire on its positions.", {("AZE", "ARM", "190")}),
        ("Israel accused Iran of arming Houthi rebels in Yemen.", {("ISR", "IRN", "112")}),
        ("Lebanon said Israel had bombed a village in the south.", {("ISR", "LBN", "195")}),
        ("Pakistan blamed India for the bombing in Quetta.", {("PAK", "IND", "112")}),
        ("China accused the Philippines of ramming its coast guard vessel.", {("CHN", "PHL", "112")}),
    ],
    "a date or place phrase first": [
        ("On Monday, in Geneva, Iran and the United States held indirect talks.", both("IRN", "USA", "044")),
        ("On Tuesday, Russia launched a massive drone attack on Ukraine.", {("RUS", "UKR", "195")}),
        ("In Doha, Qatar hosted the Afghan foreign minister.", {("QAT", "AFG", "043")}),
        ("Late on Friday, Algeria recalled its ambassador to France.", {("DZA", "FRA", "161")}),
        ("Last week, in a statement, Morocco condemned Israel's annexation plans.", {("MAR", "ISR", "111")}),
        ("Earlier this month, in Brussels, the EU imposed new sanctions on Belarus.", {("IGO", "BLR", "163")}),
        ("On Sunday, Serbia and Kosovo agreed to resume talks.", both("SRB", "XKX", "036")),
    ],
    "a ministry or a minister of a country": [
        ("Turkey's foreign minister met Syria's interim president in Damascus.", both("TUR", "SYR", "040")),
        ("The Chinese foreign ministry criticised Japan's defence budget.", {("CHN", "JPN", "111")}),
        ("Russia's foreign ministry summoned the Finnish ambassador.", {("RUS", "FIN", "114")}),
        ("India's defence minister visited Washington.", {("IND", "USA", "042")}),
        ("The Iranian foreign ministry condemned the British sanctions.", {("IRN", "GBR", "111")}),
        ("Brazil's foreign minister praised Colombia's peace efforts.", {("BRA", "COL", "051")}),
        ("The Polish foreign ministry expelled a Russian diplomat.", {("POL", "RUS", "166")}),
    ],
    "the act named again in a second sentence": [
        ("Serbia and Kosovo held talks in Brussels. The talks ended without a deal.", both("SRB", "XKX", "040")),
        (
            "Kenya and Somalia signed a security pact on Monday. The pact allows joint patrols along the border.",
            both("KEN", "SOM", "057"),
        ),
        (
            "Israel struck targets in Syria overnight. Turkey condemned the strikes.",
            {("ISR", "SYR", "190"), ("TUR", "ISR", "111")},
        ),
        (
            "Russia fired missiles at Kyiv on Monday. France condemned the attack.",
            {("RUS", "UKR", "190"), ("FRA", "RUS", "111")},
        ),
        ("North Korea tested a ballistic missile on Sunday. Japan condemned the launch.", {("JPN", "PRK", "111")}),
        (
            "Venezuela detained three Colombian soldiers. Colombia condemned the arrests.",
            {("VEN", "COL", "173"), ("COL", "VEN", "111")},
        ),
    ],
}

ROOTS4_SENTENCES: list[tuple[str, Events]] = [row for rows in ROOTS4_SHAPES.values() for row in rows]

# on START 39 of 46 rows held (the shapes' counts in BENCHMARKS.md, session 39 roots4); rule 419a takes the second
# sentence's judgement of the act the first one told (2 -> 5 of 6), rule 419b a singular "its" in an aimed "on" phrase
# of a clause with a plural subject (reported speech 5 -> 6 of 7); what is left, one reason each:
XFAIL: dict[str, str] = {
    "Japan held talks with South Korea and signed a defence pact.": (
        "a second conjoined act with no object party ('signed a defence pact') takes no partner from the first "
        "verb's 'with' phrase: only the talks are coded"
    ),
    "Lebanon said Israel had bombed a village in the south.": (
        "an unnamed place ('a village in the south') of a reported act is not read as the speaker's own territory"
    ),
    "North Korea tested a ballistic missile on Sunday. Japan condemned the launch.": (
        "'launch' is no act noun of the trigger lexicon, and a missile test names no target for 419a to recall"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROOTS4_SENTENCES, XFAIL))
def test_roots4_sentence_codes_its_roots(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


# a shape of the rows in a use that is no event between two parties, or the row's first act alone
ROOTS4_CONTROLS: list[tuple[str, Events]] = [
    ("Japan held talks with South Korea.", both("JPN", "KOR", "040")),
    ("Egypt, Jordan and Iraq welcomed the decision.", set()),
    ("Syrian government troops advanced near Idlib.", set()),
    ("Thailand said its border posts were calm.", set()),
    ("On Monday, in Geneva, the delegates gathered for the opening session.", set()),
    ("The Chinese foreign ministry held a press briefing.", set()),
    ("Russia fired missiles at Kyiv on Monday. Officials assessed the damage.", {("RUS", "UKR", "190")}),
    ("A bomb exploded in a market. France condemned the attack.", set()),
    # added with rules 419a / 419b, after the first run: a passive previous sentence names no owner of the act (419a
    # reads only an active main subject), and "its own" keeps the doer's own positions (no target, as before)
    ("Ukraine was struck by Russian missiles on Monday. France condemned the attack.", {("RUS", "UKR", "194")}),
    ("Armenia said Azerbaijan had opened fire on its own positions.", set()),
    ("Russia struck Kharkiv overnight. Kyiv condemned the strikes.", {("RUS", "UKR", "190"), ("UKR", "RUS", "111")}),
]


@pytest.mark.parametrize(("text", "expected"), ROOTS4_CONTROLS)
def test_roots4_control_keeps_its_codes(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)
