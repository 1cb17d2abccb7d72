"""Error classes of ConfliBERT ``cameo_ner`` train, round 3 (issue 14, session 10; docs/events.md rule 40).

Each sentence is our own construction, with countries other than the train sentences the classes were counted
on; none is copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off. Beside each class, the neighbouring reading that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.ingest.segment import spaced_decimal_points, split_sentences
from detente.nlp.pipeline import make_doc

from .event_sentences import asserted


def test_a_spaced_decimal_point_ends_no_sentence() -> None:
    text = "Norway gave 12 . 5 million euros to Kenya . 3 people were hurt ."
    assert spaced_decimal_points(text) == [text.index("12 .") + 3]
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Norway gave 12 . 5 million euros to Kenya .",
        "3 people were hurt .",
    ]
    # a year before a spaced full stop still ends its sentence
    assert len(split_sentences("They met in 2010 . 5 people were hurt .")) == 2


def test_a_spaced_decimal_number_is_one_token(rules_nlp: Language) -> None:
    doc = make_doc(rules_nlp, "Norway gave 12 . 5 million euros to Kenya .")
    assert "12 . 5" in [t.text for t in doc]
    assert doc.text == "Norway gave 12 . 5 million euros to Kenya ."


def test_money_with_a_spaced_decimal_keeps_its_purpose(rules_nlp: Language) -> None:
    # the merged number token still parses as the amount of the transfer (this one parsed right before, too)
    events = asserted(
        rules_nlp, "The Norwegian government has earmarked 2 . 5 million euros in aid to help Nepal recover ."
    )
    assert ("NOR", "NPL", "070") in events


def test_the_beneficiary_further_down_a_purpose_clause(rules_nlp: Language) -> None:
    events = asserted(
        rules_nlp, "Norway provided 6.3 million euros to support projects which benefit refugees in Kenya."
    )
    assert ("NOR", "KEN", "071") in events  # money given: 071 since rule 158 (070 before)
    events = asserted(
        rules_nlp, "The Dutch government has provided 20 million euros to pay for food for those affected in Chad."
    )
    assert ("NLD", "TCD", "071") in events  # 070 before rule 158


def test_a_deep_beneficiary_is_the_noun_itself_not_its_modifier(rules_nlp: Language) -> None:
    # the civilians are near a U.S. garrison, in Syria: the garrison's owner receives nothing
    events = asserted(
        rules_nlp, "The United Nations will deliver aid to civilians stranded near a U.S. garrison in Syria."
    )
    assert not any(t == "USA" for _, t, _ in events)


def test_places_coordinated_inside_a_composed_mention(rules_nlp: Language) -> None:
    events = asserted(
        rules_nlp, "Norway has announced aid of 60 million euros to help people in Kenya, Uganda and Sudan."
    )
    assert {("NOR", "KEN", "070"), ("NOR", "UGA", "070"), ("NOR", "SDN", "070")} <= events


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hundreds of Norwegian troops have arrived in Mali.", ("NOR", "MLI")),
        ("Thousands of Danish soldiers served in Lebanon over ten years.", ("DNK", "LBN")),
        ("Canadian troops remained in Latvia after the exercise.", ("CAN", "LVA")),
        # soldiers named by where they come from act for that country
        ("Troops and aircraft from Norway have arrived in Nepal.", ("NOR", "NPL")),
    ],
)
def test_soldiers_present_in_a_place_are_deployed_there(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "150") in asserted(rules_nlp, text)


def test_presence_needs_soldiers_and_a_place(rules_nlp: Language) -> None:
    # a delegation arriving is no deployment; soldiers who remain without an "in" place code nothing
    assert not any(c == "150" for _, _, c in asserted(rules_nlp, "A Norwegian delegation has arrived in Mali."))
    assert not asserted(rules_nlp, "Norwegian troops remained calm.")
    # a "from" phrase naming no actor gives no source
    assert not asserted(rules_nlp, "Troops from the base attacked Kenya.")
    # peacekeepers arriving keep their peacekeeping code
    assert ("NOR", "MLI", "074") in asserted(rules_nlp, "Norwegian peacekeepers arrived in Mali.")
