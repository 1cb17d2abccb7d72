"""Issue 13, session 41, causal111 (docs/causal.md round 111): a table of made-up sentences in the style of 2025 news,
on the span tagger's pair whose cause is a verbless phrase standing before its effect. CNC train's 5-fold CV false
positives (sentences CNC marks not causal that the stage gives a claim) hold a class the span tagger makes on sentences
the scorer doubts: a fronted time or place phrase, an apposition-laden subject or a bare noun ("the incident , | not a
single protester has been arrested") read as the cause of the clause after it, with no marker between. With the switch
on, such a pair of the tagger's goes under ``verbless_lead_tag_below`` (tuned on CNC train's folds); a cause with a
verb of its own ("The meeting , held behind closed doors"), the effect first ("walked out | over the wage offer"), the
same pair on a sentence the scorer is sure of, and pairs a marker or a causal verb reads all stay.

Controls: sentences whose only causal-looking part is such a leading phrase give no claim. Causal rows: a verbless
cause before its effect read through a marker or a causal verb keeps its pair. Each row's pairs were written before the
stage was run on it; none is copied from an evaluation set or a news excerpt. Rows the shipped stage does not get are
strict xfails with the reason.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_extractor import _verbless_lead_cause
from detente.nlp.causal_scorer import Classifier
from detente.nlp.causal_settings import CausalSettings

from .causal_sentences import (
    claim_over,
    claims_at,
    news_table_tests,
    pair_match,
    sentence,
    settings_set,
    tagger_reading,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The port strike in Rotterdam has caused fuel shortages across the Netherlands, the transport ministry said on"
        " Monday.",
        [("The port strike in Rotterdam", "fuel shortages across the Netherlands")],
    ),
    (
        "Because of the heavy rains in Kerala, schools in four districts stayed closed on Wednesday.",
        [("the heavy rains in Kerala", "schools in four districts stayed closed on Wednesday")],
    ),
    (
        "Flights out of Lisbon were cancelled on Friday due to a strike by air traffic controllers.",
        [("a strike by air traffic controllers", "Flights out of Lisbon were cancelled on Friday")],
    ),
    (
        "The floods in Bahia, the worst in decades, forced more than 20,000 people from their homes.",
        [("The floods in Bahia, the worst in decades", "more than 20,000 people from their homes")],
    ),
    (
        "The explosion at the fuel depot in Conakry killed at least eight people and injured dozens more.",
        [("The explosion at the fuel depot in Conakry", "at least eight people and injured dozens more")],
    ),
    (
        "Prices of bread in Cairo rose sharply last month as a result of the weaker pound.",
        [("the weaker pound", "Prices of bread in Cairo rose sharply last month")],
    ),
    (
        "The drought in northern Kenya has led to the deaths of thousands of cattle, aid agencies said on Tuesday.",
        [("The drought in northern Kenya", "the deaths of thousands of cattle")],
    ),
    (
        "Protesters in Dhaka clashed with police on Sunday after the election commission delayed the results.",
        [("the election commission delayed the results", "Protesters in Dhaka clashed with police on Sunday")],
    ),
    (
        "Anger over the fuel price increase sparked protests in several Nigerian cities on Thursday.",
        [("Anger over the fuel price increase", "protests in several Nigerian cities on Thursday")],
    ),
    (
        "The blockade of the main border crossing, now in its third day, has left hundreds of trucks stranded near"
        " Przemysl.",
        [
            (
                "The blockade of the main border crossing, now in its third day",
                "hundreds of trucks stranded near Przemysl",
            )
        ],
    ),
    (
        "In response to the missile launch, the South Korean military raised its alert level on Wednesday.",
        [("the missile launch", "the South Korean military raised its alert level on Wednesday")],
    ),
]

CONTROLS: list[str] = [
    "In the northern city of Kirkuk, dozens of Turkmen families gathered outside the governor's office on Monday"
    " morning.",
    "The meeting, held behind closed doors at the presidential palace in Accra, lasted nearly four hours.",
    "Earlier this month, the Moldovan parliament elected a new speaker by a narrow margin.",
    "Last week's summit in Brasilia, the first since 2023, ended with a joint statement on trade.",
    "The incident, according to local media, took place near the border crossing at Rafah on Thursday.",
    "Outside the courthouse in Nairobi, supporters of the opposition leader sang hymns and waved flags.",
    "A day later, the Kenyan interior minister visited the coastal town of Lamu.",
    "The convoy of aid trucks, escorted by United Nations vehicles, reached the outskirts of El Fasher late on Friday.",
    "In a brief statement on Wednesday, the Serbian president congratulated the new Slovak prime minister.",
    "The two leaders, standing side by side at a podium in Ankara, shook hands before the cameras.",
    "During the visit, the Japanese delegation toured a shipyard in the port city of Haiphong.",
    "Thousands of pilgrims from across the region arrived in Karbala on Saturday evening.",
    "Since January, the Colombian army has operated three new bases along the Venezuelan border.",
    "The rally in central Tbilisi, the third this week, was attended by several thousand people carrying European"
    " Union flags.",
    "At dawn on Sunday, fishing boats from the village of Tumaco returned to port with their catch.",
    "The new ambassador, a former trade negotiator, presented her credentials to the Indonesian president on Monday.",
    "Near the town of Bakhmut, Ukrainian and Russian units exchanged artillery fire throughout the night.",
    "The talks in Doha, mediated by Qatari and Egyptian officials, resumed on Tuesday afternoon.",
    "Two weeks before the vote, the electoral commission in Lusaka published the final list of candidates.",
    "The delegation from Addis Ababa, led by the deputy prime minister, landed in Mogadishu on Wednesday.",
    "In his annual address to parliament, the Philippine president spoke about rice prices and the coast guard.",
    "The former minister, a close ally of the president, appeared before a Senate committee in Santiago on Thursday.",
    "Along the main highway to Goma, long lines of trucks waited at army checkpoints on Monday.",
    "The ceremony at the war memorial in Canberra, attended by veterans and their families, began at dawn.",
    "In a phone call on Friday, the German chancellor and the Polish prime minister discussed energy security.",
    "This year's budget, the largest in the country's history, was approved by the Ghanaian parliament on Tuesday.",
    "The protest march, the biggest in Belgrade since the spring, moved slowly along the river embankment.",
    "Inside the parliament building in Port Moresby, opposition lawmakers sat in silence during the budget speech.",
]

XFAIL_CAUSAL: dict[int, str] = {
    4: "the causal verb's second conjunct ('and injured dozens more') is read as the effect of the first conjunct's"
    " whole clause, not of the explosion; no span tagger pair is involved, with or without the switch",
    7: "a further pair inside the 'after' clause (the election commission -> the results: a doer and what it acts on)"
    " stands beside the row's pair, with or without the switch",
    8: "a further pair of what a feeling is over ('the fuel price increase -> Anger') stands beside the row's pair,"
    " with or without the switch",
}
XFAIL_CONTROLS: dict[int, str] = {}


# the switch is not shipped (older tables' event-noun subjects lose their pairs with it on): no shipped switch to check
TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=39, switches=())


def _pairs(causal_nlp: Language, text: str, cause: str, effect: str, prob: float, on: bool) -> list[tuple[str, str]]:
    """The claims of ``text`` at probability ``prob`` given a span tagger reading that marks ``cause`` and
    ``effect``, with the round's switch on or off (its floor at the shipped default)."""
    with settings_set(causal_nlp, verbless_lead_tag_pairs=on):
        return [
            (c["cause"], c["effect"]) for c in claims_at(causal_nlp, text, tagger_reading(text, cause, effect), prob)
        ]


