"""Issue 13, session 38, causal98 (docs/causal.md round 98): a table of made-up sentences in the style of 2025 news, on
the span tagger's pair that cuts one clause in two at its subject. Round 94 counted 76 CNC train CV false-positive
sentences where the tagger splits one clause into cause and effect with no marker between them; read by shape
(``benchmarks/causal_cv_split_shapes.py``, train folds only), the one shape whose pairs are mostly wrong is the cut
between a clause's subject and its predicate ("Hundreds of dock workers | walked off the job ..."): the pair reads a
subject as the cause of its own predicate, or the reverse, and CNC, where the sentence is causal, keeps subject and
predicate together as the effect and marks the reason the predicate carries (a purpose, a participle of demand, a
"when" or "after" clause). With ``subject_cut_tag_pairs`` the sentence is read as if the tagger had no pair (as round
87 reads a verb cut from its object); the pair stands only where that reading finds no claim. The causal rows are
clauses whose predicate carries such a reason; the controls are plain clauses with no reason, which give no claim.
Each row's pairs were written before the stage was run on it; none is copied from an evaluation set or a news
excerpt. Rows the shipped stage does not get are strict xfails with the general reason.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_extractor import _subject_cut

from .causal_sentences import claim_over, claims_at, news_table_tests, sentence, settings_set, tagger_reading

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Hundreds of dock workers in Rotterdam walked off the job on Monday to press for a shorter working week.",
        [("to press for a shorter working week", "Hundreds of dock workers in Rotterdam walked off the job on Monday")],
    ),
    (
        "A search is under way in the hills above Kandy to find the missing hikers.",
        [("to find the missing hikers", "A search is under way in the hills above Kandy")],
    ),
    (
        "Taxi drivers in Athens parked their cars across the main avenue demanding lower fuel prices.",
        [("demanding lower fuel prices", "Taxi drivers in Athens parked their cars across the main avenue")],
    ),
    (
        "The opposition accused the electoral commission of fraud when the results were delayed for a third day.",
        [("the results were delayed for a third day", "The opposition accused the electoral commission of fraud")],
    ),
    (
        "Rescue teams in Sichuan are working through the night to reach the buried villagers.",
        [("to reach the buried villagers", "Rescue teams in Sichuan are working through the night")],
    ),
    (
        "Farmers in Punjab blocked the railway line near Amritsar demanding a legal guarantee for crop prices.",
        [("demanding a legal guarantee for crop prices", "Farmers in Punjab blocked the railway line near Amritsar")],
    ),
    (
        "Thousands of students marched to the parliament in Belgrade to demand the release of their classmates.",
        [("to demand the release of their classmates", "Thousands of students marched to the parliament in Belgrade")],
    ),
    (
        "Truck drivers at the border crossing near Medyka staged a sit-in protesting the new permit rules.",
        [("protesting the new permit rules", "Truck drivers at the border crossing near Medyka staged a sit-in")],
    ),
    (
        "Residents of Lampedusa blocked the port road on Sunday after another boat capsized near the island.",
        [("another boat capsized near the island", "Residents of Lampedusa blocked the port road on Sunday")],
    ),
    (
        "Police in Nairobi fired tear gas to disperse the crowd outside the parliament.",
        [("to disperse the crowd outside the parliament", "Police in Nairobi fired tear gas")],
    ),
    (
        "Cleaners at the airport in Barcelona began an indefinite strike demanding permanent contracts.",
        [("demanding permanent contracts", "Cleaners at the airport in Barcelona began an indefinite strike")],
    ),
    (
        "A curfew was imposed in the old city of Jos to stop the clashes from spreading.",
        [("to stop the clashes from spreading", "A curfew was imposed in the old city of Jos")],
    ),
    (
        "The coalition partners walked out of the cabinet meeting in Kathmandu protesting the budget cuts.",
        [("protesting the budget cuts", "The coalition partners walked out of the cabinet meeting in Kathmandu")],
    ),
    (
        "Garment workers in Gazipur set up roadblocks on the highway demanding their unpaid wages.",
        [("demanding their unpaid wages", "Garment workers in Gazipur set up roadblocks on the highway")],
    ),
    (
        "Two ministers resigned from the government in Lima when the president pardoned his predecessor.",
        [("the president pardoned his predecessor", "Two ministers resigned from the government in Lima")],
    ),
    (
        "Army engineers were sent to the flooded valley near Valencia to rebuild the collapsed bridges.",
        [("to rebuild the collapsed bridges", "Army engineers were sent to the flooded valley near Valencia")],
    ),
    (
        "Shopkeepers in Lahore kept their shutters down on Thursday protesting the new sales tax.",
        [("protesting the new sales tax", "Shopkeepers in Lahore kept their shutters down on Thursday")],
    ),
    (
        "The central bank in Ankara raised its main rate again to halt the fall of the lira.",
        [("to halt the fall of the lira", "The central bank in Ankara raised its main rate again")],
    ),
    (
        "Doctors at public hospitals in Seoul have stayed away from work for months opposing the medical school quota.",
        [
            (
                "opposing the medical school quota",
                "Doctors at public hospitals in Seoul have stayed away from work for months",
            )
        ],
    ),
    (
        "Dozens of fishermen in Dakar staged a protest at the port accusing foreign trawlers of emptying the sea.",
        [
            (
                "accusing foreign trawlers of emptying the sea",
                "Dozens of fishermen in Dakar staged a protest at the port",
            )
        ],
    ),
    (
        "Troops were deployed along the border with Rwanda to prevent further incursions.",
        [("to prevent further incursions", "Troops were deployed along the border with Rwanda")],
    ),
    (
        "Metro workers in Sao Paulo stopped the trains on Tuesday to protest the planned privatisation.",
        [("to protest the planned privatisation", "Metro workers in Sao Paulo stopped the trains on Tuesday")],
    ),
    (
        "Angry villagers in Bihar torched a police jeep after a teenager died in custody.",
        [("a teenager died in custody", "Angry villagers in Bihar torched a police jeep")],
    ),
    (
        "Pensioners in Buenos Aires gathered outside Congress on Wednesday demanding a rise in their benefits.",
        [("demanding a rise in their benefits", "Pensioners in Buenos Aires gathered outside Congress on Wednesday")],
    ),
    (
        "Firefighters in Attica worked through the weekend to contain the wildfire near Marathon.",
        [("to contain the wildfire near Marathon", "Firefighters in Attica worked through the weekend")],
    ),
    (
        "The airline grounded its entire fleet in Jakarta after a software fault hit its booking system.",
        [("a software fault hit its booking system", "The airline grounded its entire fleet in Jakarta")],
    ),
]
CONTROLS: list[str] = [
    "The foreign ministers of Kenya and Ethiopia met in Addis Ababa on Tuesday.",
    "The new metro line in Riyadh opened to passengers on Sunday.",
    "Thousands of runners took part in the Berlin marathon on Sunday morning.",
    "The prime minister of Portugal visited the flooded towns in the north on Friday.",
    "The trade talks between Mexico and Canada continued in Ottawa for a second day.",
    "Voters in Malawi queued outside polling stations from early morning.",
    "The delegation from Vietnam arrived in Canberra late on Wednesday.",
    "The national museum in Baghdad reopened its Assyrian gallery last week.",
    "A new ambassador from Brazil presented her credentials in Tokyo on Thursday.",
    "The parliament in Warsaw held its first session of the year on Monday.",
    "The annual book fair in Sharjah drew record crowds this weekend.",
    "Engineers inspected the old dam near Mosul on Saturday.",
]
_VERB_OBJECT = (
    "one pair more beside the reason, with or without the switch: the tagger cuts a verb from its object ('blocked |"
    " the railway line'), where round 87 keeps a verb of contention's object"
)
XFAIL_CAUSAL: dict[int, str] = {
    5: _VERB_OBJECT,
    13: _VERB_OBJECT,
    19: "the place phrase 'at the port' as the cause and the reason participle lost, with or without the switch",
    25: "one pair more inside the reason clause (its subject and its object), with or without the switch",
}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=38, switches=("subject_cut_tag_pairs",)
)


def _pairs(causal_nlp: Language, text: str, cause: str, effect: str, prob: float, on: bool) -> list[tuple[str, str]]:
    """The claims of ``text`` at probability ``prob`` given a span tagger reading that marks ``cause`` and
    ``effect``, with the round's switch on or off."""
    with settings_set(causal_nlp, subject_cut_tag_pairs=on):
        return [
            (c["cause"], c["effect"]) for c in claims_at(causal_nlp, text, tagger_reading(text, cause, effect), prob)
        ]


