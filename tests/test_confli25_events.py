"""ConfliBERT train error classes, round (issue 14, session 23, confli25; docs/events.md rule 123).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). 123a: the act of a
claim's that-clause or "of" gerund is not asserted when a rejection verb has the claim as its object; 123c: a
sentence-final speaker phrase the parser hung inside the first clause is given back to the speech verb, so its
actor is no party of the first clause's act. The neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.parse_repair import packaged_data, rehang_split_speakers

from .event_sentences import asserted, before_stage

# -- 123a: a rejected claim's act is not asserted (fixed) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Greece refuted reports that its coast guard had fired on Turkish boats .", ("GRC", "TUR", "190")),
        ("Chile rejected allegations that its navy had attacked Peruvian fishermen .", ("CHL", "PER", "190")),
        ("The Red Crescent has rejected accusations that it had used its trucks to aid the rebels in Goma .", None),
    ],
)
def test_rejected_claims_act_is_not_asserted(rules_nlp: Language, text: str, act: tuple[str, str, str] | None) -> None:
    events = asserted(rules_nlp, text)
    if act is not None:
        assert act not in events  # before: the act asserted
    assert not any(code.startswith(("07", "19")) for _, _, code in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile said that its navy had attacked Peruvian fishermen .", ("CHL", "PER", "190")),  # a report: asserted
        ("Chile rejected Peru 's request to send troops to the border .", ("CHL", "PER", "120")),  # a refusal
        ("Chile rejected accusations by Peru .", ("CHL", "PER", "016")),  # the claim's owner: a denial
    ],
)
def test_reports_requests_and_bare_rejections_stay(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted(rules_nlp, text)


# -- 123b: condolences, sympathy and congratulations sent are words, not aid (fixed) ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malian president sent his sincere sympathy to the Nigerien government and people .", "018"),
        ("The Malian president sent condolences to the Nigerien government .", "018"),
        ("The Malian president sent his congratulations to the Nigerien president .", "051"),
    ],
)
def test_sent_condolences_are_no_aid(rules_nlp: Language, text: str, expected: str) -> None:
    assert asserted(rules_nlp, text) == {("MLI", "NER", expected)}  # before: MLI -> NER 070


def test_sent_goods_stay_aid(rules_nlp: Language) -> None:
    assert ("MLI", "NER", "073") in asserted(rules_nlp, "Mali sent medicine to Niger .")  # 070 before rule 158


# -- 123c: a final speaker phrase hung inside the first clause (fixed) ---------------------------------------------

SPLIT_SPEAKER = "Sudanese rebels have freed 40 hostages, the UN's refugee agency UNHCR has said."


def test_final_speaker_is_no_party_of_the_reported_act(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, SPLIT_SPEAKER)
    assert not any("IGO" in (s, t) for s, t, _ in events)  # before: SDN -> IGO 0841 (the UN read as released)


def test_split_speaker_is_rehung_on_the_speech_verb(rules_nlp: Language) -> None:
    doc = before_stage(rules_nlp, SPLIT_SPEAKER, "parse_repair")
    actors = frozenset(i for span in doc.spans["actors"] for i in range(span.start, span.end))
    assert rehang_split_speakers(doc, packaged_data().final_speaker_verbs, actors) == 1
    said = next(t for t in doc if t.lower_ == "said")
    agency = next(t for t in doc if t.lower_ == "agency")
    assert agency.head == said and agency.dep_ == "nsubj"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ugandan troops attacked Congolese rebels near the border, the Kenyan foreign ministry said.",
            ("UGA", "COD", "190"),
        ),
        ("Somali pirates have released 20 Indian sailors , India 's foreign ministry said .", ("SOM", "IND", "0841")),
    ],
)
def test_well_parsed_speakers_leave_the_act_alone(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted(rules_nlp, text)