def _holds(got: list[tuple[str, str]], cause: str, effect: str) -> bool:
    """Whether a claim matches the pair at the scorer's bar (the stage trims a trailing time off a side)."""
    return any(pair_match(pair, (cause, effect)) >= 0.5 for pair in got)


# (row of CONTROLS, the tagger's cause, its effect): a verbless phrase before its effect, the CNC train shape
_LEADS = [
    (3, "Last week's summit in Brasilia, the first since 2023", "ended with a joint statement on trade"),
    (4, "The incident", "took place near the border crossing at Rafah on Thursday"),
    (15, "The new ambassador, a former trade negotiator", "presented her credentials to the Indonesian president"),
    (16, "Near the town of Bakhmut", "Ukrainian and Russian units exchanged artillery fire throughout the night"),
    (25, "This year's budget, the largest in the country's history", "was approved by the Ghanaian parliament"),
    (26, "The protest march, the biggest in Belgrade since the spring", "moved slowly along the river embankment"),
]


def test_a_verbless_leading_tagger_cause_goes_only_when_on(causal_nlp: Language) -> None:
    for row, cause, effect in _LEADS:
        text = CONTROLS[row]
        assert _holds(_pairs(causal_nlp, text, cause, effect, 0.5, on=False), cause, effect), text
        assert not _holds(_pairs(causal_nlp, text, cause, effect, 0.5, on=True), cause, effect), text


def test_the_pair_stays_on_a_sentence_the_scorer_is_sure_of(causal_nlp: Language) -> None:
    # above the floor the tagger's pair is the scorer's sure reading and stands
    for row, cause, effect in _LEADS:
        text = CONTROLS[row]
        assert _holds(_pairs(causal_nlp, text, cause, effect, 0.9, on=True), cause, effect), text


def test_a_cause_with_a_verb_of_its_own_stays(causal_nlp: Language) -> None:
    # nearest shape: the leading phrase holds a participle ("held"), so it is a clause, not a bare phrase
    text = CONTROLS[1]
    cause, effect = (
        "The meeting, held behind closed doors at the presidential palace in Accra",
        "lasted nearly four hours",
    )
    assert _holds(_pairs(causal_nlp, text, cause, effect, 0.5, on=True), cause, effect)


def test_the_effect_first_stays(causal_nlp: Language) -> None:
    # nearest shape: a verbless cause after its effect ("walked out | over the wage offer") is what an act is over
    text = "Dock workers in Durban walked out on Monday over the wage offer of the port authority."
    cause, effect = "the wage offer of the port authority", "Dock workers in Durban walked out on Monday"
    assert _holds(_pairs(causal_nlp, text, cause, effect, 0.5, on=True), cause, effect)


def test_a_marker_pair_with_a_verbless_leading_cause_stays(causal_nlp: Language) -> None:
    # nearest shape: "Because of the heavy rains | , schools ... stayed closed" is a marker's pair, not the tagger's
    text = CAUSAL[1][0]
    with settings_set(causal_nlp, verbless_lead_tag_pairs=True):
        got = [(c["cause"], c["effect"]) for c in claims_at(causal_nlp, text, {}, 0.5)]
    assert ("the heavy rains in Kerala", "schools in four districts stayed closed on Wednesday") in got


def test_the_shape_reader(causal_nlp: Language) -> None:
    text = CONTROLS[4]
    sent = sentence(causal_nlp, text)
    lead = claim_over(text, "The incident", "took place near the border crossing")
    assert _verbless_lead_cause(sent, lead)
    turned = claim_over(text, "took place near the border crossing", "The incident")
    assert not _verbless_lead_cause(sent, turned)  # the cause after the effect
    clause = claim_over(CONTROLS[1], "The meeting, held behind closed doors", "lasted nearly four hours")
    assert not _verbless_lead_cause(sentence(causal_nlp, CONTROLS[1]), clause)  # a participle in the cause


def test_the_switch_is_off_by_default_and_not_shipped() -> None:
    assert not CausalSettings().verbless_lead_tag_pairs
    assert CausalSettings().verbless_lead_tag_below == 0.6
    assert not Classifier.load().settings.verbless_lead_tag_pairs
