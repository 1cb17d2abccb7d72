"""Rules read off reporting prose (docs/causal.md, round 8): temporal "since", comparative "as", "failed to",
questions, conditionals, means with degree verbs, attribution and asides cut from spans.

Each sentence is made up for the test; the rules are checked on the parse alone (``Extractor.extract``), so no
classifier probability decides the outcome."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor

from .causal_sentences import pairs, sentence


@pytest.mark.parametrize(
    "text",
    [
        "Exports have fallen steadily since the port closed in 2019.",
        "It was the largest rally since the government fell.",
        "The union has grown into a national force since the strike began.",
    ],
)
def test_since_that_dates_gives_no_claim(parse: Language, extractor: Extractor, text: str) -> None:
    assert not [p for p in pairs(parse, extractor, text) if p[2].lower() == "since"]


def test_since_that_explains_still_gives_a_claim(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "Since the border is closed, traders must use the longer route.")
    assert ("the border is closed", "traders must use the longer route", "Since") in found


@pytest.mark.parametrize(
    "text",
    ["As strange as it seems, the ceasefire held.", "Germany is cautious, as are its neighbours."],
)
def test_comparative_as_gives_no_claim(parse: Language, extractor: Extractor, text: str) -> None:
    assert not [p for p in pairs(parse, extractor, text) if p[2].lower() == "as"]


def test_causal_as_still_gives_a_claim(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "Farmers are worried, as the rains have failed again.")
    assert any(p[2] == "as" and p[0] == "the rains have failed again" for p in found)


def test_failed_to_produce_is_no_causation(parse: Language, extractor: Extractor) -> None:
    assert not pairs(parse, extractor, "The summit failed to produce any agreement on grain exports.")
    assert pairs(parse, extractor, "The summit produced an agreement on grain exports.")


def test_a_question_is_blocked(parse: Language, extractor: Extractor) -> None:
    assert extractor.blocked(sentence(parse, "Will the new tariffs hurt exporters in the spring?"))
    assert not extractor.blocked(sentence(parse, "The new tariffs will hurt exporters in the spring."))


def test_means_with_a_degree_verb(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "The government intensified pressure on the rebels by cutting their supply lines.")
    assert ("cutting their supply lines", "pressure on the rebels", "by") in found


def test_an_amount_is_not_a_means(parse: Language, extractor: Extractor) -> None:
    assert not [p for p in pairs(parse, extractor, "The central bank raised interest rates by 2%.") if p[2] == "by"]


def test_means_cause_ends_before_a_dash_aside(parse: Language, extractor: Extractor) -> None:
    text = "The ministry increased pressure on importers by imposing new tariffs on steel\u2014the highest in a decade."
    found = pairs(parse, extractor, text)
    assert ("imposing new tariffs on steel", "pressure on importers", "by") in found


def test_reprisal_connective_drops_the_attribution(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "The expulsions are in reprisal for what officials called the spying affair.")
    assert ("the spying affair", "The expulsions", "in reprisal for") in found


def test_a_participle_aside_inside_the_subject_is_not_the_cause(parse: Language, extractor: Extractor) -> None:
    text = "The new version of the trade plan, named after its two authors, triggered protests in the capital."
    found = pairs(parse, extractor, text)
    assert [p[0] for p in found] == ["The new version of the trade plan"]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("If the talks collapse, prices will rise sharply.", "the talks collapse", "prices will rise sharply"),
        ("If the dam breaks, the valley would be flooded.", "the dam breaks", "the valley would be flooded"),
        (
            "The farmers would march on the capital if the government cut the subsidy.",
            "the government cut the subsidy",
            "The farmers would march on the capital",
        ),
    ],
)
def test_conditional_with_a_modal_consequence(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    assert (cause, effect) in [(p[0], p[1]) for p in pairs(parse, extractor, text)]


@pytest.mark.parametrize(
    "text", ["If asked, he declined to comment.", "He walked on as if nothing had happened at all."]
)
def test_conditional_without_a_consequence_gives_nothing(parse: Language, extractor: Extractor, text: str) -> None:
    assert not [p for p in pairs(parse, extractor, text) if p[2].lower() == "if"]


def test_hasten_takes_its_to_phrase(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "The embargo could hasten an end to the fighting.")
    assert ("The embargo", "an end to the fighting", "hasten") in found


def test_coordinated_gerunds_are_two_goals_not_a_consequence(parse: Language, extractor: Extractor) -> None:
    text = "The two sides agreed to start working toward ending the blockade and improving their trade ties."
    assert not [p for p in pairs(parse, extractor, text) if p[2] == "improving"]


def test_a_person_is_not_the_source_of_something(parse: Language, extractor: Extractor) -> None:
    text = "Investigators concluded that John Smith was the source of the leak."
    assert not [p for p in pairs(parse, extractor, text) if p[2] == "source"]
    found = pairs(parse, extractor, "Investigators concluded that the audit was the source of the leak.")
    assert ("the audit", "the leak", "source") in found


def test_not_only_but_also_is_blocked(parse: Language, extractor: Extractor) -> None:
    text = "The firm is not only buying cheap grain, but it is also reselling much of it abroad."
    assert extractor.blocked(sentence(parse, text))
    assert not extractor.blocked(sentence(parse, "The firm is buying cheap grain and reselling much of it abroad."))


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "Without the subsidy, the price of bread rises sharply.",
            "Without the subsidy",
            "the price of bread rises sharply",
        ),
        (
            "Without a new deal, both ports would lose their best customers.",
            "Without a new deal",
            "both ports would lose their best customers",
        ),
    ],
)
def test_without_x_the_main_clause_follows(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    assert (cause, effect, "Without") in pairs(parse, extractor, text)


def test_without_inside_the_clause_is_no_claim(parse: Language, extractor: Extractor) -> None:
    assert not pairs(parse, extractor, "The delegation left the capital without a statement.")


def test_a_reason_for_an_infinitive_explains_the_whole_clause(parse: Language, extractor: Extractor) -> None:
    text = "The ministry seemed reluctant to raise taxes to pay for the war as it hoped to win the election."
    found = pairs(parse, extractor, text)
    assert (
        "it hoped to win the election",
        "The ministry seemed reluctant to raise taxes to pay for the war",
        "as",
    ) in found


def test_if_he_wants_to_is_no_condition(parse: Language, extractor: Extractor) -> None:
    text = "The mayor can end the strike tomorrow, if he wants to."
    assert not [p for p in pairs(parse, extractor, text) if p[2].lower() == "if"]
    assert pairs(parse, extractor, "The mayor can end the strike tomorrow, if he wants a deal.")


def test_a_bare_question_word_is_no_cause(parse: Language, extractor: Extractor) -> None:
    claims = extractor.fallback(sentence(parse, "The letter shows what appears to be a plan to close the mine."))
    assert not [c for c in claims if c["cause"].lower() == "what" or c["effect"].lower() == "what"]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The strike was called off for security reasons.", "security reasons", "The strike was called off"),
        ("The merger collapsed for three reasons.", "three reasons", "The merger collapsed"),
    ],
)
def test_for_reasons_names_the_cause(parse: Language, extractor: Extractor, text: str, cause: str, effect: str) -> None:
    assert (cause, effect, "for") in pairs(parse, extractor, text)


def test_brought_together_keeps_together_in_the_effect(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "The flood brought the two villages together as partners.")
    assert ("The flood", "the two villages together as partners", "brought") in found


def test_a_relative_clause_effect_loses_its_relative_phrase(parse: Language, extractor: Extractor) -> None:
    text = (
        "The talks lasted nine months, during which the ministry appeared reluctant to raise taxes to pay for "
        "the war as it hoped to win the election."
    )
    found = pairs(parse, extractor, text)
    assert (
        "it hoped to win the election",
        "the ministry appeared reluctant to raise taxes to pay for the war",
        "as",
    ) in found


def test_citing_a_reason_gives_the_reason(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "Workers walked off the job on Monday, citing unpaid wages and unsafe conditions.")
    assert ("unpaid wages and unsafe conditions", "Workers walked off the job on Monday", "citing") in found


@pytest.mark.parametrize(
    "text", ["Prices rose sharply, citing Reuters.", "Prices rose sharply, citing officials in Moscow."]
)
def test_citing_a_source_gives_nothing(parse: Language, extractor: Extractor, text: str) -> None:
    assert not pairs(parse, extractor, text)


def test_a_list_of_examples_is_cut_from_the_effect(parse: Language, extractor: Extractor) -> None:
    text = "The plan had already generated controversy, including concerns from Poland about its legality."
    assert ("The plan", "controversy", "generated") in pairs(parse, extractor, text)


def test_by_doing_at_the_start_is_the_means(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "By raising interest rates, the bank slowed the economy.")
    assert ("raising interest rates", "the bank slowed the economy", "By") in found


def test_a_noun_with_a_causal_participle_and_agent(parse: Language, extractor: Extractor) -> None:
    text = "The report stresses the growing risk posed by cheap drones, which many officers fear."
    assert ("cheap drones", "the growing risk", "posed") in pairs(parse, extractor, text)


def test_led_by_is_leadership_not_causation(parse: Language, extractor: Extractor) -> None:
    text = "The protesters, led by local farmers, marched to the square."
    assert not [p for p in pairs(parse, extractor, text) if p[2] == "led"]
