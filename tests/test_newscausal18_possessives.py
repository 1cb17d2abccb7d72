"""Issue 13, session 24, newscausal18 (docs/causal.md round 59): a side cut at a spaced possessive.

News text written with a typographic apostrophe set off by spaces ("China ’ s intervention") parses as three tokens,
and the parse often breaks the noun phrase there ("s" read as a verb's auxiliary or a plural noun), so a cause or
effect built from the parse or the tagger stops at the possessor ("demanding the arrest of those arrested in last
week | ’ s clash"). ``possessive_spans`` runs such a side on over the possessed noun phrase
(``causal_parse.possessed_end``), never into the other side. Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.causal_parse import possessed_end

from .causal_sentences import assert_shipped_on_default_off
from .conftest import claims_at, only_sentence


def _index(sent: Any, word: str) -> int:
    return next(t.i for t in sent if t.text == word)


def test_shipped_on() -> None:
    assert_shipped_on_default_off("possessive_spans")


def test_possessed_phrase_runs_to_its_head_and_dependents(parse: Language) -> None:
    sent = only_sentence(parse, "They marched against the council ’ s new plan for the harbour, officials said.")
    end = possessed_end(sent.doc, _index(sent, "council"), sent.end)
    assert end is not None
    # over the modifiers to the head noun and its own phrase, not past the comma
    assert sent.doc[end].text == "harbour"


def test_possessed_phrase_stops_at_the_limit(parse: Language) -> None:
    sent = only_sentence(parse, "They marched against the council ’ s new plan for the harbour.")
    limit = _index(sent, "for")  # e.g. where the other side starts
    end = possessed_end(sent.doc, _index(sent, "council"), limit)
    assert end is not None and sent.doc[end].text == "plan"


def test_no_spaced_possessive_no_change(parse: Language) -> None:
    sent = only_sentence(parse, "They marched against the council's new plan.")
    assert possessed_end(sent.doc, _index(sent, "council"), sent.end) is None
    sent = only_sentence(parse, "They marched against the council and its new plan.")
    assert possessed_end(sent.doc, _index(sent, "council"), sent.end) is None


def _pairs(component: Language, text: str, on: bool) -> list[tuple[str, str]]:
    claims = claims_at(component, text, 0.9, None, possessive_spans=on)
    for c in claims:  # the offsets slice the text exactly
        assert text[c["cause_start"] : c["cause_end"]] == c["cause"]
        assert text[c["effect_start"] : c["effect_end"]] == c["effect"]
    return [(c["cause"], c["effect"]) for c in claims]


def test_a_cause_cut_at_the_possessor_runs_on(linear_causal: Language) -> None:
    text = "Farmers blocked the highway demanding the release of those arrested in last week ’ s clash ."
    off = _pairs(linear_causal, text, False)
    on = _pairs(linear_causal, text, True)
    # without the tagger (no reading given) the clause split reads it act -> demand; the side is what is checked
    cut = "demanding the release of those arrested in last week"
    assert any(cut in pair for pair in off)
    assert any(f"{cut} ’ s clash" in pair for pair in on) and not any(cut in pair for pair in on)
    assert len(on) == len(off)


def test_a_whole_phrase_is_left_as_it_is(linear_causal: Language) -> None:
    text = "Hundreds of teachers held a rally against the ministry ’ s plan to close rural schools ."
    assert _pairs(linear_causal, text, True) == _pairs(linear_causal, text, False)
