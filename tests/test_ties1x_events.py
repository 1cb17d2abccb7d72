"""Ties, relations and trade grown between two states in 2025 wire style (issue 14, session 34, branch ties1x;
docs/events.md rule 334).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The verbs of
growth (expand, broaden, boost, bolster, strengthen, upgrade, step up, deepen) over ties, relations or trade code as
"deepen ties" did: diplomatic cooperation 050 when done (trade 061, a defence field 062), the codebook's intent
to cooperate (030; economic 0311) when pledged, vowed or agreed. Controls: the same verbs over an army, exports,
defences or a canal name no partner and code no cooperation. ``XFAIL`` keeps the rows the change does not fix.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


TIES1X_SENTENCES: list[tuple[str, Events]] = [
    # pledged, vowed, agreed: intent to cooperate (030; an economic field 0311)
    ("Vietnam and South Korea pledged to expand economic ties.", both("VNM", "KOR", "0311")),
    ("Nigeria and Ghana vowed to expand ties.", both("NGA", "GHA", "030")),
    ("Morocco and Senegal agreed to broaden trade.", both("MAR", "SEN", "0311")),
    ("Kenya and Tanzania pledged to strengthen trade.", both("KEN", "TZA", "0311")),
    # done: diplomatic cooperation (050), trade 061, a defence field 062
    ("Brazil expanded its ties with China on Monday.", {("BRA", "CHN", "050")}),
    ("Greece and Egypt bolstered their ties last month.", both("GRC", "EGY", "050")),
    ("Kazakhstan and Uzbekistan broadened their relations on Tuesday.", both("KAZ", "UZB", "050")),
    ("Qatar boosted its relations with Turkey on Friday.", {("QAT", "TUR", "050")}),
    ("Chile stepped up ties with Argentina on Wednesday.", {("CHL", "ARG", "050")}),
    ("India and the UAE bolstered trade with each other last year.", both("IND", "ARE", "061")),
    ("Peru deepened its relations with Ecuador on Monday.", {("PER", "ECU", "050")}),
    ("Japan and Australia upgraded their defence ties on Thursday.", both("JPN", "AUS", "062")),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(TIES1X_SENTENCES, XFAIL))
def test_ties1x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: the growth verbs over no tie to a partner code no cooperation -------------------------------------

TIES1X_CONTROLS: list[tuple[str, Events]] = [
    ("Russia said it would expand its army by 180,000 troops.", set()),
    ("Vietnam boosted exports by 14 percent last year.", set()),
    ("Thailand strengthened its border defences.", set()),
    ("Egypt expanded the Suez Canal on Monday.", set()),
    ("Poland bolstered its air defences on Friday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TIES1X_CONTROLS)
def test_ties1x_control_is_no_cooperation(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
