"""Issue 13, session 36, newscausal50 (docs/causal.md round 93): a twenty-third table of made-up sentences in the style
of 2025 news, on a cause that holds an indirect question. Round 90 (``indirect_question_causes``) drops a claim whose
cause overlaps an indirect question ("did not disclose | how many soldiers were wounded or when the convoy came under
fire"): a question asked names no act that took place. But a cause can hold a question as only a part of it: a noun
of doubt, fear or anger that the question hangs on ("Uncertainty over whether the bank would cut rates | pushed the
lira lower"), an act of refusing or failing to tell ("after officials refused to say how many workers died"), or a
subordinate clause whose verb shows or withholds the question ("because the audit showed how much money had gone
missing"). Such a cause starts before the question word and its head is not the bare verb of saying that asks the
question; the claim is right and stays. Controls are the questions round 90 is right to drop: a question (or a list
of them) that a main verb of saying leaves open, with no cause in the sentence. A reason for not saying ("did not say
when the talks would resume, because the two sides are still divided") is a causal row: its claim keeps the reason,
and the turned pair (the question's clause as the cause) must not come. Rows the shipped stage does not get are strict
xfails with the general reason. None is copied from an evaluation set or a news excerpt.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import _cause_on_question_only, _question_anchors
from detente.nlp.causal_scorer import Classifier
from detente.nlp.causal_settings import CausalSettings

from .causal_sentences import claim_over, claim_pairs, news_table_tests, sentence, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Uncertainty over whether the central bank in Ankara would raise rates again pushed the lira to a record low.",
        [("Uncertainty over whether the central bank in Ankara would raise rates again", "the lira to a record low")],
    ),
    (
        "Doubts about whether the ceasefire in Gaza would hold triggered a sell-off in Israeli bonds on Tuesday.",
        [("Doubts about whether the ceasefire in Gaza would hold", "a sell-off in Israeli bonds on Tuesday")],
    ),
    (
        "Protests broke out in Lima after officials refused to say how many miners were killed in the landslide.",
        [("officials refused to say how many miners were killed in the landslide", "Protests broke out in Lima")],
    ),
    (
        "Fears over when the next rains would come led to a rush on grain stores across Malawi.",
        [("Fears over when the next rains would come", "a rush on grain stores across Malawi")],
    ),
    (
        "Confusion about how the new visa rules would work caused long queues at the border with Poland.",
        [("Confusion about how the new visa rules would work", "long queues at the border with Poland")],
    ),
    (
        "Relatives of the crew staged a sit-in at the port in Manila because the shipping company would not explain why"
        " the rescue was called off.",
        [
            (
                "the shipping company would not explain why the rescue was called off",
                "Relatives of the crew staged a sit-in at the port in Manila",
            )
        ],
    ),
    (
        "The health minister in Bogota was sacked after an inquiry revealed how many patients had received expired"
        " vaccines.",
        [
            (
                "an inquiry revealed how many patients had received expired vaccines",
                "The health minister in Bogota was sacked",
            )
        ],
    ),
    (
        "Anger over how the relief money was spent sparked clashes outside the governor's office in Sindh.",
        [("Anger over how the relief money was spent", "clashes outside the governor's office in Sindh")],
    ),
    (
        "Speculation about whether the president would seek a third term fuelled a sharp fall in the naira.",
        [("Speculation about whether the president would seek a third term", "a sharp fall in the naira")],
    ),
    (
        "Opposition lawmakers walked out of parliament in Harare after the speaker declined to say when the budget"
        " would be debated.",
        [
            (
                "the speaker declined to say when the budget would be debated",
                "Opposition lawmakers walked out of parliament in Harare",
            )
        ],
    ),
    (
        "The minister did not say when the talks with the rebels would resume, because the two sides are still"
        " divided over prisoners.",
        [
            (
                "the two sides are still divided over prisoners",
                "The minister did not say when the talks with the rebels would resume",
            )
        ],
    ),
    (
        "Worries about whether the new government can pass a budget sent Czech bond yields higher on Wednesday.",
        [("Worries about whether the new government can pass a budget", "Czech bond yields higher on Wednesday")],
    ),
    (
        "Dozens of families left the camp near Goma because aid workers could not tell them when food would arrive.",
        [
            (
                "aid workers could not tell them when food would arrive",
                "Dozens of families left the camp near Goma",
            )
        ],
    ),
    (
        "A dispute over how the oil revenue should be shared caused the collapse of the coalition in Baghdad.",
        [("A dispute over how the oil revenue should be shared", "the collapse of the coalition in Baghdad")],
    ),
    (
        "The airline's shares fell 9 percent after the company failed to explain why two of its jets were grounded.",
        [
            (
                "the company failed to explain why two of its jets were grounded",
                "The airline's shares fell 9 percent",
            )
        ],
    ),
    (
        "Questions about where the missing weapons ended up prompted an investigation by the defence ministry in"
        " Seoul.",
        [
            (
                "Questions about where the missing weapons ended up",
                "an investigation by the defence ministry in Seoul",
            )
        ],
    ),
    (
        "Frustration over why the bridge repairs were taking so long led to a blockade of the highway near Porto.",
        [("Frustration over why the bridge repairs were taking so long", "a blockade of the highway near Porto")],
    ),
    (
        "The police chief in Nairobi resigned after a report showed how officers had covered up the shootings.",
        [("a report showed how officers had covered up the shootings", "The police chief in Nairobi resigned")],
    ),
    (
        "The spokesman gave no date for the vote, because the electoral commission has not finished its count.",
        [("the electoral commission has not finished its count", "The spokesman gave no date for the vote")],
    ),
    (
        "Disagreement over when the troops should withdraw caused the talks in Doha to break down.",
        [("Disagreement over when the troops should withdraw", "the talks in Doha to break down")],
    ),
    (
        "Investors dumped shares of the mining group after it refused to disclose how much cobalt it had lost in the"
        " fire.",
        [
            (
                "it refused to disclose how much cobalt it had lost in the fire",
                "Investors dumped shares of the mining group",
            )
        ],
    ),
    (
        "Concern about whether the dam could withstand more rain forced the evacuation of three villages in Assam.",
        [("Concern about whether the dam could withstand more rain", "the evacuation of three villages in Assam")],
    ),
    (
        "Teachers in Buenos Aires went on strike because the city would not say when their back pay would be released.",
        [
            (
                "the city would not say when their back pay would be released",
                "Teachers in Buenos Aires went on strike",
            )
        ],
    ),
    (
        "Suspicion over how the election software was tested triggered a recount in two provinces of Kenya.",
        [("Suspicion over how the election software was tested", "a recount in two provinces of Kenya")],
    ),
    (
        "The coach was fired after the club's board learned how much money he had taken from the youth academy.",
        [
            (
                "the club's board learned how much money he had taken from the youth academy",
                "The coach was fired",
            )
        ],
    ),
    (
        "Uncertainty about how long the strike at the port would last pushed up the price of coffee in Santos.",
        [("Uncertainty about how long the strike at the port would last", "the price of coffee in Santos")],
    ),
    (
        "Villagers blocked the road to the mine because the company had never explained where the waste was being"
        " dumped.",
        [
            (
                "the company had never explained where the waste was being dumped",
                "Villagers blocked the road to the mine",
            )
        ],
    ),
    (
        "The regulator fined the bank after it could not show how the loans to the minister's family were approved.",
        [
            (
                "it could not show how the loans to the minister's family were approved",
                "The regulator fined the bank",
            )
        ],
    ),
    (
        "A row over whether the referendum was legal led to the suspension of the regional assembly in Catalonia.",
        [("A row over whether the referendum was legal", "the suspension of the regional assembly in Catalonia")],
    ),
    (
        "Riots spread through the capital after the junta refused to reveal where the opposition leader was being"
        " held.",
        [
            (
                "the junta refused to reveal where the opposition leader was being held",
                "Riots spread through the capital",
            )
        ],
    ),
    (
        "The ministry did not say how many flights would be cut, because the strike by air traffic controllers is"
        " still spreading.",
        [
            (
                "the strike by air traffic controllers is still spreading",
                "The ministry did not say how many flights would be cut",
            )
        ],
    ),
    (
        "Mistrust over how the vaccine was approved caused a sharp drop in vaccinations across Romania.",
        [("Mistrust over how the vaccine was approved", "a sharp drop in vaccinations across Romania")],
    ),
]

CONTROLS: list[str] = [
    "The interior ministry did not say how many migrants were on the boat or when it left the Libyan coast.",
    "The general would not say when the troops would leave the northern province.",
    "Officials in Kathmandu have not said why the flight turned back or where it was heading.",
    "The company did not disclose how much it paid for the stake or whether regulators had approved the deal.",
    "The prosecutor declined to say whether the former president would be charged or when a decision was due.",
    "Police in Accra did not explain how the prisoners escaped or why the alarm failed.",
    "The central bank has not said whether it will intervene again or how large its reserves are.",
    "The foreign ministry would not confirm where the talks would take place or when they would begin.",
    "The army did not say how many soldiers were wounded in the ambush or when the convoy came under fire.",
    "The election commission has not announced when the results will be published or how many ballots were spoiled.",
    "Rescuers could not say how many people were still missing or whether the bridge would hold.",
    "The union did not reveal how many members voted for the strike or when the walkout would begin.",
]
_NO_CLAIM = "no claim at all from the shipped stage, with or without round 90: its recall here, not a question's side"
_FEELING_OBJECT = "a second claim inside the cause (the question -> the feeling noun): a feeling's object as its cause"
XFAIL_CAUSAL: dict[int, str] = {
    1: _NO_CLAIM,
    3: _NO_CLAIM,
    4: "the tagger's roles are turned (the effect taken for the cause): not a question's side",
    7: _FEELING_OBJECT,
    11: _NO_CLAIM,
    15: _NO_CLAIM,
    16: _FEELING_OBJECT,
    25: "the cause is cut to the noun inside the question ('the strike at the port'), not the noun that holds it",
    28: _NO_CLAIM,
}
XFAIL_CONTROLS: dict[int, str] = {
    8: "a claim with both sides inside the question ('the ambush -> how many soldiers were wounded'): round 90 drops"
    " only a cause outside its effect's question",
}


# round 93's switch is not shipped: the CNC 5-fold CV that decides it could not be run in session 36 (the CV caches
# under build/ were gone), so classifier.json keeps it off and the table reads the stage with the switch turned on
# here. When the switch ships, pass ``switches=("question_part_causes",)`` and drop ``_round93_on``.
TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=44, switches=())


@pytest.fixture(autouse=True)
def _round93_on(causal_nlp: Language) -> Iterator[None]:
    """Every test of this module reads the stage with round 93's switch on (its own test sets it again inside)."""
    with settings_set(causal_nlp, question_part_causes=True):
        yield


