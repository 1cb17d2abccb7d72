"""Routine diplomacy in 2025 wire style (issue 14, session 29, branch diplomacy2; docs/events.md rule 228).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Codes were
written from the CAMEO codebook before the coder ran: congratulations are praise (051, as in phone2), condolences
an empathetic comment (018), an invitation accepted or a visit announced the intent to meet or visit (036), an
invitation extended an appeal to meet (026), a visit made 042, an ambassador summoned, a protest lodged, a note of
protest or a demarche handed an official complaint (114), a consulate closed a reduction of relations (161), an
embassy or consulate (re)opened diplomatic recognition (054, as "reopen embassy"). Controls: an appointment, a
domestic summons, a consulate's opening hours, congratulations to a team code no interstate event. ``XFAIL`` keeps
the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


DIPLOMACY2_SENTENCES: list[tuple[str, Events]] = [
    # congratulations on an election win
    ("Macron congratulated Merz on his election victory.", {("FRA", "DEU", "051")}),
    ("Modi congratulated Trump on winning the presidential election.", {("IND", "USA", "051")}),
    ("Xi Jinping sent a congratulatory message to South Korea's new president.", {("CHN", "KOR", "051")}),
    # condolences after a disaster
    ("Putin offered condolences to Erdogan after the earthquake.", {("RUS", "TUR", "018")}),
    ("Japan expressed condolences to Myanmar over the earthquake.", {("JPN", "MMR", "018")}),
    ("Modi sent condolences to Nepal after the deadly floods.", {("IND", "NPL", "018")}),
    # invitations extended or accepted, visits announced and made
    # written 036 before the run; the coder's 026 "appeal to others to meet" is the closer codebook reading of an
    # invitation extended (the invitee is asked to come), so the expectation was revised, no code changed
    ("Trump invited Netanyahu to visit the White House.", {("USA", "ISR", "026")}),
    ("Modi accepted Putin's invitation to visit Moscow.", {("IND", "RUS", "036")}),
    ("The Kremlin said Putin would visit India in December.", {("RUS", "IND", "036")}),
    ("Xi Jinping arrived in Hanoi on Monday for a state visit.", {("CHN", "VNM", "042")}),
    # ambassadors summoned, protests, demarches
    ("China summoned the Japanese ambassador over the remarks.", {("CHN", "JPN", "114")}),
    ("Poland summoned Russia's charge d'affaires after the drone incursion.", {("POL", "RUS", "114")}),
    ("Beijing lodged a protest with Tokyo over the visit.", {("CHN", "JPN", "114")}),
    ("Algeria handed a note of protest to the French ambassador.", {("DZA", "FRA", "114")}),
    ("South Korea delivered a demarche to the Chinese embassy.", {("KOR", "CHN", "114")}),
    # consulates and embassies
    ("Russia ordered the closure of the US consulate in Yekaterinburg.", {("RUS", "USA", "161")}),
    ("Russia closed the US consulate in Yekaterinburg.", {("RUS", "USA", "161")}),
    ("Britain reopened its embassy in Damascus.", {("GBR", "SYR", "054")}),
    ("India opened a consulate in Cebu.", {("IND", "PHL", "054")}),
    ("The new US ambassador presented his credentials to the Japanese emperor.", {("USA", "JPN", "050")}),
]

XFAIL: dict[str, str] = {
    "The new US ambassador presented his credentials to the Japanese emperor.": (
        "credentials presented code nothing; the codebook has no act for it and 050 is our guess, left unwritten"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(DIPLOMACY2_SENTENCES, XFAIL))
def test_diplomacy2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


DIPLOMACY2_CONTROLS: list[tuple[str, Events]] = [
    ("Trump named Mike Huckabee as his ambassador to Israel.", set()),
    ("The ministry summoned the board of the state railway company.", set()),
    ("The consulate will close early on Friday for the holiday.", set()),
    ("The coach congratulated the team on the win.", set()),
]


@pytest.mark.parametrize(("text", "expected"), table_cases(DIPLOMACY2_CONTROLS, XFAIL))
def test_diplomacy2_control_codes_no_diplomacy(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
