"""Issue 13, session 38, newscausal51 (docs/causal.md round 100): a table of made-up sentences in the style of 2025
news, on the span tagger's cause that is only a prepositional phrase of place, target, role or manner. A phrase such
as "on countries buying X", "deep inside Y", "as its top priority", "along the border" tells where an act goes, whom
it is aimed at or what something is taken for; it names no event and is no reason for its clause. Round 88 dropped
such a phrase as the cause of the last-resort clause split; the span tagger's own pair took it still, making a claim
of a sentence with no cause (the largest class of wrong claims in the session-38 reading of the 20 news excerpts).
A phrase led by a preposition that can give a cause (markers.yml ``prep_causes.preps``: "over", "after", "for",
"in", "by", ...) or whose object names an event (a gerund, an event noun) stays a cause.

The causal rows are sentences with a real cause (a connective, a causal verb, a reason preposition, a purpose) and a
non-causal phrase of place or target beside it; the controls are sentences with no cause whose only candidate is such
a phrase, which give no claim. Each row's pairs were written before the stage was run on it; none is copied from an
evaluation set or a news excerpt. Rows the shipped stage does not get are strict xfails with the general reason.
"""

from __future__ import annotations

from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Dockworkers in Antwerp walked off the job over a pay freeze announced on Monday.",
        [("a pay freeze announced on Monday", "Dockworkers in Antwerp walked off the job")],
    ),
    (
        "The central bank raised interest rates because inflation in Ghana climbed above 20 percent.",
        [("inflation in Ghana climbed above 20 percent", "The central bank raised interest rates")],
    ),
    (
        "Fuel shortages across northern Kenya have pushed bus fares up by a third.",
        [("Fuel shortages across northern Kenya", "bus fares up by a third")],
    ),
    (
        "Seoul suspended flights to the island after a typhoon damaged its only runway.",
        [("a typhoon damaged its only runway", "Seoul suspended flights to the island")],
    ),
    (
        "Lima declared a state of emergency in three provinces following weeks of clashes at a copper mine.",
        [("weeks of clashes at a copper mine", "Lima declared a state of emergency in three provinces")],
    ),
    (
        "Protests erupted in Tbilisi after the government shelved talks on joining the European Union.",
        [("the government shelved talks on joining the European Union", "Protests erupted in Tbilisi")],
    ),
    (
        "Manila recalled its ambassador from Beijing in response to a collision near a disputed shoal.",
        [("a collision near a disputed shoal", "Manila recalled its ambassador from Beijing")],
    ),
    (
        "The strike by port workers in Durban has delayed shipments of citrus to Europe.",
        [("The strike by port workers in Durban", "shipments of citrus to Europe")],
    ),
    (
        "Egypt raised bread prices as the cost of imported wheat rose on world markets.",
        [("the cost of imported wheat rose on world markets", "Egypt raised bread prices")],
    ),
    (
        "Villagers fled toward the border because of artillery fire on the hills above them.",
        [("artillery fire on the hills above them", "Villagers fled toward the border")],
    ),
    (
        "The ministry closed schools across the capital due to dangerous levels of smog.",
        [("dangerous levels of smog", "The ministry closed schools across the capital")],
    ),
    (
        "Landslides on the coastal highway killed at least 14 people in western Nepal on Sunday.",
        [("Landslides on the coastal highway", "killed at least 14 people in western Nepal on Sunday")],
    ),
    (
        "Brazil sent troops into the Amazon reserve to stop illegal gold mining.",
        [("to stop illegal gold mining", "Brazil sent troops into the Amazon reserve")],
    ),
    (
        "Fishermen in Senegal staged a protest over foreign trawlers operating off the coast.",
        [("foreign trawlers operating off the coast", "Fishermen in Senegal staged a protest")],
    ),
    (
        "Canberra imposed export curbs on lithium as demand from battery makers surged.",
        [("demand from battery makers surged", "Canberra imposed export curbs on lithium")],
    ),
    (
        "Flooding along the Danube forced the evacuation of two towns near the Serbian border.",
        [("Flooding along the Danube", "the evacuation of two towns near the Serbian border")],
    ),
]

CONTROLS: list[str] = [
    "Warsaw keeps air defence along its eastern border as its first priority this year.",
    "The finance minister also proposed new levies on companies importing Chinese steel.",
    "Kenyan engineers inspected the bridge deep inside the national park on Tuesday.",
    "Chile now regards lithium as a strategic national resource.",
    "The Indonesian navy patrolled the waters near the disputed reef throughout the week.",
    "Ministers from Peru and Bolivia signed a trade pact at a border town on Friday.",
    "The new tariffs apply to cars built outside the European Union.",
    "The senator described the budget as a serious mistake.",
    "Ghana's president named a former banker as head of the central bank.",
    "Hungary's prime minister met the Turkish president on the sidelines of the summit in Astana.",
    "Thai troops remained stationed along the Cambodian border through the rainy season.",
    "Argentina listed the state airline among its unprofitable companies.",
]
XFAIL_CAUSAL: dict[int, str] = {
    2: "the causal verb's effect stops before its particle and degree phrase (pushed | bus fares | up by a third)",
    3: "the cause clause's own causal verb gives a second pair (a typhoon -> its only runway) the row did not list",
}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=28, switches=("prep_phrase_tag_causes",)
)


def test_a_phrase_of_place_is_no_tagger_cause_only_when_on(causal_nlp: Language) -> None:
    text = CONTROLS[1]
    with settings_set(causal_nlp, prep_phrase_tag_causes=False):
        before = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, prep_phrase_tag_causes=True):
        assert claim_pairs(causal_nlp, text) == []
    assert before != []
