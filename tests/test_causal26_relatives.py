"""Round 29 of issue 13 (docs/causal.md): what a relative pronoun stands for (``causal_parse.relative_phrase``).

- A passive relative with a by-agent ("X, which was damaged by Y") is said of a noun phrase, never of the clause
  before it: the effect is the noun phrase up to the pronoun, not the main clause. Where the verb's number skips the
  nearest noun ("the hearings on a tax for the sector, which were ..."), the noun it agrees with, up the phrase.
- A relative whose nearest noun phrase names only a time or place ("a march staged by students in January, which
  caused X") is said of the noun that phrase dates or places.
- Other relatives keep their reading: a subject's relative its noun, a sentential ", which" after an object the
  clause before it; a date hanging from a verb leaves that choice as it was.

Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_parse import relative_phrase
from detente.nlp.causal_rules import Extractor
from tests.conftest import only_sentence


def pairs(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    found: list[dict[str, Any]] = extractor.extract(only_sentence(parse, text))
    return [(c["cause"], c["effect"], c["signal"]) for c in found]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        # the relative's noun is the effect, not "Shipping stalled after the pipeline"
        ("Shipping stalled after the pipeline, which was damaged by the storm, closed.", "the storm", "the pipeline"),
        ("Farmers protested the tax, which was caused by the budget deficit.", "the budget deficit", "the tax"),
        (
            "The government blamed the floods, which were caused by heavy rain, for the losses.",
            "heavy rain",
            "the floods",
        ),
        # "were" skips the singular "sector" and "tax" for the plural "hearings"
        (
            "The board delayed hearings on a new tax for the farm sector, which were prompted by violent protests.",
            "violent protests",
            "hearings on a new tax for the farm sector",
        ),
        # "were" after a coordination: all of it
        (
            "Residents blamed the flood and the landslide, which were caused by heavy rain.",
            "heavy rain",
            "the flood and the landslide",
        ),
        # a restrictive relative: its noun, as before
        ("Officials lifted the sanctions that were triggered by the invasion.", "the invasion", "the sanctions"),
    ],
)
def test_a_passive_relative_is_said_of_its_noun(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    assert (cause, effect) in [(c, e) for c, e, _ in pairs(parse, extractor, text)]


def test_a_date_before_the_relative_stands_for_the_noun_it_dates(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "Farmers blamed a march staged by students in January, which caused long delays.")
    assert ("a march staged by students in January", "long delays", "caused") in found


def test_other_relatives_keep_their_reading(parse: Language, extractor: Extractor) -> None:
    # a subject's relative: its noun
    found = pairs(parse, extractor, "The invasion, which triggered sanctions, began in February.")
    assert ("The invasion", "sanctions", "triggered") in found
    # a date in the verb's clause: the clause before the comma, as before (not "29 September")
    found = pairs(parse, extractor, "The city started releasing water from 29 September, which led to protests.")
    assert [c for c, _, s in found if s == "led to"] == ["releasing water from 29 September"]
    # no noun agrees with "was" up the phrase ("in" hangs from the verb): the sentential reading, as before
    found = pairs(parse, extractor, "Traders ignored the rally in bonds, which was sparked by the rate cut.")
    assert ("the rate cut", "Traders ignored the rally in bonds", "sparked by") in found


def test_relative_phrase_only_answers_for_its_two_shapes(parse: Language) -> None:
    sent = only_sentence(parse, "Residents fled the fighting, which caused widespread damage.")
    which = next(t for t in sent if t.lower_ == "which")
    assert relative_phrase(which) is None  # an active relative on an event noun: left to the sentential rule
    sent = only_sentence(parse, "Farmers protested the tax, which was caused by the budget deficit.")
    which = next(t for t in sent if t.lower_ == "which")
    phrase = relative_phrase(which)
    assert phrase is not None and sent.doc[phrase[0] : phrase[1]].text == "the tax"
