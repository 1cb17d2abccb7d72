"""Which clause a marker governs and which way it points (issue 13, round 11; docs/causal.md).

Marker verbs whose subject is a group of people report what the people did, not one condition changing
another; "raise" with slogans or a flag means to shout or show; "given" as a participle is no connective; a
purpose clause ("in order to", "so that") is the cause of the clause it serves, as the Causal News Corpus
annotates it; a subordinate clause's cause stops before a clause of its own with its own subordinator.

Each sentence is made up for the test; the rules are checked on the parse alone (``Extractor.extract``), so no
classifier probability decides the outcome.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor, load_lexicon

from .causal_sentences import pairs, sentence

# --- people doing things: an action, not a causal claim


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Angry farmers blocked the highway near the market on Monday.", "blocked"),
        ("The striking nurses threatened to shut the wards for a week.", "threatened"),
        ("A large group of students stalled work at the library.", "stalled"),
        ("Hundreds of villagers damaged the fence around the quarry.", "damaged"),
    ],
)
def test_a_group_of_people_as_subject_gives_no_verb_claim(
    parse: Language, extractor: Extractor, text: str, verb: str
) -> None:
    assert not [p for p in pairs(parse, extractor, text) if p[2] == verb]


@pytest.mark.parametrize(
    ("text", "cause", "verb"),
    [
        ("The drought blocked the main supply route to the valley.", "The drought", "blocked"),
        ("Rising distrust threatens to escalate the border dispute.", "Rising distrust", "threatens"),
        ("The long strike damaged the local economy.", "The long strike", "damaged"),
    ],
)
def test_a_condition_as_subject_keeps_its_verb_claim(
    parse: Language, extractor: Extractor, text: str, cause: str, verb: str
) -> None:
    assert any(c == cause and s == verb for c, _, s in pairs(parse, extractor, text))


def test_an_agent_verb_keeps_its_claim_with_people_as_subject(parse: Language, extractor: Extractor) -> None:
    # "provoke" states causation whoever does it (agent: true in markers.yml)
    found = pairs(parse, extractor, "The protesters provoked a violent response from the guards.")
    assert any(c == "The protesters" and s == "provoked" for c, _, s in found)


# --- "raise" in another sense


@pytest.mark.parametrize(
    "text",
    [
        "The marchers raised slogans against the new tax.",
        "The crowd raised a black flag over the town hall.",
        "The committee studied the issues raised by the tenants.",
    ],
)
def test_raise_with_slogans_a_flag_or_issues_gives_no_raise_claim(
    parse: Language, extractor: Extractor, text: str
) -> None:
    assert not [p for p in pairs(parse, extractor, text) if p[2].lower().startswith("rais")]


def test_raise_as_increase_still_gives_a_claim(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "The new tariffs raised the price of imported steel.")
    assert ("The new tariffs", "the price of imported steel", "raised") in found


@pytest.mark.parametrize(
    ("noun", "text"),
    [
        ("concerns", "These military drills have raised concerns about an accidental clash."),
        ("questions", "The sudden delay has raised questions about the future of the aid package."),
    ],
)
def test_raised_concerns_or_questions_still_gives_a_claim(
    parse: Language, extractor: Extractor, noun: str, text: str
) -> None:
    found = pairs(parse, extractor, text)
    assert any(s == "raised" and e.startswith(noun) for _, e, s in found)


# --- "given": connective or participle


@pytest.mark.parametrize(
    "text",
    [
        "The petition given to the mayor listed twelve demands.",
        "The strike call was given by the transport union.",
        "Every worker was given a new contract in March.",
    ],
)
def test_given_as_a_participle_is_no_connective(parse: Language, extractor: Extractor, text: str) -> None:
    assert not [p for p in pairs(parse, extractor, text) if p[2].lower() == "given"]


def test_given_as_a_connective_still_gives_a_claim(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "Given the falling prices, farmers cut their planting this year.")
    assert any(c == "the falling prices" and s == "Given" for c, _, s in found)


# --- purpose clauses: the purpose causes the act (CNC's convention)


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "The council closed the bridge in order to repair its cracked pillars.",
            "to repair its cracked pillars",
            "The council closed the bridge",
        ),
        (
            "The city opened two new shelters so that families could escape the cold.",
            "families could escape the cold",
            "The city opened two new shelters",
        ),
        (
            "Last week the ministry cut fuel taxes so as to calm the angry truckers.",
            "to calm the angry truckers",
            "the ministry cut fuel taxes",
        ),
    ],
)
def test_a_purpose_clause_is_the_cause_of_the_clause_it_serves(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    found = pairs(parse, extractor, text)
    assert any(c == cause and e == effect for c, e, _ in found), found


# --- a subordinate clause's cause stops before the next link of a chain


def test_a_chain_of_as_clauses_gives_each_link_its_own_cause(parse: Language, extractor: Extractor) -> None:
    text = "Exports were delayed as the port stayed shut as dock workers went on strike."
    found = {(c, e) for c, e, s in pairs(parse, extractor, text) if s == "as"}
    assert ("the port stayed shut", "Exports were delayed") in found
    assert not any(c.startswith("the port stayed shut as") for c, _ in found)
    assert any(c.startswith("dock workers went on strike") for c, _ in found)


def test_a_single_because_clause_keeps_its_whole_cause(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "Classes were cancelled because the roads were flooded after the storm.")
    assert any(c == "the roads were flooded after the storm" for c, _, _ in found)


# --- reporting and threats are no consequences; "amid" sets a scene


def test_adding_that_reports_speech_and_gives_no_add_claim(parse: Language, extractor: Extractor) -> None:
    text = "The minister said the talks were useful, adding that a second round would follow in May."
    assert not [p for p in pairs(parse, extractor, text) if p[2] == "adding"]


def test_adding_an_object_still_gives_a_claim(parse: Language, extractor: Extractor) -> None:
    text = "The navy seized two tankers, adding another layer of friction to the trade dispute."
    assert any(s == "adding" and e.startswith("another layer of friction") for _, e, s in pairs(parse, extractor, text))


def test_a_trailing_threatening_to_gives_no_claim(parse: Language, extractor: Extractor) -> None:
    text = "The tenants locked the manager in his office, threatening to burn the building."
    assert not [p for p in pairs(parse, extractor, text) if p[2] == "threatening"]


def test_a_condition_that_threatens_to_still_gives_a_claim(parse: Language, extractor: Extractor) -> None:
    text = "The drought is a slow disaster that threatens to empty the northern villages."
    assert any(s == "threatens" for _, _, s in pairs(parse, extractor, text))


def test_amid_gives_no_marker_pair(parse: Language, extractor: Extractor) -> None:
    text = "The two delegations resumed their talks in Vienna amid rising tensions over the border."
    assert not [p for p in pairs(parse, extractor, text) if p[2].lower() == "amid"]


def test_amid_is_still_a_marker_feature_of_the_scorer() -> None:
    lex = load_lexicon()
    assert ("amid",) in lex.connectives["amid"] and ("amid",) in lex.scene_connectives


# --- a connective on a participle or infinitive adjunct explains the main clause


def test_in_protest_against_on_a_participle_gives_the_main_clause_as_effect(
    parse: Language, extractor: Extractor
) -> None:
    text = "Hundreds of nurses staged a sit-in carrying placards in protest against the pay freeze."
    found = [(c, e) for c, e, s in pairs(parse, extractor, text) if s == "in protest against"]
    assert found and found[0][1].startswith("Hundreds of nurses staged a sit-in")


def test_due_to_after_a_passive_drops_the_fronted_clause(parse: Language, extractor: Extractor) -> None:
    text = "Tired of the long queues, the drivers were forced to wait outside due to the fuel shortage."
    found = [(c, e) for c, e, s in pairs(parse, extractor, text) if s == "due to"]
    assert found and found[0][0] == "the fuel shortage"
    assert found[0][1].startswith("the drivers were forced")


# --- learned spans around a purpose clause follow the same convention


def tagged(nlp: Language, ex: Extractor, text: str, cause: str, effect: str) -> list[tuple[str, str]]:
    sent = sentence(nlp, text)
    spans = {
        "cause": (text.index(cause), text.index(cause) + len(cause)),
        "effect": (text.index(effect), text.index(effect) + len(effect)),
        "cause_score": 10.0,
        "effect_score": 10.0,
    }
    return [(c["cause"], c["effect"]) for c in ex.tagged(sent, spans)]


def test_a_tagged_purpose_effect_turns_around(parse: Language, extractor: Extractor) -> None:
    text = "Hundreds of cab drivers parked their cars on the highway to protest the new toll."
    found = tagged(parse, extractor, text, "Hundreds of cab drivers parked their cars", "to protest the new toll")
    assert found and found[0][0] == "to protest the new toll"
    assert found[0][1].startswith("Hundreds of cab drivers parked their cars")


def test_a_tagged_purpose_cause_gets_the_clause_it_serves(parse: Language, extractor: Extractor) -> None:
    text = "While the talks went on, the miners blocked the gates to press for higher wages."
    found = tagged(parse, extractor, text, "to press for higher wages", "the talks went on")
    assert found and found[0][0] == "to press for higher wages"
    assert found[0][1] == "the miners blocked the gates"


def test_a_tagged_pair_without_a_purpose_clause_is_left_alone(parse: Language, extractor: Extractor) -> None:
    text = "The heavy rain flooded the lower town and the bridge closed."
    found = tagged(parse, extractor, text, "The heavy rain", "the bridge closed")
    assert found == [("The heavy rain", "the bridge closed")]


# --- a causal verb conjoined to an earlier verb: the earlier clause is the event that caused


def test_a_conjoined_causal_verb_takes_the_first_clause_as_cause(parse: Language, extractor: Extractor) -> None:
    text = "The riots spread to six other cities and resulted in dozens of arrests."
    found = [(c, e) for c, e, s in pairs(parse, extractor, text) if s.startswith("resulted")]
    assert found == [("The riots spread to six other cities", "dozens of arrests")]


def test_a_causal_first_verb_keeps_the_subject_as_cause_of_both(parse: Language, extractor: Extractor) -> None:
    text = "The new pipeline created hundreds of jobs and boosted regional trade."
    found = [(c, e) for c, e, s in pairs(parse, extractor, text) if s == "boosted"]
    assert found == [("The new pipeline", "regional trade")]


def test_a_subject_with_a_relative_clause_stays_the_cause(parse: Language, extractor: Extractor) -> None:
    text = "The strike, which began over unpaid wages, closed the port and caused long delays."
    found = [(c, e) for c, e, s in pairs(parse, extractor, text) if s == "caused"]
    assert found and found[0][0].startswith("The strike") and "closed the port" not in found[0][0]
