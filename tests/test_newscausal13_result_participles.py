"""Issue 13, session 22, newscausal13 (docs/causal.md round 53): a trailing participle that tells what its main clause
brought about (a causal verb, a verb of harm, markers.yml `result_participles`: "X proposed an extension | , offering a
reprieve") keeps the split main clause -> participle where the tagger's role vote would turn it around
(``result_participles_keep``; ``causal_tagging.directed_split`` / ``_tells_result``). A demand's or protest's participle
("..., demanding higher wages") still turns: CNC marks it as the cause. Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_markers import load_lexicon
from detente.nlp.causal_tagging import _result_turns, directed_split, result_split

from .causal_sentences import assert_shipped_on_default_off, claim_over, extractor_with
from .conftest import only_sentence


def test_shipped_on() -> None:
    assert_shipped_on_default_off(
        "result_participles_keep", "result_participles_over_tag", "result_participles_turn_tags"
    )


def test_lexicon_lists_result_participles() -> None:
    lex = load_lexicon()
    assert {"offer", "give", "provide"} <= lex.result_participles
    assert not {"demand", "protest", "seek", "call", "urge"} & lex.result_participles


def _split(text: str, main: str, participle: str) -> dict[str, Any]:
    """The implicit split's claim over ``text``: the main clause the cause, the participle clause the effect."""
    return claim_over(text, main, participle, implicit=True)


def _against(text: str, main: str, participle: str) -> list[tuple[int, int, float]]:
    """Role log-odds that read the participle as the cause and the main clause as the effect (a vote below 0)."""
    a, b = text.index(main), text.index(participle)
    return [(a, a + len(main), -2.0), (b, b + len(participle), 2.0)]


@pytest.mark.parametrize(
    ("text", "main", "participle"),
    [
        (
            "The council has proposed a six-month delay of the new levy, offering a short reprieve to small farms.",
            "The council has proposed a six-month delay of the new levy",
            "offering a short reprieve to small farms",
        ),
        (
            "The storm cut power to the northern districts, leaving thousands of homes without heat.",
            "The storm cut power to the northern districts",
            "leaving thousands of homes without heat",
        ),
        (
            "The floods washed away the main bridge, forcing the villagers to use boats.",
            "The floods washed away the main bridge",
            "forcing the villagers to use boats",
        ),
    ],
)
def test_result_participle_keeps_its_direction(parse: Language, text: str, main: str, participle: str) -> None:
    sent = only_sentence(parse, text)
    claim = _split(text, main, participle)
    roles = _against(text, main, participle)
    on = extractor_with(result_participles_keep=True)
    off = extractor_with(result_participles_keep=False)
    assert directed_split(on, sent, claim, roles, 0.0) == claim
    turned = directed_split(off, sent, claim, roles, 0.0)
    assert (turned["cause"], turned["effect"]) == (participle, main)  # before the round: turned around


def test_demand_participle_still_turns(parse: Language) -> None:
    text = "The nurses staged a sit-in outside the hospital, demanding higher wages."
    main, participle = "The nurses staged a sit-in outside the hospital", "demanding higher wages"
    sent = only_sentence(parse, text)
    claim = _split(text, main, participle)
    on = extractor_with(result_participles_keep=True)
    turned = directed_split(on, sent, claim, _against(text, main, participle), 0.0)
    assert (turned["cause"], turned["effect"]) == (participle, main)


def test_vote_for_the_split_keeps_it_either_way(parse: Language) -> None:
    text = "The nurses staged a sit-in outside the hospital, demanding higher wages."
    main, participle = "The nurses staged a sit-in outside the hospital", "demanding higher wages"
    sent = only_sentence(parse, text)
    claim = _split(text, main, participle)
    a, b = text.index(main), text.index(participle)
    roles = [(a, a + len(main), 2.0), (b, b + len(participle), -2.0)]
    on = extractor_with(result_participles_keep=True)
    assert directed_split(on, sent, claim, roles, 0.0) == claim


@pytest.mark.parametrize(
    ("text", "main", "participle", "expected"),
    [
        (
            "The council has proposed a six-month delay of the new levy, offering a short reprieve to small farms.",
            "The council has proposed a six-month delay of the new levy",
            "offering a short reprieve to small farms",
            True,
        ),
        (
            "The nurses staged a sit-in outside the hospital, demanding higher wages.",
            "The nurses staged a sit-in outside the hospital",
            "demanding higher wages",
            False,
        ),
    ],
)
def test_result_split(parse: Language, text: str, main: str, participle: str, expected: bool) -> None:
    """What ``_split_over_tag`` asks before it lets a kept split go before the tagger's pair."""
    sent = only_sentence(parse, text)
    ex = extractor_with(result_participles_keep=True)
    assert result_split(ex, sent, _split(text, main, participle)) is expected
    turned = _split(text, main, participle)
    for x, y in (("cause", "effect"), ("cause_start", "effect_start"), ("cause_end", "effect_end")):
        turned[x], turned[y] = turned[y], turned[x]
    assert result_split(ex, sent, turned) is False  # only main clause -> participle


def test_tagger_pair_with_a_result_participle_cause_turned(parse: Language) -> None:
    """A tagger pair "offering a reprieve -> The council has proposed a delay" turned around; a demand's stays."""
    text = "The council has proposed a six-month delay of the new levy, offering a short reprieve to small farms."
    main, participle = (
        "The council has proposed a six-month delay of the new levy",
        "offering a short reprieve to small farms",
    )
    sent = only_sentence(parse, text)
    tagged = _split(text, participle, main)  # the tagger's reading: the participle the cause
    tagged.pop("implicit")
    on = extractor_with(result_participles_turn_tags=True)
    off = extractor_with(result_participles_turn_tags=False)
    (turned,) = _result_turns(on, sent, [tagged])
    assert (turned["cause"], turned["effect"]) == (main, participle)
    assert text[turned["cause_start"] : turned["cause_end"]] == main
    assert _result_turns(off, sent, [tagged]) == [tagged]
    demand = "The nurses staged a sit-in outside the hospital, demanding higher wages."
    d_sent = only_sentence(parse, demand)
    d_tagged = _split(demand, "demanding higher wages", "The nurses staged a sit-in outside the hospital")
    assert _result_turns(on, d_sent, [d_tagged]) == [d_tagged]
