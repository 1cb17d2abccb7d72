"""A sentence-final speaker the parser hung on the last noun or under the first clause (issue 14, session 19,
plover17; docs/events.md rule 81).

"Y's army shelled the village, a rights group protested here Wednesday": the model read "group" as an apposition of
"village" and "protested" as a participle on it, so the group became the shelling's target and its protest was lost;
"..., Iraq's foreign ministry protested Sunday" made "protested" a complement of the first clause's verb. The
``parse_repair`` stage now re-hangs such a final speaker clause as the sentence's main clause, the first clause its
content, as the model parses "..., the ministry said". Each sentence is our own construction, none copied from an
evaluation set; the real model, ``actor_resolver`` and ``event_coder`` run with the learned layer off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.parse_repair import packaged_data, rehang_final_speakers
from detente.nlp.pipeline import make_doc

from .event_sentences import asserted, before_stage, coded

# -- 81: the speaker's act, from each misparsed shape (fixed) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # apposition of the last noun with a participle on it
        (
            "Russia's army shelled the border village, a human rights group protested here Wednesday.",
            {("NGO", "RUS", "110")},
        ),
        (
            "Serbian police beat Albanian protesters, an Albanian rights group protested here Tuesday.",
            # police beating protesters is violent repression, 175 (rule 195i, session 28; before: 182); the
            # Albanian rights group is ALBNGO (rule 310, session 33; before: NGO)
            {("SRB", "ALB", "175"), ("ALB", "SRB", "110")},
        ),
        # a conjunct of the first clause's verb
        (
            "Indian troops killed two Pakistani soldiers, Pakistan's military protested Thursday.",
            {("IND", "PAK", "190"), ("PAK", "IND", "110")},
        ),
        # a complement of the first clause's verb (the root stolen)
        (
            "Turkish jets struck Kurdish rebels in northern Iraq, Iraq's foreign ministry protested Sunday.",
            {("TUR", "IRQ", "195"), ("IRQ", "TUR", "110")},  # jets as the doer: 195 (rule 252a; was 190)
        ),
    ],
)
def test_a_misparsed_final_speaker_makes_its_protest(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: the protest lost (and the group a target of the shelling)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 75a's allegation verbs are not re-hung (their content would turn hypothetical; the PLOVER dev gold
        # codes a sentence-final "..., a rights group charged" as the act reported, asserted): read as parsed
        # police beating protesters is violent repression, 175 (rule 195i, session 28; before: 182)
        ("Serbian police beat Albanian protesters, an Albanian rights group charged.", {("SRB", "ALB", "175")}),
        (
            "Syrian forces shelled a Turkish border post, Turkish officials alleged on Monday.",
            {("SYR", "TUR", "194")},
        ),
    ],
)
def test_a_misparsed_final_allegation_keeps_its_act_asserted(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


def test_the_speaker_is_no_longer_the_first_clauses_target(rules_nlp: Language) -> None:
    text = "Russia's army shelled the border village, a human rights group protested here Wednesday."
    assert ("RUS", "NGO", "194") not in asserted(rules_nlp, text)  # before: the group read as an apposition


@pytest.mark.parametrize(
    ("misparsed", "parsed"),
    [
        (
            "Russia's army shelled the border village, a human rights group protested here Wednesday.",
            "Russia's army shelled the border village, a human rights group complained here Wednesday.",
        ),
        (
            "Turkish jets struck Kurdish rebels in northern Iraq, Iraq's foreign ministry protested Sunday.",
            "Turkish jets struck Kurdish rebels in northern Iraq, the Iraqi government protested Sunday.",
        ),
        (
            "Indian troops killed two Pakistani soldiers, Pakistan's military protested Thursday.",
            "Indian troops killed two Pakistani soldiers, the Pakistani military protested on Thursday.",
        ),
    ],
)
def test_the_repair_reads_as_the_model_parses_its_neighbour(rules_nlp: Language, misparsed: str, parsed: str) -> None:
    assert asserted(rules_nlp, misparsed) == asserted(rules_nlp, parsed)


def test_the_repaired_parse(rules_nlp: Language) -> None:
    doc = rules_nlp(
        make_doc(rules_nlp, "Russia's army shelled the border village, a human rights group protested here Wednesday.")
    )
    by_text = {t.text: t for t in doc}
    verb, noun, clause = by_text["protested"], by_text["group"], by_text["shelled"]
    assert (verb.dep_, verb.tag_) == ("ROOT", "VBD")  # before: acl, VBN
    assert (noun.dep_, noun.head) == ("nsubj", verb)  # before: appos of "village"
    assert (clause.dep_, clause.head) == ("ccomp", verb)
    assert len(list(doc.sents)) == 1


# -- neighbours that must not change ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia shelled the border village, which Ukraine reported on Monday.",  # a relativizer: a real relative
        "Russia shelled the border village, a human rights group protested the killings.",  # an object of its own
        "Russia shelled the border village and a human rights group protested on Monday.",  # no comma: coordinated
        "Russia shelled the border village, witnesses said here Wednesday.",  # the speaker names no actor
        "The Russian strike on the border village, a human rights group protested.",  # no finite first clause
    ],
)
def test_other_shapes_are_left_as_parsed(rules_nlp: Language, text: str) -> None:
    doc = before_stage(rules_nlp, text, "parse_repair")
    actors = frozenset(i for span in doc.spans["actors"] for i in range(span.start, span.end))
    assert rehang_final_speakers(doc, packaged_data().final_speaker_verbs, actors) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parsed right before: the speaker was the main clause already
        ("Iran seized the tanker, the British government complained.", {("GBR", "IRN", "110")}),
        ("China sent warships into the disputed waters, Japan protested on Tuesday.", {("JPN", "CHN", "110")}),
        # a plain "said" attribution is no event of its own, misparsed or not
        ("Israeli troops raided the refugee camp, Palestinian officials said.", set()),
        ("Russia's army shelled the border village, a human rights group said here Wednesday.", set()),
    ],
)
def test_right_parses_are_unchanged(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_the_verbs_are_data() -> None:
    verbs = packaged_data().final_speaker_verbs
    assert {"say", "protest", "complain"} <= verbs
    assert "accuse" not in verbs  # needs an object to be read
    assert not {"charge", "allege", "claim"} & verbs  # rule 75a's allegation verbs: left as parsed


def test_a_first_clause_with_actors_only_in_the_speaker_is_untouched(rules_nlp: Language) -> None:
    # one actor: no pair to code, the repair changes nothing an event reads
    assert coded(rules_nlp, "The village was shelled, a human rights group protested here Wednesday.")[1] == set()
