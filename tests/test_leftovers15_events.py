"""Session 30's strict leftovers on modality and conditions (issue 14, session 31, branch leftovers15; docs/events.md
rule 251).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Each row states every event the coder outputs, exactly: (source, target, full CAMEO code,
negated, hypothetical), actors on their primary codes; codes from the CAMEO codebook and the flag conventions of
docs/events.md (rule 6: would states an intent, 03x; rule 25: a planned coercive act is a threat, 13x; rule 53a: a
coercive act under may / might / could with an if / unless clause is a threat, asserted). Written before the coder
was changed. Kinds:

- 251a, a conditional offer: "X would do A for Y if Y did B" states X's intent (03x), asserted; the condition's act
  stays hypothetical. Controls: a condition on a third party or no party keeps rule 180c's counterfactual;
- 251b, a warning that another party may act is a forecast of that act (hypothetical), not the warner's threat;
  controls: "warned that it / its forces could strike Y" stay threats;
- 251c, a denied claim's that-clause act is coded by the denial (016) alone, as a denied that-clause on the verb
  is (rule 38): no negated record beside it;
- the conventions the leftover rows were re-decided by (rules 25, 53a), pinned on fresh sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import flagged_events, table_cases

T, F = True, False

Flagged = set[tuple[str, str, str, bool, bool]]

LEFTOVERS15_ROWS: list[tuple[str, Flagged]] = [
    # -- 251a: a conditional offer, the condition put on the act's other side
    (
        "Venezuela would release the Colombian prisoners if Bogota freed two Venezuelan officers.",
        {("VEN", "COL", "0353", F, F), ("COL", "VEN", "0841", F, T)},
    ),
    (
        "Russia would free the American journalist if Washington released a Russian spy.",
        {("RUS", "USA", "0353", F, F), ("USA", "RUS", "0841", F, T)},
    ),
    ("China would resume talks with Japan if Tokyo retracted the remarks.", {("CHN", "JPN", "036", F, F)}),
    (
        "Belarus would return the Lithuanian trucks if Vilnius reopened the border crossings.",
        {("BLR", "LTU", "0353", F, F)},
    ),
    # controls: a condition on a third party, or on no party, is rule 180c's counterfactual; a reported offer and a
    # conditional cut keep their readings
    ("Guyana would ask the United States for help if Venezuela attacked.", {("GUY", "USA", "023", F, T)}),
    ("Iran would release the French citizens if the talks succeeded.", {("IRN", "FRA", "0841", F, T)}),
    (
        "Iran said it would release the French citizens if Paris freed an Iranian diplomat.",
        {("IRN", "FRA", "0353", F, F), ("FRA", "IRN", "0841", F, T)},
    ),
    ("Russia would cut gas supplies to Moldova if Chisinau did not pay.", {("RUS", "MDA", "1312", F, F)}),
    # -- 251b: a warning that another party may act: the act hypothetical, no threat of the warner's
    ("Russia may expel more Estonian diplomats, officials in Tallinn warned.", {("RUS", "EST", "161", F, T)}),
    ("Germany warned that Russia could attack a NATO member within five years.", {("RUS", "IGO", "190", F, T)}),
    ("The EU warned that China could impose export controls on Dutch firms.", {("CHN", "NLD", "163", F, T)}),
    ("Israel might strike Iranian nuclear sites again, Western officials warned.", {("ISR", "IRN", "190", F, T)}),
    # controls: the warner's own act under the modal is its threat (rule 148); "will" states an intent
    ("Iran warned that it could strike US bases in the region.", {("IRN", "USA", "138", F, F)}),
    ("Israel warned that its jets may strike Hezbollah targets in Lebanon.", {("ISR", "LBN", "138", F, F)}),
    ("China warned that it would impose tariffs on Canadian canola.", {("CHN", "CAN", "1312", F, F)}),
    ("Russia may attack Moldova.", {("RUS", "MDA", "190", F, T)}),
    # -- 251c: a denied claim: the 016 alone, toward whom the denied act was aimed
    ("Israel denied reports that its forces had shelled a Lebanese village.", {("ISR", "LBN", "016", F, F)}),
    ("Pakistan dismissed claims that its drones had struck Afghan territory.", {("PAK", "AFG", "016", F, F)}),
    ("Russia rejected accusations that it had attacked Ukrainian grain ports.", {("RUS", "UKR", "016", F, F)}),
    # controls: a denial on the verb (rule 38) is the same 016 alone; another party's act claimed codes nothing
    ("Russia denied that its jets had bombed a Syrian hospital.", {("RUS", "SYR", "016", F, F)}),
    ("Qatar denied reports that Hamas leaders had left Doha.", set()),
    ("Iran denied the reports.", set()),
    # -- the conventions the leftover rows were re-decided by: a planned coercive act is a threat (rule 25), a
    # coercive act under a possibility modal with a condition a conditional threat (rule 53a)
    ("Hungary plans to expel two Ukrainian diplomats.", {("HUN", "UKR", "1313", F, F)}),
    ("If the sanctions stay, Iran may seize more British tankers.", {("IRN", "GBR", "131", F, F)}),
    ("China could blockade Taiwan if Taipei declares independence.", {("CHN", "TWN", "1381", F, F)}),
    ("Israel could strike Iranian nuclear sites if the talks collapse.", {("ISR", "IRN", "138", F, F)}),
    # controls: without the condition, the modal hedges (rule 6)
    ("Iran may seize more British tankers.", {("IRN", "GBR", "171", F, T)}),
    ("Russia plans to meet Ukraine in Istanbul.", {("RUS", "UKR", "036", F, F)}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("sentence", "expected"), table_cases(LEFTOVERS15_ROWS, XFAIL))
def test_leftovers15_codes_and_flags(rules_nlp: Language, sentence: str, expected: Flagged) -> None:
    assert flagged_events(rules_nlp, sentence) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in LEFTOVERS15_ROWS}
