"""Issue 13, session 39, causal102 (docs/causal.md round 102): a table of made-up sentences in the style of 2025 news,
on a claim across two conjuncts of one coordination. Session 38 (causal98, newscausal51) left the span tagger's pairs
whose cause lies in one conjunct and whose effect in another ("rejected X and now says Y", "A, or B"). Read on the CNC
train CV (``benchmarks/causal_cv_conjunct_pairs.py``, train folds only), the one shape of them that CNC never draws is
the later conjunct read as the cause of an earlier one, the two joined by "and", "but", "or" or a comma ("The
activists blocked the road | and refused to leave until X": the refusal -> the blockade): told in that order, two
conjuncts are acts side by side, and the later is no reason of the earlier. With ``conjunct_turn_tag_pairs`` the
sentence is read as if the tagger had no pair (as rounds 87 and 98 read a cut pair); the pair stands only where that
reading finds no claim.

Rows: two coordinated acts with no reason between them give no claim (``NO_CLAIM``), and two coordinated acts with a
reason of their own (a purpose, a demand, "because", "after", "over", "due to") give that reason's pair
(``REASONS``). Controls: a later conjunct that a causal word opens ("and so", "and thus", "and therefore", "and as a
result", ", leading to") keeps its forward pair (``CONTROLS``). Each row's pairs were written before the stage was run
on it; none is copied from an evaluation set or a news excerpt. Rows the shipped stage does not get are strict xfails
with the general reason.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import _later_conjunct_cause, conjunct_sides

from .causal_sentences import (
    assert_claims,
    assert_shipped_on_default_off,
    assert_table_shape,
    claim_over,
    claim_pairs,
    claims_at,
    numbered_cases,
    sentence,
    settings_set,
    tagger_reading,
)

NO_CLAIM: list[str] = [
    "Farmers in Haryana blocked the national highway near Ambala on Tuesday and handed a petition to the district"
    " magistrate.",
    "Dockworkers in Rotterdam stopped loading container ships on Monday and marched to the city hall in the afternoon.",
    "Kenyan police arrested three men in Mombasa on Friday and seized two vehicles and a quantity of cash.",
    "Protesters in Belgrade gathered outside the parliament on Saturday evening and held a candlelight vigil until"
    " midnight.",
    "The Chilean health ministry opened two field hospitals in Valparaiso on Sunday, but several public clinics stayed"
    " closed.",
    "The rebels will either release the two aid workers this week or move them to another camp, a negotiator in Juba"
    " said.",
    "Thailand's prime minister met business leaders in Bangkok on Thursday and visited a flooded district in the north"
    " on Friday.",
    "The Peruvian congress approved the budget bill late on Wednesday and adjourned for the holidays.",
    "Hundreds of nurses in Lagos walked out of three state hospitals on Monday, and teachers in Abuja held a separate"
    " rally on the same day.",
    "Indonesian rescuers pulled four survivors from the rubble in Cianjur on Tuesday and recovered the bodies of two"
    " others.",
    "The Polish foreign minister spoke with his Ukrainian counterpart by phone and later flew to Brussels.",
    "Striking bus drivers in Lisbon rejected the latest wage offer on Monday, but they agreed to meet the operators"
    " again next week.",
    "The Mexican navy patrolled the coast off Sinaloa on Sunday and a separate army unit searched two ranches inland.",
    "Opposition lawmakers in Tbilisi will boycott the session on Friday or walk out after the first vote, a party"
    " spokesman said.",
    "Firefighters in Attica cleared fallen trees from the coastal road on Wednesday and inspected the power lines near"
    " Marathon.",
]

REASONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Activists in Kathmandu blocked the main road to the airport on Monday and refused to leave until the"
        " government released their leaders.",
        [("the government released their leaders", "refused to leave")],
    ),
    (
        "Villagers in Chhattisgarh staged a sit-in outside the district office and blocked the highway, demanding"
        " compensation for land taken for a coal mine.",
        [
            (
                "demanding compensation for land taken for a coal mine",
                "Villagers in Chhattisgarh staged a sit-in outside the district office and blocked the highway",
            )
        ],
    ),
    (
        "Rebels attacked an army post in North Kivu on Saturday and burned two trucks to avenge the killing of their"
        " commander.",
        [
            (
                "to avenge the killing of their commander",
                "Rebels attacked an army post in North Kivu on Saturday and burned two trucks",
            )
        ],
    ),
    (
        "The Georgian government suspended the talks and recalled its envoy because the other side had broken the"
        " ceasefire.",
        [
            (
                "the other side had broken the ceasefire",
                "The Georgian government suspended the talks and recalled its envoy",
            )
        ],
    ),
    (
        "Lorry drivers in Karachi parked their vehicles across the port road and stopped work to protest a rise in toll"
        " charges.",
        [
            (
                "to protest a rise in toll charges",
                "Lorry drivers in Karachi parked their vehicles across the port road and stopped work",
            )
        ],
    ),
    (
        "Police in La Paz fired tear gas and detained 14 people after protesters threw stones at the presidential"
        " palace.",
        [
            (
                "protesters threw stones at the presidential palace",
                "Police in La Paz fired tear gas and detained 14 people",
            )
        ],
    ),
    (
        "Health workers in Nairobi walked off the job on Tuesday and picketed the county offices over six months of"
        " unpaid salaries.",
        [
            (
                "six months of unpaid salaries",
                "Health workers in Nairobi walked off the job on Tuesday and picketed the county offices",
            )
        ],
    ),
    (
        "The central bank of Turkey raised its main rate by 250 basis points and tightened reserve rules as the lira"
        " fell to a record low.",
        [
            (
                "the lira fell to a record low",
                "The central bank of Turkey raised its main rate by 250 basis points and tightened reserve rules",
            )
        ],
    ),
    (
        "Residents of two villages in Assam closed the school and kept their children at home following the killing of"
        " a teacher.",
        [
            (
                "the killing of a teacher",
                "Residents of two villages in Assam closed the school and kept their children at home",
            )
        ],
    ),
    (
        "Fishermen in Kerala anchored their boats in the harbour and stayed ashore for three days due to rough seas.",
        [("rough seas", "Fishermen in Kerala anchored their boats in the harbour and stayed ashore for three days")],
    ),
]

CONTROLS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Heavy rain flooded the main rail line near Mumbai on Monday and so hundreds of commuters were stranded at the"
        " station.",
        [
            (
                "Heavy rain flooded the main rail line near Mumbai on Monday",
                "hundreds of commuters were stranded at the station",
            )
        ],
    ),
    (
        "The Argentine peso lost a fifth of its value in a week, and thus imported medicines became scarce in Buenos"
        " Aires.",
        [
            (
                "The Argentine peso lost a fifth of its value in a week",
                "imported medicines became scarce in Buenos Aires",
            )
        ],
    ),
    (
        "The strike at the Antwerp port lasted nine days, leading to shortages of fuel at petrol stations across"
        " Belgium.",
        [("The strike at the Antwerp port lasted nine days", "shortages of fuel at petrol stations across Belgium")],
    ),
    (
        "The regional government cut water supplies to farms in Andalusia, and therefore olive growers lost much of"
        " their harvest.",
        [
            (
                "The regional government cut water supplies to farms in Andalusia",
                "olive growers lost much of their harvest",
            )
        ],
    ),
    (
        "A landslide buried the only road into the valley and as a result relief trucks could not reach the villages"
        " for a week.",
        [("A landslide buried the only road into the valley", "relief trucks could not reach the villages for a week")],
    ),
    (
        "Militants blew up a gas pipeline in Balochistan on Sunday, leading to power cuts in three cities.",
        [("Militants blew up a gas pipeline in Balochistan on Sunday", "power cuts in three cities")],
    ),
    (
        "The ruling party lost its majority in the Japanese upper house, and so the prime minister faced calls to"
        " resign.",
        [
            (
                "The ruling party lost its majority in the Japanese upper house",
                "the prime minister faced calls to resign",
            )
        ],
    ),
    (
        "Ukrainian drones struck an oil refinery in the Samara region, and thus fuel prices rose in several Russian"
        " cities.",
        [
            (
                "Ukrainian drones struck an oil refinery in the Samara region",
                "fuel prices rose in several Russian cities",
            )
        ],
    ),
    (
        "The Nigerian government removed the fuel subsidy in June and therefore transport fares doubled in Lagos"
        " within a month.",
        [
            (
                "The Nigerian government removed the fuel subsidy in June",
                "transport fares doubled in Lagos within a month",
            )
        ],
    ),
    (
        "Floods cut the rail link between Dhaka and Chittagong, leading to delays in cargo deliveries to the port.",
        [("Floods cut the rail link between Dhaka and Chittagong", "delays in cargo deliveries to the port")],
    ),
    (
        "The union called off the strike at the Hyundai plant and so production resumed on Wednesday.",
        [("The union called off the strike at the Hyundai plant", "production resumed on Wednesday")],
    ),
]

_FIRST_CONJUNCT = (
    "the parse rules' split of one doer's two acts, the first conjunct -> the rest (round 57's shared-subject split, no"
    " tagger pair), with or without the switch: measured on CNC train, dropping it loses more right pairs than wrong"
)
_FALLBACK = (
    "the tagger reads the later conjunct as the cause of the earlier; the reading without its pair finds only the"
    " first conjunct -> the rest, another pair across the two conjuncts, so the tagger's pair stands"
)
XFAIL_NO_CLAIM: dict[int, str] = {
    0: _FIRST_CONJUNCT,
    2: _FALLBACK,
    7: _FIRST_CONJUNCT,
    13: "a trailing 'after' phrase read as the reason of the coordination (a time order), no pair across the conjuncts",
}
XFAIL_REASONS: dict[int, str] = {
    0: "the 'until' clause is read as the reason of the whole coordination, not of the conjunct it hangs on: an effect"
    " edge, with or without the switch",
    7: "an extra pair inside the first conjunct ('250 basis points and tightened reserve rules -> raised its main"
    " rate'), with or without the switch",
}
XFAIL_CONTROLS: dict[int, str] = {
    10: "'and so' after one clause and before a clause of its own subject gives no claim here, with or without the"
    " switch",
}


@pytest.mark.parametrize("text", numbered_cases(NO_CLAIM, XFAIL_NO_CLAIM, "noclaim"))
def test_two_acts_side_by_side_give_no_claim(causal_nlp: Language, text: str) -> None:
    assert claim_pairs(causal_nlp, text) == []


@pytest.mark.parametrize(("text", "want"), numbered_cases(REASONS, XFAIL_REASONS, "reason"))
def test_a_coordination_keeps_its_own_reason(causal_nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    assert_claims(causal_nlp, text, want)


@pytest.mark.parametrize(("text", "want"), numbered_cases(CONTROLS, XFAIL_CONTROLS, "control"))
def test_a_forward_marker_keeps_its_pair(causal_nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    assert_claims(causal_nlp, text, want)


def test_the_table_has_its_shape() -> None:
    assert len(NO_CLAIM) + len(REASONS) == 25
    assert_table_shape(REASONS + CONTROLS, NO_CLAIM, XFAIL_REASONS, XFAIL_NO_CLAIM, 36)
    assert all(0 <= k < len(REASONS) for k in XFAIL_REASONS)
    assert all(0 <= k < len(CONTROLS) for k in XFAIL_CONTROLS)


def test_the_switch_is_shipped_on_and_off_by_default() -> None:
    assert_shipped_on_default_off("conjunct_turn_tag_pairs")


def _pairs(nlp: Language, text: str, cause: str, effect: str, on: bool) -> list[tuple[str, str]]:
    with settings_set(nlp, conjunct_turn_tag_pairs=on):
        claims: list[dict[str, Any]] = claims_at(nlp, text, tagger_reading(text, cause, effect), 0.9)
    return [(c["cause"], c["effect"]) for c in claims]


def test_a_later_conjunct_read_as_cause_gives_way_only_when_on(causal_nlp: Language) -> None:
    # the tagger's pair with the later conjunct as the cause of the earlier one (the CNC train shape of round 102): off
    # it stands, on the sentence is read as if the tagger had no pair and its purpose is the reason
    karachi = REASONS[4][0]
    stopped = "stopped work to protest a rise in toll charges"
    parked = "Lorry drivers in Karachi parked their vehicles across the port road"
    assert _pairs(causal_nlp, karachi, stopped, parked, False) == [(stopped, parked)]
    assert _pairs(causal_nlp, karachi, stopped, parked, True) == [
        ("to protest a rise in toll charges", parked + " and stopped work")
    ]
    # where the reading without the pair finds only another pair across the same two conjuncts (the first conjunct
    # -> the rest), the tagger's pair stands: the sentence is causal all the same
    kathmandu = REASONS[0][0]
    later = "refused to leave until the government released their leaders"
    earlier = "Activists in Kathmandu blocked the main road to the airport on Monday"
    assert _pairs(causal_nlp, kathmandu, later, earlier, True) == _pairs(causal_nlp, kathmandu, later, earlier, False)


def test_which_pairs_lie_across_two_conjuncts(parse: Language) -> None:
    def shape(text: str, cause: str, effect: str) -> dict[str, str] | None:
        sent = sentence(parse, text)
        return conjunct_sides(sent.doc, claim_over(text, cause, effect), None, sent)

    def turned(text: str, cause: str, effect: str) -> bool:
        sent = sentence(parse, text)
        return _later_conjunct_cause(sent, claim_over(text, cause, effect), None)

    kathmandu = REASONS[0][0]
    later = "refused to leave until the government released their leaders"
    earlier = "Activists in Kathmandu blocked the main road to the airport on Monday"
    got = shape(kathmandu, later, earlier)
    assert got is not None and got["order"] == "second" and got["joiner"] == "and"
    assert got["kind"] == "verbs sharing a subject"
    assert turned(kathmandu, later, earlier)
    # the same conjuncts in text order, a reason inside one conjunct, and a subject and its object are no turned pair
    assert not turned(kathmandu, earlier, later)
    assert not turned(kathmandu, "the government released their leaders", "refused to leave")
    lisbon = NO_CLAIM[11]
    got = shape(lisbon, "they agreed to meet the operators again next week", "Striking bus drivers in Lisbon rejected")
    assert got is not None and got["joiner"] == "but" and got["kind"] == "clauses with their own subjects"
    assert shape(NO_CLAIM[2], "Kenyan police", "two vehicles") is None
