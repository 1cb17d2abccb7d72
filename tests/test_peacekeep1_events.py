"""A host accepting a deployment of peacekeepers, observers or monitors in 2025 wire style (issue 14, session 35,
branch peacekeep1; docs/events.md rule 362).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A state that
accepts, agrees to, welcomes or allows "the deployment of" peacekeepers receives them (CAMEO 0861 "receive deployment
of peacekeepers"), of observers or monitors receives inspectors (0862), from the host to the sender: the deployment
noun's "of" object is what the verb takes in, not the noun's own show of force (150) nor, under "agree to", a threat
of force (138). Controls: a state deploying its own troops stays a show of force (150); peacekeepers accepted without
the deployment noun keep 0861. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


PEACEKEEP1_SENTENCES: list[tuple[str, Events]] = [
    # accepted / allowed / welcomed the deployment of peacekeepers: received (0861)
    ("Lebanon accepted the deployment of additional UN peacekeepers in the south.", {("LBN", "IGO", "0861")}),
    ("South Sudan allowed the deployment of UN peacekeepers along its border.", {("SSD", "IGO", "0861")}),
    ("Somalia welcomed the deployment of African Union peacekeepers.", {("SOM", "IGO", "0861")}),
    ("Haiti accepted the deployment of a UN peacekeeping force.", {("HTI", "IGO", "0861")}),
    # agreed to the deployment of peacekeepers
    ("Sudan agreed to the deployment of African Union peacekeepers in Darfur.", {("SDN", "IGO", "0861")}),
    ("Congo agreed to the deployment of UN peacekeepers in Ituri.", {("COD", "IGO", "0861")}),
    # observers, monitors: inspectors received (0862)
    ("Georgia accepted the deployment of EU monitors.", {("GEO", "IGO", "0862")}),
    ("Armenia agreed to the deployment of EU observers along the border.", {("ARM", "IGO", "0862")}),
]

# rule 363 (session 36, yield2): "agreed to the deployment of" reads the "of" object as "accepted" does; the three
# former strict xfails (the intent wrapper's 138) pass
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(PEACEKEEP1_SENTENCES, XFAIL))
def test_peacekeep1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


PEACEKEEP1_CONTROLS: list[tuple[str, Events]] = [
    # a state's own forces deployed stay a show of force
    ("France announced the deployment of 300 troops to Estonia.", {("FRA", "EST", "150")}),
    ("Poland deployed 2,000 soldiers to its border with Belarus.", {("POL", "BLR", "150")}),
    # peacekeepers accepted or welcomed without the deployment noun keep 0861
    ("Lebanon accepted UN peacekeepers.", {("LBN", "IGO", "0861")}),
    ("Somalia welcomed African Union peacekeepers.", {("SOM", "IGO", "0861")}),
]


@pytest.mark.parametrize(("text", "expected"), PEACEKEEP1_CONTROLS)
def test_peacekeep1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
