"""Coordinated infinitives, object control, investigated reports and vetoed measures (issue 14, session 24;
docs/events.md rule 134).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed
classes gave a wrong event before rule 134 (noted per case); the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import asserted, roots, unnegated_events

# -- 134a: a conjunct of a wrapped to-infinitive shares the wrapper (fixed) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: the agreement (030) and the cooperation asserted as done (050), both ways
        (
            "Vietnam and the Philippines agreed to resolve their dispute peacefully and cooperate on fisheries .",
            {("VNM", "PHL", "03"), ("PHL", "VNM", "03")},
        ),
        # before: also TUR <-> AZE 062 asserted
        (
            "Turkey and Azerbaijan agreed to hold joint exercises and expand defense cooperation .",
            {("TUR", "AZE", "03"), ("AZE", "TUR", "03")},
        ),
        # before: the aid asserted as given (070)
        (
            "Egypt and Jordan agreed to hold talks and provide aid to Gaza .",
            {("EGY", "JOR", "03"), ("JOR", "EGY", "03"), ("EGY", "PSE", "03"), ("JOR", "PSE", "03")},
        ),
        # a threat's conjunct is threatened (before: the attack unasserted, only the first act's 131)
        ("Russia threatened to cut gas supplies and attack Ukraine .", {("RUS", "UKR", "13")}),
        ("Iran vowed to rebuild its navy and strike Israel .", {("IRN", "ISR", "13")}),
    ],
)
def test_conjunct_of_a_wrapped_infinitive_takes_the_wrappers_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert roots(asserted(rules_nlp, text)) == expected


def test_conjunct_of_an_agreement_is_not_asserted_as_done(rules_nlp: Language) -> None:
    events = unnegated_events(rules_nlp, "Kenya and Ethiopia pledged to boost trade and cooperate on security .")
    assert not any(code.startswith("05") for _, _, code, _ in events)  # before: KEN <-> ETH 050 asserted
    assert {(s, t) for s, t, code, hyp in events if code.startswith("03") and not hyp} == {
        ("KEN", "ETH"),
        ("ETH", "KEN"),
    }


def test_refused_conjunct_is_the_refusal(rules_nlp: Language) -> None:
    # before: HUN -> RUS 124 and the restored ties as a hypothetical 050; now the refusal alone
    events = unnegated_events(rules_nlp, "Hungary refused to lift sanctions and restore ties with Russia .")
    assert {(s, t, c[:2], hyp) for s, t, c, hyp in events} == {("HUN", "RUS", "12", False)}


def test_refused_disapproval_in_a_conjunct_is_negated(rules_nlp: Language) -> None:
    # rule 103's reading of "refused to condemn Y" reaches the conjunct: no condemnation, no 12x toward PHL
    events = asserted(rules_nlp, "China refused to meet Japan and condemn the Philippines .")
    assert roots(events) == {("CHN", "JPN", "12")}


@pytest.mark.parametrize(
    "text",
    [
        # an appeal's conjunct stays what was asked for, not done (rule 26)
        "Kenya called on Tanzania to unite and mobilize against Uganda .",
        "Germany urged Russia to withdraw its troops and release prisoners .",
    ],
)
def test_appeal_conjunct_stays_unasserted(rules_nlp: Language, text: str) -> None:
    assert {c[:2] for _, _, c in asserted(rules_nlp, text)} == {"02"}


def test_plain_coordination_asserts_both(rules_nlp: Language) -> None:
    events = roots(asserted(rules_nlp, "Germany imposed sanctions on Iran and cut ties with Syria ."))
    assert events == {("DEU", "IRN", "16"), ("DEU", "SYR", "16")}


# -- 134b: a joint subject's agreed act with no partner is mutual (fixed) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan and India agreed to expand trade and cooperate on energy .", ("JPN", "IND")),  # before: 050
        ("Japan and India agreed to expand trade .", ("JPN", "IND")),  # before: no event
        ("Brazil and Argentina agreed to expand trade .", ("BRA", "ARG")),
    ],
)
def test_joint_agreement_with_no_partner_is_both_ways(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    a, b = pair
    assert roots(asserted(rules_nlp, text)) == {(a, b, "03"), (b, a, "03")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt and Jordan agreed to provide aid .", set()),  # aid goes to someone: no partner named
        ("Japan agreed to expand trade with India .", {("JPN", "IND", "03")}),  # one way, as before
    ],
)
def test_joint_agreement_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roots(asserted(rules_nlp, text)) == expected


# -- object control: the appeal is X -> Y; the embedded act is its content (unchanged, pinned) --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany urged Russia to withdraw its troops from Moldova .", {("DEU", "RUS", "02")}),
        ("France persuaded Iran to release the prisoners .", {("FRA", "IRN", "02")}),
        ("The United States urged Israel to halt its strikes on Lebanon .", {("USA", "ISR", "02")}),
        ("Canada asked India to expel the Pakistani diplomats .", {("CAN", "IND", "02")}),
    ],
)
def test_object_control_appeal_is_to_the_object(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    events = unnegated_events(rules_nlp, text)
    assert {(s, t, c[:2]) for s, t, c, hyp in events if not hyp} == expected
    # the embedded act is never the appealer's, nor asserted
    assert not any(c[:2] in ("08", "16", "17", "19") for _, _, c, _ in events)


# -- 134c: an investigated report (fixed) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "investigation", "reported"),
    [
        # before: SYR -> IRQ 195 asserted, no investigation
        ("Turkey investigated reports that Syria had bombed Iraq .", ("TUR", "SYR"), ("SYR", "IRQ")),
        # before: KEN -> ETHMIL 090 (the victims investigated) and the attack asserted
        ("Kenya investigated allegations that Somalia had attacked Ethiopian troops .", ("KEN", "SOM"), ("SOM", "ETH")),
        ("India is investigating reports that China shelled Nepal .", ("IND", "CHN"), ("CHN", "NPL")),
        ("Russia launched an investigation into reports that Ukraine had shelled Belgorod .", ("RUS", "UKR"), None),
    ],
)
def test_investigated_report_targets_the_reported_doer(
    rules_nlp: Language, text: str, investigation: tuple[str, str], reported: tuple[str, str] | None
) -> None:
    events = unnegated_events(rules_nlp, text)
    assert {(s, t) for s, t, c, hyp in events if c.startswith("09") and not hyp} == {investigation}
    assert not any(hyp is False and not c.startswith("09") for _, _, c, hyp in events)  # nothing else asserted
    if reported is not None:
        assert any((s, t) == reported and hyp for s, t, c, hyp in events)  # the reported act, not asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a confirmed report stays asserted, on the confirmer's word
        ("Egypt confirmed reports that Israel had attacked Gaza .", {("ISR", "PSE", "19")}),
        # the act reported "amid" reports is not asserted; the sentence's own act is
        ("Amid reports that Israel had struck Syria , Iran condemned Israel .", {("IRN", "ISR", "11")}),
    ],
)
def test_reported_clause_modality(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roots(asserted(rules_nlp, text)) == expected


def test_denied_report_stays_negated_only(rules_nlp: Language) -> None:
    # a denied report's act is never asserted (rule 38), nor marked hypothetical by rule 134c: since rule 251c the
    # denial codes it alone, as a denied that-clause on the verb is (before: a negated record beside the 016)
    doc = rules_nlp(make_doc(rules_nlp, "Bolivia denied reports that it had sent troops to Peru .", published=None))
    flags = {
        (primary_code(e["source"]), primary_code(e["target"]), e["negated"], e["hypothetical"]) for e in doc._.events
    }
    # the denial itself is asserted, 016 toward Peru (rule 250)
    assert flags == {("BOL", "PER", False, False)}
    assert {e["cameo"] for e in doc._.events if not e["negated"]} == {"016"}


# -- 134d: a veto is aimed at the body whose measure it blocks (fixed) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States vetoed the Security Council resolution on Gaza .", {("USA", "IGO", "12")}),  # before: +PSE
        ("France vetoed the NATO proposal on Turkey .", {("FRA", "IGO", "12")}),  # before: also FRA -> TUR
        ("Russia vetoed the EU's resolution on Syria .", {("RUS", "IGO", "12")}),  # as before
        ("China vetoed a United Nations resolution on Myanmar .", {("CHN", "IGO", "12")}),
        # a drafter named before the measure owns it too
        ("China vetoed a French - drafted UN resolution on Mali .", {("CHN", "FRA", "12"), ("CHN", "IGO", "12")}),
        ("Russia vetoed a resolution on Syria .", {("RUS", "SYR", "12")}),  # no owner named: the topic party stays
    ],
)
def test_veto_targets_the_measures_owner(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roots(asserted(rules_nlp, text)) == expected
