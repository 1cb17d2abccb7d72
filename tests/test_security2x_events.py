"""Naval vessels sent are warships sent (issue 14, session 34, branch security2x; docs/events.md rule 327).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts; the codes were written from the CAMEO codebook (/work/shared/data/cameo-eventcodes.tsv) before the coder
ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). A ship noun (vessel, ship, boat) named naval, navy, military or war by its modifier and sent or
dispatched toward another party is a show of force (150), as "sent warships" is (rule 58c): before, "sent naval
vessels into Philippine waters" was "sent" alone (070, aid), "military vessels" 072 (arms), and "dispatched navy
ships" no event. With no party named, the answered party of an "as" / "after" clause is the target (rules 133f,
308). Controls: ships of another kind (research, hospital), naval vessels with no party, and the other verbs' own
readings ("deployed", "entered", "gave back") keep their codes. ``XFAIL`` keeps the rows the change does not fix.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

SECURITY2X_SENTENCES: list[tuple[str, Events]] = [
    # naval / navy / military vessels, ships or boats sent or dispatched toward a party
    ("China sent naval vessels into Philippine waters.", {("CHN", "PHL", "150")}),
    ("Russia dispatched navy ships toward Norway.", {("RUS", "NOR", "150")}),
    ("The United States sent navy ships to the coast of Venezuela.", {("USA", "VEN", "150")}),
    ("Venezuela sent military vessels toward Guyana's coast.", {("VEN", "GUY", "150")}),
    ("North Korea sent naval vessels across the maritime border with South Korea.", {("PRK", "KOR", "150")}),
    ("Iran sent naval vessels into Emirati waters near the disputed islands.", {("IRN", "ARE", "150")}),
    ("Algeria sent naval patrol boats toward the Moroccan coast.", {("DZA", "MAR", "150")}),
    # no party in the sending clause: the doer of the answered clause (rules 133f, 308; 53c drops that clause's act)
    ("Greece sent naval vessels to the Aegean as Turkey dispatched a survey ship.", {("GRC", "TUR", "150")}),
    ("Japan dispatched naval vessels after Chinese warships entered its waters.", {("JPN", "CHN", "150")}),
    ("Russia sent naval ships to the Baltic after Estonia detained a tanker.", {("RUS", "EST", "150")}),
    ("Taiwan dispatched navy ships to shadow a Chinese aircraft carrier.", {("TWN", "CHN", "150")}),
]

SECURITY2X_CONTROLS: list[tuple[str, Events]] = [
    # ships of another kind, or naval vessels sent toward no party
    ("Norway sent a research vessel to the Arctic.", set()),
    ("China sent naval vessels to the South China Sea.", set()),
    # the other verbs keep their own readings
    ("Chinese naval vessels entered Japanese territorial waters.", {("CHN", "JPN", "150")}),
    ("Russia deployed naval vessels near the Norwegian coast.", {("RUS", "NOR", "150")}),
    ("Russia gave back three naval vessels to Ukraine.", {("RUS", "UKR", "0842")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(SECURITY2X_SENTENCES, XFAIL))
def test_security2x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(SECURITY2X_CONTROLS, XFAIL))
def test_security2x_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Spain sent a naval hospital ship to Libya.", "Britain sent a naval supply ship to Cyprus."],
)
def test_security2x_ship_of_another_kind_is_no_show_of_force(rules_nlp: Language, text: str) -> None:
    # a kind named beside the naval modifier (hospital, supply) is no warship
    assert not any(code.startswith("15") for _, _, code in asserted(rules_nlp, text))
