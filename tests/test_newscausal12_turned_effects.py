"""Issue 13, session 22, newscausal12 (docs/causal.md round 51): a participle split the tagger's role vote turns
around (``causal_tagging.directed_split``: "X staged a sit-in | , demanding Y" -> the participle the cause, the main
clause the effect) trims its new effect of a fronted adverbial as every other effect is (``turned_effect_trims``;
``causal_tagging._trim_turned_effect``).

Reading the news excerpts, "In response, Polish Prime Minister Donald Tusk has made a fervent appeal to NATO allies,
calling for ..." gave the effect "In response, ... has made a fervent appeal": the main clause had been the split's
cause, which keeps its fronted phrase, and turning the split around made it the effect untrimmed. Sentences are made
up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_tagging import _trim_turned_effect

from .causal_sentences import assert_shipped_on_default_off, claim_over, claim_pairs, extractor_with, settings_set
from .conftest import only_sentence


def test_shipped_on() -> None:
    assert_shipped_on_default_off("turned_effect_trims")


def _turned(text: str, main: str, participle: str) -> dict[str, Any]:
    """A turned split's claim over ``text``: the participle clause the cause, the main clause the effect."""
    return claim_over(text, participle, main)


@pytest.mark.parametrize(
    ("text", "main", "participle", "effect"),
    [
        (
            "On Monday, the nurses staged a sit-in outside the hospital, demanding higher wages.",
            "On Monday, the nurses staged a sit-in outside the hospital",
            "demanding higher wages",
            "the nurses staged a sit-in outside the hospital",
        ),
        (
            "In response, the mayor made an urgent appeal to the provinces, calling for more buses.",
            "In response, the mayor made an urgent appeal to the provinces",
            "calling for more buses",
            "the mayor made an urgent appeal to the provinces",
        ),
        (
            # a phrase the parse hangs on the clause after its comma, whatever word opens it (trim_fronted_parse)
            "The last time the depot closed, drivers blocked the main road, demanding their unpaid wages.",
            "The last time the depot closed, drivers blocked the main road",
            "demanding their unpaid wages",
            "drivers blocked the main road",
        ),
    ],
)
def test_turned_effect_loses_its_fronted_phrase(
    parse: Language, text: str, main: str, participle: str, effect: str
) -> None:
    sent = only_sentence(parse, text)
    on = extractor_with(trim_fronted=True, trim_fronted_parse=True)
    claim = _turned(text, main, participle)
    trimmed = _trim_turned_effect(on, sent, claim)
    assert trimmed["effect"] == effect
    assert text[trimmed["effect_start"] : trimmed["effect_end"]] == effect
    assert (trimmed["cause"], trimmed["cause_start"]) == (participle, claim["cause_start"])  # the cause untouched


def test_nothing_fronted_keeps_the_effect(parse: Language) -> None:
    text = "The nurses staged a sit-in outside the hospital, demanding higher wages."
    sent = only_sentence(parse, text)
    ex = extractor_with(trim_fronted=True, trim_fronted_parse=True)
    claim = _turned(text, "The nurses staged a sit-in outside the hospital", "demanding higher wages")
    assert _trim_turned_effect(ex, sent, claim) == claim


def test_the_effect_trims_off_keep_the_turned_effect(parse: Language) -> None:
    text = "On Monday, the nurses staged a sit-in outside the hospital, demanding higher wages."
    sent = only_sentence(parse, text)
    ex = extractor_with(trim_fronted=False, trim_fronted_parse=False)
    claim = _turned(text, "On Monday, the nurses staged a sit-in outside the hospital", "demanding higher wages")
    assert _trim_turned_effect(ex, sent, claim) == claim


def test_pipeline_turned_split(causal_nlp: Language) -> None:
    """End to end: the demand participle turned around is the cause, its main clause the effect without "On
    Monday"; with the switch off the effect kept it."""
    text = "On Monday, the nurses staged a sit-in outside the hospital, demanding higher wages and safer shifts."
    pairs = {}
    for on in (False, True):
        with settings_set(causal_nlp, turned_effect_trims=on):
            pairs[on] = claim_pairs(causal_nlp, text)
    cause = "demanding higher wages and safer shifts"
    assert pairs[True] == [(cause, "the nurses staged a sit-in outside the hospital")]
    assert pairs[False] == [(cause, "On Monday, the nurses staged a sit-in outside the hospital")]


# --- a causal verb's sides keep a trailing list of examples (``example_lists``, round 51)


def test_example_lists_shipped_on() -> None:
    assert_shipped_on_default_off("example_lists")


def _verb_pairs(parse: Language, text: str, on: bool) -> list[tuple[str, str]]:
    sent = only_sentence(parse, text)
    return [(c["cause"], c["effect"]) for c in extractor_with(shipped=True, example_lists=on).extract(sent)]


@pytest.mark.parametrize(
    ("text", "cause", "kept", "cut"),
    [
        (
            # the list on the object
            "The new levy had already generated anger, including complaints from farmers about the cost of fuel.",
            "The new levy",
            "anger, including complaints from farmers about the cost of fuel",
            "anger",
        ),
        (
            # the list hung on the verb after the object's own phrase
            "The closure of the mine sparked protests in several towns, including Tarnow and Rybnik.",
            "The closure of the mine",
            "protests in several towns, including Tarnow and Rybnik",
            "protests in several towns",
        ),
    ],
)
def test_effect_keeps_its_list_of_examples(parse: Language, text: str, cause: str, kept: str, cut: str) -> None:
    assert _verb_pairs(parse, text, True) == [(cause, kept)]
    assert _verb_pairs(parse, text, False) == [(cause, cut)]


def test_other_comma_phrases_still_end_the_effect(parse: Language) -> None:
    """Only "including" runs the effect on: a comma's participle or relative clause is no list of examples."""
    text = "The closure of the mine sparked protests in several towns, leaving the roads blocked."
    pairs = _verb_pairs(parse, text, True)
    assert ("The closure of the mine", "protests in several towns") in pairs


def test_redefine_is_a_causal_verb(parse: Language) -> None:
    """ "redefine" as "reshape" (markers.yml): the second verb of a coordinated pair gives its own claim."""
    text = "The accord is a step that could reshape the regional economy and redefine ties between the two ports."
    pairs = _verb_pairs(parse, text, True)
    assert ("a step", "the regional economy") in pairs
    assert ("a step", "ties between the two ports") in pairs
