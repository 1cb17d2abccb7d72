"""A later date of another clause no longer makes a done act hypothetical (issue 14, session 17; docs/events.md
rule 58a).

Each sentence is our own construction, none copied from the news excerpts or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``; publication date
2024-05-01). Before rule 58a, a date after publication anywhere below a verb trigger (an absolute "with" clause, a
relative clause, an infinitive) or in an absolute clause beside a noun trigger dated the act and made it
hypothetical ("it cannot have happened yet"); the neighbours pin the readings that must not move.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .event_sentences import asserted

PUBLISHED = "2024-05-01"


def events_of(nlp: Language, text: str) -> list[dict[str, Any]]:
    return list(nlp(make_doc(nlp, text, published=PUBLISHED))._.events or [])


# -- 58a: a done act keeps its assertion when a later date belongs to another clause (fixed) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an absolute "with" clause after the main clause
        (
            "China signed a trade deal with Brazil , with the EU planning new tariffs by 2027 .",
            {("CHN", "BRA", "057"), ("BRA", "CHN", "057")},
        ),
        ("Turkey sent aid to Syria , with Germany promising more help by 2027 .", {("TUR", "SYR", "070")}),
        (
            "Japan held talks with Vietnam , with both sides aiming for a free trade deal by 2028 .",
            {("JPN", "VNM", "040"), ("VNM", "JPN", "040")},
        ),
        ("The EU imposed sanctions on Russia , with the ban taking effect in 2027 .", {("IGO", "RUS", "163")}),
        # a recalled attack in a clause of its own, the later date in an absolute clause of the sentence
        (
            "Iran is eager to expand the port as oil sales to Europe fall after its attack on Israel , "
            "with the EU planning a full embargo by 2027 .",
            {("IRN", "ISR", "190")},
        ),
        # a relative clause on the object: the deal takes effect later, it was signed now
        (
            "China signed a trade deal with Brazil that takes effect in 2027 .",
            {("CHN", "BRA", "057"), ("BRA", "CHN", "057")},
        ),
        # the promise is made now; the delivery it promises is later
        # rule 155: codebook 0332 "Express intent to provide military aid" (was 033)
        ("Germany pledged to deliver tanks to Poland by 2027 .", {("DEU", "POL", "0332")}),
    ],
)
def test_later_date_of_another_clause_leaves_the_act_asserted(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: the same events, hypothetical (dated 2027 / 2028)


def test_the_act_takes_the_publication_date_not_the_other_clauses(rules_nlp: Language) -> None:
    events = events_of(rules_nlp, "Egypt signed a gas deal with Israel , with deliveries due to start in 2026 .")
    assert events and all(e["date"] == PUBLISHED and e["date_how"] == "document" for e in events)
    assert not any(e["hypothetical"] for e in events)  # before: dated 2026, hypothetical


# -- neighbours that must not move --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "France signed a defence pact with India in 2027 .",  # the act's own clause dates it later: not yet done
        "Egypt will hold talks with Israel in March 2027 , officials said .",
    ],
)
def test_own_later_date_still_makes_the_act_not_yet_done(rules_nlp: Language, text: str) -> None:
    assert not {c for _, _, c in asserted(rules_nlp, text) if c[:2] in ("04", "05")}


def test_stated_intent_with_a_later_date_is_todays_act(rules_nlp: Language) -> None:
    # rule 14's exception: "will sign ... in 2027" states the intent now (03x), as before
    assert asserted(rules_nlp, "China will sign a trade deal with Brazil in 2027 .") == {("CHN", "BRA", "030")}


def test_the_trigger_clause_date_wins_over_a_date_below_it(rules_nlp: Language) -> None:
    # the verb's own date (2022), not the "after" clause's below it (2021), which now ranks as another clause's
    events = events_of(rules_nlp, "Russia attacked Ukraine in 2022 after talks failed in 2021 .")
    assert [(e["source"], e["target"], e["date"]) for e in events if e["cameo"].startswith("19")] == [
        ("RUS", "UKR", "2022")
    ]


# -- 58b: an order to deploy one's own forces is the show of force itself (fixed) ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: a demand on the place's party (100)
        ("The United States ordered the deployment of two aircraft carriers near Iran .", {("USA", "IRN", "150")}),
        ("China ordered the deployment of warships to the Taiwan Strait .", {("CHN", "TWN", "150")}),
        ("Germany ordered the deployment of troops to Lithuania .", {("DEU", "LTU", "150")}),
        # forces raised: 154 since rule 133c (before 150)
        ("Russia ordered a military buildup along Finland's border .", {("RUS", "FIN", "154")}),
        # before: no event (the party whose threats or strikes the order answers was not read for a wrapper)
        (
            "The United States ordered the deployment of two aircraft carriers following Iran's threats .",
            {("USA", "IRN", "150")},
        ),
        ("Iran ordered the mobilization of its army after Israel's strikes .", {("IRN", "ISR", "154")}),
    ],
)
def test_ordered_deployment_is_a_show_of_force(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


def test_ordered_deployment_keeps_its_modality(rules_nlp: Language) -> None:
    flagged = {
        text: [(e["cameo"], e["negated"], e["hypothetical"]) for e in events_of(rules_nlp, text)]
        for text in (
            "Russia did not order the deployment of troops near Finland .",
            "Russia may order the deployment of troops near Finland .",
        )
    }
    assert flagged == {
        "Russia did not order the deployment of troops near Finland .": [("150", True, False)],
        "Russia may order the deployment of troops near Finland .": [("150", False, True)],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine demanded the deployment of UN peacekeepers .", {("UKR", "IGO", "100")}),  # a demand on others
        ("Russia ordered the deployment of troops .", set()),  # no other party named
        ("Trump ordered two submarines to be repositioned near Russia .", {("USA", "RUS", "150")}),  # rule 51a
    ],
)
def test_ordered_deployment_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 58c: forces named by their kind of unit or ship, sent: a show of force, not aid (fixed) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan sent destroyers to the region in response to China's provocations .", {("JPN", "CHN", "150")}),
        ("Russia sent bombers to the border after Finland's remarks .", {("RUS", "FIN", "150")}),
        ("France sent soldiers to Mali .", {("FRA", "MLI", "150")}),
        ("Germany sent marines to Lithuania .", {("DEU", "LTU", "150")}),
        ("Britain dispatched two frigates to Oman .", {("GBR", "OMN", "150")}),
    ],
)
def test_sent_forces_are_a_show_of_force(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 070, aid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arms supplied stay aid; tanks sent are military aid (072) since rule 150e (before: 070)
        ("The United States sent tanks to Ukraine .", {("USA", "UKR", "072")}),
        ("The UN sent peacekeepers to Mali .", {("IGO", "MLI", "074")}),  # rule 52b
        ("France sent troops to Mali .", {("FRA", "MLI", "150")}),
    ],
)
def test_sent_arms_and_peacekeepers_unchanged(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected
