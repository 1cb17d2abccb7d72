"""Issue 14, session 16, repair10: a pronoun in a relative clause that opens with a preposition ("a statement in
which it urged Y to ...") refers as it would in the clause of the noun the relative hangs on, when that noun is
the clause's object: to its subject, the document's issuer (docs/actors.md, ``_prepositional_relative``).

Every sentence is our own construction.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded


@pytest.mark.parametrize(
    ("text", "pronoun", "code", "event"),
    [
        (
            "China issued a statement in which it urged Japan to withdraw its forces .",
            "it",
            "CHN",
            ("CHN", "JPN", "02"),
        ),
        (
            "Turkey published a communique , in which it called on Greece to resume talks .",
            "it",
            "TUR",
            ("TUR", "GRC", "02"),
        ),
        (
            "Egypt's foreign ministry issued a statement in which it condemned Israel .",
            "it",
            "EGYGOV",
            ("EGY", "ISR", "11"),
        ),
        (
            "China released a statement in which its foreign ministry urged Japan to halt the drills .",
            "its",
            "CHN",
            ("CHN", "JPN", "02"),
        ),
        (
            "Russian troops entered a village in which they arrested Ukrainian officials .",
            "they",
            "RUSMIL",
            ("RUS", "UKR", "17"),
        ),
    ],
)
def test_the_pronoun_of_a_prepositional_relative_is_the_issuer(
    rules_nlp: Language, text: str, pronoun: str, code: str, event: tuple[str, str, str]
) -> None:
    mentions, events = coded(rules_nlp, text, full_codes=True)
    assert mentions.get(pronoun) == code
    assert event in {(s[:3], t[:3], c) for s, t, c in events}


@pytest.mark.parametrize(
    "text",
    [
        # another actor of the issuing clause competes: the statement is Chinese, its issuer Japan's object
        "Japan rejected a Chinese statement in which it urged Tokyo to halt the drills .",
        # a person is no "it"
        "Xi Jinping issued a statement in which it urged Japan to halt the drills .",
        # the relative word is the clause's object, not a preposition's: the clause stays closed
        "China issued a statement that it drafted with Japan .",
        # a relative on a preposition's object, not on the clause's object
        "Peru protested over the raids in which it lost two soldiers .",
    ],
)
def test_other_relatives_and_competing_actors_stay_unresolved(rules_nlp: Language, text: str) -> None:
    mentions, _ = coded(rules_nlp, text, full_codes=True)
    assert "it" not in mentions
