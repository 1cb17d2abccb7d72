"""A clause's first verb that the parser hung as a participle in its subject's "from" phrase (issue 14, session 22;
docs/events.md rule 115a).

Each sentence is our own construction, none copied from PLOVER, ConfliBERT or any evaluation set. The real spaCy
model, ``actor_resolver``, ``parse_repair`` and ``event_coder`` run with the learned layer off (``rules_nlp``).
"Doctors from an Irish charity bought and personally delivered insulin to Gaza": the model makes "Doctors" the
root and "bought" a participle on "charity" (VBN, ``acl``) with "delivered" its conjunct (with or without the
adverb); no verb had a subject and the delivery was lost.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.events.parse_repair import ACTORS_KEY, rehang_participle_conjuncts
from detente.nlp.pipeline import make_doc

from .event_sentences import asserted, before_stage, roots


def model_parse(nlp: Language, text: str) -> Doc:
    """``text`` through the model and the resolver, the parse repair not run."""
    doc = make_doc(nlp, text, published="2024-05-01")
    for name, proc in nlp.pipeline:
        if name in ("parse_repair", "event_coder"):
            break
        doc = proc(doc)
    return doc


def actor_tokens(doc: Doc) -> frozenset[int]:
    return frozenset(i for span in doc.spans[ACTORS_KEY] for i in range(span.start, span.end))


# before rule 115a each of these coded no event (the model's root the subject noun)
BROKEN = [
    ("Doctors from an Irish charity bought and personally delivered insulin to Gaza .", ("IRL", "PSE", "07")),
    (
        "Doctors from a Swedish relief agency purchased and personally delivered medicine to Iraq .",
        ("SWE", "IRQ", "07"),
    ),
    ("Nurses from a Dutch charity bought and quietly shipped vaccines to Yemen .", ("NLD", "YEM", "06")),
    # a finite verb inside the participle's own clause (a relative clause under it) competes with no root
    (
        "Doctors from an Irish charity bought and personally delivered insulin to Gaza , defying a ban that Israel "
        "imposed .",
        ("IRL", "PSE", "07"),
    ),
    # no adverb: the model reads the same shape
    ("Doctors from an Irish charity bought and delivered insulin to Gaza .", ("IRL", "PSE", "07")),
    (
        "Doctors from two Canadian aid groups donated and personally delivered medicine to Kabul University "
        "Medical School .",
        ("CAN", "AFG", "07"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN)
def test_model_parse_has_a_noun_root(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """The misreading the rule repairs is the model's (if a new model parses these well, the rule is idle)."""
    doc = model_parse(rules_nlp, text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.i == 0 and root.pos_ == "NOUN"
    assert any(t.dep_ == "acl" and t.tag_ == "VBN" for t in doc)  # the first verb, read as a participle


@pytest.mark.parametrize(("text", "expected"), BROKEN)
def test_participle_conjuncts_code_the_act(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(asserted(rules_nlp, text))


def test_repaired_parse(rules_nlp: Language) -> None:
    doc = before_stage(
        rules_nlp, "Nurses from a Dutch charity bought and quietly shipped vaccines to Yemen .", "event_coder"
    )
    bought, shipped = doc[5], doc[8]
    assert (bought.lower_, shipped.lower_) == ("bought", "shipped")
    assert bought.dep_ == "ROOT" and bought.tag_ == "VBD"
    assert doc[0].dep_ == "nsubj" and doc[0].head == bought  # "Nurses"
    assert shipped.dep_ == "conj" and shipped.head == bought
    assert doc[-1].head == bought  # the full stop moved with the clause


def test_no_actor_no_repair(rules_nlp: Language) -> None:
    doc = model_parse(rules_nlp, "Nurses from a Dutch charity bought and quietly shipped vaccines to Yemen .")
    assert doc[0].dep_ == "ROOT"
    assert rehang_participle_conjuncts(doc, frozenset()) == 0  # the noun root names no actor: left as parsed
    assert doc[0].dep_ == "ROOT"
    assert rehang_participle_conjuncts(doc, actor_tokens(doc)) == 1
    assert doc[5].dep_ == "ROOT"


@pytest.mark.parametrize(
    "text",
    [
        # the conjunct a participle too: a noun phrase, no past-tense clause
        "Aid collected and quietly shipped by Dutch charities reached Yemen .",
        # the model's parse already has a verb root
        "Volunteers from a Norwegian church collected and secretly sent blankets to Syria .",
    ],
)
def test_other_shapes_are_left_alone(rules_nlp: Language, text: str) -> None:
    doc = model_parse(rules_nlp, text)
    assert rehang_participle_conjuncts(doc, actor_tokens(doc)) == 0