def test_the_switch_is_off_by_default_and_not_shipped() -> None:
    assert not CausalSettings().question_part_causes
    assert not Classifier.load().settings.question_part_causes


def test_a_cause_holding_a_question_stays_only_when_on(causal_nlp: Language) -> None:
    text, want = CAUSAL[2]
    with settings_set(causal_nlp, question_part_causes=False):
        assert claim_pairs(causal_nlp, text) == []
    with settings_set(causal_nlp, question_part_causes=True):
        assert claim_pairs(causal_nlp, text) == [tuple(pair) for pair in want]


def test_a_main_clause_of_saying_is_still_no_cause(parse: Language) -> None:
    # round 93's reading on the parse: a cause that is the clause asking the question (its head the verb the question
    # hangs on) or that starts inside the question goes; a subordinate clause or a noun that holds a question stays
    cases = [
        (CAUSAL[10][0], "The minister did not say when the talks with the rebels would resume", "the two sides", True),
        (CONTROLS[8], "the convoy came under fire", "how many soldiers were wounded", True),
        (CAUSAL[6][0], "an inquiry revealed how many patients had received expired vaccines", "The health", False),
        (
            CAUSAL[0][0],
            "Uncertainty over whether the central bank in Ankara would raise rates again",
            "the lira",
            False,
        ),
        (CAUSAL[2][0], "officials refused to say how many miners were killed in the landslide", "Protests", False),
    ]
    for text, cause, effect, dropped in cases:
        sent = sentence(parse, text)
        claim = claim_over(text, cause, effect)
        assert _cause_on_question_only(sent, claim, _question_anchors(sent)) is dropped, cause
