"""An offer welcomed, a response made with a measure, a meeting in a fronted clause (issue 14, session 24, branch
respond1; docs/events.md rule 131).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed classes:
131a, an offer to meet or mediate welcomed by a party to it (before: 051 praise, or nothing in the passive); 131b, a
measure in the "with" phrase of a response told as done (before: no event, the measure had no source; "retaliated
... with a ban" the lexicon's 190); 131c, the main clause's subject hung as an apposition inside a fronted "Before
meeting Y, ..." phrase (before: no event in the sentence). The neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.parse_repair import rehang_fronted_subjects
from detente.nlp.pipeline import make_doc

from .event_sentences import asserted, before_stage, unnegated_events

# -- 131a: an offer welcomed by a party to it is taken up, as "accepted" takes it up ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India welcomed Pakistan's offer to host talks .", {("IND", "PAK", "036")}),
        ("Egypt welcomed Ethiopia's offer to mediate .", {("EGY", "ETH", "038")}),
        ("Kenya welcomed Uganda's offer of mediation .", {("KEN", "UGA", "038")}),
        ("Kenya welcomed an offer from Uganda to host peace talks .", {("KEN", "UGA", "036")}),
        ("Egypt has welcomed an invitation from Ethiopia to attend the summit .", {("EGY", "ETH", "036")}),
        # the passive, welcomed or accepted (before: 051 / no event)
        ("Pakistan's offer to host talks was welcomed by India .", {("IND", "PAK", "036")}),
        ("Ethiopia's offer to mediate was welcomed by Egypt .", {("EGY", "ETH", "038")}),
        ("Pakistan's offer to host talks was accepted by India .", {("IND", "PAK", "036")}),
        ("An invitation from Tokyo to visit Japan was accepted by South Korea .", {("KOR", "JPN", "036")}),
    ],
)
def test_offer_welcomed_by_a_party_is_taken_up(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 051 from the welcomer (or nothing in the passive)


@pytest.mark.parametrize(
    ("welcomed", "accepted"),
    [
        ("India welcomed Pakistan's offer to host talks .", "India accepted Pakistan's offer to host talks ."),
        ("Egypt welcomed Ethiopia's offer to mediate .", "Egypt accepted Ethiopia's offer to mediate ."),
        ("Kenya welcomed Uganda's offer of mediation .", "Kenya accepted Uganda's offer of mediation ."),
    ],
)
def test_welcomed_and_accepted_offers_agree(rules_nlp: Language, welcomed: str, accepted: str) -> None:
    assert asserted(rules_nlp, welcomed) == asserted(rules_nlp, accepted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outsider to the act offered praises it and takes nothing up; the offer, the welcome's object noun itself
        # (not below it: rule 56b keeps "condemned Y's invasion of Z"), is South Korea's with its own "between"
        # parties since rule 195g (session 28: before, the welcome's target, its own doer, was taken as its target)
        (
            "Japan has welcomed South Korea's offer to mediate between China and Taiwan .",
            {("JPN", "KOR", "051"), ("KOR", "CHN", "039"), ("KOR", "TWN", "039")},
        ),
        # the offerer's own act (aid) is not the welcomer's to take part in; a request or a decision commits to nothing
        ("India welcomed Pakistan's offer to send aid .", {("IND", "PAK", "051")}),
        ("Egypt welcomed Ethiopia's offer to help .", {("EGY", "ETH", "051")}),
        ("India welcomed Pakistan's request to hold talks .", {("IND", "PAK", "051")}),
        ("Egypt welcomed Ethiopia's decision to host talks .", {("EGY", "ETH", "051")}),
        ("Japan welcomed South Korea's offer .", {("JPN", "KOR", "051")}),
    ],
)
def test_welcomes_that_take_nothing_up_stay_praise(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 131b: a measure a response is made with is the responder's act, asserted and dated ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt responded to the dam with sanctions on Ethiopia .", {("EGY", "ETH", "163")}),
        ("China responded with tariffs on American goods .", {("CHN", "USA", "163")}),
        ("India responded to the attack by Pakistan with a ban on imports from Pakistan .", {("IND", "PAK", "163")}),
        ("Pakistan responded with a ban on Indian films .", {("PAK", "IND", "163")}),
        ("Egypt reacted to the vote with sanctions against Ethiopia .", {("EGY", "ETH", "163")}),
        ("Japan responded to South Korea with tariffs .", {("JPN", "KOR", "163")}),
        # the measure, not the lexicon's 190 of "retaliate" (before: both)
        ("Russia retaliated against Poland with a ban on Polish imports .", {("RUS", "POL", "163")}),
        # already coded where the parser hung "with" on the answered act: unchanged
        ("India responded to Pakistan's move with a ban on Pakistani imports .", {("IND", "PAK", "163")}),
        ("South Korea responded to Japan's export curbs with tariffs on Japanese goods .", {("KOR", "JPN", "163")}),
    ],
)
def test_measure_of_a_response_is_the_responders_act(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event (the measure had no source)


def test_measure_of_a_response_is_dated(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "China responded on Monday with tariffs on American goods .", "2024-05-01"))
    assert [(e["source"], e["target"], e["cameo"], e["date"]) for e in doc._.events] == [
        ("CHN", "USA", "163", "2024-04-29")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stated response stays rule 118a's threat on the verb; the measure is not asserted beside it
        ("Egypt threatened to respond with sanctions on Ethiopia .", {("EGY", "ETH", "1312", False)}),
        ("Egypt will respond to Ethiopia's move with sanctions .", {("EGY", "ETH", "1312", False)}),
        # a hedged one is hypothetical
        ("India may respond with a ban on Pakistani imports .", {("IND", "PAK", "163", True)}),
        # force keeps the force code
        ("India responded to the attack with air strikes on Pakistan .", {("IND", "PAK", "195", False)}),
    ],
)
def test_stated_or_hedged_responses_are_not_asserted_measures(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert unnegated_events(rules_nlp, text) == expected


def test_a_response_not_made_is_negated(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "China did not respond with tariffs on American goods .", "2024-05-01"))
    assert [(e["source"], e["target"], e["cameo"], e["negated"]) for e in doc._.events] == [("CHN", "USA", "163", True)]


# -- 131c: the meeting of a fronted "Before/After meeting Y," phrase, its doer the main clause's subject ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before meeting Pakistan's prime minister , India's foreign minister said the talks would be difficult .",
            {("IND", "PAK", "040"), ("PAK", "IND", "040")},
        ),
        (
            "After meeting Ethiopia's prime minister , Egypt's president condemned Sudan .",
            {("EGY", "ETH", "040"), ("ETH", "EGY", "040"), ("EGY", "SDN", "111")},
        ),
        (
            "Before meeting Japan's foreign minister , South Korea's foreign minister criticized North Korea .",
            {("KOR", "JPN", "040"), ("JPN", "KOR", "040"), ("KOR", "PRK", "111")},
        ),
    ],
)
def test_fronted_meeting_with_an_appositive_subject(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event at all ("said" had no subject)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parsed right already: the meeting asserted beside the main clause's act (unchanged)
        (
            "After talks with Japan , South Korea lifted the export curbs .",
            {("KOR", "JPN", "040"), ("JPN", "KOR", "040"), ("KOR", "JPN", "085")},  # export curbs: 085 (rule 317)
        ),
        (
            "After visiting Tokyo , the South Korean president criticized China .",
            {("KOR", "JPN", "042"), ("KOR", "CHN", "111")},
        ),
        (
            "Before meeting Pakistani officials , Indian officials said the talks would be difficult .",
            {("IND", "PAK", "040"), ("PAK", "IND", "040")},
        ),
    ],
)
def test_fronted_meetings_already_asserted(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_fronted_meeting_before_a_future_main_clause_is_an_intent(rules_nlp: Language) -> None:
    # the main clause lies ahead, so the meeting before it does too: the intent to meet, as "will meet" is
    text = "Before meeting Pakistan's prime minister , India's foreign minister will say the talks are difficult ."
    assert asserted(rules_nlp, text) == {("IND", "PAK", "036")}


def test_fronted_appositive_rehung_as_subject(rules_nlp: Language) -> None:
    text = "Before meeting Pakistan's prime minister , India's foreign minister said the talks would be difficult ."
    doc = before_stage(rules_nlp, text, "parse_repair")
    said = next(t for t in doc if t.lower_ == "said")
    assert rehang_fronted_subjects(doc, frozenset(range(len(doc)))) == 1
    subject = next(c for c in said.children if c.dep_ == "nsubj")
    assert doc[subject.left_edge.i : subject.i + 1].text == "India's foreign minister"


def test_true_appositive_with_a_subject_is_left(rules_nlp: Language) -> None:
    # the verb has its subject: an apposition in the fronted phrase stays one
    text = "After meeting Kenya's president , William Ruto , Uganda's president signed a deal ."
    doc = before_stage(rules_nlp, text, "parse_repair")
    root = next(t for t in doc if t.dep_ == "ROOT")
    if any(c.dep_ == "nsubj" for c in root.children):
        assert rehang_fronted_subjects(doc, frozenset(range(len(doc)))) == 0