def test_a_pair_cut_at_the_subject_gives_way_only_when_on(causal_nlp: Language) -> None:
    # the tagger's pair cut between a clause's subject and its predicate (the CNC train shape of round 98): off it
    # stands, on the sentence is read as if the tagger had no pair and its purpose or "when" clause is the reason
    police, opposition, search = CAUSAL[9][0], CAUSAL[3][0], CAUSAL[1][0]
    predicate = "fired tear gas to disperse the crowd outside the parliament"
    assert _pairs(causal_nlp, police, predicate, "Police in Nairobi", 0.5, False) == [(predicate, "Police in Nairobi")]
    assert _pairs(causal_nlp, police, predicate, "Police in Nairobi", 0.5, True) == [
        ("to disperse the crowd outside the parliament", "Police in Nairobi fired tear gas")
    ]
    accused = "accused the electoral commission of fraud when the results were delayed for a third day"
    assert _pairs(causal_nlp, opposition, "The opposition", accused, 0.9, False) == [("The opposition", accused)]
    assert _pairs(causal_nlp, opposition, "The opposition", accused, 0.9, True) == [
        ("the results were delayed for a third day", "The opposition accused the electoral commission of fraud")
    ]
    # where the tagger's pair made no claim at all, the reading without it finds the purpose
    under_way = "is under way in the hills above Kandy to find the missing hikers"
    assert _pairs(causal_nlp, search, "A search", under_way, 0.5, False) == []
    assert _pairs(causal_nlp, search, "A search", under_way, 0.5, True) == [
        ("to find the missing hikers", "A search is under way in the hills above Kandy")
    ]


def test_which_pairs_cut_a_clause_at_its_subject(parse: Language) -> None:
    def cut(text: str, cause: str, effect: str) -> bool:
        return _subject_cut(sentence(parse, text), claim_over(text, cause, effect))

    police, troops, airline = CAUSAL[9][0], CAUSAL[20][0], CAUSAL[25][0]
    # the subject, whole or its head's phrase, on one side and its verb's predicate right after it on the other
    assert cut(police, "Police in Nairobi", "fired tear gas to disperse the crowd outside the parliament")
    assert cut(police, "fired tear gas to disperse the crowd outside the parliament", "Police in Nairobi")
    assert cut(troops, "Troops", "were deployed along the border with Rwanda")
    # a subject and a predicate with words between them, a clause and its reason, a verb and its object are no cut
    assert not cut(police, "Police in Nairobi", "to disperse the crowd outside the parliament")
    assert not cut(
        airline, "a software fault hit its booking system", "The airline grounded its entire fleet in Jakarta"
    )
    assert not cut(airline, "its entire fleet in Jakarta", "The airline grounded")
    assert not cut(CONTROLS[0], "Addis Ababa", "The foreign ministers of Kenya and Ethiopia met")
