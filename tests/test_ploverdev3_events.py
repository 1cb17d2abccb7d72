"""Forces trained, deployed or built up "capable of" an act of force against a party (issue 14, session 35, branch
ploverdev3; docs/events.md rule 348).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A show
of force (CAMEO 15: trained, deployed, stationed forces 150; forces massed or mobilized, 154) whose forces are
described as capable of (able to, ready to) an act of force names its target in that clause: "North Korea has
trained hackers capable of launching cyberattacks against South Korea" PRK -> KOR 150. The act the forces are
capable of is no event of its own (a capacity, not an act). Controls: a capacity for no act of force ("capable of
building bridges") or for one at no party aims the show of force at no one; training another state's soldiers
stays military cooperation (062). ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


PLOVERDEV3_SENTENCES: list[tuple[str, Events]] = [
    # trained forces capable of a light verb + act of force noun against / on Y
    (
        "North Korea has trained thousands of hackers capable of launching cyberattacks against South Korea.",
        {("PRK", "KOR", "150")},
    ),
    ("Iran has trained fighters capable of launching attacks against Israel.", {("IRN", "ISR", "150")}),
    ("Russia has trained 2,000 drone operators capable of carrying out strikes on Ukraine.", {("RUS", "UKR", "150")}),
    ("Iran has trained militiamen capable of waging war against Israel.", {("IRN", "ISR", "150")}),
    ("Ethiopia has trained special forces capable of mounting attacks against Eritrea.", {("ETH", "ERI", "150")}),
    ("China has trained pilots able to launch strikes against Taiwan.", {("CHN", "TWN", "150")}),
    # deployed / stationed forces
    ("China has deployed missile units capable of launching strikes against Taiwan.", {("CHN", "TWN", "150")}),
    ("Russia has stationed bombers capable of launching strikes on Poland.", {("RUS", "POL", "150")}),
    ("Pakistan has deployed fighter jets capable of carrying out air strikes on India.", {("PAK", "IND", "150")}),
    ("Venezuela has deployed troops ready to launch an offensive against Guyana.", {("VEN", "GUY", "150")}),
    ("Russia has deployed submarines capable of firing missiles at Britain.", {("RUS", "GBR", "150")}),
    ("North Korea has deployed artillery units capable of shelling Seoul.", {("PRK", "KOR", "150")}),
    # forces built up: massed, mobilized (154)
    ("Azerbaijan has massed troops ready to launch an assault on Armenia.", {("AZE", "ARM", "154")}),
    ("Russia has mobilized reservists capable of launching a new offensive against Ukraine.", {("RUS", "UKR", "154")}),
]

XFAIL: dict[str, str] = {
    "North Korea has trained thousands of hackers capable of launching cyberattacks against South Korea.": (
        "'cyberattack' is no trigger of its own (a lexicon gap left: as one it would code every cyberattack "
        "reported), so the capacity names no act of force; 'cyber warfare' and 'attacking' do"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(PLOVERDEV3_SENTENCES, XFAIL))
def test_ploverdev3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: no act of force in the capacity, no target; another state's soldiers trained; a plain attack ----------

PLOVERDEV3_CONTROLS: list[tuple[str, Events]] = [
    ("Russia has trained 2,000 new soldiers.", set()),
    ("Russia has deployed troops capable of launching attacks at night.", set()),
    ("Japan has trained engineers capable of building bridges in Vietnam.", set()),
    ("The United States trained 500 Ukrainian soldiers capable of operating tanks.", {("USA", "UKR", "062")}),
    ("Iran launched attacks against Israel on Sunday.", {("IRN", "ISR", "190")}),
]


@pytest.mark.parametrize(("text", "expected"), PLOVERDEV3_CONTROLS)
def test_ploverdev3_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
