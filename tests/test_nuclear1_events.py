"""Arms control and nuclear posture in 2025 wire style (issue 14, session 30, branch nuclear1; docs/events.md rule 233).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Expected codes
come from the CAMEO codebook: an offer to keep treaty limits is intent to cooperate (030), a threat to test or to
answer is 130 (138 with force), a deployment or show of force 15x, joint drills military cooperation (062 both
ways), inspectors let in 0862 (promised: 0355), barred 1245, cooperation halted 160. A test, drill, alert or
deployment that names no other party gets no invented target (no event); a threat or show of force made "in
response to" another party's act is aimed at that act's owner, never at a place inside the act. ``XFAIL`` keeps
the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


NUCLEAR1_SENTENCES: list[tuple[str, Events]] = [
    # New START: its lapse, offers to keep its limits
    ("Putin offered to keep observing the New START limits for one more year.", set()),
    (
        "Putin proposed to the United States that both sides keep to the New START limits for another year.",
        {("RUS", "USA", "030")},
    ),
    ("Russia offered the United States an extension of the New START treaty.", {("RUS", "USA", "030")}),
    ("Russia offered the United States a one-year extension of the New START limits.", {("RUS", "USA", "030")}),
    # nuclear tests ordered or threatened
    ("Trump ordered the Pentagon to start testing nuclear weapons.", set()),
    ("North Korea threatened to conduct a seventh nuclear test.", set()),
    ("Russia threatened to resume nuclear testing if the United States tested first.", {("RUS", "USA", "130")}),
    ("Russia threatened to resume nuclear tests in response to US tests.", {("RUS", "USA", "130")}),
    ("Russia threatened to resume nuclear tests in response to the US tests in Nevada.", {("RUS", "USA", "130")}),
    ("In response to the US tests, Russia threatened to resume nuclear testing.", {("RUS", "USA", "130")}),
    # missile deployments: a deployment "in" a country is toward it; a threat answers its owner
    ("Russia deployed Oreshnik missiles in Belarus.", {("RUS", "BLR", "150")}),
    ("Russia delivered Oreshnik missiles to Belarus.", {("RUS", "BLR", "072")}),
    (
        "Russia threatened to deploy missiles in response to the US deployment in Germany.",
        {("RUS", "USA", "138"), ("USA", "DEU", "150")},
    ),
    (
        "Moscow vowed to station new missiles in response to the American deployment in Germany.",
        {("RUS", "USA", "138"), ("USA", "DEU", "150")},
    ),
    (
        "China threatened countermeasures in response to the US deployment of missiles in Japan.",
        {("CHN", "USA", "130"), ("USA", "JPN", "150")},
    ),
    # weapons tests, drills and alerts with no other party: no invented target
    ("Russia tested its Burevestnik nuclear-powered cruise missile.", set()),
    ("Russia successfully tested the Poseidon underwater drone.", set()),
    ("North Korea test-fired a new intercontinental ballistic missile.", set()),
    ("North Korea fired a ballistic missile into the sea off its east coast.", set()),
    ("NATO began its annual nuclear exercise on Monday.", set()),
    ("Russia put its nuclear forces on high alert.", set()),
    ("Russia held nuclear drills with Belarus.", both("RUS", "BLR", "062")),
    ("Russia and Belarus began joint nuclear exercises.", both("RUS", "BLR", "062")),
    # Iran's enrichment and the IAEA's inspections
    ("Iran suspended its cooperation with the IAEA.", {("IRN", "IGO", "160")}),
    ("Iran agreed to restore cooperation with the IAEA.", both("IRN", "IGO", "030")),
    ("Iran allowed IAEA inspectors to visit the Bushehr plant.", {("IRN", "IGO", "0862")}),
    ("Iran allowed IAEA inspections at Fordow.", {("IRN", "IGO", "0862")}),
    ("Iran will allow IAEA inspections.", {("IRN", "IGO", "0355")}),
    ("Iran said it would allow IAEA inspections of its nuclear sites.", {("IRN", "IGO", "0355")}),
    ("Iran barred IAEA inspectors from its nuclear sites.", {("IRN", "IGO", "1245")}),
    ("Iran threatened to expel IAEA inspectors.", {("IRN", "IGO", "136")}),
    ("Iran said it would continue enriching uranium.", set()),
    ("Israel threatened to strike Iran's nuclear facilities.", {("ISR", "IRN", "138")}),
]

XFAIL: dict[str, str] = {
    "Russia offered the United States a one-year extension of the New START limits.": (
        "an extension of 'limits' names no agreement noun the offer reads as cooperation; making 'limit' an "
        "agreement noun would reach every price or speed limit"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(NUCLEAR1_SENTENCES, XFAIL))
def test_nuclear1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: the troops sent to a mission keep its host, answers with targets of their own keep them ------------

NUCLEAR1_CONTROLS: list[tuple[str, Events]] = [
    ("Germany sent troops to the NATO deployment in Lithuania.", {("DEU", "LTU", "150")}),
    ("Russia threatened to deploy missiles in response to the US deployment.", {("RUS", "USA", "138")}),
    ("Russia put its forces on alert in response to the NATO exercise in Finland.", {("RUS", "IGO", "152")}),
    (
        "The EU imposed sanctions in response to Russia's nuclear threats.",
        {("IGO", "RUS", "163"), ("RUS", "IGO", "130")},
    ),
    ("Russia threatened countermeasures.", set()),
    ("The nuclear test ban treaty was signed in 1996.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NUCLEAR1_CONTROLS)
def test_nuclear1_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
