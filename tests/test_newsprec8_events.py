"""A "would" whose condition is a phrase, not an if-clause (issue 14, session 32, branch newsprec8; docs/events.md
rule 285).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
"Without the aid, Ukraine would struggle to repel Russian attacks" states what would happen under a condition, as
"if Ukraine lacked the aid, ..." does (rule 180c): the act is hypothetical (flagged, not asserted) and no 13x threat
either, since the condition puts no demand on a party. The condition phrases: "without / absent / barring X",
"but for X", "otherwise", "in that case", "with more X"; an inverted "had Y agreed" and a "could" were hypothetical
before. Controls stay asserted: a stated intent reported by a speech verb ("Moscow said it would expel two
diplomats", 1313 as before), "without" of manner ("without preconditions", "without warning"), and a plain past act
beside a conditional clause in the same sentence. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, flagged_events, table_cases

# (sentence, source, target, CAMEO root of the act the coder must flag as hypothetical; None: no event expected)
NEWSPREC8_COUNTERFACTUALS: list[tuple[str, str, str, str | None]] = [
    ("Without the aid, Ukraine would struggle to repel Russian attacks.", "UKR", "RUS", "19"),
    ("Without Western weapons, Ukraine would lose the war against Russia.", "UKR", "RUS", "19"),
    ("Ukraine would struggle to repel Russian attacks without American air defence.", "UKR", "RUS", "19"),
    ("But for American pressure, Israel would have attacked Iran.", "ISR", "IRN", "11"),
    ("Absent a deal, Russia would attack Ukraine again.", "RUS", "UKR", "19"),
    ("Absent a trade agreement, China would impose tariffs on American goods.", "CHN", "USA", "16"),
    ("Barring a ceasefire, Israel would bomb Gaza again.", "ISR", "PSE", "19"),
    ("In that case, Russia would expel two British diplomats.", "RUS", "GBR", "16"),
    ("Otherwise, Iran would attack Israel.", "IRN", "ISR", "19"),
    ("With more air defence, Ukraine would shoot down Russian drones.", "UKR", "RUS", "19"),
    ("With more air defence, Kyiv could shoot down Russian missiles.", "UKR", "RUS", "19"),
    ("Had Washington agreed, Israel would have attacked Iran.", "ISR", "IRN", None),
]

NEWSPREC8_XFAIL: dict[str, str] = {
    "Ukraine would struggle to repel Russian attacks without American air defence.": (
        "the parser hangs the trailing 'without' phrase on the object noun 'attacks', not on a verb of the clause: "
        "read as a verb's condition only (a noun's 'with / without' phrase is its own, 'a deal with more states')"
    ),
}


@pytest.mark.parametrize(("text", "source", "target", "root"), table_cases(NEWSPREC8_COUNTERFACTUALS, NEWSPREC8_XFAIL))
def test_newsprec8_conditioned_act_is_flagged_not_asserted(
    rules_nlp: Language, text: str, source: str, target: str, root: str | None
) -> None:
    assert not {(s, t) for s, t, _ in asserted(rules_nlp, text)} & {(source, target)}
    if root is not None:
        assert any(
            (s, t) == (source, target) and c.startswith(root) and hypothetical and not negated
            for s, t, c, negated, hypothetical in flagged_events(rules_nlp, text)
        )


NEWSPREC8_CONTROLS: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Moscow said it would expel two British diplomats.", {("RUS", "GBR", "1313")}),
    ("Iran would hold talks with the United States without preconditions.", {("IRN", "USA", "036")}),
    ("Israel bombed Gaza without warning on Tuesday.", {("ISR", "PSE", "195")}),
    (
        "Russia expelled two British diplomats on Monday, and without a deal it would expel more.",
        {("RUS", "GBR", "161")},
    ),
    (
        "Ukraine shelled Russian positions on Monday, and without more aid it would struggle to hold them.",
        {("UKR", "RUS", "194")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWSPREC8_CONTROLS)
def test_newsprec8_control_stays_asserted(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
