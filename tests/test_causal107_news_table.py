"""Issue 13, session 40, causal107 (docs/causal.md round 107): a table of made-up sentences in the style of 2025 news,
on a purpose infinitive hung on an event noun inside a claim's side. CNC marks a purpose as a cause of the act it serves
("the workers launched an agitation | to draw attention to their plight"); where the parse hangs the infinitive on the
act's noun ("an agitation to draw ...", ``acl``) rather than on its verb, round 15's purposes (adverbial infinitives
only) never read it, and a sentence whose claim holds the act and its purpose inside one side loses CNC's second pair
(START's CNC train CV: 34 gold pairs missing in detected sentences whose cause is such an infinitive). With the switch
on, the infinitive is the cause of the side's words before it, a pair beside the sentence's claim. Causal rows: the
purpose pair is among the sentence's claims. Controls: an infinitive on a noun of plan, attempt, request, ability,
right, order or choice (markers.yml ``complement_nouns``, ``goal_nouns``, ``stated_plan_nouns``, ``attempt_heads``,
``no_purpose_nouns``: "a plan to", "in a bid to", "the right to", "a court order to") is what is planned, tried or
allowed, no purpose: no claim has it as its cause. Each row's pair was written before the stage was run on it; none
is copied from an evaluation set or a news excerpt. Rows the shipped stage does not get are strict xfails with the
reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    assert_shipped_on_default_off,
    claim_pairs,
    numbered_cases,
    pair_match,
    settings_set,
)

# (text, (cause, effect)): the purpose pair that must be among the sentence's claims
CAUSAL: list[tuple[str, tuple[str, str]]] = [
    (
        "After the ministry cut overtime pay in March, nurses in Nairobi staged a march on Tuesday to demand its"
        " return, the union said.",
        ("to demand its return", "nurses in Nairobi staged a march on Tuesday"),
    ),
    (
        "Because the factory had not paid wages since June, the workers launched an agitation to draw the attention"
        " of the labour department to their plight.",
        ("to draw the attention of the labour department to their plight", "the workers launched an agitation"),
    ),
    (
        "Police fired tear gas in Dhaka on Sunday after students began a sit-in to protest the killing of a"
        " classmate by a party activist.",
        ("to protest the killing of a classmate by a party activist", "students began a sit-in"),
    ),
    (
        "The strike was called off on Friday when the two sides reached an agreement to end the dispute over"
        " bonuses, officials in Seoul said.",
        ("to end the dispute over bonuses", "the two sides reached an agreement"),
    ),
    (
        "Following the arrest of three union leaders, dock workers in Antwerp held a rally to press for their"
        " release, blocking access to two terminals.",
        ("to press for their release", "dock workers in Antwerp held a rally"),
    ),
    (
        "Farmers in Punjab blocked the highway on Monday because the state had announced a drive to acquire their"
        " land for an industrial corridor.",
        ("to acquire their land for an industrial corridor", "the state had announced a drive"),
    ),
    (
        "Angered by the rise in bread prices, residents of Khartoum organised a march to condemn the government's"
        " economic policy, witnesses said.",
        ("to condemn the government's economic policy", "residents of Khartoum organised a march"),
    ),
    (
        "Taxi drivers in Lagos went on strike on Wednesday after the state government set up a task force to"
        " enforce the new levy on ride-hailing firms.",
        ("to enforce the new levy on ride-hailing firms", "the state government set up a task force"),
    ),
    (
        "Traffic in central Lima came to a halt on Thursday as teachers held a demonstration to demand a pay rise"
        " promised two years ago.",
        ("to demand a pay rise promised two years ago", "teachers held a demonstration"),
    ),
    (
        "Hundreds of people were stranded at Schiphol because baggage handlers called a walkout to oppose a new shift"
        " system, the airport said.",
        ("to oppose a new shift system", "baggage handlers called a walkout"),
    ),
    (
        "The army deployed troops in the city after rival groups clashed, and the governor convened a meeting to"
        " restore calm in the affected districts.",
        ("to restore calm in the affected districts", "the governor convened a meeting"),
    ),
    (
        "Due to the fuel shortage, the transport ministry ordered an airlift to supply diesel to hospitals in the"
        " north, a spokesman said on Saturday.",
        ("to supply diesel to hospitals in the north", "the transport ministry ordered an airlift"),
    ),
    (
        "Since the flood destroyed the main bridge, the district administration has started a ferry service to carry"
        " schoolchildren across the river.",
        ("to carry schoolchildren across the river", "the district administration has started a ferry service"),
    ),
    (
        "Shops in Srinagar stayed shut on Friday as traders observed a strike to mark the anniversary of the shooting.",
        ("to mark the anniversary of the shooting", "traders observed a strike"),
    ),
    (
        "Following the collapse of the coalition, the president called a snap election to settle the deadlock in"
        " parliament, his office said in a statement.",
        ("to settle the deadlock in parliament", "the president called a snap election"),
    ),
    (
        "Because of repeated power cuts, residents of Soweto organised a protest march to demand that Eskom restore"
        " supply to the township.",
        ("to demand that Eskom restore supply to the township", "residents of Soweto organised a protest march"),
    ),
    (
        "The hospital was sealed off on Monday after the health department sent a team to investigate the deaths of"
        " four infants in its neonatal ward.",
        ("to investigate the deaths of four infants in its neonatal ward", "the health department sent a team"),
    ),
    (
        "After the referee was attacked, the league suspended all matches and set up a panel to review security at"
        " its stadiums, the federation said.",
        ("to review security at its stadiums", "the league suspended all matches and set up a panel"),
    ),
    (
        "Thousands of miners in Katowice joined a rally on Wednesday to oppose the closure of three coal pits,"
        " blocking the city's main square for hours.",
        ("to oppose the closure of three coal pits", "Thousands of miners in Katowice joined a rally on Wednesday"),
    ),
    (
        "Rice prices rose sharply in Manila after the government imposed a ban to curb exports of the grain during"
        " the lean season.",
        ("to curb exports of the grain during the lean season", "the government imposed a ban"),
    ),
    (
        "Opposition lawmakers walked out of the assembly in Accra on Tuesday as the speaker refused to allow a debate"
        " to examine the loan agreement.",
        ("to examine the loan agreement", "the speaker refused to allow a debate"),
    ),
    (
        "Since the storm cut off the islands, the coast guard has run a shuttle to bring food and water to about"
        " 2,000 residents.",
        ("to bring food and water to about 2,000 residents", "the coast guard has run a shuttle"),
    ),
    (
        "The city's metro came to a standstill because workers began a go-slow to press their demand for permanent"
        " contracts, the operator said.",
        ("to press their demand for permanent contracts", "workers began a go-slow"),
    ),
    (
        "Following the attack on a convoy near Goma, the United Nations launched an inquiry to establish who fired"
        " on the peacekeepers.",
        ("to establish who fired on the peacekeepers", "the United Nations launched an inquiry"),
    ),
    (
        "After the court ruling, the families of the victims held a candlelight vigil to honour the 14 people who"
        " died in the fire.",
        ("to honour the 14 people who died in the fire", "the families of the victims held a candlelight vigil"),
    ),
    (
        "Exports of coffee from Uganda fell in July as the coffee board imposed a quota to stabilise prices on the"
        " domestic market.",
        ("to stabilise prices on the domestic market", "the coffee board imposed a quota"),
    ),
]

# (text, infinitive): the noun's infinitive is what is planned, tried, asked, able, allowed or ordered; no claim has
# it as its cause
CONTROLS: list[tuple[str, str]] = [
    (
        "After the talks collapsed, the government unveiled a plan to raise fuel prices by 20 percent, the finance"
        " minister said.",
        "to raise fuel prices by 20 percent",
    ),
    (
        "Police fired rubber bullets in Nairobi on Tuesday in a bid to disperse protesters who had blocked the main"
        " road.",
        "to disperse protesters who had blocked the main road",
    ),
    (
        "Because the union had won the right to strike, nurses in Lisbon walked off the job on Monday.",
        "to strike",
    ),
    (
        "The company announced its decision to close the plant in Turin after sales of the model fell for a third"
        " year.",
        "to close the plant in Turin",
    ),
    (
        "After the protests spread to three more cities, the prime minister made an effort to calm the country in a"
        " televised address.",
        "to calm the country in a televised address",
    ),
    (
        "Residents of the informal settlement clashed with police on Thursday after the municipality obtained a court"
        " order to evict them.",
        "to evict them",
    ),
    (
        "The strikers issued an ultimatum to the management to reinstate the dismissed workers by Friday, as talks"
        " had stalled.",
        "to reinstate the dismissed workers by Friday",
    ),
    (
        "Because the deadline had passed, the tenants lost the chance to appeal against the eviction notices.",
        "to appeal against the eviction notices",
    ),
    (
        "Opposition leaders accused the president of breaking his promise to hold elections within a year, as the"
        " transition was extended again.",
        "to hold elections within a year",
    ),
    (
        "Since the ceasefire collapsed, the rebels have shown no willingness to return to the negotiating table in"
        " Doha.",
        "to return to the negotiating table in Doha",
    ),
    (
        "After the vote, the council rejected the developers' proposal to build a shopping centre on the wetland,"
        " citing flood risks.",
        "to build a shopping centre on the wetland",
    ),
    (
        "Because of the injuries, the coach said the striker was not in a position to play in Sunday's final.",
        "to play in Sunday's final",
    ),
]

_RELATIVE = (
    "the parse reads the infinitive as a relative clause of the noun (relcl), which the round leaves out: taking it"
    " too cost CNC train CV a false sentence and pair F1 (0.5251 -> 0.5249)"
)
_VERB_COMPLEMENT = (
    "the parse hangs the infinitive on the verb as its complement (xcomp), no noun's purpose: neither this round nor"
    " round 15 (adverbial purposes) reads it"
)
XFAIL_CAUSAL: dict[int, str] = {
    4: (
        "the parse hangs the infinitive on the verb (advcl): round 15's purpose pair stands, its effect cut at the verb"
        " ('held a rally'), the subject read into the 'Following' claim's cause"
    ),
    8: _RELATIVE,
    9: _RELATIVE,
    10: _RELATIVE + "; the purpose pair of the span tagger stands with the first conjunct in its effect",
    11: _VERB_COMPLEMENT,
    13: _RELATIVE,
    22: _VERB_COMPLEMENT,
}
XFAIL_CONTROLS: dict[int, str] = {
    1: (
        "'in a bid to' gives no pair of this round's, but another reader (a purpose of the verb 'fired' through the"
        " noun) claims the infinitive with or without the switch"
    ),
}
# the causal rows that only the switch gets (the others get their pair from older readers as well)
ROUND_ROWS = (1, 3, 5, 19)


def _has_pair(nlp: Language, text: str, want: tuple[str, str]) -> bool:
    return any(pair_match(got, want) >= 0.5 for got in claim_pairs(nlp, text))


def _has_cause(nlp: Language, text: str, cause: str) -> bool:
    # the cause side alone: both effects the same word, so the pair's match is the causes' token Jaccard
    return any(pair_match((got[0], "x"), (cause, "x")) >= 0.5 for got in claim_pairs(nlp, text))


@pytest.mark.parametrize(("text", "want"), numbered_cases(CAUSAL, XFAIL_CAUSAL, "causal"))
def test_the_purpose_pair_is_among_the_claims(causal_nlp: Language, text: str, want: tuple[str, str]) -> None:
    assert _has_pair(causal_nlp, text, want), claim_pairs(causal_nlp, text)


@pytest.mark.parametrize(("text", "infinitive"), numbered_cases(CONTROLS, XFAIL_CONTROLS, "control"))
def test_a_planned_or_allowed_act_is_no_cause(causal_nlp: Language, text: str, infinitive: str) -> None:
    assert not _has_cause(causal_nlp, text, infinitive), claim_pairs(causal_nlp, text)


def test_the_round_adds_the_pair_only_when_on(causal_nlp: Language) -> None:
    for row in ROUND_ROWS:
        text, want = CAUSAL[row]
        with settings_set(causal_nlp, noun_purpose_pairs=False):
            assert not _has_pair(causal_nlp, text, want), text
        with settings_set(causal_nlp, noun_purpose_pairs=True):
            assert _has_pair(causal_nlp, text, want), text


def test_the_table_has_its_shape() -> None:
    assert len(CAUSAL) >= 25 and len(CONTROLS) >= 10
    assert set(XFAIL_CAUSAL) <= set(range(len(CAUSAL)))
    assert set(XFAIL_CONTROLS) <= set(range(len(CONTROLS)))


def test_the_switch_is_shipped_on_and_off_by_default() -> None:
    assert_shipped_on_default_off("noun_purpose_pairs")
