"""Issue 13, session 37, causal96 (docs/causal.md round 96): a table of made-up sentences in the style of 2025 news, on
the span tagger's pair chosen among the parse's units. The CNC train 5-fold CV's false negatives hold 34 sentences
whose scorer is over the threshold and whose tagger pair (both scores at least 3) makes no claim; the largest single
gate among them is ``tag_units_min_prob``: where the tagger's free runs make no claim, the pair chosen among the
parse's units speaks only on a sentence scored 0.9 or more. Under that, a units pair whose two sides are clauses of
their own (the cause a clause with its subject, or a participle adjunct such as "demanding a pay rise"; the effect a
clause with its subject; neither headed by a reporting verb) reads two events, and CNC marks it causal; a units pair
with a noun phrase, an actor, a place or a report as a side stays out. The causal rows are clause-and-clause and
participle-of-demand sentences (reasons in "when", "as", "after" clauses and in -ing adjuncts, many countries and
tenses); the controls are sentences with no cause (reports, meetings, a noun a relative clause describes, a
participle of manner), which give no claim. Each row's pairs were written before the stage was run on it; none is
copied from an evaluation set or a news excerpt. Rows the shipped stage does not get are strict xfails with the
general reason.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.causal_extractor import _clause_pair
from detente.nlp.causal_markers import load_lexicon

from .causal_sentences import news_table_tests, sentence, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Hundreds of nurses held a sit-in outside the health ministry in Nairobi on Monday demanding unpaid salaries.",
        [("demanding unpaid salaries", "Hundreds of nurses held a sit-in outside the health ministry in Nairobi")],
    ),
    (
        "Dock workers in Antwerp staged a walkout on Tuesday seeking a new wage deal.",
        [("seeking a new wage deal", "Dock workers in Antwerp staged a walkout on Tuesday")],
    ),
    (
        "Farmers blocked the highway near Lyon with their tractors, demanding lower fuel taxes.",
        [("demanding lower fuel taxes", "Farmers blocked the highway near Lyon with their tractors")],
    ),
    (
        "Tension prevailed in Kirkuk when rival militias started patrolling the main market.",
        [("rival militias started patrolling the main market", "Tension prevailed in Kirkuk")],
    ),
    (
        "The talks in Brussels collapsed when the Serbian delegation walked out of the room.",
        [("the Serbian delegation walked out of the room", "The talks in Brussels collapsed")],
    ),
    (
        "Students in Dhaka reacted angrily when the vice-chancellor refused to meet them.",
        [("the vice-chancellor refused to meet them", "Students in Dhaka reacted angrily")],
    ),
    (
        "Traffic came to a halt in central Lagos as taxi drivers parked their cars across the bridge.",
        [("taxi drivers parked their cars across the bridge", "Traffic came to a halt in central Lagos")],
    ),
    (
        "The main hospital in Khartoum shut its doors after militiamen looted its pharmacy.",
        [("militiamen looted its pharmacy", "The main hospital in Khartoum shut its doors")],
    ),
    (
        "Residents of Valencia took to the streets on Saturday demanding the resignation of the regional president.",
        [("demanding the resignation of the regional president", "Residents of Valencia took to the streets")],
    ),
    (
        "Opposition lawmakers walked out of parliament in Tbilisi on Thursday protesting the new foreign agents law.",
        [("protesting the new foreign agents law", "Opposition lawmakers walked out of parliament in Tbilisi")],
    ),
    (
        "Teachers in Buenos Aires went on strike for a second week seeking higher pay.",
        [("seeking higher pay", "Teachers in Buenos Aires went on strike for a second week")],
    ),
    (
        "Power cuts hit much of Karachi after the grid operator lost two transmission lines.",
        [("the grid operator lost two transmission lines", "Power cuts hit much of Karachi")],
    ),
    (
        "The court in Islamabad adjourned the hearing when the defence lawyers failed to appear.",
        [("the defence lawyers failed to appear", "The court in Islamabad adjourned the hearing")],
    ),
    (
        "Clashes broke out in Dakar when police tried to disperse the opposition rally.",
        [("police tried to disperse the opposition rally", "Clashes broke out in Dakar")],
    ),
    (
        "Villagers fled their homes in North Darfur as the fighting moved closer to El Fasher.",
        [("the fighting moved closer to El Fasher", "Villagers fled their homes in North Darfur")],
    ),
    (
        "Air India cancelled forty flights on Friday as thick fog covered New Delhi.",
        [("thick fog covered New Delhi", "Air India cancelled forty flights on Friday")],
    ),
    (
        "Shares of the carmaker fell sharply in Tokyo after the company cut its profit forecast.",
        [("the company cut its profit forecast", "Shares of the carmaker fell sharply in Tokyo")],
    ),
    (
        "Angry miners set fire to trucks in Katanga province demanding compensation for the acid spill.",
        [("demanding compensation for the acid spill", "Angry miners set fire to trucks in Katanga province")],
    ),
    (
        "Hundreds of taxi drivers gathered outside the city hall in Bogota demanding a ban on ride-hailing apps.",
        [("demanding a ban on ride-hailing apps", "Hundreds of taxi drivers gathered outside the city hall in Bogota")],
    ),
    (
        "Workers at the Volkswagen plant in Zwickau downed tools on Wednesday seeking guarantees against job cuts.",
        [
            (
                "seeking guarantees against job cuts",
                "Workers at the Volkswagen plant in Zwickau downed tools on Wednesday",
            )
        ],
    ),
    (
        "A curfew was imposed in Imphal when armed groups torched two police posts.",
        [("armed groups torched two police posts", "A curfew was imposed in Imphal")],
    ),
    (
        "The match in Istanbul was halted when fans threw flares onto the pitch.",
        [("fans threw flares onto the pitch", "The match in Istanbul was halted")],
    ),
    (
        "Fishermen in Senegal protested outside the port authority on Monday demanding an end to foreign trawling.",
        [("demanding an end to foreign trawling", "Fishermen in Senegal protested outside the port authority")],
    ),
    (
        "The transport minister of Peru resigned on Sunday after leaked messages showed he had taken bribes.",
        [("leaked messages showed he had taken bribes", "The transport minister of Peru resigned on Sunday")],
    ),
    (
        "Doctors in Seoul stayed away from their wards for a third day opposing the plan to raise medical school"
        " quotas.",
        [("opposing the plan to raise medical school quotas", "Doctors in Seoul stayed away from their wards")],
    ),
    (
        "Flights out of Lisbon were delayed for hours when air traffic controllers walked off the job.",
        [("air traffic controllers walked off the job", "Flights out of Lisbon were delayed for hours")],
    ),
    (
        "Bread queues grew longer in Havana as the state bakeries ran out of flour.",
        [("the state bakeries ran out of flour", "Bread queues grew longer in Havana")],
    ),
    (
        "Garment workers in Dhaka will march to the labour ministry on Friday demanding a higher minimum wage.",
        [("demanding a higher minimum wage", "Garment workers in Dhaka will march to the labour ministry on Friday")],
    ),
    (
        "Relatives of the missing sailors squatted in front of the navy headquarters in Jakarta on Tuesday seeking news"
        " of the search.",
        [("seeking news of the search", "Relatives of the missing sailors squatted in front of the navy headquarters")],
    ),
    (
        "Panic gripped the market in Port-au-Prince when gunmen opened fire near the bus station.",
        [("gunmen opened fire near the bus station", "Panic gripped the market in Port-au-Prince")],
    ),
    (
        "The residents were upset when the water utility was unable to restore supply for a fourth day.",
        [("the water utility was unable to restore supply for a fourth day", "The residents were upset")],
    ),
    (
        "Commuters in Nairobi were stranded on Monday morning as matatu operators kept their vehicles off the roads.",
        [
            (
                "matatu operators kept their vehicles off the roads",
                "Commuters in Nairobi were stranded on Monday morning",
            )
        ],
    ),
    (
        "The standoff began at 6 pm when Gen. Diallo's guards refused to let the inspectors into the barracks.",
        [
            (
                "Gen. Diallo's guards refused to let the inspectors into the barracks",
                "The standoff began at 6 pm",
            )
        ],
    ),
    (
        "Tempers flared in Kisumu on Monday when Mr. Otieno's convoy tried to push through the barricade.",
        [
            (
                "Mr. Otieno's convoy tried to push through the barricade",
                "Tempers flared in Kisumu on Monday",
            )
        ],
    ),
]
CONTROLS: list[str] = [
    "The spokesman said on Monday that the talks in Doha would resume next week.",
    "Officials in Nairobi confirmed that the president will visit Kampala in March.",
    "The details of the meeting in Geneva, in which both delegations took part, were not released.",
    "Hundreds of people attended the funeral of the former president in Harare on Sunday.",
    "The foreign ministers of Peru and Chile met in Lima on Tuesday.",
    "Thousands of pilgrims gathered at the shrine in Karbala on Thursday.",
    "The strike by rail workers in France entered its third day on Wednesday.",
    "Police in Manila said the suspects were members of a local gang.",
    "The summit in Brasilia ended on Friday with a joint statement on climate finance.",
    "Election officials in Accra began counting the ballots late on Saturday.",
    "Protesters marched through central Belgrade on Sunday carrying banners and flags.",
    "The new bridge across the Danube, which engineers finished last month, opened to traffic on Friday.",
    "The swearing-in took place on Sunday when the new president arrived at the stadium in Kinshasa.",
    "The meeting began at noon when the delegates from both parties took their seats.",
    "Officials in Lima said the minister was not available to comment on the report.",
    "The ceremony took place at 10 am when Mr. Haddad, the new governor, took the oath in Beirut.",
    "The meeting started at 9 am when Dr. Osei and the other board members arrived at the office in Kumasi.",
]
_NO_CLAIM = (
    "no claim with or without the switch (no tagger pair, or one whose free runs and units make no claim: not the"
    " shape of this round)"
)
_EXTRA = (
    "one pair more beside the reason, with or without the switch (a causal verb's subject and object, the tagger's"
    " split of the act, or a protest's 'over' inside the reason clause)"
)
XFAIL_CAUSAL: dict[int, str] = {
    10: _EXTRA,
    11: _EXTRA,
    17: _EXTRA,
    28: _NO_CLAIM,
}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=51, switches=("clause_unit_pairs",)
)


def _claims_with_effect_on(causal_nlp: Language, parse: Language, text: str, effect: str) -> list[tuple[str, str]]:
    """The claims of ``text`` at probability 0.5 (over ``tag_threshold``, under ``tag_units_min_prob`` and the implicit
    split's threshold) with the span tagger's own reading of it, its effect moved onto the words ``effect``: the
    benchmarks' way in (``CausalExtractor._annotate`` with given probabilities and tagger readings)."""
    comp: Any = causal_nlp.get_pipe("causal_extractor")
    doc = parse(text)
    sents, claims = comp._scored_sentences(doc)
    read = comp.tagged_spans(sents, [0.95])[0]
    assert read and "cause" in read
    at = text.index(effect) - sents[0].start_char
    comp._annotate(doc, sents, [0.5], claims, [{**read, "effect": (at, at + len(effect))}])
    return [(c["cause"], c["effect"]) for c in doc._.causal]


def test_a_units_pair_of_two_clauses_stands_only_when_on(causal_nlp: Language, parse: Language) -> None:
    # the tagger's effect on the closing day alone: its free runs make no claim (a side that is only a time), and the
    # units' pair, two clauses, speaks under tag_units_min_prob only with the switch (the CNC train shape of round 96)
    text = CAUSAL[9][0]
    with settings_set(causal_nlp, clause_unit_pairs=False):
        assert _claims_with_effect_on(causal_nlp, parse, text, "Thursday") == []
    with settings_set(causal_nlp, clause_unit_pairs=True):
        assert _claims_with_effect_on(causal_nlp, parse, text, "Thursday") == [
            (
                "protesting the new foreign agents law",
                "Opposition lawmakers walked out of parliament in Tbilisi on Thursday",
            )
        ]


def test_which_units_pairs_are_two_clauses(parse: Language) -> None:
    reporting = load_lexicon().reporting_verbs

    def two_clauses(text: str, cause: str, effect: str) -> bool:
        sent = sentence(parse, text)
        c, e = text.index(cause), text.index(effect)
        claim = {"cause_start": c, "cause_end": c + len(cause), "effect_start": e, "effect_end": e + len(effect)}
        return _clause_pair(sent, claim, reporting)

    tbilisi, kirkuk, valencia = CAUSAL[9][0], CAUSAL[3][0], CAUSAL[8][0]
    # a participle adjunct or a clause with its subject as the cause, a clause with its subject as the effect
    assert two_clauses(tbilisi, "protesting the new foreign agents law", "Opposition lawmakers walked out")
    assert two_clauses(kirkuk, "rival militias started patrolling the main market", "Tension prevailed in Kirkuk")
    # a side that is a time, a noun phrase, a noun a relative clause describes, or a report is no clause
    assert not two_clauses(tbilisi, "protesting the new foreign agents law", "Thursday")
    assert not two_clauses(valencia, "the regional president", "Residents of Valencia took to the streets")
    assert not two_clauses(CONTROLS[2], "both delegations took part", "The details of the meeting in Geneva")
    assert not two_clauses(CONTROLS[0], "the talks in Doha would resume next week", "The spokesman said on Monday")
