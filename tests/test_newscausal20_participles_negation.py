"""Issue 13, session 25, newscausal20 (docs/causal.md round 61): a comma participle's nearest clause, a marker on a
later coordinated participle, and a sure sentence's connective on a negated clause.

``participle_nearest_clause``: a causal participle after a comma that closes a subordinate or relative clause with
its own subject ("... in the town where armed men attacked traders | , leaving 20 in hospital") has that clause as
its cause, not the main clause from its start. ``marker_conjunct_participles``: "in protest against X" on the later
of coordinated participle adjuncts gives the main clause as its effect. ``negated_connective_unblock``: a sentence
the scorer is sure of, blocked only because a connective hangs on a clause negated with a modal ("The convoy could
not pass | because of the rally"), keeps the connective's pair. Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import assert_shipped_on_default_off
from .conftest import claims_at

SWITCHES = ("participle_nearest_clause", "marker_conjunct_participles", "negated_connective_unblock")


@pytest.mark.parametrize("name", SWITCHES)
def test_shipped_on_default_off(name: str) -> None:
    assert_shipped_on_default_off(name)


def _pairs(component: Language, text: str, p: float = 0.9, **settings: bool) -> list[tuple[str, str]]:
    claims = claims_at(component, text, p, None, **settings)
    for c in claims:  # the offsets slice the text exactly
        assert text[c["cause_start"] : c["cause_end"]] == c["cause"]
        assert text[c["effect_start"] : c["effect_end"]] == c["effect"]
    return [(c["cause"], c["effect"]) for c in claims]


# (text, the cause the participle's pair has with the switch on, the effect it has)
NEAREST = [
    (
        "Farmers filed for a permit to hold a rally in the town where armed men attacked traders with iron rods , "
        "leaving at least 20 people in hospital .",
        "armed men attacked traders with iron rods",
        "leaving at least 20 people in hospital",
    ),
    (
        "The officials had gone to clear the market when a crowd of hawkers attacked them , forcing them to flee .",
        "a crowd of hawkers attacked them",
        "forcing them to flee",  # the effect opens at its participle (round 95, ``participle_effects``)
    ),
]


@pytest.mark.parametrize(("text", "cause", "effect"), NEAREST)
def test_comma_participle_cause_is_the_nearest_clause(
    linear_causal: Language, text: str, cause: str, effect: str
) -> None:
    # round 107 (``noun_purpose_pairs``) off in both: the off reading's wide cause holds "a permit | to hold a rally",
    # whose purpose pair it adds beside the participle's; the count compares the participle's pair alone
    on = _pairs(linear_causal, text, participle_nearest_clause=True, noun_purpose_pairs=False)
    off = _pairs(linear_causal, text, participle_nearest_clause=False, noun_purpose_pairs=False)
    assert (cause, effect) in on
    assert (cause, effect) not in off  # before: the main clause from its start (or the subordinator with it)
    assert len(on) == len(off)


@pytest.mark.parametrize(
    "text",
    [
        # a clausal complement: the report whole stays the cause (CNC's reading)
        "Many residents complain that the water supply has been cut for weeks , leading to protests in the district .",
        # a time-order clause ("before") is never the cause of what the main clause's event left behind
        "A series of blasts took place on Sunday before the minister was to address the rally , leaving six dead .",
    ],
)
def test_no_nearest_clause_no_change(linear_causal: Language, text: str) -> None:
    on = _pairs(linear_causal, text, participle_nearest_clause=True)
    assert on == _pairs(linear_causal, text, participle_nearest_clause=False)
    assert not any(c.startswith("the minister") for c, _ in on)


CONJUNCTS = [
    (
        "Hundreds of students went on a march , burning effigies , shouting slogans and blocking roads in protest "
        "against the fee hike .",
        "the fee hike",
        "Hundreds of students went on a march",
    ),
    (
        "Villagers went on a frenzied rampage , torching vehicles , closing down streets and looting shops in protest "
        "against the imposition of a new mayor .",
        "the imposition of a new mayor",
        "Villagers went on a frenzied rampage",
    ),
]


@pytest.mark.parametrize(("text", "cause", "effect_start"), CONJUNCTS)
def test_marker_on_a_later_conjunct_gives_the_main_clause(
    linear_causal: Language, text: str, cause: str, effect_start: str
) -> None:
    on = _pairs(linear_causal, text, marker_conjunct_participles=True)
    off = _pairs(linear_causal, text, marker_conjunct_participles=False)
    assert any(c == cause and e.startswith(effect_start) for c, e in on)
    assert not any(c == cause and e.startswith(effect_start) for c, e in off)  # before: the last conjunct alone


def test_sure_sentence_keeps_a_negated_clause_connective(linear_causal: Language) -> None:
    text = "The convoy could not pass because of the rally ."
    assert _pairs(linear_causal, text, negated_connective_unblock=True) == [("the rally", "The convoy could not pass")]
    assert _pairs(linear_causal, text, negated_connective_unblock=False) == []
    # only a sentence the scorer is sure of (``sure_unblock_min_prob``) is read again
    assert _pairs(linear_causal, text, 0.5, negated_connective_unblock=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "The talks collapsed not because of the strike .",  # the reason itself denied
        "The strike did not cause any losses to the traders .",  # a causal verb denied
        "The talks did not break down due to a single quarrel .",  # no modal: as often the reason denied
    ],
)
def test_denied_causation_stays_blocked(linear_causal: Language, text: str) -> None:
    assert _pairs(linear_causal, text, negated_connective_unblock=True) == []
