"""A show of force answering another party's act in a "when" / "as" clause, 2025 wire style (issue 14, session 33,
branch security1x; docs/events.md rule 308).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts; the codes were written from the CAMEO codebook (/work/shared/data/cameo-eventcodes.tsv) before the coder
ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Jets scrambled, forces put on alert, reservists mobilized or troops deployed with no target of
their own answer the party whose act the clause of time names (150, 152, 154 toward its doer), as they already did
with an "after" clause (rule 133f); the clause's own act keeps its code. Controls: a clause naming no party or only
the doers' own side, and "as" as a preposition, give no event. ``XFAIL`` keeps the rows the change does not fix,
each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

SECURITY1X_SENTENCES: list[tuple[str, Events]] = [
    # jets scrambled "when" / "as" another party's aircraft acted
    ("Japan scrambled fighter jets when two Chinese drones flew between Yonaguni and Taiwan.", {("JPN", "CHN", "150")}),
    ("Lithuania scrambled jets as Russian military aircraft approached its airspace.", {("LTU", "RUS", "150")}),
    (
        "Taiwan scrambled fighters when Chinese warplanes crossed the median line of the Taiwan Strait.",
        {("TWN", "CHN", "150")},
    ),
    ("Norway scrambled F-35 jets when Russian bombers flew over the Barents Sea.", {("NOR", "RUS", "150")}),
    (
        "Romania scrambled fighter jets when a Russian drone violated its airspace.",
        {("ROU", "RUS", "150"), ("RUS", "ROU", "150")},
    ),
    # forces put on alert, mobilized or deployed "when" / "as" another party acted
    (
        "Poland placed its air force on high alert when Russian drones entered its airspace.",
        {("POL", "RUS", "152"), ("RUS", "POL", "150")},
    ),
    (
        "Israel mobilized reservists as Hezbollah fired rockets at northern towns.",
        {("ISR", "LBN", "154"), ("LBN", "ISR", "190")},
    ),
    (
        "India deployed additional troops when Chinese soldiers crossed the Line of Actual Control.",
        {("IND", "CHN", "150")},
    ),
    # the "after" clause, as before (rule 133f)
    (
        "South Korea scrambled fighters after Chinese and Russian bombers approached its air defence zone.",
        {("KOR", "CHN", "150"), ("KOR", "RUS", "150")},
    ),
]

SECURITY1X_CONTROLS: list[tuple[str, Events]] = [
    # a clause naming no party, or the doers' own side
    ("Japan scrambled jets when a typhoon hit Okinawa.", set()),
    ("Estonia scrambled fighter jets as the weather cleared.", set()),
    ("Poland placed its army on alert when its parliament approved the budget.", set()),
    # "as" a preposition, no clause
    ("South Korea scrambled fighters as part of a routine drill.", set()),
]

XFAIL: dict[str, str] = {
    "Romania scrambled fighter jets when a Russian drone violated its airspace.": (
        "the parser reads 'Romania scrambled fighter jets' as one noun phrase ('scrambled' an adjective), no verb"
    ),
    "Poland placed its air force on high alert when Russian drones entered its airspace.": (
        "rule 53c: the incursion in the clause of time is background beside the main clause's act (as with 'after')"
    ),
    "Israel mobilized reservists as Hezbollah fired rockets at northern towns.": (
        "'at northern towns' names no party: the rocket fire has no target (no event), only the 154 is coded"
    ),
    "South Korea scrambled fighters as part of a routine drill.": (
        "not the clause: a drill naming no other party is the doer's own (KOR -> KOR 150, domestic coding)"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(SECURITY1X_SENTENCES, XFAIL))
def test_security1x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(SECURITY1X_CONTROLS, XFAIL))
def test_security1x_control_codes_no_act(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
