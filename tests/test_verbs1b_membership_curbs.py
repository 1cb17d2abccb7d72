"""A member suspended, a membership bid backed, export curbs and controls (issue 14, session 24; docs/events.md rule
137).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set, with other country
pairs than the brief's examples. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned
layer off (``rules_nlp``). Before rule 137 every row of the fixed tables gave no event, 050 (a bare "backed"), 061
("trade" curbs) or 163 (export controls lifted).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded, table_cases, unnegated_events


def full(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """The asserted events of ``text`` with actors as coded (an organisation's own code, not the scorer's "IGO")."""
    return coded(nlp, text, full_codes=True, root=False)[1]


# -- 137a: a member suspended from an organisation is reduced relations (160) ---------------------------------------

SUSPENDED: list[Any] = [
    ("ECOWAS suspended Niger from the organisation after the coup .", {("IGOWAS", "NER", "160")}),
    ("The Arab League has suspended Syria from the league .", {("IGOARL", "SYR", "160")}),
    ("The Organization of American States suspended Honduras from the organization .", {("IGOOAS", "HND", "160")}),
    ("Mali was suspended from the African Union .", {("IGOAFU", "MLI", "160")}),
    ("Guinea was suspended from ECOWAS by the bloc's leaders .", {("IGOWAS", "GIN", "160")}),
    ("The African Union suspended Gabon's membership after the coup .", {("IGOAFU", "GAB", "160")}),
    ("Gabon's membership was suspended by the African Union .", {("IGOAFU", "GAB", "160")}),
    # no "from" phrase: an organisation suspending an actor suspends a member; a state suspending one names nothing
    ("The African Union suspended Sudan .", {("IGOAFU", "SDN", "160")}),
    ("France suspended Mali .", set()),
    ("The United States suspended Niger from the program .", set()),
    # the resolver codes no actor for "the Commonwealth" (an actor-dictionary gap, not the trigger's)
    ("The Commonwealth suspended Fiji's membership in 2009 .", {("IGOCWN", "FJI", "160")}),
]
SUSPENDED_XFAIL = {
    "The Commonwealth suspended Fiji's membership in 2009 .": "the resolver codes no actor for 'the Commonwealth'",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(SUSPENDED, SUSPENDED_XFAIL))
def test_member_suspended_from_an_organisation(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert full(rules_nlp, text) == expected  # before: no event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The African Union suspended flights from Mali .", {("IGOAFU", "MLI", "160")}),  # flights halted: rule 179a
        ("The African Union suspended aid to Mali .", {("IGOAFU", "MLI", "162")}),  # the `reduce` wrapper, as before
    ],
)
def test_other_suspensions_keep_their_readings(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert full(rules_nlp, text) == expected


def test_suspension_not_done_is_negated(rules_nlp: Language) -> None:
    text = "The African Union did not suspend Mali from the bloc ."
    assert full(rules_nlp, text) == set()
    assert ("IGO", "MLI", "160", False) not in unnegated_events(rules_nlp, text)


# -- 137b: a membership bid or accession approved or backed is endorsement (051) -------------------------------------

BACKED: list[Any] = [
    ("Turkey approved Finland's bid to join NATO .", {("TUR", "FIN", "051")}),
    ("Poland supported Ukraine's bid to join NATO .", {("POL", "UKR", "051")}),
    ("Estonia has backed Moldova's bid for EU membership .", {("EST", "MDA", "051")}),
    ("Canada supported Finland's membership of NATO .", {("CAN", "FIN", "051")}),
    ("Hungary backed Serbia's accession .", {("HUN", "SRB", "051")}),
    # "approve application" is left out: an application for a loan or a licence is no membership bid
    ("The EU approved Bosnia's application for membership .", {("IGO", "BIH", "051")}),
]
BACKED_XFAIL = {
    "The EU approved Bosnia's application for membership .": "'approve application' is no phrase (too general)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(BACKED, BACKED_XFAIL))
def test_membership_bid_backed_is_endorsement(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event ("approved") or 050 ("backed", "supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bid blocked is rejected (rule 236a, session 30, europe1; before: 191, a blockade)
        ("Hungary blocked Ukraine's bid to join the EU .", {("HUN", "UKR", "120")}),
        ("Turkey refused to approve Sweden's bid to join NATO .", {("TUR", "SWE", "120")}),  # the refusal wraps it
    ],
)
def test_bid_blocked_or_refused_is_no_endorsement(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 137c: export / trade curbs and export controls are the embargo family (163) ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China imposed trade curbs on Australia .", {("CHN", "AUS", "163")}),  # before: 061 ("trade")
        ("South Korea imposed export controls on Japanese chemicals .", {("KOR", "JPN", "163")}),
        ("Japan tightened export curbs on South Korea .", {("JPN", "KOR", "163")}),
        ("The United States expanded export controls against Russia .", {("USA", "RUS", "163")}),
        ("Russia retaliated against Finland with export curbs .", {("RUS", "FIN", "163")}),
        ("India responded to Pakistan's ruling with export curbs .", {("IND", "PAK", "163")}),
        ("Beijing lifted export controls on Tokyo .", {("CHN", "JPN", "085")}),  # before: 163
        ("China lifted its trade curbs on Australia .", {("CHN", "AUS", "085")}),  # trade curbs: 085 (rule 317)
    ],
)
def test_export_curbs_and_controls_are_sanctions(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China took control of the island from Taiwan .", {("CHN", "TWN", "190")}),  # "control" alone: no curb
        ("Australia criticised Beijing's trade curbs .", {("AUS", "CHN", "111")}),  # the criticism, not the curbs
    ],
)
def test_control_alone_and_criticised_curbs_keep_their_readings(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected
