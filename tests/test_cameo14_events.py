"""Dissent eased or refused, a refused yield, the party a condition falls on, refuge sought (issue 14, session 20;
docs/events.md rule 84).

Each sentence is our own construction, none copied from the CAMEO manual, ConfliBERT, PLOVER or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). The
fixed classes were coded as a de-escalation of force (087), a reduction of relations (160), a strike asserted,
a bare rejection (120), an appeal (023) or not coded at all before rule 84; the neighbours pin readings that must
not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded


def events(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """The asserted events of ``text`` with their whole codes and actors as coded."""
    return coded(nlp, text, full_codes=True, root=False)[1]


# -- 84a: a strike or protest ended by its doers eases popular dissent (082); its wrappers refine 082 ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the halt of a labour strike (before: 087, a de-escalation of force; "ended" 143, the strike asserted)
        ("Kenyan teachers ended their strike against the government .", ("KENEDU", "KENGOV", "082")),
        ("Nigerian doctors suspended their strike against the government .", ("NGAHLH", "NGAGOV", "082")),
        # the halt of a street protest (before: 160, a reduction of relations)
        ("Students in Chile suspended their protests against the government .", ("CHLEDU", "CHLGOV", "082")),
        # refused (before: 1246), promised, vowed not to
        ("Kenyan teachers refused to end their strike against the government .", ("KENEDU", "KENGOV", "1242")),
        ("Nurses in Hungary vowed to call off their strike against the government .", ("HUNHLH", "HUNGOV", "0352")),
        ("Nurses in Hungary vowed not to end their strike against the government .", ("HUNHLH", "HUNGOV", "1242")),
        ("Farmers in France refused to call off their protests against the government .", ("FRAAGR", "FRAGOV", "1242")),
        # urged: the doers are the appeal's target (before: 0256)
        ("The Kenyan government urged the teachers to end their strike .", ("KENGOV", "KENEDU", "0252")),
    ],
)
def test_dissent_ended_by_its_doers_is_dissent_eased(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert events(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's strikes and offensives halted or ended stay a de-escalation of force
        ("Israel halted its offensive against Hamas .", {("ISR", "PSEREB", "087")}),
        ("Israel ended its offensive against Hamas .", {("ISR", "PSEREB", "087")}),
        ("Israel ended its strikes on Gaza .", {("ISR", "PSE", "087")}),
        # "end" cuts what its object names, as "halt" does
        ("The United States ended its aid to Egypt .", {("USA", "EGY", "162")}),
        ("Japan ended its sanctions on Iran .", {("JPN", "IRN", "085")}),
        # talks ended were held: the talks code themselves (not 164); suspended talks are cut
        # rule 155: codebook 044 "Meet at a third location" (was 040)
        (
            "Russia and Ukraine ended their talks in Istanbul on Tuesday .",
            {("RUS", "UKR", "044"), ("UKR", "RUS", "044")},
        ),
        ("Russia suspended its talks with Ukraine .", {("RUS", "UKR", "164")}),
    ],
)
def test_ending_force_aid_or_talks_keeps_its_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert events(rules_nlp, text) == expected


# -- 84b/c: a yield stated negated is refused (124x); a condition clause names whom the act is directed at ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: 120
        # rule 155: codebook 1246 "Refuse to de-escalate military engagement" (was 124)
        ("Israel will not withdraw its troops from Lebanon .", ("ISR", "LBN", "1246")),
        # before: no event (no target); the condition's subject, or its passive agent, is the target
        (
            "Kenyan teachers will not end their strike unless the government raises their pay .",
            ("KENEDU", "KENGOV", "1242"),
        ),
        (
            "Kenyan teachers will not end their strike unless their demands are met by the government .",
            ("KENEDU", "KENGOV", "1242"),
        ),
        (
            "Striking miners in Chile refused to end their strike until the government meets their demands .",
            ("CHLLAB", "CHLGOV", "1242"),
        ),
    ],
)
def test_refused_yield_and_condition_party(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert events(rules_nlp, text) == {expected}


def test_condition_party_only_when_no_target(rules_nlp: Language) -> None:
    # a named target stays the target; a passive subject of the condition is no party
    assert events(
        rules_nlp, "Kenyan teachers refused to end their strike against the government unless Kenya pays ."
    ) == {("KENEDU", "KENGOV", "1242")}
    assert events(rules_nlp, "Kenyan teachers will not end their strike unless the pay rise is approved .") == set()


# -- 84d: seeking refuge or asylum in a country is a demand for humanitarian aid (1033) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of Syrians sought asylum in Germany .", ("SYRCVL", "DEU", "1033")),
        ("Some 5,000 Afghans sought refuge in Pakistan last year .", ("AFGCVL", "PAK", "1033")),
        ("Iraqi refugees sought shelter in Jordan .", ("IRQREF", "JOR", "1033")),
    ],
)
def test_refuge_sought_is_a_demand_for_humanitarian_aid(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert events(rules_nlp, text) == {expected}


def test_refuge_asked_for_stays_an_appeal(rules_nlp: Language) -> None:
    assert {c[:2] for _, _, c in events(rules_nlp, "Ukrainian refugees asked Poland for asylum .")} == {"02"}
