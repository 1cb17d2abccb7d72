"""Two or more parties acting on each other through a reciprocal phrase deeper than the verb's own object, in 2025
wire style (issue 14, session 41, branch confdyad1; docs/events.md rule 434).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).

Rule 34 reads "A and B accused each other" (the reciprocal pronoun as the verb's object or the object of one of
its prepositions) as one act both ways. Wire copy puts the pronoun deeper: in a phrase on the verb's object
("imposed sanctions on each other", "lifted restrictions on one another"), as the possessor of the object
("expelled each other's diplomats", "freed each other's sailors"), as the recipient phrase "the other side"
("released prisoners to the other side"), or on the act a wrapper verb wraps ("agreed to lift sanctions on each
other"). CAMEO codes an act from its doer to the party it is done to; two conjoined doers each doing it to the
other make one event each way, with the act's own code: 163 sanctions, 085 easing economic measures, 161
expelling diplomats (CAMEO "reduce or break diplomatic relations"; 166 is the expulsion of peacekeepers, inspectors
or aid agencies), 0841 release of persons, the wrapper's 0354 / 0353 / 1312, as rule 34 codes the shallow shape.
Before the rule these sentences gave no event (no target found).

Controls: the same verbs with a named third party keep it as the only target; one doer with "the other side"
names no target; a reciprocal phrase outside the act's own object ("despite their promises to each other") or a
whole named by an "of" noun ("the other side of the border") adds nothing; a modal or a negation keeps the pair
unasserted. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


CONFDYAD1_SENTENCES: list[tuple[str, Events]] = [
    # a phrase on the object: "imposed sanctions on each other"
    (
        "India and Pakistan imposed fresh sanctions on each other on Tuesday, deepening a row over water rights.",
        both("IND", "PAK", "163"),
    ),
    ("Morocco and Algeria imposed new trade sanctions on each other last week.", both("MAR", "DZA", "163")),
    (
        "Ethiopia and Eritrea imposed sanctions on one another in a dispute over the port, state media said.",
        both("ETH", "ERI", "163"),
    ),
    (
        "Qatar and Bahrain lifted sanctions on each other on Sunday, the Gulf Cooperation Council said.",
        both("QAT", "BHR", "085"),
    ),
    (
        "Japan and South Korea have lifted economic sanctions on each other, ending a four-year trade feud.",
        both("JPN", "KOR", "085"),
    ),
    (
        "The governments of Chile and Bolivia eased sanctions on one another, the foreign ministry in Santiago said.",
        both("CHL", "BOL", "085"),
    ),
    (
        "Vietnam and Cambodia lifted an embargo on each other, officials in Hanoi said on Thursday.",
        both("VNM", "KHM", "085"),
    ),
    ("Serbia and Croatia imposed an embargo on each other in March.", both("SRB", "HRV", "163")),
    (
        "Tajikistan and Kyrgyzstan have imposed a boycott on each other after deadly clashes on the border.",
        both("TJK", "KGZ", "163"),
    ),
    # a possessor of the object: "expelled each other's diplomats"
    (
        "Ghana and Togo expelled each other's diplomats in a widening dispute over the border.",
        both("GHA", "TGO", "161"),
    ),
    ("Lithuania and Belarus expelled each other's ambassadors on Friday.", both("LTU", "BLR", "161")),
    (
        "Armenia and Azerbaijan released each other's prisoners at a crossing on Wednesday, the Red Cross said.",
        both("ARM", "AZE", "0841"),
    ),
    (
        "Russia and Ukraine freed each other's soldiers on Saturday under a deal brokered by the United Arab Emirates.",
        both("RUS", "UKR", "0841"),
    ),
    (
        "Iran and Iraq returned each other's detainees under the new accord, Iraqi officials said.",
        both("IRN", "IRQ", "0841"),
    ),
    ("Egypt and Sudan expelled one another's envoys, state television in Cairo reported.", both("EGY", "SDN", "161")),
    # "the other side" as the recipient of a co-subject act
    ("Kenya and Uganda lifted sanctions on the other side on Monday.", both("KEN", "UGA", "085")),
    (
        "Israel and Lebanon released prisoners to the other side under the truce, mediators said.",
        both("ISR", "LBN", "0841"),
    ),
    ("Peru and Ecuador imposed sanctions on the other side after the talks collapsed.", both("PER", "ECU", "163")),
    ("Thailand and Myanmar returned detainees to the other side at the Mae Sot crossing.", both("THA", "MMR", "0841")),
    # with titled persons and a long clause
    (
        "Colombian President Gustavo Petro and Venezuelan President Nicolas Maduro lifted sanctions on each other, "
        "their offices said on Tuesday.",
        both("COL", "VEN", "085"),
    ),
    (
        "The foreign ministers of Poland and Hungary expelled each other's diplomats after a spying row.",
        both("POL", "HUN", "161"),
    ),
    (
        "Sudan's army and Chad's government imposed sanctions on one another, a spokesman in Khartoum said.",
        both("SDN", "TCD", "163"),
    ),
    (
        "China and the Philippines expelled each other's diplomats on Wednesday amid a standoff in the "
        "South China Sea.",
        both("CHN", "PHL", "161"),
    ),
    (
        "Nigeria and Niger lifted sanctions on each other in August, reopening the land border.",
        both("NGA", "NER", "085"),
    ),
    (
        "Pakistan and Afghanistan freed each other's citizens held on the border, the interior ministry said.",
        both("PAK", "AFG", "0841"),
    ),
    ("Georgia and Russia have lifted an embargo on each other, Georgian officials said.", both("GEO", "RUS", "085")),
    # other roots through the possessor and "the other side"
    (
        "Armenia and Azerbaijan shelled each other's positions overnight, the defence ministry in Yerevan said.",
        both("ARM", "AZE", "194"),
    ),
    (
        "India and China praised each other's efforts to calm the border, Indian officials said.",
        both("IND", "CHN", "051"),
    ),
    ("Venezuela and Guyana criticised each other's military drills on Sunday.", both("VEN", "GUY", "111")),
    ("Kosovo and Serbia accused the other side of provoking the violence in the north.", both("XKX", "SRB", "112")),
    # the act wrapped by an agreement or a threat: the wrapper's code, both ways
    ("Kenya and Tanzania agreed on Thursday to lift sanctions on each other.", both("KEN", "TZA", "0354")),
    (
        "Rwanda and Burundi agreed to release each other's detainees, the African Union said.",
        both("RWA", "BDI", "0353"),
    ),
    (
        "Somalia and Kenya threatened to impose sanctions on each other in a row over the maritime border.",
        both("SOM", "KEN", "1312"),
    ),
]

XFAIL: dict[str, str] = {
    "Tajikistan and Kyrgyzstan have imposed a boycott on each other after deadly clashes on the border.": (
        '"imposed a boycott" is coded from the noun "boycott" (143, a noun trigger); rule 434 reads verbs only'
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(CONFDYAD1_SENTENCES, XFAIL))
def test_confdyad1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


CONFDYAD1_CONTROLS: list[tuple[str, Events]] = [
    # a named third party stays the only target
    ("India and Pakistan imposed sanctions on Russia.", {("IND", "RUS", "163"), ("PAK", "RUS", "163")}),
    ("Japan and South Korea lifted sanctions on China on Friday.", {("JPN", "CHN", "085"), ("KOR", "CHN", "085")}),
    ("Ghana and Togo expelled Nigeria's diplomats.", {("GHA", "NGA", "161"), ("TGO", "NGA", "161")}),
    # rule 34's shallow shape keeps its reading
    ("Pakistan and India accused each other of violating the ceasefire.", both("PAK", "IND", "112")),
    # one doer and "the other side": no party named, no event
    ("Kenya lifted sanctions on the other side on Monday.", set()),
    ("Bolivia imposed sanctions on the other side after the talks collapsed.", set()),
    # a reciprocal phrase outside the act's own object, in a background phrase: nothing added
    ("Brazil and Argentina imposed tariffs on steel despite their promises to each other.", set()),
    ("Refugees from Syria and Iraq crossed to the other side of the border.", set()),
    # a modal or a negation keeps the pair unasserted
    ("India and Pakistan could impose sanctions on each other, analysts said.", set()),
    ("Japan and South Korea did not lift sanctions on each other.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONFDYAD1_CONTROLS)
def test_confdyad1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
