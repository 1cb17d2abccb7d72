"""A welcome or a reception given to a visitor is the visit hosted (issue 14, session 28, lead; docs/events.md rule
197b). actors13 resolved a misspelt head of state in a PLOVER text, which exposed "gave a warm welcome to Y" coded as
a transfer of goods (070): "give" is an aid verb and "welcome" was no transfer non-object. Each sentence is our own
construction; the codes were written from ``../shared/data`` (043 "host a visit") before the phrase was added. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, rules_pipeline

Event = tuple[str, str, str]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return rules_pipeline()


# (sentence, events that must be asserted, events that must not be)
ROWS: list[tuple[str, list[Event], list[Event]]] = [
    ("Macron gave a warm welcome to Modi at the Elysee on Monday.", [("FRA", "IND", "043")], [("FRA", "IND", "070")]),
    ("Putin gave a lavish reception to Kim Jong Un in Moscow.", [("RUS", "PRK", "043")], [("RUS", "PRK", "070")]),
    ("China gave a red-carpet welcome to the Brazilian president.", [("CHN", "BRA", "043")], []),
    ("Xi extended a warm welcome to Lula in Beijing.", [("CHN", "BRA", "043")], []),
    # controls: goods given stay aid; a cold reception of a proposal hosts nobody
    ("Japan gave Ukraine $3 billion in aid.", [("JPN", "UKR", "070")], []),
    ("The government gave a cold reception to Moscow's proposal.", [], [("RUS", "RUS", "043")]),
]


@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), ROWS)
def test_lead28_row(nlp: Language, sentence: str, wanted: list[Event], unwanted: list[Event]) -> None:
    events = asserted(nlp, sentence)
    assert set(wanted) <= events, events
    assert not set(unwanted) & events, events
