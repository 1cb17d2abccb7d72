"""A sentence-final inverted speaker clause (", reports aid agencies.") is the main clause (issue 14, session 23;
docs/events.md rule 126).

Each sentence is our own construction, none copied from PLOVER, ConfliBERT or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 126
the parser made the speech verb a conjunct of the first clause with the speaker its object, or a noun compound on
the speaker, and the argument search took the speaker as the first clause's target.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.parse_repair import rehang_inverted_speakers
from detente.nlp.pipeline import make_doc

from .event_sentences import before_stage, coded

# -- 126: the speaker of ", reports aid agencies." is no target of the first clause (fixed) ----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tajikistan finally reopened the border crossing after two years, reports aid agencies .", "NGO"),
        ("Niger withdrew from the talks on Monday, report rights groups .", "NGO"),
        ("Tajikistan reopened the mountain road after three years, reports aid agencies .", "NGO"),
        ("Chad withdrew from the peace talks on Friday, report rights groups .", "NGO"),
        ("Laos finally reopened the river crossing after a decade, reports aid agencies .", "NGO"),
    ],
)
def test_inverted_speaker_is_not_a_target(rules_nlp: Language, text: str, speaker: str) -> None:
    mentions, events = coded(rules_nlp, text)
    assert speaker in mentions.values()  # the speaker is an actor the search could take
    assert not any(speaker in (source, target) for source, target, _ in events)  # before: e.g. TJK -> NGO 086


@pytest.mark.parametrize(
    "text",
    [
        "Tajikistan finally reopened the border crossing after two years, reports aid agencies .",
        "Niger withdrew from the talks on Monday, report rights groups .",
    ],
)
def test_inverted_speaker_is_rehung_as_the_main_clause(rules_nlp: Language, text: str) -> None:
    doc = before_stage(rules_nlp, text, "event_coder")
    speech = next(t for t in doc if t.lower_ in ("reports", "report"))
    assert speech.dep_ == "ROOT"
    assert {c.dep_ for c in speech.children} >= {"nsubj", "ccomp"}
    assert next(c for c in speech.children if c.dep_ == "nsubj").lower_ in ("agencies", "groups")


# -- neighbours: the act itself and the parses the model already gets right stay as they were -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya closed its border with Somalia for two weeks, reports the Red Cross .", ("KEN", "SOM", "17")),
        ("Peru expelled two diplomats from Chile, says the Chilean foreign ministry .", ("PER", "CHL", "16")),
        ("Serbia arrested three activists from Kosovo, report human rights groups .", ("SRB", "XKX", "17")),
        ("Turkey shelled villages in northern Iraq on Monday, said Kurdish officials .", ("TUR", "IRQ", "19")),
    ],
)
def test_the_reported_act_is_kept(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(rules_nlp, text)[1]


def test_a_speech_verb_with_a_clause_of_its_own_is_left(rules_nlp: Language) -> None:
    # ", reports that ..." and a verb with its own subject are no inverted speaker phrase: nothing is re-hung
    doc = before_stage(rules_nlp, "Niger withdrew from the talks, and the group reports the army .", "event_coder")
    assert sum(t.dep_ == "ROOT" for t in doc) == 1
    assert rehang_inverted_speakers(doc, frozenset({"report"}), frozenset(range(len(doc)))) == 0


def test_no_verbs_no_repair(rules_nlp: Language) -> None:
    doc = make_doc(rules_nlp, "Niger withdrew from the talks, report rights groups .")
    assert rehang_inverted_speakers(doc, frozenset(), frozenset()) == 0


# -- 126b: allowing the delivery of goods to Y is 0863 toward Y, not the allower's own aid (fixed) -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya opened the border to allow deliveries of maize to Somalia .", ("KEN", "SOM", "0863")),
        ("Jordan opened the crossing to allow the delivery of food to Syria .", ("JOR", "SYR", "0863")),
        ("Turkey permitted the delivery of medicine to Armenia .", ("TUR", "ARM", "0863")),
        ("Pakistan allowed the delivery of wheat to Afghanistan on Monday .", ("PAK", "AFG", "0863")),
        ("Ethiopia reopened the road to permit the delivery of fuel to Eritrea .", ("ETH", "ERI", "0863")),
    ],
)
def test_allowing_a_delivery_is_humanitarian_access(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    events = coded(rules_nlp, text, root=False)[1]
    assert expected in events
    assert not any(code.startswith("07") for _, _, code in events)  # before: the allower's aid, 070


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya delivered maize to Somalia .", ("KEN", "SOM", "07")),
        ("Jordan allowed aid to Syria .", ("JOR", "SYR", "08")),
        ("Egypt refused to allow the delivery of fuel to Libya .", ("EGY", "LBY", "12")),
    ],
)
def test_delivery_neighbours(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(rules_nlp, text)[1]
