"""An appeal dated right after its verb, read by the parser as a naming participle; an appeal to an uncoded
addressee to act against a party (issue 14, session 21; docs/events.md rule 97).

Each sentence is our own construction, none copied from PLOVER, ConfliBERT or any evaluation set. The real spaCy
model, ``actor_resolver``, ``parse_repair`` and ``event_coder`` run with the learned layer off (``rules_nlp``).
"A Saudi newspaper called Wednesday on Arabs to boycott Israel": the model reads "a newspaper called Wednesday" (a
newspaper named Wednesday), the noun the root; before rule 97 the appeal was lost, and the act appealed for could
read as the caller's own, asserted ("... to unite and mobilize against Israel" coded a 150 show of force).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.parse_repair import RepairData, packaged_data, rehang_dated_appeals
from detente.nlp.pipeline import make_doc

from .event_sentences import asserted, before_stage

# -- 97: the dated appeal codes as its undated twin --------------------------------------------------------------


@pytest.mark.parametrize(
    ("dated", "undated", "expected"),
    [
        # before: no event (the call for sanctions lost)
        (
            "A Jordanian newspaper called Friday for sanctions against Israel .",
            "A Jordanian newspaper called for sanctions against Israel .",
            {("JOR", "ISR", "111")},
        ),
        # before: no event
        (
            "A Saudi newspaper called Wednesday on Arabs to boycott Israel .",
            "A Saudi newspaper called on Arabs to boycott Israel .",
            {("SAU", "ISR", "113")},
        ),
        # before: IRN -> ISR 150, the mobilization appealed for asserted as the newspaper's own
        (
            "An Iranian newspaper called Tuesday on Muslims to unite and mobilize against Israel .",
            "An Iranian newspaper called on Muslims to unite and mobilize against Israel .",
            {("IRN", "MOS", "020")},
        ),
        # before: LBN -> ISR 150 (rule 97b then reads the appeal to the uncoded "Arabs" as rallying, 113)
        (
            "A Lebanese daily called Monday on Arabs to unite and mobilize against Israel .",
            "A Lebanese daily called on Arabs to unite and mobilize against Israel .",
            {("LBN", "ISR", "113")},
        ),
        # before: no event
        (
            "A senior Iranian cleric called Tuesday for talks with the United States .",
            "A senior Iranian cleric called for talks with the United States .",
            {("IRN", "USA", "026")},
        ),
    ],
)
def test_dated_appeal_codes_as_its_undated_twin(
    rules_nlp: Language, dated: str, undated: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, dated) == expected
    assert asserted(rules_nlp, undated) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An Iranian newspaper called Tuesday on Muslims to unite and mobilize against Israel .",
        "A Lebanese daily called Monday on Arabs to unite and mobilize against Israel .",
    ],
)
def test_act_appealed_for_is_not_the_callers_own(rules_nlp: Language, text: str) -> None:
    assert not any(code.startswith("15") for _, _, code in asserted(rules_nlp, text))


# -- 97: the repaired parse, and the shapes it leaves alone ------------------------------------------------------


def test_dated_appeal_is_rehung_as_the_root(rules_nlp: Language) -> None:
    doc = before_stage(rules_nlp, "A Saudi newspaper called Wednesday on Arabs to boycott Israel .", "event_coder")
    called = doc[3]
    assert called.lower_ == "called"
    assert called.dep_ == "ROOT"
    assert doc[2].dep_ == "nsubj" and doc[2].head == called  # "newspaper"
    assert doc[4].dep_ == "npadvmod"  # "Wednesday"
    assert doc[8].dep_ == "xcomp" and doc[8].head == called  # "boycott": what the appeal asks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a real name: no "on" / "for" phrase on the participle, the sentence's own verb stays the root
        ("A Greek ship called Friday was seized by Turkey .", {("TUR", "GRC", "171")}),
        # a name on a noun that is not the root: the clause is left as parsed
        ("The Iraqi army attacked a village called Tuesday in Kurdish areas .", set()),
    ],
)
def test_naming_participles_are_left_alone(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_no_day_words_no_repair(rules_nlp: Language) -> None:
    doc = make_doc(rules_nlp, "A Saudi newspaper called Wednesday on Arabs to boycott Israel .", published="2024-05-01")
    for name, proc in rules_nlp.pipeline:
        if name in ("parse_repair", "event_coder"):
            break
        doc = proc(doc)
    assert rehang_dated_appeals(doc, frozenset({"call"}), frozenset()) == 0
    assert doc[3].dep_ == "acl"  # the model's parse, kept
    assert rehang_dated_appeals(doc, frozenset({"call"}), frozenset({"wednesday"})) == 1
    assert doc[3].dep_ == "ROOT"


def test_packaged_data_lists_the_appeal_verbs_and_day_words() -> None:
    data: RepairData = packaged_data()
    assert "call" in data.dated_appeal_verbs
    assert {"monday", "sunday", "today"} <= data.day_words


# -- 97b: an appeal to an uncoded addressee to act against Y rallies opposition against Y -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: SAU -> ISR 025, an appeal to Israel to yield, which nobody asked anything of
        ("A Saudi newspaper called on Arabs to boycott Israel .", {("SAU", "ISR", "113")}),
        ("A Saudi newspaper called Wednesday on Arabs to boycott Israel .", {("SAU", "ISR", "113")}),
        # before: LBN -> ISR 020
        ("A Lebanese daily called on Arabs to unite and mobilize against Israel .", {("LBN", "ISR", "113")}),
        # before: IRN -> ISR 025 (rule 92's "Left:")
        ("Iran called on member states to boycott Israeli goods .", {("IRN", "ISR", "113")}),
    ],
)
def test_appeal_to_an_uncoded_addressee_against_y_rallies_opposition(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coded addressee keeps the appeal to it (rule 92b)
        # (020 since rule 277d, session 32: a boycott or sanctions asked of Y ask Y to yield nothing; were 025)
        ("Israel called on the United States to boycott Iran .", {("ISR", "USA", "020")}),
        ("Iran called on Muslims to mobilize against Israel .", {("IRN", "MOS", "020")}),
        ("Egypt called on the Arab League to impose sanctions on Israel .", {("EGY", "IGO", "020")}),
        # a cooperative act asked for is no rallying of opposition
        ("Egypt urged Arab states to send aid to Sudan .", {("EGY", "ARB", "023")}),
        # no addressee, an act noun called for: rules 76c / 86d as before
        ("Israel called for a strike against Hamas .", {("ISR", "PSE", "027")}),
    ],
)
def test_coded_addressee_or_cooperative_act_keeps_the_appeal(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected
