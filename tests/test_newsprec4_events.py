"""Event shapes found by reading the news excerpts, round newsprec4 (issue 14, session 22; docs/events.md rule 110).

Each sentence is our own construction, none copied from the news excerpts, ConfliBERT, PLOVER or any evaluation
set. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). The fixed classes were coded otherwise before rule 110; the neighbours pin readings that must
not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 110a: a visit to a building in the visitor's own country went to a place, not to a party (fixed) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Macron visited a military hospital in Paris on Monday .",
        "On Tuesday , Erdogan visited the Ankara City Hospital in Ankara , where he met wounded soldiers .",
        "Merkel visited the Charite University Hospital in Berlin .",
        "The Spanish king visited a cathedral in Madrid on Sunday .",
    ],
)
def test_a_visit_to_a_building_at_home_is_no_event(rules_nlp: Language, text: str) -> None:
    events = asserted(rules_nlp, text)
    # before: the visitor -> its own country's HLH / EDU / REL role, 042 (FRA -> FRA ...)
    assert not any(code.startswith("04") and source == target for source, target, code in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building abroad is visited in its country: still a visit to that country
        ("The Indian prime minister visited a hospital in Bangladesh .", ("IND", "BGD", "042")),
        ("Erdogan visited Germany on Tuesday .", ("TUR", "DEU", "042")),
        ("Xi visited the Kremlin on Monday .", ("CHN", "RUS", "042")),
    ],
)
def test_a_visit_abroad_keeps_its_host(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    source, target, code = expected
    assert any(s == source and t == target and c[:2] == code[:2] for s, t, c in asserted(rules_nlp, text))


def test_an_attack_on_a_hospital_keeps_its_target(rules_nlp: Language) -> None:
    # 110a is for visits and meetings only: a strike on a building still falls on its country
    assert ("ISR", "PSE", "19") in {
        (s, t, c[:2]) for s, t, c in asserted(rules_nlp, "Israeli jets struck a hospital in Gaza .")
    }


# -- 110b: "X suggested that Y should do Z" is an appeal to Y (fixed) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Merkel suggested that Greece should accept the reforms .", "DEU", "GRC"),
        ("Erdogan suggested that Greece must withdraw its troops from the islands .", "TUR", "GRC"),
        ("The French minister recommended that Iran should return to the negotiating table .", "FRA", "IRN"),
        ("The German chancellor seemed to suggest that Serbia should recognize Kosovo .", "DEU", "SRB"),
    ],
)
def test_a_suggested_obligation_is_an_appeal(rules_nlp: Language, text: str, source: str, target: str) -> None:
    events = {(s, t, c[:2]) for s, t, c in asserted(rules_nlp, text)}
    assert (source, target, "02") in events  # before: no event
    assert not any(c == "10" for _, _, c in events)  # softer than a demand


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no obligation modal: a suggestion of what may happen, no appeal
        ("Merkel suggested that Greece could leave the euro .", ("DEU", "GRC", "02")),
        # a negated obligation is left to the main rules, as for "said" (no appeal)
        ("Erdogan suggested that Greece should not militarize the islands .", ("TUR", "GRC", "02")),
    ],
)
def test_a_suggestion_without_an_obligation_is_no_appeal(
    rules_nlp: Language, text: str, absent: tuple[str, str, str]
) -> None:
    assert absent not in {(s, t, c[:2]) for s, t, c in asserted(rules_nlp, text)}


def test_said_with_should_stays_a_demand(rules_nlp: Language) -> None:
    events = {(s, t, c[:2]) for s, t, c in asserted(rules_nlp, "Merkel said that Greece should accept the reforms .")}
    assert ("DEU", "GRC", "10") in events  # the speech verbs keep their demand (rule 9)
