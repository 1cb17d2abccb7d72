"""Issue 13, session 39, causal104 (docs/causal.md round 104): a table of made-up sentences in the style of 2025 news,
on the span tagger's pair cut inside one noun phrase. The tagger reads cause and effect as two spans; where the two
touch (nothing but punctuation between them) and the cut falls between a noun and a word that describes it (a compound
or adjective before it: "Service | delivery protests"; a prepositional phrase, apposition or relative clause after it:
"the demands of the staff | who are on strike", "Xinjiang | a border region blighted by ..."), the pair reads a
description as a cause, and CNC train draws no pair there. With the switch on, such a pair of the tagger's goes; a cut
at a verb (round 87's object, round 98's subject) and a protest's target after the effect ("rallied | against the fuel
tax") are left as those rounds read them. Causal rows: a noun phrase that is a cause or an effect of a marker or a
causal verb keeps its pair. Controls: a sentence whose only causal-looking part is a described noun gives no claim.
Each row's pairs were written before the stage was run on it; none is copied from an evaluation set or a news
excerpt. Rows the shipped stage does not get are strict xfails with the reason.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_extractor import _noun_phrase_cut

from .causal_sentences import claim_over, claims_at, news_table_tests, sentence, settings_set, tagger_reading

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The cyclone caused heavy damage to fishing villages on the coast of Odisha.",
        [("The cyclone", "heavy damage to fishing villages on the coast of Odisha")],
    ),
    (
        "Taxi drivers blocked the main roads of Lagos on Monday because the state raised the airport levy.",
        [("the state raised the airport levy", "Taxi drivers blocked the main roads of Lagos on Monday")],
    ),
    (
        "Service delivery protests forced the municipality of Tshwane to suspend its council meeting on Tuesday.",
        [("Service delivery protests", "the municipality of Tshwane to suspend its council meeting on Tuesday")],
    ),
    (
        "The union's demands for higher pay led to a two-day strike at the Hyundai plant in Ulsan.",
        [("The union's demands for higher pay", "a two-day strike at the Hyundai plant in Ulsan")],
    ),
    (
        "Flights at Schiphol were cancelled on Friday due to the baggage handlers' strike.",
        [("the baggage handlers' strike", "Flights at Schiphol were cancelled on Friday")],
    ),
    (
        "Nurses in Nairobi rallied on Wednesday against the health ministry's plan to cut overtime pay.",
        [("the health ministry's plan to cut overtime pay", "Nurses in Nairobi rallied on Wednesday")],
    ),
    (
        "Student clashes at the campus in Dhaka left 12 people injured on Monday.",
        [("Student clashes at the campus in Dhaka", "12 people injured on Monday")],
    ),
    (
        "Fuel price protests erupted in Quito after the government scrapped the diesel subsidy.",
        [("the government scrapped the diesel subsidy", "Fuel price protests erupted in Quito")],
    ),
    (
        "Shops in Srinagar stayed shut on Friday as separatist leaders called a strike over the arrests.",
        [("separatist leaders called a strike over the arrests", "Shops in Srinagar stayed shut on Friday")],
    ),
    (
        "Water shortage in Chennai has triggered protests in several neighbourhoods.",
        [("Water shortage in Chennai", "protests in several neighbourhoods")],
    ),
    (
        "The border closure has hit exports of vegetables from Kyrgyzstan.",
        [("The border closure", "exports of vegetables from Kyrgyzstan")],
    ),
]

CONTROLS: list[str] = [
    "Service delivery protests spread to four townships near Durban over the weekend.",
    "Three incidents of student clashes were reported in Dhaka on Monday.",
    "Fuel price protests returned to the streets of Nairobi on Thursday.",
    "Water shortage rallies drew several hundred residents in Chennai on Sunday.",
    "Election violence monitors from the African Union arrived in Maputo on Monday.",
    "Border crossing queues stretched for 12 kilometres at the Polish frontier on Friday.",
    "Farm subsidy talks between Paris and Brussels continued into the night.",
    "Officials visited Kherson, a port city on the Dnipro river, on Saturday.",
    "Opposition supporters gathered outside the home of Ngozi Adeyemi, a former senator, in Abuja on Friday.",
    "Students from Tribhuvan University, the country's oldest, marched to parliament in Kathmandu on Wednesday.",
    "The minister met the leaders of the teachers, who are on a sit-in outside the ministry, on Tuesday.",
    "The delegation met the families of the miners, who have camped outside the company offices since June.",
    "Police escorted the lorry drivers, who had parked on the motorway, to a depot outside Lille.",
    "The minister received the petition of the tea pickers, who walked 40 kilometres to the capital, on Monday.",
    "A rights group published the names of the detained journalists, who include two foreign reporters, on Tuesday.",
    "Talks with the leaders of the nurses' union, which represents 40,000 staff, resumed in Lagos on Wednesday.",
    "Transport union wage talks in Seoul went into a third day on Thursday.",
    "Fuel subsidy protests turned violent in Kano over the weekend with sections of the highway blockaded.",
    "The chief minister met the leaders of the sanitation workers, who are on a pen-down strike over unpaid wages.",
    "Troops patrolled Manipur, a hill state that has been torn by ethnic violence since 2023, on Sunday.",
    "Police registered cases against the organisers of the rally, which turned violent in Patna on Monday.",
    "Pension reform strikes shut schools and rail lines across France for a second day.",
    "The governor called on the demands panel of the doctors, who have boycotted outpatient wards since May.",
    "Soldiers guarded Bukavu, a lakeside city that was seized by rebels in February, on Tuesday.",
    "Land acquisition protests by farmers blocked the Mumbai-Pune expressway for three hours.",
]

_REASON_VERB = (
    "a further pair inside the reason clause ('the state -> the airport levy': its verb 'raised' read as causal),"
    " with or without the switch"
)
_STRIKE_TARGET = (
    "a strike's own target read as a further pair ('over the arrests -> separatist leaders called a strike', round"
    " 15's reading of what a protest is over), beside the row's 'as' pair, with or without the switch"
)
_SUBJECT_CUT = (
    "the tagger's pair cut at the clause's subject ('Water shortage rallies | drew ...') stands: round 98 keeps it"
    " where the reading without it finds no claim; no noun phrase is cut"
)
_EFFECT_VERB = (
    "a verb of change or of effect ('turned violent', 'shut schools', 'blocked the expressway') is read as causal, as"
    " CNC reads it: the row's no-claim expectation was wrong for this convention"
)
_APART = (
    "the live tagger's sides do not touch (a reason after the relative clause, an agent inside the apposition), so"
    " they cut no noun phrase: the pair stands with or without the switch"
)
XFAIL_CAUSAL: dict[int, str] = {1: _REASON_VERB, 8: _STRIKE_TARGET}
XFAIL_CONTROLS: dict[int, str] = {
    3: _SUBJECT_CUT,
    17: _EFFECT_VERB,
    18: _APART,
    19: _APART,
    21: _EFFECT_VERB,
    24: _EFFECT_VERB,
}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=36, switches=("phrase_cut_tag_pairs",)
)


def _pairs(causal_nlp: Language, text: str, cause: str, effect: str, prob: float, on: bool) -> list[tuple[str, str]]:
    """The claims of ``text`` at probability ``prob`` given a span tagger reading that marks ``cause`` and
    ``effect``, with the round's switch on or off."""
    with settings_set(causal_nlp, phrase_cut_tag_pairs=on):
        return [
            (c["cause"], c["effect"]) for c in claims_at(causal_nlp, text, tagger_reading(text, cause, effect), prob)
        ]


