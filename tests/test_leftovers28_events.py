"""Agreements named by their proper name alone (issue 14, session 32, branch leftovers28; docs/events.md rule 282).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
Codes were written from the CAMEO codebook (``../shared/data/cameo-eventcodes.tsv``) before the coder ran, as the
same sentences with the agreement noun written out ("the New START treaty") are coded:

- an extension of a named treaty offered or proposed to the partner the sentence names is the intent to cooperate
  (030, rule 275d);
- a named treaty or deal left or suspended "with" a partner is relations reduced (160, rule 170's "withdrew from
  the treaty with Y");
- a return to a named deal offered to a named partner is the intent to cooperate (030), as "a return to the
  agreement" is.

Controls: a partner only implied by the treaty names no target (rule 275d), the name as a modifier ("New START's
limits") is no agreement, a treaty signed by two parties keeps its 057 (the verb codes it alone), and the
lower-case verb "start" is no treaty. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS28_SENTENCES: list[tuple[str, Events]] = [
    # (a) an extension of a named treaty offered to a named partner: intent to cooperate
    ("Moscow offered Washington a short extension of New START.", {("RUS", "USA", "030")}),
    ("Trump proposed to Moscow a one-year extension of New START.", {("USA", "RUS", "030")}),
    ("The Kremlin proposed a two-year extension of New START with the United States.", {("RUS", "USA", "030")}),
    # (b) a named treaty or deal left or suspended with a partner: relations reduced
    ("Russia withdrew from New START with the United States.", {("RUS", "USA", "160")}),
    ("Washington withdrew from the JCPOA with Iran.", {("USA", "IRN", "160")}),
    ("Moscow pulled out of New START with Washington.", {("RUS", "USA", "160")}),
    ("Trump tore up the JCPOA with Iran.", {("USA", "IRN", "160")}),
    ("Russia suspended its participation in New START with the United States.", {("RUS", "USA", "160")}),
    # (c) a return to a named deal offered to a named partner: intent to cooperate
    ("Iran offered France a return to the JCPOA.", {("IRN", "FRA", "030")}),
    ("Tehran offered Washington a return to the JCPOA.", {("IRN", "USA", "030")}),
    ("Iran proposed to the European Union a return to the JCPOA.", {("IRN", "IGO", "030")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS28_SENTENCES, XFAIL))
def test_leftovers28_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


LEFTOVERS28_CONTROLS: list[tuple[str, Events]] = [
    # no partner named: no target (rule 275d, rule 233)
    ("Russia proposed a short extension of New START.", set()),
    ("Iran threatened to withdraw from the NPT.", set()),
    # the name as a modifier names the noun it modifies
    ("Moscow offered to respect New START's limits for a year.", set()),
    # the treaty written out keeps its reading
    ("Moscow offered Washington a short extension of the New START treaty.", {("RUS", "USA", "030")}),
    # signed by two parties: a formal agreement both ways, as before (the signing verb codes it alone)
    ("Russia and the United States signed New START.", both("RUS", "USA", "057")),
    ("Iran and the European Union signed the JCPOA.", both("IRN", "IGO", "057")),
    # lower-case "start" is a verb or a beginning, no treaty
    ("Russia and Ukraine agreed to start talks in Istanbul.", both("RUS", "UKR", "036")),
]


@pytest.mark.parametrize(("text", "expected"), LEFTOVERS28_CONTROLS)
def test_leftovers28_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
