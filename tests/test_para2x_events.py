"""An act noun cut back or eased in a passive with no agent, its doer named only by the noun's own "by" phrase, in
2025 wire style (issue 14, session 33, branch para2x; docs/events.md rule 312).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Rules 54a and 55 read
"Canada's planned visit to Cuba was cancelled" as its active (the noun's owner the source, the party of its own
phrases the target); "a planned visit to Cuba by the Canadian prime minister was cancelled" names the same owner
in the noun's "by" phrase and coded nothing. Controls: a passive with its own agent, a verb that is no cut
("postponed", "announced"), the possessive form, and a noun with no owner at all. ``XFAIL`` keeps the rows the
change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

PARA2X_SENTENCES: list[tuple[str, Events]] = [
    # a visit cancelled (160, "cancel visit")
    (
        "A planned visit to Vietnam by the Australian foreign minister was cancelled on Tuesday .",
        {("AUS", "VNM", "160")},
    ),
    (
        "A state visit to Serbia by the Hungarian president has been cancelled , officials in Belgrade said .",
        {("HUN", "SRB", "160")},
    ),
    (
        "The scheduled visit to Canada by India's foreign minister was cancelled after the row over the killing .",
        {("IND", "CAN", "160")},
    ),
    # aid cut, suspended or frozen (162x)
    ("Military aid to Niger by France was suspended after the coup in Niamey .", {("FRA", "NER", "1622")}),
    ("Development aid to Mozambique by Sweden was frozen in March .", {("SWE", "MOZ", "1621")}),
    ("Humanitarian aid to Afghanistan by Britain was cut this year , officials said .", {("GBR", "AFG", "1623")}),
    # sanctions eased (085)
    ("Sanctions on Syria by the European Union were eased on Tuesday .", {("IGO", "SYR", "085")}),
    # controls: the possessive form (rule 55 as before), no owner named at all
    ("The Canadian prime minister's planned visit to Cuba has been cancelled .", {("CAN", "CUB", "160")}),
    ("Aid to Yemen was suspended on Monday .", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(PARA2X_SENTENCES, XFAIL))
def test_para2x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: the visitor is no canceller where an agent is named or the verb is no cut ------------------------

PARA2X_CONTROLS: list[tuple[str, list[tuple[str, str]]]] = [
    ("A planned visit to Cuba by the Canadian prime minister was cancelled by Havana .", [("CAN", "CUB")]),
    ("A visit to Japan by the South Korean president was postponed on Monday .", [("KOR", "JPN")]),
    ("A visit to Japan by the South Korean president was welcomed by Tokyo .", [("KOR", "JPN")]),
]


@pytest.mark.parametrize(("text", "forbidden"), PARA2X_CONTROLS)
def test_para2x_control_no_event_of_the_visitor(
    rules_nlp: Language, text: str, forbidden: list[tuple[str, str]]
) -> None:
    found = asserted(rules_nlp, text)
    assert not {(s, t) for s, t, _c in found} & set(forbidden), found
