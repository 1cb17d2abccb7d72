"""Issue 13, session 29, newscausal30 (docs/causal.md round 71): a fourth table of made-up sentences in the style of
2025 news, this one on trade, shipping and aid turned from one course to another (Red Sea attacks -> shipping round the
Cape, US tariffs -> Chinese exports through Vietnam and Mexico, sanctions -> Russian trade towards Asia, wars -> aid and
budgets), with verbs of redirection ("diverted", "redirected", "rerouted") beside the other causal markers ("because
of", "due to", "as a result of", "after", "led to", "forced", "prompted", "pushed up", purpose "to", "caused"), each
with the cause -> effect pairs a careful reader would mark, written before the stage was run, and controls that must
give no claim: a person, country, institution or group who diverts or reroutes something (an act, not a cause), a
passive with no cause ("The flight was diverted to Vienna"), an intent ("plans to redirect"), a report, a date, a
record. None is copied from an evaluation set. A row passes when every expected pair is matched by one claim and no
claim is left over, a match being the scorer's (``../shared/eval/score.py``: token Jaccard >= 0.5 on both the cause and
the effect). Rows the shipped stage does not get are strict xfails with the general reason. Round 71's rule
(``redirect_verbs``: "divert", "redirect", "reroute" with a noun subject of their own are causal verbs of the rules,
their claim strong; the actor checks still read the subject) takes the redirection rows; the before and after counts
are in docs/causal.md round 71 and BENCHMARKS.md.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    extractor_with,
    news_table_tests,
    pairs,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Houthi attacks in the Red Sea have diverted container shipping around the Cape of Good Hope.",
        [("Houthi attacks in the Red Sea", "container shipping around the Cape of Good Hope")],
    ),
    (
        "The new US tariffs rerouted Chinese exports through Vietnam and Mexico.",
        [("The new US tariffs", "Chinese exports through Vietnam and Mexico")],
    ),
    (
        "The war in Sudan has diverted humanitarian aid away from the Sahel.",
        [("The war in Sudan", "humanitarian aid away from the Sahel")],
    ),
    (
        "Western sanctions have redirected Russian oil exports towards India and China.",
        [("Western sanctions", "Russian oil exports towards India and China")],
    ),
    (
        "The drought in the Panama Canal diverted tanker traffic to the Suez route.",
        [("The drought in the Panama Canal", "tanker traffic to the Suez route")],
    ),
    (
        "The scandal over the leaked chats diverted attention from the budget negotiations.",
        [("The scandal over the leaked chats", "attention from the budget negotiations")],
    ),
    (
        "Rising defence spending in Europe has diverted money from climate programmes.",
        [("Rising defence spending in Europe", "money from climate programmes")],
    ),
    (
        "The closure of Russian airspace rerouted flights between Europe and Asia over Central Asia.",
        [("The closure of Russian airspace", "flights between Europe and Asia over Central Asia")],
    ),
    (
        "Container ships were diverted around Africa because of the attacks on merchant vessels.",
        [("the attacks on merchant vessels", "Container ships were diverted around Africa")],
    ),
    (
        "Freight rates between Asia and Europe tripled due to the longer voyages around the Cape.",
        [("the longer voyages around the Cape", "Freight rates between Asia and Europe tripled")],
    ),
    (
        "The longer route around Africa pushed up insurance costs for shipping companies.",
        [("The longer route around Africa", "insurance costs for shipping companies")],
    ),
    (
        "Egypt's revenue from the Suez Canal fell by half as a result of the Houthi attacks.",
        [("the Houthi attacks", "Egypt's revenue from the Suez Canal fell by half")],
    ),
    (
        "The tariffs on Chinese steel led to a surge of imports from Vietnam.",
        [("The tariffs on Chinese steel", "a surge of imports from Vietnam")],
    ),
    (
        "Cuts to US foreign aid forced the World Food Programme to reduce rations in refugee camps.",
        [("Cuts to US foreign aid", "the World Food Programme to reduce rations in refugee camps")],
    ),
    (
        "The suspension of USAID programmes caused shortages of medicines in several African countries.",
        [("The suspension of USAID programmes", "shortages of medicines in several African countries")],
    ),
    (
        "The attacks on shipping prompted the European Union to launch a naval mission in the Red Sea.",
        [("The attacks on shipping", "the European Union to launch a naval mission in the Red Sea")],
    ),
    (
        "Because of the tariffs, many Chinese firms moved their assembly lines to Vietnam.",
        [("the tariffs", "many Chinese firms moved their assembly lines to Vietnam")],
    ),
    (
        "Rice prices rose sharply in Asia after India banned exports of non-basmati rice.",
        [("India banned exports of non-basmati rice", "Rice prices rose sharply in Asia")],
    ),
    (
        "The war in Ukraine has redirected European investment into the arms industry.",
        [("The war in Ukraine", "European investment into the arms industry")],
    ),
    (
        "The blockade of the Black Sea ports diverted Ukrainian grain to routes through Poland and Romania.",
        [("The blockade of the Black Sea ports", "Ukrainian grain to routes through Poland and Romania")],
    ),
    (
        "The glut of cheap Chinese goods hurt manufacturers in Indonesia and Brazil.",
        [("The glut of cheap Chinese goods", "manufacturers in Indonesia and Brazil")],
    ),
    (
        "Flooding in Pakistan displaced more than a million people in 2025.",
        [("Flooding in Pakistan", "more than a million people in 2025")],
    ),
    (
        "The European Commission delayed the new tariffs to give talks with Washington more time.",
        [("give talks with Washington more time", "The European Commission delayed the new tariffs")],
    ),
    (
        "The fighting in eastern Congo has diverted scarce resources from health care to security.",
        [("The fighting in eastern Congo", "scarce resources from health care to security")],
    ),
]

CONTROLS: list[str] = [
    "Police diverted traffic around the city centre during the marathon.",
    "The airline rerouted its flights to Tokyo over the North Pole in March.",
    "The flight from Tel Aviv was diverted to Vienna on Tuesday.",
    "Ukraine redirected its drones to targets near the front line.",
    "The ministry plans to redirect part of the budget to flood relief next year.",
    "Farmers diverted water from the river to their fields.",
    "The former treasurer was accused of diverting public funds to a private account.",
    "Traffic through the Suez Canal reached a record in 2023.",
    "The Houthis said the attacks would continue.",
    "The EU and the United States will resume trade talks in Brussels next month.",
]

XFAIL_CAUSAL: dict[int, str] = {
    4: "the parser reads 'The drought' as an adverbial noun and 'diverted' as a modifier: no verb of redirection",
}
XFAIL_CONTROLS: dict[int, str] = {
    # control 4 ("The ministry plans to redirect part of the budget ..."), a strict xfail until round 72 (the span
    # tagger read the to-infinitive complement of 'plans' as a purpose, 0.66), passes with round 72's
    # ``intent_complement_splits`` (newscausal31)
    # control 6 (the span tagger read 'to a private account' as a cause), a strict xfail until round 100, passes with
    # its ``prep_phrase_tag_causes`` (newscausal51)
}


TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=34, switches=("redirect_verbs",))


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Western sanctions diverted Russian trade towards China and India.", "Western sanctions"),
        ("The attacks have rerouted shipping around Africa.", "The attacks"),
        ("The war has redirected investment into defence.", "The war"),
    ],
)
def test_a_redirection_verb_gives_a_claim_only_when_on(parse: Language, text: str, cause: str) -> None:
    on = extractor_with(redirect_verbs=True)
    off = extractor_with()
    got = pairs(parse, on, text)
    assert len(got) == 1 and got[0][0] == cause
    assert pairs(parse, off, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police diverted traffic to other routes.",
        "He was diverting traffic on the highway when he was shot.",
        "The claim only helps to divert attention from the real issue.",
        "Russia redirected its oil exports to Asia.",
    ],
)
def test_a_doers_redirection_gives_no_claim(parse: Language, text: str) -> None:
    on = extractor_with(redirect_verbs=True, actor_noun_subjects=True)
    assert [p for p in pairs(parse, on, text) if p[2] in ("diverted", "diverting", "divert", "redirected")] == []