# (row of CONTROLS, the tagger's cause, its effect): a noun phrase cut in two, the CNC train shapes of round 104
_CUTS = [
    (0, "Service", "delivery protests spread to four townships near Durban over the weekend"),
    (2, "Fuel", "price protests returned to the streets of Nairobi on Thursday"),
    (7, "Officials visited Kherson", "a port city on the Dnipro river"),
    (12, "Police escorted the lorry drivers", "who had parked on the motorway"),
    (
        18,
        "The chief minister met the leaders of the sanitation workers",
        "who are on a pen-down strike over unpaid wages",
    ),
    (19, "Troops patrolled Manipur", "a hill state that has been torn by ethnic violence since 2023"),
]


def test_a_pair_cut_inside_a_noun_phrase_goes_only_when_on(causal_nlp: Language) -> None:
    for row, cause, effect in _CUTS:
        text = CONTROLS[row]
        # off the tagger's pair stands (beside a protest's own target, where the sentence names one); on it goes
        assert (cause, effect) in _pairs(causal_nlp, text, cause, effect, 0.8, False), text
        assert (cause, effect) not in _pairs(causal_nlp, text, cause, effect, 0.8, True), text
    assert _pairs(causal_nlp, CONTROLS[0], *_CUTS[0][1:], 0.8, True) == []


def test_a_protest_target_after_its_effect_stays(causal_nlp: Language) -> None:
    # the effect first and the cause a prepositional phrase of its noun: what a protest is against keeps its pair
    text = "Nurses held a rally against the health ministry's plan to cut overtime pay in Nairobi on Wednesday."
    cause, effect = "against the health ministry's plan to cut overtime pay", "Nurses held a rally"
    assert _pairs(causal_nlp, text, cause, effect, 0.8, True) == _pairs(causal_nlp, text, cause, effect, 0.8, False)
    assert _pairs(causal_nlp, text, cause, effect, 0.8, True) != []


def test_which_pairs_cut_a_noun_phrase(parse: Language) -> None:
    def cut(text: str, cause: str, effect: str) -> bool:
        return _noun_phrase_cut(sentence(parse, text), claim_over(text, cause, effect))

    for row, cause, effect in _CUTS:
        assert cut(CONTROLS[row], cause, effect), CONTROLS[row]
    # a compound before its noun cuts the phrase in either order
    assert cut(CONTROLS[0], "delivery protests spread to four townships near Durban over the weekend", "Service")
    # a verb cut from its object or its subject, a cause after a marker, words between the sides: no noun phrase cut
    assert not cut(CAUSAL[0][0], "The cyclone caused", "heavy damage to fishing villages on the coast of Odisha")
    assert not cut(CAUSAL[0][0], "The cyclone", "caused heavy damage to fishing villages on the coast of Odisha")
    assert not cut(CAUSAL[1][0], "the state raised the airport levy", "Taxi drivers blocked the main roads of Lagos")
    assert not cut(CONTROLS[0], "Service delivery protests", "to four townships near Durban")
