"""Stated retaliation threats and a repeated title after a fronted phrase (issue 14, session 23, branch speaker1;
docs/events.md rule 118).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Every fixed class
gave no event, or a threat of force, before rule 118; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded

# -- 118a: a stated response or retaliation is a threat toward the party whose act it answers (fixed) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quotation's "we" is its speaker (rule 112a); the owner of the sanctions is the target
        ('Lavrov said: "We will respond to any new US sanctions."', ("RUS", "USA", "130")),
        ('Lavrov said: "We will respond to new sanctions from Washington."', ("RUS", "USA", "130")),
        ('"We will respond to the American tariffs," Peskov told reporters.', ("RUS", "USA", "130")),
        # no force named: 130, not the 138 that retaliate's 190 gave under a stated intent
        ("The Kremlin warned it would retaliate against Washington.", ("RUS", "USA", "130")),
        ("China vowed to retaliate against the new US tariffs.", ("CHN", "USA", "130")),
        ("China said it would retaliate against Japan.", ("CHN", "JPN", "130")),
        ("China will respond to the Japanese provocations.", ("CHN", "JPN", "130")),
        ("Pyongyang is ready to respond to any US provocation.", ("PRK", "USA", "130")),
        # no "to" phrase: the act the speaker's participle refers to is what is answered
        ('"Moscow will respond harshly," Peskov told reporters, referring to the US tariffs.', ("RUS", "USA", "130")),
        ("China will retaliate, the ministry said, referring to the new US tariffs.", ("CHN", "USA", "130")),
        # a word of force on the response: a threat of force
        ("Iran vowed to respond militarily to any Israeli attack.", ("IRN", "ISR", "138")),
        ("Iran warned it would retaliate with force against Israel.", ("IRN", "ISR", "138")),
    ],
)
def test_stated_response_is_a_threat(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = asserted(rules_nlp, text)
    assert expected in events
    # one threat toward the answered party, no threat of force where no force is named
    assert {c for s, t, c in events if (s, t) == expected[:2] and c.startswith("13")} == {expected[2]}


@pytest.mark.parametrize(
    "text",
    [
        # no party named as the one answered: no target, no event (never invented)
        'Lavrov said: "We will respond to any new sanctions."',
        "The Kremlin warned it would retaliate.",
        'Lavrov said: "We will respond."',
        # a party inside the act answered is not its doer: sanctions on Iran, an attack on Syria
        'Lavrov said: "We will respond to any new sanctions on Iran."',
        "Iran will respond to the attack on Syria.",
        # a reply to a letter, a request or questions is no threat
        "Kenya will respond to the letter from Uganda.",
        "Kenya will respond to the request from Uganda.",
        "Kenya will respond soon, the minister said, referring to the letter from Uganda.",
    ],
)
def test_response_with_no_answered_party_or_no_hostile_act_is_no_threat(rules_nlp: Language, text: str) -> None:
    events = asserted(rules_nlp, text)
    assert not any(c.startswith("13") for _, _, c in events)
    assert not {("IRN", "SYR"), ("RUS", "IRN"), ("KEN", "UGA")} & {(s, t) for s, t, _ in events}


def test_done_retaliation_keeps_its_reading(rules_nlp: Language) -> None:
    # a past retaliation is no stated threat: the lexicon's reading stays
    assert ("CHN", "USA", "190") in asserted(rules_nlp, "China retaliated against the US tariffs.")


# -- 118b: a repeated title after a fronted phrase takes the titled person just named (fixed) ----------------------


@pytest.mark.parametrize(
    ("text", "holder", "expected"),
    [
        (
            "U.S. President Donald Trump spoke to aides on Monday. By hosting Putin on U.S. soil, the president "
            "signalled a shift.",
            "USAGOV",
            {("USA", "RUS", "043")},
        ),
        (
            "German Chancellor Olaf Scholz arrived in Turkey on Sunday. After meeting Erdogan in Ankara, the "
            "chancellor flew home.",
            "DEUGOV",
            {("DEU", "TUR", "040"), ("TUR", "DEU", "040")},
        ),
        (
            "French President Emmanuel Macron arrived in Algiers. After meeting Tebboune, the president flew home.",
            "FRAGOV",
            {("FRA", "DZA", "040"), ("DZA", "FRA", "040")},
        ),
    ],
)
def test_title_after_fronted_gerund_takes_its_holder(
    rules_nlp: Language, text: str, holder: str, expected: set[tuple[str, str, str]]
) -> None:
    mentions, events = coded(rules_nlp, text, full_codes=True)
    title = [w for w in mentions if w in ("president", "chancellor")]
    assert title and mentions[title[0]] == holder  # before: uncoded
    assert expected <= {(s[:3], t[:3], c) for s, t, c in asserted(rules_nlp, text)}
    assert events  # the gerund's contact is now coded


@pytest.mark.parametrize(
    "text",
    [
        # no holder in the document: never resolved (no invented facts)
        "By hosting Putin on U.S. soil, the president signalled a shift.",
        "After meeting Erdogan in Ankara, the chancellor flew home.",
        # the holder named without the title: the text does not say he holds it
        "Trump spoke to aides on Monday. By hosting Putin on U.S. soil, the president signalled a shift.",
        # a second holder of the title named in the fronted phrase itself
        "French President Emmanuel Macron arrived in Washington. After meeting President Biden, the president "
        "said trade must be fair.",
        # (a line break no longer ends the reach of a title: rule 132 takes the holder the document named last,
        # tests/test_title2_titles.py)
    ],
)
def test_title_after_fronted_phrase_unresolved_without_one_holder(rules_nlp: Language, text: str) -> None:
    mentions, _ = coded(rules_nlp, text)
    assert not any(w in ("president", "chancellor") for w in mentions)


def test_fronted_phrase_does_not_lend_a_country_to_a_bare_ministry(rules_nlp: Language) -> None:
    # only a repeated title reaches back past a fronted phrase, which may name a party of its own
    mentions, _ = coded(
        rules_nlp, "Russia expelled two diplomats. After talks with China, the ministry said it would act."
    )
    assert "ministry" not in mentions
