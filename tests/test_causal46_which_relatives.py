"""Issue 13, session 21, causal46 (docs/causal.md round 46): a marker whose object is the relative "which" ("X,
due to which / following which / as a result of which Y") and a cause that coordinates clauses kept one cause
(``which_relative_causes``, ``split_clause_causes``; ``causal_rules.Extractor._which_relative``).

The marker's own object, "which", names nothing: the cause is the clause before the marker that "which" stands for,
the effect the clause after "which". A cause coordinating clauses with their own subjects ("as the groups clashed
and 40 people were arrested") is one cause, as round 37 keeps such an effect. Sentences are made up for the test.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_scorer import Classifier
from detente.nlp.causal_settings import CausalSettings

from .causal_sentences import extractor_with, pairs


def test_defaults_are_the_behaviour_before_the_round() -> None:
    settings = CausalSettings()
    assert settings.which_relative_causes is False
    assert settings.split_clause_causes is True
    assert settings.subordinate_cause_relatives is False


def test_shipped_values() -> None:
    # chosen by 5 and 4 folds of five; a cause's coordinated clauses still split (4 folds chose not to, but the
    # seeds state "NATO expanded and Russia battled separatists" as two causes; docs/causal.md round 46)
    shipped = Classifier.load().settings
    assert shipped.which_relative_causes is True
    assert shipped.split_clause_causes is True
    assert shipped.subordinate_cause_relatives is True


def test_due_to_which_reads_the_clause_before_as_the_cause(parse: Language) -> None:
    text = "Hundreds of lorries had stopped running on the roads due to which the supply of vegetables dropped ."
    got = pairs(parse, extractor_with(which_relative_causes=True), text)
    assert got == [
        ("Hundreds of lorries had stopped running on the roads", "the supply of vegetables dropped", "due to which")
    ]
    assert all(sig != "due to which" for _, _, sig in pairs(parse, extractor_with(which_relative_causes=False), text))


def test_following_which_keeps_the_reported_act_not_its_frame(parse: Language) -> None:
    text = (
        "The minister assured the farmers that he would order an inquiry into the shooting following which the "
        "farmers called off their blockade ."
    )
    got = pairs(parse, extractor_with(which_relative_causes=True), text)
    assert (
        "he would order an inquiry into the shooting",
        "the farmers called off their blockade",
        "following which",
    ) in got


def test_as_a_result_of_which_stops_before_a_closing_attribution(parse: Language) -> None:
    text = 'We came under heavy shelling at night as a result of which two guards and a cook got injured , " he said .'
    got = pairs(parse, extractor_with(which_relative_causes=True), text)
    # one effect: the relative clause is not split at its coordinated subject, and the attribution stays out
    assert got == [
        ("We came under heavy shelling at night", "two guards and a cook got injured", "as a result of which")
    ]


def test_a_plain_object_is_read_as_before(parse: Language) -> None:
    text = "The supply of vegetables dropped due to the strike by lorry owners ."
    before = pairs(parse, extractor_with(which_relative_causes=False), text)
    assert pairs(parse, extractor_with(which_relative_causes=True), text) == before
    assert before == [("the strike by lorry owners", "The supply of vegetables dropped", "due to")]


def test_a_cause_coordinating_clauses_stays_one_cause(parse: Language) -> None:
    text = "Tension gripped the village because the two groups fought near the temple and the police arrested 40 men ."
    assert {c for c, _, _ in pairs(parse, extractor_with(split_clause_causes=True), text)} == {
        "the two groups fought near the temple",
        "the police arrested 40 men",
    }
    assert pairs(parse, extractor_with(split_clause_causes=False), text) == [
        (
            "the two groups fought near the temple and the police arrested 40 men",
            "Tension gripped the village",
            "because",
        )
    ]


def test_noun_conjuncts_still_give_a_claim_each(parse: Language) -> None:
    text = "The annexation of the province and the expulsion of diplomats reignited tensions ."
    got = pairs(parse, extractor_with(split_clause_causes=False), text)
    assert len({c for c, _, _ in got}) == 2


def test_a_subordinate_cause_ends_before_a_comma_relative(parse: Language) -> None:
    assert CausalSettings().subordinate_cause_relatives is False
    text = (
        "The market turned into a battle zone as angry traders attacked the inspectors , who had come to seal shops ."
    )
    assert pairs(parse, extractor_with(subordinate_cause_relatives=False), text)[0][0].endswith(
        "who had come to seal shops"
    )
    assert pairs(parse, extractor_with(subordinate_cause_relatives=True), text) == [
        ("angry traders attacked the inspectors", "The market turned into a battle zone", "as")
    ]


def test_a_relative_without_a_comma_or_under_another_marker_stays(parse: Language) -> None:
    # a restrictive relative says which farmers; a connective's cause is not a subordinate clause's
    for text in (
        "The market stayed closed as the traders who demand higher prices held a sit-in .",
        "Roads were closed due to protests by farmers , who demand higher prices .",
    ):
        before = pairs(parse, extractor_with(subordinate_cause_relatives=False), text)
        assert pairs(parse, extractor_with(subordinate_cause_relatives=True), text) == before
        assert any("who demand higher prices" in cause for cause, _, _ in before)
