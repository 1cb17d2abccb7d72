"""A plan to end or settle a dispute, taken up (issue 14, session 34, branch ploverdev2; docs/events.md rule 331).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
A proposal noun (`accepted_proposal_nouns`: plan, formula, proposal, ...) whose "for" gerund or to-infinitive ends,
settles or resolves a dispute (`dispute_nouns`: dispute, row, feud, standoff, ...) proposes a settlement and no
finer act of its own: taken up by an acceptance verb it is rule 99a's intent to cooperate (CAMEO 03, 030, the root
PLOVER maps to AGREE), toward the other party of the dispute ("its dispute with Y"), else toward the plan's owner.
Before, the proposal was skipped as naming an act of its own, and "end" over the dispute read as a cut in relations
(160) under the plan, so a threat (131, 138) came out, or nothing. Controls: a war or an offensive ended keeps
its de-escalation, a plan that names a real act keeps that act's code, a dispute started or widened is no
settlement. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

PLOVERDEV2_SENTENCES: list[tuple[str, Events]] = [
    ("Ghana accepted a plan for ending its border dispute with Togo.", {("GHA", "TGO", "030")}),
    ("Peru on Tuesday accepted a formula for ending its fishing dispute with Ecuador.", {("PER", "ECU", "030")}),
    ("Norway accepted a proposal to end its long row with Iceland over mackerel quotas.", {("NOR", "ISL", "030")}),
    ("Kenya accepted a compromise formula for settling its trade dispute with Uganda.", {("KEN", "UGA", "030")}),
    ("Vietnam accepted a plan to resolve its maritime dispute with Malaysia.", {("VNM", "MYS", "030")}),
    ("Serbia has accepted a roadmap for ending the standoff with Kosovo.", {("SRB", "XKX", "030")}),
    ("Guyana accepted the Brazilian proposal for settling the dispute.", {("GUY", "BRA", "030")}),
    ("Chile's government accepted a plan for ending its copper dispute with Bolivia.", {("CHL", "BOL", "030")}),
    (
        "Poland accepted a formula for ending its grain dispute with its European Union partners, officials said.",
        {("POL", "IGO", "030")},
    ),
    ("Thailand agreed to a plan for ending its feud with Cambodia.", {("THA", "KHM", "030")}),
    ("Mexico accepted a plan for ending its tariffs dispute with Canada.", {("MEX", "CAN", "030")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(PLOVERDEV2_SENTENCES, XFAIL))
def test_ploverdev2_settlement_plan_taken_up(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: an act of its own in the plan, a war ended, a dispute opened: no settlement intent read -------------

PLOVERDEV2_CONTROLS: list[tuple[str, Events]] = [
    ("Hamas accepted Egypt's proposal to hold talks with Israel.", {("PSE", "EGY", "036")}),
    ("Syria accepted Russia's peace plan.", {("SYR", "RUS", "030")}),
    ("Ukraine ended its offensive against Russia.", {("UKR", "RUS", "087")}),
    ("Ghana rejected a plan for ending its border dispute with Togo.", {("GHA", "TGO", "127")}),
    ("Ghana widened its border dispute with Togo.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PLOVERDEV2_CONTROLS)
def test_ploverdev2_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
