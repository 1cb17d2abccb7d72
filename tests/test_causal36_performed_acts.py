"""Issue 13, session 20, causal36 (docs/causal.md round 45): a subject split cut again after its verb keeps the act
the subject performs with the verb (``split_keeps_performed_acts``; ``causal_tagging.performed_act``).

Round 8's ``directed_split`` reads a verb's object as the reason of a subject -> predicate split when the tagger votes
the other way ("The teachers are protesting | the new pension rules"). Where the object is itself the act the subject
performs (markers.yml ``contention_words``: "staged | a protest", "went | on strike") that made the act its own
cause; with the switch on the act stays in the effect, what follows it is the reason, and with nothing after it the
split stays as it was. Sentences are made up for the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Span

from detente.nlp.causal_markers import load_lexicon
from detente.nlp.causal_tagging import directed_split, performed_act

from .causal_sentences import assert_shipped_on_default_off, settings_set
from .conftest import only_sentence


@pytest.fixture()
def switch_on(causal_nlp: Language) -> Iterator[None]:
    with settings_set(causal_nlp, split_keeps_performed_acts=True):
        yield


def test_shipped_on() -> None:
    assert_shipped_on_default_off("split_keeps_performed_acts")


def roles_reading(sent: Span, cause_text: str, effect_text: str) -> list[tuple[int, int, float]]:
    """+4 inside ``cause_text``, -4 inside ``effect_text``, 0 elsewhere, one per token (offsets into sent.text)."""
    c0, e0 = sent.text.index(cause_text), sent.text.index(effect_text)
    out = []
    for t in sent:
        a = t.idx - sent.start_char
        inside_cause = c0 <= a < c0 + len(cause_text)
        out.append((a, a + len(t.text), 4.0 if inside_cause else -4.0 if e0 <= a < e0 + len(effect_text) else 0.0))
    return out


def _checked(nlp: Language, text: str, cause: str, effect: str) -> tuple[dict, dict]:
    sent = only_sentence(nlp, text)
    comp = nlp.get_pipe("causal_extractor")
    (split,) = comp.extractor.fallback(sent, True, True)
    return split, directed_split(comp.extractor, sent, split, roles_reading(sent, cause, effect), 0.0)


def test_performed_act_reads_an_object_or_a_prepositional_object(causal_nlp: Language) -> None:
    acts = load_lexicon().contention_words
    doc = causal_nlp("The nurses staged a protest over the unpaid salaries.")
    assert (act := performed_act(doc[4], acts)) is not None and act.text == "protest"
    doc = causal_nlp("The dock workers went on strike over the new shift rules.")
    assert (act := performed_act(doc[4], acts)) is not None and act.text == "strike"
    doc = causal_nlp("The council raised the tax on imported cars.")
    assert performed_act(doc[4], acts) is None  # "tax": no act of contention


def test_off_the_act_is_read_as_its_own_reason(causal_nlp: Language) -> None:
    text = "The nurses staged a protest over the unpaid salaries."
    with settings_set(causal_nlp, split_keeps_performed_acts=False):
        split, checked = _checked(causal_nlp, text, "a protest over", "The nurses staged")
    assert split["cause"] == "The nurses"
    assert checked["cause"].startswith("a protest")
    assert checked["effect"] == "The nurses staged"


@pytest.mark.usefixtures("switch_on")
def test_on_what_follows_the_act_is_the_reason(causal_nlp: Language) -> None:
    text = "The nurses staged a protest over the unpaid salaries."
    _, checked = _checked(causal_nlp, text, "a protest over", "The nurses staged")
    assert checked["effect"] == "The nurses staged a protest"
    assert "unpaid salaries" in checked["cause"] and "protest" not in checked["cause"]
    text = "The dock workers went on strike over the new shift rules."
    _, checked = _checked(causal_nlp, text, "on strike over", "The dock workers went")
    assert checked["effect"] == "The dock workers went on strike"
    assert "new shift rules" in checked["cause"] and "strike" not in checked["cause"]


@pytest.mark.usefixtures("switch_on")
def test_on_an_act_with_nothing_after_it_keeps_the_split(causal_nlp: Language) -> None:
    split, checked = _checked(causal_nlp, "The angry nurses staged a protest.", "a protest", "The angry nurses")
    assert checked == split


@pytest.mark.usefixtures("switch_on")
def test_on_an_object_that_is_no_act_is_still_the_reason(causal_nlp: Language) -> None:
    text = "The teachers are protesting the new pension rules."
    split, checked = _checked(causal_nlp, text, "the new pension rules", "The teachers")
    assert (checked["cause"], checked["effect"]) == ("the new pension rules", "The teachers are protesting")
